//! Patterns of survey 34a (readiness and launch documents of application
//! repositories: pcraw4d/business-verification, ollieb89/mcp_hub,
//! hannanpicho-lgtm/clone-platform, bipindeshpande/idea,
//! fletcherusa30-jpg/Vets_Ready): an agent-written implementation review
//! whose status says `✅ All Phases Complete` (P1). The false pattern beside
//! its true twin, exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// business-verification's `docs/implementation-review-enhanced-logging.md`
/// (`**Status:** ✅ All Phases Complete`, every box ticked) cites the
/// handler it reviewed (`classification.go:110-133`); the code grew since,
/// and the review records the code it checked (4 shifted and 5 stale
/// findings judged false). Twins: a review whose status says `✅ All Tests
/// Passing` names no part of the work, and one that says `All Phases In
/// Progress` is under way: both are judged, their shifted citations
/// reported.
#[test]
fn a_review_whose_status_says_all_phases_complete_records_its_day() {
    let code: String = (1..=10).map(|i| format!("func f{i}() {{}}\n")).collect();
    let review = |status: &str| {
        format!(
            "# Implementation Review - Enhanced Logging\n\n**Review Type:** Plan vs Implementation\n\
             **Status:** {status}\n\n---\n\n## Phase 1\n\n- [x] Logging added\n\n\
             - Type definitions: `handlers/classification.go:5-6`\n"
        )
    };
    let repo = Repo::new();
    repo.write("handlers/classification.go", &code).commit_all();
    repo.write("docs/review-done.md", review("✅ All Phases Complete"))
        .write("docs/review-tests.md", review("✅ All Tests Passing"))
        .write("docs/review-open.md", review("All Phases In Progress"))
        .commit_all();
    repo.write(
        "handlers/classification.go",
        format!("package handlers\n\n{code}"),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "docs/review-open.md",
                12,
                21,
                "handlers/classification.go"
            ),
            t(
                "citation/shifted",
                "docs/review-tests.md",
                12,
                21,
                "handlers/classification.go"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
