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
