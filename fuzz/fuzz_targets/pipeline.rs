//! Fuzz target over the whole `check` pipeline and every output format.
//!
//! Each input is written as `doc.md` (tracked) in a git repository made once
//! per process, then `engine::check_files` runs on it as `checkmark check`
//! does (read, parse, every rule, suppressions, line/column placement,
//! fingerprints, `citation/stale` history) and the result is rendered in every
//! format: human (with and without colour), concise, json, github,
//! sarif, markdown.
//!
//! Invariants:
//! - nothing panics, for any bytes (not UTF-8 included: `encoding/invalid-utf8`);
//! - json and sarif are valid JSON, and json has one diagnostic per finding;
//! - human and concise (without colour) and github carry no control character but tab,
//!   newline and a CRLF's CR (issue 10: a document cannot drive the terminal);
//! - human output stays within 64 KiB per finding (a snippet is a window around
//!   the finding, not the whole line or document).
//!
//! Every failure panics with the input as a Rust string literal.

#![no_main]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use checkmark::config::Config;
use checkmark::engine;
use checkmark::report::{self, Format, Style};
use checkmark::source::{Mode, RepoView};
use libfuzzer_sys::fuzz_target;

/// The document's path in the repository.
const PATH: &str = "doc.md";

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

/// A git repository with evidence files and a tracked `doc.md`, left on disk
/// for the process lifetime.
fn repo() -> &'static (PathBuf, RepoView, Config) {
    static REPO: OnceLock<(PathBuf, RepoView, Config)> = OnceLock::new();
    REPO.get_or_init(|| {
        let base = std::env::temp_dir();
        let dir = (0u32..)
            .map(|i| base.join(format!("checkmark-fuzz-pipeline-{}-{i}", std::process::id())))
            .find(|d| std::fs::create_dir(d).is_ok())
            .expect("create a temporary folder");
        git(&dir, &["init", "-q", "."]);
        for (rel, content) in [
            ("logs/run.txt", "line 1\nline 2\nline 3\n"),
            ("logs/other.txt", "other\n"),
            ("docs/plan.md", "# Plan\n\n## Scope\n"),
            ("x.md", "# X\n"),
            (PATH, "# Doc\n"),
        ] {
            let p = dir.join(rel);
            std::fs::create_dir_all(p.parent().expect("a parent")).expect("create folder");
            std::fs::write(&p, content).expect("write file");
        }
        git(&dir, &["add", "-A"]);
        git(&dir, &["commit", "-q", "-m", "init"]);
        let view = RepoView::open(&dir, Mode::Worktree).expect("open repository");
        (dir, view, Config::default_config())
    })
}

/// The first character no terminal should receive raw, if any.
fn raw_control(s: &str) -> Option<(usize, char)> {
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let bad = match c {
            '\t' | '\n' => false,
            '\r' => chars.peek().map(|&(_, n)| n) != Some('\n'),
            '\0'..='\x1f' | '\x7f'..='\u{9f}' => true,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
            _ => false,
        };
        if bad {
            return Some((i, c));
        }
    }
    None
}

fuzz_target!(|data: &[u8]| {
    let (dir, view, config) = repo();
    std::fs::write(dir.join(PATH), data).expect("write doc.md");
    let result = engine::check_files(view, config, &[PATH.to_string()]);
    let findings = result.diagnostics().len();

    let plain = Style::new(false, false);
    let json = report::render(&result, Format::Json, &plain);
    let v: serde_json::Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("json output is not JSON ({e})\n input: {data:?}"));
    assert_eq!(
        v["diagnostics"].as_array().map(Vec::len),
        Some(findings),
        "json diagnostics\n input: {data:?}"
    );
    let sarif = report::render(&result, Format::Sarif, &plain);
    serde_json::from_str::<serde_json::Value>(&sarif)
        .unwrap_or_else(|e| panic!("sarif output is not JSON ({e})\n input: {data:?}"));
    let _ = report::render(&result, Format::Markdown, &plain);
    let _ = report::render(&result, Format::Human, &Style::new(true, false));

    let human = report::render(&result, Format::Human, &plain);
    let concise = report::render(&result, Format::Concise, &plain);
    let github = report::render(&result, Format::Github, &plain);
    for (name, out) in [("human", &human), ("concise", &concise), ("github", &github)] {
        if let Some((at, c)) = raw_control(out) {
            panic!(
                "{name} output has a raw {c:?} at byte {at}\n input: {:?}\n output: {out:?}",
                String::from_utf8_lossy(data)
            );
        }
    }
    assert!(
        human.len() <= 65_536 * (findings + 1),
        "human output is {} bytes for {findings} findings\n input: {:?}",
        human.len(),
        String::from_utf8_lossy(data)
    );
});
