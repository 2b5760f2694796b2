//! An evidence cell that names a URL a running site serves, not a file:
//! `` `/sitemap.xml` returns valid XML (140 entries) ``, `GET `/robots.txt``.
//! A rooted path with an extension is read as a file of the tree; one the
//! cell says was requested (a method before it) or answered (`returns`,
//! `responds`, `serves` right after it) is a route the app serves, whatever
//! file, generator or handler answers it.

use super::{RefKind, Reference};
use crate::document::Document;

/// Words that, right after a rooted path in its cell, say a server answered
/// a request for it.
const ANSWER_WORDS: &[&str] = &["returns", "returned", "responds", "responded", "serves"];

/// HTTP methods that, right before a rooted path, say it was requested.
const METHODS: &[&str] = &["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/// Whether a missing rooted evidence path is a URL its cell says was
/// requested or answered: `` `/sitemap.xml` returns valid XML ``,
/// `` GET `/feed.xml` ``. Only the nearest word counts, and only a rooted
/// path (`/…`, read from the repository root, as a site's URL is written):
/// `` `public/sitemap.xml` returns … `` names a file and is judged.
pub(super) fn served_url(doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Evidence || !r.written.starts_with('/') {
        return false;
    }
    answered_after(doc, r) || method_before(doc, r)
}

fn answered_after(doc: &Document, r: &Reference) -> bool {
    let after = doc.text.get(r.span.end..).unwrap_or("");
    let cell_end = after.find(['\n', '|']).unwrap_or(after.len());
    let rest = after[..cell_end].trim_start_matches('`').trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    ANSWER_WORDS.contains(&word.to_lowercase().as_str())
}

fn method_before(doc: &Document, r: &Reference) -> bool {
    let before = doc.text.get(..r.span.start).unwrap_or("");
    let cell_start = before.rfind(['\n', '|']).map_or(0, |i| i + 1);
    let cell = before[cell_start..].trim_end_matches('`').trim_end();
    let word = cell
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    METHODS.contains(&word)
}
