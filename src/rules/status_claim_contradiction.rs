//! `status/claim-contradiction`: a document-level status (front matter, `**Status:** 🟢 Ready`) says done/ready while open items or not-done rows remain.
//!
//! ## Why it matters
//! The document-level status is what leadership reads. It must not say ready while the checklist below it is not.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "status/claim-contradiction",
    severity: Severity::Warning,
    fixable: false,
    summary: "a document-level status (front matter, `**Status:** 🟢 Ready`) says done/ready while open items or not-done rows remain",
    why: "The document-level status is what leadership reads. It must not say ready while the checklist below it is not.",
    bad: "**Status:** 🟢 Ready for Beta\n\n- [ ] Load test",
    good: "**Status:** 🟡 In progress\n\n- [ ] Load test",
};
