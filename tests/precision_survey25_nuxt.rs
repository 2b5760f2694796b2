//! Patterns of survey 25 on unseen repositories: Nuxt Content routes and
//! `routeRules` redirects (nuxt/content), VuePress pages, public files and
//! heading ids, and all-contributors emoji links (vuejs/vuepress). Each false
//! pattern beside its true twin, exact findings, the real binary in real git
//! repositories.

mod common;

use common::{Repo, t};

/// A Nuxt Content application in `docs/` (nuxt/content's own docs: the
/// `docus` layer and a `content.config.ts`).
fn nuxt_content(repo: &Repo) -> &Repo {
    repo.write(
        "docs/nuxt.config.ts",
        "export default defineNuxtConfig({ extends: ['docus'] })\n",
    )
    .write(
        "docs/content.config.ts",
        "import { defineContentConfig, defineCollection } from '@nuxt/content'\n\
         export default defineContentConfig({ collections: { docs: defineCollection({ \
         type: 'page', source: { include: 'docs/**' } }) } })\n",
    )
}

/// nuxt/content's docs link pages by their routes: Nuxt Content drops the
/// numeric order prefix of every segment and an `index` page's name
/// (`docs/1.getting-started/3.configuration.md` is
/// `/docs/getting-started/configuration`), and Nuxt serves `public/` at the
/// root (`/blog/v2-interface.webp`); 81 findings. Twin: a route no content
/// file makes, and an anchor the page it names lacks.
#[test]
fn nuxt_content_routes_drop_order_prefixes() {
    let repo = Repo::new();
    nuxt_content(&repo)
        .write("docs/public/blog/shot.webp", "img\n")
        .write(
            "docs/content/docs/1.getting-started/1.index.md",
            "# Intro\n\n\
             See [configuration](/docs/getting-started/configuration#options), \
             [define](/docs/collections/define) and [home](/docs/getting-started).\n\n\
             ![shot](/blog/shot.webp)\n\n\
             Gone: [gone](/docs/collections/nothing-here) and \
             [bad](/docs/collections/define#nope).\n",
        )
        .write(
            "docs/content/docs/1.getting-started/3.configuration.md",
            "# Configuration\n\n## Options\n",
        )
        .write("docs/content/docs/2.collections/1.define.md", "# Define\n")
        .write(
            "docs/content/blog/v3.md",
            "# v3\n\n[deploy](/docs/deploy/static) and [nope](/blog/nope.webp).\n",
        )
        .write("docs/content/docs/6.deploy/10.static.md", "# Static\n")
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/content/blog/v3.md",
                3,
                35,
                "blog/nope.webp"
            ),
            t(
                "link/missing-path",
                "docs/content/docs/1.getting-started/1.index.md",
                7,
                7,
                "docs/collections/nothing-here"
            ),
            t(
                "link/missing-anchor",
                "docs/content/docs/1.getting-started/1.index.md",
                7,
                50,
                "docs/content/docs/2.collections/1.define.md#nope"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// nuxt/content's `nuxt.config.ts` reads `docs/_redirects` (`from=to`
/// lines) into its `routeRules`, so `/docs/studio/setup`, a page removed
/// when Studio's docs moved to nuxt.studio, is served by a redirect (1
/// finding); a literal `routeRules` key with `redirect` is one too. Twin: a
/// route no rule and no page serves.
#[test]
fn nuxt_route_rules_redirects_are_served() {
    let repo = Repo::new();
    repo.write(
        "docs/nuxt.config.ts",
        "import { readFileSync } from 'node:fs'\n\
         export default defineNuxtConfig({\n  extends: ['docus'],\n  routeRules: {\n    \
         '/docs/old': { redirect: '/docs/intro' },\n    \
         ...(readFileSync(resolve(__dirname, '_redirects'), 'utf-8'))\n      \
         .split('\\n').reduce((acc, line) => {\n        \
         const [from, to] = line.split('=')\n        \
         return Object.assign(acc, { [from]: { redirect: to } })\n      }, {}),\n  },\n})\n",
    )
    .write("docs/content.config.ts", "export default {}\n")
    .write(
        "docs/_redirects",
        "# Studio moved\n/docs/studio/setup=https://nuxt.studio/docs/setup\n/studio/**=https://nuxt.studio\n",
    )
    .write(
        "docs/content/docs/1.intro.md",
        "# Intro\n\n[setup](/docs/studio/setup), [old](/docs/old) and \
         [studio](/studio/pricing) are redirected.\n\n\
         Gone: [other](/docs/studio/other).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/content/docs/1.intro.md",
            5,
            7,
            "docs/studio/other"
        )],
        "\n{}",
        run.dump()
    );
}

/// A VuePress site (`.vuepress/config.ts`).
fn vuepress(repo: &Repo) -> &Repo {
    repo.write(
        "docs/.vuepress/config.ts",
        "export default { title: 'Site' }\n",
    )
    .write("docs/.vuepress/public/architecture.png", "img\n")
}

/// vuejs/vuepress' docs link `x.html` for the page `x.md`, images of
/// `.vuepress/public/` from the root, and `../README.md` for a folder whose
/// page is `index.md` (VuePress serves both as `index.html`): 32 findings
/// and one `path/renamed` (`README.md` had become `index.md`). Twins: an
/// `.html` page with no `.md`, a root file that is not in `public/`.
#[test]
fn vuepress_pages_and_public_files_are_served() {
    let repo = Repo::new();
    vuepress(&repo)
        .write("docs/README.md", "# Home\n")
        .write("docs/guide/assets.md", "# Assets\n")
        .commit_all();
    repo.git(&["mv", "docs/README.md", "docs/index.md"]);
    repo.commit_all();
    repo.write(
        "docs/guide/getting-started.md",
        "# Getting started\n\n\
         [assets](assets.html), [arch](/architecture.png), [home](../README.md).\n\n\
         Gone: [deploy](deploy.html) and [logo](/logo.png).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/guide/getting-started.md",
                5,
                7,
                "docs/guide/deploy.html"
            ),
            t(
                "link/missing-path",
                "docs/guide/getting-started.md",
                5,
                33,
                "logo.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// VuePress' heading ids: every run of punctuation and spaces one `-`, lower
/// case, a `<Badge/>` not part of the text (`#palette-styl`,
/// `#prev-next-links`, `#globallayout`): 35 findings. Twin: `#front-matter`
/// for a heading "Frontmatter" (14 such in vuejs/vuepress).
#[test]
fn vuepress_heading_ids_are_slugged_the_site_way() {
    let repo = Repo::new();
    vuepress(&repo)
        .write(
            "docs/config.md",
            "# Config\n\n## palette.styl\n\n## markdown.anchor\n\n## Prev / Next Links\n\n\
             ## globalLayout <Badge text=\"Danger Zone\"/>\n\n## Frontmatter\n",
        )
        .write(
            "docs/guide.md",
            "# Guide\n\n[p](./config.md#palette-styl) [a](./config.md#markdown-anchor) \
             [n](./config.md#prev-next-links) [g](./config.md#globallayout)\n\n\
             Gone: [f](./config.md#front-matter).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/guide.md",
            5,
            7,
            "docs/config.md#front-matter"
        )],
        "\n{}",
        run.dump()
    );
}

/// An all-contributors table links each contribution without a page of its
/// own to `#<type>-<login>` (`<a href="#question-ben" title="Answering
/// Questions">💬</a>`), an anchor nobody keeps; vuejs/vuepress copied such a
/// table out of the generated region (4 findings). Twins: a hand-written
/// `#usage`, and an `#<type>-<login>` link whose title is not the type's.
#[test]
fn all_contributors_emoji_links_are_not_checked() {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# Project\n\n## Contributors\n\n<table>\n  <tr>\n    \
         <td align=\"center\"><a href=\"https://example.org\"><img src=\"https://avatars0.githubusercontent.com/u/1?v=4\" \
         width=\"100px;\" alt=\"Ben\"/><br /><sub><b>Ben</b></sub></a><br />\
         <a href=\"https://github.com/o/r/commits?author=ben\" title=\"Code\">💻</a> \
         <a href=\"#question-ben\" title=\"Answering Questions\">💬</a> \
         <a href=\"#ideas-ben\" title=\"Ideas, Planning, &amp; Feedback\">🤔</a> \
         <a href=\"#design-ben\" title=\"Code\">🎨</a></td>\n  </tr>\n</table>\n\n\
         See [usage](#usage).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "README.md",
                7,
                380,
                "README.md#design-ben"
            ),
            t("link/missing-anchor", "README.md", 11, 5, "README.md#usage"),
        ],
        "\n{}",
        run.dump()
    );
}
