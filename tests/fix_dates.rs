//! `fix` with `[fix] dates_from_git = true`: date cells of readiness tables
//! set from the newest commit touching the row's evidence. Real repositories
//! built with the git CLI (fixed dates), the real binary, exact diffs.

use std::path::Path;
use std::process::{Command, Output};

fn git(dir: &Path, args: &[&str], date: &str) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(p, text).expect("write");
}

/// Stages everything and commits; `date` is an RFC 3339 time.
fn commit(dir: &Path, date: &str, message: &str) {
    git(dir, &["add", "-A"], date);
    git(dir, &["commit", "-q", "-m", message], date);
}

fn fix(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .arg("fix")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CHECKMARK_TODAY", "2025-01-01")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("checkmark runs")
}

const TABLE: &str = "\
# Launch readiness

| Item | Status | Evidence | Last Updated |
|------|--------|----------|--------------|
| Load test | ✅ Done | `evidence/load.txt` | 2020-01-01 |
| Runbooks | ✅ Done | `runbooks/` | TBD |
| Two paths | ✅ Done | `evidence/load.txt`, `evidence/soak.txt` | **2020-01-01** (re-run) |
| Missing | 🔄 In progress | `evidence/none.txt` | 2020-01-01 |
| Staged only | 🔄 In progress | `evidence/new.txt` | 2020-01-01 |

| Item | Evidence | Due |
| --- | --- | --- |
| Load test | `evidence/load.txt` | 2030-01-01 |
";

/// evidence/load.txt: 2024-03-01 then 2024-05-10 (late in the UTC day);
/// evidence/soak.txt: 2024-06-15; runbooks/: 2024-04-02; evidence/new.txt only staged.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    git(
        d,
        &["init", "-q", "-b", "main", "."],
        "2024-01-01T00:00:00Z",
    );
    write(d, "checkmark.toml", "[fix]\ndates_from_git = true\n");
    write(d, "docs/launch.md", TABLE);
    write(d, "evidence/load.txt", "p99 120ms\n");
    commit(d, "2024-03-01T09:00:00Z", "Load test");
    write(d, "runbooks/rollback.md", "# Rollback\n");
    commit(d, "2024-04-02T09:00:00Z", "Runbook");
    write(d, "evidence/load.txt", "p99 110ms\n");
    // 23:30 at UTC+02:00 is still 21:30 UTC on the 10th.
    commit(d, "2024-05-10T23:30:00+02:00", "Re-run the load test");
    write(d, "evidence/soak.txt", "24h soak passed\n");
    commit(d, "2024-06-15T09:00:00Z", "Soak test");
    write(d, "evidence/new.txt", "not committed\n");
    git(d, &["add", "evidence/new.txt"], "2024-06-16T00:00:00Z");
    dir
}

#[test]
fn dates_come_from_the_newest_commit_touching_the_evidence() {
    let dir = repo();
    let out = fix(dir.path(), &["--diff"]);
    // `--diff` exits 1 when anything would change, as ruff's.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "\
--- a/docs/launch.md
+++ b/docs/launch.md
@@ -2,9 +2,9 @@
 
 | Item | Status | Evidence | Last Updated |
 |------|--------|----------|--------------|
-| Load test | ✅ Done | `evidence/load.txt` | 2020-01-01 |
-| Runbooks | ✅ Done | `runbooks/` | TBD |
-| Two paths | ✅ Done | `evidence/load.txt`, `evidence/soak.txt` | **2020-01-01** (re-run) |
+| Load test | ✅ Done | `evidence/load.txt` | 2024-05-10 |
+| Runbooks | ✅ Done | `runbooks/` | 2024-04-02 |
+| Two paths | ✅ Done | `evidence/load.txt`, `evidence/soak.txt` | **2024-06-15** (re-run) |
 | Missing | 🔄 In progress | `evidence/none.txt` | 2020-01-01 |
 | Staged only | 🔄 In progress | `evidence/new.txt` | 2020-01-01 |
 
"
    );
    // --diff wrote nothing.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("docs/launch.md")).expect("read"),
        TABLE
    );
}

#[test]
fn fixing_twice_changes_nothing_the_second_time() {
    let dir = repo();
    assert_eq!(fix(dir.path(), &[]).status.code(), Some(0));
    let once = std::fs::read_to_string(dir.path().join("docs/launch.md")).expect("read");
    assert_ne!(once, TABLE);
    let again = fix(dir.path(), &["--check"]);
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn dates_are_left_alone_unless_asked_for() {
    let dir = repo();
    write(
        dir.path(),
        "checkmark.toml",
        "[fix]\ndates_from_git = false\n",
    );
    let out = fix(dir.path(), &["--diff"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}

#[test]
/// Only the column that no longer fits is widened; the others keep their
/// padding, and the delimiter row its style.
fn an_aligned_table_is_re_padded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    git(
        d,
        &["init", "-q", "-b", "main", "."],
        "2024-01-01T00:00:00Z",
    );
    write(d, "checkmark.toml", "[fix]\ndates_from_git = true\n");
    write(
        d,
        "docs/a.md",
        "| Item | Evidence      | Date |\n| ---- | ------------- | ---- |\n| Logs | `logs/a.txt`  | TBD  |\n",
    );
    write(d, "logs/a.txt", "ok\n");
    commit(d, "2024-07-08T10:00:00Z", "Logs");
    let out = fix(d, &["--diff"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "\
--- a/docs/a.md
+++ b/docs/a.md
@@ -1,3 +1,3 @@
-| Item | Evidence      | Date |
-| ---- | ------------- | ---- |
-| Logs | `logs/a.txt`  | TBD  |
+| Item | Evidence      | Date       |
+| ---- | ------------- | ---------- |
+| Logs | `logs/a.txt`  | 2024-07-08 |
"
    );
}
