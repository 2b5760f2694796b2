//! `check --rev` reads git's ignore rules from the commit's tree, as it
//! reads everything else: a link into a folder `.gitignore` ignores (a build
//! output no commit holds) is silent there as in the working tree, also in a
//! bare clone, which has no working tree to ask; and the working tree's
//! uncommitted `.gitignore` does not change what the commit is judged on.

mod common;

use common::{Repo, t};

const PLAN: &str = "# Plan\n\n\
                    Coverage: [report](htmlcov/index.html)\n\n\
                    Notes: [notes](notes/gone.md)\n";

fn ignoring_htmlcov() -> Repo {
    let repo = Repo::new();
    repo.write(".gitignore", "htmlcov/\n")
        .write("plan.md", PLAN)
        .commit_all();
    repo
}

#[test]
fn a_link_into_an_ignored_folder_is_silent_in_rev_mode_as_in_the_working_tree() {
    let repo = ignoring_htmlcov();
    // The twin: a target that nothing ignores is reported, in both modes.
    let expected = vec![t("link/missing-path", "plan.md", 5, 8, "notes/gone.md")];
    let worktree = repo.check(&[]);
    assert_eq!(worktree.findings(), expected, "\n{}", worktree.dump());
    let rev = repo.check(&["--rev", "HEAD"]);
    assert_eq!(rev.findings(), expected, "\n{}", rev.dump());
    repo.git(&["clone", "-q", "--bare", ".", "bare.git"]);
    let bare = common::check_in(&repo.path().join("bare.git"), &["--rev", "HEAD"]);
    assert_eq!(bare.findings(), expected, "\n{}", bare.dump());
}

#[test]
fn rev_mode_follows_the_commits_gitignore_not_the_working_trees() {
    let repo = ignoring_htmlcov();
    // Uncommitted: `htmlcov/` no longer ignored, `notes/` ignored.
    repo.write(".gitignore", "notes/\n");
    let rev = repo.check(&["--rev", "HEAD"]);
    assert_eq!(
        rev.findings(),
        vec![t("link/missing-path", "plan.md", 5, 8, "notes/gone.md")],
        "\n{}",
        rev.dump()
    );
    // A nested `.gitignore` in the commit decides for its folder.
    repo.write(".gitignore", "htmlcov/\n")
        .write("notes/.gitignore", "build/\n")
        .write(
            "notes/index.md",
            "# Notes\n\n[out](build/a.md) and [src](src/a.md)\n",
        )
        .commit_all();
    let rev = repo.check(&["--rev", "HEAD", "notes/index.md"]);
    assert_eq!(
        rev.findings(),
        vec![t(
            "link/missing-path",
            "notes/index.md",
            3,
            23,
            "notes/src/a.md"
        )],
        "\n{}",
        rev.dump()
    );
}
