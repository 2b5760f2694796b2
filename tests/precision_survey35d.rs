//! Patterns of survey 35d (non-English readiness and status documents:
//! ikeisuke/ai-dlc-starter-kit, Thomas-Heisig/ERP_SteinmetZ_V1,
//! JochenWeerda/VALEO-NeuroERP-1.0.5, jiabai/agentskills-mcp,
//! mclac2000/freihelden): a line range of a finished development cycle's
//! record that fitted its file when written (P1), and a German checked item
//! whose work is only begun, or whose open sub-items come later (P2). Each
//! false pattern beside its true twin, exact findings, the real binary in
//! real git repositories.

mod common;

use common::{Repo, lines, t};

/// ai-dlc-starter-kit's `.aidlc/cycles/v2.4.0/design-artifacts/…` and
/// `docs/versions/v1.0.0/operations/test_results.md`: `bin/update-version.sh:198-199`
/// cited when the script had 199 lines; it has 196 now (9 judged false).
/// Twins: the same citation in a living document outside a versioned folder,
/// and a range in the versioned record that never fitted, are reported.
#[test]
fn a_versioned_cycle_record_keeps_the_ranges_of_its_day() {
    let repo = Repo::new();
    repo.write("bin/update-version.sh", lines(199))
        .write(
            ".aidlc/cycles/v2.4.0/plans/unit-002-plan.md",
            "# Unit 002 計画\n\n\
             条件分岐は `bin/update-version.sh:198-199` に依存する。\n\n\
             出力は `bin/update-version.sh:300-301` で行う。\n",
        )
        .write(
            "docs/guide.md",
            "# ガイド\n\n条件分岐は `bin/update-version.sh:198-199` に依存する。\n",
        )
        .commit_all();
    repo.write("bin/update-version.sh", lines(196)).commit_all();
    let run = repo.check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                ".aidlc/cycles/v2.4.0/plans/unit-002-plan.md",
                5,
                5,
                "bin/update-version.sh"
            ),
            t(
                "citation/line-range",
                "docs/guide.md",
                3,
                7,
                "bin/update-version.sh"
            ),
        ]
    );
}

/// ERP_SteinmetZ_V1's `docs/development/TODO.md`: `- [x] **JSDoc & TypeDoc**
/// ✅ PHASE 1 BEGONNEN` over `- [ ] Phase 2: Routes`, `- [x] Phase 1:
/// Critical APIs (erweitert - 8 von ~20 Dateien)` over `- [ ] Verbleibende
/// Services`, and `- [ ] Log-Aggregation - Folgt später` ("comes later") under
/// a ticked item (3 judged false). Twins: a ticked item with no such word,
/// and a share in parentheses that is whole (`20 von 20`), are reported.
#[test]
fn a_german_item_begun_or_with_sub_items_that_come_later() {
    let repo = Repo::new();
    repo.write(
        "TODO.md",
        "# TODO\n\n\
         - [x] **JSDoc** ✅ PHASE 1 BEGONNEN (9. Dez 2025)\n  - [ ] Phase 2: Routes\n\n\
         - [x] Phase 1: APIs (erweitert - 8 von ~20 Dateien)\n  - [ ] Verbleibende Services\n\n\
         - [x] **Logging** ✅ GRUNDLAGEN ERLEDIGT\n  - [ ] Log-Aggregation (Loki) - Folgt später\n\n\
         - [x] **Monitoring** ✅ ERLEDIGT\n  - [ ] Alerting einrichten\n\n\
         - [x] Phase 1: Routes (20 von 20 Dateien)\n  - [ ] Tests ergänzen\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "task/checked-parent-open-child"]);
    assert_eq!(
        run.findings(),
        vec![
            t("task/checked-parent-open-child", "TODO.md", 12, 1, ""),
            t("task/checked-parent-open-child", "TODO.md", 15, 1, ""),
        ]
    );
}
