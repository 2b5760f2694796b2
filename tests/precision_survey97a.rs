//! Survey 97a: readiness, launch and go-live trackers with status tables and
//! evidence columns written by coding agents, round 7
//! (orbsfoc/iqpe-governance-workflow, bserefaniuk/proof-to-production-launchpad,
//! bmsull560/ValueCanvas). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a workflow pack's stage matrix whose `Required evidence/artifacts`
// column lists the files each stage is to write in the repository it
// governs (iqpe-governance-workflow's `ProcessDocs/mcp-capability-matrix.md`,
// no status column: 30 findings judged false) ---

/// The matrix under `header`, with a status column saying the stage is
/// done when `done`.
fn stage_matrix(header: &str, done: bool) -> Repo {
    // Only the second column changes: a status saying the stage is done,
    // or the stage's objective.
    let (second, cell) = if done {
        ("Status", "✅ Done")
    } else {
        ("Objective", "Requirement baseline")
    };
    let matrix = format!(
        "# Capability Matrix\n\n| Stage | {second} | {header} |\n|---|---|---|\n\
         | Stage 01 | {cell} | `docs/product-intent.md`, `docs/tooling/usage.md` |\n"
    );
    let repo = Repo::new();
    repo.write("README.md", "# Workflow pack\n")
        .write("docs/tooling/usage.md", "# Usage\n")
        .write("ProcessDocs/matrix.md", matrix)
        .commit_all();
    repo
}

#[test]
fn a_required_evidence_and_artifacts_column_is_not_evidence() {
    let run = stage_matrix("Required evidence/artifacts", false).check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: a plain `Evidence` column claims the file, which is missing.
#[test]
fn a_plain_evidence_column_of_the_same_matrix_is_judged() {
    let run = stage_matrix("Evidence", false).check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "evidence/missing-path",
            "ProcessDocs/matrix.md",
            5,
            37,
            "docs/product-intent.md",
        )],
    );
}

/// Twin: with a status column saying the stage is done, the artifacts were
/// to be written, and the missing one is judged.
#[test]
fn required_evidence_and_artifacts_of_a_done_stage_are_judged() {
    let run = stage_matrix("Required evidence/artifacts", true).check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "evidence/missing-path",
            "ProcessDocs/matrix.md",
            5,
            23,
            "docs/product-intent.md",
        )],
    );
}
