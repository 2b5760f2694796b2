//! `checkmark fix` end to end: what it writes, what it prints, what it keeps
//! byte for byte, and when it refuses to write.

mod helpers3;

use std::os::unix::fs::PermissionsExt;

use helpers3::{Repo, assert_findings};

const BROKEN: &str = "# Tasks\n\n- [ x] backups\n- [x] dns\n";
const BROKEN_FIXED: &str = "# Tasks\n\n- [x] backups\n- [x] dns\n";
const BROKEN_DIFF: &str = "--- a/doc.md\n+++ b/doc.md\n@@ -1,4 +1,4 @@\n # Tasks\n \n-- [ x] backups\n+- [x] backups\n - [x] dns\n";

/// Configured aliases the table tests rewrite (a variant spelling such as
/// `inprogress` is the same value and never rewritten). `proceeding` has
/// the width of `inprogress`, so the tables' layouts read as before.
const ALIAS: &str =
    "[status]\naliases = { \"proceeding\" = \"In progress\", \"fin\" = \"Done\" }\n";

fn aliased(doc: &str) -> Repo {
    Repo::with(&[("doc.md", doc), ("checkmark.toml", ALIAS)])
}

fn mode(r: &Repo, rel: &str) -> u32 {
    std::fs::metadata(r.file(rel)).unwrap().permissions().mode() & 0o7777
}

fn set_mode(r: &Repo, rel: &str, m: u32) {
    std::fs::set_permissions(r.file(rel), std::fs::Permissions::from_mode(m)).unwrap();
}

// ---------------------------------------------------------------------------
// writing and printing
// ---------------------------------------------------------------------------

#[test]
fn fix_writes_in_place_and_prints_the_unified_diff() {
    let r = Repo::doc_sections(BROKEN);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, BROKEN_DIFF);
    assert_eq!(r.read_string("doc.md"), BROKEN_FIXED);
    assert_findings(&r.findings(), &[]);
}

#[test]
fn fix_without_paths_fixes_every_markdown_file_and_diffs_in_path_order() {
    let r = Repo::with(&[
        ("b.md", "- [] b\n"),
        ("a/doc.md", "-[x] a\n"),
        ("notes.txt", "- [] not markdown, not named\n"),
    ]);
    let run = r.cm(&["fix"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "--- a/a/doc.md\n+++ b/a/doc.md\n@@ -1 +1 @@\n--[x] a\n+- [x] a\n--- a/b.md\n+++ b/b.md\n@@ -1 +1 @@\n-- [] b\n+- [ ] b\n"
    );
    assert_eq!(r.read_string("a/doc.md"), "- [x] a\n");
    assert_eq!(r.read_string("b.md"), "- [ ] b\n");
    assert_eq!(r.read_string("notes.txt"), "- [] not markdown, not named\n");
}

#[test]
fn fix_on_a_file_named_explicitly_whatever_its_extension() {
    let r = Repo::with(&[("notes.txt", "- [] named\n")]);
    let run = r.cm(&["fix", "notes.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(r.read_string("notes.txt"), "- [ ] named\n");
}

#[test]
fn fix_diff_prints_and_writes_nothing() {
    let r = Repo::doc_sections(BROKEN);
    let before_mtime = r.age("doc.md");
    let run = r.cm(&["fix", "--diff", "doc.md"]);
    // As ruff's `--diff`: exit 1 when anything would change.
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, BROKEN_DIFF);
    assert_eq!(r.read_string("doc.md"), BROKEN);
    assert_eq!(r.mtime("doc.md"), before_mtime);
    assert_eq!(r.git(&["status", "--porcelain"]), "");
}

#[test]
fn fix_check_exits_1_when_something_would_change_then_0_after_fixing() {
    let r = Repo::doc_sections(BROKEN);
    let before_mtime = r.age("doc.md");
    let run = r.cm(&["fix", "--check", "doc.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(r.read_string("doc.md"), BROKEN);
    assert_eq!(r.mtime("doc.md"), before_mtime);

    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let run = r.cm(&["fix", "--check", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn fix_check_on_a_variant_spelling_exits_1() {
    // A variant spelling is no finding, but `fix` would rewrite it.
    let r = Repo::doc_sections("| Item | Status |\n| --- | --- |\n| A | in-progress |\n");
    assert_eq!(r.cm(&["check", "doc.md"]).code, 0);
    assert_eq!(r.cm(&["fix", "--check", "doc.md"]).code, 1);
    // A configured alias is rewritten to its canonical value.
    let r = Repo::with(&[
        (
            "doc.md",
            "| Item | Status |\n| --- | --- |\n| A | shipit |\n",
        ),
        (
            "checkmark.toml",
            "[status]\naliases = { \"shipit\" = \"Done\" }\n",
        ),
    ]);
    assert_eq!(r.cm(&["fix", "--check", "doc.md"]).code, 1);
    // A case-only variant is left as written: nothing to fix.
    let r = Repo::doc_sections("| Item | Status |\n| --- | --- |\n| A | done |\n");
    assert_eq!(r.cm(&["fix", "--check", "doc.md"]).code, 0);
}

#[test]
fn fix_check_and_diff_conflict() {
    let r = Repo::doc_sections(BROKEN);
    let run = r.cm(&["fix", "--check", "--diff", "doc.md"]);
    assert_eq!(run.code, 2);
    assert_eq!(r.read_string("doc.md"), BROKEN);
}

#[test]
fn fix_twice_changes_nothing_the_second_time() {
    let r = Repo::doc_sections(concat!(
        "# Plan ✅\n",
        "\n",
        "## A ✅\n",
        "\n",
        "- [ x] a\n",
        "- [ ] b\n",
        "\n",
        "| Item | Status |\n",
        "| ---- | ------ |\n",
        "| A    | done   |\n",
    ));
    let first = r.cm(&["fix", "doc.md"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_ne!(first.stdout, "");
    let after_first = r.read("doc.md");
    let mtime = r.age("doc.md");
    let second = r.cm(&["fix", "doc.md"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.stdout, "");
    assert_eq!(r.read("doc.md"), after_first);
    assert_eq!(r.mtime("doc.md"), mtime);
    assert_eq!(r.cm(&["fix", "--check", "doc.md"]).code, 0);
}

#[test]
fn a_document_that_needs_no_edit_is_not_written() {
    let r = Repo::with(&[("clean.md", "# Clean\n\n- [x] a\n"), ("dirty.md", BROKEN)]);
    let clean_mtime = r.age("clean.md");
    let run = r.cm(&["fix"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(r.mtime("clean.md"), clean_mtime);
    assert_eq!(r.read_string("clean.md"), "# Clean\n\n- [x] a\n");
    assert_eq!(r.read_string("dirty.md"), BROKEN_FIXED);
    assert!(!run.stdout.contains("clean.md"), "{}", run.stdout);
}

#[test]
fn nothing_to_fix_prints_nothing_and_exits_0() {
    let r = Repo::doc_sections("# Clean\n\n- [x] a\n");
    let mtime = r.age("doc.md");
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(r.mtime("doc.md"), mtime);
}

#[test]
fn unfixable_findings_are_left_alone() {
    let doc = "# T\n\n- [x] a\n  - [ ] b\n\n| Item | Status |\n| --- | --- |\n| A | Done | x |\n";
    let r = Repo::doc_sections(doc);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(r.read_string("doc.md"), doc);
}

// ---------------------------------------------------------------------------
// bytes kept
// ---------------------------------------------------------------------------

#[test]
fn crlf_bom_and_trailing_whitespace_are_kept() {
    // (`in-progress`, not `done`: fix never changes the case of a status alone.)
    let before = "\u{feff}# Tasks  \r\n\r\nIntro with trailing tab\t\r\n\r\n- [ x] a\r\n- [ ] keep   \r\n\r\n| Item | Status |\r\n| --- | --- |\r\n| A | in-progress |\r\n| B | Done |  \r\n";
    let want = "\u{feff}# Tasks  \r\n\r\nIntro with trailing tab\t\r\n\r\n- [x] a\r\n- [ ] keep   \r\n\r\n| Item | Status |\r\n| --- | --- |\r\n| A | In progress |\r\n| B | Done |  \r\n";
    let r = Repo::doc_sections(before);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
fn crlf_file_diff_shows_crlf_lines() {
    let r = Repo::doc_sections("# T\r\n\r\n- [] a\r\n");
    assert_eq!(
        r.fix_diff(),
        "--- a/doc.md\n+++ b/doc.md\n@@ -1,3 +1,3 @@\n # T\r\n \r\n-- [] a\r\n+- [ ] a\r\n"
    );
}

#[test]
fn mixed_line_endings_are_kept_line_by_line() {
    let before = "# T\n\r\n- [] lf\n- [] crlf\r\n- [ ] last without newline";
    let want = "# T\n\r\n- [ ] lf\n- [ ] crlf\r\n- [ ] last without newline";
    let r = Repo::doc_sections(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
fn last_line_without_newline_stays_without_newline() {
    let r = Repo::doc_sections("# T\n\n- [ x] a");
    assert_eq!(
        r.fix_diff(),
        "--- a/doc.md\n+++ b/doc.md\n@@ -1,3 +1,3 @@\n # T\n \n-- [ x] a\n\\ No newline at end of file\n+- [x] a\n\\ No newline at end of file\n"
    );
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), "# T\n\n- [x] a");
}

#[test]
fn front_matter_html_and_comments_are_kept() {
    let before = concat!(
        "---\n",
        "title:   Beta   \n",
        "status: in progress\n",
        "---\n",
        "\n",
        "<div align=\"center\">\n",
        "  <b>keep  me</b>\n",
        "</div>\n",
        "\n",
        "<!--   a comment   -->\n",
        "\n",
        "- [] a\n",
    );
    let r = Repo::doc_sections(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), before.replace("- [] a", "- [ ] a"));
}

// ---------------------------------------------------------------------------
// tables
// ---------------------------------------------------------------------------

#[test]
fn aligned_table_is_repadded_keeping_alignment_styles() {
    let before = concat!(
        "# T\n",
        "\n",
        "| Item | Status     | Owner |\n",
        "| :--- | :--------: | ----: |\n",
        "| A    | proceeding | @ops1 |\n",
        "| B    | Done       | @ops2 |\n",
        "| C    | ✅ Done    | @ops3 |\n",
        "\n",
        "After.\n",
    );
    let want = concat!(
        "# T\n",
        "\n",
        "| Item | Status      | Owner |\n",
        "| :--- | :---------: | ----: |\n",
        "| A    | In progress | @ops1 |\n",
        "| B    | Done        | @ops2 |\n",
        "| C    | ✅ Done     | @ops3 |\n",
        "\n",
        "After.\n",
    );
    let r = aliased(before);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
fn aligned_table_alias_that_shrinks_keeps_column_width() {
    let before = concat!(
        "| Item   | Status |\n",
        "| ------ | ------ |\n",
        "| Backup | OK     |\n",
        "| DNS    | Done   |\n",
    );
    let want = concat!(
        "| Item   | Status |\n",
        "| ------ | ------ |\n",
        "| Backup | Done   |\n",
        "| DNS    | Done   |\n",
    );
    let r = Repo::with(&[
        ("doc.md", before),
        (
            "checkmark.toml",
            "[status]\naliases = { \"OK\" = \"Done\" }\n",
        ),
    ]);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
// was-bug
fn aligned_table_repad_keeps_right_aligned_cells_right_aligned() {
    let before = concat!(
        "| Item | Status     | Count |\n",
        "| :--- | ---------- | ----: |\n",
        "| A    | proceeding |     7 |\n",
        "| B    | Done       |    12 |\n",
    );
    let want = concat!(
        "| Item | Status      | Count |\n",
        "| :--- | ----------- | ----: |\n",
        "| A    | In progress |     7 |\n",
        "| B    | Done        |    12 |\n",
    );
    let r = aliased(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
fn compact_table_is_not_repadded() {
    let before = concat!(
        "| Item | Status | Owner |\n",
        "|:--|:-:|--:|\n",
        "| A | proceeding | @a |\n",
        "| Backups | Done | @b |\n",
    );
    let want = concat!(
        "| Item | Status | Owner |\n",
        "|:--|:-:|--:|\n",
        "| A | In progress | @a |\n",
        "| Backups | Done | @b |\n",
    );
    let r = aliased(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
fn untouched_aligned_table_stays_byte_identical() {
    let before = concat!(
        "| Item | Status      |\n",
        "| :--- | ----------: |\n",
        "| A    | In progress |\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| B | in-progress |\n",
    );
    let r = aliased(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(
        r.read_string("doc.md"),
        before.replace("| B | in-progress |", "| B | In progress |")
    );
}

#[test]
fn section_marker_fix_uses_the_configured_marker() {
    let r = Repo::with(&[
        ("doc.md", "# P\n\n## A ✅\n\n- [x] z\n- [ ] a\n"),
        (
            "checkmark.toml",
            "[rules]\n\"task/section-claims-done\" = \"error\"\n[fix]\nin_progress_marker = \"🚧\"\n",
        ),
    ]);
    // Turning ✅ into in progress changes a claim: an unsafe fix.
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(
        r.read_string("doc.md"),
        "# P\n\n## A ✅\n\n- [x] z\n- [ ] a\n"
    );
    assert_eq!(r.cm(&["fix", "--unsafe-fixes", "doc.md"]).code, 0);
    assert_eq!(
        r.read_string("doc.md"),
        "# P\n\n## A 🚧\n\n- [x] z\n- [ ] a\n"
    );
}

#[test]
fn fix_does_not_touch_rules_turned_off() {
    let r = Repo::with(&[
        ("doc.md", BROKEN),
        (
            "checkmark.toml",
            "[rules]\n\"task/malformed\" = \"off\"\n\"task/section-claims-done\" = \"error\"\n",
        ),
    ]);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(r.read_string("doc.md"), BROKEN);
}

// ---------------------------------------------------------------------------
// permissions and refusals
// ---------------------------------------------------------------------------

#[test]
fn file_permissions_are_kept_after_a_write() {
    let r = Repo::doc_sections(BROKEN);
    set_mode(&r, "doc.md", 0o640);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), BROKEN_FIXED);
    assert_eq!(mode(&r, "doc.md"), 0o640);

    let r = Repo::doc_sections(BROKEN);
    set_mode(&r, "doc.md", 0o755);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(mode(&r, "doc.md"), 0o755);
}

#[test]
fn no_temporary_file_is_left_behind() {
    let r = Repo::doc(BROKEN);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    let names: Vec<String> = std::fs::read_dir(r.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".git")
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(names, vec!["doc.md", "docs", "logs", "x.md"]);
    assert_eq!(r.git(&["status", "--porcelain"]), " M doc.md\n");
}

#[test]
fn read_only_file_is_refused() {
    let r = Repo::doc_sections(BROKEN);
    set_mode(&r, "doc.md", 0o444);
    let mtime = r.age("doc.md");
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(
        run.code, 2,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(run.stderr.contains("doc.md"), "{}", run.stderr);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(r.read_string("doc.md"), BROKEN);
    assert_eq!(r.mtime("doc.md"), mtime);
    assert_eq!(mode(&r, "doc.md"), 0o444);
}

#[test]
fn read_only_file_with_diff_is_fine() {
    // --diff writes nothing, so a read-only file is no obstacle.
    let r = Repo::doc_sections(BROKEN);
    set_mode(&r, "doc.md", 0o444);
    let run = r.cm(&["fix", "--diff", "doc.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, BROKEN_DIFF);
}

#[test]
// was-bug
fn a_refused_write_prints_no_diff() {
    let r = Repo::doc_sections(BROKEN);
    set_mode(&r, "doc.md", 0o444);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");

    let r = Repo::doc_sections(BROKEN);
    r.write("doc.md", format!("{BROKEN}unstaged\n"));
    let run = r.cm(&["fix", "--staged", "doc.md"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
}

#[test]
fn staged_fix_refuses_when_the_worktree_differs_from_the_index() {
    let r = Repo::doc_sections("# Tasks\n");
    r.write("doc.md", BROKEN);
    r.git(&["add", "doc.md"]);
    let unstaged = format!("{BROKEN}\nan unstaged line\n");
    r.write("doc.md", &unstaged);
    let mtime = r.age("doc.md");
    let staged_blob = r.git(&["rev-parse", ":doc.md"]);
    let run = r.cm(&["fix", "--staged", "doc.md"]);
    assert_eq!(
        run.code, 2,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(run.stderr.starts_with("error:"), "{}", run.stderr);
    assert!(run.stderr.contains("doc.md"), "{}", run.stderr);
    assert!(run.stderr.contains("staged"), "{}", run.stderr);
    assert_eq!(r.read_string("doc.md"), unstaged);
    assert_eq!(r.mtime("doc.md"), mtime);
    assert_eq!(r.git(&["rev-parse", ":doc.md"]), staged_blob);
}

#[test]
fn staged_fix_writes_when_the_worktree_equals_the_index() {
    let r = Repo::doc_sections("# Tasks\n");
    r.write("doc.md", BROKEN);
    r.git(&["add", "doc.md"]);
    let run = r.cm(&["fix", "--staged", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, BROKEN_DIFF);
    assert_eq!(r.read_string("doc.md"), BROKEN_FIXED);
}

#[test]
fn staged_fix_reads_the_index_not_the_worktree() {
    // Staged: fine. Worktree: broken but unstaged. Nothing to fix in the index.
    let r = Repo::doc_sections(BROKEN_FIXED);
    r.write("doc.md", BROKEN);
    let run = r.cm(&["fix", "--staged", "--diff", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(r.read_string("doc.md"), BROKEN);
}

#[test]
fn fix_outside_a_repository_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("doc.md"), BROKEN).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(["fix", "doc.md"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("doc.md")).unwrap(),
        BROKEN
    );
}

#[test]
// was-bug
fn bom_before_an_aligned_table_on_line_1() {
    let before = "\u{feff}| Item  | Status     |\n| ----- | ---------- |\n| alpha | proceeding |\n";
    let want =
        "\u{feff}| Item  | Status      |\n| ----- | ----------- |\n| alpha | In progress |\n";
    let r = aliased(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), want);
}

#[test]
// was-bug
fn aligned_table_with_a_variation_selector_emoji_is_repadded() {
    // Aligned as terminals and GitHub show it (⚠️ is two columns wide, as unicode-width says for the string).
    let before = concat!(
        "| Item | Status                 |\n",
        "| ---- | ---------------------- |\n",
        "| A    | ⚠️ Environment-limited |\n",
        "| B    | proceeding             |\n",
    );
    let want = concat!(
        "| Item | Status                 |\n",
        "| ---- | ---------------------- |\n",
        "| A    | ⚠️ Environment-limited |\n",
        "| B    | In progress            |\n",
    );
    let r = aliased(before);
    assert_eq!(r.cm(&["fix", "doc.md"]).code, 0);
    assert_eq!(r.read_string("doc.md"), want);
}
