//! `link/missing-path`: a relative link or image target is not in the tree (a link starting with `/` is resolved from the repository root, as GitHub does).
//!
//! ## Why it matters
//! A broken link is a dead end for the reader, and in a readiness document it usually means evidence was moved or never committed.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "link/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "a relative link or image target is not in the tree (a link starting with `/` is resolved from the repository root, as GitHub does)",
    why: "A broken link is a dead end for the reader, and in a readiness document it usually means evidence was moved or never committed.",
    bad: "See [the runbook](docs/runbok.md).",
    good: "See [the runbook](docs/runbook.md).",
};
