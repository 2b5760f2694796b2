//! `checkmark install-hook` with the real binary and real `git commit`s: the
//! hook stops a commit whose checklist cites a file that is not staged, lets
//! it through once the file is added, respects hooks it did not write, and
//! lands where git looks for it (`core.hooksPath`, linked worktrees).
//!
//! The hook runs `checkmark` from PATH when there is one, else the binary that
//! installed it. Commits here run with a PATH that holds no `checkmark`, so the
//! hook uses the path baked in at install time: this test build's binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_checkmark");

/// Variables a surrounding git (a hook running `cargo test`) would set, which
/// would point the commands below at the wrong repository or index.
const GIT_ENV: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_PREFIX",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_CONFIG_PARAMETERS",
];

/// PATH without any folder that holds a `checkmark` executable.
fn path_without_checkmark() -> String {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|d| !d.join("checkmark").is_file())
        .collect();
    std::env::join_paths(dirs)
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn command(program: &str, dir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir)
        .env("PATH", path_without_checkmark())
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2025-10-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2025-10-01T12:00:00Z");
    for k in GIT_ENV {
        cmd.env_remove(k);
    }
    cmd
}

fn git_out(dir: &Path, args: &[&str]) -> Output {
    command("git", dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .expect("git runs")
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_out(dir, args);
    assert!(
        out.status.success(),
        "git {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn checkmark(dir: &Path, args: &[&str]) -> Output {
    command(BIN, dir)
        .args(args)
        .output()
        .expect("checkmark runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn write(dir: &Path, rel: &str, content: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, content).unwrap();
}

/// A repository with one commit and no checklist yet.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    git(tmp.path(), &["init", "-q"]);
    write(tmp.path(), "README.md", "# Widgets\n");
    git(tmp.path(), &["add", "README.md"]);
    git(tmp.path(), &["commit", "-q", "-m", "start"]);
    tmp
}

const CHECKLIST: &str = "# Launch\n\n- Load test passed.【F:evidence/load-test.txt†L1】\n";

fn install(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["install-hook"];
    args.extend_from_slice(extra);
    checkmark(dir, &args)
}

/// Stages a checklist citing `evidence/load-test.txt`, which exists on disk
/// but is not staged: the commit must be stopped. Then stages the evidence:
/// the commit must go through.
fn assert_hook_guards_commits(worktree: &Path) {
    write(worktree, "docs/launch.md", CHECKLIST);
    write(worktree, "evidence/load-test.txt", "p95 280 ms\n");
    git(worktree, &["add", "docs/launch.md"]);
    let before = git(worktree, &["rev-parse", "HEAD"]);

    let out = git_out(worktree, &["commit", "-m", "launch checklist"]);
    let said = text(&out);
    assert!(
        !out.status.success(),
        "the commit must be rejected:\n{said}"
    );
    assert!(said.contains("evidence/load-test.txt"), "{said}");
    assert!(said.contains("git add"), "{said}");
    assert!(said.contains("path/untracked"), "{said}");
    assert_eq!(
        git(worktree, &["rev-parse", "HEAD"]),
        before,
        "no commit was made"
    );

    git(worktree, &["add", "evidence/load-test.txt"]);
    let out = git_out(worktree, &["commit", "-m", "launch checklist"]);
    assert!(
        out.status.success(),
        "the commit must pass:\n{}",
        text(&out)
    );
    assert_ne!(git(worktree, &["rev-parse", "HEAD"]), before);
}

#[test]
fn installs_an_executable_hook_with_the_binary_path() {
    let repo = repo();
    let out = install(repo.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("installed the checkmark pre-commit hook"));
    let hook = repo.path().join(".git/hooks/pre-commit");
    let script = std::fs::read_to_string(&hook).unwrap();
    assert!(script.starts_with("#!/bin/sh\n"));
    assert!(script.contains("# checkmark-hook: pre-commit"));
    assert!(script.contains("\"$checkmark\" hook\n"), "{script}");
    assert!(script.contains(&format!("'{BIN}'")), "{script}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&hook).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o755);
    }
}

#[test]
fn rejects_a_commit_citing_an_unstaged_file_until_it_is_added() {
    let repo = repo();
    assert_eq!(install(repo.path(), &[]).status.code(), Some(0));
    assert_hook_guards_commits(repo.path());
}

#[test]
fn rewrites_its_own_hook() {
    let repo = repo();
    assert_eq!(install(repo.path(), &[]).status.code(), Some(0));
    let out = install(repo.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("updated the checkmark pre-commit hook"));
    let hooks = repo.path().join(".git/hooks");
    assert!(!hooks.join("pre-commit.checkmark-backup").exists());
}

#[test]
fn refuses_to_overwrite_a_foreign_hook_without_force() {
    let repo = repo();
    let hook = repo.path().join(".git/hooks/pre-commit");
    let foreign = "#!/bin/sh\n./run-my-linters\n";
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, foreign).unwrap();

    let out = install(repo.path(), &[]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("did not write"), "{said}");
    assert!(said.contains("--force"), "{said}");
    assert_eq!(
        std::fs::read_to_string(&hook).unwrap(),
        foreign,
        "left alone"
    );

    let out = install(repo.path(), &["--force"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("pre-commit.checkmark-backup"), "{said}");
    let backup = repo.path().join(".git/hooks/pre-commit.checkmark-backup");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), foreign);
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("checkmark-hook")
    );
    assert_hook_guards_commits(repo.path());
}

#[test]
fn honours_core_hooks_path() {
    let repo = repo();
    git(repo.path(), &["config", "core.hooksPath", ".githooks"]);
    // Installed from a subfolder: the relative hooksPath is still taken from the root.
    let sub = repo.path().join("docs");
    std::fs::create_dir_all(&sub).unwrap();
    let out = install(&sub, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(repo.path().join(".githooks/pre-commit").is_file());
    assert!(!repo.path().join(".git/hooks/pre-commit").exists());
    assert!(!sub.join(".githooks").exists());
    assert_hook_guards_commits(repo.path());
}

#[test]
fn works_from_a_linked_worktree() {
    let repo = repo();
    let parent = tempfile::tempdir().unwrap();
    let wt = parent.path().join("feature");
    git(
        repo.path(),
        &[
            "worktree",
            "add",
            "-q",
            "-b",
            "feature",
            wt.to_str().unwrap(),
        ],
    );
    let out = install(&wt, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // Hooks live in the common git directory, shared by every worktree.
    assert!(repo.path().join(".git/hooks/pre-commit").is_file());
    assert_hook_guards_commits(&wt);
}

#[test]
fn refuses_a_bare_repository() {
    let tmp = tempfile::tempdir().unwrap();
    git(tmp.path(), &["init", "-q", "--bare"]);
    let out = install(tmp.path(), &[]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("bare repository"), "{said}");
}

#[test]
fn outside_a_repository_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = install(tmp.path(), &[]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("not inside a git repository"), "{said}");
}

/// `git commit -a` (and `git commit PATH`) stage into a temporary index that
/// git names in `GIT_INDEX_FILE` for the hook; `--staged` must read that one.
#[test]
fn commit_all_checks_what_is_committed() {
    let repo = repo();
    assert_eq!(install(repo.path(), &[]).status.code(), Some(0));
    write(repo.path(), "docs/launch.md", "# Launch\n");
    git(repo.path(), &["add", "docs/launch.md"]);
    git(repo.path(), &["commit", "-q", "-m", "empty checklist"]);
    // Tracked file changed but not staged: only `-a` stages it.
    write(repo.path(), "docs/launch.md", CHECKLIST);
    let out = git_out(
        repo.path(),
        &["commit", "-a", "-m", "cite missing evidence"],
    );
    assert!(
        !out.status.success(),
        "commit -a must be checked:\n{}",
        text(&out)
    );
}
