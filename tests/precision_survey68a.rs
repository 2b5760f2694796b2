//! Survey 68a: readiness trackers written by coding agents in app and
//! startup repositories (emoji status tables, `Production Readiness`,
//! `MVP Checklist`, unblock checklists with evidence paths). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, Run, Tuple, t};

/// Asserts the exact findings of `rules` in `run`, with its dump on failure.
#[track_caller]
fn expect(run: &Run, rules: &[&str], expected: Vec<Tuple>) {
    assert_eq!(run.findings_of(rules), expected, "\n{}", run.dump());
}

// --- an agent's container names the checkout `/app` (Emergent's agents
// write `/app/ops/X.md` for the repository's `ops/X.md`: survey 68a,
// huseyinwural-lab/ilan_sitesi_1's unblock checklist, 15 findings judged
// false) ---

/// An unblock checklist whose evidence column names `evidence`, as the
/// agent's container sees the repository.
fn container_checklist(evidence: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Listings\n")
        .write("ops/SEED_EVIDENCE.md", "# Seed evidence\n\nSeeded.\n")
        .write("backend/server.py", "print('ok')\n")
        .write(
            "ops/UNBLOCK_CHECKLIST.md",
            format!(
                "# Unblock checklist\n\n\
                 | # | Step | Status | Evidence Path |\n\
                 |---|------|--------|---------------|\n\
                 | 1 | Seed data | ✅ Done | `{evidence}` |\n\
                 | 2 | Server up | ✅ Done | `/app/backend/server.py` |\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_agent_containers_app_path_names_the_repositorys_file() {
    let run = container_checklist("/app/ops/SEED_EVIDENCE.md").check(&[]);
    expect(&run, &["evidence/", "mention/", "path/"], vec![]);
}

/// Twin: the same path whose rest is no file of the repository is
/// missing evidence, and is reported.
#[test]
fn an_agent_containers_path_to_no_file_is_judged() {
    let run = container_checklist("/app/ops/GONE_EVIDENCE.md").check(&[]);
    expect(
        &run,
        &["evidence/", "mention/", "path/"],
        vec![t(
            "evidence/missing-path",
            "ops/UNBLOCK_CHECKLIST.md",
            5,
            28,
            "app/ops/GONE_EVIDENCE.md",
        )],
    );
}

/// Twin: a repository with an `app/` folder at its root reads `/app/…` as
/// that folder's path.
#[test]
fn an_app_folder_at_the_root_is_read_as_written() {
    let repo = container_checklist("/app/ops/SEED_EVIDENCE.md");
    repo.write("app/main.py", "print('app')\n").commit_all();
    let run = repo.check(&[]);
    let found: Vec<String> = run
        .findings_of(&["evidence/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec!["app/ops/SEED_EVIDENCE.md", "app/backend/server.py"],
        "\n{}",
        run.dump()
    );
}

// --- docusaurus-plugin-typedoc writes its pages into the site's docs on
// every build (lsendel/sass's `docs/docs/frontend-api/`, whose TypeDoc
// anchors `#planinterval-1` name no heading: 7 findings judged false) ---

/// A Docusaurus site in `docs/` with `plugin` in its configuration, a
/// TypeDoc page under `docs/docs/frontend-api/` and a hand-written page,
/// each with an anchor that names no heading.
fn typedoc_site(plugin: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Payments\n")
        .write(
            "docs/docusaurus.config.ts",
            format!("export default {{\n  title: 'Payments',\n  plugins: [\n{plugin}  ],\n}};\n"),
        )
        .write(
            "docs/docs/frontend-api/store/api.md",
            "# store/api\n\n## Type Aliases\n\n### Invoice\n\n\
             > **status**: [`InvoiceStatus`](#invoicestatus-1)\n\n### InvoiceStatus\n\nText.\n",
        )
        .write(
            "docs/docs/intro.md",
            "# Intro\n\nSee [setup](#setup-guide).\n\n## Setup\n\nText.\n",
        )
        .commit_all();
    repo
}

const TYPEDOC_PLUGIN: &str = "    [\n      'docusaurus-plugin-typedoc',\n      {\n        id: 'frontend-api',\n        plugin: ['typedoc-plugin-markdown'],\n        out: 'frontend-api',\n      },\n    ],\n";

#[test]
fn the_pages_docusaurus_plugin_typedoc_writes_are_not_checked() {
    let run = typedoc_site(TYPEDOC_PLUGIN).check(&[]);
    expect(
        &run,
        &["link/"],
        vec![t(
            "link/missing-anchor",
            "docs/docs/intro.md",
            3,
            5,
            "docs/docs/intro.md#setup-guide",
        )],
    );
}

/// Twin: without the plugin the same page is the site's own, and its
/// anchor is reported beside the hand-written page's.
#[test]
fn the_same_pages_without_the_plugin_are_checked() {
    let run = typedoc_site("").check(&[]);
    expect(
        &run,
        &["link/"],
        vec![
            t(
                "link/missing-anchor",
                "docs/docs/frontend-api/store/api.md",
                7,
                15,
                "docs/docs/frontend-api/store/api.md#invoicestatus-1",
            ),
            t(
                "link/missing-anchor",
                "docs/docs/intro.md",
                3,
                5,
                "docs/docs/intro.md#setup-guide",
            ),
        ],
    );
}

// --- `![Images](url)` in a list of the Markdown a slide converter renders
// (kyleskrinak.github.io's `docs/features/special-implementations.md`,
// beside `[Links](url)`: 1 finding judged false) ---

fn syntax_list(image: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Site\n")
        .write(
            "docs/slides.md",
            format!(
                "# Slides\n\nThe converter supports:\n\n  - [Links](url)\n  - {image} with responsive styling\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_images_blank_in_a_syntax_list_is_no_file() {
    let run = syntax_list("![Images](url)").check(&[]);
    expect(&run, &["link/", "path/"], vec![]);
}

/// Twin: an image named for what it shows is judged.
#[test]
fn a_named_image_at_url_is_judged() {
    let run = syntax_list("![Screenshot](url)").check(&[]);
    expect(
        &run,
        &["link/", "path/"],
        vec![t("link/missing-path", "docs/slides.md", 6, 5, "docs/url")],
    );
}
