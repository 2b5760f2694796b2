//! `citation/malformed`: a `【F:` citation that does not parse (no `†`, `L0`, `L9-L3`, empty path).
//!
//! ## When it stays silent
//! An unclosed citation whose text ends in `...` or `…` (at the end of its
//! line or table cell): an excerpt cut short by whoever made it (a generated
//! index that truncates each summary), not a citation someone wrote; the
//! cited document's own citation is the one to check.
//!
//! A citation whose lines are words, not numbers (`【F:path/to/file†Lstart-Lend】`,
//! `【F:檔案路徑†L起始行-L結束行】` in a report template): the form written out
//! for whoever fills it in, not a citation (survey 85b,
//! standalone-civitai-shortcut's `docs/REPORT_TEMPLATE.md`). A range with a
//! digit in it (`L1O-L20`) is a typo and is reported.
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
by a generator, not a citation someone wrote: it is not reported. \
Nor is a citation whose lines are words, not numbers (`【F:path/to/file†Lstart-Lend】`, `【F:檔案路徑†L起始行-L結束行】` \
in a report template: survey 85b): it shows the form to fill in; a range with a digit in it (`L1O-L20`) is a typo and is reported.",
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

/// Whether `c` is the citation form written out with words for its lines
/// (`【F:path/to/file†Lstart-Lend】`, `【F:檔案路徑†L起始行-L結束行】`): a
/// template's placeholder, not a citation. Every end of the range is `L` and
/// a word of letters (optionally in `<…>` or `{…}`), with no digit anywhere.
pub fn word_placeholder(doc: &Document, c: &Citation) -> bool {
    if c.error.is_none() {
        return false;
    }
    let Some(written) = doc.text.get(c.span.clone()) else {
        return false;
    };
    let Some(inner) = written.strip_suffix('】') else {
        return false;
    };
    let Some((_, spec)) = inner.rsplit_once('†') else {
        return false;
    };
    let ends: Vec<&str> = spec.trim().split('-').collect();
    ends.len() <= 2 && ends.iter().all(|end| word_line(end))
}

/// `Lstart`, `L起始行`, `L<end>`: `L` and a word of letters.
fn word_line(end: &str) -> bool {
    let Some(word) = end.trim().strip_prefix('L') else {
        return false;
    };
    let word = word
        .strip_prefix(['<', '{'])
        .and_then(|w| w.strip_suffix(['>', '}']))
        .unwrap_or(word);
    !word.is_empty() && word.chars().all(char::is_alphabetic)
}
