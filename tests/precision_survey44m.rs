//! Survey 44b, read by the lead: a Portuguese checklist marks a sub-item as
//! conditional, `(quando implementado)` ("when implemented"), as English
//! ones write `(if needed)`: optional work, not an open child of a ticked
//! parent. Exact findings, the real binary, a real git repository.

mod common;

use common::{Repo, t};

/// NatosTech/magic-lawyer: a ticked item over a sub-item done only once
/// the feature exists. Twin: a plain open sub-item, reported at the parent.
#[test]
fn a_sub_item_marked_conditional_in_portuguese_or_spanish_is_not_open_work() {
    let repo = Repo::new();
    repo.write(
        "docs/SEGURANCA.md",
        "# Segurança\n\n\
         - [x] Auditoria de operações sensíveis\n  \
         - [x] Login e logout\n  \
         - [ ] Log de exportação (quando implementado)\n  \
         - [ ] Relatório mensal (si es necesario)\n\n\
         - [x] Backups\n  \
         - [x] Diário\n  \
         - [ ] Outras operações sensíveis\n",
    );
    repo.commit_all();
    let run = repo.check(&["--select", "task/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "task/checked-parent-open-child",
            "docs/SEGURANCA.md",
            8,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}
