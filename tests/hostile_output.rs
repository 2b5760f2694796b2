//! Output under attack (issue 10, items 6 and 10): a finding far out on a huge
//! line renders without a panic, and control characters from documents and
//! file names never reach the terminal raw, in any text output.

mod common;

use common::*;

/// A document with control characters: ESC sequences (clear screen, hidden
/// text), BEL, backspace, a C1 CSI and a right-to-left override; and a second
/// document whose file name retitles the terminal.
fn hostile_repo() -> Repo {
    let repo = Repo::new();
    repo.write(
        "a.md",
        "# T\n\nSee 【F:gone\x1b[2J.txt】 now.\n-[x] done \x1b[8m hidden\x07\x08 \u{9b} \u{202e}txt.exe\n",
    )
    .write("b\x1b]0;pwn\x07.md", "# R\n\n[y](nope.md)\n")
    .commit_all();
    repo
}

#[test]
fn human_output_escapes_control_characters() {
    let repo = hostile_repo();
    let run = repo.run(&["check", "--format", "human"]);
    assert_eq!(run.code, 1, "{}", run.dump());
    assert_eq!(
        run.stdout,
        "citation/missing-path\n\n  × cited file gone\\x1b[2J.txt is not in the git tree\n   ╭─[a.md:3:5]\n 2 │ \n 3 │ See 【F:gone\\x1b[2J.txt】 now.\n   ·     ──────────┬──────────\n   ·               ╰── gone\\x1b[2J.txt\n 4 │ -[x] done \\x1b[8m hidden\\x07\\x08 \\u{9b} \\u{202e}txt.exe\n   ╰────\n  help: commit the file, or correct the path\n\ntask/malformed\n\n  × `-[x]` looks like a task item but is not one: GitHub renders it as text\n   ╭─[a.md:4:1]\n 3 │ See 【F:gone\\x1b[2J.txt】 now.\n 4 │ -[x] done \\x1b[8m hidden\\x07\\x08 \\u{9b} \\u{202e}txt.exe\n   · ──┬─\n   ·   ╰── here\n   ╰────\n  help: write `- [x]`: a space after the bullet, and `x` or a space inside the brackets\n\nlink/missing-path\n\n  × link target `nope.md` does not exist in the working tree\n   ╭─[b\\x1b]0;pwn\\x07.md:3:1]\n 2 │ \n 3 │ [y](nope.md)\n   · ──────┬─────\n   ·       ╰── nope.md\n   ╰────\n  help: commit the file, or correct the path\n\nFound 3 errors, 0 warnings in 2 files (2 checked). 1 fixable with `checkmark fix`.\n"
    );
}

#[test]
fn github_output_escapes_control_characters() {
    let repo = hostile_repo();
    let run = repo.run(&["check", "--format", "github"]);
    assert_eq!(run.code, 1, "{}", run.dump());
    assert_eq!(
        run.stdout,
        "::error file=a.md,line=3,col=5,endLine=3,endColumn=21,title=checkmark citation/missing-path::cited file gone\\x1b[2J.txt is not in the git tree%0Ahelp: commit the file, or correct the path\n::error file=a.md,line=4,col=1,endLine=4,endColumn=5,title=checkmark task/malformed::`-[x]` looks like a task item but is not one: GitHub renders it as text%0Ahelp: write `- [x]`: a space after the bullet, and `x` or a space inside the brackets\n::error file=b\\x1b]0;pwn\\x07.md,line=3,col=1,endLine=3,endColumn=13,title=checkmark link/missing-path::link target `nope.md` does not exist in the working tree%0Ahelp: commit the file, or correct the path\n"
    );
}

#[test]
fn concise_output_escapes_control_characters() {
    let repo = hostile_repo();
    let run = repo.run(&["check", "--format", "concise"]);
    assert_eq!(run.code, 1, "{}", run.dump());
    assert_eq!(
        run.stdout,
        "a.md:3:5: error citation/missing-path cited file gone\\x1b[2J.txt is not in the git tree\na.md:4:1: error task/malformed `-[x]` looks like a task item but is not one: GitHub renders it as text\nb\\x1b]0;pwn\\x07.md:3:1: error link/missing-path link target `nope.md` does not exist in the working tree\nFound 3 errors, 0 warnings in 2 files (2 checked). 1 fixable with `checkmark fix`.\n"
    );
}

#[test]
fn warnings_on_stderr_escape_control_characters() {
    let repo = Repo::new();
    repo.write(
        "c.md",
        "# T\n\n<!-- checkmark-disable-next-line bogus\x1b[2J -->\nx\n",
    )
    .commit_all();
    let run = repo.run(&["check", "--format", "concise"]);
    assert_eq!(run.code, 0, "{}", run.dump());
    assert_eq!(
        run.stderr,
        "warning: c.md:3:1: unknown rule `bogus\\x1b[2J` in a `checkmark-disable-next-line` comment; it suppresses nothing\n  help: `checkmark rules` lists the rule IDs\n"
    );
}

#[test]
fn fix_diff_escapes_control_characters_and_writes_the_bytes_unchanged() {
    let repo = hostile_repo();
    let run = repo.run(&["fix", "--diff"]);
    let diff = "--- a/a.md\n+++ b/a.md\n@@ -1,4 +1,4 @@\n # T\n \n See 【F:gone\\x1b[2J.txt】 now.\n--[x] done \\x1b[8m hidden\\x07\\x08 \\u{9b} \\u{202e}txt.exe\n+- [x] done \\x1b[8m hidden\\x07\\x08 \\u{9b} \\u{202e}txt.exe\n";
    assert_eq!(run.stdout, diff);
    // The diff shows escapes; the file gets the real bytes.
    let run = repo.run(&["fix"]);
    assert_eq!(run.code, 0, "{}", run.dump());
    assert_eq!(run.stdout, diff);
    assert_eq!(
        std::fs::read(repo.path().join("a.md")).expect("read a.md"),
        "# T\n\nSee 【F:gone\x1b[2J.txt】 now.\n- [x] done \x1b[8m hidden\x07\x08 \u{9b} \u{202e}txt.exe\n"
            .as_bytes()
    );
}

#[test]
fn json_and_sarif_carry_control_characters_as_json_escapes() {
    let repo = hostile_repo();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        [
            t("citation/missing-path", "a.md", 3, 5, "gone\x1b[2J.txt"),
            t("task/malformed", "a.md", 4, 1, ""),
            t("link/missing-path", "b\x1b]0;pwn\x07.md", 3, 1, "nope.md"),
        ],
        "{}",
        run.dump()
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains(r#""target": "gone\u001b[2J.txt""#),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('\x1b'));
    let run = repo.run(&["check", "--format", "sarif"]);
    assert_eq!(run.code, 1, "{}", run.dump());
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    assert!(!run.stdout.contains('\x1b'));
}

#[test]
fn clean_text_is_printed_as_it_is() {
    // The twin of the above: tabs, CRLF endings, emoji and CJK are not escaped.
    let repo = Repo::new();
    repo.write("a.md", "# T\r\n\r\n-[x] 完了 ✅\tdone\r\n")
        .commit_all();
    let run = repo.run(&["fix", "--diff"]);
    assert_eq!(
        run.stdout,
        "--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n # T\r\n \r\n--[x] 完了 ✅\tdone\r\n+- [x] 完了 ✅\tdone\r\n"
    );
}

#[test]
fn human_output_of_a_finding_past_column_65535_shows_a_window() {
    // miette pads the underline with a width argument that panics past
    // u16::MAX; the snippet is a window of the line around the finding.
    let repo = Repo::new();
    let line = format!("{} [x](missing.md) {}", "a".repeat(70_000), "b".repeat(500));
    repo.write("doc.md", format!("# T\n\n{line}\n"))
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[t("link/missing-path", "doc.md", 3, 70_002, "missing.md")],
        1,
    );
    let run = repo.run(&["check", "--format", "human"]);
    assert_eq!(run.code, 1, "{}", run.dump());
    let expected = format!(
        "link/missing-path\n\n  × link target `missing.md` does not exist in the working tree\n   ╭─[doc.md:3:70002]\n 2 │ \n 3 │ …{} [x](missing.md) {}…\n   · {}───────┬───────\n   · {}       ╰── missing.md\n   ╰────\n  help: commit the file, or correct the path\n\nFound 1 error, 0 warnings in 1 file (1 checked).\n",
        "a".repeat(39),
        "b".repeat(104),
        " ".repeat(41),
        " ".repeat(41),
    );
    assert_eq!(run.stdout, expected);
}

#[test]
fn human_output_of_many_findings_on_one_huge_line_stays_small() {
    // 20,000 findings on one 300 KB line: each snippet is a window, so the
    // output grows with the number of findings, not with findings × line.
    let repo = Repo::new();
    let line: String = (0..20_000).map(|i| format!("[x](m{i}.md) ")).collect();
    repo.write("doc.md", format!("# T\n\n{line}\n"))
        .commit_all();
    let run = repo.run(&["check", "--format", "human"]);
    assert_eq!(run.code, 1, "{}", run.dump());
    assert!(
        run.stdout
            .ends_with("Found 20000 errors, 0 warnings in 1 file (1 checked).\n"),
        "{}",
        &run.stdout[run.stdout.len().saturating_sub(300)..]
    );
    assert!(
        run.stdout.len() < 20_000 * 1_500,
        "{} bytes",
        run.stdout.len()
    );
}
