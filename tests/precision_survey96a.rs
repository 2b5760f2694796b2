//! Survey 96a: security and code-audit remediation trackers written by
//! coding agents (tkersh/echobase's audit-fix plans, opd-ai/go-stats-generator's
//! audit prompts and report templates). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a Go text/template written as Markdown (go-stats-generator's
// `internal/reporter/templates/markdown/report.md`): `{{range …}}` before a
// row's first pipe is gone once the template runs ---

/// A report template whose rows open with `{{range .Functions}}`, and
/// `extra`, a cell of its own past the header's count in the row.
fn report_template(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Stats\n").write(
        "templates/markdown/report.md",
        format!(
            "# Report\n\n\
             | Function | File | Lines |\n\
             |----------|------|-------|\n\
             {{{{range .Functions}}}}| {{{{.Name}}}} | {{{{.File}}}} | {{{{.Lines}}}} |{extra}\n\
             {{{{end}}}}\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_template_action_before_a_rows_first_pipe_is_no_cell() {
    let run = report_template("").check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a real cell past the header's count after the template's action
/// is still text GitHub drops.
#[test]
fn a_real_extra_cell_after_a_template_action_is_still_reported() {
    let run = report_template(" {{.Complexity}} |").check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![t(
            "table/column-count",
            "templates/markdown/report.md",
            5,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: plain text before a row's first pipe is a cell GitHub drops.
#[test]
fn plain_text_before_a_rows_first_pipe_is_still_a_cell() {
    let repo = Repo::new();
    repo.write("README.md", "# Stats\n").write(
        "docs/report.md",
        "# Report\n\n| Function | File | Lines |\n|----------|------|-------|\nrange | a | b | c |\n",
    );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![t("table/column-count", "docs/report.md", 5, 1, "")],
        "\n{}",
        run.dump()
    );
}

// --- an audit-fix plan whose findings each carry a location and a status
// (tkersh/echobase's `docs/project_notes/audit-fix-plan-2026-0207.md`): a
// RESOLVED finding's location names the lines its own fix rewrote ---

/// The code the plan cites: twelve numbered lines.
fn code(tag: &str) -> String {
    (1..=12)
        .map(|i| format!("const setting{i} = \"{tag}{i}\";\n"))
        .collect()
}

/// An audit-fix plan with one finding of `status`, citing `src/app.js:3-5`
/// (lines rewritten after the plan was written), and an open task of the
/// plan's own, so that the document is a worked one.
fn audit_plan(status: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("src/app.js", code("a"))
        .write(
            "docs/audit-fix-plan.md",
            format!(
                "# Audit & Fix Plan: App\n\n\
                 ## Security Findings\n\n\
                 - **Issue:** Settings are read unvalidated.\n\
                 - **Location:** `src/app.js:3-5`\n\
                 - **Status:** {status}\n\n\
                 ---\n\n\
                 - [ ] Move the settings to the environment\n"
            ),
        )
        .commit_on("2026-02-07");
    let fixed: String = code("a")
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if (2..5).contains(&i) {
                format!("const validated{i} = check(\"b{i}\");\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    repo.write("src/app.js", fixed).commit_on("2026-02-13");
    repo
}

#[test]
fn a_resolved_findings_location_records_the_code_its_fix_rewrote() {
    let run = audit_plan("RESOLVED").check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twin: a finding still deferred is work to come, and its location is
/// judged.
#[test]
fn a_deferred_findings_location_is_still_stale() {
    let run = audit_plan("DEFERRED — needs a dedicated branch.").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/stale",
            "docs/audit-fix-plan.md",
            6,
            17,
            "src/app.js"
        )],
        "\n{}",
        run.dump()
    );
}
