//! Survey 82b: Docusaurus documentation sites of popular projects, round 5
//! (reduxjs/react-redux, wix/Detox, reduxjs/redux, lerna/lerna). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a leftover GitBook configuration at the repository's root beside the
// Docusaurus site that now serves `docs/` (reduxjs/redux's `.gitbook.yaml`:
// its pages were read GitBook's way, so Docusaurus' `api/Store.md`, a file
// link read from the docs folder, was reported: 4 findings judged false) ---

const DOCUSAURUS: &str = "module.exports = {\n  presets: [\n    [\n      '@docusaurus/preset-classic',\n      { docs: { path: '../docs', routeBasePath: '/' } },\n    ],\n  ],\n};\n";

/// redux's layout: a root `.gitbook.yaml`, with or without the Docusaurus
/// site in `website/` (`docusaurus`).
fn gitbook_and_docusaurus(docusaurus: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Redux\n")
        .write(
            ".gitbook.yaml",
            "structure:\n  readme: README.md\n  summary: docs/README.md\n",
        )
        .write("docs/README.md", "# Table of Contents\n")
        .write("docs/api/Store.md", "# Store\n\n## dispatch(action)\n")
        .write(
            "docs/usage/Troubleshooting.md",
            "# Troubleshooting\n\nCall [dispatch](api/Store.md#dispatchaction) on the \
             [store](api/Store.md), not [the old one](api/OldStore.md).\n",
        );
    if docusaurus {
        repo.write("website/docusaurus.config.js", DOCUSAURUS);
    }
    repo.commit_all();
    repo
}

/// A `link/missing-path` finding on line 3 of the troubleshooting page.
fn missing(column: u64, target: &str) -> common::Tuple {
    t(
        "link/missing-path",
        "docs/usage/Troubleshooting.md",
        3,
        column,
        target,
    )
}

#[test]
fn a_docusaurus_site_inside_a_root_gitbook_reads_its_pages_its_way() {
    let run = gitbook_and_docusaurus(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![missing(80, "docs/usage/api/OldStore.md")],
        "\n{}",
        run.dump()
    );
}

/// Twin: with the GitBook alone, `api/Store.md` is read from the page's
/// folder, as GitHub reads it, and is reported with the missing file.
#[test]
fn a_gitbook_page_without_the_docusaurus_site_reads_links_from_its_folder() {
    let run = gitbook_and_docusaurus(false).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            missing(6, "docs/usage/api/Store.md"),
            missing(53, "docs/usage/api/Store.md"),
            missing(80, "docs/usage/api/OldStore.md"),
        ],
        "\n{}",
        run.dump()
    );
}
