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

use crate::diagnostic::Finding;
use crate::document::citation::LineRange;
use crate::document::{Citation, Document};
use crate::history::{CitationQuery, FileLines};
use crate::rules::Context;
use crate::rules::facts::Facts;
use crate::source::PathState;

/// A citation that resolved, with what the history needs.
struct Resolved<'d> {
    citation: &'d Citation,
    path: String,
    /// The Markdown lines the citation is written on (1-based).
    citing: Vec<u32>,
}

/// Reports citations whose cited lines changed after the citing line was last committed.
pub fn check(ctx: &Context<'_>, doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    if ctx.config.severity(&RULE).is_none() || !ctx.history.blames_enabled() {
        return;
    }
    let resolved: Vec<Resolved<'_>> = doc
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
            Some(Resolved {
                citation: c,
                path: path.clone(),
                citing: (first..=last).collect(),
            })
        })
        .collect();
    if resolved.is_empty() {
        return;
    }
    let history = ctx.history;
    if !history.has_history() {
        return;
    }
    let md = history.file_lines(&doc.path, doc.text.as_bytes());
    // Each cited file is read and mapped onto its committed version once.
    let mut files: HashMap<&str, Option<FileLines>> = HashMap::new();
    for r in &resolved {
        files
            .entry(r.path.as_str())
            .or_insert_with(|| history.cited_file_lines(&r.path, || ctx.repo.read(&r.path)));
    }
    let (asked, queries): (Vec<&Resolved<'_>>, Vec<CitationQuery<'_>>) = resolved
        .iter()
        .filter_map(|r| {
            let cited = files.get(r.path.as_str())?.as_ref()?;
            let lines = r
                .citation
                .ranges
                .iter()
                .flat_map(|lr| lr.start..=lr.end)
                .collect();
            Some((
                r,
                CitationQuery {
                    citing: r.citing.clone(),
                    cited,
                    lines,
                },
            ))
        })
        .unzip();
    let answers = history.citations(&md, &queries);

    for (r, answer) in asked.into_iter().zip(answers) {
        let (Some(citing), Some(change)) = (answer.citing, answer.change) else {
            continue;
        };
        if !history.is_newer(&change, &citing) {
            continue;
        }
        let what = match ranges_text(&r.citation.ranges) {
            Some(lines) => format!("{lines} of {}", r.path),
            None => r.path.clone(),
        };
        let changed = if r.citation.ranges.is_empty() {
            format!("cited file {} changed", r.path)
        } else {
            format!("cited lines {what} changed")
        };
        out.push(
            Finding::new(
                &RULE,
                r.citation.span.clone(),
                format!(
                    "{changed} in {} ({}, \"{}\") after this line was last committed in {} ({})",
                    change.short,
                    change.date(),
                    change.summary,
                    citing.short,
                    citing.date(),
                ),
            )
            .help(format!(
                "re-read {what} and update the sentence, then commit it"
            ))
            .target(r.path.clone()),
        );
    }
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
