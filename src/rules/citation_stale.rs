//! `citation/stale`: the cited lines changed in a commit newer than the last commit that touched the citing line.
//!
//! ## Why it matters
//! When the cited code changes after the sentence citing it was written, the sentence may no longer be true. A reviewer should re-read both.
//!
//! ## How it is decided
//! Citations are followed, and so are the other references that cite lines:
//! a GitHub line anchor on a link (`[x](src/a.py#L10-L20)`) and a code span
//! `src/a.py:10-20` or `src/a.py:115` (see `mention/missing-path` for when a
//! code span is a path; with a line it counts wherever it stands, and only
//! when it is surely a file: a folder and an extension, or a tracked file).
//! For each such reference that resolves (a tracked file, a range within it): the
//! citing commit is the last commit that changed the Markdown line(s) the
//! citation is written on, as `git blame -M --first-parent` attributes lines, from
//! HEAD (`--rev`: from REV). The walk follows a document through its renames:
//! when it reaches the commit that added the document's path and git's rename
//! detection finds that the same commit deleted a file with the same or a
//! similar content (`git mv`, or a move with edits), it goes on with the old
//! path, and only the lines the move edited are the move's. A line is dated by
//! the commit that wrote it, not by the one that moved its document. Cited
//! files are followed the same way: a cited file renamed since the citation
//! was written is compared with its version under its old path. The cited lines are taken as they stood in that
//! commit, the version the citation was written against, and followed through
//! a line diff to HEAD ([`crate::blocks`]):
//! - where they are, unchanged: nothing (whatever happened in between);
//! - unchanged but elsewhere: `citation/shifted`, with the new range;
//! - any of them edited or removed, or lines inserted between them: stale. The
//!   finding says how many cited lines changed, names the newest commit that
//!   changed them, says where the block stands now, and shows the changed
//!   lines (then and now) in its help.
//!
//! A line whose only change is its line end or the white space at its end is
//! unchanged (`git diff --ignore-space-at-eol`): a file converted from CRLF to
//! LF, or back, keeps its lines, so citations into it stay where they are or
//! are `citation/shifted` when lines were also inserted above them, and the
//! conversion commit is not named as a change.
//! So is a line whose only change is a code formatter's, its indentation
//! kept: gofmt re-aligning a map's values, Prettier adding `;`, changing
//! quotes, breaking a line in several or joining lines (see
//! [`crate::blocks::line_hunks`] and `blocks::rewritten_within`).
//!
//! A Markdown link with a GitHub line anchor whose cited lines stand at their
//! numbers and kept their keys, only their values changed, is not stale
//! (see [`kept_keys`]).
//! Nor is a ticked task item citing task items that were only ticked since
//! (see [`ticked_since`]).
//!
//! At least one cited line in five must have been edited or removed (any edit
//! of a block of up to four lines): a few lines edited inside a 200-line
//! citation, or lines only inserted between the cited ones, rarely touch what
//! the sentence claims, and on real repositories such findings were not acted
//! on (the message still counts inserted lines when it speaks). That holds
//! for a block that also moved: 27 of 60 such findings judged on chain, ztate
//! and inventario were false, whatever share of the cited numbers the block
//! still held. A whole-file citation
//! (`【F:path】`) is judged the same way over all of the file's lines. A citing line not committed yet (edited in the working tree
//! or the index) is never stale; uncommitted edits of the cited file are not
//! changes. A change made on a branch counts from its merge. In a shallow clone
//! the oldest commit stands for all history before it, so nothing older is
//! reported. A citation past the end of its file is `citation/line-range`
//! only. A citation whose range already ran past the end of the file when it
//! was written is judged on the lines that were there, by the same measure,
//! and is never re-anchored. A citation written before its file was on the
//! first-parent history (the citing document merged ahead of the file it
//! cites, or the file re-added after a revert) is followed from the file's
//! first version after the citing commit, by the same measure, and is never
//! re-anchored either: which lines its numbers meant is not known. See [`crate::history`] for how one walk answers a whole document.
//!
//! A past-tense change-log entry is never stale: when the sentence the
//! reference ends (its list item, paragraph, or the text after the previous
//! `. `) starts with a capitalised past-tense change verb (`Removed`,
//! `Updated`, `Added`, `Renamed`, `Fixed`, …) and the document is a log (a
//! word such as changelog, changes, history, log, release, status, progress or
//! report in its path, or in a heading above the entry, or a dated heading
//! `YYYY-MM-DD` above it). Such an entry records what a past change did and
//! stays true after the cited lines change. Both conditions are needed: a
//! present-tense claim (`The loader retries three times`) is judged wherever
//! it stands, and so is `Removed …` outside a log. `citation/shifted`,
//! `citation/line-range` and `citation/missing-path` still speak there.
//!
//! An entry of a change log is never stale, whatever its verb: in a document
//! whose file name or title says changelog, changes, diffs or history
//! (`CHANGELOG.md`, `DAY5_SOT_DIFFS.md`), a list item, or a continuation line
//! of one, under a version heading
//! (`## [1.2.0]`, `## [Unreleased]`, `## 1.2.0 - 2025-01-01`, `## v1.2.0`)
//! or a dated heading below the title (`## 2025-10-30 Backups`, `## System
//! update (30/10/2025 11:20 UTC)`). Generated change logs (git-cliff) write commit subjects in the imperative
//! (`- Wire the retry helper …`, `- Mark …`); the entry records a change that
//! was made. It is not `citation/shifted` either: nobody renumbers a
//! historical entry. A paragraph under a version heading, an item under
//! another heading, and a present-tense claim elsewhere are judged.
//!
//! A dated entry is never stale: a list item whose opening words carry a
//! date (`- 2025-10-06: run aborts during collection`, `- **2025-10-06**:
//! …`, `* 2025-10-06 — …`, `- **Coverage gate (2025-10-12):** …`), an item
//! nested in one, or a section under a heading below the title that carries
//! a date (`## 2025-10-12 COVERAGE GATE PASS`, `#### Import – core
//! (2025-10-17)`, `## Actualización (02/11/2025 16:40 UTC)`, `## Phase 1
//! abgeschlossen (Kalenderwoche 37/2025)`) records the state on its date, whatever its verb: a
//! progress entry of an open issue (`- 2025-09-20: Spec remains draft
//! because …`) stays true as history when the next entry records the fix.
//! An open task item (`- [ ] 2025-10-06: rerun`) is work still to do, and a
//! date that says when work is due (`due`, `target`, `deadline`, `planned`,
//! `scheduled`) is a plan: both are judged. A date is read in its common
//! written forms: ISO (`2025-10-06`, `2025/10/06`, `2025.10.06`), day and
//! month before a four-digit year whichever comes first (`02/11/2025`,
//! `2/11/2025`, `21.09.2025`, `20-10-2025`: the question is whether the
//! text is dated, not which day), `2025年9月21日`, a month's name
//! (`September 21, 2025`, `21 Sep 2025`), Unix `date` output (`Tue Nov 11
//! 13:48:48 CST 2025`, weekday and zone optional). A calendar week with its year
//! is a date (`Kalenderwoche 37/2025`, `KW 37/2025`, `KW 37 2025`, `CW
//! 37/2025`, `Week 37, 2025`, `2025-W37`, `2025年第37周`; a no-break space counts as a
//! space). A row of a register whose date column (`Date`, `Datum`, `日期`,
//! `When`, `Recorded`) holds a date (`| EV-20260107 | 2026-01-07 | … |`) is
//! a dated entry too (for this rule only). So is a paragraph entry of a
//! log: a line at the margin opening with `As of` and a date (`As of
//! **2025-10-09 at 18:10 UTC** …`) and the lines below it, up to the next
//! heading (survey 28b). See [`dated_entry`].
//!
//! A plan's analysis of the code it is about to change is a record of that
//! code too: in a plan (the word `plan` in its title or file name, or a
//! `## Implementation Steps` section), a citation under a `Current State`
//! heading (`## Current State Analysis`, `## Current Codebase Findings`, or
//! a heading below it), on a line labelled `**Current state**:` or in a
//! list led by that label (`**Current State (VULNERABLE):**`) is
//! never stale, and `citation/line-range` reads it as a record of its day
//! (survey 33a, monimak's RBAC implementation plan, whose own work rewrote
//! the store it cited: 4 findings judged false). The plan's steps, and a
//! `Current State` section of a document that is no plan, are judged. See
//! [`current_state_of_plan`].
//!
//! A dated record is never stale: a document that describes the code as it
//! was on its date, known by a date in its file name
//! (`stage_b_20250921_summary.md`), a date in its title (`# Stage B —
//! 2025-09-21`; a month with its year is enough there, `# Feature Audit
//! (October 2025)`, `2025-10`, not a month or a year alone), or a stamp in its first ten lines (`Generated: 2026-01-17`,
//! `**Generation Date**: 2026-01-27`, `**Timestamp**: 20260124-192034` (a
//! compact date counts in a stamp), `Execution Date:`, `## Assessment Date:
//! 2026-02-03` (a gap register) and `## Decision Date:` (a decision memo;
//! survey 35a), `**Analysis Date**: August 22, 2025` (an alignment
//! analysis; survey 47a), `**生成时间**:
//! 2026-01-17`, `**优化日期**: 2025-01-27` and `**审计日期**:` (the date of
//! the work a Chinese report records; survey 37b), `Date:`, `As of`, `Stand:`, `作成日`, `**Дата аудита:**
//! 2025-10-01`, …; not `Дата создания:`, a creation date). Nobody
//! rewrites a rehearsal summary or a review report when the code changes, and
//! "update the sentence" would falsify it. A front-matter `date:` (any case,
//! quoted or not) is not such a stamp: living specs carry their creation date
//! there (survey 6, devsynth's `docs/specifications/`, whose stale citations
//! were real). A document whose own status says its work is finished
//! (`**Status**: Done`, `Status: Complete ✅`, `**状态**: 已完成`, `| Status |
//! Closed |`, a `## Status` heading over `**Done** (2026-02-10)`, the whole
//! of the work, `**Overall Status:** 100% Complete` (not a tracker's `60%
//! Complete`), every named part of it, `**Status:** ✅ All Phases Complete`
//! (survey 34a, an agent's implementation review: 9 findings judged false;
//! `All Tests Passing` names no part of the work and is judged), every bug
//! of a fix record (`✅ ALL CRITICAL BUGS FIXED`, survey 78a), front matter `status: done`, a heading `## Task Completed: …` near the top or a
//! title ending `— Complete`, or a work item's completion date in its header,
//! `**Completed:** 2026-06-30`, unless a status there says the work is under
//! way (survey 31c: project-framework's released items; an empty template
//! field or a count, `Completed: 3/10 tasks`, is not one); see
//! `closed_status`) is a record too: a finished
//! story's "code location" is the code it was built against. So is one
//! whose closing block (after its last `---`, no heading below it) says its
//! work is finished (`**Status:** ✅ Complete`), while its header does not
//! say the work is under way and no box is open: a fix plan carried out the
//! day it was written, its header left at `🟡 Planned` (survey 26,
//! dev-infra; see `closed_at_end`). So is a report
//! that names itself one, dated or not: the last word of its file name or
//! title is `report`, `audit`, `investigation` or `postmortem` (of a title also `review` or `assessment`: survey 31a)
//! (`preload_spawn_behavior_report.md`, `# Preload Gap Report`), or of the
//! title's first part before a dash or a colon when it has no task items
//! (`# UI Audit — Phase 0 Discovery`: survey 29a), or its
//! opening lines say `This report`, or, in a language that puts the noun
//! first, its title or the title's last part after a dash opens with one
//! (`# Auditoría técnica – …`, `# Relatório de Revisão …`, `# … – Revisão de
//! Configuração`: survey 28); without a task list (or with every item
//! ticked), each of its lines
//! records the code of the day it was written (a gap analysis is not
//! re-pointed at the code that replaced what it analysed). A dated report
//! whose boxes nobody has marked (every item `- [ ]`) is one too, unless its
//! status says its work is under way (`**Status:** In progress`,
//! `**Статус:** В работе`): its open items are the recommendations of its
//! day (an audit's roadmap of follow-ups), not a checklist worked in it
//! (survey 26: mm-bot's `ARCHITECTURE_AUDIT_REPORT.md`, dated `**Дата
//! аудита:**`, 10 findings judged false; its `AUDIT_ACTION_ITEMS.md`, no
//! report and in progress, is judged); one box ticked, and the list is
//! worked: judged. So is a plan of the superpowers plugin (its opening
//! lines tell the executing agent to use `superpowers:executing-plans` or
//! `superpowers:subagent-driven-development`) filed under its date
//! (`2026-06-19-persistence-hygiene.md`) whose boxes nobody has marked:
//! subagents carry it out and track its steps elsewhere, and its
//! `src/index.ts:146` pointers name the tree it was written against
//! (survey 36c, mcp-ai-agent-guidelines, 6 findings judged false); one box
//! marked, or a status in progress, and it is judged. A document that
//! says it is kept current (`Last updated: <date>`, `Updated:`, `最后更新`,
//! `Zuletzt aktualisiert`, `Последнее обновление`) is living, whatever else it says, and is judged;
//! so is one that has task list items (a checklist is ticked as work goes
//! on), unless its status is finished, or it carries its date (file name,
//! or a stamp such as `**Date:**`) and every item is ticked
//! (`2026-04-07-e2e-navigation.md`: a plan of that day, carried out; a dated
//! plan with open items may still be ahead of the code).
//! The notes of a finished task's folder in an agent task tracker
//! (`.taskmaster/tasks/task_107/`: research, plans, progress logs, the task
//! file itself) are records too: the task file beside them says its status
//! is finished, or a review of the task stands in the folder
//! (`task-review.md`, `# Task 107 Review: …`); an open task's notes are
//! judged (see `task_folder`). So are the documents of a feature spec
//! whose `tasks.md` ticks every task (`.kiro/specs/x/`, `specs/001-x/`:
//! survey 94b); a spec with a task open or in progress is judged. So are
//! the documents filed below a work
//! tracker's folder of finished work (`plans/done/2026-04-22__ci/tech-docs.md`:
//! a folder named `done`, `completed`, `complete` or `finished` beside a
//! folder of open work, `in-progress/`, `backlog/`, `todo/`, …): a plan
//! moves there once its work is finished, and nobody edits it afterwards
//! (survey 30a); the folder's own README is its index, and is judged.
//! So are the documents of one run of a tool or an agent, filed in a folder
//! named by the run's timestamp below a `reports` (or `runs`) folder
//! (`reports/pre_impl_verification/20260127-1724/`,
//! `reports/branch_cleanup/20260201_181829/`, `…/run_20260203_160226/`: a
//! compact date, then `-`, `_` or `T`, then `HHMM` or `HHMMSS`), whatever
//! their stamps or their open boxes say: a new run writes a new folder, and
//! what a run wrote records the tree of its day (survey 26, foss-launcher:
//! 377 of 379 such documents committed once; 44 findings judged false, none
//! true). A folder of a day without a time (`reports/2026-01-27/`), or a
//! timestamp folder outside a reports tree, is not enough (see
//! `run_record`).
//! `citation/shifted` still speaks in a dated entry: the lines moved, the
//! meaning did not (in a record it is silent too, see its doc).
//!
//! A citation of a whole prose document is a reference to the document: a
//! whole-file citation of a Markdown, reStructuredText, AsciiDoc or Org file,
//! or a range from its first line to at least four fifths of the lines it
//! had when the citation was written (`see the operator runbook【F:docs/
//! runbook.md†L1-L196】`; a range past its end then too). Such a reference
//! holds while the document is there: an edit of the document (a link added,
//! a list re-indented) is not a change of the claim, and it is never stale
//! (deleted, it is `citation/missing-path`; moved, `path/renamed`). Code,
//! data and logs are cited for what their lines say, and are judged however
//! much of them is cited.
//!
//! A citation of line 1 alone (`ui/app.js:1`, `【F:ui/app.js†L1】`) whose
//! line, when cited, said nothing a sentence could claim (blank, a shebang,
//! a comment, an import, a `package`/`module` line, `"use strict"`, a line
//! that only opens a block with no value in it: `:root {`, `const state =
//! {`) points at the file: agents write `path:1` to make a path
//! clickable. It is never stale (deleted, it is `citation/missing-path`;
//! moved, `path/renamed`). A first line that says something (`export const
//! retries = 3;`) is judged.
//!
//! The same lines cited twice on one line that changed are one problem: one
//! finding (carrying both re-anchoring edits).
//!
//! `checkmark hook` does not walk history: it reports, under this rule, the
//! committed citations whose cited lines the commit being made changes (see
//! [`crate::hook`]).

//!
//! ## Fix (unsafe)
//! When a single cited range now stands elsewhere, `fix --unsafe-fixes`
//! re-anchors it to where the block stands. That acknowledges the change
//! without anyone re-reading it, so it is never applied by plain `fix`.

use crate::diagnostic::Severity;
use crate::rules::Rule;
use crate::text::head as cut;

pub static RULE: Rule = Rule {
    id: "citation/stale",
    severity: Severity::Warning,
    fixable: true,
    lead: 2,
    summary: "the cited lines changed in a commit newer than the last commit that touched the citing line",
    why: "When the cited code changes after the sentence citing it was written, the sentence may no longer be true. A reviewer should re-read both. Silent when fewer than one cited line in five was edited or removed (lines only inserted between them, or a few edited in a large block), unless more lines were inserted between them than the block had (it more than doubled around an edit: a refactor's new body around a few kept lines, surveys 65a and 89b, judged true), and the block still stands at its numbers, and on a file committed after the citing line (the citing document merged first), when its first version's lines changed by less than that. A block that changed that little and also moved is silent too: a judge of 60 such findings on three repositories found 27 false (the claim still held inside the cited lines, the document was a record, or the citation was wrong when written). Silent on a citation of a whole prose document (Markdown, reStructuredText, AsciiDoc, Org: `【F:docs/runbook.md】`, or from its first line to at least four fifths of the lines it had when cited, `†L1-L196`): it refers to the document, which holds while the document is there (deleted or moved, it is still reported); code, data and logs are cited for what their lines say and are judged. Silent on a citation of line 1 alone (`ui/app.js:1`, `†L1`) whose line, when cited, said nothing a sentence could claim (blank, a shebang, a comment, an import, a `package` or `module` line, `\"use strict\"`, a line that only opens a block with no value in it: `{`, `:root {`, `const state = {`): agents write `path:1` to point at the file, which holds while it is there; a first line that says something (`export const retries = 3;`) is judged. Silent on a Markdown link with a GitHub line anchor (`[netlify.toml](netlify.toml#L7)`, not a citation) whose cited lines all stand at their numbers and only changed their values, each keeping its key (`HUGO_VERSION = \"0.110.0\"` → `HUGO_VERSION = \"0.120.4\"`, `version: 1` → `version: 2`), when the citing line does not quote an old value: the link names the setting, which is where it was; a line that now holds something else (`github.com/cli/cli` where the Hugo line of `go.mod` was), and `Hugo 0.110.0 ([netlify.toml](netlify.toml#L7))`, are judged. Silent on a ticked task item citing task items that were only ticked since, at their numbers (`- [x] Thank-you confirms payment only on `approved`.【F:docs/tasks.md†L120-L123】` over cited lines `- [ ] …` now `- [x] …`, each keeping its text, at most with a note appended, `**(stage 2)**`: survey 70b, DaviSpeck/b4you-stripe-feature, 4 findings judged false): the item says the work is done and the tick agrees; an open item or a sentence citing them, a cited item whose text was edited, and one unticked are judged. Silent on a past-tense change-log entry (a sentence starting with a change verb such as `Removed`, `Updated`, `Added`, in a document whose path or a heading above says changelog, changes, history, log, release, status, progress or report, or under a dated heading): it records what a past change did and stays true as history. Silent on an entry of a change log whatever its verb (in a document whose file name or title says changelog, changes, diffs or history (a folder's name does not count; `DAY5_SOT_DIFFS.md`, a log of what each day's work changed: survey 39a, starlist-app, 4 shifted findings judged false), a list item or its continuation line under a version heading, `## [1.2.0]`, `## [Unreleased]`, `## 1.2.0 - 2025-01-01`, `## v1.2.0`, or a release's part its log heads at the release's own level, `## Highlights` below a `## [v0.9.0](…) - 2025-11-07` that holds no entry of its own: survey 112c, calibrated_explanations, 40 findings, the 31 judged all false; a section after a release's own entries is judged, or under a dated heading below the title, `## 2025-10-30 Backups`, `## System update (30/10/2025 11:20 UTC)`): generated change logs write commit subjects in the imperative (`- Wire …`, `- Mark …`), and the entry records a change that was made. Silent, as `citation/shifted` reads them, in the dated entries of a working log and of a section whose heading names it a log (`## Experiment Log` over `### Experiment #4: … (2026-01-09)`: survey s117c, klapom/AEGIS_Rag's `RAGAS_JOURNEY.md`); an undated section under a log heading is judged. Silent in the description of one pull request kept as a file (`PR_DESCRIPTION.md`, `.github/PR_BODY.md`, `pr-description.md`, `PULL_REQUEST_DESCRIPTION.md`, also followed by `_` and a name, `PR_DESCRIPTION_AUTH.md`; not a template), open review boxes or not: an agent writes the body of the pull request it cannot open to such a file for `gh pr create --body-file`, its `file:line` pointers name the lines of that pull request's diff, and nobody renumbers a merged pull request's body (survey s110c, simantaparida/automet's `.github/PR_DESCRIPTION.md`, 1 finding judged false); the same citation in another document is judged. Silent in a record of changes already made, in a document with no open task item: a section under a heading below the title that says so (`### What Changed`, `## What Was Fixed`, `## Issues Fixed`, `## Issues Encountered and Resolved` (an agent's completion report, survey 40b), `## Changes Made`, `## Implemented Changes` (an agent's phase summary, survey 74c, Arklowdun: 3 findings judged false), `## Fixes Applied`, `## Files Modified`, `## Files Changed`, and the same in Spanish, Portuguese or French, `## 4) Implementación realizada`, `## Cambios realizados`, `## Alterações realizadas`, `## Modifications apportées`: survey 45a, innerbloomv3, 3 findings judged false; and in Polish, Russian or Ukrainian, `## Sprzeczności Naprawione w PR#699`, `## Wprowadzone zmiany`, `## Внесённые изменения`, `## Що виправлено`: survey 96b, majster-ai-oferty's documentation index, 1 finding judged false), or a list led by such a label (`**Files Modified:**` on the line above it): an agent's fix summary lists the lines each change touched (`- `server/api.py:173` - Changed to import …`, `**File:** `web/vite.config.js:66``), the lines of that commit, and nobody renumbers them as the code moves on (survey 38b, imagineer's fix summaries: 5 findings judged false); a plan's `Files to Modify` or `What Needs Fixing` is work to come and is judged. The label may be a list item of its own over the indented items it leads (`- **Files Modified:**`), and in a document with an open task item the record is read under a heading that says its work was completed (`### Completed Features` over `**Feature 92.15: … ✅**` and its `- **Files Modified:**` item: survey s117c, klapom/AEGIS_Rag's master `SPRINT_PLAN.md`, whose later sprints' template items are open, 5 findings judged false); elsewhere in such a document it is judged. Silent on the location of an audit finding that its own status says was resolved (`- **Location:** `server.js:265-268`` over `- **Status:** RESOLVED` in the same list, or a status line above it: also `FIXED`, `CLOSED`): it names where the finding stood when found, and the fix rewrote those lines (survey 96a, tkersh/echobase's audit-fix plans, 27 findings judged false); a finding `DEFERRED` or `OPEN` is work to come, and judged. Silent, too, on the location of a finding whose own heading says it was resolved (the nearest heading opens with a ticked box, `### [x] 3. TOCTOU race in pipe session creation`, or says `FIXED`, `RESOLVED` or `CLOSED` in capitals, `### 4. Stage Service - Stages with User Count (HIGH) ✅ FIXED`), on a line labelled `**File:**`, `**Files:**` or `**Location:**` or in a list led by such a label alone: a code review's or an analysis' record of where each bug stood, which its fix rewrote or moved (survey 60a, vinhnx/VTCode's `code-review-action-plan.md`, 6 findings; survey 68b, shintairiku/evaluation-system's `n-plus-1-analysis.md`, 1 finding: all judged false); an item headed `### [ ] 5.`, or with no state in its heading, and a line under another label (`**Fix applied:**`) are judged. Silent in an entry of a living TODO or known-issues list whose bold lead says it was resolved (a top-level list item opening with `**…**` that says `RESOLVED`, `FIXED` or `closed` as a word of its own and not `open`: `- **`CONFIG_PROTOBUF_SERIALIZER` did nothing — FIXED August 10, 2026.**`, whose fix changed the lines its diagnosis cites: survey 94b, crawlins/kythira's `doc/TODO.md`); an entry still `open` is judged. Silent in the code review a BMAD story records (below a heading that says `Senior Developer Review`, `## Senior Developer Review (AI)` or `# Senior Developer Review (AI)` over its `## Acceptance Criteria Coverage`), except on an open task item, the review's action items: its coverage tables cite where each criterion's code stood when the review read it, and later stories move and rewrite those lines (survey 102b, BigSpoon33/TCM_Knowledge_Base: 62 findings in 14 stories' reviews, all judged false); the same table elsewhere in the story is judged. Silent on a dated entry, which records the state on its date whatever its verb: a list item whose opening words carry a date (`- 2025-10-06: …`, `- **2025-10-06**: …`, `- **Coverage gate (2025-10-12):** …`) or an item nested in one, or a section under a heading below the title that carries a date (`## 2025-10-12 COVERAGE GATE PASS`, `#### Import – core (2025-10-17)`, `## Actualización (02/11/2025 16:40 UTC)`; a date is read as ISO `2025-10-06`, `2025/10/06`, with day and month before a four-digit year whichever comes first, `02/11/2025`, `2/11/2025`, `21.09.2025`, `20-10-2025`, as `2025年9月21日`, or with a month's name, `September 21, 2025`, `21 Sep 2025`, or as Unix `date` writes it, `Tue Nov 11 13:48:48 CST 2025`; a calendar week with its year counts as a date: `Kalenderwoche 37/2025`, `KW 37/2025`, `CW 37/2025`, `Week 37, 2025`, `2025-W37`, `2025年第37周`); or a table row whose date column (`Date`, `Datum`, `日期`, `When`, `Recorded`) holds a date (`| EV-20260107 | 2026-01-07 | … |`, an entry of a register); or a paragraph entry of a log, from a line at the margin that opens with `As of` and a date (`As of **2025-10-09 at 18:10 UTC** the strict gate …`) down to the next heading, the next such line opening the next entry: agent-kept progress logs write each run so, newest first (survey 28b, an agent's `TASK_PROGRESS.md`: 26 findings judged false); not an open task item (`- [ ] 2025-10-06: rerun`) nor a due date (`due`, `target`, `deadline`, `planned`; `Targeted` only before a colon, `for` or a date: `## Verification — 2025-10-20 (Targeted Audit)` is a record of its day, survey 99c, website-fish-keeper's `CHECKLIST.md`, 15 findings judged false). Silent in a section headed as the code's state before the work (`## W1 Before-State Evidence Index`, `### Before State`, or a section below one): a snapshot kept to compare with what the work made, its numbers and present-tense descriptions the snapshot's (survey s125l, bazer/DataLinq's mutation-lifecycle matrix, 15 stale and shifted findings judged false); an `After State` section is judged. Silent in a plan's analysis of the code it is about to change (a document whose title or file name says `plan`, or with a section headed `## Implementation Steps`, under a `Current State` heading, `## Current State Analysis`, or `## Current Codebase Findings`, or in Japanese or Chinese `## 1. 現状調査`, `## 现状分析` (survey s123a, cybons-lab/lot-management-system's RBAC plan: 5 findings judged false), or on a line labelled `**Current state**:`, or in a list led by that label alone, a note in parentheses allowed, `**Current State (VULNERABLE):**` (survey s125c, Scotopia1/Lab404-new-website's GSD phase plan: 2 findings judged false)): the plan's own work rewrites the lines it describes, and nobody renumbers what the code was (survey 33a: 4 findings judged false in an agent-written RBAC plan; survey 90a, agentjido/jido_workbench's gap analyses: 16 findings judged false); the plan's steps, and a `Current State` section of a document that is no plan, are judged. A present-tense claim is judged wherever else it stands. Silent in a dated record, which describes the code as it was on its date: a date in its file name (`stage_b_20250921_summary.md`) or title (`# Stage B — 2025-09-21`; in a title a month with its year is enough, `# Feature Audit (October 2025)`, `Oct 2025`, `2025-10`, though a month or a year alone is not), or a stamp in its first ten lines (`Generated:`, also with Unix `date` output, `**Generated**: Tue Nov 11 13:48:48 CST 2025`, `Generation Date:`, `Timestamp:` with a date or a compact one, `20260124-192034`, `Execution Date:`, a gap register's `Assessment Date:` or a decision memo's `Decision Date:` (survey 35a), an alignment analysis's `Analysis Date:` (survey 47a, student-pilot: 11 findings judged false), a label written as a heading of its own over a line that is the date alone (`## Analysis Date` over `2024-12-28`: survey 53c, an agent's codebase analysis, 2 shifted findings judged false; a heading over a sentence is no stamp), `生成时间`, the date of the work a Chinese report records, `审计日期`, `评估日期`, `检查日期`, `测试日期`, `验证日期`, `执行日期`, `分析日期`, `优化日期` (survey 37b; not `完成日期` or `截止日期`, a plan's dates to come), and the same with `时间` for `日期`, `审计时间`, or a fix summary's `修复时间` (survey 44b), `Date:`, `As of`, `Stand:`, `Дата аудита:`, Spanish `Fecha:`, Portuguese `Data:` or `Data da execução:` (survey 28), though not `Дата создания:` or `Fecha de creación:`, a creation date, nor a date to come, `Fecha de entrega:`, `Fecha límite:`; not a front-matter `date:`, which living specs carry as their creation date, whatever its case or quotes); in a document whose opening lines name the commit its line numbers were read at (`**Planned at**: commit `c63cb120``, or a read-only audit's `> SHA: `75bd718…`` (survey 96b, majster-ai-oferty's acceptance flow map, 9 findings judged false; a checksum's `SHA256:` is no commit): the numbers are as of that commit by design); in a document named for a release that has shipped: its file name opens with a version (`docs/plans/v1.10.0-vault-auth-portable.md`, `v1.7.1-bugfix-….md`) no newer than the newest version the repository's tags name (`v1.26.0`): an agent's plan or bug-fix spec for a version records the code it was written against, and nobody renumbers it once the version is out (survey 103b, wilddog64/k3d-manager, 41 findings judged false), or a bug-fix spec whose title names such a version after its label (`# Bugfix: v0.4.1 — …` in `docs/bugs/2026-06-23-….md`, its definition-of-done boxes never ticked: survey 104a, wilddog64/lib-foundation, 1 finding judged false); a version not tagged yet (`v1.28.0-…`, work still queued), a title with no bug-fix label (`# Migrating to v0.4.1`), and every such document of a repository without version tags, are judged; in the notes of one release, titled so with its version (`# Patch Notes — v1.2.1g`, `# Release Notes: 2.4.0`, `# v3.1 Release Notes`), tags or not: each line records what that release changed, as a change log's entry under a version heading does (survey s123a, brettadin/spectra-app's `docs/patch_notes/`, one file per version: the 60 sampled shifted and stale findings all judged false; `# Release Notes Guide`, naming no version, is judged); in a dated document of a series that a newer one superseded (`final-checklist-20240522.md` beside `final-checklist-20240917.md` in its folder: its open items were that day's, the newer checklist carries on), or a numbered round of a review or audit beside its next round (`SOLUTION_REVIEW_V5.md` beside `SOLUTION_REVIEW_V6.md`: survey 55a, an agent's rounds of review of one solution; the last round, and a numbered document of another kind, `API_SPEC_V1.md`, are judged), or a document of a release's folder beside the folder of a newer release (`docs/versions/1.2/` beside `docs/versions/1.4/`, sphinx-multiversion's or Docusaurus' `versioned_docs/version-1.2/` snapshots of each release's documentation: survey s110b, isaacnfairplay/duckplus, 14 findings judged false; the newest release's folder, and `api/v1/` beside `api/v2/`, are judged); in a document frozen in an archive folder (`archive/`, `DOCS/TASK_ARCHIVE/NNN_task/`, `docs/_archive/`, `deprecated/`, `legacy/`, `old/`, `retired/`: survey 40a, townlet's retired architecture notes, 13 findings judged false; not `history/`, whose notes are often kept current; not the folder's README or index page), a task note nobody maintains once its task is archived; in a document of one run of a tool or an agent, filed in a folder named by the run's timestamp below a `reports` (or `runs`) folder (`reports/pre_impl_verification/20260127-1724/`, `reports/branch_cleanup/20260201_181829/`, `…/run_20260203_160226/`: a compact date, `-`, `_` or `T`, and `HHMM` or `HHMMSS`), whatever its stamps or open boxes say: a new run writes a new folder, and nobody edits what a run wrote (survey 26: 44 such findings judged false; a folder of a day without a time, or outside a reports tree, is not enough by itself); in a document of a folder named by a day (`docs/audit/2026-07-02-discovery/`, an ISO date opening its name) below an `audit`, `audits`, `reports`, `runs` or `threat-model` folder, with no open box, that git last touched no later than the day after that date: an audit written on its day and never edited since (survey 27a); a folder named by a month alone (`docs/threat-model/2026-06/`) counts with the month's last day as its date: a month's scan beside the last one's `2026-05/`, never edited after that month (survey 88c, ericfitz/tmi's vulnerability findings and candidate patches: 36 findings judged false), while one edited after the month, or a month folder elsewhere (`docs/notes/2026-06/`), is judged; likewise a document of a folder named for an audit (`agents/tiger-style-audit/`, `audit` or `audits` as the last word of its name) whose `README.md` or `index.md` carries the audit's day in its title (`# Tiger Style Audit Index (2026-02-09)`), the index itself aside: an agent's audit session, its numbered reports citing the code the remediation then rewrote (survey 55a, robertguss/repo-scout, 30 findings judged false; an index with no date in its title is judged); one edited later is judged; likewise a document filed in a folder named `reports` that holds at least three documents, with no task item, that git last touched no later than the day after the commit that added it (`reports/admins_contract.md`, one of the per-domain maps an agent's diagnostic run wrote there, added and refreshed on one day and never edited after: survey 59e, AllIincompassing, 27 findings judged false), whatever its title; the folder's `README.md` or `index.md`, a document of it edited on a later day (a status page kept there) and one with task items, and a lone page in a `reports` folder, are judged; in the note of one run filed with the run's outputs, in a folder below an `artifacts` folder that holds at least three files that are no documents (frankenredis' `artifacts/optimization/<bead>/pass176/KEPT.md` beside its benchmark JSON and server logs, citing the code of that pass: survey 41a, 7 findings judged false; the index `artifacts/README.md` and a note with no outputs beside it are judged); and in a document whose own status says its work is finished (`**Status**: Done`, `Status: Complete ✅`, a bug fix's `**Status:** ✅ **FIXED**` (survey 42a: 5 findings judged false), a shipped design's `**Status:** Shipped (2026-07-11)` or blueprint's `**Status: SHIPPED.**` (survey 80d, onetimesecret: 3 findings judged false; `Not shipped` is judged), `**状态**: 已完成`, Korean `**상태**: ✅ 완료` or an ADR's `> 상태: **RESOLVED - 옵션 1 선택 및 구현됨**` (survey 57b, Whitening-Sinabro/clouvel: 4 shifted findings judged false), German `**Status:** Umgesetzt`, `abgeschlossen`, `erledigt`, `fertig` (not `Geplant`, `Offen`, `In Arbeit`, `teilweise umgesetzt`), a status in a later sentence of an italic stamp line, `_Drafted 2026-04-26. **Status: SHIPPED** (M1–M5 alle gemerged)._`, a `## Status` heading with its day or a note in brackets over its value, `## Status (2026-04-23, Stand nach M5)` over `**M1–M5 + M2.5 SHIPPED**` (milestones named before the word, which closes its clause: `M1 shipped, M2 in Arbeit` is progress, judged), or a sentence of the head that stamps the day its milestones were finished, `_Started 2026-04-23. M1 + M2 core abgeschlossen 2026-04-23._` (survey 105e, Memo-2023/mana-monorepo's plans: 7 findings judged false; `**Geplant, noch nichts geshipped.**` under such a heading, an RFC's `Code noch nicht begonnen`, and `M1 teilweise abgeschlossen 2026-04-23` are judged), `| Status | Closed |`, a `## Status` heading over `**Done**`, a whole share of the work, `**Overall Status:** 100% Complete`, `Status: ✅ Complete (100%)`, every named part of it, `**Status:** ✅ All Phases Complete` (survey 34a: an agent's implementation review, 9 findings judged false; `All Tests Passing` is judged), or every bug of a fix record, with one severity word at most, `**Status:** ✅ ALL CRITICAL BUGS FIXED` (survey 78a, GBOGEB/ABACUS, 1 finding judged false), though not a tracker's `60% Complete`, a heading `## Task Completed: …` or a title ending `— Complete`, front matter `status: done`, or an enhancement proposal's `status: Implemented`: victor's `feps/fep-0014-…md`, survey 28c; or a record a newer one replaced, front matter `status: superseded` over `superseded_by: 1247`, an ADR's `## Status` over `Superseded by ADR-0304` (survey s112a, T-rav/hydraflow's repo wiki entries: 45 sampled findings judged false; the active entry that replaced one is judged); or a work item's header stamped with the date its work was completed, `**Completed:** 2026-06-30`, `Completed on: 30 June 2026`, `Completion date:`, unless a status there says it is under way: survey 31c, project-framework's released items, whose tool stamps the date as an item moves to `done/`; an empty template field, `**Completed:** <!-- set on done -->`, or a count, `Completed: 3/10 tasks`, is judged): a finished story records the code it was built against, and a proposal carried out the code it was written against (`status: Draft` or `Accepted` is judged); so does one whose closing block (after its last `---`, no heading below it) says its work is finished (`**Status:** ✅ Complete`) while its header does not say the work is under way and no box is open: a fix plan carried out the day it was written, its header left at `**Status:** 🟡 Planned` (survey 26, dev-infra: 7 findings judged false); a header `🟠 In Progress` over a closing `✅ Complete` (a plan reopened), an open box, or a `Complete` under a heading of its own (a section's status) is judged; in the folder of a finished task of an agent task tracker (`.taskmaster/tasks/task_107/` and its subfolders; the nearest folder named `task`, then a number, decides), whose task file (`task-107.md`, `task_107.md`, `task.md`, `README.md`) says its status is finished, or which holds a review of the task (`task-review.md`, `review.md`, `task-107-review.md`) whose status says finished or whose title names it one (`# Task 107 Review: …`): its research, plans and progress logs record the code the work was done against, and nobody renumbers them once the work is merged (survey 24: 34 such findings judged false in seven finished task folders); an open task's notes are judged; in the folder of a finished feature spec of a spec-driven workflow (a folder directly below a folder named `specs`, Kiro's `.kiro/specs/cbor-rpc-serializer/` or spec-kit's `specs/001-fix-audit-findings/`, and its subfolders) whose `tasks.md` ticks every task it lists: the agent wrote the spec's requirements, design and tasks against the code of its day and ticked each task as it built it, and nobody renumbers the spec afterwards (survey 94b, crawlins/kythira: 6 findings, 4 shifted and 2 stale, judged false in four finished Kiro specs); a spec with a task open (`- [ ]`) or in progress (`- [~]`) is judged; likewise a finished plan's folder (a folder directly below a folder named `plans`, ClaudeKit's `plans/260117-1555-complete-fe-to-be-filter-migration/`, and its subfolders) whose `plan.md` says its own status is finished (`**Status:** ✅ COMPLETE (100%)`): its phase documents cite the code the plan then changed (survey s112b, hoangghaii/nail-ecosystem: 4 shifted and 2 stale findings judged false); a plan `Ready for Implementation`, `Planning` or `In Progress` is judged; likewise a phase of a get-shit-done (GSD) planning tree that its verifier passed (a folder whose name opens with the phase number and `-`, `.planning/phases/23-low-priority-polish/`, below a folder named `phases` or ending in `-phases`, `.planning/milestones/v1.0-phases/`, holding a `23-VERIFICATION.md` whose front matter says `status: passed`): its research, plans and summaries cite the code the phase's own work then changed (survey s105a, aibaza/1on1: 4 stale findings and 1 shifted judged false); a phase whose report says `gaps_found` or `human_needed`, or with no report yet, is judged; likewise a phase document that the `STATUS.md` of its own folder (one of three or more sibling folders that each hold one: a tracker's folders of work, `workflows/*/STATUS.md`) marks done, in a table row that names its file and has a ticked box, a ✅ or `Done` in another cell (`| MAP | `01-map.md` | [x] |`: an agent workflow's folder per piece of work, survey 27a); a phase not ticked yet is judged; likewise an agent's task prompt that a tracker (a `…ROADMAP.md`, `…BACKLOG.md` or `…TRACKER.md`) ticks off in a row whose first cell is the task's ID, the prompt's file name (`| SEC-018 | … | ✅ COMPLETE (Jan 12-14, 2026) | 2h | `docs/prompts/SEC-018.md` |`: the task's own fix changed the lines the prompt cites; survey 51a, EvanTenenbaum/TERP, 10 findings judged false; a task still under way, and a document a row of another ID names, are judged); likewise the brief of a task that a list tracker ticks off by its ID (`todo/tasks/t1902-brief.md`, below a `tasks`, `todo` or `briefs` folder, its file name the ID alone or followed by `-` or `_`, under `- [x] t1902 …` in `TODO.md`, `TASKS.md` or such a tracker, with no open item of that ID): aidevops writes a brief per task citing the lines its work is to change, and ticks the task once the work merged (survey 60a, marcusquinn/aidevops, 594 findings in such briefs, the 100 sampled all judged false); a brief whose task is still open (`- [ ] t18121 …`) is judged; likewise a document filed below a work tracker's folder of finished work (`plans/done/2026-04-22__ci/delivery.md`: a folder named `done`, `completed`, `complete` or `finished` beside a folder of open work such as `in-progress/`, `backlog/`, `todo/`, `planning/` or `ready/`: esper-lite's `docs/plans/completed/`, survey 76b, 49 sampled findings judged false), where a plan moves once its work is finished and is not edited afterwards (survey 30a: 98 finished plans of an Nx monorepo; the folder's own README is its index, and is judged; a `done/` folder with no folder of open work beside it is not a tracker's); and, without task list items or with every item ticked, in a report that names itself one, dated or not (the last word of its file name or title is `report`, `audit`, `investigation` or `postmortem`, or of its title `review`, `assessment` or `diagnostic` (`# Admins UI Diagnostic`, an agent's one-time diagnosis of a domain: survey 59e, AllIincompassing, 33 citation findings judged false; not the plural, `# Diagnostics`, a feature's page), or one of these followed by `summary`, the report's digest: `AUDIT_SUMMARY.md`, `# Audit Summary` (survey 40a, townlet, 10 findings judged false; `# Executive Summary` is judged), or, in a file name, by the report's date, `expert_audit_2025.md` (survey 45a, ai_trader's dated Russian audit; not a title's number, `# Architecture Review 2 — Issues Tracker`), or, in a file name or a title, by the document's version, `FRONTEND_BACKEND_SYNC_AUDIT_V1.md`, `# Security Audit v2` (survey 99c, Kobatela_alpha_frontend's one-day sync audit, 2 findings judged false; a bare number is a round, and judged): `# Tournament Adjustments Review`, `# Operational Readiness Assessment` (survey 31a: an agent's scored evaluation of the code of its day), `preload_spawn_behavior_report.md`, `# Preload Gap Report`, also with the noun qualified in parentheses, `# QA Synthesis Report (Executive + Technical) — Redhat Revision` (survey 51a, EvanTenenbaum/TERP, 4 findings judged false), and a root cause analysis, a postmortem by another name, `# Root Cause Analysis - Issue #45` (survey 51a, gpt153/project-orchestrator's `.agents/rca-reports/`, 6 findings judged false); or, without task list items, the last word of its title's first part, before a dash or a colon, where the rest says what it covers: `# UI Audit — Phase 0 Discovery`, `# Security Audit: Payments` (survey 29a: 8 findings judged false in three phase audits), an evaluation so headed too, `# Backend Evaluation — Version 1.00` (survey 58a, orbas1/Nodejs-Gigvora's pre-update evaluations, which the update then rewrote: 71 findings (56 stale, 15 shifted), the 29 sampled all judged false; `# Model Evaluation`, with no part after it, may be the page on how a model is evaluated, and is judged); or its opening lines say `This report`; or, in a language that puts the noun first, the first word of its title, or of the title's last part after a dash or a colon, is `Informe`, `Reporte`, `Auditoría`, `Auditoria`, `Relatório`, `Rapport`, `Rapporto`, `Revisión`, `Revisão`, `Revisione` or German `Bestandsaufnahme` (`# Web-Recherche im Mana-System — Bestandsaufnahme & Vergleich`, dated `**Datum:** 2026-04-17`, its roadmap's boxes never ticked: survey 105e, mana-monorepo, 2 findings judged false; a German title ending `Bericht` or `…bericht`, `# Prüfbericht`, names a report as English `Report` does, though not `Statusbericht` or `Fortschrittsbericht`, a status kept current: survey 8): `# Auditoría técnica – cam-weight-wiz`, `# Relatório de Revisão e Validação de Artefatos`, `# Observabilidade e Qualidade – Revisão de Configuração`; survey 28: 47 such findings judged false in a Spanish and a Portuguese repository; or, in Chinese, Japanese or Korean, which write no space before it, the last word of its title or file name ends with the word for report or audit (`# Profile 页面安全审计报告`, `路径分析报告.md`, `報告書`, `보고서`, `审计`, `監査`: survey 44b, Stratos' audit reports, 60 citation findings judged false); a document with no level-1 heading whose first line is bold text alone, `**Step 13 Review**`, has that text as its title: survey 43a, 6 findings judged false in such a review; so does one whose first line is a heading of another level, `### Round 334 — 🛡️ 2026-04-13T00:00+09:00 — …`: survey 50a, arc-reactor's round reports, 5 shifted findings judged false): each line records the code of the day it was written; so does a dated plan of the superpowers plugin (its opening lines name `superpowers:executing-plans` or `superpowers:subagent-driven-development`, its file name its date) whose boxes nobody has marked and whose status does not say its work is under way: subagents carry it out and track its steps elsewhere (survey 36c, 6 findings judged false); so does a dated report whose boxes nobody has marked (every item `- [ ]`) and whose status does not say its work is under way (`**Status:** In progress`, `**Статус:** В работе`): its open items are the recommendations of its day, an audit's roadmap of follow-ups, not a checklist worked in it (survey 26: a Russian audit report dated `**Дата аудита:**`, 10 findings judged false); one box ticked since, and the list is worked: judged; so does a report with task items that nobody edited after the commit that added it (its file name or title says `report`, `audit`, `investigation` or `postmortem`, or `…报告`, or its title says `review` or `assessment` and it carries its day, `**Date:** 2025-11-08`: survey 45a, FGD's review summary, 4 findings judged false; an undated review is a page teams keep ticking; a dated one may say so before a colon or a dash, `# Ralph-Gold Codebase Review: Bugs, Bloat, and Technical Debt`, survey 60a, jscraik/ralph-gold, 7 findings judged false), its status not in progress: its ticked and open boxes are the report's findings of its day, a test report's features tested and still to test (survey 44b, Stratos' `…系统推演报告.md`, 18 citation findings judged false); a report whose box was ticked in a later commit is worked, and judged. A document that says `Last updated` (or `Updated`, `最后更新`, `Zuletzt aktualisiert`, `Последнее обновление`) promises to be current and is judged (a bare `Updated` with no colon or date after it is a change verb, not a stamp: a session note whose opening list says `- Updated the fixture and the debug scripts`, survey 42b, NixOS-boot-image's dated work notes), unless its own status says its work is finished (`**Status:** ✅ Complete` over `**Last Updated:** 2025-11-11`: agent-written plans carry the stamp finished or not); so is one with task list items (a checklist is ticked as work goes on), unless its status is finished or it carries its date (in its file name or a stamp such as `**Date:** 2024-12-31`; a date in the title is not enough) and every item is ticked (a dated plan, carried out; a dated QA punch list whose fixes are all verified: survey 42a, mk-language-lab, 2 findings judged false). The citing line is dated as `git blame -M` dates it: through renames of its document, so a moved document's lines keep the date they were written. A citation the line's last edit only carried over (another part of the line was rewritten, the document held the citation as often before) is dated from the version that wrote it, when the block its numbers named had moved by that edit (edited where it stood, it was re-read) (survey s114c, Teagan42/Eddie: a path sweep of its CLI reference kept another citation's numbers of the week before). A citing line that a merge brought in is read against the cited file as it stood in the commit of the merged branch that wrote the citation (survey 51d), not in the merge. A line whose only change is its line end or blanks at its end (a file converted from CRLF to LF) is unchanged; so is one whose only change is the width of the blanks between its words, after an indentation that stayed (gofmt re-aligned a map's values when a longer key left it, `\"priority\":           \"Low\",` → `\"priority\":          \"Low\",`: survey 45b, kubernaut's test plans, 4 findings judged false), and one whose only change is a code formatter's: the blanks beside punctuation (`{a: 1}`, `{ a: 1 }`), the kind of its quotes, a `;` or `,` at its end or before a closing bracket, the parentheses of an arrow function's one parameter (`(page) =>`, `page =>`), a line broken in several or lines joined in one (Prettier run over a code base after its documents cited it: survey 87b, leeeeeeeeujin-ctrl/starbase, 293 findings, 17 of 20 sampled judged false); a line indented anew, words joined or split, and any other edit are a change.",
    bad: "Retries are capped at 3.【F:src/retry.py†L10-L12】 (line 11 edited after this line was written)",
    good: "Re-read the cited lines, update the sentence and its range if needed, and commit it: the citation is then newer than the change.",
};

use std::collections::HashMap;
use std::ops::Range;

use crate::blocks::{self, Fate};
use crate::diagnostic::Finding;
use crate::diagnostic::{Edit, Safety};
use crate::document::Document;
use crate::document::citation::LineRange;
use crate::document::list_marker;
use crate::history::{CitationQuery, CommitInfo, FileLines, Hint, History, ReadAt};
use crate::rules::Context;
use crate::rules::citation_shifted;
use crate::rules::merged_citation;
use crate::rules::references::Followed;
use crate::source::RepoView;
use crate::suppress::Suppressions;

/// One citation that resolved, with what the history needs.
pub struct Cited {
    pub span: Range<usize>,
    pub ranges: Vec<LineRange>,
    pub path: String,
    /// The Markdown lines the citation is written on (1-based).
    pub citing: Vec<u32>,
    /// Its text (what a fix rewrites): the request keeps no copy of the
    /// whole document while the history is walked.
    pub source: String,
    /// It closes a past-tense change-log entry (see [`in_log_entry`]) or
    /// stands in a dated entry (see [`dated_entry`]): never stale.
    pub log_entry: bool,
    /// It stands in an entry of a change log (see [`change_entry`]) or in a
    /// dated section of a working log (see [`work_log`]): never stale, and
    /// never shifted (nobody renumbers a historical entry).
    pub change_entry: bool,
    /// The text of the lines a line link (`[x](a.toml#L7)`) is written on,
    /// when they are short (see [`kept_keys`] and [`citing_lines`]).
    pub line_text: Option<String>,
    /// It stands on the first line of a ticked task item (see
    /// [`ticked_since`]).
    pub in_ticked_item: bool,
    /// The citing line, or the table cell, that [`hint_words`] reads, with
    /// the citation's place in it (None: longer than [`CITING_LINE_BYTES`]).
    /// Its words are read only when the history has to tell which version
    /// of the cited file the numbers were read at, which few citations need.
    pub hint_line: Option<(Box<str>, Range<usize>)>,
}

impl Cited {
    /// Words the citing line quotes in code spans beside the citation
    /// (`` `x.cu:149` (`cublasLtMatmul(...)`) ``) and its longer prose words:
    /// they say which version of the cited file the numbers were read at
    /// (see [`hint_words`]).
    pub fn hint(&self) -> Hint {
        self.hint_line
            .as_ref()
            .map(|(line, own)| hint_words(line, own))
            .unwrap_or_default()
    }
}

/// What a citing `line` (see [`hint_line`]; the citation at `own`) says of
/// the cited code, lowercased: the identifiers (four characters or more) of
/// its code spans other than the one holding the citation and those that
/// are themselves paths or citations, and the longer words of its prose
/// (five letters or more, common words left out). They tell which version of the cited file
/// the numbers were read at (survey 95b, CodeGandee/accelsim-test's
/// `` `cpp/src/cublaslt_gemm.cu:149` (`cublasLtMatmul(...)`) ``, written in
/// the commit that also moved the cited code).
fn hint_words(line: &str, own: &Range<usize>) -> Hint {
    let mut hint = Hint::default();
    let push = |into: &mut Vec<String>, piece: &str, min: usize, code: bool| {
        for w in piece.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            let w = w.to_ascii_lowercase();
            if w.len() >= min
                && w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && (code || !HINT_STOP_WORDS.contains(&w.as_str()))
                && !into.contains(&w)
            {
                into.push(w);
            }
        }
    };
    let mut at = 0;
    for (i, piece) in line.split('`').enumerate() {
        let range = at..at + piece.len();
        at = range.end + 1;
        // An odd piece is a code span when a backtick closes it.
        let in_code = i % 2 == 1 && range.end < line.len();
        let overlaps = range.start < own.end && own.start < range.end;
        if in_code {
            if !(overlaps || piece.contains('/') || piece.contains(':')) {
                push(&mut hint.code, piece, 4, true);
            }
        } else {
            // Prose: the citation itself (a bare `path:LINE`) left out.
            let kept: String = piece
                .char_indices()
                .map(|(j, c)| {
                    if own.contains(&(range.start + j)) {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            for word in kept.split_whitespace() {
                if !(word.contains('/') || word.contains('.') && word.contains(':')) {
                    push(&mut hint.prose, word, 5, false);
                }
            }
        }
    }
    hint
}

/// The line of `text` around `span`, or in a table row the citation's own
/// cell (from the pipe before it to the one after it: the row's other cells
/// speak of other things), with the citation's place in it: what
/// [`hint_words`] reads. None when longer than [`CITING_LINE_BYTES`].
fn hint_line(text: &str, span: &Range<usize>) -> Option<(Box<str>, Range<usize>)> {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return None;
    };
    let mut start = before.rfind('\n').map_or(0, |i| i + 1);
    let mut end = after.find('\n').map_or(text.len(), |i| span.end + i);
    if text
        .get(start..end)
        .is_some_and(|l| l.trim_start().starts_with('|'))
    {
        // The cell: from the pipe before the citation to the one after it.
        let cell_start = text[start..span.start].rfind('|').map(|i| start + i + 1);
        let cell_end = text[span.end..end].find('|').map(|i| span.end + i);
        start = cell_start.unwrap_or(start);
        end = cell_end.unwrap_or(end);
    }
    let line = text
        .get(start..end)
        .filter(|l| l.len() <= CITING_LINE_BYTES)?;
    Some((line.into(), span.start - start..span.end - start))
}

/// Prose words too common to say which code a sentence means.
const HINT_STOP_WORDS: &[&str] = &[
    "about", "above", "after", "again", "added", "before", "being", "below", "check", "class",
    "could", "current", "every", "false", "field", "file", "files", "first", "function", "later",
    "line", "lines", "method", "might", "module", "never", "other", "should", "since", "still",
    "their", "there", "these", "those", "through", "under", "value", "where", "which", "while",
    "would",
];

/// Longest citing line kept for [`kept_keys`]: a line holding 100,000
/// citations keeps no copy of itself per citation.
const CITING_LINE_BYTES: usize = 4096;

/// The lines of `text` around `span`, for a line link only, read no further
/// than [`CITING_LINE_BYTES`] each way (None past that: [`kept_keys`] then
/// does not excuse the link).
fn citing_lines(text: &str, span: &std::ops::Range<usize>) -> Option<String> {
    let own = text.get(span.clone())?;
    if !(own.starts_with('[') && own.contains("#L")) {
        return None;
    }
    let bytes = text.as_bytes();
    let from = span.start.saturating_sub(CITING_LINE_BYTES);
    let start = match memchr::memrchr(b'\n', &bytes[from..span.start]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let to = span.end.saturating_add(CITING_LINE_BYTES).min(bytes.len());
    let end = match memchr::memchr(b'\n', &bytes[span.end..to]) {
        Some(i) => span.end + i,
        None if to == bytes.len() => to,
        None => return None,
    };
    text.get(start..end).map(str::to_string)
}

/// A document's questions to the history (answered alone, or with every
/// other document's in one walk).
pub struct StaleRequest {
    pub path: String,
    pub suppress: Suppressions,
    /// A dated record: never stale (see [`dated_record`]).
    dated: bool,
    /// The document says its line numbers drift: never shifted (see
    /// [`numbers_drift`]).
    drifting: bool,
    doc_lines: FileLines,
    cited: Vec<Cited>,
    files: HashMap<String, FileLines>,
    /// Of each file cited by a few lines, its lines that say nothing (see
    /// [`citation_shifted::says_nothing`]), sorted.
    blank: HashMap<String, Vec<u32>>,
    /// Of each file cited by line 1 alone, its lines that carry nothing a
    /// sentence could claim (see [`claims_nothing`]), sorted.
    empty_firsts: HashMap<String, Vec<u32>>,
    /// Of each file cited by line 1 alone, how many lines open it with its
    /// imports (see [`import_preamble`]).
    import_preambles: HashMap<String, u32>,
}

/// Reports citations whose cited lines changed after the citing line was last
/// committed. In a batched run the question is queued for the engine.
/// `followed` are the document's references whose lines can be followed
/// (citations, `#L` line anchors, code spans `path:LINE`; see
/// [`crate::rules::references::Followed`]).
pub fn check(ctx: &Context<'_>, doc: &Document, followed: &[Followed], out: &mut Vec<Finding>) {
    let Some(req) = request(ctx, doc, followed) else {
        return;
    };
    // Not batched: answer this document alone.
    if let Some(req) = ctx.history.defer(req) {
        out.extend(answer(ctx.repo, ctx.history, &[req]).into_iter().flatten());
    }
}

/// The questions of one document, or None when it has nothing to ask.
pub fn request(ctx: &Context<'_>, doc: &Document, followed: &[Followed]) -> Option<StaleRequest> {
    let wanted = ctx.config.severity(&RULE).is_some()
        || ctx.config.severity(&citation_shifted::RULE).is_some();
    if !wanted || !ctx.history.blames_enabled() || followed.is_empty() {
        return None;
    }
    // With a single commit no citation can be stale: asked before the
    // citations are read for the entries they stand in, which costs more.
    if !ctx.history.has_history() {
        return None;
    }
    // Whether the document is a change log: once per document.
    let change_log = change_log(doc);
    let work_log = work_log(doc);
    let cited: Vec<Cited> = followed
        .iter()
        .map(|f| {
            let change_entry = (change_log && change_entry(doc, f.span.start))
                || (work_log && under_dated_heading(doc, f.span.start))
                || under_dated_log_heading(doc, f.span.start)
                || changes_made_entry(doc, f.span.start)
                || before_state_section(doc, f.span.start);
            let first = doc.line_col(f.span.start).0 as u32;
            let last = doc
                .line_col(f.span.end.saturating_sub(1).max(f.span.start))
                .0 as u32;
            Cited {
                span: f.span.clone(),
                ranges: f.ranges.clone(),
                path: f.path.clone(),
                citing: (first..=last).collect(),
                source: doc.text.get(f.span.clone()).unwrap_or("").to_string(),
                log_entry: change_entry
                    || in_log_entry(doc, f.span.start)
                    || dated_entry(doc, f.span.start)
                    || dated_row(doc, f.span.start)
                    || current_state_of_plan(doc, f.span.start),
                change_entry,
                line_text: citing_lines(&doc.text, &f.span),
                in_ticked_item: doc
                    .tasks
                    .iter()
                    .any(|t| t.checked && t.span.contains(&f.span.start)),
                hint_line: hint_line(&doc.text, &f.span),
            }
        })
        .collect();
    let history = ctx.history;
    // The document's text is the bytes the run read (a document that is not
    // UTF-8 is not parsed), so the blob they are known to be holds for it.
    let doc_lines = history.file_lines(
        &doc.path,
        doc.text.as_bytes(),
        ctx.repo.blob_of_read(&doc.path),
    );
    // Each cited file is read and mapped onto its committed version once per run.
    let mut files: HashMap<String, FileLines> = HashMap::new();
    for c in &cited {
        if !files.contains_key(&c.path)
            && let Some(fl) = history.cited_file_lines(&c.path, || ctx.repo.read_with_blob(&c.path))
        {
            files.insert(c.path.clone(), fl);
        }
    }
    // Lines that say nothing, of the files cited by a few lines (a blank line
    // or a `}` that moved is not a finding: see `citation/shifted`).
    let mut blank: HashMap<String, Vec<u32>> = HashMap::new();
    for c in &cited {
        if citation_shifted::few_lines(&c.ranges)
            && files.contains_key(&c.path)
            && !blank.contains_key(&c.path)
            && let Some(text) = ctx.repo.read(&c.path)
        {
            blank.insert(c.path.clone(), citation_shifted::blank_lines(&text));
        }
    }
    // Lines that claim nothing, of the files cited by line 1 alone (`path:1`
    // names the file; see `names_file`).
    let mut empty_firsts: HashMap<String, Vec<u32>> = HashMap::new();
    let mut import_preambles: HashMap<String, u32> = HashMap::new();
    for c in &cited {
        if matches!(c.ranges.as_slice(), [r] if r.start == 1 && r.end == 1)
            && files.contains_key(&c.path)
            && !empty_firsts.contains_key(&c.path)
            && let Some(text) = ctx.repo.read(&c.path)
        {
            let lines = String::from_utf8_lossy(&text)
                .lines()
                .zip(1u32..)
                .filter(|(l, _)| claims_nothing(l))
                .map(|(_, n)| n)
                .collect();
            empty_firsts.insert(c.path.clone(), lines);
            import_preambles.insert(
                c.path.clone(),
                import_preamble(&String::from_utf8_lossy(&text)),
            );
        }
    }
    Some(StaleRequest {
        path: doc.path.clone(),
        suppress: Suppressions::of(doc),
        dated: dated_record(doc)
            || archived(&doc.path)
            || run_record(&doc.path)
            || day_folder_record(ctx, doc)
            || reports_folder_record(ctx, doc)
            || report_written_once(ctx, doc)
            || run_artifact_note(ctx, &doc.path)
            || superseded(ctx, &doc.path)
            || pinned_to_commit(doc)
            || released_version_record(ctx, doc),
        drifting: numbers_drift(doc),
        doc_lines,
        cited,
        files,
        blank,
        empty_firsts,
        import_preambles,
    })
}

/// Whether the document is a record frozen in an archive folder: one named
/// `archive`, `archived`, `archives`, `deprecated`, `old`, `legacy` or `retired` (any
/// case, with a leading `_` or `.`), or with `archive` as a word of its name
/// (`DOCS/TASK_ARCHIVE/12_retry/`), and not the folder's README or index
/// page (see [`crate::rules::references::is_frozen`]). A `history/` folder,
/// frozen for links, is not enough here: its notes are often kept current
/// (survey 9).
fn archived(path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    crate::rules::references::is_frozen(path)
        && dir.split('/').any(|seg| {
            let lower = seg.trim_start_matches(['_', '.']).to_lowercase();
            matches!(lower.as_str(), "deprecated" | "old" | "legacy" | "retired")
                || lower
                    .split(['_', '-', '.', ' '])
                    .any(|w| matches!(w, "archive" | "archived" | "archives"))
        })
}

/// Whether the document is the output of one run of a tool or an agent,
/// filed in a folder named by the run's timestamp under a reports tree
/// (`reports/pre_impl_verification/20260127-1724/GAPS.md`,
/// `reports/branch_cleanup/20260201_181829/`, `reports/agents/AGENT_B/TC-953/
/// run_20260203_160226/`): a folder segment holding a compact date and a
/// time (see [`run_stamp`]) below a folder named `reports`, `report` or
/// `runs` (any case, or as a word of its name: `test-reports`). A new run
/// writes a new folder; what the run wrote records the tree of its day,
/// whatever its stamps or its open boxes say (survey 26, foss-launcher: 377
/// of 379 such documents committed once; 44 findings judged false).
fn run_record(path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    let mut under_reports = false;
    for seg in dir.split('/') {
        if under_reports && run_stamp(seg) {
            return true;
        }
        let lower = seg.trim_start_matches(['_', '.']).to_lowercase();
        under_reports |= lower
            .split(['_', '-', '.', ' '])
            .any(|w| matches!(w, "report" | "reports" | "runs"));
    }
    false
}

/// Whether the document is the note of one run filed with the run's outputs:
/// it stands in a folder below an `artifacts` folder (any case, or as a word
/// of its name: `test-artifacts`), not in that folder itself, and its folder
/// holds, at any depth, at least three tracked files that are no documents
/// (the run's benchmark JSON, server logs, golden outputs and checksums).
/// frankenredis' `artifacts/optimization/<bead>/pass176/KEPT.md` and
/// `…/PROOF.md` each sum up one optimization pass beside its hyperfine
/// results, citing `crates/fr-store/src/lib.rs:37705` as the code stood in
/// that pass: a new pass writes a new folder, and nobody renumbers an old
/// one (survey 41a: 16 findings, the 7 of the sample judged false). The
/// folder's index (`artifacts/README.md`) and a note with no outputs beside
/// it are judged.
fn run_artifact_note(ctx: &Context<'_>, path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    let segs: Vec<&str> = dir.split('/').collect();
    let Some(at) = segs.iter().position(|seg| {
        seg.trim_start_matches(['_', '.'])
            .to_lowercase()
            .split(['_', '-', '.', ' '])
            .any(|w| matches!(w, "artifact" | "artifacts"))
    }) else {
        return false;
    };
    if at + 1 == segs.len() {
        return false;
    }
    let outputs = ctx
        .repo
        .tracked_files_under(dir)
        .into_iter()
        .filter(|f| {
            let lower = f.to_lowercase();
            ![".md", ".mdx", ".markdown", ".rst", ".adoc"]
                .iter()
                .any(|ext| lower.ends_with(ext))
        })
        .take(3)
        .count();
    outputs >= 3
}

/// Whether the document is a record of the day its folder is named by: a
/// folder whose name opens with an ISO date (`2026-07-02-discovery`,
/// `2026-07-02`) below a folder named `audit`, `audits`, `reports`,
/// `report` or `runs` (any case, or as a word of its name), no unticked
/// task item in the document, and git last touched the document no later
/// than the day after that date. The documents of a dated audit, written on
/// its day and never edited since, record the tree of that day (survey 27a,
/// Alfanumrik's `docs/audit/2026-07-02-*/`: read-only audits, "All
/// file:line citations verified against the working tree at that date").
/// A folder of a day alone is not enough (a page may be kept through that
/// day and after): one edited later, or holding open boxes, is judged.
pub fn day_folder_record(ctx: &Context<'_>, doc: &Document) -> bool {
    // Or an audit folder whose index carries the audit's day in its title
    // (`agents/tiger-style-audit/README.md`: `# Tiger Style Audit Index
    // (2026-02-09)`): see [`crate::rules::audit_index`].
    let Some(day) = day_folder(&doc.path).or_else(|| crate::rules::audit_index::day(ctx, doc))
    else {
        return false;
    };
    if doc.has_open_task() {
        return false;
    }
    untouched_after(ctx, &doc.path, &day)
}

/// Whether git last touched `path` no later than the day after `day` (an
/// ISO date, `2026-07-02`): written on that day and never edited since.
fn untouched_after(ctx: &Context<'_>, path: &str, day: &str) -> bool {
    let Ok(date) = day.parse::<jiff::civil::Date>() else {
        return false;
    };
    let Ok(next) = date.tomorrow() else {
        return false;
    };
    ctx.history
        .newest_touch(&[path.to_string()])
        .remove(path)
        .is_some_and(|last| last.date() <= next.to_string())
}

/// Whether the document is one of the reports filed in a folder named
/// `reports` (the folder the document stands in, any case, holding at least
/// three documents: a folder of reports, not a lone page), with no task
/// item, no status under way and no promise to be kept current, that git
/// last touched no later than the day after the first-parent commit that
/// added it: a report written in one sitting and never edited since records
/// the tree of its day, whatever its own title (survey 59e,
/// AllIincompassing's `reports/admins_contract.md` and
/// `reports/clients_routes_map.md`, the per-domain maps of one agent's
/// diagnostic run, added and refreshed on 2025-09-30 and never edited
/// after, their citations of edge functions rewritten by hundreds of
/// commits since: 27 stale findings judged false). The folder's `README.md`
/// or `index.md` is its index, and is judged; so is a document of a reports
/// folder edited on a later day (a status page kept there), or one with
/// task items (a checklist ticked as work goes on).
pub fn reports_folder_record(ctx: &Context<'_>, doc: &Document) -> bool {
    let Some((dir, name)) = doc.path.rsplit_once('/') else {
        return false;
    };
    let folder = dir.rsplit('/').next().unwrap_or(dir);
    if !folder.eq_ignore_ascii_case("reports") {
        return false;
    }
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    if stem.eq_ignore_ascii_case("readme") || stem.eq_ignore_ascii_case("index") {
        return false;
    }
    if !doc.tasks.is_empty() {
        return false;
    }
    let top = Top::read(doc);
    if top.living || top.in_progress() {
        return false;
    }
    // A folder of reports: at least three documents right in it. A lone
    // page filed in a `reports` folder is judged by what it says of itself.
    let reports = ctx
        .repo
        .tracked_files_under(dir)
        .into_iter()
        .filter(|f| {
            let lower = f.to_lowercase();
            f.rsplit_once('/').is_some_and(|(parent, _)| parent == dir)
                && [".md", ".mdx", ".markdown", ".rst", ".adoc"]
                    .iter()
                    .any(|ext| lower.ends_with(ext))
        })
        .take(3)
        .count();
    if reports < 3 {
        return false;
    }
    ctx.history
        .arrived(&doc.path)
        .is_some_and(|added| untouched_after(ctx, &doc.path, &added.date()))
}

/// Whether the document is a report with task items that nobody edited
/// after the commit that added it: its ticked and open boxes are the
/// report's own findings of its day (a test report's features tested and
/// still to test), not a checklist worked in it. A report here is a
/// document whose file name or title names it one with `report`, `audit`,
/// `investigation` or `postmortem` (or the Chinese, Japanese or Korean word:
/// `…系统推演报告`), or a dated `review` or `assessment` (an undated one is
/// a page teams keep ticking); and whose status does not say its work is under way, nor its
/// opening lines that it is kept current (survey 44b, Stratos' test report,
/// written in one commit and never edited: 18 citation findings judged
/// false). A report edited after it was written (a box ticked since, a
/// line changed) is worked, and judged; so is a checklist written once
/// that does not call itself a report.
pub fn report_written_once(ctx: &Context<'_>, doc: &Document) -> bool {
    if doc.tasks.is_empty() {
        return false;
    }
    let top = Top::read(doc);
    // A review or an assessment counts when it carries its day (`# Bot
    // System Review - Summary` over `**Date:** 2025-11-08`: survey 45a,
    // FGD, 4 findings judged false); undated, teams keep ticking one.
    // A dated one headed as a review before a colon or a dash, what it
    // covers after it (`# Ralph-Gold Codebase Review: Bugs, Bloat, and
    // Technical Debt` over `**Date:** 2026-01-19` and 27 open boxes of fixes:
    // survey 60a, jscraik/ralph-gold, 7 findings judged false), counts too:
    // written once, its boxes are its findings of that day.
    let dated = top.dated(doc);
    if top.living || top.in_progress() || !top.names_report(doc, dated, dated) {
        return false;
    }
    ctx.history.written_once(&doc.path)
}

/// The ISO date (`2026-07-02`) that opens the name of a folder of `path`
/// below an audit, reports or threat-model folder (see [`day_folder_record`]).
/// A folder named by a month alone (`docs/threat-model/2026-06/`, one
/// month's scan beside the last one's `2026-05/`) gives that month's last
/// day: its documents record the tree of that month when nobody edited them
/// after it (survey 88c, ericfitz/tmi's vulnerability scan and candidate
/// patches of June 2026: 36 citation findings judged false).
fn day_folder(path: &str) -> Option<String> {
    let (dir, _) = path.rsplit_once('/')?;
    let mut under = false;
    for seg in dir.split('/') {
        if under {
            if let Some(head) = seg.get(..10)
                && iso_day(head)
                && matches!(seg.as_bytes().get(10), None | Some(b'-' | b'_'))
            {
                return Some(head.to_string());
            }
            if let Some(last) = month_folder_end(seg) {
                return Some(last);
            }
        }
        let lower = seg.trim_start_matches(['_', '.']).to_lowercase();
        let joined: String = lower.chars().filter(char::is_ascii_alphanumeric).collect();
        under |= joined.starts_with("threatmodel")
            || lower
                .split(['_', '-', '.', ' '])
                .any(|w| matches!(w, "audit" | "audits" | "report" | "reports" | "runs"));
    }
    None
}

/// The last day (`2026-06-30`) of the month a folder is named by alone
/// (`2026-06`, a plausible year and month and nothing after them).
fn month_folder_end(seg: &str) -> Option<String> {
    let b = seg.as_bytes();
    if b.len() != 7
        || b[4] != b'-'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
    {
        return None;
    }
    let year: i16 = seg.get(..4)?.parse().ok()?;
    let month: i8 = seg.get(5..)?.parse().ok()?;
    if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let first = jiff::civil::Date::new(year, month, 1).ok()?;
    Some(first.last_of_month().to_string())
}

/// Whether `s` is a date written `YYYY-MM-DD` with a plausible month and day.
fn iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, c| acc * 10 + u32::from(c - b'0'))
    };
    (1..=12).contains(&num(5..7)) && (1..=31).contains(&num(8..10))
}

/// Whether a folder name carries a run's timestamp: a compact date
/// `YYYYMMDD` (a plausible year, month and day), then `-`, `_` or `T`, then a
/// time `HHMM` or `HHMMSS` (a `Z` may follow), standing alone between the
/// ends of the name and `_` or `-` (`20260127-1724`, `20260126_154500`,
/// `run_20260204_114709`, `20260128_205133_e2e_hardening`,
/// `20260127T172400Z`). A date alone (`2026-01-27`, `20260127`) is not one:
/// a folder of a day may hold a page kept through that day.
fn run_stamp(seg: &str) -> bool {
    let b = seg.as_bytes();
    let num = |r: Range<usize>| -> Option<u32> {
        let w = b.get(r)?;
        w.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let bound = |c: Option<&u8>| c.is_none_or(|c| matches!(c, b'_' | b'-'));
    (0..b.len()).any(|i| {
        if i > 0 && !matches!(b[i - 1], b'_' | b'-') {
            return false;
        }
        let (Some(y), Some(m), Some(d)) = (num(i..i + 4), num(i + 4..i + 6), num(i + 6..i + 8))
        else {
            return false;
        };
        let date = (1990..=2099).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
        if !date || !matches!(b.get(i + 8), Some(b'-' | b'_' | b'T')) {
            return false;
        }
        let t = i + 9;
        let (Some(h), Some(min)) = (num(t..t + 2), num(t + 2..t + 4)) else {
            return false;
        };
        if h > 23 || min > 59 {
            return false;
        }
        let after_hm = t + 4;
        let end = match num(after_hm..after_hm + 2) {
            Some(sec) if sec <= 59 && !b.get(after_hm + 2).is_some_and(u8::is_ascii_digit) => {
                after_hm + 2
            }
            Some(_) => return false,
            None => after_hm,
        };
        let end = if b.get(end) == Some(&b'Z') {
            end + 1
        } else {
            end
        };
        bound(b.get(end))
    })
}

/// Whether the document says, in its opening lines, which commit its line
/// numbers were read at (slidev's plans: `**Planned at**: commit
/// `c63cb120``, with a drift check `git diff --stat c63cb120..HEAD`): its
/// `path:LINE` excerpts are as of that commit by design, and whoever
/// carries it out re-checks them. A line of the first fifteen that names a
/// commit (`commit`, `planned at`, `as of`, `base:`, `pinned`, a range
/// `37f8152..HEAD`, or the word `SHA` alone: a read-only audit's `> SHA:
/// `75bd718…``, survey 96b) beside an abbreviated or full
/// commit id (7 to 40 hex digits, with a digit and a letter) counts; a
/// checksum's `SHA256:` is no commit.
fn pinned_to_commit(doc: &Document) -> bool {
    doc.text.lines().take(15).any(|l| {
        let lower = l.to_lowercase();
        let names = ["commit", "planned at", "pinned", "as of", "base:", "..head"]
            .iter()
            .any(|w| lower.contains(w))
            || lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "sha");
        names
            && lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                (7..=40).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_hexdigit())
                    && w.bytes().any(|b| b.is_ascii_digit())
                    && w.bytes().any(|b| b.is_ascii_alphabetic())
            })
    })
}

/// Whether the document says, in a paragraph of its opening thirty lines,
/// that its line numbers will move as the code does (rolldown's
/// `internal-docs/cache/implementation.md`: "All file/line references are
/// against the working tree at the time of writing and will drift; treat
/// them as starting points."): a paragraph that names lines or references
/// (`line`, `reference`) and says they `will drift` or `may drift` (`might`,
/// `can`). Its authors do not renumber a citation whose lines only moved
/// (survey 45c: 3 shifted findings judged false); a changed line is still
/// stale, and a document that says nothing of drift is judged.
fn numbers_drift(doc: &Document) -> bool {
    let head: Vec<&str> = doc.text.lines().take(30).collect();
    head.split(|l| l.trim().is_empty()).any(|para| {
        let text = para.join(" ").to_lowercase();
        (text.contains("line") || text.contains("reference"))
            && ["will", "may", "might", "can"]
                .iter()
                .any(|v| text.contains(&format!("{v} drift")))
    })
}

/// Whether the document is one of a dated series that a newer one has
/// superseded: its file name carries a date (`final-checklist-20240522.md`)
/// and its folder holds the same name with a later date
/// (`final-checklist-20240917.md`). Its open items were that day's; the
/// newer checklist carries on, and nobody updates the old one's numbers
/// (survey 14: bhg's dated QA checklists).
///
/// So is a numbered round of a review or audit whose next round stands
/// beside it: `SOLUTION_REVIEW_V5.md` beside `SOLUTION_REVIEW_V6.md` (a
/// token `V5` or `v5` between separators, in a file name whose words say
/// `review`, `audit`, `report`, `assessment`, `analysis` or `evaluation`).
/// A coding agent reviews a solution round by round, each round a new file
/// citing the code of its day; the older rounds are kept as its history
/// (survey 55a, marius-posa/codeql-devin-fixer's six solution reviews, 1
/// finding judged false). The last round is judged, and so are numbered
/// documents of other kinds (`API_SPEC_V1.md` beside `API_SPEC_V2.md`: a
/// version still served keeps its own specification).
///
/// So is a document of a release's folder beside the folder of a newer
/// release (see [`older_version_folder`]).
pub fn superseded(ctx: &Context<'_>, path: &str) -> bool {
    if older_version_folder(ctx, path) {
        return true;
    }
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    if let Some((key, version)) = report_round(name) {
        return ctx
            .repo
            .children(dir)
            .iter()
            .any(|n| report_round(n).is_some_and(|(k, v)| k == key && v > version));
    }
    let Some((key, date)) = name_date(name) else {
        return false;
    };
    ctx.repo
        .children(dir)
        .iter()
        .any(|n| name_date(n).is_some_and(|(k, d)| k == key && d > date))
}

/// Whether `path` stands below a folder named for a release (`1.2`,
/// `v1.4.7`, `version-1.2`, `release-1.2`: two or three numbers) whose parent
/// folder also holds the folder of a newer release (`docs/versions/1.2/`
/// beside `docs/versions/1.4/`). A project that snapshots its documentation
/// per release (sphinx-multiversion's folders, Docusaurus'
/// `versioned_docs/version-1.2/`) keeps the older folders as that release's
/// documentation, citing the code it shipped with; nobody renumbers them as
/// the code moves on (survey s110b, isaacnfairplay/duckplus's
/// `docs/versions/1.2/` and `1.3/` beside `1.4/`: 14 findings judged false).
/// The nearest such folder decides; the newest release's folder, a release
/// folder with no newer sibling, and a single number (`api/v1/` beside
/// `api/v2/`, both served) are judged.
fn older_version_folder(ctx: &Context<'_>, path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    let segments: Vec<&str> = dir.split('/').collect();
    let Some(i) = segments.iter().rposition(|s| folder_release(s).is_some()) else {
        return false;
    };
    let Some(version) = folder_release(segments[i]) else {
        return false;
    };
    let parent = segments[..i].join("/");
    ctx.repo
        .children(&parent)
        .iter()
        .any(|n| folder_release(n).is_some_and(|v| v > version))
}

/// The release a folder's whole name is (`1.2`, `v1.4.7`, `version-1.2`,
/// `release_1.2`), else None (`1.2-notes`, `v1`, `2.0.md`).
fn folder_release(name: &str) -> Option<crate::history::Release> {
    let lower = name.to_ascii_lowercase();
    let rest = ["release-", "release_", "version-", "version_"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    let (version, used) = crate::history::release_prefix(rest)?;
    (used == rest.len()).then_some(version)
}

/// The round a review's or audit's file name numbers (`SOLUTION_REVIEW_V5.md`
/// → 5), with the name around it (`SOLUTION_REVIEW_#.md`): see
/// [`superseded`].
fn report_round(name: &str) -> Option<(String, u32)> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let words: Vec<(usize, &str)> = stem
        .split(['_', '-', '.', ' '])
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let kind = words.iter().any(|(_, w)| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "review" | "reviews" | "audit" | "report" | "assessment" | "analysis" | "evaluation"
        )
    });
    if !kind {
        return None;
    }
    let (at, w) = words.iter().find(|(_, w)| {
        w.len() >= 2
            && w.len() <= 4
            && w.starts_with(['v', 'V'])
            && w[1..].bytes().all(|b| b.is_ascii_digit())
    })?;
    let version = w[1..].parse::<u32>().ok()?;
    Some((
        format!("{}#{}", &name[..*at], &name[at + w.len()..]),
        version,
    ))
}

/// The date a file name carries (`20240522`, `2024-05-22`, `2024_05_22`) as
/// `YYYYMMDD`, with the name around it (the series: `final-checklist-#.md`).
pub(crate) fn name_date(name: &str) -> Option<(String, u32)> {
    let b = name.as_bytes();
    let num = |r: &[u8]| -> Option<u32> {
        r.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let valid = |y: u32, m: u32, d: u32| {
        (1990..=2099).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        // Separated: YYYY-MM-DD or YYYY_MM_DD.
        if let Some(w) = b.get(i..i + 10)
            && matches!(w[4], b'-' | b'_')
            && w[7] == w[4]
            && b.get(i + 10).is_none_or(|c| !c.is_ascii_digit())
            && let (Some(y), Some(m), Some(d)) = (num(&w[0..4]), num(&w[5..7]), num(&w[8..10]))
            && valid(y, m, d)
        {
            return Some((
                format!("{}#{}", &name[..i], &name[i + 10..]),
                y * 10_000 + m * 100 + d,
            ));
        }
        // Compact: YYYYMMDD.
        if let Some(w) = b.get(i..i + 8)
            && b.get(i + 8).is_none_or(|c| !c.is_ascii_digit())
            && let (Some(y), Some(m), Some(d)) = (num(&w[0..4]), num(&w[4..6]), num(&w[6..8]))
            && valid(y, m, d)
        {
            return Some((
                format!("{}#{}", &name[..i], &name[i + 8..]),
                y * 10_000 + m * 100 + d,
            ));
        }
    }
    None
}

/// Answers the requests of many documents in one walk; the findings of each.
/// A document of a finished task (see [`crate::rules::task_folder::finished`])
/// is a dated record too, and none of its citations is stale or shifted: that
/// is asked last, of a document with findings only, as the question reads
/// the repository's trackers and task folders (most documents have none).
pub fn answer(repo: &RepoView, history: &History, requests: &[StaleRequest]) -> Vec<Vec<Finding>> {
    let mut answers = answer_walk(history, requests);
    for (req, found) in requests.iter().zip(answers.iter_mut()) {
        if !found.is_empty() && crate::rules::task_folder::finished(repo, &req.path) {
            found.clear();
        }
    }
    answers
}

/// The walk of [`answer`]: every request's findings, the finished task not asked.
fn answer_walk(history: &History, requests: &[StaleRequest]) -> Vec<Vec<Finding>> {
    let mut asked: Vec<Vec<&Cited>> = Vec::with_capacity(requests.len());
    let mut queries: Vec<Vec<CitationQuery<'_>>> = Vec::with_capacity(requests.len());
    for req in requests {
        let (a, q): (Vec<&Cited>, Vec<CitationQuery<'_>>) = req
            .cited
            .iter()
            .filter_map(|c| {
                let cited = req.files.get(&c.path)?;
                Some((
                    c,
                    CitationQuery {
                        citing: c.citing.clone(),
                        cited,
                        ranges: &c.ranges,
                    },
                ))
            })
            .unzip();
        asked.push(a);
        queries.push(q);
    }
    let docs: Vec<(&FileLines, &[CitationQuery<'_>])> = requests
        .iter()
        .zip(&queries)
        .map(|(r, q)| (&r.doc_lines, q.as_slice()))
        .collect();
    let answers = history.citations_batch(&docs);
    let mut out = Vec::with_capacity(requests.len());
    for ((cits, ans), req) in asked.into_iter().zip(answers).zip(requests) {
        let mut found = Vec::new();
        for (c, answer) in cits.into_iter().zip(ans) {
            let Some(citing) = answer.citing else {
                continue;
            };
            // The cited file's path when the citation was written (renamed since).
            let then = answer.cited_then.as_deref();
            // A citation a merge brought in is read against its branch's file.
            let at = merged_citation::written_against(
                history,
                &req.path,
                citing.oid,
                &c.source,
                then.unwrap_or(&c.path),
                &c.ranges,
            );
            // The message names the commit that wrote the citation: the
            // branch's, for a citation a merge brought in.
            let written = (at != citing.oid)
                .then(|| history.commit(at))
                .flatten()
                .unwrap_or_else(|| citing.clone());
            // The commit that wrote the citation also changed the cited
            // lines: the numbers may have been read before that change.
            let read = history.read_at(&c.path, then, at, &c.ranges, || c.hint());
            let read_in = match read {
                ReadAt::Parent(parent) => parent,
                ReadAt::Written | ReadAt::Unsure => at,
            };
            if let Some(fate) = history.block_fate(&c.path, then, read_in, &c.ranges) {
                let change = answer
                    .change
                    .as_ref()
                    .filter(|k| history.is_newer(k, &citing));
                found.extend(
                    followed(req, c, &written, change, fate).map(|f| match read {
                        ReadAt::Unsure => guessed(f, &written),
                        ReadAt::Parent(_) => read_before(f, &written),
                        ReadAt::Written => f,
                    }),
                );
                continue;
            }
            // A range that ran past the end of the file when the citation was
            // written: the part that was there is followed, and judged by the
            // same measure (a few lines edited in a large block are not
            // stale). Its numbers were not right then, so nothing is re-anchored.
            if let Some(fate) = history.block_fate_clamped(&c.path, then, at, &c.ranges) {
                if matches!(&fate, Fate::Changed(ch) if ch.is_significant()) {
                    let change = answer
                        .change
                        .as_ref()
                        .filter(|k| history.is_newer(k, &citing));
                    found.extend(followed(req, c, &written, change, fate).map(|mut f| {
                        f.edits.clear();
                        f
                    }));
                }
                continue;
            }
            // The file was not there when the citation was written (the
            // citing document was merged ahead of it): the cited lines are
            // followed from the file's first version after the citing commit,
            // and judged by the same measure. Nothing is re-anchored: which
            // lines the numbers meant is not known.
            if let Some(first) = history.first_version_after(&c.path, citing.oid)
                && let Some(fate) = history
                    .block_fate(&c.path, None, first.oid, &c.ranges)
                    .or_else(|| history.block_fate_clamped(&c.path, None, first.oid, &c.ranges))
            {
                if matches!(&fate, Fate::Changed(ch) if ch.is_significant()) {
                    let change = answer
                        .change
                        .as_ref()
                        .filter(|k| history.is_newer(k, &first));
                    found.extend(followed(req, c, &citing, change, fate).map(|mut f| {
                        f.edits.clear();
                        f
                    }));
                }
                continue;
            }
            // Cited lines that cannot be followed at all: any change of the
            // cited lines after the citing commit.
            let Some(change) = answer.change else {
                continue;
            };
            if !history.is_newer(&change, &citing) {
                continue;
            }
            let what = match ranges_text(&c.ranges) {
                Some(lines) => format!("{lines} of {}", c.path),
                None => c.path.clone(),
            };
            let changed = if c.ranges.is_empty() {
                format!("cited file {} changed", c.path)
            } else {
                format!("cited lines {what} changed")
            };
            found.push(
                Finding::new(
                    &RULE,
                    c.span.clone(),
                    format!(
                        "{changed} in {} ({}, \"{}\") after this line was last committed in {} ({})",
                        change.short,
                        change.date(),
                        change.summary,
                        citing.short,
                        citing.date(),
                    ),
                )
                .help(format!("re-read {what} and update the sentence, then commit it"))
                .target(c.path.clone()),
            );
        }
        // A past-tense change-log entry and a dated entry stay true as
        // history: they are not stale (they may still be shifted). A dated
        // record, a record frozen in an archive folder and an entry of a
        // change log are neither stale nor shifted: nobody renumbers a
        // record of its day (survey 14: 23 of 23 such shifted findings
        // judged false).
        found.retain(|f| {
            let entry =
                |pick: fn(&Cited) -> bool| req.cited.iter().any(|c| pick(c) && c.span == f.span);
            if f.rule == RULE.id {
                !(req.dated || entry(|c| c.log_entry))
            } else {
                !(req.dated || req.drifting || entry(|c| c.change_entry))
            }
        });
        out.push(one_per_problem(req, found));
    }
    out
}

/// A `citation/shifted` finding whose citation was written in the commit
/// that also changed the cited lines, with nothing to say which version its
/// numbers were read at: the block it names may be the wrong one, so its fix
/// is a guess, applied only with `--unsafe-fixes`.
fn guessed(mut f: Finding, written: &CommitInfo) -> Finding {
    if f.rule != citation_shifted::RULE.id || f.edits.is_empty() {
        return f;
    }
    for e in &mut f.edits {
        e.safety = Safety::Unsafe;
    }
    if let Some(help) = f.help.as_mut() {
        *help = help.replace(
            "`checkmark fix` rewrites it",
            &format!(
                "{} also changed the cited lines, so check that these are the lines meant; `checkmark fix --unsafe-fixes` rewrites it",
                written.short
            ),
        );
    }
    f
}

/// A finding whose citation was read at the parent of the commit that wrote
/// it (see [`History::read_at`]): the help's diff shows the cited lines as
/// they stood before that commit, and says so.
fn read_before(mut f: Finding, written: &CommitInfo) -> Finding {
    if let Some(help) = f.help.as_mut() {
        *help = help.replace(
            &format!("the cited lines then ({})", written.short),
            &format!(
                "the cited lines then (before {}, as the sentence quotes them)",
                written.short
            ),
        );
    }
    f
}

/// One problem, one finding: the same lines cited twice on one line (a
/// paragraph that repeats a citation) changed once, and the second finding
/// would say the same words. It is dropped, its edit kept with the first.
fn one_per_problem(req: &StaleRequest, found: Vec<Finding>) -> Vec<Finding> {
    let line_of: HashMap<usize, u32> = req
        .cited
        .iter()
        .map(|c| (c.span.start, c.citing.first().copied().unwrap_or(0)))
        .collect();
    let mut seen: HashMap<(u32, &'static str, String), usize> = HashMap::new();
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        let line = line_of.get(&f.span.start).copied().unwrap_or(0);
        match seen.get(&(line, f.rule, f.message.clone())) {
            Some(&i) => out[i].edits.extend(f.edits),
            None => {
                seen.insert((line, f.rule, f.message.clone()), out.len());
                out.push(f);
            }
        }
    }
    out
}

/// The finding for a cited block followed from the citing commit to the
/// commit the run starts from: nothing when it is where it was,
/// `citation/shifted` when it only moved (also by uncommitted lines above it),
/// `citation/stale` when a commit changed its lines. Uncommitted edits of the
/// cited lines are not changes (they are not committed yet).
fn followed(
    req: &StaleRequest,
    c: &Cited,
    citing: &CommitInfo,
    change: Option<&CommitInfo>,
    fate: Fate,
) -> Option<Finding> {
    if c.ranges.is_empty() {
        // A whole file cannot shift; it is stale when enough of it changed.
        let Fate::Changed(ch) = fate else {
            return None;
        };
        if !ch.is_significant() || names_document(&c.path, &c.ranges, &ch) {
            return None;
        }
        let when = match change {
            Some(k) => format!(" in {} ({}, \"{}\")", k.short, k.date(), k.summary),
            None => String::new(),
        };
        return Some(
            Finding::new(
                &RULE,
                c.span.clone(),
                format!(
                    "{} of the {} lines of cited file {} changed{when} after this line was last committed in {} ({})",
                    ch.changed.max(ch.inserted),
                    ch.total,
                    c.path,
                    citing.short,
                    citing.date(),
                ),
            )
            .help(format!("re-read {} and update the sentence, then commit it", c.path))
            .target(c.path.clone()),
        );
    }
    let was = blocks::ranges_text(&c.ranges);
    let cited = req.files.get(&c.path)?;
    let current = |r: &LineRange| -> Option<LineRange> {
        let s = cited.current_line(r.start)?;
        let e = cited.current_line(r.end)?;
        (e >= s && e - s == r.end - r.start).then(|| LineRange::new(s, e))
    };
    match fate {
        Fate::Same | Fate::Shifted(_) => {
            let committed = match fate {
                Fate::Shifted(now) => now,
                _ => c.ranges.clone(),
            };
            let now: Vec<LineRange> = committed.iter().map(current).collect::<Option<_>>()?;
            if now == c.ranges
                || req
                    .blank
                    .get(&c.path)
                    .is_some_and(|b| citation_shifted::all_blank(&now, b))
                || names_file(
                    &c.ranges,
                    &now,
                    req.empty_firsts.get(&c.path),
                    req.import_preambles.get(&c.path),
                )
            {
                return None;
            }
            let now_text = blocks::ranges_text(&now);
            let source = c.source.as_str();
            let mut finding = Finding::new(
                &citation_shifted::RULE,
                c.span.clone(),
                format!(
                    "cited lines {was} of {} now stand at {now_text}: they are unchanged, but lines were inserted or removed above them since this line was written in {} ({})",
                    c.path,
                    citing.short,
                    citing.date(),
                ),
            )
            .help(format!("cite {now_text} instead; `checkmark fix` rewrites it"))
            .target(c.path.clone());
            if let Some(fixed) = blocks::rewrite_numbers(source, &c.ranges, &now) {
                // Safe: the same lines, cited where they now stand.
                finding = finding.edit(line_edit(c.span.clone(), fixed, Safety::Safe));
            }
            Some(finding)
        }
        Fate::Changed(ch)
            if !ch.is_significant()
                || names_document(&c.path, &c.ranges, &ch)
                || points_at_file(&c.ranges, &ch)
                || kept_keys(c, &ch, |r| current(r))
                || ticked_since(c, &ch, |r| current(r)) =>
        {
            None
        }
        Fate::Changed(ch) => {
            let were = |n: u32| if n == 1 { "line was" } else { "lines were" };
            let lines = match (ch.changed, ch.inserted) {
                (0, n) => format!(
                    "{n} {} inserted between the cited lines {was} of {}",
                    were(n),
                    c.path
                ),
                (k, 0) => format!(
                    "{k} of the {} cited lines {was} of {} changed",
                    ch.total, c.path
                ),
                (k, n) => format!(
                    "{k} of the {} cited lines {was} of {} changed and {n} {} inserted between them",
                    ch.total,
                    c.path,
                    were(n)
                ),
            };
            let when = match change {
                Some(k) => format!(" in {} ({}, \"{}\")", k.short, k.date(), k.summary),
                None => String::new(),
            };
            let now = match ch.now.as_ref().and_then(current) {
                Some(r) => format!("; the block now stands at {r}"),
                None if ch.now.is_none() => "; none of them is left".to_string(),
                None => String::new(),
            };
            let mut help =
                "re-read the cited lines and update the sentence and its range, then commit it"
                    .to_string();
            if !ch.diff.is_empty() {
                help.push_str(&format!(
                    "; the cited lines then ({}) and now:\n{}",
                    citing.short, ch.diff
                ));
            }
            let mut finding = Finding::new(
                &RULE,
                c.span.clone(),
                format!(
                    "{lines}{when} after this line was last committed in {} ({}){now}",
                    citing.short,
                    citing.date(),
                ),
            )
            .help(help)
            .target(c.path.clone());
            // Re-anchoring a changed block acknowledges the change: an unsafe fix
            // (`--unsafe-fixes`), offered when one range now stands elsewhere.
            if let [was_range] = c.ranges.as_slice()
                && let Some(r) = ch.now.as_ref().and_then(current)
                && r != *was_range
                && let Some(fixed) =
                    blocks::rewrite_numbers(&c.source, &c.ranges, std::slice::from_ref(&r))
            {
                finding = finding.edit(line_edit(c.span.clone(), fixed, Safety::Unsafe));
            }
            Some(finding)
        }
    }
}

/// Whether citation `c`, whose cited lines changed as `ch` says, refers to a
/// prose document as a whole (`see the runbook【F:docs/runbook.md†L1-L196】`):
/// the cited file is Markdown or another prose format (see
/// [`prose_document`]), and the citation covers all of it, or from its first
/// line to at least four fifths of the lines it had when the citation was
/// written (a range past its end then too). The reference holds while the
/// document is there: an edit of the document is not a change of the claim.
/// Code, data and logs are cited for what their lines say, and stay judged.
pub fn names_document(path: &str, ranges: &[LineRange], ch: &blocks::Change) -> bool {
    if !prose_document(path) {
        return false;
    }
    if ranges.is_empty() {
        return true;
    }
    let first = ranges.iter().map(|r| r.start).min().unwrap_or(0);
    let last = ranges.iter().map(|r| r.end).max().unwrap_or(0);
    first == 1 && u64::from(last) * 5 >= u64::from(ch.of) * 4
}

/// Whether a citation of line 1 alone (`ui/app.js:1`, `【F:ui/app.js†L1】`)
/// points at the file rather than at its first line: that line, when the
/// citation was written, carried nothing a sentence could claim (blank, a
/// shebang, a comment, an import, a `package`/`module` line, `"use
/// strict"`, a line that only opens a block with no value in it: `{`,
/// `:root {`, `const state = {`). Agents write `path:1` to make a path
/// clickable; the sentence is about the file, which holds while it is there
/// (deleted or moved, it is still reported). A first line that says
/// something (`export const retries = 3;`) is judged.
fn points_at_file(ranges: &[LineRange], ch: &blocks::Change) -> bool {
    if !matches!(ranges, [r] if r.start == 1 && r.end == 1) {
        return false;
    }
    // The diff shows the cited line as it was on its `- ` line.
    ch.diff
        .lines()
        .find_map(|l| l.strip_prefix("- "))
        .is_some_and(claims_nothing)
}

/// Whether a citation of line 1 alone that shifted names the file, not its
/// line (`packages/api/src/middleware/auth.ts:1`, where an import stood):
/// the line, unchanged, now stands at `now` and carries nothing a sentence
/// could claim (see [`points_at_file`]). A header comment added above it
/// moves the import, and pointing the citation at its new number helps
/// nobody (survey 43a, layer1_test's `REMAINING_WORK.md`: 2 findings judged
/// false). So does one whose first line says something but moved down only
/// below imports (and blank lines between them) added at the top
/// (`apps/api/api/v1/fragment.ts:1`, where `export const config = …` now
/// stands below a new import, cited beside `apps/demo-host/app/page.tsx:1`
/// as the files a sentence is about: survey 88b, ryanderose/cs-eventhub, 2
/// findings judged false): it is still the first line after the module's
/// imports. A first line that says something and moved below anything else
/// (a header comment, code) is still reported.
fn names_file(
    ranges: &[LineRange],
    now: &[LineRange],
    empty: Option<&Vec<u32>>,
    imports: Option<&u32>,
) -> bool {
    matches!(ranges, [r] if r.start == 1 && r.end == 1)
        && matches!(now, [n] if empty.is_some_and(|e| e.binary_search(&n.start).is_ok())
            || imports.is_some_and(|&k| n.start > 1 && n.start - 1 <= k))
}

/// How many lines open a file with its imports: the leading lines that are
/// blank, start an import (`import `), or continue a multi-line one (the
/// names of `import {` up to its closing `} from …`), when at least one
/// import is among them.
fn import_preamble(text: &str) -> u32 {
    let (mut count, mut seen, mut open) = (0u32, false, false);
    for line in text.lines() {
        let t = line.trim();
        if open {
            open = !(t.starts_with('}') || t.contains(" from "));
        } else if t.starts_with("import ") || t.starts_with("import{") {
            seen = true;
            open = t.ends_with('{') || (t.contains('{') && !t.contains('}'));
        } else if !t.is_empty() {
            break;
        }
        count += 1;
    }
    if seen { count } else { 0 }
}

/// Whether a first line carries nothing a sentence could claim (see
/// [`points_at_file`]): blank, a shebang, a comment, an import, a
/// `package`/`module` line, `"use strict"`, a line that only opens a block.
fn claims_nothing(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_lowercase();
    const OPENERS: &[&str] = &[
        "#!",
        "//",
        "/*",
        "#",
        "--",
        "<!--",
        "\"\"\"",
        "'''",
        "import ",
        "from ",
        "package ",
        "module ",
        "use ",
        "require(",
        "<?php",
        "<?xml",
        "<!doctype",
    ];
    // A line that only opens a block, with no value in it (`:root {`,
    // `const state = {`; not `retry(times = 3) {`).
    let opens_block = line.ends_with(['{', '[', '('])
        && !line.contains(|c: char| c.is_ascii_digit() || matches!(c, '"' | '\'' | '`'));
    line.is_empty()
        || opens_block
        || matches!(line, "---" | "'use strict';" | "\"use strict\";")
        || OPENERS.iter().any(|o| lower.starts_with(o))
}

/// Whether a Markdown link with a GitHub line anchor
/// (`[netlify.toml](netlify.toml#L7)`, not a citation) still points at the
/// same thing: every cited line stands at its number, each changed line
/// keeps its key and only its value changed (`HUGO_VERSION = "0.110.0"` →
/// `HUGO_VERSION = "0.120.4"`, `version: 1` → `version: 2`), and the citing
/// line does not quote an old value. The link names the setting, which is
/// where it was; a line that now holds something else
/// (`github.com/cli/cli` where the Hugo line was) is judged.
fn kept_keys(
    c: &Cited,
    ch: &blocks::Change,
    current: impl Fn(&LineRange) -> Option<LineRange>,
) -> bool {
    if !(c.source.starts_with('[') && c.source.contains("#L")) {
        return false;
    }
    let Some((then, now)) = changed_in_place(c, ch, current) else {
        return false;
    };
    then.iter()
        .zip(&now)
        .all(|(a, b)| match (key_value(a), key_value(b)) {
            (Some((ka, va)), Some((kb, _))) => {
                ka == kb
                    && c.line_text
                        .as_ref()
                        .is_some_and(|t| va.is_empty() || !t.contains(va))
            }
            _ => false,
        })
}

/// Whether a ticked task item cites task items that were only ticked since
/// (survey 70b, DaviSpeck/b4you-stripe-feature: `- [x] Thank-you confirms
/// payment only on `approved`.【F:docs/02-tasks-e-checklists.md†L120-L123】`,
/// whose cited `- [ ] Thank you page … apenas com `approved`.` became `- [x]
/// … **(convergência Etapa 2)**`: 4 findings judged false): every changed
/// line was an open item and is now the same item ticked, its text kept,
/// with at most a note appended, and the block stands at its numbers. The
/// item says the work is done and the tick agrees; an open item or a
/// sentence citing them, an item whose text was edited, and a ticked item
/// unticked are judged.
fn ticked_since(
    c: &Cited,
    ch: &blocks::Change,
    current: impl Fn(&LineRange) -> Option<LineRange>,
) -> bool {
    if !c.in_ticked_item {
        return false;
    }
    let Some((then, now)) = changed_in_place(c, ch, current) else {
        return false;
    };
    then.iter()
        .zip(&now)
        .all(|(a, b)| match (task_box(a), task_box(b)) {
            (Some((ma, ' ', ta)), Some((mb, 'x' | 'X', tb))) => {
                let ta = ta.trim_end();
                ma == mb && !ta.is_empty() && tb.starts_with(ta)
            }
            _ => false,
        })
}

/// The changed lines of a citation of one range whose block still stands
/// at its numbers with no line inserted, as they were and as they are,
/// paired line for line (the `- ` and `+ ` lines of the change's diff);
/// None otherwise, or when nothing pairs or the diff was cut short (`… 3
/// more changed lines`).
fn changed_in_place<'a>(
    c: &Cited,
    ch: &'a blocks::Change,
    current: impl Fn(&LineRange) -> Option<LineRange>,
) -> Option<(Vec<&'a str>, Vec<&'a str>)> {
    let [range] = c.ranges.as_slice() else {
        return None;
    };
    if ch.inserted > 0 || ch.now.as_ref().and_then(current).as_ref() != Some(range) {
        return None;
    }
    let side = |sign: &'static str| -> Vec<&str> {
        ch.diff
            .lines()
            .filter_map(|l| l.strip_prefix(sign))
            .collect()
    };
    let (then, now) = (side("- "), side("+ "));
    (!then.is_empty() && then.len() == now.len() && !ch.diff.lines().any(|l| l.starts_with('…')))
        .then_some((then, now))
}

/// A task item's bullet with its indentation (`  - `, `1. `), the symbol in
/// its box, and its text after the box; None for another line.
fn task_box(line: &str) -> Option<(&str, char, &str)> {
    let body = line.trim_start();
    let after = if let Some(r) = body.strip_prefix(['-', '*', '+']) {
        r
    } else {
        let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return None;
        }
        body[digits..].strip_prefix(['.', ')'])?
    };
    let rest = after.strip_prefix(' ')?;
    let marker = &line[..line.len() - rest.len()];
    let mut chars = rest.chars();
    if chars.next()? != '[' {
        return None;
    }
    let symbol = chars.next()?;
    let tail = chars.as_str().strip_prefix(']')?;
    Some((marker, symbol, tail.strip_prefix(' ').unwrap_or(tail)))
}

/// A `key = value` (TOML, ini, shell) or `key: value` (YAML, JSON) line's
/// key and value, quotes left out; None for a line of another shape (a key
/// with spaces or punctuation in it, a URL's `https:`).
fn key_value(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let i = t.find(['=', ':'])?;
    let key = t[..i].trim().trim_matches(['"', '\'']);
    let value = t[i + 1..].trim();
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !plain || value.starts_with("//") || value.starts_with('=') {
        return None;
    }
    let value = value.trim_end_matches(',').trim().trim_matches(['"', '\'']);
    Some((key, value))
}

/// Whether `path` is a prose document by its extension: Markdown (`.md`,
/// `.markdown`, `.mdx`), reStructuredText, AsciiDoc, Org.
fn prose_document(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((_, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(
        ext.to_ascii_lowercase().as_str(),
        "md" | "markdown" | "mdx" | "mdown" | "mkd" | "rst" | "adoc" | "asciidoc" | "org"
    )
}

/// `L10-L20`, `L5`, `L1-L3,L9`; None for a whole-file citation.
fn ranges_text(ranges: &[LineRange]) -> Option<String> {
    if ranges.is_empty() {
        return None;
    }
    Some(
        ranges
            .iter()
            .map(|l| {
                if l.start == l.end {
                    format!("L{}", l.start)
                } else {
                    format!("L{}-L{}", l.start, l.end)
                }
            })
            .collect::<Vec<_>>()
            .join(","),
    )
}

/// The edit that rewrites a reference's line numbers. A code span
/// `src/a.rs:10-20` is itself the reference (what checkmark reads as the
/// path and lines, not quoted code), so the edit may stand inside it.
fn line_edit(span: Range<usize>, fixed: String, safety: Safety) -> Edit {
    Edit::new(span, fixed, safety).allow_in_code()
}

/// Past-tense verbs that open a change-log entry ("Removed the wrapper
/// files…"): the entry records what a change did, which stays true as history.
const CHANGE_VERBS: &[&str] = &[
    "added",
    "bumped",
    "changed",
    "consolidated",
    "converted",
    "created",
    "deleted",
    "dropped",
    "extracted",
    "fixed",
    "introduced",
    "merged",
    "migrated",
    "moved",
    "pruned",
    "refactored",
    "removed",
    "renamed",
    "replaced",
    "reworked",
    "rewrote",
    "switched",
    "updated",
    "upgraded",
];

/// Words of a file path or heading that make it a log: a change log, a
/// history, release notes, a status or progress report.
const LOG_WORDS: &[&str] = &[
    "changelog",
    "changes",
    "devlog",
    "history",
    "journal",
    "log",
    "logs",
    "progress",
    "release",
    "releases",
    "report",
    "reports",
    "status",
    "worklog",
];

/// Whether the reference at `offset` closes a past-tense change-log entry:
/// the sentence it ends starts with a change verb (`- Removed the obsolete
/// wrapper files.【F:…】`), and the document is a log (a log word in its path,
/// or in a heading above the entry, or a dated heading above it).
/// Whether the citation at `offset` records history rather than claims the
/// present, so that a later change of its lines does not make it stale: the
/// document is a dated record (see [`dated_record`]), or the citation closes
/// a past-tense change-log entry or a dated entry. The hook asks the same.
pub fn records_history(doc: &Document, offset: usize) -> bool {
    dated_record(doc)
        || archived(&doc.path)
        || run_record(&doc.path)
        || in_log_entry(doc, offset)
        || dated_entry(doc, offset)
        || dated_row(doc, offset)
        || current_state_of_plan(doc, offset)
        || (change_log(doc) && change_entry(doc, offset))
        || changes_made_entry(doc, offset)
        || before_state_section(doc, offset)
}

/// Words of a document's path or title that make it a change log.
/// `diffs` too: a log of the differences each day's work made, entry by
/// dated entry (survey 39a, starlist-app's `DAY5_SOT_DIFFS.md`, whose
/// `## 2025-11-07: Day6 … 実装完了` entries list the `CodeRefs` of that
/// day's commit: 4 shifted findings judged false).
const CHANGE_LOG_WORDS: &[&str] = &["changelog", "changes", "diffs", "history"];

/// Whether the document is a change log: a word such as changelog, changes,
/// diffs or history in its file name or its title (`CHANGELOG.md`,
/// `release-history.md`, `# Change history`). A folder's name does not
/// count: `docs/history/` holds design notes and decisions as often as logs.
fn change_log(doc: &Document) -> bool {
    named_as(doc, CHANGE_LOG_WORDS)
}

/// Whether one of `words` is a whole word of the document's file name or of
/// its title (its first level-1 heading); not of a folder's name.
fn named_as(doc: &Document, words: &[&str]) -> bool {
    let says = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| words.contains(&w.to_lowercase().as_str()))
    };
    says(doc.path.rsplit('/').next().unwrap_or(&doc.path))
        || doc
            .headings
            .iter()
            .find(|h| h.level == 1)
            .is_some_and(|h| says(cut(&h.text, 200)))
}

/// Words of a document's file name or title that make it a working log
/// kept entry by entry (`team-log.md`, `# Team Log`, `worklog.md`,
/// `# Dev journal`, `# Negative Evidence Ledger`: frankenredis'
/// `docs/NEGATIVE_EVIDENCE.md` and `docs/perf_negative_evidence_ledger.md`,
/// one `## 2026-07-25 AzureMouse: REJECT …` entry per optimization pass,
/// survey 41a, 8 shifted findings judged false). Not `backlog` or
/// `catalog`: whole words only.
const WORK_LOG_WORDS: &[&str] = &["log", "worklog", "devlog", "journal", "ledger"];

/// Whether the document is a working log: a word of [`WORK_LOG_WORDS`] in
/// its file name or its title. Its sections under a dated heading below the
/// title (`## 2026-05-24 Round 14 Review (head 3edf3b7c)`) are its entries,
/// whatever they hold (a list, a review table, a paragraph naming the files
/// changed): each records the code of its day, and nobody renumbers it
/// (survey 37b, noidear's `.claude/issue-runs/*/team-log.md`: 4 shifted
/// findings judged false). A folder's name does not count.
fn work_log(doc: &Document) -> bool {
    named_as(doc, WORK_LOG_WORDS)
}

/// Whether the reference at `offset` of a change log (see [`change_log`])
/// stands in a change entry: a list item, or a continuation line of one,
/// under a version heading (`## [1.2.0]`, `## [Unreleased]`, `## 1.2.0 -
/// 2025-01-01`, `## v1.2.0`) or a dated heading below the title (`##
/// 2025-10-30 Backups`, `## System update (30/10/2025 11:20 UTC)`; see
/// [`under_dated_heading`]). Whatever its verb (git-cliff writes commit
/// subjects: `- Wire …`, `- Mark …`), it records a change that was made.
fn change_entry(doc: &Document, offset: usize) -> bool {
    (under_version_heading(doc, offset) || under_dated_heading(doc, offset))
        && in_list_item(doc, offset)
}

/// Word sequences of a heading or a list's label that head a record of
/// changes already made: a fix summary's `### What Changed`, `## What Was
/// Fixed`, `## Issues Fixed`, `## Changes Made`, `**Files Modified:**`, an
/// agent's completion report's `## Section 4 — Issues Encountered and
/// Resolved` (survey 40b, jtraveler/project-4: 4 shifted findings judged
/// false), and the same in Spanish, Portuguese and French, which put the
/// participle after its noun: `## 4) Implementación realizada`, `## Cambios
/// realizados`, `## Alterações realizadas`, `## Modifications apportées`
/// (survey 45a, innerbloomv3's note of the tasks-ready email hook: 3 findings
/// judged false), and an agent's phase summary's `## Implemented Changes`
/// (survey 74c, pau1a/Arklowdun's `docs/prA_phase4_ipc_entrypoints.md`: 3
/// findings judged false), and in Polish, Russian and Ukrainian: `##
/// Sprzeczności Naprawione w PR#699` (contradictions fixed), `## Wprowadzone
/// zmiany`, `## Внесённые изменения`, `## Що виправлено` (survey 96b).
/// Not `Files to Modify` or `Changes Needed` (`Cambios necesarios`,
/// `Implementación propuesta`): a plan's changes to come.
const CHANGES_MADE: &[&[&str]] = &[
    &["what", "changed"],
    &["what", "was", "changed"],
    &["what", "was", "fixed"],
    &["what", "we", "fixed"],
    &["changes", "made"],
    &["changes", "applied"],
    &["implemented", "changes"],
    &["changes", "implemented"],
    &["fixes", "applied"],
    &["fixes", "made"],
    &["issues", "fixed"],
    &["problems", "fixed"],
    &["issues", "resolved"],
    &["problems", "resolved"],
    &["encountered", "and", "resolved"],
    &["files", "modified"],
    &["modified", "files"],
    &["files", "changed"],
    &["changed", "files"],
    // Spanish
    &["cambios", "realizados"],
    &["cambios", "aplicados"],
    &["implementación", "realizada"],
    &["correcciones", "realizadas"],
    &["correcciones", "aplicadas"],
    &["archivos", "modificados"],
    // Portuguese
    &["alterações", "realizadas"],
    &["mudanças", "realizadas"],
    &["implementação", "realizada"],
    &["correções", "aplicadas"],
    &["arquivos", "modificados"],
    // French
    &["modifications", "apportées"],
    &["modifications", "effectuées"],
    &["corrections", "appliquées"],
    &["fichiers", "modifiés"],
    // Polish, Russian and Ukrainian (survey 96b, majster-ai-oferty's
    // `## Sprzeczności Naprawione w PR#699 (2026-04-14)`)
    &["wprowadzone", "zmiany"],
    &["zmiany", "wprowadzone"],
    &["sprzeczności", "naprawione"],
    &["błędy", "naprawione"],
    &["naprawione", "błędy"],
    &["problemy", "naprawione"],
    &["naprawione", "problemy"],
    &["zmienione", "pliki"],
    &["внесённые", "изменения"],
    &["внесенные", "изменения"],
    &["что", "изменено"],
    &["что", "исправлено"],
    &["исправленные", "ошибки"],
    &["изменённые", "файлы"],
    &["измененные", "файлы"],
    &["внесені", "зміни"],
    &["що", "змінено"],
    &["що", "виправлено"],
    &["виправлені", "помилки"],
    &["змінені", "файли"],
];

/// Whether `text` (a heading's or a label's) says what follows are changes
/// already made (see [`CHANGES_MADE`]): whole words, in order, any case.
fn says_changes_made(text: &str) -> bool {
    let words = lower_words(text, 40);
    CHANGES_MADE.iter().any(|seq| {
        words
            .windows(seq.len())
            .any(|w| w.iter().zip(seq.iter()).all(|(a, b)| a == b))
    })
}

/// Whether the reference at `offset` stands in a record of changes already
/// made: a section under a heading below the title that says so (`### What
/// Changed`, `## What Was Fixed`, `## Issues Fixed`, `## Changes Made`;
/// see [`CHANGES_MADE`]), or a list item whose list is led by a label that
/// says so (`**Files Modified:**` on the line above the list). An agent's fix
/// summary lists the lines each change touched (`- `server/api.py:173` -
/// Changed to import …`, `**File:** `web/vite.config.js:66``): they are the
/// lines of that commit, and nobody renumbers them as the code moves on
/// (survey 38b, imagineer's `WEB_SCRAPING_FIX_SUMMARY.md`,
/// `SCRAPING_FIXES_APPLIED.md` and `DEPLOYMENT_READY.md`: 5 findings judged
/// false). A document with an open task item is worked, not a record, and
/// is judged, except in a section whose heading says its work was completed
/// (`### Completed Features` over `**Feature 92.15: … ✅**` and its `-
/// **Files Modified:**` item: survey s117c, klapom/AEGIS_Rag's master
/// `SPRINT_PLAN.md`, whose template items of later sprints are open, 5
/// shifted findings judged false). The label may be a list item of its own
/// over the indented items it leads.
pub fn changes_made_entry(doc: &Document, offset: usize) -> bool {
    // The open task first: it is one look at the document, while the
    // headings and the list are read back from each citation.
    ((!doc.has_open_task() || heading_above(doc, offset, says_completed))
        && (heading_above(doc, offset, says_changes_made) || changes_made_list(doc, offset)))
        || resolved_finding_location(doc, offset)
        || resolved_section_location(doc, offset)
        || resolved_entry(doc, offset)
        || story_review_record(doc, offset)
}

/// Whether a heading's text opens with `Completed` (after an emoji or
/// number: `### Completed Features`, `## ✅ Completed Work`): its section
/// records work that was done.
fn says_completed(text: &str) -> bool {
    lower_words(text, 3)
        .iter()
        .find(|w| w.chars().any(char::is_alphabetic))
        .is_some_and(|w| w == "completed")
}

/// Whether the reference at `offset` stands in the code review a BMAD
/// story records: below a heading that says `Senior Developer Review`
/// (`## Senior Developer Review (AI)`, which BMAD's code-review workflow
/// appends to the story, or `# Senior Developer Review (AI)` over `##
/// Acceptance Criteria Coverage`: the heading and those above it, a title
/// too), and not on an open task item (`- [ ] [High] Fix …`, the review's
/// action items, work to come). Its coverage tables cite where each
/// criterion's code stood when the review read it, and the stories after it
/// move and rewrite those lines: nobody renumbers a review (survey 102b,
/// BigSpoon33/TCM_Knowledge_Base's `docs/sprint-artifacts/`: 62 citation
/// findings in the reviews of 14 stories, all judged false).
fn story_review_record(doc: &Document, offset: usize) -> bool {
    let Some(mut i) = doc.section_of(offset) else {
        return false;
    };
    let mut level = u8::MAX;
    let reviewed = loop {
        if let Some(h) = doc.headings.get(i)
            && h.level < level
        {
            level = h.level;
            if says_senior_review(cut(&h.text, 200)) {
                break true;
            }
        }
        if i == 0 || level <= 1 {
            break false;
        }
        i -= 1;
    };
    reviewed
        && !doc
            .tasks
            .iter()
            .any(|t| !t.checked && t.span.contains(&offset))
}

/// Whether a heading's text says `Senior Developer Review`: whole words,
/// any case.
fn says_senior_review(text: &str) -> bool {
    lower_words(text, 12)
        .windows(3)
        .any(|w| w[0] == "senior" && w[1] == "developer" && w[2] == "review")
}

/// The first `max` words of `text` (runs of letters and digits), lower-cased.
fn lower_words(text: &str, max: usize) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(max)
        .map(str::to_lowercase)
        .collect()
}

/// Line `n` (1-based) of `doc`, read up to 400 bytes.
fn doc_line(doc: &Document, n: usize) -> &str {
    let text = doc.text.as_str();
    let start = doc.lines.line_start(n);
    let end = doc.lines.line_end(text, n).max(start);
    cut(text.get(start..end).unwrap_or(""), 400)
}

/// Labels of the line that names where a review's or an audit's finding
/// stands (`**File:**`, `**Files:**`, `Location:`).
const LOCATION_LABELS: &[&str] = &["location", "locations", "file", "files"];

/// Whether the reference at `offset` is the location of a finding whose own
/// heading says it was resolved: the nearest heading above it (below the
/// title) opens with a ticked box (`### [x] 3. TOCTOU race in pipe session
/// creation`) or says `FIXED`, `RESOLVED` or `CLOSED` in capitals as a word
/// of its own (`### 4. Stage Service - Stages with User Count (HIGH) ✅
/// FIXED`), and not `open`, `unresolved`, `reopened`, `partially` or `not`;
/// and the citation stands on a line labelled as the finding's location
/// (`**File:** `exec_session.rs:163``, `**Location:** …`) or in a list led by
/// such a label alone (`**Files:**` over `- `pty/manager.rs:37``). A code
/// review's or an N+1 analysis' finding names where the problem stood when
/// found, and its fix rewrote or moved those lines (survey 60a,
/// vinhnx/VTCode's `code-review-action-plan.md`, 6 findings; survey 68b,
/// shintairiku/evaluation-system's `n-plus-1-analysis.md`, 1 finding: all judged
/// false). A finding whose heading is open (`### [ ] 5.`, `(CRITICAL)`
/// alone, `PENDING`) is work to come, and judged; so is a line of the
/// resolved section under another label (`**Fix applied:**`).
fn resolved_section_location(doc: &Document, offset: usize) -> bool {
    let Some(h) = doc.section_of(offset).and_then(|i| doc.headings.get(i)) else {
        return false;
    };
    if h.level <= 1 || !heading_says_resolved(cut(&h.text, 200)) {
        return false;
    }
    let line_at = |n: usize| doc_line(doc, n);
    let here = doc.lines.line_of(offset).max(1);
    if location_label(line_at(here)).is_some() {
        return true;
    }
    // A list item under a label line alone: read back over the list's items
    // and their continuation lines to the line that leads it.
    let top = doc.lines.line_of(h.span.start).max(1);
    let mut n = here;
    for _ in 0..ENTRY_LINES {
        if n <= top + 1 {
            return false;
        }
        n -= 1;
        let line = line_at(n);
        let trimmed = line.trim_start_matches([' ', '\t', '>']).trim_end();
        if trimmed.is_empty() {
            return false;
        }
        if list_marker_len(trimmed).is_some() || line.starts_with([' ', '\t']) {
            continue;
        }
        return location_label(line).is_some_and(|rest| {
            rest.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
                .is_empty()
        });
    }
    false
}

/// The rest of `line` after a location label and its colon (see
/// [`LOCATION_LABELS`]; a list marker, quote marks and emphasis before it
/// skipped), or None when the line has no such label.
fn location_label(line: &str) -> Option<&str> {
    let t = line.trim_start_matches(['>', ' ', '\t']);
    let t = match list_marker_len(t) {
        Some(m) => t.get(m..)?.trim_start(),
        None => t,
    };
    let t = t.trim_start_matches(['*', '_']);
    LOCATION_LABELS.iter().find_map(|label| {
        let head = t.get(..label.len())?;
        if !head.eq_ignore_ascii_case(label) {
            return None;
        }
        let rest = t.get(label.len()..)?.trim_start_matches(['*', '_']);
        rest.strip_prefix(':')
    })
}

/// Whether a finding's heading says it was resolved (see
/// [`resolved_section_location`]).
fn heading_says_resolved(text: &str) -> bool {
    let t = text.trim_start();
    let ticked = t.starts_with("[x] ") || t.starts_with("[X] ");
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let says = |w: &str| words.iter().any(|x| x.eq_ignore_ascii_case(w));
    if ["open", "unresolved", "reopened", "partially", "not"]
        .iter()
        .any(|w| says(w))
    {
        return false;
    }
    ticked
        || words
            .iter()
            .any(|w| matches!(*w, "FIXED" | "RESOLVED" | "CLOSED"))
}

/// How many lines above a citation are read for the lead of its entry.
const ENTRY_LEAD_LINES: usize = 150;

/// Whether the reference at `offset` stands in an entry of a living TODO or
/// known-issues list that its bold lead says was resolved: a top-level list
/// item (its marker at the start of the line) whose lead, `**…**` opening
/// the item, says `RESOLVED`, `FIXED` or `closed` as a word of its own, and
/// not `open`, `unresolved`, `reopened` or `partially` (`- **Beast suites
/// segfault … (found August 6, 2026 — RESOLVED same day, PR #169).**`, with
/// the diagnosis and its citations several lines below: survey 94b,
/// crawlins/kythira's `doc/TODO.md`, 8 findings judged false). The entry
/// records the code of its diagnosis and fix; an open entry beside it
/// (`(found August 7, 2026 — open)`) is judged.
fn resolved_entry(doc: &Document, offset: usize) -> bool {
    let line_at = |n: usize| doc_line(doc, n);
    let here = doc.lines.line_of(offset).max(1);
    let mut n = here;
    let lead = loop {
        let line = line_at(n);
        if line.starts_with('#') || line.starts_with("```") || line.starts_with("~~~") {
            return false;
        }
        if !line.starts_with([' ', '\t'])
            && let Some(len) = list_marker_len(line)
        {
            break line.get(len..).unwrap_or("").trim_start();
        }
        // A paragraph at the margin: the citation is not in a list item.
        if !line.trim().is_empty() && !line.starts_with([' ', '\t']) {
            return false;
        }
        if n <= 1 || here - n >= ENTRY_LEAD_LINES {
            return false;
        }
        n -= 1;
    };
    let Some(rest) = lead.strip_prefix("**") else {
        return false;
    };
    // The lead may wrap: read on to its closing `**`, a few lines at most.
    let mut bold = rest.to_string();
    let mut next = n + 1;
    while !bold.contains("**") && next <= (n + 4).min(doc.lines.line_starts()) {
        bold.push(' ');
        bold.push_str(line_at(next).trim());
        next += 1;
    }
    let Some(end) = bold.find("**") else {
        return false;
    };
    let words: Vec<String> = bold[..end]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    (has("resolved") || has("fixed") || has("closed"))
        && !(has("open") || has("unresolved") || has("reopened") || has("partially"))
}

/// How many lines of one finding's list are read for its status.
const FINDING_LINES: usize = 12;

/// Whether the reference at `offset` is the location of an audit finding
/// that its own status says was resolved: a line labelled `Location:`
/// (`- **Location:** `server.js:265-268``, `- [ ] Move the limit to env -
/// Location: `processor.js:37-39``) whose finding's `**Status:**` line, the
/// next one below it in the same list (no blank line between), or else the
/// last one above it, says `RESOLVED`, `FIXED` or `CLOSED`: the location
/// names where the finding stood when found, and the fix rewrote those
/// lines (survey 96a, tkersh/echobase's audit-fix plans: 27 findings judged
/// false). A finding still `DEFERRED` or `OPEN` is work to come, and judged.
fn resolved_finding_location(doc: &Document, offset: usize) -> bool {
    let line_at = |n: usize| doc_line(doc, n);
    let here = doc.lines.line_of(offset).max(1);
    let says_location = |line: &str| {
        let lower = line.to_lowercase();
        lower.contains("location:**") || lower.contains("location:")
    };
    if !says_location(line_at(here)) {
        return false;
    }
    // The status of a list line: `- **Status:** RESOLVED …`.
    let status = |line: &str| -> Option<bool> {
        let trimmed = line.trim_start_matches([' ', '\t', '>']).trim_end();
        let item = trimmed.get(list_marker_len(trimmed)?..)?.trim_start();
        let rest = item
            .strip_prefix("**Status:**")
            .or_else(|| item.strip_prefix("**Status**:"))?
            .trim_start()
            .trim_start_matches(['*', '✅', ' ']);
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_uppercase();
        Some(matches!(word.as_str(), "RESOLVED" | "FIXED" | "CLOSED"))
    };
    let last = doc.lines.line_starts();
    let blank = |line: &str| line.trim().is_empty() || line.trim_start().starts_with('#');
    for n in here + 1..(here + 1 + FINDING_LINES).min(last + 1) {
        let line = line_at(n);
        if blank(line) {
            break;
        }
        if let Some(resolved) = status(line) {
            return resolved;
        }
    }
    let mut n = here;
    for _ in 0..FINDING_LINES {
        if n <= 1 {
            break;
        }
        n -= 1;
        let line = line_at(n);
        if blank(line) {
            break;
        }
        if let Some(resolved) = status(line) {
            return resolved;
        }
    }
    false
}

/// Whether the reference at `offset` stands in a list item whose list is
/// led by a label line that says changes were made (`**Files Modified:**`,
/// `Files changed:`): the nearest line above the list's items and their
/// continuation lines, with no blank line between, ending with `:`.
fn changes_made_list(doc: &Document, offset: usize) -> bool {
    list_led_by(doc, offset, says_changes_made)
}

/// Whether the reference at `offset` stands in a list item whose list is
/// led by a label line (the nearest line above the list's items and their
/// continuation lines, with no blank line between, ending with `:`; or a
/// parent item that is such a label) whose text `says` holds of.
fn list_led_by(doc: &Document, offset: usize, says: impl Fn(&str) -> bool) -> bool {
    if !in_list_item(doc, offset) {
        return false;
    }
    let text = doc.text.as_str();
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let mut n = doc.lines.line_of(offset).max(1);
    let own = {
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n).max(start);
        indent(text.get(start..end).unwrap_or(""))
    };
    for _ in 0..ENTRY_LINES {
        if n <= 1 {
            return false;
        }
        n -= 1;
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n).max(start);
        let line = cut(text.get(start..end).unwrap_or(""), 200);
        let trimmed = line.trim_start_matches([' ', '\t', '>']).trim_end();
        if trimmed.is_empty() || trimmed.starts_with(['#', '|']) || trimmed.starts_with("```") {
            return false;
        }
        // A parent item that is the label (`- **Files Modified:**` over
        // indented items): it leads the list as a label line does.
        if let Some(m) = list_marker_len(trimmed)
            && indent(line) < own
        {
            let label = trimmed[m..].trim().trim_end_matches(['*', '_']);
            if (label.ends_with(':') || label.ends_with('：')) && says(label) {
                return true;
            }
        }
        if list_marker_len(trimmed).is_some() || line.starts_with([' ', '\t']) {
            continue;
        }
        let label = trimmed.trim_end_matches(['*', '_']);
        return (label.ends_with(':') || label.ends_with('：')) && says(label);
    }
    false
}

/// Whether a heading above `offset` (below the title) names a version.
fn under_version_heading(doc: &Document, offset: usize) -> bool {
    version_heading_above(doc, offset).is_some()
}

/// Whether the reference at `offset` is an entry of a change log (see
/// [`change_log`]) under a released version's heading (`## 0.0.50`,
/// `## [1.2.0] - 2025-01-01`; not `## [Unreleased]`): it describes the tree
/// of that release.
pub fn released_entry(doc: &Document, offset: usize) -> bool {
    change_log(doc)
        && in_list_item(doc, offset)
        && version_heading_above(doc, offset).is_some_and(|h| {
            !h.trim_start_matches(['[', ' ', '\t'])
                .to_lowercase()
                .starts_with("unreleased")
        })
}

/// Whether the reference at `offset` is an entry of a change log (see
/// [`change_log`]) under a dated heading below the title, the way a change
/// log without version numbers files its releases (SUEWS' `CHANGELOG.md`:
/// `## 2023`, `### 13 Apr 2023`, `- [maintenance] added [script](src/supy/gen_sample_output.py) …`;
/// see [`under_dated_heading`]): it records a change made on that day, and
/// describes the tree of that day as a released version's entry does
/// (survey s117b, 1 finding judged false).
pub fn dated_change_entry(doc: &Document, offset: usize) -> bool {
    change_log(doc) && in_list_item(doc, offset) && under_dated_heading(doc, offset)
}

/// The text of the heading above `offset` (below the title) that names a
/// version.
fn version_heading_above(doc: &Document, offset: usize) -> Option<&str> {
    let mut i = doc.section_of(offset)?;
    let mut level = u8::MAX;
    loop {
        if let Some(h) = doc.headings.get(i)
            && h.level < level
        {
            level = h.level;
            if level <= 1 {
                return None;
            }
            if version_heading(cut(&h.text, 200)) {
                return Some(&h.text);
            }
            if level == 2 {
                // A change log that heads a release's parts at the release's
                // own level (`## [v0.9.0](…) - 2025-11-07` over a link to
                // the full diff, then `## Highlights` and its entries) files
                // them under that version: its heading holds no entry of its
                // own (survey 112c, calibrated_explanations' v0.9.0 entries:
                // 40 findings, the 31 judged all false). A section after a
                // release's own entries (`## Maintenance notes`), and one
                // above every version heading, is not an entry. Only the
                // title is shallower.
                let j = (0..i)
                    .rev()
                    .take_while(|&j| doc.headings[j].level >= 2)
                    .find(|&j| {
                        doc.headings[j].level == 2
                            && version_heading(cut(&doc.headings[j].text, 200))
                    })?;
                let own = doc
                    .text
                    .get(doc.headings[j].span.end..doc.headings[j + 1].span.start)
                    .unwrap_or("");
                let bare = own.lines().all(|l| {
                    list_marker_len(cut(l.trim_start_matches([' ', '\t', '>']), 200)).is_none()
                });
                return bare.then_some(doc.headings[j].text.as_str());
            }
        }
        if i == 0 {
            return None;
        }
        i -= 1;
    }
}

/// Whether a heading's text names a version: `[1.2.0]`, `1.2.0 - 2025-01-01`,
/// `v1.2.0`, `Version 1.2`, `[Unreleased]`.
fn version_heading(text: &str) -> bool {
    let t = text.trim_start_matches(['[', ' ', '\t']).to_lowercase();
    if t.starts_with("unreleased") {
        return true;
    }
    let t = t.strip_prefix("version").unwrap_or(&t).trim_start();
    let t = t.strip_prefix('v').unwrap_or(t);
    let major = t.bytes().take_while(u8::is_ascii_digit).count();
    major > 0
        && t.as_bytes().get(major) == Some(&b'.')
        && t.as_bytes().get(major + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether the line holding `offset` is a list item or a continuation line
/// of one: read back (a few lines, each up to 200 bytes) to the item's
/// marker, and not past a heading, a table row, a fence or a paragraph at
/// the margin after a blank line.
fn in_list_item(doc: &Document, offset: usize) -> bool {
    let text = doc.text.as_str();
    let mut n = doc.lines.line_of(offset).max(1);
    // The last line with text read (below the current one) stood at the margin.
    let mut margin_below = false;
    for _ in 0..ENTRY_LINES {
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n).max(start);
        let line = cut(text.get(start..end).unwrap_or(""), 200);
        let trimmed = line.trim_start_matches([' ', '\t', '>']);
        if trimmed.trim().is_empty() {
            if margin_below {
                return false;
            }
        } else {
            if trimmed.starts_with(['#', '|']) || trimmed.starts_with("```") {
                return false;
            }
            if list_marker_len(trimmed).is_some() {
                return true;
            }
            margin_below = line.len() == trimmed.len();
        }
        if n <= 1 {
            return false;
        }
        n -= 1;
    }
    false
}

fn in_log_entry(doc: &Document, offset: usize) -> bool {
    // The document's log-ness first: it is a look at its path and headings,
    // while the sentence is read back from the citation.
    in_log(doc, offset) && starts_with_change_verb(&doc.text, offset)
}

/// Whether the sentence that the reference at `offset` ends (or stands in)
/// starts with a past-tense change verb. The sentence starts at its list item,
/// its paragraph, or after the previous `. `.
fn starts_with_change_verb(text: &str, offset: usize) -> bool {
    let Some(before) = text.get(..offset) else {
        return false;
    };
    // The block the reference stands in: back to a blank line, a list item or
    // a heading.
    let mut start = before.rfind('\n').map_or(0, |i| i + 1);
    loop {
        let line = before[start..].trim_start_matches([' ', '\t', '>']);
        if start == 0 || list_marker_len(line).is_some() || line.starts_with('#') {
            break;
        }
        let prev_start = before[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        if before[prev_start..start].trim().is_empty() {
            break;
        }
        start = prev_start;
    }
    let block = before[start..].trim_start_matches([' ', '\t', '>']);
    let block = match list_marker_len(block) {
        Some(n) => &block[n..],
        None => block,
    };
    // Earlier references standing before this one (`….【F:a】【F:b】`) and
    // the closing punctuation of the sentence are not part of it.
    let mut body = block.trim_end();
    while let Some(open) = body.strip_suffix('】').and_then(|b| b.rfind('【')) {
        body = body[..open].trim_end();
    }
    let body = body.trim_end_matches(['.', ';', ':', ' ']);
    let sentence = body.rfind(". ").map_or(body, |i| &body[i + 2..]);
    let first = sentence
        .trim_start_matches(['*', '_', ' ', '['])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // A capital letter: the verb opens the sentence.
    first.starts_with(|c: char| c.is_uppercase())
        && CHANGE_VERBS.contains(&first.to_lowercase().as_str())
}

/// The length of a list marker (`- `, `* `, `+ `, `1. `, `1) `) at the start
/// of `line`, with the task box (`[x] `) after it.
fn list_marker_len(line: &str) -> Option<usize> {
    let rest = list_marker::after_list_marker(line)?;
    let marker = line.len() - rest.len();
    let spaces = rest.len() - rest.trim_start().len();
    let rest = rest.trim_start();
    let task = ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find(|t| rest.starts_with(**t))
        .map_or(0, |t| t.len());
    Some(marker + spaces + task)
}

/// Whether the document is a log where `offset` stands: a log word in its
/// path, or a log word or a date in a heading it stands under.
fn in_log(doc: &Document, offset: usize) -> bool {
    if has_log_word(&doc.path) {
        return true;
    }
    // The headings above `offset`, nearest first, each shallower than the last.
    let mut level = u8::MAX;
    let Some(mut i) = doc.section_of(offset) else {
        return false;
    };
    loop {
        if let Some(h) = doc.headings.get(i)
            && h.level < level
        {
            level = h.level;
            if has_log_word(&h.text) || has_date(&h.text) {
                return true;
            }
        }
        if i == 0 || level <= 1 {
            return false;
        }
        i -= 1;
    }
}

fn has_log_word(text: &str) -> bool {
    // Asked for every citation's path and headings: an ASCII word is compared
    // in place, without a lower-cased copy. (No character outside ASCII but
    // the Kelvin sign lower-cases to an ASCII letter, and "release notes"
    // holds no `k`: the byte search finds what a search of the lower-cased
    // text would.)
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        if w.is_ascii() {
            LOG_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w))
        } else {
            LOG_WORDS.contains(&w.to_lowercase().as_str())
        }
    }) || text
        .as_bytes()
        .windows(13)
        .any(|w| w.eq_ignore_ascii_case(b"release notes"))
}

/// A date `YYYY-MM-DD` (or `YYYY/MM/DD`).
fn has_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        let d = |r: Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        d(0..4) && d(5..7) && d(8..10) && w[4] == w[7] && matches!(w[4], b'-' | b'/')
    })
}

/// Labels of a stamp that dates a whole document as a record of that day: a
/// report generated, a review or an audit made, a snapshot "as of".
const RECORD_STAMPS: &[&str] = &[
    "generated",
    "generation date",
    "generation time",
    "date",
    "timestamp",
    "run timestamp",
    "execution date",
    "report date",
    "review date",
    "audit date",
    // A gap register's `## Assessment Date: 2026-02-03` and a decision
    // memo's `## Decision Date: 2026-02-03` (survey 35a, CutListCreator's
    // Phase 14 register and memo, superseded by Phase 15's: 3 shifted
    // findings judged false). `Last Updated` still makes a document living.
    "assessment date",
    // An alignment plan's `**Analysis Date**: August 22, 2025`, as Chinese
    // `分析日期` (survey 47a, student-pilot's alignment analyses of the code
    // of that day: 11 citation findings judged false).
    "analysis date",
    "decision date",
    "run date",
    "as of",
    "snapshot",
    "stand",
    "datum",
    "生成时间",
    "生成日期",
    "生成日時",
    "报告日期",
    "报告时间",
    "审查日期",
    "审查时间",
    // The date of the work a Chinese report records, as `Audit Date:` and
    // `Assessment Date:` (survey 37b, caiwu's `**优化日期**: 2025-01-27` over
    // a summary of finished security work: 1 shifted finding judged false).
    // Not `完成日期` or `截止日期`: a plan's dates to come.
    "审计日期",
    "评估日期",
    "检查日期",
    "测试日期",
    "验证日期",
    "执行日期",
    "分析日期",
    "优化日期",
    // The same labels with `时间` ("time") for `日期` ("date"), as Chinese
    // reports stamp their day just as often (`**审计时间**: 2026-01-26`), and
    // a fix summary's day (`**修复时间**: 2026-01-26`: survey 44b, Stratos'
    // audit reports and their fix summary, written once and never edited).
    "审计时间",
    "评估时间",
    "检查时间",
    "测试时间",
    "验证时间",
    "执行时间",
    "分析时间",
    "优化时间",
    "修复时间",
    "修复日期",
    "日期",
    "作成日",
    "作成日時",
    "日付",
    // `Дата аудита:`, `Дата отчёта:`, `Дата:` (a word boundary ends a label).
    "дата",
    // Spanish `**Fecha:** 2025-02-14` (cam-weight-wiz's `AUDIT_RESULTS.md`,
    // survey 28) and Portuguese `Data da execução: 2025-10-28` (Bmad's
    // environment validation, survey 28). The Portuguese word is English
    // `data`, so it counts only with a colon or a Portuguese `da` after it
    // (`**Data:**`, `Data da auditoria:`), and only with a date; `Data de
    // entrega:` is a plan's due date.
    "fecha",
    "data:",
    "data**:",
    "data da",
];

/// Labels of a creation date that a record label would match (`Дата
/// создания:` opens with `Дата`): it says when a document was begun, not
/// that it records a day (mm-bot's living `AUDIT_ACTION_ITEMS.md`).
const CREATION_STAMPS: &[&str] = &[
    "дата создания",
    "fecha de creación",
    "fecha de creacion",
    // A plan's dates to come, which the Spanish record label would match
    // too (`**Fecha de entrega:** 2025-11-30`, `Fecha límite:`).
    "fecha de entrega",
    "fecha límite",
    "fecha limite",
    "fecha objetivo",
    "fecha prevista",
    "fecha estimada",
    "fecha de inicio",
];

/// Labels that promise a document is kept current: it is judged as living.
const LIVING_STAMPS: &[&str] = &[
    "last updated",
    "updated",
    "last update",
    "last modified",
    "last reviewed",
    "last revised",
    "last edited",
    "最后更新",
    "最近更新",
    "更新时间",
    "更新日期",
    "更新日",
    "最終更新",
    "最終更新日",
    "zuletzt aktualisiert",
    "aktualisiert",
    "letzte aktualisierung",
    "последнее обновление",
    "дата обновления",
    "обновлено",
    "обновлён",
    "обновлен",
];

/// Labels of [`LIVING_STAMPS`] that are also a verb a list item opens with
/// when it tells what a change did (`- Updated the automated fixture …`).
const VERB_STAMPS: &[&str] = &[
    "updated",
    "aktualisiert",
    "обновлено",
    "обновлён",
    "обновлен",
];

/// Whether `line` says the document is kept current (see [`LIVING_STAMPS`]).
/// A label that is also a change verb counts as a stamp only when a colon or
/// a date follows it (`Updated: 2025-10-29`, `_Updated 2025-10-29_`): a note
/// whose opening list says `- Updated the automated fixture and manual
/// debugging scripts …` tells what its session changed, and is no promise
/// to be kept current (survey 42b, NixOS-boot-image's dated work notes,
/// `docs/work-notes/2025-10-27T04-21-49Z-….md`: 4 line-range findings
/// judged false).
fn living_stamp(line: &str) -> bool {
    let Some(rest) = stamp(line, LIVING_STAMPS) else {
        return false;
    };
    let trimmed = line.trim_start_matches(['>', '-', '*', '+', '_', '#', ' ', '\t', '|']);
    let label_len = trimmed.len().saturating_sub(rest.len());
    let label = trimmed.get(..label_len).unwrap_or("").to_lowercase();
    if !VERB_STAMPS.contains(&label.as_str()) {
        return true;
    }
    let value = rest.trim_start_matches(['*', '_', ' ', '\t']);
    value.is_empty()
        || value.starts_with([':', '：'])
        || has_any_date(cut(value, 40))
        || has_compact_date(cut(value, 40))
}

/// How many lines from the top (after front matter) a stamp may stand on.
const STAMP_LINES: usize = 10;

/// How much of a document's text its top ([`STAMP_LINES`] lines) is looked for in.
const TOP_BYTES: usize = 64 * 1024;

/// Whether the document is a dated record, which describes the code as it
/// was on its date (a rehearsal summary, a generated review report, an audit
/// snapshot): a date in its file name (`stage_b_20250921_summary.md`,
/// `2026-01-30-notes.md`), a date in its title (`# Stage B — 2025-09-21`, or
/// a month with its year: `# Feature Audit (October 2025)`), or
/// a stamp near the top (`Generated: 2026-01-17`, `**生成时间**: 2026-01-17`,
/// `As of 2025-09-21`, `Stand: 21.09.2025`; not a front-matter `date:`, which
/// is a spec's creation or a post's publication date); or a document whose
/// own status says its work is finished (see [`closed_status`]): a story
/// marked `**Status**: Done` records the code it was built against, and so
/// does one whose closing block says so (see [`closed_at_end`]); or,
/// without task list items, a report that names itself one (see
/// [`Top::report`]). A
/// document that says it is kept current (`Last updated: <date>`, `最后更新`,
/// `Zuletzt aktualisiert`) is living, whatever else it says, unless its
/// status says its work is finished (`**Status:** ✅ Complete` over
/// `**Last Updated:** 2025-11-11`: the stamp is boilerplate there). So is one that
/// has task list items (a checklist is ticked as work goes on), unless its
/// status is finished, or it carries its date (in its file name or a stamp
/// near the top) and every item is ticked (`2026-04-07-e2e-navigation.md`: a plan
/// of that day, carried out),
/// or it is a dated report whose boxes nobody has marked and whose status
/// is not in progress (an audit's roadmap of recommendations; see
/// [`Top::in_progress`]), or a dated superpowers plan whose boxes nobody
/// has marked (see [`superpowers_plan`]).
/// A creation date (`Created:`, `Erstellt:`) says when a document was begun,
/// not that it records a day.
/// Whether `path` is a document named for a release that has shipped: its
/// file name opens with a version (`docs/plans/v1.10.0-vault-auth-portable.md`,
/// `v1.7.1-bugfix-….md`, `v2.3_notes.md`) no newer than the newest release
/// the repository's tags name. An agent's plan or bug-fix spec for a version
/// records the code it was written against; once that version is tagged,
/// nobody renumbers it (survey 103b, wilddog64/k3d-manager at `v1.26.0`: 41
/// citation findings in the specs of versions 1.1.1 to 1.25.0, all judged
/// false). A version not tagged yet (`v1.28.0-…`, the work still queued) is
/// judged, and so is every such document of a repository without version tags.
///
/// So is a bug-fix spec whose title names such a version after its label
/// (`# Bugfix: v0.4.1 — acg-credential-test calls undefined _sts_valid`,
/// filed as `docs/bugs/2026-06-23-….md`, its unticked definition-of-done
/// boxes left as written): it cites the defect's lines as they stood, and
/// its fix rewrote them (survey 104a, wilddog64/lib-foundation at `v0.4.13`,
/// 1 finding judged false); a title naming a version not tagged yet, or with
/// no bug-fix label (`# Migrating to v0.4.1`), is judged.
fn released_version_record(ctx: &Context<'_>, doc: &Document) -> bool {
    let path = doc.path.as_str();
    let name = path.rsplit('/').next().unwrap_or(path);
    let named = crate::history::release_prefix(name)
        .filter(|&(_, used)| matches!(name.as_bytes().get(used), Some(b'-' | b'_' | b'.')))
        .map(|(version, _)| version);
    let Some(version) = named.or_else(|| bugfix_title_version(doc)) else {
        return false;
    };
    ctx.history
        .newest_release()
        .is_some_and(|newest| version <= newest)
}

/// Whether the document is the notes of one release: its title says `Patch
/// Notes` or `Release Notes` and names the version (`# Patch Notes —
/// v1.2.1g`, `# Release Notes: 2.4.0`, `# v3.1 Release Notes`). Each line
/// records what that release changed, the code as it stood when it was cut,
/// as a change log's entry under a version heading does; nobody renumbers
/// an old release's notes (survey s123a, brettadin/spectra-app's
/// `docs/patch_notes/`, one file per version and no tags: 68 of 75 shifted
/// and 38 of 41 stale findings, all sampled judged false). A title with no
/// version (`# Release Notes Guide`, a template) is judged.
fn release_notes(doc: &Document) -> bool {
    let Some(title) = doc.headings.iter().find(|h| h.level == 1) else {
        return false;
    };
    let title = cut(&title.text, 200);
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let named = words
        .windows(2)
        .any(|w| matches!(w[0], "patch" | "release") && w[1] == "notes");
    named
        && words.iter().any(|w| {
            let w = w.trim_end_matches('.');
            crate::history::release_prefix(w)
                .is_some_and(|(_, used)| w[used..].chars().all(|c| c.is_ascii_alphabetic()))
        })
}

/// The version a bug-fix spec's title names after its label: `# Bugfix:
/// v0.4.1 — …`, `# Bug fix: 1.2.0 (follow-up) — …`, `# Hotfix: v2.1.3`.
fn bugfix_title_version(doc: &Document) -> Option<crate::history::Release> {
    const LABELS: &[&str] = &["bugfix", "bug fix", "bug-fix", "hotfix"];
    let title = doc.headings.iter().find(|h| h.level == 1)?.text.trim();
    let lower = title.to_ascii_lowercase();
    let label = LABELS.iter().find(|l| lower.starts_with(*l))?;
    let rest = title.get(label.len()..)?.strip_prefix(':')?.trim_start();
    let (version, used) = crate::history::release_prefix(rest)?;
    matches!(
        rest.as_bytes().get(used),
        None | Some(b' ' | b'(' | b',' | b':')
    )
    .then_some(version)
}

pub fn dated_record(doc: &Document) -> bool {
    let top = Top::read(doc);
    // A finished status wins over `Last Updated`: agent-written plans carry
    // that line on every document, finished or not (survey 21).
    if top.closed {
        return true;
    }
    // A status in the closing block that says the work is finished, over a
    // head that does not say it is under way and no open box: the plan was
    // carried out and its last word says so (survey 26, dev-infra's PR04
    // fix plan: `**Status:** 🟡 Planned` at the top, `**Status:** ✅
    // Complete` at the end, 7 shifted findings judged false).
    if closed_at_end(doc) && !top.in_progress() && !doc.has_open_task() {
        return true;
    }
    if top.living {
        return false;
    }
    // The notes of one release, titled so with its version (see
    // [`release_notes`]).
    if release_notes(doc) && !doc.has_open_task() {
        return true;
    }
    // The description of one pull request, kept as a file: it records what
    // that pull request changed, open review boxes or not (see
    // [`pull_request_description`]).
    if pull_request_description(&doc.path) {
        return true;
    }
    if doc.tasks.is_empty() {
        return top.dated(doc) || top.report(doc);
    }
    // Every box ticked in a document of its day (a date in its file name or
    // a stamp such as `**Date:** 2024-12-31`) or a report: the checklist was
    // carried out, and its `file:line` pointers name the tree of that day
    // (survey 42a, mk-language-lab's dated QA punch list of fixes verified
    // by ticked boxes: 2 findings judged false). A date in the title alone
    // does not make one: a checklist kept ticked under it is living (survey
    // 2, cine-power-planner's `# Translation Audit – 2025-03-10`).
    if (dated_name(doc) || top.stamped() || top.report(doc)) && !doc.has_open_task() {
        return true;
    }
    // A superpowers plan of its day (see [`superpowers_plan`]) whose boxes
    // nobody has marked: its steps were carried out by agents that track
    // them elsewhere, and its `file:line` pointers name the tree it was
    // written against (survey 36c, 6 findings judged false).
    if dated_name(doc)
        && superpowers_plan(doc)
        && doc.tasks.iter().all(|t| t.symbol.is_none())
        && !top.in_progress()
    {
        return true;
    }
    // A dated report whose boxes nobody has marked: its follow-ups are the
    // recommendations of its day (an audit's roadmap, a gap report's
    // acceptance criteria), not a checklist worked in this file. One box
    // marked, or a status in progress, and it is worked: judged.
    top.report(doc)
        && top.dated(doc)
        && doc.tasks.iter().all(|t| t.symbol.is_none())
        && !top.in_progress()
}

/// File names (without extension, lower case, `-` read as `_`) of the
/// description of one pull request kept as a file.
const PULL_REQUEST_DESCRIPTIONS: &[&str] = &[
    "pr_description",
    "pr_body",
    "pull_request_description",
    "pull_request_body",
];

/// Whether the document is the description of one pull request kept as a
/// file (`PR_DESCRIPTION.md`, `.github/PR_BODY.md`, `pr-description.md`,
/// `PULL_REQUEST_DESCRIPTION.md`, also followed by `_` and a name,
/// `PR_DESCRIPTION_AUTH.md`; not a template, `PULL_REQUEST_TEMPLATE.md` or
/// `pr_description_template.md`). A coding agent that cannot open the pull
/// request itself writes its body to such a file for `gh pr create
/// --body-file`: the body says what that pull request changed, its
/// `file:line` pointers name the lines of its diff (`- `pages/api/inventory/index.ts:68``
/// under `Removed 4 instances of hardcoded organization IDs:`), and its
/// review boxes are ticked on GitHub, not in the file. Nobody renumbers a
/// merged pull request's body (survey s110c, simantaparida/automet's
/// `.github/PR_DESCRIPTION.md`, 1 stale finding judged false).
fn pull_request_description(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stem = stem.to_lowercase().replace('-', "_");
    if stem.contains("template") {
        return false;
    }
    PULL_REQUEST_DESCRIPTIONS.iter().any(|n| {
        stem.strip_prefix(n)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('_'))
    })
}

/// Whether the document is a plan written by the superpowers plugin's
/// `writing-plans` skill: its opening lines carry the skill's stock note to
/// the executing agent (`> **For agentic workers:** REQUIRED SUB-SKILL: Use
/// superpowers:subagent-driven-development … or superpowers:executing-plans
/// to implement this plan task-by-task.`). Such a plan is filed under its
/// day (`2026-06-19-persistence-hygiene.md`) and carried out by subagents
/// that track its steps in their own todo list, not by ticking its boxes.
fn superpowers_plan(doc: &Document) -> bool {
    doc.text.lines().take(STAMP_LINES).any(|l| {
        l.contains("superpowers:executing-plans")
            || l.contains("superpowers:subagent-driven-development")
    })
}

/// Whether a status line of the document's closing block (after its last
/// thematic break, with no heading below it) says its work is finished
/// (`**Status:** ✅ Complete` under the last `---`; see [`closed_value`]).
/// A legend listing several values (`Done | In progress`) is no status.
/// Authors of agent-written plans update the closing status as the work
/// ends and leave the header as it was written (`**Status:** 🟡 Planned`).
fn closed_at_end(doc: &Document) -> bool {
    let Some(&last_break) = doc.thematic_breaks.last() else {
        return false;
    };
    if doc
        .headings
        .last()
        .is_some_and(|h| h.span.start > last_break)
    {
        return false;
    }
    doc.status_lines.iter().any(|s| {
        s.span.start > last_break
            && !outside_brackets(&s.value).contains(['|', '/'])
            && closed_value(&s.value)
    })
}

/// Whether the document's own status says its work is finished (see
/// [`closed_status`]), even one that also says `Last Updated`: a
/// `Status: Done` story.
pub fn finished(doc: &Document) -> bool {
    Top::read(doc).closed
}

/// Whether a tool wrote the document on its day: a `Generated:` stamp with
/// a date in its opening lines (`**Generated:** 2025-12-15`, `**Generated**:
/// Tue Nov 11 13:48:48 CST 2025`, `生成时间`), and no promise to be kept
/// current. Nobody edits such a record by hand: it is a snapshot of the
/// tree it was generated from.
pub fn generated_record(doc: &Document) -> bool {
    let top = Top::read(doc);
    !top.living
        && top.head.iter().any(|l| {
            stamp(l, &["generated", "生成时间", "生成日期", "生成日時"]).is_some_and(has_any_date)
        })
}

/// Whether the document is the report of one validation run: its title
/// names a validation report (`# Launch Readiness Evidence Validation
/// Report`), a `Validation Date:` stamp with a date stands in its opening
/// lines, it has no task items and no promise to be kept current. A
/// validator (a script, a workflow, an agent) wrote it on that day, listing
/// the files it found and their sizes (survey 99a, Heikkila-Pty-Ltd/cortex's
/// `evidence/validation-report.md`, written by `gate-evidence-collection.sh`
/// and naming files moved the next day: 5 findings judged false).
pub fn validation_run_record(doc: &Document) -> bool {
    if !doc.tasks.is_empty() {
        return false;
    }
    let top = Top::read(doc);
    !top.living
        && top
            .title(doc)
            .is_some_and(|t| t.to_lowercase().contains("validation report"))
        && top
            .head
            .iter()
            .any(|l| stamp(l, &["validation date"]).is_some_and(has_any_date))
}

/// Words that name a document as a report of its day: a finding made once
/// (`preload_spawn_behavior_report.md`, `# … Gap Report`, `SECURITY_AUDIT.md`).
const REPORT_WORDS: &[&str] = &["report", "audit", "investigation", "postmortem"];

/// The text without a parenthetical that ends it (`Report (Executive +
/// Technical)` → `Report`); text without one as it is.
fn without_parenthetical(text: &str) -> &str {
    let trimmed = text.trim_end();
    match trimmed
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|i| &t[..i]))
    {
        Some(head) if !head.trim().is_empty() => head.trim_end(),
        _ => text,
    }
}

/// Words that name a document as a report when its title opens with them:
/// Spanish, Portuguese, French and Italian put the noun first (`# Auditoría
/// técnica – cam-weight-wiz`, `# Relatório de Revisão e Validação de
/// Artefatos`, `# Revisão de Automação de Infraestrutura`: survey 28), where
/// English ends with it (`# Technical Audit`). A review counts in a title,
/// as English `Review` does.
const LEADING_REPORT_WORDS: &[&str] = &[
    "informe",
    "reporte",
    "auditoría",
    "auditoria",
    "relatório",
    "relatorio",
    "rapport",
    "rapporto",
    "revisión",
    "revisão",
    "revisao",
    "revisione",
    // German `# Web-Recherche im Mana-System — Bestandsaufnahme &
    // Vergleich`: a stocktaking of the system of its day (survey 105e,
    // mana-monorepo's `docs/reports/web-research-capabilities.md`, dated
    // `**Datum:** 2026-04-17`, its roadmap's boxes never ticked: 2 findings
    // judged false).
    "bestandsaufnahme",
];

/// German words for a report, which end a title or a compound word as
/// English `report` does (`# Prüfbericht`, `Abschlussbericht`, `# Mana —
/// Bestandsaufnahme`).
const GERMAN_REPORT_WORDS: &[&str] = &["bericht", "bestandsaufnahme"];

/// German reports kept current rather than written once: a status or
/// progress report (`# Wöchentlicher Statusbericht`, whose `## Aktueller
/// Stand` says how things stand now: survey 8, judged true), as
/// [`GERMAN_REPORT_WORDS`] would otherwise read them.
const LIVING_GERMAN_REPORTS: &[&str] = &["statusbericht", "fortschrittsbericht"];

/// Words that name a document as a report or an audit at the end of a
/// Chinese, Japanese or Korean title or file name, which writes no space
/// before them (`# Profile 页面安全审计报告`, `未登录用户访问-en-路径分析报告.md`,
/// `# セキュリティ監査報告書`, `# 보안 감사 보고서`): survey 44b, Stratos' audit
/// reports, written in one commit and never edited.
const CJK_REPORT_SUFFIXES: &[&str] = &[
    "报告",
    "报告书",
    "報告",
    "報告書",
    "レポート",
    "보고서",
    "审计",
    "審計",
    "監査",
];

/// Whether the document carries the date of a day it records (see
/// [`dated_record`]), whether or not it has task list items: a completion
/// proof (`**Date**: 2025-12-22` over ticked items) is a record of that day
/// for the paths it names, though its ticks are claims.
pub fn dated(doc: &Document) -> bool {
    let top = Top::read(doc);
    !top.living && top.dated(doc)
}

/// What the top of a document says about it: its first
/// [`STAMP_LINES`] lines with text after the front matter, each read up to
/// 200 bytes (a stamp is short; one line of 10 MB must not be lower-cased for
/// every reference that asks).
struct Top<'a> {
    head: Vec<&'a str>,
    /// It says it is kept current (see [`LIVING_STAMPS`]).
    living: bool,
    /// Its own status says its work is finished (see [`closed_status`]).
    closed: bool,
}

impl<'a> Top<'a> {
    fn read(doc: &'a Document) -> Top<'a> {
        let body = match &doc.front_matter {
            Some(fm) => doc.text.get(fm.span.end..).unwrap_or(""),
            None => doc.text.as_str(),
        };
        // The top is read for every reference a rule asks about: its lines
        // are looked for in the opening [`TOP_BYTES`] only, so that a
        // document of one 10 MB line costs no scan of it per reference.
        let head: Vec<&str> = cut(body, TOP_BYTES)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(STAMP_LINES)
            .map(|l| cut(l, 200))
            .collect();
        let living = head.iter().any(|l| living_stamp(l));
        let closed = closed_status(doc, &head);
        Top {
            head,
            living,
            closed,
        }
    }

    /// Whether the document names itself a report (see [`REPORT_WORDS`]):
    /// the last word of its file name or its title, or its opening lines
    /// (`This report analyzes …`). Without a task list and without a living stamp it
    /// describes the code of the day each line was written.
    fn report(&self, doc: &Document) -> bool {
        self.names_report(doc, true, false)
    }

    /// [`Top::report`]; `review: false`: a title's `review` or `assessment`
    /// does not count.
    /// `headed_with_tasks`: a title that heads with the noun (`# Security
    /// Audit: Payments`) counts over task items too.
    fn names_report(&self, doc: &Document, review_titles: bool, headed_with_tasks: bool) -> bool {
        // The last word names what the document is (`…_report`, `… Gap
        // Report`); `Report module` or `report_fields.md` do not.
        // A title may also end with `Review` (`# Tournament Adjustments
        // Review`, survey 14) or `Assessment` (`# Cortex-OS Operational
        // Readiness Assessment`, `# … Interface Inventory & Design
        // Assessment`: an agent's scored evaluation of the code of its day,
        // survey 31a); a file name may not: `translation-review.md` is the
        // page a team keeps ticking as copy is added (survey 2).
        // So may `Diagnostic`, the singular noun of an agent's one-time
        // diagnosis (`# Admins UI Diagnostic`, `# Unified Domain
        // Diagnostic`, `# Booking Diagnostic Summary`: survey 59e,
        // AllIincompassing's `reports/*_diagnostic.md`, 33 citation
        // findings judged false); the plural `Diagnostics` names a feature's
        // page, and a file name does not count.
        // The summary of one (`AUDIT_SUMMARY.md`, `# Audit Summary`) is the
        // report's own digest of the same day: survey 40a, townlet's audit
        // snapshot, 10 findings judged false.
        let ends_with_report = |text: &str, review: bool, file_name: bool| -> bool {
            let lower = text.to_lowercase().replace("post-mortem", "postmortem");
            let is_report = |w: &str| {
                REPORT_WORDS.contains(&w)
                    || (GERMAN_REPORT_WORDS.iter().any(|g| w.ends_with(g))
                        && !LIVING_GERMAN_REPORTS.iter().any(|l| w.ends_with(l)))
                    || (review && (w == "review" || w == "assessment" || w == "diagnostic"))
                    || CJK_REPORT_SUFFIXES.iter().any(|s| w.ends_with(s))
            };
            // A title may qualify the noun in parentheses after it (`#
            // TERP Consolidated QA Synthesis Report (Executive + Technical)
            // — …`: survey 51a, 4 findings judged false): the noun still
            // ends the title.
            let lower = if file_name {
                lower.as_str()
            } else {
                without_parenthetical(&lower)
            };
            let mut words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            // A root cause analysis is a postmortem (`# Root Cause Analysis
            // - Issue #45`, the `rca` command of an agent's PIV loop writing
            // `.agents/rca-reports/rca-report-2.md`: survey 51a,
            // gpt153/project-orchestrator, 6 findings judged false).
            if words.ends_with(&["root", "cause", "analysis"]) {
                return true;
            }
            // A file name may end with the date of the report after the
            // noun (`expert_audit_2025`, `security_audit_2025_11_27`,
            // `audit_20251127`): the noun still ends the name (survey 45a,
            // ai_trader's `doc/expert_audit_2025.md`). Not a title, where a
            // number names a round (`# Architecture Review 2 — Issues
            // Tracker`), and not a bare number (`audit_2`).
            if file_name {
                let date_len = words
                    .iter()
                    .rev()
                    .take_while(|w| w.bytes().all(|b| b.is_ascii_digit()))
                    .count();
                let has_year = words.iter().rev().take(date_len).any(|w| w.len() >= 4);
                if date_len < words.len() && has_year {
                    words.truncate(words.len() - date_len);
                }
            }
            // A version after the noun (`FRONTEND_BACKEND_SYNC_AUDIT_V1`,
            // `# Security Audit v2`) numbers the document, not what it is:
            // the noun still ends it (survey 99c, Kobatela_alpha_frontend's
            // one-day sync audit, 2 stale findings judged false). A bare
            // number (`# Architecture Review 2`) is a round, and is not
            // dropped; nor is a version after `review`, `assessment` or
            // `diagnostic`, whose versions are rounds of one series
            // (`SOLUTION_REVIEW_V6.md`, survey 55a: its last round is judged).
            if words.len() > 1
                && words.last().is_some_and(|w| {
                    w.strip_prefix('v')
                        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                })
                && words.get(words.len() - 2).is_some_and(|w| {
                    matches!(*w, "audit" | "report" | "investigation" | "postmortem")
                })
            {
                words.pop();
            }
            let mut words = words.into_iter().rev();
            match words.next() {
                Some("summary") => words.next().is_some_and(is_report),
                Some(w) => is_report(w),
                None => false,
            }
        };
        // A title in a language that puts the noun first (`# Auditoría
        // técnica – …`, `# Relatório de Revisão …`) names itself with its
        // first word, or with the first word of its last part after a dash
        // or a colon (`# Observabilidade e Qualidade – Revisão de
        // Configuração`, where English ends `… – Configuration Review`).
        let opens_with_report = |text: &str| -> bool {
            let lower = text.to_lowercase();
            let first_word = |part: &str| -> bool {
                part.split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .is_some_and(|w| LEADING_REPORT_WORDS.contains(&w))
            };
            let last_part = [" – ", " — ", " - ", ": "]
                .iter()
                .filter_map(|sep| lower.rfind(sep).map(|i| i + sep.len()))
                .max()
                .and_then(|i| lower.get(i..));
            first_word(&lower) || last_part.is_some_and(first_word)
        };
        // An English title that names the report in its first part, before
        // a dash or a colon, and what it covers after it (`# UI Audit —
        // Phase 0 Discovery`, `# Security Audit: Payments`): survey 29a,
        // property-manager's `docs/ui-audit-phase-1.md`, 8 findings judged
        // false in three phase audits. Only without task items: `# Translation
        // Audit – 2025-03-10` over ticked boxes is a page a team keeps
        // ticking (survey 2).
        // An evaluation too, so headed (`# Backend Evaluation — Version
        // 1.00`, `# Front-end Evaluation – Version 1.50 Pre-Update`: survey
        // 58a, orbas1/Nodejs-Gigvora's `update_docs/1.00/pre-update_evaluations/`,
        // the findings of the day before an update, whose citations the
        // update then rewrote: 71 citation findings, the 29 sampled all judged false); not a
        // title that is the noun's part alone (`# Model Evaluation`), which
        // may be the page describing how a model is evaluated.
        let heads_with_report = |text: &str| -> bool {
            [" – ", " — ", " - ", ": "]
                .iter()
                .filter_map(|sep| text.find(sep))
                .min()
                .and_then(|i| text.get(..i))
                .is_some_and(|first| {
                    ends_with_report(first, true, false)
                        || first
                            .rsplit(|c: char| !c.is_alphanumeric())
                            .find(|w| !w.is_empty())
                            .is_some_and(|w| w.eq_ignore_ascii_case("evaluation"))
                })
        };
        let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        ends_with_report(stem, false, true)
            || self.title(doc).is_some_and(|title| {
                ends_with_report(title, review_titles, false)
                    || opens_with_report(title)
                    || ((doc.tasks.is_empty() || headed_with_tasks) && heads_with_report(title))
            })
            || self.head.iter().any(|l| {
                let l = l.to_lowercase();
                l.contains("this report") || l.contains("this audit")
            })
    }

    /// Whether its own status says its work is under way (`**Status:** In
    /// progress`, `**Статус:** В работе`; see [`IN_PROGRESS`]).
    fn in_progress(&self) -> bool {
        head_in_progress(&self.head)
    }

    /// A date in the file name or title, or a record stamp near the top.
    fn dated(&self, doc: &Document) -> bool {
        dated_name(doc)
            || self
                .title(doc)
                .is_some_and(|title| has_any_date(title) || has_month_year(title))
            || self.stamped()
    }

    /// The document's title: its first level-1 heading, or, in a document
    /// with none, a first line that is bold text alone (`**Step 13 Review**`,
    /// survey 43a: QNWIS' step reviews, one of which Codex titled so; 6
    /// findings judged false on a review read as no report).
    fn title(&self, doc: &'a Document) -> Option<&'a str> {
        if let Some(h) = doc.headings.iter().find(|h| h.level == 1) {
            return Some(cut(&h.text, 200));
        }
        let first = self.head.first()?.trim();
        // With no level-1 heading, a heading of another level on the first
        // line is the title (`### Round 334 — 🛡️ 2026-04-13T00:00+09:00 — …`:
        // survey 50a, arc-reactor's round reports, one file per round; 5
        // findings judged false).
        if first.starts_with("##")
            && let Some(h) = doc.headings.first()
            && doc
                .text
                .get(h.span.clone())
                .is_some_and(|t| t.trim_start().starts_with(first))
        {
            return Some(cut(&h.text, 200));
        }
        let inner = first.strip_prefix("**")?.strip_suffix("**")?.trim();
        (!inner.is_empty() && !inner.contains("**") && !inner.ends_with(':')).then_some(inner)
    }

    /// A record stamp with a date in the opening lines (`**Date:**
    /// 2024-12-31`, `Generated: …`), not a creation date; or a heading that
    /// is the label alone over a line that is the date alone (`## Analysis
    /// Date` over `2024-12-28`: survey 53c, goagiq/reinforcement_learning's
    /// `COMPREHENSIVE_ANALYSIS_SUMMARY.md`, an agent's analysis of the code
    /// of its day, 2 shifted findings judged false).
    fn stamped(&self) -> bool {
        self.head.iter().enumerate().any(|(i, l)| {
            if stamp(l, CREATION_STAMPS).is_some() {
                return false;
            }
            let Some(v) = stamp(l, RECORD_STAMPS) else {
                return false;
            };
            if has_any_date(v) || has_compact_date(v) {
                return true;
            }
            l.trim_start().starts_with('#')
                && v.trim_matches(|c: char| matches!(c, ':' | '*' | '_' | '#') || c.is_whitespace())
                    .is_empty()
                && self.head.get(i + 1).is_some_and(|next| date_alone(next))
        })
    }
}

/// A line that is a date alone, the value of a stamp written as a heading
/// over it (`2024-12-28`, `**2024-12-28**`, `December 28, 2024`): no heading,
/// no list item, no sentence.
fn date_alone(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 40
        && !t.starts_with(['#', '-', '+', '|', '>'])
        && !t.contains(". ")
        && (has_any_date(t) || has_compact_date(t))
}

/// Whether the document's file name carries a date
/// (`stage_b_20250921_summary.md`, `2026-03-27-plan.md`).
fn dated_name(doc: &Document) -> bool {
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    has_date(&name.replace('_', "-")) || has_compact_date(name)
}

/// Labels of a document's own status.
const STATUS_LABELS: &[&str] = &[
    "status",
    "overall status",
    "final status",
    "story status",
    "document status",
    "issue status",
    "状态",
    "狀態",
    "状態",
    "ステータス",
    // Korean agent-written records: `> 상태: **RESOLVED - …**` under an
    // ADR's title, `**상태**: ✅ 완료` (survey 57b, Whitening-Sinabro/clouvel's
    // `ADR-0001-manager-execution.md`: 4 shifted findings judged false).
    "상태",
    "статус",
];

/// Status values that say a document's work is under way: its open boxes
/// are worked in it.
const IN_PROGRESS: &[&str] = &[
    "in progress",
    "in-progress",
    "in work",
    "wip",
    "ongoing",
    "active",
    "open",
    "в работе",
    "в процессе",
    "进行中",
    "進行中",
    "진행 중",
    "진행중",
    "in arbeit",
    "in bearbeitung",
];

/// Status words that say a document's work is finished.
const CLOSED_STATUSES: &[&str] = &[
    "done",
    "complete",
    "completed",
    "closed",
    "resolved",
    // A bug fix's record, `**Status:** ✅ **FIXED**` over the `file:line`
    // of the fix (survey 42a, aligned_postd_1125's storage quota fix: 5
    // shifted findings judged false).
    "fixed",
    "finished",
    "executed",
    "delivered",
    // A design or blueprint whose work went out, `**Status:** Shipped
    // (2026-07-11)`, `**Status: SHIPPED.**`: its Problem section and
    // pointers describe the code before the fix (survey 80d, onetimesecret:
    // 3 findings judged false).
    "shipped",
    // An enhancement proposal's last state (`status: Implemented` in a FEP's
    // or KEP's front matter): the proposal was carried out (survey 28c).
    "implemented",
    // A record a newer one replaced (`status: superseded` over
    // `superseded_by: 1247` in a wiki entry's front matter, an ADR's
    // `## Status` over `Superseded by ADR-0304`): it keeps the code of its
    // day, and its successor carries on (survey s112a, T-rav/hydraflow's
    // repo wiki: 45 sampled findings in superseded entries judged false).
    "superseded",
    // A review or plan its own status files as history (`**Status:**
    // Historical.` over `**Last reviewed:** 2026-07-10`, a LINQ parser
    // review whose component table links files the refactor it planned
    // deleted later that day: survey s125l, bazer/DataLinq, 3 findings
    // judged false): nobody keeps it current.
    "historical",
    "完成",
    "已完成",
    "已关闭",
    "已解决",
    "完了",
    "완료",
    "완료됨",
    "해결됨",
    "abgeschlossen",
    "erledigt",
    // German for carried out and finished (`**Status:** Umgesetzt`,
    // `Status: fertig`): survey 105e, mana-monorepo's German plans. Not
    // `geplant`, `offen` or `in Arbeit`.
    "umgesetzt",
    "fertig",
    "fertiggestellt",
    "implementiert",
];

/// Whether the document's own status (in its front matter, `status: done`,
/// or an issue tracker's `state: closed`: survey 43c, a folder-per-issue
/// tracker's closed subtasks; or near its top: `**Status**: Done`, `Status: Complete ✅`, `**状态**:
/// Complete`, `| Status | Closed |`, or a `## Status` heading over
/// `**Done** (2026-02-10)`) says its work is finished: done, complete(d),
/// closed, resolved, fixed, finished, executed, delivered, shipped, implemented,
/// superseded (完成, 已完成, 完了,
/// abgeschlossen, erledigt, umgesetzt, fertig), every named part of it (`✅ All Phases Complete`,
/// `All Tasks Completed`; `All Tests Passing` is no status of the work),
/// named milestones (`M1–M5 + M2.5 SHIPPED`), or
/// the whole of the work (`**Overall Status:**
/// 100% Complete`; a tracker's `60% Complete` is progress). Its first word
/// decides (`Not done` is not done); a legend listing several values (`Done
/// | In progress`) is not a status, a count in brackets (`(23/23)`) is. The
/// status may stand in a later sentence of a line, with its colon
/// (`_Drafted 2026-04-26. **Status: SHIPPED**._`), and a `## Status`
/// heading may carry its day in brackets (`## Status (2026-04-23)`). A
/// sentence that stamps the day named milestones were finished (`M1 + M2
/// core abgeschlossen 2026-04-23`) says so too.
fn closed_status(doc: &Document, head: &[&str]) -> bool {
    let front = doc
        .front_matter
        .as_ref()
        .and_then(|fm| doc.text.get(fm.span.clone()))
        .unwrap_or("");
    let in_front = front.lines().take(STAMP_LINES * 5).any(|l| {
        let l = cut(l, 200);
        l.split_once(':').is_some_and(|(k, v)| {
            let k = k.trim();
            (k.eq_ignore_ascii_case("status") || k.eq_ignore_ascii_case("state")) && closed_value(v)
        })
    });
    if in_front {
        return true;
    }
    if head.iter().any(|l| completed_heading(l)) {
        return true;
    }
    // `**Completed:** 2026-06-30` in a work item's header, stamped when the
    // item moved to done (survey 31c), unless a status says it is under way.
    if head.iter().any(|l| completion_stamp(l)) && !head_in_progress(head) {
        return true;
    }
    // A sentence of the head that stamps the day its named milestones were
    // finished (`_Started 2026-04-23. M1 + M2 core abgeschlossen 2026-04-23
    // (13 Commits)._`: survey 105e, mana-monorepo's plans), unless a status
    // says the work is under way.
    if !head_in_progress(head)
        && head
            .iter()
            .any(|l| sentences(l).any(milestones_finished_on))
    {
        return true;
    }
    head.iter().enumerate().any(|(i, l)| {
        // A status in a later sentence of the line, with its colon, inside
        // the italics of a stamp line (`_Drafted 2026-04-26. **Status:
        // SHIPPED** (M1–M5 alle gemerged)._`: survey 105e, mana-monorepo's
        // `docs/plans/llm-fallback-aliases.md`).
        if sentences(l).skip(1).any(|s| {
            stamp(s, STATUS_LABELS).is_some_and(|rest| {
                rest.trim_start_matches(['*', '_']).starts_with([':', '：']) && closed_value(rest)
            })
        }) {
            return true;
        }
        let Some(rest) = stamp(l, STATUS_LABELS) else {
            return false;
        };
        let rest = rest.trim_start_matches(['*', '_', ':', '：', ' ', '\t']);
        if outside_brackets(rest)
            .trim_matches(['*', '_', '#', ' ', '\t'])
            .is_empty()
        {
            // `## Status` over its value, also with its day or a note in
            // brackets (`## Status (2026-04-23, Stand nach M5)` over `**M1–M5
            // + M2.5 SHIPPED**`: survey 105e, mana-monorepo).
            return l.trim_start().starts_with('#')
                && head.get(i + 1).is_some_and(|next| closed_value(next));
        }
        if l.trim_start().starts_with('|') {
            // `| Status | Done |`: the next cell.
            let cell = rest.trim_start_matches([' ', '\t', '|']);
            return closed_value(cell.split('|').next().unwrap_or(""));
        }
        // A legend lists several values (`Done | In progress`, `Done /
        // Open`); a count in brackets (`100% Complete (23/23)`) is no list.
        !outside_brackets(rest).contains(['|', '/']) && closed_value(rest)
    })
}

/// `text` without its bracketed parts (`Complete (5/5 tasks)` → `Complete `).
fn outside_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// Labels of a work item's completion date (`**Completed:** 2026-06-30`).
const COMPLETION_LABELS: &[&str] = &[
    "completed on",
    "completion date",
    "date completed",
    "completed",
];

/// Whether a line of the head is a completion stamp with a date: `**Completed:**
/// 2026-06-30`, `Completed on: 30 June 2026`, `Completion date: 2026-06-30`.
/// The date must open the value: `Completed: 3/10 tasks (2026-01-02)` is a
/// tracker's progress, `Completed: <!-- set on done -->` an empty template
/// field, and `Completed the migration on 2026-01-02` a sentence.
fn completion_stamp(line: &str) -> bool {
    let Some(rest) = stamp(line, COMPLETION_LABELS) else {
        return false;
    };
    let Some(value) = rest
        .trim_start_matches(['*', '_'])
        .strip_prefix([':', '：'])
    else {
        return false;
    };
    let value = value.trim_start_matches(['*', '_', ' ', '\t']);
    let first: String = value
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let opens_with_date =
        value.starts_with(|c: char| c.is_ascii_digit()) || MONTH_NAMES.contains(&first.as_str());
    // The date itself, not one in a bracketed note after a count.
    let before_note = value.split('(').next().unwrap_or("");
    opens_with_date && has_any_date(cut(before_note, 40))
}

/// Whether a status line of the head says the work is under way (see
/// [`IN_PROGRESS`]).
fn head_in_progress(head: &[&str]) -> bool {
    head.iter().any(|l| {
        stamp(l, STATUS_LABELS).is_some_and(|rest| {
            let value = rest
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            IN_PROGRESS.iter().any(|w| {
                value
                    .strip_prefix(w)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            })
        })
    })
}

/// Whether a line is a heading that says the work is done: `## Task
/// Completed: …`, `## Work complete`, or a title that ends so: `# Migration —
/// Complete`, `# Phase 3 Completed ✅` (a step `### Verify setup is complete`
/// of a guide is not).
fn completed_heading(line: &str) -> bool {
    let Some(text) = line.trim_start().strip_prefix('#') else {
        return false;
    };
    let title = !text.starts_with('#');
    let lower = text.trim_start_matches('#').to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let done = |w: &&str| matches!(*w, "complete" | "completed");
    matches!(words.as_slice(), ["task" | "work", w, ..] if done(w))
        || (title && words.last().is_some_and(done))
}

/// Whether a status value's first word is a finished status, or the value
/// is a whole share of the work: `100%`, `100% Complete`, `✅ 100 % done`
/// (`60% Complete` is a tracker's progress, not a finished status).
fn closed_value(value: &str) -> bool {
    let value = value.trim_start_matches(|c: char| !c.is_alphanumeric());
    if let Some(rest) = value.strip_prefix("100") {
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix('%') else {
            return false;
        };
        let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(');
        return rest.is_empty() || rest.starts_with('(') || closed_value(rest);
    }
    let word: String = value
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if word == "all" {
        // `✅ All Phases Complete`, `All Tasks Completed`: every part of the
        // work, named, is finished (survey 34a, an agent's implementation
        // review: 9 findings judged false). `All Tests Passing` names no
        // part of the work and is no finished status.
        let word_end = value
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(value.len());
        let mut rest = value.get(word_end..).unwrap_or("").trim_start();
        let mut part_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        // One severity word before the part (`✅ ALL CRITICAL BUGS FIXED`:
        // survey 78a, GBOGEB/ABACUS's record of an iteration's bug fixes,
        // 1 shifted finding judged false).
        if PART_QUALIFIERS.contains(&rest[..part_end].to_lowercase().as_str()) {
            rest = rest[part_end..].trim_start();
            part_end = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
        }
        let (part, after) = rest.split_at(part_end);
        return WORK_PARTS.contains(&part.to_lowercase().as_str()) && closed_value(after);
    }
    if CLOSED_STATUSES.contains(&word.as_str()) {
        return true;
    }
    // Milestones named before the word (`M1–M5 + M2.5 SHIPPED`, `Phase 1 +
    // 2 done`), the word closing the value or its clause: `M1 done, M2 in
    // progress` is a tracker's progress.
    after_milestones(value).is_some_and(|rest| {
        let Some((word, after)) = first_word(rest) else {
            return false;
        };
        CLOSED_STATUSES.contains(&word.as_str())
            && !after
                .trim_start_matches(['*', '_', ' ', '\t'])
                .starts_with([',', ';', '/', '|', '+', '&'])
    })
}

/// The first word of `text`, lower-cased, and the text after it.
fn first_word(text: &str) -> Option<(String, &str)> {
    let end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    (end > 0).then(|| (text[..end].to_lowercase(), &text[end..]))
}

/// Words that may stand between milestones and the word that says they are
/// finished without weakening it (`M1 + M2 core abgeschlossen`, `M1–M5
/// alle gemerged`).
const MILESTONE_QUALIFIERS: &[&str] = &[
    "core",
    "all",
    "both",
    "fully",
    "alle",
    "beide",
    "komplett",
    "vollständig",
];

/// `value` after the milestones it opens with (`M1`, `M2.5`, `M1–M5`,
/// `Phase 2`, `Phases 1-3`, joined by `+`, `,`, `&`, `and`, `und`, the
/// later ones also by their number alone: `Phase 1 + 2`) and any
/// of [`MILESTONE_QUALIFIERS`]; `None` when it opens with none.
fn after_milestones(value: &str) -> Option<&str> {
    // One milestone's number: `5`, `2.5`.
    fn number(t: &str) -> Option<&str> {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        let t = &t[n..];
        match t.strip_prefix('.') {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => {
                Some(r.trim_start_matches(|c: char| c.is_ascii_digit()))
            }
            _ => Some(t),
        }
    }
    // One milestone, or a range of them: `M1`, `M1–M5`, `Phase 2`,
    // `Phases 1-3`.
    fn milestone(t: &str) -> Option<&str> {
        let lower = t.get(..t.len().min(8)).unwrap_or(t).to_lowercase();
        let prefix = ["phases ", "phasen ", "phase ", "m"]
            .iter()
            .find(|p| lower.starts_with(*p))?;
        let t = number(&t[prefix.len()..])?;
        let Some(r) = t.strip_prefix(['–', '-']) else {
            return Some(t);
        };
        let r = r.strip_prefix(['M', 'm']).unwrap_or(r);
        Some(number(r).unwrap_or(t))
    }
    let mut rest = milestone(value)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    loop {
        let t = rest.trim_start_matches([' ', '\t', '*', '_']);
        let joined = t
            .strip_prefix(['+', ',', '&'])
            .or_else(|| t.strip_prefix("and "))
            .or_else(|| t.strip_prefix("und "));
        let Some(next) = joined
            .map(|j| j.trim_start())
            .and_then(|j| milestone(j).or_else(|| number(j)))
            .filter(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        else {
            break;
        };
        rest = next;
    }
    let mut rest = rest.trim_start_matches([' ', '\t', '*', '_']);
    while let Some((word, after)) = first_word(rest)
        && MILESTONE_QUALIFIERS.contains(&word.as_str())
    {
        rest = after.trim_start();
    }
    (!rest.is_empty()).then_some(rest)
}

/// The sentences of a line: the line, then each part after a full stop
/// and a blank (`_Drafted 2026-04-26. **Status: SHIPPED**._`), each with
/// the emphasis that opens it left out.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    let first = line
        .trim_start()
        .trim_start_matches(['>', '-', '*', '_', ' ', '\t']);
    std::iter::once(first).chain(
        line.match_indices(". ")
            .map(move |(i, _)| line[i + 2..].trim_start_matches(['*', '_', ' ', '\t'])),
    )
}

/// Whether a sentence stamps the day its milestones were finished: `M1 +
/// M2 core abgeschlossen 2026-04-23`, `M1–M3 completed on 2026-04-23`
/// (see [`after_milestones`]); a date must follow the word.
fn milestones_finished_on(sentence: &str) -> bool {
    let Some((word, after)) = after_milestones(sentence).and_then(first_word) else {
        return false;
    };
    if !CLOSED_STATUSES.contains(&word.as_str()) {
        return false;
    }
    let after = after.trim_start_matches(['*', '_', ' ', '\t', ':']);
    let after = ["am ", "on "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    after.starts_with(|c: char| c.is_ascii_digit()) && has_any_date(cut(after, 20))
}

/// The parts a piece of work is split into, as `All … Complete` names them.
const WORK_PARTS: &[&str] = &[
    "phases",
    "tasks",
    "steps",
    "stages",
    "items",
    "fixes",
    "milestones",
    "sprints",
    "tracks",
    "subtasks",
    "deliverables",
    // A bug-fix record's `All Bugs Fixed`, `All Issues Resolved`.
    "bugs",
    "issues",
    "defects",
];

/// Severity words that may stand between `All` and the part it names
/// (`All Critical Bugs Fixed`).
const PART_QUALIFIERS: &[&str] = &["critical", "blocking", "major", "known", "reported"];

/// Words of an entry's date that make it a plan, not a record: the day work
/// is due, not the day it was done.
const FUTURE_WORDS: &[&str] = &[
    "due",
    "target",
    "targeted",
    "deadline",
    "eta",
    "planned",
    "scheduled",
    "expected",
    "until",
];

/// How many lines back a reference's list items are looked for.
const ENTRY_LINES: usize = 40;

/// Whether the reference at `offset` stands in a dated entry, which records
/// the state on its date whatever its verb: a list item whose opening words
/// carry a date (`- 2025-10-06: run aborts during collection`, `- **2025-10-06**:
/// …`, `* 2025-10-06 — …`, `- **Coverage gate (2025-10-12):** …`), or an
/// item nested in one, or a section under a heading (below the title) that
/// carries a date (`## 2025-10-12 COVERAGE GATE PASS`, `#### Import – core
/// (2025-10-17)`). Not an open task item (`- [ ] 2025-10-06: rerun`: work
/// still to do), and not a date that says when work is due (`due`, `target`,
/// `deadline`, `planned`, …). The look is bounded: a few lines back, each
/// read up to 200 bytes, and the headings above.
pub fn dated_entry(doc: &Document, offset: usize) -> bool {
    dated_item(doc, offset) || under_dated_heading(doc, offset) || dated_paragraph(doc, offset)
}

/// How many lines back the opening line of a dated paragraph entry is looked
/// for (see [`dated_paragraph`]).
const PARAGRAPH_ENTRY_LINES: usize = 120;

/// Whether `offset` stands in a dated paragraph entry of a log: at or below
/// a line at the margin (not a list item) that opens with `As of` and a date
/// (`As of **2025-10-09 at 18:10 UTC** the strict gate …`, `As of October 7,
/// 2025 …`), with no heading between them. Agent-kept progress and status
/// logs write each run as such a paragraph, newest first, the later lines
/// of the entry (and its follow-up paragraphs) carrying its citations
/// (survey 28b, autoresearch's `TASK_PROGRESS.md`: 26 findings judged
/// false). The entry ends at the next heading; the next `As of` line opens
/// the next entry. Not a date that says when work is due (`As of the
/// 2025-11-01 deadline`). The look is bounded: 120 lines back, each read up
/// to 200 bytes.
fn dated_paragraph(doc: &Document, offset: usize) -> bool {
    let text = doc.text.as_str();
    let mut n = doc.lines.line_of(offset).max(1);
    for _ in 0..PARAGRAPH_ENTRY_LINES {
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n).max(start);
        let line = cut(text.get(start..end).unwrap_or(""), 200);
        let trimmed = line.trim_start_matches(['>', ' ']);
        if trimmed.starts_with('#') {
            // A heading ends the entry (a `#` line inside code only makes
            // the look shorter).
            return false;
        }
        if as_of_date(line) {
            return true;
        }
        if n <= 1 {
            return false;
        }
        n -= 1;
    }
    false
}

/// Whether `line`, at the margin, opens with `As of` (any case, emphasis
/// before it skipped) and a date in its next 40 bytes that is not a due
/// date.
fn as_of_date(line: &str) -> bool {
    let t = line.trim_start_matches(['*', '_']);
    let Some(head) = t.get(..6) else {
        return false;
    };
    if !head.eq_ignore_ascii_case("as of ") {
        return false;
    }
    let rest = cut(&t[6..], 40);
    has_any_date(rest) && !says_due(rest)
}

/// Headers of a table column that dates each row as an entry of a register.
const ROW_DATE_HEADERS: &[&str] = &["date", "datum", "日期", "日付", "when", "recorded", "dated"];

/// Whether `offset` stands in a table row whose date column (`Date`, `Datum`,
/// `日期`, `When`, `Recorded`) holds a date: an entry of a register
/// (`| EV-20260107 | 2026-01-07 | … |`), dated like a dated list item for
/// this rule (a missing file it names is still reported: evidence tables
/// carry dates too).
fn dated_row(doc: &Document, offset: usize) -> bool {
    let Some(t) = doc.table_at(offset) else {
        return false;
    };
    let rows = t.rows();
    let Some(row) = rows
        .get(rows.partition_point(|r| r.span.end <= offset))
        .filter(|r| r.span.start <= offset)
    else {
        return false;
    };
    t.header().cells().iter().enumerate().any(|(i, h)| {
        let header = crate::rules::facts::clean_cell(doc.text.get(h.span.clone()).unwrap_or(""))
            .to_lowercase();
        ROW_DATE_HEADERS.contains(&header.as_str())
            && row
                .cells()
                .get(i)
                .is_some_and(|c| has_any_date(doc.text.get(c.span.clone()).unwrap_or("")))
    })
}

/// Whether the list item holding `offset`, or one it is nested in, opens
/// with a date (see [`dated_entry`]).
fn dated_item(doc: &Document, offset: usize) -> bool {
    let text = doc.text.as_str();
    let mut n = doc.lines.line_of(offset).max(1);
    // The indentation an enclosing item must be shallower than.
    let mut deeper_than = usize::MAX;
    // The last line with text read (below the current one): its indentation
    // and whether it opens an item.
    let mut below: Option<(usize, bool)> = None;
    let mut nearest = true;
    for _ in 0..ENTRY_LINES {
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n).max(start);
        let line = cut(text.get(start..end).unwrap_or(""), 200);
        let trimmed = line.trim_start_matches([' ', '\t', '>']);
        let indent = line.len() - trimmed.len();
        if trimmed.trim().is_empty() {
            // A paragraph at the margin that is not an item: outside a list.
            if below == Some((0, false)) {
                return false;
            }
        } else {
            if trimmed.starts_with('#') || (below.is_none() && trimmed.starts_with('|')) {
                // A heading; a table row is no list item.
                return false;
            }
            let item = list_marker_len(trimmed);
            if let Some(m) = item
                && indent < deeper_than
            {
                let marker = &trimmed[..m];
                if nearest && (marker.contains("[ ]")) {
                    return false;
                }
                nearest = false;
                if dated_lead(&trimmed[m..]) {
                    return true;
                }
                if indent == 0 {
                    return false;
                }
                deeper_than = indent;
            }
            below = Some((indent, item.is_some()));
        }
        if n <= 1 {
            return false;
        }
        n -= 1;
    }
    false
}

/// Whether an item's opening words (its first 40 bytes) carry a date that is
/// not a due date.
fn dated_lead(item: &str) -> bool {
    let lead = cut(item, 40);
    has_any_date(lead) && !says_due(lead)
}

/// Whether `text` says a date is when work is due (see [`FUTURE_WORDS`]).
/// `Targeted` names a due date only before a colon, `for` or `date`
/// (`Targeted: 2026-01-10`, `targeted for 2026-01-10`); before another word it
/// says what kind of work it was (`## Verification — 2025-10-20 (Targeted
/// Audit)`: survey 99c, website-fish-keeper's `CHECKLIST.md`, 15 findings
/// judged false).
fn says_due(text: &str) -> bool {
    let mut rest = text;
    while let Some(start) = rest.find(char::is_alphanumeric) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(tail.len());
        let (word, after) = tail.split_at(end);
        rest = after;
        let lower = word.to_lowercase();
        if !FUTURE_WORDS.contains(&lower.as_str()) {
            continue;
        }
        if lower != "targeted" {
            return true;
        }
        let after = after.trim_start_matches([' ', '*', '_']);
        let next: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        if after.is_empty()
            || after.starts_with(':')
            || next == "for"
            || next.starts_with("date")
            || next.starts_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
    }
    false
}

/// Whether the citation at `offset` describes the code as it stood before a
/// plan's work: the document is a plan (its title or file name says `plan`:
/// `# User Auth - Research & Implementation Plan`, `migration-plan.md`) and
/// the citation stands in its section headed `Current State` (`## Current
/// State Analysis`, `### 2. Current state`, or a heading below one), or on a
/// line that opens with the label `**Current state**:` (`Current state:`), or
/// in a list that label leads alone (a note in parentheses allowed).
/// Agent-written implementation plans open with such an analysis of the code
/// they are about to change, and each change step says what it replaces:
/// the plan's own work then rewrites the cited lines, and nobody renumbers
/// what the code was (survey 33a, monimak's RBAC plan: 4 findings judged
/// false). A plan's other sections, and a `Current State` section of a
/// document that is no plan (a living architecture page), are judged.
pub fn current_state_of_plan(doc: &Document, offset: usize) -> bool {
    if !is_plan(doc) {
        return false;
    }
    let text = doc.text.as_str();
    let n = doc.lines.line_of(offset).max(1);
    let start = doc.lines.line_start(n);
    let end = doc.lines.line_end(text, n).max(start);
    let line = cut(text.get(start..end).unwrap_or(""), 200);
    if stamp(line, &["current state"]).is_some_and(|rest| {
        rest.trim_start_matches(['*', '_', ' '])
            .starts_with([':', '：'])
    }) {
        return true;
    }
    // A list led by that label alone, a note in parentheses allowed before
    // its colon (`**Current State (VULNERABLE):**` over `- JWT tokens stored
    // in localStorage: `apps/admin/src/lib/api-client.ts:17``: survey s125c,
    // Scotopia1/Lab404-new-website's GSD phase plan, whose own tasks then
    // rewrote those lines: 2 findings judged false).
    if list_led_by(doc, offset, |label| {
        stamp(label, &["current state"]).is_some_and(|rest| {
            let rest = rest.trim_start_matches(['*', '_', ' ']);
            let rest = match rest.strip_prefix('(') {
                Some(note) => note
                    .split_once(')')
                    .map_or("", |(_, after)| after)
                    .trim_start_matches(['*', '_', ' ']),
                None => rest,
            };
            rest.starts_with([':', '：'])
        })
    }) {
        return true;
    }
    heading_above(doc, offset, |t| {
        let t = t
            .trim_start_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        // Japanese `## 1. 現状調査` and Chinese `## 现状分析`, the current
        // state surveyed before the plan's steps (survey s123a,
        // cybons-lab/lot-management-system's `rbac-implementation-plan.md`,
        // written in the commit that carried it out: 8 findings judged false).
        t.starts_with("current state")
            || t.starts_with("current codebase")
            || t.starts_with("現状")
            || t.starts_with("现状")
    })
}

/// Whether the citation at `offset` stands in a section whose heading (or a
/// heading above it, below the title) says it records the code's state
/// before the work: `before-state` or `before state` as words of the
/// heading (`## W1 Before-State Evidence Index`, `### Before State`). Such
/// a section is a snapshot taken before a change, kept to compare with what
/// the change made, and its numbers and present-tense descriptions are the
/// snapshot's (survey s125l, bazer/DataLinq's mutation-lifecycle matrix,
/// whose evidence index "is intentionally a static W1 before-state
/// snapshot": 15 stale and shifted findings judged false). The document's
/// other sections, an `After State` one included, are judged.
fn before_state_section(doc: &Document, offset: usize) -> bool {
    heading_above(doc, offset, |t| {
        let words: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words
            .windows(2)
            .any(|w| w[0] == "before" && w[1] == "state")
    })
}

/// Whether the document is a plan: the word `plan` in its title or its file
/// name (`IMPLEMENTATION_PLAN.md`, `2026-02-01-auth-plan.md`), or a section
/// headed `Implementation Steps` below its title (agentjido/jido_workbench's
/// gap analyses, `## Current Codebase Findings` over `## Implementation
/// Steps`: survey 90a, 16 citation findings judged false).
fn is_plan(doc: &Document) -> bool {
    let steps = |t: &str| {
        t.trim_start_matches(|c: char| !c.is_alphabetic())
            .trim_end()
            .eq_ignore_ascii_case("implementation steps")
    };
    if doc
        .headings
        .iter()
        .any(|h| h.level == 2 && steps(cut(&h.text, 200)))
    {
        return true;
    }
    let has_plan = |t: &str| {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "plan")
    };
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    has_plan(name)
        || doc
            .headings
            .iter()
            .find(|h| h.level == 1)
            .is_some_and(|h| has_plan(cut(&h.text, 200)))
}

/// Whether a heading above `offset` (below the title) carries a date that is
/// not a due date.
fn under_dated_heading(doc: &Document, offset: usize) -> bool {
    heading_above(doc, offset, |t| has_any_date(t) && !says_due(t))
}

/// Whether `offset` stands under a dated heading below the title that names
/// its section a log entry (`### Discovery Log – DuckDB function module audit
/// (2024-05-15)`, `## Session log 2025-10-12`: a word of [`WORK_LOG_WORDS`]
/// and a date in the heading itself), in a document of any name: an agent's
/// roadmap keeps its dated discovery logs as entries of their day, and
/// nobody renumbers them (survey s110b, isaacnfairplay/duckplus's `TODO.md`:
/// 11 shifted findings judged false). A dated heading that names no log
/// (`## Release plan 2025-10-12`) is read as before.
///
/// The log may also be named by a heading the dated one stands under, an
/// entry of a section kept as a log (`## Experiment Log` over `###
/// Experiment #4: … (2026-01-09)`, `## Journey Log` over `### 2026-01-09 |
/// Sprint 81: …`: survey s117c, klapom/AEGIS_Rag's `RAGAS_JOURNEY.md`, 6
/// shifted findings judged false); a log heading over no dated one (`##
/// Decision Log` over `### Current defaults`) is read as before.
fn under_dated_log_heading(doc: &Document, offset: usize) -> bool {
    let names_log = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| WORK_LOG_WORDS.contains(&w.to_lowercase().as_str()))
    };
    let dated = |t: &str| has_any_date(t) && !says_due(t);
    heading_above(doc, offset, |t| dated(t) && names_log(t))
        || (heading_above(doc, offset, dated) && heading_above(doc, offset, names_log))
}

/// Whether a heading whose section holds `offset`, or one of the headings it
/// stands under, below the title (level 2 and deeper), says `what` of its
/// text (cut to 200 bytes).
fn heading_above(doc: &Document, offset: usize, what: impl Fn(&str) -> bool) -> bool {
    let Some(mut i) = doc.section_of(offset) else {
        return false;
    };
    let mut level = u8::MAX;
    loop {
        if let Some(h) = doc.headings.get(i)
            && h.level < level
        {
            level = h.level;
            if level <= 1 {
                return false;
            }
            if what(cut(&h.text, 200)) {
                return true;
            }
        }
        if i == 0 {
            return false;
        }
        i -= 1;
    }
}

/// The rest of `line` after one of the `labels` opening it (list markers,
/// quote marks and emphasis skipped; the label ends at a word boundary),
/// e.g. `- **Generated**: 2026-01-17` → `**: 2026-01-17`.
fn stamp<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    let line = line.trim_start_matches(['>', '-', '*', '+', '_', '#', ' ', '\t', '|']);
    let lower = line.to_lowercase();
    // Lower-casing may change byte lengths outside ASCII: labels are matched on
    // the lower-cased line and cut from it.
    labels.iter().find_map(|label| {
        let rest = lower.strip_prefix(label)?;
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let cut = line.len().checked_sub(rest.len())?;
        line.get(cut..).or(Some(""))
    })
}

/// A date in a common written form: `2025-09-21`, `2025/09/21`,
/// `2025.09.21`, day and month before the year (see [`has_day_month_year`]:
/// `21.09.2025`, `02/11/2025`, `2.11.2025`, `20-10-2025`), `2025年9月21日`,
/// `September 21, 2025`, `21 Sep 2025`; a stamp of Unix `date` (see
/// [`has_unix_date`]: `Tue Nov 11 13:48:48 CST 2025`); or a calendar week
/// (see [`has_week`]).
fn has_any_date(text: &str) -> bool {
    // Every form has a year of four digits: most text has none, and is
    // answered at once.
    let four_digits = text
        .as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() >= 4);
    if !four_digits {
        return false;
    }
    if has_date(text) || (text.contains('.') && has_date(&text.replace('.', "-"))) || has_week(text)
    {
        return true;
    }
    if has_unix_date(text) {
        return true;
    }
    if has_day_month_year(text) {
        return true;
    }
    // 2025年9月21日
    if let Some(y) = text.find('年') {
        let before = &text[..y];
        let after = &text[y + '年'.len_utf8()..];
        if before.len() >= 4
            && before[before.len() - 4..]
                .bytes()
                .all(|c| c.is_ascii_digit())
            && after.contains('月')
        {
            return true;
        }
    }
    // A month name with a four-digit year.
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let month = |w: &str| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m));
    let year = |w: &str| w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    words.windows(3).any(|w| {
        (month(&w[0]) && day(&w[1]) && year(&w[2])) || (day(&w[0]) && month(&w[1]) && year(&w[2]))
    })
}

/// The output of Unix `date` (and of `git log`'s default date): a month's
/// name, its day, a time `hh:mm` or `hh:mm:ss`, an optional zone (`CST`,
/// `UTC`, `+0100`) and a four-digit year 1990 to 2099, the weekday before it
/// optional: `Tue Nov 11 13:48:48 CST 2025`, `Mon Dec  8 09:05:00 2025`,
/// `Nov 11 13:48 2025`. Generated records stamp themselves with it
/// (`**Generated**: $(date)`).
fn has_unix_date(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let month = |w: &str| MONTH_NAMES.contains(&w.to_lowercase().as_str());
    let day = |w: &str| w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)) && w.len() <= 2;
    let time = |w: &str| {
        let parts: Vec<&str> = w.split(':').collect();
        (2..=3).contains(&parts.len())
            && parts[0].len() <= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|c| c.is_ascii_digit()))
            && parts[0].parse::<u8>().is_ok_and(|h| h < 24)
            && parts[1..].iter().all(|p| p.len() == 2 && p < &"60")
    };
    let zone = |w: &str| {
        (2..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
            || (w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()))
    };
    let year = |w: &str| {
        w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()) && ("1990"..="2099").contains(&w)
    };
    (0..words.len()).any(|i| {
        let w = |k: usize| words.get(i + k).copied().unwrap_or("");
        month(w(0)) && day(w(1)) && time(w(2)) && (year(w(3)) || (zone(w(3)) && year(w(4))))
    })
}

/// English and German month names and their English abbreviations.
const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
];

/// A month with its year, which dates a title as a day does (`# Feature
/// Audit (October 2025)`, `Oct 2025`, `October, 2025 review`, `2025-10`):
/// a month's name (whole, or its three-letter abbreviation; `Marching`,
/// `Decision` are no months) right before a year 1990 to 2099, or an ISO
/// year and month (`2025-10`, a month 01 to 12, nothing glued to either
/// end). A month alone (`October review`) or a year alone (`Roadmap 2025`)
/// is not a date.
fn has_month_year(text: &str) -> bool {
    let year = |w: &str| {
        w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()) && ("1990"..="2099").contains(&w)
    };
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words
        .windows(2)
        .any(|w| MONTH_NAMES.contains(&w[0].as_str()) && year(&w[1]))
    {
        return true;
    }
    let b = text.as_bytes();
    (0..b.len().saturating_sub(6)).any(|i| {
        let w = &b[i..i + 7];
        let glued_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'-');
        let glued_after = b.get(i + 7).is_some_and(u8::is_ascii_digit);
        !glued_before
            && !glued_after
            && w[..4].iter().all(u8::is_ascii_digit)
            && w[4] == b'-'
            && w[5..].iter().all(u8::is_ascii_digit)
            && year(&text[i..i + 4])
            && (b"01".as_slice()..=b"12".as_slice()).contains(&&w[5..7])
    })
}

/// A date written with its day and month before a four-digit year, the
/// European and American way: `02/11/2025`, `2/11/2025`, `21.09.2025`,
/// `2.9.2025`, `20-10-2025`, `11/02/2025`. Whether the day or the month comes
/// first does not matter (the question is whether a text is dated, not
/// which day): both parts are 1 to 31 and one of them is at most 12, the
/// two separators are the same (`/`, `.` or `-`), the year is 1990 to 2099,
/// and no letter, digit or separator is glued to either end (`v1.2.2025`,
/// `1.2.3.2025` and `10/20/20251` are not dates).
fn has_day_month_year(text: &str) -> bool {
    let b = text.as_bytes();
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let number =
        |r: Range<usize>| -> u32 { b[r].iter().fold(0, |acc, c| acc * 10 + u32::from(c - b'0')) };
    (0..b.len()).any(|i| {
        if !b[i].is_ascii_digit()
            || i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'/' | b'.' | b'-'))
        {
            return false;
        }
        let n1 = digits_from(i);
        let s1 = i + n1;
        let Some(&sep) = b.get(s1) else {
            return false;
        };
        if !(1..=2).contains(&n1) || !matches!(sep, b'/' | b'.' | b'-') {
            return false;
        }
        let n2 = digits_from(s1 + 1);
        let s2 = s1 + 1 + n2;
        if !(1..=2).contains(&n2) || b.get(s2) != Some(&sep) {
            return false;
        }
        let n3 = digits_from(s2 + 1);
        let end = s2 + 1 + n3;
        // A sentence may end right after the year (`— 20.10.2025.`).
        let glued = b.get(end).is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || (matches!(c, b'/' | b'.' | b'-')
                    && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        });
        if n3 != 4 || glued {
            return false;
        }
        let (a, m, y) = (number(i..s1), number(s1 + 1..s2), number(s2 + 1..end));
        (1..=31).contains(&a)
            && (1..=31).contains(&m)
            && a.min(m) <= 12
            && (1990..=2099).contains(&y)
    })
}

/// Words that name a calendar week before its number.
const WEEK_WORDS: &[&str] = &["kalenderwoche", "woche", "kw", "cw", "week", "wk"];

/// A calendar week with its year: `Kalenderwoche 37/2025`, `KW 37/2025`,
/// `KW 37 2025`, `KW37/2025`, `CW 37/2025`, `Week 37, 2025`, and the ISO
/// form `2025-W37`. Any blank (a no-break space too) or `/`, `,` stands
/// between the parts.
fn has_week(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let year = |w: &str| w.len() == 4 && digits(w.as_bytes()) && ("1990"..="2099").contains(&w);
    let week = |w: &str| {
        (1..=2).contains(&w.len())
            && digits(w.as_bytes())
            && w.parse::<u8>().is_ok_and(|n| (1..=53).contains(&n))
    };
    // 2025-W37
    let iso = (0..b.len().saturating_sub(7)).any(|i| {
        let w = &b[i..i + 8];
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && digits(&w[0..4])
            && w[4] == b'-'
            && matches!(w[5], b'W' | b'w')
            && digits(&w[6..8])
            && b.get(i + 8).is_none_or(|c| !c.is_ascii_alphanumeric())
    });
    if iso {
        return true;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let label = |w: &str| WEEK_WORDS.contains(&w);
    // The number glued to its label: `KW37`.
    let glued = |w: &str| {
        WEEK_WORDS
            .iter()
            .any(|l| w.strip_prefix(l).is_some_and(&week))
    };
    words
        .windows(3)
        .any(|w| label(&w[0]) && week(&w[1]) && year(&w[2]))
        || words.windows(2).any(|w| glued(&w[0]) && year(&w[1]))
        || chinese_week(text)
}

/// A Chinese calendar week with its year: `2025年第37周`, `第37周 (2025)`,
/// `第 37 週，2025`: `第`, the week's number, `周` or `週`, and a year in the
/// same text.
fn chinese_week(text: &str) -> bool {
    let has_week = text.match_indices('第').any(|(i, _)| {
        let rest = text[i + '第'.len_utf8()..].trim_start();
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&n)
            && rest[..n].parse::<u8>().is_ok_and(|w| (1..=53).contains(&w))
            && rest[n..].trim_start().starts_with(['周', '週'])
    });
    has_week
        && text
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4 && ("1990"..="2099").contains(&w))
}

/// A compact date `YYYYMMDD` standing alone among digits (`_20250921_`,
/// `20250921T230434Z`), with a plausible year, month and day.
fn has_compact_date(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(7)).any(|i| {
        let w = &b[i..i + 8];
        let alone = (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 8).is_none_or(|c| !c.is_ascii_digit());
        let n = |r: Range<usize>| -> u32 {
            w[r].iter().fold(0, |acc, c| acc * 10 + u32::from(c - b'0'))
        };
        alone
            && w.iter().all(u8::is_ascii_digit)
            && (1990..=2099).contains(&n(0..4))
            && (1..=12).contains(&n(4..6))
            && (1..=31).contains(&n(6..8))
    })
}

#[cfg(test)]
mod round_tests {
    use super::report_round;

    #[test]
    fn the_round_of_a_numbered_review() {
        assert_eq!(
            report_round("SOLUTION_REVIEW_V5.md"),
            Some(("SOLUTION_REVIEW_#.md".to_string(), 5))
        );
        assert_eq!(
            report_round("gap-analysis-v12.md"),
            Some(("gap-analysis-#.md".to_string(), 12))
        );
        assert_eq!(report_round("API_SPEC_V2.md"), None);
        assert_eq!(report_round("SOLUTION_REVIEW.md"), None);
        assert_eq!(report_round("REVIEW_VERSION.md"), None);
    }
}

#[cfg(test)]
mod tests {
    use super::says_due;

    #[test]
    fn targeted_names_a_due_date_only_before_a_colon_for_or_a_date() {
        for due in [
            "Targeted: 2026-01-10",
            "targeted for 2026-01-10",
            "**Targeted** 2026-01-10",
            "Target 2026-01-10",
            "due 2026-01-10",
            "ETA 2026-01-10",
        ] {
            assert!(says_due(due), "{due}");
        }
        for record in [
            "Verification — 2025-10-20 (Targeted Audit)",
            "2025-10-20 Targeted fix",
        ] {
            assert!(!says_due(record), "{record}");
        }
    }

    #[test]
    fn citing_lines_are_read_for_short_line_links_only() {
        let text = "a\nsee [x](a.toml#L7) here\nb\n";
        let at = text.find('[').unwrap();
        let end = text.find(" here").unwrap();
        assert_eq!(
            super::citing_lines(text, &(at..end)).as_deref(),
            Some("see [x](a.toml#L7) here")
        );
        // A citation, not a line link: nothing kept.
        let text = "【F:a.py†L1】\n";
        assert_eq!(super::citing_lines(text, &(0..text.len() - 1)), None);
        // A line longer than the bound each way: nothing kept, nothing scanned past it.
        let long = format!("{}[x](a.toml#L7){}\n", "x".repeat(5000), "y".repeat(5000));
        let at = long.find('[').unwrap();
        let end = long.find(')').unwrap() + 1;
        assert_eq!(super::citing_lines(&long, &(at..end)), None);
    }

    use super::*;

    fn verb(text: &str) -> bool {
        starts_with_change_verb(text, text.rfind('【').unwrap_or(text.len()))
    }

    #[test]
    fn a_month_with_its_year_dates_a_title() {
        for title in [
            "WPKernel Feature Audit (October 2025)",
            "Feature Audit — Oct 2025",
            "Audit (Oct. 2025)",
            "October, 2025 review",
            "Release prep 2025-10",
            "Stand: Oktober 2025",
        ] {
            assert!(has_month_year(title), "{title}");
        }
        for title in [
            "October review",
            "Roadmap 2025",
            "Marching 2025",
            "Decision 2025 log",
            "Versions 2024-2025",
            "Build v2025-10",
            "2025-13 plan",
            "Sprint 12",
        ] {
            assert!(!has_month_year(title), "{title}");
        }
    }

    #[test]
    fn a_past_tense_entry_starts_with_a_change_verb() {
        assert!(verb(
            "- Removed the obsolete runtime wrapper files.【F:a.js†L1】"
        ));
        assert!(verb(
            "- Updated the manifests,\n  ship the bridge.【F:a†L1】【F:b†L2】"
        ));
        assert!(verb("* **Fixed** the loader【F:a†L1】"));
        assert!(verb("1. [x] Renamed the helper【F:a†L1】"));
        assert!(verb("The loader retries. Dropped the cap.【F:a†L1】"));
    }

    #[test]
    fn a_present_tense_claim_does_not() {
        assert!(!verb(
            "- The loader retries three times【F:src/loader.js†L10-L20】"
        ));
        assert!(!verb(
            "- Removed files are listed here. The loader retries.【F:a†L1】"
        ));
        assert!(!verb("- removed-files.txt lists them【F:a†L1】"));
        assert!(!verb("- Updates the cache【F:a†L1】"));
        assert!(!verb("Removed it.\n\nThe loader retries.【F:a†L1】"));
    }

    #[test]
    fn dates_and_log_words() {
        assert!(has_date("## 2025-03-10 – cleanup"));
        assert!(!has_date("## 2025-03 cleanup"));
        assert!(has_log_word(
            "docs/dev/reports/runtime-refactor-status-2025.md"
        ));
        assert!(has_log_word("CHANGELOG.md"));
        assert!(has_log_word("Release notes"));
        assert!(has_log_word("RELEASE NOTES 2.1"));
        assert!(has_log_word("Änderungen – Release Notes"));
        assert!(has_log_word("docs/Übersicht/Log.md"));
        assert!(!has_log_word("docs/Übersicht/Login.md"));
        assert!(!has_log_word("releasenotes"));
        assert!(has_log_word("Wor\u{212A}log"));
        assert!(!has_log_word("docs/catalog/login.md"));
    }

    fn record(path: &str, text: &str) -> bool {
        dated_record(&crate::document::parse(path, text.to_string()))
    }

    #[test]
    fn a_dated_record_is_dated_by_its_name_title_or_stamp() {
        assert!(record(
            "docs/rehearsals/stage_b_20250921_summary.md",
            "# Stage B\n"
        ));
        assert!(record("notes/2026-01-30-01-review.md", "# Review\n"));
        assert!(record(
            "docs/x.md",
            "# Stage B Rehearsal Refresh — 2025-09-21\n"
        ));
        assert!(record(
            "银锭机制审查报告.md",
            "# 银锭机制审查报告\n\n**生成时间**: 2026-01-17\n**审查人**: Claude Code\n"
        ));
        assert!(record(
            "audit.md",
            "# Audit\n\n- Generated: 2025-03-01 by the bot\n"
        ));
        assert!(record(
            "audit.md",
            "# Audit\n\nAs of March 1, 2025, the loader retries.\n"
        ));
        assert!(record("bericht.md", "# Bericht\n\nStand: 21.09.2025\n"));
        assert!(record("r.md", "# 審査\n\n作成日: 2025年9月21日\n"));
        // Not a front-matter `date:`: living specs carry their creation date
        // there (survey 6, ravenoak/devsynth docs/specifications/*.md, whose
        // stale citations are real).
        assert!(!record(
            "docs/spec.md",
            "---\ntitle: Spec\ndate: 2025-08-23\nstatus: review\n---\n\n# Spec\n\nThe loop ends.\n"
        ));
    }

    #[test]
    fn a_run_folder_is_named_by_a_date_and_a_time_under_a_reports_tree() {
        use super::{run_record, run_stamp};
        for seg in [
            "20260127-1724",
            "20260126_154500",
            "run_20260204_114709",
            "20260128_205133_e2e_hardening",
            "20260127T172400Z",
        ] {
            assert!(run_stamp(seg), "{seg}");
        }
        for seg in [
            "20260127",
            "2026-01-27",
            "20260127-17",
            "20260127-172",
            "20260127-1760",
            "20260127-2400",
            "20261327-1724",
            "20260127-1724567",
            "v20260127-1724",
            "120260127-1724",
            "20260127-1724x",
            "",
        ] {
            assert!(!run_stamp(seg), "{seg}");
        }
        assert!(run_record(
            "reports/pre_impl_verification/20260127-1724/GAPS.md"
        ));
        assert!(run_record(
            "reports/agents/AGENT_B/TC-953/run_20260203_160226/report.md"
        ));
        assert!(run_record("ci/test-reports/20260127-1724/summary.md"));
        assert!(run_record("runs/20260127-1724/summary.md"));
        // The stamp below the reports tree, on a folder: not the file's name,
        // not a folder above `reports/`, not outside such a tree.
        assert!(!run_record("reports/20260127-1724.md"));
        assert!(!run_record("20260127-1724/reports/x.md"));
        assert!(!run_record("docs/plans/20260127-1724/plan.md"));
        assert!(!run_record("reports/2026-01-27/notes.md"));
        assert!(!run_record("reporting/20260127-1724/x.md"));
    }

    #[test]
    fn a_dated_report_with_unmarked_boxes_is_a_record_unless_worked() {
        let report = "# Security Audit Report\n\n**Date**: 2025-10-01\n\n- [ ] rotate keys\n";
        assert!(record("docs/security.md", report));
        assert!(record(
            "ARCHITECTURE_AUDIT_REPORT.md",
            "# Аудит\n\n**Дата аудита:** 2025-10-01\n\n- [ ] вынести ключи\n"
        ));
        // A box marked, a status in progress, no date, not a report.
        assert!(!record(
            "docs/security.md",
            &report.replace("- [ ] rotate", "- [x] pin deps\n- [ ] rotate")
        ));
        assert!(!record(
            "docs/security.md",
            &report.replace("\n\n- [", "\n**Status**: In progress\n\n- [")
        ));
        assert!(!record(
            "AUDIT_ACTION_ITEMS.md",
            "# Action Items\n\n**Дата создания:** 2025-10-01\n**Статус:** В работе\n\n- [ ] fix\n"
        ));
        assert!(!record(
            "docs/security.md",
            &report.replace("**Date**: 2025-10-01", "**Owner**: ops")
        ));
        assert!(!record(
            "docs/gaps.md",
            "# Requirements Gaps\n\n**Date**: 2025-10-01\n\n- [ ] spec updated\n"
        ));
    }

    #[test]
    fn generation_dates_timestamps_and_russian_stamps_date_a_record() {
        assert!(record(
            "f.md",
            "# Features\n\n**Generation Date**: 2026-01-27\n"
        ));
        assert!(record("g.md", "# Go\n\n**Timestamp**: 20260124-192034\n"));
        assert!(record("g.md", "# Go\n\n**Execution Date**: 2026-01-27\n"));
        // A gap register's and a decision memo's stamps (survey 35a); a
        // target date is no record, and `Last Updated` keeps one living.
        assert!(record(
            "docs/PHASE14_GAP_REGISTER.md",
            "# Phase 14: Gap Register\n\n## Document Version: 1.0\n## Assessment Date: 2026-02-03\n"
        ));
        assert!(record(
            "docs/memo.md",
            "# Phase 14: Executive Outcome Memo\n\n## Decision Date: 2026-02-03\n"
        ));
        assert!(!record(
            "docs/gaps.md",
            "# Gap Register\n\n**Target Date:** 2026-02-03\n"
        ));
        assert!(!record(
            "docs/gaps.md",
            "# Gap Register\n\n**Assessment Date:** 2026-02-03\n**Last Updated:** 2026-03-01\n"
        ));
        assert!(record("r.md", "# Обзор\n\n**Дата:** 01.10.2025\n"));
        assert!(!record(
            "r.md",
            "# Обзор\n\n**Дата создания:** 01.10.2025\n"
        ));
        assert!(!record("g.md", "# Go\n\n**Timestamp**: 2026\n"));
        assert!(!record("g.md", "# Go\n\n**Timestamp**: 20261399-1200\n"));
        assert!(!record(
            "r.md",
            "# Обзор\n\n**Дата:** 01.10.2025\n**Последнее обновление:** 05.10.2025\n"
        ));
    }

    #[test]
    fn a_finished_status_or_a_carried_out_dated_plan_makes_a_record() {
        assert!(record("s.md", "# Story\n\n**Status**: Done\n"));
        assert!(record("s.md", "# Story\n\n**状态**: Complete ✅\n"));
        assert!(record(
            "s.md",
            "# S\n\n## Status\n\n**Done** (2026-02-10) — ok\n"
        ));
        assert!(record("s.md", "---\nTitle: X\nStatus: closed\n---\n# X\n"));
        assert!(record("s.md", "# S\n\n| Status | Completed |\n|---|---|\n"));
        // A finished status outweighs open task items (never ticked).
        assert!(record("s.md", "# S\n\nStatus: Done\n\n- [ ] 1.1 add it\n"));
        assert!(record(
            "plans/2026-04-07-e2e.md",
            "# Plan\n\n- [x] a\n- [x] b\n"
        ));
        assert!(!record(
            "plans/2026-04-07-e2e.md",
            "# Plan\n\n- [x] a\n- [ ] b\n"
        ));
        assert!(!record("plans/e2e.md", "# Plan\n\n- [x] a\n- [x] b\n"));
        assert!(!record("s.md", "# S\n\n**Status**: Draft\n"));
        assert!(!record("s.md", "# S\n\nStatus: Not done\n"));
        assert!(!record(
            "s.md",
            "# S\n\n**Status**: ✅ Done | 🔄 In progress\n"
        ));
        assert!(!record(
            "s.md",
            "# S\n\n## Status Definitions\n\nDone: all merged\n"
        ));
        // A finished status wins over `Last updated` (survey 21).
        assert!(record(
            "s.md",
            "# S\n\nStatus: Done\nLast updated: 2026-01-01\n"
        ));
        assert!(!record(
            "s.md",
            "# S\n\nStatus: Planned\nLast updated: 2026-01-01\n"
        ));
        assert!(!record(
            "s.md",
            &format!("# S\n\n{}Status: Done\n", "text\n".repeat(12))
        ));
    }

    fn entry(text: &str) -> bool {
        let doc = crate::document::parse("issue.md", text.to_string());
        dated_entry(&doc, text.rfind('【').unwrap_or(text.len()))
    }

    #[test]
    fn a_dated_entry_opens_with_its_date_or_stands_under_a_dated_heading() {
        assert!(entry("# I\n\n- 2025-10-06: run aborts.【F:a†L1】\n"));
        assert!(entry("# I\n\n- **2025-10-06**: run aborts.【F:a†L1】\n"));
        assert!(entry("# I\n\n* 2025-10-06 — run aborts.【F:a†L1】\n"));
        assert!(entry(
            "# I\n\n3. **2025-10-10 – Full run** ✅ done【F:a†L1】\n"
        ));
        assert!(entry("# I\n\n- [x] 2025-10-06: rerun.【F:a†L1】\n"));
        assert!(entry(
            "# I\n\n- 2025-10-06:\n  - run aborts\n    in collection.【F:a†L1】\n"
        ));
        assert!(entry("# I\n\n- 2025-10-06: run\n\n  aborts.【F:a†L1】\n"));
        assert!(entry(
            "# I\n\n## 2025-10-12 COVERAGE GATE PASS\n\nIt passed.【F:a†L1】\n"
        ));
        assert!(!entry(
            "# I\n\n## Log\n\n#### Import – core (2025-10-17)\n\n### Notes\n\nx【F:a†L1】\n"
        ));
        assert!(entry(
            "# I\n\n## Import (2025-10-17)\n\n### Notes\n\nx【F:a†L1】\n"
        ));
        // Not dated: a living claim, an open task, a due date, a paragraph
        // after a dated list, a date in the title only, a date late in the item.
        assert!(!entry("# I\n\n- Coverage is 92 %.【F:a†L1】\n"));
        assert!(!entry("# I\n\n- [ ] 2025-10-06: rerun.【F:a†L1】\n"));
        assert!(!entry("# I\n\n- 2025-10-06:\n  - [ ] rerun.【F:a†L1】\n"));
        assert!(!entry("# I\n\n- Due 2025-12-01: ship it.【F:a†L1】\n"));
        assert!(!entry(
            "# I\n\n## Release (target 2025-12-01)\n\nx【F:a†L1】\n"
        ));
        assert!(!entry(
            "# I\n\n- 2025-10-06: run\n\nCoverage is 92 %.【F:a†L1】\n"
        ));
        assert!(!entry(
            "# Report 2025-10-06\n\nCoverage is 92 %.【F:a†L1】\n"
        ));
        assert!(!entry(
            "# I\n\n- The coverage of the loader and of the cache was measured on 2025-10-06.【F:a†L1】\n"
        ));
        assert!(!entry("# I\n\n| 2025-10-06 | x【F:a†L1】 |\n|---|---|\n"));
    }

    #[test]
    fn day_and_month_before_the_year_is_a_date() {
        for date in [
            "Actualización Interfaz - Parte 2 (02/11/2025 16:40 UTC)",
            "Preparación base para despliegue local — 20/10/2025",
            "Abnahme am 2.11.2025",
            "Stand 21.09.2025",
            "Release 11/02/2025 (US)",
            "3/4/2026",
            "Cierre 20-10-2025.",
            "(31/12/2025)",
            "2 Nov 2025",
            "November 2, 2025",
            "**Generated**: Tue Nov 11 13:48:48 CST 2025",
            "Generated: Mon Dec  8 09:05:00 2025",
            "Nov 11 13:48 +0100 2025",
            "Thu Jan 1 00:00:00 UTC 2026",
        ] {
            assert!(has_any_date(date), "{date}");
        }
        for not in [
            "v1.2.2025",
            "1.2.3.2025",
            "10/20/20251",
            "32/11/2025",
            "13/13/2025",
            "00/11/2025",
            "02/11/1890",
            "02/11-2025",
            "123/11/2025",
            "2/11/25",
            "ratio 1/2/2025x",
            "pages 12-14",
            "Nov 11 13:48:48",
            "Nov 11 25:00 2025",
            "Nov 11 13:48 12345",
        ] {
            assert!(!has_any_date(not), "{not}");
        }
    }

    #[test]
    fn a_calendar_week_is_a_date() {
        for week in [
            "Phase 1 abgeschlossen (Kalenderwoche 37/2025)",
            "Phase\u{a0}2 Abnahme (KW\u{202f}14/2026)",
            "KW 37 2025",
            "KW37/2025",
            "Sprint CW 16/2026",
            "Week 17, 2026",
            "2026-W18 review",
        ] {
            assert!(has_any_date(week), "{week}");
        }
        for not in [
            "KW 54/2025",
            "Week 3",
            "Woche 12/99",
            "2026-W1x",
            "ABC2026-W18",
        ] {
            assert!(!has_any_date(not), "{not}");
        }
    }

    #[test]
    fn a_version_heading_names_a_version() {
        for v in [
            "[1.2.0]",
            "[Unreleased]",
            "1.2.0 - 2025-01-01",
            "v1.2.0",
            "Version 2.0",
        ] {
            assert!(version_heading(v), "{v}");
        }
        for not in ["Notes", "2025-01-01", "v1", "Version history"] {
            assert!(!version_heading(not), "{not}");
        }
    }

    #[test]
    fn keys_and_values() {
        assert_eq!(
            key_value("HUGO_VERSION = \"0.110.0\""),
            Some(("HUGO_VERSION", "0.110.0"))
        );
        assert_eq!(key_value("  version: 2"), Some(("version", "2")));
        assert_eq!(key_value("\"node\": \"20\","), Some(("node", "20")));
        assert_eq!(key_value("\tgithub.com/gohugoio/hugo v0.110.0"), None);
        assert_eq!(key_value("see https://example.org"), None);
        assert_eq!(key_value("if a == b:"), None);
    }

    #[test]
    fn a_living_document_is_not() {
        // It promises to be current, whatever else it says.
        assert!(!record(
            "docs/status.md",
            "# Status\n\n**Last updated:** 2025-09-21\n"
        ));
        assert!(!record(
            "docs/status_20250921.md",
            "# Status\n\n_Last updated 2025-09-22_\n"
        ));
        assert!(!record(
            "docs/audit.md",
            "# Audit\n\nDate: 2025-01-01\nLast updated: 2025-06-01\n"
        ));
        assert!(!record("docs/plan.md", "# Plan\n\nThe loader retries.\n"));
        // A checklist, even a dated one, while an item is open (survey 2,
        // cine-power-planner: "keep this section checked unless new copy is
        // added"); a creation date.
        assert!(!record(
            "docs/reviews/translation-review-2025-03-10.md",
            "# Translation Audit – 2025-03-10\n\n- [x] Localise the labels\n- [ ] Translate the scope\n"
        ));
        assert!(!record(
            "docs/reviews/translation-review.md",
            "# Translation Audit – 2025-03-10\n\n- [x] Localise the labels\n"
        ));
        assert!(!record(
            "docs/spec.md",
            "# Spec\n\n**Erstellt:** 2025-10-21\n"
        ));
        // A stamp without a date, a word that only starts like a label, a
        // stamp far below the top, a date that is not a day.
        assert!(!record("docs/plan.md", "# Plan\n\nDate: TBD\n"));
        assert!(!record(
            "docs/plan.md",
            "# Plan\n\nStandalone since 2025-01-01.\n"
        ));
        assert!(!record(
            "docs/plan.md",
            &format!("# Plan\n\n{}Generated: 2025-01-01\n", "text\n".repeat(12))
        ));
        assert!(!record("docs/roadmap-2025.md", "# Roadmap 2025-2026\n"));
        assert!(!record("docs/build_12345678.md", "# Build\n"));
    }
}
