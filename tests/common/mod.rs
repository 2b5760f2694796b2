//! Shared helpers for the integration tests: a real git repository in a
//! temporary folder (set up with the `git` CLI), and a runner for the real
//! `checkmark` binary with a timeout guard and JSON parsing.
//!
//! Every test file includes this module with `mod common;`; not every file uses
//! every helper.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

/// How long one run of the binary may take before the test fails.
pub const DEADLINE: Duration = Duration::from_secs(60);

/// The date the binary sees as "today" (`CHECKMARK_TODAY`).
pub const TODAY: &str = "2026-11-22";

/// A finding projected to what the tests compare:
/// (rule, file, line, column, target — "" when absent).
pub type Tuple = (String, String, u64, u64, String);

/// Builds an expected [`Tuple`].
pub fn t(rule: &str, file: &str, line: u64, column: u64, target: &str) -> Tuple {
    (
        rule.to_string(),
        file.to_string(),
        line,
        column,
        target.to_string(),
    )
}

/// `n` numbered lines, each ending with `\n`.
pub fn lines(n: usize) -> String {
    (1..=n).map(|i| format!("line {i}\n")).collect()
}

/// A git command with a hermetic configuration (no system or global config).
pub fn git_cmd(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_TERMINAL_PROMPT", "0")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "core.autocrlf=false",
            "-c",
            "commit.gpgsign=false",
        ]);
    c
}

/// Runs git in `dir`; panics with its output when it fails. Returns stdout.
pub fn git_in(dir: &Path, args: &[&str]) -> String {
    let out = git_cmd(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run git {args:?}: {e}"));
    assert!(
        out.status.success(),
        "git {args:?} failed in {}:\n{}{}",
        dir.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A real git repository in a temporary folder.
pub struct Repo {
    dir: TempDir,
}

impl Default for Repo {
    fn default() -> Self {
        Repo::new()
    }
}

impl Repo {
    /// `git init` in a fresh temporary folder.
    pub fn new() -> Repo {
        let dir = tempfile::Builder::new()
            .prefix("checkmark-test-")
            .tempdir()
            .expect("create a temporary folder");
        git_in(dir.path(), &["init", "-q"]);
        Repo { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating its folders), relative to the repository root.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> &Repo {
        let p = self.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&p, contents).expect("write file");
        self
    }

    /// Creates a folder (and its parents).
    pub fn mkdir(&self, rel: &str) -> &Repo {
        std::fs::create_dir_all(self.path().join(rel)).expect("create folder");
        self
    }

    /// Runs git in the repository; returns stdout.
    pub fn git(&self, args: &[&str]) -> String {
        git_in(self.path(), args)
    }

    /// `git add -A` and commit.
    pub fn commit_all(&self) -> &Repo {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", "commit"]);
        self
    }

    /// `git add -A` and commit, with both dates set to `stamp`
    /// (`2026-02-09T12:00:00Z`).
    pub fn commit_at(&self, stamp: &str) -> &Repo {
        self.git(&["add", "-A"]);
        let out = git_cmd(self.path())
            .env("GIT_AUTHOR_DATE", stamp)
            .env("GIT_COMMITTER_DATE", stamp)
            .args(["commit", "-q", "--allow-empty", "-m", "commit"])
            .output()
            .unwrap_or_else(|e| panic!("cannot run git commit: {e}"));
        assert!(out.status.success(), "{out:?}");
        self
    }

    /// `git add` the given paths.
    pub fn add(&self, paths: &[&str]) -> &Repo {
        let mut args = vec!["add", "--"];
        args.extend_from_slice(paths);
        self.git(&args);
        self
    }

    /// Commits what is staged.
    pub fn commit(&self) -> &Repo {
        self.git(&["commit", "-q", "--allow-empty", "-m", "commit"]);
        self
    }

    /// `git add -A` and commit, with author and committer dates at noon
    /// (UTC) of `date` (`2025-09-30`).
    pub fn commit_on(&self, date: &str) -> &Repo {
        self.git(&["add", "-A"]);
        let stamp = format!("{date}T12:00:00Z");
        let out = git_cmd(self.path())
            .env("GIT_AUTHOR_DATE", &stamp)
            .env("GIT_COMMITTER_DATE", &stamp)
            .args(["commit", "-q", "--allow-empty", "-m", "commit"])
            .output()
            .unwrap_or_else(|e| panic!("cannot run git commit: {e}"));
        assert!(out.status.success(), "{out:?}");
        self
    }

    /// `checkmark check --format json ARGS…` in the repository root.
    pub fn check(&self, args: &[&str]) -> Run {
        check_in(self.path(), args)
    }

    /// `checkmark ARGS…` in the repository root (no arguments added).
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args)
    }
}

/// `checkmark check --format json ARGS…` in `dir`.
pub fn check_in(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

/// Runs the real binary in `dir` with a deadline; kills it and fails the test
/// when it takes longer than [`DEADLINE`], and fails when it dies from a signal.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_in_env(dir, args, &[])
}

/// [`run_in`] with extra environment variables (`GIT_DIR`, `GIT_INDEX_FILE`, …).
pub fn run_in_env(dir: &Path, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CHECKMARK_TODAY", TODAY)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn checkmark");
    // Drain both pipes on threads so a large output cannot block the child.
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait().expect("wait for checkmark") {
            Some(s) => break s,
            None if start.elapsed() > DEADLINE => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "checkmark {args:?} did not finish within {}s in {}",
                    DEADLINE.as_secs(),
                    dir.display()
                );
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    };
    let stdout = String::from_utf8_lossy(&out_t.join().expect("stdout thread")).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().expect("stderr thread")).into_owned();
    let Some(code) = status.code() else {
        panic!("checkmark {args:?} was killed by a signal ({status:?}); stderr:\n{stderr}");
    };
    assert!(
        !stderr.contains("panicked"),
        "checkmark {args:?} panicked:\n{stderr}"
    );
    Run {
        code,
        stdout,
        stderr,
        dir: dir.to_path_buf(),
    }
}

/// The outcome of one run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub dir: PathBuf,
}

impl Run {
    /// stdout parsed as JSON (panics, showing the output, when it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}); exit {}\nstdout:\n{}\nstderr:\n{}",
                self.code, self.stdout, self.stderr
            )
        })
    }

    /// The diagnostics array of the JSON output.
    pub fn diagnostics(&self) -> Vec<Value> {
        self.json()["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_else(|| panic!("no diagnostics array in:\n{}", self.stdout))
    }

    /// Every diagnostic as a (rule, file, line, column, target) tuple, in output order.
    pub fn findings(&self) -> Vec<Tuple> {
        self.diagnostics().iter().map(tuple).collect()
    }

    /// The findings of the given rules (or rule prefixes ending in `/`) only.
    pub fn findings_of(&self, rules: &[&str]) -> Vec<Tuple> {
        self.findings()
            .into_iter()
            .filter(|f| rule_matches(&f.0, rules))
            .collect()
    }

    /// The full diagnostic objects of the given rules.
    pub fn diagnostics_of(&self, rules: &[&str]) -> Vec<Value> {
        self.diagnostics()
            .into_iter()
            .filter(|d| rule_matches(d["rule"].as_str().unwrap_or(""), rules))
            .collect()
    }

    /// `files_checked` of the JSON output.
    pub fn files_checked(&self) -> u64 {
        self.json()["files_checked"]
            .as_u64()
            .expect("files_checked")
    }

    /// A one-line-per-finding dump with messages, for failure messages.
    pub fn dump(&self) -> String {
        let mut s = format!("exit {}\nstderr: {}\n", self.code, self.stderr);
        if let Ok(v) = serde_json::from_str::<Value>(&self.stdout) {
            for d in v["diagnostics"].as_array().into_iter().flatten() {
                s.push_str(&format!(
                    "  {} {}:{}:{} target={} | {} | {}\n",
                    d["rule"].as_str().unwrap_or(""),
                    d["file"].as_str().unwrap_or(""),
                    d["line"],
                    d["column"],
                    d["target"].as_str().unwrap_or(""),
                    d["message"].as_str().unwrap_or(""),
                    d["help"].as_str().unwrap_or(""),
                ));
            }
        } else {
            s.push_str(&format!("stdout: {}\n", self.stdout));
        }
        s
    }
}

fn rule_matches(rule: &str, rules: &[&str]) -> bool {
    rules
        .iter()
        .any(|r| rule == *r || (r.ends_with('/') && rule.starts_with(r)))
}

/// Projects one JSON diagnostic to a [`Tuple`].
pub fn tuple(d: &Value) -> Tuple {
    (
        d["rule"].as_str().unwrap_or("").to_string(),
        d["file"].as_str().unwrap_or("").to_string(),
        d["line"].as_u64().unwrap_or(0),
        d["column"].as_u64().unwrap_or(0),
        d["target"].as_str().unwrap_or("").to_string(),
    )
}

/// The rules this test suite owns (reference and encoding rules); other rules are
/// written in parallel and may add findings, so seed tests filter to these.
pub const REFERENCE_RULES: &[&str] = &[
    "citation/malformed",
    "citation/missing-path",
    "citation/line-range",
    "link/",
    "path/",
    "evidence/missing-path",
    "mention/missing-path",
    "encoding/invalid-utf8",
];

/// Asserts the exact findings of a run (restricted to [`REFERENCE_RULES`]: the
/// documents of these tests are written to be clean for the other rules, which are
/// developed in parallel) and its exit code, with a readable dump on failure.
#[track_caller]
pub fn assert_findings(run: &Run, expected: &[Tuple], code: i32) {
    assert_eq!(
        run.findings_of(REFERENCE_RULES),
        expected,
        "\n{}",
        run.dump()
    );
    assert_eq!(run.code, code, "exit code\n{}", run.dump());
}

/// Like [`assert_findings`], without the exit code (for documents that other rules
/// may also flag, such as mojibake).
#[track_caller]
pub fn assert_reference_findings(run: &Run, expected: &[Tuple]) {
    assert_eq!(
        run.findings_of(REFERENCE_RULES),
        expected,
        "\n{}",
        run.dump()
    );
}

/// A GitBook (`.gitbook.yaml`, or none: `gitbook`) whose `guide.md` is
/// `page`.
pub fn gitbook_repo(page: &str, gitbook: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Docs\n")
        .write(
            "SUMMARY.md",
            "# Summary\n\n* [Docs](README.md)\n* [Guide](guide.md)\n",
        )
        .write("guide.md", page);
    if gitbook {
        repo.write(".gitbook.yaml", "root: ./\n");
    }
    repo.commit_all();
    repo
}

/// Asserts the `link/missing-anchor` findings of `page` in a GitBook (or
/// not): `(line, target)` each.
pub fn assert_gitbook_anchors(page: &str, gitbook: bool, expected: &[(u64, &str)]) {
    let run = gitbook_repo(page, gitbook).check(&[]);
    let found: Vec<(u64, String)> = run
        .findings_of(&["link/missing-anchor"])
        .into_iter()
        .map(|f| (f.2, f.4))
        .collect();
    let expected: Vec<(u64, String)> = expected
        .iter()
        .map(|(line, target)| (*line, target.to_string()))
        .collect();
    assert_eq!(found, expected, "\n{}", run.dump());
}
