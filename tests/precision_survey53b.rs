//! Survey 53b: release-process documents of open-source projects
//! (`RELEASE.md`, `RELEASING.md`, release checklists, issue and pull-request
//! templates with task lists, maintainer handbooks). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, t};

// --- a Markdown renderer's test cases: an input beside the output it must
// give (thephpleague/commonmark keeps `tests/functional/Extension/Table/md/
// single_column_table.md` beside `single_column_table.html`, and
// `…/TaskList/xml/tasklist.md` beside `tasklist.xml`: 8 findings of
// `link/missing-path`, `table/column-count` and
// `task/checked-parent-open-child` judged false) ---

/// Three cases of a renderer's suite, each with its deliberate oddity: a
/// row wider than its header, a ticked item over an open one, an image the
/// repository does not hold.
const CASES: &[(&str, &str)] = &[
    ("table", "| Header |\n| --- |\n| one | two | three |\n"),
    ("tasklist", "- [x] foo\n  - [ ] bar\n"),
    ("image-link", "# Images\n\n![foo](foo.jpg)\n"),
];

/// A repository holding the cases in `dir`, with the output of each beside
/// it when `output` names its extension.
fn suite(dir: &str, output: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Parser\n");
    for (stem, text) in CASES {
        repo.write(&format!("{dir}/{stem}.md"), text);
        if let Some(ext) = output {
            repo.write(&format!("{dir}/{stem}.{ext}"), "<p>expected</p>\n");
        }
    }
    repo.commit_all();
    repo
}

const RULES: &[&str] = &[
    "link/missing-path",
    "table/column-count",
    "task/checked-parent-open-child",
];

#[test]
fn a_renderer_test_case_beside_its_expected_output_is_test_data() {
    for (dir, ext) in [
        ("tests/functional/Extension/md", "html"),
        ("tests/functional/Extension/xml", "xml"),
        ("test/specs/new", "htm"),
    ] {
        let run = suite(dir, Some(ext)).check(&[]);
        assert_eq!(run.findings_of(RULES), vec![], "{dir}\n{}", run.dump());
        assert_eq!(run.files_checked(), 1, "{dir}\n{}", run.dump());
    }
}

/// The findings of the three cases in `dir`.
fn reported(dir: &str) -> Vec<common::Tuple> {
    let mut want = vec![
        t(
            "link/missing-path",
            &format!("{dir}/image-link.md"),
            3,
            1,
            &format!("{dir}/foo.jpg"),
        ),
        t("table/column-count", &format!("{dir}/table.md"), 3, 1, ""),
        t(
            "task/checked-parent-open-child",
            &format!("{dir}/tasklist.md"),
            1,
            1,
            "",
        ),
    ];
    want.sort();
    want
}

/// Twins: the same pairs outside a test tree (a page beside its exported
/// HTML), the same cases in a test tree with no output beside them, and a
/// test tree's README beside an HTML file are judged.
#[test]
fn markdown_without_an_expected_output_in_a_test_tree_is_judged() {
    for (dir, ext) in [
        ("docs/guide", Some("html")),
        ("tests/functional/notes", None),
        ("tests/functional/md", Some("txt")),
    ] {
        let run = suite(dir, ext).check(&[]);
        let mut got = run.findings_of(RULES);
        got.sort();
        assert_eq!(got, reported(dir), "{dir}\n{}", run.dump());
    }
    let repo = Repo::new();
    repo.write("tests/README.md", "# Tests\n\nSee [the runner](run.sh).\n")
        .write("tests/README.html", "<p>Tests</p>\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(RULES),
        vec![t(
            "link/missing-path",
            "tests/README.md",
            3,
            5,
            "tests/run.sh"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a Storybook docs page's image served from a static
// folder (jhorback/harbor's `src/harbor-design.stories.mdx` shows
// `theme/harbor/harbor-storybook-logo.svg`, which `.storybook/main.cjs`'s
// `"staticDirs": ['../public']` serves from `public/`: 1 finding judged
// false) ---

/// A Storybook project whose `main.cjs` holds `config`, with a logo in
/// `public/theme/harbor/` and the page `page` (its text `body`).
fn storybook(config: &str, page: &str, body: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        ".storybook/main.cjs",
        format!("module.exports = {{\n{config}}}\n"),
    )
    .write("public/theme/harbor/logo.svg", "<svg/>\n")
    .write("package.json", "{}\n")
    .write(page, body)
    .commit_all();
    repo
}

const STATIC: &str =
    "  \"stories\": [\"../src/**/*.stories.mdx\"],\n  \"staticDirs\": ['../public']\n";

#[test]
fn a_storybook_page_image_in_a_static_folder_is_served() {
    for src in ["theme/harbor/logo.svg", "/theme/harbor/logo.svg"] {
        let run = storybook(
            STATIC,
            "src/design.stories.mdx",
            &format!("# Design\n\n<img src=\"{src}\" width=\"350\"/>\n"),
        )
        .check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{src}\n{}",
            run.dump()
        );
    }
}

/// Twins: a file no static folder holds, the same page in a project
/// without `staticDirs`, and the same image in a `.md` document are judged.
#[test]
fn a_storybook_target_no_static_folder_serves_is_reported() {
    let cases = [
        (STATIC, "src/design.stories.mdx", "theme/harbor/missing.svg"),
        (
            "  \"stories\": [\"../src/**/*.stories.mdx\"]\n",
            "src/design.stories.mdx",
            "theme/harbor/logo.svg",
        ),
        (STATIC, "src/README.md", "theme/harbor/logo.svg"),
    ];
    for (config, page, src) in cases {
        let run = storybook(
            config,
            page,
            &format!("# Design\n\n<img src=\"{src}\" width=\"350\"/>\n"),
        )
        .check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![t("link/missing-path", page, 3, 11, &format!("src/{src}"))],
            "{page} {src}\n{}",
            run.dump()
        );
    }
}
