//! `task/section-claims-done`: a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open.
//!
//! ## When it speaks
//! - A heading says `DONE` or `[x]` while task items under it are open.
//! - A heading carries ✅ / ✔️ while some items under it are checked and some
//!   are open: the section is being worked through, and the ✅ claims it done.
//! - A heading carries ✅ over items that are all open, in a document that
//!   is being worked through (it has checked items elsewhere) with the ✅
//!   after the heading's words (`### 3. Docs ✅`), or in a document whose
//!   headings use status emoji (another heading says 🔄, ⏳, ⬜, ❌, …).
//! - A `**Status:**` line inside a section says done (see
//!   `status/claim-contradiction` for what "says done" means) while items in
//!   the section are open.
//!
//! ## When it stays silent
//! - A template or a blank checklist: every item under the heading is open and
//!   the ✅ is decoration — an icon before the heading's words (`## ✅ Success
//!   Criteria`, `## ✅ Final Checklist`), or a trailing ✅ in a document with
//!   no checked item at all — unless the document's headings use status emoji.
//! - The ✅ of the document's title (its first heading, level 1): it decorates
//!   the whole document; document-level claims are `status/claim-contradiction`'s.
//! - Items in follow-up subsections ("Next steps", "Future work", "Follow-ups",
//!   "Out of scope", "Backlog", "Post-launch", …) do not count against the
//!   section's claim.
//! - A marker inside a code span (`` `DONE` ``) is not a marker.
//!
//! ## Why it matters
//! Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/section-claims-done",
    severity: Severity::Error,
    fixable: true,
    summary: "a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open",
    why: "Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents. \
It speaks when a heading says `DONE` or `[x]` over open items; when a ✅ heading has some items checked and some open; \
when a ✅ heading's items are all open and the document is being worked through (checked items elsewhere, ✅ after the \
heading's words) or its headings use status emoji (🔄, ⏳, ⬜, ❌ on other headings); and when a `**Status:**` line in a \
section says done over open items. It stays silent on a template or blank checklist (all items open, the ✅ an icon \
before the heading's words such as `## ✅ Success Criteria`, or no item checked anywhere in the document), on the ✅ of \
the document's title, and on items under follow-up subsections (\"Next steps\", \"Future work\", \"Out of scope\", \
\"Backlog\", \"Post-launch\", …).",
    bad: "### 2. Infrastructure ✅\n\n- [x] DNS configured\n- [ ] Backups verified",
    good: "### 2. Infrastructure 🔄\n\n- [x] DNS configured\n- [ ] Backups verified",
};

use std::sync::OnceLock;

use regex::Regex;

use crate::config::Config;
use crate::diagnostic::{Edit, Finding};
use crate::document::Document;
use crate::rules::facts::Facts;
use crate::vocabulary::claims_done;

/// A done marker in a heading: ✅ / ✔️ / `DONE` / `[x]`, and its byte range in the heading content.
/// Markers inside code spans (`` `DONE` ``) are not markers.
pub fn heading_done_marker(content: &str) -> Option<(std::ops::Range<usize>, &'static str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"(✅|✔️?|\bDONE\b|\[[xX]\])").expect("valid regex"));
    let code = code_spans(content);
    let m = re
        .find_iter(content)
        .filter(|m| !code.iter().any(|c| c.contains(&m.start())))
        .last()?;
    let kind = match m.as_str() {
        "DONE" => "DONE",
        s if s.starts_with('[') => "[x]",
        _ => "✅",
    };
    Some((m.range(), kind))
}

/// Byte ranges of backtick code spans in a single line of inline text.
pub fn code_spans(s: &str) -> Vec<std::ops::Range<usize>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'`' {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i] == b'`' {
            i += 1;
        }
        let n = i - start;
        let mut j = i;
        let mut closed = None;
        while j < b.len() {
            if b[j] == b'`' {
                let k = j;
                while j < b.len() && b[j] == b'`' {
                    j += 1;
                }
                if j - k == n {
                    closed = Some(j);
                    break;
                }
            } else {
                j += 1;
            }
        }
        if let Some(end) = closed {
            out.push(start..end);
            i = end;
        }
    }
    out
}

/// The open and total task items of a section range that fall under its
/// claim (not in a follow-up subsection such as "Next steps").
fn scoped_counts(doc: &Document, facts: &Facts, range: &std::ops::Range<usize>) -> (usize, usize) {
    let items: Vec<_> = doc
        .tasks
        .iter()
        .filter(|t| range.contains(&t.span.start) && !facts.in_follow_up(doc, t.span.start))
        .collect();
    (items.iter().filter(|t| !t.checked).count(), items.len())
}

/// Whether any heading of the document carries an in-progress or not-started
/// marker (🔄, ⏳, 🚧, 🟡, ⬜): its headings' emoji are statuses, not decoration.
/// (❌, ⚠️ and 🔴 are not counted: headings use them as decoration too —
/// `## ⚠️ Common pitfalls`, `### 1. Threshold 🔴 (Medium priority)`.)
fn headings_use_status_emoji(doc: &Document) -> bool {
    const STATUS: &[&str] = &["🔄", "⏳", "🚧", "🟡", "🟨", "⬜", "☐", "🔲"];
    doc.headings.iter().any(|h| {
        let content = &doc.text[h.content.clone()];
        STATUS.iter().any(|e| content.contains(e))
    })
}

/// The open and total task items of a section range.
pub fn section_counts(doc: &Document, range: &std::ops::Range<usize>) -> (usize, usize) {
    let items: Vec<_> = doc
        .tasks
        .iter()
        .filter(|t| range.contains(&t.span.start))
        .collect();
    (items.iter().filter(|t| !t.checked).count(), items.len())
}

/// The replacement of a false done marker.
pub fn undone_marker(kind: &str, config: &Config) -> String {
    match kind {
        "DONE" => "IN PROGRESS".to_string(),
        "[x]" => "[ ]".to_string(),
        _ => config.file.fix.in_progress_marker.clone(),
    }
}

/// Rewrites a status line's done value (`✅ Done`, `Complete`) to in progress:
/// a leading done emoji becomes the in-progress marker; a leading done word
/// becomes `In progress`. Only the marker or word is replaced.
fn status_value_edit(
    doc: &Document,
    s: &crate::document::StatusLine,
    config: &Config,
) -> Option<Edit> {
    let raw = &doc.text[s.value_span.clone()];
    let lead = raw.len() - raw.trim_start_matches(['*', '_', '`', ' ']).len();
    let v = &raw[lead..];
    for e in ["✅", "✔️", "✔", "☑️", "🟢"] {
        if v.starts_with(e) {
            let start = s.value_span.start + lead;
            return Some(Edit::new(
                start..start + e.len(),
                config.file.fix.in_progress_marker.clone(),
            ));
        }
    }
    for w in [
        "Done",
        "DONE",
        "Complete",
        "Completed",
        "COMPLETE",
        "Ready",
        "READY",
        "Shipped",
    ] {
        if v.starts_with(w) && !v[w.len()..].starts_with(char::is_alphanumeric) {
            let start = s.value_span.start + lead;
            let repl = if w.chars().all(|c| c.is_uppercase()) {
                "IN PROGRESS"
            } else {
                "In progress"
            };
            return Some(Edit::new(start..start + w.len(), repl));
        }
    }
    None
}

pub fn check(doc: &Document, facts: &Facts, config: &Config, out: &mut Vec<Finding>) {
    if !facts.checklist || doc.tasks.is_empty() {
        return;
    }
    let any_checked = doc.tasks.iter().any(|t| t.checked);
    let status_emoji = headings_use_status_emoji(doc);
    for (i, h) in doc.headings.iter().enumerate() {
        let content = &doc.text[h.content.clone()];
        // Rules read text as repaired: `âœ…` is ✅. The edit is made on the raw
        // marker only; a damaged one is repaired first (encoding/mojibake), and
        // rewritten on `fix`'s next pass.
        let raw_marker = heading_done_marker(content);
        let repaired = crate::mojibake::repair_str(content);
        let Some((_, kind)) = raw_marker
            .clone()
            .or_else(|| heading_done_marker(&repaired))
        else {
            continue;
        };
        let section = facts.section(doc, i);
        let (open, total) = scoped_counts(doc, facts, &section);
        if open == 0 {
            continue;
        }
        if kind == "✅" {
            // The document's title: decoration of the whole document.
            if i == 0 && h.level == 1 {
                continue;
            }
            // Every item open: a template or a blank checklist, unless the
            // document is being worked through and the ✅ follows the words,
            // or its headings use status emoji.
            if open == total {
                let words = crate::vocabulary::strip_symbols(repaired.trim());
                let leading = !words.is_empty()
                    && crate::vocabulary::leading_emoji(repaired.trim()).is_some();
                if !(status_emoji || (any_checked && !leading)) {
                    continue;
                }
            }
        }
        let (first_line, _) = doc
            .tasks
            .iter()
            .find(|t| {
                section.contains(&t.span.start)
                    && !t.checked
                    && !facts.in_follow_up(doc, t.span.start)
            })
            .map(|t| doc.line_col(t.span.start))
            .unwrap_or((0, 0));
        let mut f = Finding::new(
            &RULE,
            h.span.clone(),
            format!("heading marks the section done ({kind}) but {open} of {total} items under it are open (first on line {first_line})"),
        )
        .help("finish the open items, or mark the section as in progress");
        let range = raw_marker.map(|(r, _)| r).or_else(|| {
            // A damaged marker (`âœ…`): replace the damaged run itself.
            crate::mojibake::scan(content, &[])
                .into_iter()
                .rev()
                .find(|r| r.replacement.contains(['✅', '✔']))
                .map(|r| r.range)
        });
        if let Some(range) = range {
            let abs = h.content.start + range.start..h.content.start + range.end;
            f = f.edit(Edit::new(abs, undone_marker(kind, config)));
        }
        out.push(f);
    }
    // Status lines inside a section (document-level ones are status/claim-contradiction's).
    for s in &doc.status_lines {
        if is_document_level(doc, s.span.start) {
            continue;
        }
        let Some(hi) = doc.section_of(s.span.start) else {
            continue;
        };
        let value = crate::rules::facts::clean_cell(&s.value);
        if !claims_done(&value) || crate::rules::facts::is_legend_line(&doc.text, s.span.start) {
            continue;
        }
        let section = facts.section(doc, hi);
        let (open, total) = scoped_counts(doc, facts, &section);
        if open == 0 {
            continue;
        }
        let mut f = Finding::new(
            &RULE,
            s.span.clone(),
            format!(
                "status line says `{value}` but {open} of {total} items in this section are open"
            ),
        )
        .help("finish the open items, or set the status to in progress");
        if let Some(edit) = status_value_edit(doc, s, config) {
            f = f.edit(edit);
        }
        out.push(f);
    }
}

/// Whether a status line at `offset` is document-level: in the preamble (before
/// any heading, or between the title heading and the next one) or in the
/// closing block after the last thematic break.
pub fn is_document_level(doc: &Document, offset: usize) -> bool {
    let first_heading = doc.headings.first();
    let preamble_end = match first_heading {
        None => doc.text.len(),
        Some(h) if h.span.start > offset => return true,
        Some(h) if h.level == 1 => doc
            .headings
            .get(1)
            .map(|n| n.span.start)
            .unwrap_or(doc.text.len()),
        Some(h) => h.span.start,
    };
    if offset < preamble_end {
        return true;
    }
    if let Some(&last_break) = doc.thematic_breaks.last()
        && offset > last_break
        && !doc.headings.iter().any(|h| h.span.start > last_break)
    {
        return true;
    }
    false
}
