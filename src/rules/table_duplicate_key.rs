//! `table/duplicate-key`: two rows share the same key (first column).
//!
//! ## When it speaks
//! In a readiness table (a readiness status column or an evidence column) of a
//! checklist document, when the first column is a key — its values are meant
//! to be unique — and a later row repeats an earlier row's key. The first
//! column is a key when its values look like IDs (`UC-001`, `LR-12`, `#4`), or
//! when they are mostly distinct names: no value more than twice, repeats in
//! one repeated pair or repeats in at most a fifth of the rows, no empty cells
//! continuing the row above.
//!
//! ## When it stays silent
//! A grouping first column: a header such as `Severity`, `Phase`, `Area`,
//! `Layer`; a value repeated three times or more; more than one repeated pair
//! and repeats in more than a fifth of the rows (`Domain`, `Domain`,
//! `Application`, `Application`, …); empty cells that
//! continue the group above. Role columns (status, owner, date, evidence) are
//! never keys. Tables of other documents and legend tables.
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
    why: "Two rows for one item usually disagree, and whichever a reader sees first wins. \
It speaks in readiness tables of checklist documents whose first column is a key: values that look like IDs \
(`UC-001`, `#4`), or mostly distinct names (no value more than twice, one repeated pair or repeats in at most a \
fifth of the rows, no empty continuation cells). A grouping first column (`Severity`, `Phase`, `Layer`; runs of repeated values; empty \
cells continuing the group above) is not a key, and stays silent.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Done |\n| DNS | Blocked |",
    good: "| Item | Status |\n| --- | --- |\n| DNS | Done |",
};

use std::collections::HashMap;

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};

/// Readiness tables (a status or evidence column) with two rows of one key.
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        let readiness = !facts.live_status[ti].is_empty() || !facts.roles[ti].evidence.is_empty();
        if !readiness || facts.legend_tables[ti] || !is_key_column(doc, facts, ti) {
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
    "layer",
    "module",
    "domain",
    "epic",
    "stream",
    "workstream",
    "role",
    "env",
    "environment",
    "platform",
    "quarter",
    "month",
    "date",
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
    let cells: Vec<String> = t
        .rows
        .iter()
        .map(|r| {
            r.cells
                .first()
                .map(|c| clean_cell(&doc.text[c.span.clone()]).to_lowercase())
                .unwrap_or_default()
        })
        .collect();
    let keys: Vec<&String> = cells.iter().filter(|k| !k.is_empty()).collect();
    // Values that look like IDs are meant to be unique, whatever their count.
    let ids = keys.iter().filter(|k| looks_like_id(k)).count();
    if !keys.is_empty() && ids * 5 >= keys.len() * 4 {
        return true;
    }
    // Empty cells continuing the group of the row above.
    if keys.len() < cells.len() && cells.first().is_some_and(|c| !c.is_empty()) {
        return false;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let repeats: usize = counts.values().map(|n| n - 1).sum();
    counts.values().all(|&n| n <= 2) && repeats <= (keys.len() / 5).max(1)
}

/// An ID: letters then digits (`UC-001`, `LR12`, `BGT-021a`, `TL-08.1`), or `#` and digits.
fn looks_like_id(k: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"^(?:#\d+|[a-z][a-z0-9]{0,11}[-_ .]?\d+(?:[-_.]\d+)*[a-z]?)$")
            .expect("valid regex")
    })
    .is_match(k)
}
