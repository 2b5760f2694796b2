//! `evidence/missing-for-done`: a row or item whose status is done has no evidence, or only missing evidence.
//!
//! ## Why it matters
//! "Done" without evidence is the claim a readiness review exists to catch.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-for-done",
    severity: Severity::Error,
    fixable: false,
    summary: "a row or item whose status is done has no evidence, or only missing evidence",
    why: "\"Done\" without evidence is the claim a readiness review exists to catch.",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Pen test | ✅ Done | TBD |",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Pen test | ✅ Done | `docs/security/pentest-2025.pdf` |",
};
