//! Records of the twenty-first survey that the citation rules took for
//! living documents (grimm00/dev-infra, lvjshlcxcn/ipd-requirements-system):
//! generated PR-review records stamped with Unix `date` output, finished
//! plans that also say `Last Updated`, mentions of paths renamed after a
//! dated record, and a dated report committed before the file it cites. Each
//! false positive stands next to its true twin, with exact findings; the real
//! binary runs in real git repositories with fixed commit dates.

mod common;

use common::{Repo, git_cmd, t};

/// `git add -A` and a commit dated `date` (author and committer).
fn commit_at(repo: &Repo, date: &str) {
    repo.git(&["add", "-A"]);
    let out = git_cmd(repo.path())
        .args(["commit", "-q", "--allow-empty", "-m", date])
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .unwrap_or_else(|e| panic!("cannot run git commit: {e}"));
    assert!(
        out.status.success(),
        "git commit failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `n` lines of a shell script, each saying `prefix n`.
fn script(prefix: &str, n: usize) -> String {
    (1..=n).map(|i| format!("echo {prefix} {i}\n")).collect()
}

// --- P1: `**Generated**: Tue Nov 11 13:48:48 CST 2025` (Unix `date`) dates
// a generated review record as an ISO stamp does; a living backlog in the
// same folder citing the same script is judged ---

#[test]
fn a_review_stamped_with_unix_date_output_is_a_record_but_a_living_backlog_is_judged() {
    let repo = Repo::new();
    repo.write("new-project.sh", script("line", 20));
    commit_at(&repo, "2025-11-01T10:00:00");
    repo.write(
        "feedback/sourcery/pr04.md",
        "# Sourcery Review Analysis\n\n**PR**: #4\n\
         **Generated**: Tue Nov 11 13:48:48 CST 2025\n\n## Comment 1\n\n\
         **Location**: `new-project.sh:12`\n",
    )
    .write(
        "feedback/sourcery/pr05.md",
        "# Sourcery Review Analysis\n\n**PR**: #5\n\
         **Generated**: Nov 11 13:48 2025\n\n**Location**: `new-project.sh:12`\n",
    )
    .write(
        "feedback/deferred-tasks.md",
        "# Deferred Tasks\n\n**Status:** Active Backlog\n**Last Updated:** 2025-11-11\n\n\
         - **Location:** `new-project.sh:12` - validate function\n",
    );
    commit_at(&repo, "2025-11-11T10:00:00");
    repo.write("new-project.sh", script("new", 5) + &script("line", 20));
    commit_at(&repo, "2025-11-20T10:00:00");
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "feedback/deferred-tasks.md",
            6,
            17,
            "new-project.sh"
        )],
        "\n{}",
        run.dump()
    );
}

// --- P8: a finished plan (`**Status:** ✅ Complete`) that also says
// `**Last Updated:**` is a record of the work it finished; a planned one
// with the same stamp is judged ---

#[test]
fn a_finished_plan_with_last_updated_is_a_record_but_a_planned_one_is_judged() {
    let repo = Repo::new();
    repo.write("s.sh", script("line", 20));
    commit_at(&repo, "2025-11-01T10:00:00");
    repo.write(
        "plans/pr05-plan.md",
        "# Implementation Plan: PR05 Fixes\n\n**Status:** ✅ Complete\n\
         **Last Updated:** 2025-11-11\n\n**Location:** `s.sh:12` - validate()\n",
    )
    .write(
        "plans/pr04-plan.md",
        "# Implementation Plan: PR04 Fixes\n\n**Status:** 🟡 Planned\n\
         **Last Updated:** 2025-11-11\n\n**Location:** `s.sh:12` - validate()\n",
    );
    commit_at(&repo, "2025-11-11T10:00:00");
    repo.write("s.sh", script("new", 5) + &script("line", 20));
    commit_at(&repo, "2025-11-20T10:00:00");
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t("citation/shifted", "plans/pr04-plan.md", 6, 15, "s.sh")],
        "\n{}",
        run.dump()
    );
}

// --- P10: a mention in a dated record or a finished plan of a path moved
// after the record was written names the tree of its day; a link in a living
// hub to the old path, the same mention in an open plan, and one in a record
// edited after the move, are reported ---

#[test]
fn a_mention_in_a_record_of_a_path_moved_since_is_history_but_a_link_is_reported() {
    let repo = Repo::new();
    repo.write("templates/experimental-project/README.md", "# T\n")
        .write("admin/graduation-checklist.md", "# G\n")
        .write(
            "notes/reflection-template-2025-12-15.md",
            "# Project Reflection - Experimental Template\n\n**Generated:** 2025-12-15\n\n\
             | Phase | Status | Deliverable |\n|---|---|---|\n\
             | Phase 1 | ✅ Complete | `templates/experimental-project/` |\n",
        )
        .write(
            "notes/transition-plan.md",
            "# Transition Plan\n\n**Status:** ✅ Complete\n\n\
             - [x] Checklist written: `admin/graduation-checklist.md`\n",
        )
        .write(
            "notes/open-plan.md",
            "# Open Plan\n\n**Status:** 🟡 In Progress\n\n\
             - [x] Checklist written: `admin/graduation-checklist.md`\n",
        )
        .write(
            "notes/README.md",
            "# Notes\n\n- [Template](../templates/experimental-project/README.md)\n",
        )
        .write(
            "notes/review-2025-12-10.md",
            "# Review\n\n**Generated:** 2025-12-10\n\n| Phase | Status | Deliverable |\n|---|---|---|\n| Phase 1 | ✅ Complete | `templates/experimental-project/` |\n",
        );
    commit_at(&repo, "2025-12-15T10:00:00");
    repo.git(&[
        "mv",
        "templates/experimental-project",
        "templates/learning-project",
    ]);
    repo.git(&["mv", "admin/graduation-checklist.md", "admin/checklist.md"]);
    // The squash merge that moved the folder also swept a version number
    // through the reflection: it did not rewrite its history.
    repo.write(
        "notes/reflection-template-2025-12-15.md",
        "# Project Reflection - Experimental Template\n\n**Generated:** 2025-12-15\n\n\
         | Phase | Status | Deliverable |\n|---|---|---|\n\
         | Phase 1 | ✅ Complete | `templates/experimental-project/` |\n\n\
         Next: after the v0.6.0 release.\n",
    );
    commit_at(&repo, "2025-12-18T10:00:00");
    // Edited after the move: it could have followed it.
    repo.write(
        "notes/review-2025-12-10.md",
        "# Review\n\n**Generated:** 2025-12-10\n\n| Phase | Status | Deliverable |\n|---|---|---|\n| Phase 1 | ✅ Complete | `templates/experimental-project/` |\n\nAddendum.\n",
    );
    commit_at(&repo, "2025-12-20T10:00:00");
    let run = repo.check(&["--select", "path/renamed"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "notes/README.md",
                3,
                3,
                "templates/experimental-project/README.md"
            ),
            t(
                "path/renamed",
                "notes/open-plan.md",
                5,
                26,
                "admin/graduation-checklist.md"
            ),
            t(
                "path/renamed",
                "notes/review-2025-12-10.md",
                7,
                26,
                "templates/experimental-project"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- P9: a dated report committed before the file it cites is judged
// against the file's first version; a range past the end of that version
// too was written wrong ---

#[test]
fn a_report_committed_before_its_cited_file_is_read_against_the_first_version() {
    let repo = Repo::new();
    let consts = |n: usize| -> String { (1..=n).map(|i| format!("const v{i} = 1;\n")).collect() };
    repo.write(
        "docs/vote-analysis-20260204.md",
        "# 投票功能一致性分析报告\n\n**分析日期**: 2026-02-04\n\n\
         **位置**: `src/VotePanel.tsx:23`\n**位置**: `src/VotePanel.tsx:45`\n",
    );
    commit_at(&repo, "2026-02-08T10:05:00");
    repo.write("src/VotePanel.tsx", consts(30));
    commit_at(&repo, "2026-02-08T12:00:00");
    repo.write("src/VotePanel.tsx", consts(10));
    commit_at(&repo, "2026-02-14T12:00:00");
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/line-range",
            "docs/vote-analysis-20260204.md",
            6,
            9,
            "src/VotePanel.tsx"
        )],
        "\n{}",
        run.dump()
    );
}
