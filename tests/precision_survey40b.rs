//! Patterns read by hand in survey 40b (helper s40b): Markdown written by
//! coding agents (Claude Code's session reports and archived `CLAUDE.md`,
//! Codex's README copies, evidence indexes). Each false pattern beside its
//! true twin, exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// jtraveler/project-4 split its `CLAUDE.md` in three and kept the old half
/// as `docs/CLAUDE-ARCHIVE.md` ("Leave as-is (already archived)", says its
/// refactoring audit): its table of contents, written for headings that
/// open with an emoji, matches none of them, and nobody maintains it
/// (survey 40b: 15 findings judged false). Twins: the same table of contents
/// in a document not named an archive, a site's `archive.md` page, and the
/// archive's link into another document, which is navigation.
#[test]
fn an_archive_named_documents_own_table_of_contents_is_frozen() {
    let doc = "# CLAUDE.md - Project Documentation\n\n\
               ## Table of Contents\n\n\
               1. [Project Overview](#project-overview)\n\n\
               See [the setup](GUIDE.md#missing-step).\n\n\
               ## 🎯 Project Overview\n\nText.\n";
    let repo = Repo::new();
    repo.write("docs/CLAUDE-ARCHIVE.md", doc)
        .write("docs/CLAUDE-CURRENT.md", doc)
        .write("site/archive.md", doc)
        .write("docs/GUIDE.md", "# Guide\n\n## Setup\n")
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/CLAUDE-ARCHIVE.md",
                7,
                5,
                "docs/GUIDE.md#missing-step"
            ),
            t(
                "link/missing-anchor",
                "docs/CLAUDE-CURRENT.md",
                5,
                4,
                "docs/CLAUDE-CURRENT.md#project-overview"
            ),
            t(
                "link/missing-anchor",
                "docs/CLAUDE-CURRENT.md",
                7,
                5,
                "docs/GUIDE.md#missing-step"
            ),
            t(
                "link/missing-anchor",
                "site/archive.md",
                5,
                4,
                "site/archive.md#project-overview"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// project-4's ~300 session reports (`docs/REPORT_161_B.md`) each record
/// the fix they shipped under `## Section 4 — Issues Encountered and
/// Resolved`, with the lines the fix commit touched (`**File:**
/// `static/js/bulk-generator.js:602-606``): the lines of that commit, which
/// nobody renumbers as the code moves on (survey 40b: 4 shifted findings
/// judged false). Twins: the same citation under `## Issues to Be Resolved`
/// (work to come), and under the resolved heading in a report that still
/// holds an open task item.
#[test]
fn a_reports_issues_encountered_and_resolved_records_its_commit() {
    let code: String = (1..=10)
        .map(|i| format!("function f{i}() {{}}\n"))
        .collect();
    let report = |heading: &str, extra: &str| {
        format!(
            "# Session 161 Spec B\n\n**Status:** Implementation complete\n\n\
             ## Section 4 — {heading}\n\n\
             **File:** `static/app.js:5-6`\n{extra}"
        )
    };
    let repo = Repo::new();
    repo.write("static/app.js", &code).commit_all();
    repo.write(
        "docs/REPORT_161_B.md",
        report("Issues Encountered and Resolved", ""),
    )
    .write("docs/REPORT_161_C.md", report("Issues to Be Resolved", ""))
    .write(
        "docs/REPORT_161_D.md",
        report(
            "Issues Encountered and Resolved",
            "\n## Section 5\n\n- [ ] Rerun the suite\n",
        ),
    )
    .commit_all();
    repo.write("static/app.js", format!("// header\n\n{code}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "docs/REPORT_161_C.md",
                7,
                11,
                "static/app.js"
            ),
            t(
                "citation/shifted",
                "docs/REPORT_161_D.md",
                7,
                11,
                "static/app.js"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
