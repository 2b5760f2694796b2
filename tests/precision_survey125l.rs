//! Survey s125l: documents written on Windows or by Windows tools (backslash
//! links, `%20` names, drive letters), in a .NET library's development plans
//! and a Chinese PLM's gate checklists. False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- citation/stale and citation/shifted: a section headed as the code's
// state before the work (bazer/DataLinq's mutation-lifecycle matrix, whose
// `## W1 Before-State Evidence Index` "is intentionally a static W1
// before-state snapshot": 15 findings judged false) ---

const DOC: &str = "docs/matrix.md";

/// A matrix citing `src/a.cs:3-4` under `heading`; then two lines are
/// inserted above the block and its lines are edited.
fn matrix(heading: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "src/a.cs",
        "class A {\n  int x;\n  void Save() {}\n  void Reset() {}\n}\n",
    )
    .write(
        DOC,
        format!(
            "# Mutation Matrix\n\n## {heading}\n\n| E1 | `src/a.cs:3-4` | Save resets the row. |\n"
        ),
    )
    .commit_all();
    repo.write(
        "src/a.cs",
        "// a\n// b\nclass A {\n  int x;\n  void Save(Tx t) {}\n  void Reset(Tx t) {}\n}\n",
    )
    .commit_all();
    repo
}

#[test]
fn a_before_state_section_is_a_snapshot() {
    for heading in ["W1 Before-State Evidence Index", "Before State"] {
        let run = matrix(heading).check(&["--select", "citation/stale,citation/shifted"]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![],
            "{heading}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same row under another heading is judged.
#[test]
fn an_evidence_section_of_other_words_is_judged() {
    for heading in ["W1 Evidence Index", "After State"] {
        let run = matrix(heading).check(&["--select", "citation/stale,citation/shifted"]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![t("citation/stale", DOC, 5, 8, "src/a.cs")],
            "{heading}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: a review whose own status is `Historical`, linking
// files deleted since (bazer/DataLinq's `LINQ Parser Architecture Review.md`:
// 3 findings judged false) ---

const REVIEW: &str = "docs/review.md";

/// A review with `**Status:** {status}` linking `src/Plan.cs`, deleted in a
/// later commit.
fn review(status: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/Plan.cs", "class Plan {}\n")
        .write(
            REVIEW,
            format!(
                "# Parser Review\n\n**Status:** {status}\n\n**Created:** 2026-06-29.\n\n| Part | File |\n| --- | --- |\n| Plan root | [`Plan.cs`](../src/Plan.cs) |\n"
            ),
        )
        .commit_all();
    repo.git(&["rm", "-q", "src/Plan.cs"]);
    repo.commit_all();
    repo
}

#[test]
fn a_historical_review_links_the_tree_it_read() {
    let run = review("Historical.").check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "{}",
        run.dump()
    );
}

/// Twin: the same link from a review still under way is reported.
#[test]
fn a_current_review_link_to_a_deleted_file_is_reported() {
    let run = review("Active.").check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t("link/missing-path", REVIEW, 9, 15, "src/Plan.cs")],
        "{}",
        run.dump()
    );
}
