//! Re-padding a table whose cells changed, so its columns stay aligned.
//!
//! Only a table that was aligned before (every row of the same display width,
//! pipes in the same columns) is re-padded; a compact table keeps its other
//! rows byte-identical. Display width counts emoji and CJK as two columns.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use crate::diagnostic::Edit;
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
    let first = cols(&t.header);
    if first.len() < 2 {
        return false;
    }
    std::iter::once(&t.delimiter)
        .chain(t.rows.iter())
        .all(|r| cols(r) == first)
}

/// New text of every cell of `t` after `edits` (those inside cells), then one
/// edit per row re-rendering the table aligned. Returns None when the table
/// is not aligned or no edit touches it.
pub fn repad(text: &str, t: &Table, edits: &[Edit]) -> Option<Vec<Edit>> {
    let inside: Vec<&Edit> = edits
        .iter()
        .filter(|e| t.span.start <= e.range.start && e.range.end <= t.span.end)
        .collect();
    if inside.is_empty() || !is_aligned(text, t) {
        return None;
    }
    let cell_text = |span: &Range<usize>| -> String {
        let mut s = String::new();
        let mut pos = span.start;
        for e in inside
            .iter()
            .filter(|e| span.start <= e.range.start && e.range.end <= span.end)
        {
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
    // Every edit must lie in a cell; otherwise leave the table to plain edits.
    let all_cells: Vec<&Range<usize>> = std::iter::once(&t.header)
        .chain(t.rows.iter())
        .flat_map(|r| r.cells.iter().map(|c| &c.span))
        .collect();
    if !inside.iter().all(|e| {
        all_cells
            .iter()
            .any(|c| c.start <= e.range.start && e.range.end <= c.end)
    }) {
        return None;
    }
    let header: Vec<String> = t.header.cells.iter().map(|c| cell_text(&c.span)).collect();
    let body: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| cell_text(&c.span)).collect())
        .collect();
    let ncols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in &body {
        for (i, c) in row.iter().enumerate().take(ncols) {
            widths[i] = widths[i].max(c.width());
        }
    }
    let aligns: Vec<(bool, bool)> = t
        .delimiter
        .cells
        .iter()
        .map(|c| {
            let s = text[c.span.clone()].trim();
            (s.starts_with(':'), s.ends_with(':'))
        })
        .collect();
    for (i, w) in widths.iter_mut().enumerate() {
        let (l, r) = aligns.get(i).copied().unwrap_or((false, false));
        *w = (*w).max(3 + usize::from(l) + usize::from(r)).max(1);
    }
    let render = |cells: &[String], row: &Row, is_delimiter: bool| -> String {
        let mut s = String::new();
        if row.leading_pipe {
            s.push('|');
        }
        for (i, c) in cells.iter().enumerate() {
            let w = widths.get(i).copied().unwrap_or(0);
            let pad = w.saturating_sub(c.width());
            let lead = if i == 0 && !row.leading_pipe { "" } else { " " };
            s.push_str(lead);
            // A right-aligned column (`--:`) is padded on the left.
            let right = !is_delimiter && aligns.get(i).is_some_and(|&(l, r)| r && !l);
            if right {
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(pad));
            }
            if i + 1 < cells.len() || row.trailing_pipe {
                s.push_str(" |");
            }
        }
        s
    };
    let mut out = Vec::new();
    out.push(Edit::new(
        t.header.span.clone(),
        render(&header, &t.header, false),
    ));
    let delim: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            let (l, r) = aligns.get(i).copied().unwrap_or((false, false));
            let dashes = w - usize::from(l) - usize::from(r);
            format!(
                "{}{}{}",
                if l { ":" } else { "" },
                "-".repeat(dashes),
                if r { ":" } else { "" }
            )
        })
        .collect();
    out.push(Edit::new(
        t.delimiter.span.clone(),
        render(&delim, &t.delimiter, true),
    ));
    for (row, cells) in t.rows.iter().zip(&body) {
        out.push(Edit::new(row.span.clone(), render(cells, row, false)));
    }
    // Rows whose text did not change need no edit.
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
        let cell = tab.rows[1].cells[1].span.clone();
        let edits = repad(t, tab, &[Edit::new(cell, "✅ In progress".to_string())]).unwrap();
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
        let cell = d.tables[0].rows[0].cells[1].span.clone();
        assert!(repad(t, &d.tables[0], &[Edit::new(cell, "X".to_string())]).is_none());
    }
}
