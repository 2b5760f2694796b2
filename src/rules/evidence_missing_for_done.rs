//! `evidence/missing-for-done`: a row or item whose status is done has no evidence, or only missing evidence.
//!
//! ## Why it matters
//! "Done" without evidence is the claim a readiness review exists to catch.
//!
//! When every piece of evidence a done row or item names is missing and each
//! already has its own finding (`evidence/missing-path`, `path/untracked`, …),
//! this rule stays silent: one problem, one finding. A row whose status
//! words say it does not apply (`✅ N/A`, `N/A ✅`) owes no evidence.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-for-done",
    severity: Severity::Error,
    fixable: false,
    summary: "a row or item whose status is done has no evidence, or only missing evidence",
    why: "\"Done\" without evidence is the claim a readiness review exists to catch. When every piece of evidence a done row or item names is missing and each already has its own finding (`evidence/missing-path`, `path/untracked`, …), this rule stays silent: one problem, one finding. A row whose status words say it does not apply (`✅ N/A`, `✅ Not applicable`, `N/A ✅`) is not done, whatever its emoji: it owes no evidence.",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Pen test | ✅ Done | TBD |",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Pen test | ✅ Done | `docs/security/pentest-2025.pdf` |",
};

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};
use crate::vocabulary::Class;

pub fn check(doc: &Document, facts: &Facts, config: &Config, out: &mut Vec<Finding>) {
    // References by start offset: a row or an item looks up its own in
    // O(log n) instead of scanning every reference of the document.
    let within = |span: &std::ops::Range<usize>| facts.references.within(span);
    // Done rows of tables with an evidence column.
    for (ti, t) in doc.tables.iter().enumerate() {
        let ev = &facts.roles[ti].evidence;
        if ev.is_empty() {
            continue;
        }
        for (ri, row) in t.rows().iter().enumerate() {
            if facts.row_class(doc, ti, ri) != Some(Class::Done) {
                continue;
            }
            let cells = || ev.iter().filter_map(|&c| row.cells().get(c));
            let empty = cells().all(|c| {
                // Most evidence cells hold a reference: one is enough to say
                // the cell is not empty, without cleaning it.
                within(&c.span).next().is_none()
                    && config.is_placeholder(&clean_cell(&doc.text[c.span.clone()]))
            });
            if empty || only_missing(facts, cells().flat_map(|c| within(&c.span))) {
                let why = if empty {
                    "no evidence"
                } else {
                    "only missing evidence"
                };
                out.push(
                    Finding::new(
                        &RULE,
                        row.span.clone(),
                        format!("row is marked done but has {why}"),
                    )
                    .help("link or cite the committed evidence, or change the status"),
                );
            }
        }
    }
    // Checked task items that cite evidence, all of it missing.
    for t in &doc.tasks {
        if !t.checked {
            continue;
        }
        if within(&t.own).next().is_none() {
            if config.file.tasks.require_evidence {
                out.push(
                    Finding::new(&RULE, t.span.clone(), "checked item has no evidence").help(
                        "cite the evidence (`【F:path†L1-L9】`), link it, or uncheck the item",
                    ),
                );
            }
            continue;
        }
        if only_missing(facts, within(&t.own)) {
            out.push(
                Finding::new(
                    &RULE,
                    t.span.clone(),
                    "checked item cites only missing evidence",
                )
                .help("commit the evidence it cites, or uncheck the item"),
            );
        }
    }
}

/// Every reference is missing, and at least one of them has no finding of its
/// own (one problem, one finding: a missing evidence path already says so).
fn only_missing(facts: &Facts, refs: impl Iterator<Item = (usize, bool)>) -> bool {
    let (mut any, mut unreported) = (false, false);
    for (start, ok) in refs {
        if ok {
            return false;
        }
        any = true;
        unreported = unreported || !facts.references.reported(start);
    }
    any && unreported
}
