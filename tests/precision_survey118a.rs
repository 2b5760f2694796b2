//! Survey s118a: security and compliance documentation, SOC 2 / ISO 27001
//! control matrices and audit checklists (QSchlegel/OrchWiz,
//! ezcall100/logistics-lynxx, niagaros/repo). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A whole file written as one ` ```text ` block left open (niagaros'
// `.github/CODEOWNERS.md`: banner titles between rules of `-`, three `- `
// notes; GitHub renders it as its author wrote it: 1 finding judged false) ---

const BANNER: &str = "===========\nCODEOWNERS\nNiagaros\n===========\nRules:\n- Order matters: last matching rule wins\n- Owners are teams\n-----------\nGlobal default\n-----------\n* @org/core\n-----------\nCI/CD\n-----------\n.github/ @org/core\n";

fn owners(text: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write(".github/CODEOWNERS.md", text)
        .commit_all();
    repo
}

#[test]
fn a_text_block_that_is_the_whole_document_is_not_left_open() {
    for info in ["text", "txt", "plaintext"] {
        let run = owners(&format!("```{info}\n{BANNER}")).check(&[]);
        assert_eq!(
            run.findings_of(&["document/unclosed-fence"]),
            vec![],
            "\n{}",
            run.dump()
        );
    }
}

/// Twins: Markdown behind the open block (an ATX heading, a link), a block
/// opened below a title, and a bare fence at the top are still reported.
#[test]
fn markdown_behind_an_open_text_block_is_reported() {
    for (text, line) in [
        (
            format!("```text\n{BANNER}\n## Review\n\nSee the policy.\n"),
            1,
        ),
        (
            format!("```text\n{BANNER}\nSee [the policy](policy.md).\n"),
            1,
        ),
        (format!("# Owners\n\n```text\n{BANNER}"), 3),
        (format!("```\n{BANNER}"), 1),
    ] {
        let run = owners(&text).check(&[]);
        assert_eq!(
            run.findings_of(&["document/unclosed-fence"]),
            vec![t(
                "document/unclosed-fence",
                ".github/CODEOWNERS.md",
                line,
                1,
                ""
            )],
            "\n{}",
            run.dump()
        );
    }
}
