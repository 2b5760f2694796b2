//! Survey s112b: JavaScript/TypeScript monorepos (pnpm, npm and Nx
//! workspaces, `apps/*` and `packages/*` with READMEs, release checklists and
//! agent-written plans): louiss0/forastro, hoangghaii/nail-ecosystem,
//! angelxmoreno/axm-internals, Fadil369/masterlinc. False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A finished ClaudeKit plan's phases cite the code the plan then changed
// (hoangghaii/nail-ecosystem's
// `plans/260117-1555-complete-fe-to-be-filter-migration/`, whose `plan.md`
// says `**Status:** ✅ COMPLETE (100%)`: 4 shifted and 2 stale findings in its
// phase documents and README, all judged false) ---

/// A plan folder `folder` whose `plan.md` says `status`, its phase document
/// citing line 3 of the bookings page, which the plan's work then rewrites.
fn plan_folder(folder: &str, status: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "apps/admin/src/pages/BookingsPage.tsx",
        "export function BookingsPage() {\n  const q = useQueryClient();\n  const { data } = useBookings();\n  return null;\n}\n",
    )
    .write(
        &format!("{folder}/plan.md"),
        format!(
            "# Complete Filter Migration Plan\n\n**Plan ID:** 260117-1555\n**Status:** {status}\n\n\
             ## Phases\n\n| Phase | File |\n| --- | --- |\n| 1 | [Bookings](./phase-01-admin-bookings.md) |\n"
        ),
    )
    .write(
        &format!("{folder}/phase-01-admin-bookings.md"),
        "# Phase 1: Admin BookingsPage\n\n**Status:** Pending\n\n## Step 1\n\n\
         **Location:** `apps/admin/src/pages/BookingsPage.tsx:3`\n\nPass the filters to `useBookings`.\n",
    )
    .commit_on("2026-01-17");
    repo.write(
        "apps/admin/src/pages/BookingsPage.tsx",
        "export function BookingsPage() {\n  const q = useQueryClient();\n  const { data } = useInfiniteBookings({ status });\n  return null;\n}\n",
    )
    .commit_on("2026-01-20");
    repo
}

#[test]
fn a_finished_plans_phases_keep_the_numbers_of_their_day() {
    for status in [
        "✅ COMPLETE (100%) - APPROVED FOR PRODUCTION",
        "Completed",
        "✅ Complete",
    ] {
        for folder in [
            "plans/260117-1555-filter-migration",
            "docs/plans/20251231-1912-turborepo-migration",
        ] {
            let run = plan_folder(folder, status).check(&[]);
            assert_eq!(
                run.findings_of(&["citation/shifted", "citation/stale"]),
                vec![],
                "{folder} {status}\n{}",
                run.dump()
            );
        }
    }
}

/// Twin: a plan still ahead (`Ready for Implementation`, `📋 Planning`, `In
/// Progress`), and a finished `plan.md` in a folder that is not below
/// `plans/`, are judged.
#[test]
fn a_plan_not_finished_is_judged() {
    let cases = [
        (
            "plans/260117-1555-filter-migration",
            "Ready for Implementation",
        ),
        ("plans/260117-1555-filter-migration", "📋 Planning"),
        (
            "plans/260117-1555-filter-migration",
            "In Progress (Phase 1-4 Complete, Phase 5 in progress)",
        ),
        ("work/260117-1555-filter-migration", "✅ COMPLETE (100%)"),
    ];
    for (folder, status) in cases {
        let run = plan_folder(folder, status).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t(
                "citation/stale",
                &format!("{folder}/phase-01-admin-bookings.md"),
                7,
                15,
                "apps/admin/src/pages/BookingsPage.tsx"
            )],
            "{folder} {status}\n{}",
            run.dump()
        );
    }
}
