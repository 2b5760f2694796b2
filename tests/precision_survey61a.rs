//! Survey 61a: documents where coding agents cite code by line (Codex-style
//! `【F:path†L10-L20】` citations in audits, roadmaps, requirements and
//! maps). False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

mod common;

use common::{Repo, lines, t};

// --- a record moved after the code it cites was cut (danielpmadden/
// ReconScript: `PROJECT_AUDIT_AND_ROADMAP.md`, a report citing
// `reconscript/cli.py†L232-L344` when the CLI had 358 lines, moved to
// `docs/ARCHIVE_PROJECT_AUDIT_AND_ROADMAP.md` three days later, after a
// rewrite cut the CLI to 136 lines: 5 findings judged false) ---

/// A document citing `src/cli.py` (40 lines when it is written, 20 since),
/// then moved from `old` to `new` by `git mv`.
fn moved_after_cut(old: &str, new: &str, text: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/cli.py", lines(40))
        .write(old, text)
        .commit_on("2025-10-15");
    repo.write("src/cli.py", lines(20)).commit_on("2025-10-16");
    if let Some(folder) = std::path::Path::new(new).parent() {
        repo.mkdir(&folder.to_string_lossy());
    }
    repo.git(&["mv", old, new]);
    repo.commit_on("2025-10-18");
    repo
}

const REPORT: &str =
    "# Project Audit Report\n\nThe CLI parses its flags in one function.【F:src/cli.py†L30-L40】\n";

#[test]
fn a_moved_report_keeps_the_ranges_of_its_day() {
    let run = moved_after_cut(
        "PROJECT_AUDIT_REPORT.md",
        "docs/ARCHIVE_PROJECT_AUDIT_REPORT.md",
        REPORT,
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/line-range"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a range that did not fit the file on the day the report was
/// written (L30-L50 of a 40-line file) was written wrong, moved or not.
#[test]
fn a_moved_report_citing_lines_that_never_existed_is_reported() {
    let text = REPORT.replace("L30-L40", "L30-L50");
    let run = moved_after_cut(
        "PROJECT_AUDIT_REPORT.md",
        "docs/ARCHIVE_PROJECT_AUDIT_REPORT.md",
        &text,
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/line-range"]),
        vec![t(
            "citation/line-range",
            "docs/ARCHIVE_PROJECT_AUDIT_REPORT.md",
            3,
            42,
            "src/cli.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a living guide (no record) moved the same way promises to be
/// current: its range past the end is reported.
#[test]
fn a_moved_guide_is_judged_on_todays_file() {
    let text = REPORT.replace("# Project Audit Report", "# CLI Guide");
    let run = moved_after_cut("CLI_GUIDE.md", "docs/CLI_GUIDE.md", &text).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/line-range"]),
        vec![t(
            "citation/line-range",
            "docs/CLI_GUIDE.md",
            3,
            42,
            "src/cli.py"
        )],
        "\n{}",
        run.dump()
    );
}
