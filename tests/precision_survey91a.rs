//! Survey 91a: agent-written plans, handoff notes, status reports and
//! reviews that cite code by `path/file.ext:120-140` (janreges/axon-mcp,
//! blopit/Proxy-Agent-Platform, ddaanet/claudeutils). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, lines, t};

// --- citation/line-range: a dated review written on a branch, merged into
// a main line whose cited file had been cut meanwhile (claudeutils'
// `plans/skill-cli-integration/reports/review-sp-h.md`, `settings.json:157`
// written where `.claude/settings.json` had 204 lines, merged into a main
// that had moved its hooks out, 112 lines: the range fitted its day) ---

/// A dated review citing line 157 of `.claude/settings.json`.
const REVIEW: &str = "# Review: Stop Hook Status Display\n\n\
                      **Date**: 2026-03-30\n\n\
                      | Requirement | Status | Evidence |\n\
                      |---|---|---|\n\
                      | Hook registration | Satisfied | `.claude/settings.json:157` |\n";

/// A repository whose settings file has 204 lines, a branch `side` made
/// from it, and `.claude/settings.json` cut to 112 lines on the main line.
/// With `cut_on_branch`, the branch cuts it too before the review is
/// written there.
fn merged_review(cut_on_branch: bool) -> Repo {
    let repo = Repo::new();
    repo.write(".claude/settings.json", lines(204))
        .write("README.md", "# Tools\n")
        .commit_all();
    repo.git(&["checkout", "-q", "-b", "side"]);
    if cut_on_branch {
        repo.write(".claude/settings.json", lines(112)).commit_all();
    }
    repo.write("plans/hooks/reports/review.md", REVIEW)
        .commit_all();
    repo.git(&["checkout", "-q", "main"]);
    repo.write(".claude/settings.json", lines(112)).commit_all();
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge side", "side"]);
    repo
}

#[test]
fn a_dated_review_merged_from_a_branch_is_read_against_its_branch() {
    let run = merged_review(false).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/line-range"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same review written on the branch after the branch itself had
/// cut the file cited a line that did not exist on its day: reported.
#[test]
fn a_dated_review_whose_branch_had_cut_the_file_is_reported() {
    let run = merged_review(true).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/line-range"]),
        vec![t(
            "citation/line-range",
            "plans/hooks/reports/review.md",
            7,
            35,
            ".claude/settings.json"
        )],
        "\n{}",
        run.dump()
    );
}
