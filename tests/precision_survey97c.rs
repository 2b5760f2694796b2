//! Survey 97c: ordinary well-kept documentation repositories with no
//! checklists, round 8: monorepos whose package READMEs link each other by
//! relative paths (tokio-rs/tracing, open-telemetry/opentelemetry-go-contrib,
//! algolia/instantsearch). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a Metalsmith site renders `x.md` to `x.html` beside it
// (algoliasearch-helper's `documentation-src/content/concepts.md` links
// `reference.html`, the page built from `reference.md`: 11 findings judged
// false) ---

/// algoliasearch-helper's layout: a package whose `package.json` uses
/// `metalsmith` with (or without: `markdown`) the Markdown plugin, its
/// build script `documentation-src/metalsmith.js`, and two pages in
/// `documentation-src/content/`, one linking the other's `.html` and a page
/// no source gives.
fn metalsmith_site(markdown: bool) -> Repo {
    let repo = Repo::new();
    let plugin = if markdown {
        ",\n    \"metalsmith-markdown\": \"1.3.0\""
    } else {
        ""
    };
    repo.write("README.md", "# Helper\n")
        .write(
            "pkg/package.json",
            format!(
                "{{\n  \"name\": \"helper\",\n  \"devDependencies\": {{\n    \"metalsmith\": \"2.5.1\"{plugin}\n  }}\n}}\n"
            ),
        )
        .write(
            "pkg/documentation-src/metalsmith.js",
            "var metalsmith = require('metalsmith');\nmetalsmith(__dirname).source('./content').build(function () {});\n",
        )
        .write(
            "pkg/documentation-src/content/concepts.md",
            "# Concepts\n\nSee [the reference](reference.html#facets) and [the examples](examples.html).\n",
        )
        .write("pkg/documentation-src/content/reference.md", "# Reference\n")
        .commit_all();
    repo
}

#[test]
fn a_metalsmith_pages_html_link_names_the_page_beside_it() {
    let run = metalsmith_site(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "pkg/documentation-src/content/concepts.md",
            3,
            48,
            "pkg/documentation-src/content/examples.html"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the Markdown plugin nothing renders `reference.md` to
/// `reference.html`: both links are reported.
#[test]
fn an_html_link_without_the_markdown_plugin_is_reported() {
    let run = metalsmith_site(false).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec![
            "pkg/documentation-src/content/reference.html",
            "pkg/documentation-src/content/examples.html"
        ],
        "\n{}",
        run.dump()
    );
}
