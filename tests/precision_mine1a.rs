//! Mine 1a: a recurring false pattern of `citation/shifted` and
//! `citation/stale` found in the surveys' verdicts (issue 9): the location
//! of a review's or an analysis' finding whose own heading says it was
//! resolved (survey 60a, vinhnx/VTCode's `code-review-action-plan.md`,
//! `### [x] 3. …` over `**File:** …`; survey 68b, shintairiku/evaluation-system's
//! `n-plus-1-analysis.md`, `### 4. … (HIGH) ✅ FIXED` over `**Location:** …`).
//! Each beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// Twelve numbered lines of code, tagged.
fn code(tag: &str) -> String {
    (1..=12)
        .map(|i| format!("let setting{i} = \"{tag}{i}\";\n"))
        .collect()
}

// --- a code review's action plan whose items are headings with a box
// (VTCode: `### [x] 3. TOCTOU race in pipe session creation` over
// `**File:** `…/exec_session.rs:163``, and `**Files:**` over a list of
// locations): the fix moved or rewrote the lines each item names ---

/// A review plan with one item headed `### {boxed} 3. …`, its location on a
/// `**File:**` line, and one headed `### {boxed} 4. …` listing its
/// locations under `**Files:**`; then lines inserted at the top of
/// `src/exec.rs` (the first location only moved) and lines 9-11 of
/// `src/pool.rs` rewritten (the second one changed).
fn review_plan(boxed: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("src/exec.rs", code("a"))
        .write("src/pool.rs", code("p"))
        .write(
            "docs/code-review-action-plan.md",
            format!(
                "# Code Review Action Plan\n\n\
                 Status legend: [x] DONE, [ ] PENDING\n\n\
                 ## MEDIUM SEVERITY\n\n\
                 ### {boxed} 3. TOCTOU race in session creation\n\n\
                 **File:** `src/exec.rs:3-5`\n\
                 **Impact:** Two calls both pass the existence check.\n\
                 **Fix applied:** One write lock across check and insert.\n\n\
                 ### {boxed} 4. Unbounded global maps\n\n\
                 **Files:**\n\
                 - `src/pool.rs:9-11` (`POOL`)\n\n\
                 **Impact:** Long sessions leak entries.\n"
            ),
        )
        .commit_on("2026-06-27");
    let moved = format!("{}{}", "// header\n".repeat(5), code("a"));
    let rewritten: String = code("p")
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if (8..11).contains(&i) {
                format!("let bounded{i} = Lru::new({i});\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    repo.write("src/exec.rs", moved)
        .write("src/pool.rs", rewritten)
        .commit_on("2026-06-30");
    repo
}

#[test]
fn a_ticked_review_items_location_records_where_the_bug_was() {
    let run = review_plan("[x]").check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twin: an item still pending is work to come, and its locations are
/// judged.
#[test]
fn a_pending_review_items_location_is_still_judged() {
    let run = review_plan("[ ]").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![
            t(
                "citation/shifted",
                "docs/code-review-action-plan.md",
                9,
                11,
                "src/exec.rs"
            ),
            t(
                "citation/stale",
                "docs/code-review-action-plan.md",
                16,
                3,
                "src/pool.rs"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- an analysis whose issues are headed with their state (shintairiku/
// evaluation-system: `### 4. Stage Service - Stages with User Count (HIGH) ✅ FIXED`
// over `**Status:** ✅ **FIXED** in Issue #382`, a blank line, and
// `**Location:** `…/stage_service.py:131-143``): the fix rewrote the lines
// the location names ---

/// An N+1 analysis with one issue headed `### 4. Stage Service (HIGH){state}`
/// whose location, `src/stage.py:3-5`, was rewritten afterwards.
fn analysis(state: &str, status: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("src/stage.py", code("s"))
        .write(
            "docs/n-plus-1-analysis.md",
            format!(
                "# N+1 Query Problem Analysis\n\n\
                 ## Critical Issues Found\n\n\
                 ### 4. Stage Service - Stages with User Count (HIGH){state}\n\n\
                 **Status:** {status}\n\n\
                 **Location:** `src/stage.py:3-5`\n\n\
                 **Problem (BEFORE):** The method counted users stage by stage.\n"
            ),
        )
        .commit_on("2025-12-04");
    let fixed: String = code("s")
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if (2..5).contains(&i) {
                format!("counts{i} = batch_count(stages, {i})\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    repo.write("src/stage.py", fixed).commit_on("2025-12-08");
    repo
}

#[test]
fn a_fixed_issues_location_records_the_code_its_fix_rewrote() {
    let run = analysis(" ✅ FIXED", "✅ **FIXED** in Issue #382").check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twin: an issue whose heading does not say it was fixed is judged.
#[test]
fn a_pending_issues_location_is_still_stale() {
    let run = analysis("", "⏳ PENDING").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/stale",
            "docs/n-plus-1-analysis.md",
            9,
            15,
            "src/stage.py"
        )],
        "\n{}",
        run.dump()
    );
}
