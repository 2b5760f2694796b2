//! Survey 87b: documents that cite code with Codex-style citations
//! `【F:path†L10-L20】`, round 3 (JFlutter, Memosyne, rhdl, starbase). False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, lines, t};

// --- a project nested in the repository, its documents citing from the
// project's folder (starbase: `ai-roomchat/starbase/ai-roomchat/docs/*.md`
// citing `pages/rooms/[id].js`, the project moved two folders down; 958
// citations reported missing, 30 of 30 sampled judged false) ---

/// The project in `app/web/`, its plan in `app/web/docs/` citing `cited`.
fn nested_project(cited: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Monorepo\n")
        .write("app/web/package.json", "{}\n")
        .write("app/web/pages/rooms/index.js", lines(5))
        .write(
            "app/web/docs/plan.md",
            format!("# Plan\n\nRooms load first.{cited}\n"),
        )
        .commit_all();
    repo
}

#[test]
fn a_nested_projects_document_cites_from_the_projects_folder() {
    let run = nested_project("【F:pages/rooms/index.js†L1-L3】【F:pages/rooms/index.js†L4-L9】")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/line-range",
            "app/web/docs/plan.md",
            3,
            48,
            "app/web/pages/rooms/index.js"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a path found neither at the root, nor in the document's folder,
/// nor in any folder above it is reported missing.
#[test]
fn a_nested_projects_document_citing_no_file_is_reported() {
    let run = nested_project("【F:pages/rooms/gone.js†L1-L3】").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/missing-path",
            "app/web/docs/plan.md",
            3,
            18,
            "pages/rooms/gone.js"
        )],
        "\n{}",
        run.dump()
    );
}
