//! Survey 69b: MkDocs Material documentation repositories (pymdownx
//! extensions, mdx_include, Zensical): pymdown-extensions, copier,
//! datamodel-code-generator, sqlmodel and
//! mkdocs-git-revision-date-localized-plugin. False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- mdx_include: a page inserts a fragment with `{!path!}` (SQLModel's
// tutorial pages include each code sample's annotations from
// `docs_src/…/annotations/en/`), whose relative links are read from the
// including page ---

const MDX_CONFIG: &str =
    "site_name: SQLModel\ntheme:\n  name: material\nmarkdown_extensions:\n  mdx_include:\n";

/// The annotations fragment, its link written for the page that includes
/// it, and the page (which includes the fragment when `include` is set).
fn annotations(include: bool) -> Repo {
    let repo = Repo::new();
    repo.write("mkdocs.yml", MDX_CONFIG)
        .write("docs/index.md", "# SQLModel\n")
        .write("docs/tutorial/create-db-and-table.md", "# Create\n")
        .write(
            "docs_src/tutorial/app/annotations/en/test_main.md",
            "1. Remember that [Order Matters](../create-db-and-table.md) here.\n",
        );
    let page = if include {
        "# Tests\n\n{!./docs_src/tutorial/app/annotations/en/test_main.md!}\n"
    } else {
        "# Tests\n\nNo annotations.\n"
    };
    repo.write("docs/tutorial/fastapi/tests.md", page);
    repo.commit_all();
    repo
}

#[test]
fn an_mdx_include_fragment_is_read_from_the_page_that_includes_it() {
    assert_reference_findings(&annotations(true).check(&[]), &[]);
}

/// Twin: the same fragment that no page includes is read from its own
/// folder, where the target is missing.
#[test]
fn a_fragment_no_page_includes_keeps_its_finding() {
    assert_reference_findings(
        &annotations(false).check(&[]),
        &[t(
            "link/missing-path",
            "docs_src/tutorial/app/annotations/en/test_main.md",
            1,
            18,
            "docs_src/tutorial/app/annotations/create-db-and-table.md",
        )],
    );
}

// --- a rendered example: pymdown-extensions' `tasklist.md` shows a task
// list as source in a fence, then the same list rendered in a
// `/// html | div.result` block ---

const TASKS: &str = "-   [X] item 1\n    *   [X] item A\n    *   [ ] item B\n-   [ ] item 2\n";

fn tasklist(source_shown: bool) -> Repo {
    let repo = Repo::new();
    let source = if source_shown {
        format!("```\n{TASKS}```\n\n")
    } else {
        String::new()
    };
    repo.write(
        "docs/tasklist.md",
        format!("# Tasklist\n\n{source}/// html | div.result\nTask List\n\n{TASKS}///\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_task_list_rendered_beside_its_source_is_an_example() {
    let run = tasklist(true).check(&[]);
    assert_eq!(run.findings_of(&["task/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same list without its source in a code block is reported.
#[test]
fn a_task_list_without_its_source_shown_is_judged() {
    let run = tasklist(false).check(&[]);
    assert_eq!(
        run.findings_of(&["task/"]),
        vec![t(
            "task/checked-parent-open-child",
            "docs/tasklist.md",
            6,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}
