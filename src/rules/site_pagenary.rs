//! Pagenary sites: a folder of Markdown pages with a `_manifest.json` whose
//! `sections` list the site's pages, each an object with an `id` and, for a
//! page, the `file` it is read from (`{"id": "intake-guide", "file":
//! "intake-guide.md"}`). Pagenary publishes the folder as one page that
//! routes by the URL's hash: `#intake-guide` shows the section of that id.
//!
//! A same-page link whose anchor is a section id of the manifest of a folder
//! holding the page (`[Intake Guide](#intake-guide)`,
//! `[Setup Guide](#integrations/factory-quickstart)`) is a route of the
//! site, not a heading of the page. Survey 69d: jmagly/ai-writing-guide's
//! `docs/` (docs.aiwg.io), 25 of 48 `link/missing-anchor` findings were such
//! routes. An anchor the manifest does not list (`#ts-deployment`, an id
//! renamed since to `troubleshooting/deployment-issues`) goes nowhere on the
//! site either, and is still reported; so is the same link beside a
//! `_manifest.json` without Pagenary's sections.

use std::collections::HashSet;
use std::sync::Arc;

use crate::source::RepoView;

use super::site::under;

/// The repository's Pagenary sites: the folder of each manifest and the
/// section ids it lists.
fn sites(repo: &RepoView) -> Arc<Vec<(String, HashSet<String>)>> {
    repo.memo("site_pagenary::sites", |repo| {
        let mut manifests: Vec<String> = repo
            .named("_manifest.json")
            .into_iter()
            .filter(|p| repo.is_tracked_file(p))
            .collect();
        manifests.sort();
        let mut out = Vec::new();
        for path in &manifests {
            let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
            if crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let Some(json) = repo
                .read(path)
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            else {
                continue;
            };
            let Some(sections) = json.get("sections").and_then(|s| s.as_array()) else {
                continue;
            };
            // Pagenary's sign: a section that reads a page from a file.
            let pages = sections
                .iter()
                .any(|s| s.get("id").is_some() && s.get("file").is_some());
            if !pages {
                continue;
            }
            let ids = sections
                .iter()
                .filter_map(|s| s.get("id").and_then(|v| v.as_str()))
                .map(str::to_string)
                .collect();
            out.push((dir.to_string(), ids));
        }
        Arc::new(out)
    })
}

/// Whether `anchor`, on a same-page link of the page at `path`, is a
/// section id of a Pagenary manifest of a folder holding the page: a route
/// of the site (see the module's documentation).
pub fn routes_section(repo: &RepoView, path: &str, anchor: &str) -> bool {
    sites(repo)
        .iter()
        .any(|(dir, ids)| under(dir, path) && ids.contains(anchor))
}
