//! Survey s120b: readiness trackers and status registers whose tables make
//! the table, status and evidence rules speak (Xuniverzadmin/agenticverz_2.0,
//! daxis-io/arco, saagar210/ApplyKit). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A sign-off's total row under its gate rows (`| **Backend Total** |
// **PASS** | **56/56** | |`: the gates carry the evidence, the total sums
// them up; 2 findings judged false) ---

fn signoff(total: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/signoff.md",
        format!(
            "# UAT sign-off\n\n| Gate | Result | Count | Evidence |\n| --- | --- | --- | --- |\n\
             | Unit tests | PASS | 40/40 | `reports/unit.txt` |\n\
             | API tests | PASS | 16/16 | `reports/api.txt` |\n\
             {total}\n"
        ),
    )
    .write("reports/unit.txt", "40 passed\n")
    .write("reports/api.txt", "16 passed\n")
    .commit_all();
    repo
}

#[test]
fn a_total_row_under_gate_rows_owes_no_evidence() {
    for total in [
        "| **Backend Total** | **PASS** | **56/56** | |",
        "| __Week 1 Total__ | ✅ Done | 56 | — |",
        "| **TOTAL** | PASS | 56 | |",
    ] {
        let run = signoff(total).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/", "table/placeholder"]),
            vec![],
            "{total}\n{}",
            run.dump()
        );
    }
}

/// Twins: a gate row with no evidence is reported, and so is a task whose
/// label only opens with the word (`Total rewrite`), and a label in plain
/// text (it may name a task: survey 53a's `Week 1 Total` sprint).
#[test]
fn a_gate_row_with_no_evidence_is_reported() {
    for row in [
        "| Integration tests | PASS | 12/12 | |",
        "| Total rewrite of the API tests | PASS | 16/16 | |",
        "| Backend Total | PASS | 56/56 | |",
    ] {
        let run = signoff(row).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/"]),
            vec![t("evidence/missing-for-done", "docs/signoff.md", 7, 1, "")],
            "{row}\n{}",
            run.dump()
        );
    }
}

// --- A table of places in files, keyed by file and lines together
// (`| Location | Line | Evidence |` with one file at 335-361 and at
// 364-383: 1 finding judged false) ---

fn places(second: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/gaps.md",
        format!(
            "# Runtime gaps\n\n- [x] Wire the facade at startup\n\n**Closure Evidence:**\n\n| Location | Line | Evidence |\n| --- | --- | --- |\n\
             | `orchestrator/facade.py` | 335-361 | `wire_facade()` injects real engines |\n\
             | `orchestrator/facade.py` | {second} | `get_facade()` fails fast if unwired |\n\
             | `orchestrator/handlers.py` | 182-186 | `bootstrap()` wires the facade |\n"
        ),
    )
    .write("orchestrator/facade.py", "x = 1\n".repeat(400))
    .write("orchestrator/handlers.py", "y = 2\n".repeat(200))
    .commit_all();
    repo
}

#[test]
fn one_file_at_two_line_ranges_is_two_places() {
    for second in ["364-383", "L364-L383", "364"] {
        let run = places(second).check(&[]);
        assert_eq!(
            run.findings_of(&["table/duplicate-key"]),
            vec![],
            "{second}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same file at the same lines written twice is reported.
#[test]
fn one_place_written_twice_is_reported() {
    let run = places("335-361").check(&[]);
    assert_eq!(
        run.findings_of(&["table/duplicate-key"]),
        vec![t("table/duplicate-key", "docs/gaps.md", 10, 1, "")],
        "\n{}",
        run.dump()
    );
}

// --- A git branch named in an evidence cell (`` on branch
// `hoc/ws-a-ci-baseline` ``: a work log's record of its worktrees; 3
// findings judged false) ---

fn worklog(evidence: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/recovery-plan.md",
        format!(
            "# Recovery plan\n\n| # | Step | Status | Evidence |\n|---|---|---|---|\n\
             | 1 | Initialize two recovery lanes | DONE | {evidence} |\n"
        ),
    )
    .write("hoc/README.md", "# hoc\n")
    .commit_all();
    repo
}

#[test]
fn a_branch_named_in_an_evidence_cell_is_no_path() {
    for evidence in [
        "`/tmp/ws-a` on branch `hoc/ws-a-ci-baseline-stabilization`",
        "worktree `/tmp/pr2`; branch `hoc/pr2-incidents-list-recovery-clean`; commit `7df3db90`",
        "Branch `hoc/ws-b-slice-recovery`",
    ] {
        let run = worklog(evidence).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/", "path/"]),
            vec![],
            "{evidence}\n{}",
            run.dump()
        );
    }
}

/// Twins: a path after another word, even in a cell that speaks of a
/// branch, is judged.
#[test]
fn a_path_beside_a_branch_is_judged() {
    for (evidence, column) in [
        ("merged from branch main in `hoc/recovery-notes.md`", 73),
        ("`hoc/recovery-notes.md` (branch protection)", 46),
    ] {
        let run = worklog(evidence).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/"]),
            vec![t(
                "evidence/missing-path",
                "docs/recovery-plan.md",
                5,
                column,
                "hoc/recovery-notes.md"
            )],
            "{evidence}\n{}",
            run.dump()
        );
    }
}
