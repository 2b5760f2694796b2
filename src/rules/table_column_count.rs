//! `table/column-count`: a row has more or fewer cells than the header.
//!
//! ## Why it matters
//! GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/column-count",
    severity: Severity::Error,
    fixable: false,
    summary: "a row has more or fewer cells than the header",
    why: "GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Done | extra |",
    good: "| Item | Status | Notes |\n| --- | --- | --- |\n| DNS | Done | extra |",
};
