//! Survey 27: a table of contents whose links all miss their headings for
//! one habit, the heading's leading emoji (`## 🎯 Overview` is `#-overview`
//! on GitHub) or number (`## 1. Overview` is `#1-overview`), linked as
//! `#overview` (EDUZEN: 97 findings from 15 tables of contents, tripo04os
//! 72 from 7, ghostspeak 30). Each link is broken, but the maintainer fixes
//! the list once: one finding per list, counting the entries and giving
//! their lines. Each fold beside its twins: a typo stays its own finding,
//! two entries stay per entry, a typo among a habit's entries keeps its own.
//! The real binary in real git repositories, exact findings.

mod common;

use common::{Repo, t};

const MA: &str = "link/missing-anchor";

/// EDUZEN's `docs/user-guide/*.md`: `## 🎯 Vue d'ensemble` linked as
/// `#vue-densemble`. A heading without an emoji in the middle resolves; the
/// list is one list still. `⚙️` keeps its variation selector in the id.
#[test]
fn an_emoji_table_of_contents_is_one_finding() {
    let repo = Repo::new();
    repo.write(
        "guide.md",
        "# Guide\n\
         \n\
         - [Overview](#overview)\n\
         - [Install](#install)\n\
         - [FAQ](#faq)\n\
         - [Configuration](#configuration)\n\
         - [Usage](#usage)\n\
         \n\
         ## 🎯 Overview\n\n## 🚀 Install\n\n## FAQ\n\n## ⚙️ Configuration\n\n## 📝 Usage\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(MA, "guide.md", 3, 3, "guide.md#overview")],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&[MA]);
    assert_eq!(
        d[0]["message"],
        "anchor `#overview` matches no heading or anchor in this document; so do 3 more \
         entries of this table of contents (lines 4, 6-7): each heading starts with an emoji \
         (or another symbol), which GitHub drops from the id but keeps the space after it",
        "\n{}",
        run.dump()
    );
    assert_eq!(
        d[0]["help"],
        "GitHub drops the emoji but keeps the space: write `#overview` → `#-overview`, \
         `#install` → `#-install`, `#configuration` → `#\u{fe0f}-configuration`, …",
        "\n{}",
        run.dump()
    );
}

/// tripo04os' `infrastructure_setup_*.md`: `## 1. Overview` linked as
/// `#overview` in a numbered list.
#[test]
fn a_numbered_headings_table_of_contents_is_one_finding() {
    let repo = Repo::new();
    repo.write(
        "plan.md",
        "# Plan\n\
         \n\
         1. [Overview](#overview)\n\
         2. [Prerequisites](#prerequisites)\n\
         3. [Rollback strategy](#rollback-strategy)\n\
         \n\
         ## 1. Overview\n\n## 2. Prerequisites\n\n## 3. Rollback Strategy\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(MA, "plan.md", 3, 4, "plan.md#overview")],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&[MA]);
    assert_eq!(
        d[0]["message"],
        "anchor `#overview` matches no heading or anchor in this document; so do 2 more \
         entries of this table of contents (lines 4-5): each heading starts with a number, \
         which is part of its id",
        "\n{}",
        run.dump()
    );
    assert_eq!(
        d[0]["help"],
        "the heading's number is part of its id: write `#overview` → `#1-overview`, \
         `#prerequisites` → `#2-prerequisites`, `#rollback-strategy` → `#3-rollback-strategy`",
        "\n{}",
        run.dump()
    );
}

/// Twins: one typo among correct entries is one finding with its
/// suggestion; two entries with the habit (fewer than three, no run) are a
/// finding each, with the id to write.
#[test]
fn a_typo_and_two_habit_entries_stay_per_entry() {
    let repo = Repo::new();
    repo.write(
        "typo.md",
        "# Typo\n\
         \n\
         - [Overview](#overview)\n\
         - [Install](#instal)\n\
         - [Usage](#usage)\n\
         \n\
         ## Overview\n\n## Install\n\n## Usage\n",
    )
    .write(
        "two.md",
        "# Two\n\
         \n\
         - [Overview](#overview)\n\
         - [Install](#install)\n\
         - [Usage](#usage)\n\
         \n\
         ## 🎯 Overview\n\n## 🚀 Install\n\n## Usage\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(MA, "two.md", 3, 3, "two.md#overview"),
            t(MA, "two.md", 4, 3, "two.md#install"),
            t(MA, "typo.md", 4, 3, "typo.md#instal"),
        ],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&[MA]);
    let helps: Vec<&str> = d.iter().filter_map(|f| f["help"].as_str()).collect();
    assert_eq!(
        helps,
        vec![
            "did you mean `#-overview`?",
            "did you mean `#-install`?",
            "did you mean `#install`?",
        ],
        "\n{}",
        run.dump()
    );
    assert!(
        d.iter()
            .all(|f| f["message"].as_str().is_some_and(|m| !m.contains("so do"))),
        "\n{}",
        run.dump()
    );
}

/// A typo among a habit's entries: the fold, and the typo's own finding
/// (`#faqs` for `## FAQ`). Links outside the list with the list's anchors
/// (three in a paragraph) are the same mistake, fixed with the same ids:
/// counted in the list's finding, with their line.
#[test]
fn a_typo_among_habit_entries_keeps_its_own_finding() {
    let repo = Repo::new();
    repo.write(
        "mixed.md",
        "# Mixed\n\
         \n\
         - [Overview](#overview)\n\
         - [Install](#install)\n\
         - [FAQ](#faqs)\n\
         - [Usage](#usage)\n\
         \n\
         See [a](#overview), [b](#install), [c](#usage).\n\
         \n\
         ## 🎯 Overview\n\n## 🚀 Install\n\n## FAQ\n\n## 📝 Usage\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(MA, "mixed.md", 3, 3, "mixed.md#overview"),
            t(MA, "mixed.md", 5, 3, "mixed.md#faqs"),
        ],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&[MA]);
    assert_eq!(
        d[0]["message"],
        "anchor `#overview` matches no heading or anchor in this document; so do 2 more \
         entries of this table of contents (lines 4, 6): each heading starts with an emoji \
         (or another symbol), which GitHub drops from the id but keeps the space after it; \
         3 more links of this document use these anchors (line 8)",
        "\n{}",
        run.dump()
    );
    assert_eq!(d[1]["help"], "did you mean `#faq`?", "\n{}", run.dump());
}
