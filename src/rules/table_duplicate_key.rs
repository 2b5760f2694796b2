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
        if !facts.roles[ti].is_readiness() || !is_key_column(doc, facts, ti) {
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

/// Headers of a first column that groups rows rather than naming them.
const GROUPING: &[&str] = &[
    "severity",
    "priority",
    "category",
    "phase",
    "area",
    "type",
    "level",
    "risk",
    "stage",
    "milestone",
    "sprint",
    "week",
    "day",
    "team",
    "component",
    "group",
    "section",
    "kind",
    "impact",
    "tier",
    "p",
];

/// Whether the first column is a key: not a role column (status, owner,
/// date, evidence), not a grouping header (`Severity`, `Phase`), and mostly
/// distinct values (a column where most values repeat is a grouping).
fn is_key_column(doc: &Document, facts: &Facts, ti: usize) -> bool {
    let t = &doc.tables[ti];
    let roles = &facts.roles[ti];
    if roles.status.contains(&0)
        || roles.owner.contains(&0)
        || roles.date.contains(&0)
        || roles.evidence.contains(&0)
    {
        return false;
    }
    let Some(h) = t.header.cells.first() else {
        return false;
    };
    let header = clean_cell(&doc.text[h.span.clone()]).to_lowercase();
    if GROUPING.iter().any(|g| {
        header == *g
            || header
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == *g)
    }) {
        return false;
    }
    let keys: Vec<String> = t
        .rows
        .iter()
        .filter_map(|r| r.cells.first())
        .map(|c| clean_cell(&doc.text[c.span.clone()]).to_lowercase())
        .filter(|k| !k.is_empty())
        .collect();
    let mut distinct = keys.clone();
    distinct.sort();
    distinct.dedup();
    keys.len() < 6 || distinct.len() * 2 > keys.len()
}
