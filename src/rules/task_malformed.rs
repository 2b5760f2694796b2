//! `task/malformed`: looks like a task but is not one: `-[x]`, `- [ x]`, `- []`, `- [v]`, `* [X ]`.
//!
//! ## Why it matters
//! GitHub renders these as plain text, not checkboxes: the item silently drops out of every count and progress bar.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/malformed",
    severity: Severity::Error,
    fixable: true,
    summary: "looks like a task but is not one: `-[x]`, `- [ x]`, `- []`, `- [v]`, `* [X ]`",
    why: "GitHub renders these as plain text, not checkboxes: the item silently drops out of every count and progress bar.",
    bad: "- [ x] Backups verified\n-[x] DNS configured",
    good: "- [x] Backups verified\n- [x] DNS configured",
};
