//! Survey 53c: machine-learning and data projects' readiness documents
//! (model cards, evaluation reports, experiment trackers and data-pipeline
//! runbooks with metric tables, status columns and links to notebooks,
//! configs and result files). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- citation/shifted: a record stamp written as a heading of its own over
// the date alone (goagiq/reinforcement_learning's
// `COMPREHENSIVE_ANALYSIS_SUMMARY.md`, an agent's analysis of a trading
// model's code under `## Analysis Date` / `2024-12-28`: 2 shifted findings
// judged false) ---

fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("# added {i}\n")).collect();
    for i in 1..=10 {
        s.push_str(&format!("v{i} = {i}\n"));
    }
    s
}

/// An analysis whose third and fourth lines are `label` and `value`,
/// citing line 5 of `src/env.py`; three lines are inserted above it
/// afterwards.
fn analysis(label: &str, value: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("src/env.py", code(0))
        .write(
            "COMPREHENSIVE_ANALYSIS_SUMMARY.md",
            format!(
                "# Comprehensive Codebase Analysis - Summary\n\n{label}\n{value}\n\n\
                 ## Purpose\nThe reward code, read from a trader's view.\n\n\
                 **Location:** `src/env.py:5` - uses the close price directly\n"
            ),
        )
        .commit_all();
    repo.write("src/env.py", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

#[test]
fn an_analysis_dated_under_a_heading_of_its_stamp_keeps_its_line_numbers() {
    for (label, value) in [
        ("## Analysis Date", "2024-12-28"),
        ("### Date:", "**December 28, 2024**"),
    ] {
        let run = analysis(label, value);
        assert_eq!(run.findings(), vec![], "{label}\n{}", run.dump());
    }
}

/// Twin: the heading over a sentence, a heading that is no record stamp
/// (`## Target Date`, a day to come) and a stamp heading with more words
/// leave the analysis undated: the moved citation is reported.
#[test]
fn an_analysis_whose_heading_dates_nothing_is_judged() {
    for (label, value) in [
        (
            "## Analysis Date",
            "To be set when the review of 2024-12-28 ends. Soon.",
        ),
        ("## Target Date", "2024-12-28"),
        ("## Date of the next review", "2024-12-28"),
    ] {
        let run = analysis(label, value);
        assert_eq!(
            run.findings(),
            vec![t(
                "citation/shifted",
                "COMPREHENSIVE_ANALYSIS_SUMMARY.md",
                9,
                15,
                "src/env.py"
            )],
            "{label}\n{}",
            run.dump()
        );
    }
}
