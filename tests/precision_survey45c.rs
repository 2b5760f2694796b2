//! Patterns of survey 45c (documentation sites of mid-size open-source
//! projects: Zensical, Rspress through Rstack, Docusaurus' generated index
//! pages, TypeDoc's included Markdown, TanStack's docs, an implementation
//! map that says its line numbers drift, and code blocks written back to
//! back).
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// prefix-dev/pixi (survey 45c): the docs are built by Zensical from
/// `zensical.toml`, the successor of Material for MkDocs, which serves
/// `docs/` the MkDocs way with Python-Markdown. A page served at
/// `/reference/environment_variables/` links `../../deployment/authentication/`
/// (`docs/deployment/authentication.md`), and a table keeps a `|` inside a
/// code span in its cell (2 findings judged false). Twins: a page the site
/// does not have, and the same table in the README GitHub renders, are
/// still reported.
#[test]
fn a_zensical_site_is_read_as_mkdocs_reads_it() {
    let repo = Repo::new();
    let table = "| Operator | Meaning | Example |\n| --- | --- | --- |\n| `,` | AND | `\">=3.9,<3.12\"` |\n| `|` | OR | `\"3.10|3.11\"` |\n";
    repo.write(
        "zensical.toml",
        "[project]\nsite_name = \"Pixi\"\nrepo_url = \"https://github.com/prefix-dev/pixi\"\n\n[project.theme]\nname = \"material\"\n\n[project.markdown_extensions.admonition]\n",
    )
    .write(
        "docs/deployment/authentication.md",
        "# Authentication\n\n## Override the authentication storage\n\nText.\n",
    )
    .write(
        "docs/reference/environment_variables.md",
        "# Environment variables\n\nSee [authentication docs](../../deployment/authentication/) and [mirrors](../../deployment/mirrors/).\n",
    )
    .write(
        "docs/concepts/package_specifications.md",
        format!("# Specs\n\n{table}"),
    )
    .write("README.md", format!("# Pixi\n\n{table}"))
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path,table/column-count"]);
    assert_eq!(
        run.findings(),
        vec![
            t("table/column-count", "README.md", 6, 1, ""),
            t(
                "link/missing-path",
                "docs/reference/environment_variables.md",
                3,
                65,
                "deployment/mirrors"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// web-infra-dev/rspack (survey 45c): the website is configured by
/// `website/rstack.config.ts`, whose `define.doc(…)` returns the Rspress
/// configuration (`root: path.join(import.meta.dirname, 'docs')`, an `en`
/// and a `zh` locale): `/guide/migration/storybook.html` in an English blog
/// post is `docs/en/guide/migration/storybook.mdx`, and `./prerequisites`
/// is `prerequisites.md` (9 findings judged false). Twins: a page the site
/// does not have, and the same links under an Rstack configuration that
/// defines no doc site, are still reported.
#[test]
fn an_rstack_doc_configuration_is_an_rspress_site() {
    let repo = Repo::new();
    let config = |kind: &str| {
        format!(
            "import path from 'node:path';\nimport {{ define }} from 'rstack';\n\ndefine.{kind}(async () => {{\n  return {{\n    root: path.join(import.meta.dirname, 'docs'),\n    title: 'Rspack',\n    lang: 'en',\n    locales: [\n      {{ lang: 'en', label: 'English' }},\n      {{ lang: 'zh', label: '简体中文' }},\n    ],\n  }};\n}});\n"
        )
    };
    for (site, kind) in [("website", "doc"), ("lib", "lib")] {
        let post = format!(
            "# Announcing {site} 0.2\n\nSee the [Storybook guide](/guide/migration/storybook.html) and the [Gatsby guide](/guide/migration/gatsby.html).\n"
        );
        let building =
            format!("# Building {site}\n\nRead [Prerequisites](./prerequisites) first.\n");
        repo.write(&format!("{site}/rstack.config.ts"), config(kind))
            .write(
                &format!("{site}/docs/en/guide/migration/storybook.mdx"),
                "# Storybook\n",
            )
            .write(&format!("{site}/docs/en/blog/announcing-0-2.mdx"), &post)
            .write(
                &format!("{site}/docs/en/contribute/prerequisites.md"),
                "# Prerequisites\n",
            )
            .write(&format!("{site}/docs/en/contribute/building.md"), &building)
            .write(&format!("{site}/docs/zh/index.md"), "# 首页\n");
    }
    repo.commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "lib/docs/en/blog/announcing-0-2.mdx",
                3,
                9,
                "guide/migration/storybook.html",
            ),
            t(
                "link/missing-path",
                "lib/docs/en/blog/announcing-0-2.mdx",
                3,
                68,
                "guide/migration/gatsby.html",
            ),
            t(
                "link/missing-path",
                "lib/docs/en/contribute/building.md",
                3,
                6,
                "lib/docs/en/contribute/prerequisites",
            ),
            t(
                "link/missing-path",
                "website/docs/en/blog/announcing-0-2.mdx",
                3,
                68,
                "guide/migration/gatsby.html",
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// mikro-orm/mikro-orm (survey 45c): `docs/sidebars.js` gives a category a
/// generated index page, `link: { type: 'generated-index', slug: '/examples' }`,
/// and each version's `versioned_sidebars/version-6.6-sidebars.json` the
/// same; `quick-start.md` links it as `./examples` (3 findings judged
/// false). Twins: a slug no sidebar declares, and a version whose sidebar
/// has no such category, are still reported.
#[test]
fn a_generated_index_page_of_a_sidebar_category_is_a_page() {
    let repo = Repo::new();
    let quick = |v: &str| {
        format!(
            "# Quick start {v}\n\nSee the [example repositories](./examples) and the [samples](./samples).\n"
        )
    };
    repo.write(
        "docs/docusaurus.config.js",
        "module.exports = {\n  title: 'MikroORM',\n  presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') } }]],\n};\n",
    )
    .write(
        "docs/sidebars.js",
        "module.exports = {\n  docs: [\n    'quick-start',\n    {\n      type: 'category',\n      label: 'Example Integrations',\n      link: {\n        type: 'generated-index',\n        title: 'Example Integrations',\n        slug: '/examples',\n        keywords: ['examples'],\n      },\n      items: [{ type: 'link', label: 'Guide', href: 'https://github.com/mikro-orm/guide' }],\n    },\n  ],\n};\n",
    )
    .write("docs/docs/quick-start.md", quick("7"))
    .write(
        "docs/versioned_sidebars/version-6.6-sidebars.json",
        "{\n  \"docs\": [\n    \"quick-start\",\n    {\n      \"type\": \"category\",\n      \"label\": \"Example Integrations\",\n      \"link\": {\n        \"type\": \"generated-index\",\n        \"slug\": \"/examples\"\n      },\n      \"items\": []\n    }\n  ]\n}\n",
    )
    .write("docs/versioned_docs/version-6.6/quick-start.md", quick("6.6"))
    .write(
        "docs/versioned_sidebars/version-5.9-sidebars.json",
        "{\n  \"docs\": [\"quick-start\"]\n}\n",
    )
    .write("docs/versioned_docs/version-5.9/quick-start.md", quick("5.9"))
    .write("docs/versions.json", "[\"6.6\", \"5.9\"]\n")
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/docs/quick-start.md",
                3,
                52,
                "docs/docs/samples",
            ),
            t(
                "link/missing-path",
                "docs/versioned_docs/version-5.9/quick-start.md",
                3,
                9,
                "docs/versioned_docs/version-5.9/examples",
            ),
            t(
                "link/missing-path",
                "docs/versioned_docs/version-5.9/quick-start.md",
                3,
                52,
                "docs/versioned_docs/version-5.9/samples",
            ),
            t(
                "link/missing-path",
                "docs/versioned_docs/version-6.6/quick-start.md",
                3,
                52,
                "docs/versioned_docs/version-6.6/samples",
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// rolldown/rolldown (survey 45c): the doc comments of
/// `packages/rolldown/src/plugin/index.ts` include Markdown with TypeDoc,
/// `{@include ./docs/object-hook.md}`, into the API pages
/// typedoc-plugin-markdown writes into the VitePress site's git-ignored
/// `docs/reference/`: the included file's `/reference/Interface.Plugin`
/// is a route of those pages (102 findings, the 27 sampled all false).
/// Twin: the same link in a file nothing includes is still reported.
#[test]
fn a_root_link_of_markdown_typedoc_includes_names_the_generated_pages() {
    let repo = Repo::new();
    let hook = |name: &str| format!("## {name}\n\nSee [`Plugin`](/reference/Interface.Plugin).\n");
    repo.write(".gitignore", "node_modules\ndocs/reference\n")
        .write(
            "docs/.vitepress/config.ts",
            "export default { title: 'Rolldown' };\n",
        )
        .write("docs/index.md", "# Rolldown\n")
        .write(
            "packages/rolldown/src/plugin/index.ts",
            "export interface Plugin {\n  /**\n   * Runs first.\n   *\n   * {@include ./docs/object-hook.md}\n   */\n  order?: 'pre' | 'post' | null;\n}\n",
        )
        .write(
            "packages/rolldown/src/plugin/docs/object-hook.md",
            hook("Additional Properties"),
        )
        .write(
            "packages/rolldown/src/plugin/docs/orphan.md",
            hook("Orphan"),
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "packages/rolldown/src/plugin/docs/orphan.md",
            3,
            5,
            "reference/Interface.Plugin",
        ),],
        "\n{}",
        run.dump()
    );
}

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

/// TanStack/query (survey 45c): tanstack.com renders `docs/`, declared by a
/// `config.json` naming the site's schema; a page is served at its path
/// without `.md`, so `./installation` of `framework/react/overview.md` is
/// `framework/react/installation.md`, `./examples/simple` is the example
/// `examples/react/simple/`, and the reference pages' tables of contents
/// link the site's slugs (`#queryclient-getquerydata` for
/// ``## `queryClient.getQueryData` ``): 106 findings, the 60 judged all
/// false but 2. Twins: an example or heading that is not there, and the same
/// pages under a `config.json` without the schema, are still reported.
#[test]
fn tanstack_docs_are_read_as_the_site_serves_them() {
    let repo = Repo::new();
    let overview = "# Overview\n\nSee [Installation](./installation), the [simple example](./examples/simple) and the [missing one](./examples/nothing).\n";
    let client = "# QueryClient\n\n- [`queryClient.getQueryData`](#queryclient-getquerydata)\n- [`queryClient.getQueryState`](#queryclient-getquerystate)\n\n## `queryClient.getQueryData`\n\nText.\n";
    for (docs, schema) in [("docs", true), ("other", false)] {
        let config = if schema {
            "{\n  \"$schema\": \"https://raw.githubusercontent.com/TanStack/tanstack.com/main/tanstack-docs-config.schema.json\",\n  \"sections\": []\n}\n"
        } else {
            "{\n  \"sections\": []\n}\n"
        };
        repo.write(&format!("{docs}/config.json"), config)
            .write(
                &format!("{docs}/framework/react/overview.md"),
                format!("{overview}\n<!-- {docs} -->\n"),
            )
            .write(
                &format!("{docs}/framework/react/installation.md"),
                format!("# Installation {docs}\n"),
            )
            .write(
                &format!("{docs}/reference/QueryClient.md"),
                format!("{client}\n<!-- {docs} -->\n"),
            );
    }
    repo.write("examples/react/simple/package.json", "{}\n")
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path,link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/framework/react/overview.md",
                3,
                85,
                "docs/framework/react/examples/nothing"
            ),
            t(
                "link/missing-anchor",
                "docs/reference/QueryClient.md",
                4,
                3,
                "docs/reference/QueryClient.md#queryclient-getquerystate"
            ),
            t(
                "link/missing-path",
                "other/framework/react/overview.md",
                3,
                5,
                "other/framework/react/installation"
            ),
            t(
                "link/missing-path",
                "other/framework/react/overview.md",
                3,
                41,
                "other/framework/react/examples/simple"
            ),
            t(
                "link/missing-path",
                "other/framework/react/overview.md",
                3,
                85,
                "other/framework/react/examples/nothing"
            ),
            t(
                "link/missing-anchor",
                "other/reference/QueryClient.md",
                3,
                3,
                "other/reference/QueryClient.md#queryclient-getquerydata"
            ),
            t(
                "link/missing-anchor",
                "other/reference/QueryClient.md",
                4,
                3,
                "other/reference/QueryClient.md#queryclient-getquerystate"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
