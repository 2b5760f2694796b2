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

use std::collections::HashMap;

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};

/// Readiness tables (a status or evidence column) with two rows of one key.
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    for (ti, t) in doc.tables.iter().enumerate() {
        if !facts.roles[ti].is_readiness() {
            continue;
        }
        let mut seen: HashMap<String, usize> = HashMap::new();
        for row in &t.rows {
            let Some(cell) = row.cells.first() else {
                continue;
            };
            let key = clean_cell(&doc.text[cell.span.clone()]);
            if key.is_empty() {
                continue;
            }
            let norm = key.to_lowercase();
            if let Some(&first) = seen.get(&norm) {
                let (line, _) = doc.line_col(first);
                out.push(
                    Finding::new(
                        &RULE,
                        row.span.clone(),
                        format!("key `{key}` already has a row (line {line})"),
                    )
                    .help("merge the two rows, or give each its own key"),
                );
            } else {
                seen.insert(norm, row.span.start);
            }
        }
    }
}
