//! `evidence/missing-path`: a path in an evidence column is not in the tree (folder paths must be folders).
//!
//! ## Why it matters
//! The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof. A cell is a path only when it looks like one: it contains `/` or is a file name with a common extension (`report.pdf`), has no spaces, and is not an environment variable or module name (`DATABASE_URL`, `app.core.config`), a count or date (`414/414`, `2025/01/15`), a domain (`github.com/org/repo`), a placeholder (`XXX`, `YYYY`) or a site route (`/dashboard`: a leading `/` means the repository root, as in links, and a rooted path whose first folder does not exist there and has no extension is a route). A not-started row's evidence is yet to be produced: not a finding.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "a path in an evidence column is not in the tree (folder paths must be folders)",
    why: "The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof. A cell is a path only when it looks like one: it contains `/` or is a file name with a common extension (`report.pdf`), has no spaces, and is not an environment variable or module name (`DATABASE_URL`, `app.core.config`), a count or date (`414/414`, `2025/01/15`), a domain (`github.com/org/repo`), a placeholder (`XXX`, `YYYY`) or a site route (`/dashboard`: a leading `/` means the repository root, as in links, and a rooted path whose first folder does not exist there and has no extension is a route). A not-started row's evidence is yet to be produced: not a finding.",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (no such folder)",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (folder committed)",
};
