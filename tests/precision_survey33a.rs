//! Patterns of survey 33a (plans and trackers written by coding agents:
//! alongor666/chexianduoweifenxi, teknokomo/universo-platformo-nuxt,
//! MLGBJDLW/ouroboros, ducban/prism, milasbusiness/monimak): the
//! `Current State` analysis of an agent-written implementation plan, whose
//! citations describe the code the plan then rewrote (P1). The false
//! pattern beside its true twins, exact findings, the real binary in a real
//! git repository.

mod common;

use common::{Repo, t};

/// `n` numbered lines of code, `tag` telling two versions apart.
fn code(n: usize, tag: &str) -> String {
    (1..=n)
        .map(|i| format!("export const v{i} = \"{tag}{i}\";\n"))
        .collect()
}

/// monimak's `documentation/Feb/user-auth-rbac-implementation.md`, `# User
/// Management & RBAC - Research & Implementation Plan`: its `## Current
/// State Analysis` cites `lib/store.ts:1-221` and `lib/types.ts:1-11`, and
/// a change step says `**Current state**: Logout handled in client via
/// Zustand (`lib/store.ts:59-61`)`; the plan's own work (`db integration`)
/// then cut the store to 19 lines and rewrote the types. Each citation
/// describes what the code was before the plan (4 findings judged false).
/// Twins: a citation in the plan's own steps that no longer fits is
/// reported, and so are the same citations in a `## Current State` section
/// of a document that is no plan (a living architecture page).
#[test]
fn the_current_state_analysis_of_a_plan_records_the_code_before_it() {
    let repo = Repo::new();
    repo.write("lib/store.ts", code(30, "a"))
        .write("lib/types.ts", code(12, "a"))
        .write(
            "docs/auth-plan.md",
            "# Auth - Research & Implementation Plan\n\n\
             ## Current State Analysis\n\n\
             ### Key Findings\n\n\
             - **State**: `lib/store.ts:1-30`\n\
             - **Types**: `lib/types.ts:1-11`\n\n\
             ## Phase 1: Migration\n\n\
             - [ ] Rewrite the store actions (`lib/store.ts:20-25`)\n\n\
             #### 1. Logout\n\n\
             **Current state**: handled in the store (`lib/store.ts:28-29`)\n",
        )
        .write(
            "docs/architecture.md",
            "# Architecture\n\n\
             ## Current State\n\n\
             - Logout: `lib/store.ts:28-29`\n\
             - Types: `lib/types.ts:1-11`\n",
        )
        .commit_all();
    repo.write("lib/store.ts", code(10, "b"))
        .write("lib/types.ts", code(12, "b"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                "docs/architecture.md",
                5,
                11,
                "lib/store.ts"
            ),
            t(
                "citation/stale",
                "docs/architecture.md",
                6,
                10,
                "lib/types.ts"
            ),
            t(
                "citation/line-range",
                "docs/auth-plan.md",
                12,
                34,
                "lib/store.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
