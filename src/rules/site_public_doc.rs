//! Markdown a web app serves from its own `public/` folder: the app fetches
//! the document at runtime (`fetch('/content/admin/how-to-evaluate-answers.md')`)
//! and renders it, so the document's root links are URLs of the app, which
//! serves `public/` at its root (Create React App, Vite, Next.js alike).
//! cds-snc/ai-answers keeps its admin how-to guides in
//! `public/content/admin/*.md`, their screenshots written
//! `![…](/content/admin/images/evaluate-rating-form-en.jpg)`, files tracked in
//! `public/content/admin/images/` (survey s126j, 10 findings judged false).
//!
//! So a missing root target of a link in a document below the `public/`
//! folder of a JavaScript project (a `package.json` beside that `public/`)
//! is served when that `public/` tracks it. A root target `public/` does not
//! hold, a relative target, the same link in a document outside `public/`
//! (a `docs/` page GitHub renders), and a `public/` folder of no such
//! project are still judged.

use super::Context;
use super::references::{RefKind, Reference};
use crate::document::Document;

/// Whether the missing root target of the link `r` of `doc`, a document
/// below a JavaScript project's `public/` folder, is a file of that folder.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    let Some(w) = w.strip_prefix('/') else {
        return false;
    };
    if w.is_empty()
        || w.starts_with('/')
        || w.contains([':', '\\'])
        || w.split('/').any(|s| s == ".." || s == ".")
    {
        return false;
    }
    // The nearest `public` folder above the document.
    let segments: Vec<&str> = doc.path.split('/').collect();
    let Some(at) = segments[..segments.len().saturating_sub(1)]
        .iter()
        .rposition(|s| *s == "public")
    else {
        return false;
    };
    let project = segments[..at].join("/");
    let prefix = if project.is_empty() {
        String::new()
    } else {
        format!("{project}/")
    };
    if !ctx.repo.is_tracked_file(&format!("{prefix}package.json")) {
        return false;
    }
    let decoded = percent_encoding::percent_decode_str(w).decode_utf8_lossy();
    ctx.repo
        .is_tracked_file(&format!("{prefix}public/{decoded}"))
}
