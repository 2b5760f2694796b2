//! `link/missing-anchor`: `#anchor` on any reference (link, evidence path, mention) matches no heading or explicit anchor in the target (or the same) document.
//!
//! ## Why it matters
//! An anchor that matches no heading lands the reader at the top of the page; it usually means a heading was renamed.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "link/missing-anchor",
    severity: Severity::Error,
    fixable: false,
    summary: "`#anchor` on any reference (link, evidence path, mention) matches no heading or explicit anchor in the target (or the same) document",
    why: "An anchor that matches no heading lands the reader at the top of the page; it usually means a heading was renamed.",
    bad: "See [rollback](#rolback-plan).\n\n## Rollback plan",
    good: "See [rollback](#rollback-plan).\n\n## Rollback plan",
};
