//! `table/date-format`: a date cell is not `YYYY-MM-DD`, or lies in the future.
//!
//! ## Why it matters
//! Dates in other formats are ambiguous (03/04/2025) and cannot be sorted; a future "last updated" date is a typo.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/date-format",
    severity: Severity::Warning,
    fixable: false,
    summary: "a date cell is not `YYYY-MM-DD`, or lies in the future",
    why: "Dates in other formats are ambiguous (03/04/2025) and cannot be sorted; a future \"last updated\" date is a typo.",
    bad: "| Item | Last Updated |\n| --- | --- |\n| DNS | 03/04/25 |",
    good: "| Item | Last Updated |\n| --- | --- |\n| DNS | 2025-04-03 |",
};
