//! Documentation-site patterns of the ninth and tenth surveys (fastapi,
//! mkdocs, Sensing-Dev/doc, Textualize/textual, type-graphql): links and
//! anchors read the way the declared generator reads them, each false
//! positive beside its true twin, exact findings, the real binary in real
//! git repositories.

mod common;

use common::{Repo, t};

/// FastAPI gives every heading an attr_list id written with spaces
/// (`## In a hurry? { #in-a-hurry }`; 450 findings), mkdocs writes `{: #id }`
/// and classes, and ids on inline elements (`**`locale`**{ #mkdocs-locale }`).
/// All are anchors; an id no heading carries stays a finding.
#[test]
fn attr_list_ids_with_spaces_colons_classes_and_inline_are_anchors() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: x\nmarkdown_extensions:\n  - attr_list\n",
    )
    .write(
        "docs/index.md",
        "# Async\n\n## In a hurry? { #in-a-hurry }\n\n## Install {#install}\n\n\
             ## Setup { #setup .wide }\n\n## Deploy {: #deploy }\n\n\
             *   **`locale`**{ #mkdocs-locale }: the locale.\n\n\
             See [hurry](#in-a-hurry), [install](#install), [setup](#setup), \
             [deploy](#deploy), [nope](#nope).\n",
    )
    .write(
        "docs/b.md",
        "# B\n\nSee [hurry](index.md#in-a-hurry), [locale](index.md#mkdocs-locale), \
             [gone](index.md#mkdocs-highlightjs).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/b.md",
                3,
                69,
                "docs/index.md#mkdocs-highlightjs"
            ),
            t(
                "link/missing-anchor",
                "docs/index.md",
                13,
                84,
                "docs/index.md#nope"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// FastAPI keeps `docs/en/mkdocs.yml` and `docs/en/docs/`, and 12
/// translations in `docs/<lang>/docs/` (one with an `INHERIT:` config, the
/// others with none), built by laying each over the English tree: `/img/…`
/// and links to untranslated pages are the English ones (1,440 findings).
/// Twin: a page in neither tree.
#[test]
fn mkdocs_translation_trees_fall_back_to_the_source_language() {
    let repo = Repo::new();
    repo.write("docs/en/mkdocs.yml", "site_name: demo\ndocs_dir: docs\n")
        .write("docs/hi/mkdocs.yml", "INHERIT: ../en/mkdocs.yml\n")
        .write("docs/en/docs/img/tutorial/image01.png", "png")
        .write("docs/en/docs/release-notes.md", "# Release notes\n")
        .write("docs/en/docs/index.md", "# Index\n")
        .write(
            "docs/en/docs/tutorial/responses.md",
            "# Responses\n\n<img src=\"/img/tutorial/image01.png\">\n",
        )
        .write("docs/hi/docs/index.md", "# Index (hi)\n")
        .write(
            "docs/hi/docs/tutorial/responses.md",
            "# Responses (hi)\n\n<img src=\"/img/tutorial/image01.png\">\n",
        )
        .write("docs/de/docs/index.md", "# Index (de)\n")
        .write(
            "docs/de/docs/tutorial/responses.md",
            "# Antworten\n\n<img src=\"/img/tutorial/image01.png\">\n\n\
             Siehe [Release Notes](../release-notes.md).\n\n\
             Und [Glossar](../glossary.md).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/de/docs/tutorial/responses.md",
            7,
            5,
            "docs/de/docs/glossary.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Textual builds with `mkdocs build -f mkdocs-online.yml`, which inherits
/// `mkdocs-common.yml`: no `mkdocs.yml` at all (166 findings). Its pages
/// link the page-URL way, and an index page's extra `../` stops at the site
/// root as a browser's does. Twin: a page that does not exist.
#[test]
fn an_mkdocs_config_with_another_name_and_inherit_declares_the_site() {
    let repo = Repo::new();
    repo.write(
        "mkdocs-common.yml",
        "site_name: t\ntheme:\n  name: material\n",
    )
    .write(
        "mkdocs-online.yml",
        "INHERIT: mkdocs-common.yml\nsite_url: https://example.org/\n",
    )
    .write("docs/css_types/color.md", "# color\n")
    .write(
        "docs/styles/align.md",
        "# align\n\n- [color](../../css_types/color)\n- [nope](../../css_types/nope)\n",
    )
    .write(
        "docs/styles/grid/index.md",
        "# grid\n\n- [color](../../../css_types/color)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/styles/align.md",
            4,
            3,
            "css_types/nope"
        )],
        "\n{}",
        run.dump()
    );
}

/// Sensing-Dev/doc's Japanese pages (`i18n/ja/docusaurus-plugin-content-docs/
/// current/`) link the Docusaurus way, as `docs/` does (219 findings):
/// extension-less doc links, root links, and untranslated docs. Twin: a doc
/// in neither tree.
#[test]
fn docusaurus_translations_are_read_the_docusaurus_way() {
    let repo = Repo::new();
    let ja = "i18n/ja/docusaurus-plugin-content-docs/current";
    repo.write(
        "docusaurus.config.js",
        "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'ja'] } };\n",
    )
    .write("docs/startup-guide/windows.mdx", "# Windows\n")
    .write("docs/startup-guide/mac.mdx", "# Mac\n")
    .write("docs/tutorials/intro.mdx", "# Intro\n")
    .write(
        "docs/tutorials/display-image.md",
        "# Display\n\n[Windows](../startup-guide/windows) [intro](/tutorials/intro.mdx)\n",
    )
    .write(
        &format!("{ja}/startup-guide/windows.mdx"),
        "# Windows (ja)\n",
    )
    .write(&format!("{ja}/tutorials/intro.mdx"), "# イントロ\n")
    .write(
        &format!("{ja}/tutorials/display-image.md"),
        "# 画像の表示\n\n[Windows](../startup-guide/windows) [イントロ](/tutorials/intro.mdx)\n\n\
         [Mac](../startup-guide/mac) [Linux](../startup-guide/linux)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            &format!("{ja}/tutorials/display-image.md"),
            5,
            29,
            &format!("{ja}/startup-guide/linux")
        )],
        "\n{}",
        run.dump()
    );
}

/// type-graphql is a Docusaurus v1 site (`website/siteConfig.js`): a
/// version's folder holds only the docs changed in it, and a doc it lacks is
/// the closest earlier version's (72 findings); `/blog/assets/…` is the
/// blog's folder. Twins: a doc no version has, an asset that is not there.
#[test]
fn docusaurus_v1_versions_fall_back_to_earlier_versions() {
    let repo = Repo::new();
    repo.write("website/siteConfig.js", "module.exports = {title: 't'};\n")
        .write("website/versions.json", "[\"1.1.0\",\"1.0.0\"]\n")
        .write("docs/a.md", "---\nid: a\n---\n\n[b](b.md)\n")
        .write("docs/b.md", "---\nid: b\n---\n\nb\n")
        .write(
            "website/versioned_docs/version-1.0.0/b.md",
            "---\nid: version-1.0.0-b\noriginal_id: b\n---\n\nold b\n",
        )
        .write(
            "website/versioned_docs/version-1.1.0/a.md",
            "---\nid: version-1.1.0-a\noriginal_id: a\n---\n\n- [b](b.md)\n- [c](c.md)\n",
        )
        .write("website/blog/assets/logo.png", "x")
        .write(
            "website/blog/2018-03-25-post.md",
            "---\ntitle: Post\n---\n\n![logo](/blog/assets/logo.png)\n\n![no](/blog/assets/none.png)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "website/blog/2018-03-25-post.md",
                7,
                1,
                "blog/assets/none.png"
            ),
            t(
                "link/missing-path",
                "website/versioned_docs/version-1.1.0/a.md",
                7,
                3,
                "website/versioned_docs/version-1.1.0/c.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// mkdocs' `docs/about/contributing.md` is `--8<-- "CONTRIBUTING.md"`
/// (PyMdown Snippets): the page shows CONTRIBUTING.md's headings, and
/// `docs/user-guide/cli.md` is a `::: mkdocs-click` block whose headings
/// are written at build time. Twins: a heading the included file lacks, an
/// anchor into a plain page.
#[test]
fn mkdocs_pages_that_include_or_generate_their_headings() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: demo\nmarkdown_extensions:\n  - pymdownx.snippets\n  - mkdocs-click\n",
    )
    .write(
        "CONTRIBUTING.md",
        "# Contributing\n\n## Installing for Development\n\nRun it.\n",
    )
    .write("docs/about/contributing.md", "--8<-- \"CONTRIBUTING.md\"\n")
    .write(
        "docs/user-guide/cli.md",
        "# Command Line Interface\n\n::: mkdocs-click\n    :module: mkdocs.__main__\n",
    )
    .write(
        "docs/user-guide/config.md",
        "# Configuration\n\n## site_name\n",
    )
    .write(
        "docs/index.md",
        "# Home\n\n[install](about/contributing.md#installing-for-development)\n\
         [release](about/contributing.md#release-process)\n\
         [deps](user-guide/cli.md#mkdocs-get-deps)\n\
         [title](user-guide/config.md#site-title)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/index.md",
                4,
                1,
                "docs/about/contributing.md#release-process"
            ),
            t(
                "link/missing-anchor",
                "docs/index.md",
                6,
                1,
                "docs/user-guide/config.md#site-title"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// swr-site is a Fumadocs site on Next.js: `/img/…` is a file of `public/`
/// (64 findings), and `## Cache Provider [#cache-provider]` is known by its
/// id (25). Twins: an image `public/` lacks, a translated page's link to the
/// translated heading text while the heading keeps the English id.
#[test]
fn next_public_files_and_fumadocs_heading_ids() {
    let repo = Repo::new();
    repo.write("next.config.mjs", "export default {};\n")
        .write(
            "source.config.ts",
            "export const docs = defineDocs({ dir: 'content/docs' });\n",
        )
        .write("public/img/a.png", "x")
        .write(
            "content/docs/guide.mdx",
            "# Guide\n\n![a](/img/a.png)\n\n![b](/img/b.png)\n\n\
             ## Cache Provider [#cache-provider]\n\n[provider](#cache-provider)\n",
        )
        .write(
            "content/docs/cache.ru.mdx",
            "# Кеш\n\n## Провайдер кеша [#cache-provider]\n\n[провайдер](#провайдер-кеша)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "content/docs/cache.ru.mdx",
                5,
                1,
                "content/docs/cache.ru.mdx#провайдер-кеша"
            ),
            t(
                "link/missing-path",
                "content/docs/guide.mdx",
                5,
                1,
                "img/b.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// AxonIQ's reference guide is a GitBook (`.gitbook.yaml`): GitBook keeps
/// dots in heading ids and collapses ` - ` to `-` (54 findings). Twin: a
/// heading that does not exist.
#[test]
fn gitbook_heading_ids_are_slugged_the_gitbook_way() {
    let repo = Repo::new();
    repo.write(".gitbook.yaml", "root: ./\n")
        .write("SUMMARY.md", "# Summary\n\n* [Notes](notes.md)\n")
        .write(
            "notes.md",
            "# Notes\n\n## Release 4.9\n\nx\n\n## Processing Group - Error Handler\n\ny\n",
        )
        .write(
            "guide.md",
            "# Guide\n\n- [4.9](notes.md#release-4.9)\n- [errors](notes.md#processing-group-error-handler)\n- [5.0](notes.md#release-5.0)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "guide.md",
            5,
            3,
            "notes.md#release-5.0"
        )],
        "\n{}",
        run.dump()
    );
}

/// Textual's `docs/snippets/see_also_border.md` is included into pages of
/// `docs/styles/` with `--8<--`, where its links resolve (8 findings); its
/// blog posts are served at `blog/<yyyy>/<MM>/<dd>/<slug>/` (5); elroy links
/// the rss plugin's feed (1). Twins: a link broken from the including page
/// too, an image the blog lacks, a feed the plugin does not write.
#[test]
fn mkdocs_snippet_files_blog_posts_and_feeds_are_read_the_site_way() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: t\nmarkdown_extensions:\n  - pymdownx.snippets\nplugins:\n  - blog\n  - rss:\n      match_path: blog/posts/.*\n",
    )
    .write("docs/styles/border.md", "# border\n")
    .write(
        "docs/styles/align.md",
        "# align\n\n--8<-- \"docs/snippets/see_also.md\"\n",
    )
    .write(
        "docs/snippets/see_also.md",
        "- [border](./border.md)\n- [gone](./gone.md)\n",
    )
    .write("docs/blog/images/p/a.png", "x")
    .write(
        "docs/blog/posts/p.md",
        "---\ndate: 2022-12-20\n---\n# Post\n\n![a](../../../../images/p/a.png)\n\n![b](../../../../images/p/b.png)\n",
    )
    .write(
        "docs/blog/index.md",
        "# Blog\n\n<a href=\"/feed_rss_created.xml\">RSS</a> <a href=\"/feed_atom.xml\">Atom</a>\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/blog/index.md",
                3,
                50,
                "feed_atom.xml"
            ),
            t(
                "path/outside-repo",
                "docs/blog/posts/p.md",
                8,
                1,
                "../../../../images/p/b.png"
            ),
            t(
                "link/missing-path",
                "docs/snippets/see_also.md",
                2,
                3,
                "docs/snippets/gone.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
