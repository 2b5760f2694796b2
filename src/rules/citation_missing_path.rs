//! `citation/missing-path`: the cited path is not in the tree.
//!
//! ## Why it matters
//! A citation is evidence. If the cited file is not committed, the claim it supports cannot be verified by CI or by a reviewer.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "the cited path is not in the tree",
    why: "A citation is evidence. If the cited file is not committed, the claim it supports cannot be verified by CI or by a reviewer. In a record of finished work (a versioned or archive folder, or a dated entry of a `records/` folder), a cited file git history shows was deleted or moved since is history. A dated report (a date in its file name or title, or a stamp such as `Generated:` or `Date:` near its top; no task list, not `Last updated`) names the files of its day: a target git history shows was deleted since (not moved: that is `path/renamed`) is history too.",
    bad: "Parity holds.【F:logs/parity/summary.json†L1-L20】 (file never committed)",
    good: "Parity holds.【F:logs/parity/summary.json†L1-L20】 (after `git add logs/parity/summary.json`)",
};
