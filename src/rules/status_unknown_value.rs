//! `status/unknown-value`: a status cell is outside the vocabulary.
//!
//! ## Why it matters
//! Dashboards and scripts count statuses by value; a typo or a private spelling drops the row from every count. `fix` rewrites a known alias to its canonical spelling.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "status/unknown-value",
    severity: Severity::Error,
    fixable: true,
    summary: "a status cell is outside the vocabulary",
    why: "Dashboards and scripts count statuses by value; a typo or a private spelling drops the row from every count. `fix` rewrites a known alias to its canonical spelling.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Doen |",
    good: "| Item | Status |\n| --- | --- |\n| DNS | Done |",
};
