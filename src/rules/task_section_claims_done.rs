//! `task/section-claims-done`: a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open.
//!
//! ## Why it matters
//! Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents. `fix --unsafe-fixes` replaces the false marker with the configured in-progress marker and a status word beside it with `In progress` (`### Backend ✅ READY` → `### Backend 🔄 IN PROGRESS`, never `🔄 READY`); when that word belongs to a longer phrase (`✅ Ready for Beta`) it makes no edit. The fix is unsafe, since it changes what the document claims: plain `fix` leaves it and says it is available.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/section-claims-done",
    severity: Severity::Error,
    fixable: true,
    summary: "a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open",
    why: "Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents. `fix --unsafe-fixes` replaces the false marker with the configured in-progress marker and a status word beside it with `In progress` (`### Backend ✅ READY` → `### Backend 🔄 IN PROGRESS`, never `🔄 READY`); when that word belongs to a longer phrase (`✅ Ready for Beta`) it makes no edit. The fix is unsafe, since it changes what the document claims: plain `fix` leaves it and says it is available.",
    bad: "### 2. Infrastructure ✅\n\n- [x] DNS configured\n- [ ] Backups verified",
    good: "### 2. Infrastructure 🔄\n\n- [x] DNS configured\n- [ ] Backups verified",
};

use std::sync::OnceLock;

use regex::Regex;

use crate::config::Config;
use crate::diagnostic::{Edit, Finding};
use crate::document::Document;
use crate::rules::claim_edit::Claim;
use crate::rules::facts::Facts;
use crate::vocabulary::{Class, leading_emoji};

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

/// How a false done claim is rewritten (always an unsafe edit, see [`crate::rules::claim_edit`]).
fn claim<'a>(facts: &'a Facts, config: &'a Config) -> Claim<'a> {
    Claim {
        vocab: &facts.vocab,
        from: Class::Done,
        emoji: &config.file.fix.in_progress_marker,
        word: "In progress",
    }
}

/// Rewrites a status line's done value (`✅ Done`, `Complete`) to in progress:
/// a leading done emoji becomes the in-progress marker, a leading done word
/// becomes `In progress`, and a done word beside the emoji goes with it
/// (`✅ Complete` → `🔄 In progress`). None when no consistent rewrite exists.
fn status_value_edit(
    doc: &Document,
    s: &crate::document::StatusLine,
    facts: &Facts,
    config: &Config,
) -> Option<Edit> {
    let raw = &doc.text[s.value_span.clone()];
    let lead = raw.len() - raw.trim_start_matches(['*', '_', ' ']).len();
    claim(facts, config).edit_leading(&doc.text, s.value_span.clone(), s.value_span.start + lead)
}

pub fn check(doc: &Document, facts: &Facts, config: &Config, out: &mut Vec<Finding>) {
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
        let (open, total) = section_counts(doc, &section);
        if open == 0 {
            continue;
        }
        let (first_line, _) = doc
            .tasks
            .iter()
            .find(|t| section.contains(&t.span.start) && !t.checked)
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
            if let Some(edit) = claim(facts, config).edit(
                &doc.text,
                h.content.clone(),
                abs,
                &undone_marker(kind, config),
                false,
            ) {
                f = f.edit(edit);
            }
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
        let class = leading_emoji(&value).or_else(|| facts.vocab.classify(&value).map(|c| c.class));
        if class != Some(Class::Done) {
            continue;
        }
        let section = facts.section(doc, hi);
        let (open, total) = section_counts(doc, &section);
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
        if let Some(edit) = status_value_edit(doc, s, facts, config) {
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
