//! Survey 47a: status registers and readiness trackers with an evidence
//! column. False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- table/duplicate-key: a compatibility matrix keyed by two versions
// (rustkas/beamline-otp-router's `docs/COMPATIBILITY_MATRIX.md`: 2 findings
// judged false), and a probe table keyed by app and endpoint
// (Jaymayes/student-pilot's `tests/perf/reports/raw_truth_summary.md`: 1) ---

/// A checklist with a compatibility matrix, a probe table, and `extra`
/// appended.
fn matrices(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/COMPAT.md",
        format!(
            "# Compatibility\n\n- [x] matrix reviewed\n\n\
             | Router Version | Gateway Version | Status | Notes |\n\
             |---|---|---|---|\n\
             | 1.0.x | 1.0.x | ✅ Fully Compatible | Recommended |\n\
             | 1.1.x | 1.0.x | ✅ Fully Compatible | Minor |\n\
             | 1.0.x | 1.1.x | ⚠️ Compatible | Update Router |\n\
             | 2.0.x | 1.x.x | ❌ Incompatible | Major |\n\n\
             | App | Probe | Result |\n\
             |---|---|---|\n\
             | A3 | /health | ✅ HTTP 200 |\n\
             | A8 | /api/health | ✅ HTTP 200 |\n\
             | A8 | POST /events | ✅ accepted |\n\
             {extra}"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_version_pair_or_an_app_and_its_endpoint_is_one_key() {
    let run = matrices("").check(&[]);
    assert_eq!(
        run.findings_of(&["table/duplicate-key"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same pair written twice is still two rows of one key, in both
/// tables; and a first column of versions beside a column of words is
/// keyed by the version alone.
#[test]
fn a_repeated_pair_and_a_repeated_version_are_reported() {
    let repo = matrices(
        "| A8 | /api/health | ❌ HTTP 500 |\n\n\
         | Version | Status | Notes |\n\
         |---|---|---|\n\
         | 1.0.x | ✅ Supported | LTS |\n\
         | 1.1.x | ✅ Supported | current |\n\
         | 1.0.x | ❌ End of life | dropped |\n",
    );
    repo.write(
        "docs/MORE.md",
        "# More\n\n- [x] reviewed\n\n\
         | Router Version | Gateway Version | Status |\n\
         |---|---|---|\n\
         | 1.0.x | 1.1.x | ✅ Compatible |\n\
         | 1.1.x | 1.0.x | ✅ Compatible |\n\
         | 1.0.x | 1.1.x | ❌ Incompatible |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["table/duplicate-key"]),
        vec![
            t("table/duplicate-key", "docs/COMPAT.md", 17, 1, ""),
            t("table/duplicate-key", "docs/COMPAT.md", 23, 1, ""),
            t("table/duplicate-key", "docs/MORE.md", 9, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

// --- citation/shifted and citation/stale: an analysis stamped with its
// day (Jaymayes/student-pilot's `B2C-SCHOLARLINK-ALIGNMENT-PLAN.md`,
// `**Analysis Date**: August 22, 2025`: 11 findings judged false) ---

/// Ten lines of code, `above` comment lines inserted above them.
fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("// added {i}\n")).collect();
    for i in 1..=10 {
        s.push_str(&format!("export const v{i} = {i};\n"));
    }
    s
}

/// An alignment plan whose opening lines carry `stamp`, citing line 5 of
/// `server/openai.ts`; three lines are inserted above it afterwards.
fn alignment(stamp: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("server/openai.ts", code(0))
        .write(
            "ALIGNMENT-PLAN.md",
            format!(
                "# Repository Alignment Plan\n{stamp}\n**Scope**: B2C app\n\n---\n\n\
                 ## Findings\n\n\
                 **Current Implementation**: ✅ ALIGNED - structured feedback (`server/openai.ts:5`)\n"
            ),
        )
        .commit_all();
    repo.write("server/openai.ts", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

#[test]
fn an_analysis_stamped_with_its_day_keeps_the_line_numbers_of_that_day() {
    let run = alignment("**Analysis Date**: August 22, 2025  ");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: a target date is a day to come, not the day the code was read:
/// the moved citation is reported.
#[test]
fn a_plan_with_a_target_date_is_judged() {
    let run = alignment("**Target Date**: August 22, 2025  ");
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "ALIGNMENT-PLAN.md",
            9,
            62,
            "server/openai.ts"
        )],
        "\n{}",
        run.dump()
    );
}

// --- evidence/missing-path: a URL the site serves (Jaymayes/student-pilot's
// readiness report, `` `/sitemap.xml` returns valid XML ``: 1 finding judged
// false) ---

#[test]
fn a_url_the_cell_says_was_answered_is_no_file() {
    let repo = Repo::new();
    repo.write("server/sitemap.ts", "export {};\n")
        .write(
            "docs/READINESS.md",
            "# Readiness\n\n\
             | Requirement | Status | Evidence |\n\
             |---|---|---|\n\
             | Sitemap | ✅ PASS | `/sitemap.xml` returns valid XML (140 entries) |\n\
             | Feed | ✅ PASS | GET `/feed.xml` → 200 |\n\
             | Robots | ✅ PASS | `/robots.txt` responds with the sitemap URL |\n\
             | Generator | ✅ Done | `/public/sitemap.xml` committed |\n\
             | Static | ✅ Done | `public/robots.txt` returns the rules |\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    // Twins: a rooted path the cell says nothing was asked of, and a path
    // that is not rooted (a file of the tree, whatever it returns).
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![
            t(
                "evidence/missing-path",
                "docs/READINESS.md",
                8,
                24,
                "public/sitemap.xml"
            ),
            t(
                "evidence/missing-path",
                "docs/READINESS.md",
                9,
                21,
                "public/robots.txt"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
