//! Byte offsets ↔ 1-based line / column (columns count Unicode scalar values).

/// Bytes between two column checkpoints: a column costs at most this many
/// bytes of counting, however long its line.
const CHECKPOINT: usize = 128;

/// Start offsets of every line of a text. `\n` ends a line (`\r\n` too, as the
/// `\r` is part of the line's content).
///
/// Two countings: the parser's (a lone `\r` also ends a line, as in CommonMark,
/// so `\r\r\n` is two lines; used to map comrak's positions to offsets) and
/// git's (only `\n` ends a line, so `\r\r\n` is one; used for every line a
/// finding reports, as editors' `#L` links and `git blame` count them).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `chars[k]`: how many chars the text has before byte `k * CHECKPOINT`;
    /// empty when the text is ASCII (a byte is a char).
    chars: Vec<usize>,
    len: usize,
    /// Line starts by git's counting, when they differ from `starts` (the text
    /// holds a lone `\r`); empty otherwise.
    git: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        let has_cr = memchr::memchr(b'\r', bytes).is_some();
        if has_cr {
            starts.extend(memchr_iter(bytes).map(|i| i + 1));
        } else {
            starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        }
        // Only a text with a lone `\r` counts differently (rare: skip the scan).
        let git = if !has_cr || memchr::memchr_iter(b'\n', bytes).count() + 1 == starts.len() {
            Vec::new()
        } else {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
                .collect()
        };
        // An ASCII text's columns are byte counts: no checkpoints.
        let mut chars = Vec::new();
        if !text.is_ascii() {
            chars.reserve(text.len() / CHECKPOINT + 2);
            let mut n = 0;
            for block in bytes.chunks(CHECKPOINT) {
                chars.push(n);
                n += count_chars(block);
            }
            chars.push(n);
        }
        LineIndex {
            starts,
            chars,
            len: text.len(),
            git,
        }
    }

    /// Line starts by git's counting.
    fn report_starts(&self) -> &[usize] {
        if self.git.is_empty() {
            &self.starts
        } else {
            &self.git
        }
    }

    /// 1-based line of a byte offset as git counts lines (only `\n` ends one):
    /// the line a finding reports.
    pub fn report_line(&self, offset: usize) -> usize {
        match self.report_starts().binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The byte range of the line (as git counts lines: up to its `\n`, a
    /// `\r` before it kept) that holds `offset`: `text[..offset]`'s last
    /// `\n` to the next one, by binary search.
    pub fn report_line_range(&self, offset: usize) -> std::ops::Range<usize> {
        let starts = self.report_starts();
        let line = self.report_line(offset.min(self.len)).max(1);
        let start = starts.get(line - 1).copied().unwrap_or(0);
        let end = starts.get(line).map_or(self.len, |&next| next - 1);
        start..end.max(start)
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

    /// 1-based (line, column) of a byte offset, as a finding reports it (git's
    /// lines, see [`LineIndex::report_line`]); the column counts chars.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.report_line(offset);
        let start = self.report_starts()[line - 1];
        let mut o = offset;
        while o > start && !text.is_char_boundary(o) {
            o -= 1;
        }
        let col = self.chars_before(text, o) - self.chars_before(text, start) + 1;
        (line, col)
    }

    /// How many chars `text` has before `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        if self.chars.is_empty() {
            return offset;
        }
        let k = offset / CHECKPOINT;
        self.chars[k] + count_chars(&text.as_bytes()[k * CHECKPOINT..offset])
    }
}

/// Chars in a run of UTF-8 bytes: the bytes that are not continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
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
    fn lone_carriage_returns_end_lines_for_the_parser_only() {
        let t = "a\rb\r\nc";
        let li = LineIndex::new(t);
        // The parser's lines: `a`, `b`, `c`.
        assert_eq!(li.line_of(2), 2);
        assert_eq!(li.line_of(5), 3);
        assert_eq!(&t[li.line_start(2)..li.line_end(t, 2)], "b");
        // Reported lines are git's: `a\rb`, `c`.
        assert_eq!(li.line_col(t, 2), (1, 3));
        assert_eq!(li.line_col(t, 5), (2, 1));
    }

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        let line: String = (0..2000)
            .map(|i| ["a", "é", "✅", "🔄", "日"][i % 5])
            .collect();
        let t = format!("x\n{line}\r\n{line}");
        let li = LineIndex::new(&t);
        for o in (0..=t.len()).filter(|&o| t.is_char_boundary(o)) {
            let line = li.line_of(o);
            let start = li.line_start(line);
            assert_eq!(
                li.line_col(&t, o),
                (line, t[start..o].chars().count() + 1),
                "{o}"
            );
        }
    }

    #[test]
    fn cr_cr_lf_is_one_reported_line() {
        let t = "a\r\r\nb\r\r\nc";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(t, 4), (2, 1));
        assert_eq!(li.line_col(t, 8), (3, 1));
        assert_eq!(li.report_line(8), 3);
    }

    #[test]
    fn a_line_range_is_from_newline_to_newline() {
        // What `text[..at].rfind('\n')` and `text[at..].find('\n')` bound.
        for text in ["ab\ncd\r\n\nef", "x\ry\nz", "only", "end\n"] {
            let idx = LineIndex::new(text);
            for at in 0..=text.len() {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                assert_eq!(idx.report_line_range(at), start..end, "{text:?} at {at}");
            }
        }
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

    #[test]
    fn ascii_columns_are_byte_counts_on_every_line_ending() {
        let t = "ab\r\ncd\ref\ng\r\r\nh";
        let li = LineIndex::new(t);
        for o in 0..=t.len() {
            let line = li.report_line(o);
            let start = t[..o].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(li.line_col(t, o), (line, o - start + 1), "{o}");
        }
        assert_eq!(li.line_of(7), 3); // `e`: a lone `\r` ends a parser line
        assert_eq!(li.report_line(7), 2);
    }
}
