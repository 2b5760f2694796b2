//! `table/duplicate-key`: two rows share the same key (first column).
//!
//! ## Why it matters
//! Two rows for one item usually disagree, and whichever a reader sees first wins.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/duplicate-key",
    severity: Severity::Error,
    fixable: false,
    summary: "two rows share the same key (first column)",
    why: "Two rows for one item usually disagree, and whichever a reader sees first wins.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Done |\n| DNS | Blocked |",
    good: "| Item | Status |\n| --- | --- |\n| DNS | Done |",
};
