//! Survey 69c: project READMEs and design documents that cite code with
//! line links (tikv/rfcs, vitessio/enhancements, bazelbuild/proposals,
//! rust-lang/rust-analyzer, bytecodealliance/rfcs). The citation rules
//! stayed silent; the one false pattern found, beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- an mdBook chapter renders the Markdown files it includes with
// `{{#include file.md}}` (rust-analyzer's manual: `configuration.md`
// includes `configuration_generated.md`, whose settings are headings with
// `{#cargo.targetDir}` ids, linked from `faq.md`: 3 findings judged false) ---

const GENERATED: &str = "## rust-analyzer.cargo.targetDir {#cargo.targetDir}\n\nDefault: `null`\n";

/// rust-analyzer's layout: a book (`book` says whether `book.toml` is
/// there), a chapter including another file on `include`'s line, and a
/// chapter linking one setting the included file has and one it lacks.
fn manual(book: bool, include: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Analyzer\n")
        .write(
            "docs/book/src/SUMMARY.md",
            "# Summary\n\n- [Configuration](./configuration.md)\n- [FAQ](./faq.md)\n",
        )
        .write(
            "docs/book/src/configuration.md",
            format!("# Configuration\n\nThe settings:\n\n{include}\n"),
        )
        .write("docs/book/src/configuration_generated.md", GENERATED)
        .write(
            "docs/book/src/faq.md",
            "# FAQ\n\nSet [the target dir](./configuration.md#cargo.targetDir).\n\n\
             See [gone](./configuration.md#cargo.gone).\n",
        );
    if book {
        repo.write(
            "docs/book/book.toml",
            "[book]\ntitle = \"Analyzer\"\nsrc = \"src\"\n",
        );
    }
    repo.commit_all();
    repo
}

/// Both links of `faq.md` reported: the chapter has neither heading.
const BOTH: [&str; 2] = [
    "docs/book/src/faq.md:3 docs/book/src/configuration.md#cargo.targetDir",
    "docs/book/src/faq.md:5 docs/book/src/configuration.md#cargo.gone",
];

fn anchors(repo: &Repo) -> Vec<String> {
    let run = repo.check(&[]);
    run.findings_of(&["link/missing-anchor"])
        .into_iter()
        .map(|f| format!("{}:{} {}", f.1, f.2, f.4))
        .collect()
}

#[test]
fn an_mdbook_chapter_has_the_headings_of_the_files_it_includes() {
    let repo = manual(true, "{{#include configuration_generated.md}}");
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/book/src/faq.md",
            5,
            5,
            "docs/book/src/configuration.md#cargo.gone"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: outside a book GitHub shows the include line as text, so the
/// chapter has no such heading and both anchors are reported.
#[test]
fn an_include_line_outside_a_book_includes_nothing() {
    let repo = manual(false, "{{#include configuration_generated.md}}");
    assert_eq!(anchors(&repo), BOTH);
}

/// Twin: an include shown inside a code block is an example, not an include.
#[test]
fn an_include_inside_code_includes_nothing() {
    let repo = manual(
        true,
        "```text\n{{#include configuration_generated.md}}\n```",
    );
    assert_eq!(anchors(&repo), BOTH);
}

/// A line range after the path is left out: the whole file counts.
#[test]
fn an_include_with_a_line_range_counts_the_file() {
    let repo = manual(true, "{{#include configuration_generated.md:1:3}}");
    assert_eq!(
        anchors(&repo),
        vec!["docs/book/src/faq.md:5 docs/book/src/configuration.md#cargo.gone"]
    );
}

/// An include the repository does not hold (written by the build) leaves
/// the chapter's headings unknown: silent.
#[test]
fn an_include_that_cannot_be_read_makes_the_chapter_silent() {
    let repo = manual(true, "{{#include built_at_build_time.md}}");
    assert_eq!(anchors(&repo), Vec::<String>::new());
}
