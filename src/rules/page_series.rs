//! A numbered series of pages written in order: an index links
//! `flows/01_ai_assistant.md` to `flows/15_supplier_orders.md`, and the
//! folder holds the first pages only (newvantageco/ILS2.0's
//! `docs/ux/USER_FLOWS_INDEX.md`, written with `01` and `02`: survey 49d, 5
//! findings judged false). The pages after the last one written are the
//! series still to be written, in the order of their numbers: a plan, not a
//! broken link. A page missing before a written one (a gap), a page git
//! history once held (deleted or moved since), and a series of fewer than
//! [`SERIES_MIN`] pages are judged.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use crate::document::{Document, LinkKind};
use crate::rules::Context;
use crate::rules::references::{RefKind, Reference};
use crate::source::{PathState, join_relative};

/// A series has at least this many numbered pages linked from the document.
const SERIES_MIN: usize = 4;

/// Whether the missing link target `path` is a page of a numbered series
/// the document links, all of whose written pages come before it: the
/// written pages are the series' first numbers, every missing one comes
/// after them, and git history never held `path`.
pub fn unwritten(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let Some((folder, _)) = numbered(path) else {
        return false;
    };
    // The series of a folder is read once per document: a page naming
    // thousands of missing numbered pages reads its links once, not once
    // for each of them.
    let series = SERIES.with(|cell| {
        if let Some(known) = cell.borrow().get(folder) {
            return *known;
        }
        let found = series_of(ctx, doc, folder);
        cell.borrow_mut().insert(folder.to_string(), found);
        found
    });
    let Some((last_written, first_missing)) = series else {
        return false;
    };
    first_missing > last_written
        && ctx.history.deleted(path).is_none()
        && ctx.history.renamed(path).is_none()
}

thread_local! {
    /// [`series_of`] answers of the document being checked, by folder;
    /// emptied for each document ([`forget_series`]).
    static SERIES: RefCell<HashMap<String, Option<(u32, u32)>>> = RefCell::new(HashMap::new());
}

/// Forgets what [`unwritten`] read (a new document is checked).
pub fn forget_series() {
    SERIES.with(|cell| cell.borrow_mut().clear());
}

/// The numbered pages of `folder` the document links, when they are a
/// series of at least [`SERIES_MIN`] pages with pages written and pages
/// missing: the highest number written and the lowest missing.
fn series_of(ctx: &Context<'_>, doc: &Document, folder: &str) -> Option<(u32, u32)> {
    let mut seen = HashSet::new();
    let mut written = Vec::new();
    let mut missing = Vec::new();
    for link in doc.links.iter().filter(|l| l.kind == LinkKind::Link) {
        let dest = link.dest.split(['#', '?']).next().unwrap_or("");
        if dest.is_empty() || dest.starts_with('/') || dest.contains("://") {
            continue;
        }
        let Some(page) = join_relative(doc.dir(), dest) else {
            continue;
        };
        let Some((f, number)) = numbered(&page) else {
            continue;
        };
        if f != folder || !seen.insert(page.clone()) {
            continue;
        }
        match ctx.repo.stat(&page) {
            PathState::File => written.push(number),
            PathState::Missing => missing.push(number),
            _ => return None,
        }
    }
    if seen.len() < SERIES_MIN {
        return None;
    }
    // Written in order: the written pages are the series' first numbers,
    // from its start with no gap (`01`, `02`). Pages written out of order
    // (`04` and `05` with `06` and `09` missing: Quoorum's
    // `docs/claude/02-checkpoint-protocol.md`, survey 48a, 5 findings
    // judged true) are a set of documents, whose dead links are judged.
    written.sort_unstable();
    written.dedup();
    let first = *written.first()?;
    if first > 1 || written.windows(2).any(|w| w[1] != w[0] + 1) {
        return None;
    }
    Some((*written.last()?, *missing.iter().min()?))
}

/// The folder and number of a page whose name opens with a number and a
/// separator before a word (`flows/05_lab_order_processing.md`,
/// `02-setup.md`); None for any other path.
fn numbered(path: &str) -> Option<(&str, u32)> {
    let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
    let lower = name.to_ascii_lowercase();
    if !(lower.ends_with(".md") || lower.ends_with(".mdx")) {
        return None;
    }
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = name.get(digits..)?;
    let mut chars = rest.chars();
    if !matches!(chars.next(), Some('_' | '-')) || !chars.next()?.is_alphabetic() {
        return None;
    }
    Some((folder, name.get(..digits)?.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn numbered_pages() {
        assert_eq!(
            numbered("docs/flows/05_lab_order.md"),
            Some(("docs/flows", 5))
        );
        assert_eq!(numbered("12-setup.mdx"), Some(("", 12)));
        assert_eq!(numbered("docs/2026-01-02.md"), None);
        assert_eq!(numbered("docs/v2_notes.md"), None);
        assert_eq!(numbered("docs/05_lab.txt"), None);
    }
}
