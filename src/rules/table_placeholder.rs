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
//! and is reported on its row, except in an Owner column no row of which
//! names an owner (`TBD` in every row): that is one habit, and every such
//! column of the document is one finding at its first cell, which counts the
//! rows, the tables and the done rows (an error when a row is done).
//!
//! ## When it stays silent
//! An empty or placeholder evidence cell of a done row whose evidence cells
//! are all empty: `evidence/missing-for-done` reports the row (one problem,
//! one finding), unless that rule is turned off (or suppressed on the row). Evidence and date cells of rows that are not done: nothing is proven or
//! dated until the work is done, so an empty cell there is expected. The
//! owner of a not-started row in a table where other rows name their owners:
//! a task still looking for an owner is the normal state of a plan (a goal
//! proposal's `| Design the stub | TBD | Not started |`); where no row names
//! one, or the row is under way, blocked or at risk, the gap is reported. The
//! owner of a row whose status says nothing applies: `N/A`, `Skipped` (not
//! applicable), or a bare dash in every status cell (a launch schedule's
//! `| 12:00-13:00 | Lunch break | - | - |`: no task). Tables
//! whose "Status" column holds another domain's enum, legend tables, and
//! documents that are not checklists, templates among them (a name ending in
//! `template`, a `templates/` or `ISSUE_TEMPLATE/` folder: a form's cells are
//! filled in on each copy). The rows not done of a template register, whose
//! owner, evidence or date cells hold fill-in markers (`[Name]`,
//! `YYYY-MM-DD`, a blank line `______`). A template's row whose status cell
//! lists the statuses to pick from (`todo / in-progress / done`). A row not done whose every cell but
//! its status is a placeholder, its key among them (`| TBD | TBD | TBD |
//! Open | TBD |`, the seed row of an empty tracker): a slot that names no
//! item. A summary row that claims no status, its first cell a total's label
//! (`| **Week 1 Total** | | **72 hours** | |`), or whose label is nothing but
//! a total's words whatever its status (`| **TOTAL** | - | ✅ |`: see
//! [`crate::rules::summary_row`]). A section row, a bold label in its first
//! cell and every other cell empty (`| **Testing Tasks** | | | | |` between a
//! backlog's tasks: see [`crate::rules::section_row`]); a plain label with
//! nothing beside it (`| Unit Tests | | | |`) is a task and is judged. A
//! dash in a date cell (`-`, `–`, `—`): no date applies (a schema version
//! or a hash beside dated events); a column headed as a date whose filled
//! cells are all counts (`59`, `0*` under `Updated`): no dates at all;
//! `TBD` or an empty date cell on a done row is still reported. A done row's
//! deadline (a date column headed `Due`, `Due Date`, `Target`, `ETA`,
//! `Deadline` or `Planned`): once the work is done its deadline is moot
//! (survey 38a, WorkPro3's launch tracker, `| LR-001 | TBD | TBD | done |`
//! under `Due Date`: 1 finding judged false); a `Date`, `Completed` or
//! `Last Updated` cell records the work and is still reported.
//!
//! ## Why it matters
//! A placeholder in an owner, evidence or date cell is an unassigned gap; on a row marked done it is a false claim.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/placeholder",
    severity: Severity::Warning,
    fixable: false,
    lead: 1,
    summary: "a required cell (owner, evidence, date) is empty or a placeholder (`TBD`, `tbd`, `N/A`, `?`) — error on a done row",
    why: "A placeholder in an owner, evidence or date cell is an unassigned gap; on a row marked done it is a false claim. \
It speaks in readiness tables of checklist documents: on an owner cell that is empty or a placeholder (an error on a \
done row), and on an evidence or date cell that is empty or a placeholder on a done row. Evidence and date cells of \
rows not done stay silent: nothing is proven or dated before the work is done; so does the owner of a not-started \
row in a table where other rows name their owners (a task looking for an owner is the normal state of a plan; where \
no row names one, or the row is under way, blocked or at risk, the gap is reported); so does the owner of a row whose status says \
nothing applies (`N/A`, `Skipped`, or a bare dash in every status cell: a launch schedule's `| 12:00-13:00 | Lunch break | - | - |` \
is no task); so does a table a tool writes between `<!-- BEGIN_TABLE -->` and `<!-- END_TABLE -->` (markers in \
capitals joined by `_`, as terraform-docs' `BEGIN_TF_DOCS`: aws-cdk-rfcs' RFC index, rendered from its tracking issues, whose \
done RFCs never had a champion: survey 48b, 94 findings judged false; the tool's source is where an owner is set); so do templates (`uat-signoff-template.md`, \
`templates/`, `ISSUE_TEMPLATE/`: a form is filled in on each copy), and the rows not done of a template register, a table \
whose owner, evidence or date cells hold fill-in markers (`[Name]`, `_[Date]_`, `YYYY-MM-DD`, a blank line `______`): its blank rows are slots \
for whoever fills it in (a done row there is still judged); so does a template's row whose status cell lists the statuses to pick \
from, each exactly a status, of two classes or more (`todo / in-progress / done` under jido_workbench's `## Punchlist Matrix Template`: \
survey 90a, 1 finding judged false), a slot to copy, while `in progress / blocked on review` says one status with a note and is judged; \
so does a row not done whose every cell but its status, \
its key among them, is a placeholder (`| TBD | TBD | TBD | Open | TBD |`, the seed row of an empty tracker: survey 29a), \
a slot that names no item, while a row with a key of its own (`| TD-001 | … | TBD | Open |`) is judged; so does a summary row \
that claims no status, whose first cell is a total's label of at most four words (`| **Week 1 Total** | | **72 hours** | |` below a plan's \
tasks: survey 48c, OneFineStarstuff, 8 findings judged false), or whatever its status says when its label is nothing but a total's words \
(`| **TOTAL** | - | **✅** | **~5,000+** |` under a team's delivered sprints: its ✅ sums up the rows above; survey 53a, CjDaOne/bumpu5, \
1 finding judged false) or is set wholly in bold and closes with a total's word (`| **Backend Total** | **PASS** | **56/56** | |` under \
a sign-off's gate rows: survey 120b), while `| Total rewrite | | In progress |` and `| Week 1 Total | - | ✅ |` are tasks and are judged; so does a section row, a label wholly in bold in its first \
cell and every other cell empty (`| **Testing Tasks** | | | | |` heading the rows below it in a sprint backlog: survey 50c, gitwalter/ai-dev-agent, \
5 findings judged false), while a plain label with nothing beside it (`| Unit Tests | | | |`) is a task and is judged. A row `Ready for` a next step \
(`Ready for Review`, `Ready for QA`, `Ready for implementation`) is not done, so its owner gap is a warning, not a done row's error (survey 85a, \
CUGAr-SALES, a PR tracker's `Ready for Review` rows counted as done); `Ready for` a launch (`Ready for Beta`) is done. A dash in a date cell (`-`, `–`, `—`) says no date applies (a schema \
version or a hash beside dated events) and is not reported; nor is a column headed as a date whose filled cells are all counts \
(`59`, `0*` under a compliance summary's `Updated`, the number of files a pass updated: survey s126k, buildworksai/EUCORA, 1 finding judged \
false), which holds no dates, while one date among them makes it a date column, judged; `TBD` or an empty date cell on a done row is, unless the column \
holds a deadline (`Due`, `Due Date`, `Target`, `ETA`, `Deadline`, `Planned`): once the work is done its deadline is moot, and nobody fills it \
in afterwards (survey 38a, WorkPro3, `| LR-001 | TBD | TBD | done |` under `Due Date`: 1 finding judged false); a `Date`, `Completed` or \
`Last Updated` cell records the work and is still reported. The owner gaps of rows not done are \
one problem per column: one warning at the first cell counts the rows; each done row's gap is reported on its row, except in an Owner \
column no row of which names an owner (`TBD` in every row): every such column of the document is one finding, at its first cell, counting \
the rows, tables and done rows. A done row whose evidence cells are all empty is reported by `evidence/missing-for-done` instead (one \
problem, one finding), unless that rule is off (or suppressed on the row).",
    bad: "| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | TBD | Done |",
    good: "| Item | Owner | Status |\n| --- | --- | --- |\n| DNS | @ops | Done |",
};

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, Memo, clean_cell};
use crate::vocabulary::Class;

/// Owner, evidence and date cells of readiness tables that are empty or a placeholder.
pub fn check(doc: &Document, facts: &Facts, config: &Config, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    // A done row whose evidence cells are all empty is reported by
    // `evidence/missing-for-done` (one problem, one finding) when it runs.
    let evidence_rule = &crate::rules::evidence_missing_for_done::RULE;
    let evidence_rule_runs = config.severity(evidence_rule).is_some();
    // A suppression comment that turns that rule off on the row leaves the
    // cell to this one (read once, when a row needs it).
    let suppressions = std::cell::OnceCell::new();
    let reported_by_evidence_rule = |row: &crate::document::Row| {
        evidence_rule_runs
            && !suppressions
                .get_or_init(|| crate::suppress::Suppressions::of(doc))
                .suppressed(
                    evidence_rule.id,
                    row.span.start,
                    doc.line_col(row.span.start).0,
                )
    };
    // Owner columns no row of which names an owner, across the document: one
    // habit (`TBD` in every row), one finding.
    let mut uniform = Uniform::default();
    for (ti, t) in doc.tables.iter().enumerate() {
        let roles = &facts.roles[ti];
        let readiness = !facts.live_status[ti].is_empty() || !roles.evidence.is_empty();
        if !readiness || facts.legend_tables[ti] {
            continue;
        }
        // A date column that holds a deadline (`Due Date`, `Target`, `ETA`):
        // once the work is done its date is moot, so a done row's `TBD` there
        // is no gap (survey 38a, WorkPro3). A date the work records
        // (`Date`, `Completed`, `Last Updated`) is still required.
        let deadlines: Vec<usize> = roles
            .date
            .iter()
            .copied()
            .filter(|&c| {
                t.header()
                    .cells()
                    .get(c)
                    .is_some_and(|h| names_a_deadline(&doc.text[h.span.clone()]))
            })
            .collect();
        // A column repeats a few values: each distinct raw cell is read once.
        let placeholders = std::cell::RefCell::new(Memo::default());
        let placeholder = |cell: &crate::document::Cell| {
            let raw = &doc.text[cell.span.clone()];
            placeholders
                .borrow_mut()
                .get(raw, || config.is_placeholder(&clean_cell(raw)))
        };
        // A column headed `Updated` whose filled cells are all counts
        // (`| PowerShell (.ps1) | 60 | 59 | 60 | ✅ 100% |`, the number of
        // files a compliance pass updated: survey s126k, EUCORA) holds no
        // dates, so its `N/A` is no missing date.
        let counts: Vec<usize> = roles
            .date
            .iter()
            .copied()
            .filter(|&c| {
                let mut filled = t
                    .rows()
                    .iter()
                    .filter_map(|row| row.cells().get(c))
                    .filter(|cell| !placeholder(cell))
                    .peekable();
                filled.peek().is_some() && filled.all(|cell| a_count(&doc.text[cell.span.clone()]))
            })
            .collect();
        let required: Vec<(usize, &str)> = roles
            .owner
            .iter()
            .map(|&c| (c, "owner"))
            .chain(roles.evidence.iter().map(|&c| (c, "evidence")))
            .chain(
                roles
                    .date
                    .iter()
                    .filter(|c| !counts.contains(c))
                    .map(|&c| (c, "date")),
            )
            .collect();
        // Owner columns where some row names an owner: there a not-started
        // row's `TBD` is a task looking for one, the normal state of a plan.
        let named: Vec<usize> = roles
            .owner
            .iter()
            .copied()
            .filter(|&c| {
                t.rows()
                    .iter()
                    .any(|row| row.cells().get(c).is_some_and(|cell| !placeholder(&cell)))
            })
            .collect();
        // A template register (iso-9001's `| R-001 | … | [Name] | … | YYYY-MM-DD |`
        // above blank slots): its rows not done are slots for whoever fills
        // it in, not owners missing.
        let template = t.rows().iter().any(|row| {
            required.iter().any(|&(c, _)| {
                row.cells()
                    .get(c)
                    .is_some_and(|cell| fill_in_marker(&doc.text[cell.span.clone()]))
            })
        });
        let mut uniform_here = false;
        // Owner gaps of rows not done, per column: (first cell, value, lines).
        type Gap = (usize, std::ops::Range<usize>, Vec<String>, Vec<usize>);
        let mut open_gaps: Vec<Gap> = Vec::new();
        for (ri, row) in t.rows().iter().enumerate() {
            let class = facts.row_class(doc, ti, ri);
            let done = class == Some(Class::Done);
            // A row whose status says nothing applies (`N/A`, `Skipped`, or a
            // bare dash in every status cell: a lunch break in a launch
            // schedule, `| 12:00 | Lunch | - | - |`) is no task: no owner.
            let no_task = class == Some(Class::NotApplicable)
                || (!facts.live_status[ti].is_empty()
                    && facts.live_status[ti].iter().all(|&c| {
                        row.cells().get(c).is_some_and(|cell| {
                            matches!(doc.text[cell.span.clone()].trim(), "-" | "–" | "—")
                        })
                    }));
            // An empty slot: a row not done whose every cell but its status,
            // its key among them, is a placeholder (the seed row of an empty
            // tracker, `| TBD | TBD | TBD | TBD | Open | TBD |`: survey 29a,
            // robo's `docs/exec-plans/tech-debt-tracker.md`). It names no
            // item, so no item lacks an owner.
            let slot = !done
                && row
                    .cells()
                    .iter()
                    .enumerate()
                    .all(|(i, cell)| facts.live_status[ti].contains(&i) || placeholder(&cell));
            if slot {
                continue;
            }
            // A template's row whose status cell lists the statuses to pick
            // from (`todo / in-progress / done`, under jido_workbench's
            // `## Punchlist Matrix Template`: survey 90a, 1 finding judged
            // false) is a slot to copy, not a task: it has no owner yet.
            if !done
                && facts.live_status[ti].iter().any(|&c| {
                    row.cells()
                        .get(c)
                        .is_some_and(|cell| status_choices(facts, &doc.text[cell.span.clone()]))
                })
            {
                continue;
            }
            // A summary row (`| **Week 1 Total** | | **72 hours** | |`) adds
            // up the tasks above it: no task, so no owner, evidence or date.
            // A bare total (`| **TOTAL** | - | ✅ |`) is one whatever its
            // status: the summary row decides.
            if crate::rules::summary_row::summary_row(doc, &row, &facts.live_status[ti]) {
                continue;
            }
            // A section row (`| **Testing Tasks** | | | | |`) heads the
            // tasks below it: no task, so no owner.
            if class.is_none() && crate::rules::section_row::section_row(doc, &row) {
                continue;
            }
            for &(c, role) in &required {
                // Nothing is proven or dated before the work is done.
                if !done && role != "owner" {
                    continue;
                }
                if class == Some(Class::NotStarted) && named.contains(&c) {
                    continue;
                }
                if no_task && role == "owner" {
                    continue;
                }
                let Some(cell) = row.cells().get(c) else {
                    continue;
                };
                if !placeholder(&cell) || (template && !done) {
                    continue;
                }
                if role == "date" && deadlines.contains(&c) {
                    continue;
                }
                // A dash in a date cell says "no date applies" (a schema
                // version or a hash among dated events), not "date to come".
                if role == "date" && matches!(doc.text[cell.span.clone()].trim(), "-" | "–" | "—")
                {
                    continue;
                }
                if role == "evidence"
                    && roles
                        .evidence
                        .iter()
                        .all(|&e| row.cells().get(e).is_none_or(|c| placeholder(&c)))
                    && reported_by_evidence_rule(&row)
                {
                    continue;
                }
                let value = clean_cell(&doc.text[cell.span.clone()]);
                let shown = if value.is_empty() {
                    "empty".to_string()
                } else {
                    format!("`{value}`")
                };
                let line = doc.line_col(cell.span.start).0;
                if role == "owner" && !named.contains(&c) {
                    uniform.add(cell.span.clone(), shown, line, done, !uniform_here);
                    uniform_here = true;
                    continue;
                }
                if !done {
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
                    format!("{role} cell is {shown} on a row marked done"),
                )
                .help(format!("fill in the {role}"));
                f.severity = Severity::Error;
                out.push(f);
            }
        }
        for (_, span, values, lines) in open_gaps {
            let message = match lines.as_slice() {
                [_] => format!("owner cell is {}", same_or_any(&values)),
                [first, .., last] => format!(
                    "owner cell is {} in {} rows of this table (lines {first}–{last})",
                    same_or_any(&values),
                    lines.len()
                ),
                [] => continue,
            };
            out.push(Finding::new(&RULE, span, message).help(
                "fill in the owners (one finding for the column: each row named above has the gap)",
            ));
        }
    }
    out.extend(uniform.finding());
}

/// Whether a status cell lists statuses to pick from rather than saying
/// one: two or more parts joined by ` / `, each exactly a status of the
/// vocabulary, of at least two classes (`todo / in-progress / done`); a
/// status with a note (`in progress / blocked on review`) or one status
/// said twice is no choice.
fn status_choices(facts: &Facts, raw: &str) -> bool {
    let cell = clean_cell(raw);
    if !cell.contains(" / ") {
        return false;
    }
    let mut classes: Vec<Class> = Vec::new();
    for part in cell.split(" / ") {
        match facts.vocab.exact(part) {
            Some(c) => {
                if !classes.contains(&c) {
                    classes.push(c);
                }
            }
            None => return false,
        }
    }
    classes.len() >= 2
}

/// Whether a cell holds a template's fill-in marker: a bracketed label
/// (`[Name]`, `_[Date]_`, `*[Add your risks]*`; not a link), a date format
/// (`YYYY-MM-DD`, `TT.MM.JJJJ`) or a blank line to write on (`______`).
fn fill_in_marker(raw: &str) -> bool {
    // A blank line to write on (`______`), as a printed form has.
    let blank = raw.trim();
    if blank.len() >= 3 && blank.bytes().all(|b| b == b'_') {
        return true;
    }
    let v = raw.trim().trim_matches(['*', '_', ' ']);
    let bracketed = v.len() > 2
        && v.starts_with('[')
        && v.ends_with(']')
        && !v[1..v.len() - 1].contains(['[', ']'])
        && v[1..].starts_with(|c: char| c.is_alphabetic());
    bracketed
        || ["YYYY-MM-DD", "DD.MM.YYYY", "TT.MM.JJJJ", "JJJJ-MM-TT"]
            .iter()
            .any(|f| f.eq_ignore_ascii_case(v))
}

/// Whether a cell holds a count rather than a date: digits, maybe with
/// thousands separators and a trailing footnote mark or unit (`59`, `0*`,
/// `1,204`, `40%`, `12+`), and not a year (`2024`).
fn a_count(raw: &str) -> bool {
    let v = clean_cell(raw);
    let v = v.trim_matches(['*', '_', ' ']);
    let digits = v.trim_end_matches(['*', '%', '+']);
    if digits.is_empty()
        || !digits.starts_with(|c: char| c.is_ascii_digit())
        || !digits.chars().all(|c| c.is_ascii_digit() || c == ',')
    {
        return false;
    }
    let year = digits.len() == 4
        && digits
            .parse::<u32>()
            .is_ok_and(|y| (1900..2100).contains(&y));
    !year
}

/// Whether a date column's header names a deadline (`Due`, `Due Date`,
/// `Target Date`, `ETA`, `Deadline`, `Planned`): a date set before the work,
/// not one the work records.
fn names_a_deadline(header: &str) -> bool {
    let h = clean_cell(header).to_lowercase();
    h.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "due" | "target" | "eta" | "deadline" | "planned"))
}

/// The one value all `values` share (`` `TBD` ``), or "empty or a placeholder".
fn same_or_any(values: &[String]) -> String {
    if values.iter().all(|v| *v == values[0]) {
        values[0].clone()
    } else {
        "empty or a placeholder".to_string()
    }
}

/// The owner gaps of columns no row of which names an owner, across a
/// document: the first cell, the values, lines, how many rows are done and
/// how many tables.
#[derive(Default)]
struct Uniform {
    first: Option<std::ops::Range<usize>>,
    values: Vec<String>,
    lines: Vec<usize>,
    done: usize,
    tables: usize,
}

impl Uniform {
    fn add(
        &mut self,
        span: std::ops::Range<usize>,
        shown: String,
        line: usize,
        done: bool,
        new_table: bool,
    ) {
        self.first.get_or_insert(span);
        self.values.push(shown);
        self.lines.push(line);
        self.done += usize::from(done);
        self.tables += usize::from(new_table);
    }

    /// One finding for them all: an error when a row is marked done.
    fn finding(self) -> Option<Finding> {
        let span = self.first?;
        let shown = same_or_any(&self.values);
        let n = self.lines.len();
        let (first, last) = (self.lines[0], self.lines[n - 1]);
        let message = match (n, self.tables) {
            (1, _) if self.done == 1 => format!("owner cell is {shown} on a row marked done"),
            (1, _) => format!("owner cell is {shown}"),
            (_, 1) => format!(
                "owner cell is {shown} in {n} rows of this table (lines {first}–{last}{})",
                done_words(self.done)
            ),
            (_, k) => format!(
                "owner cell is {shown} in {n} rows of {k} tables (lines {first}–{last}{}): no row of their Owner columns names one",
                done_words(self.done)
            ),
        };
        let help = if n == 1 {
            "fill in the owner"
        } else {
            "fill in the owners, or drop the Owner column if the document assigns none (one finding for every row named above)"
        };
        let mut f = Finding::new(&RULE, span, message).help(help);
        if self.done > 0 {
            f.severity = Severity::Error;
        }
        Some(f)
    }
}

/// `, 24 marked done`, or nothing.
fn done_words(done: usize) -> String {
    if done == 0 {
        String::new()
    } else {
        format!(", {done} marked done")
    }
}
