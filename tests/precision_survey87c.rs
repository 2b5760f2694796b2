//! Survey 87c: large well-kept documentation sites of popular projects
//! built with MkDocs Material or Sphinx/MyST (fastapi/typer,
//! jazzband/pip-tools, pydantic/logfire, openai/openai-agents-python). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- mkdocs-static-i18n in its folder structure serves a page or file a
// translation's folder lacks from the default language
// (openai-agents-python's `docs/ja/agents.md` links `ref/lifecycle.md`, as
// the English page does, for the English `docs/ref/lifecycle.md`: 30
// findings judged false) ---

/// An MkDocs site with English pages at the docs root and a Japanese
/// folder; `i18n` is the plugin's configuration, if any.
fn translated_site(i18n: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        format!("site_name: Agents\ntheme:\n  name: material\nplugins:\n  - search\n{i18n}"),
    )
    .write("docs/index.md", "# Agents\n")
    .write("docs/ref/lifecycle.md", "# Lifecycle\n")
    .write("docs/assets/images/harness.png", "png")
    .write("docs/ja/index.md", "# エージェント\n")
    .write(
        "docs/ja/sandbox/guide.md",
        "# ガイド\n\n![Harness](../assets/images/harness.png)\n\n\
         See [lifecycle](../ref/lifecycle.md) and [gone](../ref/gone.md).\n",
    );
    repo.commit_all();
    repo
}

const FOLDER_I18N: &str = "  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: en\n          default: true\n          name: English\n        - locale: ja\n          name: 日本語\n";

/// The Japanese page's image and page links fall back to the English
/// files; a page no language has is still reported.
#[test]
fn a_folder_translation_falls_back_to_the_default_language() {
    let run = translated_site(FOLDER_I18N).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/ja/sandbox/guide.md",
            5,
            42,
            "docs/ja/ref/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// The Japanese page's links with none left out: each one GitHub reads.
const ALL_REPORTED: [&str; 3] = [
    "docs/ja/assets/images/harness.png",
    "docs/ja/ref/lifecycle.md",
    "docs/ja/ref/gone.md",
];

/// Asserts that the site configured with `i18n` reports every link of the
/// Japanese page.
fn assert_all_reported(i18n: &str) {
    let run = translated_site(i18n).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(found, ALL_REPORTED, "\n{}", run.dump());
}

/// Twin: with `fallback_to_default: false` the plugin builds no fallback
/// page, and the Japanese links are reported.
#[test]
fn a_folder_translation_without_fallback_is_reported() {
    assert_all_reported(&format!("{FOLDER_I18N}      fallback_to_default: false\n"));
}

/// Twin: without the plugin the `ja/` folder is an ordinary folder of the
/// site, and its links are reported.
#[test]
fn a_language_folder_without_the_plugin_is_reported() {
    assert_all_reported("");
}
