//! Patterns read by hand in survey 38a (helper s38a): launch and go-live
//! readiness trackers of application repositories. Exact findings, the real
//! binary in a real git repository.

mod common;
use common::{Repo, t};

/// WorkPro3's launch readiness tracker: a done row whose `Due Date` is still
/// `TBD`. A deadline is moot once the work is done, and nobody fills it in
/// afterwards: silent. Its twin beside it, a done row of a `Date` column (a
/// date the work records), is still an error; the owners, `TBD` in every row,
/// are still the column's one finding.
#[test]
fn a_done_rows_deadline_to_be_decided_is_moot() {
    let repo = Repo::new();
    repo.write("docs/evidence/LR-001.log", "ok\n")
        .write("docs/evidence/LR-002.log", "ok\n")
        .write(
            "docs/STATUS.md",
            "# Launch Readiness Status\n\n\
             | Task ID | Owner | Due Date | Status | Evidence |\n\
             | --- | --- | --- | --- | --- |\n\
             | LR-001 | TBD | TBD | done | [log](evidence/LR-001.log) |\n\
             | LR-002 | TBD | TBD | not-started | |\n\n\
             ## Sign-off\n\n\
             | Task ID | Owner | Date | Status | Evidence |\n\
             | --- | --- | --- | --- | --- |\n\
             | SO-001 | @ann | TBD | done | [log](evidence/LR-002.log) |\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "table/placeholder"]);
    assert_eq!(
        run.findings(),
        vec![
            t("table/placeholder", "docs/STATUS.md", 5, 12, ""),
            t("table/placeholder", "docs/STATUS.md", 12, 19, ""),
        ],
        "\n{}",
        run.dump()
    );
    let messages: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["message"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        messages[1].contains("date cell is `TBD` on a row marked done"),
        "{messages:?}"
    );
}

/// The other deadline headers (`Target Date`, `ETA`, `Deadline`) read the
/// same when configured as date columns; a `Completed` column beside them is
/// still required on a done row.
#[test]
fn configured_deadline_columns_are_moot_on_done_rows_and_completion_dates_are_not() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[columns]\ndate = [\"target date\", \"eta\", \"deadline\", \"completed\"]\n",
    )
    .write(
        "LAUNCH_CHECKLIST.md",
        "# Launch Checklist\n\n\
         | Item | Owner | Target Date | ETA | Deadline | Completed | Status |\n\
         | --- | --- | --- | --- | --- | --- | --- |\n\
         | DNS cutover | @ops | TBD | ? | | 2026-01-10 | Done |\n\
         | TLS certificates | @ops | TBD | TBD | TBD | TBD | Done |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "table/placeholder"]);
    assert_eq!(
        run.findings(),
        vec![t("table/placeholder", "LAUNCH_CHECKLIST.md", 6, 47, "")],
        "\n{}",
        run.dump()
    );
}
