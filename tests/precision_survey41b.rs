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

const GUIDELINES: &str = "# Pragmatic Rust Guidelines\n\n\
     This file contains all guidelines concatenated for easy reference.\n\n\
     ## Panic is stop\n\n\
     Follow [Library / UX](../libs/ux/) and [M-DOC-FIRST-SENTENCE].\n\n\
     ![TEXT](M-DOC-INLINE_BAD.png)\n\n\
     See [above](#panic-is-stop) and [gone](#m-nothing).\n\n\
     [M-DOC-FIRST-SENTENCE]: ./#M-DOC-FIRST-SENTENCE\n";

/// airsstack/airsprotocols: Microsoft's Pragmatic Rust Guidelines copied in
/// as the one file upstream publishes for agents, which says it concatenates
/// the guideline pages. Each part keeps the relative links of its page
/// (`../libs/ux/`, `./#M-DOC-FIRST-SENTENCE`, an image beside the page): 21
/// findings judged false. Twins: its link to a section it does not have
/// (`#m-nothing`) is reported, and so is every link of the same text in a
/// document that does not say it is a concatenation.
#[test]
fn a_concatenation_keeps_its_pages_relative_links() {
    let repo = Repo::new();
    repo.write(".guides/rust/all.md", GUIDELINES)
        .write(
            "docs/rust/guide.md",
            GUIDELINES.replace(
                "This file contains all guidelines concatenated",
                "These are our guidelines",
            ),
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                ".guides/rust/all.md",
                11,
                33,
                ".guides/rust/all.md#m-nothing"
            ),
            t(
                "link/missing-path",
                "docs/rust/guide.md",
                7,
                8,
                "docs/libs/ux"
            ),
            t(
                "link/missing-path",
                "docs/rust/guide.md",
                9,
                1,
                "docs/rust/M-DOC-INLINE_BAD.png"
            ),
            t(
                "link/missing-anchor",
                "docs/rust/guide.md",
                11,
                33,
                "docs/rust/guide.md#m-nothing"
            ),
            t(
                "link/missing-anchor",
                "docs/rust/guide.md",
                13,
                1,
                "docs/rust#M-DOC-FIRST-SENTENCE"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
