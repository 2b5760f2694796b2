//! VuePress sites (`.vuepress/config.*`).
//!
//! A folder holding `.vuepress/config.{js,ts,…}` (or a configuration split
//! into `.vuepress/config/index.*`) is a VuePress 1 or 2 site, served as
//! VitePress serves its folder: a page `x.md` is `x.html`, a folder's
//! `README.md` or `index.md` is its `index.html` ("every README.md or
//! index.md … converted to index.html", VuePress' guide/markdown.md), and a
//! link's fragment is a heading id of VuePress' `slugify` (every run of
//! spaces and punctuation one `-`, lower case, components such as
//! `<Badge text="beta"/>` not part of the text). Its folder is one of the
//! site roots the common site reading knows ([`roots`]), which gives it
//! those readings.
//!
//! Two readings are VuePress' own ([`reading`]): `.vuepress/public/` is
//! served at the root (guide/assets.md, "Public Files":
//! `/architecture.png` is `.vuepress/public/architecture.png`), and since a
//! folder's `README.md` and `index.md` are the same page, a `.md` link to
//! one names the other where only the other is there (`../README.md` for a
//! folder whose page is `index.md`). A link that names nothing the site
//! serves (`deploy.html` without `deploy.md`) is reported as before.

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};

/// The folders of the repository's VuePress sites (test fixtures left out),
/// read once per run.
pub fn roots(repo: &RepoView) -> Vec<String> {
    repo.memo("site_vuepress::roots", find_roots)
}

fn find_roots(repo: &RepoView) -> Vec<String> {
    let script = |name: &str, prefix: &str| {
        name.strip_prefix(prefix)
            .is_some_and(|ext| matches!(ext, "js" | "ts" | "mjs" | "cjs" | "mts" | "cts"))
    };
    // The tracked `config.*` (or `config/index.*`) of a `.vuepress` folder.
    let config_in = |dir: &str, prefix: &str| -> Option<String> {
        repo.children(dir)
            .iter()
            .filter(|c| script(c, prefix))
            .map(|c| format!("{dir}/{c}"))
            .filter(|p| repo.is_tracked_file(p))
            .min()
    };
    // The `.vuepress` folders are found by one substring search of the
    // listing, not by a look at each of its paths (a hook's run in a
    // repository of 100,000 files); each site is ordered by its first
    // configuration file, as a walk over the listing meets them.
    let mut roots: Vec<(String, String)> = Vec::new();
    for vp in repo.named(".vuepress") {
        let Some(site) = folder_of(&vp) else { continue };
        let first = match (
            config_in(&vp, "config."),
            config_in(&format!("{vp}/config"), "index."),
        ) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => match a.or(b) {
                Some(f) => f,
                None => continue,
            },
        };
        if crate::fixtures::Fixtures::in_test_tree(site) || roots.iter().any(|(_, r)| r == site) {
            continue;
        }
        roots.push((first, site.to_string()));
    }
    roots.sort();
    roots.into_iter().map(|(_, r)| r).collect()
}

/// The site folder of a `.vuepress` folder (`docs/.vuepress` is `docs`).
fn folder_of(dir: &str) -> Option<&str> {
    if dir == ".vuepress" {
        return Some("");
    }
    dir.strip_suffix("/.vuepress")
}

/// The file a link of a VuePress page names the site's own way (see the
/// module's documentation), or None.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if r.kind != RefKind::Link || r.written.is_empty() {
        return None;
    }
    let roots = roots(ctx.repo);
    let root = roots
        .iter()
        .filter(|root| super::site::under(root, &doc.path))
        .max_by_key(|root| root.len())?;
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if let Some(rooted) = w.strip_prefix('/').filter(|w| !w.starts_with('/')) {
        let public = super::site::join(root, ".vuepress/public");
        if let Some(file) = join_relative(&public, rooted)
            .filter(|p| p.len() > public.len() && ctx.repo.is_tracked_file(p))
        {
            return Some(file);
        }
    }
    // A folder's README.md and index.md are the same page.
    let (folder, name) = w.rsplit_once('/').unwrap_or(("", w));
    let other = match name {
        "README.md" => "index.md",
        "index.md" => "README.md",
        _ => return None,
    };
    let base = match folder.strip_prefix('/') {
        Some(rooted) => join_relative(root, rooted),
        None => join_relative(doc.dir(), folder),
    }?;
    let page = super::site::join(&base, other);
    (super::site::under(root, &page) && ctx.repo.is_tracked_file(&page)).then_some(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vuepress_folder_is_its_parent() {
        assert_eq!(
            folder_of("packages/docs/docs/.vuepress"),
            Some("packages/docs/docs")
        );
        assert_eq!(folder_of(".vuepress"), Some(""));
        assert_eq!(folder_of("docs/vuepress"), None);
    }
}
