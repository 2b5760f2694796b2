//! `checkmark check PATH` learns the state on disk of each path its document
//! references from that path alone (no status pass over the working tree):
//! its findings must be exactly those of the full `check` for that document,
//! whatever happened to the referenced paths in the working tree. Each case is
//! asserted both ways (twins), with the exact findings.

mod common;

use std::os::unix::fs::symlink;

use common::{Repo, Tuple, assert_findings, t};

const PLAN: &str = "\
# Plan

- [x] [tracked](tracked.md)
- [x] [untracked](../untracked.txt)
- [x] [ignored](../build/out.log)
- [x] [index only](../staged.txt)
- [x] [deleted](../deleted.txt)
- [x] [type changed](../link-me.txt#L1)
- [x] [gone folder](../gone-dir/)
- [x] [folder now](../now-dir)
- [x] [parent symlinked](../real/a.md)
- [x] [missing](../nothing.txt)
";

/// A committed repository whose working tree then changes under the plan's
/// references: an untracked file, an ignored one, a file only in the index,
/// a tracked file deleted, one replaced by a symlink, a tracked folder
/// deleted, a tracked file replaced by a folder, and a folder replaced by a
/// symlink to another folder holding the same name.
fn changed_tree() -> Repo {
    let repo = Repo::new();
    repo.write("docs/plan.md", PLAN)
        .write("docs/tracked.md", "# T\n")
        .write("other/a.md", "a\n")
        .write("real/a.md", "a\n")
        .write("gone-dir/g.txt", "g\n")
        .write("now-dir", "x\n")
        .write("deleted.txt", "d\n")
        .write("target.txt", "t\n")
        .write("link-me.txt", "l\n")
        .write(".gitignore", "build/\n")
        .commit_all();
    let p = repo.path();
    repo.write("untracked.txt", "u\n")
        .write("build/out.log", "o\n")
        .write("staged.txt", "s\n")
        .add(&["staged.txt"]);
    std::fs::remove_file(p.join("deleted.txt")).unwrap();
    std::fs::remove_file(p.join("link-me.txt")).unwrap();
    symlink("target.txt", p.join("link-me.txt")).unwrap();
    std::fs::remove_dir_all(p.join("gone-dir")).unwrap();
    std::fs::remove_file(p.join("now-dir")).unwrap();
    repo.write("now-dir/n.txt", "n\n");
    std::fs::remove_dir_all(p.join("real")).unwrap();
    symlink("other", p.join("real")).unwrap();
    repo
}

fn expected() -> Vec<Tuple> {
    let f = "docs/plan.md";
    vec![
        t("path/untracked", f, 4, 7, "untracked.txt"),
        t("link/missing-path", f, 7, 7, "deleted.txt"),
        t("link/missing-path", f, 9, 7, "gone-dir"),
        t("link/missing-path", f, 10, 7, "now-dir"),
        t("link/missing-path", f, 11, 7, "real/a.md"),
        t("link/missing-path", f, 12, 7, "nothing.txt"),
    ]
}

#[test]
fn check_path_judges_changed_references_as_the_full_check() {
    let repo = changed_tree();
    let run = repo.check(&["docs/plan.md"]);
    assert_findings(&run, &expected(), 1);
    assert_eq!(run.files_checked(), 1);
}

#[test]
fn full_check_judges_changed_references_as_check_path() {
    let repo = changed_tree();
    let run = repo.check(&[]);
    assert_findings(&run, &expected(), 1);
}

/// The true-positive twins' quiet side: the same references with the working
/// tree as committed (the untracked file added) give no finding either way.
#[test]
fn check_path_and_full_check_are_quiet_on_a_clean_tree() {
    let repo = Repo::new();
    repo.write("docs/plan.md", PLAN)
        .write("docs/tracked.md", "# T\n")
        .write("untracked.txt", "u\n")
        .write("staged.txt", "s\n")
        .write("deleted.txt", "d\n")
        .write("link-me.txt", "l\n")
        .write("gone-dir/g.txt", "g\n")
        .write("now-dir", "x\n")
        .write("real/a.md", "a\n")
        .write("nothing.txt", "n\n")
        .write(".gitignore", "build/\n")
        .commit_all();
    for args in [&["docs/plan.md"][..], &[]] {
        let run = repo.check(args);
        assert_findings(&run, &[], 0);
    }
}

/// A tracked symlink whose target the working tree deletes: followed from
/// the index, the link is judged on disk, alike both ways.
#[test]
fn check_path_follows_a_tracked_symlink_to_a_deleted_file_as_the_full_check() {
    let repo = Repo::new();
    repo.write("docs/plan.md", "# Plan\n\n- [x] [log](../latest.log)\n")
        .write("logs/run.log", "l\n");
    symlink("logs/run.log", repo.path().join("latest.log")).unwrap();
    repo.commit_all();
    let quiet = repo.check(&["docs/plan.md"]);
    assert_findings(&quiet, &[], 0);
    std::fs::remove_file(repo.path().join("logs/run.log")).unwrap();
    let expected = [t("link/missing-path", "docs/plan.md", 3, 7, "latest.log")];
    for args in [&["docs/plan.md"][..], &[]] {
        let run = repo.check(args);
        assert_findings(&run, &expected, 1);
    }
}

/// "Did you mean" names paths of the repository (its tracked files), the
/// same for `check PATH` and the full check: a tracked file of the missing
/// target's name is suggested, an untracked one (which `check PATH` would
/// have to list the whole working tree to see) is not.
#[test]
fn suggestions_name_tracked_files_alike_for_check_path_and_the_full_check() {
    let repo = Repo::new();
    repo.write(
        "docs/plan.md",
        "# Plan\n\n- [x] [notes](notes-old/setup.md)\n- [x] [more](more/steps.md)\n",
    )
    .write("guide/setup.md", "s\n")
    .commit_all()
    .write("extra/steps.md", "x\n");
    for args in [&["docs/plan.md"][..], &[]] {
        let run = repo.check(args);
        let expected = [
            t(
                "link/missing-path",
                "docs/plan.md",
                3,
                7,
                "docs/notes-old/setup.md",
            ),
            t(
                "link/missing-path",
                "docs/plan.md",
                4,
                7,
                "docs/more/steps.md",
            ),
        ];
        assert_findings(&run, &expected, 1);
        let helps: Vec<String> = run
            .diagnostics()
            .iter()
            .map(|d| d["help"].as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(
            helps,
            [
                "did you mean `../guide/setup.md`?",
                "commit the file, or correct the path"
            ],
            "{args:?}"
        );
    }
}
