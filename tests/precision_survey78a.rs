//! Survey 78a: repositories whose documents cite code by `path:line` or in
//! evidence columns (readiness trackers, gap analyses, artifact indexes):
//! NicheToolsCavin/tinyutils, jklock/fallout1-rebirth, frankbria/auto-author,
//! GBOGEB/ABACUS. False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- evidence/missing-path: an artifact index whose row says `❌ Not
// Built` over a `**BUILD**` action (GBOGEB/ABACUS's
// `COMPREHENSIVE_REFACTORING_INTEGRATION_V3.0_MASTER.md`: 4 findings
// judged false; the path is the file still to be built) ---

/// An artifact index with one built row and one row whose status is
/// `status`, naming a file that is not in the tree.
fn artifact_index(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("core/keb.py", "print('keb')\n").write(
        "INDEX.md",
        format!(
            "# Canonical artifact index\n\n\
             | Artifact | Version | Status | Action |\n\
             |----------|---------|--------|--------|\n\
             | `core/keb.py` | 1.0.0 | ✅ Operational | Maintain |\n\
             | `core/orchestrator/orchestrator_v3.py` | 3.0.0 | {status} | **BUILD** |\n"
        ),
    );
    repo.commit_all();
    repo.check(&["--select", "evidence/missing-path"])
}

#[test]
fn an_artifact_row_not_built_yet_names_no_evidence() {
    for status in ["❌ Not Built", "⏳ Not yet built", "Not built"] {
        let run = artifact_index(status);
        assert_eq!(run.findings(), vec![], "{status}\n{}", run.dump());
    }
}

/// Twin: a row whose status says the file is there (`✅ Operational`), or
/// that it broke (`❌ Broken`), claims the file: its absence is reported.
#[test]
fn an_artifact_row_built_or_broken_still_needs_its_file() {
    for status in ["✅ Operational", "❌ Broken"] {
        let run = artifact_index(status);
        assert_eq!(
            run.findings(),
            vec![t(
                "evidence/missing-path",
                "INDEX.md",
                6,
                3,
                "core/orchestrator/orchestrator_v3.py"
            )],
            "{status}\n{}",
            run.dump()
        );
    }
}

// --- citation/shifted: a bug-fix record whose status says every bug of a
// severity is fixed (GBOGEB/ABACUS's `DMAIC_ITERATION_3_ALL_BUGS_FIXED.md`,
// `**Status:** ✅ ALL CRITICAL BUGS FIXED` over `**File:**
// `DMAIC_V3/phases/phase4_improve.py:584``: 1 finding judged false) ---

fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("# added {i}\n")).collect();
    for i in 1..=10 {
        s.push_str(&format!("v{i} = {i}\n"));
    }
    s
}

/// A fix record with the status `status`, citing line 5 of
/// `phases/improve.py`; three lines are inserted above it afterwards.
fn fix_record(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("phases/improve.py", code(0))
        .write(
            "ITERATION_3_BUGS.md",
            format!(
                "# Iteration 3 bugs\n\n**Status:** {status}\n\n\
                 ## Bug 4: nested dict\n\n**File:** `phases/improve.py:5`\n"
            ),
        )
        .commit_all();
    repo.write("phases/improve.py", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

#[test]
fn a_record_of_every_critical_bug_fixed_keeps_its_line_numbers() {
    for status in [
        "✅ ALL CRITICAL BUGS FIXED",
        "✅ All Bugs Fixed",
        "All known issues resolved",
    ] {
        let run = fix_record(status);
        assert_eq!(run.findings(), vec![], "{status}\n{}", run.dump());
    }
}

/// Twin: bugs found but not fixed, or a word other than a severity between
/// `All` and the part (`All Critical Pages Fixed` names no part of the
/// work), leave the record open: the moved citation is reported.
#[test]
fn a_record_of_bugs_found_is_judged() {
    for status in [
        "✅ ALL CRITICAL BUGS FOUND",
        "✅ All Critical Pages Fixed",
        "All critical open bugs fixed",
    ] {
        let run = fix_record(status);
        assert_eq!(
            run.findings(),
            vec![t(
                "citation/shifted",
                "ITERATION_3_BUGS.md",
                7,
                11,
                "phases/improve.py"
            )],
            "{status}\n{}",
            run.dump()
        );
    }
}

// --- encoding/mojibake: a troubleshooting table quotes the damage as the
// symptom it describes, on a line naming the encodings
// (jklock/fallout1-rebirth's `development/RME/TASKS/TODO.dialog.md`:
// `Garbled characters (ÃƒÂ etc.) | UTF-8/CP1252 encoding mismatch`; 1
// finding judged false) ---

/// The `encoding/mojibake` findings of a remediation table whose last row
/// is `row`.
fn remediation_mojibake(row: &str) -> Vec<common::Tuple> {
    let repo = Repo::new();
    repo.write(
        "docs/dialog.md",
        format!(
            "# Dialog remediation\n\n\
             | Symptom | Likely Cause |\n\
             |---------|-------------|\n\
             | Dialog box empty | MSG file missing |\n\
             {row}\n"
        ),
    )
    .commit_all();
    repo.check(&[]).findings_of(&["encoding/mojibake"])
}

#[test]
fn damage_quoted_as_a_symptom_beside_its_encodings_is_an_example() {
    assert_eq!(
        remediation_mojibake("| Garbled characters (ÃƒÂ etc.) | UTF-8/CP1252 encoding mismatch |"),
        vec![]
    );
}

/// Twin: the same damage on a line that names no encoding, or names one
/// without calling it a symptom, is the document's own damage; and a damaged
/// status sign is reported on a symptom line too.
#[test]
fn damage_on_a_line_that_describes_no_symptom_is_reported() {
    for (row, column) in [
        ("| Garbled characters (ÃƒÂ etc.) | wrong file |", 23),
        ("| Saved as UTF-8: MÃ¼nchen | re-save |", 20),
        ("| Garbled âœ… mark | UTF-8/CP1252 encoding mismatch |", 11),
    ] {
        assert_eq!(
            remediation_mojibake(row),
            vec![t("encoding/mojibake", "docs/dialog.md", 6, column, "")],
            "{row}"
        );
    }
}
