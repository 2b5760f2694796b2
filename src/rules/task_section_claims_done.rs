//! `task/section-claims-done`: a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open.
//!
//! ## When it speaks
//! - A heading says `DONE` or `[x]` while task items under it are open.
//! - A heading carries ✅ / ✔️ while some items under it are checked and some
//!   are open: the section is being worked through, and the ✅ claims it done.
//! - A heading carries ✅ after its words (`### 3. Docs ✅`) over items that
//!   are all open, in a document that is being worked through (it has checked
//!   items elsewhere) or whose headings use status emoji (another heading says
//!   🔄, ⏳, 🚧, 🟡 or ⬜).
//! - The words after a ✅ say done themselves (`### Mobile ✅ READY FOR BETA`,
//!   `## ✅ COMPLETED`) while items under it are open.
//! - A `**Status:**` line inside a section says done (see
//!   `status/claim-contradiction` for what "says done" means) while items in
//!   the section are open; a status line inside a task item speaks for that
//!   item and its sub-items only (and not at all in a document where no box
//!   is ticked: a form to sign, such as a go/no-go list, whose boxes wait for
//!   the sign-off while `Status: ✅ COMPLETE` reports the item's state).
//!
//! ## When it stays silent
//! - A template, a test plan or a blank checklist: every item under the
//!   heading is open and the ✅ is decoration — an icon before the heading's
//!   words (`## ✅ Success Criteria`, `### ✅ **12. Mobile**`), or a trailing ✅
//!   in a document with no checked item whose headings use no status emoji.
//! - Meeting minutes (`meeting-notes/2019-09-26.md`, see `minutes`): a past
//!   meeting's agenda and action items, as recorded.
//! - The ✅ of the document's title (its first heading, level 1): it decorates
//!   the whole document; document-level claims are `status/claim-contradiction`'s.
//! - The ✅ of a heading that names a list to work through (`## ✅
//!   Implementation Checklist`, `### Acceptance Criteria ✅`, `Definition of
//!   Done`), and every ✅ of a test plan (its title says so): icons.
//! - Items in follow-up subsections ("Next steps", "Future work", "Follow-ups",
//!   "Out of scope", "Backlog", "Post-launch", …) and items marked optional,
//!   deferred or skipped do not count against the section's claim.
//! - A ✅ leading a heading when every heading of its level leads with its
//!   own emoji or symbol (`## 🎯 Overview`, `## 📦 Setup`, `## ✅ Status`): icon
//!   style (headings that all lead with ✅ are judged). Headings naming success criteria, metrics, a sign-off, a scope or
//!   a condition (`### Week 2 Success ✅`, `## ✅ SIGN-OFF`, `### Must Have ✅`,
//!   `## ✅ IN SCOPE`, `### ✅ GO FOR BETA LAUNCH IF:`) name lists, not states.
//! - A progress log's dated entry (`## 2025-11-06 06:15 - Checkpoint ✅`) and
//!   a status line in it: a record of that moment. So are the items of a
//!   dated entry inside a claimed section (`## Workstream E ✅ COMPLETE` /
//!   `### [2025-11-05 15:10] - Task E4 (IN PROGRESS)` / `- [ ] Push tags`):
//!   they do not count against its claim; a later entry tells what became of
//!   them.
//! - A status line right under a heading already reported for the same claim
//!   (`## Workstream A ✅ COMPLETE` / `**Status:** Complete`): one finding.
//! - A marker inside a code span (`` `DONE` ``) is not a marker.
//! - A heading that states its progress short of done (`Technisch ✅ (8/9)`,
//!   `✅ Phase 0 (30% complete)`) is honest about it.
//!
//! ## Why it matters
//! Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents. `fix --unsafe-fixes` replaces the false marker with the configured in-progress marker and a status word beside it with `In progress` (`### Backend ✅ READY` → `### Backend 🔄 IN PROGRESS`, never `🔄 READY`); when that word belongs to a longer phrase (`✅ Ready for Beta`) it makes no edit. The fix is unsafe, since it changes what the document claims: plain `fix` leaves it and says it is available.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/section-claims-done",
    severity: Severity::Error,
    fixable: true,
    lead: 2,
    summary: "a heading or status line marks a section done (✅, `DONE`, `[x]`) while items under it are open",
    why: "Reviewers skim headings. A ✅ on a heading whose items are still open is the most common false claim in readiness documents. \
It speaks when a heading says `DONE` or `[x]` over open items, or its words after the ✅ say done (`Mobile ✅ READY FOR \
BETA`); when a ✅ heading has some items checked and some open; when a trailing ✅ (`### 3. Docs ✅`) sits over items \
that are all open in a document being worked through (checked items elsewhere) or whose headings use status emoji \
(🔄, ⏳, 🚧, 🟡, ⬜); and when a `**Status:**` line says done over open items of its section (or, inside a task item, \
of that item, unless no box of the document is ticked: a form to sign, whose boxes wait for the sign-off). It stays silent on templates, test plans and blank checklists (all items open and the ✅ an icon \
before the heading's words such as `## ✅ Success Criteria`, or nothing checked anywhere and no status emoji on \
headings), on the ✅ of the document's title or of a heading naming a checklist, criteria, success, metrics, a \
sign-off, a scope or a condition, or a test plan (and on every ✅ of a test plan), on a leading ✅ when every heading of \
its level leads with its own icon (`## 🎯 …`, `## 📦 …`, `## ✅ …`), on a progress log's dated entries (`## 2025-11-06 06:15 - … ✅`) and on the items of a dated entry inside a claimed \
section (`### [2025-11-05 15:10] - Task E4` under `## Workstream E ✅ COMPLETE`: a record of that moment), on a status line right \
under a heading already reported (one finding), on `Definition of Done`, in meeting minutes (`meeting-notes/2019-09-26.md`: a past meeting's agenda as recorded; survey 42c), and on items under follow-up subsections (\"Next steps\", \"Future \
work\", \"Out of scope\", \"Backlog\", \"Post-launch\", …) or marked optional, deferred or deploy-time. \
`fix --unsafe-fixes` replaces the false marker with the configured in-progress marker and a status word beside it \
with `In progress` (`### Backend ✅ READY` → `### Backend 🔄 IN PROGRESS`, never `🔄 READY`); when that word belongs \
to a longer phrase (`✅ Ready for Beta`) it makes no edit. The fix is unsafe: plain `fix` leaves it and says it is available.",
    bad: "### 2. Infrastructure ✅\n\n- [x] DNS configured\n- [ ] Backups verified",
    good: "### 2. Infrastructure 🔄\n\n- [x] DNS configured\n- [ ] Backups verified",
};

use std::sync::OnceLock;

use regex::Regex;

use crate::config::Config;
use crate::diagnostic::{Edit, Finding};
use crate::document::{Document, TaskItem};
use crate::rules::claim_edit::Claim;
use crate::rules::facts::{Facts, is_optional_work};
use crate::vocabulary::{Class, claims_done};

/// A done marker in a heading: ✅ / ✔️ / `DONE` / `[x]`, and its byte range in the heading content.
/// Markers inside code spans (`` `DONE` ``) are not markers.
pub fn heading_done_marker(content: &str) -> Option<(std::ops::Range<usize>, &'static str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"(✅|✔️?|\bDONE\b|\[[xX]\])").expect("valid regex"));
    let code = code_spans(content);
    let m = re
        .find_iter(content)
        .filter(|m| !code.iter().any(|c| c.contains(&m.start())))
        // `Definition of Done` names a checklist, it does not mark one done.
        .filter(|m| {
            m.as_str() != "DONE"
                || !content[..m.start()]
                    .to_lowercase()
                    .trim_end()
                    .ends_with(" of")
        })
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
    let items: Vec<_> = tasks_in(doc, range)
        .iter()
        .filter(|t| !facts.in_follow_up(doc, t.span.start))
        .filter(|t| !in_dated_entry(doc, range, t.span.start))
        .filter(|t| t.checked || !is_optional_work(&doc.text[t.own.clone()]))
        .collect();
    (items.iter().filter(|t| !t.checked).count(), items.len())
}

/// Whether the item at `offset` stands in a dated entry of a progress log
/// that opens inside the claimed section `range` (`### [2025-11-05 15:10] -
/// Task E4 (IN PROGRESS)` / `#### Actions Pending:`): the entry records that
/// moment, and a later entry tells what became of it.
fn in_dated_entry(doc: &Document, range: &std::ops::Range<usize>, offset: usize) -> bool {
    let Some(mut i) = doc.section_of(offset) else {
        return false;
    };
    let mut level = u8::MAX;
    loop {
        let Some(h) = doc.headings.get(i) else {
            return false;
        };
        if h.span.start < range.start {
            return false;
        }
        if h.level < level {
            level = h.level;
            if dated_entry(&h.text) {
                return true;
            }
        }
        if i == 0 {
            return false;
        }
        i -= 1;
    }
}

/// Whether a heading states progress short of done: `(8/9)`, `30% Complete`.
fn states_partial_progress(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        RE.get_or_init(|| Regex::new(r"(\d{1,3})\s*%|\b(\d+)\s*/\s*(\d+)\b").expect("valid regex"));
    re.captures_iter(text).any(|c| {
        let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        match (n(1), n(2), n(3)) {
            (Some(p), _, _) => p < 100,
            (None, Some(a), Some(b)) => a < b,
            _ => false,
        }
    })
}

/// Whether a heading's words name a list to work through (a checklist,
/// criteria, a test plan, a definition of done): a ✅ beside them is its icon.
fn names_checklist(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "checklist",
        "check list",
        "checkliste",
        "criteria",
        "kriterien",
        "test plan",
        "testplan",
        "definition of done",
        // Lists of targets and forms: metrics, sign-offs, scope, conditions.
        "metrics",
        "sign-off",
        "signoff",
        "sign off",
        "must have",
        "in scope",
        " if:",
        "清单",
        "체크리스트",
        "チェックリスト",
    ]
    .iter()
    .any(|w| t.contains(w))
        // `### Week 2 Success ✅`: a target (not `Successfully migrated`).
        || t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "success")
}

/// Whether a heading starts with a date (`## 2025-11-06 06:15 - Checkpoint
/// ✅`): an entry of a progress log, a record of that moment.
fn dated_entry(text: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\W*\d{4}-\d{2}-\d{2}\b").ok())
        .as_ref()
        .is_some_and(|re| re.is_match(text.trim()))
}

/// Whether every heading of level `level` starts with its own emoji or
/// symbol (`## 🎯 Overview`, `## 📦 Setup`, `## 🎨 Design`, `## ✅
/// Implementation status`), at least three of them and mostly different ones:
/// the ✅ among them is an icon. (Headings that all lead with ✅, `## ✅ PHASE
/// 1`, `## ✅ PHASE 2`, state each phase and are judged, and so do headings
/// beside a sibling led by an open status, `## 🔴 In progress`.)
fn icon_headings(doc: &Document, level: u8) -> bool {
    let leads: Vec<Option<char>> = doc
        .headings
        .iter()
        .filter(|h| h.level == level)
        .map(|h| {
            h.text
                .trim()
                .chars()
                .next()
                .filter(|c| !c.is_alphanumeric() && !c.is_ascii_punctuation())
        })
        .collect();
    let mut distinct: Vec<char> = leads.iter().flatten().copied().collect();
    distinct.sort_unstable();
    distinct.dedup();
    // A sibling led by an open status (`## 🔴 In progress`, `## 🔄 Next`): the
    // emoji of this level are statuses.
    const OPEN: &[&str] = &["🔄", "⏳", "🚧", "🟡", "🟨", "⬜", "☐", "🔲", "🔴"];
    let statuses = doc
        .headings
        .iter()
        .filter(|h| h.level == level)
        .any(|h| OPEN.iter().any(|e| h.text.trim().starts_with(e)));
    leads.len() >= 3
        && leads.iter().all(Option::is_some)
        && distinct.len() * 2 > leads.len()
        && !statuses
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
    let items = tasks_in(doc, range);
    (items.iter().filter(|t| !t.checked).count(), items.len())
}

/// The task items that start in `range`. They stand in document order, so
/// two binary searches find them (a scan of every item per section would make
/// a document of many sections quadratic).
fn tasks_in<'a>(doc: &'a Document, range: &std::ops::Range<usize>) -> &'a [TaskItem] {
    let lo = doc.tasks.partition_point(|t| t.span.start < range.start);
    let hi = doc.tasks.partition_point(|t| t.span.start < range.end);
    &doc.tasks[lo..hi.max(lo)]
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
    if !facts.checklist || doc.tasks.is_empty() {
        return;
    }
    let any_checked = doc.tasks.iter().any(|t| t.checked);
    let test_plan = doc.headings.first().is_some_and(|h| {
        let t = h.text.to_lowercase();
        h.level == 1
            && (t.contains("test plan") || t.contains("testplan") || t.contains("test-plan"))
    });
    let status_emoji = headings_use_status_emoji(doc);
    // Headings reported: a status line right under one repeats its claim.
    let mut claimed: Vec<usize> = Vec::new();
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
        // A progress log's dated entry records that moment.
        if dated_entry(&h.text) {
            continue;
        }
        let section = facts.section(doc, i);
        let (open, total) = scoped_counts(doc, facts, &section);
        if open == 0 {
            continue;
        }
        // The words after the marker say done themselves (`Mobile ✅ READY FOR
        // BETA`, `## ✅ COMPLETED`): a claim, whatever the items' state.
        let explicit = raw_marker
            .as_ref()
            .map(|(r, _)| r.start)
            .and_then(|start| content.get(start..))
            .is_some_and(|from| {
                let from = crate::rules::facts::clean_cell(from);
                !crate::vocabulary::strip_symbols(&from).is_empty() && claims_done(&from)
            });
        // The heading states its progress (`(8/9)`, `30% Complete`): honest, not a claim.
        if states_partial_progress(&crate::mojibake::repair_str(content)) {
            continue;
        }
        if kind == "✅" && !explicit {
            // The document's title: decoration of the whole document.
            if i == 0 && h.level == 1 {
                continue;
            }
            // The icon of a checklist, criteria list or test plan: `## ✅
            // Implementation Checklist`, every `### ✅ 1. …` of a test plan.
            if names_checklist(&h.text) || test_plan {
                continue;
            }
            // Every heading of this level starts with an icon: the ✅ is one.
            let words = crate::vocabulary::strip_symbols(repaired.trim());
            let leads =
                !words.is_empty() && crate::vocabulary::leading_emoji(repaired.trim()).is_some();
            if leads && icon_headings(doc, h.level) {
                continue;
            }
            // Every item open: a template or a blank checklist, unless the
            // document is being worked through and the ✅ follows the words,
            // or its headings use status emoji.
            if open == total {
                let words = crate::vocabulary::strip_symbols(repaired.trim());
                let leading = !words.is_empty()
                    && crate::vocabulary::leading_emoji(repaired.trim()).is_some();
                if leading || !(status_emoji || any_checked) {
                    continue;
                }
            }
        }
        let (first_line, _) = tasks_in(doc, &section)
            .iter()
            .find(|t| {
                !t.checked
                    && !facts.in_follow_up(doc, t.span.start)
                    && !in_dated_entry(doc, &section, t.span.start)
                    && !is_optional_work(&doc.text[t.own.clone()])
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
        claimed.push(i);
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
        // A dated log entry's status records that moment.
        if dated_entry(&doc.headings[hi].text) {
            continue;
        }
        // Right under a heading already reported (no task item between them):
        // the same claim, one finding.
        let heading_end = doc.headings[hi].span.end;
        if claimed.contains(&hi)
            && !doc
                .tasks
                .iter()
                .any(|t| t.span.start >= heading_end && t.span.start < s.span.start)
        {
            continue;
        }
        // A status line inside a task item (`- [x] FE-011 …` / `  - **Status:** ✅
        // COMPLETE`) is that item's status: its scope is the item's subtree.
        let item = doc
            .tasks
            .iter()
            .filter(|t| t.full.contains(&s.span.start))
            .min_by_key(|t| t.full.len());
        // In a document where no box is ticked, the boxes are a form to sign
        // (a go/no-go list): an item's status line reports its state, and its
        // box waits for the sign-off.
        if item.is_some() && !any_checked {
            continue;
        }
        let section = item
            .map(|t| t.full.clone())
            .unwrap_or_else(|| facts.section(doc, hi));
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
        // Headings stand in document order: the last one is the one to ask.
        && doc.headings.last().is_none_or(|h| h.span.start <= last_break)
    {
        return true;
    }
    false
}
