//! `table/placeholder`: a required cell (owner, evidence, date) is empty or a placeholder (`TBD`, `tbd`, `N/A`, `?`) — error on a done row.
//!
//! ## Why it matters
//! A placeholder in an owner, evidence or date cell is an unassigned gap; on a row marked done it is a false claim.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/placeholder",
    severity: Severity::Warning,
    fixable: false,
    summary: "a required cell (owner, evidence, date) is empty or a placeholder (`TBD`, `tbd`, `N/A`, `?`) — error on a done row",
    why: "A placeholder in an owner, evidence or date cell is an unassigned gap; on a row marked done it is a false claim.",
    bad: "| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | TBD | Done |",
    good: "| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | @ops | Done |",
};
