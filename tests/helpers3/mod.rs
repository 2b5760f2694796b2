//! Shared helpers for the readiness, suppression and fix tests: a real git
//! repository in a temporary folder, and the real `checkmark` binary run in it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The date every test runs "on" (`CHECKMARK_TODAY`).
pub const TODAY: &str = "2026-11-22";

/// A `checkmark.toml` turning on `status/claim-contradiction`,
/// `table/date-format` and `task/section-claims-done` (off by default) at
/// their normal severity, for the tests that judge them.
pub const RULES_ON: &str = concat!(
    "[rules]\n",
    "\"status/claim-contradiction\" = \"warning\"\n",
    "\"table/date-format\" = \"warning\"\n",
    "\"task/section-claims-done\" = \"error\"\n",
);

/// A `checkmark.toml` turning on `task/section-claims-done` (off by default)
/// at its normal severity, for the tests of its findings and fixes.
pub const SECTIONS_ON: &str = "[rules]\n\"task/section-claims-done\" = \"error\"\n";

/// A finding as the tests compare it: (rule, line, column, severity).
pub type Found = (String, usize, usize, String);

/// A git repository in a temporary folder.
pub struct Repo {
    dir: tempfile::TempDir,
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Repo {
    /// An empty repository (`git init`), nothing committed.
    pub fn empty() -> Repo {
        let dir = tempfile::Builder::new()
            .prefix("cm-tests3-")
            .tempdir()
            .expect("create a temporary folder");
        let repo = Repo { dir };
        repo.git(&["init", "-q", "."]);
        repo
    }

    /// A repository with committed evidence files (`logs/run.txt`,
    /// `logs/other.txt`, `docs/plan.md`, `x.md`) and the given files, all committed.
    pub fn with(files: &[(&str, &str)]) -> Repo {
        let repo = Repo::empty();
        repo.write("logs/run.txt", "line 1\nline 2\nline 3\n");
        repo.write("logs/other.txt", "other\n");
        repo.write("docs/plan.md", "# Plan\n\n## Scope\n");
        repo.write("x.md", "# X\n");
        for (path, text) in files {
            repo.write(path, text);
        }
        repo.commit_all("init");
        repo
    }

    /// A repository holding `doc.md` (and the evidence files), committed.
    pub fn doc(text: &str) -> Repo {
        Repo::with(&[("doc.md", text)])
    }

    /// As `doc`, with a `checkmark.toml` turning on, at their normal
    /// severity, the rules judged here that are off by default.
    pub fn doc_on(text: &str) -> Repo {
        Repo::with(&[("doc.md", text), ("checkmark.toml", RULES_ON)])
    }

    /// As `doc`, with `task/section-claims-done` (off by default) turned on
    /// at its normal severity: the defaults as they were before it was off.
    pub fn doc_sections(text: &str) -> Repo {
        Repo::with(&[("doc.md", text), ("checkmark.toml", SECTIONS_ON)])
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) {
        let p = self.file(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&p, content).expect("write file");
    }

    pub fn read(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.file(rel)).expect("read file")
    }

    pub fn read_string(&self, rel: &str) -> String {
        String::from_utf8(self.read(rel)).expect("utf-8 file")
    }

    /// Runs git in the repository; panics when it fails. Returns stdout.
    pub fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(["-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"])
            .args(args)
            .current_dir(self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("run git");
        assert!(
            out.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn commit_all(&self, msg: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", msg]);
    }

    /// Runs `checkmark ARGS` in the repository.
    pub fn cm(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
            .args(args)
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .env("CHECKMARK_TODAY", TODAY)
            .output()
            .expect("run checkmark");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `checkmark check --format json PATHS`: the exit code and the parsed JSON.
    pub fn check_json(&self, paths: &[&str]) -> (i32, serde_json::Value) {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(paths);
        let run = self.cm(&args);
        assert!(
            run.code == 0 || run.code == 1,
            "check failed (exit {}): {}",
            run.code,
            run.stderr
        );
        let json: serde_json::Value = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("invalid JSON ({e}): {}", run.stdout));
        (run.code, json)
    }

    /// The findings of `check --format json PATHS`, and the exit code.
    pub fn check(&self, paths: &[&str]) -> (i32, Vec<Found>) {
        let (code, json) = self.check_json(paths);
        (code, findings_of(&json))
    }

    /// The findings on `doc.md`.
    pub fn findings(&self) -> Vec<Found> {
        self.check(&["doc.md"]).1
    }

    /// `checkmark fix --diff doc.md`: the diff text (asserting exit 1 when
    /// there is a diff, 0 when there is none, as ruff's `--diff`).
    pub fn fix_diff(&self) -> String {
        self.fix_diff_with(&[])
    }

    /// `checkmark fix --diff ARGS doc.md` (e.g. `--unsafe-fixes`), as [`Repo::fix_diff`].
    pub fn fix_diff_with(&self, args: &[&str]) -> String {
        let mut all = vec!["fix", "--diff"];
        all.extend_from_slice(args);
        all.push("doc.md");
        let run = self.cm(&all);
        assert_eq!(
            run.code,
            i32::from(!run.stdout.is_empty()),
            "fix --diff failed: {}",
            run.stderr
        );
        run.stdout
    }

    /// The lines the fix diff of `doc.md` adds (without the `+`), headers excluded.
    pub fn fix_added_lines(&self) -> Vec<String> {
        added_lines(&self.fix_diff())
    }

    /// The file's modification time.
    pub fn mtime(&self, rel: &str) -> std::time::SystemTime {
        std::fs::metadata(self.file(rel))
            .and_then(|m| m.modified())
            .expect("mtime")
    }

    /// Sets the file's modification time to a fixed moment in the past, so that
    /// any later write shows up as a different mtime.
    pub fn age(&self, rel: &str) -> std::time::SystemTime {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(self.file(rel))
            .expect("open for set_modified");
        f.set_modified(t).expect("set mtime");
        drop(f);
        self.mtime(rel)
    }
}

/// (rule, line, column, severity) of every diagnostic of a JSON report.
pub fn findings_of(json: &serde_json::Value) -> Vec<Found> {
    json["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().expect("rule").to_string(),
                d["line"].as_u64().expect("line") as usize,
                d["column"].as_u64().expect("column") as usize,
                d["severity"].as_str().expect("severity").to_string(),
            )
        })
        .collect()
}

/// The lines a unified diff adds, without the `+` (the `+++` header excluded).
pub fn added_lines(diff: &str) -> Vec<String> {
    diff.lines()
        .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
        .map(|l| l[1..].to_string())
        .collect()
}

/// The lines a unified diff removes, without the `-` (the `---` header excluded).
pub fn removed_lines(diff: &str) -> Vec<String> {
    diff.lines()
        .filter(|l| l.starts_with('-') && !l.starts_with("---"))
        .map(|l| l[1..].to_string())
        .collect()
}

/// Builds the expected list from borrowed tuples.
pub fn expect(v: &[(&str, usize, usize, &str)]) -> Vec<Found> {
    v.iter()
        .map(|(r, l, c, s)| (r.to_string(), *l, *c, s.to_string()))
        .collect()
}

/// Asserts the exact findings (order included: the JSON is sorted by line, column, rule).
#[track_caller]
pub fn assert_findings(actual: &[Found], expected: &[(&str, usize, usize, &str)]) {
    let expected = expect(expected);
    assert_eq!(
        actual,
        expected.as_slice(),
        "\nactual findings:   {actual:#?}\nexpected findings: {expected:#?}"
    );
}

/// Only the findings of one rule.
pub fn only(actual: &[Found], rule: &str) -> Vec<Found> {
    actual.iter().filter(|f| f.0 == rule).cloned().collect()
}
