//! Patterns of survey 31c (SpearIT-LLC/project-framework at dcf63bf9,
//! voxelrevolution/DocExtractor at 97a43cb2, Extrepa/all-components at
//! 66202581, Duds/capopt_platform at 63126b3e, MrLesk/Backlog.md at
//! 6286bf97): a finished work item whose header carries its completion date
//! (`**Completed:** 2026-06-30`) is a record of the code it was done against
//! (P4). Each false pattern beside its true twin, exact findings, the real
//! binary in real git repositories.

mod common;

use common::{Repo, t};

/// A work item citing `a.py` L10-L20 under `head`, committed; then the
/// cited lines change in a later commit.
fn stale_after_change(docs: &[(&str, &str)]) -> common::Run {
    let repo = Repo::new();
    repo.write("a.py", common::lines(50));
    for (path, head) in docs {
        repo.write(
            path,
            format!(
                "{head}\n\n---\n\n## Problem Statement\n\nThe loader retries three times.【F:a.py†L10-L20】\n"
            ),
        );
    }
    repo.commit_all();
    let changed: String = (1..=50)
        .map(|i| {
            if (10..=20).contains(&i) {
                format!("changed {i}\n")
            } else {
                format!("line {i}\n")
            }
        })
        .collect();
    repo.write("a.py", changed).commit_all();
    repo.check(&["--select", "citation/stale"])
}

/// project-framework's work items carry `**Created:**` and `**Completed:**`
/// in their header; its `/fw-move` command stamps the completion date when
/// an item moves to `done/`, and released items are filed under
/// `project-hub/history/releases/`. A finished item's problem statement
/// cites the code as it was before the fix (`tools/Build-FrameworkArchive.ps1:77`
/// "checks for unreleased items at … which no longer exists"): nobody
/// renumbers it once the work is released (`citation/stale` and
/// `citation/shifted`, both judged false). A completion date in another
/// written form counts too (`Completed on: 30 June 2026`, `Completion date:`).
/// The twins are reported: an item whose `Completed:` field is still the
/// empty template field, one whose value is a tracker's progress rather
/// than a date (`3/10 tasks (2026-01-02)`), one whose status says the work
/// is under way despite the date, and an item with only its creation date.
#[test]
fn a_work_item_stamped_with_its_completion_date_is_a_record() {
    let item = |id: &str, fields: &str| {
        format!("# Tech Debt: {id}\n\n**ID:** {id}\n**Created:** 2026-06-25\n{fields}")
    };
    let run = stale_after_change(&[
        (
            "work/done/TECH-156.md",
            &item("TECH-156", "**Completed:** 2026-06-30"),
        ),
        (
            "work/done/TECH-157.md",
            &item("TECH-157", "Completed on: 30 June 2026"),
        ),
        (
            "work/done/TECH-158.md",
            &item("TECH-158", "**Completion date**: 2026-06-30"),
        ),
        (
            "work/doing/TECH-160.md",
            &item(
                "TECH-160",
                "**Completed:** <!-- Set automatically by /fw-move on → done/. -->",
            ),
        ),
        (
            "work/doing/TECH-161.md",
            &item("TECH-161", "**Completed:** 3/10 tasks (2026-01-02)"),
        ),
        (
            "work/doing/TECH-162.md",
            &item(
                "TECH-162",
                "**Status:** In Progress\n**Completed:** 2026-06-30",
            ),
        ),
        (
            "work/todo/TECH-163.md",
            &item("TECH-163", "**Priority:** High"),
        ),
    ]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "work/doing/TECH-160.md", 11, 32, "a.py"),
            t("citation/stale", "work/doing/TECH-161.md", 11, 32, "a.py"),
            t("citation/stale", "work/doing/TECH-162.md", 12, 32, "a.py"),
            t("citation/stale", "work/todo/TECH-163.md", 11, 32, "a.py"),
        ],
        "\n{}",
        run.dump()
    );
}

/// The same finished item's citation of lines that only moved
/// (`citation/shifted` on TECH-156's `tools/Build-FrameworkArchive.ps1:48`,
/// judged false): a record, silent. Its twin, an open item with only its
/// creation date, is reported.
#[test]
fn a_completed_work_items_moved_citation_is_history() {
    let repo = Repo::new();
    let body: String = (1..=30)
        .map(|i| format!("step {i} of the build\n"))
        .collect();
    repo.write("build.ps1", &body);
    let item = |id: &str, fields: &str| {
        format!(
            "# Tech Debt: {id}\n\n**ID:** {id}\n**Created:** 2026-06-25\n{fields}\n\n---\n\n\
             ## Problem Statement\n\nThe build sources its commands here.【F:build.ps1†L10-L12】\n"
        )
    };
    repo.write(
        "history/releases/v5.5.0/TECH-156.md",
        item("TECH-156", "**Completed:** 2026-06-30"),
    )
    .write(
        "work/todo/TECH-163.md",
        item("TECH-163", "**Priority:** High"),
    )
    .commit_all();
    let moved: String = (1..=8).map(|i| format!("param {i}\n")).collect::<String>() + &body;
    repo.write("build.ps1", moved).commit_all();
    let run = repo.check(&["--select", "citation/shifted"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "work/todo/TECH-163.md",
            11,
            37,
            "build.ps1"
        )],
        "\n{}",
        run.dump()
    );
}
