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
            // Line 22's `docs/other.md#nope` is a prose mention: it claims nothing.
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
            // `logs/extra.txt` in a Notes cell of a row that is not done claims nothing.
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
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write("apps/todox/package.json", "{}\n")
        .write("docs/sibling.md", "# Sibling\n")
        .write(
            "docs/m.md",
            "\
# Mentions

- [x] See `templates/X.md`.
- [x] Server `apps/server` and UI `apps/todox`.
- [x] Words `some words/with space`.
- [x] Package `@scope/pkg`.
- [x] Binary `/usr/bin/x`.
- [x] Sibling `./sibling.md` and `./nope.md`.
- [x] Not paths: `a/b` `v1.2/x` `HEAD~1`.
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("mention/missing-path", "docs/m.md", 3, 11, "templates/X.md"),
            t("mention/missing-path", "docs/m.md", 4, 14, "apps/server"),
            t("mention/missing-path", "docs/m.md", 8, 34, "docs/nope.md"),
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
    // `mention/missing-path` is off by default: turned on, it gives a warning.
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    )
    .write("docs/w.md", "# W\n\n- [x] See `templates/X.md`.\n")
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
        11,
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
    assert!(run.stderr.contains("checkmark.toml:3:"), "{}", run.stderr);
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
    assert!(run.stderr.contains("checkmark.toml:2:"), "{}", run.stderr);
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
// More sources: symlinks, deleted files, line counts per mode, --base
// ---------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn symlinks_inside_the_repository_are_followed() {
    use std::os::unix::fs::symlink;
    let repo = Repo::new();
    repo.write("logs/run-1/summary.json", lines(10))
        .write("README.md", "# Readme\n");
    symlink("run-1", repo.path().join("logs/current")).expect("symlink");
    symlink("../../..", repo.path().join("up")).expect("symlink");
    symlink("logs/run-1/nothing.txt", repo.path().join("dangling")).expect("symlink");
    repo.mkdir("docs");
    symlink("../README.md", repo.path().join("docs/readme-link.md")).expect("symlink");
    repo.write(
        "docs/a.md",
        "\
# A

In repo 【F:logs/current/summary.json†L10】 past 【F:logs/current/summary.json†L11】.
Up 【F:up/etc/passwd】 dangling 【F:dangling】.
Link [r](readme-link.md#readme) [r](readme-link.md#nope).
",
    )
    .commit_all();
    let expected = [
        t(
            "citation/line-range",
            "docs/a.md",
            3,
            48,
            "logs/current/summary.json",
        ),
        t("path/outside-repo", "docs/a.md", 4, 4, "up/etc/passwd"),
        t("citation/missing-path", "docs/a.md", 4, 31, "dangling"),
        t(
            "link/missing-anchor",
            "docs/a.md",
            5,
            33,
            "docs/readme-link.md#nope",
        ),
    ];
    assert_findings(&repo.check(&[]), &expected, 1);
    assert_findings(&repo.check(&["--staged"]), &expected, 1);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &expected, 1);
}

#[cfg(unix)]
#[test]
fn untracked_symlink_pointing_outside_is_outside_repo() {
    let repo = Repo::new();
    repo.write("docs/a.md", "# A\n\nLoose 【F:loose/passwd】.\n")
        .commit_all();
    std::os::unix::fs::symlink("/etc", repo.path().join("loose")).expect("symlink");
    assert_findings(
        &repo.check(&[]),
        &[t("path/outside-repo", "docs/a.md", 3, 7, "loose/passwd")],
        1,
    );
    // Against HEAD the disk does not count: the path is simply not there.
    assert_findings(
        &repo.check(&["--rev", "HEAD"]),
        &[t(
            "citation/missing-path",
            "docs/a.md",
            3,
            7,
            "loose/passwd",
        )],
        1,
    );
}

#[test]
fn untracked_evidence_is_missing_against_a_revision_and_untracked_in_the_index() {
    let repo = Repo::new();
    repo.write("docs/c.md", EVIDENCE_DOC).commit_all();
    repo.write("logs/run/summary.json", lines(5));
    let target = "logs/run/summary.json";
    assert_findings(
        &repo.check(&["--staged"]),
        &[
            t("path/untracked", "docs/c.md", 3, 10, target),
            t("path/untracked", "docs/c.md", 3, 46, target),
            t("path/untracked", "docs/c.md", 7, 9, target),
        ],
        1,
    );
    assert_findings(
        &repo.check(&["--rev", "HEAD"]),
        &[
            t("citation/missing-path", "docs/c.md", 3, 10, target),
            t("link/missing-path", "docs/c.md", 3, 46, target),
            t("evidence/missing-path", "docs/c.md", 7, 9, target),
        ],
        1,
    );
}

#[test]
fn tracked_file_deleted_from_the_working_tree() {
    let repo = Repo::new();
    repo.write("logs/a.txt", lines(3))
        .write(
            "docs/a.md",
            "\
# A

Cite 【F:logs/a.txt†L2】 and `logs/a.txt`.

| K | Evidence |
| - | - |
| a | `logs/a.txt` |
",
        )
        .commit_all();
    std::fs::remove_file(repo.path().join("logs/a.txt")).expect("remove");
    assert_findings(
        &repo.check(&[]),
        &[
            t("citation/missing-path", "docs/a.md", 3, 6, "logs/a.txt"),
            t("evidence/missing-path", "docs/a.md", 7, 7, "logs/a.txt"),
        ],
        1,
    );
    // The index and HEAD still have it.
    assert_findings(&repo.check(&["--staged"]), &[], 0);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &[], 0);
}

#[test]
fn line_counts_come_from_the_checked_source() {
    let repo = Repo::new();
    repo.write("logs/a.txt", lines(3))
        .write("docs/a.md", "# A\n\nCite 【F:logs/a.txt†L5】.\n")
        .commit_all();
    // 10 lines on disk, 3 in the index and in HEAD.
    repo.write("logs/a.txt", lines(10));
    let past = [t("citation/line-range", "docs/a.md", 3, 6, "logs/a.txt")];
    assert_findings(&repo.check(&[]), &[], 0);
    assert_findings(&repo.check(&["--staged"]), &past, 1);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &past, 1);
    repo.add(&["logs/a.txt"]);
    assert_findings(&repo.check(&["--staged"]), &[], 0);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &past, 1);
}

#[test]
fn base_keeps_only_new_findings() {
    let repo = Repo::new();
    repo.write("a.md", "# B\n\nOld 【F:gone-old.txt】\n")
        .commit_all();
    repo.git(&["branch", "base"]);
    repo.write(
        "a.md",
        "# B\n\nInserted line.\n\nOld 【F:gone-old.txt】\nNew 【F:gone-new.txt】\nOld 【F:gone-old.txt】\n",
    )
    .commit_all();
    // The old finding moved two lines down: still known. Its second copy is new.
    assert_findings(
        &repo.check(&["--rev", "HEAD", "--base", "base"]),
        &[
            t("citation/missing-path", "a.md", 6, 5, "gone-new.txt"),
            t("citation/missing-path", "a.md", 7, 5, "gone-old.txt"),
        ],
        1,
    );
}

// ---------------------------------------------------------------------------
// More citations, links, anchors and tables
// ---------------------------------------------------------------------------

#[test]
fn citations_in_every_kind_of_block() {
    let repo = Repo::new();
    repo.write("docs/my file.md", lines(5))
        .write("logs/run/a.txt", lines(5))
        .write(
            "docs/a.md",
            "\
# Cit 【F:logs/run/gone1.txt】

Spaces 【F:docs/my file.md†L5】 【F:docs/my file.md†L6】 【F: logs/run/a.txt †L2】
<!-- 【F:logs/run/gone2.txt】 -->
> Quoted and wrapped 【F:logs/run/
> a.txt†L6】
Linked [【F:logs/run/gone3.txt】](../logs/run/a.txt)

| K | V |
| - | - |
| a | 【F:logs/run/gone4.txt】 |
| b | 【F:logs/run/a.txt†L1-L2, L4-L9】 |

- [x] item 【F:logs/run/gone5.txt†L1】

Ranges 【F:logs/run/a.txt†L1,L9】 and an en dash 【F:logs/run/a.txt†L2–L3】
",
        )
        .commit_all();
    assert_findings(
        &repo.check(&["docs/a.md"]),
        &[
            t(
                "citation/missing-path",
                "docs/a.md",
                1,
                7,
                "logs/run/gone1.txt",
            ),
            t("citation/line-range", "docs/a.md", 3, 31, "docs/my file.md"),
            t("citation/line-range", "docs/a.md", 5, 22, "logs/run/a.txt"),
            t(
                "citation/missing-path",
                "docs/a.md",
                7,
                9,
                "logs/run/gone3.txt",
            ),
            t(
                "citation/missing-path",
                "docs/a.md",
                11,
                7,
                "logs/run/gone4.txt",
            ),
            t("citation/line-range", "docs/a.md", 12, 7, "logs/run/a.txt"),
            t(
                "citation/missing-path",
                "docs/a.md",
                14,
                12,
                "logs/run/gone5.txt",
            ),
            t("citation/line-range", "docs/a.md", 16, 8, "logs/run/a.txt"),
            t("citation/malformed", "docs/a.md", 16, 48, ""),
        ],
        1,
    );
}

#[test]
fn more_malformed_citations() {
    let repo = Repo::new();
    repo.write("a.txt", lines(20))
        .write(
            "m.md",
            "\
# M

A 【F:a.txt†】 end
B 【F:a.txt†L】 end
C 【F:a.txt†L3-】 end
D 【F:a.txt†lines 3-9】 end
E 【F:a.txt†L3,】 end
F 【F: 】 end
G 【F:a.txt†L3-L5-L7】 end
H 【F:a.txt†L 3】 end
I 【F:a.txt†L3

J fine 【F:a.txt†L2】 【F:a.txt#L3-L5】
",
        )
        .commit_all();
    let m = |line| t("citation/malformed", "m.md", line, 3, "");
    assert_findings(
        &repo.check(&[]),
        &[m(3), m(4), m(5), m(6), m(7), m(8), m(9), m(10), m(11)],
        1,
    );
}

/// The same target linked twice in one HTML chunk (11ty-website's tabs: five
/// `<a href="my-template.md">` of one block, all placed on the first line):
/// each finding stands at its own attribute, and a prose mention of the
/// target before the tag does not take its place.
#[test]
fn the_same_html_target_twice_in_a_chunk_is_placed_at_each_attribute() {
    let repo = Repo::new();
    repo.write(
        "a.md",
        "# T\n\n<div>\n<a href=\"gone.md\">g</a>\n<a href=\"gone.md\">h</a>\n</div>\n\n\
         <p>gone.md is here: <a href=\"gone.md\">g</a> and <a href=\"gone.md\">h</a></p>\n",
    )
    .commit_all();
    assert_findings(
        &repo.check(&["a.md"]),
        &[
            t("link/missing-path", "a.md", 4, 10, "gone.md"),
            t("link/missing-path", "a.md", 5, 10, "gone.md"),
            t("link/missing-path", "a.md", 8, 30, "gone.md"),
            t("link/missing-path", "a.md", 8, 58, "gone.md"),
        ],
        1,
    );
}

#[test]
fn reference_definitions_html_links_and_link_forms() {
    let repo = Repo::new();
    repo.write("docs/my file.md", "# Mine\n")
        .write("docs/f.md", lines(20))
        .write(
            "docs/a.md",
            "\
# A

[t1](<my file.md>) [t2](missing1.md \"Title\") [t3](a\\_b.md) [t4][Ref One] [t5][lower]
<a href=\"missing2.md\">x</a> <img src=\"missing3.png\">
`[t6](missing4.md)` www.example.com/x.md
[t7](f.md?plain=1#L25) [t8](f.md?plain=1#L5) [t9][indented] [t10][quoted]

    [r9]: missing5.md

```
[r10]: missing6.md
```

[ref one]: <missing 7.md> \"title\"
[LOWER]: missing8.md
[unused]: missing9.md
  [indented]: missing10.md
> [quoted]: missing11.md
",
        )
        .commit_all();
    assert_findings(
        &repo.check(&["docs/a.md"]),
        &[
            t("link/missing-path", "docs/a.md", 3, 20, "docs/missing1.md"),
            t("link/missing-path", "docs/a.md", 3, 46, "docs/a_b.md"),
            t("link/missing-path", "docs/a.md", 4, 10, "docs/missing2.md"),
            t("link/missing-path", "docs/a.md", 4, 39, "docs/missing3.png"),
            t("link/line-range", "docs/a.md", 6, 1, "docs/f.md"),
            t("link/missing-path", "docs/a.md", 14, 1, "docs/missing 7.md"),
            t("link/missing-path", "docs/a.md", 15, 1, "docs/missing8.md"),
            // `[unused]` (line 16) is never rendered: not a broken link.
            t("link/missing-path", "docs/a.md", 17, 1, "docs/missing10.md"),
            t("link/missing-path", "docs/a.md", 18, 1, "docs/missing11.md"),
        ],
        1,
    );
}

#[test]
fn github_slug_edge_cases() {
    let repo = Repo::new();
    repo.write("docs/other.md", "# O\n")
        .write(
            "docs/a.md",
            "\
# The `foo` API

## [Linked](other.md) heading

## Q&A: what's new?

## 1.2 Release

## C++ / Rust

## foo_bar baz

## Über uns

## *Emphasis* and **bold**

## Trailing hashes ##

Setext Heading
--------------

## Setup

## Setup

## Setup 1

<div id=\"div-anchor\"></div>
<a id='single-quoted'></a>

[a](#the-foo-api) [b](#linked-heading) [c](#qa-whats-new) [d](#12-release) [e](#c--rust)
[f](#foo_bar-baz) [g](#über-uns) [h](#emphasis-and-bold) [i](#trailing-hashes) [j](#setext-heading)
[k](#setup) [l](#setup-1) [m](#setup-1-1) [n](#div-anchor) [o](#single-quoted)
[p](#%C3%BCber-uns) [q](#Setup) [r](#user-content-setup)

```
# Not a heading
<a name=\"not-an-anchor\"></a>
```

[s](#not-a-heading) [u](#not-an-anchor)
",
        )
        .commit_all();
    assert_findings(
        &repo.check(&["docs/a.md"]),
        &[
            t(
                "link/missing-anchor",
                "docs/a.md",
                41,
                1,
                "docs/a.md#not-a-heading",
            ),
            t(
                "link/missing-anchor",
                "docs/a.md",
                41,
                21,
                "docs/a.md#not-an-anchor",
            ),
        ],
        1,
    );
}

#[test]
fn table_shapes() {
    let repo = Repo::new();
    repo.write("logs/x.txt", lines(2))
        .write(
            "a.md",
            "\
# T

| Item | Evidence |
| --- | --- |
| a | `logs/x.txt` \\| `logs/gone1.txt` |
| b | `logs/x.txt` | `logs/gone2.txt` \\| `logs/gone3.txt` |
Item c | `logs/gone4.txt`
| d | `logs/gone5.txt`

- list

  | Item | Evidence |
  | --- | --- |
  | e | `logs/gone6.txt` |

| Item | Evidence |
|:--|--:|
| f | [x](logs/gone7.txt) `logs/x.txt/` |
",
        )
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("evidence/missing-path", "a.md", 5, 22, "logs/gone1.txt"),
            t("evidence/missing-path", "a.md", 7, 10, "logs/gone4.txt"),
            t("evidence/missing-path", "a.md", 8, 7, "logs/gone5.txt"),
            t("evidence/missing-path", "a.md", 14, 9, "logs/gone6.txt"),
            t("link/missing-path", "a.md", 18, 7, "logs/gone7.txt"),
            t("evidence/missing-path", "a.md", 18, 27, "logs/x.txt"),
        ],
        1,
    );
}

#[test]
fn evidence_column_headers() {
    let headers = [
        "Evidence",
        "Evidence Path",
        "Artifact/Log Reference",
        "**Evidence**",
        "EVIDENCE",
        "Evidence Links",
    ];
    let mut doc = String::from("# H\n\n");
    for (i, h) in headers.iter().enumerate() {
        doc.push_str(&format!(
            "| Item | {h} |\n| --- | --- |\n| x | `gone/{i}.txt` |\n\n"
        ));
    }
    let repo = Repo::new();
    repo.write("a.md", &doc).commit_all();
    let expected: Vec<_> = (0..headers.len())
        .map(|i| {
            t(
                "evidence/missing-path",
                "a.md",
                5 + 4 * i as u64,
                7,
                &format!("gone/{i}.txt"),
            )
        })
        .collect();
    assert_findings(&repo.check(&[]), &expected, 1);
}

#[test]
fn mentions_with_lines_folders_and_relative_paths() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write("src/a.py", lines(20))
        .write("logs/run/s.json", "{}\n")
        .write(
            "docs/a.md",
            "\
# A

- [x] Mentions `src/a.py:12` `src/a.py:99` `src/a.py#L99` `src/b.py:3` `src/` `src/nope/`
- [x] `../src/a.py` `../src/z.py` `./a.md` `logs/run/s.json#x` `../../etc/passwd`

## Heading with `src/missing.py`
",
        )
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            // `path:LINE` in a code span cites a line as a citation does.
            t("citation/line-range", "docs/a.md", 3, 30, "src/a.py"),
            t("link/line-range", "docs/a.md", 3, 44, "src/a.py"),
            t("mention/missing-path", "docs/a.md", 3, 59, "src/b.py"),
            t("mention/missing-path", "docs/a.md", 3, 79, "src/nope"),
            t("mention/missing-path", "docs/a.md", 4, 21, "src/z.py"),
            t("path/outside-repo", "docs/a.md", 4, 64, "../../etc/passwd"),
            // A heading claims nothing: its mention is silent.
        ],
        1,
    );
}

#[test]
fn suppressions_in_code_blocks_lists_of_rules_and_wrapped_comments() {
    let repo = Repo::new();
    repo.write(
        "a.md",
        "\
# S

```md
<!-- checkmark-disable -->
```

After 【F:gone1.txt】

<!-- checkmark-disable-next-line citation/missing-path, link/missing-path -->
【F:gone2.txt】 [x](gone3.md)
<!-- checkmark-disable-next-line
citation/missing-path -->
【F:gone4.txt】 【F:gone5.txt】
<!-- checkmark-disable-next-line citation/missing-pathX -->
【F:gone6.txt】
",
    )
    .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            t("citation/missing-path", "a.md", 7, 7, "gone1.txt"),
            t("citation/missing-path", "a.md", 15, 1, "gone6.txt"),
        ],
        1,
    );
}

// ---------------------------------------------------------------------------
// JSON output schema
// ---------------------------------------------------------------------------

#[test]
fn json_output_follows_schema_version_1() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write(
        "a.md",
        "# J\n\nSee 【F:logs/\ngone.txt†L1】.\n\n- [x] Wrote `templates/X.md`.\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.code, 1);
    let v = run.json();
    assert_eq!(v["version"], 1);
    assert_eq!(v["tool"]["name"], "checkmark");
    assert_eq!(v["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["source"]["mode"], "worktree");
    assert!(v["source"]["rev"].is_null());
    assert_eq!(v["files_checked"], 1);
    let d = run.diagnostics_of(common::REFERENCE_RULES);
    assert_eq!(d.len(), 2, "{}", run.dump());
    // A citation wrapped across a line break spans two lines.
    let c = &d[0];
    assert_eq!(c["rule"], "citation/missing-path");
    assert_eq!(c["severity"], "error");
    assert_eq!(c["file"], "a.md");
    assert_eq!(
        (&c["line"], &c["column"], &c["end_line"], &c["end_column"]),
        (
            &serde_json::json!(3),
            &serde_json::json!(5),
            &serde_json::json!(4),
            &serde_json::json!(13)
        )
    );
    assert_eq!(c["target"], "logs/gone.txt");
    assert_eq!(c["fixable"], false);
    assert!(
        c["message"]
            .as_str()
            .is_some_and(|m| m.contains("logs/gone.txt"))
    );
    assert!(c["help"].is_string());
    let fp = c["fingerprint"].as_str().unwrap_or("");
    assert!(
        !fp.is_empty() && fp.chars().all(|ch| ch.is_ascii_hexdigit()),
        "{fp}"
    );
    let m = &d[1];
    assert_eq!(m["rule"], "mention/missing-path");
    assert_eq!(m["severity"], "warning");
    assert_eq!(
        (&m["line"], &m["column"]),
        (&serde_json::json!(6), &serde_json::json!(13))
    );
    assert_eq!(m["end_column"], 29);
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["summary"]["warnings"], 1);
    assert_eq!(v["summary"]["infos"], 0);
    assert_eq!(v["summary"]["fixable"], 0);
}

#[test]
fn invalid_utf8_in_index_and_revision() {
    let repo = Repo::new();
    repo.write("a.md", b"# A\r\n\r\nline\r\nab\xE9\r\n".as_slice())
        .commit_all();
    let expected = [t("encoding/invalid-utf8", "a.md", 4, 3, "")];
    assert_findings(&repo.check(&[]), &expected, 1);
    assert_findings(&repo.check(&["--staged"]), &expected, 1);
    assert_findings(&repo.check(&["--rev", "HEAD"]), &expected, 1);
}

// ---------------------------------------------------------------------------
// Known bugs: each test states the correct behaviour and is ignored until fixed.
// ---------------------------------------------------------------------------

#[test]
// was-bug
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
// was-bug
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
// was-bug
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
// was-bug
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
// was-bug
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
// was-bug
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
    assert!(run.stderr.contains("checkmark.toml:3:"), "{}", run.stderr);
}

#[test]
// was-bug
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
    assert!(run.stderr.contains("checkmark.toml:2:"), "{}", run.stderr);
}

#[test]
// was-bug
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
// was-bug
fn mention_of_a_file_with_a_trailing_slash_is_worded_as_a_mention() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write("src/a.py", lines(3))
        .write("docs/a.md", "# A\n\n- [x] See `src/a.py/`.\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[t("mention/missing-path", "docs/a.md", 3, 11, "src/a.py")],
        0,
    );
    let msg = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(!msg.contains("evidence"), "message: {msg}");
}

#[test]
// was-bug
fn files_inside_a_submodule_are_not_untracked() {
    let lib = Repo::new();
    lib.write("README.md", "# Lib\n")
        .write("notes.txt", lines(5))
        .commit_all();
    let repo = Repo::new();
    repo.git(&[
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        lib.path().to_str().expect("utf-8 path"),
        "vendor/lib",
    ]);
    repo.write(
        "a.md",
        "# S\n\n【F:vendor/lib/notes.txt†L2】 [r](vendor/lib/README.md) [s](vendor/lib)\n",
    )
    .commit_all();
    assert!(repo.path().join("vendor/lib/notes.txt").is_file());
    assert_findings(&repo.check(&[]), &[], 0);
}

#[test]
// was-bug
fn too_large_line_number_is_quoted_as_written() {
    let repo = Repo::new();
    repo.write("a.txt", lines(20))
        .write("m.md", "# M\n\n【F:a.txt†L99999999999999999999】\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(&run, &[t("citation/malformed", "m.md", 3, 1, "")], 1);
    let msg = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(msg.contains("L99999999999999999999"), "message: {msg}");
}

#[test]
fn base_reports_only_the_two_new_findings_when_an_old_one_moves_ten_lines() {
    let repo = Repo::new();
    repo.write("a.md", "# B\n\nOld 【F:gone-old.txt】\n")
        .commit_all();
    repo.git(&["branch", "base"]);
    let padding = "Filler line.\n\n".repeat(5); // ten lines
    repo.write(
        "a.md",
        format!(
            "# B\n\n{padding}Old 【F:gone-old.txt】\n\nNew 【F:gone-a.txt】 and [x](gone-b.md)\n"
        ),
    )
    .commit_all();
    assert_findings(
        &repo.check(&["--rev", "HEAD", "--base", "base"]),
        &[
            t("citation/missing-path", "a.md", 15, 5, "gone-a.txt"),
            t("link/missing-path", "a.md", 15, 24, "gone-b.md"),
        ],
        1,
    );
}
