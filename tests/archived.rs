//! Archived documents and files (survey 4, MaturionISMS/maturion-foreman-office-app):
//! - `docs/_archive/legacy-implementation/…` holds byte-identical copies of live
//!   documents; each copy repeated the live file's `table/column-count` and
//!   `document/unclosed-fence` findings (22 of them). A folder named
//!   `_archive` is an archive, like `archive/`: not checked by default.
//! - A file moved into `docs/_archive/…` was retired, not renamed: a dated
//!   completion proof that names its old path is silent, and a living
//!   document gets `path/renamed` without a fix (rewriting a link to the
//!   archived copy is not what the team wants; what replaced it is theirs to say).

mod common;

use common::{Repo, t};

/// A document whose table misses a cell, at `path`.
const BROKEN_TABLE: &str = "# Spec\n\n| a | b |\n|---|---|\n| 1 | `x|y` |\n";

#[test]
fn a_copy_in_an_underscore_archive_folder_is_not_checked() {
    let repo = Repo::new();
    repo.write("specs/wireframes.md", BROKEN_TABLE)
        .write("docs/_archive/legacy/specs/wireframes.md", BROKEN_TABLE)
        .write("docs/.archive/wireframes.md", BROKEN_TABLE)
        // Survey 6 (oinani0721/canvas-learning-system): a tool's archive.
        .write("_bmad-archive/test-artifacts/wireframes.md", BROKEN_TABLE)
        .commit_all();
    let run = repo.check(&[]);
    // The twin: the live file is still reported.
    assert_eq!(
        run.findings(),
        vec![t("table/column-count", "specs/wireframes.md", 5, 1, "")],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// `docs/functional/spec.md` moved to `docs/_archive/pre-4.2/spec.md`, and
/// `docs/ops/runbook.md` to `docs/runbooks/runbook.md` in the same commit.
fn archived_and_renamed(doc_path: &str, doc: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/functional/spec.md", "# Spec\n")
        .write("docs/ops/runbook.md", "# Runbook\n")
        .write(doc_path, doc)
        .commit_all();
    repo.mkdir("docs/_archive/pre-4.2").mkdir("docs/runbooks");
    repo.git(&[
        "mv",
        "docs/functional/spec.md",
        "docs/_archive/pre-4.2/spec.md",
    ]);
    repo.git(&["mv", "docs/ops/runbook.md", "docs/runbooks/runbook.md"]);
    repo.commit_all();
    repo
}

#[test]
fn a_dated_proof_naming_a_file_archived_since_is_silent() {
    let repo = archived_and_renamed(
        "TASK_COMPLETION_PROOF.md",
        "# Task Completion Proof\n\n**Date**: 2025-12-22\n\n\
         - [x] Updated `docs/functional/spec.md`\n\
         - [x] Updated `docs/ops/runbook.md`\n",
    );
    let run = repo.check(&[]);
    // The twin in the same proof: a file renamed elsewhere (not archived) is
    // still reported, with its fix.
    assert_eq!(
        run.findings(),
        vec![t(
            "path/renamed",
            "TASK_COMPLETION_PROOF.md",
            6,
            15,
            "docs/ops/runbook.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.diagnostics()[0]["fixable"], true);
}

/// The twin: a link in the same dated proof is navigation a reader follows
/// today, and is still reported (without a fix).
#[test]
fn a_dated_proof_linking_a_file_archived_since_is_reported() {
    let repo = archived_and_renamed(
        "TASK_COMPLETION_PROOF.md",
        "# Task Completion Proof\n\n**Date**: 2025-12-22\n\n\
         ## Related\n\n- [Spec](docs/functional/spec.md)\n",
    );
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "path/renamed",
            "TASK_COMPLETION_PROOF.md",
            7,
            3,
            "docs/functional/spec.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.diagnostics()[0]["fixable"], false);
}

#[test]
fn a_living_document_linking_a_file_archived_since_gets_no_fix() {
    let repo = archived_and_renamed(
        "README.md",
        "# Project\n\n- [Spec](docs/functional/spec.md)\n- [Runbook](docs/ops/runbook.md)\n",
    );
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "README.md", 3, 3, "docs/functional/spec.md"),
            t("path/renamed", "README.md", 4, 3, "docs/ops/runbook.md"),
        ],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics();
    assert_eq!(d[0]["fixable"], false);
    assert_eq!(
        d[0]["help"],
        "`docs/_archive/pre-4.2/spec.md` is in an archive folder: the file was retired, not renamed; reference what replaced it, or `docs/_archive/pre-4.2/spec.md` if the old version is what you mean (no automatic fix)"
    );
    assert_eq!(d[1]["fixable"], true);
}

/// Survey 6 (ravenoak/devsynth): a dated report cites logs that a later
/// clean-up commit deleted on purpose. The report names the files of its day:
/// silent. The twins: a living document citing the same deleted log, the
/// dated report citing a file that never existed, and its link to the
/// deleted log (navigation), are reported.
#[test]
fn a_dated_report_citing_a_log_deleted_since_is_silent() {
    let repo = Repo::new();
    repo.write("logs/run.log", "l1\nl2\nl3\nl4\nl5\n")
        .write(
            "docs/coverage-wave-1.md",
            "# Coverage Wave 1 (2025-10-05 UTC)\n\n\
             The run aborted during collection.【F:logs/run.log†L1-L5】\n\n\
             The plan is in 【F:docs/never.md†L1】\n\n\
             See [the run](../logs/run.log).\n",
        )
        .write(
            "docs/status.md",
            "# Status\n\nCoverage is 92 %.【F:logs/run.log†L1-L5】\n",
        )
        .commit_all();
    repo.git(&["rm", "-q", "logs/run.log"]);
    repo.git(&["commit", "-q", "-m", "chore: clean up old logs"]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "docs/coverage-wave-1.md",
                5,
                16,
                "docs/never.md"
            ),
            // A link is navigation a reader follows today: still judged.
            t(
                "link/missing-path",
                "docs/coverage-wave-1.md",
                7,
                5,
                "logs/run.log"
            ),
            t(
                "citation/missing-path",
                "docs/status.md",
                3,
                18,
                "logs/run.log"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Survey 6 (ravenoak/devsynth): a clean-up commit deleted one run's log and
/// added another's; git pairs them by similar content (R059). That is another
/// run's output, not the cited file moved: the citation is missing, with no
/// fix. The twin: the same log moved to another folder is `path/renamed`.
#[test]
fn git_pairing_two_runs_logs_is_no_move() {
    let log = |run: &str| {
        let mut s = String::new();
        for i in 0..40 {
            s.push_str(&format!("collecting tests/test_{i}.py ... ok\n"));
        }
        s.push_str(&format!("run {run}\n"));
        s
    };
    let repo = Repo::new();
    repo.write("diagnostics/release_prep_20251006T150353Z.log", log("a"))
        .write("logs/kept.log", log("k"))
        .write(
            "docs/status.md",
            "# Status\n\nCollection passes.【F:diagnostics/release_prep_20251006T150353Z.log†L1-L3】\n\n\
             Kept.【F:logs/kept.log†L1-L3】\n",
        )
        .commit_all();
    repo.git(&["rm", "-q", "diagnostics/release_prep_20251006T150353Z.log"]);
    repo.write(
        "diagnostics/collect_before_fix_20251006T205115Z.txt",
        log("b"),
    );
    repo.mkdir("logs/old");
    repo.git(&["mv", "logs/kept.log", "logs/old/kept.log"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "docs/status.md",
                3,
                19,
                "diagnostics/release_prep_20251006T150353Z.log"
            ),
            t("path/renamed", "docs/status.md", 5, 6, "logs/kept.log"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Survey 7 (veighnsche/llama-orch): finished agent handoffs in
/// `bin/.plan/.archive-350+/`, `.archive-to-350/`, `.archive-phase-guides/`,
/// 431 documents and 97 findings, none a maintainer acts on. A folder named
/// `.archive-…` or `_archive-…` is an archive, like `.archive/`.
#[test]
fn an_archive_folder_named_for_what_it_holds_is_not_checked() {
    let repo = Repo::new();
    repo.write("src/lib.rs", "fn a() {}\nfn b() {}\n")
        .commit_all();
    let handoff = |name: &str| {
        format!(
            "# {name} handoff\n\n**Status:** COMPLETE\n\n\
             - `src/lib.rs:2` - the b function\n\
             - See [old](./GONE_{name}.md)\n"
        )
    };
    repo.write("plan/.archive-350+/TEAM_1.md", handoff("TEAM_1"))
        .write("plan/_archive_phase-guides/TEAM_2.md", handoff("TEAM_2"))
        .write("plan/.archive/TEAM_4.md", handoff("TEAM_4"))
        // The twin: a live handoff beside them.
        .write("plan/TEAM_3.md", handoff("TEAM_3"))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "plan/TEAM_3.md",
            6,
            7,
            "plan/GONE_TEAM_3.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// Survey 7 (ollieb89/viflo): a shipped milestone's phases are copied into
/// `.planning/milestones/v1.1-phases/` and the originals deleted. A
/// verification record there lists the evidence of its day by its old path:
/// a versioned folder named for what it holds is a record of finished work,
/// like `cycles/v1.2.3/`.
#[test]
fn a_milestones_versioned_phases_folder_keeps_the_paths_of_its_day() {
    let repo = Repo::new();
    let record = "---\nphase: 08-closure\nverified: 2026-02-24T00:00:00Z\nstatus: passed\n---\n\n\
                  # Phase 8: Verification Report\n\n\
                  | Artifact | Expected | Status | Details |\n|---|---|---|---|\n\
                  | `.planning/phases/05-ci/05-VERIFICATION.md` | Phase 5 record | VERIFIED | 112 lines |\n";
    repo.write(".planning/phases/05-ci/05-VERIFICATION.md", "# Phase 5\n")
        .write(".planning/phases/08-closure/08-VERIFICATION.md", record)
        .commit_all();
    repo.write(
        ".planning/milestones/v1.1-phases/05-ci/05-VERIFICATION.md",
        "# Phase 5\n",
    )
    .write(
        ".planning/milestones/v1.1-phases/08-closure/08-VERIFICATION.md",
        record,
    )
    .commit_all();
    repo.git(&["rm", "-q", "-r", ".planning/phases"]);
    repo.commit_all();
    // The twin: the living state still names the deleted path.
    repo.write(
        ".planning/STATE.md",
        "# State\n\n| Item | Status | Evidence |\n|---|---|---|\n\
         | Phase 5 | ✅ Done | `.planning/phases/05-ci/05-VERIFICATION.md` |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            ".planning/STATE.md",
            5,
            22,
            ".planning/phases/05-ci/05-VERIFICATION.md"
        )],
        "\n{}",
        run.dump()
    );
}
