//! Task folders of agent task trackers: one folder per task
//! (`.taskmaster/tasks/task_107/`, `tasks/task-12-retry/`), holding the
//! task file (`task-107.md`, with its `## Status`), notes written while the
//! work went on (`starting-context/`, `research/`, `implementation/`
//! plans and append-only progress logs) and, once the work is merged, a
//! review of it (`task-review.md`, `# Task 107 Review: …`).
//!
//! When the task is finished, its notes are records of their day: they cite
//! code as `path:LINE` as it stood while the work went on, and nobody
//! renumbers them afterwards (spinje/pflow's tracker: "Append entries as you
//! work — never rewrite previous entries"; survey 24, 34 findings judged
//! false in seven finished task folders). The finished state is not in the
//! note itself but beside it, in the task's own folder:
//!
//! - **The task file** says its own status is finished, as
//!   `citation/stale` reads a status (`## Status` over `done`,
//!   `**Status**: Complete`, front matter `status: done`; see
//!   [`citation_stale::finished`]). The task file is the folder's
//!   `task.md`, `README.md`, the file named as the folder
//!   (`task_107/task_107.md`) or after its number (`task-107.md`).
//! - **A review of the task** stands in the folder (`task-review.md`,
//!   `review.md`, `task-107-review.md`): its own status says finished
//!   (`- **Status**: Complete`), or its title names it a review of the task
//!   (`# Task 107 Review: …`, `# Task Review for Task 1: …`,
//!   `# Implementation Review for Task 18`). A tracker writes the review
//!   once the work is merged (in pflow, every one of 60 folders holding one
//!   is finished, two of them with a task file still saying `not started`).
//!
//! A task document a tracker's row marks done counts too: the row's first
//! cell is the task's ID, the document's name (`| SEC-018 | … | ✅ COMPLETE
//! | `docs/prompts/SEC-018.md` |` in a `…ROADMAP.md`; see [`tracked_done`]).
//! So does the brief of a task a list tracker ticks off by its ID
//! (`todo/tasks/t1902-brief.md` under `- [x] t1902 …` in `TODO.md`; see
//! [`listed_done`]).
//!
//! So does a plan folder below `plans/` whose `plan.md` says the plan is
//! finished (ClaudeKit's `plans/260117-1555-filter-migration/`; see
//! [`plan_done`]).
//!
//! So does a phase folder of a get-shit-done (GSD) planning tree whose
//! verification report passed (`.planning/phases/23-polish/` holding
//! `23-VERIFICATION.md` with `status: passed`; see [`gsd_phase_done`]).
//!
//! A work tracker's folder of finished work counts too: a document below a
//! folder named `done`, `completed`, `complete` or `finished` that stands
//! beside a folder of open work (`plans/done/` beside `plans/in-progress/`
//! and `plans/backlog/`; see [`done_folder`]) is a finished plan, filed
//! there once its work was done (survey 30a).
//!
//! Only the task's own folder and its subfolders count: the nearest folder
//! of the note whose name is a task's (`task_107`, `task-12-retry`,
//! `TASK-12`: `task`, then a number) decides. An open task's notes are
//! still judged (the work is ahead, the numbers must lead to the code), and
//! so are links anywhere (navigation a reader follows today).

use std::collections::HashSet;
use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, TrackedFile};

use super::citation_stale;

/// How much of a task file or review is read: its status and title stand at
/// its top.
const HEAD_BYTES: usize = 16 * 1024;

/// Whether `path` (a document) lies in the folder of a finished task, or in
/// one of that folder's subfolders (see the module doc); or is a phase
/// document its folder's status file marks done (see [`phase_done`]).
pub fn finished(repo: &RepoView, path: &str) -> bool {
    if phase_done(repo, path)
        || done_folder(repo, path)
        || tracked_done(repo, path)
        || spec_done(repo, path)
        || gsd_phase_done(repo, path)
        || plan_done(repo, path)
    {
        return true;
    }
    let Some(folder) = task_folder(path) else {
        return false;
    };
    finished_folders(repo).contains(folder)
}

/// Whether `path` lies in the folder of a finished feature spec of a
/// spec-driven workflow, or in one of its subfolders: a folder directly below
/// a folder named `specs` (Kiro's `.kiro/specs/cbor-rpc-serializer/`,
/// spec-kit's `specs/001-fix-audit-findings/`) whose `tasks.md` has ticked
/// every task it lists (at least one). The coding agent wrote the spec's
/// requirements, design and tasks against the code of its day, then
/// implemented them and ticked each task: the spec records the code it was
/// built against, and nobody renumbers its `path:LINE` citations afterwards
/// (survey 94b, crawlins/kythira: 6 findings judged false in four finished
/// Kiro specs). A spec with an open task (`- [ ]`, or any other mark than
/// `x` in the box) is work ahead, and is judged.
fn spec_done(repo: &RepoView, path: &str) -> bool {
    spec_folder(path).is_some_and(|folder| done_specs(repo).contains(folder))
}

/// The folder of a feature spec holding `path`: the folder below the nearest
/// folder named `specs` above the document (`.kiro/specs/x/design.md` →
/// `.kiro/specs/x`).
fn spec_folder(path: &str) -> Option<&str> {
    folder_below(path, "specs")
}

/// The folder of `path` directly below the nearest folder named `name` above
/// the document (`.kiro/specs/x/design.md` → `.kiro/specs/x` for `specs`).
fn folder_below<'a>(path: &'a str, name: &str) -> Option<&'a str> {
    let (mut here, _) = path.rsplit_once('/')?;
    loop {
        let (parent, _) = here.rsplit_once('/')?;
        if parent.rsplit('/').next().unwrap_or(parent) == name {
            return Some(here);
        }
        here = parent;
    }
}

/// The finished feature specs of the repository (see [`spec_done`]), found
/// once a view.
fn done_specs(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::done_specs", |repo| {
        let mut done: HashSet<String> = HashSet::new();
        for f in repo.tracked_files_split() {
            if f.name != "tasks.md" {
                continue;
            }
            let Some((parent, _)) = f.dir.rsplit_once('/') else {
                continue;
            };
            if parent.rsplit('/').next().unwrap_or(parent) != "specs" {
                continue;
            }
            let Some(bytes) = repo.read(f.path) else {
                continue;
            };
            if all_tasks_ticked(&String::from_utf8_lossy(&bytes)) {
                done.insert(f.dir.to_string());
            }
        }
        Arc::new(done)
    })
}

/// Whether `path` lies in the folder of a finished plan, or in one of its
/// subfolders: a folder directly below a folder named `plans` (ClaudeKit's
/// planner writes `plans/260117-1555-complete-fe-to-be-filter-migration/`,
/// its `plan.md` beside the `phase-01-….md` documents, a `README.md` and a
/// `reports/` folder) whose `plan.md` says its own status is finished, as
/// `citation/stale` reads a status (`**Status:** ✅ COMPLETE (100%)`,
/// `**Completed:** 2026-01-17`). The phases were written against the code the
/// plan then changed, citing it as `path:LINE`, and nobody renumbers them once
/// the plan is carried out (survey s112b, hoangghaii/nail-ecosystem: 6
/// findings judged false). A plan whose `plan.md` says `Ready for
/// Implementation`, `In Progress` or `Planning` is work ahead, and is judged.
fn plan_done(repo: &RepoView, path: &str) -> bool {
    plan_folder(path).is_some_and(|folder| done_plans(repo).contains(folder))
}

/// The folder of a plan holding `path`: the folder below the nearest folder
/// named `plans` above the document (`plans/x/phase-01.md` → `plans/x`).
fn plan_folder(path: &str) -> Option<&str> {
    folder_below(path, "plans")
}

/// The finished plans of the repository (see [`plan_done`]), found once a
/// view.
fn done_plans(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::done_plans", |repo| {
        let mut done: HashSet<String> = HashSet::new();
        for f in repo.tracked_files_split() {
            if f.name != "plan.md" || plan_folder(f.path) != Some(f.dir) {
                continue;
            }
            if head_of(repo, f.path).is_some_and(|doc| citation_stale::finished(&doc)) {
                done.insert(f.dir.to_string());
            }
        }
        Arc::new(done)
    })
}

/// Whether `path` lies in the folder of a phase of a get-shit-done (GSD)
/// planning tree that its verifier passed, or in one of that folder's
/// subfolders: a folder whose name opens with the phase's number and `-`
/// (`23-low-priority-polish`), directly below a folder named `phases` or
/// ending in `-phases` (`.planning/phases/`, an archived milestone's
/// `.planning/milestones/v1.0-phases/`), that holds a verification report
/// (`23-VERIFICATION.md`, a file name ending in `VERIFICATION.md`) whose front
/// matter says `status: passed`. GSD's researcher, planner and executor write
/// the phase's research, plans and summaries against the code of its day,
/// citing it as `path:LINE`; the phase's own work then changes those lines,
/// and the verifier closes the phase: nobody renumbers them afterwards (survey
/// s105a, aibaza/1on1's phase 23 research: 4 stale findings and 1 shifted
/// judged false). A phase whose report says `gaps_found` or `human_needed`,
/// or that has no report yet, is work ahead, and is judged.
fn gsd_phase_done(repo: &RepoView, path: &str) -> bool {
    gsd_phase_folder(path).is_some_and(|folder| done_gsd_phases(repo).contains(folder))
}

/// The GSD phase folder holding `path` (see [`gsd_phase_done`]): the nearest
/// folder above the document whose name opens with a number and `-` and whose
/// parent is named `phases` or ends in `-phases`.
fn gsd_phase_folder(path: &str) -> Option<&str> {
    let (mut here, _) = path.rsplit_once('/')?;
    loop {
        let (parent, name) = here.rsplit_once('/')?;
        let parent_name = parent.rsplit('/').next().unwrap_or(parent);
        if gsd_phase_name(name) && (parent_name == "phases" || parent_name.ends_with("-phases")) {
            return Some(here);
        }
        here = parent;
    }
}

/// Whether a folder's name is a GSD phase's: digits (a decimal phase too,
/// `02.1`), then `-` and a slug.
fn gsd_phase_name(name: &str) -> bool {
    let digits = name
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    digits > 0
        && name.as_bytes()[0].is_ascii_digit()
        && name.as_bytes().get(digits) == Some(&b'-')
        && name.len() > digits + 1
}

/// The GSD phase folders of the repository whose verification report passed
/// (see [`gsd_phase_done`]), found once a view.
fn done_gsd_phases(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::done_gsd_phases", |repo| {
        let mut done: HashSet<String> = HashSet::new();
        for f in repo.tracked_files_split() {
            let upper = f.name.to_ascii_uppercase();
            if !upper.ends_with("VERIFICATION.MD") || gsd_phase_folder(f.path) != Some(f.dir) {
                continue;
            }
            let Some(bytes) = repo.read(f.path) else {
                continue;
            };
            let head = &bytes[..bytes.len().min(HEAD_BYTES)];
            if front_matter_passed(&String::from_utf8_lossy(head)) {
                done.insert(f.dir.to_string());
            }
        }
        Arc::new(done)
    })
}

/// Whether a document's YAML front matter (between its opening `---` and
/// the next) says `status: passed` (in any case, quoted or not).
fn front_matter_passed(text: &str) -> bool {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return false;
    }
    for line in lines {
        let line = line.trim_end();
        if line == "---" {
            break;
        }
        if let Some(value) = line.strip_prefix("status:") {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            return value.eq_ignore_ascii_case("passed");
        }
    }
    false
}

/// Whether a task list ticks every task box it holds (outside code fences),
/// and holds at least one.
fn all_tasks_ticked(text: &str) -> bool {
    let mut ticked = 0usize;
    let mut fence: Option<(char, usize)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let run = |c: char| trimmed.chars().take_while(|&x| x == c).count();
        let opener = ['`', '~'].into_iter().find(|&c| run(c) >= 3);
        if let Some((c, n)) = fence {
            if opener == Some(c) && run(c) >= n && trimmed.trim_start_matches(c).trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if let Some(c) = opener {
            fence = Some((c, run(c)));
            continue;
        }
        let Some(rest) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| trimmed.strip_prefix("+ "))
        else {
            continue;
        };
        let mut chars = rest.chars();
        if chars.next() != Some('[') {
            continue;
        }
        let (Some(mark), Some(']')) = (chars.next(), chars.next()) else {
            continue;
        };
        if mark == 'x' || mark == 'X' {
            ticked += 1;
        } else {
            return false;
        }
    }
    ticked > 0
}

/// Whether the status file beside `path` (`STATUS.md`, any case, in the
/// document's own folder, one of three or more sibling folders that each
/// hold one: a tracker's folders of work) marks the document's
/// phase done: a table row names the document's file (`` | MAP | `01-map.md`
/// | [x] | ``) and another of its cells is a ticked box, a ✅ or a done word
/// (`Done`, `Complete`, `Completed`). An agent workflow keeps one folder per
/// piece of work, a document per phase (map, gap analysis, design,
/// implementation, self-review) and the status file that ticks each phase
/// off: a phase marked done records the code it was written against, and
/// nobody renumbers it (survey 27a, Alfanumrik's `engineering-audit/
/// workflows/*/`). A phase not ticked yet, and a document its folder's status
/// file does not name, are judged.
fn phase_done(repo: &RepoView, path: &str) -> bool {
    done_phases(repo).contains(path)
}

/// The phase documents the status files of the repository mark done (see
/// [`phase_done`]), found once a view.
fn done_phases(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::done_phases", |repo| {
        let mut done: HashSet<String> = HashSet::new();
        // The status files of work folders: folders below the root that each
        // hold one, beside at least two other such folders (a tracker's
        // `workflows/*/STATUS.md`). A lone `docs/STATUS.md` ticking pages
        // off is a project's page list, not a record of phases.
        let statuses: Vec<&str> = repo
            .tracked_files_split()
            .filter(|f| !f.dir.is_empty() && f.name.eq_ignore_ascii_case("status.md"))
            .map(|f| f.path)
            .collect();
        let parent = |status: &str| -> Option<String> {
            let (dir, _) = status.rsplit_once('/')?;
            Some(dir.rsplit_once('/').map_or("", |(p, _)| p).to_string())
        };
        let mut per_parent: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        for s in &statuses {
            if let Some(p) = parent(s) {
                *per_parent.entry(p).or_default() += 1;
            }
        }
        for status in statuses {
            let Some((dir, file)) = status.rsplit_once('/') else {
                continue;
            };
            if parent(status)
                .and_then(|p| per_parent.get(&p).copied())
                .unwrap_or(0)
                < 3
            {
                continue;
            }
            let Some(bytes) = repo.read(status) else {
                continue;
            };
            let head = &bytes[..bytes.len().min(HEAD_BYTES)];
            let text = String::from_utf8_lossy(head).into_owned();
            let children = repo.children(dir);
            for line in text.lines() {
                let line = line.trim();
                if !line.starts_with('|') {
                    continue;
                }
                let cells: Vec<&str> = line
                    .trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().trim_matches('`').trim())
                    .collect();
                let ticked = cells.iter().any(|c| {
                    let lower = c.trim_matches('*').trim().to_lowercase();
                    matches!(lower.as_str(), "[x]" | "done" | "complete" | "completed")
                        || lower.starts_with('\u{2705}')
                });
                if !ticked {
                    continue;
                }
                for c in &cells {
                    let name = c.trim_start_matches("./");
                    if !name.eq_ignore_ascii_case(file)
                        && markdown_stem(name).is_some()
                        && !name.contains('/')
                        && children.iter().any(|k| k == name)
                    {
                        done.insert(format!("{dir}/{name}"));
                    }
                }
            }
        }
        Arc::new(done)
    })
}

/// Words of a tracker's file name (`MASTER_ROADMAP.md`, `BACKLOG.md`,
/// `TASK_TRACKER.md`): the pages whose rows tick tasks off.
const TRACKER_WORDS: &[&str] = &["roadmap", "backlog", "tracker"];

/// How much of a tracker is read for its rows.
const TRACKER_BYTES: usize = 4 * 1024 * 1024;

/// Whether a tracker of the repository (see [`TRACKER_WORDS`]) marks done
/// the task whose own document `path` is: a table row whose first cell is
/// the task's ID, the document's file name without its extension, names the
/// document by its path (`` | SEC-018 | Remove Hardcoded Admin Setup Key
/// Fallback | HIGH | ✅ COMPLETE (Jan 12-14, 2026) | 2h |
/// `docs/prompts/SEC-018.md` | ``), and another of its cells is a ticked
/// box, a ✅ or a done word. An agent's task prompt describes the code the
/// task was about to change, and the task's own fix changed the lines it
/// cites (survey 51a, EvanTenenbaum/TERP's `docs/prompts/`, which
/// `docs/roadmaps/MASTER_ROADMAP.md` ticks off: 10 findings judged false).
/// A task not marked done, and a document the row names under another ID
/// (a guide a task wrote, `| DOC-2 | … | ✅ | `docs/API.md` |`), are judged.
pub fn tracked_done(repo: &RepoView, path: &str) -> bool {
    done_by_trackers(repo).contains(path) || listed_done(repo, path)
}

/// File names (stems, any case) of a task list tracker: the page whose
/// items tick tasks off by their IDs (`TODO.md`, `TASKS.md`).
const LIST_TRACKERS: &[&str] = &["todo", "tasks"];

/// Folder names of a tracker's task documents (`todo/tasks/`, `briefs/`).
const TASK_DOC_FOLDERS: &[&str] = &["tasks", "todo", "briefs"];

/// Whether `path` (a document) is the brief of a task that a task list
/// tracker ticks off by its ID: the document lies below a folder named
/// `tasks`, `todo` or `briefs`, its file name is the task's ID, alone or
/// followed by `-` or `_` and more (`todo/tasks/t1902-brief.md`), and a
/// tracker (`TODO.md`, `TASKS.md`, or a file whose name says roadmap,
/// backlog or tracker) has a ticked item opening with that ID (`- [x] t1902
/// feat: compressed context …`) and no open one. aidevops writes a brief per
/// task, citing the lines the work is to change, and ticks the task in
/// `TODO.md` once its pull request merged: the brief records the code the
/// work was done against, and nobody renumbers it (survey 60a,
/// marcusquinn/aidevops: 594 citation and mention findings in briefs of
/// finished tasks, the 100 sampled all judged false). A brief whose task is
/// still open (`- [ ] t18121 …`) is work to come and is judged.
fn listed_done(repo: &RepoView, path: &str) -> bool {
    let file = TrackedFile::split(path);
    if !file
        .dir
        .split('/')
        .any(|d| TASK_DOC_FOLDERS.iter().any(|f| d.eq_ignore_ascii_case(f)))
    {
        return false;
    }
    let Some(stem) = markdown_stem(file.name) else {
        return false;
    };
    let done = done_by_lists(repo);
    if done.is_empty() {
        return false;
    }
    let stem = stem.to_lowercase();
    let mut cuts = stem
        .char_indices()
        .filter(|&(_, c)| c == '-' || c == '_')
        .map(|(i, _)| i)
        .chain(std::iter::once(stem.len()));
    cuts.any(|i| done.contains(&stem[..i]))
}

/// The IDs (lower-cased) of the tasks the list trackers of the repository
/// (see [`listed_done`]) tick off and none leaves open, found once a view.
fn done_by_lists(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::done_by_lists", |repo| {
        let trackers: Vec<&str> = repo
            .tracked_files_split()
            .filter(|f| {
                markdown_stem(f.name).is_some_and(|stem| {
                    let lower = stem.to_ascii_lowercase();
                    LIST_TRACKERS.contains(&lower.as_str())
                        || TRACKER_WORDS.iter().any(|w| lower.contains(w))
                })
            })
            .map(|f| f.path)
            .collect();
        let mut done: HashSet<String> = HashSet::new();
        let mut open: HashSet<String> = HashSet::new();
        for tracker in trackers {
            let Some(bytes) = repo.read(tracker) else {
                continue;
            };
            let head = &bytes[..bytes.len().min(TRACKER_BYTES)];
            for line in head.split(|&b| b == b'\n') {
                // Only a line holding a task box is read as text.
                if memchr::memchr(b'[', line).is_none() {
                    continue;
                }
                let line = String::from_utf8_lossy(line);
                let Some(ticked) = crate::document::list_marker::task_box(&line) else {
                    continue;
                };
                let Some(id) = item_id(&line) else {
                    continue;
                };
                if ticked {
                    done.insert(id);
                } else {
                    open.insert(id);
                }
            }
        }
        done.retain(|id| !open.contains(id));
        Arc::new(done)
    })
}

/// The task ID a task item opens with, lower-cased (`- [x] t1327.9 Outbound
/// …` → `t1327.9`, `- [x] **SEC-018**: …` → `sec-018`): a word of letters,
/// digits, `.`, `-` and `_` that starts with a letter and holds a digit.
fn item_id(line: &str) -> Option<String> {
    let (_, rest) = line.split_once(']')?;
    let word = rest.split_whitespace().next()?;
    let word = word
        .trim_matches(|c: char| c == '*' || c == '`' || c == '_')
        .trim_end_matches([':', ',', ')'])
        .trim_matches(|c: char| c == '*' || c == '`');
    let id_like = word.starts_with(|c: char| c.is_ascii_alphabetic())
        && word.chars().any(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        && word.len() <= 32;
    id_like.then(|| word.to_ascii_lowercase())
}

/// The task documents the trackers of the repository mark done (see
/// [`tracked_done`]), found once a view.
fn done_by_trackers(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::done_by_trackers", |repo| {
        let mut done: HashSet<String> = HashSet::new();
        // Most names are no Markdown file's: the extension is asked first,
        // and the stem lower-cased only then.
        let trackers: Vec<&str> = repo
            .tracked_files_split()
            .filter(|f| {
                markdown_stem(f.name).is_some_and(|stem| {
                    let lower = stem.to_ascii_lowercase();
                    TRACKER_WORDS.iter().any(|w| lower.contains(w))
                })
            })
            .map(|f| f.path)
            .collect();
        let md = memchr::memmem::Finder::new(b".md");
        for tracker in trackers {
            let Some(bytes) = repo.read(tracker) else {
                continue;
            };
            let head = &bytes[..bytes.len().min(TRACKER_BYTES)];
            // Only a line naming a Markdown file in a row is read as text
            // (both are ASCII: a line's bytes have them or its text has not):
            // the lines are found from each `.md` of the text, each once, in
            // order, not by splitting the whole tracker into lines.
            let mut seen_to = 0;
            for hit in md.find_iter(head) {
                if hit < seen_to {
                    continue;
                }
                let start = memchr::memrchr(b'\n', &head[..hit]).map_or(0, |i| i + 1);
                let end = memchr::memchr(b'\n', &head[hit..]).map_or(head.len(), |i| hit + i);
                seen_to = end + 1;
                let line = &head[start..end];
                if memchr::memchr(b'|', line).is_some() {
                    tracker_row(repo, line, &mut done);
                }
            }
        }
        Arc::new(done)
    })
}

/// The task documents one row of a tracker (see [`tracked_done`]) marks done, into `done`.
fn tracker_row(repo: &RepoView, line: &[u8], done: &mut HashSet<String>) {
    let line = String::from_utf8_lossy(line);
    let line = line.trim();
    if !line.starts_with('|') || !line.contains(".md") {
        return;
    }
    let cells: Vec<&str> = line
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().trim_matches('*').trim().trim_matches('`').trim())
        .collect();
    let Some(id) = cells.first().filter(|id| !id.is_empty()) else {
        return;
    };
    // The cells naming a task document by its path under the row's ID, asked
    // before any cell is lower-cased: most rows name no such document.
    let named: Vec<&str> = cells
        .iter()
        .skip(1)
        .map(|c| c.trim_start_matches("./"))
        .filter(|named| {
            let file = named.rsplit('/').next().unwrap_or(named);
            named.contains('/')
                && markdown_stem(file).is_some_and(|stem| stem.eq_ignore_ascii_case(id))
        })
        .collect();
    if named.is_empty() {
        return;
    }
    let ticked = cells.iter().skip(1).any(|c| {
        let lower = c.to_lowercase();
        matches!(lower.as_str(), "[x]" | "done" | "complete" | "completed")
            || lower.starts_with('\u{2705}')
    });
    if !ticked {
        return;
    }
    for named in named {
        if repo.is_tracked_file(named) {
            done.insert(named.to_string());
        }
    }
}

/// Names of a work tracker's folder of finished work (`plans/done/`,
/// `tasks/completed/`), any case, a leading `_` or `.` passed over.
const DONE_FOLDERS: &[&str] = &["done", "completed", "complete", "finished"];

/// Names of a work tracker's folders of open work, one of which stands
/// beside its folder of finished work (`plans/in-progress/` beside
/// `plans/done/`): the pair makes the folders a tracker's board.
const OPEN_FOLDERS: &[&str] = &[
    "in-progress",
    "in_progress",
    "inprogress",
    "wip",
    "doing",
    "active",
    "current",
    "ongoing",
    "todo",
    "to-do",
    "backlog",
    "planned",
    "pending",
    "open",
    "next",
    "proposed",
    "ideas",
    "drafts",
    "draft",
    // A plan lifecycle of folders, `concepts/ → planning/ → ready/ →
    // completed/` (survey 76b, tachyon-beep/esper-lite's `docs/plans/`,
    // whose README calls `completed/` the historical record of executed
    // work: 49 sampled mentions and citations judged false, 120 findings in all).
    "planning",
    "ready",
];

/// Whether `path` (a document) lies below a work tracker's folder of
/// finished work: a folder named `done`, `completed`, `complete` or
/// `finished` beside a folder of open work (`in-progress`, `backlog`,
/// `todo`, `active`, …; see [`OPEN_FOLDERS`]), as ose's `plans/done/`
/// beside `plans/in-progress/` and `plans/backlog/`. A plan moves there
/// when its work is finished, and is not edited afterwards: its delivery
/// checklist, tech notes and mentions record the tree as it stood while
/// the work went on (survey 30a: 470 mentions of paths renamed since, in 98
/// finished plans). The folder's own README or index page is its
/// maintained index, not a record; a `done` folder with no folder of open
/// work beside it (a release's `done/` artifacts) is not a tracker's.
pub fn done_folder(repo: &RepoView, path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    let is_named = |seg: &str, names: &[&str]| {
        let lower = seg.trim_start_matches(['_', '.']).to_lowercase();
        // A board's folders named for the work they hold, `finished-work/`
        // beside `current-work/` and `future-work/` (survey 112c,
        // calibrated_explanations' `development/`), name their state first.
        let state = ["-work", "_work"]
            .iter()
            .find_map(|s| lower.strip_suffix(s))
            .unwrap_or(&lower);
        names.contains(&state)
    };
    let mut end = dir.len();
    loop {
        let start = dir[..end].rfind('/').map_or(0, |i| i + 1);
        let seg = &dir[start..end];
        if is_named(seg, DONE_FOLDERS) {
            // The folder's own index page is maintained, not a record.
            let own_index = end == dir.len() && {
                let name = path.rsplit('/').next().unwrap_or(path).to_lowercase();
                let stem = name.split_once('.').map_or(name.as_str(), |(s, _)| s);
                matches!(stem, "readme" | "index" | "_index")
            };
            let parent = if start == 0 { "" } else { &dir[..start - 1] };
            if !own_index
                && repo.children(parent).iter().any(|c| {
                    c.as_str() != seg
                        && is_named(c, OPEN_FOLDERS)
                        && repo.stat(&if parent.is_empty() {
                            c.to_string()
                        } else {
                            format!("{parent}/{c}")
                        }) == crate::source::PathState::Dir
                })
            {
                return true;
            }
        }
        if start == 0 {
            return false;
        }
        end = start - 1;
    }
}

/// The nearest folder of `path` whose name is a task's, as a path.
fn task_folder(path: &str) -> Option<&str> {
    let (dir, _) = path.rsplit_once('/')?;
    let mut end = dir.len();
    loop {
        let start = dir[..end].rfind('/').map_or(0, |i| i + 1);
        if task_number(&dir[start..end]).is_some() {
            return Some(&dir[..end]);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
}

/// The number of a task folder's name (`task_107` → `107`, `task-12-retry`
/// → `12`, `TASK5` → `5`): `task`, an optional separator, then digits.
fn task_number(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let rest = lower.strip_prefix("task")?;
    let rest = rest.strip_prefix(['-', '_', ' ', '.']).unwrap_or(rest);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty()).then_some(digits)
}

/// The finished task folders of the repository, found once a view.
fn finished_folders(repo: &RepoView) -> Arc<HashSet<String>> {
    repo.memo_kept("task_folder::finished", |repo| {
        let mut folders: HashSet<&str> = HashSet::new();
        for path in repo.tracked_files() {
            let mut at = 0;
            while let Some(i) = path[at..].find('/') {
                let end = at + i;
                if task_number(&path[at..end]).is_some() {
                    folders.insert(&path[..end]);
                }
                at = end + 1;
            }
        }
        let found: HashSet<String> = folders
            .into_iter()
            .filter(|f| folder_finished(repo, f))
            .map(str::to_string)
            .collect();
        Arc::new(found)
    })
}

/// Whether the task of `folder` is finished: its task file says so, or a
/// review of the task stands beside it.
fn folder_finished(repo: &RepoView, folder: &str) -> bool {
    let name = folder.rsplit('/').next().unwrap_or(folder);
    let Some(number) = task_number(name) else {
        return false;
    };
    let own = normalize(name);
    repo.children(folder).iter().any(|child| {
        let Some(stem) = markdown_stem(child) else {
            return false;
        };
        let stem = normalize(stem);
        let task_file = stem == "task"
            || stem == "readme"
            || stem == own
            || stem == format!("task-{number}")
            || stem == format!("task{number}");
        let review = stem == "review"
            || stem == "task-review"
            || stem == format!("task-{number}-review")
            || stem == format!("{own}-review");
        if !task_file && !review {
            return false;
        }
        let Some(doc) = head_of(repo, &format!("{folder}/{child}")) else {
            return false;
        };
        citation_stale::finished(&doc) || (review && titled_task_review(&doc))
    })
}

/// The stem of a Markdown file's name (`task-107.md` → `task-107`).
fn markdown_stem(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    // Compared in place: most names of a listing have an extension, and
    // none of them is worth a lower-cased copy.
    (ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown")).then_some(stem)
}

/// A name lower-cased, with `_` and blanks as `-` (`Task_107` → `task-107`).
fn normalize(name: &str) -> String {
    name.to_lowercase().replace(['_', ' '], "-")
}

/// The top of the document at `path`, parsed ([`HEAD_BYTES`], cut at a line).
fn head_of(repo: &RepoView, path: &str) -> Option<Document> {
    let bytes = repo.read(path)?;
    let mut end = bytes.len().min(HEAD_BYTES);
    if end < bytes.len()
        && let Some(nl) = bytes[..end].iter().rposition(|&b| b == b'\n')
    {
        end = nl + 1;
    }
    let text = String::from_utf8_lossy(&bytes[..end]).into_owned();
    Some(crate::document::parse(path, text))
}

/// Whether the document's title names it a review of a task (`# Task 107
/// Review: …`, `# Task Review for Task 1`, `# Implementation Review for Task
/// 18`): the words `task` and `review` both in it.
fn titled_task_review(doc: &Document) -> bool {
    doc.headings.iter().find(|h| h.level == 1).is_some_and(|h| {
        let lower = h.text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        words.contains(&"task") && words.contains(&"review")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gsd_phase_folder_sits_below_phases() {
        assert_eq!(
            gsd_phase_folder(".planning/phases/23-polish/23-RESEARCH.md"),
            Some(".planning/phases/23-polish")
        );
        assert_eq!(
            gsd_phase_folder(".planning/milestones/v1.0-phases/02.1-x/notes/a.md"),
            Some(".planning/milestones/v1.0-phases/02.1-x")
        );
        assert_eq!(gsd_phase_folder(".planning/phases/notes/a.md"), None);
        assert_eq!(gsd_phase_folder("docs/23-polish/a.md"), None);
        assert!(front_matter_passed("---\nphase: 23\nstatus: passed\n---\n"));
        assert!(!front_matter_passed("---\nstatus: gaps_found\n---\n"));
        assert!(!front_matter_passed("# Report\n\nstatus: passed\n"));
    }

    #[test]
    fn a_task_folder_is_named_task_then_a_number() {
        assert_eq!(task_number("task_107").as_deref(), Some("107"));
        assert_eq!(task_number("task-12-retry").as_deref(), Some("12"));
        assert_eq!(task_number("TASK5").as_deref(), Some("5"));
        assert_eq!(task_number("tasks"), None);
        assert_eq!(task_number("task-review"), None);
        assert_eq!(task_number("12-task"), None);
    }

    #[test]
    fn the_nearest_task_folder_of_a_note_decides() {
        assert_eq!(
            task_folder(".taskmaster/tasks/task_107/implementation/progress-log.md"),
            Some(".taskmaster/tasks/task_107")
        );
        assert_eq!(
            task_folder(".taskmaster/tasks/task_107/task-107.md"),
            Some(".taskmaster/tasks/task_107")
        );
        assert_eq!(task_folder("task_1/a/task_2/b.md"), Some("task_1/a/task_2"));
        assert_eq!(task_folder(".taskmaster/tasks/tasks.md"), None);
        assert_eq!(task_folder("task_1.md"), None);
    }

    #[test]
    fn a_title_naming_a_review_of_a_task() {
        let doc = |t: &str| crate::document::parse("task-review.md", t.to_string());
        assert!(titled_task_review(&doc(
            "# Task 35 Review: Template Syntax Migration ${variable}\n"
        )));
        assert!(titled_task_review(&doc(
            "# Task Review for Task 1: setup\n"
        )));
        assert!(titled_task_review(&doc(
            "# Implementation Review for Task 18: templates\n"
        )));
        assert!(!titled_task_review(&doc("# Code Review Notes\n")));
        assert!(!titled_task_review(&doc("# Task 5: plan\n")));
    }
}
