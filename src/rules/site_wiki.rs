//! GitHub wikis kept as a repository (the `OWNER/REPO.wiki.git` clone, or a
//! copy of it committed beside a project): a `Home.md` at the root and a
//! `_Sidebar.md` or `_Footer.md` at the root, the files GitHub's wiki reads
//! to show a page's home, sidebar and footer. A wiki moved into a
//! repository of its own keeps its `Home.md` and often drops the frames, but
//! has no README, which every other repository shows on its front page:
//! `Home.md` with no README is a wiki too (survey 46b: golang/wiki, the
//! Go project's former GitHub wiki, now served at go.dev/wiki, links its
//! pages as `[Learn](Learn)`; 136 findings, the 26 sampled all false). A
//! repository with a README and a `Home.md` page is judged as any other.
//!
//! A wiki serves every page at `wiki/<name>`, its file name without the
//! extension and with spaces as dashes, whatever folder it is kept in, and
//! finds it whatever the case: `[Conventions](16.06-practicalseries-wiki-conventions)`
//! opens `16-0600/16.06 PracticalSeries Wiki conventions.md`. Such a bare
//! link (no `/`) that names a page of the wiki is read as that page, and
//! its anchor is then checked in it; a bare name that no page has
//! (`[x](Missing-Page)`) is still reported, and so is every link of a
//! repository that is not a wiki.
//!
//! A wiki shows a `_Sidebar.md` (`_Footer.md`, `_Header.md`) beside each
//! page of its folder and of the folders below without one of their own: a
//! same-page anchor written in it (`[1.5.1 Title bar](#151title-bar-and-revision)`,
//! `[Top](#idtop)`) points into the page it is shown beside. It is silent
//! when one of those pages has the anchor, and reported when none has it
//! (survey 36d: practicalseries/GitHub-Wiki-Design-and-Implementation, 3,100
//! page-name links and 560 sidebar anchors, all working on its wiki).

use std::collections::HashMap;
use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::Reference;

/// The files a wiki shows around its pages.
const FRAMES: [&str; 3] = ["_Sidebar.md", "_Footer.md", "_Header.md"];

/// Whether the repository is a GitHub wiki: `Home.md` at its root, beside a
/// `_Sidebar.md` or `_Footer.md`, or in place of a README (a wiki moved
/// out of GitHub's wiki keeps its home page and has no README: golang/wiki).
pub fn is_wiki(repo: &RepoView) -> bool {
    repo.memo("site_wiki::is_wiki", |repo| {
        repo.is_tracked("Home.md")
            && (repo.is_tracked("_Sidebar.md")
                || repo.is_tracked("_Footer.md")
                || !has_readme(repo))
    })
}

/// Whether GitHub shows a README on the repository's front page: a file
/// named `README*` (any case) at the root, in `.github/` or in `docs/`.
fn has_readme(repo: &RepoView) -> bool {
    repo.tracked_files().any(|f| {
        let name = f
            .strip_prefix(".github/")
            .or_else(|| f.strip_prefix("docs/"))
            .unwrap_or(f);
        !name.contains('/') && name.to_ascii_lowercase().starts_with("readme")
    })
}

/// A wiki page's name as its URL writes it, lower-cased: the file name
/// without `.md`/`.markdown`, spaces (also `%20`) as dashes.
fn page_key(name: &str) -> String {
    name.replace("%20", "-").replace(' ', "-").to_lowercase()
}

/// The pages of the wiki by [`page_key`], each the first of its name in
/// path order (frames and dot-folders left out).
fn pages(repo: &RepoView) -> Arc<HashMap<String, String>> {
    repo.memo("site_wiki::pages", |repo| {
        let mut out: HashMap<String, String> = HashMap::new();
        let mut files: Vec<&str> = repo.tracked_files().collect();
        files.sort_unstable();
        for f in files {
            if f.split('/').any(|p| p.starts_with('.')) {
                continue;
            }
            let name = f.rsplit('/').next().unwrap_or(f);
            let Some(stem) = name
                .strip_suffix(".md")
                .or_else(|| name.strip_suffix(".markdown"))
            else {
                continue;
            };
            if stem.is_empty() || FRAMES.contains(&name) {
                continue;
            }
            out.entry(page_key(stem)).or_insert_with(|| f.to_string());
        }
        Arc::new(out)
    })
}

/// The page a link of a wiki page names by the wiki's page name
/// (`[x](Page-Name)`, `[x](page-name#part)`), where the file tree has none.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.as_str();
    if w.is_empty()
        || w.contains('/')
        || w.starts_with('.')
        || w.contains(':')
        || !(doc.path.ends_with(".md") || doc.path.ends_with(".markdown"))
        || !is_wiki(ctx.repo)
    {
        return None;
    }
    pages(ctx.repo).get(&page_key(w)).cloned()
}

/// Whether `doc` is a wiki's sidebar, header or footer and one of the pages
/// it is shown beside has the anchor `anchor`.
pub fn frame_anchor(ctx: &Context<'_>, doc: &Document, anchor: &str) -> bool {
    let (dir, name) = match doc.path.rsplit_once('/') {
        Some((d, n)) => (d, n),
        None => ("", doc.path.as_str()),
    };
    if !FRAMES.contains(&name) || !is_wiki(ctx.repo) {
        return false;
    }
    pages(ctx.repo).values().any(|page| {
        shown_with(ctx.repo, page, dir, name)
            && !super::references::lacks_anchor(ctx, doc, page, anchor)
    })
}

/// Whether the wiki shows the frame `name` of folder `dir` beside `page`:
/// `page` is in `dir` or below it, and no folder between holds its own.
fn shown_with(repo: &RepoView, page: &str, dir: &str, name: &str) -> bool {
    let mut d = page.rsplit_once('/').map_or("", |(d, _)| d);
    loop {
        if d == dir {
            return true;
        }
        let own = if d.is_empty() {
            name.to_string()
        } else {
            format!("{d}/{name}")
        };
        if d.is_empty() || repo.is_tracked(&own) {
            return false;
        }
        d = d.rsplit_once('/').map_or("", |(p, _)| p);
    }
}
