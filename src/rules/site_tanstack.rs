//! TanStack's documentation: tanstack.com renders the `docs/` folder of each
//! TanStack library's repository (Query, Router, Table, Form, …), which a
//! `config.json` declares with the site's schema
//! (`"$schema": "https://raw.githubusercontent.com/TanStack/tanstack.com/main/tanstack-docs-config.schema.json"`).
//! Its folder is a site root: a page is served at its path without `.md`
//! (`framework/react/overview`), so its links are read from that URL
//! (`./installation` is `framework/react/installation.md`) and its anchors
//! are the site's slugs, every run of punctuation and spaces one `-`
//! (`#queryclient-getquerydata` for ``## `queryClient.getQueryData` ``).
//! The site also serves each example of the repository's `examples/`
//! folder as a page of its framework: `framework/react/examples/simple` is
//! `examples/react/simple/` (survey 45c, TanStack/query: 106 findings, the
//! 60 judged all false where the site reads them so).

use crate::source::{PathState, RepoView, join_relative};

/// The URL of the site's schema, which a TanStack docs `config.json` names.
const SCHEMA: &str = "tanstack-docs-config.schema.json";

/// The folders holding a tracked `config.json` that names TanStack's docs
/// schema (`docs`), test trees left out. Read once per run.
pub fn roots(repo: &RepoView) -> Vec<String> {
    repo.memo_kept("site_tanstack::roots", |repo| {
        repo.tracked_files_split()
            .filter(|f| f.name == "config.json")
            .filter(|f| !crate::fixtures::Fixtures::in_test_tree(f.dir))
            .filter(|f| repo.read_text(f.path).is_some_and(|t| t.contains(SCHEMA)))
            .map(|f| f.dir.to_string())
            .collect()
    })
}

/// The example a relative link `w` of the TanStack page `page` names, read
/// from the page's URL: `framework/<name>/examples/<example>` below the docs
/// root is the folder `examples/<name>/<example>` of the repository.
pub fn example(repo: &RepoView, page: &str, w: &str) -> Option<String> {
    let w = w.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with('/') || w.contains("://") {
        return None;
    }
    let roots = roots(repo);
    let root = roots
        .iter()
        .find(|r| r.is_empty() || page.starts_with(&format!("{r}/")))?;
    let rel = page.strip_prefix(root.as_str())?.trim_start_matches('/');
    let folder = rel.rsplit_once('/').map_or("", |(d, _)| d);
    let url = join_relative(folder, w)?;
    let mut parts = url.trim_matches('/').split('/');
    let (Some("framework"), Some(name), Some("examples"), Some(example), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    let dir = format!("examples/{name}/{example}");
    (repo.stat(&dir) == PathState::Dir).then_some(dir)
}
