//! Survey 55c: security, compliance and operational-readiness checklists
//! (SOC 2 / ISO 27001 readiness trackers, GDPR and WCAG audit checklists,
//! threat-model and pentest remediation trackers, disaster-recovery and
//! on-call readiness documents with control IDs, status columns, owners,
//! dates and evidence links). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- status/unknown-value: a one-line legend written as a sentence
// (PXT-JakeN/precisionx-compliance-documents' `WRITING-PLAN.md`:
// `- Status values: Planned, Drafting, In Review, Approved, In Operation.`
// made its last value `In Operation.`, so every `In Operation` cell of the
// document register was "not a known status: did you mean `In Operation.`?";
// 2 findings judged false) ---

/// An ISMS writing plan whose legend line is `legend` and whose template
/// register holds a row with status `status`.
fn writing_plan(legend: &str, status: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "WRITING-PLAN.md",
        format!(
            "# ISMS Writing Plan\n\n\
             ## Conventions\n\n\
             - IDs are stable once published.\n\
             {legend}\n\n\
             ## Templates & Forms\n\n\
             | ID | Title | Priority | Status |\n\
             |----|-------|----------|--------|\n\
             | T01 | Policy Template | P1 | {status} |\n\
             | T02 | Procedure Template | P1 | In Operation |\n\
             | T03 | Change Request Form | P2 | In Review |\n\
             | T04 | Access Request Form | P2 | Approved |\n\
             | T05 | Incident Report Form | P2 | Drafting |\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_legend_sentence_full_stop_is_not_part_of_its_last_value() {
    for legend in [
        "- Status values: Planned, Drafting, In Review, Approved, In Operation.",
        "**Status legend:** Planned | Drafting | In Review | Approved | In Operation.",
        "- Status values: Planned, Drafting, In Review, Approved, In Operation...",
    ] {
        let run = writing_plan(legend, "In Operation").check(&[]);
        assert_eq!(
            run.findings_of(&["status/unknown-value"]),
            vec![],
            "{legend}\n{}",
            run.dump()
        );
    }
}

/// Twin: a misspelling of the legend's last value is still reported, and
/// the suggestion names the value without the full stop.
#[test]
fn a_typo_of_a_legend_value_ending_a_sentence_is_reported() {
    let run = writing_plan(
        "- Status values: Planned, Drafting, In Review, Approved, In Operation.",
        "In Opertion",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["status/unknown-value"]),
        vec![t("status/unknown-value", "WRITING-PLAN.md", 12, 32, "")],
        "\n{}",
        run.dump()
    );
    let message = run
        .diagnostics_of(&["status/unknown-value"])
        .first()
        .and_then(|d| d["message"].as_str().map(str::to_string))
        .unwrap_or_default();
    assert!(
        message.contains("did you mean `In Operation`?"),
        "{message}\n{}",
        run.dump()
    );
}
