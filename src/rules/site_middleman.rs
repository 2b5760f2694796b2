//! Middleman sites (<https://middlemanapp.com/basics/templating-language/>),
//! the GOV.UK Tech Docs Template (`govuk_tech_docs`) among them: a
//! `config.rb` beside a `Gemfile` that names `middleman` or
//! `govuk_tech_docs`, its pages in `source/` (or the folder `set :source`
//! names).
//!
//! - **Pages**: Middleman renders a template by its extensions, outermost
//!   first, and serves it under the name that is left: `source/manual/
//!   deployments.html.md` is `/manual/deployments.html`,
//!   `whitehall-scheduled-publishing.html.md.erb` is `…/whitehall-scheduled-
//!   publishing.html`, `repos.json.erb` is `/repos.json`. So a link to
//!   `x.html` (or `x.json`, `x.csv`) names the template `x.html.md`,
//!   `x.html.erb`, `x.html.md.erb`, `x.html.haml`, `x.html.slim` or
//!   `x.html.markdown` of the same folder, and a folder link `x/` its
//!   `x/index.html.*`. A root link of a page of `source/` (`/manual/cdn.html`,
//!   `/images/a.png`) is read from `source/`, a relative one from the page's
//!   folder (a page's URL is its path less the template extensions).
//!   alphagov/govuk-developer-docs (survey 34c): 271 of 354 links were such
//!   pages and files. Only a missing target is read so: a link GitHub's
//!   reading finds is judged as before, anchors too (the pages' heading ids
//!   are the renderer's, which a site may replace).
//! - A link that names no template nor file (`/manual/deployment.html`
//!   beside `deployments.html.md`, a page deleted since) is still reported;
//!   so are pages a `config.rb` `proxy` makes from data fetched at build time
//!   (govuk-developer-docs' `/repos/<app>/<doc>.html`), which the tree does
//!   not show.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// The template extensions Middleman renders away, in the order they are
/// tried (`x.html.md.erb`: ERB, then Markdown).
const TEMPLATES: &[&str] = &["md", "markdown", "erb", "md.erb", "haml", "slim", "builder"];

/// The source folders of the repository's Middleman sites (test-fixture
/// projects left out). They are kept apart from the sites of
/// [`super::site::detect`]: only a missing link target is read the
/// Middleman way, the rest of a page is judged as before.
fn sources(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo_kept("site_middleman::sources", |repo| {
        let mut out = Vec::new();
        for crate::source::TrackedFile {
            path: f, dir, name, ..
        } in repo.tracked_files_split()
        {
            if name != "config.rb" || crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            out.extend(source(repo, f, dir));
        }
        Arc::new(out)
    })
}

/// The source folder of the Middleman site configured by `file`
/// (`config.rb`) in `dir`, if it is one: `dir` holds a `Gemfile` naming
/// `middleman` or `govuk_tech_docs`, and its source folder holds files.
fn source(repo: &RepoView, file: &str, dir: &str) -> Option<String> {
    let read = |p: &str| repo.read_text(p);
    let gemfile = read(&join(dir, "Gemfile"))?;
    let names_gem = gemfile.lines().any(|l| {
        let l = l.trim_start();
        l.strip_prefix("gem ")
            .map(|g| g.trim_start().trim_start_matches(['"', '\'']))
            .is_some_and(|g| {
                ["middleman", "govuk_tech_docs"].iter().any(|n| {
                    g.strip_prefix(n)
                        .is_some_and(|rest| rest.starts_with(['"', '\'']))
                })
            })
    });
    if !names_gem {
        return None;
    }
    let config = read(file)?;
    // `set :source, "docs"`: the source folder, `source/` by default.
    let source = config
        .lines()
        .find_map(|l| {
            let v = l.trim_start().strip_prefix("set :source")?;
            let v = v.trim_start().strip_prefix(',')?.trim();
            let v = v.trim_matches(['"', '\'']).trim_end_matches('/');
            (!v.is_empty() && !v.contains(['#', '{', ' '])).then(|| v.to_string())
        })
        .unwrap_or_else(|| "source".to_string());
    let content = join_relative(dir, &source).filter(|_| !source.starts_with('/'))?;
    if content.is_empty() || repo.children(&content).is_empty() {
        return None;
    }
    Some(content)
}

/// Whether the missing target of a link `r` of `doc`, a page of a
/// Middleman site, is served by the site: read from the site's source folder
/// when it starts with `/`, else from the page's folder (a page's URL is its
/// file's path with the template extensions dropped, so its folder is the
/// file's), it is a file there (`/images/a.png` is `source/images/a.png`)
/// or a template served under that name (see [`template`]).
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let sources = sources(ctx.repo);
    let Some(content) = sources.iter().find(|c| under(c, &doc.path)) else {
        return false;
    };
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with("//") {
        return false;
    }
    let target = match w.strip_prefix('/') {
        Some(rooted) => join_relative(content, rooted),
        None => join_relative(doc.dir(), w),
    };
    let Some(target) = target.map(|t| t.trim_end_matches('/').to_string()) else {
        return false;
    };
    if !under(content, &target) {
        return false;
    }
    ctx.repo.is_tracked(&target) || template(ctx.repo, &target).is_some()
}

/// The template served at `base` (a path of the tree, as a link names it):
/// `x.html` is `x.html.md` (or another template extension), a folder `x`
/// is its `x/index.html.*`. None when no template is there.
pub fn template(repo: &RepoView, base: &str) -> Option<String> {
    if base.is_empty() {
        return None;
    }
    let name = base.rsplit('/').next().unwrap_or(base);
    let served = if name.contains('.') {
        base.to_string()
    } else {
        format!("{base}/index.html")
    };
    TEMPLATES
        .iter()
        .map(|ext| format!("{served}.{ext}"))
        .find(|c| repo.is_tracked(c))
}
