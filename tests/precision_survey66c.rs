//! Survey 66c: ordinary well-kept library repositories with a `docs/`
//! folder, a changelog, contributing and security guides and no readiness
//! checklists (httpx, black, starlette, opentelemetry-rust, go-plugin,
//! PyO3). False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- an mdBook 0.5 chapter's definition terms have ids as headings do
// (PyO3's guide: `glossary.md` defines `attached` and `smart pointer` as
// `term` over `  : definition`, and its chapters link
// `glossary.md#smart-pointer`: 2 findings judged false) ---

const GLOSSARY: &str = "# Glossary\n\n\
attached\n  : A thread is attached to the interpreter.\n\n\
smart pointer\n  : A pointer that owns what it points to; see [attached](#attached).\n\n\
See also [detached](#detached).\n";

const TYPES: &str = "# Types\n\n\
Three [smart pointers](glossary.md#smart-pointer) and one [borrow](glossary.md#borrowed).\n";

/// A book (`guide/book.toml`, `guide/src/`) whose glossary is a definition
/// list, with `book.toml` as given (None: no book, plain GitHub pages).
fn glossary_book(book_toml: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write(
            "guide/src/SUMMARY.md",
            "# Summary\n\n- [Types](types.md)\n- [Glossary](glossary.md)\n",
        )
        .write("guide/src/glossary.md", GLOSSARY)
        .write("guide/src/types.md", TYPES);
    if let Some(toml) = book_toml {
        repo.write("guide/book.toml", toml);
    }
    repo.commit_all();
    repo
}

/// Every link into the glossary, as a finding: the twins' findings.
fn all_glossary_anchors() -> Vec<common::Tuple> {
    vec![
        t(
            "link/missing-anchor",
            "guide/src/glossary.md",
            7,
            48,
            "guide/src/glossary.md#attached",
        ),
        t(
            "link/missing-anchor",
            "guide/src/glossary.md",
            9,
            10,
            "guide/src/glossary.md#detached",
        ),
        t(
            "link/missing-anchor",
            "guide/src/types.md",
            3,
            7,
            "guide/src/glossary.md#smart-pointer",
        ),
        t(
            "link/missing-anchor",
            "guide/src/types.md",
            3,
            59,
            "guide/src/glossary.md#borrowed",
        ),
    ]
}

#[test]
fn an_mdbook_chapters_definition_terms_are_anchors() {
    let run = glossary_book(Some("[book]\ntitle = \"Guide\"\n")).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "guide/src/glossary.md",
                9,
                10,
                "guide/src/glossary.md#detached"
            ),
            t(
                "link/missing-anchor",
                "guide/src/types.md",
                3,
                59,
                "guide/src/glossary.md#borrowed"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a book that turns definition lists off
/// (`output.html.definition-lists = false`) renders the terms as text, with
/// no id: every anchor into the glossary is reported.
#[test]
fn definition_terms_of_a_book_without_definition_lists_are_no_anchors() {
    let run = glossary_book(Some(
        "[book]\ntitle = \"Guide\"\n\n[output.html]\ndefinition-lists = false\n",
    ))
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        all_glossary_anchors(),
        "\n{}",
        run.dump()
    );
}

/// Twin: outside an mdBook book GitHub shows `: …` as text: the terms are
/// no anchors, and every link to one is reported.
#[test]
fn definition_terms_outside_a_book_are_no_anchors() {
    let run = glossary_book(None).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        all_glossary_anchors(),
        "\n{}",
        run.dump()
    );
}
