//! `table/column-count`: a row has more or fewer cells than the header.
//!
//! ## When it speaks
//! In a checklist document (see `rules::facts`), on a row with fewer cells than
//! the header, or with more cells where an extra one holds text (GitHub drops
//! it: the text silently disappears; a `|` inside a code span splits the cell
//! unless escaped as `\|`).
//!
//! ## When it stays silent
//! One extra empty cell at the end of a row (`| a | b | |`): GitHub drops it
//! and the table renders as intended. Documents that are not checklists.
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
    why: "GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column. \
It speaks in checklist documents, on a row with fewer cells than the header or with an extra cell that holds text \
(a `|` inside a code span splits the cell unless escaped as `\\|`). Extra cells that are all empty (`| a | b | |`) \
are not findings: GitHub drops them and the table renders as intended.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Done | extra |",
    good: "| Item | Status | Notes |\n| --- | --- | --- |\n| DNS | Done | extra |",
};

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::Facts;

pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    for t in &doc.tables {
        let n = t.header.cells.len();
        for row in &t.rows {
            let m = row.cells.len();
            if m == n {
                continue;
            }
            // Extra cells that are all empty: GitHub drops them, nothing is lost.
            if m > n
                && row.cells[n..]
                    .iter()
                    .all(|c| doc.text[c.span.clone()].trim().is_empty())
            {
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
