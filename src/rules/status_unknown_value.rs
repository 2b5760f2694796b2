//! `status/unknown-value`: a status cell is outside the vocabulary.
//!
//! ## Why it matters
//! Dashboards and scripts count statuses by value; a typo or a private spelling drops the row from every count. `fix` rewrites a configured alias to its canonical spelling (a safe fix), outside code spans. A spelling that differs from a known value only by case, spaces, `_` or `-` (`done`, `In-Progress`, `**PASS**`) is that value: neither reported nor rewritten.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "status/unknown-value",
    severity: Severity::Error,
    fixable: true,
    summary: "a status cell is outside the vocabulary",
    why: "Dashboards and scripts count statuses by value; a typo or a private spelling drops the row from every count. `fix` rewrites a configured alias to its canonical spelling (a safe fix), outside code spans. A spelling that differs from a known value only by case, spaces, `_` or `-` (`done`, `In-Progress`, `**PASS**`) is that value: neither reported nor rewritten.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Doen |",
    good: "| Item | Status |\n| --- | --- |\n| DNS | Done |",
};

use crate::diagnostic::{Edit, Finding, Safety};
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};

/// Status cells outside the vocabulary; a configured alias is rewritten by
/// `fix` to its canonical spelling. A variant spelling of a known value (case,
/// spaces, `_`/`-`) is that value: neither reported nor rewritten.
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    for (ti, t) in doc.tables.iter().enumerate() {
        for &c in &facts.live_status[ti] {
            let header = clean_cell(&doc.text[t.header.cells[c].span.clone()]);
            for row in &t.rows {
                let Some(cell) = row.cells.get(c) else {
                    continue;
                };
                let raw = &doc.text[cell.span.clone()];
                let value = clean_cell(raw);
                if value.is_empty() {
                    continue;
                }
                match facts.vocab.classify(&value) {
                    Some(cl) => {
                        // A spelling that differs from the vocabulary's only by
                        // case, spaces, `_` or `-` is the same value: never
                        // rewritten (the contract), so not reported either.
                        if let Some((_, canonical)) = cl.rewrite
                            && facts.vocab.is_alias(&value)
                            && let Some(inner) = inner_range(raw, &value)
                        {
                            let abs = cell.span.start + inner.start..cell.span.start + inner.end;
                            let f = Finding::new(
                                &RULE,
                                cell.span.clone(),
                                format!("`{value}` is an alias of the status `{canonical}`"),
                            )
                            .help(format!("`checkmark fix` rewrites it to `{canonical}`"))
                            // Safe: a configured alias names the same status.
                            .edit(Edit::new(
                                abs,
                                canonical,
                                Safety::Safe,
                            ));
                            out.push(f);
                        }
                    }
                    None => {
                        out.push(
                            Finding::new(&RULE, cell.span.clone(), format!("`{value}` is not a known status in column `{header}`"))
                                .help("use a value of the vocabulary (Done, In progress, At risk, Blocked, Not started, N/A, or a leading ✅ 🔄 ⚠️ ❌ ⬜), add it to a Status Legend, or configure it in checkmark.toml [status]"),
                        );
                    }
                }
            }
        }
    }
}

/// Where the cleaned value stands inside the raw cell (inside backticks or emphasis).
fn inner_range(raw: &str, value: &str) -> Option<std::ops::Range<usize>> {
    let i = raw.find(value)?;
    Some(i..i + value.len())
}
