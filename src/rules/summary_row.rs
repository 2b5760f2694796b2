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
//! | In progress |`) is a task, and is judged like any other, unless its
//! label is nothing but a total's words (`**TOTAL**`, `Grand Total`,
//! `Totals`, `Overall`): no task is named so, and its status sums up the
//! rows above it (`| **TOTAL** | - | **✅** | **~5,000+** |` under the
//! sprints a team delivered: survey 53a, CjDaOne/bumpu5's team briefing, its
//! owner `-` judged false), or is set wholly in bold and ends with a
//! total's word (`**Backend Total**`: the sum of the rows above, whatever
//! its status; survey 120b).

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
    let Some((first, label)) = (0..cells.len())
        .map(|i| (i, text(i)))
        .find(|(_, s)| !s.is_empty())
    else {
        return false;
    };
    if bare_total(&label) {
        return true;
    }
    // A label wholly in bold that closes with a total's word.
    let bold = cells.get(first).is_some_and(|c| {
        let raw = doc.text[c.span.clone()].trim();
        ["**", "__"]
            .iter()
            .any(|m| raw.len() > 4 && raw.starts_with(m) && raw.ends_with(m))
    });
    if bold && closing_total(&label) {
        return true;
    }
    if status.iter().any(|&c| !text(c).is_empty()) {
        return false;
    }
    total_label(&label)
}

/// Words of `label`, lower-cased, split at anything not alphanumeric.
fn words(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A word that names a total.
fn total_word(w: &str) -> bool {
    matches!(w, "total" | "totals" | "subtotal" | "sum" | "overall")
}

/// `Total`, `**TOTAL**`, `Grand Total`, `Totals:`, `Overall`: a label of
/// at most two words that are all a total's (`grand` only beside one).
fn bare_total(label: &str) -> bool {
    let words = words(label);
    (1..=2).contains(&words.len())
        && words.iter().any(|w| total_word(w))
        && words.iter().all(|w| total_word(w) || w == "grand")
}

/// `Backend Total`, `Week 1 Total`, `Phase 2 subtotal`: a label of two to
/// four words whose last word names a total. Set wholly in bold, it heads
/// the sum of the rows above it, whatever its status says (`| **Backend
/// Total** | **PASS** | **56/56** | |` under a sign-off's gate rows, each
/// with its evidence: survey 120b, agenticverz_2.0, 2 findings judged
/// false); in plain text it may name a task (`| Week 1 Total | - | ✅ |`,
/// a sprint), judged by [`total_label`] only when the row claims no status,
/// as is a label opening with the word (`Total rewrite`).
fn closing_total(label: &str) -> bool {
    let words = words(label);
    (2..=4).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "total" | "totals" | "subtotal"))
}

/// `Total`, `Grand total`, `Week 1 Total`, `Total effort`, `Subtotal:`: a
/// label of at most four words whose first or last word names a total.
fn total_label(label: &str) -> bool {
    let words = words(label);
    let total = |w: &String| total_word(w);
    words.len() <= 4 && (words.first().is_some_and(total) || words.last().is_some_and(total))
}

#[cfg(test)]
mod tests {
    use super::{bare_total, closing_total, total_label};

    #[test]
    fn closing_totals() {
        for l in [
            "Backend Total",
            "**Week 1 Total**",
            "Phase 2 subtotal",
            "Grand Totals",
        ] {
            assert!(closing_total(l), "{l}");
        }
        for l in [
            "Total",
            "Total rewrite",
            "Compute the running total now",
            "Totalizer",
        ] {
            assert!(!closing_total(l), "{l}");
        }
    }

    #[test]
    fn bare_totals() {
        for l in ["Total", "**TOTAL**", "Grand Total", "Totals:", "Overall"] {
            assert!(bare_total(l), "{l}");
        }
        for l in ["Total rewrite", "Week 1 Total", "Grand", "Sum up", ""] {
            assert!(!bare_total(l), "{l}");
        }
    }

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
