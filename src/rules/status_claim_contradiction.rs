//! `status/claim-contradiction`: a document-level status says done while open items or not-done rows remain.
//!
//! ## When it speaks
//! A document-level status (front matter `status:`, or a `**Status:**` line in
//! the preamble or the closing block) that unambiguously says the work is
//! done — a done word leading it (`Done`, `Complete`, `Shipped`, `Closed`,
//! `Implemented`, `Verified`, `Fixed`, `✅ ABGESCHLOSSEN`, `已完成`, …), a bare ✅
//! or 🟢, `Ready`, or `Ready for` / `Approved for` / `Ready to` a launch
//! (`Ready for Beta`, `✅ Ready for Production`, go-live, release, deployment,
//! GA, `Ready to ship`), also after a ✅ and a dash (`✅ CODE COMPLETE - Ready
//! for Testing & Deployment`) — while the document still has open task items or
//! rows of a readiness status register that are not done.
//!
//! ## When it stays silent
//! - "Ready" meaning ready to start the next step: `Ready for review`, `Ready
//!   to start`, `Ready for implementation`, `Ready for Stage 3`, `Ready to
//!   proceed`; `Approved`, `Approved to start` (a plan or a review was
//!   approved, its tasks are still to do); `Production ready` (a quality of
//!   the product: such documents carry reusable checklists); a status led by
//!   📋, a plan (`📋 READY`: planned, ready to start).
//! - A status with a warning or a qualification: `⚠️ Acceptable`, `75%
//!   complete`, `✅ Cluster A complete` (done words that are not the status
//!   itself), `Complete with open items`.
//! - Open items and rows outside the claim's scope: under a "Next steps",
//!   "Future work", "Follow-ups", "Out of scope", "Backlog", "Post-launch",
//!   "Open questions", "Known issues", "Risks", "Recommendations", "Template" or
//!   "Example" heading (or beneath one), or a reusable procedure's ("For each
//!   new page", "Daily routine"); items and rows marked optional, deferred,
//!   skipped or out of scope (`(optional)`, `⏭️ DEFERRED`); a legend's own
//!   rows; rows of a summary by status (status in the first column); rows of
//!   continuous activities (`🔄 Monitoring`, `Ongoing`), which are never done;
//!   rows at risk (⚠️, a caveat on done work); tables that measure rather than
//!   track (most rows hold a number, a percentage or a score beside the
//!   status: `| Coverage | 85% | 🟡 |`); in a table that is no register (no
//!   owner, evidence or date column), rows whose status is only a colour or
//!   a mark (`🟡`, `❌ DEPRECATED`): a rating, not open work.
//! - A one-line legend (`**Status**: not-started | in-progress | done`) is not
//!   a claim.
//! - A record of the past (its title names a session log, a changelog, a
//!   history, a retrospective, a post-mortem, meeting notes): its status and
//!   its open items belong to that moment.
//! - Conditional items (`if needed`, `Falls …`, `bei Bedarf`) count as optional,
//!   and so does an item whose open siblings under the same heading are all
//!   conditional (at least two): the condition holds for the list.
//! - Features not built yet (`## ⏳ Pending features`, `Planned features`) and
//!   post-go-live monitoring (`## Post-go-live monitoring (24h)`) are the next
//!   scope, not open work of this one.
//!
//! - Deployment and verification steps left for the reader (`## Production
//!   Deployment Checklist`, `### Pre-Deployment Steps`, `### Manual Testing
//!   Required`, `### Verification Actions`) under a claim that the work is
//!   complete or ready: they are the next phase. A claim that says the work is
//!   deployed, tested, validated or live (`✅ DEPLOYED & TESTED`) covers them.
//!
//! ## It still speaks
//! - On follow-up work the document itself says is required before the launch
//!   (`## Next steps` / `### Phase 4: Database migration` / `**Priority**: 🔴
//!   HIGH - Required before deployment`, `Blocker`): it is in the claim's scope.
//!
//! A claim repeated in one document (preamble and closing block) is one
//! problem: one finding, at the first claim, naming the lines of the others.
//!
//! ## Why it matters
//! The document-level status is what leadership reads. It must not say ready while the checklist below it is not.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "status/claim-contradiction",
    severity: Severity::Warning,
    fixable: false,
    lead: 2,
    summary: "a document-level status (front matter, `**Status:** ✅ Done`, `🟢 Ready for Beta`) says done while open items or not-done rows remain",
    why: "The document-level status is what leadership reads. It must not say done while the checklist below it is not. \
It speaks only when the claim unambiguously says done: a leading done word (`Done`, `Complete`, `Shipped`, `Closed`, \
`Implemented`, `Verified`, `Fixed`, `ABGESCHLOSSEN`, `已完成`, …), a bare ✅ or 🟢, `Ready`, or `Ready for` / `Approved \
for` / `Ready to` a launch (beta, production, go-live, release, deployment, GA, ship). It stays silent on \"Ready\" \
meaning ready to start (`Ready for review`, `Ready to start`, `Ready for implementation`, `📋 READY`: a plan), on \
`Approved` alone, on \
`Production ready`, on a claim with a warning or a qualification (`⚠️ Acceptable`, `75% complete`, `✅ Cluster A \
complete`, `Complete with open items`), and on a one-line legend. Only open work in the claim's scope counts: not \
items or rows under a \"Next steps\", \"Future work\", \"Follow-ups\", \"Out of scope\", \"Backlog\", \
\"Post-launch\", \"Open questions\", \"Known issues\", \"Risks\", \"Recommendations\", \"Template\", \"Example\" or reusable \
procedure (\"For each new page\", \"Daily routine\") heading; not items or rows marked optional, deferred, skipped \
or deploy-time; not rows at risk (⚠️ is a caveat), continuous activities (`🔄 Monitoring`), legends, summaries by \
status, tables that measure (numbers beside the status), nor conditional items (`if needed`), nor records of the \
past (a session log, changelog or retrospective by its title), nor, outside a register (a table with an owner, evidence \
or date column), rows rated only by a colour or mark (`🟡`, `❌ DEPRECATED`), nor features not built yet (`Pending \
features`) or post-go-live monitoring, nor deployment and verification steps for the reader (`Production \
Deployment Checklist`, `Pre-Deployment Steps`, `Manual Testing Required`) unless the claim says deployed, tested or \
live, nor an item whose open siblings are all conditional (`Falls …`). Follow-up \
work the document says is required before the launch (`Required before deployment`, `Blocker`) still counts. A claim \
repeated in one document is one finding, at its first place.",
    bad: "**Status:** 🟢 Ready for Beta\n\n## Launch\n\n- [ ] Load test",
    good: "**Status:** 🟡 In progress\n\n## Launch\n\n- [ ] Load test",
};

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell, is_legend_line, is_optional_work};
use crate::rules::task_section_claims_done::is_document_level;
use crate::vocabulary::{Class, claims_done};

/// Whether the document is a record of the past (a session log, a changelog,
/// a retrospective): its status and its open items belong to that moment.
fn is_record(doc: &Document) -> bool {
    doc.headings.first().is_some_and(|h| {
        let t = h.text.to_lowercase();
        h.level == 1
            && [
                "session log",
                "changelog",
                "change log",
                "history",
                "retrospective",
                "post-mortem",
                "postmortem",
                "work log",
                "worklog",
                "journal",
                "meeting notes",
                "protokoll",
            ]
            .iter()
            .any(|w| t.contains(w))
    })
}

/// Whether a row's status says "not done" in words (`⏳ PENDING`, `Blocked`,
/// `Not started`), not only with a colour or a mark (`🟡`, `❌ DEPRECATED`): in a
/// table that is no register, a bare colour rates rather than tracks.
fn says_not_done(doc: &Document, facts: &Facts, ti: usize, row: &crate::document::Row) -> bool {
    facts.live_status[ti].iter().any(|&c| {
        row.cells().get(c).is_some_and(|cell| {
            let v = clean_cell(&doc.text[cell.span.clone()]);
            let words = crate::vocabulary::strip_symbols(&v);
            !words.is_empty()
                && facts.vocab.classify(words).is_some_and(|cl| {
                    matches!(
                        cl.class,
                        Class::InProgress
                            | Class::Blocked
                            | Class::NotStarted
                            | Class::Unclassified
                    )
                })
        })
    })
}

/// Whether a table measures rather than tracks work: in most rows a cell
/// besides the first and the status holds a number, a percentage or a score
/// (`| Coverage | 85% | 🟡 Gut |`): its statuses rate the measurements.
fn is_metrics_table(doc: &Document, facts: &Facts, ti: usize) -> bool {
    let t = &doc.tables[ti];
    let status = &facts.live_status[ti];
    let measured = t
        .rows()
        .iter()
        .filter(|row| {
            row.cells().iter().enumerate().skip(1).any(|(ci, cell)| {
                let v = clean_cell(&doc.text[cell.span.clone()]);
                !status.contains(&ci)
                    && v.trim_start_matches(['~', '<', '>', '≥', '≤', '=', ' '])
                        .starts_with(|ch: char| ch.is_ascii_digit())
            })
        })
        .count();
    !t.rows().is_empty() && measured * 2 >= t.rows().len()
}

/// Whether a claim says the work is deployed, tested or live
/// (`✅ DEPLOYED & TESTED`, `✅ COMPLETE AND VALIDATED`, `✅ LIVE`).
fn says_deployed(value: &str) -> bool {
    let v = value.to_lowercase();
    [
        "deployed",
        "tested",
        "validated",
        "verified",
        "live",
        "released",
        "in production",
        "shipped",
        "getestet",
        "deployt",
    ]
    .iter()
    .any(|w| v.contains(w))
}

/// Whether a heading names deployment or verification steps for the reader:
/// `Production Deployment Checklist`, `Pre-Deployment Steps`, `Manual Testing
/// Required`, `Verification Actions`, `Testing Plan`.
fn is_deployment_heading(text: &str) -> bool {
    let t = text.to_lowercase().replace(['_', '-'], " ");
    [
        "deployment checklist",
        "deployment steps",
        "pre deployment",
        "predeployment",
        "production deployment",
        "manual testing",
        "testing required",
        "testing plan",
        "testing todo",
        "verification",
        "deploy steps",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// For each heading: whether it or an enclosing heading names deployment or
/// verification steps (see [`is_deployment_heading`]).
fn deployment_sections(doc: &Document) -> Vec<bool> {
    let mut out = Vec::with_capacity(doc.headings.len());
    let mut stack: Vec<(u8, bool)> = Vec::new();
    for h in &doc.headings {
        while stack.last().is_some_and(|(l, _)| *l >= h.level) {
            stack.pop();
        }
        let d = stack.last().is_some_and(|(_, d)| *d) || is_deployment_heading(&h.text);
        stack.push((h.level, d));
        out.push(d);
    }
    out
}

/// Whether an item is conditional work (`Falls …`, `if needed`, `bei Bedarf`).
fn is_conditional(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "falls ",
        "if needed",
        "if applicable",
        "if necessary",
        "(if ",
        "bei bedarf",
        "wenn nötig",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// Whether open item `i` stands in a list of conditional items: at least two
/// of its open siblings under the same heading are conditional and none is
/// not (`- [ ] AuthHeader.tsx – Falls Primary Gradient verwendet wird`, `- [ ]
/// AuthFooter.tsx – Falls …`, `- [ ] All custom headers with Primary
/// Gradient`): the condition holds for the list. Siblings marked only
/// `(optional)` do not make the others optional.
fn conditional_list(doc: &Document, lists: &OpenLists, i: usize) -> bool {
    let me = &doc.tasks[i];
    let Some(&(open, conditional)) = lists.get(&(me.parent, doc.section_of(me.span.start))) else {
        return false;
    };
    // The item's siblings: the open items of its list but itself.
    let mine = usize::from(!me.checked);
    let siblings = open - mine;
    let conditional =
        conditional - usize::from(!me.checked && is_conditional(&doc.text[me.own.clone()]));
    conditional >= 2 && conditional == siblings
}

/// Open items by (parent item, section): how many, and how many of them are
/// conditional. Counted once, not per item.
type OpenLists = rustc_hash::FxHashMap<(Option<usize>, Option<usize>), (usize, usize)>;

fn open_lists(doc: &Document) -> OpenLists {
    let mut lists = OpenLists::default();
    for t in doc.tasks.iter().filter(|t| !t.checked) {
        let e = lists
            .entry((t.parent, doc.section_of(t.span.start)))
            .or_default();
        e.0 += 1;
        e.1 += usize::from(is_conditional(&doc.text[t.own.clone()]));
    }
    lists
}

/// A document-level status that says done while work remains.
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    let mut claims: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    if let Some(fm) = &doc.front_matter
        && let Some((v, span)) = &fm.status
    {
        claims.push((span.clone(), v.clone()));
    }
    if !facts.checklist || is_record(doc) {
        return;
    }
    for s in &doc.status_lines {
        if is_document_level(doc, s.span.start) && !is_legend_line(&doc.text, s.span.start) {
            claims.push((s.span.clone(), s.value.clone()));
        }
    }
    if claims.is_empty() {
        return;
    }
    let optional = is_optional_work;
    let continuous = |s: &str| {
        let s = s.to_lowercase();
        [
            "monitoring",
            "ongoing",
            "continuous",
            "kontinuierlich",
            "laufend",
        ]
        .iter()
        .any(|w| s.contains(w))
    };
    // Deployment and verification steps are the next phase of a claim that
    // the work is complete, unless the claim says it is deployed or tested.
    let claim_covers_deployment = claims.iter().any(|(_, v)| says_deployed(v));
    let deployment = deployment_sections(doc);
    let in_deployment = |offset: usize| {
        doc.section_of(offset)
            .is_some_and(|i| deployment.get(i).copied().unwrap_or(false))
    };
    let lists = open_lists(doc);
    let open_items: Vec<usize> = doc
        .tasks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.checked)
        .filter(|(_, t)| {
            claim_covers_deployment
                || !in_deployment(t.span.start)
                || facts.required_before_launch(doc, t.span.start)
        })
        .filter(|(_, t)| {
            !facts.in_follow_up(doc, t.span.start)
                || facts.required_before_launch(doc, t.span.start)
        })
        .filter(|(i, t)| !optional(&doc.text[t.own.clone()]) && !conditional_list(doc, &lists, *i))
        .map(|(_, t)| t.span.start)
        .collect();
    let mut not_done_rows: Vec<usize> = Vec::new();
    for (ti, t) in doc.tables.iter().enumerate() {
        if facts.legend_tables[ti]
            || facts.in_follow_up(doc, t.span.start)
            || is_metrics_table(doc, facts, ti)
        {
            continue;
        }
        // A register tracks work: it has an owner, evidence or date column.
        let roles = &facts.roles[ti];
        let register =
            !roles.owner.is_empty() || !roles.evidence.is_empty() || !roles.date.is_empty();
        for (ri, row) in t.rows().iter().enumerate() {
            match facts.row_class(doc, ti, ri) {
                // At risk (⚠️) is a caveat on done work, not open work.
                Some(Class::Done) | Some(Class::NotApplicable) | Some(Class::AtRisk) | None => {}
                Some(_) if optional(&doc.text[row.span.clone()]) => {}
                // Continuous activities (`🔄 Monitoring`, `Ongoing`) are never done.
                Some(_) if continuous(&doc.text[row.span.clone()]) => {}
                Some(_) if !(register || says_not_done(doc, facts, ti, &row)) => {}
                Some(_) => not_done_rows.push(row.span.start),
            }
        }
    }
    if open_items.is_empty() && not_done_rows.is_empty() {
        return;
    }
    // One problem, one finding: a claim repeated (preamble and closing block)
    // is reported once, at its first place, naming the others.
    let done_claims: Vec<(std::ops::Range<usize>, String)> = claims
        .into_iter()
        .map(|(span, value)| (span, clean_cell(&value).into_owned()))
        .filter(|(_, v)| claims_done(v))
        .collect();
    let also: Vec<usize> = done_claims
        .iter()
        .skip(1)
        .map(|(span, _)| doc.line_col(span.start).0)
        .collect();
    if let Some((span, v)) = done_claims.into_iter().next() {
        let mut parts = Vec::new();
        if !open_items.is_empty() {
            let (l, _) = doc.line_col(open_items[0]);
            parts.push(format!(
                "{} open item{} (first on line {l})",
                open_items.len(),
                if open_items.len() == 1 { "" } else { "s" }
            ));
        }
        if !not_done_rows.is_empty() {
            let (l, _) = doc.line_col(not_done_rows[0]);
            parts.push(format!(
                "{} row{} not done (first on line {l})",
                not_done_rows.len(),
                if not_done_rows.len() == 1 { "" } else { "s" }
            ));
        }
        let repeated = match also.as_slice() {
            [] => String::new(),
            [l] => format!(" (the claim is repeated on line {l})"),
            ls => format!(
                " (the claim is repeated on lines {})",
                ls.iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        out.push(
            Finding::new(&RULE, span, format!("document status `{v}` says done, but {} remain{repeated}", parts.join(" and ")))
                .help("finish the remaining work, or state the real status (for example `🟡 In progress`)"),
        );
    }
}
