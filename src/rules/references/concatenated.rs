//! A document that says it is a concatenation of other pages.
//!
//! Microsoft's Pragmatic Rust Guidelines are published as one file for
//! agents, opening with `This file contains all guidelines concatenated for
//! easy reference.`, and repositories copy it in (airsstack/airsprotocols'
//! `.aiassisted/guidelines/rust/microsoft-rust-guidelines.md`). Each part
//! keeps the relative links of the page it was (`../libs/ux/`,
//! `./#M-DOC-FIRST-SENTENCE`, `M-DOC-INLINE_BAD.png` beside that page), which
//! no file of the concatenation stands beside: they are fixed where the pages
//! are, not in the copy (survey 41b, 21 findings judged false). Its links to
//! its own sections (`#m-panic-is-stop`) are still checked, and so is every
//! link of a document that does not say so.

use crate::document::Document;

/// How many lines from the top a concatenation says what it is, within how
/// many bytes (read once per document, before its links).
const TOP: usize = 40;
const TOP_BYTES: usize = 4096;

/// Whether a line near the top of `doc`, outside code, says this document
/// (`this file`, `this document`, `this page`) is a concatenation.
pub(super) fn declares_concatenation(doc: &Document) -> bool {
    let mut cut = doc.text.len().min(TOP_BYTES);
    while !doc.text.is_char_boundary(cut) {
        cut -= 1;
    }
    // Most documents say nothing of it: one byte search first (`Concatenated`
    // and `concatenated` both hold `oncatenat`).
    let top = &doc.text[..cut];
    if memchr::memmem::find(top.as_bytes(), b"oncatenat").is_none()
        && memchr::memmem::find(top.as_bytes(), b"ONCATENAT").is_none()
    {
        return false;
    }
    let mut offset = 0;
    for line in top.split_inclusive('\n').take(TOP) {
        let at = offset;
        offset += line.len();
        if doc.in_code(at) {
            continue;
        }
        let lower = line.to_lowercase();
        let names_itself = ["this file", "this document", "this page"]
            .iter()
            .any(|w| lower.contains(w));
        if names_itself && lower.contains("concatenat") {
            return true;
        }
    }
    false
}
