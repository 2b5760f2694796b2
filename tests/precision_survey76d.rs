//! Survey 76d: ordinary well-kept documentation sites with translations or
//! versions (axios-docs, apache/rocketmq-site, expressjs.com, vue-router).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, Run, Tuple, t};

/// Asserts the exact findings of `rule` in `run`.
fn expect(run: &Run, rule: &str, want: Vec<Tuple>) {
    assert_eq!(run.findings_of(&[rule]), want, "\n{}", run.dump());
}

// --- a zero-width space after a row's closing pipe (rocketmq-site's
// best-practice tables, pasted from a rich editor: 4 findings judged
// false) ---

fn table_with_tail(tail: &str) -> Repo {
    let repo = Repo::new();
    let rows: String = (1..=5)
        .map(|i| format!("| key{i} | {i} | note {i} |{tail}\n"))
        .collect();
    repo.write(
        "docs/tuning.md",
        format!("# Tuning\n\n| Key | Value | Notes |\n| --- | --- | --- |\n{rows}"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_zero_width_space_after_the_closing_pipe_is_no_cell() {
    let run = table_with_tail("\u{200B} ").check(&[]);
    expect(&run, "table/column-count", vec![]);
}

/// Twin: a visible character beside it is text GitHub drops.
#[test]
fn a_visible_note_after_the_closing_pipe_is_still_reported() {
    let run = table_with_tail("\u{200B}x").check(&[]);
    expect(
        &run,
        "table/column-count",
        vec![t("table/column-count", "docs/tuning.md", 5, 1, "")],
    );
}

// --- a Docusaurus docs route without a version names the last version's
// doc (rocketmq-site: `lastVersion: '5.0'`, current docs at `/docs/4.x/`;
// `/docs/quickStart/01quickstart/` is
// `versioned_docs/version-5.0/02-quickStart/01quickstart.md`: 33 findings,
// the 28 sampled judged false) ---

fn versioned_site(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = {\n  presets: [[\"@docusaurus/preset-classic\", {\n    docs: {\n      routeBasePath: \"/docs/\",\n      lastVersion: '5.0',\n      versions: { current: { label: '4.x', path: '/4.x' } },\n    },\n  }]],\n};\n",
    )
    .write("versions.json", "[\n  \"5.0\"\n]\n")
    .write("docs/01-quickstart/01quickstart.md", "# Quick start 4.x\n")
    .write(
        "versioned_docs/version-5.0/02-quickStart/01quickstart.md",
        "# Quick start 5.0\n",
    )
    .write(
        "docs/02-intro/intro.md",
        format!("# Intro\n\nSee the [Quick Start]({link}).\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_docs_route_without_a_version_names_the_last_versions_doc() {
    let run = versioned_site("/docs/quickStart/01quickstart/").check(&[]);
    expect(&run, "link/missing-path", vec![]);
}

/// Twin: a doc neither the current docs nor the last version has.
#[test]
fn a_docs_route_no_version_serves_is_still_reported() {
    let run = versioned_site("/docs/quickStart/09missing/").check(&[]);
    expect(
        &run,
        "link/missing-path",
        vec![t(
            "link/missing-path",
            "docs/02-intro/intro.md",
            3,
            9,
            "docs/quickStart/09missing",
        )],
    );
}
