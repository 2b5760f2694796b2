//! Mojibake detection and repair (stub; being written).
use std::ops::Range;

/// One damaged run and its repair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Byte range of the damaged text in the scanned string.
    pub range: Range<usize>,
    /// The text it was before it was mis-decoded.
    pub replacement: String,
}

/// Finds damaged runs in `text`. `code` lists byte ranges of code spans and code blocks.
pub fn scan(_text: &str, _code: &[Range<usize>]) -> Vec<Repair> {
    Vec::new()
}

/// Repairs a short string (a table cell, a path) regardless of context.
pub fn repair_str(s: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::Borrowed(s)
}
