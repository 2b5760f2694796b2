//! References with line numbers outside `【F:…】` citations, followed like
//! citations: code spans `path:LINE` and `path:START-END` (as editors and
//! agents write them), and GitHub line anchors on links (`a.py#L10-L20`).
//! Real repositories built with the git CLI (fixed dates), checked and fixed
//! by the real binary.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        repo.git(&["init", "-q", "-b", "main", "."], "2024-01-01T00:00:00Z");
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git(&self, args: &[&str], date: &str) -> String {
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
            .current_dir(self.path())
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
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn write(&self, path: &str, text: &str) {
        let p = self.path().join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }

    fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.path().join(path)).expect("read")
    }

    /// Stages everything and commits at midnight UTC of `date`; returns the
    /// abbreviated commit id.
    fn commit(&self, date: &str, message: &str) -> String {
        let date = format!("{date}T00:00:00Z");
        self.git(&["add", "-A"], &date);
        self.git(&["commit", "-q", "-m", message], &date);
        self.git(&["rev-parse", "--short", "HEAD"], &date)
    }

    /// Puts `n` header lines on top of `path`.
    fn insert_header(&self, path: &str, n: usize) {
        let header: String = (0..n).map(|i| format!("# header {i}\n")).collect();
        let text = self.read(path);
        self.write(path, &(header + &text));
    }

    /// Rewrites line `n` (1-based) of `path`.
    fn edit_line(&self, path: &str, n: usize, text: &str) {
        let old = self.read(path);
        let mut lines: Vec<&str> = old.lines().collect();
        lines[n - 1] = text;
        self.write(path, &(lines.join("\n") + "\n"));
    }

    /// `checkmark ARGS…`: (exit code, stdout).
    fn run(&self, args: &[&str]) -> (i32, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
            .args(args)
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .env("CHECKMARK_TODAY", "2025-01-01")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("checkmark runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }

    /// The diagnostics of `check --format json` as (rule, line, column, message, target).
    fn check(&self) -> Vec<(String, u64, u64, String, String)> {
        let (code, out) = self.run(&["check", "--format", "json"]);
        assert!(code == 0 || code == 1, "exit {code}: {out}");
        let v: Value = serde_json::from_str(&out).expect("JSON output");
        v["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
                (
                    s("rule"),
                    d["line"].as_u64().unwrap_or(0),
                    d["column"].as_u64().unwrap_or(0),
                    s("message"),
                    s("target"),
                )
            })
            .collect()
    }

    /// `fix` then `fix --diff`: the second run must find nothing to change.
    fn fix_is_idempotent(&self) {
        let (code, out) = self.run(&["fix", "--diff"]);
        assert_eq!(
            (code, out.as_str()),
            (0, ""),
            "a second fix changes nothing"
        );
    }
}

fn source_file() -> String {
    (1..=30).map(|i| format!("line {i}\n")).collect()
}

fn f(
    rule: &str,
    line: u64,
    column: u64,
    message: &str,
    target: &str,
) -> (String, u64, u64, String, String) {
    (
        rule.to_string(),
        line,
        column,
        message.to_string(),
        target.to_string(),
    )
}

const PLAN: &str = "# Plan\n\nRetries are capped at three (`src/retry.py:10-12`).\n\nThe banner is shown at `src/retry.py:25`.\n\nSee [the cap](../src/retry.py#L10-L12).\n";

/// `src/retry.py` (2024-01-01), then `docs/plan.md` citing it three ways
/// (2024-01-02). Returns (repo, id of the citing commit).
fn cited_repo() -> (Repo, String) {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write("docs/plan.md", PLAN);
    let citing = repo.commit("2024-01-02", "Write the plan");
    (repo, citing)
}

fn shifted(
    line: u64,
    column: u64,
    was: &str,
    now: &str,
    citing: &str,
) -> (String, u64, u64, String, String) {
    f(
        "citation/shifted",
        line,
        column,
        &format!(
            "cited lines {was} of src/retry.py now stand at {now}: they are unchanged, but lines were inserted or removed above them since this line was written in {citing} (2024-01-02)"
        ),
        "src/retry.py",
    )
}

#[test]
fn code_spans_and_line_anchors_shift_with_lines_inserted_above_and_fix_follows() {
    let (repo, citing) = cited_repo();
    repo.insert_header("src/retry.py", 2);
    repo.commit("2024-01-03", "Add a header");
    assert_eq!(
        repo.check(),
        vec![
            shifted(3, 30, "L10-L12", "L12-L14", &citing),
            shifted(5, 24, "L25", "L27", &citing),
            shifted(7, 5, "L10-L12", "L12-L14", &citing),
        ]
    );
    let (code, _) = repo.run(&["fix"]);
    assert_eq!(code, 0);
    assert_eq!(
        repo.read("docs/plan.md"),
        "# Plan\n\nRetries are capped at three (`src/retry.py:12-14`).\n\nThe banner is shown at `src/retry.py:27`.\n\nSee [the cap](../src/retry.py#L12-L14).\n"
    );
    assert_eq!(repo.check(), vec![]);
    repo.fix_is_idempotent();
}

#[test]
fn edits_inside_the_cited_lines_are_stale_and_re_anchored_only_with_unsafe_fixes() {
    let (repo, citing) = cited_repo();
    repo.insert_header("src/retry.py", 1);
    repo.edit_line("src/retry.py", 12, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "New cap");
    let stale = |line: u64, column: u64| {
        f(
            "citation/stale",
            line,
            column,
            &format!(
                "1 of the 3 cited lines L10-L12 of src/retry.py changed in {change} (2024-01-03, \"New cap\") after this line was last committed in {citing} (2024-01-02); the block now stands at L11-L13"
            ),
            "src/retry.py",
        )
    };
    assert_eq!(
        repo.check(),
        vec![
            stale(3, 30),
            shifted(5, 24, "L25", "L26", &citing),
            stale(7, 5),
        ]
    );
    // Plain `fix`: the shifted line only.
    let (code, _) = repo.run(&["fix"]);
    assert_eq!(code, 0);
    assert_eq!(
        repo.read("docs/plan.md"),
        PLAN.replace("`src/retry.py:25`", "`src/retry.py:26`")
    );
    // `--unsafe-fixes` re-anchors the changed blocks, in their own forms.
    let (code, _) = repo.run(&["fix", "--unsafe-fixes"]);
    assert_eq!(code, 0);
    assert_eq!(
        repo.read("docs/plan.md"),
        "# Plan\n\nRetries are capped at three (`src/retry.py:11-13`).\n\nThe banner is shown at `src/retry.py:26`.\n\nSee [the cap](../src/retry.py#L11-L13).\n"
    );
    let (code, out) = repo.run(&["fix", "--unsafe-fixes", "--diff"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn edits_elsewhere_in_the_file_leave_code_spans_alone() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 28, "line 28 edited");
    repo.commit("2024-01-03", "Edit the tail");
    assert_eq!(repo.check(), vec![]);
}

#[test]
fn a_renamed_file_is_followed_and_the_code_span_keeps_its_lines() {
    let (repo, _) = cited_repo();
    repo.git(
        &["mv", "src/retry.py", "src/net_retry.py"],
        "2024-01-03T00:00:00Z",
    );
    let moved = repo.commit("2024-01-03", "Move retry");
    let renamed = |line: u64, column: u64, what: &str, shown: &str| {
        f(
            "path/renamed",
            line,
            column,
            &format!(
                "{what} `{shown}` was moved to `src/net_retry.py` in {moved} (2024-01-03, \"Move retry\")"
            ),
            "src/retry.py",
        )
    };
    assert_eq!(
        repo.check(),
        vec![
            renamed(3, 30, "mentioned path", "src/retry.py"),
            renamed(5, 24, "mentioned path", "src/retry.py"),
            renamed(7, 5, "link target", "../src/retry.py"),
        ]
    );
    let (code, _) = repo.run(&["fix"]);
    assert_eq!(code, 0);
    assert_eq!(
        repo.read("docs/plan.md"),
        "# Plan\n\nRetries are capped at three (`src/net_retry.py:10-12`).\n\nThe banner is shown at `src/net_retry.py:25`.\n\nSee [the cap](../src/net_retry.py#L10-L12).\n"
    );
    repo.fix_is_idempotent();
}

#[test]
fn a_code_span_past_the_end_of_its_file_is_a_line_range_finding() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.write("Makefile", "all:\n\ttrue\n");
    repo.write(
        "docs/plan.md",
        "# Plan\n\nSee `src/retry.py:40-45` and `Makefile:9`; `src/retry.py:30` is fine.\n",
    );
    repo.commit("2024-01-01", "All");
    assert_eq!(
        repo.check(),
        vec![
            f(
                "citation/line-range",
                3,
                5,
                "`src/retry.py` has 30 lines, but L40-L45 is cited (ends at line 45)",
                "src/retry.py"
            ),
            // A file without an extension counts when it is tracked there.
            f(
                "citation/line-range",
                3,
                30,
                "`Makefile` has 2 lines, but L9 is cited (ends at line 9)",
                "Makefile"
            ),
        ]
    );
}

/// What only looks like `path:LINE`: hosts and ports, times, image tags,
/// URLs, Rust and Python paths, YAML. None of it is a file reference.
#[test]
fn spans_that_are_not_file_references_are_silent() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write("src/retry.py", &source_file());
    repo.write(
        "docs/plan.md",
        "# Plan\n\n- [x] Served on `localhost:8080`, `0.0.0.0:4318`, `db.internal:5432`, `timescale:5432`\n- [x] At `10:30`, image `redis:7`, `node:18-alpine`, `http://example.com/a.py:3`\n- [x] Code `std::io`, `app.module:12`, `key:value`, `a:b:1`, `docker.io/library/redis:7`\n",
    );
    repo.commit("2024-01-01", "All");
    assert_eq!(repo.check(), vec![]);
}

/// A missing file in a code span speaks where a mention would: in a checked
/// item or a done row (with `mention/missing-path` on), not in prose or plans.
#[test]
fn a_missing_file_in_a_code_span_speaks_only_in_a_done_context() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write(
        "docs/plan.md",
        "# Plan\n\nWe will add `src/new.py:10-20` later.\n\n- [ ] Write `src/todo.py:3`\n- [x] Fixed in `src/gone.py:12`\n",
    );
    repo.commit("2024-01-01", "All");
    assert_eq!(
        repo.check(),
        vec![f(
            "mention/missing-path",
            6,
            16,
            "`src/gone.py` looks like a repository path but does not exist in the working tree",
            "src/gone.py"
        )]
    );
}

/// The PR report with `--base`: "Evidence this change affects" lists the
/// committed references whose cited file the change deletes or renames, and
/// whose cited lines it changes or moves; a line the change writes itself is
/// not listed (it was written against the new version).
#[test]
fn the_pr_report_lists_evidence_this_change_affects() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.write("src/old.py", "x = 1\n");
    repo.write("src/keep.py", "y = 1\n");
    repo.write(
        "docs/plan.md",
        "# Plan\n\nCapped.【F:src/retry.py†L10-L12】\n\nBanner at `src/retry.py:25`.\n\nSee [old](../src/old.py) and [keep](../src/keep.py).\n\nUntouched.【F:src/retry.py†L1-L2】\n",
    );
    repo.commit("2024-01-01", "Base");
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let text = repo
        .read("src/retry.py")
        .replace("line 20\n", "line 20\nnew line\n");
    repo.write("src/retry.py", &text);
    std::fs::remove_file(repo.path().join("src/old.py")).expect("remove");
    let plan = repo.read("docs/plan.md") + "\nNew.【F:src/retry.py†L10-L12】\n";
    repo.write("docs/plan.md", &plan);
    repo.commit("2024-01-02", "Change");
    let (code, out) = repo.run(&["report", "--base", "HEAD~1", "--format", "markdown"]);
    assert!(code == 0 || code == 1, "exit {code}: {out}");
    let section = out
        .split("#### Evidence this change affects")
        .nth(1)
        .and_then(|s| {
            s.split("\n\n")
                .take(2)
                .collect::<Vec<_>>()
                .join("\n\n")
                .into()
        })
        .unwrap_or_default();
    assert_eq!(
        section,
        " (3)\n\n| Document | Line | What this change does |\n| --- | --- | --- |\n| `docs/plan.md` | 3 | changes 1 of the 3 cited lines L10-L12 of src/retry.py |\n| `docs/plan.md` | 5 | moves the cited lines L25 of src/retry.py to L26 |\n| `docs/plan.md` | 7 | deletes src/old.py |",
        "{out}"
    );
    // Without `--base` there is no such section.
    let (_, out) = repo.run(&["report", "--format", "markdown"]);
    assert!(!out.contains("Evidence this change affects"), "{out}");
}
