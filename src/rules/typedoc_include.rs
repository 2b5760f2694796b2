//! Markdown that TypeDoc includes into the API reference it generates: a
//! doc comment's `{@include ./docs/object-hook.md}` (or `{@include
//! ./docs/x.md#region}`) inserts the file's text into the page TypeDoc
//! writes for that symbol (<https://typedoc.org/documents/Tags._include.html>).
//! With typedoc-plugin-markdown those pages land in a documentation site's
//! folder that git ignores (rolldown's `docs/reference/`, generated before
//! VitePress builds), so a root link of the included file
//! (`/reference/Interface.Plugin`) is a route of that site, not a path of
//! the repository (survey 45c, rolldown/rolldown: 102 links of
//! `packages/rolldown/src/{options,plugin}/docs/*.md`, the 27 sampled all
//! false). See `build_output` in [`super::site`].

use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::source::{RepoView, join_relative};

/// An `{@include path}` inline tag of a doc comment.
static INCLUDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{@include\s+([^}\s]+)\s*\}").expect("static regex is valid"));

/// The extensions of the source files TypeDoc reads doc comments from.
const SOURCES: &[&str] = &[".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs"];

/// The files `{@include …}` tags of the repository's tracked sources name,
/// from the repository root (test trees and vendored folders left out).
/// Read once per run.
fn included_files(repo: &RepoView) -> Arc<BTreeSet<String>> {
    repo.memo("typedoc_include::included", |repo| {
        let mut out = BTreeSet::new();
        let sources: Vec<(String, String)> = repo
            .tracked_files_split()
            .filter(|f| SOURCES.iter().any(|e| f.name.ends_with(e)))
            .filter(|f| !f.name.ends_with(".d.ts"))
            .filter(|f| !f.dir.split('/').any(|d| d == "node_modules"))
            .filter(|f| !crate::fixtures::Fixtures::in_test_tree(f.dir))
            .map(|f| (f.path.to_string(), f.dir.to_string()))
            .collect();
        for (path, dir) in sources {
            let Some(text) = repo.read_text(&path) else {
                continue;
            };
            if !text.contains("{@include ") {
                continue;
            }
            for c in INCLUDE.captures_iter(&text) {
                let target = c[1].split('#').next().unwrap_or("");
                if let Some(p) = join_relative(&dir, target) {
                    out.insert(p);
                }
            }
        }
        Arc::new(out)
    })
}

/// Whether a doc comment of a tracked source includes the Markdown file
/// `path` with TypeDoc's `{@include …}`.
pub fn included(repo: &RepoView, path: &str) -> bool {
    included_files(repo).contains(path)
}
