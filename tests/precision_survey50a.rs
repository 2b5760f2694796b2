//! Survey 50a: readiness snapshots, round reports and status registers found
//! by other phrasings. False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- evidence/missing-path: a path written from a folder above the
// document's (Open-State-Stack/eIDAS: each dossier section keeps
// `Compliance/`, `Evidence/` and `Final/` side by side, and its readiness
// log in `Compliance/` names `Evidence/Hashes_SHA256.txt`; 15 findings
// judged false) ---

/// A dossier section whose readiness log, in `12_Records/Compliance/`,
/// cites paths in the rows `rows`.
fn dossier(rows: &str) -> Repo {
    let repo = Repo::new();
    repo.write("Dossier/12_Records/Evidence/Hashes_SHA256.txt", "abc\n")
        .write("Dossier/12_Records/Final/Policy.pdf", "pdf\n")
        .write("Dossier/12_Records/Evidence/Scans/a.txt", "scan\n")
        .write(
            "Dossier/12_Records/Compliance/Readiness.md",
            format!(
                "# 12 – Records Readiness\n\n\
                 | Requirement | Evidence | Status | Notes |\n\
                 |---|---|---|---|\n\
                 {rows}"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn a_path_of_the_section_folder_is_read_from_there() {
    let run = dossier(
        "| Hashes | `Evidence/Hashes_SHA256.txt` | ✅ Done | logged |\n\
         | Policy | `Final/Policy.pdf` | ✅ Signed | final |\n\
         | Scans | `Evidence/Scans/` | ✅ Done | folder |\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a path found in no folder between the document's and the root, a
/// folder path that is a file there, and a path that starts at the root
/// are still judged.
#[test]
fn a_path_no_folder_above_holds_is_reported() {
    let run = dossier(
        "| Log | `Compliance/QA_Log.md` | ✅ Done | none |\n\
         | Hashes | `Evidence/Hashes_SHA256.txt/` | ✅ Done | not a folder |\n\
         | Policy | `/Final/Policy.pdf` | ✅ Signed | rooted |\n",
    )
    .check(&[]);
    let file = "Dossier/12_Records/Compliance/Readiness.md";
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![
            t("evidence/missing-path", file, 5, 9, "Compliance/QA_Log.md"),
            t(
                "evidence/missing-path",
                file,
                6,
                12,
                "Evidence/Hashes_SHA256.txt"
            ),
            t("evidence/missing-path", file, 7, 12, "Final/Policy.pdf"),
        ],
        "\n{}",
        run.dump()
    );
}

// --- evidence/missing-path: a row whose status says `❌ Missing`
// (Open-State-Stack/eIDAS's key management snapshot: "No reports uploaded";
// 2 findings judged false) ---

fn snapshot(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "docs/READINESS.md",
        format!(
            "# Key Management Readiness\n\n\
             | Control | Evidence | Status | Notes |\n\
             |---|---|---|---|\n\
             | Backup verification | `evidence/backup-reports/` | {status} | none yet |\n"
        ),
    )
    .commit_all();
    repo.check(&[])
}

#[test]
fn a_row_that_says_its_evidence_is_missing_is_not_reported() {
    for status in ["❌ Missing", "**Missing**", "Missing"] {
        let run = snapshot(status);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            vec![],
            "{status}\n{}",
            run.dump()
        );
    }
}

/// Twin: a row marked failed, or done, names evidence that should be there.
#[test]
fn a_failed_or_done_row_with_no_evidence_is_reported() {
    for status in ["❌", "❌ Failed", "✅ Done"] {
        let run = snapshot(status);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            vec![t(
                "evidence/missing-path",
                "docs/READINESS.md",
                5,
                25,
                "evidence/backup-reports"
            )],
            "{status}\n{}",
            run.dump()
        );
    }
}

// --- citation/shifted: a round report with no level-1 heading, its date in
// the heading on its first line (StarkFactory/arc-reactor's
// `docs/reports/rounds/R334.md`, `### Round 334 — 🛡️ 2026-04-13T00:00+09:00
// — …`: 5 findings judged false) ---

fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("// added {i}\n")).collect();
    for i in 1..=10 {
        s.push_str(&format!("val v{i} = {i}\n"));
    }
    s
}

/// A report whose first line is `first`, citing line 5 of `src/Tool.kt`;
/// three lines are inserted above it afterwards.
fn round(first: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("src/Tool.kt", code(0))
        .write(
            "docs/rounds/R334.md",
            format!(
                "{first}\n\n**Task**: merge metadata\n\n\
                 - evidence_paths:\n  - `src/Tool.kt:5`\n"
            ),
        )
        .commit_all();
    repo.write("src/Tool.kt", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

#[test]
fn a_round_report_dated_in_its_first_heading_keeps_its_line_numbers() {
    let run = round("### Round 334 — 🛡️ 2026-04-13T00:00+09:00 — cycle 10: first-wins");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same first heading without a date, or a dated heading that is
/// not on the first line, leaves the report undated: the moved citation is
/// reported.
#[test]
fn an_undated_round_report_is_judged() {
    for first in [
        "### Round 334 — cycle 10: first-wins",
        "Notes of the round.\n\n### Round 334 — 2026-04-13 — cycle 10",
    ] {
        let run = round(first);
        let line = 6 + first.lines().count() as u64 - 1;
        assert_eq!(
            run.findings(),
            vec![t(
                "citation/shifted",
                "docs/rounds/R334.md",
                line,
                5,
                "src/Tool.kt"
            )],
            "{first}\n{}",
            run.dump()
        );
    }
}
