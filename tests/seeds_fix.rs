//! Golden tests of `checkmark fix` on the five real seeds, each committed as
//! `docs/<name>.md` in the repository of `check_seeds.rs` (see `seed_repos`).
//! The expected output of each is `tests/golden/seeds/<name>.fixed.md`.
//!
//! Regenerate the golden files with `UPDATE_GOLDEN=1 cargo test --test seeds_fix`,
//! then read `diff tests/data/seeds/<name>.txt tests/golden/seeds/<name>.fixed.md`
//! line by line: [`golden_files_are_the_seeds_with_only_their_mojibake_repaired`]
//! checks them against the test suite's own repair table, whatever the tool does.
//!
//! What `fix` changes in each seed, and why:
//!
//! - 000 (Beta Readiness Tracker): nothing. ASCII, front matter without `status:`,
//!   no task item, no table, no status line: no rule with a fix applies.
//! - 001 (Beta Launch Playbook): 26 lines, all mojibake repairs (the whole document
//!   was read as Windows-1252): `ã€F:…â€ L1-L63ã€‘` → `【F:…†L1-L63】` in the ten
//!   citation lines, `Stageâ€¯E` → `Stage E` (U+202F), `â€™` → `’`, `â†”` → `↔`,
//!   `â‰¤`/`â‰¥` → `≤`/`≥`, and the status cells of the checklist table (lines
//!   28-32): `ğŸ”„` → 🔄 (Windows-1254), `âš ï¸` → ⚠️, `âœ…` → ✅, plus the ✅ of the
//!   exit criteria (line 81). The status words stay as written (`🔄 Ongoing`,
//!   `✅ Initial run captured`: the leading emoji gives the class, the rest is
//!   commentary, no alias to rewrite), and the table is not re-padded (it was
//!   never padded: `| --- |`).
//! - 002 (Analytics API Beta Checklist): 39 lines, all mojibake repairs: 🟢 in the
//!   preamble status (line 4), ✅ on the six `### N. …` headings (every item under
//!   them is `[x]`, so the marker stays ✅, not 🔄), the ✅ success criteria, the
//!   ✅/❌ GO/NO-GO lines, the emoji of the two e-mail code blocks (repaired too:
//!   the whole document was mis-decoded) and ✅ in the closing status (line 588).
//!   The two status claims (lines 4 and 588) keep saying ready:
//!   status/claim-contradiction has no fix.
//! - 003 (Prod Readiness Tracker): nothing. Statuses are already spelled as the
//!   vocabulary and the document's Status Legend spell them (`GREEN`,
//!   `NOT_STARTED`), the `tbd` owners are warnings without a fix, the text is ASCII.
//! - 004 (Production Readiness Checklist): line 25, `whatâ€™s` → `what’s`.
//!
//! No seed has a malformed task marker, a status alias, or a false section marker;
//! variants at the end of this file pin those fixes on seed text.

mod common;
mod seed_repos;

use seed_repos::{MOJIBAKE_MARKS, NAMES, SeedRepo, crlf, repair, seed, seed_repo, seed_repo_with};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seeds/");

fn golden_path(name: &str) -> String {
    format!("{GOLDEN}{name}.fixed.md")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

fn golden(name: &str) -> String {
    let p = golden_path(name);
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("read {p}: {e} (run with UPDATE_GOLDEN=1 to create it)"))
}

/// Applies the unified diff `diff` (of one file, `file`) to `original`. Checks
/// every context and removed line against `original`.
fn apply_diff(diff: &str, file: &str, original: &str) -> String {
    if diff.is_empty() {
        return original.to_string();
    }
    let old: Vec<&str> = original.split_inclusive('\n').collect();
    let mut lines = diff.split_inclusive('\n');
    assert_eq!(
        lines.next(),
        Some(format!("--- a/{file}\n").as_str()),
        "{diff}"
    );
    assert_eq!(
        lines.next(),
        Some(format!("+++ b/{file}\n").as_str()),
        "{diff}"
    );
    let mut out = String::new();
    let mut next = 0; // index in `old` of the first line not yet copied
    let mut last = b' ';
    for l in lines {
        if let Some(h) = l.strip_prefix("@@ -") {
            let start: usize = h
                .split([',', ' '])
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("bad hunk header {l:?}"));
            assert!(start >= next, "hunks out of order: {l:?}");
            while next + 1 < start {
                out.push_str(old[next]);
                next += 1;
            }
            continue;
        }
        let body = l.strip_suffix('\n').unwrap_or(l);
        let kind = body.as_bytes().first().copied().unwrap_or(b' ');
        let text = body.get(1..).unwrap_or("");
        match kind {
            b' ' | b'-' => {
                let was = old
                    .get(next)
                    .unwrap_or_else(|| panic!("diff runs past the end: {l:?}"));
                assert_eq!(
                    was.strip_suffix('\n').unwrap_or(was),
                    text,
                    "line {} of the original",
                    next + 1
                );
                if kind == b' ' {
                    out.push_str(was);
                }
                next += 1;
            }
            b'+' => {
                out.push_str(text);
                out.push('\n');
            }
            b'\\' => {
                if last == b'+' {
                    out.pop();
                }
            }
            _ => panic!("unexpected diff line {l:?}"),
        }
        last = kind;
    }
    for rest in &old[next..] {
        out.push_str(rest);
    }
    out
}

/// `git status --porcelain` of the repository: what `fix` touched.
fn changed_files(s: &SeedRepo) -> Vec<String> {
    s.repo
        .git(&["status", "--porcelain", "--untracked-files=no"])
        .lines()
        .map(|l| l[3..].to_string())
        .collect()
}

/// Runs `fix --check`, `fix --diff`, `fix`, then `fix` again in the repository of
/// seed `s` (no paths: every Markdown file of the repository, as a user would),
/// asserts what each does, and returns the fixed document.
fn fix_round(s: &SeedRepo) -> String {
    fix_round_with(s, &[])
}

/// [`fix_round`] with more arguments to every `fix` (`--unsafe-fixes`).
fn fix_round_with(s: &SeedRepo, extra: &[&str]) -> String {
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(extra);
        s.repo.run(&all)
    };
    let before = s.read();
    let original = String::from_utf8(before.clone()).expect("UTF-8 seed");

    // --diff prints the diff, writes nothing, and exits 1 when anything would change.
    let diff = run(&["fix", "--diff"]);
    let changes = !diff.stdout.is_empty();
    assert_eq!(diff.code, i32::from(changes), "fix --diff: {}", diff.stderr);
    assert_eq!(s.read(), before, "fix --diff wrote the file");

    // --check writes nothing and exits 1 when anything would change.
    let check = run(&["fix", "--check"]);
    assert_eq!(
        check.code,
        i32::from(changes),
        "fix --check: {}",
        check.stderr
    );
    assert_eq!(s.read(), before, "fix --check wrote the file");

    // fix writes and prints the same diff.
    let fix = run(&["fix"]);
    assert_eq!(fix.code, 0, "fix: {}", fix.stderr);
    assert_eq!(
        fix.stdout, diff.stdout,
        "fix and fix --diff print different diffs"
    );
    let after = String::from_utf8(s.read()).expect("fix wrote UTF-8");
    // The diff is exactly what was written.
    assert_eq!(
        apply_diff(&diff.stdout, &s.file, &original),
        after,
        "the printed diff does not describe what fix wrote"
    );
    // Only the seed document is touched (the evidence files are Markdown too).
    let touched = if after == original {
        vec![]
    } else {
        vec![s.file.clone()]
    };
    assert_eq!(changed_files(s), touched);

    // A second run changes nothing.
    let again = run(&["fix"]);
    assert_eq!(again.code, 0, "second fix: {}", again.stderr);
    assert_eq!(again.stdout, "", "second fix printed a diff");
    assert_eq!(s.read(), after.as_bytes(), "second fix changed the file");
    let check = run(&["fix", "--check"]);
    assert_eq!(check.code, 0, "fix --check after fix: {}", check.stderr);
    after
}

/// The golden test of seed `n`.
fn golden_case(n: usize) {
    let s = seed_repo(n);
    let after = fix_round(&s);
    let path = golden_path(s.name);
    if updating() {
        std::fs::create_dir_all(GOLDEN).expect("create the golden folder");
        std::fs::write(&path, &after).expect("write the golden file");
    }
    let want = golden(s.name);
    // Compare bytes; on a mismatch, name the first differing line.
    if after != want {
        let line = after
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .map_or(after.lines().count().min(want.lines().count()) + 1, |i| {
                i + 1
            });
        panic!(
            "fix of seed {} differs from {path} from line {line} (UPDATE_GOLDEN=1 regenerates)\n  fixed:  {:?}\n  golden: {:?}",
            s.name,
            after.lines().nth(line - 1),
            want.lines().nth(line - 1)
        );
    }
}

#[test]
fn seed_000_fix_changes_nothing() {
    golden_case(0);
    assert_eq!(golden(NAMES[0]), seed(NAMES[0]));
}

#[test]
fn seed_001_fix_repairs_the_mojibake() {
    golden_case(1);
}

#[test]
fn seed_002_fix_repairs_the_mojibake() {
    golden_case(2);
}

#[test]
fn seed_003_fix_changes_nothing() {
    golden_case(3);
    assert_eq!(golden(NAMES[3]), seed(NAMES[3]));
}

#[test]
fn seed_004_fix_repairs_the_mojibake() {
    golden_case(4);
}

/// The golden files hold what the rules call for and nothing else, checked
/// without the tool: each is its seed with every mojibake sequence replaced by
/// its character (the suite's own table, `seed_repos::MOJIBAKE`), no mojibake
/// fragment is left, and the lines that change are exactly the damaged ones.
#[test]
fn golden_files_are_the_seeds_with_only_their_mojibake_repaired() {
    for (name, damaged) in [
        (NAMES[0], 0),
        (NAMES[1], 26),
        (NAMES[2], 39),
        (NAMES[3], 0),
        (NAMES[4], 1),
    ] {
        let original = seed(name);
        let fixed = golden(name);
        assert_eq!(fixed, repair(&original), "{name}");
        for mark in MOJIBAKE_MARKS {
            assert!(
                !fixed.contains(mark),
                "{name}: `{mark}` left in the golden file"
            );
        }
        assert_eq!(original.lines().count(), fixed.lines().count(), "{name}");
        let changed: Vec<usize> = original
            .lines()
            .zip(fixed.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, _)| i + 1)
            .collect();
        let non_ascii: Vec<usize> = original
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.is_ascii())
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(changed, non_ascii, "{name}: changed lines");
        assert_eq!(changed.len(), damaged, "{name}");
    }
    // The repaired status cells of seed 001's table read as the statuses meant.
    let g = golden(NAMES[1]);
    for (line, cell) in [
        (28, "| 🔄 Ongoing |"),
        (29, "| ⚠\u{fe0f} Environment-limited |"),
        (30, "| ✅ Initial run captured |"),
        (31, "| 🔄 Pending signatures |"),
        (32, "| 🔄 In progress |"),
    ] {
        let l = g.lines().nth(line - 1).unwrap();
        assert!(l.ends_with(cell), "line {line}: {l}");
    }
    let g = golden(NAMES[2]);
    assert_eq!(g.lines().nth(3), Some("**Status:** 🟢 Ready for Beta"));
    assert_eq!(g.lines().nth(9), Some("### 1. Code & Testing ✅"));
    assert_eq!(
        g.lines().nth(587),
        Some("**Status:** ✅ Ready for Beta Launch")
    );
}

/// After `fix`, `check` has no mojibake left to report and every other finding
/// stays, on the same line with the same target (columns move where a damaged
/// run before them got shorter): the rules read the damaged text as repaired.
#[test]
fn after_fix_the_same_findings_remain_without_the_mojibake() {
    for n in 0..5 {
        let s = seed_repo(n);
        let key = |run: &common::Run| -> Vec<(String, u64, String, String)> {
            run.diagnostics()
                .iter()
                .filter(|d| d["rule"] != "encoding/mojibake")
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap_or("").to_string(),
                        d["line"].as_u64().unwrap_or(0),
                        d["target"].as_str().unwrap_or("").to_string(),
                        d["severity"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        };
        let before = s.repo.check(&[]);
        let fix = s.repo.run(&["fix"]);
        assert_eq!(fix.code, 0, "{}", fix.stderr);
        let after = s.repo.check(&[]);
        assert_eq!(
            after.findings_of(&["encoding/"]),
            vec![],
            "seed {n}\n{}",
            after.dump()
        );
        assert_eq!(
            key(&before),
            key(&after),
            "seed {n}\nbefore:\n{}\nafter:\n{}",
            before.dump(),
            after.dump()
        );
    }
}

/// Line endings are kept: each seed with CRLF line endings fixes to its golden
/// file with CRLF line endings.
#[test]
fn seeds_with_crlf_line_endings_keep_them() {
    for (n, name) in NAMES.iter().enumerate() {
        let s = seed_repo_with(n, &crlf(&seed(name)));
        let fix = s.repo.run(&["fix"]);
        assert_eq!(fix.code, 0, "{}", fix.stderr);
        let after = String::from_utf8(s.read()).unwrap();
        assert!(after == crlf(&golden(name)), "seed {name} with CRLF");
        let again = s.repo.run(&["fix", "--check"]);
        assert_eq!(again.code, 0, "{}", again.stderr);
    }
}

/// Seed 002 with `- [ ] Load testing completed` (line 15) unchecked under
/// `### 1. Code & Testing âœ…` (line 10): `fix` repairs the mojibake (safe) and
/// leaves the heading's ✅, saying one more fix is available; with
/// `--unsafe-fixes` it puts the in-progress marker 🔄 in place of the heading's
/// ✅. The other five ✅ headings keep theirs (all their items are checked), and
/// the document-level claims (lines 4 and 588) are not rewritten.
#[test]
fn seed_002_false_section_marker_becomes_in_progress() {
    let name = NAMES[2];
    let unchecked = |t: &str| {
        t.replacen(
            "- [x] Load testing completed",
            "- [ ] Load testing completed",
            1,
        )
    };
    let s = seed_repo_with(2, &unchecked(&seed(name)));
    // `task/section-claims-done` is off by default: on, at its normal severity.
    s.repo.write(
        "checkmark.toml",
        "[rules]\n\"task/section-claims-done\" = \"error\"\n",
    );
    let check = s.repo.run(&["fix", "--check"]);
    assert!(
        check
            .stderr
            .contains("1 more fix is available with `--unsafe-fixes`"),
        "{}",
        check.stderr
    );
    let after = fix_round(&s);
    assert!(after == unchecked(&golden(name)), "fixed:\n{after}");

    let s = seed_repo_with(2, &unchecked(&seed(name)));
    s.repo.write(
        "checkmark.toml",
        "[rules]\n\"task/section-claims-done\" = \"error\"\n",
    );
    let after = fix_round_with(&s, &["--unsafe-fixes"]);
    let want = unchecked(&golden(name)).replacen(
        "### 1. Code & Testing ✅",
        "### 1. Code & Testing 🔄",
        1,
    );
    assert!(after == want, "fixed:\n{after}");
}

/// Seed 003 with status spellings that match the vocabulary only loosely. Every
/// status cell of the register is a code span (`` `NOT_STARTED` ``), and `fix`
/// never rewrites text inside a code span (contract, "Safe and unsafe fixes"):
/// the variants are the vocabulary's values (no finding), and stay as written.
#[test]
fn seed_003_status_variants_in_code_spans_are_left_as_written() {
    let name = NAMES[3];
    let canonical = seed(name);
    let variant = canonical
        .replacen(
            "| UC-002 | `GREEN` | `NOT_STARTED` |",
            "| UC-002 | `GREEN` | `not started` |",
            1,
        )
        .replacen(
            "| UC-003 | `GREEN` | `NOT_STARTED` |",
            "| UC-003 | `GREEN` | `In-Progress` |",
            1,
        )
        .replacen(
            "| UC-004 | `GREEN` | `NOT_STARTED` |",
            "| UC-004 | `GREEN` | `ready for go live` |",
            1,
        );
    let s = seed_repo_with(3, &variant);
    let after = fix_round(&s);
    assert!(after == variant, "fixed:\n{after}");

    // Its twin: a configured alias in a plain cell is rewritten to the
    // legend's spelling, and only that cell changes (`| --- |` stays unpadded).

    let aliased = canonical.replacen(
        "| UC-004 | `GREEN` | `NOT_STARTED` |",
        "| UC-004 | `GREEN` | go-live |",
        1,
    );
    let s = seed_repo_with(3, &aliased);
    s.repo.write(
        "checkmark.toml",
        "[status]\naliases = { \"go-live\" = \"READY_FOR_GO_LIVE\" }\n",
    );
    let after = fix_round(&s);
    let want = canonical.replacen(
        "| UC-004 | `GREEN` | `NOT_STARTED` |",
        "| UC-004 | `GREEN` | READY_FOR_GO_LIVE |",
        1,
    );
    assert!(after == want, "fixed:\n{after}");
}
