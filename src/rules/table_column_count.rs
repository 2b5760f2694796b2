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

use crate::diagnostic::Finding;
use crate::document::Document;

pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    for t in &doc.tables {
        let n = t.header.cells.len();
        for row in &t.rows {
            let m = row.cells.len();
            if m == n {
                continue;
            }
            let msg = if m > n {
                format!(
                    "row has {m} cells but the header has {n}: GitHub drops the last {}",
                    m - n
                )
            } else {
                format!(
                    "row has {m} cells but the header has {n}: GitHub shows the missing ones empty"
                )
            };
            out.push(Finding::new(&RULE, row.span.clone(), msg).help(
                "make every row have as many cells as the header (escape a literal pipe as `\\|`)",
            ));
        }
    }
}
