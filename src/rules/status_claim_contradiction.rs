//! `status/claim-contradiction`: a document-level status (front matter, `**Status:** 🟢 Ready`) says done/ready while open items or not-done rows remain.
//!
//! ## Why it matters
//! The document-level status is what leadership reads. It must not say ready while the checklist below it is not.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "status/claim-contradiction",
    severity: Severity::Warning,
    fixable: false,
    summary: "a document-level status (front matter, `**Status:** 🟢 Ready`) says done/ready while open items or not-done rows remain",
    why: "The document-level status is what leadership reads. It must not say ready while the checklist below it is not.",
    bad: "**Status:** 🟢 Ready for Beta\n\n- [ ] Load test",
    good: "**Status:** 🟡 In progress\n\n- [ ] Load test",
};

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};
use crate::rules::task_section_claims_done::is_document_level;
use crate::vocabulary::{Class, leading_emoji};

/// A document-level status that says done/ready while work remains.
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    let mut claims: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    if let Some(fm) = &doc.front_matter
        && let Some((v, span)) = &fm.status
    {
        claims.push((span.clone(), v.clone()));
    }
    for s in &doc.status_lines {
        if is_document_level(doc, s.span.start) {
            claims.push((s.span.clone(), s.value.clone()));
        }
    }
    if claims.is_empty() {
        return;
    }
    let open_items: Vec<usize> = doc
        .tasks
        .iter()
        .filter(|t| !t.checked)
        .map(|t| t.span.start)
        .collect();
    let mut not_done_rows: Vec<usize> = Vec::new();
    for (ti, t) in doc.tables.iter().enumerate() {
        for (ri, row) in t.rows.iter().enumerate() {
            match facts.row_class(doc, ti, ri) {
                Some(Class::Done) | Some(Class::NotApplicable) | None => {}
                Some(_) => not_done_rows.push(row.span.start),
            }
        }
    }
    if open_items.is_empty() && not_done_rows.is_empty() {
        return;
    }
    for (span, value) in claims {
        let v = clean_cell(&value);
        let class = leading_emoji(&v).or_else(|| facts.vocab.classify(&v).map(|c| c.class));
        if class != Some(Class::Done) {
            continue;
        }
        let mut parts = Vec::new();
        if !open_items.is_empty() {
            let (l, _) = doc.line_col(open_items[0]);
            parts.push(format!(
                "{} open item{} (first on line {l})",
                open_items.len(),
                if open_items.len() == 1 { "" } else { "s" }
            ));
        }
        if !not_done_rows.is_empty() {
            let (l, _) = doc.line_col(not_done_rows[0]);
            parts.push(format!(
                "{} row{} not done (first on line {l})",
                not_done_rows.len(),
                if not_done_rows.len() == 1 { "" } else { "s" }
            ));
        }
        out.push(
            Finding::new(&RULE, span, format!("document status `{v}` says done, but {} remain", parts.join(" and ")))
                .help("finish the remaining work, or state the real status (for example `🟡 In progress`)"),
        );
    }
}
