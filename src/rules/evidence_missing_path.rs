//! `evidence/missing-path`: a path in an evidence column is not in the tree (folder paths must be folders).
//!
//! ## Why it matters
//! The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof. A cell is a path only when it looks like one: it contains `/` or is a file name with a common extension (`report.pdf`), has no spaces, and is not an environment variable or module name (`DATABASE_URL`, `app.core.config`), a count or date (`414/414`, `2025/01/15`), a domain (`github.com/org/repo`), a placeholder (`XXX`, `YYYY`) or a site route (`/dashboard`: a leading `/` means the repository root, as in links, and a rooted path whose first folder does not exist there and has no extension is a route). A path without an extension needs a first folder that exists (`tax_dispute_cases/events` names two tables, `PW_EMAIL/PASSWORD` two variables), and a migration id (`20260716212837/name`) is no path. A bare file name (no `/`) that is neither beside the document nor at the root is read as shorthand for the file of that name elsewhere in the tree (`ci.yml` → `.github/workflows/ci.yml`); when no file anywhere has that name it names an artifact kept outside the repository (a screenshot, an export) and is not a finding. A not-started row's evidence is yet to be produced: not a finding.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "a path in an evidence column is not in the tree (folder paths must be folders)",
    why: "The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof. A cell is a path only when it looks like one: it contains `/` or is a file name with a common extension (`report.pdf`), has no spaces, and is not an environment variable or module name (`DATABASE_URL`, `app.core.config`), a count or date (`414/414`, `2025/01/15`), a domain (`github.com/org/repo`), a placeholder (`XXX`, `YYYY`) or a site route (`/dashboard`: a leading `/` means the repository root, as in links, and a rooted path whose first folder does not exist there and has no extension is a route). A path without an extension needs a first folder that exists (`tax_dispute_cases/events` names two tables, `PW_EMAIL/PASSWORD` two variables), and a migration id (`20260716212837/name`) is no path. A bare file name (no `/`) that is neither beside the document nor at the root is read as shorthand for the file of that name elsewhere in the tree (`ci.yml` → `.github/workflows/ci.yml`); when no file anywhere has that name it names an artifact kept outside the repository (a screenshot, an export) and is not a finding. A not-started row's evidence is yet to be produced: not a finding.",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (no such folder)",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (folder committed)",
};
