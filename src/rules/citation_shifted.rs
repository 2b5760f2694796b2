//! `citation/shifted`: the cited lines are unchanged but now stand elsewhere in the file.
//!
//! ## Why it matters
//! A citation names lines by number. When lines are inserted or removed above
//! the cited block, the block is still there, unchanged, but the numbers now
//! point at other text: a reader following the citation reads the wrong lines.
//!
//! ## How it is decided
//! The cited lines are taken as they stood in the commit that last touched the
//! citing line (the version the citation was written against), and followed
//! through a line diff to the text the run reads. When every cited line is
//! unchanged and they still stand together, at other numbers, the citation
//! has shifted. When any of them changed, it is `citation/stale` instead; when
//! they are where the citation says, nothing is reported. A citing line that is
//! not committed yet was written against the current text: nothing to follow.
//! The commit that last touched the citing line is found as `git blame -M`
//! finds it: a document moved (`git mv`, or moved with edits) keeps the dates
//! its lines were written, so a citation is not compared with the cited file
//! as it stood when its document was moved (see `citation/stale`). A citing line a merge
//! brought in was written on its branch: the block is taken as it stood in
//! the branch's commit that wrote the citation (see `merged_citation`). A dated
//! record's citation still shifts, though it is never stale. An entry of a
//! change log (a list item under a version heading or a dated heading of
//! `CHANGELOG.md`; see `citation/stale`) does not: nobody renumbers a historical entry.
//! Nor does an entry of a working log (its file name or title says `log`,
//! `worklog`, `devlog`, `journal` or `ledger`: an agent run's `team-log.md`,
//! an evidence ledger of optimization passes, survey 41a), anything
//! in a section under a dated heading such as `## 2026-05-24 Round 14
//! Review`: each round records the code of its day (survey 37b); nor a
//! section under a dated heading that itself names a log, in a document of
//! any name (`### Discovery Log – … (2024-05-15)`: survey s110b), or a
//! dated heading under one naming its section a log (`## Experiment Log`
//! over `### Experiment #4: … (2026-01-09)`: survey s117c).
//! Nor does a document of a get-shit-done phase its verifier passed
//! (`.planning/phases/23-polish/` beside `23-VERIFICATION.md` saying
//! `status: passed`; see `task_folder`, survey s105a).
//! Nor does a plan filed below a work tracker's folder of finished work
//! (`plans/done/` beside `plans/in-progress/`; see `task_folder`): its notes
//! cite the code the work was done against (survey 30a). Nor does a finished
//! work item whose header carries its completion date (`**Completed:**
//! 2026-06-30`, survey 31c): its problem statement cites the code as it was.
//! Nor does a document whose status says every named part of its work is
//! finished (`**Status:** ✅ All Phases Complete`, survey 34a: a finished
//! review records the code it checked; see `citation/stale`).
//! Nor does a record dated by a stamp such as `## Assessment Date:
//! 2026-02-03` or `## Decision Date: 2026-02-03` (survey 35a: a phase's gap
//! register and decision memo, which the next phase's supersede), or by its
//! Chinese kin (`**优化日期**: 2025-01-27`, `**审计日期**:`; survey 37b).
//! Nor does a dated plan of the superpowers plugin whose boxes nobody has
//! marked (`2026-06-19-persistence-hygiene.md`, opening with its note to
//! use `superpowers:executing-plans`; survey 36c): subagents carried it
//! out, and its `src/index.ts:146` names the tree it was written against.
//! Nor does a citation in a document that says near its top that its line
//! numbers drift ("All file/line references are against the working tree
//! at the time of writing and will drift": rolldown's implementation maps,
//! survey 45c): its authors do not renumber what only moved.
//! A citation of a few lines that all say nothing (after trimming, no letter
//! or digit: a blank line, `}`, ` */`; or only bare control keywords:
//! `} else {`, `return;`, `try {`; or only closing tags: `</h2>`) does not either: a blank line that
//! moved carries no identity, and re-pointing the number at another blank
//! line helps nobody (the reference was most likely wrong when written).
//! Nor does a citation of line 1 alone (`src/auth.ts:1`) whose line claims
//! nothing (an import, a comment; see `citation/stale`): it names the file,
//! which a header comment added above the import does not move (survey 43a);
//! nor one whose first line says something but now stands below imports
//! only, an import added at the top (survey 88b).
//! Whole-file citations (`【F:path】`) cannot shift. Line anchors on links
//! (`src/a.py#L10-L20`) and code spans `src/a.py:10-20` are followed the same
//! way (see `citation/stale`).
//!
//! ## Fix (safe)
//! `fix` rewrites the line numbers to where the block stands now, keeping the
//! citation's form (`†L1-190` stays without `L` on its end, several ranges stay
//! several ranges, `#L12-L14` and `:12-14` stay as written). The cited text is the same, so what the document claims does
//! not change.

use crate::diagnostic::Severity;
use crate::document::citation::LineRange;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/shifted",
    severity: Severity::Warning,
    fixable: true,
    lead: 2,
    summary: "the cited lines are unchanged but now stand elsewhere in the file (lines were inserted or removed above them)",
    why: "A citation names lines by number. When lines are inserted or removed above the cited block, the numbers point at other text although the block is still there, unchanged. The block is taken as it stood when the citing line was written, dated as `git blame -M` dates it (through renames of the document, not at the commit that moved it). A citation that the line's last edit only carried over (another citation of the row, or its prose, was rewritten there, and the document held this citation as often before) is dated from the version that wrote it when the block its numbers named no longer stood at them in that edit: the numbers were kept, not re-read (survey s114c, Teagan42/Eddie's `docs/cli-reference.md`, whose rows a sweep of another path rewrote while `cli-options.service.ts†L48-L53` kept the numbers of the week before, when they named the `autoApprove` block: 4 findings re-pointed at other lines judged false); a block still at its numbers then, edited in place or not, is judged from the edit (fermga/TNFR-LFS' translated inventory). A citing line that a merge brought in is dated on the branch it was written on: the block is taken as it stood in that branch's commit that wrote the citation, not in the merge, whose version of the cited file also holds what was added since (survey 51d, Dicklesworthstone/franken_networkx's `LEDGER_RESURRECTION.md`, an index of ledger entries by `NEGATIVE_EVIDENCE.md:251`, brought in by a merge of merges: 90 findings named an unrelated line of the merged ledger, now the entries' headings). When the commit that wrote the citation also changed the cited lines, the numbers may have been read before that change (an agent citing the code it is about to edit) or after it: the version whose cited lines hold what the sentence says of them is taken: an identifier it quotes in a code span beside the citation (`` `cpp/src/cublaslt_gemm.cu:149` (`cublasLtMatmul(...)`) ``, line 149 of the commit's parent: survey 95b, CodeGandee/accelsim-test, whose fix named the block the commit left at line 149) or two longer words of its prose (one word is chance: a row's `allow-list` beside `def allow`, survey 65c, ikanisa/prisma; responsible-vibe-mcp's `` `start-development.ts:217` - Beads integration setup ``, whose cited line of the parent holds only `beads`, keeps its finding with an unsafe fix: survey 97b), found in one version's cited lines and not the other's (in a table row, the words of the citation's cell only), for a citation of at most 30 lines (a longer one holds too many words to tell: survey 61a, bascula-cam's README, whose 84 cited lines of an installer lost the `dtparam=audio=on` handling its sentence describes to another file in the commit that wrote it); when the sentence says neither, the finding stays but its fix is unsafe (`--unsafe-fixes`), as the block it names is a guess. A line whose only change is its line end or blanks at its end (a file converted from CRLF to LF), or the width of the blanks between its words (gofmt re-aligning a map's values; its indentation kept), or what a code formatter changes (Prettier's `;`, quotes and blanks beside punctuation, a line broken in several or lines joined: survey 87b), is the same line. Silent on an entry of a change log (a list item under a version heading, `## [1.2.0]`, or under a dated heading below the title, `## 2025-10-30 Backups`, `## System update (30/10/2025 11:20 UTC)`, in a document whose file name or title says changelog, changes, diffs or history: starlist-app's `DAY5_SOT_DIFFS.md`, whose `## 2025-11-07: Day6 … 実装完了` entries list the `CodeRefs` of that day's commit, survey 39a, 4 findings judged false), and on anything in a section under such a dated heading of a working log (its file name or title says log, worklog, devlog, journal or ledger: an agent run's `team-log.md` with `## 2026-05-24 Round 14 Review`, survey 37b; frankenredis' `# Negative Evidence Ledger`, one `## 2026-07-25 AzureMouse: REJECT …` entry per optimization pass, survey 41a, 8 findings judged false), or under a dated heading that itself names a log, in a document of any name (`### Discovery Log – DuckDB function module audit (2024-05-15)` in an agent's `TODO.md`: survey s110b, isaacnfairplay/duckplus, 11 findings judged false; `## Release plan 2025-10-12` is judged), or under a dated heading of a section whose heading names it a log (`## Experiment Log` over `### Experiment #4: … (2026-01-09)`, `## Journey Log` over `### 2026-01-09 | Sprint 81: …`: survey s117c, klapom/AEGIS_Rag's `RAGAS_JOURNEY.md`, 6 findings judged false; an undated section under `## Decision Log` is judged): nobody renumbers a historical entry. Silent in a section headed as the code's state before the work, as `citation/stale` reads it (`## W1 Before-State Evidence Index`: survey s125l, bazer/DataLinq, 3 findings judged false). Silent in a record of changes already made, in a document with no open task item: a section under a heading that says so (`### What Changed`, `## What Was Fixed`, `## Issues Fixed`, `## Issues Encountered and Resolved` (survey 40b, jtraveler/project-4's completion reports: 4 findings judged false), `## Changes Made`, `## Implemented Changes` (an agent's phase summary: survey 74c, pau1a/Arklowdun, 2 findings judged false), `## Files Modified`, and the same in Spanish, Portuguese or French, `## Implementación realizada`, `## Cambios realizados`, `## Alterações realizadas`: survey 45a, innerbloomv3's note of an email hook, 2 findings judged false; in Polish, Russian or Ukrainian, `## Sprzeczności Naprawione w PR#699`, `## Wprowadzone zmiany`, `## Внесённые изменения`: survey 96b, majster-ai-oferty, 1 finding judged false), or a list led by such a label (`**Files Modified:**`): an agent's fix summary names the lines of the commit that made the fix (survey 38b, imagineer: 3 shifted findings judged false); `Files to Modify` is judged. The label may be a list item of its own over the indented items it leads (`- **Files Modified:**`), and in a document with an open task item the record is read under a heading that says its work was completed (`### Completed Features` over `**Feature 92.15: … ✅**` and its `- **Files Modified:**` item: survey s117c, klapom/AEGIS_Rag's master `SPRINT_PLAN.md`, whose later sprints' template items are open, 5 findings judged false). Silent on the location of an audit finding whose own status says it was resolved (`- **Location:** …` beside `- **Status:** RESOLVED`, `FIXED` or `CLOSED`: survey 96a, tkersh/echobase); a `DEFERRED` one is judged. Silent as well on the location of a finding whose own heading says it was resolved (`### [x] 3. TOCTOU race in pipe session creation` over `**File:** …`, or a heading saying `FIXED`, `RESOLVED` or `CLOSED` in capitals over `**Location:** …`; a list led by `**Files:**` alone too): a code review's record of where each bug stood, which its fix moved (survey 60a, vinhnx/VTCode's `code-review-action-plan.md`, 4 findings judged false); an item headed `### [ ] 5.` is judged. Silent, too, in an entry of a living TODO or known-issues list whose bold lead says it was resolved (a top-level list item opening with `**…**` that says `RESOLVED`, `FIXED` or `closed` as a word of its own and not `open`: `- **Beast suites segfault … (found August 6, 2026 — RESOLVED same day, PR #169).**`, its diagnosis citing `CMakeLists.txt:674` lines below: survey 94b, crawlins/kythira's `doc/TODO.md`, 8 findings judged false); an entry still `open`, or a `Fixed-width …` lead, is judged. Silent in the code review a BMAD story records (below a heading that says `Senior Developer Review`, `## Senior Developer Review (AI)` or `# Senior Developer Review (AI)` over its `## Acceptance Criteria Coverage`), except on an open task item, the review's action items: its coverage tables cite where each criterion's code stood when the review read it, and later stories move and rewrite those lines (survey 102b, BigSpoon33/TCM_Knowledge_Base: 62 findings in 14 stories' reviews, all judged false); the same table elsewhere in the story is judged. Silent in a document named for a release that has shipped, as `citation/stale` reads one (its file name opens with a version, `docs/plans/v1.10.0-vault-auth-portable.md`, no newer than the newest version the repository's tags name: survey 103b, wilddog64/k3d-manager, 29 shifted findings judged false); a version not tagged yet is judged. Silent in the notes of one release, titled so with its version, as `citation/stale` reads them (`# Patch Notes — v1.2.1g`, tags or not: survey s123a, brettadin/spectra-app, 30 sampled findings judged false). Silent in a record of its day, as `citation/stale` reads one (a pull request's description kept as a file, `PR_DESCRIPTION.md` (survey s110c), a date in its file name or title (with no level-1 heading, a heading on its first line: `### Round 334 — 🛡️ 2026-04-13T00:00+09:00 — …`, arc-reactor's round reports, survey 50a, 5 findings judged false) or a stamp in its opening lines, `Assessment Date:` and `Decision Date:` too (survey 35a: a phase's gap register and decision memo, superseded by the next phase's), `Analysis Date:` (survey 47a), also as a heading of its own over the date alone (`## Analysis Date` over `2024-12-28`: survey 53c, goagiq/reinforcement_learning's codebase analysis, 2 findings judged false), and Chinese `审计日期`, `评估日期`, `优化日期` (survey 37b) or `审计时间`, `修复时间` (survey 44b), a finished status (`**Status:** ✅ All Phases Complete` too, survey 34a, or `✅ ALL CRITICAL BUGS FIXED`, survey 78a; in Korean `> 상태: **RESOLVED**` or `**상태**: ✅ 완료`, a resolved ADR's rationale table of `server.py:1193-1225`: survey 57b, 4 findings judged false); in German, `**Status:** Umgesetzt`, `abgeschlossen`, `erledigt`, `fertig`; a status in a later sentence of an italic stamp line, `_Drafted 2026-04-26. **Status: SHIPPED** (…)._`; a `## Status (2026-04-23, Stand nach M5)` heading over milestones that shipped, `**M1–M5 + M2.5 SHIPPED**`; or a head sentence that stamps the day its milestones were finished, `_Started 2026-04-23. M1 + M2 core abgeschlossen 2026-04-23._`: survey 105e, mana-monorepo's plans, 6 findings judged false; `**Geplant, noch nichts geshipped.**`, `M1 shipped, M2 in Arbeit` and `M1 teilweise abgeschlossen` are judged or a work item's completion date (`**Completed:** 2026-06-30`, survey 31c), at its top or in its closing block under the last `---` (a fix plan whose header still says `🟡 Planned` under a closing `✅ Complete`), a report, audit or review (an evaluation headed as one, `# Backend Evaluation — Version 1.00`: survey 58a, orbas1/Nodejs-Gigvora's pre-update evaluations, 15 findings, the 10 sampled all judged false; a Chinese title ending `…审计报告`, survey 44b; a German `Bericht` or `Bestandsaufnahme`, `# Web-Recherche — Bestandsaufnahme & Vergleich` dated `**Datum:** 2026-04-17`: survey 105e, mana-monorepo, 1 finding judged false; a title qualifying the noun in parentheses, `# QA Synthesis Report (Executive + Technical) — …`, or a `# Root Cause Analysis`, a postmortem: survey 51a, 6 findings judged false) with every item ticked, or a dated one whose boxes nobody has marked, or one with boxes that nobody edited after the commit that added it (a test report's features tested and still to test: survey 44b; a dated review headed so before a colon, `# Ralph-Gold Codebase Review: Bugs, Bloat, and Technical Debt`: survey 60a), a dated plan of the superpowers plugin (its opening lines name `superpowers:executing-plans` or `superpowers:subagent-driven-development`) whose boxes nobody has marked (survey 36c), a document in a folder named by a run's timestamp below `reports/` such as `reports/pre_impl_verification/20260127-1724/` (survey 26: 44 such findings judged false), a document of a folder named by a day below an audit or reports folder (`docs/audit/2026-07-02-discovery/`), or by a month below a threat-model folder (`docs/threat-model/2026-06/`: survey 88c), or of an audit folder whose index carries the audit's day in its title (`agents/tiger-style-audit/` with a `README.md` titled `# Tiger Style Audit Index (2026-02-09)`: survey 55a, repo-scout, 76 findings judged false; the index itself is judged), that nobody edited after the day after that date, the note of one run filed with the run's outputs below an `artifacts` folder (`artifacts/optimization/<bead>/pass176/KEPT.md` beside its benchmark JSON: survey 41a), a dated checklist that a newer one of its series superseded, a numbered round of a review or audit beside its next round (`SOLUTION_REVIEW_V5.md` beside `SOLUTION_REVIEW_V6.md`: survey 55a), a document of a release's folder beside a newer release's folder (`docs/versions/1.2/` beside `docs/versions/1.4/`: survey s110b, duckplus), a plan whose opening lines name the commit its numbers were read at (an audit's `> SHA: `75bd718…`` too: survey 96b), a note in the folder of a finished task of an agent task tracker such as `.taskmaster/tasks/task_107/`, a phase document its folder's `STATUS.md` marks done (`| MAP | `01-map.md` | [x] |`, in one of three or more sibling folders with a `STATUS.md` each), a task prompt a roadmap's row of its ID ticks off (`| SEC-018 | … | ✅ COMPLETE | `docs/prompts/SEC-018.md` |`: survey 51a), a task brief a list tracker ticks off by its ID (`todo/tasks/t1902-brief.md` under `- [x] t1902 …` in `TODO.md`: survey 60a, aidevops; an open task's brief is judged), a plan filed below a tracker's folder of finished work (`plans/done/` beside `plans/in-progress/`), a document of a feature spec whose `tasks.md` ticks every task (Kiro's `.kiro/specs/<name>/`, spec-kit's `specs/NNN-name/`: survey 94b, crawlins/kythira, 4 findings judged false; a spec with a task open or `[~]` is judged), a document of a plan folder below `plans/` whose `plan.md` says the plan is finished (ClaudeKit's `plans/260117-1555-…/`: survey s112b, hoangghaii/nail-ecosystem, 4 findings judged false; a plan `Ready for Implementation` is judged); see `checkmark rules citation/stale`), and in a document frozen in an archive folder (`archive/`, `DOCS/TASK_ARCHIVE/`, `docs/_archive/`, `deprecated/`, `legacy/`, `retired/`: survey 40a, townlet, 7 findings judged false; not `history/`; not the folder's README or index page): it records the code as it was, and nobody maintains its numbers (survey 14 judged 23 such findings, none a maintainer would act on). Silent in a document that says, in a paragraph of its opening thirty lines, that its line numbers will move (a paragraph naming lines or references that says they `will drift` or `may drift`: rolldown's `internal-docs/cache/implementation.md`, \"All file/line references are against the working tree at the time of writing and will drift; treat them as starting points.\": survey 45c, 3 findings judged false): its authors do not renumber a block that only moved; a cited line that changed is still `citation/stale`. Silent too when every cited line (of a citation of at most three lines) says nothing: after trimming it holds no letter or digit (a blank line, `}`, ` */`, `});`), or its only words are bare control keywords (`} else {`, `return;`, `try {`, `fi`, `end`), or it only closes elements of markup (`</h2>`, `</div>`: survey s125b, rootmail's `CLAUDE.md` citing a line that was `</h2>` when written, matched again eight lines below). A blank line that moved carries no identity, and re-pointing the number at another blank line helps nobody; a line with any other word in it (`return x;`, `\"engines\": {`) is still followed. Silent on a citation of line 1 alone (`packages/api/src/middleware/auth.ts:1`, `†L1`) whose line carries nothing a sentence could claim (blank, a shebang, a comment, an import, a `package` or `module` line, a line that only opens a block: as `citation/stale` reads it): agents write `path:1` to point at the file, and a header comment added above the import does not make `:16` a better pointer (survey 43a, layer1_test's `REMAINING_WORK.md`: 2 findings judged false); a first line that says something (`export const retries = 3;`), moved, is reported, unless only imports (and blank lines between them) now stand above it: an import added at the top leaves it the first line after the module's imports, and `path:1` still names the file (survey 88b, ryanderose/cs-eventhub's `apps/api/api/v1/fragment.ts:1`: 2 findings judged false); moved below a header comment or code, it is reported.",
    bad: "Retries are capped at 3.【F:src/retry.py†L10-L12】 (two lines inserted above line 10 since)",
    good: "Retries are capped at 3.【F:src/retry.py†L12-L14】",
};

/// Citations of at most this many lines are checked for lines that say nothing.
const FEW: u32 = 3;

/// Whether a citation names a few lines (at most three in all).
pub fn few_lines(ranges: &[LineRange]) -> bool {
    !ranges.is_empty()
        && ranges
            .iter()
            .map(|r| u64::from(r.end.saturating_sub(r.start)) + 1)
            .sum::<u64>()
            <= u64::from(FEW)
}

/// Whether a cited line says nothing that identifies it: after trimming, it
/// holds no letter or digit (blank, `}`, ` */`, `});`), or its only words are
/// bare control keywords (`} else {`, `return;`, `try {`, `fi`, `end`), or
/// it only closes elements of markup (`</h2>`, `</div>`).
pub fn says_nothing(line: &str) -> bool {
    without_closing_tags(line)
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .all(|w| KEYWORDS.contains(&w))
}

/// `line` without its closing tags of markup (`</h2>`, `</Card.Body>`):
/// a line that only closes an element names no particular line, as `}`
/// does not (survey s125b, rootmail's `CLAUDE.md` citing
/// `subtenancy.tsx:31`, whose line 31 of the commit that wrote it was
/// `</h2>`, matched again eight lines below). An opening tag or the text
/// beside a closing one (`<h2>Tenancy</h2>`) still says something.
fn without_closing_tags(line: &str) -> std::borrow::Cow<'_, str> {
    static CLOSING: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    match CLOSING
        .get_or_init(|| regex::Regex::new(r"</[A-Za-z][\w.:-]*\s*>").ok())
        .as_ref()
    {
        Some(re) if line.contains("</") => re.replace_all(line, ""),
        _ => std::borrow::Cow::Borrowed(line),
    }
}

/// Control keywords that name no particular line on their own.
const KEYWORDS: &[&str] = &[
    "else", "try", "finally", "return", "end", "fi", "done", "do", "then", "begin", "break",
    "continue", "pass", "default",
];

/// The lines (1-based, ascending) of `text` that say nothing.
pub fn blank_lines(text: &[u8]) -> Vec<u32> {
    let text = String::from_utf8_lossy(text);
    text.lines()
        .zip(1u32..)
        .filter(|(l, _)| says_nothing(l))
        .map(|(_, n)| n)
        .collect()
}

/// Whether every line of `ranges` is one of `blank` (sorted).
pub fn all_blank(ranges: &[LineRange], blank: &[u32]) -> bool {
    few_lines(ranges)
        && ranges
            .iter()
            .all(|r| (r.start..=r.end).all(|n| blank.binary_search(&n).is_ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lines_without_a_letter_or_digit_say_nothing() {
        for l in [
            "",
            "   ",
            "}",
            " */",
            "});",
            "{",
            "---",
            "} else {",
            "return;",
            "try {",
            "</h2>",
            "  </div>",
            "</Card.Body>);",
            "</li></ul>",
        ] {
            assert!(says_nothing(l), "{l:?}");
        }
        for l in [
            "return x;",
            "} else if (a) {",
            "const A = 1;",
            "  1,",
            "é",
            "end_date",
            "<h2>Tenancy</h2>",
            "<div>",
            "</div> {total}",
        ] {
            assert!(!says_nothing(l), "{l:?}");
        }
        assert_eq!(blank_lines(b"a\n\n}\nb\r\n */\n"), vec![2, 3, 5]);
        let r = |s, e| LineRange { start: s, end: e };
        assert!(all_blank(&[r(2, 3)], &[2, 3, 5]));
        assert!(!all_blank(&[r(1, 2)], &[2, 3, 5]));
        assert!(!all_blank(&[r(2, 5)], &[2, 3, 4, 5]));
    }
}
