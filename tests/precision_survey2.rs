//! Precision of the reference rules on the patterns of the second survey (12
//! new public repositories): test-fixture books, documentation sites
//! (VitePress, mdBook, explicit heading ids), templates, agent skills, records
//! of finished work, evidence cells and moved mentions. Every false positive
//! stands next to its true-positive twin, with exact findings.

mod common;

use common::{Repo, t};

const RULES: &[&str] = &[
    "citation/",
    "link/",
    "path/",
    "evidence/",
    "mention/missing-path",
];

#[track_caller]
fn assert_exact(repo: &Repo, args: &[&str], expected: &[common::Tuple]) -> common::Run {
    let run = repo.check(args);
    assert_eq!(run.findings_of(RULES), expected, "\n{}", run.dump());
    run
}

fn messages(run: &common::Run, rule: &str) -> Vec<String> {
    run.diagnostics_of(&[rule])
        .iter()
        .map(|d| d["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

// --- FX: test-fixture projects are test input, not documentation ---

#[test]
fn a_book_inside_tests_is_test_input_but_the_suites_own_readme_is_checked() {
    let repo = Repo::new();
    repo.write("Cargo.toml", "[package]\nname = \"x\"\n")
        .write("tests/README.md", "# Tests\n\nSee [the guide](guide.md).\n")
        .write("tests/books/init/book.toml", "[book]\n")
        .write(
            "tests/books/init/src/SUMMARY.md",
            "# Summary\n\n- [First chapter](first.md)\n",
        )
        // A book whose `book.toml` the test writes: `src/SUMMARY.md` marks it.
        .write(
            "tests/books/bare/src/SUMMARY.md",
            "# Summary\n\n- [Intro](intro.md)\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "tests/README.md",
            3,
            5,
            "tests/guide.md",
        )],
    );
    // A folder named on the command line is checked as configured, fixtures
    // left out too; `exclude` in the configuration replaces the default.
    repo.write("checkmark.toml", "exclude = []\n").commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-path",
                "tests/README.md",
                3,
                5,
                "tests/guide.md",
            ),
            t(
                "link/missing-path",
                "tests/books/bare/src/SUMMARY.md",
                3,
                3,
                "tests/books/bare/src/intro.md",
            ),
            t(
                "link/missing-path",
                "tests/books/init/src/SUMMARY.md",
                3,
                3,
                "tests/books/init/src/first.md",
            ),
        ],
    );
}

// --- SITE: documentation sites read links and anchors their way ---

#[test]
fn explicit_heading_ids_are_anchors_and_a_missing_one_is_still_reported() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "# A\n\n## 安装 %{#install}%\n\n## Setup {#setup}\n",
    )
    .write(
        "docs/b.md",
        "# B\n\n[i](a.md#install) [s](a.md#setup) [m](a.md#missing)\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-anchor",
            "docs/b.md",
            3,
            35,
            "docs/a.md#missing",
        )],
    );
}

#[test]
fn a_vitepress_site_reads_its_slugs_and_html_pages_but_github_readers_do_not() {
    let repo = Repo::new();
    repo.write(
        "packages/docs/.vitepress/config/shared.ts",
        "export default {}\n",
    )
    .write(
        "packages/docs/guide/state.md",
        "# State\n\n### Comparison with Vuex 3.x/4.x\n\n### $id\n\n## ASGI Transport\n",
    )
    .write(
        "packages/docs/guide/getters.md",
        "# Getters\n\n\
             [a](./state.md#Comparison-with-Vuex-3-x-4-x) [b](./state.md#$id) [c](./state.html)\n\n\
             [d](/guide/state.md#options-api) [f](./state.md#asgitransport)\n",
    )
    .write(
        "README.md",
        "# R\n\n[e](packages/docs/guide/state.md#Comparison-with-Vuex-3-x-4-x)\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-anchor",
                "README.md",
                3,
                1,
                "packages/docs/guide/state.md#Comparison-with-Vuex-3-x-4-x",
            ),
            t(
                "link/missing-anchor",
                "packages/docs/guide/getters.md",
                5,
                1,
                "packages/docs/guide/state.md#options-api",
            ),
            t(
                "link/missing-anchor",
                "packages/docs/guide/getters.md",
                5,
                34,
                "packages/docs/guide/state.md#asgitransport",
            ),
        ],
    );
}

#[test]
fn an_mdbook_folder_page_is_its_readme_and_a_missing_page_stays_reported() {
    let repo = Repo::new();
    repo.write("guide/book.toml", "[book]\ntitle = \"g\"\n")
        .write("guide/src/format/theme/README.md", "# Theme\n")
        .write(
            "guide/src/README.md",
            "# Guide\n\n[theme](format/theme/index.html) and [cli](cli/index.html)\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "guide/src/README.md",
            3,
            38,
            "guide/src/cli/index.html",
        )],
    );
}

#[test]
fn one_missing_anchor_linked_many_times_is_one_finding_that_counts_the_links() {
    let repo = Repo::new();
    repo.write("docs/api.md", "# API\n\n### ActionsTree\n")
        .write(
            "docs/use.md",
            "# Use\n\n[a](api.md#_actionstree)\n\n[b](api.md#_actionstree)\n\n\
             [c](api.md#_actionstree)\n\n[d](api.md#_getterstree)\n",
        )
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-anchor",
                "docs/use.md",
                3,
                1,
                "docs/api.md#_actionstree",
            ),
            t(
                "link/missing-anchor",
                "docs/use.md",
                9,
                1,
                "docs/api.md#_getterstree",
            ),
        ],
    );
    let m = messages(&run, "link/missing-anchor");
    assert!(
        m[0].ends_with("; 2 more links of this document point at it"),
        "{m:?}"
    );
    assert!(!m[1].contains("more links"), "{m:?}");
}

// --- TPL: a template's links are written for where its copies live ---

#[test]
fn a_templates_relative_links_are_silent_but_an_instances_are_checked() {
    let repo = Repo::new();
    repo.write(
        "docs/sop/emergency/templates/procedure.md",
        "# SOP\n\n- [Compliance](../compliance/README.md)\n- [Section](#nowhere)\n",
    )
    .write(
        "docs/sop/emergency/drill.md",
        "# Drill\n\n- [Compliance](../compliance/README.md)\n",
    )
    .write(
        ".github/ISSUE_TEMPLATE/task.md",
        "# Task\n\n[Checklist](../../CHECKLIST.md#phase-X)\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-path",
                "docs/sop/emergency/drill.md",
                3,
                3,
                "docs/sop/compliance/README.md",
            ),
            t(
                "link/missing-anchor",
                "docs/sop/emergency/templates/procedure.md",
                4,
                3,
                "docs/sop/emergency/templates/procedure.md#nowhere",
            ),
        ],
    );
}

// --- G1: a converter's extracted media are not references anybody wrote ---

#[test]
fn pandoc_media_of_a_converted_document_are_silent_but_a_written_image_is_checked() {
    let repo = Repo::new();
    repo.write(
        "docs/converted/Report.md",
        "# Report\n\n<img src=\"media/image6.png\" style=\"width:5.50694in;height:3.01389in\" />\n\n![chart](media/chart.png)\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/converted/Report.md",
            5,
            1,
            "docs/converted/media/chart.png",
        )],
    );
}

// --- SKILL: an agent skill's links resolve from the skill's root ---

#[test]
fn a_skills_links_resolve_from_its_root_and_a_link_broken_from_both_is_reported() {
    let repo = Repo::new();
    repo.write("skills/review/SKILL.md", "# Review\n")
        .write("skills/review/references/session.md", "# Session\n")
        .write(
            "skills/review/references/base.md",
            "# Base\n\n[s](references/session.md) [n](references/none.md)\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "skills/review/references/base.md",
            3,
            28,
            "skills/review/references/references/none.md",
        )],
    );
}

// --- HIST: records of finished work describe the tree as it was ---

#[test]
fn a_record_links_to_what_existed_then_but_live_documents_and_born_broken_links_are_reported() {
    let repo = Repo::new();
    repo.write("release-managers.md", "# RM\n")
        .write(
            "releases/release-1.16/team.md",
            "# 1.16\n\n[Managers](/release-managers.md) and [x](never.md)\n",
        )
        .write("README.md", "# Live\n\n[Managers](/release-managers.md)\n")
        .commit_all();
    repo.git(&["rm", "-q", "release-managers.md"]);
    repo.commit();
    assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-path",
                "README.md",
                3,
                1,
                "release-managers.md",
            ),
            t(
                "link/missing-path",
                "releases/release-1.16/team.md",
                3,
                38,
                "releases/release-1.16/never.md",
            ),
        ],
    );
}

#[test]
fn a_moved_target_in_a_record_is_history_but_live_documents_get_the_move() {
    let repo = Repo::new();
    repo.write("old/a.md", "# A\n")
        .write(
            "docs/plan.md",
            "# Plan\n\n- [x] Wrote `old/a.md`\n- [x] Links to [a](../old/a.md) removed\n- See [a](../old/a.md)\n",
        )
        .write(
            "cycles/v2.0.1/plan.md",
            "# v2.0.1\n\n- [x] Wrote `old/a.md`\n- See [a](../../old/a.md)\n",
        )
        .commit_all();
    repo.mkdir("new");
    repo.git(&["mv", "old/a.md", "new/a.md"]);
    repo.commit();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t("path/renamed", "docs/plan.md", 3, 13, "old/a.md"),
            t("path/renamed", "docs/plan.md", 4, 16, "old/a.md"),
            t("path/renamed", "docs/plan.md", 5, 7, "old/a.md"),
        ],
    );
    // A line about the removal itself records what happened: no fix there.
    let fixable: Vec<bool> = run
        .diagnostics_of(&["path/renamed"])
        .iter()
        .map(|d| d["fixable"].as_bool().unwrap_or_default())
        .collect();
    assert_eq!(fixable, [true, false, true]);
}

// --- E-OTHER / E-BARE: evidence cells that are not paths of this repository ---

#[test]
fn evidence_cells_that_are_not_paths_of_this_repository_are_silent() {
    let repo = Repo::new();
    repo.write(".github/workflows/ci.yml", "on: push\n")
        .write(
            "docs/status.md",
            "\
# Status

| Item | Status | Evidence |
| --- | --- | --- |
| A | Done | `07-created-authorization.jpg` |
| B | Done | `ci.yml` |
| C | Done | `PW_SUPERADMIN_EMAIL/PASSWORD` |
| D | Done | missing migration `20260716212837/bt_session_note` |
| E | Done | url: `core-workflow/state.md` |
| F | Done | `/Users/luca/shots/a.png` |
| H | Done | the a11y suite generates `GO-LIVE/artifacts/axe.json` |
| I | Done | `tax_dispute_cases/events` |
| G | Done | `src/lib/__tests__/useRoute.test.ts` |
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "evidence/missing-path",
            "docs/status.md",
            13,
            14,
            "src/lib/__tests__/useRoute.test.ts",
        )],
    );
}

// --- CI: a path a workflow writes is a build artifact; rooted routes ---

#[test]
fn evidence_a_ci_workflow_writes_is_an_artifact_but_other_missing_paths_are_reported() {
    let repo = Repo::new();
    repo.write(
        ".github/workflows/pwa-audit.yml",
        "\
on: push
jobs:
  audit:
    steps:
      - run: lighthouse http://localhost --output=json --output-path=./GO-LIVE/artifacts/lighthouse.json
      - run: axe http://localhost | tee GO-LIVE/artifacts/axe.txt
      - run: pytest tests/api/test_core_smoke.py
      - uses: actions/upload-artifact@v4
        with:
          path: reports/
",
    )
    .write("GO-LIVE/plan.md", "# Plan\n")
    .write(
        "docs/status.md",
        "\
# Status

| Item | Status | Evidence |
| --- | --- | --- |
| A | Done | `GO-LIVE/artifacts/lighthouse.json` |
| B | Done | `/GO-LIVE/artifacts/axe.txt` |
| C | Done | `reports/` |
| D | Done | `reports/coverage/lcov.info` |
| E | Done | `tests/api/test_core_smoke.py` |
| F | Done | `GO-LIVE/evidence/pwa.md` |
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t(
                "evidence/missing-path",
                "docs/status.md",
                9,
                14,
                "tests/api/test_core_smoke.py",
            ),
            t(
                "evidence/missing-path",
                "docs/status.md",
                10,
                14,
                "GO-LIVE/evidence/pwa.md",
            ),
        ],
    );
}

#[test]
fn a_rooted_evidence_value_without_extension_is_a_route_but_a_rooted_file_is_a_path() {
    let repo = Repo::new();
    repo.write("analytics/README.md", "# Analytics\n")
        .write("docs/README.md", "# Docs\n")
        .write(
            "docs/status.md",
            "\
# Status

| Item | Status | Evidence |
| --- | --- | --- |
| A | Done | `/analytics/agent` JSON snapshot |
| B | Done | UI: `/audit/group` heatmap |
| C | Done | `/analytics` |
| D | Done | `/docs/evidence/report.md` |
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "evidence/missing-path",
            "docs/status.md",
            8,
            14,
            "docs/evidence/report.md",
        )],
    );
}
