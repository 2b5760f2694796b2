//! Survey 65b: documentation sites with translations mounted under a
//! language (mkdocs-static-i18n's `x.<lang>.md` pages, Docusaurus'
//! `i18n/<locale>/` trees), whose links are written for the site. False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, Run, t};

/// The targets of a run's link and path findings, in order.
fn targets(run: &Run) -> Vec<String> {
    run.findings_of(&["link/", "path/"])
        .into_iter()
        .map(|f| f.4)
        .collect()
}

// --- mkdocs-static-i18n in its suffix structure (aws/copilot-cli: pages
// `cdk.en.md` and `cdk.ja.md`, linked `./cdk.md` or by URL
// `../manifest/lb/`, which the plugin localizes; 31 findings of
// `path/renamed` and `link/missing-path` judged false) ---

const I18N_CONFIG: &str = "site_name: Copilot\n\
    plugins:\n  - search\n  - i18n:\n      default_language: en\n      languages:\n        en: english\n        ja: japanese\n";

/// A site whose `guide/cdk.md` was renamed `guide/cdk.en.md` when the
/// translations came, with `config` as its `mkdocs.yml`.
fn suffixed_site(config: &str) -> Repo {
    let repo = Repo::new();
    repo.write("mkdocs.yml", config)
        .write("docs/index.md", "# Home\n")
        .write("docs/guide/cdk.md", "# CDK\n\n## Usage\n\nText.\n")
        .commit_all();
    repo.git(&["mv", "docs/guide/cdk.md", "docs/guide/cdk.en.md"]);
    repo.write(
        "docs/guide/cdk.ja.md",
        "# CDK\n\n## 使い方 { #usage }\n\nText.\n",
    )
    .write("docs/manifest/lb.en.md", "# Load balancer\n")
    .write("docs/manifest/lb.ja.md", "# ロードバランサー\n")
    .write(
        "docs/guide/yamlpatch.en.md",
        "# YAML patch\n\nSee [CDK](./cdk.md#usage), the [manifest](../../manifest/lb/) \
             and [the gone page](./gone.md).\n",
    )
    .write(
        "docs/guide/yamlpatch.ja.md",
        "# YAML パッチ\n\n[CDK](./cdk.md#usage) と [Manifest](../../manifest/lb/)。\n",
    )
    .commit_all();
    repo
}

#[test]
fn an_i18n_suffixed_page_is_linked_without_its_language() {
    let run = suffixed_site(I18N_CONFIG).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "docs/guide/yamlpatch.en.md",
            3,
            67,
            "docs/guide/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the plugin nothing serves `cdk.md` or `lb/`: the move is
/// reported, and so are the URL links to the manifest.
#[test]
fn without_the_i18n_plugin_the_suffixed_page_is_not_served() {
    let run = suffixed_site("site_name: Copilot\nplugins:\n  - search\n").check(&[]);
    let found: Vec<(String, String, u64)> = run
        .findings_of(&["link/", "path/"])
        .into_iter()
        .map(|f| (f.0, f.1, f.2))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "path/renamed".to_string(),
                "docs/guide/yamlpatch.en.md".to_string(),
                3
            ),
            (
                "link/missing-path".to_string(),
                "docs/guide/yamlpatch.en.md".to_string(),
                3
            ),
            (
                "link/missing-path".to_string(),
                "docs/guide/yamlpatch.en.md".to_string(),
                3
            ),
            (
                "path/renamed".to_string(),
                "docs/guide/yamlpatch.ja.md".to_string(),
                3
            ),
            (
                "link/missing-path".to_string(),
                "docs/guide/yamlpatch.ja.md".to_string(),
                3
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: the localized page is the one the anchor is checked in, so an
/// anchor the Japanese page lacks is reported from the Japanese page only.
#[test]
fn an_i18n_link_checks_the_anchor_in_the_pages_language() {
    let repo = suffixed_site(I18N_CONFIG);
    repo.write("docs/guide/cdk.ja.md", "# CDK\n\n## 使い方\n\nText.\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                "docs/guide/yamlpatch.en.md",
                3,
                67,
                "docs/guide/gone.md"
            ),
            t(
                "link/missing-anchor",
                "docs/guide/yamlpatch.ja.md",
                3,
                1,
                "docs/guide/cdk.ja.md#usage"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- a Docusaurus translation's blog post links a doc by its route
// (koordinator-sh/website: `/docs/installation#kubernetes-兼容性` in
// `i18n/zh-Hans/docusaurus-plugin-content-blog/…`, served in the locale,
// where the doc is its zh-Hans translation; 1 finding judged false) ---

fn translated_blog(post_link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = {\n  title: 'Koordinator',\n  baseUrl: '/',\n  \
         i18n: { defaultLocale: 'en', locales: ['en', 'zh-Hans'] },\n  \
         presets: [['classic', { docs: {}, blog: {} }]],\n};\n",
    )
    .write(
        "docs/installation.md",
        "# Installation\n\n### Kubernetes Compatibility\n\nText.\n",
    )
    .write(
        "i18n/zh-Hans/docusaurus-plugin-content-docs/current/installation.md",
        "# 安装\n\n### Kubernetes 兼容性\n\nText.\n",
    )
    .write(
        "blog/2026-04-16-release/index.md",
        "# v1.8\n\nSee [Kubernetes Compatibility](/docs/installation#kubernetes-compatibility).\n",
    )
    .write(
        "i18n/zh-Hans/docusaurus-plugin-content-blog/2026-04-16-release/index.md",
        format!("# v1.8\n\n详见[Kubernetes 兼容性]({post_link})。\n"),
    )
    .commit_all();
    repo
}

#[test]
fn a_translated_posts_root_link_is_the_locales_doc() {
    let run = translated_blog("/docs/installation#kubernetes-兼容性").check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the English anchor, which the zh-Hans page does not have, lands
/// at the top of the translated page: reported against it.
#[test]
fn a_translated_posts_english_anchor_is_reported() {
    let run = translated_blog("/docs/installation#kubernetes-compatibility").check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-anchor",
            "i18n/zh-Hans/docusaurus-plugin-content-blog/2026-04-16-release/index.md",
            3,
            3,
            "i18n/zh-Hans/docusaurus-plugin-content-docs/current/installation.md#kubernetes-compatibility"
        )],
        "\n{}",
        run.dump()
    );
}

// --- mkdocs-macros' `{% include 'x.md' %}` read from its `include_dir`,
// nested (aws/copilot-cli's manifest pages include `image.en.md`, which
// includes the files whose `<a id="image-port">` are the fields' anchors;
// 15 findings judged false) ---

fn macro_site(config: &str) -> Repo {
    let repo = Repo::new();
    repo.write("mkdocs.yml", config)
        .write("docs/index.md", "# Home\n")
        .write(
            "docs/manifest/svc.md",
            "# Service\n\n{% include 'image.md' %}\n",
        )
        .write(
            "docs/include/image.md",
            "<a id=\"image\" href=\"#image\">`image`</a>\n\n{% include 'image-port.md' %}\n",
        )
        .write(
            "docs/include/image-port.md",
            "<a id=\"image-port\" href=\"#image-port\">`image.port`</a>\n",
        )
        .write(
            "docs/guide.md",
            "# Guide\n\nSet [the port](manifest/svc.md#image-port), not [this](manifest/svc.md#image-gone).\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_macros_include_gives_its_pages_its_anchors() {
    let run =
        macro_site("site_name: Copilot\nplugins:\n  - macros:\n      include_dir: docs/include\n")
            .check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-anchor",
            "docs/guide.md",
            3,
            49,
            "docs/manifest/svc.md#image-gone"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without mkdocs-macros the tag is text and the page has no such
/// anchor: both links are reported.
#[test]
fn without_macros_an_include_tag_gives_no_anchor() {
    let run = macro_site("site_name: Copilot\nplugins:\n  - search\n").check(&[]);
    let found = targets(&run);
    assert_eq!(
        found,
        vec![
            "docs/manifest/svc.md#image-port",
            "docs/manifest/svc.md#image-gone"
        ],
        "\n{}",
        run.dump()
    );
}

// --- Python-Markdown's default slugify keeps ASCII only, so a Japanese
// heading's slug is empty and made unique as `_1`, `_2` (aws/copilot-cli's
// `env-init.ja.md`: `## フラグ` is `#_2`; 1 finding judged false) ---

fn japanese_page(config: Option<&str>) -> Repo {
    let repo = Repo::new();
    if let Some(config) = config {
        repo.write("mkdocs.yml", config);
    }
    repo.write("docs/index.md", "# Home\n")
        .write(
            "docs/env-init.md",
            "# env init\n\n## コマンドの概要\n\nText.\n\n## フラグ\n\nText.\n\n## Example\n\nText.\n",
        )
        .write(
            "docs/guide.md",
            "# ガイド\n\n[フラグ](env-init.md#_2) と [何か](env-init.md#_3)。\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_heading_without_ascii_is_numbered_on_an_mkdocs_site() {
    let run = japanese_page(Some("site_name: Copilot\n")).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-anchor",
            "docs/guide.md",
            3,
            25,
            "docs/env-init.md#_3"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: GitHub keeps the Japanese letters in its slug (`#フラグ`), so
/// outside a site `#_2` is reported too.
#[test]
fn a_numbered_empty_slug_is_no_anchor_on_github() {
    let run = japanese_page(None).check(&[]);
    let found = targets(&run);
    assert_eq!(
        found,
        vec!["docs/env-init.md#_2", "docs/env-init.md#_3"],
        "\n{}",
        run.dump()
    );
}
