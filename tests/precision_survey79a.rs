//! Survey 79a: spec-driven development artifacts (GitHub Spec Kit's
//! `specs/NNN-*/tasks.md`, BMAD-METHOD's `docs/stories/`, `docs/prd/`,
//! `docs/qa/`). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- table/duplicate-key: a BMAD QA report's coverage table groups its
// rows by story, one row per component tested (`US6.1` over
// `ProgressContext` and `ModuleCompletion`; jeffrizkallah/ToolKit-FifityFifty:
// 2 findings judged false) ---

/// Checks a QA report whose coverage table has `rows`, and asserts the
/// `table/duplicate-key` findings are on `lines`, exactly.
fn assert_duplicates(rows: &str, lines: &[u64]) {
    let repo = Repo::new();
    let file = "docs/qa/CRITICAL_FIXES.md";
    repo.write(
        file,
        format!(
            "# Critical Fixes\n\n- [x] Fix progress tracking\n- [ ] Re-run QA gate\n\n\
             | Story | Component | Coverage | Status |\n|-------|-----------|----------|--------|\n{rows}"
        ),
    )
    .commit_all();
    let run = repo.check(&[]);
    let expected: Vec<_> = lines
        .iter()
        .map(|&l| t("table/duplicate-key", file, l, 1, ""))
        .collect();
    assert_eq!(
        run.findings_of(&["table/duplicate-key"]),
        expected,
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_story_column_of_runs_groups_its_components() {
    assert_duplicates(
        "| US6.1 | ProgressContext | 100% critical paths | ✅ Complete |\n\
         | US6.1 | ModuleCompletion | 100% variants | ✅ Complete |\n\
         | US6.3 | useSearch | 90%+ logic | ✅ Complete |\n\
         | US6.3 | Security (XSS) | 100% attack vectors | ✅ Complete |\n",
        &[],
    );
}

/// Twin: a story repeated apart from its run is a second row for one item.
#[test]
fn a_story_repeated_apart_from_its_run_is_a_duplicate() {
    assert_duplicates(
        "| US6.1 | ProgressContext | 100% critical paths | ✅ Complete |\n\
         | US6.3 | useSearch | 90%+ logic | ✅ Complete |\n\
         | US6.1 | ModuleCompletion | 100% variants | ✅ Complete |\n\
         | US6.4 | Security (XSS) | 100% attack vectors | ✅ Complete |\n",
        &[10],
    );
}

/// Twin: runs whose rows repeat their second cell are rows written twice.
#[test]
fn runs_of_rows_written_twice_are_duplicates() {
    assert_duplicates(
        "| US6.1 | ProgressContext | 100% critical paths | ✅ Complete |\n\
         | US6.1 | ProgressContext | 90% | 🔄 In progress |\n\
         | US6.3 | useSearch | 90%+ logic | ✅ Complete |\n\
         | US6.3 | useSearch | 80% | 🔄 In progress |\n",
        &[9, 11],
    );
}
