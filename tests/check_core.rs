//! `checkmark check` end to end on real git repositories: where content comes
//! from (worktree, index, revision, bare clone), citations, links, anchors,
//! evidence columns, mentions, exit codes, configuration and suppressions.
//!
//! Every test builds its repository with the `git` CLI, runs the real binary
//! with `--format json` and compares the exact (rule, file, line, column, target)
//! list and the exit code.

mod common;

use common::{Repo, assert_findings, assert_reference_findings, check_in, lines, t};

// ---------------------------------------------------------------------------
// 1. Sources
// ---------------------------------------------------------------------------

const EVIDENCE_DOC: &str = "\
# Checklist

Evidence 【F:logs/run/summary.json†L1-L5】 and [the log](../logs/run/summary.json).

| Item | Evidence |
| --- | --- |
| Run | `logs/run/summary.json` |
";

#[test]
fn committed_evidence_has_no_finding() {
    let repo = Repo::new();
    repo.write("logs/run/summary.json", lines(5))
        .write("docs/c.md", EVIDENCE_DOC)
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(&run, &[], 0);
    assert_eq!(run.files_checked(), 1);
    assert_eq!(run.json()["source"]["mode"], "worktree");
}

#[test]
fn missing_evidence_gives_one_finding_per_kind() {
    let repo = Repo::new();
    repo.write(
        "docs/c.md",
        "\
# Checklist

Cited 【F:logs/run/missing.json†L1】.

See [log](../logs/run/missing.log).

| Item | Evidence |
| --- | --- |
| Run | `logs/run/absent/` |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t(
                "citation/missing-path",
                "docs/c.md",
                3,
                7,
                "logs/run/missing.json",
            ),
            t(
                "link/missing-path",
                "docs/c.md",
                5,
                5,
                "logs/run/missing.log",
            ),
            t(
                "evidence/missing-path",
                "docs/c.md",
                9,
                9,
                "logs/run/absent",
            ),
        ],
        1,
    );
    let d = run.diagnostics();
    assert!(d.iter().all(|d| d["severity"] == "error"), "{}", run.dump());
}

#[test]
fn file_on_disk_but_untracked_is_path_untracked() {
    let repo = Repo::new();
    repo.write("docs/c.md", EVIDENCE_DOC).commit_all();
    // Present on disk, never added.
    repo.write("logs/run/summary.json", lines(5));
    let run = repo.check(&["docs/c.md"]);
    assert_findings(
        &run,
        &[
            t(
                "path/untracked",
                "docs/c.md",
                3,
                10,
                "logs/run/summary.json",
            ),
            t(
                "path/untracked",
                "docs/c.md",
                3,
                46,
                "logs/run/summary.json",
            ),
            t("path/untracked", "docs/c.md", 7, 9, "logs/run/summary.json"),
        ],
        1,
    );
}

#[test]
fn evidence_in_an_ignored_folder_is_path_untracked() {
    let repo = Repo::new();
    repo.write(".gitignore", "logs/\n")
        .write(
            "docs/c.md",
            "\
# Checklist

Run 【F:logs/run/summary.json†L2】.

| Item | Evidence |
| --- | --- |
| Run | `logs/run/` |
",
        )
        .write("logs/run/summary.json", lines(5))
        .commit_all();
    // The ignored folder was not committed.
    assert_eq!(repo.git(&["ls-files", "logs"]), "");
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("path/untracked", "docs/c.md", 3, 5, "logs/run/summary.json"),
            t("path/untracked", "docs/c.md", 7, 9, "logs/run"),
        ],
        1,
    );
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(help.contains("git add -f"), "help: {help}");
}

#[test]
fn staged_but_not_committed_is_fine_except_against_head() {
    let repo = Repo::new();
    repo.write("docs/c.md", "# C\n\nSee 【F:logs/a.txt†L2】.\n")
        .commit_all();
    repo.write("logs/a.txt", lines(3)).add(&["logs/a.txt"]);
    assert_findings(&repo.check(&[]), &[], 0);
    assert_findings(&repo.check(&["--staged"]), &[], 0);
    let run = repo.check(&["--rev", "HEAD"]);
    assert_findings(
        &run,
        &[t("citation/missing-path", "docs/c.md", 3, 5, "logs/a.txt")],
        1,
    );
    assert_eq!(run.json()["source"]["mode"], "rev");
    assert_eq!(run.json()["source"]["rev"], "HEAD");
}

#[test]
fn removed_from_the_index_with_rm_cached() {
    let repo = Repo::new();
    repo.write("docs/c.md", "# C\n\nSee 【F:logs/a.txt†L2】.\n")
        .write("logs/a.txt", lines(3))
        .commit_all();
    repo.git(&["rm", "-q", "--cached", "logs/a.txt"]);
    assert!(repo.path().join("logs/a.txt").is_file());
    let expected = [t("path/untracked", "docs/c.md", 3, 5, "logs/a.txt")];
    assert_findings(&repo.check(&[]), &expected, 1);
    assert_findings(&repo.check(&["--staged"]), &expected, 1);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &[], 0);
}

#[test]
fn staged_mode_checks_the_index_content_not_the_disk() {
    let repo = Repo::new();
    repo.write("logs/a.txt", lines(3)).commit_all();
    // The index holds a version citing a missing file, two lines further down.
    repo.write(
        "docs/c.md",
        "# C\n\nStaged text.\n\nSee 【F:logs/missing.txt】.\n",
    )
    .add(&["docs/c.md"]);
    // The working tree holds a correct version.
    repo.write("docs/c.md", "# C\n\nSee 【F:logs/a.txt】.\n");
    assert_findings(&repo.check(&[]), &[], 0);
    let run = repo.check(&["--staged"]);
    assert_findings(
        &run,
        &[t(
            "citation/missing-path",
            "docs/c.md",
            5,
            5,
            "logs/missing.txt",
        )],
        1,
    );
    assert_eq!(run.json()["source"]["mode"], "index");
}

#[test]
fn rev_head_in_a_bare_clone() {
    let repo = Repo::new();
    repo.write("logs/a.txt", lines(3))
        .write(
            "docs/c.md",
            "# C\n\nOk 【F:logs/a.txt†L3】, too far 【F:logs/a.txt†L4】, gone 【F:logs/b.txt】.\n",
        )
        .commit_all();
    let holder = tempfile::tempdir().expect("tempdir");
    let bare = holder.path().join("bare.git");
    common::git_in(
        holder.path(),
        &[
            "clone",
            "-q",
            "--bare",
            repo.path().to_str().expect("utf-8 path"),
            "bare.git",
        ],
    );
    let run = check_in(&bare, &["--rev", "HEAD"]);
    assert_findings(
        &run,
        &[
            t("citation/line-range", "docs/c.md", 3, 31, "logs/a.txt"),
            t("citation/missing-path", "docs/c.md", 3, 55, "logs/b.txt"),
        ],
        1,
    );
    // Without --rev, a bare repository has nothing to check: a usage error.
    let run = check_in(&bare, &[]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "");
}

// ---------------------------------------------------------------------------
// 2. Citations
// ---------------------------------------------------------------------------

#[test]
fn citation_line_range_counts_lines() {
    let repo = Repo::new();
    repo.write("logs/ab.txt", "a\nb\n")
        .write("logs/nonl.txt", "a\nb\nc")
        .write("logs/crlf.txt", "a\r\nb\r\n")
        .write(
            "docs/c.md",
            "\
# C

Fine 【F:logs/ab.txt†L2】 past 【F:logs/ab.txt†L3】.
Fine 【F:logs/nonl.txt†L3】 past 【F:logs/nonl.txt†L4】.
Fine 【F:logs/crlf.txt†L1-L2】 past 【F:logs/crlf.txt†L2-L3】.
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("citation/line-range", "docs/c.md", 3, 30, "logs/ab.txt"),
            t("citation/line-range", "docs/c.md", 4, 32, "logs/nonl.txt"),
            t("citation/line-range", "docs/c.md", 5, 35, "logs/crlf.txt"),
        ],
        1,
    );
    let msg = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        msg.contains('2'),
        "message should give the line count: {msg}"
    );
}

#[test]
fn citation_variants_are_read() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(200))
        .write("src/pkg/__init__.py", lines(10))
        .write(
            "docs/c.md",
            "\
# Variants

Open end 【F:src/a.py†L1-190】 and past 【F:src/a.py†L1-201】.
Several 【F:src/a.py†L27-L30,L153-L155】 and past 【F:src/a.py†L27-L30,L153-L255】.
Hash 【F:src/a.py#L12】 and past 【F:src/a.py#L250】.
Wrapped 【F:src/pkg/__init__.py†L1-
L10】 and past 【F:src/pkg/
__init__.py†L11】.
Dunder __init__.py 【F:src/pkg/__init__.py】 and 【F:src/__init__.py】.
Terminal output 【5df766†L1-L44】 is not a file.
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("citation/line-range", "docs/c.md", 3, 39, "src/a.py"),
            t("citation/line-range", "docs/c.md", 4, 49, "src/a.py"),
            t("citation/line-range", "docs/c.md", 5, 32, "src/a.py"),
            t(
                "citation/line-range",
                "docs/c.md",
                7,
                15,
                "src/pkg/__init__.py",
            ),
            t(
                "citation/missing-path",
                "docs/c.md",
                9,
                48,
                "src/__init__.py",
            ),
        ],
        1,
    );
}

#[test]
fn malformed_citations() {
    let repo = Repo::new();
    repo.write("docs/plan.md", lines(20))
        .write(
            "docs/c.md",
            "\
# Malformed

No dagger 【F:docs/plan.md L3-L9】.
Zero 【F:docs/plan.md†L0】.
Reversed 【F:docs/plan.md†L9-L3】.
Empty path 【F:†L1】.
Good 【F:docs/plan.md†L3-L9】.
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("citation/malformed", "docs/c.md", 3, 11, ""),
            t("citation/malformed", "docs/c.md", 4, 6, ""),
            t("citation/malformed", "docs/c.md", 5, 10, ""),
            t("citation/malformed", "docs/c.md", 6, 12, ""),
        ],
        1,
    );
    // The help shows the right form.
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(help.contains("†L3-L9"), "help: {help}");
}

/// `【` (E3 80 90) read as Windows-1252 is `ã€` (0x90 undefined, dropped); `†`
/// (E2 80 A0) is `â€` + U+00A0; `】` (E3 80 91) is `ã€‘`.
fn mojibake_citation(path_and_range: &str) -> String {
    let open: String = [0xE3u8, 0x80]
        .iter()
        .map(|&b| cp1252(b))
        .collect::<String>();
    let dagger: String = [0xE2u8, 0x80, 0xA0].iter().map(|&b| cp1252(b)).collect();
    let close: String = [0xE3u8, 0x80, 0x91].iter().map(|&b| cp1252(b)).collect();
    let (path, range) = path_and_range
        .split_once('†')
        .unwrap_or((path_and_range, ""));
    if range.is_empty() {
        format!("{open}F:{path}{close}")
    } else {
        format!("{open}F:{path}{dagger}{range}{close}")
    }
}

/// The Windows-1252 reading of one byte (only the bytes used here).
fn cp1252(b: u8) -> char {
    match b {
        0x80 => '€',
        0x91 => '‘',
        0xA0..=0xFF => char::from(b),
        _ => panic!("byte {b:#x} not needed"),
    }
}

#[test]
fn mojibake_citation_resolves_like_a_clean_one() {
    let good = mojibake_citation("logs/a.txt†L1-L63");
    assert_eq!(good, "ã€F:logs/a.txt\u{e2}\u{20ac}\u{a0}L1-L63ã€‘");
    let past = mojibake_citation("logs/a.txt†L1-L99");
    let gone = mojibake_citation("logs/gone.txt†L1");
    let repo = Repo::new();
    repo.write("logs/a.txt", lines(70))
        .write(
            "docs/c.md",
            format!("# M\n\nGood.{good} Past.{past}\nGone.{gone}\n"),
        )
        .commit_all();
    let run = repo.check(&[]);
    let past_col = 1 + "Good.".chars().count() + good.chars().count() + " Past.".chars().count();
    assert_reference_findings(
        &run,
        &[
            t(
                "citation/line-range",
                "docs/c.md",
                3,
                past_col as u64,
                "logs/a.txt",
            ),
            t("citation/missing-path", "docs/c.md", 4, 6, "logs/gone.txt"),
        ],
    );
}

#[test]
fn citations_in_code_are_ignored() {
    let repo = Repo::new();
    repo.write(
        "docs/c.md",
        "\
# Code

Inline `【F:missing/a.txt†L1】` is quoted.

```text
【F:missing/b.txt†L1】
```

~~~
【F:missing/c.txt】
~~~

    【F:missing/d.txt】

Real 【F:missing/e.txt】.
",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[t(
            "citation/missing-path",
            "docs/c.md",
            15,
            6,
            "missing/e.txt",
        )],
        1,
    );
}

#[test]
fn citations_outside_the_repository() {
    let repo = Repo::new();
    repo.write(
        "docs/c.md",
        "# O\n\nAbsolute 【F:/etc/passwd】.\nClimbing 【F:../../etc/passwd†L1】.\n",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("path/outside-repo", "docs/c.md", 3, 10, "/etc/passwd"),
            t("path/outside-repo", "docs/c.md", 4, 10, "../../etc/passwd"),
        ],
        1,
    );
}

// ---------------------------------------------------------------------------
// 3. Links
// ---------------------------------------------------------------------------

#[test]
fn links_relative_root_encoded_images_and_definitions() {
    let repo = Repo::new();
    repo.write("README.md", "# Readme\n")
        .write("src/a.py", lines(15))
        .write("docs/guide.md", "# Guide\n")
        .write("docs/my file.md", "# Mine\n")
        .write("docs/img/logo.png", [0x89u8, b'P', b'N', b'G'])
        .write(
            "docs/links.md",
            "\
# Links

[ok rel](guide.md) [bad rel](guide2.md)
[ok root](/src/a.py) [bad root](/src/b.py)
[ok pct](my%20file.md) [bad pct](my%20fil.md)
![ok img](img/logo.png) ![bad img](img/logo.svg)
[ok ref][r1] and [bad ref][r2].

[r1]: ../README.md
[r2]: ../READ.md
",
        )
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t(
                "link/missing-path",
                "docs/links.md",
                3,
                20,
                "docs/guide2.md",
            ),
            t("link/missing-path", "docs/links.md", 4, 22, "src/b.py"),
            t(
                "link/missing-path",
                "docs/links.md",
                5,
                24,
                "docs/my fil.md",
            ),
            t(
                "link/missing-path",
                "docs/links.md",
                6,
                25,
                "docs/img/logo.svg",
            ),
            t("link/missing-path", "docs/links.md", 10, 1, "READ.md"),
        ],
        1,
    );
}

#[test]
fn editor_style_line_suffix_is_a_missing_path_with_help() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(15))
        .write("pyproject.toml", lines(30))
        .write(
            "checklist.md",
            "# C\n\nSee [x](src/a.py:12) and [y](pyproject.toml:20).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("link/missing-path", "checklist.md", 3, 5, "src/a.py:12"),
            t(
                "link/missing-path",
                "checklist.md",
                3,
                26,
                "pyproject.toml:20",
            ),
        ],
        1,
    );
    let d = run.diagnostics();
    let h0 = d[0]["help"].as_str().unwrap_or("");
    let h1 = d[1]["help"].as_str().unwrap_or("");
    assert!(h0.contains("src/a.py#L12"), "help: {h0}");
    assert!(h1.contains("pyproject.toml#L20"), "help: {h1}");
}

#[test]
fn link_line_anchor_past_the_end() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(15))
        .write(
            "checklist.md",
            "# C\n\n[a](src/a.py#L12) [b](src/a.py#L10-L15) [c](src/a.py#L10-L20) [d](src/a.py#L16)\n",
        )
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("link/line-range", "checklist.md", 3, 41, "src/a.py"),
            t("link/line-range", "checklist.md", 3, 63, "src/a.py"),
        ],
        1,
    );
}

const ANCHORS_DOC: &str = "\
# Anchors Test

## ⚠️ Risks

## 🚀 Launch plan

## Обзор системы

## 日本語の見出し

## Setup

## Setup

<a name=\"custom-anchor\"></a>

Good: [a](#anchors-test) [b](#\u{fe0f}-risks) [c](#%EF%B8%8F-risks) [d](#-launch-plan)
Good: [e](#обзор-системы) [f](#日本語の見出し) [g](#setup) [h](#setup-1)
Good: [i](#custom-anchor) [j](#top) [k](other.md#rollback-plan) [l](other.md)
Bad: [m](#setup-2) [n](#risks) [o](other.md#rollback)
Gone: [p](gone.md#intro)
Mention: `docs/other.md#nope` and `docs/other.md#rollback-plan`

| Item | Evidence |
| --- | --- |
| Plan | `docs/other.md#missing` |
| Plan | `docs/other.md#rollback-plan` |
";

#[test]
fn anchors_by_github_slug_rules() {
    let repo = Repo::new();
    repo.write("docs/other.md", "# Other\n\n## Rollback Plan\n")
        .write("docs/anchors.md", ANCHORS_DOC)
        .commit_all();
    assert_findings(
        &repo.check(&["docs/anchors.md"]),
        &[
            t(
                "link/missing-anchor",
                "docs/anchors.md",
                20,
                6,
                "docs/anchors.md#setup-2",
            ),
            t(
                "link/missing-anchor",
                "docs/anchors.md",
                20,
                20,
                "docs/anchors.md#risks",
            ),
            t(
                "link/missing-anchor",
                "docs/anchors.md",
                20,
                32,
                "docs/other.md#rollback",
            ),
            t(
                "link/missing-path",
                "docs/anchors.md",
                21,
                7,
                "docs/gone.md",
            ),
            t(
                "link/missing-anchor",
                "docs/anchors.md",
                22,
                10,
                "docs/other.md#nope",
            ),
            t(
                "link/missing-anchor",
                "docs/anchors.md",
                26,
                10,
                "docs/other.md#missing",
            ),
        ],
        1,
    );
}

#[test]
fn folder_links_and_urls_are_fine() {
    let repo = Repo::new();
    repo.write("docs/guide/index.md", "# Guide\n")
        .write(
            "docs/c.md",
            "\
# C

[folder](guide/) [folder](guide) [root folder](/docs/guide/)
[web](https://example.com/missing.md) [mail](mailto:team@example.com)
<https://example.com/x> [proto-relative](//cdn.example.com/a.js)
",
        )
        .commit_all();
    assert_findings(&repo.check(&[]), &[], 0);
}

#[test]
fn link_climbing_out_of_the_repository() {
    let repo = Repo::new();
    repo.write("docs/c.md", "# C\n\n[p](../../../etc/passwd)\n")
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[t(
            "path/outside-repo",
            "docs/c.md",
            3,
            1,
            "../../../etc/passwd",
        )],
        1,
    );
}

#[cfg(unix)]
#[test]
fn symlink_pointing_outside_is_outside_repo() {
    let repo = Repo::new();
    std::os::unix::fs::symlink("/etc", repo.path().join("evil")).expect("symlink");
    repo.write(
        "docs/c.md",
        "# C\n\nCited 【F:evil/passwd†L1】 and [linked](../evil/passwd).\n",
    )
    .commit_all();
    assert_eq!(
        repo.git(&["ls-files", "-s", "evil"]).get(..6),
        Some("120000")
    );
    let expected = [
        t("path/outside-repo", "docs/c.md", 3, 7, "evil/passwd"),
        t("path/outside-repo", "docs/c.md", 3, 30, "evil/passwd"),
    ];
    assert_findings(&repo.check(&[]), &expected, 1);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &expected, 1);
}

// ---------------------------------------------------------------------------
// 4. Tables and evidence paths
// ---------------------------------------------------------------------------

#[test]
fn evidence_columns() {
    let repo = Repo::new();
    repo.write("logs/run.txt", lines(3))
        .write(
            "docs/c.md",
            "\
# Evidence

| Item | Evidence |
| --- | --- |
| File as folder | `logs/run.txt/` |
| Template | `logs/<timestamp>/` |
| File | `logs/run.txt` |
| Extra | `logs/run.txt` | `logs/extra.txt` [x](missing.md) |

Text after the table.

```
【F:missing/inside.txt】 [x](missing-inside.md) `missing/inside.md`
the fence above is never closed: all of this is code
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("evidence/missing-path", "docs/c.md", 5, 20, "logs/run.txt"),
            t("mention/missing-path", "docs/c.md", 8, 28, "logs/extra.txt"),
            t("link/missing-path", "docs/c.md", 8, 45, "docs/missing.md"),
        ],
        1,
    );
    let d = run.diagnostics_of(&["mention/missing-path", "link/missing-path"]);
    for x in &d {
        let m = x["message"].as_str().unwrap_or("");
        assert!(
            m.contains("cell 3") && m.contains("2 columns"),
            "message should say the cell lies past the header: {m}"
        );
    }
}

// ---------------------------------------------------------------------------
// 5. Mentions
// ---------------------------------------------------------------------------

#[test]
fn mentions_of_repository_paths() {
    let repo = Repo::new();
    repo.write("apps/todox/package.json", "{}\n")
        .write("docs/sibling.md", "# Sibling\n")
        .write(
            "docs/m.md",
            "\
# Mentions

See `templates/X.md`.
Server `apps/server` and UI `apps/todox`.
Words `some words/with space`.
Package `@scope/pkg`.
Binary `/usr/bin/x`.
Sibling `./sibling.md` and `./nope.md`.
Not paths: `a/b` `v1.2/x` `HEAD~1`.
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("mention/missing-path", "docs/m.md", 3, 5, "templates/X.md"),
            t("mention/missing-path", "docs/m.md", 4, 8, "apps/server"),
            t("mention/missing-path", "docs/m.md", 8, 28, "docs/nope.md"),
        ],
        0,
    );
    assert!(
        run.diagnostics().iter().all(|d| d["severity"] == "warning"),
        "{}",
        run.dump()
    );
    assert_eq!(run.json()["summary"]["warnings"], 3);
    assert_eq!(run.json()["summary"]["errors"], 0);
}

// ---------------------------------------------------------------------------
// 6. Exit codes
// ---------------------------------------------------------------------------

fn warning_only_repo() -> Repo {
    let repo = Repo::new();
    repo.write("docs/w.md", "# W\n\nSee `templates/X.md`.\n")
        .commit_all();
    repo
}

#[test]
fn exit_0_with_only_warnings_and_1_with_deny_warnings() {
    let repo = warning_only_repo();
    let expected = [t(
        "mention/missing-path",
        "docs/w.md",
        3,
        5,
        "templates/X.md",
    )];
    assert_findings(&repo.check(&[]), &expected, 0);
    assert_findings(&repo.check(&["--deny-warnings"]), &expected, 1);
}

#[test]
fn exit_1_with_errors() {
    let repo = Repo::new();
    repo.write("docs/e.md", "# E\n\n【F:gone.txt】\n")
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[t("citation/missing-path", "docs/e.md", 3, 1, "gone.txt")],
        1,
    );
}

#[test]
fn exit_2_for_a_bad_config_file() {
    let repo = warning_only_repo();
    repo.write(
        "checkmark.toml",
        "# settings\n[rules]\n\"citation/missing-path\" = = \"off\"\n",
    );
    let run = repo.check(&[]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "", "no partial JSON on stdout");
    assert!(run.stderr.contains("checkmark.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("line 3"), "{}", run.stderr);
}

#[test]
fn exit_2_for_an_unknown_rule_value_in_config() {
    let repo = warning_only_repo();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"loud\"\n",
    );
    let run = repo.check(&[]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("checkmark.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
}

#[test]
fn exit_2_outside_a_git_repository() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.md"), "# A\n\n【F:gone.txt】\n").expect("write");
    let run = check_in(dir.path(), &[]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "");
    assert!(!run.stderr.is_empty());
}

#[test]
fn exit_2_for_an_unknown_rev() {
    let repo = warning_only_repo();
    let run = repo.check(&["--rev", "no-such-rev"]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("no-such-rev"), "{}", run.stderr);
}

// ---------------------------------------------------------------------------
// 7. Configuration
// ---------------------------------------------------------------------------

#[test]
fn config_turns_a_rule_off() {
    let repo = warning_only_repo();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"off\"\n",
    )
    .commit_all();
    assert_findings(&repo.check(&["--deny-warnings"]), &[], 0);
}

#[test]
fn config_excludes_files() {
    let repo = Repo::new();
    repo.write("checkmark.toml", "exclude = [\"drafts/**\"]\n")
        .write("drafts/a.md", "# A\n\n【F:gone.txt】\n")
        .write("drafts/deep/b.md", "# B\n\n【F:gone.txt】\n")
        .write("docs/a.md", "# A\n\n【F:gone.txt】\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[t("citation/missing-path", "docs/a.md", 3, 1, "gone.txt")],
        1,
    );
    assert_eq!(run.files_checked(), 1);
}

#[test]
fn config_overrides_a_severity() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"citation/missing-path\" = \"warning\"\n",
    )
    .write("docs/a.md", "# A\n\n【F:gone.txt】\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[t("citation/missing-path", "docs/a.md", 3, 1, "gone.txt")],
        0,
    );
    assert_eq!(run.diagnostics()[0]["severity"], "warning");
    assert_eq!(repo.check(&["--deny-warnings"]).code, 1);
}

// ---------------------------------------------------------------------------
// 8. Suppressions
// ---------------------------------------------------------------------------

#[test]
fn inline_suppressions() {
    let repo = Repo::new();
    repo.write(
        "docs/s.md",
        "\
# S

<!-- checkmark-disable-next-line citation/missing-path -->
Suppressed 【F:missing/a.txt】.
Next line is not suppressed 【F:missing/b.txt】.
<!-- checkmark-disable-next-line link/missing-path -->
Another rule is not suppressed 【F:missing/c.txt】.

<!-- checkmark-disable -->
【F:missing/d.txt】 [x](missing-e.md) `templates/F.md`
<!-- checkmark-enable -->

After 【F:missing/g.txt】.

<!-- checkmark-disable citation/missing-path -->
【F:missing/h.txt】 [x](missing-i.md)
<!-- checkmark-enable citation/missing-path -->
",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("citation/missing-path", "docs/s.md", 5, 29, "missing/b.txt"),
            t("citation/missing-path", "docs/s.md", 7, 32, "missing/c.txt"),
            t("citation/missing-path", "docs/s.md", 13, 7, "missing/g.txt"),
            t(
                "link/missing-path",
                "docs/s.md",
                16,
                19,
                "docs/missing-i.md",
            ),
        ],
        1,
    );
}

// ---------------------------------------------------------------------------
// Known bugs: each test states the correct behaviour and is ignored until fixed.
// ---------------------------------------------------------------------------

#[test]
#[ignore = "BUG: a suppression comment quoted in an inline code span is obeyed and silences the rest of the file"]
fn suppression_directive_quoted_in_inline_code_is_not_a_directive() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "\
# A

To silence a line, write `<!-- checkmark-disable -->` before it.

After 【F:missing/a.txt】 and [x](missing.md).
",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("citation/missing-path", "docs/a.md", 5, 7, "missing/a.txt"),
            t("link/missing-path", "docs/a.md", 5, 29, "docs/missing.md"),
        ],
        1,
    );
}

#[test]
#[ignore = "BUG: `<!--` inside an inline code span opens an HTML comment that hides the citations after it"]
fn html_comment_opener_in_inline_code_does_not_hide_citations() {
    let repo = Repo::new();
    repo.write(
        "docs/b.md",
        "\
# B

An HTML comment opens with `<!--`.

After 【F:missing/b.txt】 and [x](missing.md).
",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("citation/missing-path", "docs/b.md", 5, 7, "missing/b.txt"),
            t("link/missing-path", "docs/b.md", 5, 29, "docs/missing.md"),
        ],
        1,
    );
}

#[test]
#[ignore = "BUG: reference definitions that open a list item (`- [r]: path`) are never checked, even when used"]
fn reference_definitions_in_list_items_are_checked() {
    let repo = Repo::new();
    repo.write(
        "docs/d.md",
        "\
# D

- [x] Load test done [evidence][lt]

  [lt]: logs/gone1.txt
- [listed]: logs/gone2.txt
1. [numbered]: logs/gone3.txt

> - [quoted]: logs/gone4.txt

[used][listed] [used][numbered] [used][quoted]
",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t(
                "link/missing-path",
                "docs/d.md",
                5,
                1,
                "docs/logs/gone1.txt",
            ),
            t(
                "link/missing-path",
                "docs/d.md",
                6,
                1,
                "docs/logs/gone2.txt",
            ),
            t(
                "link/missing-path",
                "docs/d.md",
                7,
                1,
                "docs/logs/gone3.txt",
            ),
            t(
                "link/missing-path",
                "docs/d.md",
                9,
                1,
                "docs/logs/gone4.txt",
            ),
        ],
        1,
    );
}

#[test]
#[ignore = "BUG: a link whose text is a backticked path gets two findings (link/missing-path and mention/missing-path)"]
fn backticked_link_text_is_one_reference() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "# D\n\nSee [`docs/gone.md`](gone.md) and [`templates/X.md`](../templates/X.md).\n",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("link/missing-path", "docs/a.md", 3, 5, "docs/gone.md"),
            t("link/missing-path", "docs/a.md", 3, 35, "templates/X.md"),
        ],
        1,
    );
}

#[test]
#[ignore = "BUG: human output puts the byte column in `file:line:col`, JSON the character column"]
fn human_format_columns_count_characters() {
    let repo = Repo::new();
    repo.write("a.md", "# H\n\n【F:gone.txt】 【F:gone2.txt】\n")
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("citation/missing-path", "a.md", 3, 1, "gone.txt"),
            t("citation/missing-path", "a.md", 3, 14, "gone2.txt"),
        ],
        1,
    );
    let run = repo.run(&["check", "--format", "human"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("a.md:3:1]"), "{}", run.stdout);
    assert!(run.stdout.contains("a.md:3:14]"), "{}", run.stdout);
}

#[test]
#[ignore = "BUG: an unknown rule ID in checkmark.toml is reported without its line"]
fn config_error_for_an_unknown_rule_names_the_line() {
    let repo = warning_only_repo();
    repo.write(
        "checkmark.toml",
        "# settings\n[rules]\n\"citation/nope\" = \"off\"\n",
    );
    let run = repo.check(&[]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("checkmark.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("citation/nope"), "{}", run.stderr);
    assert!(run.stderr.contains("line 3"), "{}", run.stderr);
}

#[test]
#[ignore = "BUG: an invalid glob in checkmark.toml is reported without its line"]
fn config_error_for_an_invalid_glob_names_the_line() {
    let repo = warning_only_repo();
    repo.write(
        "checkmark.toml",
        "include = [\"**/*.md\"]\nexclude = [\"a[.md\"]\n",
    );
    let run = repo.check(&[]);
    assert_eq!(run.code, 2, "{}", run.dump());
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("checkmark.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
}

#[test]
#[ignore = "BUG: for a tracked file deleted from the working tree the help says `did you mean <the same path>?`"]
fn missing_path_help_never_suggests_the_same_path() {
    let repo = Repo::new();
    repo.write("logs/a.txt", lines(3))
        .write("docs/a.md", "# A\n\nCite 【F:logs/a.txt†L2】.\n")
        .commit_all();
    std::fs::remove_file(repo.path().join("logs/a.txt")).expect("remove");
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[t("citation/missing-path", "docs/a.md", 3, 6, "logs/a.txt")],
        1,
    );
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        !help.contains("did you mean `logs/a.txt`"),
        "suggests the missing path itself: {help}"
    );
}

#[test]
#[ignore = "BUG: a prose mention `file/` of a file is reported with the message of an evidence path"]
fn mention_of_a_file_with_a_trailing_slash_is_worded_as_a_mention() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(3))
        .write("docs/a.md", "# A\n\nSee `src/a.py/`.\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[t("mention/missing-path", "docs/a.md", 3, 5, "src/a.py")],
        0,
    );
    let msg = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(!msg.contains("evidence"), "message: {msg}");
}
