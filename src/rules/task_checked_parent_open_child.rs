//! `task/checked-parent-open-child`: a checked item has an unchecked descendant.
//!
//! ## Why it matters
//! A parent ticked while part of its work is open overstates progress.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/checked-parent-open-child",
    severity: Severity::Error,
    fixable: false,
    summary: "a checked item has an unchecked descendant",
    why: "A parent ticked while part of its work is open overstates progress.",
    bad: "- [x] Infrastructure\n  - [ ] Backups verified",
    good: "- [ ] Infrastructure\n  - [ ] Backups verified",
};
