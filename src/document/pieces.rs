//! Large documents are parsed piece by piece, each piece exactly as the whole
//! document would parse there.
//!
//! comrak keeps a node for every block and inline: its tree takes 10 to 30
//! times the text's size, so a 20 MB document parsed whole peaks above 300 MB
//! (a 48 MB table above 1.5 GB), and the time spent zeroing and touching that
//! memory grows faster than the text. Pieces of about [`PIECE_BYTES`] are
//! parsed one after the other, each tree dropped once its elements are read.
//!
//! A document is cut only where nothing before the cut can change how what
//! follows is parsed, and the reverse:
//! - never when it holds `]:` (a reference or footnote definition anywhere
//!   resolves links everywhere);
//! - after a blank line, before a line that starts with a character no
//!   container continues on and no list item starts with (a letter, `#`,
//!   `|`, …): every paragraph, table, list, quote and indented code block is
//!   closed there; the piece is taken only when its last top-level block is
//!   one the blank line closed (a paragraph, heading, table, quote, thematic
//!   break, closed fenced code, an HTML block of CommonMark types 6–7), not
//!   one that would go on past the cut or end elsewhere (open fences, HTML
//!   types 1–5, lists, indented code);
//! - between two rows of a top-level table (a line starting with `|` after
//!   the piece's last row): the next piece starts with a copy of the table's
//!   header and delimiter lines, whose nodes are skipped, and its rows join
//!   the same table. Only while comrak's limit on autocompleted cells
//!   (500,000 per table) cannot be reached differently than in the whole.
//!
//! When a piece ends in a table, the rows that follow are read without the
//! parser as long as they are simple (see [`simple_row`]: cells delimited by
//! `|`, as many as the header's, whose only inline elements are single-
//! backtick code spans): a register of a million rows is parsed once for its
//! first piece, and its rows are read at the speed of a line scan.
//!
//! A cut that the parse of the piece does not confirm is dropped and the
//! piece grows (doubling, so a document is parsed at most about three times
//! over in the worst case, and once in the usual one).

use std::borrow::Cow;
use std::ops::Range;

use comrak::nodes::{AstNode, NodeValue, Sourcepos};

use super::LineIndex;

/// About how much text one piece holds.
pub const PIECE_BYTES: usize = 256 * 1024;

/// comrak's limit on a table's autocompleted (missing) cells, after which
/// its rows stop being rows.
const MAX_AUTOCOMPLETED_CELLS: usize = 500_000;

/// Where a piece ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// At the end of the text.
    End,
    /// After a blank line.
    Fresh,
    /// Between two rows of a table.
    Table,
}

/// A table that goes on in the next piece.
#[derive(Debug, Clone)]
struct TableHead {
    /// Its header and delimiter lines (with their line ends).
    lines: Range<usize>,
    /// Autocompleted cells counted in its pieces so far (an upper bound).
    autocompleted: usize,
    /// Its column count (the header's cells).
    columns: usize,
}

/// One piece of the text, to parse on its own.
pub struct Piece<'t> {
    /// What comrak parses: the piece's text, after a copy of a table's header
    /// and delimiter lines when it continues that table.
    pub source: Cow<'t, str>,
    /// Lines of `source` that are such a copy (0 or 2).
    synthetic: usize,
    /// 1-based line of the text where the piece's own text starts.
    first_line: usize,
    /// Line (of the text) just after the piece, and why it ends there.
    end_line: usize,
    end: usize,
    cut: Cut,
}

impl Piece<'_> {
    /// Whether the piece starts with a table's copied header: its first
    /// top-level node is then the table of the previous piece, going on.
    pub fn continues_table(&self) -> bool {
        self.synthetic > 0
    }

    /// Whether a node stands on the copied lines (a copy: not an element).
    pub fn is_copy(&self, sp: Sourcepos) -> bool {
        sp.start.line <= self.synthetic
    }

    /// A node's position in the whole text.
    pub fn map(&self, mut sp: Sourcepos) -> Sourcepos {
        let shift = |l: usize| (l + self.first_line - 1).saturating_sub(self.synthetic);
        sp.start.line = shift(sp.start.line);
        sp.end.line = shift(sp.end.line);
        sp
    }
}

/// Cuts a text into pieces (see the module docs).
pub struct Splitter<'t> {
    text: &'t str,
    /// Where the next piece starts (a line start).
    at: usize,
    /// Size wanted for the next piece.
    size: usize,
    piece_bytes: usize,
    /// Whether the text may be cut at all.
    cuttable: bool,
    head: Option<TableHead>,
    /// Whether the last piece was taken.
    done: bool,
}

impl<'t> Splitter<'t> {
    pub fn new(text: &'t str, piece_bytes: usize) -> Splitter<'t> {
        Splitter {
            text,
            at: 0,
            size: piece_bytes.max(1),
            piece_bytes: piece_bytes.max(1),
            cuttable: text.len() > piece_bytes && !text.contains("]:"),
            head: None,
            done: false,
        }
    }

    /// The next piece to parse, `None` when the text is done. (An empty text
    /// is one empty piece.)
    pub fn next_piece(&self, lines: &LineIndex) -> Option<Piece<'t>> {
        if self.done {
            return None;
        }
        let first_line = lines.line_of(self.at);
        let (end_line, end, cut) = self.find_cut(lines, first_line);
        let own = &self.text[self.at..end];
        let (source, synthetic) = match &self.head {
            Some(h) => {
                let mut s = String::with_capacity(h.lines.len() + own.len());
                s.push_str(&self.text[h.lines.clone()]);
                s.push_str(own);
                (Cow::Owned(s), 2)
            }
            None => (Cow::Borrowed(own), 0),
        };
        Some(Piece {
            source,
            synthetic,
            first_line,
            end_line,
            end,
            cut,
        })
    }

    /// The first possible cut at or after `self.at + self.size`.
    fn find_cut(&self, lines: &LineIndex, first_line: usize) -> (usize, usize, Cut) {
        let len = self.text.len();
        let end = (lines.line_starts() + 1, len, Cut::End);
        if !self.cuttable || self.at + self.size >= len {
            return end;
        }
        let bytes = self.text.as_bytes();
        let from = lines.line_of(self.at + self.size).max(first_line + 1);
        for k in from..=lines.line_starts() {
            let e = lines.line_start(k);
            if e >= len {
                break;
            }
            // Only after `\n` (a lone `\r` ends a line for the parser too,
            // but a cut there is not worth the doubt).
            if e == 0 || bytes[e - 1] != b'\n' {
                continue;
            }
            let prev = &bytes[lines.line_start(k - 1)..e];
            let first = bytes[e];
            if prev
                .iter()
                .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
            {
                if fresh_start(first) && closes_before(bytes, lines, k - 1) {
                    return (k, e, Cut::Fresh);
                }
            } else if first == b'|' {
                return (k, e, Cut::Table);
            }
        }
        end
    }

    /// Checks the piece's cut against its parse (`root`). When it holds, the
    /// next piece starts at the cut; when not, the piece is to be parsed again,
    /// larger, and this returns false.
    pub fn accept<'a>(
        &mut self,
        piece: &Piece<'_>,
        root: &'a AstNode<'a>,
        lines: &LineIndex,
    ) -> bool {
        let last = root.last_child();
        let ok = match piece.cut {
            Cut::End => {
                self.done = true;
                true
            }
            Cut::Fresh => {
                // Blocks that the blank line closed, so that they end where
                // they end in the whole (a list, or indented code, stays
                // open across blank lines, and ends elsewhere at the end of
                // a text than where the next block closes it).
                last.is_none_or(|n| match &n.data.borrow().value {
                    NodeValue::CodeBlock(c) => c.fenced && c.closed,
                    NodeValue::HtmlBlock(h) => h.block_type >= 6,
                    NodeValue::Paragraph
                    | NodeValue::Heading(_)
                    | NodeValue::Table(_)
                    | NodeValue::ThematicBreak
                    | NodeValue::BlockQuote => true,
                    _ => false,
                })
            }
            Cut::Table => match last.map(|n| (n, table_tail(n))) {
                Some((node, Some((last_row_line, autocompleted, columns)))) => {
                    let table_columns = columns;
                    // The piece's last line (lines of `source`).
                    let piece_last = piece.synthetic + piece.end_line - piece.first_line;
                    let same = piece.continues_table()
                        && root.first_child().is_some_and(|f| std::ptr::eq(f, node));
                    let before = match (&self.head, same) {
                        (Some(h), true) => h.autocompleted,
                        _ => 0,
                    };
                    let total = before + autocompleted;
                    let remaining = lines.line_starts().saturating_sub(piece.end_line) + 1;
                    // Exact when no cell was ever autocompleted (every piece
                    // counts from zero, as the whole does), or when the limit
                    // cannot be reached whatever the rest holds.
                    let limit_safe = total == 0
                        || total.saturating_add(columns.saturating_mul(remaining))
                            <= MAX_AUTOCOMPLETED_CELLS;
                    if last_row_line == piece_last && limit_safe {
                        let head_lines = if same {
                            self.head.as_ref().map(|h| h.lines.clone())
                        } else {
                            header_lines(node, piece, lines)
                        };
                        match head_lines {
                            Some(lines) => {
                                self.head = Some(TableHead {
                                    lines,
                                    autocompleted: total,
                                    columns: table_columns,
                                });
                                true
                            }
                            None => false,
                        }
                    } else {
                        false
                    }
                }
                _ => false,
            },
        };
        if ok {
            if piece.cut != Cut::Table {
                self.head = None;
            }
            self.at = piece.end;
            self.size = self.piece_bytes;
        } else {
            // `head` stays: the piece is parsed again from the same start.
            self.size = self.size.saturating_mul(2);
        }
        ok
    }
}

impl Splitter<'_> {
    /// When the text goes on with rows of the table the last piece ended in,
    /// and those rows are [`simple_row`]s, their lines (1-based, inclusive)
    /// and, for each, its code spans (byte ranges of the text): they are
    /// read here, without the parser, and the next piece starts after them.
    /// A table of a million rows is then parsed once for its first piece.
    pub fn simple_rows(
        &mut self,
        lines: &LineIndex,
        mut code: impl FnMut(Range<usize>),
    ) -> Option<SimpleRows> {
        let columns = match &self.head {
            Some(h) if !self.done => h.columns,
            _ => return None,
        };
        let bytes = self.text.as_bytes();
        let first = lines.line_of(self.at);
        if lines.line_start(first) != self.at {
            return None;
        }
        let mut rows = SimpleRows {
            first,
            last: first - 1,
        };
        let mut at = self.at;
        // A piece's worth at a time, as the parser would take them.
        let stop = self.at.saturating_add(self.piece_bytes);
        while at < stop
            && let Some(nl) = memchr::memchr(b'\n', &bytes[at..])
        {
            let line = &bytes[at..at + nl];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if !simple_row(line, columns) {
                break;
            }
            code_spans(line, |r| code(at + r.start..at + r.end));
            rows.last += 1;
            at += nl + 1;
        }
        if rows.last < first {
            return None;
        }
        self.at = at;
        self.size = self.piece_bytes;
        if at >= bytes.len() {
            self.done = true;
        }
        Some(rows)
    }
}

/// Rows read by [`Splitter::simple_rows`].
pub struct SimpleRows {
    /// Their first and last lines (1-based).
    pub first: usize,
    pub last: usize,
}

/// Whether `line` (without its line end) is a table row that every parser
/// reads alike, whose only inline elements are code spans: it starts and
/// ends with `|` and has `columns` cells (none autocompleted, none left
/// out); it holds no byte that could start a link, an image, HTML, an
/// autolink, an escape or a footnote (`[`, `]`, `<`, `\\`), nor a tab or a
/// `\r` (positions the parser counts its own way); and each cell's
/// backticks are single ones in pairs, each pair a code span of that cell
/// ([`code_spans`]). A row that is not simple is left to the parser.
fn simple_row(line: &[u8], columns: usize) -> bool {
    if line.first() != Some(&b'|') {
        return false;
    }
    let trimmed = line.len() - line.iter().rev().take_while(|&&b| b == b' ').count();
    if trimmed < 2 || line[trimmed - 1] != b'|' {
        return false;
    }
    let mut cells = 0;
    let mut open = false;
    let mut prev_tick = false;
    for &b in &line[..trimmed] {
        match b {
            b'[' | b']' | b'<' | b'\\' | b'\t' | b'\r' | 0 => return false,
            // A run of two or more backticks: left to the parser.
            b'`' if prev_tick => return false,
            b'`' => open = !open,
            // A cell's backticks come in pairs: none spans two cells.
            b'|' if open => return false,
            b'|' => cells += 1,
            _ => {}
        }
        prev_tick = b == b'`';
    }
    cells == columns + 1
}

/// The code spans of a [`simple_row`]: each pair of backticks, with them.
fn code_spans(line: &[u8], mut code: impl FnMut(Range<usize>)) {
    let mut open = None;
    for i in memchr::memchr_iter(b'`', line) {
        match open.take() {
            Some(o) => code(o..i + 1),
            None => open = Some(i),
        }
    }
}

/// A byte that can start a line after a blank line only as a new top-level
/// block: not a space (indented code, list continuation), not `>` (a quote
/// going on), not a list marker (`-`, `+`, `*`, a digit), not a non-ASCII
/// byte (a byte-order mark is dropped at a text's start only).
fn fresh_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, b'#' | b'|' | b'<' | b'[' | b'!' | b'(' | b'`' | b'_')
}

/// Most bytes of the block before a blank line that [`closes_before`] reads.
const LOOK_BACK_BYTES: usize = 16 * 1024;

/// Whether the block that ends before the blank line `blank` (of lines
/// starting with a blank run) looks like one that the blank line closes: its
/// lines since the previous blank line start at the margin and the first
/// is no list item. A list or an indented code block there would make the
/// parse refuse the cut and the piece double, again and again on a
/// checklist of lists, up to the whole text; a cut after a list is not
/// offered, a later one is. (A guess: [`Splitter::accept`] decides; a
/// block longer than [`LOOK_BACK_BYTES`] is not read, the cut is offered.)
fn closes_before(bytes: &[u8], lines: &LineIndex, blank: usize) -> bool {
    let line = |n: usize| {
        let end = lines.line_start(n + 1).min(bytes.len());
        &bytes[lines.line_start(n).min(end)..end]
    };
    let is_blank = |l: &[u8]| l.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
    let mut n = blank;
    while n > 1 && is_blank(line(n - 1)) {
        n -= 1;
    }
    // `n - 1` is the block's last line; read up to its first.
    let mut read = 0;
    let mut first = None;
    while n > 1 {
        let l = line(n - 1);
        if is_blank(l) {
            break;
        }
        read += l.len();
        if read > LOOK_BACK_BYTES {
            return true;
        }
        if matches!(l.first(), Some(b' ' | b'\t')) {
            return false;
        }
        first = Some(l);
        n -= 1;
    }
    !first.is_some_and(list_item)
}

/// Whether a line starts a list item (`-`, `+`, `*` or `1.` / `1)` and a
/// space, a tab or the line's end).
fn list_item(l: &[u8]) -> bool {
    let digits = l.iter().take_while(|b| b.is_ascii_digit()).count();
    let after = match l.first() {
        Some(b'-' | b'+' | b'*') => 1,
        Some(b'0'..=b'9') if digits <= 9 && matches!(l.get(digits), Some(b'.' | b')')) => {
            digits + 1
        }
        _ => return false,
    };
    matches!(l.get(after), None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

/// For a table node: the line of its last row, its autocompleted cells and
/// its column count.
fn table_tail<'a>(node: &'a AstNode<'a>) -> Option<(usize, usize, usize)> {
    let data = node.data.borrow();
    let NodeValue::Table(t) = &data.value else {
        return None;
    };
    let row = node.last_child()?;
    let row_line = row.data.borrow().sourcepos.start.line;
    let cells = t.num_columns.saturating_mul(t.num_rows);
    Some((
        row_line,
        cells.saturating_sub(t.num_nonempty_cells),
        t.num_columns,
    ))
}

/// The byte range of a table's header and delimiter lines in the text.
fn header_lines<'a>(
    table: &'a AstNode<'a>,
    piece: &Piece<'_>,
    lines: &LineIndex,
) -> Option<Range<usize>> {
    let header = table.first_child()?;
    let sp = header.data.borrow().sourcepos;
    if piece.is_copy(sp) {
        return None;
    }
    let line = piece.map(sp).start.line;
    if line + 2 > lines.line_starts() {
        return None;
    }
    Some(lines.line_start(line)..lines.line_start(line + 2))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::Document;
    use super::super::parse::parse_in_pieces;

    /// Everything a document holds, comparable (anchors sorted).
    fn model(d: &Document) -> String {
        let mut anchors: Vec<&String> = d.anchors.iter().collect();
        anchors.sort();
        format!(
            "{:?}",
            (
                (&d.front_matter, &d.headings, anchors),
                &d.links,
                &d.citations,
                &d.code_spans,
                &d.tasks,
                &d.tables,
                &d.status_lines,
                &d.thematic_breaks,
                (0..=d.text.len())
                    .filter(|&o| d.in_code(o))
                    .collect::<Vec<_>>(),
                &d.code_blocks,
                &d.comments,
            )
        )
    }

    /// How many times a text is parsed when cut in pieces of `size`: the
    /// bytes given to comrak, over the text's.
    fn parsed_over(text: &str, size: usize) -> f64 {
        let lines = super::LineIndex::new(text);
        let mut s = super::Splitter::new(text, size);
        let mut parsed = 0;
        while let Some(piece) = s.next_piece(&lines) {
            parsed += piece.source.len();
            let arena = comrak::Arena::new();
            let root =
                comrak::parse_document(&arena, &piece.source, &super::super::parse::options());
            s.accept(&piece, root, &lines);
        }
        parsed as f64 / text.len() as f64
    }

    #[test]
    fn a_checklist_of_lists_is_parsed_in_pieces_once() {
        // Every section ends with a list, then a paragraph: a cut right after
        // a list is refused by the parse (the piece would double, up to the
        // whole text); the next one, after the paragraph, holds.
        let section = "## Work\n\nIntro text.\n\n- [x] done `a.md`\n  - [ ] sub\n\n1. first\n2. second\n\n#### Notes\n\nA note\nwrapped.\n\n";
        let text = section.repeat(400);
        let over = parsed_over(&text, 2_000);
        assert!(over < 1.2, "parsed {over:.2} times over");
        same_in_pieces(&section.repeat(5));
    }

    #[test]
    fn blocks_a_blank_line_may_not_close_are_seen() {
        use super::closes_before;
        let at = |text: &str| {
            let lines = super::LineIndex::new(text);
            // The blank line: the last one that is empty before the end.
            let n = text.lines().count();
            let blank = (1..=n)
                .rev()
                .find(|&k| text.lines().nth(k - 1) == Some(""))
                .unwrap();
            closes_before(text.as_bytes(), &lines, blank)
        };
        assert!(at("Para\ngraph\n\nNext\n"));
        assert!(at("# Heading\n\nNext\n"));
        assert!(at("- a\n\nPara\n\nNext\n"));
        assert!(!at("- a\n- b\n\nNext\n"));
        assert!(!at("10) a\n\nNext\n"));
        assert!(!at("* a\nlazy\n\nNext\n"));
        assert!(!at("- a\n\n  more of a\n\nNext\n"));
        assert!(!at("    code\n\nNext\n"));
        assert!(at("-not a list\n\nNext\n"));
        assert!(!at("2024. A year\n\nNext\n"));
    }

    fn same_in_pieces(text: &str) {
        let whole = model(&parse_in_pieces("a.md", text.to_string(), usize::MAX));
        for size in [1, 2, 5, 13, 40, 200] {
            let pieces = model(&parse_in_pieces("a.md", text.to_string(), size));
            assert_eq!(pieces, whole, "piece size {size}, text {text:?}");
        }
    }

    #[test]
    fn pieces_parse_as_the_whole() {
        for text in [
            "# A\n\ntext `c` [l](x.md)\n\n# B\n\n| a | b |\n| - | - |\n| `x` | y |\n| z | [w](w.md) |\n|q\n\nafter\n",
            "```\ncode\n\nnot a heading\n```\n\n# After\n\n~~~~\nx\n\nb\n~~~\n\nc\n~~~~\n\nd\n",
            "<!-- a\n\nb -->\n\nc\n\n<div>\n\nd\n\n<script>\n\nx\n</script>\n\ne\n",
            "- [x] a\n\n  b\n\n- [ ] c\n  - [x] d\n\ne\n\n> q\n\n> r\n\nf\n",
            "---\ntitle: x\nstatus: done\n---\n\n# T\n\n| a |\n|---|\n| 1 |\n| 2 |\n| `3` |\n",
            "| a | b | c |\n| - | - | - |\n| 1 |\n| 2 | 3 |\n|\n| `x` | y | z | w |\n\nafter\n",
            "\u{feff}| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n| 3 | 4 |\r\n\r\nx\r\n",
            "Setext\n\nA\n===\n\nB\n---\n\n    indented\n\nC\n",
            "[x]: y.md\n\n# A\n\n[l][x]\n\n# B\n",
            "a\r\rb\r\n\n| x |\n|---|\n| y\r| z |\n\nc\n",
            "| a | b |\n| - | - |\n| `x` | y `z` |\n| `p` | q |\r\n| --- | - |\n| `a|b` |\n| ` ` | `` c `` |\n| 1 | 2 |\nlazy\n| 3 |\n",
            "| a | b |\n| - | - |\n| `x` | y |\n| `y` | z |\n| `z` | w |",
        ] {
            same_in_pieces(text);
        }
    }

    const LINES: &[&str] = &[
        "",
        "   ",
        "# Heading `code`",
        "Setext",
        "===",
        "---",
        "text `a.md` and [l](b.md#x) 【F:ev.txt†L1】",
        "**Status:** ✅ Done",
        "| a | b |",
        "|---|:-:|",
        "| `c` | [d](d.md) |",
        "| only |",
        "|",
        "a | b",
        "- [x] task",
        "  - [ ] sub `x`",
        "1. item",
        "> quote | x |",
        "    indented",
        "```",
        "````",
        "~~~",
        "  ```",
        "<!-- comment",
        "-->",
        "<div>",
        "<script>",
        "</script>",
        "<a name=\"n\"></a>",
        "\u{feff}x",
        "[^1] and [x]",
        "\t| tab |",
        "| `e` | f `g` h `i` |",
        "| `a|b` |",
        "| `` x `` | y |",
        "|  ` ` | z |  ",
        "| --- | --- |",
        "| x | y | z |",
        "|||",
        "| * | _a_ |",
    ];

    /// Rows of a two-column table: simple ones (read without the parser when
    /// a piece ends in the table) and others (left to it).
    const ROWS: &[&str] = &[
        "| a | b |",
        "| `x` | y |",
        "| `x` `y` | z `w` v |",
        "| ` ` | `  a  ` |",
        "|`a`|`b`|",
        "| `a|b` |",
        "| `a` | b | c |",
        "| a |",
        "| `` a `` | b |",
        "| [l](x.md) | `c` |",
        "| <b>x</b> | y |",
        "| a\\| b | c |",
        "| --- | :-: |",
        "|  |  |   ",
        "| ü `ß` | 【F:a.md†L1】 |",
        "| *a* | _`b`_ |",
        "a | b",
        "",
        "# H",
        "> q",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, max_shrink_iters: 200, ..ProptestConfig::default() })]
        #[test]
        fn tables_parse_in_pieces_as_whole(
            picks in proptest::collection::vec((0..ROWS.len(), 0..3usize), 0..80)
        ) {
            let mut text = String::from("| h | i |\n| - | - |\n");
            for (i, end) in picks {
                text.push_str(ROWS[i]);
                text.push_str(["\n", "\r\n", "\n"][end]);
            }
            same_in_pieces(&text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, max_shrink_iters: 200, ..ProptestConfig::default() })]
        #[test]
        fn any_lines_parse_in_pieces_as_whole(
            picks in proptest::collection::vec((0..LINES.len(), 0..3usize), 0..60)
        ) {
            let mut text = String::new();
            for (i, end) in picks {
                text.push_str(LINES[i]);
                text.push_str(["\n", "\r\n", "\n"][end]);
            }
            same_in_pieces(&text);
        }
    }
}
