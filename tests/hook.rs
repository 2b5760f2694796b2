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

/// A FIFO where the hook would be is not read (reading it would block until a
/// writer came): it is a hook checkmark did not write, refused without
/// `--force` and moved aside with it, at once.
#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_hook_is_not_read() {
    let repo = repo();
    let hook = repo.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    let made = Command::new("mkfifo").arg(&hook).status().unwrap();
    assert!(made.success());
    let run = |extra: &[&str]| {
        let mut child = command(BIN, repo.path())
            .arg("install-hook")
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let start = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if start.elapsed() > std::time::Duration::from_secs(30) {
                child.kill().unwrap();
                panic!("install-hook blocked on the FIFO");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        child.wait_with_output().unwrap()
    };

    let out = run(&[]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("did not write"), "{said}");

    let out = run(&["--force"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    let backup = repo.path().join(".git/hooks/pre-commit.checkmark-backup");
    let kind = std::fs::symlink_metadata(&backup).unwrap().file_type();
    use std::os::unix::fs::FileTypeExt;
    assert!(kind.is_fifo(), "the FIFO is kept aside as it was");
    let script = std::fs::read_to_string(&hook).unwrap();
    assert!(script.contains(checkmark::hook::MARKER), "{script}");
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

// ---------------------------------------------------------------------------
// `checkmark hook` judges the commit, not the repository.

/// A finding as the tests compare it: (rule, file, line, column, target).
type Tuple = (String, String, u64, u64, String);

fn t(rule: &str, file: &str, line: u64, column: u64, target: &str) -> Tuple {
    (rule.into(), file.into(), line, column, target.into())
}

/// `checkmark hook --format json` on what is staged now: its exit code and findings.
fn hook_json(dir: &Path) -> (i32, Vec<Tuple>, serde_json::Value) {
    let out = checkmark(dir, &["hook", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", text(&out)));
    let found = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["target"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    (out.status.code().unwrap_or(-1), found, v)
}

/// Commits what is staged through the installed hook; returns (passed, output).
fn commit(dir: &Path, extra: &[&str]) -> (bool, String) {
    let before = git(dir, &["rev-parse", "--verify", "-q", "HEAD"]);
    let mut args = vec!["commit", "-m", "change"];
    args.extend_from_slice(extra);
    let out = git_out(dir, &args);
    let after = git_out(dir, &["rev-parse", "--verify", "-q", "HEAD"]);
    let after = String::from_utf8_lossy(&after.stdout).trim().to_string();
    assert_eq!(
        out.status.success(),
        after != before,
        "a commit is made exactly when git says so:\n{}",
        text(&out)
    );
    (out.status.success(), text(&out))
}

const LAUNCH: &str = "# Launch

| Item | Status | Evidence |
| --- | --- | --- |
| Old row | ✅ Done | `evidence/old-missing.txt` |
| Load test | ✅ Done | `evidence/load-test.txt` |

- [x] Run log checked.【F:evidence/run.log†L2-L3】
- [x] Retries capped.【F:evidence/never-committed.txt†L1】
";

/// A repository whose committed checklist already has problems (two missing
/// evidence paths), with the hook installed.
fn repo_with_old_problems() -> tempfile::TempDir {
    let repo = repo();
    let dir = repo.path();
    write(dir, "src/app.py", "print(1)\n");
    write(dir, "evidence/load-test.txt", "p95 280 ms\n");
    write(dir, "evidence/run.log", "l1\nl2\nl3\nl4\nl5\n");
    write(dir, "docs/launch.md", LAUNCH);
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "checklist with old problems"]);
    assert_eq!(install(dir, &[]).status.code(), Some(0));
    repo
}

/// Edits docs/launch.md on disk: `from` replaced by `to`.
fn edit_launch(dir: &Path, from: &str, to: &str) {
    let p = dir.join("docs/launch.md");
    let s = std::fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "{from:?} not in the checklist");
    std::fs::write(p, s.replacen(from, to, 1)).unwrap();
}

const NEW_ROW: &str = "| Soak test | ✅ Done | `evidence/soak.txt` |\n";

#[test]
fn a_commit_editing_only_python_passes_despite_old_problems() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    // The repository has errors: a whole-repository check fails.
    assert_eq!(
        checkmark(dir, &["check", "--staged"]).status.code(),
        Some(1)
    );
    write(dir, "src/app.py", "print(2)\n");
    git(dir, &["add", "src/app.py"]);
    assert_eq!(hook_json(dir).0, 0);
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
    assert!(
        !said.contains("checkmark"),
        "a clean commit is silent:\n{said}"
    );
}

#[test]
fn a_row_citing_a_missing_file_is_blocked_until_the_file_is_added() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    // The new row goes above an old row with the same kind of problem.
    edit_launch(dir, "| Old row", &format!("{NEW_ROW}| Old row"));
    write(dir, "evidence/soak.txt", "soak ok\n");
    git(dir, &["add", "docs/launch.md"]);
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "path/untracked",
            "docs/launch.md",
            5,
            24,
            "evidence/soak.txt"
        ),]
    );
    assert_eq!(code, 1);
    // The old problems are counted, not shown.
    assert_eq!(json["summary"]["known_at_base"], 2, "{json}");
    let (passed, said) = commit(dir, &[]);
    assert!(!passed, "{said}");
    assert!(said.contains("evidence/soak.txt"), "{said}");
    assert!(
        !said.contains("`evidence/old-missing.txt` does not exist"),
        "old problems are not shown:\n{said}"
    );
    assert!(
        said.contains("2 findings that already exist at HEAD are not shown"),
        "{said}"
    );

    git(dir, &["add", "evidence/soak.txt"]);
    assert_eq!(hook_json(dir).1, vec![]);
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
}

/// Editing a row that has an old problem, without fixing it, is not a new problem.
#[test]
fn editing_a_row_with_an_old_problem_passes() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    edit_launch(dir, "| Old row |", "| Old row, renamed |");
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(hook_json(dir).1, vec![]);
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
}

/// The twin: an edit that makes the row cite another missing file is new.
#[test]
fn editing_a_row_to_cite_another_missing_file_is_blocked() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    edit_launch(
        dir,
        "`evidence/old-missing.txt`",
        "`evidence/other-missing.txt`",
    );
    git(dir, &["add", "docs/launch.md"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "evidence/missing-path",
            "docs/launch.md",
            5,
            22,
            "evidence/other-missing.txt"
        )]
    );
    assert_eq!(code, 1);
    let (passed, said) = commit(dir, &[]);
    assert!(!passed, "{said}");
}

#[test]
fn deleting_cited_evidence_is_blocked_though_no_document_is_staged() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["rm", "-q", "evidence/load-test.txt"]);
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "evidence/missing-path",
            "docs/launch.md",
            6,
            24,
            "evidence/load-test.txt"
        )]
    );
    assert_eq!(code, 1);
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.ends_with("(this commit deletes evidence/load-test.txt)"),
        "{message}"
    );
    let (passed, said) = commit(dir, &[]);
    assert!(!passed, "{said}");
    assert!(said.contains("evidence/load-test.txt"), "{said}");
}

/// The hook reads what is staged: a working-tree edit (not staged) that drops
/// the reference does not hide the committed one.
#[test]
fn an_unstaged_edit_does_not_hide_a_reference_from_the_hook() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["rm", "-q", "evidence/load-test.txt"]);
    edit_launch(dir, "`evidence/load-test.txt`", "`evidence/run.log`");
    let (code, found, _) = hook_json(dir);
    assert_eq!(code, 1);
    assert_eq!(
        found[0],
        t(
            "evidence/missing-path",
            "docs/launch.md",
            6,
            24,
            "evidence/load-test.txt"
        )
    );
    // Staged, the edit fixes it.
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(hook_json(dir).1, vec![]);
}

/// The commit is judged by the configuration it stages, as `check --staged` reads it.
#[test]
fn the_staged_configuration_is_the_one_used() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["rm", "-q", "evidence/load-test.txt"]);
    write(
        dir,
        "checkmark.toml",
        "[rules]\n\"evidence/missing-path\" = \"off\"\n\"evidence/missing-for-done\" = \"off\"\n",
    );
    // On disk only: not the commit's configuration.
    assert_eq!(hook_json(dir).0, 1);
    git(dir, &["add", "checkmark.toml"]);
    assert_eq!(hook_json(dir).1, vec![]);
}

/// Deleting a file nothing cites passes (the twin of the test above).
#[test]
fn deleting_an_uncited_file_passes() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["rm", "-q", "src/app.py"]);
    assert_eq!(hook_json(dir).1, vec![]);
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
}

#[test]
fn renaming_cited_evidence_passes_when_the_same_commit_updates_the_reference() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(
        dir,
        &["mv", "evidence/load-test.txt", "evidence/load-2025.txt"],
    );
    // Not updated: blocked, and the finding says where the file went.
    let (code, found, json) = hook_json(dir);
    assert_eq!(code, 1);
    assert_eq!(
        found[0],
        t(
            "evidence/missing-path",
            "docs/launch.md",
            6,
            24,
            "evidence/load-test.txt"
        )
    );
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.ends_with("(this commit renames evidence/load-test.txt to evidence/load-2025.txt)"),
        "{message}"
    );
    let (passed, said) = commit(dir, &[]);
    assert!(!passed, "{said}");

    edit_launch(dir, "evidence/load-test.txt", "evidence/load-2025.txt");
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(hook_json(dir).1, vec![]);
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
}

#[test]
fn changing_cited_lines_warns_and_passes() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/run.log", "l1\nl2 edited\nl3\nl4\nl5\n");
    git(dir, &["add", "evidence/run.log"]);
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "citation/stale",
            "docs/launch.md",
            8,
            23,
            "evidence/run.log"
        )]
    );
    assert_eq!(code, 0);
    assert_eq!(
        json["diagnostics"][0]["message"],
        "this commit changes 1 of the 2 cited lines L2-L3 of evidence/run.log"
    );
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
    assert!(
        said.contains("citation/stale"),
        "the warning is printed:\n{said}"
    );
    assert!(said.contains("docs/launch.md:8:23"), "{said}");
}

/// What `citation/stale` exempts, the hook does too (survey 6): a dated
/// progress entry, a dated report and a citation of a whole prose document
/// record history or name a document; a commit that edits the cited lines
/// gets no warning there. The twin, the living checklist's citation of the
/// same lines, still warns.
#[test]
fn changing_lines_cited_by_a_dated_entry_or_a_whole_document_citation_is_silent() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(
        dir,
        "docs/progress.md",
        "# Progress\n\n- 2025-10-06: run aborts in collection.【F:evidence/run.log†L2-L3】\n",
    );
    write(
        dir,
        "docs/stage_b_20250921_summary.md",
        "# Stage B summary\n\nThe run stopped early.【F:evidence/run.log†L2-L3】\n",
    );
    write(
        dir,
        "docs/runbook.md",
        "# Runbook\n\n1. Restart.\n2. Check.\n",
    );
    write(
        dir,
        "docs/ops.md",
        "# Ops\n\nFollow the runbook.【F:docs/runbook.md†L1-L4】\n",
    );
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", "records"]);
    write(dir, "evidence/run.log", "l1\nl2 edited\nl3\nl4\nl5\n");
    write(
        dir,
        "docs/runbook.md",
        "# Runbook\n\n1. Restart the service.\n2. Check.\n",
    );
    git(dir, &["add", "evidence/run.log", "docs/runbook.md"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "citation/stale",
            "docs/launch.md",
            8,
            23,
            "evidence/run.log"
        )]
    );
    assert_eq!(code, 0);
}

/// Lines inserted above the cited ones move them: `citation/shifted`, a warning.
#[test]
fn moving_cited_lines_warns_with_the_new_range_and_passes() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/run.log", "l0\nl1\nl2\nl3\nl4\nl5\n");
    git(dir, &["add", "evidence/run.log"]);
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "citation/shifted",
            "docs/launch.md",
            8,
            23,
            "evidence/run.log"
        )]
    );
    assert_eq!(code, 0);
    assert_eq!(
        json["diagnostics"][0]["message"],
        "this commit moves the cited lines L2-L3 of evidence/run.log to L3-L4: they are unchanged, but lines are inserted or removed above them"
    );
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
}

/// Lines changed outside the cited range: no warning (the twin of the test above).
#[test]
fn changing_uncited_lines_of_a_cited_file_is_silent() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/run.log", "l1\nl2\nl3\nl4\nl5 edited\n");
    git(dir, &["add", "evidence/run.log"]);
    assert_eq!(hook_json(dir), (0, vec![], hook_json(dir).2));
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
    assert!(!said.contains("checkmark"), "{said}");
}

/// A commit that only converts the cited file's line ends (LF → CRLF, an
/// editor's or `.gitattributes`' normalisation) changes no line: silent, as
/// `citation/stale` is (the twin: `changing_cited_lines_warns_and_passes`).
#[test]
fn converting_line_ends_of_a_cited_file_is_silent() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/run.log", "l1\r\nl2\r\nl3\r\nl4\r\nl5\r\n");
    git(dir, &["add", "evidence/run.log"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![]));
    let (passed, said) = commit(dir, &[]);
    assert!(passed, "{said}");
    assert!(!said.contains("checkmark"), "{said}");
}

/// A citation the commit itself rewrites is written against the new lines.
#[test]
fn a_citation_updated_in_the_same_commit_is_not_warned_about() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/run.log", "l0\nl1\nl2\nl3\nl4\nl5\n");
    edit_launch(dir, "run.log†L2-L3", "run.log†L3-L4");
    git(dir, &["add", "evidence/run.log", "docs/launch.md"]);
    assert_eq!(hook_json(dir).1, vec![]);
}

#[test]
fn the_first_commit_of_a_repository_is_judged_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q"]);
    assert_eq!(install(dir, &[]).status.code(), Some(0));
    write(dir, "docs/launch.md", CHECKLIST);
    write(dir, "evidence/load-test.txt", "p95 280 ms\n");
    git(dir, &["add", "docs/launch.md"]);
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "path/untracked",
            "docs/launch.md",
            3,
            20,
            "evidence/load-test.txt"
        )]
    );
    assert_eq!(code, 1);
    assert!(json["summary"].get("known_at_base").is_none(), "{json}");
    let out = git_out(dir, &["commit", "-m", "first"]);
    assert!(!out.status.success(), "{}", text(&out));
    git(dir, &["add", "evidence/load-test.txt"]);
    let out = git_out(dir, &["commit", "-m", "first"]);
    assert!(out.status.success(), "{}", text(&out));
}

/// `git commit PATH` commits the file as it is on disk, through a temporary
/// index named by `GIT_INDEX_FILE`: that is what the hook judges.
#[test]
fn commit_of_a_path_judges_the_temporary_index() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    edit_launch(dir, "| Old row", &format!("{NEW_ROW}| Old row"));
    write(dir, "evidence/soak.txt", "soak ok\n");
    // Nothing is staged in the real index: the hook there would pass.
    assert_eq!(hook_json(dir), (0, vec![], hook_json(dir).2));
    let (passed, said) = commit(dir, &["docs/launch.md"]);
    assert!(!passed, "{said}");
    assert!(said.contains("evidence/soak.txt"), "{said}");
    git(dir, &["add", "evidence/soak.txt"]);
    let (passed, said) = commit(dir, &["docs/launch.md", "evidence/soak.txt"]);
    assert!(passed, "{said}");
}

/// `git commit -a` stages a deletion made on disk only.
#[test]
fn commit_all_of_a_deleted_evidence_file_is_blocked() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    std::fs::remove_file(dir.join("evidence/load-test.txt")).unwrap();
    let (passed, said) = commit(dir, &["-a"]);
    assert!(!passed, "{said}");
    assert!(
        said.contains("this commit deletes evidence/load-test.txt"),
        "{said}"
    );
}

// ---------------------------------------------------------------------------
// The index as checkmark reads it itself (versions 2 to 4, skip-worktree,
// intent-to-add), against HEAD through the cache tree.

/// `checkmark check --format json ARGS`: the findings.
fn check_json(dir: &Path, args: &[&str]) -> Vec<Tuple> {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = checkmark(dir, &all);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", text(&out)));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["target"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The findings of the committed checklist, which the tests below start from.
fn old_problems() -> Vec<Tuple> {
    vec![
        t(
            "evidence/missing-path",
            "docs/launch.md",
            5,
            22,
            "evidence/old-missing.txt",
        ),
        t(
            "citation/missing-path",
            "docs/launch.md",
            9,
            22,
            "evidence/never-committed.txt",
        ),
    ]
}

#[test]
fn a_version_4_index_is_read_as_git_wrote_it() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["update-index", "--index-version", "4"]);
    git(dir, &["rm", "-q", "evidence/load-test.txt"]);
    write(dir, "src/more/deeper/b.py", "print(2)\n");
    git(dir, &["add", "src/more/deeper/b.py"]);
    assert_eq!(git(dir, &["update-index", "--show-index-version"]), "4");
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "evidence/missing-path",
            "docs/launch.md",
            6,
            24,
            "evidence/load-test.txt"
        )]
    );
    assert_eq!(code, 1);
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.ends_with("(this commit deletes evidence/load-test.txt)"),
        "{message}"
    );
    // The staged view reads the same index.
    let mut staged = old_problems();
    staged.insert(
        1,
        t(
            "evidence/missing-path",
            "docs/launch.md",
            6,
            24,
            "evidence/load-test.txt",
        ),
    );
    assert_eq!(check_json(dir, &["--staged", "docs/launch.md"]), staged);
}

#[test]
fn a_staged_rename_with_an_edit_is_paired_and_named() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["mv", "evidence/run.log", "evidence/run-1.log"]);
    write(dir, "evidence/run-1.log", "l1\nl2\nl3\nl4\nl5\nl6\n");
    git(dir, &["add", "evidence/run-1.log"]);
    let (code, found, json) = hook_json(dir);
    assert_eq!(
        found,
        vec![t(
            "citation/missing-path",
            "docs/launch.md",
            8,
            23,
            "evidence/run.log"
        )]
    );
    assert_eq!(code, 1);
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.ends_with("(this commit renames evidence/run.log to evidence/run-1.log)"),
        "{message}"
    );
}

#[test]
fn skip_worktree_entries_are_present_though_absent_from_disk() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(
        dir,
        &["update-index", "--skip-worktree", "evidence/load-test.txt"],
    );
    std::fs::remove_file(dir.join("evidence/load-test.txt")).unwrap();
    // Worktree and index: the skipped file is evidence all the same.
    assert_eq!(check_json(dir, &["docs/launch.md"]), old_problems());
    assert_eq!(
        check_json(dir, &["--staged", "docs/launch.md"]),
        old_problems()
    );
    // A commit adding a row that cites it passes; one citing a missing file does not.
    edit_launch(
        dir,
        "\n\n- [x] Run",
        "\n| Again | ✅ Done | `evidence/load-test.txt` |\n\n- [x] Run",
    );
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(hook_json(dir).1, vec![]);
    edit_launch(
        dir,
        "`evidence/load-test.txt` |\n\n",
        "`evidence/soak.txt` |\n\n",
    );
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(
        hook_json(dir).1,
        vec![t(
            "evidence/missing-path",
            "docs/launch.md",
            7,
            20,
            "evidence/soak.txt"
        )]
    );
}

#[test]
fn an_intent_to_add_entry_is_not_staged_content() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/soak.txt", "soak ok\n");
    git(dir, &["add", "-N", "evidence/soak.txt"]);
    edit_launch(dir, "\n\n- [x] Run", &format!("\n{}\n- [x] Run", NEW_ROW));
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(
        hook_json(dir).1,
        vec![t(
            "path/untracked",
            "docs/launch.md",
            7,
            24,
            "evidence/soak.txt"
        )]
    );
    git(dir, &["add", "evidence/soak.txt"]);
    assert_eq!(hook_json(dir).1, vec![]);
}

#[test]
fn the_index_and_the_working_tree_are_read_each_as_itself() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    // Staged: a row citing a missing file. On disk: that row removed again.
    edit_launch(dir, "\n\n- [x] Run", &format!("\n{}\n- [x] Run", NEW_ROW));
    git(dir, &["add", "docs/launch.md"]);
    edit_launch(dir, NEW_ROW, "");
    let soak = t(
        "evidence/missing-path",
        "docs/launch.md",
        7,
        24,
        "evidence/soak.txt",
    );
    let staged = vec![
        old_problems()[0].clone(),
        soak.clone(),
        t(
            "citation/missing-path",
            "docs/launch.md",
            10,
            22,
            "evidence/never-committed.txt",
        ),
    ];
    assert_eq!(check_json(dir, &["--staged", "docs/launch.md"]), staged);
    assert_eq!(check_json(dir, &["docs/launch.md"]), old_problems());
    assert_eq!(hook_json(dir).1, vec![soak]);
}

// Staged content is read from the working tree when git takes the file there
// to be the staged one (same stat data, not racily clean, no conversion), else
// from the object database: each case below must read the staged bytes.

/// Sets a file's modification time to 2020-01-01 (older than any index).
fn set_old_mtime(dir: &Path, rel: &str) {
    let f = std::fs::File::options()
        .write(true)
        .open(dir.join(rel))
        .unwrap();
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_577_836_800);
    f.set_modified(t).unwrap();
}

fn run_log_stale() -> Tuple {
    t(
        "citation/stale",
        "docs/launch.md",
        8,
        23,
        "evidence/run.log",
    )
}

fn run_log_range() -> Tuple {
    t(
        "citation/line-range",
        "docs/launch.md",
        8,
        23,
        "evidence/run.log",
    )
}

#[test]
fn staged_evidence_lines_are_counted_in_the_index_not_on_disk() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    // Staged: one line (the citation's L2-L3 is past its end). On disk: five again.
    write(dir, "evidence/run.log", "l1\n");
    git(dir, &["add", "evidence/run.log"]);
    write(dir, "evidence/run.log", "l1\nl2\nl3\nl4\nl5\n");
    let mut staged = old_problems();
    staged.insert(1, run_log_range());
    assert_eq!(check_json(dir, &["--staged", "docs/launch.md"]), staged);
    assert_eq!(check_json(dir, &["docs/launch.md"]), old_problems());
    assert_eq!(hook_json(dir).1, vec![run_log_range(), run_log_stale()]);
}

#[test]
fn evidence_truncated_on_disk_only_keeps_its_staged_lines() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    // The twin: staged with five lines (unchanged), truncated on disk only.
    write(dir, "evidence/run.log", "l1\n");
    let mut on_disk = old_problems();
    on_disk.insert(1, run_log_range());
    assert_eq!(check_json(dir, &["docs/launch.md"]), on_disk);
    assert_eq!(
        check_json(dir, &["--staged", "docs/launch.md"]),
        old_problems()
    );
    edit_launch(dir, "# Launch", "# Launch plan");
    git(dir, &["add", "docs/launch.md"]);
    assert_eq!(hook_json(dir).1, vec![]);
}

/// A same-size edit with its modification time put back: only the change
/// time tells it, and the staged bytes are still the ones read.
#[test]
fn a_same_size_edit_with_its_old_mtime_is_not_taken_for_the_staged_file() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(dir, "evidence/run.log", "l1\nl2\nl3\n");
    set_old_mtime(dir, "evidence/run.log");
    git(dir, &["add", "evidence/run.log"]);
    assert_eq!(
        check_json(dir, &["--staged", "docs/launch.md"]),
        old_problems()
    );
    // Nine bytes, one line: L2-L3 would be past its end.
    write(dir, "evidence/run.log", "l1-l2-l3\n");
    set_old_mtime(dir, "evidence/run.log");
    assert_eq!(
        check_json(dir, &["--staged", "docs/launch.md"]),
        old_problems()
    );
    assert_eq!(hook_json(dir).1, vec![]);
    // Its twin: staged (git may take the file for unchanged too, when the
    // change time's seconds match: `add` alone would not stage it), the one
    // line is past the citation's end.
    git(dir, &["rm", "-q", "-f", "--cached", "evidence/run.log"]);
    git(dir, &["add", "evidence/run.log"]);
    assert_eq!(hook_json(dir).1, vec![run_log_range(), run_log_stale()]);
}

/// A renamed or deleted cited file is read from `HEAD`'s blob for the
/// comparison, whatever lies on disk at its old path.
#[test]
fn renamed_and_deleted_evidence_is_judged_against_head_blobs() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["mv", "evidence/run.log", "evidence/run-1.log"]);
    // A one-line file left at the old path, untracked.
    write(dir, "evidence/run.log", "l1\n");
    let (code, found, _) = hook_json(dir);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        vec![t(
            "path/untracked",
            "docs/launch.md",
            8,
            23,
            "evidence/run.log"
        )]
    );
    std::fs::remove_file(dir.join("evidence/run.log")).unwrap();
    git(dir, &["mv", "evidence/run-1.log", "evidence/run.log"]);
    git(dir, &["rm", "-q", "--cached", "evidence/run.log"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        vec![t(
            "path/untracked",
            "docs/launch.md",
            8,
            23,
            "evidence/run.log"
        )]
    );
}

/// With a `.gitattributes` (a filter or line-end conversion makes the file on
/// disk differ from its blob though git takes it for unchanged) the blob is
/// read: here a clean filter stages the five lines on disk as one.
#[test]
fn with_attributes_the_blob_is_read() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    git(dir, &["config", "filter.squash.clean", "tr -d '\\n'"]);
    write(dir, ".gitattributes", "*.log filter=squash\n");
    git(dir, &["add", ".gitattributes"]);
    write(dir, "evidence/run.log", "l1\nl2\nl3\nl4\nl6\n");
    git(dir, &["add", "evidence/run.log"]);
    assert_eq!(git(dir, &["show", ":evidence/run.log"]), "l1l2l3l4l6");
    assert_eq!(hook_json(dir).1, vec![run_log_range(), run_log_stale()]);
}

/// The answers of whole-repository questions are kept in
/// `.git/checkmark/memos.json` from one hook run to the next. A tracker that
/// ticks a task's prompt off silences a change to the lines the prompt cites
/// (survey 51a), run after run; when the commit also reopens the task in the
/// tracker, the kept answer is not taken and the prompt's warning comes
/// back, as it does with no kept answer at all.
#[test]
fn a_kept_answer_gives_way_when_the_tracker_it_read_is_staged_anew() {
    let repo = repo_with_old_problems();
    let dir = repo.path();
    write(
        dir,
        "docs/prompts/SEC-018.md",
        "# SEC-018\n\nThe retry loop stops early.【F:evidence/run.log†L2-L3】\n",
    );
    let roadmap = |status: &str| {
        format!(
            "# Roadmap\n\n| ID | Task | Status | Prompt |\n| --- | --- | --- | --- |\n\
             | SEC-018 | Retry | {status} | `docs/prompts/SEC-018.md` |\n"
        )
    };
    write(dir, "ROADMAP.md", &roadmap("✅ Done"));
    git(dir, &["add", "-A"]);
    git(
        dir,
        &["commit", "-q", "--no-verify", "-m", "prompt and roadmap"],
    );
    write(dir, "evidence/run.log", "l1\nl2 edited\nl3\nl4\nl5\n");
    git(dir, &["add", "evidence/run.log"]);
    let living = t(
        "citation/stale",
        "docs/launch.md",
        8,
        23,
        "evidence/run.log",
    );
    let prompt = t(
        "citation/stale",
        "docs/prompts/SEC-018.md",
        3,
        28,
        "evidence/run.log",
    );
    let kept = dir.join(".git/checkmark/memos.json");
    assert!(!kept.exists());
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![living.clone()]));
    assert!(kept.is_file(), "the answers are kept");
    // The next run takes the kept answers, and says the same.
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![living.clone()]));
    // The tracker reopens the task: what the kept answer read changed.
    write(dir, "ROADMAP.md", &roadmap("⏳ In progress"));
    git(dir, &["add", "ROADMAP.md"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![living.clone(), prompt.clone()]));
    // With no kept answer at all, the same.
    std::fs::remove_file(&kept).unwrap();
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![living, prompt]));
}

/// The configuration files the site readers look for by name (`myst.yml`,
/// `_config.yml`, `book.toml`, …) are found by one scan of the listing, an
/// answer kept from one hook run to the next: a commit that adds one (the
/// listing changes) is judged with it, kept answers or not. Here a mystmd
/// project's root link is read from the project's folder once its
/// `myst.yml` is staged.
#[test]
fn a_kept_listing_of_configurations_gives_way_when_one_is_added() {
    let dir = repo();
    let dir = dir.path();
    write(dir, "README.md", "# Infrastructure\n");
    write(dir, "docs/index.md", "# Guide\n");
    write(dir, "docs/reference/ci.md", "# CI\n");
    write(
        dir,
        "docs/topic/hub.md",
        "# Hub\n\nSee [CI](/reference/ci.md).\n",
    );
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", "guide"]);
    // A new line with the same root link: a new finding, outside a mystmd project.
    write(
        dir,
        "docs/topic/hub.md",
        "# Hub\n\nSee [CI](/reference/ci.md).\n\nDeploys run [in CI](/reference/ci.md).\n",
    );
    git(dir, &["add", "docs/topic/hub.md"]);
    let missing = t(
        "link/missing-path",
        "docs/topic/hub.md",
        5,
        13,
        "reference/ci.md",
    );
    let kept = dir.join(".git/checkmark/memos.json");
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (1, vec![missing.clone()]));
    assert!(kept.is_file(), "the answers are kept");
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (1, vec![missing]));
    // The commit makes `docs/` a mystmd project: the link is the project's page.
    write(
        dir,
        "docs/myst.yml",
        "version: 1\nproject:\n  toc:\n    - file: index.md\n",
    );
    git(dir, &["add", "docs/myst.yml"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![]));
    std::fs::remove_file(&kept).unwrap();
    let (code, found, _) = hook_json(dir);
    assert_eq!((code, found), (0, vec![]));
}

/// A document the commit does not stage is judged on its references naming
/// what the commit changed only (`rules::Focus`): its old problems (a broken
/// link elsewhere, a row with an extra cell) stay silent, and a link into the
/// staged document whose heading the commit renames is reported, written
/// plainly or percent-encoded.
#[test]
fn an_unstaged_document_is_judged_on_its_references_to_what_the_commit_changed() {
    let dir = repo();
    let dir = dir.path();
    write(dir, "README.md", "# Project\n");
    write(
        dir,
        "docs/release plan.md",
        "# Release plan\n\n## Rollout\n\nIn waves.\n\n## Waves\n\nThree.\n",
    );
    write(
        dir,
        "docs/status.md",
        "# Status\n\n\
         - The [rollout](release%20plan.md#rollout) is planned.\n\
         - The [old notes](notes.md) are gone.\n\
         - See [the waves](<release plan.md#waves>) too.\n\n\
         | Item | State |\n| --- | --- |\n| Rollout | Planned | extra |\n",
    );
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", "plan"]);
    write(
        dir,
        "docs/release plan.md",
        "# Release plan\n\n## Launch\n\nIn waves.\n\n## Phases\n\nThree.\n",
    );
    git(dir, &["add", "-A"]);
    let (code, found, _) = hook_json(dir);
    assert_eq!(
        (code, found),
        (
            1,
            vec![
                t(
                    "link/missing-anchor",
                    "docs/status.md",
                    3,
                    7,
                    "docs/release plan.md#rollout"
                ),
                t(
                    "link/missing-anchor",
                    "docs/status.md",
                    5,
                    7,
                    "docs/release plan.md#waves"
                ),
            ]
        )
    );
}
