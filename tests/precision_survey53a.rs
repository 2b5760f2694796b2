//! Survey 53a: launch and store-submission checklists of mobile apps and
//! games (App Store / Google Play release checklists, beta test plans, QA
//! sign-off sheets with device matrices and status columns). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- every rule: a folder of superseded documents named in capitals,
// `ARCHIVE/` (CjDaOne/bumpu5, a Unity game, keeps its old sprint orders and
// cleanup notes there beside `_docs/`: 2 findings judged false) ---

/// A game's repository with `SPRINT_STATUS.md` at the root and a cleanup
/// note at `path` that links it as its own sibling.
fn archived(path: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Bump U\n")
        .write(
            "SPRINT_STATUS.md",
            "# Sprint status\n\n- [x] Sprint 7 builds\n",
        )
        .write(
            path,
            "# Documentation cleanup complete\n\n\
             - [x] Moved the sprint orders\n\n\
             Add to [SPRINT_STATUS.md](./SPRINT_STATUS.md) during the daily standup.\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_document_in_a_capitalised_archive_folder_is_not_checked() {
    let run = archived("ARCHIVE/DOCUMENTATION_CLEANUP_COMPLETE_NOV14.md").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    let run = archived("docs/ARCHIVED/cleanup.md").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same note in a folder whose name only contains the word
/// (`TASK_ARCHIVE_NOTES/`, not an archive by that name) is checked, and its
/// broken link reported.
#[test]
fn a_document_in_a_folder_that_only_contains_archive_is_checked() {
    let run = archived("ARCHIVE_NOTES/cleanup.md").check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "ARCHIVE_NOTES/cleanup.md",
            5,
            8,
            "ARCHIVE_NOTES/SPRINT_STATUS.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- table/placeholder: a totals row whose status sums up the rows above
// (CjDaOne/bumpu5's `_docs/TEAMS/TEAM_STATUS_BRIEFING_NOV14.md`,
// `| **TOTAL** | - | **✅** | **~5,000+** | **170+** |` under the delivered
// sprints: 1 finding judged false) ---

/// A team briefing whose delivered-sprints table ends with `last`.
fn briefing(last: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/TEAM_STATUS_BRIEFING.md",
        format!(
            "# Team status briefing\n\n\
             ## Delivered\n\n\
             | Sprint | Owner | Status | LOC |\n\
             |--------|-------|--------|-----|\n\
             | 1: Core Logic | Gameplay | ✅ | 1,094 |\n\
             | 2: Game State Machine | Gameplay | ✅ | 1,200 |\n\
             | 7: Platform Builds | Build | ✅ | 1,471 |\n\
             {last}\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_bare_total_row_with_a_status_needs_no_owner() {
    for last in [
        "| **TOTAL** | - | **✅** | **~5,000+** |",
        "| Grand Total | | ✅ | 3,765 |",
        "| **Overall** | TBD | 🟡 | 3,765 |",
    ] {
        let run = briefing(last).check(&[]);
        assert_eq!(
            run.findings_of(&["table/placeholder"]),
            vec![],
            "{last}\n{}",
            run.dump()
        );
    }
}

/// Twin: a task whose name only starts with the word (`Total rewrite`), and
/// a sprint named by a total's label with more words (`Week 1 Total`), done
/// without an owner, are still reported.
#[test]
fn a_done_task_named_with_a_total_word_still_needs_an_owner() {
    for last in [
        "| Total rewrite of the HUD | - | ✅ | 900 |",
        "| Week 1 Total | - | ✅ | 900 |",
    ] {
        let run = briefing(last).check(&[]);
        let found = run.findings_of(&["table/placeholder"]);
        assert_eq!(found.len(), 1, "{last}\n{}", run.dump());
        assert_eq!(
            (found[0].1.as_str(), found[0].2),
            ("docs/TEAM_STATUS_BRIEFING.md", 10),
            "{last}\n{}",
            run.dump()
        );
    }
}
