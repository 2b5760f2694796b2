//! `path/renamed`: the target of a reference is gone, and git history shows it was renamed or moved.
//!
//! ## Why it matters
//! Documentation re-organisations and code moves leave references pointing at
//! old paths. "Not found" sends the reader searching; git already knows where
//! the file went.
//!
//! ## How it is decided
//! Only for a reference (citation, link, evidence path, mention) whose target
//! is missing: the history is walked newest first, and commits that delete and
//! add files get git's rename detection. When the missing path (a file, or a
//! folder whose files moved together) was renamed, the chain of later renames
//! is followed to its end; if a file or folder is there now, this finding
//! replaces the missing-path one and names the new path and the commit. A file
//! renamed and later deleted is just missing. Renames not committed yet (a
//! staged `git mv`) are not seen.
//!
//! A mention counts where it claims something done (a checked item, a done
//! row), as for `mention/missing-path`, but a move is reported even while that
//! rule is off: the finding names where the file went. A reference in a
//! record of finished work (a versioned or archive folder, or a dated entry of
//! a `records/` folder) to a path moved
//! since is history, not a finding. A file moved into an archive folder was
//! retired, not renamed: no fix, and silent in a dated record. A mention or
//! evidence cell (not a link, not a citation) in a generated record (a
//! `**Generated:** 2025-12-15` stamp), the report of one validation run (a
//! title naming a validation report over a `**Validation Date:**` stamp) or
//! a document whose status says its work is finished (`**Status:** ✅ Complete`; see `citation/stale`), of a
//! path moved after the record was last committed (or in that commit),
//! names the tree of its day: silent. So is such a mention on the line of a
//! ticked task of a generated task list, opening with its id (`- [x] T004
//! Create lesson file `docs/01-intro.md``: spec-kit's `tasks.md`), of a path
//! moved after the document was last committed: the task records work done
//! in the tree of its day (survey 30a: 40 such mentions in two
//! repositories, later renumbered or moved by a refactor), and so on a line
//! that continues the task's text (a task wrapped at 80 columns: survey
//! 36c, 25 such mentions); an open task, a
//! ticked line without a task id (a readiness checklist's `- [x] Runbook in
//! `docs/runbook.md``) and a list edited after the move are reported. So is
//! such a mention in a ticked task of an implementation plan (a document
//! below a `plans/` or `.planning/` folder, or named or titled for an
//! implementation plan: `IMPLEMENTATION_PLAN.md`, a Kiro spec's `tasks.md`
//! under `# Implementation Plan` or `# 実装計画`: survey 68b), on the task's line or a line nested under it
//! (`- [x] 5.1: Set up React project structure` over `  - **Files:**
//! `client/index.html``), or in a row of its task table whose status cell
//! says done (`| R1 | … | `src/lib/exportData.ts` | ✅ DONE |`: survey 80c,
//! data-connect; a mention, not an evidence cell), of a path moved after the plan was last
//! committed: a coding agent's plan ticks the work it finished and notes
//! the files it made, in the tree of its day (survey 35b, fin-agent: 24
//! such mentions in 7 plans); a link there, a plan edited after the move and
//! a ticked line of another document (`launch-plan.md` is a checklist) are
//! reported. And so is any mention or
//! evidence cell of a plan filed below a work tracker's folder of finished
//! work (`plans/done/2026-04-22__ci/delivery.md`, a `done`, `completed`,
//! `complete` or `finished` folder beside a folder of open work such as
//! `in-progress/` or `backlog/`; see `task_folder`), whenever the plan was
//! moved there (survey 30a: 470 such mentions in 98 finished plans). So is
//! a mention in a ticked item of a daily work log, a document named by its
//! day alone (`docs/changelog/2025-12-11.md`), of a path moved after that
//! day ended: the log names the files made that day (survey 60b). A link
//! there is navigation a reader follows today, and a
//! dated record a person keeps (a completion proof, a review with open
//! findings) is worked from: reported.
//!
//! A per-task file of an agent workflow (`DOCS/INPROGRESS/blocked.md`,
//! moved into `DOCS/TASK_ARCHIVE/228_task/` when its task was archived, as
//! every task's `blocked.md` before it) is named as the workflow's
//! convention: when the archive holds its name in three or more other
//! folders and the file left its folder for one of another name (a folder
//! archived whole keeps its name), a reference to the old path is silent
//! here and in the
//! missing-path rules (see `per_task_file` in `references.rs`).
//! So is a workflow's folder of open tasks that history emptied into such
//! an archive (Conductor's `tracks/`; see `emptied_task_folder` there).
//!
//! A relative link of a document moved into its folder after the path it
//! names was renamed, which named another file from the folder it was
//! written in, never named the renamed file from here: not this rule's
//! finding, and reported as missing (see `meant_from_former_place`).
//!
//! ## Fix (safe)
//! `fix` rewrites the path in the reference's own form: a path relative to the
//! document stays relative to it, a root-relative one (`/docs/x.md`, a
//! citation) stays root-relative, a folder keeps its trailing `/`; the anchor
//! and line range are kept as written (when the new file has no heading for
//! the anchor, there is no fix: the help says the section moved), unless the cited lines moved with the
//! file: they are followed from the last version under the old name to the
//! file as it is now, and an unchanged block that now stands elsewhere gets
//! its new line numbers in the same edit (a changed one keeps its numbers,
//! and the help says how many of its lines changed). A path in a heading is not rewritten
//! (it is part of the heading's anchor), nor one on a line about the removal
//! itself (`removed`, `no longer`, `削除`, `0件`): that line records what
//! happened.

use crate::blocks::{Fate, ranges_text, rewrite_numbers};
use crate::diagnostic::{Edit, Finding, Safety, Severity};
use crate::document::Document;
use crate::document::citation::LineRange;
use crate::document::list_marker;
use crate::history::CommitInfo;
use crate::rules::citation_stale::{dated, finished, generated_record, validation_run_record};
use crate::rules::references::{
    RefKind, Reference, in_archive, is_markdown, join_dir, lacks_anchor, relative_from,
    talks_about_removal,
};
use crate::rules::{Context, Rule};
use crate::source::{PathState, join_relative};

pub static RULE: Rule = Rule {
    id: "path/renamed",
    severity: Severity::Error,
    fixable: true,
    lead: 2,
    summary: "the target of a citation, link, evidence path or mention is gone, and git history shows it was renamed or moved",
    why: "Re-organisations leave references pointing at old paths. Git knows where the file went: the finding names the new path and the commit, and `fix` rewrites the reference. When the commit that moved the file also added copies of it in other folders (a docs folder split into version folders: BrighterCommand/Docs made `contents/9/` and `contents/10/` of `contents/` in one merge, and git paired each page with one copy), the new path is the copy in the referring document's own folder, else in the folder beside git's named as the document's (`source/10/` names `contents/10/`), so a version 9 page is not sent to version 10 (survey 59d, 57 findings); a copy added by a later commit is another file, and git's pairing stands. A record of finished work (a versioned or archive folder, or a dated entry of a `records/` folder: `records/x-2026-04-23.md`; a dated review elsewhere with open findings is not one) keeps the paths of its time; a line about the removal itself (`removed`, `no longer`, `削除`, `0件`) gets no fix. Git pairs files by content alone: a pair whose name and extension both changed (`check.log` → `collect.txt`), or whose names carry different time stamps (`run_20251006T150353Z.log` → `run_20251006T205115Z.log`: another run's output), is two files, and the reference is reported as missing, not moved; so is a pair whose names differ (beyond case, a suffix such as `-2`, or a file becoming its folder's `README.md` or `mod.rs`) and which is less than 90 % alike (documents made from one template look alike), unless the same commit added a file under the old name elsewhere (that file is the successor) or the pair is the only file of its kind the commit removed and added. A folder whose files git sent to different folders was split, not moved (terraform-aws-vpc's `examples/simple-vpc/` gave its outputs, unchanged, to a new `ipv6-only/` and its README, edited, to `simple/`, and the link was sent to `ipv6-only/`: survey 72c, 1 finding judged false), and a folder most of whose files the commit deleted outright was deleted, not moved, though git paired one of them with a file of its name elsewhere (cloud-foundation-fabric's \"FAST light implementation\" deleted the nine files of `blueprints/cloud-operations/iam-delegated-role-grants/` and paired its `outputs.tf`, a bare licence header, with a new stage's: survey s118c, 1 finding judged false; a folder at least half of whose files went to one place moved there): the reference is reported as missing, and a human picks the successor (in a record of its time, such as a released change log entry, a folder deleted since is history). A file moved into an archive folder (`docs/_archive/`, `archive/`, German `archiv/`, `deprecated/`, `retired/`, `obsolete/`) was retired, not renamed: the finding says so and offers no fix (what replaced it is for a human to say), and a mention or evidence path in a dated record (a report or proof whose name, title or opening stamp carries its date) that names it is silent: it describes the tree of its day (a link is navigation, and is still reported). So is a mention or evidence cell (not a link, not a citation) in a generated record (a `**Generated:** 2025-12-15` stamp), the report of one validation run (a title naming a validation report over a `**Validation Date:**` stamp, no task items: survey 99a, Heikkila-Pty-Ltd/cortex's evidence validation report, 5 findings judged false) or a document whose own status says its work is finished (`**Status:** ✅ Complete`, or a tracker's front matter `state: closed`: a closed subtask of sidhanthapoddar99/documentation-template's folder-per-issue tracker, survey 43c, 3 findings judged false), or a document of a folder named by a day below an audit or reports folder (`docs/audit/2026-07-02-discovery/`), or of an audit folder whose index's title carries its day (`agents/tiger-style-audit/`, `# Tiger Style Audit Index (2026-02-09)`: survey 55a), that nobody edited after the day after that date, of a path moved after the record was last committed (or in the same commit: a squash merge that also swept a version number through the record): rewriting it would falsify its history. So is such a mention on the line of a ticked task of a generated task list, opening with its id (`- [x] T004 Create lesson file `docs/01-intro.md``, spec-kit's `tasks.md`; `T049f`, a task inserted later, too), of a path moved after the document was last committed (or in that commit), on the task's line or a line that continues its text (a task wrapped at 80 columns by prettier: survey 36c, nprbst/speck, 25 such mentions): the task records work done in the tree of its day (survey 30a: 40 such mentions), while an open task and a ticked line without a task id (a readiness checklist's `- [x] Runbook in `docs/runbook.md``, the tracker's current word on its evidence) are reported; so is such a mention in a ticked task of an implementation plan (a document below a `plans/` or `.planning/` folder, or named or titled for an implementation plan: `IMPLEMENTATION_PLAN.md`, a Kiro spec's `tasks.md` under `# Implementation Plan`, or `# 実装計画`, `实施计划`, `구현 계획`: survey 68b, 3 findings judged false), on the task's line or a line nested under it (`- [x] 5.1: Set up React project structure` over `  - **Files:** `client/index.html``), or in a row of its task table whose status cell says done (`| R1 | … | `src/lib/exportData.ts` | ✅ DONE |` in a Ralph loop's `IMPLEMENTATION_PLAN.md`: survey 80c, vana-com/data-connect, 2 findings judged false; a row of another status, and a done row's evidence cell, the table's current word on its evidence, are judged), of a path moved after the plan was last committed: a coding agent's plan ticks the work it finished and notes the files it made, in the tree of its day (survey 35b, fin-agent: 24 such mentions in 7 plans), while a link there, a plan edited after the move and a ticked line of another document (`docs/plan.md`, `launch-plan.md`: a checklist's current word on its evidence) are reported; and any mention or evidence cell of a plan filed below a work tracker's folder of finished work (`plans/done/2026-04-22__ci/delivery.md`: a folder named `done`, `completed`, `complete` or `finished` beside a folder of open work such as `in-progress/`, `backlog/`, `todo/`, `planning/` or `ready/`: esper-lite's `docs/plans/completed/`, survey 76b, 49 sampled findings judged false; not the folder's own README), whenever it was moved there (survey 30a: 470 such mentions in 98 finished plans); so is any mention or evidence cell of a task's brief that its tracker ticks off (`todo/tasks/t1665-brief.md` under `- [x] t1665 …` in `TODO.md`, or a roadmap's `| SEC-018 | … | ✅ | `docs/prompts/SEC-018.md` |` row): it names the files the work changed where they stood then (survey 60a, marcusquinn/aidevops' briefs naming `setup-modules/`, moved a month after their tasks were done; an open task's brief is judged); and a mention in a ticked item of a daily work log, a document named by its day alone (`docs/changelog/2025-12-11.md`, `# 작업일지 - 2025-12-11`, a work diary), of a path moved after that day ended, even when the log itself moved since: the log records the files made that day (`- [x] `docs/PROJECT_OVERVIEW.md` 생성`, \"created\": survey 60b, hwicoding/ledger-weight-back-end, 15 mentions moved three months later judged false), while a link there, a log whose day had not ended at the move and a ticked line of a document named otherwise are judged. One edited after the move, a link, and a dated record a person keeps and works from (a completion proof stamped `**Date**:`, a dated review with open findings) are reported. A reference whose line says its target may not exist (`Inspect `DOCS/INPROGRESS/blocked.md` if it exists`, `if present`, `(if any)`, `if available`, `when available` (in Italian too, `quando disponibile`, `se disponibile`, `se esiste`: survey 56a, MasterDD-L34D/Game's vertical slice plan), or that creating it changes something: check-spelling's configuration README, `[dictionary.txt](dictionary.txt) | Replacement dictionary (creating this file will override the default dictionary)`, survey 29c) is silent when the target is missing or was moved: the author expects it to be absent at times (an agent workflow's per-task file, archived when the task is). So is a reference to such a per-task file however it is worded: a file moved into an archive folder whose name stands in three or more other folders of that archive (`DOCS/INPROGRESS/blocked.md` moved to `DOCS/TASK_ARCHIVE/228_task/blocked.md`, beside other tasks' `blocked.md`) is a path the workflow re-creates with each task, named as its convention, not a pointer to the archived copy; a missing-path rule is silent on it too. So is a workflow's folder of open tasks that git history emptied into an archive: a folder whose last entry moved into an archive folder holding three or more other folders, no folder of the new path below the archive carrying the old folder's name (Conductor's `conductor/index.md` links `[Tracks Directory](./tracks/)`, and each finished track moves from `tracks/` to `archive/`, so with no track open the folder is gone until the next one: survey 66a, allisson/secrets, 1 finding judged false, which called the folder retired into one archived track); the folder is not renamed, and a missing-path rule is silent on it too. A file archived under a name of its own (`INPROGRESS/Phase5.2_PerformanceProfiling.md`), a folder archived whole under its own name (`docs/feature-x/` → `archive/feature-x/`), and a README or index page were retired, and are reported. A file an MkDocs page includes (PyMdown Snippets' `--8<-- \"x.md\"`, found in the configured `base_path`, or mkdocs-macros' `{% include \"x.md\" %}`, from its `include_dir`) is read from the page that includes it, as `link/missing-path` reads it: a target there is not moved (survey 39b, knative/docs' `docs/snippets/quickstart-prereqs.md`, 2 findings judged false). A relative link of a document moved after the path it names was renamed, whose link named another file from the folder it was written in (va.gov-cms moved `READMES/analytics.md` into `READMES/historical/` in 2023, and its `[Table of Contents](../README.md)`, written for the root README, now lands on a `READMES/README.md` renamed to `tugboat.md` in 2020: survey 46a, 2 findings judged false), never named that file from where it stands: the rename is not what it meant, and it is reported as missing (`link/missing-path`); a link that names the path from both folders, or a document moved before the rename, is judged as a move. A link of a moved document that now lands on the document's own former path (`../README.md` in `docs/README.md`, moved to `docs/guides/README.md`: written for the root README) never meant the document: it is reported as missing (`link/missing-path`, whose help gives the link read from the document's new folder), not as a move to itself (survey 49d, emstar-en/STUNIR, 1 finding judged false); another document's link to the moved one is a move. One moved path named alike on many lines of a document (the same reference written the same way) is one finding, on its first, which counts the others; its fix rewrites them all; a reference written otherwise (`src/a.py:12` beside `src/a.py:30`) keeps its own finding (survey 40a: a report naming rule files renamed `.mdc` → `.txt` on 352 rows was 352 findings).",
    bad: "See [the runbook](ops/runbook.md).  (moved to docs/ops/runbook.md by `git mv`)",
    good: "See [the runbook](docs/ops/runbook.md).",
};

/// The finding for a missing `path` that history shows was renamed to a path
/// present now; None otherwise.
pub fn check(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> Option<Finding> {
    ctx.config.severity(&RULE)?;
    let moved = ctx.history.renamed(path)?;
    let to = moved.to.trim_end_matches('/');
    if other_file(path, to) {
        return None;
    }
    if !matches!(
        ctx.repo.stat(to),
        PathState::File | PathState::Dir | PathState::Submodule
    ) {
        return None;
    }
    if names_own_former_path(doc, r, to) {
        return None;
    }
    let c = &moved.commit;
    if named_before_move(ctx, doc, r, c) || meant_from_former_place(ctx, doc, r, path, c) {
        return None;
    }
    // The move also left copies (a docs folder split into version folders):
    // the copy that belongs with this document, not the one git paired.
    let paired = to;
    let copy = if moved.to.ends_with('/') {
        None
    } else {
        copy_beside(ctx, doc, to, c)
    };
    let to = copy.as_deref().unwrap_or(to);
    let shown = if r.written.is_empty() {
        path
    } else {
        &r.written
    };
    let what = match r.kind {
        RefKind::Citation => "cited file",
        RefKind::Link => "link target",
        RefKind::Evidence => "evidence path",
        RefKind::Mention => "mentioned path",
    };
    let new_written = rewritten(doc, r, path, to);
    // A reference with line numbers keeps pointing at its lines: follow them
    // from the last version under the old name to the file as it is now.
    let fate = if r.lines.is_empty() || moved.to.ends_with('/') {
        None
    } else {
        ctx.history.moved_block_fate(path, c.oid, to, &r.lines)
    };
    let (moved_lines, lines_note) = match &fate {
        Some(Fate::Shifted(now)) => (
            Some(now.clone()),
            format!("; the cited lines now stand at {}", ranges_text(now)),
        ),
        Some(Fate::Changed(ch)) if ch.changed > 0 => (
            None,
            format!(
                "; {} of the {} cited lines changed since, so check what the reference says",
                ch.changed, ch.total
            ),
        ),
        _ => (None, String::new()),
    };
    // A link to a section: the new file must hold it, or the rewrite would
    // only trade a missing file for a missing anchor.
    let lost_anchor = r
        .anchor
        .as_deref()
        .filter(|a| !a.is_empty() && is_markdown(to) && !moved.to.ends_with('/'))
        .filter(|a| lacks_anchor(ctx, doc, to, a));
    let copied = if copy.is_some() {
        format!(" (git pairs it with `{paired}`, a copy the same commit made)")
    } else {
        String::new()
    };
    let mut finding = Finding::new(
        &RULE,
        r.span.clone(),
        format!(
            "{what} `{shown}` was moved to `{to}` in {} ({}, \"{}\"){copied}",
            c.short,
            c.date(),
            c.summary
        ),
    )
    .target(path.to_string());
    if retired(path, to) {
        return Some(finding.help(format!(
            "`{to}` is in an archive folder: the file was retired, not renamed; reference what replaced it, or `{to}` if the old version is what you mean (no automatic fix)"
        )));
    }
    if let Some(a) = lost_anchor {
        let w = new_written.as_deref().unwrap_or(to);
        return Some(finding.help(format!(
            "`{to}` has no section `#{a}`: reference `{w}` with the anchor of the section that holds it now (no automatic fix: the section moved or was renamed)"
        )));
    }
    match &new_written {
        Some(w) => match edit(doc, r, w, moved_lines.as_deref()) {
            Some(edit) => {
                let what = if moved_lines.is_some() {
                    "rewrites it and its line numbers"
                } else {
                    "rewrites it"
                };
                finding = finding
                    .help(format!(
                        "reference `{w}` instead{lines_note}; `checkmark fix` {what}"
                    ))
                    .edit(edit);
            }
            None => finding = finding.help(format!("reference `{w}` instead{lines_note}")),
        },
        None => finding = finding.help(format!("reference `{to}` instead{lines_note}")),
    }
    Some(finding)
}

/// The copy of moved file `to` that belongs with document `doc`, when the
/// commit `moved` that moved it also added files of its name in other
/// folders (BrighterCommand/Docs split `contents/` into `contents/9/` and
/// `contents/10/` in one merge, and git paired `contents/HandlerFailure.md`
/// with the version 10 copy, so a version 9 page was told to link version
/// 10: survey 59d, 57 findings): the file of that name in the document's
/// own folder, else in the folder beside `to`'s named as the document's
/// (`source/10/x.md` names `contents/10/`). Only a file the same commit
/// added: a copy made later is another file, and git's pairing stands.
fn copy_beside(ctx: &Context<'_>, doc: &Document, to: &str, moved: &CommitInfo) -> Option<String> {
    let (to_dir, name) = to.rsplit_once('/').unwrap_or(("", to));
    let doc_dir = doc.path.rsplit_once('/').map_or("", |(d, _)| d);
    if doc_dir == to_dir {
        return None;
    }
    let mut candidates = vec![join_dir(doc_dir, name)];
    let doc_folder = doc_dir.rsplit('/').next().unwrap_or(doc_dir);
    if !doc_folder.is_empty() && !to_dir.is_empty() {
        let base = to_dir.rsplit_once('/').map_or("", |(b, _)| b);
        let sibling = join_dir(base, &format!("{doc_folder}/{name}"));
        if sibling != to {
            candidates.push(sibling);
        }
    }
    candidates
        .into_iter()
        .find(|p| ctx.repo.stat(p) == PathState::File && ctx.history.added_in(p, moved.oid))
}

/// Whether git's rename detection paired two different files: a file whose
/// name and extension both changed (`release_state_check.log` →
/// `collect_llm_integration.txt`), or two names stamped with different times
/// (`release_prep_20251006T150353Z.log` → `…_20251006T205115Z.txt`: another
/// run's output). Git pairs files by content similarity alone, and two logs
/// of one tool look alike; the reference is then just missing.
fn other_file(from: &str, to: &str) -> bool {
    let name = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
    let (a, b) = (name(from), name(to));
    // A suffix added or dropped (`x.tsx` → `x.tsx.disabled`, `.bak`): the
    // same file, set aside.
    if a.starts_with(b.as_str()) || b.starts_with(a.as_str()) {
        return false;
    }
    let split = |n: &str| match n.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_string(), ext.to_lowercase()),
        _ => (n.to_string(), String::new()),
    };
    let ((sa, ea), (sb, eb)) = (split(&a), split(&b));
    if sa != sb && ea != eb && !ea.is_empty() && !eb.is_empty() {
        return true;
    }
    // Runs of six digits or more: dates and times.
    let stamps = |n: &str| -> Vec<String> {
        n.split(|c: char| !c.is_ascii_digit())
            .filter(|r| r.len() >= 6)
            .map(str::to_string)
            .collect()
    };
    let (ta, tb) = (stamps(&sa), stamps(&sb));
    !ta.is_empty() && !tb.is_empty() && ta != tb
}

/// Whether the move of `from` to `to` put the file into an archive folder
/// (`docs/_archive/…`, `archive/`, `deprecated/`): the file was retired, and
/// what replaced it is for a human to say.
fn retired(from: &str, to: &str) -> bool {
    in_archive(to) && !in_archive(from)
}

/// Whether a missing `path` was retired into an archive folder since (see
/// [`retired`]) and `r`, not a link, stands in a dated record (a report or
/// proof of its day, see [`dated`]): the record names the file as it stood
/// then, and neither this rule nor a missing-path rule speaks. A link is
/// navigation a reader follows today: it is still reported.
pub fn retired_since_record(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind == RefKind::Link {
        return false;
    }
    // History first: a lookup, while reading the date reads the document's
    // head (one line of 10 MB, in the worst case) for each reference.
    ctx.history
        .renamed(path)
        .is_some_and(|m| retired(path, &m.to))
        && dated(doc)
}

/// Whether `r`, a mention or an evidence cell (not a link, not a citation),
/// stands in a generated record, the report of one validation run or a
/// document whose status says its work is finished (see
/// [`generated_record`], [`validation_run_record`], [`finished`]), last committed before
/// the commit `moved` that moved its path, or in it: the record names the tree of its
/// day, and rewriting it would falsify its history (grimm00/dev-infra's
/// reflection `**Generated:** 2025-12-15` naming
/// `templates/experimental-project/`, renamed three days later; its
/// `**Status:** ✅ Complete` transition plan). A link is navigation a reader
/// follows today, and a record edited after the move could have followed
/// it: both are reported. So is a dated record a person keeps (a completion
/// proof stamped `**Date**:`, a dated security review with open findings,
/// survey 4): whoever works from it needs the file's new place. A document
/// of a dated audit folder nobody edited after its day (see
/// [`crate::rules::citation_stale::day_folder_record`]) is a record too.
fn named_before_move(ctx: &Context<'_>, doc: &Document, r: &Reference, moved: &CommitInfo) -> bool {
    if !matches!(r.kind, RefKind::Mention | RefKind::Evidence) {
        return false;
    }
    // A finished plan filed in a tracker's folder of finished work
    // (`plans/done/`) records the tree its work was done in, whenever the
    // move into that folder was committed (see
    // [`crate::rules::task_folder::done_folder`]).
    if crate::rules::task_folder::done_folder(ctx.repo, &doc.path) {
        return true;
    }
    // So does the brief of a task its tracker ticks off (`todo/tasks/
    // t1665-brief.md` under `- [x] t1665 …` in `TODO.md`, or a roadmap's
    // `| SEC-018 | … | ✅ |` row; see
    // [`crate::rules::task_folder::tracked_done`]): it names the files the
    // work changed where they stood then (survey 60a, aidevops' briefs
    // naming `setup-modules/`, moved a month after the tasks were done).
    if crate::rules::task_folder::tracked_done(ctx.repo, &doc.path) {
        return true;
    }
    // A ticked entry stamped with its day (a Codex ExecPlan's `Progress`,
    // `- [x] (2026-02-06 16:29Z) Re-read …`) logs a step done that day,
    // whenever the plan was edited since.
    if dated_ticked_entry(doc, r.span.start).is_some_and(|(start, span)| start + span <= moved.time)
        || daily_log_entry(doc, r.span.start, moved.time)
    {
        return true;
    }
    // History first: the document's head is read anew for every reference.
    let Some(last) = ctx
        .history
        .newest_touch(std::slice::from_ref(&doc.path))
        .remove(&doc.path)
    else {
        return false;
    };
    // The move in the record's last commit counts: a squash merge that
    // renamed the folder and swept a version number through the record
    // (grimm00/dev-infra's v0.7.0 release) did not rewrite its history.
    !ctx.history.is_newer(&last, moved)
        && (generated_record(doc)
            || validation_run_record(doc)
            || finished(doc)
            || crate::rules::citation_stale::day_folder_record(ctx, doc)
            || ticked_item(doc, r.span.start)
            || plan_task_record(doc, r.span.start, r.kind == RefKind::Mention))
}

/// Whether a link's missing target was moved to the document itself: the
/// document was moved (emstar-en/STUNIR's `docs/README.md` to
/// `docs/guides/README.md`), and its link, written for its former folder
/// (`../README.md`, the root README), now lands on its own former path.
/// The link never meant the document: it is missing (`link/missing-path`),
/// not moved, and the rename's fix would make it link to itself (survey
/// 49d, 1 finding judged false).
fn names_own_former_path(doc: &Document, r: &Reference, to: &str) -> bool {
    r.kind == RefKind::Link && to == doc.path
}

/// Whether a relative link names `path` only from the folder its document
/// was moved into after `path` was renamed, and named another file from
/// the folder it was written in: va.gov-cms moved `READMES/analytics.md`
/// into `READMES/historical/` in 2023, and its `[Table of Contents](../README.md)`,
/// written for the root README, now lands on `READMES/README.md`, a file
/// renamed to `tugboat.md` in 2020 (survey 46a, 2 findings judged false).
/// From here the link never named a file that was there: the rename is not
/// what it meant, and it is reported as missing (`link/missing-path`). A
/// link that names `path` from both folders, or a document moved before the
/// rename, is judged as a move.
fn meant_from_former_place(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
    renamed: &CommitInfo,
) -> bool {
    let written = r.written.split(['#', '?']).next().unwrap_or("");
    if r.kind != RefKind::Link || written.is_empty() || written.starts_with('/') {
        return false;
    }
    let key = path.trim_end_matches('/');
    let from = |dir: &str| join_relative(dir, written).map(|p| p.trim_end_matches('/').to_string());
    if from(doc.dir()).as_deref() != Some(key) {
        return false;
    }
    // When the document arrived is read first: it shares the walk of its
    // versions with `moved_from`, whose rename detection (every blob a
    // re-organising commit moved) runs only for a document that arrived
    // after the rename.
    let arrived_later = ctx
        .history
        .arrived(&doc.path)
        .is_some_and(|arrived| ctx.history.is_newer(&arrived, renamed));
    if !arrived_later {
        return false;
    }
    let Some(old) = ctx.history.moved_from(&doc.path) else {
        return false;
    };
    let old_dir = old.rsplit_once('/').map_or("", |(d, _)| d);
    from(old_dir).is_some_and(|p| p != key)
}

/// Whether the byte `at` stands in a ticked task of an implementation plan,
/// on its line or on a line nested under it (`- [x] 5.1: Set up React
/// project structure ✅` over `  - **Files:** `client/index.html``): a
/// coding agent's plan (`plans/plan_fin_agent_122924.md`,
/// `IMPLEMENTATION_PLAN.md`) ticks each task it finished and notes the files
/// it made, in the tree of its day; a later rename (`client/` →
/// `web_client/`) leaves the record true of its day (survey 35b, fin-agent:
/// 24 such mentions in 7 plans, all last committed before the move). A plan
/// is a document below a `plans/` or `.planning/` folder, or one whose name
/// joins the words `implementation` and `plan`. A plan
/// edited after the move could have followed it, and a ticked line of another document (a readiness
/// checklist's `- [x] Runbook in `docs/runbook.md``, a `launch-plan.md`) is
/// the tracker's current word on its evidence: both judged. So is a
/// `docs/plan.md`: a plan of any kind, often a checklist (survey 2). A
/// mention (`mention`) in a row of the plan's task table whose status says
/// done counts as a ticked task's (see [`done_row`]); an evidence cell there
/// does not.
fn plan_task_record(doc: &Document, at: usize, mention: bool) -> bool {
    if !implementation_plan(&doc.path) && !titled_implementation_plan(doc) {
        return false;
    }
    let text = doc.text.as_str();
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut lines = text[..start].lines().rev();
    let line = text[start..].split('\n').next().unwrap_or("");
    // A done row's mention, not its evidence cell: an evidence column is the
    // table's current word on its evidence (survey 27a's dated plan).
    if mention && done_row(line) {
        return true;
    }
    let mut indent = indent_of(line);
    let mut current = line;
    loop {
        match task_mark(current) {
            Some(true) => return true,
            Some(false) => return false,
            None => {}
        }
        if indent == 0 {
            return false;
        }
        // The line this one is nested under: the nearest line above with
        // less indentation (blank lines skipped). A heading ends the item.
        let parent = loop {
            let Some(l) = lines.next() else {
                return false;
            };
            if l.trim().is_empty() {
                continue;
            }
            if l.trim_start().starts_with('#') {
                return false;
            }
            if indent_of(l) < indent {
                break l;
            }
        };
        indent = indent_of(parent);
        current = parent;
    }
}

/// Whether `line` is a table row with a cell that says done, a short
/// status (`✅ DONE`, `**Complete**`): a coding agent's plan kept as a task
/// table (Ralph's `IMPLEMENTATION_PLAN.md`, `| R1 | Extract … | `src/lib/
/// exportData.ts` | ✅ DONE |`) marks each task it finished and names the
/// files it made, as a ticked task does (survey 80c, vana-com/data-connect,
/// 2 findings judged false). A row of another status, and prose that
/// starts with a done word (`Complete the export`), are not.
fn done_row(line: &str) -> bool {
    let row = line.trim();
    if !row.starts_with('|') {
        return false;
    }
    row.split('|').any(|cell| {
        let cell = cell.trim().trim_matches('*').trim();
        cell.split_whitespace().count() <= 2
            && crate::vocabulary::class_from_words(cell) == Some(crate::vocabulary::Class::Done)
    })
}

/// The width of a line's leading spaces (a tab counts as four).
fn indent_of(line: &str) -> usize {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// `Some(true)` for a ticked task line (`- [x] …`, `1. [X] …`), `Some(false)`
/// for an open one (`- [ ] …`), `None` for any other line.
fn task_mark(line: &str) -> Option<bool> {
    list_marker::task_box(line)
}

/// Whether `path` is an implementation plan: below a `plans/` or
/// `.planning/` folder, or named for one (`IMPLEMENTATION_PLAN.md`,
/// `implementation-plan-v2.md`). `plan.md`, `launch-plan.md` and
/// `rollout_plan.md` are not: a plan of that kind is often a checklist.
fn implementation_plan(path: &str) -> bool {
    let mut parts: Vec<&str> = path.split('/').collect();
    let Some(file) = parts.pop() else {
        return false;
    };
    if parts
        .iter()
        .any(|p| p.eq_ignore_ascii_case("plans") || p.eq_ignore_ascii_case(".planning"))
    {
        return true;
    }
    let stem = file
        .rsplit_once('.')
        .map_or(file, |(s, _)| s)
        .to_ascii_lowercase();
    let words: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.contains(&"implementation") && words.contains(&"plan")
}

/// Whether the document's title (its first level-1 heading) names it an
/// implementation plan: the words `implementation` and `plan` (Kiro writes
/// each spec's `tasks.md` under `# Implementation Plan`), or the same words
/// in Japanese, Chinese or Korean (`# 実装計画: Goal Review UI`, `实施计划`,
/// `实现计划`, `구현 계획`): survey 68b, shintairiku/evaluation-system's Kiro
/// specs titled `# 実装計画`, whose ticked tasks note the files they created
/// (`> `…/hooks/useCompetencyNames.ts` を作成。✅ 完了`), moved three weeks
/// later: 3 findings judged false. A title of another kind (`# タスク一覧`,
/// `# Launch checklist`) is judged as before.
fn titled_implementation_plan(doc: &Document) -> bool {
    const CJK: [&str; 6] = [
        "実装計画",
        "实施计划",
        "实现计划",
        "實施計劃",
        "구현 계획",
        "구현계획",
    ];
    doc.headings.iter().find(|h| h.level == 1).is_some_and(|h| {
        let title: String = h.text.chars().take(200).collect();
        if CJK.iter().any(|w| title.contains(w)) {
            return true;
        }
        let lower = title.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.contains(&"implementation") && words.contains(&"plan")
    })
}

/// Whether the byte `at` stands on the line of a ticked task of a generated
/// task list, opening with its id (`- [x] T004 Create lesson file
/// `docs/01-intro.md``, `- [x] **T021 [P]** Implement …`, `- [x] T049f …`):
/// the task records
/// work done, in the tree of its day. Spec-kit's `tasks.md` names each file
/// a task creates, and later refactors renumber and move them (survey 30a:
/// 40 such mentions in two repositories' task lists, all ticked before the
/// move). An open task names work ahead, and a ticked line without a task
/// id (a readiness checklist's `- [x] Runbook in `docs/runbook.md``) is the
/// tracker's current word on its evidence: both judged. A line that
/// continues the task's text (a list wrapped at 80 columns by prettier,
/// `- [x] T010 [P] Implement GitHub API client in` over `
/// `.speck/scripts/common/github-api.ts` (fetch releases, …)`) is the
/// task's line: survey 36c, nprbst/speck, 25 such mentions judged false; a
/// list item nested under the task is not (it is its own line of the list).
fn ticked_item(doc: &Document, at: usize) -> bool {
    let Some(rest) = ticked_rest(doc, at) else {
        return false;
    };
    // A task of a generated task list opens with its id (`T004`, `**T021
    // [P]**`): spec-kit's `tasks.md`. A ticked line of a readiness
    // checklist (`- [x] Runbook in `docs/runbook.md``) is the tracker's
    // current word on where its evidence is, and is judged.
    let id = rest.trim_start_matches([' ', '*', '_']);
    let Some(digits) = id.strip_prefix('T') else {
        return false;
    };
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    // A task inserted later between two others takes a letter (`T049f`).
    let n = n + usize::from(n > 0 && digits.as_bytes().get(n).is_some_and(u8::is_ascii_lowercase));
    n > 0
        && !digits[n..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// When the ticked list item the byte `at` stands in (on its line or a
/// line that continues its text) was done, as its opening timestamp says:
/// `- [x] (2026-02-06 16:29Z) Re-read `agents/plan.md``, the `Progress` log
/// of a Codex ExecPlan (OpenAI's `PLANS.md` asks for each step ticked with
/// the time it was done), or `- [x] 2026-02-06: …`. Returns the start of
/// that minute (or day, with no time; read as UTC) in seconds since the
/// Unix epoch, and its length. The entry records a step done then and names
/// the files of that moment's tree: a file moved after it is not renamed in
/// it (survey 55a, robertguss/repo-scout: 15 mentions in the progress logs
/// of nine phase plans, moved into `agents/plans/` hours or days later,
/// judged false), even in a plan edited since. An open entry, a ticked one
/// without a timestamp at its head, one stamped after the move, and a link
/// are judged.
fn dated_ticked_entry(doc: &Document, at: usize) -> Option<(i64, i64)> {
    let rest = ticked_rest(doc, at)?.trim_start_matches([' ', '\t', '(', '*', '_']);
    let midnight = day_start(rest)?;
    let after = &rest[10..];
    // A time of day (`16:29Z`, `T16:29`) narrows the entry to its minute.
    let clock = after.strip_prefix([' ', 'T']).and_then(|t| t.get(..5));
    let minute = clock.and_then(|hm| {
        let (h, m) = hm.split_once(':')?;
        let (h, m) = (h.parse::<i64>().ok()?, m.parse::<i64>().ok()?);
        (h < 24 && m < 60).then_some(h * 3600 + m * 60)
    });
    Some(match minute {
        Some(secs) => (midnight + secs, 60),
        None => (midnight, 86_400),
    })
}

/// The text after the `[x]` of the ticked list item the byte `at` stands
/// in (on its line or a line that continues its text, see [`item_line`]);
/// `None` outside a ticked item.
fn ticked_rest(doc: &Document, at: usize) -> Option<&str> {
    let text = doc.text.as_str();
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].split('\n').next().unwrap_or("");
    let line = item_line(&text[..start], line);
    let rest = list_marker::after_list_marker(line.trim_start_matches([' ', '\t', '>']))?
        .trim_start_matches([' ', '\t']);
    rest.strip_prefix("[x]")
        .or_else(|| rest.strip_prefix("[X]"))
}

/// The start (midnight, read as UTC) of the day `text` opens with
/// (`2026-02-06`, not followed by another digit), in seconds since the Unix
/// epoch.
fn day_start(text: &str) -> Option<i64> {
    let day = text.get(..10)?;
    if day.as_bytes()[4] != b'-' || day.as_bytes()[7] != b'-' {
        return None;
    }
    if text[10..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let date = day.parse::<jiff::civil::Date>().ok()?;
    let days = date.since(jiff::civil::date(1970, 1, 1)).ok()?.get_days();
    Some(i64::from(days) * 86_400)
}

/// Whether the byte `at` stands in a ticked list item of a daily work log, a
/// document named by its day alone (`docs/changelog/2025-12-11.md`, headed
/// `# 작업일지 - 2025-12-11`, "work log"), whose day ended by `moved_at`
/// (seconds since the Unix epoch). Such a log ticks the work done that day
/// and names the files it made (`- [x] `docs/PROJECT_OVERVIEW.md` 생성`,
/// "created"), in the tree of that day: a file moved after it is not renamed
/// in it (survey 60b, hwicoding/ledger-weight-back-end: 15 mentions in two
/// logs, the files moved three months later, judged false), even when the
/// log itself was moved since. A link, a log whose day had not ended at
/// the move, and a ticked line of a document named otherwise (a checklist's
/// current word on its evidence) are judged.
fn daily_log_entry(doc: &Document, at: usize, moved_at: i64) -> bool {
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    let Some(stem) = name.strip_suffix(".md").filter(|s| s.len() == 10) else {
        return false;
    };
    day_start(stem).is_some_and(|day| day + 86_400 <= moved_at) && ticked_rest(doc, at).is_some()
}

/// How many lines above a mention [`item_line`] reads for the list item it
/// continues.
const ITEM_LINES: usize = 40;

/// The line of the list item whose text `line` continues: `line` itself
/// when it opens a list item or starts no paragraph's continuation, else
/// the nearest line above (`above` is the text before `line`) that opens a
/// list item, over lines of text with no blank line, heading or fence
/// between (a paragraph's continuation lines, as a wrapped task's).
fn item_line<'a>(above: &'a str, line: &'a str) -> &'a str {
    if line.trim().is_empty() || list_item(line) {
        return line;
    }
    // A wrapped task continues for a few lines: the look back is bounded, so
    // a document of one endless paragraph stays linear.
    for l in above.lines().rev().take(ITEM_LINES) {
        let t = l.trim_start_matches([' ', '\t', '>']);
        if t.is_empty() || t.starts_with('#') || t.starts_with("```") || t.starts_with("~~~") {
            return line;
        }
        if list_item(l) {
            return l;
        }
    }
    line
}

/// Whether a line opens a list item (`- …`, `* …`, `+ …`, `1. …`, `2) …`).
fn list_item(line: &str) -> bool {
    list_marker::opens_list_item(line.trim_start_matches([' ', '\t', '>']))
}

/// The reference's path rewritten to `to`, in the form it was written.
fn rewritten(doc: &Document, r: &Reference, old: &str, to: &str) -> Option<String> {
    let written = r.written.as_str();
    if written.is_empty() {
        return None;
    }
    let dir_slash = if written.ends_with('/') { "/" } else { "" };
    let bare = written.trim_end_matches('/');
    let new = if bare.starts_with('/') {
        // Root-relative, as GitHub renders it.
        format!("/{to}")
    } else if bare.trim_start_matches("./") == old.trim_end_matches('/') {
        // Written from the repository root (citations, most evidence paths).
        to.to_string()
    } else {
        relative_from(doc.dir(), to)
    };
    Some(format!("{new}{dir_slash}"))
}

/// Replaces the one occurrence of the written path inside the reference's
/// source text; None when it is not written there exactly once (percent-encoded,
/// wrapped across lines…): the reference is then left for a human.
/// With `lines`, the line numbers written in the reference are rewritten to
/// them too (the cited block moved, unchanged, along with the file).
fn edit(doc: &Document, r: &Reference, new: &str, lines: Option<&[LineRange]>) -> Option<Edit> {
    // A path written in a heading's text is part of its anchor: rewriting it
    // would break links to the heading. The finding says where the file went.
    if doc
        .headings
        .iter()
        .any(|h| h.span.contains(&r.span.start) && h.text.contains(r.written.as_str()))
    {
        return None;
    }
    // A line about the removal itself (`removed \`old.md\``, `参照が0件`)
    // records what happened: rewriting its path would falsify it.
    if talks_about_removal(&doc.text, r.span.start) {
        return None;
    }
    let source = doc.text.get(r.span.clone())?;
    let mut found = source.match_indices(r.written.as_str());
    let (at, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    if let Some(lines) = lines {
        // One edit over the whole reference: the path and its numbers.
        let with_path = format!("{}{new}{}", &source[..at], &source[at + r.written.len()..]);
        let rewritten = rewrite_numbers(&with_path, &r.lines, lines)?;
        return Some(Edit::new(r.span.clone(), rewritten, Safety::Safe).allow_in_code());
    }
    let start = r.span.start + at;
    // Safe: the same file, under its new name. A mention or an evidence path is
    // itself a code span (`` `docs/old.md` ``): that span is what checkmark reads
    // as the path, not quoted text, so the edit may stand inside it.
    Some(Edit::new(start..start + r.written.len(), new, Safety::Safe).allow_in_code())
}

#[cfg(test)]
mod tests {
    use super::other_file;

    #[test]
    fn git_pairs_of_different_files_are_not_moves() {
        // Survey 6, ravenoak/devsynth: another run's output, another log.
        assert!(other_file(
            "diagnostics/release_prep_20251006T150353Z.log",
            "diagnostics/pytest_collect_before_fix_20251006T205115Z.txt"
        ));
        assert!(other_file(
            "diagnostics/release_state_check_bdd.log",
            "diagnostics/collect_llm_integration.txt"
        ));
        // Moves and renames: the same file.
        assert!(!other_file("ops/runbook.md", "docs/ops/runbook.md"));
        assert!(!other_file("docs/setup.md", "docs/installation.md"));
        assert!(!other_file("ci.yml", ".github/workflows/ci.yaml"));
        assert!(!other_file("docs/guide.md", "docs/guide.mdx"));
        assert!(!other_file(
            "reports/2025-10-06-review.md",
            "reports/archive/2025-10-06-review.md"
        ));
        assert!(!other_file("logs/run_20251006.log", "logs/run-summary.log"));
        // Survey 2, prisma: a component set aside.
        assert!(!other_file(
            "apps/web/components/deep-search-integration.tsx",
            "apps/web/components/deep-search-integration.tsx.disabled"
        ));
    }
}
