//! GFM tables, read from the raw row text.
//!
//! comrak pads short rows and drops cells past the header's count, so its AST
//! cannot tell how many cells a row really has. Rows are therefore split here,
//! from the source bytes, on unescaped pipes.

use std::ops::Range;

/// A table: its rows and their cells, kept compact (a register of a million
/// rows is a million rows of four cells): every row's record and every
/// cell's offsets (from its row's start) stand in two flat lists, and a row
/// or a cell is a view made when asked ([`Row`], [`Cell`]).
#[derive(Debug, Clone)]
pub struct Table {
    /// From the first byte of the header row to the end of the last row.
    pub span: Range<usize>,
    /// Column count of the header (what GitHub renders).
    pub columns: usize,
    /// The header, the delimiter row, then the body rows.
    records: Vec<RowRecord>,
    cells: Vec<CellRecord>,
}

/// One row, as kept: its span, where its cells start in [`Table::cells`].
#[derive(Debug, Clone, Copy)]
struct RowRecord {
    start: usize,
    end: usize,
    first_cell: u32,
    leading_pipe: bool,
    trailing_pipe: bool,
}

/// One cell, as kept: its content's offsets from its row's start.
#[derive(Debug, Clone, Copy)]
struct CellRecord {
    start: u32,
    end: u32,
}

/// A row of a [`Table`] (a view of it).
#[derive(Debug, Clone)]
pub struct Row<'t> {
    /// The row's text on its line, from its first non-prefix byte to the line end
    /// (before `\r\n`).
    pub span: Range<usize>,
    /// Whether the row is written with a leading / trailing pipe.
    pub leading_pipe: bool,
    pub trailing_pipe: bool,
    cells: &'t [CellRecord],
}

/// One cell: its span only (the raw span, padding included, is found again
/// from the text when a fix needs it: [`Row::raw`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The cell's content, trimmed of surrounding white space. An empty or
    /// blank cell's span is empty, after the first blank character.
    pub span: Range<usize>,
}

/// The cells of a [`Row`].
#[derive(Debug, Clone, Copy)]
pub struct Cells<'t> {
    base: usize,
    cells: &'t [CellRecord],
}

impl<'t> Cells<'t> {
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Cell> {
        self.cells.get(i).map(|c| self.cell(c))
    }

    pub fn first(&self) -> Option<Cell> {
        self.get(0)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Cell> + ExactSizeIterator + use<'t> {
        let base = self.base;
        self.cells.iter().map(move |c| c.at(base))
    }

    fn cell(&self, c: &CellRecord) -> Cell {
        c.at(self.base)
    }
}

impl CellRecord {
    /// The cell of a row starting at `base`.
    fn at(&self, base: usize) -> Cell {
        Cell {
            span: base + self.start as usize..base + self.end as usize,
        }
    }
}

/// The body rows of a [`Table`].
#[derive(Debug, Clone, Copy)]
pub struct Rows<'t> {
    table: &'t Table,
}

impl<'t> Rows<'t> {
    pub fn len(&self) -> usize {
        self.table.records.len().saturating_sub(2)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Row<'t>> {
        (i < self.len()).then(|| self.table.record(i + 2))
    }

    pub fn last(&self) -> Option<Row<'t>> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    pub fn iter(&self) -> RowIter<'t> {
        RowIter {
            table: self.table,
            next: 2,
            end: self.table.records.len().max(2),
        }
    }

    /// The index of the first row for which `pred` is false (rows for which
    /// it holds come first), as [`slice::partition_point`].
    pub fn partition_point(&self, mut pred: impl FnMut(&Row<'t>) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.get(mid).is_some_and(|r| pred(&r)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

impl<'t> IntoIterator for Rows<'t> {
    type Item = Row<'t>;
    type IntoIter = RowIter<'t>;
    fn into_iter(self) -> RowIter<'t> {
        self.iter()
    }
}

/// The cells of the row text `text[span]`, split on unescaped pipes (each
/// handed to `cell`), and whether the row has a leading / trailing pipe.
/// `span` must start at the row's first byte (after any block-quote or list
/// prefix).
fn split(text: &str, span: Range<usize>, mut cell: impl FnMut(Range<usize>)) -> (bool, bool) {
    let bytes = text.as_bytes();
    // (Cells are kept as offsets of 32 bits from the row's start: a row is
    // split in its first 4 GiB.)
    let mut end = span.end.min(span.start.saturating_add(u32::MAX as usize));
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // GFM splits on pipes even inside code spans unless escaped.
    let pipes = || {
        let mut i = span.start;
        std::iter::from_fn(move || {
            while i < end {
                let at = i;
                match bytes[at] {
                    b'\\' => i += 2,
                    b'|' => {
                        i += 1;
                        return Some(at);
                    }
                    _ => i += 1,
                }
            }
            None
        })
    };
    let mut first = None;
    let mut last = None;
    for p in pipes() {
        first.get_or_insert(p);
        last = Some(p);
    }
    let leading_pipe = first.is_some_and(|p| text[span.start..p].trim().is_empty());
    let trailing_pipe = last.is_some_and(|p| text[p + 1..span.end].trim().is_empty());
    let mut emit = |r: Range<usize>| {
        let s = &text[r.clone()];
        let trimmed = s.trim_start();
        let lead = s.len() - trimmed.len();
        cell(if trimmed.is_empty() {
            // After the first blank character (a whole one: `\u{a0}` is
            // two bytes).
            let at = r.start + s.chars().next().map_or(0, char::len_utf8);
            at..at
        } else {
            r.start + lead..r.start + lead + trimmed.trim_end().len()
        });
    };
    // Between the pipes, and from the row's start / to its end, less what
    // stands before a leading pipe and after a trailing one.
    let mut from = span.start;
    for (k, p) in pipes().enumerate() {
        if !(k == 0 && leading_pipe) {
            emit(from..p);
        }
        from = p + 1;
    }
    if !trailing_pipe {
        emit(from..end);
    }
    (leading_pipe, trailing_pipe)
}

/// The body rows of a [`Table`], in order.
#[derive(Debug, Clone)]
pub struct RowIter<'t> {
    table: &'t Table,
    /// Records left: `next..end`.
    next: usize,
    end: usize,
}

impl<'t> Iterator for RowIter<'t> {
    type Item = Row<'t>;
    fn next(&mut self) -> Option<Row<'t>> {
        (self.next < self.end).then(|| {
            self.next += 1;
            self.table.record(self.next - 1)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.next;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for RowIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        (self.next < self.end).then(|| {
            self.end -= 1;
            self.table.record(self.end)
        })
    }
}

impl ExactSizeIterator for RowIter<'_> {}

impl Table {
    /// A table of its header and delimiter rows (the text `text[header]` and
    /// `text[delimiter]`, each from its first byte after any prefix), and no
    /// body rows yet: see [`Table::push_row`].
    pub fn new(
        text: &str,
        header: Range<usize>,
        delimiter: Range<usize>,
        columns: Option<usize>,
    ) -> Table {
        let mut t = Table {
            span: header.clone(),
            columns: 0,
            records: Vec::new(),
            cells: Vec::new(),
        };
        t.push_record(text, header);
        t.push_record(text, delimiter);
        t.columns = columns.unwrap_or_else(|| t.header().cells().len());
        t.span.end = t.delimiter().span.end;
        t
    }

    /// Adds a body row (the text `text[span]`, from its first byte after any
    /// prefix); the table then ends with it.
    /// Room for `rows` more rows of `cells` cells each, made at once: a table
    /// known to go on for a million rows is not grown by doubling (each step
    /// holding the old list and the new one).
    pub fn reserve(&mut self, rows: usize, cells: usize) {
        self.records.reserve(rows);
        self.cells.reserve(rows.saturating_mul(cells));
    }

    pub fn push_row(&mut self, text: &str, span: Range<usize>) {
        self.span.end = span.end;
        self.push_record(text, span);
    }

    fn push_record(&mut self, text: &str, span: Range<usize>) {
        // (A table of more than 4 billion cells keeps the first ones: a row
        // past them has none.)
        let first_cell = u32::try_from(self.cells.len()).unwrap_or(u32::MAX);
        let base = span.start;
        let cells = &mut self.cells;
        let full = first_cell == u32::MAX;
        let (leading_pipe, trailing_pipe) = split(text, span.clone(), |c| {
            if !full && cells.len() < u32::MAX as usize {
                // Within 4 GiB of the row's start (see `split`).
                let off = |o: usize| u32::try_from(o - base).unwrap_or(u32::MAX);
                cells.push(CellRecord {
                    start: off(c.start),
                    end: off(c.end),
                });
            }
        });
        self.records.push(RowRecord {
            start: span.start,
            end: span.end,
            first_cell,
            leading_pipe,
            trailing_pipe,
        });
    }

    /// The row of record `i` (0: the header, 1: the delimiter row).
    fn record(&self, i: usize) -> Row<'_> {
        let r = &self.records[i];
        let from = (r.first_cell as usize).min(self.cells.len());
        let to = self
            .records
            .get(i + 1)
            .map_or(self.cells.len(), |n| n.first_cell as usize)
            .clamp(from, self.cells.len());
        Row {
            span: r.start..r.end,
            leading_pipe: r.leading_pipe,
            trailing_pipe: r.trailing_pipe,
            cells: &self.cells[from..to],
        }
    }

    pub fn header(&self) -> Row<'_> {
        self.record(0)
    }

    /// The delimiter row (`| --- | :-: |`).
    pub fn delimiter(&self) -> Row<'_> {
        self.record(1)
    }

    /// The body rows.
    pub fn rows(&self) -> Rows<'_> {
        Rows { table: self }
    }

    /// Body row `i` (which must exist).
    pub fn row(&self, i: usize) -> Row<'_> {
        self.record(i + 2)
    }

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
            let rel = offset - row.span.start;
            let i = row.cells.partition_point(|c| (c.end as usize) <= rel);
            row.cells
                .get(i)
                .filter(|c| c.start as usize <= rel)
                .map(|_| i)
        };
        let header = self.header();
        if header.span.contains(&offset) {
            if let Some(c) = find(&header) {
                return Some((None, c));
            }
        }
        let rows = self.rows();
        let ri = rows.partition_point(|r| r.span.end < offset);
        let row = rows.get(ri)?;
        if row.span.start <= offset {
            return find(&row).map(|c| (Some(ri), c));
        }
        None
    }
}

impl<'t> Row<'t> {
    /// The row's cells.
    pub fn cells(&self) -> Cells<'t> {
        Cells {
            base: self.span.start,
            cells: self.cells,
        }
    }

    /// The raw span of cell `i`, between its pipes, padding included (None
    /// when the row has no such cell). The content is trimmed of white space
    /// only, so the padding is the white space around it, up to the pipes or
    /// the row's ends.
    pub fn raw(&self, text: &str, i: usize) -> Option<Range<usize>> {
        let cell = self.cells().get(i)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-row table of the row text `t`.
    fn one(t: &str) -> Table {
        Table::new(t, 0..t.len(), t.len()..t.len(), None)
    }

    fn cells(t: &str) -> Vec<&str> {
        let tab = one(t);
        let r = tab.header();
        r.cells().iter().map(|c| &t[c.span]).collect()
    }

    #[test]
    fn cell_at_finds_the_row_and_cell() {
        let text = "| a | b |\n| --- | --- |\n| `x` | y |\n| z | `w` |\n";
        let line = |n: usize| {
            let start: usize = text.split_inclusive('\n').take(n).map(str::len).sum();
            start..start + text[start..].find('\n').unwrap_or(0)
        };
        let mut t = Table::new(text, line(0), line(1), Some(2));
        t.push_row(text, line(2));
        t.push_row(text, line(3));
        assert_eq!(t.span, 0..text.len() - 1);
        assert_eq!(t.rows().len(), 2);
        assert_eq!(t.cell_at(text.find('a').unwrap()), Some((None, 0)));
        assert_eq!(t.cell_at(text.find('x').unwrap()), Some((Some(0), 0)));
        assert_eq!(t.cell_at(text.find('y').unwrap()), Some((Some(0), 1)));
        assert_eq!(t.cell_at(text.find('w').unwrap()), Some((Some(1), 1)));
        assert_eq!(t.cell_at(text.find("---").unwrap()), None);
        let spans: Vec<&str> = t.rows().iter().rev().map(|r| &text[r.span]).collect();
        assert_eq!(spans, vec!["| z | `w` |", "| `x` | y |"]);
        assert_eq!(t.delimiter().cells().len(), 2);
        assert_eq!(
            t.rows()
                .partition_point(|r| r.span.end < text.find('z').unwrap()),
            1
        );
    }

    #[test]
    fn raw_spans_are_found_again_from_the_padding() {
        let t = "|  a | b\\|c |   |\u{a0} |x";
        let tab = one(t);
        let r = tab.header();
        let raws: Vec<&str> = (0..r.cells().len())
            .map(|i| &t[r.raw(t, i).unwrap()])
            .collect();
        assert_eq!(raws, vec!["  a ", " b\\|c ", "   ", "\u{a0} ", "x"]);
        // A blank cell's span is empty, after its first (whole) character.
        let blank = r.cells().get(3).unwrap().span;
        assert_eq!(&t[blank.clone()], "");
        assert_eq!(blank.start, t.find('\u{a0}').unwrap() + 2);
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
        assert_eq!(cells("|"), Vec::<&str>::new());
        assert_eq!(cells("| a"), vec!["a"]);
        assert_eq!(cells("a |"), vec!["a"]);
        assert_eq!(cells("a \\|"), vec!["a \\|"]);
        let tab = one("| a |");
        assert!(tab.header().leading_pipe && tab.header().trailing_pipe);
    }
}
