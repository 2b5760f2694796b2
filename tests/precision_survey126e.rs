//! Survey s126e: agent-written status registers and documentation indexes of
//! TypeScript, Python and Go products (Kirachon/context-engine,
//! iofold/iofold, sholden3/aiorchestration, flyingrobots/go-redis-work-queue).
//! False patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A documentation index's row whose Status cell says only `📝 TODO`
// links a page yet to be written (sholden3/aiorchestration's
// `DOCUMENTATION_INDEX.md`: 20 findings, the 13 sampled judged false) ---

const INDEX: &str = "# Documentation Index\n\n## Development Documentation\n\n| Document | Purpose | Owner | Last Updated | Status | Update Frequency |\n|----------|---------|-------|--------------|--------|------------------|\n| [Local Development](./docs/setup/local-development.md) | Dev setup | Alex | Sept 1, 2025 | ✅ Complete | Quarterly |\n| [IDE Configuration](./docs/setup/ide-configuration.md) | VSCode setup | Dev Team | Sept 1, 2025 | 📝 TODO | Monthly |\n| [Git Workflow](./docs/standards/git-workflow.md) | Branching | Dev Team | Sept 1, 2025 | ✅ Complete | Stable |\n| [Debugging Guide](./docs/setup/debugging-guide.md) | Debugging | Dev Team | Sept 1, 2025 | To do | Monthly |\n";

/// A repository with the index and the one page it says is complete.
fn index_repo(index: &str) -> Repo {
    let repo = Repo::new();
    repo.write("DOCUMENTATION_INDEX.md", index)
        .write("docs/setup/local-development.md", "# Local development\n");
    repo.commit_all();
    repo
}

/// Rows whose Status says `📝 TODO` or `To do` are pages yet to be written:
/// silent; the row that says `✅ Complete` over a page that is not there is
/// still reported.
#[test]
fn todo_status_row_of_a_documentation_index_is_a_page_yet_to_be_written() {
    let run = index_repo(INDEX).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "DOCUMENTATION_INDEX.md",
            9,
            3,
            "docs/standards/git-workflow.md"
        )],
    );
}

/// `TODO` in a column that names no status (a purpose left blank) says
/// nothing of the page: the link is reported.
#[test]
fn todo_in_another_column_is_still_reported() {
    let index = "# Documentation Index\n\n| Document | Purpose | Status |\n|---|---|---|\n| [IDE Configuration](./docs/setup/ide-configuration.md) | TODO | ✅ Current |\n";
    let run = index_repo(index).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "DOCUMENTATION_INDEX.md",
            5,
            3,
            "docs/setup/ide-configuration.md"
        )],
    );
}

/// A page the index marks `📝 TODO` that git history held and deleted is a
/// dead link: reported (as moved or missing).
#[test]
fn todo_row_of_a_page_deleted_since_is_still_reported() {
    let repo = Repo::new();
    repo.write("DOCUMENTATION_INDEX.md", INDEX)
        .write("docs/setup/local-development.md", "# Local development\n")
        .write("docs/standards/git-workflow.md", "# Git workflow\n")
        .write("docs/setup/ide-configuration.md", "# IDE\n");
    repo.commit_all();
    repo.git(&["rm", "-q", "docs/setup/ide-configuration.md"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "DOCUMENTATION_INDEX.md",
            8,
            3,
            "docs/setup/ide-configuration.md"
        )],
    );
}

// --- link/missing-anchor: a table of contents written as a task list, its
// sections cut off (go-redis-work-queue's copy of a CodeRabbit worksheet,
// `- [x] [In .github/CODEOWNERS …](#in-githubcodeowners-…)`, 579 entries
// and no section). One problem, one finding: the run folds into its first
// entry, as a plain list's run does ---

fn worksheet(box_: &str) -> Repo {
    let entries: String = [
        "fix-codeowners",
        "quote-the-command",
        "pin-the-actions",
        "trim-the-blank-line",
    ]
    .iter()
    .map(|a| format!("- {box_}[{a}](#{a})\n"))
    .collect();
    let repo = Repo::new();
    repo.write(
        "docs/review/README.md",
        format!("# CodeRabbit Prompt Worksheet\n\n## Table of Contents\n\n{entries}"),
    );
    repo.commit_all();
    repo
}

fn anchor_messages(repo: &Repo) -> Vec<(usize, String)> {
    repo.check(&[])
        .diagnostics_of(&["link/missing-anchor"])
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or_default() as usize,
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_task_list_of_sections_left_out_is_one_finding() {
    let want = vec![(
        5,
        "anchor `#fix-codeowners` matches no heading or anchor in this document; so do the next 3 entries of this list (lines 6-8)".to_string(),
    )];
    assert_eq!(anchor_messages(&worksheet("[x] ")), want);
    assert_eq!(anchor_messages(&worksheet("[ ] ")), want);
    // Twin: the plain list folded before.
    assert_eq!(anchor_messages(&worksheet("")), want);
}

/// Twin: a box that is no task box (`[?]`) opens no list entry with a link:
/// each missing anchor is its own finding.
#[test]
fn entries_behind_other_text_keep_their_findings() {
    assert_eq!(
        anchor_messages(&worksheet("[?] ")).len(),
        4,
        "{:?}",
        anchor_messages(&worksheet("[?] "))
    );
}
