//! Survey 84c: university course and tutorial repositories (syllabi,
//! schedules, weekly folders, assignment templates, Marp slides). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Tuple, assert_reference_findings, t};

// --- a Jekyll page whose `{% include top.html id="week1" %}` renders a
// heading with that id (Baker-IGM/IGME-202's schedule: its contents list
// links `#week1` … `#final`, the ids `_includes/top.html` writes with
// `<h2 id="{{ include.id }}">`) ---

/// A course site's schedule: `config` is its `_config.yml` (None: no
/// site), `include` its `_includes/top.html`.
fn schedule(config: Option<&str>, include: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# Course\n\n[Week 1](schedule.md#week1) and [Week 9](schedule.md#week9).\n",
    )
    .write("_includes/top.html", include)
    .write(
        "schedule.md",
        "# Schedule\n\n- [Week 1](#week1)\n- [Week 9](#week9)\n\n\
             {% include top.html id=\"week1\" content=page.week1 %}\n\nReadings.\n",
    );
    if let Some(config) = config {
        repo.write("_config.yml", config);
    }
    repo.commit_all();
    repo
}

const TOP: &str =
    "<div class=\"header\">\n  <h2 id=\"{{ include.id }}\">{{ include.content }}</h2>\n</div>\n";

/// A `link/missing-anchor` finding on the link to `schedule.md#anchor`.
fn missing(file: &str, line: u64, column: u64, anchor: &str) -> Tuple {
    t(
        "link/missing-anchor",
        file,
        line,
        column,
        &format!("schedule.md#{anchor}"),
    )
}

#[test]
fn a_jekyll_include_tag_makes_the_id_its_template_writes() {
    let run = schedule(Some("title: IGME 202\n"), TOP).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            missing("README.md", 3, 33, "week9"),
            missing("schedule.md", 4, 3, "week9"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Every link to the schedule's weeks, reported: what a page gets when no
/// include makes `#week1`.
fn every_week_reported(run: &common::Run) {
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            missing("README.md", 3, 1, "week1"),
            missing("README.md", 3, 33, "week9"),
            missing("schedule.md", 3, 3, "week1"),
            missing("schedule.md", 4, 3, "week9"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: an include whose template writes no id makes none: every anchor
/// is reported.
#[test]
fn a_jekyll_include_that_writes_no_id_makes_no_anchor() {
    let run = schedule(
        Some("title: IGME 202\n"),
        "<h2>{{ include.content }}</h2>\n",
    )
    .check(&[]);
    every_week_reported(&run);
}

/// Twin: outside a Jekyll site (no `_config.yml`) GitHub shows the tag as
/// text, and `#week1` goes nowhere.
#[test]
fn an_include_tag_outside_a_jekyll_site_makes_no_anchor() {
    every_week_reported(&schedule(None, TOP).check(&[]));
}

// --- a Jekyll site's root link past its `baseurl` to the Marp slides a CI
// script writes into a folder git keeps (ap-unil-2025/course-materials:
// `/course-materials/slides/practice/week00_slides.html` in `docs/_weeks/`,
// `docs/slides/practice/*.html` ignored beside a tracked `index.md`) ---

/// The course site in `docs/`; `ignore` is the repository's `.gitignore`.
fn slides_site(ignore: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Course\n")
        .write(".gitignore", ignore)
        .write(
            "docs/_config.yml",
            "baseurl: \"/course-materials\"\ncollections:\n  weeks:\n    output: true\n    permalink: /week/:name/\n",
        )
        .write("docs/slides/practice/index.md", "# Practice slides\n")
        .write(
            "docs/_weeks/week00.md",
            "---\ntitle: Week 0\n---\n\n# Week 0\n\n\
             - [Slides](/course-materials/slides/practice/week00_slides.html)\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_jekyll_root_link_to_a_kept_output_folder_is_the_builds() {
    assert_reference_findings(
        &slides_site("docs/slides/practice/*.html\n").check(&[]),
        &[],
    );
}

/// Twin: nothing says a build writes the slides there (no `.gitignore`
/// line for them): the link is reported.
#[test]
fn a_jekyll_root_link_to_a_folder_without_outputs_is_reported() {
    assert_reference_findings(
        &slides_site("_site/\n").check(&[]),
        &[t(
            "link/missing-path",
            "docs/_weeks/week00.md",
            7,
            3,
            "course-materials/slides/practice/week00_slides.html",
        )],
    );
}
