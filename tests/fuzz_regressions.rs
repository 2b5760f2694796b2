//! Inputs the fuzzer (fuzz/) found; each must parse and fix without a panic,
//! and fix must be idempotent and keep the document's structure.

use checkmark::config::Config;
use checkmark::document::parse;
use checkmark::rules::Context;
use checkmark::rules::references::AnchorCache;
use checkmark::source::{Mode, RepoView};

#[test]
fn fuzz_regressions_hold_the_fix_invariants() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ok = std::process::Command::new("git")
        .args(["init", "-q", "."])
        .current_dir(dir.path())
        .status()
        .expect("git init")
        .success();
    assert!(ok);
    let view = RepoView::open(dir.path(), Mode::Worktree).expect("open repository");
    let config = Config::default_config();
    let anchors = AnchorCache::new();
    let history = checkmark::history::History::new(&view).without_blames();
    let ctx = Context {
        repo: &view,
        config: &config,
        anchors: &anchors,
        today: "2026-11-22",
        history: &history,
        site_links: None,
        focus: None,
    };
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fuzz-regressions");
    let mut n = 0;
    for e in std::fs::read_dir(folder)
        .expect("regressions folder")
        .flatten()
    {
        let bytes = std::fs::read(e.path()).expect("read");
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let name = e.file_name().to_string_lossy().into_owned();
        let before = parse("doc.md", text.clone());
        let once = checkmark::fix::fix_text(&ctx, "doc.md", &text);
        let twice = checkmark::fix::fix_text(&ctx, "doc.md", &once);
        assert_eq!(once, twice, "{name}: fix is not idempotent");
        let after = parse("doc.md", once.clone());
        assert_eq!(
            before.headings.len(),
            after.headings.len(),
            "{name}: headings changed"
        );
        assert_eq!(
            before.tables.len(),
            after.tables.len(),
            "{name}: tables changed"
        );
        assert_eq!(
            text.lines().count(),
            once.lines().count(),
            "{name}: line count changed"
        );
        n += 1;
    }
    assert!(n >= 6, "expected the regression inputs, found {n}");
}

mod common;

/// The pipeline fuzzer's first find (fuzz/regressions/date-cell-bom-after-ten-bytes.md):
/// a date cell whose eleventh byte starts a multi-byte character (`2026-02-1` and a BOM)
/// made `table/date-format` slice inside the character and panic.
#[test]
fn a_date_cell_with_a_multibyte_character_after_ten_bytes_is_judged_not_panicked_on() {
    let repo = common::Repo::new();
    repo.write(
        "STATUS.md",
        "# Launch\n\n| Item | Status | Due |\n| --- | --- | --- |\n| API | Done | 2026-02-1\u{feff} |\n| UI | Done | 2026-02-11 |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "table/date-format"]);
    assert_ne!(run.code, 101, "panicked: {}", run.stderr);
    let found: Vec<_> = run.json()["diagnostics"]
        .as_array()
        .map(|a| a.iter().map(common::tuple).collect())
        .unwrap_or_default();
    // The cell is judged like any other: not an ISO date (and no fix is
    // guessed for it), the ISO twin below it is silent.
    assert_eq!(
        found,
        vec![common::t("table/date-format", "STATUS.md", 5, 16, "")],
        "stdout: {}",
        run.stdout
    );
}
