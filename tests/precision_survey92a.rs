//! Survey 92a: beta, launch and production readiness trackers written with
//! coding agents (dimensigon/aishell, tdmtrader/jetbridge,
//! Rugbydude80/synqforge). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

#[track_caller]
fn assert_malformed(repo: &Repo, expected: &[common::Tuple]) {
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        expected,
        "\n{}",
        run.dump()
    );
}

// --- task/malformed: a sprint plan's `**Acceptance Criteria:**` list of
// `- [✓]` items below its `**Tasks:**` list of real `- [ ]` items, in one
// section (aishell's docs/roadmap/SPRINT_PLANNING.md: 12 findings judged
// false): two lists, the second the plan's own notation ---

const PLAN: &str = "\
# Sprint plan

## 1.1 Query builder

**Tasks:**
- [ ] Design the state machine
- [ ] Write 40+ unit tests

**Acceptance Criteria:**
- [✓] Interactive prompts for all query types
- [✓] <100ms response time
";

#[test]
fn a_glyph_list_below_a_label_after_a_task_list_is_notation() {
    let repo = Repo::new();
    repo.write("docs/plan.md", PLAN).commit_all();
    assert_malformed(&repo, &[]);
}

/// The twins: the same glyphs among the task items of one list, tight, loose
/// (a blank line between items) or quoted, are typos of `[x]`.
#[test]
fn a_glyph_inside_the_task_list_is_still_a_typo() {
    let repo = Repo::new();
    repo.write(
        "docs/plan.md",
        PLAN.replace("\n**Acceptance Criteria:**\n", ""),
    )
    .write(
        "docs/loose.md",
        "# Plan\n\n- [ ] Design\n\n- [✓] Prompts\n\n  Detail at the margin of the item.\n\n- [v] Speed\n",
    )
    .write(
        "docs/quoted.md",
        "# Plan\n\n> **Tasks:**\n> - [ ] Design\n> - [✓] Prompts\n",
    )
    .commit_all();
    assert_malformed(
        &repo,
        &[
            t("task/malformed", "docs/loose.md", 5, 1, ""),
            t("task/malformed", "docs/loose.md", 9, 1, ""),
            t("task/malformed", "docs/plan.md", 8, 1, ""),
            t("task/malformed", "docs/plan.md", 9, 1, ""),
            t("task/malformed", "docs/quoted.md", 5, 3, ""),
        ],
    );
}

// --- a coding agent's benchmark cases pinned to a commit (jetbridge's
// `bench/corpus/<case>/`: `case.yaml` starts each case at `pre_state: ref:
// <commit>`, and the case's notes and answers describe that commit: 31
// findings judged false) ---

/// A corpus of one case whose `case.yaml` holds `pre_state`, and an index
/// beside it; the case's notes and the index both link a file the code
/// no longer has.
fn corpus(pre_state: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("src/main.go", "package main\n")
        .write(
            "bench/corpus/fix-jb-001/case.yaml",
            format!(
                "schema: benchmark-case/v1\nid: fix-jb-001\npre_state:\n  repository:\n    repo: jetbridge\n    {pre_state}\n"
            ),
        )
        .write(
            "bench/corpus/fix-jb-001/notes.md",
            "# Notes\n\nThe handler is in [the sidecar](../../../src/sidecar.go).\n",
        )
        .write(
            "bench/corpus/INDEX.md",
            "# Corpus\n\n- fix-jb-001: [the sidecar](../../src/sidecar.go)\n",
        )
        .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

#[test]
fn a_benchmark_case_pinned_to_a_commit_is_not_checked() {
    let run = corpus("ref: 33d699c0d21b1e61dd0ecbd21d5e000030f2dd7a");
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "bench/corpus/INDEX.md",
            3,
            15,
            "src/sidecar.go"
        )],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_benchmark_case_on_a_branch_is_checked() {
    let run = corpus("ref: main");
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "bench/corpus/INDEX.md",
                3,
                15,
                "src/sidecar.go"
            ),
            t(
                "link/missing-path",
                "bench/corpus/fix-jb-001/notes.md",
                3,
                19,
                "src/sidecar.go"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
