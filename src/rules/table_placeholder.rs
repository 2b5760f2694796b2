//! `table/placeholder`: a required cell (owner, evidence, date) is empty or a placeholder (`TBD`, `tbd`, `N/A`, `?`) — error on a done row.
//!
//! ## When it speaks
//! In a readiness table (a readiness status column or an evidence column) of a
//! checklist document: an owner cell that is empty or a placeholder (a
//! warning; an error on a done row), and an evidence or date cell that is
//! empty or a placeholder on a row marked done (an error).
//!
//! The owner gaps of rows not done are one problem per column: one warning at
//! the first such cell counts the others (`owner cell is `TBD` in 8 rows of
//! this table (lines 13–20)`). Each done row's gap is a false claim of its own
//! and is reported on its row.
//!
//! ## When it stays silent
//! Evidence and date cells of rows that are not done: nothing is proven or
//! dated until the work is done, so an empty cell there is expected. The
//! owner of a not-started row in a table where other rows name their owners:
//! a task still looking for an owner is the normal state of a plan (a goal
//! proposal's `| Design the stub | TBD | Not started |`); where no row names
//! one, or the row is under way, blocked or at risk, the gap is reported. Tables
//! whose "Status" column holds another domain's enum, legend tables, and
//! documents that are not checklists, templates among them (a name ending in
//! `template`, a `templates/` or `ISSUE_TEMPLATE/` folder: a form's cells are
//! filled in on each copy).
//!
//! ## Why it matters
//! A placeholder in an owner, evidence or date cell is an unassigned gap; on a row marked done it is a false claim.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/placeholder",
    severity: Severity::Warning,
    fixable: false,
    summary: "a required cell (owner, evidence, date) is empty or a placeholder (`TBD`, `tbd`, `N/A`, `?`) — error on a done row",
    why: "A placeholder in an owner, evidence or date cell is an unassigned gap; on a row marked done it is a false claim. \
It speaks in readiness tables of checklist documents: on an owner cell that is empty or a placeholder (an error on a \
done row), and on an evidence or date cell that is empty or a placeholder on a done row. Evidence and date cells of \
rows not done stay silent: nothing is proven or dated before the work is done; so does the owner of a not-started \
row in a table where other rows name their owners (a task looking for an owner is the normal state of a plan; where \
no row names one, or the row is under way, blocked or at risk, the gap is reported); so do templates (`uat-signoff-template.md`, \
`templates/`, `ISSUE_TEMPLATE/`: a form is filled in on each copy). The owner gaps of rows not done are \
one problem per column: one warning at the first cell counts the rows; each done row's gap is reported on its row.",
    bad: "| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | TBD | Done |",
    good: "| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | @ops | Done |",
};

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};
use crate::vocabulary::Class;

/// Owner, evidence and date cells of readiness tables that are empty or a placeholder.
pub fn check(doc: &Document, facts: &Facts, config: &Config, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        let roles = &facts.roles[ti];
        let readiness = !facts.live_status[ti].is_empty() || !roles.evidence.is_empty();
        if !readiness || facts.legend_tables[ti] {
            continue;
        }
        let required: Vec<(usize, &str)> = roles
            .owner
            .iter()
            .map(|&c| (c, "owner"))
            .chain(roles.evidence.iter().map(|&c| (c, "evidence")))
            .chain(roles.date.iter().map(|&c| (c, "date")))
            .collect();
        // Owner columns where some row names an owner: there a not-started
        // row's `TBD` is a task looking for one, the normal state of a plan.
        let named: Vec<usize> = roles
            .owner
            .iter()
            .copied()
            .filter(|&c| {
                t.rows.iter().any(|row| {
                    row.cells.get(c).is_some_and(|cell| {
                        !config.is_placeholder(&clean_cell(&doc.text[cell.span.clone()]))
                    })
                })
            })
            .collect();
        // Owner gaps of rows not done, per column: (first cell, value, lines).
        type Gap = (usize, std::ops::Range<usize>, Vec<String>, Vec<usize>);
        let mut open_gaps: Vec<Gap> = Vec::new();
        for (ri, row) in t.rows.iter().enumerate() {
            let class = facts.row_class(doc, ti, ri);
            let done = class == Some(Class::Done);
            for &(c, role) in &required {
                // Nothing is proven or dated before the work is done.
                if !done && role != "owner" {
                    continue;
                }
                if class == Some(Class::NotStarted) && named.contains(&c) {
                    continue;
                }
                let Some(cell) = row.cells.get(c) else {
                    continue;
                };
                let value = clean_cell(&doc.text[cell.span.clone()]);
                if !config.is_placeholder(&value) {
                    continue;
                }
                let shown = if value.is_empty() {
                    "empty".to_string()
                } else {
                    format!("`{value}`")
                };
                if !done {
                    let line = doc.line_col(cell.span.start).0;
                    match open_gaps.iter_mut().find(|g| g.0 == c) {
                        Some(g) => {
                            g.2.push(shown);
                            g.3.push(line);
                        }
                        None => open_gaps.push((c, cell.span.clone(), vec![shown], vec![line])),
                    }
                    continue;
                }
                let mut f = Finding::new(
                    &RULE,
                    cell.span.clone(),
                    format!(
                        "{role} cell is {shown}{}",
                        if done { " on a row marked done" } else { "" }
                    ),
                )
                .help(format!("fill in the {role}"));
                if done {
                    f.severity = Severity::Error;
                }
                out.push(f);
            }
        }
        for (_, span, values, lines) in open_gaps {
            let shown = if values.iter().all(|v| *v == values[0]) {
                values[0].clone()
            } else {
                "empty or a placeholder".to_string()
            };
            let message = match lines.as_slice() {
                [_] => format!("owner cell is {shown}"),
                [first, .., last] => format!(
                    "owner cell is {shown} in {} rows of this table (lines {first}–{last})",
                    lines.len()
                ),
                [] => continue,
            };
            out.push(Finding::new(&RULE, span, message).help(
                "fill in the owners (one finding for the column: each row named above has the gap)",
            ));
        }
    }
}
