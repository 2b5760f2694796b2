//! `citation/missing-path`: the cited path is not in the tree.
//!
//! ## Why it matters
//! A citation is evidence. If the cited file is not committed, the claim it supports cannot be verified by CI or by a reviewer.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "the cited path is not in the tree",
    why: "A citation is evidence. If the cited file is not committed, the claim it supports cannot be verified by CI or by a reviewer.",
    bad: "Parity holds.【F:logs/parity/summary.json†L1-L20】 (file never committed)",
    good: "Parity holds.【F:logs/parity/summary.json†L1-L20】 (after `git add logs/parity/summary.json`)",
};
