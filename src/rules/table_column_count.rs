//! `table/column-count`: a row has more or fewer cells than the header.
//!
//! ## When it speaks
//! In every document (like a broken link, lost text is a rendering fault
//! whatever the document is about): on a row with more cells than the header
//! where an extra cell holds text. GitHub drops it: the text silently
//! disappears. The usual cause is a `|` inside a code span (`` `a | b` ``),
//! which splits the cell unless escaped as `\|`.
//!
//! ## When it stays silent
//! - Extra cells that are all empty or a lone dash (`| a | b | |`,
//!   `| a | b | - |`): GitHub drops cells past the header's count, and a filler
//!   dash carries nothing a reader needs, so the table renders as intended.
//! - Rows with fewer cells than the header: GitHub pads them with empty cells
//!   and nothing is lost (group-label rows such as `| **Assets** |`, an
//!   omitted empty notes column).
//!
//! ## Why it matters
//! GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/column-count",
    severity: Severity::Error,
    fixable: false,
    summary: "a row has more cells than the header, and GitHub drops the text of the extra ones",
    why: "GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column. \
It speaks in every document, on a row with an extra cell that holds text (a `|` inside a code span splits the cell \
unless escaped as `\\|`). Extra cells that are all empty or a lone dash (`| a | b | |`, `| a | b | - |`) are not findings: GitHub drops \
cells past the header's count and a filler dash carries nothing, so the table renders as intended; nor are rows with fewer cells: GitHub pads them and nothing is lost.",
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
            // Fewer cells: GitHub pads the row, nothing is lost. Extra cells that
            // are all empty or a filler dash: GitHub drops them, nothing is lost.
            if m <= n
                || row.cells[n..]
                    .iter()
                    .all(|c| matches!(doc.text[c.span.clone()].trim(), "" | "-" | "--" | "–" | "—"))
            {
                continue;
            }
            let msg = format!(
                "row has {m} cells but the header has {n}: GitHub drops the last {}, and their text with them",
                m - n
            );
            out.push(Finding::new(&RULE, row.span.clone(), msg).help(
                "add a column to the header, or join the cells (escape a literal pipe, also inside a code span, as `\\|`)",
            ));
        }
    }
}
