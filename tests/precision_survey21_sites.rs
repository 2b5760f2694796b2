//! Precision of the link rules on site readings found in unseen repositories
//! (survey 22: github/opensource.guide's Jekyll site, kubernetes-sigs/
//! kustomize's GitHub repository-page links, mattermost/mattermost-handbook's
//! GitBook, vuejs/docs' VitePress component pages): every silenced link beside
//! a broken twin that must still be reported, with exact findings.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- GitHub's repository pages ---

/// kustomize's `releasing/README.md` links `/../../releases`: GitHub reads a
/// link that starts with `/` from `/OWNER/REPO/blob/BRANCH/`, so two `..`
/// land on the repository and `releases` is its Releases page, from a file at
/// any depth. cncf/toc's `../../tags/cncf-tags.md` from `operations/` climbs
/// only to `/OWNER/REPO/blob/`: no repository page, still reported.
#[test]
fn a_rooted_link_two_levels_up_to_a_repository_page_is_silent_but_one_short_is_not() {
    let repo = Repo::new();
    repo.write(
        "releasing/README.md",
        "\
# Releasing

The [release page](/../../releases), [GitHub Actions](/../../actions), [issue](/../../issues/242).

See the [liaisons](../../tags/cncf-tags.md).
",
    )
    .write("README.md", "# R\n\n[issues](../../issues)\n")
    // As in cncf/toc, `tags/` is a folder of this repository: the link is
    // one `..` too many, not a link into a sibling repository.
    .write("tags/README.md", "# TAGs\n")
    .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[t(
            "path/outside-repo",
            "releasing/README.md",
            5,
            9,
            "../../tags/cncf-tags.md",
        )],
    );
}

// --- Jekyll sites with folder URLs ---

/// opensource.guide's `_config.yml` serves the `articles` collection at
/// `permalink: "/:path/"`, so `_articles/ja/guide.md` is `/ja/guide/` and
/// its `../intro/#所有権を共有しよう` is `/ja/intro/`, the sibling translation
/// `_articles/ja/intro.md`, whose heading has that id; `notices.md` is
/// `/notices/`, so `../intro/` is `/intro/` (`_articles/intro.md`), inside
/// the site. Twins: a mistyped anchor in the sibling page is reported
/// against that page (not the English one the file's folder would give), a
/// link that climbs above the site's root from the page's URL is still
/// outside, and a `.md` link is still read from the file's folder.
#[test]
fn a_jekyll_page_at_a_folder_url_reads_its_links_from_that_url() {
    let repo = Repo::new();
    repo.write(
        "_config.yml",
        "\
permalink: \"/:path/\"
exclude:
  - README.md
collections:
  articles:
    output: true
    permalink: \"/:path/\"
",
    )
    .write("_articles/intro.md", "---\ntitle: Intro\n---\n\n## Share ownership\n")
    .write(
        "_articles/ja/intro.md",
        "---\nlang: ja\n---\n\n## 所有権を共有しよう\n\n### Partager la propri&eacute;t&eacute;\n",
    )
    .write(
        "_articles/ja/guide.md",
        "\
---
lang: ja
---

## ガイド

[所有権](../intro/#所有権を共有しよう), [propriété](../intro/#partager-la-propriété), [self](./#ガイド).

[所有権](../intro/#所有権を共有)

[file](../intro.md#share-ownership), [gone](../nope.md)
",
    )
    .write(
        "notices.md",
        "---\ntitle: Notices\n---\n\n[intro](../intro/#share-ownership), [up](../../legal/)\n",
    )
    .write("README.md", "# Guides\n\n[intro](_articles/intro.md)\n")
    .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[
            t(
                "link/missing-anchor",
                "_articles/ja/guide.md",
                9,
                1,
                "_articles/ja/intro.md#所有権を共有",
            ),
            t(
                "link/missing-path",
                "_articles/ja/guide.md",
                11,
                38,
                "_articles/nope.md",
            ),
            t("path/outside-repo", "notices.md", 5, 37, "../../legal/"),
        ],
    );
}

/// The URLs Jekyll gives besides `/:path/`: with `permalink: pretty`, an
/// output collection without a permalink of its own is served at
/// `/:collection/:path/` (`_docs/setup/install.md` is
/// `/docs/setup/install/`, so `../configure/` is `_docs/setup/configure.md`,
/// not the `_docs/configure.md` the file's folder gives), a page's front
/// matter `permalink: /about/` is its URL, and a post is served at
/// `/:categories/:year/:month/:day/:title/`. Twin: a mistyped anchor in the
/// page the URL names is reported against that page.
#[test]
fn a_jekyll_site_gives_collections_pages_and_posts_their_own_urls() {
    let repo = Repo::new();
    repo.write(
        "_config.yml",
        "permalink: pretty\ncollections:\n  docs:\n    output: true\n",
    )
    .write("_docs/configure.md", "---\ntitle: Old\n---\n\n## Legacy\n")
    .write("_docs/setup/configure.md", "---\ntitle: C\n---\n\n## Options\n")
    .write(
        "_docs/setup/install.md",
        "---\ntitle: I\n---\n\n[options](../configure/#options), [team](/about/#team), [post](/blog/2020/05/27/flat/#intro).\n\n[typo](../configure/#optionz)\n",
    )
    .write("about-us.md", "---\npermalink: /about/\n---\n\n## Team\n")
    .write("blog/_posts/2020-05-27-flat.md", "---\ntitle: Flat\n---\n\n## Intro\n")
    .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[t(
            "link/missing-anchor",
            "_docs/setup/install.md",
            7,
            1,
            "_docs/setup/configure.md#optionz",
        )],
    );
}

// --- GitBook ---

/// mattermost-handbook is a GitBook space (`.gitbook.yaml`, `root: ./`):
/// `company/about-mattermost/mindsets.md` is served at
/// `/company/about-mattermost/mindsets`, so a root link without `.md` names
/// that page (and `/company` the folder's README), and its fragment is
/// checked there with GitBook's slug (`Drafts at 1%, 50%, 99%` is
/// `#drafts-at-1-50-99`). Twins: a URL that names no page
/// (`/operations/operations/style-guide`), a fragment that matches no
/// heading of the page named, and a README's `mindsets/`, read from its URL
/// `/company` (no trailing `/`) as `/mindsets`, are still reported.
#[test]
fn a_gitbook_link_without_extension_names_the_page_it_serves() {
    let repo = Repo::new();
    repo.write(".gitbook.yaml", "root: ./\nstructure:\n  summary: SUMMARY.md\n")
        .write(
            "SUMMARY.md",
            "# Table of contents\n\n* [Company](company/README.md)\n* [Mindsets](company/mindsets.md)\n* [Dev](operations/dev.md)\n",
        )
        .write("company/README.md", "# Company\n\nThe [mindsets](mindsets/).\n")
        .write("company/mindsets.md", "# Mindsets\n\n## Drafts at 1%, 50%, 99%\n")
        .write(
            "operations/dev.md",
            "\
# Dev

A [50% draft](/company/mindsets#drafts-at-1-50-99), [mindsets](/company/mindsets), [company](/company), [up](../company/mindsets).

The [style guide](/operations/operations/style-guide) and [likes](/company/mindsets#likes-and-wishes).
",
        )
        .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[
            t(
                "link/missing-path",
                "company/README.md",
                3,
                5,
                "company/mindsets",
            ),
            t(
                "link/missing-path",
                "operations/dev.md",
                5,
                5,
                "operations/operations/style-guide",
            ),
            t(
                "link/missing-anchor",
                "operations/dev.md",
                5,
                59,
                "company/mindsets.md#likes-and-wishes",
            ),
        ],
    );
}

// --- pages made by a component ---

/// vuejs/docs' `src/examples/index.md` is front matter, a `<script>` and
/// `<ClientOnly><ExampleRepl /></ClientOnly>`: the component reads
/// `location.hash` to pick the example, and `src/api/index.md` is
/// `<ApiIndex />`, which renders the section headings with their ids. No
/// text of these pages shows their anchors, so `/examples/#modal` and
/// `/api/#composition-api` are silent. Twins: `#definecomponent` on an
/// ordinary page without that heading, and an anchor into a page that has
/// a Markdown heading beside its component, are reported.
#[test]
fn an_anchor_into_a_page_whose_body_is_a_component_is_silent() {
    let repo = Repo::new();
    repo.write("src/.vitepress/config.ts", "export default {}\n")
        .write(
            "src/examples/index.md",
            "\
---
page: true
title: Examples
---

<script setup>
import ExampleRepl from './ExampleRepl.vue'
</script>

<ClientOnly>
  <ExampleRepl />
</ClientOnly>
",
        )
        .write(
            "src/api/index.md",
            "---\npage: true\n---\n\n<script setup>\nimport ApiIndex from './ApiIndex.vue'\n</script>\n\n<ApiIndex />\n",
        )
        .write("src/about/index.md", "# About\n\n<TeamMembers />\n")
        .write(
            "src/guide/teleport.md",
            "\
# Teleport

See the [example](/examples/#modal) and the [API](/api/#composition-api).

[`defineComponent`](#definecomponent) and the [team](/about/#members).
",
        )
        .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[
            t(
                "link/missing-anchor",
                "src/guide/teleport.md",
                5,
                1,
                "src/guide/teleport.md#definecomponent",
            ),
            t(
                "link/missing-anchor",
                "src/guide/teleport.md",
                5,
                47,
                "src/about/index.md#members",
            ),
        ],
    );
}
