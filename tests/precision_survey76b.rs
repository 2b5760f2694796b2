//! Survey 76b: repositories whose documents cite code by line
//! (`file.py:120`, `【F:path†L1-L9】`) and that went on for many commits
//! after the documents were written (esper-lite, ha-pp-reader, Nucleus,
//! agent_ecology2). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::Repo;

/// The source file the plans cite: line 3 is `def emit():`.
const APP: &str = "import os\n\ndef emit():\n    return 1\n";

/// A plan lifecycle of folders (esper-lite's `docs/plans/`: `planning/`,
/// `ready/`, `completed/`), with a finished plan in `completed/` citing
/// `src/app.py:3` and naming `src/old.py:1` (undated names: a dated
/// document is a record of its day for other reasons); `open` is the folder of open
/// work beside it. Then two lines are inserted above the cited one and
/// `src/old.py` is moved.
fn lifecycle(open: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Esper\n")
        .write("src/app.py", APP)
        .write("src/old.py", "x = 1\n")
        .write(
            "docs/plans/completed/wave.md",
            "# Wave 2\n\nThe hub emits here (`src/app.py:3`).\n\n\
             - Modify: `src/old.py:1` (drop the shim)\n",
        )
        .write(
            &format!("docs/plans/{open}/sprint.md"),
            "# Sprint\n\nNext.\n",
        )
        .commit_on("2026-01-02");
    repo.write("src/app.py", format!("# header\n# more\n{APP}"));
    repo.git(&["mv", "src/old.py", "src/new_place.py"]);
    repo.commit_on("2026-02-10");
    repo
}

/// A finished plan in `completed/` beside `ready/` or `planning/` is the
/// record of executed work: its line numbers and paths are the tree of its
/// day.
#[test]
fn a_completed_plan_beside_ready_or_planning_plans_is_a_record() {
    for open in ["ready", "planning"] {
        let run = lifecycle(open).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "path/renamed"]),
            vec![],
            "{open}\n{}",
            run.dump()
        );
    }
}

/// Twin: beside a folder that holds no open work (`assets/`), `completed/`
/// is no tracker's board: the plan is judged, and both findings stay.
#[test]
fn a_completed_folder_beside_no_open_work_is_judged() {
    let run = lifecycle("assets").check(&[]);
    let found: Vec<(String, String, u64)> = run
        .findings_of(&["citation/shifted", "path/renamed"])
        .into_iter()
        .map(|f| (f.0, f.1, f.2))
        .collect();
    let doc = "docs/plans/completed/wave.md".to_string();
    assert_eq!(
        found,
        vec![
            ("citation/shifted".to_string(), doc.clone(), 3),
            ("path/renamed".to_string(), doc, 5),
        ],
        "\n{}",
        run.dump()
    );
}
