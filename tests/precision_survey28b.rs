//! Patterns of survey 28b on unseen repositories (ravenoak/autoresearch,
//! tauri-apps/tauri-docs, jj-vcs/jj, GoyacJ/GoyaVision, SMC17/rippled-zig):
//! the `As of **date**` paragraph entries of an agent-kept progress log are
//! dated entries (P1), a pytest node id in a link is read as its file
//! (P3), an Astro site serves `public/` and resolves `tsconfig.json` path
//! aliases (P9, P10), and an MkDocs page has the headings of the files its
//! include-markdown directives include (P6). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// `n` lines of Python, each its own function.
fn code(prefix: &str, n: usize) -> String {
    (1..=n)
        .map(|i| format!("def {prefix}{i}(): return {i}\n"))
        .collect()
}

/// autoresearch's `TASK_PROGRESS.md` opens with a log of runs, newest
/// first, each a paragraph `As of **2025-10-09 at 18:10 UTC** …` whose
/// citations name the code and the logs of that day; later paragraphs of
/// an entry carry its citations too (26 findings judged false: stale lines,
/// logs deleted in a clean-up, read windows past a log's end). Twins: the
/// same citations in the living checklist below the title are reported, and
/// so is a log that never existed, cited in an entry.
#[test]
fn as_of_paragraphs_of_a_progress_log_are_dated_entries() {
    let repo = Repo::new();
    repo.write("src/a.py", code("f", 40))
        .write("src/c.py", "A = 1\nB = 2\nLIMIT = 3\n")
        .write("logs/run-1.log", "ok\n".repeat(10))
        .write(
            "TASK_PROGRESS.md",
            "As of **2025-10-05 at 16:05 UTC** the gate is green and the limit\n\
             is 3.【F:src/c.py†L3】 The sweep log is kept.【F:logs/run-1.log†L1-L10】\n\
             \n\
             Follow-up: the limit still holds.【F:src/c.py†L3】\n\
             \n\
             As of **2025-10-04** the module was read.【F:src/a.py†L20-L45】\n\
             The rerun log is kept.【F:logs/never.log†L1-L5】\n\
             \n\
             # Task progress\n\
             \n\
             ## Coverage report\n\
             \n\
             - [ ] rerun coverage\n\
             \n\
             The limit is 3.【F:src/c.py†L3】 The log is kept.【F:logs/run-1.log†L1-L10】\n\
             The module is read.【F:src/a.py†L20-L45】\n",
        )
        .commit_all();
    // Later: the limit edited, the old log cleaned up.
    repo.write("src/c.py", "A = 1\nB = 2\nLIMIT = 5\n");
    repo.git(&["rm", "-q", "logs/run-1.log"]);
    repo.commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "TASK_PROGRESS.md",
                7,
                23,
                "logs/never.log"
            ),
            t("citation/stale", "TASK_PROGRESS.md", 15, 16, "src/c.py"),
            t(
                "citation/missing-path",
                "TASK_PROGRESS.md",
                15,
                48,
                "logs/run-1.log"
            ),
            t(
                "citation/line-range",
                "TASK_PROGRESS.md",
                16,
                20,
                "src/a.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// autoresearch's `SPEC_COVERAGE.md` names its proofs by pytest node ids
/// (`[t134]: tests/unit/legacy/test_relevance_ranking.py::test_calculate_semantic_similarity`,
/// 19 links): the file holds the test, and `::name` is no part of its path.
/// Twins: a node id of a file that never existed is reported as missing,
/// and one of a moved file as renamed, both on the file.
#[test]
fn a_pytest_node_id_link_names_its_file() {
    let repo = Repo::new();
    repo.write("tests/test_x.py", code("test_", 3))
        .write("tests/test_old.py", code("test_old_", 3))
        .commit_all();
    repo.git(&["mv", "tests/test_old.py", "tests/legacy_test_old.py"]);
    repo.commit_all();
    repo.write(
        "SPEC_COVERAGE.md",
        "# Coverage\n\n\
         | Module | Proof |\n| --- | --- |\n| `x` | [t1], [t2], [t3] |\n\n\
         [t1]: tests/test_x.py::test_1\n\
         [t2]: tests/test_gone.py::test_2\n\
         [t3]: tests/test_old.py::TestOld::test_old_3\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "SPEC_COVERAGE.md",
                8,
                1,
                "tests/test_gone.py"
            ),
            t(
                "path/renamed",
                "SPEC_COVERAGE.md",
                9,
                1,
                "tests/test_old.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// tauri-apps/tauri-docs, an Astro Starlight site, links its images through
/// the `@assets/*` alias of its `tsconfig.json` (`src/assets/*`) and its
/// downloads from `public/`, which Astro serves at the root (`/assets/
/// logopack.zip`): 25 findings judged false. Twins: an aliased image and a
/// root download that are not there, and a root link of a page outside the
/// site's folder.
#[test]
fn astro_pages_read_public_and_tsconfig_aliases() {
    let repo = Repo::new();
    repo.write(
        "site/astro.config.mjs",
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'Docs' })] };\n",
    )
    .write(
        "site/tsconfig.json",
        "{\n  // Astro's strict preset\n  \"extends\": \"astro/tsconfigs/strict\",\n  \"compilerOptions\": {\n    \"baseUrl\": \".\",\n    \"paths\": {\n      \"@components/*\": [\"src/components/*\"],\n      \"@assets/*\": [\"src/assets/*\"],\n    }\n  }\n}\n",
    )
    .write("site/public/assets/logopack.zip", "zip\n")
    .write("site/src/assets/about/diagram.svg", "<svg/>\n")
    .write(
        "site/src/content/docs/about/governance.md",
        "# Governance\n\n\
         ![diagram](@assets/about/diagram.svg)\n\n\
         Download the [logo pack](/assets/logopack.zip).\n\n\
         ![gone](@assets/about/gone.svg) and the [old pack](/assets/old.zip).\n",
    )
    .write(
        "docs/notes.md",
        "# Notes\n\nThe [logo pack](/assets/logopack.zip).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/notes.md",
                3,
                5,
                "assets/logopack.zip"
            ),
            t(
                "link/missing-path",
                "site/src/content/docs/about/governance.md",
                7,
                1,
                "site/src/content/docs/about/@assets/about/gone.svg",
            ),
            t(
                "link/missing-path",
                "site/src/content/docs/about/governance.md",
                7,
                41,
                "assets/old.zip",
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// jj-vcs/jj's MkDocs site builds its CLI reference page from a generated
/// file with the include-markdown plugin (`{% include-markdown
/// "../cli/tests/cli-reference@.md.snap" … %}`, the directive over several
/// lines), so `cli-reference.md#jj-sign` names a heading of the included
/// file (2 findings judged false). Twin: an anchor no included heading
/// makes.
#[test]
fn an_mkdocs_page_has_the_headings_include_markdown_includes() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: Jujutsu docs\nplugins:\n  - search\n  - include-markdown # For the CLI reference\n",
    )
    .write(
        "cli/tests/cli-reference@.md.snap",
        "---\nsource: cli/tests/test_generate_md_cli_help.rs\n---\n<!-- BEGIN MARKDOWN-->\n\n# Command-Line Help for `jj`\n\n## `jj sign`\n\nSign revisions.\n",
    )
    .write(
        "docs/cli-reference.md",
        "<!-- generated -->\n\n{%\n  include-markdown \"../cli/tests/cli-reference@.md.snap\"\n  rewrite-relative-urls=false\n  start=\"<!-- BEGIN MARKDOWN-->\"\n%}\n",
    )
    .write(
        "docs/config.md",
        "# Config\n\nUse [`jj sign`](./cli-reference.md#jj-sign) or [`jj nope`](./cli-reference.md#jj-nope).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/config.md",
            3,
            48,
            "docs/cli-reference.md#jj-nope"
        )],
        "\n{}",
        run.dump()
    );
}

/// autoresearch's converted papers link their images where the converter
/// ran (`![](/Users/ravenoak/…/arxiv.org-bib4llm/x/x.pdf-14-2.png)`, 222
/// links) while the images are committed beside the page: judged true, and
/// the help names the file to write instead of asking to commit it. Twin:
/// a local path whose file nothing in the repository is named like stays
/// silent (nothing to restore).
#[test]
fn a_local_image_path_names_the_committed_file_of_its_name() {
    let repo = Repo::new();
    repo.write("papers/x.pdf-14-2.png", "png\n")
        .write(
            "papers/x.md",
            "# Paper\n\n![](/Users/me/papers-bib4llm/x/x.pdf-14-2.png)\n\n\
             ![](/Users/me/.gemini/shot-1.png)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "papers/x.md",
            3,
            1,
            "Users/me/papers-bib4llm/x/x.pdf-14-2.png"
        )],
        "\n{}",
        run.dump()
    );
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        help.contains("`papers/x.pdf-14-2.png`: write `x.pdf-14-2.png`"),
        "{help}"
    );
}
