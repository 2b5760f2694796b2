//! Mine 1c: the survey guard's findings of `citation/line-range` judged
//! false that the binary still reported, mined for a recurring shape:
//! ericfitz/tmi's dated superpowers plans (survey 88c), whose own work,
//! carried out on the plan's day, cut the files their `Modify:` maps cite.
//! Each pattern beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, lines, t};

// --- a dated plan written the morning of its day, whose own work cut the
// file it cites that afternoon (tmi's
// `docs/superpowers/plans/2026-03-30-remove-tmi-tf-wh-from-terraform.md`:
// `- Modify: terraform/environments/oci-public/main.tf:408-412`, 416 lines
// the day before, 392 once the removal landed on 2026-03-30; the plans
// were committed together weeks later) ---

/// `main.tf` of `before` lines on 2026-03-29, cut to `after` on the
/// afternoon of 2026-03-30, then the superpowers plan `plan` (its path)
/// citing `cite` committed on 2026-04-28.
fn plan_of_its_own_work(plan: &str, before: usize, after: usize, cite: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# TMI\n")
        .write("infra/main.tf", lines(before))
        .commit_at("2026-03-29T15:00:00Z");
    repo.write("infra/main.tf", lines(after))
        .commit_at("2026-03-30T21:19:07Z");
    repo.write(
        plan,
        format!(
            "# Remove the Webhook Analyzer Implementation Plan\n\n\
             > **For agentic workers:** Use superpowers:subagent-driven-development \
             to implement this plan task-by-task.\n\n\
             - [ ] Modify: `{cite}` (IAM policy)\n"
        ),
    )
    .commit_at("2026-04-29T02:59:28Z");
    repo
}

const PLAN: &str = "docs/superpowers/plans/2026-03-30-remove-analyzer.md";

/// Asserts that the plan at `plan` citing `cite` (`main.tf` of `before`
/// lines, then `after`) is silent, or reported on its line 5.
fn assert_plan(plan: &str, before: usize, after: usize, cite: &str, reported: bool) {
    let run =
        plan_of_its_own_work(plan, before, after, cite).check(&["--select", "citation/line-range"]);
    let expected = if reported {
        vec![t("citation/line-range", plan, 5, 15, "infra/main.tf")]
    } else {
        vec![]
    };
    assert_eq!(run.findings(), expected, "\n{}", run.dump());
}

#[test]
fn a_dated_plan_whose_range_fitted_the_morning_of_its_day_is_silent() {
    assert_plan(PLAN, 416, 392, "infra/main.tf:408-412", false);
}

/// Twin: a range past the end that morning too never existed: written
/// wrong, and reported.
#[test]
fn a_dated_plan_whose_range_never_fitted_its_day_is_reported() {
    assert_plan(PLAN, 416, 392, "infra/main.tf:420-424", true);
}

/// Twin: a plan with no date in its name is no record of a day: judged
/// on the file as it stands.
#[test]
fn an_undated_plan_of_its_own_work_is_reported() {
    let plan = "docs/superpowers/plans/remove-analyzer.md";
    assert_plan(plan, 416, 392, "infra/main.tf:408-412", true);
}

// --- a dated plan's range that starts inside its file of that day and
// ends past it (tmi's `2026-05-16-extractor-chunkembed-workers.md`:
// `api/timmy_content_provider_http.go:78-104`, a 100-line file that day,
// 76 lines now): every cited line that existed is held ---

#[test]
fn a_dated_plans_range_starting_inside_its_days_file_is_silent() {
    assert_plan(PLAN, 100, 76, "infra/main.tf:78-104", false);
}

/// Twin: a range that starts past the end of the day's file cites no
/// line that existed: reported.
#[test]
fn a_dated_plans_range_starting_past_its_days_file_is_reported() {
    assert_plan(PLAN, 100, 76, "infra/main.tf:101-104", true);
}
