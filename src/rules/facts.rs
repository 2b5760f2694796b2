//! Facts about one document that several rules share, computed once: the
//! vocabulary (with the document's own Status Legend), the role of each table
//! column, the sections, and which evidence references resolved.

use std::collections::HashMap;
use std::ops::Range;

use crate::config::{Config, Role};
use crate::document::Document;
use crate::mojibake;
use crate::vocabulary::{Class, Vocabulary};

/// Column roles of one table.
#[derive(Debug, Clone, Default)]
pub struct TableRoles {
    pub status: Vec<usize>,
    pub evidence: Vec<usize>,
    pub owner: Vec<usize>,
    pub date: Vec<usize>,
}

impl TableRoles {
    /// A readiness table: it has a status or an evidence column.
    pub fn is_readiness(&self) -> bool {
        !self.status.is_empty() || !self.evidence.is_empty()
    }
}

pub struct Facts {
    pub vocab: Vocabulary,
    pub roles: Vec<TableRoles>,
    /// For each heading: the end of its section (next heading of the same or a higher level).
    pub section_end: Vec<usize>,
    /// Evidence references by span start → whether the target is present and tracked.
    pub reference_ok: HashMap<usize, bool>,
    /// References that resolved, by span start → repository-relative path.
    pub reference_paths: HashMap<usize, String>,
    /// References (by span start) that got a path finding of their own.
    pub reference_reported: std::collections::HashSet<usize>,
    /// Status columns that hold at least one known value (others are not status columns:
    /// an HTTP "Status" column of 200/404 is not a readiness status).
    pub live_status: Vec<Vec<usize>>,
    /// The class of every row (see [`Facts::row_class`]), computed once.
    row_classes: Vec<Vec<Option<Class>>>,
}

/// Cleans a cell for reading: mojibake repaired, backticks / emphasis / HTML removed.
pub fn clean_cell(raw: &str) -> String {
    // Plain ASCII without markup: nothing to repair or strip.
    if raw.is_ascii() && !raw.contains(['`', '*', '_', '<']) {
        return raw.trim().to_string();
    }
    let repaired = mojibake::repair_str(raw);
    let s = repaired.trim();
    let s = s.trim_matches('`').trim();
    let s = s.trim_start_matches("**").trim_end_matches("**").trim();
    let s = s.trim_start_matches("__").trim_end_matches("__").trim();
    let s = s.trim_matches('`').trim();
    s.replace("<br>", " ").replace("<br/>", " ")
}

impl Facts {
    pub fn of(config: &Config, doc: &Document) -> Facts {
        let text = &doc.text;
        let roles: Vec<TableRoles> = doc
            .tables
            .iter()
            .map(|t| {
                let mut r = TableRoles::default();
                for (i, c) in t.header.cells.iter().enumerate() {
                    match config.role_of(&text[c.span.clone()]) {
                        Some(Role::Status) => r.status.push(i),
                        Some(Role::Evidence) => r.evidence.push(i),
                        Some(Role::Owner) => r.owner.push(i),
                        Some(Role::Date) => r.date.push(i),
                        None => {}
                    }
                }
                r
            })
            .collect();
        let section_end = doc
            .headings
            .iter()
            .enumerate()
            .map(|(i, h)| {
                doc.headings[i + 1..]
                    .iter()
                    .find(|n| n.level <= h.level)
                    .map(|n| n.span.start)
                    .unwrap_or(text.len())
            })
            .collect();
        let legend = legend_values(doc);
        let vocab = Vocabulary::new(config, &legend);
        let live_status = doc
            .tables
            .iter()
            .zip(&roles)
            .map(|(t, r)| {
                r.status
                    .iter()
                    .copied()
                    .filter(|&c| {
                        let values: Vec<String> = t
                            .rows
                            .iter()
                            .filter_map(|row| {
                                row.cells
                                    .get(c)
                                    .map(|cell| clean_cell(&text[cell.span.clone()]))
                            })
                            .filter(|v| !v.is_empty())
                            .collect();
                        // A column of HTTP codes (`200`, `404 Not Found`) is not a readiness status.
                        let numeric = values
                            .iter()
                            .filter(|v| v.starts_with(|ch: char| ch.is_ascii_digit()))
                            .count();
                        // A column with its own vocabulary (`Stable`, `Beta`, `Deprecated` in a
                        // feature matrix) is not a readiness status either: with no known value,
                        // only a single unknown spelling (a typo such as `Doen`) is reported.
                        let mut distinct: Vec<String> =
                            values.iter().map(|v| v.to_lowercase()).collect();
                        distinct.sort();
                        distinct.dedup();
                        values.iter().any(|v| vocab.classify(v).is_some())
                            || (!values.is_empty() && numeric == 0 && distinct.len() == 1)
                    })
                    .collect()
            })
            .collect();
        let mut facts = Facts {
            vocab,
            roles,
            section_end,
            reference_ok: HashMap::new(),
            reference_paths: HashMap::new(),
            reference_reported: Default::default(),
            live_status,
            row_classes: Vec::new(),
        };
        facts.row_classes = doc
            .tables
            .iter()
            .enumerate()
            .map(|(ti, t)| {
                (0..t.rows.len())
                    .map(|ri| facts.compute_row_class(doc, ti, ri))
                    .collect()
            })
            .collect();
        facts
    }

    /// The class of a row. With several status columns (`Architecture Status`,
    /// `Prod Readiness Status`), the row is done only when every one that has a
    /// value says done (or not applicable); otherwise its first other class.
    pub fn row_class(&self, _doc: &Document, table: usize, row: usize) -> Option<Class> {
        self.row_classes
            .get(table)
            .and_then(|t| t.get(row))
            .copied()
            .flatten()
    }

    fn compute_row_class(&self, doc: &Document, table: usize, row: usize) -> Option<Class> {
        let t = &doc.tables[table];
        let r = &t.rows[row];
        // An unknown value in any status column: the row's status is unknown, not done.
        let unknown = self.live_status[table].iter().any(|&c| {
            r.cells.get(c).is_some_and(|cell| {
                let v = clean_cell(&doc.text[cell.span.clone()]);
                !v.is_empty() && self.vocab.classify(&v).is_none()
            })
        });
        if unknown {
            return None;
        }
        let classes: Vec<Class> = self.live_status[table]
            .iter()
            .filter_map(|&c| {
                r.cells
                    .get(c)
                    .and_then(|cell| {
                        self.vocab
                            .classify(&clean_cell(&doc.text[cell.span.clone()]))
                    })
                    .map(|c| c.class)
            })
            .collect();
        if classes.is_empty() {
            return None;
        }
        if let Some(c) = classes
            .iter()
            .find(|c| !matches!(c, Class::Done | Class::NotApplicable))
        {
            return Some(*c);
        }
        if classes.contains(&Class::Done) {
            Some(Class::Done)
        } else {
            Some(Class::NotApplicable)
        }
    }

    /// The byte range of heading `i`'s section.
    pub fn section(&self, doc: &Document, i: usize) -> Range<usize> {
        doc.headings[i].span.end..self.section_end[i]
    }
}

/// Values listed under a "Status Legend" heading: code spans, or the leading
/// words of list items (`- ✅ Done — complete`).
fn legend_values(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for (i, h) in doc.headings.iter().enumerate() {
        let lower = h.text.to_lowercase();
        if !(lower.contains("legend")
            || lower.contains("status values")
            || lower.contains("status key"))
        {
            continue;
        }
        let end = doc.headings[i + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map(|n| n.span.start)
            .unwrap_or(doc.text.len());
        let range = h.span.end..end.max(h.span.end);
        let mut found = false;
        for cs in &doc.code_spans {
            if range.contains(&cs.span.start) {
                out.push(cs.literal.trim().to_string());
                found = true;
            }
        }
        if !found {
            for line in doc.text[range.clone()].lines() {
                let l = line.trim_start();
                let Some(item) = l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")) else {
                    continue;
                };
                let item = item.trim_start_matches("**");
                let head = item
                    .split([':', '—', '–', '('])
                    .next()
                    .unwrap_or("")
                    .split(" - ")
                    .next()
                    .unwrap_or("");
                let head = head.trim().trim_end_matches("**").trim();
                if !head.is_empty() && head.chars().count() <= 40 {
                    out.push(head.to_string());
                }
            }
        }
    }
    out
}
