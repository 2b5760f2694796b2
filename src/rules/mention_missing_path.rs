//! `mention/missing-path`: a backticked path in prose (`templates/X.md`, `apps/server`) is not in the tree.
//!
//! ## Why it matters
//! A checked item or a done row that names a file that does not exist claims work the repository does not hold. A mention is evidence only where something claims to be done: in a checked task item (``- [x] Added `src/auth.ts` ``) or a row of a status table whose status is done. It is silent in open items, plans, prose, headings and examples (measured on real repositories, paths there are mostly files yet to be created or reports of past work); on a line (or the lead-in of its list) that says the path was removed, renamed, moved or replaced; for a git-ignored path (build outputs, `.env`); and for a path some listed file or folder ends with (written from a nested project folder such as `apps/mobile/`). A code span counts as a path when it has no spaces, contains `/`, does not start with `/` or `@`, is not elided or a placeholder (`src/.../x.ts`, `XXX_`, `YYYY`, `path/to/`) and either its first segment exists at the repository root or its last segment has a file extension; it is resolved from the repository root, or from the document's folder when it starts with `./` or `../`.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "mention/missing-path",
    severity: Severity::Warning,
    fixable: false,
    summary: "a backticked path in prose (`templates/X.md`, `apps/server`) is not in the tree",
    why: "A checked item or a done row that names a file that does not exist claims work the repository does not hold. A mention is evidence only where something claims to be done: in a checked task item (``- [x] Added `src/auth.ts` ``) or a row of a status table whose status is done. It is silent in open items, plans, prose, headings and examples (measured on real repositories, paths there are mostly files yet to be created or reports of past work); on a line (or the lead-in of its list) that says the path was removed, renamed, moved or replaced; for a git-ignored path (build outputs, `.env`); and for a path some listed file or folder ends with (written from a nested project folder such as `apps/mobile/`). A code span counts as a path when it has no spaces, contains `/`, does not start with `/` or `@`, is not elided or a placeholder (`src/.../x.ts`, `XXX_`, `YYYY`, `path/to/`) and either its first segment exists at the repository root or its last segment has a file extension; it is resolved from the repository root, or from the document's folder when it starts with `./` or `../`. A reference whose line says its target may not exist (`Inspect `DOCS/INPROGRESS/blocked.md` if it exists`, `if present`, `(if any)`, `if available`) is silent when the target is missing or was moved: the author expects it to be absent at times (an agent workflow's per-task file, archived when the task is). So is the old path of such a per-task file, moved into an archive folder that holds its name in three or more other folders (`DOCS/TASK_ARCHIVE/*/blocked.md`; see `path/renamed`).",
    bad: "- [x] Checklist template added as `templates/READINESS.md`. (no such file)",
    good: "- [x] Checklist template added as `templates/READINESS_TEMPLATE.md`.",
};
