//! `path/renamed`: references whose target git history shows was moved, in
//! real repositories (`git mv`, chains, folders, rename then delete), with the
//! exact findings and the exact `fix` output.

mod common;

use common::{Repo, t};

/// A repository with `ops/runbook.md` and `src/retry.py`, referenced from
/// `docs/plan.md` by a relative link, a root-relative link, a citation, an
/// evidence cell and a mention in a checked item.
fn referenced() -> Repo {
    let repo = Repo::new();
    repo.write("ops/runbook.md", "# Runbook\n\n## Restart\n")
        .write("src/retry.py", common::lines(20))
        .write(
            "docs/plan.md",
            "# Plan\n\n\
             - [x] Runbook: [runbook](../ops/runbook.md#restart) and [root](/ops/runbook.md)\n\
             - [x] Retries capped【F:src/retry.py†L3-L4】 in `src/retry.py`\n\n\
             | Item | Status | Evidence |\n\
             | --- | --- | --- |\n\
             | Retry | ✅ Done | `src/retry.py` |\n",
        )
        .commit_all();
    repo
}

#[test]
fn every_kind_of_reference_to_a_moved_file_is_renamed_and_fixed_in_its_own_form() {
    let repo = referenced();
    repo.git(&["mv", "ops", "operations"]);
    repo.mkdir("lib");
    repo.git(&["mv", "src/retry.py", "lib/retry.py"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "docs/plan.md", 3, 16, "ops/runbook.md"),
            t("path/renamed", "docs/plan.md", 3, 57, "ops/runbook.md"),
            t("path/renamed", "docs/plan.md", 4, 21, "src/retry.py"),
            t("path/renamed", "docs/plan.md", 4, 47, "src/retry.py"),
            t("path/renamed", "docs/plan.md", 8, 20, "src/retry.py"),
        ],
        "{}",
        run.dump()
    );
    let d = &run.diagnostics()[0];
    let sha = repo.git(&["rev-parse", "--short", "HEAD"]);
    let sha = sha.trim();
    let date = repo.git(&["log", "-1", "--format=%cs"]);
    let date = date.trim();
    assert_eq!(
        d["message"],
        format!("link target `../ops/runbook.md` was moved to `operations/runbook.md` in {sha} ({date}, \"commit\")").as_str()
    );
    assert_eq!(
        d["help"],
        "reference `../operations/runbook.md` instead; `checkmark fix` rewrites it"
    );
    assert_eq!(run.code, 1);

    // Safe: `fix` rewrites every one, each in its own form.
    let fixed = repo.run(&["fix"]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\n\
         - [x] Runbook: [runbook](../operations/runbook.md#restart) and [root](/operations/runbook.md)\n\
         - [x] Retries capped【F:lib/retry.py†L3-L4】 in `lib/retry.py`\n\n\
         | Item | Status | Evidence |\n\
         | --- | --- | --- |\n\
         | Retry | ✅ Done | `lib/retry.py` |\n"
    );
    assert_eq!(repo.check(&[]).findings(), vec![]);
    assert_eq!(repo.run(&["fix", "--diff"]).stdout, "");
}

#[test]
fn a_chain_of_renames_is_followed_to_its_end() {
    let repo = referenced();
    repo.git(&["mv", "src/retry.py", "src/retries.py"]);
    repo.commit();
    repo.mkdir("lib");
    repo.git(&["mv", "src/retries.py", "lib/retries.py"]);
    repo.commit();
    let run = repo.check(&["--select", "path/renamed"]);
    let targets: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        targets,
        vec!["reference `lib/retries.py` instead; `checkmark fix` rewrites it"; 3]
    );
}

#[test]
fn a_file_renamed_then_deleted_is_just_missing() {
    let repo = referenced();
    repo.git(&["mv", "src/retry.py", "src/retries.py"]);
    repo.commit();
    repo.git(&["rm", "-q", "src/retries.py"]);
    repo.commit();
    let run = repo.check(&[]);
    let rules: Vec<String> = run
        .findings()
        .into_iter()
        .map(|f| f.0)
        .filter(|r| r != "evidence/missing-for-done")
        .collect();
    // `mention/missing-path` is off by default: the mention's missing file is
    // not reported (the citation and the evidence cell say it).
    assert_eq!(
        rules,
        vec!["citation/missing-path", "evidence/missing-path"],
        "{}",
        run.dump()
    );
}

#[test]
fn a_rename_that_updates_the_reference_in_the_same_commit_is_clean() {
    let repo = referenced();
    repo.git(&["mv", "ops/runbook.md", "ops/RUNBOOK.md"]);
    let plan = std::fs::read_to_string(repo.path().join("docs/plan.md"))
        .expect("read")
        .replace("ops/runbook.md", "ops/RUNBOOK.md");
    repo.write("docs/plan.md", plan).commit_all();
    assert_eq!(repo.check(&[]).findings(), vec![]);
}

#[test]
fn a_never_existing_path_is_missing_not_renamed() {
    let repo = referenced();
    repo.write("docs/other.md", "# Other\n\nSee [gone](nowhere.md).\n")
        .commit_all();
    let run = repo.check(&["docs/other.md"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/other.md",
            3,
            5,
            "docs/nowhere.md"
        )]
    );
}

#[test]
fn a_moved_folder_keeps_its_trailing_slash() {
    let repo = Repo::new();
    repo.write("logs/run1/out.txt", "ok\n")
        .write(
            "STATUS.md",
            "# Status\n\n| Item | Status | Evidence |\n| --- | --- | --- |\n| Load | ✅ Done | `logs/run1/` |\n",
        )
        .commit_all();
    repo.mkdir("evidence");
    repo.git(&["mv", "logs/run1", "evidence/run1"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("path/renamed", "STATUS.md", 5, 19, "logs/run1")],
        "{}",
        run.dump()
    );
    repo.run(&["fix"]);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("STATUS.md")).expect("read"),
        "# Status\n\n| Item | Status | Evidence |\n| --- | --- | --- |\n| Load | ✅ Done | `evidence/run1/` |\n"
    );
}

#[test]
fn renames_are_found_in_rev_mode_of_a_bare_clone() {
    let repo = referenced();
    repo.git(&["mv", "ops", "operations"]);
    repo.commit();
    repo.git(&["clone", "-q", "--bare", ".", "bare.git"]);
    let run = common::check_in(&repo.path().join("bare.git"), &["--rev", "HEAD"]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "docs/plan.md", 3, 16, "ops/runbook.md"),
            t("path/renamed", "docs/plan.md", 3, 57, "ops/runbook.md"),
        ]
    );
}

#[test]
fn a_link_in_a_heading_is_rewritten_since_its_target_is_not_part_of_the_anchor() {
    // (A path in a heading's text would be: that one is reported, not rewritten.)
    let repo = Repo::new();
    repo.write("ops/runbook.md", "# Runbook\n")
        .write(
            "docs/plan.md",
            "# Plan\n\n## [Runbook](../ops/runbook.md)\n\n- [x] Done: see [runbook](../ops/runbook.md)\n",
        )
        .commit_all();
    repo.git(&["mv", "ops", "operations"]);
    repo.commit();
    let run = repo.check(&["--select", "path/renamed"]);
    let fixable: Vec<(u64, bool)> = run
        .diagnostics()
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or(0),
                d["fixable"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(fixable, vec![(3, true), (5, true)], "{}", run.dump());
    repo.run(&["fix"]);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\n## [Runbook](../operations/runbook.md)\n\n- [x] Done: see [runbook](../operations/runbook.md)\n"
    );
}

/// Issue 11 item 1: a citation to a file that moved keeps pointing at its
/// lines. Lines inserted above the cited block in the move commit: `fix`
/// rewrites the path and the numbers in one safe edit.
#[test]
fn a_citation_to_a_moved_file_whose_lines_also_moved_is_re_anchored() {
    let repo = referenced();
    repo.mkdir("lib");
    repo.git(&["mv", "src/retry.py", "lib/retry.py"]);
    let moved = format!("new 1\nnew 2\n{}", common::lines(20));
    repo.write("lib/retry.py", moved).commit_all();
    let run = repo.check(&[]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["line"] == 4 && d["column"] == 21)
        .expect("the citation's finding");
    assert_eq!(d["rule"], "path/renamed");
    assert_eq!(
        d["help"],
        "reference `lib/retry.py` instead; the cited lines now stand at L5-L6; `checkmark fix` rewrites it and its line numbers"
    );
    let fixed = repo.run(&["fix"]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\n\
         - [x] Runbook: [runbook](../ops/runbook.md#restart) and [root](/ops/runbook.md)\n\
         - [x] Retries capped【F:lib/retry.py†L5-L6】 in `lib/retry.py`\n\n\
         | Item | Status | Evidence |\n\
         | --- | --- | --- |\n\
         | Retry | ✅ Done | `lib/retry.py` |\n"
    );
    assert_eq!(repo.check(&[]).findings(), vec![]);
    assert_eq!(repo.run(&["fix", "--diff"]).stdout, "");
}

/// The twin: the cited lines were edited along with the move. The path is
/// still rewritten (it is the same file), the numbers are kept, and the help
/// says how many cited lines changed.
#[test]
fn a_citation_to_a_moved_file_whose_lines_changed_keeps_its_numbers() {
    let repo = referenced();
    repo.mkdir("lib");
    repo.git(&["mv", "src/retry.py", "lib/retry.py"]);
    let edited = common::lines(20).replace("line 3\nline 4\n", "retry(3)\nretry(4)\n");
    repo.write("lib/retry.py", edited).commit_all();
    let run = repo.check(&[]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["line"] == 4 && d["column"] == 21)
        .expect("the citation's finding");
    assert_eq!(
        d["help"],
        "reference `lib/retry.py` instead; 2 of the 2 cited lines changed since, so check what the reference says; `checkmark fix` rewrites it"
    );
    let fixed = repo.run(&["fix"]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
    let text = std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read");
    assert!(
        text.contains("- [x] Retries capped【F:lib/retry.py†L3-L4】 in `lib/retry.py`\n"),
        "{text}"
    );
}

/// A link to a section of a moved file whose section did not survive the
/// move (renamed while the file moved, as in rust-project-goals, where
/// `slate.md#preapproved-goals-in-need-of-owners` became a README without that
/// heading): the finding names the move but offers no fix, since the rewritten
/// link would only trade a missing file for a missing anchor. Its twin, the
/// section still there, is fixed by `every_kind_of_reference_…` above.
#[test]
fn a_moved_file_that_lost_the_linked_section_gets_no_fix() {
    let repo = Repo::new();
    let body = common::lines(30);
    repo.write(
        "goals/slate.md",
        format!("# Slate\n\n## Goals in need of owners\n\n{body}"),
    )
    .write(
        "docs/about.md",
        "# About\n\nSee [the slate](../goals/slate.md#goals-in-need-of-owners).\n",
    )
    .commit_all();
    repo.git(&["mv", "goals/slate.md", "goals/README.md"]);
    repo.write(
        "goals/README.md",
        format!("# Slate\n\n## Owners wanted\n\n{body}"),
    );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("path/renamed", "docs/about.md", 3, 5, "goals/slate.md")],
        "{}",
        run.dump()
    );
    let d = &run.diagnostics()[0];
    assert_eq!(
        d["help"],
        "`goals/README.md` has no section `#goals-in-need-of-owners`: reference `../goals/README.md` with the anchor of the section that holds it now (no automatic fix: the section moved or was renamed)"
    );
    assert_eq!(d["fixable"], false);
    assert_eq!(repo.run(&["fix", "--diff"]).stdout, "");
}

/// The `help` of each `path/renamed` finding of a run, in order.
fn renamed_helps(run: &common::Run) -> Vec<String> {
    run.diagnostics()
        .iter()
        .filter(|d| d["rule"] == "path/renamed")
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_rename_deep_in_folders_is_found_past_many_later_commits() {
    // The history walk reads only the folders on the way to the asked-for
    // path, in doubling steps: the rename is 70 commits back, past the first
    // step, and the folder it was in changes in every later commit.
    let repo = Repo::new();
    repo.write("a/b/c/d/deep.md", "# Deep\n")
        .write("a/b/c/d/other.md", "0\n")
        .write(
            "README.md",
            "# Readme\n\nSee [deep](a/b/c/d/deep.md).\nSee [never](a/b/c/d/never.md).\n",
        )
        .commit_all();
    repo.mkdir("a/b/c/e");
    repo.git(&["mv", "a/b/c/d/deep.md", "a/b/c/e/deep.md"]);
    repo.commit();
    for i in 1..=70 {
        repo.write("a/b/c/d/other.md", format!("{i}\n"))
            .commit_all();
    }
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "README.md", 3, 5, "a/b/c/d/deep.md"),
            t("link/missing-path", "README.md", 4, 5, "a/b/c/d/never.md"),
        ],
        "{}",
        run.dump()
    );
    assert_eq!(
        renamed_helps(&run),
        vec!["reference `a/b/c/e/deep.md` instead; `checkmark fix` rewrites it"]
    );
}

#[test]
fn a_folder_renamed_deep_in_the_tree_names_its_new_place() {
    let repo = Repo::new();
    repo.write("docs/guides/setup/install.md", "# Install\n")
        .write("docs/guides/setup/run.md", "# Run\n")
        .write("docs/guides/other.md", "0\n")
        .write(
            "README.md",
            "# Readme\n\nSee [install](docs/guides/setup/install.md).\nSee [setup](docs/guides/setup/).\nSee [gone](docs/guides/gone/x.md).\n",
        )
        .commit_all();
    repo.mkdir("docs/handbook");
    repo.git(&["mv", "docs/guides/setup", "docs/handbook/setup"]);
    repo.commit();
    for i in 1..=5 {
        repo.write("docs/guides/other.md", format!("{i}\n"))
            .commit_all();
    }
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "README.md",
                3,
                5,
                "docs/guides/setup/install.md"
            ),
            t("path/renamed", "README.md", 4, 5, "docs/guides/setup"),
            t(
                "link/missing-path",
                "README.md",
                5,
                5,
                "docs/guides/gone/x.md"
            ),
        ],
        "{}",
        run.dump()
    );
    assert_eq!(
        renamed_helps(&run),
        vec![
            "reference `docs/handbook/setup/install.md` instead; `checkmark fix` rewrites it",
            "reference `docs/handbook/setup/` instead; `checkmark fix` rewrites it",
        ]
    );
}

#[test]
fn a_file_re_added_after_a_rename_and_deleted_again_is_missing_and_renamed_once_moved_again() {
    let repo = Repo::new();
    repo.write("notes/x.md", "# X\n\nthe first x\n")
        .write("README.md", "# Readme\n\nSee [x](notes/x.md).\n")
        .commit_all();
    repo.git(&["mv", "notes/x.md", "notes/y.md"]);
    repo.commit();
    repo.write("notes/x.md", "# X again\n\nanother x\n")
        .commit_all();
    repo.git(&["rm", "-q", "notes/x.md"]);
    repo.commit();
    // The newest deletion is not a rename: the older one does not count.
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "README.md", 3, 5, "notes/x.md")],
        "{}",
        run.dump()
    );
    // Its twin: re-added once more and moved, the newest move is named.
    repo.write("notes/x.md", "# X third\n\nthird x\n")
        .commit_all();
    repo.git(&["mv", "notes/x.md", "notes/z.md"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("path/renamed", "README.md", 3, 5, "notes/x.md")],
        "{}",
        run.dump()
    );
    assert_eq!(
        renamed_helps(&run),
        vec!["reference `notes/z.md` instead; `checkmark fix` rewrites it"]
    );
}

#[test]
fn a_rename_onto_a_path_moved_away_earlier_ends_there() {
    // `docs/x.md` moved to `docs/y.md`, later `z.md` moved to `docs/x.md`: a
    // reference to `z.md` goes to `docs/x.md`; the older move of the earlier
    // `docs/x.md` is not a later rename of this one. The never-existing link
    // first makes the walk read the whole history before `z.md` is asked.
    let repo = Repo::new();
    repo.write("docs/x.md", "# X\n\nthe old x\n")
        .write("z.md", "# Z\n\nthe z document\n")
        .write(
            "README.md",
            "# Readme\n\nSee [never](never/there.md).\nSee [z](z.md).\n",
        )
        .commit_all();
    repo.git(&["mv", "docs/x.md", "docs/y.md"]);
    repo.commit();
    repo.git(&["mv", "z.md", "docs/x.md"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "README.md", 3, 5, "never/there.md"),
            t("path/renamed", "README.md", 4, 5, "z.md"),
        ],
        "{}",
        run.dump()
    );
    assert_eq!(
        renamed_helps(&run),
        vec!["reference `docs/x.md` instead; `checkmark fix` rewrites it"]
    );
}

/// A rule doc made from the template, named `no-<name>.md`.
fn templated(name: &str) -> String {
    format!(
        "# {name}\n\nDisallow {name} problems.\n\n## Rule Details\n\n\
         This rule reports code that has the {name} problem.\n\n## Options\n\n\
         This rule has no options.\n\n## When Not To Use It\n\n\
         If you do not care about {name}.\n\n## Further Reading\n\n- Docs\n"
    )
}

/// Survey 7 (ofri-peretz/forge-js): rule docs made from one template were
/// split into plugins in one commit. Git paired the deleted
/// `no-missing-aria-labels.md` with the new, alike `no-missing-security-headers.md`
/// (a different rule), and `fix` would have linked the wrong doc. A pair whose
/// names differ is a move only when nothing else explains it: the doc added
/// under the same name elsewhere is the successor; a pair that is merely
/// alike (under 90 %) is no move, and the link is just missing.
#[test]
fn a_template_alike_file_under_another_name_is_not_the_successor() {
    let repo = Repo::new();
    repo.write(
        "core/docs/rules/no-missing-aria-labels.md",
        templated("aria-labels"),
    )
    .write(
        "core/docs/rules/no-keyboard-inaccessible.md",
        templated("keyboard"),
    )
    .write(
        "core/docs/rules/html.md",
        "# html attrs\n\n\
         - [aria](./no-missing-aria-labels.md) - Accessibility\n\
         - [keyboard](./no-keyboard-inaccessible.md) - Keyboard\n",
    )
    .commit_all();
    repo.git(&["rm", "-q", "core/docs/rules/no-missing-aria-labels.md"]);
    repo.git(&["rm", "-q", "core/docs/rules/no-keyboard-inaccessible.md"]);
    repo.write(
        "secure/docs/rules/no-missing-security-headers.md",
        templated("security-headers"),
    )
    .write(
        "secure/docs/rules/no-insecure-redirects.md",
        templated("redirects"),
    )
    .write(
        "a11y/docs/rules/no-missing-aria-labels.md",
        "# no-missing-aria-labels\n\nRewritten for the a11y plugin.\n",
    )
    .commit_all();
    let run = repo.check(&["core/docs/rules/html.md"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "core/docs/rules/html.md",
                3,
                3,
                "core/docs/rules/no-missing-aria-labels.md"
            ),
            t(
                "link/missing-path",
                "core/docs/rules/html.md",
                4,
                3,
                "core/docs/rules/no-keyboard-inaccessible.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    assert!(
        run.diagnostics()[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("moved to `a11y/docs/rules/no-missing-aria-labels.md`")),
        "\n{}",
        run.dump()
    );
}

/// The twin: a file renamed and edited a little in the same commit is still
/// a move, with its fix (90 % alike and more).
#[test]
fn a_file_renamed_and_lightly_edited_is_still_moved() {
    let repo = Repo::new();
    let body = common::lines(40);
    repo.write("ops/restart.md", body.clone())
        .write(
            "docs/plan.md",
            "# Plan\n\nSee [restart](../ops/restart.md).\n",
        )
        .commit_all();
    repo.git(&["rm", "-q", "ops/restart.md"]);
    repo.write("ops/runbook-restart.md", format!("# Restart\n{body}"))
        .commit_all();
    let run = repo.check(&["docs/plan.md"]);
    assert_eq!(
        run.findings(),
        vec![t("path/renamed", "docs/plan.md", 3, 5, "ops/restart.md")],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.diagnostics()[0]["fixable"], true, "\n{}", run.dump());
}

/// A commit that moves hundreds of files into a new folder (more added and
/// deleted files than libgit2 measures pair by pair in good time: see
/// `history::renames::commit_changes`), one of them edited on the way: the
/// files moved unchanged are paired by their contents, the edited one by
/// git's similarity, and references to both are renamed.
#[test]
fn a_commit_moving_hundreds_of_files_finds_the_unchanged_and_the_edited_moves() {
    let repo = Repo::new();
    for i in 0..600 {
        repo.write(
            &format!("pkg/f{i:04}.txt"),
            format!("file {i}\n{}", common::lines(5)),
        );
    }
    repo.write("pkg/notes.txt", common::lines(30))
        .write(
            "docs/plan.md",
            "# Plan\n\n- [Part](../pkg/f0001.txt)\n- [Notes](../pkg/notes.txt)\n",
        )
        .commit_all();
    repo.git(&["mv", "pkg", "lib"]);
    repo.write(
        "lib/notes.txt",
        common::lines(30).replace("line 7\n", "line seven\n"),
    );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "docs/plan.md", 3, 3, "pkg/f0001.txt"),
            t("path/renamed", "docs/plan.md", 4, 3, "pkg/notes.txt"),
        ],
        "{}",
        run.dump()
    );
    let help: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        help,
        vec![
            "reference `../lib/f0001.txt` instead; `checkmark fix` rewrites it",
            "reference `../lib/notes.txt` instead; `checkmark fix` rewrites it",
        ]
    );
}
