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

/// A table of contents written as a table whose links all miss their
/// headings for one habit (SLMS' `AUTH_NOTIFICATIONS_I18N_DESIGN.md`:
/// keycap headings, `## 1️⃣ Overview`, linked as `#overview`; survey 32a
/// judged each true and noted they were not folded as a list is): one
/// finding on the first row, which counts the others. Two such rows of
/// another table are a finding each (a run needs three).
#[test]
fn a_table_of_contents_written_as_a_table_folds_as_a_list_does() {
    let repo = Repo::new();
    repo.write(
        "design.md",
        "# Design\n\
         \n\
         | # | Section |\n\
         |---|---|\n\
         | 1 | [Overview](#overview) |\n\
         | 2 | [Scope](#scope) |\n\
         | 3 | [Rollout](#rollout) |\n\
         | 4 | [Risks](#risks) |\n\
         \n\
         ## 1️⃣ Overview\n\n## 2️⃣ Scope\n\n## 3️⃣ Rollout\n\n## 4️⃣ Risks\n",
    )
    .write(
        "short.md",
        "# Short\n\
         \n\
         | Section |\n\
         |---|\n\
         | [Overview](#overview) |\n\
         | [Scope](#scope) |\n\
         \n\
         ## 🎯 Overview\n\n## 🚀 Scope\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "design.md",
                5,
                7,
                "design.md#overview"
            ),
            t("link/missing-anchor", "short.md", 5, 3, "short.md#overview"),
            t("link/missing-anchor", "short.md", 6, 3, "short.md#scope"),
        ],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&["link/missing-anchor"]);
    assert_eq!(
        d[0]["message"],
        "anchor `#overview` matches no heading or anchor in this document; so do 3 more \
         entries of this table of contents (lines 6-8): each heading starts with a number, \
         which is part of its id",
        "\n{}",
        run.dump()
    );
}
