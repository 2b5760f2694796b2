//! Survey 63b: hackathon, student and small-team project repositories
//! (weekly status reports, hackathon checklists, task trackers, a hackweek
//! website template). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a Jupyter Book (v1) in a folder of its own (uwhackweek's
// jupyterbook-template: `book/_config.yml` beside `book/_toc.yml`), whose
// pages link other pages by their docname, `[tutorials](tutorials/index)`,
// which MyST resolves to `book/tutorials/index.md`: 2 findings judged
// false) ---

/// The hackweek template's book: `book/intro.md` linking a page by its
/// docname and one that does not exist, with or without the `_toc.yml`
/// that makes `book/` a Jupyter Book.
fn hackweek_book(toc: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Hackweek\n")
        .write(
            "book/_config.yml",
            "title: Hackweek Template\nonly_build_toc_files: true\n",
        )
        .write(
            "book/intro.md",
            "# Welcome\n\nFind the [tutorials](tutorials/index) here.\n\n\
             Read about the [projects](projects/index).\n",
        )
        .write("book/tutorials/index.md", "# Tutorials\n");
    if toc {
        repo.write(
            "book/_toc.yml",
            "format: jb-book\nroot: intro\nparts:\n  - chapters:\n    - file: tutorials/index\n",
        );
    }
    repo.commit_all();
    repo
}

#[test]
fn a_jupyter_book_page_links_a_page_by_its_docname() {
    let run = hackweek_book(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "book/intro.md",
            5,
            16,
            "book/projects/index"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the `_toc.yml`, `book/` is no Jupyter Book, and the
/// docname is no file on GitHub: both links are reported.
#[test]
fn a_docname_link_outside_a_jupyter_book_is_reported() {
    let run = hackweek_book(false).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec!["book/tutorials/index", "book/projects/index"],
        "\n{}",
        run.dump()
    );
}
