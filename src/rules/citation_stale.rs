//! `citation/stale`: the cited lines changed in a commit newer than the last commit that touched the citing line.
//!
//! ## Why it matters
//! When the cited code changes after the sentence citing it was written, the sentence may no longer be true. A reviewer should re-read both.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/stale",
    severity: Severity::Warning,
    fixable: false,
    summary: "the cited lines changed in a commit newer than the last commit that touched the citing line",
    why: "When the cited code changes after the sentence citing it was written, the sentence may no longer be true. A reviewer should re-read both.",
    bad: "Retries are capped at 3.【F:src/retry.py†L10-L12】 (lines 10-12 edited after this line was written)",
    good: "Re-read the cited lines, update the sentence if needed, and commit it: the citation is then newer than the change.",
};
