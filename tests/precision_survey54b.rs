//! Survey 54b: acceptance and sign-off documents written by people (PRDs
//! with a Definition of Done, QA test plans with pass/fail tables, UAT
//! sign-off sheets, go/no-go checklists) and the contributing guides beside
//! them. False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-anchor: a heading inside the block that a broken Markdown
// example's own closing fence opens (Jmiracle76/orchestrator-agent's
// `docs/developer/contributing.md`: a ` ```markdown ` example holding a
// ` ```python ` one ends at the inner closing fence, and its own closing
// fence turns the next sections into code; the table of contents'
// `#pull-request-process` was a second finding for the one problem that
// `document/unclosed-fence` reports with the headings it hides; 1 finding
// judged false) ---

/// A contributing guide whose table of contents links `toc`, over a style
/// section with a Markdown example that holds a Python example.
fn guide(toc: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/overview.md", "# Overview\n")
        .write(
            "docs/contributing.md",
            format!(
                "# Contributing\n\
                 \n\
                 1. [Style](#style)\n\
                 2. {toc}\n\
                 \n\
                 ## Style\n\
                 \n\
                 **Example**:\n\
                 \n\
                 ```markdown\n\
                 # Top-Level Header\n\
                 \n\
                 Some content with a [link](overview.md).\n\
                 \n\
                 ```python\n\
                 def example():\n\
                 \x20   pass\n\
                 ```\n\
                 ```\n\
                 \n\
                 ## Pull Request Process\n\
                 \n\
                 - Open a pull request against `main`.\n\
                 \n\
                 ## Pull Request Template\n\
                 \n\
                 ```markdown\n\
                 ## Description\n\
                 ```\n\
                 \n\
                 ## Getting Help\n\
                 \n\
                 Ask in the discussions.\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_anchor_hidden_by_a_broken_examples_closing_fence_is_the_fences_finding() {
    let run = guide("[Pull Request Process](#pull-request-process)").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor", "document/unclosed-fence"]),
        vec![t(
            "document/unclosed-fence",
            "docs/contributing.md",
            10,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// Twins: an anchor no heading gives, even hidden, is reported beside the
/// fence's finding; with `document/unclosed-fence` off, nothing else names
/// the problem, and the hidden heading's anchor is reported.
#[test]
fn an_anchor_no_heading_gives_or_with_the_fence_rule_off_is_reported() {
    let run = guide("[Pull Request Steps](#pull-request-steps)").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor", "document/unclosed-fence"]),
        vec![
            t(
                "link/missing-anchor",
                "docs/contributing.md",
                4,
                4,
                "docs/contributing.md#pull-request-steps"
            ),
            t("document/unclosed-fence", "docs/contributing.md", 10, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
    let run = guide("[Pull Request Process](#pull-request-process)")
        .check(&["--ignore", "document/unclosed-fence"]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/contributing.md",
            4,
            4,
            "docs/contributing.md#pull-request-process"
        )],
        "\n{}",
        run.dump()
    );
}
