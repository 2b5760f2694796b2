//! Survey s122b: GitHub Pages / Jekyll sites (microsoft/language-server-protocol,
//! rubygems/guides, cwka-engineering/cwka-engineering.github.io). The false
//! patterns found there beside their true twins; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-anchor: a Jekyll page made of the files its Liquid
// include tags read (the LSP specification `{% include_relative
// language/definition.md %}` a hundred times): the included files link the
// page's anchors (`#locationLink`), and the page links theirs. 68 findings,
// 29 of the 30 sampled judged false (the 30th a true twin below) ---

const SPEC: &str = "---\ntitle: Specification\n---\n\n# Specification\n\n\
#### <a href=\"#locationLink\" name=\"locationLink\" class=\"anchor\">LocationLink</a>\n\n\
Progress is reported with [work done progress](#workDoneProgress).\n\n\
{% include_relative types/workDoneProgress.md %}\n\
{% include_relative language/definition.md %}\n\
{% include messages/logTrace.md %}\n\n\
#### <a href=\"#window_logMessage\" name=\"window_logMessage\" class=\"anchor\">LogMessage Notification</a>\n";

fn spec(site: bool, definition_link: &str) -> Repo {
    let repo = Repo::new();
    if site {
        repo.write(
            "_config.yml",
            "title: LSP\nbaseurl: /language-server-protocol\ncollections:\n  specifications:\n    permalink: /:collection/:path/\n    output: true\n",
        );
    }
    repo.write("_specifications/lsp/3.17/specification.md", SPEC)
        .write(
            "_specifications/lsp/3.17/types/workDoneProgress.md",
            "#### <a href=\"#workDoneProgress\" name=\"workDoneProgress\" class=\"anchor\"> Work Done Progress </a>\n\nText.\n",
        )
        .write(
            "_specifications/lsp/3.17/language/definition.md",
            format!("#### Goto Definition Request\n\nThe result is a [LocationLink]({definition_link}).\n"),
        )
        .write(
            "_includes/messages/logTrace.md",
            "#### LogTrace Notification\n\nFor single messages send [`window/logMessage`](#window_logMessage).\n",
        );
    repo.commit_all();
    repo
}

#[test]
fn the_files_a_jekyll_page_includes_link_the_anchors_of_that_page() {
    let run = spec(true, "#locationLink").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: an anchor that no file of the composed page has (`#textDocument_semanticTokens`
/// for `name="semanticTokens"`) is still reported.
#[test]
fn an_anchor_no_file_of_the_included_page_has_is_reported() {
    let run = spec(true, "#locationLinks").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "_specifications/lsp/3.17/language/definition.md",
            3,
            17,
            "_specifications/lsp/3.17/language/definition.md#locationLinks"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: outside a Jekyll site a Liquid tag includes nothing; GitHub shows
/// each file alone, and their links to each other's anchors are reported.
#[test]
fn outside_a_jekyll_site_an_include_tag_includes_nothing() {
    let run = spec(false, "#locationLink").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "_includes/messages/logTrace.md",
                3,
                26,
                "_includes/messages/logTrace.md#window_logMessage"
            ),
            t(
                "link/missing-anchor",
                "_specifications/lsp/3.17/language/definition.md",
                3,
                17,
                "_specifications/lsp/3.17/language/definition.md#locationLink"
            ),
            t(
                "link/missing-anchor",
                "_specifications/lsp/3.17/specification.md",
                9,
                27,
                "_specifications/lsp/3.17/specification.md#workDoneProgress"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a page of a Jekyll site of file URLs (the default
// `date` style) that its front matter serves at another URL (just-the-docs
// wiki: `onboarding/onboarding-quick-start.md` at `permalink:
// /onboarding/quick-start.html`), linked by that URL from other pages: 13
// findings judged false ---

fn wiki(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "_config.yml",
        "title: Engineering Wiki\ntheme: just-the-docs\nbaseurl: \"\"\n",
    )
    .write(
        "onboarding/onboarding-quick-start.md",
        "---\nlayout: default\ntitle: Quick Start\npermalink: /onboarding/quick-start.html\n---\n\n# Quick Start\n",
    )
    .write(
        "tools/quick-reference.md",
        format!(
            "---\nlayout: default\ntitle: Quick Reference\npermalink: /tools/quick-reference.html\n---\n\n# Quick Reference\n\nSee [the quick start]({link}).\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_root_link_to_a_jekyll_pages_permalink_is_that_page() {
    let run = wiki("/onboarding/quick-start.html").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a URL no page's permalink gives is still reported.
#[test]
fn a_root_link_no_permalink_gives_is_reported() {
    let run = wiki("/onboarding/quickstart.html").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "tools/quick-reference.md",
            9,
            5,
            "onboarding/quickstart.html"
        )],
        "\n{}",
        run.dump()
    );
}
