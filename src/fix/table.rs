//! Re-padding a table whose cells changed, so its columns stay aligned.
//!
//! Only a table that was aligned before (every row of the same display width,
//! pipes in the same columns) is re-padded, and only as far as needed: an
//! edited cell keeps its column's width, and a column is widened (in every row,
//! the delimiter row by dashes only) only when a new value no longer fits. A
//! compact table gets plain edits. Display width counts emoji and CJK as two columns.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use crate::diagnostic::{Edit, Safety};
use crate::document::{Row, Table};

/// Whether the table's rows are aligned: all rows have the same pipe columns.
pub fn is_aligned(text: &str, t: &Table) -> bool {
    let cols = |r: &Row| -> Vec<usize> {
        let s = &text[r.span.clone()];
        let mut out = Vec::new();
        let mut prev = '\0';
        for (i, c) in s.char_indices() {
            if c == '|' && prev != '\\' {
                // Width of everything before the pipe, measured as one string
                // (an emoji with U+FE0F is two columns, as when padding).
                out.push(s[..i].width());
            }
            prev = c;
        }
        out
    };
    let first = cols(&t.header());
    if first.len() < 2 {
        return false;
    }
    std::iter::once(t.delimiter())
        .chain(t.rows())
        .all(|r| cols(&r) == first)
}

/// The edits that replace `edits` (those inside `t`) when `t` is aligned: each
/// edited cell is re-padded to its column's width, touching only that cell; a
/// column is widened, in every row, only when a new value no longer fits it.
/// The delimiter row keeps its style: a widened column gets more dashes and
/// nothing else (`|---|` stays `|-----|`, `| :---: |` stays `| :-----: |`).
/// Returns None when the table is not aligned (its plain edits then touch only
/// their cells) or no edit touches it.
pub fn repad(text: &str, t: &Table, edits: &[Edit]) -> Option<Vec<Edit>> {
    let inside: Vec<&Edit> = edits
        .iter()
        .filter(|e| t.span.start <= e.range.start && e.range.end <= t.span.end)
        .collect();
    if inside.is_empty() || !is_aligned(text, t) {
        return None;
    }
    let safety = inside
        .iter()
        .map(|e| e.safety)
        .max()
        .unwrap_or(Safety::Safe);
    let in_cell =
        |e: &Edit, span: &Range<usize>| span.start <= e.range.start && e.range.end <= span.end;
    let rows: Vec<Row> = std::iter::once(t.header()).chain(t.rows()).collect();
    // Every edit must lie in a cell; otherwise leave the table to plain edits.
    if !inside.iter().all(|e| {
        rows.iter()
            .flat_map(|r| r.cells().iter())
            .any(|c| in_cell(e, &c.span))
    }) {
        return None;
    }
    let cell_text = |span: &Range<usize>| -> String {
        let mut s = String::new();
        let mut pos = span.start;
        for e in inside.iter().filter(|e| in_cell(e, span)) {
            if e.range.start < pos {
                continue;
            }
            s.push_str(&text[pos..e.range.start]);
            s.push_str(&e.replacement);
            pos = e.range.end;
        }
        s.push_str(&text[pos..span.end]);
        s
    };
    // A right-aligned column (`--:`) is padded on the left.
    let right: Vec<bool> = t
        .delimiter()
        .cells()
        .iter()
        .map(|c| {
            let s = text[c.span.clone()].trim();
            s.ends_with(':') && !s.starts_with(':')
        })
        .collect();
    let pads_left = |row: &Row, col: usize| {
        right.get(col).copied().unwrap_or(false) && (col > 0 || row.leading_pipe)
    };
    // A cell with a pipe after it has a width to keep.
    let bounded = |row: &Row, col: usize| col + 1 < row.cells().len() || row.trailing_pipe;
    // The least padding a column has on each side, in any row: its style
    // (`| Done |` keeps one space, `|Done|` none).
    let min_pad = |col: usize, lead: bool| -> usize {
        rows.iter()
            .filter_map(|r| Some((r.cells().get(col)?, r.raw(text, col)?)))
            .filter(|(c, _)| !c.span.is_empty())
            .map(|(c, raw)| {
                if lead {
                    text[raw.start..c.span.start].width()
                } else {
                    text[c.span.end..raw.end].width()
                }
            })
            .min()
            .unwrap_or(0)
    };

    struct Changed<'a> {
        row: usize,
        col: usize,
        raw: Range<usize>,
        lead: &'a str,
        content: String,
        trail: &'a str,
    }
    let mut changed: Vec<Changed> = Vec::new();
    for (ri, row) in rows.iter().enumerate() {
        for (ci, cell) in row.cells().iter().enumerate() {
            if inside.iter().any(|e| in_cell(e, &cell.span))
                && let Some(raw) = row.raw(text, ci)
            {
                changed.push(Changed {
                    row: ri,
                    col: ci,
                    lead: &text[raw.start..cell.span.start],
                    content: cell_text(&cell.span),
                    trail: &text[cell.span.end..raw.end],
                    raw,
                });
            }
        }
    }
    // How much wider each column must get (only when a value no longer fits).
    let mut widen: Vec<usize> = vec![0; t.header().cells().len().max(1)];
    for c in &changed {
        let row = &rows[c.row];
        if !bounded(row, c.col) || c.col >= widen.len() {
            continue;
        }
        let slot = text[c.raw.clone()].width();
        let need = if pads_left(row, c.col) {
            min_pad(c.col, true) + c.content.width() + c.trail.width()
        } else {
            c.lead.width() + c.content.width() + min_pad(c.col, false)
        };
        widen[c.col] = widen[c.col].max(need.saturating_sub(slot));
    }
    let mut out = Vec::new();
    for c in &changed {
        let row = &rows[c.row];
        let new = if !bounded(row, c.col) {
            format!("{}{}{}", c.lead, c.content, c.trail)
        } else {
            let slot = text[c.raw.clone()].width() + widen.get(c.col).copied().unwrap_or(0);
            if pads_left(row, c.col) {
                let pad = slot.saturating_sub(c.content.width() + c.trail.width());
                format!("{}{}{}", " ".repeat(pad), c.content, c.trail)
            } else {
                let pad = slot.saturating_sub(c.lead.width() + c.content.width());
                format!("{}{}{}", c.lead, c.content, " ".repeat(pad))
            }
        };
        out.push(Edit::new(c.raw.clone(), new, safety));
    }
    for (col, &delta) in widen.iter().enumerate() {
        if delta == 0 {
            continue;
        }
        for (ri, row) in rows.iter().enumerate() {
            if changed.iter().any(|c| c.row == ri && c.col == col) {
                continue;
            }
            let (Some(cell), Some(raw)) = (row.cells().get(col), row.raw(text, col)) else {
                continue;
            };
            let at = if pads_left(row, col) {
                raw.start
            } else {
                cell.span.end
            };
            out.push(Edit::new(at..at, " ".repeat(delta), safety));
        }
        // The delimiter row: more dashes, its style kept.
        if let Some(cell) = t.delimiter().cells().get(col) {
            let d = &text[cell.span.clone()];
            if let Some(i) = d.rfind('-') {
                let at = cell.span.start + i + 1;
                out.push(Edit::new(at..at, "-".repeat(delta), safety));
            }
        }
    }
    // Cells whose text did not change need no edit.
    out.retain(|e| text[e.range.clone()] != e.replacement);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::parse;
    use crate::fix::apply::apply;

    #[test]
    fn repads_aligned_table_keeping_alignment_style() {
        let t = "| Item | Status |\n| :--- | :----: |\n| A    | Done   |\n| B    | WIP    |\n";
        let d = parse("a.md", t.to_string());
        let tab = &d.tables[0];
        let cell = tab.row(1).cells().get(1).unwrap().span;
        let edits = repad(t, tab, &[Edit::new(cell, "✅ In progress", Safety::Safe)]).unwrap();
        let mut e = edits.clone();
        e.sort_by_key(|x| x.range.start);
        let out = apply(t, &e);
        assert_eq!(
            out,
            "| Item | Status         |\n| :--- | :------------: |\n| A    | Done           |\n| B    | ✅ In progress |\n"
        );
    }

    #[test]
    fn compact_table_is_not_repadded() {
        let t = "| Item | Status |\n| --- | --- |\n| A | Done |\n";
        let d = parse("a.md", t.to_string());
        let cell = d.tables[0].row(0).cells().get(1).unwrap().span;
        assert!(repad(t, &d.tables[0], &[Edit::new(cell, "X", Safety::Safe)]).is_none());
    }

    fn fixed(t: &str, row: usize, col: usize, new: &str) -> String {
        let d = parse("a.md", t.to_string());
        let tab = &d.tables[0];
        let cell = tab.row(row).cells().get(col).unwrap().span;
        let mut e = repad(t, tab, &[Edit::new(cell, new, Safety::Safe)]).unwrap();
        e.sort_by_key(|x| x.range.start);
        apply(t, &e)
    }

    #[test]
    fn a_value_that_fits_touches_only_its_cell() {
        let t = "| Item | Status |\n|------|--------|\n| A    | WIP    |\n| B    | Done   |\n";
        assert_eq!(
            fixed(t, 0, 1, "Ready"),
            "| Item | Status |\n|------|--------|\n| A    | Ready  |\n| B    | Done   |\n"
        );
    }

    #[test]
    fn a_wider_value_widens_its_column_keeping_the_delimiter_style() {
        let t = "| Item | Status |\n|------|--------|\n| A    | WIP    |\n| B    | Done   |\n";
        assert_eq!(
            fixed(t, 0, 1, "In progress"),
            "| Item | Status      |\n|------|-------------|\n| A    | In progress |\n| B    | Done        |\n"
        );
        let t = "|Item|Status|\n|:--:|:----:|\n|A   |WIP   |\n";
        assert_eq!(
            fixed(t, 0, 1, "In progress"),
            "|Item|Status     |\n|:--:|:---------:|\n|A   |In progress|\n"
        );
    }
}
