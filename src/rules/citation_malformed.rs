//! `citation/malformed`: a `【F:` citation that does not parse (no `†`, `L0`, `L9-L3`, empty path).
//!
//! ## Why it matters
//! A citation that does not parse cannot be checked, and readers (and tools) following it land nowhere. It is almost always a typo.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/malformed",
    severity: Severity::Error,
    fixable: false,
    summary: "a `【F:` citation that does not parse (no `†`, `L0`, `L9-L3`, empty path)",
    why: "A citation that does not parse cannot be checked, and readers (and tools) following it land nowhere. It is almost always a typo.",
    bad: "See the run log 【F:logs/run.txt L3-L9】.",
    good: "See the run log 【F:logs/run.txt†L3-L9】.",
};
