//! Metalsmith sites (<https://metalsmith.io>): a build script or
//! configuration named `metalsmith.*` (`metalsmith.js`, `metalsmith.json`)
//! whose package (the nearest `package.json` at its folder or above) or
//! configuration uses the Markdown plugin (`metalsmith-markdown`,
//! `@metalsmith/markdown`) and no permalinks plugin.
//!
//! - **Pages**: the Markdown plugin renders `x.md` to `x.html` beside it,
//!   so a relative link of a Markdown page below the script's folder to
//!   `x.html` names the page `x.md` (or `x.markdown`) of the folder the
//!   link resolves to. algoliasearch-helper's `documentation-src/content/`
//!   (in algolia/instantsearch, survey 97c) links `reference.html` and
//!   `gettingstarted.html` between its pages: 11 findings judged false.
//! - Only a missing target is read so; a root link (the site's root is the
//!   build's source folder, which the script may compute), an `x.html`
//!   with no `x.md` beside it, a site with the permalinks plugin (which
//!   serves `x/index.html` instead) and the same link outside the site are
//!   still reported.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// The Markdown plugins that render `x.md` to `x.html`.
const MARKDOWN_PLUGINS: &[&str] = &["\"metalsmith-markdown\"", "\"@metalsmith/markdown\""];

/// The permalinks plugins, which serve `x.md` at `x/index.html`.
const PERMALINK_PLUGINS: &[&str] = &["metalsmith-permalinks", "@metalsmith/permalinks"];

/// The folders of the repository's Metalsmith build scripts (test-fixture
/// projects left out) whose sites render `x.md` to `x.html`.
fn sites(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo_kept("site_metalsmith::sites", |repo| {
        let mut out = Vec::new();
        for crate::source::TrackedFile {
            path: f, dir, name, ..
        } in repo.tracked_files_split()
        {
            let Some(ext) = name.strip_prefix("metalsmith.") else {
                continue;
            };
            if !["js", "mjs", "cjs", "ts", "json"].contains(&ext)
                || crate::fixtures::Fixtures::in_test_tree(dir)
            {
                continue;
            }
            if renders_html(repo, f, dir) {
                out.push(dir.to_string());
            }
        }
        Arc::new(out)
    })
}

/// Whether the Metalsmith build of `file` in `dir` renders pages to
/// `.html` beside them: its configuration or nearest `package.json` names
/// a Markdown plugin, and neither names a permalinks plugin.
fn renders_html(repo: &RepoView, file: &str, dir: &str) -> bool {
    let config = repo.read_text(file).unwrap_or_default();
    let mut folder = Some(dir.to_string());
    let mut package = None;
    while let Some(d) = folder {
        if let Some(text) = repo.read_text(&join(&d, "package.json")) {
            package = Some(text);
            break;
        }
        folder = (!d.is_empty()).then(|| d.rsplit_once('/').map_or("", |(p, _)| p).to_string());
    }
    let package = package.unwrap_or_default();
    let texts = [config.as_str(), package.as_str()];
    texts
        .iter()
        .any(|t| MARKDOWN_PLUGINS.iter().any(|p| t.contains(p)))
        && !texts
            .iter()
            .any(|t| PERMALINK_PLUGINS.iter().any(|p| t.contains(p)))
}

/// Whether the missing target of a link `r` of `doc`, a Markdown page
/// below a Metalsmith build script's folder, is a page the site renders:
/// a relative `x.html` whose `x.md` (or `x.markdown`) is tracked there.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.starts_with('/') || w.contains(':') {
        return false;
    }
    let Some(base) = w
        .strip_suffix(".html")
        .filter(|b| !b.is_empty() && !b.ends_with('/'))
    else {
        return false;
    };
    let sites = sites(ctx.repo);
    let Some(site) = sites.iter().find(|s| under(s, &doc.path)) else {
        return false;
    };
    let Some(base) = join_relative(doc.dir(), base) else {
        return false;
    };
    under(site, &base)
        && ["md", "markdown"]
            .iter()
            .any(|ext| ctx.repo.is_tracked_file(&format!("{base}.{ext}")))
}
