//! Fuzz target over `checkmark::document::parse` and `checkmark::fix::fix_text`.
//!
//! Invariants (the ones `tests/fix_props.rs` checks on generated documents,
//! here on arbitrary bytes):
//!
//! - not UTF-8: `parse` of the lossy string does not panic (nothing else: `fix`
//!   never runs on a file that is not UTF-8);
//! - `parse` does not panic, and every span of the document model lies within
//!   the text, has `start <= end`, and starts and ends on char boundaries
//!   (headings and their content, links, citations, code spans, task items'
//!   marker / line / own / full spans, tables with their header, delimiter,
//!   rows and every cell's trimmed and raw span; also front matter, status
//!   lines, code blocks, code ranges and comments); headings, tables, table
//!   rows and task items stand in document order (rules find them by binary
//!   search);
//! - `fix_text` does not panic, and:
//!   - it is idempotent: `fix(fix(x)) == fix(x)`;
//!   - it keeps the number of lines and the ending (`\n`, `\r\n`, none) of
//!     every line;
//!   - its output parses to as many headings and as many tables as the input.
//!
//! Every failure panics with the input and the output as Rust string literals.

#![no_main]

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use checkmark::config::Config;
use checkmark::document::{self, Document};
use checkmark::history::History;
use checkmark::rules::Context;
use checkmark::rules::references::AnchorCache;
use checkmark::source::{Mode, RepoView};
use libfuzzer_sys::fuzz_target;

/// The date every run is "on".
const TODAY: &str = "2026-11-22";

/// The document's path in the repository.
const PATH: &str = "doc.md";

/// What a `Context` borrows: built once per process.
struct Env {
    view: RepoView,
    config: Config,
    anchors: AnchorCache,
    history: History,
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=fuzz", "-c", "user.email=fuzz@localhost"])
        .args(["-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A git repository in a fresh temporary folder, with committed evidence
/// files (the ones `tests/helpers3` commits), left on disk for the process
/// lifetime.
fn make_repo() -> PathBuf {
    let base = std::env::temp_dir();
    let dir = (0u32..)
        .map(|i| base.join(format!("checkmark-fuzz-{}-{i}", std::process::id())))
        .find(|d| std::fs::create_dir(d).is_ok())
        .expect("create a temporary folder");
    git(&dir, &["init", "-q", "."]);
    for (rel, content) in [
        ("logs/run.txt", "line 1\nline 2\nline 3\n"),
        ("logs/other.txt", "other\n"),
        ("docs/plan.md", "# Plan\n\n## Scope\n"),
        ("x.md", "# X\n"),
    ] {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().expect("a parent")).expect("create folder");
        std::fs::write(&p, content).expect("write file");
    }
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "init"]);
    dir
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let dir = make_repo();
        let view = RepoView::open(&dir, Mode::Worktree).expect("open repository");
        let history = History::new(&view).without_blames();
        Env {
            view,
            config: Config::default_config(),
            anchors: AnchorCache::new(),
            history,
        }
    })
}

fn context() -> Context<'static> {
    let e = env();
    Context {
        repo: &e.view,
        config: &e.config,
        anchors: &e.anchors,
        today: TODAY,
        history: &e.history,
    }
}

// ---------------------------------------------------------------------------
// spans
// ---------------------------------------------------------------------------

/// Panics unless `r` is a valid, char-aligned byte range of `text`.
fn check_span(text: &str, what: &str, r: &Range<usize>) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "{what}: span {r:?} out of bounds (text is {} bytes) in {text:?}",
        text.len()
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{what}: span {r:?} not on char boundaries in {text:?}"
    );
}

fn check_row(text: &str, what: &str, row: &document::Row) {
    check_span(text, &format!("{what} span"), &row.span);
    for (i, c) in row.cells.iter().enumerate() {
        check_span(text, &format!("{what} cell {i} span"), &c.span);
        check_span(text, &format!("{what} cell {i} raw"), &c.raw);
    }
}

fn check_spans(doc: &Document) {
    let t = doc.text.as_str();
    if let Some(fm) = &doc.front_matter {
        check_span(t, "front matter", &fm.span);
        if let Some((_, r)) = &fm.status {
            check_span(t, "front matter status", r);
        }
    }
    for (i, h) in doc.headings.iter().enumerate() {
        check_span(t, &format!("heading {i} span"), &h.span);
        check_span(t, &format!("heading {i} content"), &h.content);
    }
    for (i, l) in doc.links.iter().enumerate() {
        check_span(t, &format!("link {i} ({:?})", l.kind), &l.span);
    }
    for (i, c) in doc.citations.iter().enumerate() {
        check_span(t, &format!("citation {i}"), &c.span);
    }
    for (i, c) in doc.code_spans.iter().enumerate() {
        check_span(t, &format!("code span {i}"), &c.span);
    }
    for (i, k) in doc.tasks.iter().enumerate() {
        check_span(t, &format!("task {i} marker"), &k.marker);
        check_span(t, &format!("task {i} span"), &k.span);
        check_span(t, &format!("task {i} own"), &k.own);
        check_span(t, &format!("task {i} full"), &k.full);
    }
    for (i, tb) in doc.tables.iter().enumerate() {
        check_span(t, &format!("table {i} span"), &tb.span);
        check_row(t, &format!("table {i} header"), &tb.header);
        check_row(t, &format!("table {i} delimiter"), &tb.delimiter);
        for (j, r) in tb.rows.iter().enumerate() {
            check_row(t, &format!("table {i} row {j}"), r);
        }
    }
    for (i, s) in doc.status_lines.iter().enumerate() {
        check_span(t, &format!("status line {i} span"), &s.span);
        check_span(t, &format!("status line {i} value"), &s.value_span);
    }
    // Rules find a position's heading, table, row, cell or task items by
    // binary search: these stand in document order without overlapping.
    let ordered = |what: &str, spans: Vec<&Range<usize>>| {
        for w in spans.windows(2) {
            assert!(
                w[0].end <= w[1].start || w[0].start == w[1].start && w[0].end <= w[1].end,
                "{what}: {:?} then {:?}: not in document order in {t:?}",
                w[0],
                w[1]
            );
        }
    };
    ordered("headings", doc.headings.iter().map(|h| &h.span).collect());
    ordered("tables", doc.tables.iter().map(|x| &x.span).collect());
    for (i, tb) in doc.tables.iter().enumerate() {
        ordered(&format!("table {i} rows"), tb.rows.iter().map(|r| &r.span).collect());
    }
    for w in doc.tasks.windows(2) {
        assert!(
            w[0].span.start <= w[1].span.start,
            "task items not in document order: {:?} then {:?} in {t:?}",
            w[0].span,
            w[1].span
        );
    }
    for (what, ranges) in [
        ("code block", &doc.code_blocks),
        ("code range", &doc.code_ranges),
        ("comment", &doc.comments),
    ] {
        for (i, r) in ranges.iter().enumerate() {
            check_span(t, &format!("{what} {i}"), r);
        }
    }
}

// ---------------------------------------------------------------------------
// fix
// ---------------------------------------------------------------------------

/// Lines with their endings.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

fn ending(line: &str) -> &'static str {
    if line.ends_with("\r\n") {
        "\r\n"
    } else if line.ends_with('\n') {
        "\n"
    } else {
        ""
    }
}

fn check_fix(ctx: &Context<'_>, input: &str, before: &Document) {
    let once = checkmark::fix::fix_text(ctx, PATH, input);
    if once == input {
        // Nothing changed: every invariant holds trivially (fix(x) == x, so
        // fix(fix(x)) == fix(x) too, as fix is a function of its input).
        return;
    }
    let twice = checkmark::fix::fix_text(ctx, PATH, &once);
    assert!(
        twice == once,
        "fix is not idempotent\n input: {input:?}\n fix(x): {once:?}\n fix(fix(x)): {twice:?}"
    );
    let (b, a) = (lines(input), lines(&once));
    assert!(
        b.len() == a.len(),
        "line count changed: {} -> {}\n input: {input:?}\n fix(x): {once:?}",
        b.len(),
        a.len()
    );
    for (i, (x, y)) in b.iter().zip(&a).enumerate() {
        assert!(
            ending(x) == ending(y),
            "line {} ending changed: {:?} -> {:?}\n line: {x:?} -> {y:?}\n input: {input:?}\n fix(x): {once:?}",
            i + 1,
            ending(x),
            ending(y)
        );
    }
    let after = document::parse(PATH, once.clone());
    check_spans(&after);
    assert!(
        before.headings.len() == after.headings.len(),
        "heading count changed: {} -> {}\n input: {input:?}\n fix(x): {once:?}",
        before.headings.len(),
        after.headings.len()
    );
    assert!(
        before.tables.len() == after.tables.len(),
        "table count changed: {} -> {}\n input: {input:?}\n fix(x): {once:?}",
        before.tables.len(),
        after.tables.len()
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        let lossy = String::from_utf8_lossy(data).into_owned();
        let _ = document::parse(PATH, lossy);
        return;
    };
    let doc = document::parse(PATH, input.to_string());
    check_spans(&doc);
    check_fix(&context(), input, &doc);
});
