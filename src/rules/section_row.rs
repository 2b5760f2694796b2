//! A table's section row: `| **Testing Tasks** | | | | |` between the tasks
//! of a sprint backlog (survey 50c, gitwalter/ai-dev-agent's
//! `docs/agile/sprints/sprint_1/execution/backlog.md`: 5 findings judged
//! false). It heads the rows below it, as a sub-heading would, and is no
//! task: it has no owner, no evidence and no date to fill in.
//!
//! A row is one when its first cell is a label wholly in bold (`**Testing
//! Tasks**`, `__Documentation__`) and every other cell is empty, in a table
//! of at least three columns. A plain label with nothing beside it
//! (`| Unit Tests | | | |`) is a task whose cells are still to be filled in,
//! and is judged like any other; so is a bold label with anything beside it
//! (`| **US-000** | Fix tests | | To Do |`).

use crate::document::{Document, Row};

/// Whether `row` is a section row: a bold label in its first cell and
/// nothing in the others.
pub fn section_row(doc: &Document, row: &Row) -> bool {
    let cells = row.cells();
    if cells.len() < 3 {
        return false;
    }
    let text = |i: usize| {
        cells
            .get(i)
            .map(|c| doc.text[c.span.clone()].trim())
            .unwrap_or_default()
    };
    bold_label(text(0)) && (1..cells.len()).all(|i| text(i).is_empty())
}

/// `**Testing Tasks**`, `__Docs__`: a label whose whole text is in bold.
fn bold_label(cell: &str) -> bool {
    ["**", "__"].iter().any(|mark| {
        cell.strip_prefix(mark)
            .and_then(|rest| rest.strip_suffix(mark))
            .is_some_and(|inner| {
                let inner = inner.trim();
                !inner.is_empty() && !inner.contains(mark)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::bold_label;

    #[test]
    fn labels_in_bold() {
        for l in [
            "**Testing Tasks**",
            "__Documentation__",
            "**Phase 2: Build**",
        ] {
            assert!(bold_label(l), "{l}");
        }
        for l in [
            "Unit Tests",
            "**CRITICAL**: Fix the suite",
            "**A** and **B**",
            "****",
            "*Phase 2*",
            "",
        ] {
            assert!(!bold_label(l), "{l}");
        }
    }
}
