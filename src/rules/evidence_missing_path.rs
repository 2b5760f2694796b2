//! `evidence/missing-path`: a path in an evidence column is not in the tree (folder paths must be folders).
//!
//! ## Why it matters
//! The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "a path in an evidence column is not in the tree (folder paths must be folders)",
    why: "The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof.",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (no such folder)",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (folder committed)",
};
