//! Patterns of survey 32d (read by hand during stop 28): one problem, one
//! finding for `task/checked-parent-open-child` (open-telemetry/community
//! `projects/completed-projects/ci-cd.md`, survey 30b, reported an open item
//! at its ticked parent and again at its ticked grandparent). Exact
//! findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// An open item under two ticked items is one finding, on the nearest; a
/// ticked grandparent with an open child of its own is its own finding.
#[test]
fn an_open_item_is_reported_at_its_nearest_checked_item_only() {
    let repo = Repo::new();
    repo.write(
        "docs/rollout.md",
        "# Rollout checklist\n\n\
         - [x] Rollout\n\
         \x20 - [x] Staging\n\
         \x20   - [ ] Smoke test\n\
         \x20 - [x] Canary\n\
         - [x] Launch\n\
         \x20 - [x] Announce\n\
         \x20   - [ ] Blog post\n\
         \x20 - [ ] Status page\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "task/"]);
    assert_eq!(
        run.findings(),
        vec![
            // `Staging`'s open smoke test; `Rollout` is not reported for it.
            t(
                "task/checked-parent-open-child",
                "docs/rollout.md",
                4,
                3,
                ""
            ),
            // `Launch` has an open child of its own (`Status page`) ...
            t(
                "task/checked-parent-open-child",
                "docs/rollout.md",
                7,
                1,
                ""
            ),
            // ... and `Announce` its open blog post.
            t(
                "task/checked-parent-open-child",
                "docs/rollout.md",
                8,
                3,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
    // Once `Staging` is unticked, the open items count against `Rollout`.
    repo.write(
        "docs/rollout.md",
        "# Rollout checklist\n\n\
         - [x] Rollout\n\
         \x20 - [ ] Staging\n\
         \x20   - [ ] Smoke test\n\
         \x20 - [x] Canary\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "task/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "task/checked-parent-open-child",
            "docs/rollout.md",
            3,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// A page its line says is to be created, while a tracked file of the same
/// kind carries its name and more (FineHero's `[API
/// Documentation](../api_documentation.md) - Technical API reference (to be
/// created)` beside `docs/api_documentation_overview.md`, judged true in
/// survey 32a): it may have been written under the longer name, and the link
/// is reported. A page no tracked name extends stays silent, and so does a
/// short name (`faq`), which opens too many names to tell.
#[test]
fn a_page_to_be_created_that_a_longer_name_may_hold_is_reported() {
    let repo = Repo::new();
    repo.write("docs/api_documentation_overview.md", "# API overview\n")
        .write("docs/faq_general.md", "# FAQ\n")
        .write(
            "docs/summary.md",
            "# Summary\n\n\
             ### Related Documentation\n\
             - **[API Documentation](../api_documentation.md)** - Technical API reference (to be created)\n\
             - **[Public Roadmap](../public_roadmap.md)** - What comes next (to be created)\n\
             - **[FAQ](faq.md)** - Questions (to be created)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/summary.md",
            4,
            5,
            "api_documentation.md"
        )],
        "\n{}",
        run.dump()
    );
}
