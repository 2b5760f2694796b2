//! Survey 69d: production readiness reviews and operational readiness
//! checklists (SRE review templates, launch checklists, security review
//! checklists). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, Tuple, t};

// --- a Pagenary site routes by the URL's hash: `[Intake Guide](#intake-guide)`
// shows the section of that id of `docs/_manifest.json` (jmagly/ai-writing-guide's
// `docs/`, docs.aiwg.io: 25 of 48 `link/missing-anchor` findings judged false) ---

/// A `docs/` folder with `manifest` as its `_manifest.json`, a page that
/// links two section ids and a renamed one, and a README outside the site
/// that links the same id.
fn pagenary(manifest: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# Tool\n\nSee the [Intake Guide](#intake-guide).\n",
    )
    .write("docs/_manifest.json", manifest)
    .write("docs/intake-guide.md", "# Intake Guide\n\nText.\n")
    .write(
        "docs/quickstart.md",
        "# Quick Start\n\nSee the [Intake Guide](#intake-guide) and \
             [Factory](#integrations/factory-quickstart).\n\n\
             - [Setup Issues](#ts-setup)\n",
    )
    .commit_all();
    repo
}

/// A `link/missing-anchor` finding of `anchor` on a link of `file`'s own.
fn anchor(file: &str, line: u64, column: u64, anchor: &str) -> Tuple {
    t(
        "link/missing-anchor",
        file,
        line,
        column,
        &format!("{file}#{anchor}"),
    )
}

const PAGENARY: &str = r#"{
  "default": "welcome",
  "order": ["getting-started", "intake-guide"],
  "sections": [
    { "id": "getting-started", "title": "Getting Started" },
    { "id": "intake-guide", "title": "Intake Guide", "file": "intake-guide.md" },
    { "id": "integrations/factory-quickstart", "title": "Factory", "file": "integrations/factory-quickstart.md" },
    { "title": "GitHub", "url": "https://github.com/example/tool" }
  ]
}
"#;

#[test]
fn a_pagenary_section_id_is_a_route_of_the_site() {
    let run = pagenary(PAGENARY).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            anchor("README.md", 3, 9, "intake-guide"),
            anchor("docs/quickstart.md", 5, 3, "ts-setup"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a `_manifest.json` whose sections read no page from a file is not
/// Pagenary's: every anchor is read GitHub's way and reported.
#[test]
fn a_manifest_without_pages_routes_nothing() {
    let run = pagenary(r#"{ "sections": [ { "id": "intake-guide" }, { "id": "integrations/factory-quickstart" } ] }"#)
        .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            anchor("README.md", 3, 9, "intake-guide"),
            anchor("docs/quickstart.md", 3, 9, "intake-guide"),
            anchor(
                "docs/quickstart.md",
                3,
                43,
                "integrations/factory-quickstart"
            ),
            anchor("docs/quickstart.md", 5, 3, "ts-setup"),
        ],
        "\n{}",
        run.dump()
    );
}
