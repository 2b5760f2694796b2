//! `mention/missing-path`: a backticked path in prose (`templates/X.md`, `apps/server`) is not in the tree.
//!
//! ## Why it matters
//! Prose that names a file that does not exist misleads the reader. A code span counts as a path when it has no spaces, contains `/`, does not start with `/` or `@`, and either its first segment exists at the repository root or its last segment has a file extension; it is resolved from the repository root, or from the document's folder when it starts with `./` or `../`.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "mention/missing-path",
    severity: Severity::Warning,
    fixable: false,
    summary: "a backticked path in prose (`templates/X.md`, `apps/server`) is not in the tree",
    why: "Prose that names a file that does not exist misleads the reader. A code span counts as a path when it has no spaces, contains `/`, does not start with `/` or `@`, and either its first segment exists at the repository root or its last segment has a file extension; it is resolved from the repository root, or from the document's folder when it starts with `./` or `../`.",
    bad: "Copied from `templates/READINESS.md`. (no such file)",
    good: "Copied from `templates/READINESS_TEMPLATE.md`.",
};
