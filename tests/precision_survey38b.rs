//! Patterns read by hand in survey 38b (helper s38b): agent-written audit
//! reports, fix summaries and task plans citing code as `path:line` in
//! application repositories. Each false pattern beside its true twin, exact
//! findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// imagineer's `WEB_SCRAPING_FIX_SUMMARY.md` lists the lines its fix touched
/// under `### What Changed` / `**Files Modified:**` (`- `server/api.py:3` -
/// Changed to import …`): they are the lines of that commit, and nobody
/// renumbers a fix summary as the code moves on (survey 38b: shifted, stale
/// and line-range findings judged false). Twins: the same list in a plan of
/// changes to come (`**Files to Modify:**`) is judged, and so is a summary
/// that still holds an open task item.
#[test]
fn a_fix_summarys_files_modified_list_records_its_commit() {
    let code: String = (1..=10).map(|i| format!("def f{i}(): pass\n")).collect();
    let summary = |label: &str, extra: &str| {
        format!(
            "# Web Scraping Fix - Summary\n\n## Solution\n\n### {label}\n\n\
             - `server/api.py:5` - Changed to import `scraping_simple`\n{extra}"
        )
    };
    let repo = Repo::new();
    repo.write("server/api.py", &code).commit_all();
    repo.write("FIX_SUMMARY.md", summary("What Changed", ""))
        .write("FIX_PLAN.md", summary("Files to Modify", ""))
        .write(
            "FIX_OPEN.md",
            summary("What Changed", "\n## Follow-up\n\n- [ ] Deploy it\n"),
        )
        .commit_all();
    repo.write("server/api.py", format!("import os\n\n{code}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/shifted", "FIX_OPEN.md", 7, 3, "server/api.py"),
            t("citation/shifted", "FIX_PLAN.md", 7, 3, "server/api.py"),
        ],
        "\n{}",
        run.dump()
    );
}

/// The label may lead the list instead of a heading: `**Files Modified:**`
/// on the line above it, under a section that names the fix (imagineer's
/// summary, survey 38b). A range past the end of the file, which fitted when
/// the summary was written, is silent too; the same list led by `**Files:**`
/// in a document that is no record (an open task's file list) is judged.
#[test]
fn a_files_modified_label_leads_a_record_of_the_change() {
    let code: String = (1..=12).map(|i| format!("x{i} = {i}\n")).collect();
    let doc = |label: &str| {
        format!(
            "# Web Scraping\n\n## Solution\n\n**{label}:**\n\
             - `server/tasks.py:9-12` - Updated output parsing\n"
        )
    };
    let repo = Repo::new();
    repo.write("server/tasks.py", &code).commit_all();
    repo.write("docs/summary.md", doc("Files Modified"))
        .write("docs/task.md", doc("Files"))
        .commit_all();
    let short: String = (1..=6).map(|i| format!("x{i} = {i}\n")).collect();
    repo.write("server/tasks.py", short).commit_all();
    let run = repo.check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/line-range",
            "docs/task.md",
            6,
            3,
            "server/tasks.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// `## What Was Fixed` over a numbered fix's `**File:** `web/vite.config.js:3``
/// (imagineer's `DEPLOYMENT_READY.md`, survey 38b): the record of a fix,
/// however deep the heading under it. Twin: a `## What Needs Fixing` section
/// is work to come, and its moved citation is reported.
#[test]
fn a_what_was_fixed_section_records_its_fixes() {
    let code: String = (1..=8).map(|i| format!("const a{i} = {i};\n")).collect();
    let doc = |heading: &str| {
        format!(
            "# Production Deployment\n\n## {heading}\n\n### 1. React Bundling Error\n\n\
             **File:** `web/vite.config.js:3`\n"
        )
    };
    let repo = Repo::new();
    repo.write("web/vite.config.js", &code).commit_all();
    repo.write("DEPLOYMENT_READY.md", doc("What Was Fixed"))
        .write("DEPLOYMENT_TODO.md", doc("What Needs Fixing"))
        .commit_all();
    repo.write("web/vite.config.js", format!("// config\n\n{code}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "DEPLOYMENT_TODO.md",
            7,
            11,
            "web/vite.config.js"
        )],
        "\n{}",
        run.dump()
    );
}
