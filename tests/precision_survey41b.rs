//! Patterns read by hand in survey 41b (helper s41b): architecture decision
//! records and RFC folders. Exact findings, the real binary in a real git
//! repository.

mod common;
use common::{Repo, t};

/// joelparkerhenderson/architecture-decision-record: MADR's template,
/// translated, in folders named `plantillas/`, `modèles/`, `テンプレート/`.
/// Its status line offers alternatives in brackets, the last with the
/// template's example link `[ADR-0005](0005-example.md)`: the author keeps
/// one and deletes the rest, so the link is an example (6 findings judged
/// false). Twins: a decision record that kept `superseded by` with the same
/// missing link, a link in brackets without alternatives, and the links of
/// a navigation bar in brackets, are reported.
#[test]
fn a_link_among_a_templates_alternatives_is_an_example() {
    let repo = Repo::new();
    repo.write("README.md", "# Decisions\n")
        .write(
        "locales/es/plantillas/madr/index.md",
        "# [título corto del problema]\n\n\
         * Estado: [propuesto | rechazado | aceptado | en desuso | … | reemplazado por [ADR-0005](0005-example.md)] <!-- opcional -->\n\
         * Fecha: [YYYY-MM-DD]\n",
    )
    .write(
        "docs/adr/0002-use-postgres.md",
        "# Use Postgres\n\n\
         * Status: superseded by [ADR-0005](0005-example.md)\n\
         * Notes: [see [the runbook](runbook.md)]\n\n\
         [ [Home](../../README.md) | [Index](index.md) | [FAQ](faq.md) ]\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/adr/0002-use-postgres.md",
                3,
                25,
                "docs/adr/0005-example.md"
            ),
            t(
                "link/missing-path",
                "docs/adr/0002-use-postgres.md",
                4,
                15,
                "docs/adr/runbook.md"
            ),
            t(
                "link/missing-path",
                "docs/adr/0002-use-postgres.md",
                6,
                29,
                "docs/adr/index.md"
            ),
            t(
                "link/missing-path",
                "docs/adr/0002-use-postgres.md",
                6,
                49,
                "docs/adr/faq.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
