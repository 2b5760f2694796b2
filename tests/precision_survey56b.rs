//! Survey 56b: ordinary well-kept documentation repositories with no
//! checklists, round 3: large plain GitHub-rendered `docs/` trees and
//! README-heavy repositories of popular Go, Python, Rust and JavaScript
//! libraries and CLIs, and sites of generators the earlier rounds did not
//! cover (Writerside). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path: a Writerside topic names images and topics by
// their file names, and variables fill targets in (ktorio/ktor-documentation:
// `![Run Server](run-app.png){width="706"}` for `images/run-app.png`,
// `[%plugin_name%](%plugin_api_link%)`; 22 findings judged false) ---

const IHP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<!DOCTYPE ihp SYSTEM \"https://resources.jetbrains.com/writerside/1.0/ihp.dtd\">\n\
<ihp version=\"2.0\">\n    <module name=\"ktor\"/>\n    <vars src=\"v.list\"/>\n\
    <topics dir=\"topics\"/>\n    <images dir=\"images\" web-path=\"images/\"/>\n\
    <instance src=\"ktor.tree\" web-path=\"/docs/\" id=\"docs\"/>\n</ihp>\n";

/// A Writerside project (`project.ihp` naming `topics/` and `images/`) whose
/// topic `topics/server-plugins.md` holds `body`, and a code sample's README
/// holding `sample`.
fn writerside(config: Option<&str>, body: &str, sample: &str) -> Repo {
    let repo = Repo::new();
    if let Some(c) = config {
        repo.write("project.ihp", c);
    }
    repo.write("README.md", "# Ktor documentation\n")
        .write("images/run-app.png", "png")
        .write("images/server/plugin-pipeline.png", "png")
        .write("topics/server/server-routing.md", "# Routing\n")
        .write(
            "topics/server-plugins.md",
            format!(
                "[//]: # (title: Plugins)\n\n<var name=\"plugin_api_link\" value=\"https://api.ktor.io/x.html\"/>\n\n{body}"
            ),
        )
        .write("codeSnippets/snippets/otel/README.md", sample)
        .commit_all();
    repo
}

#[test]
fn a_writerside_topic_names_images_topics_and_variables_the_site_way() {
    let run = writerside(
        Some(IHP),
        "![Run Server](run-app.png){width=\"706\"}\n\n\
         ![Plugin pipeline](plugin-pipeline.png){width=\"600\"}\n\n\
         See [routing](server-routing.md) and the \
         [API](%plugin_api_link%).\n",
        "# otel\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a name no image or topic has, a target with a folder, a sample's
/// README outside the topics folder, and the same topic without a
/// Writerside configuration, are reported.
#[test]
fn what_writerside_does_not_serve_is_reported() {
    let run = writerside(
        Some(IHP),
        "![Run Server](run-ap.png)\n\n![Pipeline](img/run-app.png)\n",
        "# otel\n\nSee [server-routing.md](server-routing.md).\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "codeSnippets/snippets/otel/README.md",
                3,
                5,
                "codeSnippets/snippets/otel/server-routing.md"
            ),
            t(
                "link/missing-path",
                "topics/server-plugins.md",
                5,
                1,
                "topics/run-ap.png"
            ),
            t(
                "link/missing-path",
                "topics/server-plugins.md",
                7,
                1,
                "topics/img/run-app.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = writerside(
        None,
        "![Run Server](run-app.png)\n\nThe [API](%plugin_api_link%).\n",
        "# otel\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "topics/server-plugins.md",
                5,
                1,
                "topics/run-app.png"
            ),
            t(
                "link/missing-path",
                "topics/server-plugins.md",
                7,
                5,
                "topics/%plugin_api_link%"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: an HTML link inside an HTML comment is not
// rendered (trekhleb/javascript-algorithms' BACKERS.md keeps its backer
// template commented out: `<a href="[PROFILE_URL]">`, 6 findings judged
// false), as a Markdown link inside a comment is not ---

#[test]
fn an_html_link_inside_a_comment_links_nothing() {
    let repo = Repo::new();
    repo.write(
        "BACKERS.md",
        "# Backers\n\n<!--\n<table>\n  <tr>\n    <td align=\"center\">\n      \
         <a href=\"[PROFILE_URL]\">\n        <img src=\"[PROFILE_IMG_SRC]\" width=\"50\" />\n      \
         </a>\n    </td>\n  </tr>\n</table>\n-->\n\nText <!-- <img src=\"gone.png\"> --> here.\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same HTML outside the comment, and after a comment closes in
/// the same block, is reported.
#[test]
fn an_html_link_outside_a_comment_is_reported() {
    let repo = Repo::new();
    repo.write(
        "BACKERS.md",
        "# Backers\n\n<!-- the template -->\n<a href=\"[PROFILE_URL]\">\n  \
         <img src=\"missing.png\" width=\"50\" />\n</a>\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t("link/missing-path", "BACKERS.md", 4, 10, "[PROFILE_URL]"),
            t("link/missing-path", "BACKERS.md", 5, 13, "missing.png"),
        ],
        "\n{}",
        run.dump()
    );
}

// --- an `old_files/` folder holds superseded copies, as `old/` does
// (Asabeneh/30-Days-Of-Python's first readmes, whose images were linked from
// where they stood: 52 findings, the 11 sampled all false) ---

#[test]
fn an_old_files_folder_is_not_checked() {
    let repo = Repo::new();
    repo.write("readme.md", "# 30 Days Of Python\n")
        .write(
            "old_files/readme4-6.md",
            "# Day 4\n\n![String index](./images/string_index.png)\n",
        )
        .write(
            "old-files/readme.md",
            "# Day 1\n\n![Banner](./images/banner.png)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: a folder whose name only starts with `old` (`old_filesystem/`, a
/// product's name) is checked.
#[test]
fn a_folder_named_otherwise_is_checked() {
    let repo = Repo::new();
    repo.write("readme.md", "# 30 Days Of Python\n")
        .write(
            "old_filesystem/readme.md",
            "# Day 4\n\n![String index](./images/string_index.png)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "old_filesystem/readme.md",
            3,
            1,
            "old_filesystem/images/string_index.png"
        )],
        "\n{}",
        run.dump()
    );
}

// --- task/malformed: `* [] : Un ensemble de caractères`, a French regular
// expressions lesson defining the notation `[]` with the space French puts
// before a colon (the English `* []:  A set of characters` was silent
// already) ---

#[test]
fn a_box_defined_before_a_spaced_colon_is_no_task() {
    let repo = Repo::new();
    repo.write(
        "18_regular_expressions_fr.md",
        "# Expressions régulières\n\n* [] : Un ensemble de caractères\n  \
         - [a-c] signifie a, b ou c\n* []:  A set of characters\n* []\u{a0}: idem\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: an empty box followed by words is still a task written wrong.
#[test]
fn an_empty_box_before_words_is_still_reported() {
    let repo = Repo::new();
    repo.write(
        "plan.md",
        "# Plan\n\n* [] Un ensemble : de caractères\n* [ ] real\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]).len(),
        1,
        "\n{}",
        run.dump()
    );
    assert_eq!(
        run.findings_of(&["task/malformed"])[0].2,
        3,
        "\n{}",
        run.dump()
    );
}
