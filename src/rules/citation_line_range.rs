//! `citation/line-range`: the cited range ends past the file's last line.
//!
//! ## Why it matters
//! A range past the end of the file means the cited lines were removed or never existed: the citation no longer points at the evidence it claims.
//!
//! ## Records of their day
//! In a record (see `why`), a range that fitted its file when the record
//! was last committed, or when a version of the record holding the citation
//! as written now was committed (or at the parent of the oldest such
//! commit: the entry was written against the tree before it), was right
//! then: the code moved on. A citation a merge brought in is read on
//! along the merged branch, where it was written (survey 91a). A file
//! that did not exist yet when the record was committed (the record merged
//! before the code it cites) is read in its first version after it. A range
//! that starts inside the file and only ends past it (`:1-58` of a 57-line
//! file; an agent's read window `:1-150` of a 107-line spec) holds every
//! cited line that exists, and is silent in a record on any day. A range
//! that starts past the end on every such day cites a line that never
//! existed: it was written wrong, and is reported.
//!
//! A dated record (a date in its file name) whose range fitted its file at
//! the end of that day, on the first-parent history, was right that day
//! too: a plan written on its day on a branch and squash-merged after
//! another change cut the file it cites (survey 92b, gaborage/go-bricks'
//! `2026-08-16-streams-environment-port.md` citing `app/lifecycle.go:583`,
//! 677 lines that day, 532 when the plan landed).
//!
//! A plan's `Current State` analysis (a document whose title or file name
//! says `plan`, or with an `## Implementation Steps` section, under a
//! `Current State` or `Current Codebase Findings` heading, on a line
//! labelled `**Current state**:`, or in a list led by that label alone,
//! `**Current State (VULNERABLE):**`) is such a record: it describes the code
//! before the plan's work rewrote it (surveys 33a, 90a). The plan's steps
//! are judged.
//!
//! A document of a versioned folder (`.aidlc/cycles/v2.4.0/plans/`,
//! `docs/versions/v1.0.0/operations/`, `releases/release-1.16/`) is such a
//! record too: the plans, designs and test results of one version's
//! development cycle, kept as they were (survey 35d, an AI-DLC starter
//! kit: 9 findings judged false, each range fitting its file when written).
//!
//! ## Bare file names
//! An evidence cell's bare file name with lines (`config.py:167-176`, no
//! folder) names the file of that name in the tree. When several files carry
//! it (three `config.py`), the one long enough to hold the cited lines is
//! meant; when none or more than one is, which file was meant is not known,
//! and nothing is judged: a guess would measure (and follow through history)
//! the lines of another file.
//!
//! A code span's bare file name (`project_browser.lua:1786`) is read at the
//! root or beside the document; when that file is too short for the lines
//! and exactly one other tracked file of that name holds them, that one is
//! meant (survey s111b, jve-spec-kit-claude's stray root copy).

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/line-range",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "the cited range ends past the file's last line",
    why: "A range past the end of the file means the cited lines were removed or never existed: the citation no longer points at the evidence it claims. An evidence cell's bare file name with lines (`config.py:167-176`) names the file of that name in the tree; when several files carry it, the one long enough to hold the cited lines is meant, and when none or more than one is, which file was meant is not known and nothing is judged (a guess would measure the lines of another file). A code span `app.json:84` in a document of a folder that holds a file of that name, with another at the root, reads the one beside the document when only it holds the cited lines (an Expo app folder whose QC reports cite its own `app.json`, a 9-line stub at the root: survey 81c, naturinex-app). A code span's bare file name (`project_browser.lua:1786`, no folder) whose file at the root or beside the document is too short for the cited lines names the one other tracked file of that name that holds them (survey s111b, joesh/jve-spec-kit-claude: a 203-line stray copy at the root beside the 2,815-line `src/lua/ui/project_browser.lua`, 8 findings judged false); with none or several holding them, the root's file is judged. Silent in a record of its day (as `citation/stale` reads one: a pull request's description kept as a file, `PR_DESCRIPTION.md` (survey s110c), a dated or finished record, the notes of one release titled so with its version (`# Patch Notes — v1.2.1g`: survey s123a, brettadin/spectra-app, 11 findings judged false), a dated checklist a newer one superseded, a note frozen in an archive folder such as `DOCS/TASK_ARCHIVE/12_task/`, a note in the folder of a finished task of an agent task tracker such as `.taskmaster/tasks/task_107/`, a document of a plan folder below `plans/` whose `plan.md` says the plan is finished (ClaudeKit's `plans/260117-1555-…/`: survey s112b), a task brief a list tracker ticks off by its ID (`todo/tasks/t1902-brief.md` under `- [x] t1902 …` in `TODO.md`: survey 60a, aidevops), a dated entry, a plan's `Current State` analysis of the code it is about to change: survey 33a, also headed `Current Codebase Findings` in a gap analysis with `Implementation Steps`: survey 90a, a record of changes already made under `### What Changed` or `**Files Modified:**` in a document with no open task item: an agent's fix summary, survey 38b, imagineer, a document of a versioned folder, `.aidlc/cycles/v2.4.0/plans/`, `docs/versions/v1.0.0/`: one version's development records, survey 35d, the location of an audit finding whose own status says it was resolved, `- **Location:** …` beside `- **Status:** RESOLVED`: survey 96a, tkersh/echobase, or whose own heading says so, `### [x] 3. …` over `**File:** …`: survey 60a, VTCode, or in the code review a BMAD story records, below `## Senior Developer Review (AI)`: survey 102b, TCM_Knowledge_Base) when the range fitted the file at the commit that last changed the record (or, when the file did not exist yet then, its first version after it: the record was merged before the code it cites; survey 21, an analysis committed two hours before its component), or at a commit that wrote a version of the record holding the citation as it reads now (the first-parent history, read back until a version without it: a record whose last edit was a rename swept across the tree keeps the ranges of its day; survey 21, wp-kernel's October 2025 feature audit; a record git history moved is read on at its old path, from the commit before the move: an audit report archived as `docs/ARCHIVE_PROJECT_AUDIT_AND_ROADMAP.md` after a rewrite of the CLI it cites, survey 61a, ReconScript); a citation a merge brought in is read on along the merged branch, where it was written: a dated review citing `settings.json:157` on a branch where the file had 204 lines, merged into a main that had cut it to 112, survey 91a, ddaanet/claudeutils, or at the parent of the oldest such commit (the entry was written against the tree before the commit that wrote it, which may itself have cut the file: a progress entry listing a failing test the same commit deleted; survey 24), or, in a record whose file name carries a date, at the end of that day on the first-parent history (a plan written on its day and squash-merged after another change cut the file it cites: survey 92b, gaborage/go-bricks' `2026-08-16-streams-environment-port.md` citing `app/lifecycle.go:583`, 677 lines that day, 532 when it landed): it was right when written and went out of date with the code, and nobody renumbers a record (survey 14: 6 of 63 findings were such). In a record, a range that starts inside the file and only ends past it (`:1-58` of a 57-line file, the final newline counted; an agent's read window `:1-150` of a 107-line spec) is silent on any day: it was written against a file holding every cited line that exists, and nobody renumbers a frozen report for its end (survey 26: 36 of 40 such findings, in one project's run reports). A range that starts past the end on every day it was written cites a line that never existed: it was written wrong and is reported, in a record too.",
    bad: "【F:src/app.py†L40-L60】 (src/app.py has 42 lines)",
    good: "【F:src/app.py†L30-L42】",
};
