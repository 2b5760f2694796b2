//! Patterns of survey 26 (babar-raza/foss-launcher): in a record of its
//! day, a range that starts inside its file and only ends past it (P2, P3);
//! template variables in braces as link targets (P9); the table of
//! contents of an abridged document (P4). Each false pattern beside its
//! true twin, exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// `n` numbered lines.
fn rows(word: &str, n: usize) -> String {
    (1..=n).map(|i| format!("{word} {i}\n")).collect()
}

/// foss-launcher's run reports (`reports/pre_impl_verification/…/REPORT.md`,
/// `**Date**: 2026-01-27`) cite `plans/acceptance_test_matrix.md:1-58` of a
/// 57-line file (the final newline counted as a line: P2), the agent's read
/// window `specs/04_claims.md:1-150` of a 107-line spec and a block
/// `tests/test_w2.py:501-543` of a 537-line file (P3), each so from the day
/// it was written: every cited line that exists is there, and nobody
/// renumbers a frozen report for its end (36 of 40 judged false). Twins: in
/// the same record, a range that starts past the end (`:73` of 57 lines,
/// `:106-110` of 105) cites a line that never existed and is reported; and
/// outside a record (a living guide) a range one past the end is reported
/// as before.
#[test]
fn a_record_range_that_starts_inside_its_file_and_overshoots() {
    let repo = Repo::new();
    repo.write("plans/acceptance_test_matrix.md", rows("row", 57))
        .write("specs/04_claims.md", rows("spec", 107))
        .write("specs/10_determinism.md", rows("rule", 105))
        .write("tests/test_w2.py", rows("# line", 537))
        .write(
            "reports/run/20260127-1724/REPORT.md",
            "# Agent P Report\n\n**Date**: 2026-01-27\n\n\
             - Evidence: `plans/acceptance_test_matrix.md:1-58`\n\
             - Source: `specs/04_claims.md:1-150`\n\
             - Tests: `tests/test_w2.py:501-543`\n\
             - Logged: `plans/acceptance_test_matrix.md:73`\n\
             - Paging: `specs/10_determinism.md:106-110`\n",
        )
        .write(
            "docs/guide.md",
            "# Guide\n\nThe matrix is `plans/acceptance_test_matrix.md:1-58`.\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                "docs/guide.md",
                3,
                15,
                "plans/acceptance_test_matrix.md"
            ),
            t(
                "citation/line-range",
                "reports/run/20260127-1724/REPORT.md",
                8,
                11,
                "plans/acceptance_test_matrix.md"
            ),
            t(
                "citation/line-range",
                "reports/run/20260127-1724/REPORT.md",
                9,
                11,
                "specs/10_determinism.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// foss-launcher's `specs/07_section_templates.md`, a template spec for the
/// page generator: `[View full example]({repo_url}/examples/{workflow_1_path})`
/// and `[API Reference]({api_reference_url})` are variables the generator
/// fills (4 judged false). Twins: a plain missing page of the same spec
/// (`08_section_rules.md`) is reported, and so is a target whose braces hold
/// no variable name (`docs/{a,b}.md`, a shell's brace list).
#[test]
fn template_variables_in_braces_are_not_paths() {
    let repo = Repo::new();
    repo.write(
        "specs/07_section_templates.md",
        "# Section Templates\n\n## Workflows section\n\n\
         {Brief description of workflow 1.}\n\n\
         [View full example on GitHub]({repo_url}/examples/{workflow_1_path})\n\
         [API Reference]({api_reference_url})\n\n\
         See also [the section rules](08_section_rules.md) and [both](docs/{a,b}.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "specs/07_section_templates.md",
                10,
                10,
                "specs/08_section_rules.md"
            ),
            t(
                "link/missing-path",
                "specs/07_section_templates.md",
                10,
                55,
                "specs/docs/{a,b}.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// foss-launcher's `REQUIREMENTS_INVENTORY.md`: its table of contents lists
/// 18 sections, the document holds the first three and says so ("For
/// brevity in this delivery, the first 50 requirements are shown"): 15
/// missing anchors, one fact (judged false 15 times). Three or more
/// consecutive list entries linking to sections of one document with no
/// heading close to them are one finding on the first, counting the others.
/// Twins: an entry with a typo for a section that is there
/// (`#system-contract-requirments`) is its own finding with its help, and
/// two missing entries apart (one run of two, one lone) are each reported.
#[test]
fn a_table_of_contents_of_left_out_sections_is_one_finding() {
    let repo = Repo::new();
    repo.write(
        "REQUIREMENTS_INVENTORY.md",
        "# Requirements Inventory\n\n## Table of Contents\n\n\
         1. [Environment Requirements](#environment-requirements)\n\
         2. [System Contract Requirements](#system-contract-requirments)\n\
         3. [Patch Engine Requirements](#patch-engine-requirements)\n\
         4. [Telemetry Requirements](#telemetry-requirements)\n\
         5. [MCP Endpoints Requirements](#mcp-endpoints-requirements)\n\n\
         ## Environment Requirements\n\nREQ-001 …\n\n\
         ## System Contract Requirements\n\nREQ-013 …\n\n\
         ## Notes\n\nFor brevity in this delivery, the first 50 requirements are shown in detail.\n",
    )
    .write(
        "docs/roadmap.md",
        "# Roadmap\n\n\
         - [Phase 1](#phase-1-template-restructure)\n\
         - [Phase 2](#phase-2-docs)\n\
         - [Overview](#overview)\n\
         - [Phase 4](#phase-4-rollout)\n\n\
         ## Overview\n\nText.\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "REQUIREMENTS_INVENTORY.md",
                6,
                4,
                "REQUIREMENTS_INVENTORY.md#system-contract-requirments"
            ),
            t(
                "link/missing-anchor",
                "REQUIREMENTS_INVENTORY.md",
                7,
                4,
                "REQUIREMENTS_INVENTORY.md#patch-engine-requirements"
            ),
            t(
                "link/missing-anchor",
                "docs/roadmap.md",
                3,
                3,
                "docs/roadmap.md#phase-1-template-restructure"
            ),
            t(
                "link/missing-anchor",
                "docs/roadmap.md",
                4,
                3,
                "docs/roadmap.md#phase-2-docs"
            ),
            t(
                "link/missing-anchor",
                "docs/roadmap.md",
                6,
                3,
                "docs/roadmap.md#phase-4-rollout"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&["link/missing-anchor"]);
    assert_eq!(
        d[0]["help"],
        "did you mean `#system-contract-requirements`?",
        "\n{}",
        run.dump()
    );
    assert!(
        d[1]["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("; so do the next 2 entries of this list (lines 8-9)")),
        "\n{}",
        run.dump()
    );
    assert!(
        d[2]["message"]
            .as_str()
            .is_some_and(|m| !m.contains("so do the next")),
        "\n{}",
        run.dump()
    );
}

/// foss-launcher's gap report about a missing link validator illustrates
/// the problem with a broken link in its prose: "Broken anchor links (e.g.,
/// [](#section-that-does-not-exist))" (judged false). A destination that
/// says it does not exist, given as an example (empty text, or `e.g.`
/// before it), is silent. Twins: the report's own typo `#gap-7-no-link-validatr`
/// is reported, and so is a page named for something that does not exist
/// (`a-town-that-doesnt-exist.md`, a talk's title) outside an example.
#[test]
fn an_illustration_of_a_broken_link_is_not_one() {
    let repo = Repo::new();
    repo.write(
        "reports/GAPS.md",
        "# Gaps\n\n## GAP-7: No link validator\n\n**Impact:**\n\
         - Broken anchor links (e.g., [](#section-that-does-not-exist))\n\n\
         See [GAP-7](#gap-7-no-link-validatr) and [the talk](a-town-that-doesnt-exist.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "reports/GAPS.md",
                8,
                5,
                "reports/GAPS.md#gap-7-no-link-validatr"
            ),
            t(
                "link/missing-path",
                "reports/GAPS.md",
                8,
                42,
                "reports/a-town-that-doesnt-exist.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
