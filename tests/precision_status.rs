//! Precision of the status, table and task-section rules: each false-positive
//! pattern measured on real repositories (issue 9, the precision survey) as a
//! test, with its true-positive twin beside it, so that silence never hides a
//! lost real finding. Each test runs the real binary on a real git repository
//! and asserts the exact (rule, line, column, severity) list. Every repository
//! here turns on `status/claim-contradiction` and `table/date-format` (off by
//! default) so that the silent tests keep proving their judgement.

mod helpers3;

use helpers3::{Repo, assert_findings};

/// The message of the only finding on `line`.
fn message(r: &Repo, line: u64) -> String {
    let (_, json) = r.check_json(&["doc.md"]);
    let found: Vec<String> = json["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["line"] == line)
        .map(|d| format!("{} | {}", d["message"], d["help"]))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

// ---------------------------------------------------------------------------
// status/unknown-value
// ---------------------------------------------------------------------------

const LEGIT: &str = concat!(
    "| Item | Status |\n",
    "| --- | --- |\n",
    "| A | Scheduled |\n",
    "| B | Implemented |\n",
    "| C | Covered |\n",
    "| D | Archived 2025-11-09 |\n",
    "| E | 🟧 partial |\n",
    "| F | ✓ |\n",
    "| G | 🟩 |\n",
    "| H | Deprecated |\n",
    "| I | Superseded by v2 |\n",
);

#[test]
fn legit_status_words_squares_and_marks_are_known() {
    assert_findings(&Repo::doc_on(LEGIT).findings(), &[]);
}

#[test]
fn twin_a_typo_of_a_known_word_is_reported_with_its_suggestion() {
    let r = Repo::doc_on(&format!("{LEGIT}| J | Implemnted |\n"));
    assert_findings(&r.findings(), &[("status/unknown-value", 12, 7, "error")]);
    assert!(message(&r, 12).contains("`Implemented`"));
}

/// A configuration review's status column: `DRIFT` is what the review
/// found (the live system no longer matches its source), a status of its
/// own, not a slip for `Draft` (surveys s124 and s125h: two repositories'
/// gitops and deployment reviews).
const REVIEW: &str = concat!(
    "| Area | Status | Notes |\n",
    "| --- | --- | --- |\n",
    "| Dev renderability | `PASS` | renders |\n",
    "| Secret hygiene | `FAIL` | plaintext secrets |\n",
    "| Project guardrails | `FIXED` | narrowed |\n",
);

#[test]
fn drift_is_a_status_of_its_own() {
    for value in ["`DRIFT`", "Drifted", "SIGNIFICANT DRIFT"] {
        let r = Repo::doc_on(&format!(
            "{REVIEW}| Documentation accuracy | {value} | README is behind |\n"
        ));
        assert_findings(&r.findings(), &[]);
    }
}

#[test]
fn twin_a_slip_for_draft_or_fixed_is_still_reported() {
    let r = Repo::doc_on(&format!(
        "{REVIEW}| Documentation accuracy | `FIXDE` | README is behind |\n"
    ));
    assert_findings(&r.findings(), &[("status/unknown-value", 6, 28, "error")]);
    assert!(message(&r, 6).contains("`Fixed`"), "{}", message(&r, 6));
}

#[test]
fn case_space_and_dash_variants_are_not_findings() {
    let r = Repo::doc_on(concat!(
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | DONE |\n",
        "| B | done |\n",
        "| C | **PASS** |\n",
        "| D | In-Progress |\n",
        "| E | not_started |\n",
    ));
    assert_findings(&r.findings(), &[]);
    // `fix` never changes the case of a status alone.
    assert_eq!(
        r.fix_added_lines(),
        vec!["| D | In progress |", "| E | Not started |"]
    );
}

#[test]
fn twin_a_misspelt_variant_is_reported() {
    let r = Repo::doc_on(
        "| Item | Status |\n| --- | --- |\n| A | DONE |\n| B | done |\n| C | Donne |\n",
    );
    assert_findings(&r.findings(), &[("status/unknown-value", 5, 7, "error")]);
    assert!(message(&r, 5).contains("`Done`"));
}

#[test]
fn non_english_and_private_words_in_a_status_column_are_silent() {
    // Known values make it a readiness column; `Erledigt`, `完成` and
    // `Awaiting vendor` are close to no known value: not guessed at.
    let r = Repo::doc_on(concat!(
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | Done |\n",
        "| B | Blocked |\n",
        "| C | Erledigt |\n",
        "| D | 完成 |\n",
        "| E | Done |\n",
        "| F | Awaiting vendor |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_a_typo_among_non_english_words_is_reported() {
    let r = Repo::doc_on(concat!(
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | Done |\n",
        "| B | Blocked |\n",
        "| C | Erledigt |\n",
        "| D | Bloked |\n",
    ));
    assert_findings(&r.findings(), &[("status/unknown-value", 6, 7, "error")]);
    assert!(message(&r, 6).contains("`Blocked`"));
}

#[test]
fn a_status_column_of_another_domain_is_left_alone() {
    // `Keep`/`Rework`/`Archive` (a file-disposition plan), free-text results,
    // HTTP codes: mostly not readiness values, so no status rule judges them.
    let r = Repo::doc_on(concat!(
        "# Cleanup checklist\n",
        "\n",
        "| File | Status | Notes |\n",
        "| --- | --- | --- |\n",
        "| `a.py` | Keep | fine |\n",
        "| `b.py` | Keep/Rework | align |\n",
        "| `c.py` | Archive | old |\n",
        "| `d.py` | Rework | update |\n",
        "| `e.py` | Done | moved |\n",
        "\n",
        "| Case | Result |\n",
        "| --- | --- |\n",
        "| Pass 1 fails | Report with generic analysis |\n",
        "| Disk full | Report in memory only |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_a_readiness_column_with_a_typo_is_judged() {
    let r = Repo::doc_on(concat!(
        "# Cleanup checklist\n",
        "\n",
        "| File | Status | Notes |\n",
        "| --- | --- | --- |\n",
        "| `a.py` | Done | fine |\n",
        "| `b.py` | In progress | align |\n",
        "| `c.py` | Blocked | old |\n",
        "| `d.py` | Compelte | update |\n",
    ));
    assert_findings(&r.findings(), &[("status/unknown-value", 8, 12, "error")]);
    assert!(message(&r, 8).contains("`Complete`"));
}

/// A document whose legend is written on one line, with a value no default
/// word explains.
const ONE_LINE_LEGEND: &str = concat!(
    "# Tracker\n",
    "\n",
    "- **Status**: not-started | in-progress | awaiting-signoff | done\n",
    "\n",
    "| ID | Owner | Status |\n",
    "| --- | --- | --- |\n",
    "| LR-1 | @a | done |\n",
    "| LR-2 | @b | awaiting-signoff |\n",
    "| LR-3 | @c | not-started |\n",
);

#[test]
fn a_one_line_legend_extends_the_vocabulary() {
    assert_findings(&Repo::doc_on(ONE_LINE_LEGEND).findings(), &[]);
}

#[test]
fn twin_a_typo_of_a_legend_value_is_reported() {
    let r = Repo::doc_on(&format!(
        "{ONE_LINE_LEGEND}| LR-4 | @d | awaiting-signof |\n"
    ));
    assert_findings(&r.findings(), &[("status/unknown-value", 10, 15, "error")]);
    assert!(message(&r, 10).contains("`awaiting-signoff`"));
}

/// A "Status Definitions" table: its rows are definitions, and its values,
/// whatever their words, are the register's vocabulary.
const DEFINITIONS: &str = concat!(
    "# Register\n",
    "\n",
    "**Status:** ✅ Done\n",
    "\n",
    "## Status Definitions\n",
    "\n",
    "| Status | Meaning |\n",
    "| --- | --- |\n",
    "| AWAITING_SIGNOFF | built, waiting for the owner |\n",
    "| SHIPPED_TO_QA | with QA |\n",
    "| Dnoe | (a legend row is never reported) |\n",
    "\n",
    "## Items\n",
    "\n",
    "| ID | Status |\n",
    "| --- | --- |\n",
    "| UC-1 | SHIPPED_TO_QA |\n",
    "| UC-2 | Done |\n",
);

#[test]
fn a_status_definitions_table_is_vocabulary_and_never_flagged() {
    assert_findings(&Repo::doc_on(DEFINITIONS).findings(), &[]);
}

#[test]
fn twin_a_legend_value_without_a_class_is_known_and_not_done() {
    // AWAITING_SIGNOFF names no class: known (no unknown-value), and not done,
    // so the document's `✅ Done` contradicts the row.
    let r = Repo::doc_on(&format!("{DEFINITIONS}| UC-3 | AWAITING_SIGNOFF |\n"));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    // And a typo of it is a typo.
    let r = Repo::doc_on(&format!("{DEFINITIONS}| UC-3 | AWAITING_SIGNOF |\n"));
    assert_findings(&r.findings(), &[("status/unknown-value", 19, 10, "error")]);
}

#[test]
fn an_emoji_legend_line_gives_its_words_the_emoji_class() {
    // `Cooking` is in progress by its legend: the register is not done.
    let doc = concat!(
        "# Tracker\n",
        "\n",
        "**Status:** ✅ Done\n",
        "\n",
        "✅ Landed · 🔄 Cooking · ⬜ Queued\n",
        "\n",
        "| ID | Status |\n",
        "| --- | --- |\n",
        "| T-1 | Landed |\n",
        "| T-2 | Landed |\n",
    );
    assert_findings(&Repo::doc_on(doc).findings(), &[]);
    let r = Repo::doc_on(&format!("{doc}| T-3 | Cooking |\n"));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

// ---------------------------------------------------------------------------
// status/claim-contradiction
// ---------------------------------------------------------------------------

fn claim_doc(status: &str, work: &str) -> String {
    format!("# Plan\n\n**Status:** {status}\n\n## Work\n\n- [x] design\n{work}")
}

#[test]
fn ready_to_start_approved_and_warnings_are_not_done_claims() {
    for status in [
        "✅ Ready for Implementation",
        "Ready for review",
        "🟢 Ready to Start (after scope approval)",
        "✅ APPROVED WITH AMENDMENTS",
        "⚠️ Acceptable",
        "🟢 75% COMPLETE",
        "✅ Cluster A complete",
    ] {
        let r = Repo::doc_on(&claim_doc(status, "- [ ] build\n"));
        assert_findings(&r.findings(), &[]);
    }
}

#[test]
fn twin_done_and_ready_for_a_launch_are_claims() {
    for status in [
        "✅ Ready for Production",
        "🟢 Ready for Beta",
        "✅ Done",
        "Complete",
        "✅ APPROVED FOR PRODUCTION",
        "✅ ABGESCHLOSSEN",
    ] {
        let r = Repo::doc_on(&claim_doc(status, "- [ ] build\n"));
        assert_findings(
            &r.findings(),
            &[("status/claim-contradiction", 3, 1, "warning")],
        );
    }
}

#[test]
fn open_items_outside_the_claim_do_not_count() {
    let r = Repo::doc_on(&claim_doc(
        "✅ Complete",
        concat!(
            "- [ ] WebP conversion (optional)\n",
            "- [ ] Audit logging ⏭️ DEFERRED\n",
            "\n",
            "## Next steps\n",
            "\n",
            "- [ ] tell the team\n",
            "\n",
            "### Phase 2 (later)\n",
            "\n",
            "- [ ] v2\n",
            "\n",
            "## Future work\n",
            "\n",
            "- [ ] v3\n",
            "\n",
            "## Post-launch\n",
            "\n",
            "- [ ] watch metrics\n",
            "\n",
            "## Metrics\n",
            "\n",
            "| Metric | Value | Status |\n",
            "| --- | --- | --- |\n",
            "| Coverage | 85% | 🟡 |\n",
            "| Latency | 120 ms | 🔄 Monitoring |\n",
            "\n",
            "## Risk Assessment\n",
            "\n",
            "| Risk | Impact | Mitigation | Status |\n",
            "| --- | --- | --- | --- |\n",
            "| Slow compression | Medium | Background worker | ⏳ Planned |\n",
        ),
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_an_open_item_in_the_claimed_work_counts() {
    let r = Repo::doc_on(&claim_doc(
        "✅ Complete",
        "- [ ] load test\n\n## Next steps\n\n- [ ] tell the team\n",
    ));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    assert!(message(&r, 3).contains("1 open item"));
}

#[test]
fn ratings_and_reusable_procedures_are_not_open_work() {
    let r = Repo::doc_on(&claim_doc(
        "✅ Abgeschlossen",
        concat!(
            "\n",
            "## Audit\n",
            "\n",
            "| Page | Route | Status | Note |\n",
            "| --- | --- | --- | --- |\n",
            "| Drivers | `/fahrer` | 🟡 | naming |\n",
            "| Old spec | `/spec` | ❌ DEPRECATED | archive it |\n",
            "| Home | `/` | ✅ | fine |\n",
            "\n",
            "## Pre-Commit Checklist\n",
            "\n",
            "- [ ] every button uses V26Button\n",
        ),
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_a_row_that_says_pending_or_a_register_row_counts() {
    let audit = concat!(
        "\n",
        "## Audit\n",
        "\n",
        "| Page | Route | Status |\n",
        "| --- | --- | --- |\n",
        "| Build | `npm run build` | ⏳ PENDING |\n",
    );
    let r = Repo::doc_on(&claim_doc("✅ Abgeschlossen", audit));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    // In a register (an owner column), a bare colour is the row's status.
    let register = "\n| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | @ops | 🟡 |\n";
    let r = Repo::doc_on(&claim_doc("✅ Done", register));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

#[test]
fn conditional_items_and_records_of_the_past_are_silent() {
    let r = Repo::doc_on(&claim_doc(
        "✅ LIVE",
        "- [ ] **AuthHeader.tsx** - Falls Primary Gradient verwendet wird\n- [ ] add a cache if needed\n",
    ));
    assert_findings(&r.findings(), &[]);
    let r = Repo::doc_on(
        "# 📝 Session log 2025-10-28\n\n**Status:** ✅ COMPLETED\n\n## Deployment\n\n- [ ] Desktop browsers\n",
    );
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_an_unconditional_item_of_a_plan_counts() {
    let r = Repo::doc_on(&claim_doc(
        "✅ LIVE",
        "- [ ] **AuthHeader.tsx** - Primary Gradient verwenden\n",
    ));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    let r = Repo::doc_on(
        "# 📝 Session plan 2025-10-28\n\n**Status:** ✅ COMPLETED\n\n## Deployment\n\n- [ ] Desktop browsers\n",
    );
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

// ---------------------------------------------------------------------------
// task/section-claims-done
// ---------------------------------------------------------------------------

#[test]
fn a_decorative_check_mark_over_a_template_is_silent() {
    let r = Repo::doc_on(concat!(
        "# Release checklist\n",
        "\n",
        "## ✅ Success Criteria\n",
        "\n",
        "- [ ] p95 under 250 ms\n",
        "- [ ] no sev-1 for a week\n",
        "\n",
        "## ✅ Final Verification\n",
        "\n",
        "- [ ] tag pushed\n",
        "\n",
        "## Backend ✅\n",
        "\n",
        "- [ ] TLS\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_a_check_mark_over_partly_done_work_or_saying_ready_is_reported() {
    let r = Repo::doc_on(concat!(
        "# Release\n",
        "\n",
        "## ✅ Backend\n", // 3: some checked, some open
        "\n",
        "- [x] API\n",
        "- [ ] TLS\n",
        "\n",
        "## Mobile ✅ READY FOR BETA\n", // 8: says so in words
        "\n",
        "- [ ] privacy policy\n",
        "\n",
        "## Infra DONE\n", // 12
        "\n",
        "- [ ] backups\n",
    ));
    assert_findings(
        &r.findings(),
        &[
            ("task/section-claims-done", 3, 1, "error"),
            ("task/section-claims-done", 8, 1, "error"),
            ("task/section-claims-done", 12, 1, "error"),
        ],
    );
}

#[test]
fn a_heading_that_states_its_progress_or_names_a_checklist_is_silent() {
    let r = Repo::doc_on(concat!(
        "# Status\n",
        "\n",
        "### Technisch ✅ (8/9)\n",
        "\n",
        "- [x] a\n",
        "- [ ] b\n",
        "\n",
        "## ✅ Implementation Checklist\n",
        "\n",
        "- [x] c\n",
        "- [ ] d\n",
        "\n",
        "## 🎯 DEFINITION OF DONE\n",
        "\n",
        "- [ ] e\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_the_same_headings_without_the_progress_or_the_checklist_name() {
    let r = Repo::doc_on(concat!(
        "# Status\n",
        "\n",
        "### Technisch ✅ (100%)\n",
        "\n",
        "- [x] a\n",
        "- [ ] b\n",
        "\n",
        "## ✅ Implementation\n",
        "\n",
        "- [x] c\n",
        "- [ ] d\n",
    ));
    assert_findings(
        &r.findings(),
        &[
            ("task/section-claims-done", 3, 1, "error"),
            ("task/section-claims-done", 8, 1, "error"),
        ],
    );
}

#[test]
fn a_status_line_inside_a_task_item_speaks_for_that_item() {
    let doc = concat!(
        "# Sprint\n",
        "\n",
        "## Frontend\n",
        "\n",
        "- [x] FE-011 Update sidebar\n",
        "  - [x] filter items\n",
        "  - **Status:** ✅ COMPLETE\n", // 7
        "- [ ] FE-012 Protect routes\n",
        "  - [ ] guard analytics\n",
    );
    assert_findings(&Repo::doc_on(doc).findings(), &[]);
    // Twin: an open sub-item of FE-011 itself.
    let r = Repo::doc_on(&doc.replace("  - [x] filter items", "  - [ ] filter items"));
    assert_findings(
        &r.findings(),
        &[
            ("task/checked-parent-open-child", 5, 1, "error"),
            ("task/section-claims-done", 7, 5, "error"),
        ],
    );
}

// ---------------------------------------------------------------------------
// table/duplicate-key, table/date-format, table/column-count, table/placeholder
// ---------------------------------------------------------------------------

#[test]
fn a_grouping_first_column_is_not_a_key() {
    let r = Repo::doc_on(concat!(
        "# Sign-off\n",
        "\n",
        "| Layer | Component | Status |\n",
        "| --- | --- | --- |\n",
        "| **Domain** | Protocols | ✅ |\n",
        "| **Domain** | Value objects | ✅ |\n",
        "| **Application** | Service | ✅ |\n",
        "| **Application** | Wrapper | ✅ |\n",
        "| Container | padding | Done |\n",
        "| Container | margin | Done |\n",
        "\n",
        "| Source | Claim | Status |\n",
        "| --- | --- | --- |\n",
        "| `ARCHITECTURE_SPEC.md` | memory | ✅ Implemented |\n",
        "| `ARCHITECTURE_SPEC.md` | filter | ✅ Implemented |\n",
        "| `ARCHITECTURE_SPEC.md` | rhythm | ✅ Implemented |\n",
        "| `README.md` | no stubs | ✅ Verified |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_a_repeated_id_or_path_is_a_duplicate() {
    let r = Repo::doc_on(concat!(
        "# Register\n",
        "\n",
        "| Asset | Status |\n",
        "| --- | --- |\n",
        "| `src/usecases/` | Archived |\n",
        "| `src/agents/` | Done |\n",
        "| `src/usecases/` | Done |\n", // 7
        "\n",
        "| ID | Status |\n",
        "| --- | --- |\n",
        "| UC-1 | Done |\n",
        "| UC-2 | Done |\n",
        "| UC-1 | Blocked |\n", // 13
    ));
    assert_findings(
        &r.findings(),
        &[
            ("table/duplicate-key", 7, 1, "error"),
            ("table/duplicate-key", 13, 1, "error"),
        ],
    );
}

#[test]
fn date_templates_placeholders_and_plans_are_silent() {
    let r = Repo::doc_on(concat!(
        "# Checklist\n",
        "\n",
        "| Item | Last Updated | Due | Status |\n",
        "| --- | --- | --- | --- |\n",
        "| A | <YYYY-MM-DD> | 2099-01-01 | In progress |\n",
        "| B | [YYYY-MM-DD] | TBD | Planned |\n",
        "| C | Phase 4 (future) | Q3 | Planned |\n",
        "| D | 2025-11-15 (AM) | Today (11-12) | Done |\n",
        "| E | YYYY-MM-DD | 11-14 | Planned |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_dates_in_another_form_and_future_updates_are_reported() {
    let r = Repo::doc_on(concat!(
        "# Checklist\n",
        "\n",
        "| Item | Last Updated | Due | Status |\n",
        "| --- | --- | --- | --- |\n",
        "| A | 2024/01/05 | 2099-01-01 | Done |\n",    // 5
        "| B | Jan 5, 2024 | 2024-01-10 | Done |\n",   // 6
        "| C | 2099-01-01 | 2099-01-01 | Planned |\n", // 7: a last update in the future
    ));
    assert_findings(
        &r.findings(),
        &[
            ("table/date-format", 5, 7, "warning"),
            ("table/date-format", 6, 7, "warning"),
            ("table/date-format", 7, 7, "warning"),
        ],
    );
    assert!(message(&r, 5).contains("`2024-01-05`"));
    assert!(message(&r, 6).contains("`2024-01-05`"));
}

#[test]
fn an_extra_empty_trailing_cell_or_a_short_row_is_not_a_finding() {
    let r = Repo::doc_on(concat!(
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | Done | |\n",
        "| B | Done |  |  |\n",
        "| **Group** |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_an_extra_cell_with_text_or_an_unescaped_pipe_in_code_is_reported() {
    let r = Repo::doc_on(concat!(
        "| Item | Command |\n",
        "| --- | --- |\n",
        "| A | `find . | wc -l` |\n",
        "| B | ok | Proceed |\n",
    ));
    assert_findings(
        &r.findings(),
        &[
            ("table/column-count", 3, 1, "error"),
            ("table/column-count", 4, 1, "error"),
        ],
    );
}

const INVENTORY: &str = concat!(
    "| Path | Owner | Evidence |\n",
    "| --- | --- | --- |\n",
    "| `a.py` | TBD | |\n",
);

#[test]
fn table_rules_leave_documents_that_are_not_checklists_alone() {
    // An inventory in a design note: no task list, no readiness status column,
    // no readiness heading, no front matter saying so.
    let r = Repo::doc_on(&format!("# Design notes\n\n{INVENTORY}"));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_the_same_table_in_a_checklist_is_judged() {
    // A not-done row: the owner placeholder is a gap; its evidence can wait.
    let r = Repo::doc_on(&format!("# Launch checklist\n\n{INVENTORY}"));
    assert_findings(&r.findings(), &[("table/placeholder", 5, 12, "warning")]);
}

// ---------------------------------------------------------------------------
// task/checked-parent-open-child
// ---------------------------------------------------------------------------

/// The Kubernetes KEP "Release Signoff Checklist" (pattern CP1): ticked stage
/// by stage, its later-stage sub-requirements stay open by design.
const KEP_SIGNOFF: &str = concat!(
    "## Release Signoff Checklist\n",
    "\n",
    "- [x] (R) Design details are appropriately documented\n",
    "- [x] (R) Test plan is in place, giving consideration to SIG Architecture input\n",
    "  - [ ] e2e Tests for all Beta API Operations (endpoints)\n",
    "  - [ ] (R) Minimum Two Week Window for GA e2e tests to prove flake free\n",
    "  - [ ] ~~e2e Tests for all Beta API Operations~~ no API endpoints\n",
    "- [X] (R) Graduation criteria is in place\n",
    "  - [ ] (R) [all GA Endpoints](https://example.com) must be hit by Conformance Tests\n",
    "- [x] **FE-019** - Enhance token security\n",
    "  - [x] Implement CSRF protection\n",
    "  - [ ] Evaluate HttpOnly cookie for refresh token (future enhancement)\n",
);

#[test]
fn later_stage_future_and_struck_sub_items_are_not_open_work() {
    assert_findings(&Repo::doc_on(KEP_SIGNOFF).findings(), &[]);
}

#[test]
fn twin_a_sub_item_of_the_same_stage_or_of_plain_work_is_reported() {
    let r = Repo::doc_on(&format!(
        "{KEP_SIGNOFF}{}",
        concat!(
            "- [x] Beta\n",
            "  - [ ] Beta docs published\n",
            "- [x] **DCMMS-021** - Work order state machine\n",
            "  - [ ] CRITICAL: state machine enforcement in routes (NOT enforced)\n",
        )
    ));
    assert_findings(
        &r.findings(),
        &[
            ("task/checked-parent-open-child", 13, 1, "error"),
            ("task/checked-parent-open-child", 15, 1, "error"),
        ],
    );
}

// ---------------------------------------------------------------------------
// table/placeholder: one problem, one finding
// ---------------------------------------------------------------------------

/// WorkPro3's launch tracker: owners not yet assigned on every open row.
const OWNERS_TBD: &str = concat!(
    "# Launch readiness tracker\n",
    "\n",
    "| ID | Owner | Due Date | Status |\n",
    "| --- | --- | --- | --- |\n",
    "| LR-001 | TBD | 2026-01-10 | not-started |\n", // 5
    "| LR-002 | TBD | 2026-01-10 | not-started |\n",
    "| LR-003 | TBD | 2026-01-10 | in-progress |\n", // 7
);

#[test]
fn owner_gaps_of_open_rows_are_one_finding_per_column() {
    let r = Repo::doc_on(OWNERS_TBD);
    assert_findings(&r.findings(), &[("table/placeholder", 5, 12, "warning")]);
    assert!(message(&r, 5).contains("owner cell is `TBD` in 3 rows of this table (lines 5–7)"));
}

#[test]
fn twin_a_done_row_with_a_placeholder_owner_is_its_own_finding() {
    // Where another row names its owner, a done row's `TBD` is a gap of its
    // own (and the not-started rows are tasks looking for an owner).
    let r = Repo::doc_on(&format!(
        "{OWNERS_TBD}| LR-004 | TBD | 2026-01-10 | done |\n| LR-005 | @ann | 2026-01-10 | done |\n"
    ));
    assert_findings(
        &r.findings(),
        &[
            ("table/placeholder", 7, 12, "warning"),
            ("table/placeholder", 8, 12, "error"),
        ],
    );
    // Where no row names one (`TBD` in every row), the done row's gap is
    // part of the column's one finding, an error since a row is done.
    let r = Repo::doc_on(&format!(
        "{OWNERS_TBD}| LR-004 | TBD | 2026-01-10 | done |\n"
    ));
    assert_findings(&r.findings(), &[("table/placeholder", 5, 12, "error")]);
    assert!(
        message(&r, 5)
            .contains("owner cell is `TBD` in 4 rows of this table (lines 5–8, 1 marked done)")
    );
}

// ---------------------------------------------------------------------------
// status/claim-contradiction: the survey's remaining false patterns
// ---------------------------------------------------------------------------

#[test]
fn pending_features_post_go_live_checks_and_conditional_lists_are_not_open_work() {
    let r = Repo::doc_on(&claim_doc(
        "✅ READY FOR DEPLOYMENT & TESTING",
        concat!(
            "\n",
            "## ⏳ PENDING FEATURES\n",
            "\n",
            "### 1. Erweiterte Cursor Integration\n",
            "\n",
            "- [ ] Supabase Storage Setup für File-Operations\n",
            "\n",
            "## 📋 POST-GO-LIVE MONITORING (24h)\n",
            "\n",
            "- [ ] Sentry Error Rate < 0.1% ✅\n",
            "\n",
            "## Zu aktualisierende Referenzen\n",
            "\n",
            "- [ ] **AuthHeader.tsx** - Falls Primary Gradient verwendet wird\n",
            "- [ ] **AuthFooter.tsx** - Falls Primary Gradient verwendet wird\n",
            "- [ ] Alle Custom Headers/Footers mit Primary Gradient\n",
        ),
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_pending_items_and_a_list_beside_optional_items_count() {
    // "Pending items" are this scope's open work; an item beside `(optional)`
    // siblings is not itself optional.
    let r = Repo::doc_on(&claim_doc(
        "🎯 READY FOR DEPLOYMENT",
        concat!(
            "\n",
            "## ⏳ PENDING ITEMS (5%)\n",
            "\n",
            "- [ ] Fix Security Definer View (ERROR)\n",
        ),
    ));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    let r = Repo::doc_on(&claim_doc(
        "✅ Done",
        concat!(
            "- [ ] Run the migration\n",
            "- [ ] WebP conversion (optional)\n",
            "- [ ] AVIF conversion (optional)\n",
        ),
    ));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    assert!(message(&r, 3).contains("1 open item (first on line 8)"));
}

/// dCMMS DCMMS-158: the next steps say they are required before deployment.
const REQUIRED_NEXT: &str = concat!(
    "# Energy bias fix\n",
    "\n",
    "**Status**: ✅ **CODE COMPLETE** - Ready for Testing & Deployment\n",
    "\n",
    "## Completed\n",
    "\n",
    "- [x] Fix the bias\n",
    "\n",
    "## 🔄 Next Steps (Pending)\n",
    "\n",
    "### Phase 4: Database Migration (Not Started)\n",
    "\n",
    "**Priority**: 🔴 HIGH - Required before deployment\n",
    "\n",
    "- [ ] Run migration on production database\n",
);

#[test]
fn follow_up_work_required_before_the_launch_counts() {
    let r = Repo::doc_on(REQUIRED_NEXT);
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

#[test]
fn twin_next_steps_without_a_requirement_stay_silent() {
    let r = Repo::doc_on(&REQUIRED_NEXT.replace(" - Required before deployment", ""));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn a_claim_repeated_in_the_closing_block_is_one_finding() {
    let r = Repo::doc_on(concat!(
        "# Go-live\n",
        "\n",
        "**Status:** 🎯 READY FOR DEPLOYMENT\n",
        "\n",
        "## Checks\n",
        "\n",
        "- [ ] Backups verified\n",
        "\n",
        "---\n",
        "\n",
        "**Status:** 🎯 READY FOR DEPLOYMENT (after Critical Fixes)\n",
    ));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    assert!(message(&r, 3).contains("repeated on line 11"));
}

/// Survey 2: yski-app's `UI ONLY` items (CP2), goose's deferred sub-items
/// (CP3) and agent hand-off steps (CP4).
const SCOPED: &str = concat!(
    "# Phase 4 checklist\n",
    "\n",
    "- [x] Implement `ImpactDashboard` component - UI ONLY\n",
    "  - [x] Display stat card with donation icon\n",
    "  - [ ] Fetch impact stats from `GET /donations/summary`\n",
    "  - [ ] Submit donation to `POST /donations`\n",
    "  - [ ] Loading spinner during submission\n",
    "  - [ ] On error: show error toast\n",
    "  - [ ] Pre-fill from `authStore.user`\n",
    "- [x] **H7:** Performance tests ✅ COMPLETE\n",
    "  - [ ] UI load time: < 2s first paint (Workstream G not started)\n",
    "- [x] Report to user: \"Workstream A complete\"\n",
    "  - [ ] **WAIT for user response** (proceed/review/pause)\n",
);

#[test]
fn other_layers_of_a_ui_only_item_deferred_and_hand_off_sub_items_are_silent() {
    assert_findings(&Repo::doc_on(SCOPED).findings(), &[]);
}

#[test]
fn twin_an_open_ui_part_or_plain_open_work_is_reported() {
    let r = Repo::doc_on(&format!(
        "{SCOPED}{}",
        concat!(
            "- [x] Implement news card list - UI ONLY\n",
            "  - [ ] Card with cover image (aspect-video ratio)\n",
            "- [x] Create `src/routes/sessions.rs`\n",
            "  - [ ] POST /sessions endpoint\n",
        )
    ));
    assert_findings(
        &r.findings(),
        &[
            ("task/checked-parent-open-child", 14, 1, "error"),
            ("task/checked-parent-open-child", 16, 1, "error"),
        ],
    );
}

/// Survey 2 (prisma): a completion summary whose open items are the next
/// phase's deployment and verification steps.
const DEPLOY_STEPS: &str = concat!(
    "# Day 1 security fixes\n",
    "\n",
    "**Status:** ✅ COMPLETE\n",
    "\n",
    "## Fixes\n",
    "\n",
    "- [x] Rotate the session secret handling\n",
    "\n",
    "## Production Deployment Checklist\n",
    "\n",
    "- [ ] Set `ALLOWED_HOSTS` in production\n",
    "\n",
    "### Manual Testing Required\n",
    "\n",
    "- [ ] Visit `/admin/agents` - registry loads\n",
);

#[test]
fn deployment_and_verification_steps_are_the_next_phase_of_a_complete_claim() {
    assert_findings(&Repo::doc_on(DEPLOY_STEPS).findings(), &[]);
}

#[test]
fn twin_a_claim_of_deployed_and_tested_covers_them() {
    let r = Repo::doc_on(&DEPLOY_STEPS.replace("✅ COMPLETE", "✅ DEPLOYED & TESTED"));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
    assert!(message(&r, 3).contains("1 open item (first on line 11)"));
}

#[test]
fn a_clipboard_status_is_a_plan_not_a_done_claim() {
    // goose-orchestrator: `📋 READY` = "Planned — Ready to start".
    let r = Repo::doc_on(&claim_doc("📋 READY", "- [ ] build\n"));
    assert_findings(&r.findings(), &[]);
    // Twin: the same word after a check mark is a claim.
    let r = Repo::doc_on(&claim_doc("✅ READY", "- [ ] build\n"));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

/// Survey 2 (prisma): a UAT sign-off form whose owner cells are filled in on
/// each copy.
const SIGNOFF_FORM: &str = concat!(
    "# UAT sign-off checklist\n",
    "\n",
    "| Area | Owner | Status |\n",
    "| --- | --- | --- |\n",
    "| Payments |  | not-started |\n",
    "| Reports |  | not-started |\n",
);

#[test]
fn a_template_is_a_form_not_a_checklist() {
    for path in [
        "docs/PHASE4/uat-signoff-template.md",
        ".github/PULL_REQUEST_TEMPLATE.md",
        ".github/ISSUE_TEMPLATE/task.md",
    ] {
        let r = Repo::with(&[(path, SIGNOFF_FORM), ("checkmark.toml", helpers3::RULES_ON)]);
        assert_findings(&r.check(&[path]).1, &[]);
    }
}

#[test]
fn twin_the_same_form_filled_in_as_a_live_tracker_is_judged() {
    let path = "docs/PHASE4/uat-signoff.md";
    let r = Repo::with(&[(path, SIGNOFF_FORM), ("checkmark.toml", helpers3::RULES_ON)]);
    assert_findings(
        &r.check(&[path]).1,
        &[("table/placeholder", 5, 14, "warning")],
    );
}

// ---------------------------------------------------------------------------
// task/section-claims-done: survey 2 (T3, T5, dated log entries)
// ---------------------------------------------------------------------------

#[test]
fn icon_headings_targets_and_dated_log_entries_are_not_claims() {
    let r = Repo::doc_on(concat!(
        "# Desktop app production checklist\n",
        "\n",
        "- [x] kickoff\n",
        "\n",
        "## 🎯 Overview\n",
        "\n",
        "## 📦 Packaging\n",
        "\n",
        "## 🛠️ Development Tools\n",
        "\n",
        "## ✅ Implementation Status\n",
        "\n",
        "- [x] build\n",
        "- [ ] sign installers\n",
        "\n",
        "### Week 2 Success ✅\n",
        "\n",
        "- [ ] Lighthouse score > 95\n",
        "\n",
        "### Must Have ✅\n",
        "\n",
        "- [x] login\n",
        "- [ ] offline mode\n",
        "\n",
        "### 2025-11-06 06:15 - E_CHECKPOINT: Workstream E Complete ✅\n",
        "\n",
        "**Status:** ✅ COMPLETE (E1-E9 all done)\n",
        "\n",
        "- [ ] Stage all changes\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn twin_a_worked_heading_and_its_status_line_are_one_finding() {
    let r = Repo::doc_on(concat!(
        "# Phase 6 checklist\n",
        "\n",
        "## Workstream A: Lifecycle Integration ✅ COMPLETE\n",
        "\n",
        "**Status:** Complete\n",
        "\n",
        "- [x] Route integration\n",
        "- [ ] Session persistence\n",
        "\n",
        "## Workstream B\n",
        "\n",
        "- [x] Proxy\n",
        "- [ ] Masking\n",
        "\n",
        "**Status:** ✅ COMPLETE\n", // 15: not right under a reported heading
    ));
    assert_findings(
        &r.findings(),
        &[
            ("task/section-claims-done", 3, 1, "error"),
            ("task/section-claims-done", 15, 1, "error"),
        ],
    );
}

#[test]
fn twin_check_marks_beside_open_status_headings_are_judged() {
    // mydispatch: `## ✅ BEREITS UMGESETZT` beside `## 🔴 AKTUELL IN ARBEIT`.
    let r = Repo::doc_on(concat!(
        "# Umsetzung\n",
        "\n",
        "## 🎯 MISSION\n",
        "\n",
        "## ✅ BEREITS UMGESETZT\n",
        "\n",
        "- [x] PWA\n",
        "- [ ] Edge Function deployen\n",
        "\n",
        "## 🔴 AKTUELL IN ARBEIT\n",
        "\n",
        "- [ ] Chat\n",
    ));
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 5, 1, "error")],
    );
}
