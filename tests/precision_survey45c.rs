//! Patterns of survey 45c (documentation sites of mid-size open-source
//! projects: Zensical, Rspress through Rstack, Docusaurus' generated index
//! pages, TypeDoc's included Markdown, an implementation map that says its
//! line numbers drift, and code blocks written back to back).
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// rolldown/rolldown (survey 45c): `internal-docs/cache/implementation.md`
/// says near its top "All file/line references are against the working
/// tree at the time of writing and will drift; treat them as starting
/// points.": its citations whose lines only moved are not renumbered (3
/// findings judged false). Twins: a cited line that changed in the same
/// document is still stale, and a moved line in a document that says
/// nothing of drift is still shifted.
#[test]
fn a_document_that_says_its_line_numbers_drift_is_not_shifted() {
    let repo = Repo::new();
    let body = "| Cache | Where |\n| --- | --- |\n| `ResolverCaches` | 【F:src/resolver.rs†L3】 |\n| `TsconfigCache` | 【F:src/resolver.rs†L5】 |\n";
    repo.write("src/resolver.rs", common::lines(10))
        .write(
            "internal-docs/cache/implementation.md",
            format!(
                "# Cache — Implementation\n\n## Summary\n\nAll file/line references are against the working tree at the time of writing\nand will drift; treat them as starting points.\n\n{body}"
            ),
        )
        .write(
            "internal-docs/options/design.md",
            format!("# Options — Design\n\n{body}"),
        )
        .commit_all();
    let edited = common::lines(10).replace("line 5\n", "line five\n");
    repo.write("src/resolver.rs", format!("use a;\nuse b;\n{edited}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/shifted,citation/stale"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/stale",
                "internal-docs/cache/implementation.md",
                11,
                21,
                "src/resolver.rs",
            ),
            t(
                "citation/shifted",
                "internal-docs/options/design.md",
                5,
                22,
                "src/resolver.rs",
            ),
            t(
                "citation/stale",
                "internal-docs/options/design.md",
                6,
                21,
                "src/resolver.rs",
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// prefix-dev/pixi (survey 45c): `environment_variables.md` writes its code
/// blocks back to back, an output block, then a bare block of shell
/// (`# Outside environment`), then a ```` ```toml title="pixi.toml" ````
/// block on the very next line: the bare fence right after a closing fence
/// opens the next example, not a doubled fence (1 finding judged false).
/// Twin: the same doubled fence followed by the document's prose and
/// heading is still reported.
#[test]
fn code_blocks_chained_back_to_back_are_no_doubled_fence() {
    let repo = Repo::new();
    repo.write(
        "docs/env.md",
        "# Env\n\nIt will output:\n```bash\nPython path: /pixi/python\n```\n```\n# Outside environment\nexport PYTHON_PATH=\"/system/python\"\n```\n```toml title=\"pixi.toml\"\n[dependencies]\npython-utils = \"*\"\n```\n\nThe end.\n",
    )
    .write(
        "docs/launch.md",
        "# Launch\n\n```bash\nmake test\n```\n```\n\n## Rollout\n\n- [ ] DNS\n\n```\nmake deploy\n```\n\nDone.\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "docs/launch.md", 6, 1, "",),],
        "\n{}",
        run.dump()
    );
}
