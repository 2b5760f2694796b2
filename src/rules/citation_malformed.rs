//! `citation/malformed`: a `【F:` citation that does not parse (no `†`, `L0`, `L9-L3`, empty path).
//!
//! ## When it stays silent
//! An unclosed citation whose text ends in `...` or `…` (at the end of its
//! line or table cell): an excerpt cut short by whoever made it (a generated
//! index that truncates each summary), not a citation someone wrote; the
//! cited document's own citation is the one to check.
//!
//! ## Why it matters
//! A citation that does not parse cannot be checked, and readers (and tools) following it land nowhere. It is almost always a typo.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/malformed",
    severity: Severity::Error,
    fixable: false,
    lead: 2,
    summary: "a `【F:` citation that does not parse (no `†`, `L0`, `L9-L3`, empty path)",
    why: "A citation that does not parse cannot be checked, and readers (and tools) following it land nowhere. It is almost always a typo. \
An unclosed citation whose text ends in `...` or `…` (`【F:logs/s...` at the end of a table cell) is an excerpt cut short \
by a generator, not a citation someone wrote: it is not reported.",
    bad: "See the run log 【F:logs/run.txt L3-L9】.",
    good: "See the run log 【F:logs/run.txt†L3-L9】.",
};

use crate::document::{Citation, Document};

/// Whether `c` is an unclosed citation cut short with `...` or `…` (a
/// generated excerpt such as `| …【F:logs/s... |`): text, not a citation.
pub fn truncated(doc: &Document, c: &Citation) -> bool {
    let Some(written) = doc.text.get(c.span.clone()) else {
        return false;
    };
    if c.error.is_none() || written.contains('】') || written.contains("ã€‘") {
        return false;
    }
    // The citation's own text ends at its line's end or its table cell's.
    let own = written.lines().next().unwrap_or("");
    let own = own.split('|').next().unwrap_or(own).trim_end();
    own.ends_with("...") || own.ends_with('…')
}
