//! Survey 77a: launch and production-readiness checklists of startups and
//! app repositories (Azora-OS/azora, abdowps-jpg/knowledge_vault,
//! arwyn6969/asi-bill-of-rights, Asibe-Cheta/soundbridge-mobile-app).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a decision recorded as a choice: one option ticked under a checked
// parent that says its sub-items are alternatives
// (arwyn6969/asi-bill-of-rights' `governance/records/READINESS-*.md`) ---

fn decision(options: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Records\n").write(
        "READINESS.md",
        format!(
            "# Readiness\n\n- [x] Reviewers are named.\n- [x] The claim is one of:\n{options}\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn the_options_not_taken_in_a_choice_are_silent() {
    let run = decision("  - [ ] Approved\n  - [x] Deferred\n  - [ ] Rejected").check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a choice with no option ticked is reported.
#[test]
fn a_choice_with_no_option_ticked_is_judged() {
    let run = decision("  - [ ] Approved\n  - [ ] Deferred\n  - [ ] Rejected").check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![t(
            "task/checked-parent-open-child",
            "READINESS.md",
            4,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

// --- a TODO scanner's report quoting lines of other files in a table
// (Azora-OS/azora's `TODO-REPORT.md`: `| File | Line | Comment |`, whose
// quoted links are written for the quoted file's folder) ---

fn todo_report(row: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("docs/testing/CHECKLIST.md", "# Checklist\n")
        .write(
            "docs/testing/README.md",
            "# Testing\n\n- Review: [Checklist](./CHECKLIST.md)\n",
        )
        .write(
            "TODO-REPORT.md",
            format!(
                "# TODOs Report\n\n| File | Line | Comment |\n| ---- | ---- | ------- |\n{row}\n"
            ),
        );
    repo.commit_all();
    repo
}

#[test]
fn a_reports_row_quoting_another_files_line_is_silent() {
    let run = todo_report("| docs/testing/README.md | 3 | - Review: [Checklist](./CHECKLIST.md) |")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a row whose text the named file does not hold is the report's own
/// and its link is judged.
#[test]
fn a_reports_own_row_is_judged() {
    let run = todo_report("| docs/testing/README.md | 3 | - Fix: [Checklist](./CHECKLIST.md) |")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "TODO-REPORT.md",
            5,
            39,
            "CHECKLIST.md"
        )],
        "\n{}",
        run.dump()
    );
}
