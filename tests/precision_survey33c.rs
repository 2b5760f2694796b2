//! Patterns of survey 33c (facebook/react-native-website, withastro/docs,
//! vuejs/docs, pyodide/pyodide, Anduin2017/HowToCook): a Docusaurus site
//! whose preset docs keep the default `/docs` route while other docs
//! plugin instances set theirs, read with its version paths (`next/`,
//! `0.77/`) (P1), and the root links of a Markdown partial in the site's
//! `src/` (P2). Each false pattern beside its true twin, exact findings,
//! the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// react-native-website's `website/docusaurus.config.ts`: the classic
/// preset's docs at `path: '../docs'` with no `routeBasePath`, beside
/// plugin instances that set `routeBasePath: '/architecture'` (and two
/// more), and versions in `website/versioned_docs/`.
const CONFIG: &str = "import versions from './versions.json';\n\
const config = {\n\
  presets: [\n\
    [\n\
      'classic',\n\
      {\n\
        docs: {\n\
          path: '../docs',\n\
          sidebarPath: require.resolve('./sidebars.ts'),\n\
        },\n\
        blog: {\n\
          path: 'blog',\n\
        },\n\
      },\n\
    ],\n\
  ],\n\
  plugins: [\n\
    [\n\
      '@docusaurus/plugin-content-docs',\n\
      {\n\
        id: 'architecture',\n\
        path: 'architecture',\n\
        routeBasePath: '/architecture',\n\
      },\n\
    ],\n\
  ],\n\
};\n\
export default config;\n";

fn site() -> Repo {
    let repo = Repo::new();
    repo.write("website/docusaurus.config.ts", CONFIG)
        .write("website/versions.json", "[\"0.77\"]\n")
        .write("docs/upgrading.md", "# Upgrading\n")
        .write("docs/platform.md", "# Platform\n")
        .write("docs/new-thing.md", "# New\n")
        .write(
            "docs/turbo-native-modules.md",
            "---\nid: turbo-native-modules-introduction\n---\n\n# Turbo\n",
        )
        .write(
            "website/versioned_docs/version-0.77/platform.md",
            "# Platform\n",
        )
        .write("website/architecture/overview.md", "# Overview\n")
        .write(
            "website/blog/2025-04-08-react-native-0.79.md",
            "# 0.79\n\nSee [upgrading](/docs/upgrading).\n",
        );
    repo
}

/// react-native-website links its docs by route from the blog, the
/// architecture docs and the docs themselves: `/docs/upgrading`,
/// `/docs/next/platform` (the current version), `/docs/0.77/platform` (a
/// version) and `/docs/turbo-native-modules-introduction` (a doc's
/// front-matter `id:`), all served (judged false: 31 of a sample of 30 +
/// 1, 200 in all). Twins: a route no doc serves (`/docs/upgradng`,
/// `/docs/next/missing`), and a version's route to a doc only the current
/// docs have (`/docs/0.77/new-thing`), stay reported.
#[test]
fn a_docusaurus_default_docs_route_beside_other_docs_instances() {
    let repo = site();
    repo.write(
        "website/architecture/glossary.md",
        "# Glossary\n\n\
         - [Upgrading](/docs/upgrading)\n\
         - [Platform](/docs/next/platform)\n\
         - [Old platform](/docs/0.77/platform)\n\
         - [Turbo](/docs/turbo-native-modules-introduction)\n\
         - [Overview](/architecture/overview)\n\
         - [Typo](/docs/upgradng)\n\
         - [Missing](/docs/next/missing)\n\
         - [Not in 0.77](/docs/0.77/new-thing)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "website/architecture/glossary.md",
                8,
                3,
                "docs/upgradng"
            ),
            t(
                "link/missing-path",
                "website/architecture/glossary.md",
                9,
                3,
                "docs/next/missing"
            ),
            t(
                "link/missing-path",
                "website/architecture/glossary.md",
                10,
                3,
                "docs/0.77/new-thing"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// react-native-website's `website/src/components/releases/_releases-table.md`,
/// an MDX partial a site page imports, links each release's blog post by
/// its route (`/blog/2025/04/08/react-native-0.79`) and docs by theirs
/// (judged false: 3 in the sample, 10 in all). Twins: a post route no post
/// serves, and a relative link to a missing file, stay reported.
#[test]
fn the_root_links_of_a_partial_in_a_docusaurus_site_src() {
    let repo = site();
    repo.write(
        "website/src/components/releases/_releases-table.md",
        "| Version | Post |\n| --- | --- |\n\
         | 0.79 | [post](/blog/2025/04/08/react-native-0.79) |\n\
         | 0.79 | [upgrading](/docs/upgrading) |\n\
         | 0.80 | [post](/blog/2025/06/12/react-native-0.80) |\n\
         | 0.80 | [notes](./notes-0.80.md) |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "website/src/components/releases/_releases-table.md",
                5,
                10,
                "blog/2025/06/12/react-native-0.80"
            ),
            t(
                "link/missing-path",
                "website/src/components/releases/_releases-table.md",
                6,
                10,
                "website/src/components/releases/notes-0.80.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// react-native-website's `docs/integration-with-existing-apps.md` renders
/// its two partials (`<IntegrationApple />`), imported in statements that
/// Prettier wrote two to a line and across lines, with `\_` for `_`:
/// `import IntegrationApple from './\_integration-with-existing-apps-ios.md'; import`
/// then `IntegrationKotlin from './\_integration-with-existing-apps-kotlin.md';`.
/// The partials' headings are the page's (`#1-set-up-directory-structure`,
/// `#configuring-gradle`: 3 links judged false once the `/docs/` routes
/// resolve). Twin: a heading neither the page nor its partials have stays
/// reported.
#[test]
fn the_headings_of_partials_imported_two_to_a_line() {
    let repo = site();
    repo.write(
        "docs/_integration-with-existing-apps-ios.md",
        "## Prerequisites\n\n### 1. Set up directory structure\n",
    )
    .write(
        "docs/_integration-with-existing-apps-kotlin.md",
        "## Prerequisites\n\n### Configuring Gradle\n",
    )
    .write(
        "docs/integration-with-existing-apps.md",
        "---\nid: integration-with-existing-apps\n---\n\n\
         import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';\n\n\
         import IntegrationApple from './\\_integration-with-existing-apps-ios.md'; import\n\
         IntegrationKotlin from './\\_integration-with-existing-apps-kotlin.md';\n\n\
         # Integration\n\n<IntegrationKotlin />\n\n<IntegrationApple />\n",
    )
    .write(
        "website/architecture/glossary.md",
        "# Glossary\n\n\
         - [Set up](/docs/integration-with-existing-apps#1-set-up-directory-structure)\n\
         - [Gradle](/docs/next/integration-with-existing-apps#configuring-gradle)\n\
         - [Pods](/docs/integration-with-existing-apps#configuring-cocoapods)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "website/architecture/glossary.md",
            5,
            3,
            "docs/integration-with-existing-apps.md#configuring-cocoapods"
        )],
        "\n{}",
        run.dump()
    );
}

/// react-native-website's `docs/releases/releases.md` is the category index
/// of `docs/releases/` (a doc named as its folder), which Docusaurus
/// serves at `/docs/releases`: its `[versioning policy](./releases/versioning-policy)`
/// is read from there, `docs/releases/versioning-policy.md` (1 link judged
/// false). Twins: a page no folder holds from there (`./releases/nothing`),
/// and the same link in a doc that is not the index (`release-levels.md`,
/// served at `/docs/releases/release-levels`), stay reported.
#[test]
fn a_url_link_of_a_docusaurus_category_index_doc() {
    let repo = site();
    repo.write("docs/releases/versioning-policy.md", "# Policy\n")
        .write(
            "docs/releases/releases.md",
            "---\nid: releases\n---\n\n# Releases\n\n\
             See the [versioning policy](./releases/versioning-policy).\n\n\
             And [nothing](./releases/nothing).\n",
        )
        .write(
            "docs/releases/release-levels.md",
            "# Levels\n\nSee the [versioning policy](./releases/versioning-policy).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/releases/release-levels.md",
                3,
                9,
                "docs/releases/releases/versioning-policy"
            ),
            t(
                "link/missing-path",
                "docs/releases/releases.md",
                9,
                5,
                "docs/releases/releases/nothing"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
