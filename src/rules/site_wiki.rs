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
//!
//! A project may keep its wiki's pages in a folder of its own repository, to
//! be published to the wiki: a folder named `wiki` (or `.wiki`, `_wiki`)
//! holding a `Home.md` (iberi22/edge-hive's `docs/wiki/Home.md`, which its
//! `docs/README.md` says is synchronized to the GitHub Wiki; aidevops'
//! `.wiki/`, which a workflow copies into the wiki: survey 60a, 30 findings
//! judged false). Its pages link the wiki's pages by
//! page name (`[Tutorials](./Tutorials)`, `[Setup](Tutorial-Setup-Project)`):
//! a page of the folder by that name is that page, and a name the folder has
//! no page for may be a page the wiki holds beside the published ones, which
//! the tree cannot tell: silent (survey 59a, 46 findings, the 21 sampled all
//! false). A name with an extension or a folder (`./Tutorials.md`,
//! `../Tutorials`) and a `wiki` folder without a `Home.md` are judged as
//! any link. A folder of another name is such a folder only when its
//! `Home.md` sits beside a `_Sidebar.md` or `_Footer.md`, the files only a
//! GitHub wiki reads (elmosca/proyecto_flutter_supabase's `wiki_setup/`,
//! which `publicar_wiki.sh` copies with pages of `docs/` into the wiki:
//! survey 98b, 117 findings, the 26 sampled of the folder all false); a
//! folder with a `Home.md` and no frames is judged as any other.

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

/// The folder of a wiki kept inside a project's repository that holds
/// `doc` or a folder above it: a folder named `wiki` (any case, or `.wiki`,
/// `_wiki`) with a tracked `Home.md` (`docs/wiki/`, `.wiki/`), or a folder
/// of any name whose `Home.md` sits beside the wiki's own `_Sidebar.md` or
/// `_Footer.md` (`wiki_setup/`, which a script copies into the wiki).
fn wiki_folder<'a>(repo: &RepoView, doc: &'a str) -> Option<&'a str> {
    let mut dir = doc.rsplit_once('/')?.0;
    loop {
        let name = dir.rsplit('/').next().unwrap_or(dir);
        // `.wiki/` too (marcusquinn/aidevops, whose `sync-wiki.yml` copies
        // `.wiki/*` into the wiki), and `_wiki/`.
        let bare = name.strip_prefix(['.', '_']).unwrap_or(name);
        let framed = || {
            ["_Sidebar.md", "_Footer.md"]
                .iter()
                .any(|f| repo.is_tracked(&format!("{dir}/{f}")))
        };
        if repo.is_tracked(&format!("{dir}/Home.md"))
            && (bare.eq_ignore_ascii_case("wiki") || framed())
        {
            return Some(dir);
        }
        dir = dir.rsplit_once('/')?.0;
    }
}

/// A link's destination as a wiki page name (`Page-Name`, `./Page-Name`):
/// no folder, no extension, no scheme.
fn bare_page_name(written: &str) -> Option<&str> {
    let w = written.strip_prefix("./").unwrap_or(written);
    (!w.is_empty() && !w.contains(['/', '.', ':', '\\'])).then_some(w)
}

/// The page of a project's wiki folder (see [`wiki_folder`]) a link of one
/// of its pages names by page name.
fn folder_page(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if is_wiki(ctx.repo) {
        return None;
    }
    let dir = wiki_folder(ctx.repo, &doc.path)?;
    let key = page_key(bare_page_name(&r.written)?);
    // The folder's files only, not a scan of the whole listing per link.
    let mut files = ctx.repo.tracked_files_under(dir);
    files.sort_unstable();
    files.into_iter().find(|f| {
        let name = f.rsplit('/').next().unwrap_or(f);
        name.strip_suffix(".md")
            .or_else(|| name.strip_suffix(".markdown"))
            .is_some_and(|stem| page_key(stem) == key)
    })
}

/// Whether a missing link of a page of a project's wiki folder names a page
/// of the wiki by page name (`[Tutorials](./Tutorials)` in
/// `docs/wiki/Home.md`): the published wiki may hold pages the folder does
/// not, and the tree cannot tell.
pub fn names_wiki_page(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    !is_wiki(ctx.repo)
        && wiki_folder(ctx.repo, &doc.path).is_some()
        && bare_page_name(&r.written).is_some()
}

/// The page a link of a wiki page names by the wiki's page name
/// (`[x](Page-Name)`, `[x](page-name#part)`), where the file tree has none.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if let Some(page) = folder_page(ctx, doc, r) {
        return Some(page);
    }
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
