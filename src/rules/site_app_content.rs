//! Markdown pages an app renders itself from its own source tree, whose
//! images the app serves from its `public/` folder: aibaza/1on1's in-app
//! help, `src/content/help/en/teams/overview.md` with
//! `![Teams list](teams-list.jpg)`, shown by a component that points the
//! image at `/help/screenshots/<locale>/<theme>/teams-list.jpg`, files
//! tracked below `public/help/screenshots/` (survey 105a, 48 findings, the 30
//! sampled all judged false). GitHub never shows such a page as a document
//! of the repository; the app does, and how it maps a bare image name is
//! the app's code.
//!
//! So an image named by its bare file name (no folder: `teams-list.jpg`),
//! missing beside a page that lies below a `src/` folder, is served when the
//! `public/` folder beside that `src/` tracks a file of that name. A bare
//! name no file of `public/` has, a name with a folder, and the same link in
//! a page outside `src/` (a `docs/` page GitHub renders) are judged.

use super::Context;
use super::references::{RefKind, Reference};
use crate::document::Document;

/// The extensions of the images an app serves.
const IMAGES: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "svg", "avif"];

/// Whether the app whose source tree holds `doc` serves the bare image name
/// `r` links from its `public/` folder.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let name = r.written.split(['#', '?']).next().unwrap_or("");
    if name.is_empty() || name.contains(['/', '\\', ':']) || name.starts_with('.') {
        return false;
    }
    let is_image = name
        .rsplit_once('.')
        .is_some_and(|(_, ext)| IMAGES.contains(&ext.to_ascii_lowercase().as_str()));
    if !is_image {
        return false;
    }
    // The project whose `src/` holds the page: the folder above its last
    // `src` segment (`""` at the root).
    let segments: Vec<&str> = doc.path.split('/').collect();
    let Some(at) = segments[..segments.len().saturating_sub(1)]
        .iter()
        .rposition(|s| *s == "src")
    else {
        return false;
    };
    let public = if at == 0 {
        "public/".to_string()
    } else {
        format!("{}/public/", segments[..at].join("/"))
    };
    let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
    ctx.anchors
        .named(ctx.repo, &decoded)
        .iter()
        .any(|p| p.starts_with(&public))
}
