//! Survey 92b: Go and Rust projects whose design docs, plans and notes
//! cite code by line (`pkg/x/y.go:120-140`, `src/lib.rs:42`):
//! joeycumines/go-utilpkg, gaborage/go-bricks, sjunepark/opentree. False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, lines, t};

// --- a dated plan squash-merged after another change cut the file it
// cites (go-bricks' `docs/superpowers/plans/2026-08-16-streams-environment-port.md`
// citing `app/lifecycle.go:583`: 677 lines on the plan's day, 532 when
// the plan's pull request landed two minutes after a refactor) ---

/// A superpowers plan (agents carry out its steps, nobody ticks them)
/// and `app/lifecycle.go` of 677 lines on 2026-08-16, cut to 532 on
/// 2026-08-18, then the plan `plan` (its path) citing `cite` merged.
fn squash_merged_plan(plan: &str, cite: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Bricks\n")
        .write("app/lifecycle.go", lines(677))
        .commit_on("2026-08-16");
    repo.write("app/lifecycle.go", lines(532))
        .commit_at("2026-08-18T12:39:58Z");
    repo.write(
        plan,
        format!(
            "# Streams Environment Port Implementation Plan\n\n\
             > **For agentic workers:** Use superpowers:executing-plans to \
             implement this plan task-by-task.\n\n\
             - [ ] Wire the port where the app starts the manager (`{cite}`).\n"
        ),
    )
    .commit_at("2026-08-18T12:41:30Z");
    repo
}

#[test]
fn a_dated_plan_whose_range_fitted_on_its_day_is_silent() {
    let plan = "docs/plans/2026-08-16-streams-port.md";
    let run = squash_merged_plan(plan, "app/lifecycle.go:583")
        .check(&["--select", "citation/line-range"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Asserts that the plan at `plan` citing `cite` is reported, on its
/// line 5.
fn assert_reported(plan: &str, cite: &str) {
    let run = squash_merged_plan(plan, cite).check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![t("citation/line-range", plan, 5, 55, "app/lifecycle.go")],
        "\n{}",
        run.dump()
    );
}

/// Twin: a line past the end on the plan's day too never existed: it was
/// written wrong, and is reported.
#[test]
fn a_dated_plan_whose_range_never_fitted_is_reported() {
    assert_reported(
        "docs/plans/2026-08-16-streams-port.md",
        "app/lifecycle.go:700",
    );
}

/// Twin: a plan with no date in its name is no record of a day: judged on
/// the file as it stands.
#[test]
fn an_undated_plan_past_the_end_is_reported() {
    assert_reported("docs/plans/streams-port.md", "app/lifecycle.go:583");
}
