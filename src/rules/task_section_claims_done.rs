//! `task/section-claims-done`: a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open.
//!
//! ## Why it matters
//! Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/section-claims-done",
    severity: Severity::Error,
    fixable: true,
    summary: "a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open",
    why: "Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents.",
    bad: "### 2. Infrastructure ✅\n\n- [x] DNS configured\n- [ ] Backups verified",
    good: "### 2. Infrastructure 🔄\n\n- [x] DNS configured\n- [ ] Backups verified",
};
