//! `citation/stale`: the cited lines changed in a commit newer than the last commit that touched the citing line.
//!
//! ## Why it matters
//! When the cited code changes after the sentence citing it was written, the sentence may no longer be true. A reviewer should re-read both.
//!
//! ## How it is decided
//! For each citation that resolves (a tracked file, a range within it): the
//! citing commit is the last commit that changed the Markdown line(s) the
//! citation is written on; the change is the newest commit that changed any
//! cited line (any line of the file for `【F:path】`), as `git blame
//! --first-parent` attributes lines, from HEAD (`--rev`: from REV). The citation
//! is stale when the change is newer: later by commit time, or at the same time
//! a descendant. A citing line not committed yet (edited in the working tree or
//! the index) is never stale; uncommitted edits of the cited file are not
//! changes. A change made on a branch counts from its merge. In a shallow clone
//! the oldest commit stands for all history before it, so nothing older is
//! reported. See [`crate::history`] for how one walk answers a whole document.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/stale",
    severity: Severity::Warning,
    fixable: false,
    summary: "the cited lines changed in a commit newer than the last commit that touched the citing line",
    why: "When the cited code changes after the sentence citing it was written, the sentence may no longer be true. A reviewer should re-read both.",
    bad: "Retries are capped at 3.【F:src/retry.py†L10-L12】 (lines 10-12 edited after this line was written)",
    good: "Re-read the cited lines, update the sentence if needed, and commit it: the citation is then newer than the change.",
};

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::document::citation::LineRange;
use crate::history::{CitationQuery, FileLines, History};
use crate::rules::Context;
use crate::rules::facts::Facts;
use crate::source::PathState;
use crate::suppress::Suppressions;

/// One citation that resolved, with what the history needs.
pub struct Cited {
    pub span: Range<usize>,
    pub ranges: Vec<LineRange>,
    pub path: String,
    /// The Markdown lines the citation is written on (1-based).
    pub citing: Vec<u32>,
}

/// A document's questions to the history (answered alone, or with every
/// other document's in one walk).
pub struct StaleRequest {
    pub path: String,
    /// The document's text (to place the findings).
    pub text: String,
    pub suppress: Suppressions,
    doc_lines: FileLines,
    cited: Vec<Cited>,
    files: HashMap<String, FileLines>,
}

/// Reports citations whose cited lines changed after the citing line was last
/// committed. In a batched run the question is queued for the engine.
pub fn check(ctx: &Context<'_>, doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    let Some(req) = request(ctx, doc, facts) else {
        return;
    };
    // Not batched: answer this document alone.
    if let Some(req) = ctx.history.defer(req) {
        out.extend(answer(ctx.history, &[req]).into_iter().flatten());
    }
}

/// The questions of one document, or None when it has nothing to ask.
pub fn request(ctx: &Context<'_>, doc: &Document, facts: &Facts) -> Option<StaleRequest> {
    if ctx.config.severity(&RULE).is_none() || !ctx.history.blames_enabled() {
        return None;
    }
    let cited: Vec<Cited> = doc
        .citations
        .iter()
        .filter(|c| c.error.is_none())
        .filter(|c| facts.reference_ok.get(&c.span.start) == Some(&true))
        .filter_map(|c| {
            let path = facts.reference_paths.get(&c.span.start)?;
            if ctx.repo.stat(path) != PathState::File {
                return None;
            }
            let max_end = c.ranges.iter().map(|r| r.end).max().unwrap_or(0) as usize;
            if max_end > 0 && max_end > ctx.repo.line_count(path)? {
                return None;
            }
            let first = doc.line_col(c.span.start).0 as u32;
            let last = doc
                .line_col(c.span.end.saturating_sub(1).max(c.span.start))
                .0 as u32;
            Some(Cited {
                span: c.span.clone(),
                ranges: c.ranges.clone(),
                path: path.clone(),
                citing: (first..=last).collect(),
            })
        })
        .collect();
    if cited.is_empty() {
        return None;
    }
    let history = ctx.history;
    if !history.has_history() {
        return None;
    }
    let doc_lines = history.file_lines(&doc.path, doc.text.as_bytes());
    // Each cited file is read and mapped onto its committed version once per run.
    let mut files: HashMap<String, FileLines> = HashMap::new();
    for c in &cited {
        if !files.contains_key(&c.path)
            && let Some(fl) = history.cited_file_lines(&c.path, || ctx.repo.read(&c.path))
        {
            files.insert(c.path.clone(), fl);
        }
    }
    Some(StaleRequest {
        path: doc.path.clone(),
        text: doc.text.clone(),
        suppress: Suppressions::of(doc),
        doc_lines,
        cited,
        files,
    })
}

/// Answers the requests of many documents in one walk; the findings of each.
pub fn answer(history: &History, requests: &[StaleRequest]) -> Vec<Vec<Finding>> {
    let mut asked: Vec<Vec<&Cited>> = Vec::with_capacity(requests.len());
    let mut queries: Vec<Vec<CitationQuery<'_>>> = Vec::with_capacity(requests.len());
    for req in requests {
        let (a, q): (Vec<&Cited>, Vec<CitationQuery<'_>>) = req
            .cited
            .iter()
            .filter_map(|c| {
                let cited = req.files.get(&c.path)?;
                let lines = c.ranges.iter().flat_map(|lr| lr.start..=lr.end).collect();
                Some((
                    c,
                    CitationQuery {
                        citing: c.citing.clone(),
                        cited,
                        lines,
                    },
                ))
            })
            .unzip();
        asked.push(a);
        queries.push(q);
    }
    let docs: Vec<(&FileLines, &[CitationQuery<'_>])> = requests
        .iter()
        .zip(&queries)
        .map(|(r, q)| (&r.doc_lines, q.as_slice()))
        .collect();
    let answers = history.citations_batch(&docs);
    let mut out = Vec::with_capacity(requests.len());
    for (cits, ans) in asked.into_iter().zip(answers) {
        let mut found = Vec::new();
        for (c, answer) in cits.into_iter().zip(ans) {
            let (Some(citing), Some(change)) = (answer.citing, answer.change) else {
                continue;
            };
            if !history.is_newer(&change, &citing) {
                continue;
            }
            let what = match ranges_text(&c.ranges) {
                Some(lines) => format!("{lines} of {}", c.path),
                None => c.path.clone(),
            };
            let changed = if c.ranges.is_empty() {
                format!("cited file {} changed", c.path)
            } else {
                format!("cited lines {what} changed")
            };
            found.push(
                Finding::new(
                    &RULE,
                    c.span.clone(),
                    format!(
                        "{changed} in {} ({}, \"{}\") after this line was last committed in {} ({})",
                        change.short,
                        change.date(),
                        change.summary,
                        citing.short,
                        citing.date(),
                    ),
                )
                .help(format!("re-read {what} and update the sentence, then commit it"))
                .target(c.path.clone()),
            );
        }
        out.push(found);
    }
    out
}

/// `L10-L20`, `L5`, `L1-L3,L9`; None for a whole-file citation.
fn ranges_text(ranges: &[LineRange]) -> Option<String> {
    if ranges.is_empty() {
        return None;
    }
    Some(
        ranges
            .iter()
            .map(|l| {
                if l.start == l.end {
                    format!("L{}", l.start)
                } else {
                    format!("L{}-L{}", l.start, l.end)
                }
            })
            .collect::<Vec<_>>()
            .join(","),
    )
}
