//! Survey 65c: readiness and compliance trackers with an evidence column
//! (go-live scorecards, traceability matrices, QA verdicts) whose cells hold
//! paths, commands and prose. False patterns of `evidence/missing-path`
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a go-live audit's delta whose evidence column lists the tests each
// module is to get (ikanisa/prisma's `STANDARDS/TRACEABILITY/
// matrix_delta.md`, `| Evidence / Tests to Add |`: 3 findings judged
// false) ---

/// A traceability delta with the evidence column `header` and, when
/// `status`, a status column beside it.
fn delta(header: &str, status: bool) -> Repo {
    let repo = Repo::new();
    let (head, rule, row) = if status {
        (
            format!("| Module | Control Delta | Status | {header} |"),
            "| --- | --- | --- | --- |",
            "| Onboarding | Add a smoke flow | Done | `tests/api/onboarding-smoke.test.ts` |",
        )
    } else {
        (
            format!("| Module | Control Delta | {header} |"),
            "| --- | --- | --- |",
            "| Onboarding | Add a smoke flow | `tests/api/onboarding-smoke.test.ts` |",
        )
    };
    repo.write("README.md", "# App\n")
        .write("tests/api/core.test.ts", "test\n")
        .write(
            "STANDARDS/matrix_delta.md",
            format!("# Traceability Matrix Delta\n\n{head}\n{rule}\n{row}\n"),
        )
        .commit_all();
    repo
}

#[test]
fn an_evidence_column_of_tests_to_add_is_not_evidence() {
    let run = delta("Evidence / Tests to Add", false).check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: a plain `Evidence` column claims the file, which is missing.
#[test]
fn a_plain_evidence_column_beside_it_is_judged() {
    let run = delta("Evidence", false).check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "evidence/missing-path",
            "STANDARDS/matrix_delta.md",
            5,
            35,
            "tests/api/onboarding-smoke.test.ts",
        )],
    );
}

/// Twin: with a status column saying the row is done, the tests to add
/// were added, and the missing one is judged.
#[test]
fn tests_to_add_on_a_done_row_are_judged() {
    let run = delta("Evidence / Tests to Add", true).check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "evidence/missing-path",
            "STANDARDS/matrix_delta.md",
            5,
            42,
            "tests/api/onboarding-smoke.test.ts",
        )],
    );
}

// --- a QA verdict naming a monorepo app's folder from inside the app
// (Parlay-Kei/Q-REIL's `proofs/q-suite-reil/QA_VERDICT.md`: `components/ui/`
// for `q-suite-ui/src/components/ui/`, 1 finding judged false) ---

/// A QA verdict whose evidence names `components/ui/`, in a tree holding
/// the files `files`.
fn verdict(files: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Suite\n");
    for f in files {
        repo.write(f, "x\n");
    }
    repo.write(
        "proofs/suite/QA_VERDICT.md",
        "# QA Verdict\n\n\
         | Criterion | Status | Evidence |\n\
         | --- | --- | --- |\n\
         | Shared primitives | ✓ | All pages import from `components/ui/` |\n",
    )
    .commit_all();
    repo
}

/// The one finding the verdict gets when its folder path is judged.
#[track_caller]
fn folder_judged(files: &[&str]) {
    let run = verdict(files).check(&[]);
    let expected = t(
        "evidence/missing-path",
        "proofs/suite/QA_VERDICT.md",
        5,
        49,
        "components/ui",
    );
    assert_reference_findings(&run, &[expected]);
}

#[test]
fn a_folder_path_one_tracked_folder_ends_with_is_shorthand_for_it() {
    let run = verdict(&["suite-ui/src/components/ui/Button.tsx"]).check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: two apps have that folder, and which one was meant is unknown.
#[test]
fn a_folder_path_two_folders_end_with_is_judged() {
    folder_judged(&[
        "suite-ui/src/components/ui/Button.tsx",
        "admin-ui/src/components/ui/Button.tsx",
    ]);
}

/// Twin: a file of that name is no folder, and the folder path is judged.
#[test]
fn a_folder_path_ending_a_file_is_judged() {
    folder_judged(&["suite-ui/src/components/ui"]);
}
