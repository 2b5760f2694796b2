//! Survey 60a: coding-agent-written plans, progress logs and task trackers,
//! round 2 (ExecPlans, `IMPLEMENTATION_PLAN.md`, `TODO.md` trackers with a
//! brief per task, `.spec/` reviews, wikis kept in the repository). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, Run, lines, t};

/// Asserts that `run` has no finding of `rules`.
#[track_caller]
fn quiet(run: &Run, rules: &[&str]) {
    assert_eq!(run.findings_of(rules), vec![], "\n{}", run.dump());
}

// --- a task's brief that a list tracker ticks off by its ID
// (marcusquinn/aidevops: `todo/tasks/t1902-brief.md` cites the lines its
// work is to change, and `TODO.md` ticks `- [x] t1902 …` once the work
// merged; 594 citation and mention findings in such briefs, the 100
// sampled all judged false) ---

/// A repository whose `TODO.md` holds `item`, with the brief `brief` of
/// task t1902 citing `scripts/helper.sh:3`; then the task's own fix edits
/// line 3.
fn brief(item: &str, brief: &str) -> Repo {
    let repo = Repo::new();
    repo.write("scripts/helper.sh", lines(10))
        .write(
            brief,
            "# t1902: Compressed context notation\n\n\
             ## How\n\n- EDIT: `scripts/helper.sh:3` — add the compact branch\n",
        )
        .write(
            "TODO.md",
            format!("# Tasks\n\n## Done\n\n{item}\n- [ ] t2000 another open task\n"),
        )
        .commit_all();
    repo.write(
        "scripts/helper.sh",
        lines(10).replace("line 3\n", "compact_branch() { :; }\n"),
    )
    .commit_all();
    repo
}

#[test]
fn the_brief_of_a_task_the_todo_list_ticks_off_records_its_day() {
    for item in [
        "- [x] t1902 feat: compressed context notation #memory ~6h ref:GH#17672",
        "  - [x] **t1902**: compressed context notation",
    ] {
        let run = brief(item, "todo/tasks/t1902-brief.md").check(&[]);
        quiet(&run, &["citation/stale", "citation/shifted"]);
    }
}

/// Twin: an open task's brief is work to come, and a ticked ID whose brief
/// lies outside a `tasks`, `todo` or `briefs` folder, or whose file name
/// only starts with the ID's characters (`t19020-brief.md`), is judged.
#[test]
fn the_brief_of_an_open_task_is_judged() {
    for (item, path) in [
        (
            "- [ ] t1902 feat: compressed context notation",
            "todo/tasks/t1902-brief.md",
        ),
        (
            "- [x] t1902 feat: compressed context notation",
            "docs/t1902-brief.md",
        ),
        (
            "- [x] t1902 feat: compressed context notation",
            "todo/tasks/t19020-brief.md",
        ),
    ] {
        let run = brief(item, path).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![t("citation/stale", path, 5, 9, "scripts/helper.sh")],
            "{item} {path}\n{}",
            run.dump()
        );
    }
}

/// A repository whose `TODO.md` holds `item`, with the brief of task t2024
/// citing `scripts/pulse.sh:8-9`; then the script is split and cut to five
/// lines.
fn brief_citing_a_cut_script(item: &str) -> Repo {
    let repo = Repo::new();
    repo.write("scripts/pulse.sh", lines(10))
        .write(
            "todo/tasks/t2024-brief.md",
            "# t2024: Scope the simplification gate\n\n\
             - `scripts/pulse.sh:8-9` — the gate to change\n",
        )
        .write("TODO.md", format!("# Tasks\n\n{item}\n"))
        .commit_all();
    repo.write("scripts/pulse.sh", lines(5)).commit_all();
    repo
}

#[test]
fn a_range_cut_since_in_the_brief_of_a_finished_task_is_history() {
    let run = brief_citing_a_cut_script("- [x] t2024 scope the gate pr:#18497").check(&[]);
    quiet(&run, &["citation/line-range"]);
}

/// Twin: the brief of an open task points past the script's end.
#[test]
fn a_range_cut_since_in_the_brief_of_an_open_task_is_reported() {
    let run = brief_citing_a_cut_script("- [ ] t2024 scope the gate").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/line-range"]),
        vec![t(
            "citation/line-range",
            "todo/tasks/t2024-brief.md",
            3,
            3,
            "scripts/pulse.sh"
        )],
        "\n{}",
        run.dump()
    );
}

/// A repository whose `TODO.md` holds `item`, with the brief of task t1665
/// naming `setup-modules/config.sh:2-5`; a later commit moves the module.
fn brief_naming_a_moved_module(item: &str) -> Repo {
    let repo = Repo::new();
    repo.write("setup-modules/config.sh", lines(10))
        .write(
            "todo/tasks/t1665-brief.md",
            "# t1665: Per-runtime configuration\n\n\
             ## Files\n\n- `setup-modules/config.sh:2-5` — current `update_config()`\n",
        )
        .write("TODO.md", format!("# Tasks\n\n{item}\n"))
        .commit_all();
    repo.git(&["mv", "setup-modules", "setup"]);
    repo.commit_all();
    repo
}

#[test]
fn a_moved_file_named_in_the_brief_of_a_finished_task_is_history() {
    let run =
        brief_naming_a_moved_module("- [x] t1665 per-runtime configuration completed:2026-03-20")
            .check(&[]);
    quiet(&run, &["path/renamed"]);
}

/// Twin: the brief of an open task leads to the file's new place.
#[test]
fn a_moved_file_named_in_the_brief_of_an_open_task_is_reported() {
    let run = brief_naming_a_moved_module("- [ ] t1665 per-runtime configuration").check(&[]);
    assert_eq!(
        run.findings_of(&["path/renamed"]),
        vec![t(
            "path/renamed",
            "todo/tasks/t1665-brief.md",
            5,
            3,
            "setup-modules/config.sh"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a wiki kept in a `.wiki/` folder (aidevops' `sync-wiki.yml` copies
// `.wiki/*` into the GitHub wiki; its pages link each other by page name,
// `[Getting Started](Getting-Started)`: 30 findings judged false) ---

/// A project with the wiki folder `folder` holding `Home.md` (when
/// `home`), `_Sidebar.md` and `Getting-Started.md`.
fn wiki_folder(folder: &str, home: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write(
            &format!("{folder}/_Sidebar.md"),
            "- [Getting Started](Getting-Started)\n- [Missing Page](Missing.md)\n",
        )
        .write(
            &format!("{folder}/Getting-Started.md"),
            "# Getting Started\n",
        );
    if home {
        repo.write(&format!("{folder}/Home.md"), "# Home\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_page_name_link_of_a_dot_wiki_folder_names_a_wiki_page() {
    let run = wiki_folder(".wiki", true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            ".wiki/_Sidebar.md",
            2,
            3,
            ".wiki/Missing.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a `.wiki` folder without a `Home.md` is judged as any folder:
/// the page-name link is reported. (A folder of another name holding
/// `Home.md` beside `_Sidebar.md` is a wiki folder since survey 98b; its
/// twin without the frames is `precision_survey98b`'s.)
#[test]
fn a_page_name_link_of_another_folder_is_reported() {
    {
        let (folder, home) = (".wiki", false);
        let run = wiki_folder(folder, home).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![
                t(
                    "link/missing-path",
                    &format!("{folder}/_Sidebar.md"),
                    1,
                    3,
                    &format!("{folder}/Getting-Started")
                ),
                t(
                    "link/missing-path",
                    &format!("{folder}/_Sidebar.md"),
                    2,
                    3,
                    &format!("{folder}/Missing.md")
                ),
            ],
            "{folder}\n{}",
            run.dump()
        );
    }
}

// --- a dated review headed as one before a colon, with open boxes, written
// in one commit and never edited (jscraik/ralph-gold's
// `.spec/CODEBASE_REVIEW_FIXES.md`, `# Ralph-Gold Codebase Review: Bugs,
// Bloat, and Technical Debt` over `**Date:** 2026-01-19` and 27 open boxes
// of fixes: 7 findings judged false) ---

/// A review titled `title`, with `stamp` under it, citing `src/loop.py:3`
/// beside an open box; then the cited line changes.
fn review(title: &str, stamp: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/loop.py", lines(10))
        .write(
            ".spec/CODEBASE_REVIEW_FIXES.md",
            format!(
                "# {title}\n\n{stamp}\n\n## Fix 1\n\n**Location:** `src/loop.py:3`\n\n\
                 - [ ] Handle the empty task list\n"
            ),
        )
        .commit_all();
    repo.write(
        "src/loop.py",
        lines(10).replace("line 3\n", "if not tasks: return\n"),
    )
    .commit_all();
    repo
}

#[test]
fn a_dated_review_headed_before_a_colon_records_its_day() {
    let run = review(
        "Ralph-Gold Codebase Review: Bugs, Bloat, and Technical Debt",
        "**Date:** 2026-01-19",
    )
    .check(&[]);
    quiet(&run, &["citation/stale", "citation/shifted"]);
}

/// Twin: undated, or headed with another noun, its boxes are a checklist
/// a team works: judged.
#[test]
fn an_undated_review_or_another_heading_is_judged() {
    for (title, stamp) in [
        (
            "Ralph-Gold Codebase Review: Bugs, Bloat, and Technical Debt",
            "Scope: the whole codebase",
        ),
        (
            "Ralph-Gold Codebase Fixes: Bugs, Bloat, and Technical Debt",
            "**Date:** 2026-01-19",
        ),
    ] {
        let run = review(title, stamp).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![t(
                "citation/stale",
                ".spec/CODEBASE_REVIEW_FIXES.md",
                7,
                15,
                "src/loop.py"
            )],
            "{title}\n{}",
            run.dump()
        );
    }
}
