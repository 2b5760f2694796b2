//! `citation/missing-path`: the cited path is not in the tree.
//!
//! ## Why it matters
//! A citation is evidence. If the cited file is not committed, the claim it supports cannot be verified by CI or by a reviewer.
//!
//! ## When it stays silent
//! A record names the files of its day. A cited file that git history shows
//! was deleted since (by a clean-up of old logs, say) is history, not a
//! broken claim, when the citation stands in a record of finished work (a
//! versioned or archive folder, a dated entry of a `records/` folder), in a
//! dated report or a finished document (see `citation_stale::dated_record`:
//! a date in its name or title or an opening stamp, its own status
//! `Done`/`Complete`/`Closed`, or a report that names itself one:
//! `…_report.md`, `# … Gap Report`), or in a dated entry of any document (see
//! `citation_stale::dated_entry`: `- 2025-10-06: …`, a section under
//! `## 2025-10-12 …`). A file moved since is `path/renamed` there too (the
//! citation can follow it), and a path that never existed in history is
//! reported wherever it is cited.
//!
//! A citation resolves from the repository root. One written from the
//! document's folder (`【F:1-1-syntax.md†L83-L105】` in `docs/spec/`, naming
//! the specification beside it) names that file when nothing is at the root,
//! and is checked there (its lines, its history), not reported missing
//! (survey 47b, dolphilia/reml's specification). One of a nested project's
//! document, found neither at the root nor in its folder, is read from the
//! nearest ancestor folder that has it (survey 87b, starbase). One that
//! climbs (`../`) reads from the root only.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/missing-path",
    severity: Severity::Error,
    fixable: false,
    lead: 2,
    summary: "the cited path is not in the tree",
    why: "A citation is evidence. If the cited file is not committed, the claim it supports cannot be verified by CI or by a reviewer. In a record of finished work (a versioned or archive folder, a dated entry of a `records/` folder, or a document below a work tracker's folder of finished work, `docs/done/` beside `docs/todo/`: survey 42b, echo-ai's summary of finished work citing API routes removed a week later, 16 findings judged false; folders named for the work they hold too, `development/finished-work/` beside `current-work/`: survey 112c, calibrated_explanations, 49 findings, the 25 judged all false), a cited file git history shows was deleted or moved since (on the first-parent history, or on the branch whose merge brought the record in: a path created and deleted on that branch existed) is history. A dated report (a date in its file name or title, or a stamp such as `Generated:` or `Date:` near its top; no task list, not `Last updated`), a report that names itself one (the last word of its file name or title is `report`, `audit`, `investigation` or `postmortem`, or its opening lines say `This report`; no task list, not `Last updated`), a document whose own status is finished (`**Status**: Done`, `Status: closed`, front matter `state: closed`), a pull request's description kept as a file (`PR_DESCRIPTION.md`: survey s110c), the notes of one release titled so with its version (`# Patch Notes — v1.2.1g`: survey s123a, brettadin/spectra-app, 7 findings judged false), and a dated entry in any document (a list item opening with its date, `- 2025-10-06: run aborts …`, or a section under a dated heading, `## 2025-10-12 COVERAGE GATE PASS`, or a paragraph entry of a log, from a line opening with `As of` and a date, `As of **2025-09-24** the PR 1 sweep …`, down to the next heading; not an open task item) name the files of their day: a cited file git history shows was deleted since (not moved: that is `path/renamed`) is history too, silent. A path that never existed in history is reported wherever it is cited: it was written wrong. A citation written from the document's folder (`【F:1-1-syntax.md†L83-L105】` in `docs/spec/`, the specification beside it) names that file when nothing is at the root: it is checked there, not reported missing (survey 47b, dolphilia/reml's specification, 50 citations judged false). A document of a project nested in the repository cites from that project's folder, an ancestor of its own (`【F:pages/rooms/[id].js†L1-L9】` in `app/web/docs/`, naming `app/web/pages/rooms/[id].js`): when neither the root nor the document's folder has the path, the nearest ancestor folder that has it is read (survey 87b, starbase: a project moved two folders down, 30 of 30 sampled citations judged false). A path is read as GitHub renders it, a Markdown formatter's backslash escapes undone: Prettier writes `_` as `\\_` in prose, so `【F:server/\\_core/context.ts†L11-L139】` cites `server/_core/context.ts` (survey 51a, EvanTenenbaum/TERP's audits: 5 findings judged false); a Windows path, whose backslashes escape no punctuation (`src\\core\\a.ts`), is read as written.",
    bad: "Parity holds.【F:logs/parity/summary.json†L1-L20】 (file never committed)",
    good: "Parity holds.【F:logs/parity/summary.json†L1-L20】 (after `git add logs/parity/summary.json`)",
};
