//! Survey 48c: readiness and status documents found by a new user's
//! queries (`Readiness Checklist`, `Launch Checklist`, `| Evidence |`,
//! `Production Readiness`). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- table/placeholder: a plan's summary row (OneFineStarstuff's
// `docs/reports/AGI_GOVERNANCE_MASTER_BLUEPRINT.md`: 8 findings judged
// false) ---

/// A checklist whose weekly plan tables end with a total of the hours,
/// `row` appended to the second table.
fn weekly_plan(row: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "docs/PLAN.md",
        format!(
            "# Plan\n\n- [x] scope agreed\n\n\
             ## Week 1\n\n\
             | Task | Owner | Hours | Artifacts |\n\
             |---|---|---|---|\n\
             | Provision the cluster | Platform Eng | 16 | Terraform IaC |\n\
             | Deploy Kafka | Platform Eng | 20 | Helm charts |\n\
             | **Week 1 Total** | | **36 hours** | |\n\n\
             ## Week 2\n\n\
             | Task | Owner | Hours | Artifacts | Status |\n\
             |---|---|---|---|---|\n\
             | Write the policies | AI Gov Eng | 40 | Rego files | In progress |\n\
             {row}\
             | Grand total | | 76 | | |\n"
        ),
    )
    .commit_all();
    repo.check(&["--select", "table/placeholder"])
}

#[test]
fn a_summary_row_of_a_plan_has_no_owner_to_fill_in() {
    let run = weekly_plan("");
    assert_eq!(
        run.findings_of(&["table/placeholder"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a task whose name starts with "Total" and whose status says it is
/// under way still lacks an owner, and so does an unnamed task.
#[test]
fn a_task_named_like_a_total_and_under_way_still_needs_an_owner() {
    let run = weekly_plan("| Total rewrite of billing | | 12 | | In progress |\n");
    assert_eq!(
        run.findings_of(&["table/placeholder"]),
        vec![t("table/placeholder", "docs/PLAN.md", 18, 30, "")],
        "\n{}",
        run.dump()
    );
}

// --- evidence/missing-path: an adjudicator's list of the evidence inputs
// each run folder is to hold (enesdenizli/arag-governance-playbook's
// `governance/evaluation-inputs/adjudicator-checklist.md`: 4 findings
// judged false) ---

/// A readiness checklist whose input table is headed `header`, with a
/// status column when `status` is set.
fn inputs(header: &str, status: bool) -> common::Run {
    let repo = Repo::new();
    let (extra_head, extra_rule, extra_cell) = if status {
        (" Status |", "---|", " ✅ Done |")
    } else {
        ("", "", "")
    };
    repo.write(
        "governance/adjudicator-checklist.md",
        format!(
            "# Adjudicator checklist\n\n- [ ] inputs marked\n\n\
             | {header} | Required for decision |{extra_head}\n\
             |---|---|{extra_rule}\n\
             | D: `comparison/metrics-table.md` | Yes |{extra_cell}\n\
             | E: `gate/risk-notes.md` | Yes |{extra_cell}\n"
        ),
    )
    .write("gate/risk-notes.md", "# Risks\n")
    .commit_all();
    repo.check(&["--select", "evidence/missing-path"])
}

#[test]
fn the_evidence_inputs_a_run_is_to_supply_are_no_evidence_of_this_repository() {
    for header in ["Evidence input", "Required Evidence"] {
        let run = inputs(header, false);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            vec![],
            "{header}\n{}",
            run.dump()
        );
    }
}

/// Twin: with a status column beside it, the row claims its evidence, and
/// a plain `Evidence` column is evidence with or without one.
#[test]
fn evidence_inputs_claimed_done_or_plain_evidence_are_judged() {
    let expected = vec![t(
        "evidence/missing-path",
        "governance/adjudicator-checklist.md",
        7,
        6,
        "comparison/metrics-table.md",
    )];
    for (header, status) in [("Evidence input", true), ("Evidence", false)] {
        let run = inputs(header, status);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            expected,
            "{header}\n{}",
            run.dump()
        );
    }
}
