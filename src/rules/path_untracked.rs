//! `path/untracked`: the target exists on disk but is not tracked (CI and reviewers won't have it).
//!
//! ## Why it matters
//! Evidence that exists only on your disk (often in a git-ignored folder such as `logs/`) passes a local check and fails for everyone else.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "path/untracked",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "the target exists on disk but is not tracked (CI and reviewers won't have it)",
    why: "Evidence that exists only on your disk (often in a git-ignored folder such as `logs/`) passes a local check and fails for everyone else.",
    bad: "| Load test | ✅ Done | `logs/load/run1.txt` |  (logs/ is git-ignored)",
    good: "Commit the evidence (`git add -f logs/load/run1.txt`), or cite a tracked copy.",
};
