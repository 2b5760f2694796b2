//! Survey s126k: readiness trackers and reports whose tables make the
//! table, status and evidence rules speak (buildworksai/EUCORA). One false
//! pattern found there, beside its true twin; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A compliance summary's `Updated` column of counts (`| PowerShell
// (.ps1) | 60 | 59 | 60 | ✅ 100% |`: how many files the pass updated, no
// date; its `N/A` on a done row was reported as a missing date, 1 finding
// judged false) ---

fn summary(json_row: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "reports/SPDX_COMPLIANCE_FINAL_REPORT.md",
        format!(
            "# SPDX Compliance Implementation - Final Report\n\n\
             **Date**: 2026-01-04\n**Status**: ✅ **COMPLETE**\n\n\
             ## Compliance Summary\n\n\
             | File Type | Total Files | Updated | Compliant | Status |\n\
             |-----------|-------------|---------|-----------|--------|\n\
             | PowerShell (.ps1) | 60 | 59 | 60 | ✅ 100% |\n\
             | Markdown (.md) | 48 | 0* | 2** | ✅ Compliant |\n\
             {json_row}\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_column_of_counts_headed_updated_owes_no_date() {
    for row in [
        "| JSON (.json) | N/A | N/A | N/A | ✅ Documented |",
        "| JSON (.json) | 12 | TBD | 12 | ✅ Compliant |",
    ] {
        let run = summary(row).check(&[]);
        assert_eq!(
            run.findings_of(&["table/"]),
            vec![],
            "{row}\n{}",
            run.dump()
        );
    }
}

/// Twin: one date among the column's cells makes it a date column, and a
/// done row's `N/A` there is a missing date.
#[test]
fn a_done_row_without_its_date_is_still_reported() {
    let repo = Repo::new();
    repo.write(
        "reports/SPDX_COMPLIANCE_FINAL_REPORT.md",
        "# SPDX Compliance Implementation - Final Report\n\n\
         ## Compliance Summary\n\n\
         | File Type | Total Files | Updated | Compliant | Status |\n\
         |-----------|-------------|---------|-----------|--------|\n\
         | PowerShell (.ps1) | 60 | 2026-01-04 | 60 | ✅ 100% |\n\
         | Markdown (.md) | 48 | 2026-01-03 | 2** | ✅ Compliant |\n\
         | JSON (.json) | N/A | N/A | N/A | ✅ Documented |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["table/"]),
        vec![t(
            "table/placeholder",
            "reports/SPDX_COMPLIANCE_FINAL_REPORT.md",
            9,
            24,
            ""
        )],
        "\n{}",
        run.dump()
    );
}
