//! Survey 64b: Chinese and Japanese documentation sites of popular projects
//! built with VitePress or docsify (vitejs/docs-cn, vitejs/docs-ja,
//! vuejs-translations/docs-ja, docsifyjs/docs-zh). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- docsify's heading attribute (`## 核心主题 :id=core-theme`) gives the
// heading its id on the site; docsifyjs/docs-zh, a translation kept in a
// repository of its own with a `_sidebar.md` and no `index.html`, links
// the English ids from its translated headings: 16 findings judged false ---

/// A docsify page with `:id=` headings, linked from itself and from another
/// page; `nav` is the docsify file the folder holds, if any.
fn docsify_pages(nav: Option<(&str, &str)>) -> Repo {
    let repo = Repo::new();
    repo.write(
        "themes.md",
        "# 主题\n\n见[核心主题](#core-theme)和[类](#classes)。\n\n\
         ## 核心主题 :id=core-theme\n\n文字。\n\n## 类\n\n文字。\n",
    )
    .write(
        "vue.md",
        "# Vue\n\n见[核心主题](themes.md#core-theme)和[定制](themes.md#customization)。\n",
    );
    if let Some((file, text)) = nav {
        repo.write(file, text);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_docsify_heading_id_is_the_headings_anchor() {
    let run = docsify_pages(Some(("_sidebar.md", "- [主题](themes.md)\n"))).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "themes.md",
                3,
                22,
                "themes.md#classes"
            ),
            t(
                "link/missing-anchor",
                "vue.md",
                3,
                31,
                "themes.md#customization"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The same in a docsify site declared by its `index.html`.
#[test]
fn a_docsify_sites_heading_id_is_the_headings_anchor() {
    let run = docsify_pages(Some((
        "index.html",
        "<script>window.$docsify = { name: 'x' };</script>\n",
    )))
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"])
            .into_iter()
            .map(|f| f.4)
            .collect::<Vec<_>>(),
        vec!["themes.md#classes", "themes.md#customization"],
        "\n{}",
        run.dump()
    );
}

/// Twin: without docsify (no `index.html` loading it, no `_sidebar.md`,
/// `_navbar.md` or `_coverpage.md`) GitHub shows `:id=core-theme` as text
/// and the anchor is broken: reported with the others.
#[test]
fn without_docsify_a_heading_id_attribute_is_text() {
    let run = docsify_pages(None).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"])
            .into_iter()
            .map(|f| f.4)
            .collect::<Vec<_>>(),
        vec![
            "themes.md#core-theme",
            "themes.md#classes",
            "themes.md#core-theme",
            "themes.md#customization"
        ],
        "\n{}",
        run.dump()
    );
}
