//! The figure slots of a report not yet written: a lab report skeleton
//! prepared before the lab is done, whose sections are still empty and
//! whose figures are numbered slots for screenshots nobody has taken yet
//! (DrNikiyProgrammingAccount/study_2024-2025_os2's
//! `labs/lab02/report/report.md`: `# Цель работы`, `# Задание` and
//! `# Выводы` empty, thirty `![](image/1.jpg){#fig:001}` to
//! `![](image/30.jpg){#fig:030}`, not one of them in the tree: survey 55d,
//! 30 findings judged false). Such a series is a plan, not a broken image.
//!
//! The slots are recognised by every sign together: four or more images of
//! one folder named by a bare number (`1.jpg`, `02.png`), all with the same
//! alternative text (none, or the template's one word: slots copied from one
//! line), none of the series in the tree, and a section of the document
//! still empty (a heading followed by nothing but the next heading of its
//! level or above). A series with one image committed (the screenshots were
//! taken: the missing ones are forgotten), figures with their own captions,
//! a report whose sections are all written, and an image git history once
//! held are judged.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use crate::document::{Document, LinkKind};
use crate::rules::Context;
use crate::rules::references::{RefKind, Reference};
use crate::source::{PathState, join_relative};

/// A series has at least this many numbered images in the document.
const SLOTS_MIN: usize = 4;

/// Whether the missing image `path` of reference `r` is a slot of an
/// unwritten report's figure series (see the module's documentation).
pub fn unfilled(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let Some(folder) = numbered_image(path) else {
        return false;
    };
    if !doc
        .links
        .iter()
        .any(|l| l.kind == LinkKind::Image && l.span == r.span)
    {
        return false;
    }
    let slots = SLOTS.with(|cell| {
        if let Some(known) = cell.borrow().get(folder) {
            return *known;
        }
        let found = empty_series(ctx, doc, folder) && has_empty_section(doc);
        cell.borrow_mut().insert(folder.to_string(), found);
        found
    });
    slots && ctx.history.deleted(path).is_none() && ctx.history.renamed(path).is_none()
}

thread_local! {
    /// [`empty_series`] answers of the document being checked, by folder;
    /// emptied for each document ([`forget_slots`]).
    static SLOTS: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
}

/// Forgets what [`unfilled`] read (a new document is checked).
pub fn forget_slots() {
    SLOTS.with(|cell| cell.borrow_mut().clear());
}

/// Whether the document's numbered images of `folder` are at least
/// [`SLOTS_MIN`], share one alternative text, and none is in the tree.
fn empty_series(ctx: &Context<'_>, doc: &Document, folder: &str) -> bool {
    let mut seen = HashSet::new();
    let mut alt_text: Option<&str> = None;
    for link in doc.links.iter().filter(|l| l.kind == LinkKind::Image) {
        let dest = link.dest.split(['#', '?']).next().unwrap_or("");
        if dest.is_empty() || dest.contains("://") {
            continue;
        }
        let Some(image) = join_relative(doc.dir(), dest) else {
            continue;
        };
        if numbered_image(&image) != Some(folder) || !seen.insert(image.clone()) {
            continue;
        }
        let Some(alt) = doc.text.get(link.span.clone()).and_then(inline_alt) else {
            return false;
        };
        match alt_text {
            None => alt_text = Some(alt),
            Some(first) if first == alt => {}
            Some(_) => return false,
        }
        if ctx.repo.stat(&image) != PathState::Missing {
            return false;
        }
    }
    seen.len() >= SLOTS_MIN
}

/// The alternative text of an inline image as written (`![alt](dest)`),
/// trimmed; None for any other form.
fn inline_alt(written: &str) -> Option<&str> {
    let rest = written.strip_prefix("![")?;
    let end = rest.find("](")?;
    Some(rest.get(..end)?.trim())
}

/// Whether a section of the document is still empty: a heading followed by
/// nothing (blank lines at most) up to the next heading of its level or
/// above, or to the end of the document.
fn has_empty_section(doc: &Document) -> bool {
    doc.headings.iter().enumerate().any(|(i, h)| {
        let (end, closes) = match doc.headings.get(i + 1) {
            Some(next) => (next.span.start, next.level <= h.level),
            None => (doc.text.len(), true),
        };
        closes
            && doc
                .text
                .get(h.span.end..end)
                .is_some_and(|between| between.trim().is_empty())
    })
}

/// The folder of an image named by a bare number (`image/1.jpg`,
/// `figures/02.png`); None for any other path.
fn numbered_image(path: &str) -> Option<&str> {
    let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
    let (stem, ext) = name.rsplit_once('.')?;
    if !(1..=3).contains(&stem.len()) || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ext = ext.to_ascii_lowercase();
    ["png", "jpg", "jpeg", "gif", "webp", "svg", "bmp"]
        .contains(&ext.as_str())
        .then_some(folder)
}

#[cfg(test)]
mod tests {
    use super::{inline_alt, numbered_image};

    #[test]
    fn numbered_images() {
        assert_eq!(numbered_image("labs/r/image/1.jpg"), Some("labs/r/image"));
        assert_eq!(numbered_image("image/030.PNG"), Some("image"));
        assert_eq!(numbered_image("image/1a.png"), None);
        assert_eq!(numbered_image("image/2024.png"), None);
        assert_eq!(numbered_image("image/1.md"), None);
    }

    #[test]
    fn alternative_texts() {
        assert_eq!(inline_alt("![](image/1.jpg)"), Some(""));
        assert_eq!(inline_alt("![ Название ](image/1.jpg)"), Some("Название"));
        assert_eq!(inline_alt("![a][ref]"), None);
    }
}
