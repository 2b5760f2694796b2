//! `citation/line-range`: the cited range ends past the file's last line.
//!
//! ## Why it matters
//! A range past the end of the file means the cited lines were removed or never existed: the citation no longer points at the evidence it claims.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/line-range",
    severity: Severity::Error,
    fixable: false,
    summary: "the cited range ends past the file's last line",
    why: "A range past the end of the file means the cited lines were removed or never existed: the citation no longer points at the evidence it claims.",
    bad: "【F:src/app.py†L40-L60】 (src/app.py has 42 lines)",
    good: "【F:src/app.py†L30-L42】",
};
