//! Survey 48a: non-English readiness and acceptance checklists (Chinese,
//! Japanese, French, Spanish). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- task/checked-parent-open-child: French marks of optional work and of a
// parent done in part (FlowTech-Lab/Grenoble-Roller-Project's
// `docs/development/phase2/cycle-01-phase-2-plan.md`: 2 findings judged
// false) ---

/// A French plan whose ticked items hold `body`.
fn french_plan(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/plan.md", format!("# Plan de la phase 2\n\n{body}"))
        .commit_all();
    repo
}

#[test]
fn an_optional_french_sub_item_and_a_partly_done_parent_are_not_open_work() {
    let run = french_plan(
        "- [x] **Export iCal** : ✅ TERMINÉ\n\
         \x20 - [x] Gem `icalendar` installée ✅\n\
         \x20 - [ ] Export de tous les événements de l'utilisateur (optionnel - futur)\n\
         - [x] **Performance** : ✅ TERMINÉ (Partiellement)\n\
         \x20 - [x] Audit N+1 queries avec Bullet ✅\n\
         \x20 - [ ] Audit de sécurité avec Brakeman ⏳\n\
         - [x] **Rendimiento** (parcial)\n\
         \x20 - [ ] Auditoría de seguridad\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same items without the marks are open work under a ticked parent.
#[test]
fn a_required_french_sub_item_under_a_finished_parent_is_reported() {
    let run = french_plan(
        "- [x] **Export iCal** : ✅ TERMINÉ\n\
         \x20 - [x] Gem `icalendar` installée ✅\n\
         \x20 - [ ] Export de tous les événements de l'utilisateur\n\
         - [x] **Performance** : ✅ TERMINÉ (Audit N+1)\n\
         \x20 - [x] Audit N+1 queries avec Bullet ✅\n\
         \x20 - [ ] Audit de sécurité avec Brakeman ⏳\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![
            t("task/checked-parent-open-child", "docs/plan.md", 3, 1, ""),
            t("task/checked-parent-open-child", "docs/plan.md", 6, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}
