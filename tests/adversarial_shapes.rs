//! The pathological shapes of issue 10 (denial of service), at a small size,
//! with their exact outcome: `bench/scaling.py` measures time and memory of
//! the same shapes at 1×, 10× and 100×; these tests hold what they find.
//!
//! Each test builds a real git repository and runs the real binary.

mod common;

use common::*;

/// A register: `rows` rows `| item-i | ✅ Done | ops | `ev/e{i % 100}.txt` |`,
/// as `bench/scaling.py` writes it, then `extra` rows as given.
fn register(rows: usize, extra: &[&str]) -> String {
    let mut out = String::from(
        "# Register\n\n| Item | Status | Owner | Evidence |\n| --- | --- | --- | --- |\n",
    );
    for i in 0..rows {
        out.push_str(&format!(
            "| item-{i} | ✅ Done | ops | `ev/e{}.txt` |\n",
            i % 100
        ));
    }
    for row in extra {
        out.push_str(row);
        out.push('\n');
    }
    out
}

/// Every finding of the run (all rules), and its exit code.
#[track_caller]
fn exact(run: &Run, expected: &[Tuple], code: i32) {
    assert_eq!(run.findings(), expected, "\n{}", run.dump());
    assert_eq!(run.code, code, "exit code\n{}", run.dump());
}

fn evidence(repo: &Repo) -> &Repo {
    for i in 0..100 {
        repo.write(&format!("ev/e{i}.txt"), "x\n");
    }
    repo
}

/// `n` findings of one rule on one line of `doc.md`, at these columns.
fn on_line(rule: &str, line: u64, columns: impl Iterator<Item = u64>, target: &str) -> Vec<Tuple> {
    columns
        .map(|c| t(rule, "doc.md", line, c, target))
        .collect()
}

#[test]
fn nested_images() {
    let k = 1_000;
    let repo = Repo::new();
    repo.write(
        "doc.md",
        format!("# Nested\n\n{}x{}\n", "![".repeat(k), "](a.png)".repeat(k)),
    )
    .commit_all();
    // Each image is a link to a missing `a.png`, each reported where it opens.
    let expected = on_line(
        "link/missing-path",
        3,
        (0..k as u64).map(|i| 1 + 2 * i),
        "a.png",
    );
    exact(&repo.check(&["doc.md"]), &expected, 1);
}

#[test]
fn unclosed_citations() {
    let k = 1_000;
    let repo = Repo::new();
    repo.write("doc.md", format!("# Unclosed\n\n{}\n", "【F:".repeat(k)))
        .commit_all();
    let run = repo.check(&["doc.md"]);
    let expected = on_line(
        "citation/malformed",
        3,
        (0..k as u64).map(|i| 1 + 3 * i),
        "",
    );
    exact(&run, &expected, 1);
    // Human output: one finding each, and its count.
    let human = repo.run(&["check", "--format", "human", "doc.md"]);
    assert_eq!(human.code, 1, "{}", human.dump());
    assert_eq!(human.stdout.matches("citation is not closed").count(), k);
    assert!(
        human
            .stdout
            .contains("Found 1000 errors, 0 warnings in 1 file (1 checked)."),
        "{}",
        human.dump()
    );
}

#[test]
fn citations_on_one_line() {
    let repo = Repo::new();
    repo.write("ev.txt", "one\ntwo\n")
        .write(
            "doc.md",
            format!("# Citations\n\n{}\n", "【F:ev.txt†L1】 ".repeat(1_000)),
        )
        .commit_all();
    exact(&repo.check(&["doc.md"]), &[], 0);
    // A line past the end, in the middle of the line, is the one finding.
    let mut line = "【F:ev.txt†L1】 ".repeat(500);
    line.push_str("【F:ev.txt†L9】 ");
    line.push_str(&"【F:ev.txt†L1】 ".repeat(499));
    repo.write("doc.md", format!("# Citations\n\n{line}\n"))
        .commit_all();
    exact(
        &repo.check(&["doc.md"]),
        &[t("citation/line-range", "doc.md", 3, 7_001, "ev.txt")],
        1,
    );
}

#[test]
fn table_of_many_rows() {
    let repo = Repo::new();
    evidence(&repo)
        .write("doc.md", register(1_000, &[]))
        .commit_all();
    exact(&repo.check(&["doc.md"]), &[], 0);
}

#[test]
fn table_of_many_rows_keeps_its_findings() {
    // The true-positive twin: a missing evidence file, an unknown status
    // and a key written twice, among a thousand rows.
    let repo = Repo::new();
    evidence(&repo)
        .write(
            "doc.md",
            register(
                1_000,
                &[
                    "| item-1000 | ✅ Done | ops | `ev/gone.txt` |",
                    "| item-1001 | Donne | ops | `ev/e1.txt` |",
                    "| item-7 | ✅ Done | ops | `ev/e7.txt` |",
                ],
            ),
        )
        .commit_all();
    let run = repo.check(&["doc.md"]);
    exact(
        &run,
        &[
            t("evidence/missing-path", "doc.md", 1_005, 30, "ev/gone.txt"),
            t("status/unknown-value", "doc.md", 1_006, 15, ""),
            t("table/duplicate-key", "doc.md", 1_007, 1, ""),
        ],
        1,
    );
}

#[test]
fn a_key_three_times_groups_rows_and_is_no_duplicate() {
    // The twin of the duplicate above: a key standing three times makes the
    // first column a grouping column, not a key.
    let repo = Repo::new();
    evidence(&repo)
        .write(
            "doc.md",
            register(
                1_000,
                &[
                    "| item-7 | ✅ Done | ops | `ev/e7.txt` |",
                    "| item-7 | ✅ Done | ops | `ev/e7.txt` |",
                ],
            ),
        )
        .commit_all();
    exact(&repo.check(&["doc.md"]), &[], 0);
}

#[test]
fn checked_tasks_with_citations() {
    let repo = Repo::new();
    let cited: String = (0..20).map(|j| format!("line {j}\n")).collect();
    for i in 0..100 {
        repo.write(&format!("ev/e{i}.txt"), &cited);
    }
    let mut doc = String::from("# Tasks\n\n## Work\n\n");
    for i in 0..1_000 {
        doc.push_str(&format!(
            "- [x] task {i} done 【F:ev/e{}.txt†L2-L5】\n",
            i % 100
        ));
    }
    doc.push_str("- [x] task past the end 【F:ev/e1.txt†L30-L40】\n");
    repo.write("doc.md", doc).commit_all();
    exact(
        &repo.check(&["doc.md"]),
        &[t("citation/line-range", "doc.md", 1_005, 25, "ev/e1.txt")],
        1,
    );
}

#[test]
fn prose_with_code_spans_and_links() {
    let repo = Repo::new();
    repo.write("src/app/main.py", "print('hi')\n".repeat(10))
        .write("docs/other.md", "# Other\n\n## Setup\n");
    let mut doc = String::from("# Prose\n\n");
    for n in 0..200 {
        doc.push_str(&format!("## Section {n}\n\n"));
        for _ in 0..4 {
            doc.push_str(&format!(
                "The service reads `src/app/main.py` and `config/missing.toml` before it starts; \
                 see [setup](docs/other.md#setup), [intro](#section-{n}) and `--flag` for the \
                 details, and `make test` for checks.\n\n"
            ));
        }
    }
    // The twin: one link to a missing anchor, at the end.
    doc.push_str("See [gone](docs/other.md#teardown).\n");
    repo.write("doc.md", doc).commit_all();
    exact(
        &repo.check(&["doc.md"]),
        &[t(
            "link/missing-anchor",
            "doc.md",
            2_003,
            5,
            "docs/other.md#teardown",
        )],
        1,
    );
}

#[test]
fn many_findings_in_human_and_json_output() {
    let n = 200;
    let repo = Repo::new();
    let doc: String = (0..n)
        .map(|i| format!("- see [doc {i}](missing/doc-{i}.md) for item {i}\n"))
        .collect();
    repo.write("doc.md", format!("# Findings\n\n{doc}"))
        .commit_all();
    let expected: Vec<Tuple> = (0..n)
        .map(|i| {
            t(
                "link/missing-path",
                "doc.md",
                3 + i as u64,
                7,
                &format!("missing/doc-{i}.md"),
            )
        })
        .collect();
    exact(&repo.check(&["doc.md"]), &expected, 1);
    let human = repo.run(&["check", "--format", "human", "doc.md"]);
    assert_eq!(human.code, 1, "{}", human.dump());
    assert_eq!(
        human.stdout.matches("link target `missing/doc-").count(),
        n,
        "{}",
        human.dump()
    );
}

#[test]
fn a_cell_of_one_no_break_space_is_blank_not_a_panic() {
    // U+00A0 is two bytes: a blank cell's (empty) span starts after the
    // whole character, never inside it.
    let repo = Repo::new();
    repo.write(
        "c.md",
        "# Checklist\n\n| Item | Status |\n| --- | --- |\n|\u{a0}| \u{a0} |\n| a | Done |\n| b | Done |\n",
    )
    .commit_all();
    let run = repo.check(&["c.md"]);
    assert_eq!(run.findings(), vec![], "{}", run.dump());
    assert_eq!(run.code, 0, "{}", run.dump());
    // The twin: a real finding in the same table still speaks.
    repo.write(
        "c.md",
        "# Checklist\n\n| Item | Status |\n| --- | --- |\n|\u{a0}| \u{a0} |\n| a | Done |\n| b | Donne |\n",
    )
    .commit_all();
    let run = repo.check(&["c.md"]);
    assert_eq!(
        run.findings(),
        vec![t("status/unknown-value", "c.md", 7, 7, "")],
        "{}",
        run.dump()
    );
    assert_eq!(run.code, 1, "{}", run.dump());
}

/// `n` code spans `` `{prefix}{i}{suffix}` `` separated by spaces, and the
/// column (1-based, in characters) where each opens after `lead` characters.
fn spans(n: usize, prefix: &str, suffix: &str) -> (String, Vec<String>) {
    let names: Vec<String> = (0..n).map(|i| format!("{prefix}{i}{suffix}")).collect();
    let cell = names
        .iter()
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(" ");
    (cell, names)
}

/// The findings of `names`, one each, at the columns where their spans open
/// on `line`, the first one at column `first`.
fn at_spans(rule: &str, file: &str, line: u64, first: u64, names: &[String]) -> Vec<Tuple> {
    let mut col = first;
    names
        .iter()
        .map(|p| {
            let f = t(rule, file, line, col, p);
            col += p.chars().count() as u64 + 3;
            f
        })
        .collect()
}

#[test]
fn one_row_of_many_evidence_paths() {
    // Each path of the cell is judged, and the cell is not read again for
    // each of them (`bench/scaling.py` row-evidence: 20,000 at 100×).
    let (cell, names) = spans(300, "../x", "/a.md");
    let repo = Repo::new();
    repo.write(
        "doc.md",
        format!("# Register\n\n| Item | Status | Evidence |\n| --- | --- | --- |\n| a | Done | {cell} |\n"),
    )
    .commit_all();
    exact(
        &repo.check(&["doc.md"]),
        &at_spans("path/outside-repo", "doc.md", 5, 14, &names),
        1,
    );
}

#[test]
fn many_mentions_in_one_done_row_or_checked_task() {
    // Paths a done row or a checked item names: missing, each is reported;
    // beside words that say they were removed, none is (`bench/scaling.py`
    // row-mentions and task-mentions: 20,000 at 100×).
    let (cell, names) = spans(40, "src/m", ".py");
    let repo = Repo::new();
    repo.write("src/keep.py", "x\n")
        .write(
            "doc.md",
            format!(
                "# Register\n\n| Item | Status | Notes |\n| --- | --- | --- |\n\
                 | a | Done | removed {cell} |\n| b | Done | added {cell} |\n\n\
                 ## Tasks\n\n- [x] moved {cell}\n- [x] wrote {cell}\n"
            ),
        )
        .commit_all();
    let run = repo.check(&["--select", "mention/missing-path", "doc.md"]);
    let mut expected = at_spans("mention/missing-path", "doc.md", 6, 20, &names);
    expected.extend(at_spans("mention/missing-path", "doc.md", 11, 13, &names));
    exact(&run, &expected, 0);
}
