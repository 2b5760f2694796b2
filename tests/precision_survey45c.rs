//! Patterns of survey 45c (documentation sites of mid-size open-source
//! projects: Zensical, Rspress through Rstack, Docusaurus' generated index
//! pages, TypeDoc's included Markdown, an implementation map that says its
//! line numbers drift, and code blocks written back to back).
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

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
