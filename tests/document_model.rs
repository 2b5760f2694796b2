//! The document model as GitHub renders it: reference definitions and links
//! taken from the CommonMark parse (not from a scan of raw lines), links to a
//! folder's README section, and front matter only when it is YAML metadata.
//! Every silent case stands beside its true-positive twin.

mod common;

use common::{Repo, t};

const RULES: &[&str] = &["link/", "path/", "task/"];

#[track_caller]
fn assert_exact(repo: &Repo, expected: &[common::Tuple]) {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(RULES), expected, "\n{}", run.dump());
}

// --- reference definitions, from the parse ---

#[test]
fn a_definition_whose_destination_is_on_the_next_line_is_checked() {
    let repo = Repo::new();
    repo.write(
        "plan.md",
        "\
# Plan

See the [runbook][rb] and the [notes][n].

[rb]:
  docs/runbook.md
[n]: docs/notes.md
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[
            t("link/missing-path", "plan.md", 5, 1, "docs/runbook.md"),
            t("link/missing-path", "plan.md", 7, 1, "docs/notes.md"),
        ],
    );
}

#[test]
fn lines_after_a_broken_definition_are_paragraph_text_not_links() {
    // `[notes]: my notes.md` is no definition (a space in the destination):
    // it starts a paragraph, and the next line continues it.
    let repo = Repo::new();
    repo.write(
        "broken.md",
        "\
# Broken

[notes]: my notes.md
[plan]: missing-plan.md

See [plan].
",
    )
    .write(
        "twin.md",
        "\
# Twin

[notes]: my notes.md

[plan]: missing-plan.md

See [plan].
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "twin.md", 5, 1, "missing-plan.md")],
    );
}

#[test]
fn an_unused_definition_is_never_rendered_so_it_is_not_a_broken_link() {
    let repo = Repo::new();
    repo.write(
        "refs.md",
        "\
# Refs

Read the [guide] first.

[old]: gone.md
[Guide]: missing-guide.md
> [quoted]: also-gone.md
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "refs.md", 6, 1, "missing-guide.md")],
    );
}

#[test]
fn the_first_definition_of_a_label_is_the_one_used() {
    let repo = Repo::new();
    repo.write("here.md", "# Here\n")
        .write(
            "dup.md",
            "\
# Dup

Go [there].

[there]: here.md
[THERE]: nowhere.md
",
        )
        .write(
            "twin.md",
            "\
# Twin

Go [there].

[THERE]: nowhere.md
[there]: here.md
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "twin.md", 5, 1, "nowhere.md")],
    );
}

#[test]
fn a_link_after_definitions_in_a_paragraph_stands_on_its_own_line() {
    // comrak numbers the inlines of a paragraph from its first line even when
    // definitions there were taken out; the link is on line 4, not line 3.
    let repo = Repo::new();
    repo.write("a.md", "# A\n")
        .write(
            "doc.md",
            "\
# Doc

[a]: a.md
See [missing](missing.md) and [a].
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "doc.md", 4, 5, "missing.md")],
    );
}

// --- a folder with a fragment: its README, as GitHub shows it ---

#[test]
fn a_folder_link_with_a_fragment_is_checked_against_the_folders_readme() {
    let repo = Repo::new();
    repo.write("guide/README.md", "# Guide\n\n## Setup\n")
        .write("guide/setup.md", "# Other\n\n## Nope\n")
        .write(
            "index.md",
            "\
# Index

- [setup](guide#setup)
- [setup again](guide/#setup)
- [broken](guide/#nope)
- [top](guide#top)
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-anchor",
            "index.md",
            5,
            3,
            "guide/README.md#nope",
        )],
    );
}

#[test]
fn a_markdown_readme_is_shown_before_a_plain_one_and_other_markup_is_not_read() {
    let repo = Repo::new();
    repo.write("a/README", "Plain text, no headings.\n")
        .write("a/README.md", "# A\n\n## Install\n")
        .write("b/README.rst", "B\n=\n\nInstall\n-------\n")
        .write(
            "index.md",
            "\
# Index

- [a](a#install)
- [a, wrong](a#uninstall)
- [b](b#anything)
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-anchor",
            "index.md",
            4,
            3,
            "a/README.md#uninstall",
        )],
    );
}

#[test]
fn a_folder_without_a_readme_has_no_anchor_for_a_fragment() {
    let repo = Repo::new();
    repo.write("tools/run.sh", "echo\n")
        .write("site/index.md", "# Site\n\n## Intro\n")
        .write(
            "index.md",
            "\
# Index

- [tools](tools#usage)
- [tools, no fragment](tools/)
- [site](site#intro)
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-anchor", "index.md", 3, 3, "tools#usage")],
    );
}

#[test]
fn at_the_root_the_readme_in_dot_github_comes_first() {
    let repo = Repo::new();
    repo.write(".github/README.md", "# Shown\n\n## Shown section\n")
        .write("README.md", "# Root\n\n## Root section\n")
        .write(
            "docs/page.md",
            "\
# Page

- [shown](..#shown-section)
- [root](../#root-section)
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-anchor",
            "docs/page.md",
            4,
            3,
            ".github/README.md#root-section",
        )],
    );
}

// --- front matter only when it is YAML metadata ---

#[test]
fn a_rule_then_prose_then_a_rule_is_a_document_not_front_matter() {
    let repo = Repo::new();
    repo.write(
        "prose.md",
        "\
---
This is the release plan. Read [the checklist](checklist.md) first.
---

# Release
",
    )
    .write(
        "meta.md",
        "\
---
title: Read [the checklist](checklist.md) first
---

# Release
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "prose.md", 2, 32, "checklist.md")],
    );
}

#[test]
fn a_list_between_rules_is_a_document_and_its_links_are_checked() {
    let repo = Repo::new();
    repo.write(
        "tasks.md",
        "\
---
- Ship [the notes](notes.md)
---
",
    )
    .write(
        "meta.md",
        "\
---
tasks: 'Ship [the notes](notes.md)'
---
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "tasks.md", 2, 8, "notes.md")],
    );
}

#[test]
fn a_block_that_is_not_yaml_stays_hidden_as_github_shows_it_as_code() {
    // GitHub prints a block that does not parse as YAML as code under an
    // "Error in user YAML" banner: nothing in it is rendered as Markdown.
    let repo = Repo::new();
    repo.write(
        "table.md",
        "\
---
| Step | Link |
|------|------|
| one  | [a](missing-a.md) |
---

See [b](missing-b.md).
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "table.md", 7, 5, "missing-b.md")],
    );
}
