//! GFM tables, read from the raw row text.
//!
//! comrak pads short rows and drops cells past the header's count, so its AST
//! cannot tell how many cells a row really has. Rows are therefore split here,
//! from the source bytes, on unescaped pipes.

use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Table {
    /// From the first byte of the header row to the end of the last row.
    pub span: Range<usize>,
    pub header: Row,
    /// The delimiter row (`| --- | :-: |`).
    pub delimiter: Row,
    pub rows: Vec<Row>,
    /// Column count of the header (what GitHub renders).
    pub columns: usize,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// The row's text on its line, from its first non-prefix byte to the line end
    /// (before `\r\n`).
    pub span: Range<usize>,
    pub cells: Box<[Cell]>,
    /// Whether the row is written with a leading / trailing pipe.
    pub leading_pipe: bool,
    pub trailing_pipe: bool,
}

/// One cell: its span only (a table of a million rows keeps four numbers a
/// cell less; the raw span, padding included, is found again from the text
/// when a fix needs it: [`Row::raw`]).
#[derive(Debug, Clone)]
pub struct Cell {
    /// The cell's content, trimmed of surrounding white space. An empty or
    /// blank cell's span is empty, after the first blank character.
    pub span: Range<usize>,
}

impl Row {
    /// Splits the row text `text[span]` into cells. `span` must start at the
    /// row's first byte (after any block-quote or list prefix).
    pub fn split(text: &str, span: Range<usize>) -> Row {
        let bytes = text.as_bytes();
        let mut raw_cells: Vec<Range<usize>> = Vec::new();
        let mut start = span.start;
        let mut i = span.start;
        let mut first_pipe = None;
        let mut last_pipe = None;
        while i < span.end {
            match bytes[i] {
                b'\\' => {
                    i += 2;
                    continue;
                }
                b'|' => {
                    // GFM splits on pipes even inside code spans unless escaped.
                    first_pipe.get_or_insert(i);
                    last_pipe = Some(i);
                    raw_cells.push(start..i);
                    start = i + 1;
                }
                _ => {}
            }
            i += 1;
        }
        raw_cells.push(start..span.end);
        let leading_pipe = first_pipe.is_some_and(|p| text[span.start..p].trim().is_empty());
        let trailing_pipe = last_pipe.is_some_and(|p| text[p + 1..span.end].trim().is_empty());
        if leading_pipe {
            raw_cells.remove(0);
        }
        if trailing_pipe && !raw_cells.is_empty() {
            raw_cells.pop();
        }
        // (Collected in place, a cell being the size of a range: the spare
        // room of the growing list is given back.)
        let cells: Box<[Cell]> = raw_cells
            .into_iter()
            .map(|raw| {
                let s = &text[raw.clone()];
                let trimmed = s.trim_start();
                let lead = s.len() - trimmed.len();
                let span = if trimmed.is_empty() {
                    // After the first blank character (a whole one: `\u{a0}`
                    // is two bytes).
                    let at = raw.start + s.chars().next().map_or(0, char::len_utf8);
                    at..at
                } else {
                    raw.start + lead..raw.start + lead + trimmed.trim_end().len()
                };
                Cell { span }
            })
            .collect::<Vec<Cell>>()
            .into_boxed_slice();
        Row {
            span,
            cells,
            leading_pipe,
            trailing_pipe,
        }
    }
}

impl Row {
    /// The raw span of cell `i`, between its pipes, padding included (None
    /// when the row has no such cell). The content is trimmed of white space
    /// only, so the padding is the white space around it, up to the pipes or
    /// the row's ends.
    pub fn raw(&self, text: &str, i: usize) -> Option<Range<usize>> {
        let cell = self.cells.get(i)?;
        let row = text.get(self.span.clone())?;
        let (s, e) = (
            cell.span.start - self.span.start,
            cell.span.end - self.span.start,
        );
        let before = row.get(..s)?;
        let after = row.get(e..)?;
        let start = before.trim_end().len();
        let end = e + (after.len() - after.trim_start().len());
        Some(self.span.start + start..self.span.start + end)
    }
}

impl Table {
    /// Text of a cell.
    pub fn cell_text<'a>(&self, text: &'a str, cell: &Cell) -> &'a str {
        &text[cell.span.clone()]
    }

    /// Index of the cell that contains `offset`, if any: (row index or None for the header, cell).
    pub fn cell_at(&self, offset: usize) -> Option<(Option<usize>, usize)> {
        if !(self.span.start <= offset && offset < self.span.end) {
            return None;
        }
        // Rows, and the cells of a row, stand in order and do not overlap: the
        // first one that ends at or after `offset` is the only candidate.
        // (Spans, not the padding around them: a code span starts on the
        // cell's content.)
        let find = |row: &Row| {
            let i = row.cells.partition_point(|c| c.span.end <= offset);
            row.cells
                .get(i)
                .filter(|c| c.span.start <= offset)
                .map(|_| i)
        };
        if let Some(c) = find(&self.header) {
            if self.header.span.contains(&offset) {
                return Some((None, c));
            }
        }
        let ri = self.rows.partition_point(|r| r.span.end < offset);
        let row = self.rows.get(ri)?;
        if row.span.start <= offset {
            return find(row).map(|c| (Some(ri), c));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &str) -> Vec<&str> {
        let r = Row::split(t, 0..t.len());
        r.cells.iter().map(|c| &t[c.span.clone()]).collect()
    }

    #[test]
    fn cell_at_finds_the_row_and_cell() {
        let text = "| a | b |\n| --- | --- |\n| `x` | y |\n| z | `w` |\n";
        let line = |n: usize| {
            let start: usize = text.split_inclusive('\n').take(n).map(str::len).sum();
            start..start + text[start..].find('\n').unwrap_or(0)
        };
        let t = Table {
            span: 0..text.len(),
            header: Row::split(text, line(0)),
            delimiter: Row::split(text, line(1)),
            rows: vec![Row::split(text, line(2)), Row::split(text, line(3))],
            columns: 2,
        };
        assert_eq!(t.cell_at(text.find('a').unwrap()), Some((None, 0)));
        assert_eq!(t.cell_at(text.find('x').unwrap()), Some((Some(0), 0)));
        assert_eq!(t.cell_at(text.find('y').unwrap()), Some((Some(0), 1)));
        assert_eq!(t.cell_at(text.find('w').unwrap()), Some((Some(1), 1)));
        assert_eq!(t.cell_at(text.find("---").unwrap()), None);
    }

    #[test]
    fn raw_spans_are_found_again_from_the_padding() {
        let t = "|  a | b\\|c |   |\u{a0} |x";
        let r = Row::split(t, 0..t.len());
        let raws: Vec<&str> = (0..r.cells.len())
            .map(|i| &t[r.raw(t, i).unwrap()])
            .collect();
        assert_eq!(raws, vec!["  a ", " b\\|c ", "   ", "\u{a0} ", "x"]);
        // A blank cell's span is empty, after its first (whole) character.
        assert_eq!(&t[r.cells[3].span.clone()], "");
        assert_eq!(r.cells[3].span.start, t.find('\u{a0}').unwrap() + 2);
        assert_eq!(r.raw(t, 5), None);
    }

    #[test]
    fn splits_rows() {
        assert_eq!(cells("| a | b |"), vec!["a", "b"]);
        assert_eq!(cells("a | b"), vec!["a", "b"]);
        assert_eq!(cells("| a \\| x | `c|d` |"), vec!["a \\| x", "`c", "d`"]);
        assert_eq!(cells("| a |  | c |"), vec!["a", "", "c"]);
        assert_eq!(
            cells("| ✅ Done | b | extra |"),
            vec!["✅ Done", "b", "extra"]
        );
    }
}
