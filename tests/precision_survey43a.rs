//! Patterns of survey 43a (readiness and status trackers written by coding
//! agents in application repositories): a report template's result blanks,
//! `path:1` citations that name a file, Next.js route files written from the
//! app folder, a review titled in bold, VS Code's Local History snapshots and
//! Builder.io's editor buttons. Exact findings, the real binary in a real git
//! repository.

mod common;

use common::{Repo, t};

/// A report template whose result cells are `result`, evidence empty.
fn report_template(results: &[&str]) -> common::Run {
    let repo = Repo::new();
    let rows: String = results
        .iter()
        .zip(['A', 'B', 'C'])
        .map(|(r, g)| format!("| {g} | Area {g} | {r} | |\n"))
        .collect();
    repo.write(
        "docs/design-notes/REPORT_TEMPLATE.md",
        format!(
            "# Audit Report Template\n\n| Group | Area | Result | Evidence |\n\
             |-------|------|--------|----------|\n{rows}"
        ),
    )
    .commit_all();
    repo.check(&["--select", "evidence/missing-for-done"])
}

/// DaW25Pinescript/AI-trade-analyst (survey 43a): `REPORT_TEMPLATE.md`
/// offers `PASS / FAIL / PARTIAL` in each row's result cell, to be picked
/// when the report is written: a blank of words, as `✓/✗` is one of marks
/// (8 findings judged false). Twins: `PASS` alone and `Done/Verified`
/// (two words of one class) are claims, and their empty evidence is
/// reported.
#[test]
fn a_result_cell_offering_status_words_to_pick_is_a_blank() {
    let run = report_template(&["PASS / FAIL / PARTIAL", "Done/Blocked", "✅ / ❌"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = report_template(&["PASS", "Done/Verified", "✅ Done / ❌ Failed"]);
    let file = "docs/design-notes/REPORT_TEMPLATE.md";
    assert_eq!(
        run.findings(),
        vec![
            t("evidence/missing-for-done", file, 5, 1, ""),
            t("evidence/missing-for-done", file, 6, 1, ""),
            t("evidence/missing-for-done", file, 7, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

/// A roadmap naming `packages/api/src/auth.ts:1`, whose first line is
/// `first`; then a header comment of fifteen lines is added above it.
fn location_after_header(first: &str) -> common::Run {
    let repo = Repo::new();
    let code = format!("{first}\nconst b = 2;\nexport default b;\n");
    repo.write("packages/api/src/auth.ts", &code)
        .write(
            "REMAINING_WORK.md",
            "# Remaining Work\n\n- [ ] Rate limiting\n\n**Location:** `packages/api/src/auth.ts:1`\n",
        )
        .commit_all();
    let header: String = (1..=15).map(|i| format!("// header {i}\n")).collect();
    repo.write("packages/api/src/auth.ts", format!("{header}{code}"))
        .commit_all();
    repo.check(&["--select", "citation/shifted,citation/stale"])
}

/// ib823/layer1_test (survey 43a): `REMAINING_WORK.md` gives each module's
/// location as `path:1`, an import line; a license header added later
/// pushed the import to line 16, and pointing the citation at `:16` helps
/// nobody: it names the file (2 findings judged false). Twin: a first line
/// that says something, moved, is reported as shifted.
#[test]
fn a_first_line_citation_naming_the_file_does_not_shift() {
    let run = location_after_header("import { Response } from 'express';");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = location_after_header("export const retries = 3;");
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "REMAINING_WORK.md",
            5,
            15,
            "packages/api/src/auth.ts"
        )],
        "\n{}",
        run.dump()
    );
}

/// ib823/layer1_test (survey 43a): a UX audit's evidence column names each
/// page by its Next.js route file written from the app folder,
/// `/modules/sod/violations/page.tsx` for
/// `packages/web/src/app/modules/sod/violations/page.tsx` (9 findings
/// judged false). `/reports/page.tsx` is the app folder's `reports/`, not
/// `modules/sod/reports/`. Twins: a route file the app does not have, and a
/// rooted path that is no route file (`/lib/auth.ts` beside the app folder,
/// not in it), are reported.
#[test]
fn a_rooted_route_file_names_the_page_of_the_app_folder() {
    let repo = Repo::new();
    for f in [
        "packages/web/src/app/modules/sod/violations/page.tsx",
        "packages/web/src/app/modules/sod/reports/page.tsx",
        "packages/web/src/app/reports/page.tsx",
        "packages/web/src/lib/auth.ts",
    ] {
        repo.write(f, "export default function Page() {}\n");
    }
    repo.write(
        "UX_AUDIT.md",
        "# UX Audit\n\n| Module | Cognitive Load | Evidence |\n|---|---|---|\n\
         | SoD | High | Page: `/modules/sod/violations/page.tsx` (lines 1-100) |\n\
         | Reports | Medium | Page: `/reports/page.tsx` |\n\
         | Exports | Medium | Page: `/modules/exports/page.tsx` |\n\
         | Auth | Low | `/lib/auth.ts` |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "evidence/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "UX_AUDIT.md",
                7,
                28,
                "modules/exports/page.tsx"
            ),
            t("evidence/missing-path", "UX_AUDIT.md", 8, 16, "lib/auth.ts"),
        ],
        "\n{}",
        run.dump()
    );
}

/// aibaza/1on1 (survey 105a): a phase verification names a page by its
/// route file written from the app folder, with the app's route group left
/// out as Next.js leaves it out of the URL: `/templates/page.tsx` for
/// `src/app/(dashboard)/templates/page.tsx` (1 finding judged false).
/// Twins: a folder in parentheses that is not below an app folder, and a
/// route file no group of the app has, are reported.
#[test]
fn a_rooted_route_file_passes_over_the_apps_route_groups() {
    let repo = Repo::new();
    for f in [
        "src/app/(dashboard)/templates/page.tsx",
        "src/app/(auth)/(public)/login/page.tsx",
        "src/components/(legacy)/cards/page.tsx",
    ] {
        repo.write(f, "export default function Page() {}\n");
    }
    repo.write(
        "VERIFICATION.md",
        "# Verification\n\n| Truth | Status | Evidence |\n|---|---|---|\n\
         | Templates page | VERIFIED | `/templates/page.tsx` |\n\
         | Login page | VERIFIED | `/login/page.tsx` |\n\
         | Cards page | VERIFIED | `/cards/page.tsx` |\n\
         | Reports page | VERIFIED | `/reports/page.tsx` |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "evidence/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "VERIFICATION.md",
                7,
                27,
                "cards/page.tsx"
            ),
            t(
                "evidence/missing-path",
                "VERIFICATION.md",
                8,
                29,
                "reports/page.tsx"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A step review whose first line is `title` (no `#` heading) citing
/// `src/agents/detective.py:5`; then the cited line is rewritten.
fn review_after_change(title: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("src/agents/detective.py", common::lines(10))
        .write(
            "docs/reviews/step13_review.md",
            format!(
                "{title}\n\n**Why it changed**\n\
                 - `find_correlations` falls back to Spearman (`src/agents/detective.py:5`).\n"
            ),
        )
        .commit_all();
    let changed = common::lines(10).replace("line 5\n", "rewritten 5\n");
    repo.write("src/agents/detective.py", changed).commit_all();
    repo.check(&["--select", "citation/stale"])
}

/// albarami/QNWIS (survey 43a): `src/qnwis/docs/reviews/step13_review.md`
/// opens with `**Step 13 Review**`, bold text for a title, where its
/// sibling reviews write `# Step 15 Routing Review`: a review of its day,
/// whose `file:line` references nobody renumbers (6 findings judged
/// false). Twin: a bold first line that names no report (`**Step 13
/// Notes**`) leaves the document judged.
#[test]
fn a_bold_first_line_titles_a_review() {
    let run = review_after_change("**Step 13 Review**");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = review_after_change("**Step 13 Notes**");
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            "docs/reviews/step13_review.md",
            4,
            47,
            "src/agents/detective.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// iamthegreatdestroyer/DOPPELGANGER-STUDIO (survey 43a): VS Code's Local
/// History extension wrote a copy of each document at every save into
/// `.history/`, named with the save's time
/// (`.history/README_20251003204914.md`), and the folder was committed: the
/// copies' links were written for the originals' folders (42 findings, the
/// 30 judged all false). Twins: the live README's own broken link, and a
/// document of `.history/` not named by a save's time, are reported.
#[test]
fn local_history_snapshots_are_not_checked() {
    let repo = Repo::new();
    let readme = "# Studio\n\n- [Usage](docs/USAGE.md)\n- [API](docs/api/README.md)\n";
    repo.write("docs/USAGE.md", "# Usage\n")
        .write("README.md", readme)
        .write(".history/README_20251003204914.md", readme)
        .write(
            ".history/docs/USAGE_20251007170846.md",
            "[Back](../README.md)\n",
        )
        .write(".history/NOTES.md", "# Notes\n\n[Usage](docs/USAGE.md)\n")
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                ".history/NOTES.md",
                3,
                1,
                ".history/docs/USAGE.md"
            ),
            t("link/missing-path", "README.md", 4, 3, "docs/api/README.md"),
        ],
        "\n{}",
        run.dump()
    );
}

const SUMMARY: &str = "# Quality Improvements Summary\n\n## Setup\n\n\
**Next Steps**: [Open Preview](#open-preview) → Test → Deploy\n\n\
See [setup](#setup) and [the install notes](#install).\n";

/// Aligned-Design/aligned_postd_1125 (seen in survey 42a, judged here):
/// its `.builder/rules/deploy-app.mdc` tells Builder.io's agent to offer
/// the editor's buttons as links, and the agent copied `[Open
/// Preview](#open-preview)` into a summary it wrote (1 finding judged
/// false; the corpus holds a dozen more in Builder.io projects). The
/// project may be a folder of a larger repository. Twins: the same link in
/// a repository without `.builder/`, and another missing anchor beside it,
/// are reported.
#[test]
fn a_builder_editor_button_is_no_section() {
    let repo = Repo::new();
    repo.write(
        ".builder/rules/deploy-app.mdc",
        "[Open Preview](#open-preview)\n",
    )
    .write("docs/SUMMARY.md", SUMMARY)
    .write("apps/site/.builder/rules/deploy-app.mdc", "rules\n")
    .write(
        "apps/site/docs/SUMMARY.md",
        SUMMARY.replace("# Quality", "# Site Quality"),
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "apps/site/docs/SUMMARY.md",
                7,
                25,
                "apps/site/docs/SUMMARY.md#install"
            ),
            t(
                "link/missing-anchor",
                "docs/SUMMARY.md",
                7,
                25,
                "docs/SUMMARY.md#install"
            ),
        ],
        "\n{}",
        run.dump()
    );

    let repo = Repo::new();
    repo.write("docs/SUMMARY.md", SUMMARY).commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/SUMMARY.md",
                5,
                17,
                "docs/SUMMARY.md#open-preview"
            ),
            t(
                "link/missing-anchor",
                "docs/SUMMARY.md",
                7,
                25,
                "docs/SUMMARY.md#install"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
