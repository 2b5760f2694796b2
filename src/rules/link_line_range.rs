//! `link/line-range`: a GitHub line anchor on a link (`src/a.py#L10`, `#L10-L20`) ends past the file's last line.
//!
//! ## Why it matters
//! GitHub silently shows the top of the file when the anchored lines do not exist, so the reader never sees the evidence.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "link/line-range",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "a GitHub line anchor on a link (`src/a.py#L10`, `#L10-L20`) ends past the file's last line",
    why: "GitHub silently shows the top of the file when the anchored lines do not exist, so the reader never sees the evidence.",
    bad: "[retry loop](src/retry.py#L80-L95) (src/retry.py has 60 lines)",
    good: "[retry loop](src/retry.py#L40-L55)",
};
