//! `evidence/missing-for-done`: a row or item whose status is done has no evidence, or only missing evidence.
//!
//! ## Why it matters
//! "Done" without evidence is the claim a readiness review exists to catch.
//!
//! When every piece of evidence a done row or item names is missing and each
//! already has its own finding (`evidence/missing-path`, `path/untracked`, …),
//! this rule stays silent: one problem, one finding. A row whose status
//! words say it does not apply (`✅ N/A`, `N/A ✅`) owes no evidence. Nor
//! does a row whose status cell offers marks or words to pick from
//! (`✓/✗`, `✅ / ❌`, `PASS / FAIL / PARTIAL`): a template's blank, not a
//! claim (`✅` alone is judged).
//!
//! A table whose evidence column gives line numbers of the document another
//! cell names (`| specs/06_page_planning.md | … | ✅ | Lines 6-18 |`; see
//! `locator_column`) has no evidence column for a row that names a file of
//! the tree: `—` there says that document gives no lines.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-for-done",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "a row or item whose status is done has no evidence, or only missing evidence",
    why: "\"Done\" without evidence is the claim a readiness review exists to catch. An evidence column is one whose header has the evidence role; a header that names the row's identifier or a count (`Evidence ID`, `Evidence #`, `Evidence No.`: an evidence register's `E-001-P0-001`, `N/A` for baseline rows whose `Test File` column holds the files, survey 96b, majster-ai-oferty, 5 findings judged false) is not one, unless configured by that exact name. When every piece of evidence a done row or item names is missing and each already has its own finding (`evidence/missing-path`, `path/untracked`, …), this rule stays silent: one problem, one finding. A row whose status words say it does not apply (`✅ N/A`, `✅ Not applicable`, `N/A ✅`) is not done, whatever its emoji: it owes no evidence. A row whose status cell offers status values of different kinds to pick from and nothing else, each a mark or one word (`| Phase 1 | Business case approved | ✓/✗ | |`, `✅ / ❌`, `PASS / FAIL / PARTIAL`), is a template's blank, not a claim: silent (survey 37a, product-org-os' launch readiness checklist template, 6 findings judged false; survey 43a, AI-trade-analyst's report template, 8); Among three or more choices, a single word the vocabulary does not know is a state of the template's own, unlike the status words beside it (`ok/degraded/failing/unknown`, an incident template's health check: survey 45b, x0tta6bl4, 2 findings judged false). `✅` alone, `Done/Verified` (one kind) and `✅ Done / ❌ Failed` with words are judged. An evidence column that gives line numbers of the document another cell of the row names (`| specs/06_page_planning.md | page_plan.schema.json | ✅ | Lines 6-18 |`: none of its cells names a path, a link or a citation, and at least two of its filled cells, and at least half, start with `Lines`, `Line`, `L12` or `§`) is no evidence column for a row that names a file of the tree by its path: a placeholder there (`—`) says that document gives no lines (survey 26, foss-launcher's trace matrix of specs to schemas: 3 findings judged false); such a row that names no file of the tree is reported. A summary row is no claim of its own: its label a total's (`| **Backend Total** | **PASS** | **56/56** | |` under a sign-off's gate rows, each with its evidence: survey 120b, agenticverz_2.0, 2 findings judged false; see `table/placeholder` for what a summary row is); a gate row with no evidence is reported.",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Pen test | ✅ Done | TBD |",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Pen test | ✅ Done | `docs/security/pentest-2025.pdf` |",
};

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::{Document, Table};
use crate::rules::facts::{Facts, clean_cell};
use crate::source::{PathState, RepoView};
use crate::vocabulary::{Class, class_from_words, leading_emoji, strip_symbols};

pub fn check(
    repo: &RepoView,
    doc: &Document,
    facts: &Facts,
    config: &Config,
    out: &mut Vec<Finding>,
) {
    // References by start offset: a row or an item looks up its own in
    // O(log n) instead of scanning every reference of the document.
    let within = |span: &std::ops::Range<usize>| facts.references.within(span);
    // Done rows of tables with an evidence column.
    for (ti, t) in doc.tables.iter().enumerate() {
        let ev = &facts.roles[ti].evidence;
        if ev.is_empty() {
            continue;
        }
        let locators = locator_column(doc, t, ev, facts, config);
        for (ri, row) in t.rows().iter().enumerate() {
            if facts.row_class(doc, ti, ri) != Some(Class::Done) {
                continue;
            }
            let status = &facts.roles[ti].status;
            // A summary row (`| **Backend Total** | **PASS** | **56/56** | |`)
            // sums up the rows above it, which carry the evidence.
            if crate::rules::summary_row::summary_row(doc, &row, status) {
                continue;
            }
            if status
                .iter()
                .filter_map(|&c| row.cells().get(c))
                .any(|c| choice_blank(&clean_cell(&doc.text[c.span.clone()])))
            {
                // `✓/✗`: a template's blank offering both marks, not a claim.
                continue;
            }
            let cells = || ev.iter().filter_map(|&c| row.cells().get(c));
            let empty = cells().all(|c| {
                // Most evidence cells hold a reference: one is enough to say
                // the cell is not empty, without cleaning it.
                within(&c.span).next().is_none()
                    && config.is_placeholder(&clean_cell(&doc.text[c.span.clone()]))
            });
            if empty && locators && names_present_file(repo, doc, row.cells(), ev) {
                // The column gives lines of the document the row names; a
                // placeholder says that document gives none.
                continue;
            }
            if empty || only_missing(facts, cells().flat_map(|c| within(&c.span))) {
                let why = if empty {
                    "no evidence"
                } else {
                    "only missing evidence"
                };
                out.push(
                    Finding::new(
                        &RULE,
                        row.span.clone(),
                        format!("row is marked done but has {why}"),
                    )
                    .help("link or cite the committed evidence, or change the status"),
                );
            }
        }
    }
    // Checked task items that cite evidence, all of it missing.
    for t in &doc.tasks {
        if !t.checked {
            continue;
        }
        if within(&t.own).next().is_none() {
            if config.file.tasks.require_evidence {
                out.push(
                    Finding::new(&RULE, t.span.clone(), "checked item has no evidence").help(
                        "cite the evidence (`【F:path†L1-L9】`), link it, or uncheck the item",
                    ),
                );
            }
            continue;
        }
        if only_missing(facts, within(&t.own)) {
            out.push(
                Finding::new(
                    &RULE,
                    t.span.clone(),
                    "checked item cites only missing evidence",
                )
                .help("commit the evidence it cites, or uncheck the item"),
            );
        }
    }
}

/// Whether a status cell offers status values of different classes to pick
/// from (`✓/✗`, `✅ / ❌`, `PASS / FAIL / PARTIAL`): a template's blank, not
/// a status (survey 37a, product-org-os' launch readiness checklist
/// template, 6 findings judged false; survey 43a, AI-trade-analyst's
/// `REPORT_TEMPLATE.md`, 8). Each choice is one mark or one status word;
/// `✅` alone, `✅/✅`, `Done/Verified` (one class) and `✅ Done / ❌` with
/// words are not.
///
/// Among three or more choices, a word that is no status word of the
/// vocabulary is a state of the template's own (`ok/degraded/failing/unknown`,
/// a health summary's blank: survey 45b, x0tta6bl4's incident templates, 2
/// findings judged false): it differs from the status words beside it.
fn choice_blank(cell: &str) -> bool {
    let parts: Vec<&str> = cell.split('/').map(str::trim).collect();
    let mut classes = Vec::new();
    let mut own_words = 0;
    for part in &parts {
        match choice_class(part) {
            Some(class) => classes.push(class),
            None if parts.len() >= 3 && one_word(part) => own_words += 1,
            None => return false,
        }
    }
    let differ = classes.iter().any(|c| *c != classes[0]);
    (classes.len() >= 2 && differ) || (!classes.is_empty() && own_words > 0)
}

/// A word alone: letters, `_` or `-`, no mark.
fn one_word(part: &str) -> bool {
    !part.is_empty()
        && part
            .chars()
            .all(|c| c.is_alphabetic() || c == '_' || c == '-')
}

/// The class of one choice of a template's blank: a status mark alone
/// (`✅`), or one status word alone (`PASS`, `In_Progress`).
fn choice_class(part: &str) -> Option<Class> {
    if part.is_empty() {
        return None;
    }
    if strip_symbols(part).is_empty() {
        return leading_emoji(part);
    }
    if one_word(part) && leading_emoji(part).is_none() {
        class_from_words(part)
    } else {
        None
    }
}

/// Every reference is missing, and at least one of them has no finding of its
/// own (one problem, one finding: a missing evidence path already says so).
fn only_missing(facts: &Facts, refs: impl Iterator<Item = (usize, bool)>) -> bool {
    let (mut any, mut unreported) = (false, false);
    for (start, ok) in refs {
        if ok {
            return false;
        }
        any = true;
        unreported = unreported || !facts.references.reported(start);
    }
    any && unreported
}

/// Whether a table's evidence column holds line numbers of another cell's
/// document rather than evidence (survey 26, foss-launcher's trace matrix
/// of specs to schemas: `| specs/06_page_planning.md | page_plan.schema.json
/// | ✅ | Lines 6-18 |`): none of its cells names a path, a link or a
/// citation, and at least two of its filled cells, and at least half, start
/// with a line locator (`Lines 6-18`, `Line 5`, `L12-L30`, `§ 3`).
fn locator_column(doc: &Document, t: &Table, ev: &[usize], facts: &Facts, config: &Config) -> bool {
    let (mut filled, mut lines) = (0usize, 0usize);
    for row in t.rows() {
        for cell in ev.iter().filter_map(|&c| row.cells().get(c)) {
            if facts.references.within(&cell.span).next().is_some() {
                return false;
            }
            let text = clean_cell(&doc.text[cell.span.clone()]);
            if config.is_placeholder(&text) {
                continue;
            }
            filled += 1;
            lines += usize::from(line_locator(&text));
        }
    }
    lines >= 2 && lines * 2 >= filled
}

/// Whether a cell's text starts with a line locator: `Lines 6-18`, `line 5`,
/// `L12`, `L12-L30`, `§ 3.2`.
fn line_locator(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    let rest = ["lines", "line", "l", "§"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or("");
    let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a cell of the row other than its evidence cells names a file
/// of the tree by its path (`specs/06_page_planning.md`, in bold or code
/// too): the document whose lines the evidence column gives.
fn names_present_file(
    repo: &RepoView,
    doc: &Document,
    cells: crate::document::table::Cells<'_>,
    ev: &[usize],
) -> bool {
    cells.iter().enumerate().any(|(i, c)| {
        if ev.contains(&i) {
            return false;
        }
        let text = clean_cell(&doc.text[c.span.clone()]);
        let text = text.trim();
        text.contains('/')
            && !text.contains(char::is_whitespace)
            && !text.starts_with(['/', '.'])
            && !text.contains("://")
            && text.rsplit('/').next().is_some_and(|n| n.contains('.'))
            && repo.stat(text) == PathState::File
    })
}
