//! Azure DevOps wikis kept as a repository (a project wiki's `*.wiki` Git
//! repository, or a code wiki published from a folder): each page is a
//! Markdown file whose name is the page's title with spaces as dashes and
//! the characters a file name cannot keep written as `%XX` (a dash of the
//! title is `%2D`: the page "DF-e" is `DF%2De.md`), its subpages in a folder
//! of the same name beside it (`DF%2De/`), and the order of a folder's pages
//! in a `.order` file that lists their names, one a line.
//!
//! The wiki serves a page at its path from the wiki's root without `.md`,
//! spaces and escapes read back as its title: a root link without the
//! extension (`/Projetos/DF-e/DF-e-Transporte/SVD/Recepção-SVD`,
//! `/Biblioteca/Governança/SAFe---Scaled-Agile-Framework` for
//! `SAFe-%2D-Scaled-Agile-Framework.md`) names that page. Survey s126c:
//! SEFAZ-SP-DTI-CIA/wiki_arquitetura_sefaz-SP, 76 findings, the 30 sampled
//! all false, and FG-AI4H/Documentation, 7 findings judged false. The
//! wiki's root is a folder holding a `.order` that lists a page beside it,
//! or the folder above such a folder when the page of that folder stands
//! beside it (`Core-Package-(CP).md` beside `Core-Package-(CP)/.order`), and
//! so on up. A path no page of the wiki has, and the same link in a
//! repository or folder without such a `.order`, are still reported.

use std::collections::HashMap;
use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::Reference;

/// A page path as the wiki reads it: `%XX` escapes decoded, spaces as
/// dashes.
fn key(path: &str) -> String {
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .replace(' ', "-")
}

/// The folder part of `path` (`""` at the root).
fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

/// `dir` joined to `name` (`name` alone at the root).
fn under(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// The roots of the repository's Azure DevOps wikis: each folder holding a
/// `.order` that lists a page beside it, climbed while the folder's own page
/// stands beside it in the folder above.
fn roots(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo("site_azure_wiki::roots", |repo| {
        let orders: Vec<String> = repo
            .tracked_files()
            .filter(|f| f == &".order" || f.ends_with("/.order"))
            .map(str::to_string)
            .collect();
        let mut out: Vec<String> = Vec::new();
        for order in orders {
            let dir = parent(&order).to_string();
            let Some(text) = repo.read_text(&order) else {
                continue;
            };
            let lists_page = text.lines().map(str::trim).any(|name| {
                !name.is_empty() && repo.is_tracked(&under(&dir, &format!("{name}.md")))
            });
            if !lists_page {
                continue;
            }
            let mut root = dir;
            while !root.is_empty() && repo.is_tracked(&format!("{root}.md")) {
                root = parent(&root).to_string();
            }
            if !out.contains(&root) {
                out.push(root);
            }
        }
        Arc::new(out)
    })
}

/// The page of an Azure DevOps wiki a root link of one of its pages names
/// (`/Projetos/DF-e` is `Projetos/DF%2De.md` of the wiki's root), where the
/// file tree has none.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.strip_prefix('/')?.trim_end_matches('/');
    if w.is_empty() || w.starts_with('/') || w.contains("..") {
        return None;
    }
    let roots = roots(ctx.repo);
    let folder = parent(&doc.path);
    let root = roots
        .iter()
        .filter(|d| d.is_empty() || folder == d.as_str() || folder.starts_with(&format!("{d}/")))
        .max_by_key(|d| d.len())?;
    pages(ctx.repo).get(&key(&under(root, w))).cloned()
}

/// The repository's Markdown files by [`key`] of their path without `.md`,
/// each the first of its key in path order.
fn pages(repo: &RepoView) -> Arc<HashMap<String, String>> {
    repo.memo("site_azure_wiki::pages", |repo| {
        let mut files: Vec<&str> = repo.tracked_files().collect();
        files.sort_unstable();
        let mut out: HashMap<String, String> = HashMap::new();
        for f in files {
            if let Some(stem) = f.strip_suffix(".md") {
                out.entry(key(stem)).or_insert_with(|| f.to_string());
            }
        }
        Arc::new(out)
    })
}
