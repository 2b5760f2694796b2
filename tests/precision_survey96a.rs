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
