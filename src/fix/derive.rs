//! Edits `fix` derives beyond rule findings: section progress markers from
//! the items beneath a heading, derived status columns, and date columns.

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::{Edit, Safety};
use crate::document::Document;
use crate::rules::Context;
use crate::rules::claim_edit::Claim;
use crate::rules::facts::{Facts, clean_cell};
use crate::rules::task_section_claims_done::{heading_done_marker, section_counts};
use crate::source::PathState;
use crate::vocabulary::Class;

/// In-progress markers a heading may carry.
const IN_PROGRESS: &[&str] = &["🔄", "🟡", "⏳", "🚧"];

pub fn edits(ctx: &Context<'_>, doc: &Document, facts: &Facts) -> Vec<Edit> {
    let mut out = crate::rules::status_unknown_value::variant_edits(doc, facts);
    section_markers(ctx, doc, facts, &mut out);
    derived_status(ctx, doc, facts, &mut out);
    if ctx.config.file.fix.dates_from_git {
        git_dates(ctx, doc, facts, &mut out);
    }
    out
}

fn count_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\s*\(?(\d+)/(\d+)\)?").expect("valid regex"))
}

/// ✅ on a heading whose items are all checked (it had an in-progress marker);
/// the optional `3/8` count after the marker.
fn section_markers(ctx: &Context<'_>, doc: &Document, facts: &Facts, out: &mut Vec<Edit>) {
    let marker_cfg = &ctx.config.file.fix.in_progress_marker;
    for (i, h) in doc.headings.iter().enumerate() {
        let content = &doc.text[h.content.clone()];
        let section = facts.section(doc, i);
        let (open, total) = section_counts(doc, &section);
        if total == 0 {
            continue;
        }
        // Where the heading's marker is (done or in progress).
        let marker = heading_done_marker(content).map(|(r, _)| r).or_else(|| {
            IN_PROGRESS
                .iter()
                .chain(std::iter::once(&marker_cfg.as_str()))
                .filter_map(|m| content.rfind(m).map(|p| p..p + m.len()))
                .max_by_key(|r| r.start)
        });
        let Some(range) = marker else { continue };
        let abs = h.content.start + range.start..h.content.start + range.end;
        let is_done_marker = heading_done_marker(content).is_some();
        // Every item done under an in-progress marker: ✅, and a status word
        // beside the marker goes with it (`🔄 IN PROGRESS` → `✅ DONE`). Unsafe:
        // it makes the heading claim the section is done.
        if open == 0 && !is_done_marker {
            let claim = Claim {
                vocab: &facts.vocab,
                from: Class::InProgress,
                emoji: "✅",
                word: "Done",
            };
            if let Some(edit) = claim.edit(&doc.text, h.content.clone(), abs.clone(), "✅", false)
            {
                out.push(edit);
            }
        }
        if ctx.config.file.fix.progress_count {
            let after = &content[range.end..];
            let want = format!(" {}/{}", total - open, total);
            match count_re().find(after) {
                Some(m) => {
                    let cur = &after[..m.end()];
                    if cur.trim() != want.trim() {
                        // Safe: a count of the items, asked for by the configuration.
                        out.push(Edit::new(abs.end..abs.end + m.end(), want, Safety::Safe));
                    }
                }
                None => out.push(Edit::new(abs.end..abs.end, want, Safety::Safe)),
            }
        }
    }
}

/// `[[fix.derive]]`: status from evidence presence.
fn derived_status(ctx: &Context<'_>, doc: &Document, facts: &Facts, out: &mut Vec<Edit>) {
    for rule in &ctx.config.file.fix.derive {
        for (ti, t) in doc.tables.iter().enumerate() {
            let col = |name: &str| {
                t.header().cells().iter().position(|c| {
                    clean_cell(&doc.text[c.span.clone()]).eq_ignore_ascii_case(name.trim())
                })
            };
            let (Some(sc), Some(ec)) = (col(&rule.status_column), col(&rule.evidence_column))
            else {
                continue;
            };
            let _ = ti;
            for row in t.rows() {
                let (Some(scell), Some(ecell)) = (row.cells().get(sc), row.cells().get(ec)) else {
                    continue;
                };
                let refs: Vec<bool> = facts
                    .references
                    .within(&ecell.span)
                    .map(|(_, ok)| ok)
                    .collect();
                if refs.is_empty() {
                    continue;
                }
                let want = if refs.iter().all(|ok| *ok) {
                    &rule.done
                } else {
                    &rule.missing
                };
                let current = doc.text[scell.span.clone()].trim();
                if current != want.as_str() {
                    // Safe: a derived column the configuration declares.
                    out.push(Edit::new(scell.span.clone(), want.clone(), Safety::Safe));
                }
            }
        }
    }
    let _ = PathState::Missing;
}

fn iso_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\b\d{4}-\d{2}-\d{2}\b").expect("valid regex"))
}

/// `[fix] dates_from_git`: in readiness tables with a date column and an
/// evidence column, each row's date becomes the date (UTC) of the newest
/// commit that touched any of the row's evidence paths that resolved. Rows
/// whose evidence has no history keep their date. One history walk serves
/// every row of every document (see [`crate::history`]).
fn git_dates(ctx: &Context<'_>, doc: &Document, facts: &Facts, out: &mut Vec<Edit>) {
    // (date cells, evidence paths) per row.
    let mut rows: Vec<(Vec<std::ops::Range<usize>>, Vec<String>)> = Vec::new();
    for (ti, t) in doc.tables.iter().enumerate() {
        let roles = &facts.roles[ti];
        // A due date is a deadline, not a record of the last change.
        let date_cols: Vec<usize> = roles
            .date
            .iter()
            .copied()
            .filter(|&c| {
                t.header().cells().get(c).is_some_and(|h| {
                    !clean_cell(&doc.text[h.span.clone()])
                        .to_lowercase()
                        .contains("due")
                })
            })
            .collect();
        if date_cols.is_empty() || roles.evidence.is_empty() {
            continue;
        }
        for row in t.rows() {
            let evidence: Vec<std::ops::Range<usize>> = roles
                .evidence
                .iter()
                .filter_map(|&c| row.cells().get(c).map(|cell| cell.span))
                .collect();
            let mut paths: Vec<String> = evidence
                .iter()
                .flat_map(|span| facts.references.within(span))
                .filter(|&(_, ok)| ok)
                .filter_map(|(start, _)| facts.references.path(start))
                .map(str::to_string)
                .collect();
            if paths.is_empty() {
                continue;
            }
            paths.sort();
            paths.dedup();
            let cells = date_cols
                .iter()
                .filter_map(|&c| row.cells().get(c).map(|cell| cell.span.clone()))
                .collect();
            rows.push((cells, paths));
        }
    }
    if rows.is_empty() {
        return;
    }
    let mut wanted: Vec<String> = rows.iter().flat_map(|(_, p)| p.iter().cloned()).collect();
    wanted.sort();
    wanted.dedup();
    let touches = ctx.history.newest_touch(&wanted);
    for (cells, paths) in rows {
        let Some(newest) = paths
            .iter()
            .filter_map(|p| touches.get(p))
            .max_by_key(|c| c.time)
        else {
            continue;
        };
        let date = newest.date();
        for span in cells {
            let cell = &doc.text[span.clone()];
            // Keep the cell's markup and notes: replace only its date when it has one.
            let range = match iso_date_re().find(cell) {
                Some(m) => span.start + m.start()..span.start + m.end(),
                None => span.clone(),
            };
            if doc.text[range.clone()] != date {
                // Safe: a date column the configuration asks to derive.
                out.push(Edit::new(range, date.clone(), Safety::Safe));
            }
        }
    }
}
