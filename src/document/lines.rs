//! Byte offsets ↔ 1-based line / column (columns count Unicode scalar values).

/// Start offsets of every line of a text. `\n` ends a line (`\r\n` too, as the
/// `\r` is part of the line's content).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr_iter(text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// Number of line starts (a trailing newline opens an empty last "line").
    pub fn line_starts(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset of the start of 1-based `line` (clamped).
    pub fn line_start(&self, line: usize) -> usize {
        let i = line.saturating_sub(1).min(self.starts.len() - 1);
        self.starts[i]
    }

    /// Byte offset just past the content of 1-based `line` (before `\r\n` / `\n`).
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let i = line.saturating_sub(1);
        let end = if i + 1 < self.starts.len() {
            self.starts[i + 1] - 1
        } else {
            self.len
        };
        let start = self.line_start(line);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end.max(start)
        }
    }

    /// Converts comrak's (line, byte column), both 1-based, to a byte offset.
    pub fn offset(&self, line: usize, col: usize) -> usize {
        (self.line_start(line) + col.saturating_sub(1)).min(self.len)
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 1-based (line, column) of a byte offset; the column counts chars.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.starts[line - 1];
        let mut o = offset;
        while o > start && !text.is_char_boundary(o) {
            o -= 1;
        }
        let col = text[start..o].chars().count() + 1;
        (line, col)
    }
}

/// Converts increasing offsets to (line, column) without recounting each
/// line from its start (many findings on one long line stay linear).
#[derive(Debug, Default)]
pub struct Cursor {
    last: Option<(usize, usize, usize)>, // line, offset, column
}

impl Cursor {
    pub fn line_col(&mut self, index: &LineIndex, text: &str, offset: usize) -> (usize, usize) {
        let mut o = offset.min(text.len());
        while o > 0 && !text.is_char_boundary(o) {
            o -= 1;
        }
        let line = index.line_of(o);
        let col = match self.last {
            Some((l, lo, lc)) if l == line && lo <= o => lc + text[lo..o].chars().count(),
            _ => index.line_col(text, o).1,
        };
        self.last = Some((line, o, col));
        (line, col)
    }
}

fn memchr_iter(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        // A lone `\r` (not followed by `\n`) also ends a line, as it does for
        // the Markdown parser: offsets must map to its line numbers.
        .filter(|(i, b)| **b == b'\n' || (**b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_carriage_returns_end_lines() {
        let t = "a\rb\r\nc";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(t, 2), (2, 1));
        assert_eq!(li.line_col(t, 5), (3, 1));
        assert_eq!(&t[li.line_start(2)..li.line_end(t, 2)], "b");
    }

    #[test]
    fn offsets_and_columns() {
        let t = "ab\r\nc✅d\nlast";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(t, 0), (1, 1));
        assert_eq!(li.line_col(t, 4), (2, 1));
        // 'd' is after a 3-byte emoji: byte 8, column 3.
        assert_eq!(li.line_col(t, 8), (2, 3));
        assert_eq!(li.line_end(t, 1), 2);
        assert_eq!(&t[li.line_start(3)..li.line_end(t, 3)], "last");
        assert_eq!(li.offset(2, 2), 5);
        assert_eq!(li.line_col(t, t.len()), (3, 5));
    }
}
