//! Survey 80d: architecture decision records and design documents that cite
//! code by line (quick-lint-js, natcap/invest, onetimesecret,
//! MORYX-Framework). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- citation/shifted: a design whose status says it shipped
// (onetimesecret's `install-onboarding-c10-secret-lifecycle.md`, `>
// **Status:** Shipped (2026-07-11)` over a `## 1. Problem` section citing
// the pre-fix code, and `3780-favicon-worker-phase23-blueprint.md`,
// `**Status: SHIPPED.**`: 3 findings judged false) ---

fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("# added {i}\n")).collect();
    for i in 1..=10 {
        s.push_str(&format!("v{i} = {i}\n"));
    }
    s
}

/// A design whose status line is `status`, citing line 5 of `lib/show.rb`
/// in its Problem section; three lines are inserted above it afterwards.
fn design(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("lib/show.rb", code(0))
        .write(
            "docs/c10-design.md",
            format!(
                "# C10 — Secret lifecycle: design\n\n{status}\n\n\
                 ## 1. Problem\n\nThe v1 path (`lib/show.rb:5`) decrypts first.\n"
            ),
        )
        .commit_all();
    repo.write("lib/show.rb", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

#[test]
fn a_shipped_design_keeps_its_line_numbers() {
    for status in [
        "> **Status:** Shipped (2026-07-11), including the gated chain.",
        "**Status: SHIPPED.** Both phases were merged via PR #3782.",
        "Status: shipped",
    ] {
        let run = design(status);
        assert_eq!(run.findings(), vec![], "{status}\n{}", run.dump());
    }
}

/// Twin: a design not shipped yet, or still being shipped, is worked on:
/// the moved citation is reported.
#[test]
fn a_design_not_shipped_is_judged() {
    for status in [
        "> **Status:** Not shipped (blocked on review)",
        "**Status:** Shipping next sprint",
        "**Status:** Draft",
    ] {
        let run = design(status);
        assert_eq!(
            run.findings(),
            vec![t(
                "citation/shifted",
                "docs/c10-design.md",
                7,
                14,
                "lib/show.rb"
            )],
            "{status}\n{}",
            run.dump()
        );
    }
}
