//! `checkmark fix`: a lossless in-place rewriter.
//!
//! Rules and derivations produce edits (byte range → replacement) against the
//! original text, each declaring whether it is safe (it cannot change what the
//! document claims) or unsafe (it can: applied only with `--unsafe-fixes`).
//! They are checked for overlap and applied in one pass, and a table whose
//! cells changed is re-padded. Edits that overlapped are retried in
//! a further pass on the new text, until nothing changes. Nothing is ever
//! re-rendered: every byte outside an edited span is copied as it was.

pub mod apply;
pub mod derive;
pub mod diff;
pub mod table;
pub mod write;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostic::{Edit, Safety};
use crate::document;
use crate::engine;
use crate::rules::references::AnchorCache;
use crate::rules::{self, Context};
use crate::source::{Fetched, RepoView};

/// The most passes over one document (each pass applies the edits that did not overlap).
const MAX_PASSES: usize = 8;

/// How `fix` runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct FixOptions {
    /// Apply unsafe fixes too (`--unsafe-fixes`): those that change a claim.
    pub unsafe_fixes: bool,
}

/// One document's fixed text, and the unsafe fixes left out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// Fixes not applied because they are unsafe (0 with `--unsafe-fixes`).
    pub unsafe_left: usize,
}

/// Fixes one document's text with the safe fixes; returns the new text (equal when nothing to do).
pub fn fix_text(ctx: &Context<'_>, path: &str, text: &str) -> String {
    fix_document(ctx, path, text, FixOptions::default()).text
}

/// Fixes one document's text. A fix is a finding's edits, or one edit `fix`
/// derives (section markers, derived columns, dates); it is unsafe when any of
/// its edits is, and then applied only with `opts.unsafe_fixes`. Every edit
/// passes [`crate::safety::admissible`] first: none touches code or changes a
/// spelling alone, whichever rule made it.
pub fn fix_document(ctx: &Context<'_>, path: &str, text: &str, opts: FixOptions) -> Fixed {
    let doc = document::parse(path, text.to_string());
    let (findings, facts) = rules::check_document_with_facts(ctx, &doc);
    fix_passes(ctx, ctx, doc, findings, facts, opts)
}

/// The passes of [`fix_document`], the first one's findings given. `usual`
/// answers the passes after the first and may lack line blames (see
/// [`compute`]); `retry`, with line blames, answers a pass that follows a
/// deferred (overlapping) edit, so an edit that needs the history is never lost.
fn fix_passes(
    retry: &Context<'_>,
    usual: &Context<'_>,
    doc: document::Document,
    findings: Vec<crate::diagnostic::Finding>,
    facts: rules::facts::Facts,
    opts: FixOptions,
) -> Fixed {
    let path = doc.path.clone();
    let mut cur = doc.text.clone();
    let mut unsafe_left = 0;
    let mut given = Some((doc, findings, facts));
    let mut ctx = usual;
    let mut unsafe_from_blames = 0;
    for pass in 0..MAX_PASSES {
        let first_pass = pass == 0;
        let (doc, findings, facts) = match given.take() {
            Some(g) => g,
            None => {
                let doc = document::parse(&path, cur.clone());
                let (findings, facts) = rules::check_document_with_facts(ctx, &doc);
                (doc, findings, facts)
            }
        };
        let suppress = crate::suppress::Suppressions::of(&doc);
        let mut fixes: Vec<(bool, Vec<Edit>)> = findings
            .into_iter()
            .filter(|f| rules::find(f.rule).is_some_and(|r| ctx.config.severity(r).is_some()))
            // A suppressed finding is left as written, like ruff and markdownlint do.
            .filter(|f| !suppress.suppressed(f.rule, f.span.start, doc.lines.line_of(f.span.start)))
            .map(|f| (from_blames(f.rule), f.edits))
            .collect();
        if ctx.config.derivations_enabled() {
            fixes.extend(
                derive::edits(ctx, &doc, &facts)
                    .into_iter()
                    .map(|e| (false, vec![e])),
            );
        }
        let mut edits: Vec<Edit> = Vec::new();
        // A pass without line blames cannot see the unsafe fixes that need
        // them: those of the first pass are still left.
        unsafe_left = if ctx.history.blames_enabled() {
            0
        } else {
            unsafe_from_blames
        };
        for (blamed, mut fix) in fixes {
            fix.retain(|e| crate::safety::admissible(&doc, e));
            if fix.is_empty() {
                continue;
            }
            if !opts.unsafe_fixes && fix.iter().any(|e| e.safety == Safety::Unsafe) {
                unsafe_left += 1;
                if blamed && first_pass {
                    unsafe_from_blames += 1;
                }
                continue;
            }
            edits.extend(fix);
        }
        if edits.is_empty() {
            break;
        }
        // Tables with changed cells: each cell re-padded, a column widened in
        // every row only when a value no longer fits.
        for t in &doc.tables {
            if let Some(table_edits) = table::repad(&cur, t, &edits) {
                edits.retain(|e| !(t.span.start <= e.range.start && e.range.end <= t.span.end));
                edits.extend(table_edits);
            }
        }
        let (kept, deferred) = apply::select(edits);
        let next = apply::apply(&cur, &kept);
        if next == cur {
            break;
        }
        cur = next;
        // The next pass finds what this one applied fixed; it needs the
        // history again only to retry an edit that overlapped.
        ctx = if deferred > 0 { retry } else { usual };
    }
    Fixed {
        text: cur,
        unsafe_left,
    }
}

/// Whether `rule`'s findings come from line blames (a pass without them
/// cannot see them again).
fn from_blames(rule: &str) -> bool {
    rule == rules::citation_shifted::RULE.id || rule == rules::citation_stale::RULE.id
}

/// One file's outcome.
pub struct FileFix {
    pub path: String,
    pub before: String,
    pub after: String,
    /// The bytes as read (to refuse a write when the file changed since).
    pub read_bytes: Vec<u8>,
    /// Unsafe fixes left out (see [`Fixed::unsafe_left`]).
    pub unsafe_left: usize,
}

/// `3 more fixes are available with `--unsafe-fixes``.
pub fn unsafe_note(n: usize) -> String {
    if n == 1 {
        "1 more fix is available with `--unsafe-fixes` (it changes what a document claims: review it)".to_string()
    } else {
        format!(
            "{n} more fixes are available with `--unsafe-fixes` (they change what a document claims: review them)"
        )
    }
}

/// Computes the fixed text of every file (in parallel).
pub fn compute(
    repo: &RepoView,
    config: &Config,
    files: &[String],
    opts: FixOptions,
) -> Vec<FileFix> {
    let anchors = AnchorCache::new();
    let today = engine::today();
    // Line blames only when `citation/shifted` may rewrite a range; then every
    // document's questions are answered in one history walk, as `check` does.
    let shifted = config.severity(&rules::citation_shifted::RULE).is_some();
    let history = crate::history::History::new(repo);
    let history = if shifted {
        history.batched()
    } else {
        history.without_blames()
    };
    let ctx = Context {
        repo,
        config,
        anchors: &anchors,
        today: &today,
        history: &history,
        site_links: None,
        focus: None,
    };
    // A per-document history for a pass that retries an overlapping edit.
    let alone = crate::history::History::new(repo);
    let alone = if shifted {
        alone
    } else {
        alone.without_blames()
    };
    let retry = Context {
        history: &alone,
        ..ctx
    };
    // First pass: every document checked, history questions queued.
    struct First {
        path: String,
        bytes: Vec<u8>,
        doc: document::Document,
        findings: Vec<crate::diagnostic::Finding>,
        facts: rules::facts::Facts,
    }
    let mut firsts: Vec<First> = files
        .par_iter()
        .filter_map(|path| {
            let bytes = match repo.fetch(path) {
                Fetched::Bytes(b) => b,
                Fetched::Unreadable(why) => {
                    repo.note_problem(path, why);
                    return None;
                }
                // A symlink that leads nowhere holds nothing to fix (`check`
                // reports it).
                Fetched::Absent | Fetched::Outside { .. } | Fetched::Broken(_) => return None,
            };
            let text = String::from_utf8(bytes.clone()).ok()?;
            let doc = document::parse(path, text);
            let (findings, facts) = rules::check_document_with_facts(&ctx, &doc);
            Some(First {
                path: path.clone(),
                bytes,
                doc,
                findings,
                facts,
            })
        })
        .collect();
    firsts.sort_by(|a, b| a.path.cmp(&b.path));
    let requests = history.take_deferred();
    if !requests.is_empty() {
        let answers = rules::citation_stale::answer(repo, &history, &requests);
        for (req, found) in requests.iter().zip(answers) {
            if let Ok(i) = firsts.binary_search_by(|f| f.path.as_str().cmp(&req.path)) {
                firsts[i].findings.extend(found);
            }
        }
    }
    // The passes after the first re-check the text the first one wrote,
    // which git cannot blame: touches only.
    history.stop_blames();
    firsts
        .into_par_iter()
        .map(|f| {
            let before = f.doc.text.clone();
            let fixed = fix_passes(&retry, &ctx, f.doc, f.findings, f.facts, opts);
            FileFix {
                path: f.path,
                before,
                after: fixed.text,
                read_bytes: f.bytes,
                unsafe_left: fixed.unsafe_left,
            }
        })
        .collect()
}
