//! `citation/stale` against real repositories: built with the git CLI in
//! temporary folders (fixed dates, so the history is deterministic), checked by
//! the real binary with `--format json`.

use std::path::{Path, PathBuf};
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
        repo.git(&["init", "-q", "-b", "main", "."]);
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git_in(dir: &Path, args: &[&str], date: &str) -> String {
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
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn git(&self, args: &[&str]) -> String {
        Repo::git_in(self.path(), args, "2024-01-01T00:00:00Z")
    }

    fn write(&self, path: &str, text: &str) {
        let p = self.path().join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }

    /// Stages everything and commits at `date` (`YYYY-MM-DD`, midnight UTC
    /// unless a time is given); returns the abbreviated commit id.
    fn commit(&self, date: &str, message: &str) -> String {
        let date = if date.len() == 10 {
            format!("{date}T00:00:00Z")
        } else {
            date.to_string()
        };
        Repo::git_in(self.path(), &["add", "-A"], &date);
        Repo::git_in(self.path(), &["commit", "-q", "-m", message], &date);
        self.git(&["rev-parse", "--short", "HEAD"])
    }

    /// Rewrites line `n` (1-based) of `path`.
    fn edit_line(&self, path: &str, n: usize, text: &str) {
        let p = self.path().join(path);
        let old = std::fs::read_to_string(&p).expect("read");
        let mut lines: Vec<&str> = old.lines().collect();
        lines[n - 1] = text;
        std::fs::write(p, lines.join("\n") + "\n").expect("write");
    }
}

fn source_file() -> String {
    (1..=30).map(|i| format!("line {i}\n")).collect()
}

fn check_in(dir: &Path, args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CHECKMARK_TODAY", "2025-01-01")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("checkmark runs");
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// The diagnostics as (rule, line, column, message, help, target).
fn findings(v: &Value) -> Vec<(String, u64, u64, String, String, String)> {
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
                s("help"),
                s("target"),
            )
        })
        .collect()
}

const PLAN: &str = "# Plan\n\nRetries are capped at three.【F:src/retry.py†L10-L12】\n\nThe banner is shown.【F:src/retry.py†L25】\n";

/// A repository where `src/retry.py` is written (2024-01-01), then cited by
/// `docs/plan.md` (2024-01-02). Returns (repo, id of the citing commit).
fn cited_repo() -> (Repo, String) {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write("docs/plan.md", PLAN);
    let citing = repo.commit("2024-01-02", "Write the plan");
    (repo, citing)
}

/// The expected finding: at (line, column), cited `lines`, the change
/// (id, date, summary), the citing commit (id, date), and what changed:
/// (changed lines, cited lines, where the block stands now, the diff).
fn stale(
    at: (u64, u64),
    change: (&str, &str, &str),
    citing: (&str, &str),
    lines: &str,
    what: (u32, u32, &str, &str),
) -> (String, u64, u64, String, String, String) {
    (
        "citation/stale".to_string(),
        at.0,
        at.1,
        format!(
            "{} of the {} cited lines {lines} of src/retry.py changed in {} ({}, \"{}\") after this line was last committed in {} ({}); the block now stands at {}",
            what.0, what.1, change.0, change.1, change.2, citing.0, citing.1, what.2
        ),
        format!(
            "re-read the cited lines and update the sentence and its range, then commit it; the cited lines then ({}) and now:\n{}",
            citing.0, what.3
        ),
        "src/retry.py".to_string(),
    )
}

#[test]
fn a_later_commit_that_edits_the_cited_lines_makes_the_citation_stale() {
    let (repo, citing) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Raise the retry cap");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (3, 29),
            (&change, "2024-01-03", "Raise the retry cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

#[test]
fn the_newest_of_several_changes_is_named() {
    let (repo, citing) = cited_repo();
    repo.edit_line("src/retry.py", 12, "line 12: first");
    repo.commit("2024-01-03", "First change");
    repo.edit_line("src/retry.py", 10, "line 10: second");
    let second = repo.commit("2024-01-04", "Second change");
    // Lines inserted above the cited range later move it, without changing it.
    let text = std::fs::read_to_string(repo.path().join("src/retry.py")).expect("read");
    std::fs::write(
        repo.path().join("src/retry.py"),
        format!("# header\n# more\n{text}"),
    )
    .expect("write");
    repo.commit("2024-01-05", "Add a header");
    // The cited block (lines 10-12 as they were when the plan was written) now
    // stands at L12-L14, with two of its three lines changed; the newest change
    // is named.
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![
            stale(
                (3, 29),
                (&second, "2024-01-04", "Second change"),
                (&citing, "2024-01-02"),
                "L10-L12",
                (
                    2,
                    3,
                    "L12-L14",
                    "- line 10\n+ line 10: second\n- line 12\n+ line 12: first"
                )
            ),
            // L25 did not change: the header only moved it.
            (
                "citation/shifted".to_string(),
                5,
                21,
                format!(
                    "cited lines L25 of src/retry.py now stand at L27: they are unchanged, but lines were inserted or removed above them since this line was written in {citing} (2024-01-02)"
                ),
                "cite L27 instead; `checkmark fix` rewrites it".to_string(),
                "src/retry.py".to_string(),
            )
        ]
    );
}

#[test]
fn a_later_commit_that_edits_other_lines_of_the_cited_file_is_not_stale() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 20, "line 20: unrelated");
    repo.edit_line("src/retry.py", 13, "line 13: just below");
    repo.commit("2024-01-03", "Unrelated change");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn updating_the_citing_line_after_the_change_clears_it() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.commit("2024-01-03", "Raise the retry cap");
    repo.edit_line(
        "docs/plan.md",
        3,
        "Retries are capped at five.【F:src/retry.py†L10-L12】",
    );
    repo.commit("2024-01-04", "Update the plan");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn uncommitted_citing_lines_are_never_stale() {
    let (repo, citing) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Raise the retry cap");

    // The citing line is being rewritten in the working tree: not stale.
    repo.edit_line(
        "docs/plan.md",
        3,
        "Retries are capped at five.【F:src/retry.py†L10-L12】",
    );
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    // Staged, and checked as the pre-commit hook does: still being written.
    repo.git(&["add", "docs/plan.md"]);
    assert_eq!(findings(&check_in(repo.path(), &["--staged"])), vec![]);
    repo.git(&["reset", "-q"]);

    // Other lines edited in the working tree: the committed citing line, moved
    // down by two, is still stale.
    std::fs::write(
        repo.path().join("docs/plan.md"),
        format!("# Plan\n\nNew intro.\n\n{}", &PLAN[8..]),
    )
    .expect("write");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (5, 29),
            (&change, "2024-01-03", "Raise the retry cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

/// Writes `text` over `path` in place and puts its modification time back:
/// only its change time says that it changed (as it says to git).
fn rewrite_keeping_mtime(repo: &Repo, path: &str, text: &str) {
    let p = repo.path().join(path);
    let mtime = std::fs::metadata(&p)
        .expect("stat")
        .modified()
        .expect("mtime");
    let old = std::fs::read_to_string(&p).expect("read");
    assert_eq!(old.len(), text.len(), "the same size");
    std::fs::write(&p, text).expect("write");
    std::fs::File::options()
        .write(true)
        .open(&p)
        .expect("open")
        .set_modified(mtime)
        .expect("set mtime");
}

#[test]
fn a_citing_line_rewritten_in_place_with_its_size_and_time_kept_is_still_being_written() {
    // The committed version of the document is not read when the index's
    // stat data says the working-tree file is that blob.
    let (repo, citing) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Raise the retry cap");
    let expected = stale(
        (3, 29),
        (&change, "2024-01-03", "Raise the retry cap"),
        (&citing, "2024-01-02"),
        "L10-L12",
        (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5"),
    );
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![expected]);
    rewrite_keeping_mtime(&repo, "docs/plan.md", &PLAN.replace("three", "seven"));
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn uncommitted_changes_to_the_cited_file_are_not_commits() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5 (not committed)");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn rev_mode_in_a_bare_clone() {
    let (repo, citing) = cited_repo();
    repo.edit_line("src/retry.py", 25, "line 25: banner off");
    let change = repo.commit("2024-01-03", "Hide the banner");
    let bare: PathBuf = repo.path().join("bare.git");
    repo.git(&["clone", "-q", "--bare", ".", "bare.git"]);
    let v = check_in(&bare, &["--rev", "HEAD"]);
    assert_eq!(v["source"]["mode"], "rev");
    assert_eq!(
        findings(&v),
        vec![stale(
            (5, 21),
            (&change, "2024-01-03", "Hide the banner"),
            (&citing, "2024-01-02"),
            "L25",
            (1, 1, "L25", "- line 25\n+ line 25: banner off")
        )]
    );
    // The revision before the change: nothing stale there.
    assert_eq!(findings(&check_in(&bare, &["--rev", "HEAD~1"])), vec![]);
}

#[test]
fn whole_file_citations_go_stale_when_enough_of_the_file_changes() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(
        "docs/plan.md",
        "# Plan\n\nSee the code.【F:src/retry.py】\n",
    );
    let citing = repo.commit("2024-01-02", "Write the plan");
    // One line of 30: an incidental edit, not a reason to re-read the claim.
    repo.edit_line("src/retry.py", 30, "line 30: last");
    repo.commit("2024-01-03", "Touch the end");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    // Seven of 30 with line 30 (more than one in five): the file the sentence describes changed.
    for n in [1, 5, 9, 13, 17, 21] {
        repo.edit_line("src/retry.py", n, "rewritten");
    }
    let change = repo.commit("2024-01-04", "Rewrite the retry loop");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![(
            "citation/stale".to_string(),
            3,
            14,
            format!(
                "7 of the 30 lines of cited file src/retry.py changed in {change} (2024-01-04, \"Rewrite the retry loop\") after this line was last committed in {citing} (2024-01-02)"
            ),
            "re-read src/retry.py and update the sentence, then commit it".to_string(),
            "src/retry.py".to_string(),
        )]
    );
}

#[test]
fn same_commit_time_is_decided_by_ancestry() {
    let repo = Repo::new();
    let t = "2024-01-01T12:00:00Z";
    repo.write("src/retry.py", &source_file());
    repo.commit(t, "Add retry");
    repo.write("docs/plan.md", PLAN);
    let citing = repo.commit(t, "Write the plan");
    repo.edit_line("src/retry.py", 10, "line 10: changed");
    let change = repo.commit(t, "Same second");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (3, 29),
            (&change, "2024-01-01", "Same second"),
            (&citing, "2024-01-01"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 10\n+ line 10: changed")
        )]
    );
}

#[test]
fn the_citing_and_cited_lines_changed_together_are_not_stale() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.edit_line(
        "docs/plan.md",
        3,
        "Retries are capped at five.【F:src/retry.py†L10-L12】",
    );
    repo.commit("2024-01-03", "Raise the cap and say so");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn the_rule_can_be_turned_off() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.commit("2024-01-03", "Raise the retry cap");
    repo.write("checkmark.toml", "[rules]\n\"citation/stale\" = \"off\"\n");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn citations_that_do_not_resolve_are_left_to_other_rules() {
    let (repo, _) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.commit("2024-01-03", "Raise the retry cap");
    repo.edit_line("docs/plan.md", 5, "Past the end.【F:src/retry.py†L40-L41】");
    repo.commit("2024-01-04", "Cite past the end");
    let rules: Vec<String> = findings(&check_in(repo.path(), &[]))
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(rules, vec!["citation/stale", "citation/line-range"]);
}

#[test]
fn a_repository_without_commits_has_nothing_stale() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.write("docs/plan.md", PLAN);
    repo.git(&["add", "-A"]);
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn a_change_merged_from_a_branch_is_dated_by_its_merge() {
    let (repo, citing) = cited_repo();
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.commit("2024-01-03", "Raise the retry cap");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("README.md", "# Service\n");
    repo.commit("2024-01-04", "Add a README");
    Repo::git_in(
        repo.path(),
        &["merge", "-q", "--no-ff", "-m", "Merge side", "side"],
        "2024-01-05T00:00:00Z",
    );
    let merge = repo.git(&["rev-parse", "--short", "HEAD"]);
    // Followed along the first-parent history, the change lands with the merge.
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (3, 29),
            (&merge, "2024-01-05", "Merge side"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

// ── citation/shifted: the cited block is unchanged but stands elsewhere ──

/// Runs the binary; returns (exit code, stdout).
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let (code, stdout, _) = run_full(dir, args);
    (code, stdout)
}

/// Runs the binary; returns (exit code, stdout, stderr).
fn run_full(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CHECKMARK_TODAY", "2025-01-01")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("checkmark runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The expected `citation/shifted` finding.
fn shifted(
    at: (u64, u64),
    was: &str,
    now: &str,
    citing: &str,
) -> (String, u64, u64, String, String, String) {
    (
        "citation/shifted".to_string(),
        at.0,
        at.1,
        format!(
            "cited lines {was} of src/retry.py now stand at {now}: they are unchanged, but lines were inserted or removed above them since this line was written in {citing} (2024-01-02)"
        ),
        format!("cite {now} instead; `checkmark fix` rewrites it"),
        "src/retry.py".to_string(),
    )
}

/// Puts `n` header lines on top of `src/retry.py`.
fn insert_header(repo: &Repo, n: usize) {
    let p = repo.path().join("src/retry.py");
    let text = std::fs::read_to_string(&p).expect("read");
    let header: String = (0..n).map(|i| format!("# header {i}\n")).collect();
    std::fs::write(p, header + &text).expect("write");
}

#[test]
fn lines_inserted_above_a_cited_block_shift_it_and_fix_follows() {
    let (repo, citing) = cited_repo();
    insert_header(&repo, 2);
    repo.commit("2024-01-03", "Add a header");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![
            shifted((3, 29), "L10-L12", "L12-L14", &citing),
            shifted((5, 21), "L25", "L27", &citing),
        ]
    );
    // Both rewrites are safe: the cited text is the same.
    let (code, _) = run(repo.path(), &["fix"]);
    assert_eq!(code, 0);
    let plan = std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read");
    assert_eq!(
        plan,
        "# Plan\n\nRetries are capped at three.【F:src/retry.py†L12-L14】\n\nThe banner is shown.【F:src/retry.py†L27】\n"
    );
    // Fixed: nothing left, and a second fix changes nothing.
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    let (code, out) = run(repo.path(), &["fix", "--diff"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn lines_removed_above_shift_the_block_up_and_the_written_form_is_kept() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(
        "docs/plan.md",
        "# Plan\n\nCapped.【F:src/retry.py†L10-12】 Banner.【F:src/retry.py†L20,L26-L27】\n",
    );
    let citing = repo.commit("2024-01-02", "Write the plan");
    let text = std::fs::read_to_string(repo.path().join("src/retry.py")).expect("read");
    std::fs::write(
        repo.path().join("src/retry.py"),
        text.lines()
            .skip(3)
            .map(|l| format!("{l}\n"))
            .collect::<String>(),
    )
    .expect("write");
    repo.commit("2024-01-03", "Drop three lines");
    let v = check_in(repo.path(), &[]);
    assert_eq!(
        findings(&v),
        vec![
            shifted((3, 8), "L10-L12", "L7-L9", &citing),
            shifted((3, 39), "L20,L26-L27", "L17,L23-L24", &citing),
        ]
    );
    run(repo.path(), &["fix"]);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\nCapped.【F:src/retry.py†L7-9】 Banner.【F:src/retry.py†L17,L23-L24】\n"
    );
}

#[test]
fn a_shifted_block_whose_lines_also_changed_is_stale_not_shifted() {
    let (repo, citing) = cited_repo();
    insert_header(&repo, 1);
    repo.edit_line("src/retry.py", 12, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Header and a new cap");
    let v = check_in(repo.path(), &[]);
    assert_eq!(
        findings(&v),
        vec![
            stale(
                (3, 29),
                (&change, "2024-01-03", "Header and a new cap"),
                (&citing, "2024-01-02"),
                "L10-L12",
                (1, 3, "L11-L13", "- line 11\n+ line 11: cap = 5"),
            ),
            shifted((5, 21), "L25", "L26", &citing),
        ]
    );
    // `fix` re-anchors only the block that did not change.
    run(repo.path(), &["fix"]);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\nRetries are capped at three.【F:src/retry.py†L10-L12】\n\nThe banner is shown.【F:src/retry.py†L26】\n"
    );
}

#[test]
fn uncommitted_lines_above_shift_the_block_in_the_working_tree_and_the_index() {
    let (repo, citing) = cited_repo();
    insert_header(&repo, 1);
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![
            shifted((3, 29), "L10-L12", "L11-L13", &citing),
            shifted((5, 21), "L25", "L26", &citing),
        ]
    );
    // Not staged: the index still has the old file, where nothing moved.
    assert_eq!(findings(&check_in(repo.path(), &["--staged"])), vec![]);
    repo.git(&["add", "src/retry.py"]);
    assert_eq!(findings(&check_in(repo.path(), &["--staged"])).len(), 2);
}

#[test]
fn a_cited_file_edited_in_place_with_its_size_and_time_kept_is_read_as_edited() {
    // The committed version of a cited file is not read when the index's
    // stat data says the working-tree file is that blob: here the file is
    // rewritten in place (same inode, same size) and its modification time
    // put back, so only its change time tells (as it tells git).
    let (repo, citing) = cited_repo();
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    // "line 1\nline 2\n" (14 bytes, 2 lines) -> 3 lines of the same 14 bytes.
    let text = source_file().replacen("line 1\nline 2\n", "x\nline\nline 2\n", 1);
    rewrite_keeping_mtime(&repo, "src/retry.py", &text);
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![
            shifted((3, 29), "L10-L12", "L11-L13", &citing),
            shifted((5, 21), "L25", "L26", &citing),
        ]
    );
}

#[test]
fn a_block_back_where_the_citation_says_is_not_reported() {
    // Moved away and back again: the numbers are right, whatever happened between.
    let (repo, _) = cited_repo();
    insert_header(&repo, 2);
    repo.commit("2024-01-03", "Add a header");
    let text = std::fs::read_to_string(repo.path().join("src/retry.py")).expect("read");
    std::fs::write(
        repo.path().join("src/retry.py"),
        text.lines()
            .skip(2)
            .map(|l| format!("{l}\n"))
            .collect::<String>(),
    )
    .expect("write");
    repo.commit("2024-01-04", "Drop the header");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

// ── line ends normalised: CRLF → LF (or back) changes no line ──

/// `cited_repo` with `src/retry.py` written with CRLF line ends.
fn cited_crlf_repo() -> (Repo, String) {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file().replace('\n', "\r\n"));
    repo.commit("2024-01-01", "Add retry");
    repo.write("docs/plan.md", PLAN);
    let citing = repo.commit("2024-01-02", "Write the plan");
    (repo, citing)
}

/// Rewrites the line ends of `path`: CRLF with `crlf`, else LF.
fn set_line_ends(repo: &Repo, path: &str, crlf: bool) {
    let p = repo.path().join(path);
    let text = std::fs::read_to_string(&p)
        .expect("read")
        .replace("\r\n", "\n");
    let text = if crlf {
        text.replace('\n', "\r\n")
    } else {
        text
    };
    std::fs::write(p, text).expect("write");
}

#[test]
fn a_file_converted_from_crlf_to_lf_with_lines_inserted_above_is_shifted_and_fix_follows() {
    let (repo, citing) = cited_crlf_repo();
    set_line_ends(&repo, "src/retry.py", false);
    insert_header(&repo, 2);
    repo.commit("2024-01-03", "Normalise line ends, add a header");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![
            shifted((3, 29), "L10-L12", "L12-L14", &citing),
            shifted((5, 21), "L25", "L27", &citing),
        ]
    );
    let (code, _) = run(repo.path(), &["fix"]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\nRetries are capped at three.【F:src/retry.py†L12-L14】\n\nThe banner is shown.【F:src/retry.py†L27】\n"
    );
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn line_ends_normalised_either_way_or_trailing_blanks_are_no_change() {
    let (repo, _) = cited_crlf_repo();
    set_line_ends(&repo, "src/retry.py", false);
    repo.commit("2024-01-03", "Normalise line ends");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    // And back to CRLF, then blanks added at the end of a cited line.
    set_line_ends(&repo, "src/retry.py", true);
    repo.commit("2024-01-04", "CRLF again");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    let p = repo.path().join("src/retry.py");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("line 11\r\n", "line 11  \t\r\n")).expect("write");
    repo.commit("2024-01-05", "Trailing blanks");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    // Uncommitted, in the working tree: no change either.
    set_line_ends(&repo, "src/retry.py", false);
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

#[test]
fn a_cited_line_edited_in_the_commit_that_normalises_line_ends_is_stale() {
    // The twin of the two tests above: a real edit of a cited line is still a
    // change, and the finding shows only that line, then and now.
    let (repo, citing) = cited_crlf_repo();
    set_line_ends(&repo, "src/retry.py", false);
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Normalise line ends, raise the cap");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (3, 29),
            (&change, "2024-01-03", "Normalise line ends, raise the cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

#[test]
fn an_edit_before_line_ends_were_normalised_is_named_as_the_change() {
    let (repo, citing) = cited_crlf_repo();
    let p = repo.path().join("src/retry.py");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("line 11\r\n", "line 11: cap = 5\r\n")).expect("write");
    let change = repo.commit("2024-01-03", "Raise the cap");
    set_line_ends(&repo, "src/retry.py", false);
    repo.commit("2024-01-04", "Normalise line ends");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (3, 29),
            (&change, "2024-01-03", "Raise the cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

#[test]
fn shifted_in_rev_mode_of_a_bare_clone() {
    let (repo, citing) = cited_repo();
    insert_header(&repo, 3);
    repo.commit("2024-01-03", "Add a header");
    repo.git(&["clone", "-q", "--bare", ".", "bare.git"]);
    let bare = repo.path().join("bare.git");
    assert_eq!(
        findings(&check_in(&bare, &["--rev", "HEAD"])),
        vec![
            shifted((3, 29), "L10-L12", "L13-L15", &citing),
            shifted((5, 21), "L25", "L28", &citing),
        ]
    );
}

#[test]
fn shifted_can_be_turned_off_without_turning_off_stale() {
    let (repo, _) = cited_repo();
    insert_header(&repo, 2);
    repo.commit("2024-01-03", "Add a header");
    repo.write(
        "checkmark.toml",
        "[rules]\n\"citation/shifted\" = \"off\"\n",
    );
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
    let (_, out) = run(repo.path(), &["fix", "--diff"]);
    assert_eq!(out, "");
}

#[test]
fn lines_only_inserted_inside_a_cited_block_are_not_stale_but_an_edit_with_them_is() {
    let (repo, citing) = cited_repo();
    repo.edit_line("src/retry.py", 11, "line 11\nextra a\nextra b");
    repo.commit("2024-01-03", "Two more lines");
    // Additions between the cited lines leave what they say standing: silent.
    // L25 moved down by two, unchanged: shifted.
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![shifted((5, 21), "L25", "L27", &citing)]
    );
    // Its twin: one of the three cited lines also edited. The message counts
    // both the edit and the inserted lines.
    repo.edit_line("src/retry.py", 10, "line 10: cap = 5");
    let change = repo.commit("2024-01-04", "Edit and add");
    let got = findings(&check_in(repo.path(), &[]));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0].3,
        format!(
            "1 of the 3 cited lines L10-L12 of src/retry.py changed and 2 lines were inserted between them in {change} (2024-01-04, \"Edit and add\") after this line was last committed in {citing} (2024-01-02); the block now stands at L10-L14"
        )
    );
    assert_eq!(got[1], shifted((5, 21), "L25", "L27", &citing));
}

#[test]
fn a_stale_block_that_moved_is_re_anchored_only_with_unsafe_fixes() {
    let (repo, _) = cited_repo();
    insert_header(&repo, 1);
    repo.edit_line("src/retry.py", 12, "line 11: cap = 5");
    repo.commit("2024-01-03", "Header and a new cap");
    // Plain `fix`: the shifted L25 only (safe); the stale block is left, and
    // counted as left although the pass after the safe fix does not ask the
    // history again (the whole run asks it once).
    let (code, _, stderr) = run_full(repo.path(), &["fix"]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains("1 more fix is available with `--unsafe-fixes`"),
        "{stderr}"
    );
    let plan = std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read");
    assert!(plan.contains("【F:src/retry.py†L10-L12】"), "{plan}");
    // With --unsafe-fixes the stale block is re-anchored to where it stands.
    let (code, _) = run(repo.path(), &["fix", "--unsafe-fixes"]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\nRetries are capped at three.【F:src/retry.py†L11-L13】\n\nThe banner is shown.【F:src/retry.py†L26】\n"
    );
}

/// A citation whose range ran past the end of the file when it was written
/// (`L1-L40` of a 30-line file, which then grew): the part that was there is
/// followed and judged by the same one-line-in-five measure as any block, so
/// one edited line of 30 is not stale.
#[test]
fn a_range_written_past_the_end_is_judged_on_the_lines_that_were_there() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(
        "docs/plan.md",
        "# Plan\n\nAll of it.【F:src/retry.py†L1-L40】\n",
    );
    repo.commit("2024-01-02", "Write the plan");
    let grown: String = (31..=45).map(|i| format!("line {i}\n")).collect();
    repo.write("src/retry.py", &(source_file() + &grown));
    repo.commit("2024-01-03", "Grow retry");
    repo.edit_line("src/retry.py", 5, "line 5 edited");
    repo.commit("2024-01-04", "Edit one line");
    assert_eq!(findings(&check_in(repo.path(), &[])), vec![]);
}

/// The true twin: most of the lines that were there changed.
#[test]
fn a_range_written_past_the_end_is_stale_when_enough_of_it_changed() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(
        "docs/plan.md",
        "# Plan\n\nAll of it.【F:src/retry.py†L1-L40】\n",
    );
    let citing = repo.commit("2024-01-02", "Write the plan");
    let grown: String = (31..=45).map(|i| format!("line {i}\n")).collect();
    repo.write("src/retry.py", &(source_file() + &grown));
    repo.commit("2024-01-03", "Grow retry");
    for n in 1..=10 {
        repo.edit_line("src/retry.py", n, &format!("line {n} edited"));
    }
    let change = repo.commit("2024-01-04", "Edit ten lines");
    let found = findings(&check_in(repo.path(), &[]));
    assert_eq!(found.len(), 1, "{found:?}");
    let (rule, line, column, message, _, target) = &found[0];
    assert_eq!(
        (rule.as_str(), *line, *column, message.as_str(), target.as_str()),
        (
            "citation/stale",
            3,
            11,
            format!(
                "10 of the 30 cited lines L1-L40 of src/retry.py changed in {change} (2024-01-04, \"Edit ten lines\") after this line was last committed in {citing} (2024-01-02); the block now stands at L1-L30"
            )
            .as_str(),
            "src/retry.py"
        )
    );
    // Its numbers were not right when written: nothing to re-anchor.
    let (code, out) = run(repo.path(), &["fix", "--unsafe-fixes", "--diff"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

/// A cited block rewritten whole has nowhere to stand: the finding says none
/// of its lines is left (not "now stands at L1"), and shows the new text.
#[test]
fn a_block_rewritten_whole_is_said_to_be_gone() {
    let (repo, citing) = cited_repo();
    let text = std::fs::read_to_string(repo.path().join("src/retry.py")).expect("read");
    let text = text.replace("line 10\nline 11\nline 12\n", "rewritten\n");
    repo.write("src/retry.py", &text);
    let change = repo.commit("2024-01-03", "Rewrite");
    let found = findings(&check_in(repo.path(), &["--select", "citation/stale"]));
    assert_eq!(
        found.iter().map(|f| f.3.as_str()).collect::<Vec<_>>(),
        vec![format!(
            "3 of the 3 cited lines L10-L12 of src/retry.py changed in {change} (2024-01-03, \"Rewrite\") after this line was last committed in {citing} (2024-01-02); none of them is left"
        )
        .as_str()]
    );
    assert!(
        found[0]
            .4
            .ends_with("- line 10\n- line 11\n- line 12\n+ rewritten"),
        "{}",
        found[0].4
    );
}

/// `docs/<name>` citing src/retry.py L10-L12 (2024-01-02), after which line 11
/// is edited (2024-01-03); returns (repo, citing commit, changing commit).
fn log_repo(name: &str, doc: &str) -> (Repo, String, String) {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(name, doc);
    let citing = repo.commit("2024-01-02", "Write the log");
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Raise the retry cap");
    (repo, citing, change)
}

#[test]
fn a_past_tense_entry_in_a_status_report_is_not_stale_but_a_present_tense_claim_is() {
    // A status report (the word in its path): the entry `Removed …` records
    // what a past change did and stays true; the claim `The loader retries …`
    // beside it is about the code now, and its cited lines changed.
    let (repo, citing, change) = log_repo(
        "docs/refactor-status.md",
        "# Refactor\n\n- Removed the obsolete retry wrapper.【F:src/retry.py†L10-L12】\n- The loader retries three times.【F:src/retry.py†L10-L12】\n",
    );
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (4, 34),
            (&change, "2024-01-03", "Raise the retry cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

#[test]
fn a_past_tense_entry_under_a_dated_heading_is_not_stale_but_one_outside_a_log_is() {
    // Under a dated heading: a log entry, silent. The same sentence under an
    // undated heading of a document that is not a log: reported (a past-tense
    // verb alone is not enough).
    let (repo, citing, change) = log_repo(
        "docs/notes.md",
        "# Notes\n\n## 2024-01-02\n\n- Updated the retry cap.【F:src/retry.py†L10-L12】\n\n## Retry\n\n- Updated the retry cap.【F:src/retry.py†L10-L12】\n",
    );
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (9, 25),
            (&change, "2024-01-03", "Raise the retry cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
}

/// The blame git gives line `n` of `path`, following renames (`git blame -M
/// --first-parent`): the abbreviated commit id.
fn blame_follow(repo: &Repo, path: &str, n: usize) -> String {
    let range = format!("{n},{n}");
    let out = repo.git(&[
        "blame",
        "-M",
        "--first-parent",
        "-s",
        "-l",
        "-L",
        &range,
        "--",
        path,
    ]);
    let full = out
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    repo.git(&["rev-parse", "--short", &full])
}

#[test]
fn a_document_renamed_with_git_mv_keeps_the_date_its_lines_were_written() {
    // The cited block moves down two lines, then the plan is moved with `git
    // mv`. The citation was written before both: the block shifted since.
    // Dated by the move, whose version of the cited file already had the
    // header, nothing was said.
    let (repo, citing) = cited_repo();
    insert_header(&repo, 2);
    repo.commit("2024-01-03", "Add a header");
    repo.git(&["mv", "docs/plan.md", "docs/plan-2024.md"]);
    repo.commit("2024-01-04", "Move the plan");
    assert_eq!(blame_follow(&repo, "docs/plan-2024.md", 3), citing);
    let v = check_in(repo.path(), &[]);
    assert_eq!(files(&v), vec!["docs/plan-2024.md"; 2]);
    assert_eq!(
        findings(&v),
        vec![
            shifted((3, 29), "L10-L12", "L12-L14", &citing),
            shifted((5, 21), "L25", "L27", &citing),
        ]
    );
    // A change of the cited lines after the move is stale, dated against the
    // commit that wrote the line. (The commit that changed them is named when
    // it changed the lines the citation names now, L10-L12; here it changed
    // the block where it stands, L12-L14.)
    repo.edit_line("src/retry.py", 13, "line 11: cap = 5");
    repo.commit("2024-01-05", "Raise the retry cap");
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![
            (
                "citation/stale".to_string(),
                3,
                29,
                format!(
                    "1 of the 3 cited lines L10-L12 of src/retry.py changed after this line was last committed in {citing} (2024-01-02); the block now stands at L12-L14"
                ),
                format!(
                    "re-read the cited lines and update the sentence and its range, then commit it; the cited lines then ({citing}) and now:\n- line 11\n+ line 11: cap = 5"
                ),
                "src/retry.py".to_string(),
            ),
            shifted((5, 21), "L25", "L27", &citing),
        ]
    );
}

/// A plan long enough that git still sees a rename when one line of it is edited.
fn long_plan() -> String {
    let prose: String = (1..=12)
        .map(|i| format!("Background paragraph {i} explains the retry design at length.\n\n"))
        .collect();
    format!("{PLAN}\n{prose}")
}

#[test]
fn a_document_moved_and_edited_in_one_commit_dates_only_the_edited_line_by_the_move() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write("docs/plan.md", &long_plan());
    let citing = repo.commit("2024-01-02", "Write the plan");
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    let change = repo.commit("2024-01-03", "Raise the retry cap");
    // Moved and edited together: line 5 is rewritten, line 3 only moves.
    std::fs::create_dir_all(repo.path().join("docs/done")).expect("mkdir");
    repo.git(&["mv", "docs/plan.md", "docs/done/plan.md"]);
    repo.edit_line(
        "docs/done/plan.md",
        5,
        "The banner is shown at start.【F:src/retry.py†L25】",
    );
    let moved = repo.commit("2024-01-04", "Archive the plan");
    assert_eq!(blame_follow(&repo, "docs/done/plan.md", 3), citing);
    assert_eq!(blame_follow(&repo, "docs/done/plan.md", 5), moved);
    // Line 3 was written before the change: stale (dated by the move, it was
    // silent). Line 5 was written by the move, after it: L25 is unchanged.
    assert_eq!(
        findings(&check_in(repo.path(), &[])),
        vec![stale(
            (3, 29),
            (&change, "2024-01-03", "Raise the retry cap"),
            (&citing, "2024-01-02"),
            "L10-L12",
            (1, 3, "L10-L12", "- line 11\n+ line 11: cap = 5")
        )]
    );
    // L25 changes after the move: line 5 is stale against the move's date.
    repo.edit_line("src/retry.py", 25, "line 25: the new banner");
    let later = repo.commit("2024-01-05", "New banner");
    let got = findings(&check_in(repo.path(), &[]));
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[1],
        (
            "citation/stale".to_string(),
            5,
            30,
            format!(
                "1 of the 1 cited lines L25 of src/retry.py changed in {later} (2024-01-05, \"New banner\") after this line was last committed in {moved} (2024-01-04); the block now stands at L25"
            ),
            format!(
                "re-read the cited lines and update the sentence and its range, then commit it; the cited lines then ({moved}) and now:\n- line 25\n+ line 25: the new banner"
            ),
            "src/retry.py".to_string(),
        )
    );
}

#[test]
fn a_project_folder_moved_whole_follows_the_citing_and_the_cited_file() {
    // `app/docs/plan.md` links `../src/retry.py#L10-L12`; the block moves down,
    // then the whole `app/` folder becomes `pkg/`. The link was written before
    // both: the cited file is compared with its version under its old path.
    let repo = Repo::new();
    repo.write("app/src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(
        "app/docs/plan.md",
        "# Plan\n\nRetries are [capped](../src/retry.py#L10-L12).\n",
    );
    let citing = repo.commit("2024-01-02", "Write the plan");
    let p = repo.path().join("app/src/retry.py");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, format!("# header\n# more\n{text}")).expect("write");
    repo.commit("2024-01-03", "Add a header");
    repo.git(&["mv", "app", "pkg"]);
    repo.commit("2024-01-04", "Rename the project folder");
    let v = check_in(repo.path(), &[]);
    assert_eq!(files(&v), vec!["pkg/docs/plan.md"]);
    assert_eq!(
        findings(&v),
        vec![(
            "citation/shifted".to_string(),
            3,
            13,
            format!(
                "cited lines L10-L12 of pkg/src/retry.py now stand at L12-L14: they are unchanged, but lines were inserted or removed above them since this line was written in {citing} (2024-01-02)"
            ),
            "cite L12-L14 instead; `checkmark fix` rewrites it".to_string(),
            "pkg/src/retry.py".to_string(),
        )]
    );
}

#[test]
fn a_dated_record_is_not_stale_but_a_living_document_that_says_last_updated_is() {
    // A rehearsal summary dated by its file name and a review report with a
    // generation stamp record the code as it was on their day: the change of
    // L11 does not make them stale, and a moved line is not renumbered in
    // them either (survey 14: 23 of 23 such shifted findings false). A status
    // page that says "Last updated" promises to be current, and so does a
    // checklist, dated or not: they are stale.
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    let claim = "Retries are capped at three.【F:src/retry.py†L10-L12】";
    repo.write(
        "docs/rehearsal_20240102_summary.md",
        &format!("# Rehearsal\n\n{claim}\n\nThe banner is shown.【F:src/retry.py†L25】\n"),
    );
    repo.write(
        "docs/review.md",
        &format!("# Review\n\n**Generated**: 2024-01-02\n\n{claim}\n"),
    );
    repo.write(
        "docs/status.md",
        &format!("# Status\n\n**Last updated**: 2024-01-02\n\n{claim}\n"),
    );
    // A dated checklist is ticked as work goes on: living too, while an
    // item is open (with every item ticked, a checklist named by its date
    // is a plan carried out: a record).
    repo.write(
        "docs/audit-2024-01-02.md",
        &format!("# Audit – 2024-01-02\n\n- [x] {claim}\n- [ ] Re-run the load test.\n"),
    );
    let citing = repo.commit("2024-01-02", "Write the docs");
    // Worked after it was written: an item added (a report or audit written
    // once, never edited, is a record of its day: see precision_survey45m).
    repo.write(
        "docs/audit-2024-01-02.md",
        &format!(
            "# Audit – 2024-01-02\n\n- [x] {claim}\n- [ ] Re-run the load test.\n\
             - [ ] Re-run the soak test.\n"
        ),
    );
    repo.commit("2024-01-02", "Add the soak test");
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.edit_line("src/retry.py", 20, "line 20\nline 20b");
    let change = repo.commit("2024-01-03", "Raise the retry cap");
    let v = check_in(repo.path(), &[]);
    assert_eq!(
        files(&v),
        vec!["docs/audit-2024-01-02.md", "docs/status.md"]
    );
    let stale_at = |line: u64, column: u64| {
        (
            "citation/stale".to_string(),
            line,
            column,
            format!(
                "1 of the 3 cited lines L10-L12 of src/retry.py changed in {change} (2024-01-03, \"Raise the retry cap\") after this line was last committed in {citing} (2024-01-02); the block now stands at L10-L12"
            ),
            format!(
                "re-read the cited lines and update the sentence and its range, then commit it; the cited lines then ({citing}) and now:\n- line 11\n+ line 11: cap = 5"
            ),
            "src/retry.py".to_string(),
        )
    };
    assert_eq!(findings(&v), vec![stale_at(3, 35), stale_at(5, 29)]);
}

/// Each diagnostic as (file, rule, line).
fn placed(v: &Value) -> Vec<(String, String, u64)> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            placing(
                d["file"].as_str().unwrap_or_default(),
                d["rule"].as_str().unwrap_or_default(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// An expected (file, rule, line) of [`placed`].
fn placing(file: &str, rule: &str, line: u64) -> (String, String, u64) {
    (file.to_string(), rule.to_string(), line)
}

/// The file of each diagnostic.
fn files(v: &Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["file"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A repository where `src/retry.py` is written (2024-01-01), then cited by
/// `doc` (2024-01-02) with `PLAN`'s text under `title`. Returns (repo, citing commit).
fn cited_by(doc: &str, title: &str) -> (Repo, String) {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    repo.write(doc, &PLAN.replacen("# Plan", title, 1));
    let citing = repo.commit("2024-01-02", "Write the note");
    (repo, citing)
}

/// Survey 14 (isoinspector's `DOCS/TASK_ARCHIVE/NNN_task/`, 421 findings): a
/// task note archived with its task is a record; its citations are neither
/// stale nor shifted. The same note outside the archive, and the archive's
/// own README (its maintained index), are judged.
#[test]
fn a_note_frozen_in_an_archive_folder_is_neither_stale_nor_shifted() {
    for (doc, judged) in [
        ("DOCS/TASK_ARCHIVE/12_Retry/Summary_of_Work.md", false),
        ("docs/archive/retry.md", false),
        ("DOCS/TASK_ARCHIVE/README.md", true),
        ("docs/retry.md", true),
    ] {
        let (repo, citing) = cited_by(doc, "# Plan");
        insert_header(&repo, 2);
        repo.edit_line("src/retry.py", 13, "line 11: cap = 5");
        let change = repo.commit("2024-01-03", "Raise the cap");
        let got: Vec<(String, u64)> = findings(&check_in(repo.path(), &[]))
            .into_iter()
            .map(|f| (f.0, f.1))
            .collect();
        let want = if judged {
            vec![
                ("citation/stale".to_string(), 3),
                ("citation/shifted".to_string(), 5),
            ]
        } else {
            vec![]
        };
        assert_eq!(got, want, "{doc} (citing {citing}, change {change})");
    }
}

/// Survey 14 (bhg's `verification-checklist-20250613.md`, 41 findings):
/// `citation/shifted` is silent in a record of its day, as `citation/stale`
/// is: a date in the file name or the title. The undated twin is shifted.
#[test]
fn a_dated_record_is_not_renumbered() {
    for (doc, title, judged) in [
        (
            "docs/verification-checklist-20240102.md",
            "# Verification Checklist",
            false,
        ),
        ("docs/verification.md", "# Verification (2024-01-02)", false),
        ("docs/verification.md", "# Verification", true),
    ] {
        let (repo, citing) = cited_by(doc, title);
        insert_header(&repo, 2);
        repo.commit("2024-01-03", "Add a header");
        let want = if judged {
            vec![
                shifted((3, 29), "L10-L12", "L12-L14", &citing),
                shifted((5, 21), "L25", "L27", &citing),
            ]
        } else {
            vec![]
        };
        assert_eq!(
            findings(&check_in(repo.path(), &[])),
            want,
            "{doc}: {title}"
        );
    }
}

/// Survey 14 (bhg's `# Tournament Adjustments Review`, 7 findings): a
/// review names itself a record of its day like a report or an audit; a
/// plan is judged.
#[test]
fn a_finished_review_is_a_record_and_a_plan_is_not() {
    for (title, judged) in [
        ("# Retry Review", false),
        ("# Retry Audit", false),
        ("# Retry Plan", true),
    ] {
        let (repo, _) = cited_by("docs/retry.md", title);
        repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
        repo.commit("2024-01-03", "Raise the cap");
        let rules: Vec<String> = findings(&check_in(repo.path(), &[]))
            .into_iter()
            .map(|f| f.0)
            .collect();
        let want: Vec<String> = if judged {
            vec!["citation/stale".to_string()]
        } else {
            vec![]
        };
        assert_eq!(rules, want, "{title}");
    }
}

/// Survey 14 (bhg's `final-checklist-20240522.md` … `-20251119.md`): a dated
/// checklist with open items is living until a newer one of its series (the
/// same name with a later date, in its folder) supersedes it; then it is a
/// record of its day. The newest of the series is still judged.
#[test]
fn a_dated_checklist_superseded_by_a_newer_one_is_a_record() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    let list = "# Final checklist\n\n- [x] Retries are capped at three.【F:src/retry.py†L10-L12】\n- [ ] Re-run the load test.\n";
    repo.write("docs/final-checklist-20231220.md", list);
    repo.write("docs/final-checklist-20240102.md", list);
    repo.write("docs/other-checklist-20231220.md", list);
    repo.commit("2024-01-02", "Write the checklists");
    repo.edit_line("src/retry.py", 11, "line 11: cap = 5");
    repo.commit("2024-01-03", "Raise the cap");
    assert_eq!(
        placed(&check_in(repo.path(), &[])),
        vec![
            placing("docs/final-checklist-20240102.md", "citation/stale", 3),
            placing("docs/other-checklist-20231220.md", "citation/stale", 3),
        ]
    );
}

/// Survey 14 (isoinspector's `DOCS/TASK_ARCHIVE/`, bhg's dated checklists):
/// a record whose cited range fitted its file when the record was last
/// committed went out of date with the code; `citation/line-range` is silent
/// there. A range already past the end then was written wrong and is
/// reported, in a record too; so is any range past the end in a living
/// document.
#[test]
fn a_record_whose_range_fitted_when_written_is_not_a_line_range_finding() {
    let repo = Repo::new();
    repo.write("src/retry.py", &source_file());
    repo.commit("2024-01-01", "Add retry");
    let note = "# Summary\n\nRetries are capped.【F:src/retry.py†L20-L25】\n\nThe banner.【F:src/retry.py†L28-L40】\n";
    repo.write("DOCS/TASK_ARCHIVE/12_Retry/Summary_of_Work.md", note);
    repo.write("docs/verification-20240102.md", note);
    repo.write("docs/retry.md", note);
    repo.commit("2024-01-02", "Write the notes");
    // The file shrinks to 18 lines.
    let short: String = (1..=18).map(|i| format!("line {i}\n")).collect();
    repo.write("src/retry.py", &short);
    repo.commit("2024-01-03", "Trim retry");
    let got = placed(&check_in(repo.path(), &["--select", "citation/line-range"]));
    let lr = |f: &str, line: u64| placing(f, "citation/line-range", line);
    assert_eq!(
        got,
        vec![
            // Past the end (30 lines) when written: wrong from the start.
            lr("DOCS/TASK_ARCHIVE/12_Retry/Summary_of_Work.md", 5),
            lr("docs/retry.md", 3),
            lr("docs/retry.md", 5),
            lr("docs/verification-20240102.md", 5),
        ]
    );
}

/// Survey 15 (slidev's `plans/0NN-*.md`): a plan that names, at its top,
/// the commit its line numbers were read at is as of that commit by design;
/// its citations are not renumbered. The same plan without the pin is.
#[test]
fn a_plan_pinned_to_a_commit_is_not_renumbered() {
    for (head, judged) in [
        ("- **Planned at**: commit `37f8152`\n", false),
        (
            "> Drift check: `git diff --stat 37f8152ab..HEAD -- src/retry.py`\n",
            false,
        ),
        ("- **Planned at**: the first sprint\n", true),
    ] {
        let (repo, citing) = cited_by("plans/013.md", &format!("# Plan 013\n\n{head}"));
        insert_header(&repo, 2);
        repo.commit("2024-01-03", "Add a header");
        let lines = head.lines().count() as u64 + 2;
        let want = if judged {
            vec![
                shifted((3 + lines, 29), "L10-L12", "L12-L14", &citing),
                shifted((5 + lines, 21), "L25", "L27", &citing),
            ]
        } else {
            vec![]
        };
        assert_eq!(findings(&check_in(repo.path(), &[])), want, "{head}");
    }
}
