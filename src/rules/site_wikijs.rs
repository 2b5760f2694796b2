//! Wiki.js pages kept in a repository (what its Git storage module syncs,
//! or pages written for an import into it): each page is a Markdown file
//! whose front matter carries Wiki.js's page fields, a `title:` and
//! `published:` (`published: true`), often with `description:`, `tags:`,
//! `editor:` and `dateCreated:`.
//!
//! Wiki.js serves a page at its path less `.md` (`projects/data-lake.md` at
//! `/projects/data-lake`): a root link without an extension of such a page
//! (`/projects/data-lake`, `/projects/data-lake#setup`) names the page at
//! that path below the wiki's storage folder, which holds the linking page:
//! its own folder or one above it (`wiki/` in a repository that keeps the
//! wiki beside its code). Survey 50b: samueljackson-collab/Portfolio-Project's
//! `wiki/tags.md` links `/projects/advanced-data-lake` for
//! `wiki/projects/advanced-data-lake.md`, 157 findings judged false. A page
//! the wiki does not have, and the same link in a page without Wiki.js's
//! fields, are still reported.

use crate::document::Document;

use super::Context;
use super::references::Reference;
use super::site::join;

/// Whether `doc`'s front matter carries Wiki.js's page fields.
fn is_page(doc: &Document) -> bool {
    let Some(fm) = &doc.front_matter else {
        return false;
    };
    let text = doc.text.get(fm.span.clone()).unwrap_or("");
    let has = |key: &str| {
        text.lines()
            .any(|l| l.strip_prefix(key).is_some_and(|v| v.starts_with(':')))
    };
    has("title") && has("published")
}

/// The page a root link without an extension of a Wiki.js page names
/// (`/projects/data-lake` is `projects/data-lake.md` of the page's folder or
/// of a folder above it), where the file tree has none.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.strip_prefix('/')?;
    let base = w.trim_end_matches('/');
    let last = base.rsplit('/').next().unwrap_or(base);
    if base.is_empty()
        || last.contains('.')
        || base.contains("..")
        || base.contains("//")
        || !is_page(doc)
    {
        return None;
    }
    let mut dir = doc.path.rsplit_once('/').map(|(d, _)| d);
    while let Some(d) = dir {
        let page = format!("{}.md", join(d, base));
        if ctx.repo.is_tracked(&page) {
            return Some(page);
        }
        dir = d.rsplit_once('/').map(|(d, _)| d);
    }
    None
}
