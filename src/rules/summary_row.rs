//! A table's summary row: `| **Week 1 Total** | | **72 hours** | |` below
//! the tasks of a plan (survey 48c, OneFineStarstuff's
//! `docs/reports/AGI_GOVERNANCE_MASTER_BLUEPRINT.md`: 8 findings judged
//! false). It adds up the rows above it and is no task: it has no owner, no
//! evidence and no date to fill in.
//!
//! A row is one when its first non-empty cell is a short label (at most four
//! words) that starts or ends with `Total`, `Totals`, `Subtotal`, `Sum` or
//! `Overall` (`Total`, `Grand total`, `Week 1 Total`, `Total effort`) and it
//! claims no status. A row whose status says something (`| Total rewrite |
//! | In progress |`) is a task, and is judged like any other.

use crate::document::{Document, Row};
use crate::rules::facts::clean_cell;

/// Whether `row` is a summary row of its table: a total's label in its first
/// non-empty cell and, in `status` (the table's status columns), nothing.
pub fn summary_row(doc: &Document, row: &Row, status: &[usize]) -> bool {
    let cells = row.cells();
    let text = |i: usize| {
        cells
            .get(i)
            .map(|c| clean_cell(&doc.text[c.span.clone()]).trim().to_string())
            .unwrap_or_default()
    };
    if status.iter().any(|&c| !text(c).is_empty()) {
        return false;
    }
    let Some(label) = (0..cells.len()).map(text).find(|s| !s.is_empty()) else {
        return false;
    };
    total_label(&label)
}

/// `Total`, `Grand total`, `Week 1 Total`, `Total effort`, `Subtotal:`: a
/// label of at most four words whose first or last word names a total.
fn total_label(label: &str) -> bool {
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let total = |w: &String| {
        matches!(
            w.as_str(),
            "total" | "totals" | "subtotal" | "sum" | "overall"
        )
    };
    words.len() <= 4 && (words.first().is_some_and(total) || words.last().is_some_and(total))
}

#[cfg(test)]
mod tests {
    use super::total_label;

    #[test]
    fn labels_of_totals() {
        for l in [
            "Total",
            "Week 1 Total",
            "Grand total",
            "Total effort",
            "Subtotal:",
            "TOTALS",
        ] {
            assert!(total_label(l), "{l}");
        }
        for l in [
            "Totalizer",
            "Compute the total cost report",
            "Provision OPA cluster",
            "",
        ] {
            assert!(!total_label(l), "{l}");
        }
    }
}
