//! The document model: Markdown parsed into the elements checkmark reasons
//! about, each carrying its exact byte span in the original text.
//!
//! [`parse`] builds it from comrak's AST; the span of every element is a byte
//! range of [`Document::text`], so findings can underline it and edits can
//! replace it without re-rendering anything.

pub mod anchors;
pub mod citation;
pub mod front_matter;
pub mod lines;
pub mod list_marker;
mod mdx_esm;
mod parse;
mod pieces;
pub mod slug;
pub mod table;

use std::collections::HashSet;
use std::ops::Range;

pub use citation::Citation;
pub use lines::LineIndex;
pub use parse::parse;
pub use table::{Cell, Row, Table};

/// A parsed Markdown document.
#[derive(Debug)]
pub struct Document {
    /// Repository-relative path, `/`-separated.
    pub path: String,
    /// The full text, as read (BOM included).
    pub text: String,
    pub lines: LineIndex,
    pub front_matter: Option<FrontMatter>,
    pub headings: Vec<Heading>,
    /// Every anchor a link can target in this document: heading slugs and
    /// explicit `<a name>` / `id=` anchors.
    pub anchors: HashSet<String>,
    pub links: Vec<Link>,
    pub citations: Vec<Citation>,
    pub code_spans: Vec<CodeSpan>,
    pub tasks: Vec<TaskItem>,
    pub tables: Vec<Table>,
    /// Paragraph-level `Status:` lines.
    pub status_lines: Vec<StatusLine>,
    /// Byte offsets of thematic breaks (`---`).
    pub thematic_breaks: Vec<usize>,
    /// Byte ranges of code blocks and HTML comments, sorted and merged
    /// (with [`Document::code_spans`], what [`Document::in_code`] reads).
    blocks_and_comments: Vec<Range<usize>>,
    /// The code spans' ranges by start, when `code_spans` are not in that
    /// order (footnotes'); None when they are.
    span_order: Option<Vec<Range<usize>>>,
    /// Byte ranges of fenced / indented code blocks only, sorted.
    pub code_blocks: Vec<Range<usize>>,
    /// Byte ranges of HTML comments, sorted (for suppressions).
    pub comments: Vec<Range<usize>>,
    /// Whether an item of `tasks` is open, found the first time it is asked
    /// (see [`Document::has_open_task`]).
    open_task: std::sync::OnceLock<bool>,
    /// Line numbers of the lines of unified diffs pasted as text, sorted,
    /// found the first time it is asked (see [`Document::in_pasted_diff`]).
    pasted_diff: std::sync::OnceLock<Vec<usize>>,
}

#[derive(Debug, Clone)]
pub struct FrontMatter {
    pub span: Range<usize>,
    /// `status:` value and its span.
    pub status: Option<(String, Range<usize>)>,
}

#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    /// The heading's plain text (inline markup removed), as GitHub slugs it.
    pub text: String,
    pub slug: String,
    /// The whole heading (its line, or both lines of a setext heading).
    pub span: Range<usize>,
    /// The heading's inline content (after `#`s and spaces, before closing `#`s).
    pub content: Range<usize>,
}

/// What kind of reference a [`Link`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Link,
    Image,
    /// `[label]: dest` reference definition that a link or image uses (an
    /// unused one is never rendered).
    Definition,
    /// `href="…"` / `src="…"` in raw HTML.
    Html,
}

#[derive(Debug, Clone)]
pub struct Link {
    pub kind: LinkKind,
    /// The destination as written (entities and escapes resolved by comrak).
    pub dest: String,
    /// The whole link, or the definition's line (and the next, when the
    /// destination stands there).
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct CodeSpan {
    /// The code's literal content, when it is not the text between the
    /// backticks as written (see [`CodeSpan::literal`]): a register of a
    /// million rows keeps no copy of each path.
    own: Option<Box<str>>,
    /// The span including backticks. (Where it stands is
    /// [`Document::code_context`].)
    pub span: Range<usize>,
}

impl CodeSpan {
    /// The code span at `span` of `text` whose literal content (as the
    /// parser gives it) is `literal`.
    pub fn new(text: &str, span: Range<usize>, literal: &str) -> CodeSpan {
        let own = (written_literal(text, &span) != Some(literal)).then(|| literal.into());
        CodeSpan { own, span }
    }

    /// A code span whose literal content is the text between its backticks
    /// as written (one backtick each side, on one line).
    pub(crate) fn simple(span: Range<usize>) -> CodeSpan {
        CodeSpan { own: None, span }
    }

    /// The code's literal content; `text` is the document's text.
    pub fn literal<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.own {
            Some(s) => s,
            None => written_literal(text, &self.span).unwrap_or(""),
        }
    }
}

/// The content of the one-line code span at `span`, as CommonMark reads it:
/// between the backtick strings, one space stripped from each end when both
/// ends have one and it is not all spaces. None when the span is not that
/// simple (the parser's literal is then kept).
fn written_literal<'a>(text: &'a str, span: &Range<usize>) -> Option<&'a str> {
    let s = text.get(span.clone())?;
    let n = s.len() - s.trim_start_matches('`').len();
    if n == 0 || s.len() < 2 * n || !s.get(s.len() - n..)?.bytes().all(|b| b == b'`') {
        return None;
    }
    let inner = s.get(n..s.len() - n)?;
    if inner.contains(['\n', '\r']) {
        return None;
    }
    if inner.len() >= 2
        && inner.starts_with(' ')
        && inner.ends_with(' ')
        && !inner.bytes().all(|b| b == b' ')
    {
        return inner.get(1..inner.len() - 1);
    }
    Some(inner)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeContext {
    /// In a table cell: (table index, row index in `rows` or usize::MAX for the header, cell index).
    TableCell {
        table: usize,
        row: usize,
        cell: usize,
    },
    Heading,
    Prose,
}

#[derive(Debug, Clone)]
pub struct TaskItem {
    pub checked: bool,
    /// The marker character inside `[ ]` (None for a space).
    pub symbol: Option<char>,
    /// The `[x]` box.
    pub marker: Range<usize>,
    /// The item's first line, from its bullet to the end of the line.
    pub span: Range<usize>,
    /// The item's own content, before any nested list.
    pub own: Range<usize>,
    /// The whole item, nested lists included.
    pub full: Range<usize>,
    /// Index of the nearest task item that contains this one.
    pub parent: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct StatusLine {
    /// The paragraph line holding `Status:`.
    pub span: Range<usize>,
    /// The value after the colon (markup stripped, trimmed) and its span.
    pub value: String,
    pub value_span: Range<usize>,
}

impl Document {
    /// 1-based (line, column) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// The folder of this document ("" at the root).
    pub fn dir(&self) -> &str {
        self.path.rfind('/').map(|i| &self.path[..i]).unwrap_or("")
    }

    /// Whether byte `offset` lies on a line of a unified diff pasted into
    /// the document as text: a line opening with `+`, `-` or a blank (an
    /// added, removed or context line) below a `diff --git a/` line with
    /// nothing but diff lines between them (hunk headers, `index`,
    /// `---`/`+++` and mode lines, blank lines). The document is read once.
    pub fn in_pasted_diff(&self, offset: usize) -> bool {
        let lines = self.pasted_diff.get_or_init(|| self.pasted_diff_lines());
        if lines.is_empty() {
            return false;
        }
        let here = self.lines.line_of(offset).max(1);
        lines.binary_search(&here).is_ok()
    }

    fn pasted_diff_lines(&self) -> Vec<usize> {
        const HEADERS: &[&str] = &[
            "@@ ",
            "index ",
            "new file mode",
            "deleted file mode",
            "old mode",
            "new mode",
            "similarity index",
            "rename from",
            "rename to",
            "\\",
        ];
        let text = self.text.as_str();
        let mut found = Vec::new();
        if memchr::memmem::find(text.as_bytes(), b"diff --git a/").is_none() {
            return found;
        }
        let mut in_diff = false;
        for n in 1..=self.lines.line_starts() {
            let start = self.lines.line_start(n);
            let end = self.lines.line_end(text, n).max(start);
            let line = text.get(start..end).unwrap_or("");
            if line.starts_with("diff --git a/") {
                in_diff = true;
            } else if in_diff && line.starts_with(['+', '-', ' ']) {
                found.push(n);
            } else if !(line.trim().is_empty() || HEADERS.iter().any(|h| line.starts_with(h))) {
                in_diff = false;
            }
        }
        found
    }

    /// Whether an item of the document's task list is open (one look at the
    /// list, not one per question: rules ask it for each citation, and a
    /// document of 100,000 ticked tasks cites as many times).
    pub fn has_open_task(&self) -> bool {
        *self
            .open_task
            .get_or_init(|| self.tasks.iter().any(|t| !t.checked))
    }

    /// Whether `offset` lies in a code block, code span or HTML comment.
    pub fn in_code(&self, offset: usize) -> bool {
        in_ranges(&self.blocks_and_comments, offset) || self.in_code_span(offset)
    }

    /// Whether `offset` lies in a code span.
    fn in_code_span(&self, offset: usize) -> bool {
        if let Some(v) = &self.span_order {
            return in_ranges(v, offset);
        }
        // In order, and code spans do not overlap.
        let i = self.code_spans.partition_point(|c| c.span.end <= offset);
        self.code_spans
            .get(i)
            .is_some_and(|c| c.span.start <= offset)
    }

    /// The table holding byte `offset`, found by binary search (tables
    /// stand in document order and do not overlap).
    pub fn table_at(&self, offset: usize) -> Option<&Table> {
        let ti = self.tables.partition_point(|t| t.span.end <= offset);
        self.tables.get(ti).filter(|t| t.span.start <= offset)
    }

    /// Where the code span `cs` stands: in a heading, a table cell or prose.
    /// (Found when asked, not kept: a register of a million rows holds a
    /// million code spans.) Headings and tables stand in document order and
    /// do not overlap: the first one ending after the span's start is the
    /// only candidate.
    pub fn code_context(&self, cs: &CodeSpan) -> CodeContext {
        let at = cs.span.start;
        let hi = self.headings.partition_point(|h| h.span.end <= at);
        if self.headings.get(hi).is_some_and(|h| h.span.start <= at) {
            return CodeContext::Heading;
        }
        let ti = self.tables.partition_point(|t| t.span.end <= at);
        if let Some(t) = self.tables.get(ti)
            && let Some((row, cell)) = t.cell_at(at)
        {
            return CodeContext::TableCell {
                table: ti,
                row: row.unwrap_or(usize::MAX),
                cell,
            };
        }
        CodeContext::Prose
    }

    /// The task item whose own text (before any nested list) holds byte
    /// `offset`, found by binary search: task items stand in document order,
    /// and their own texts do not overlap (a nested item's begins after its
    /// parent's ends). A scan per reference was quadratic: 56 % of a 21 MB
    /// checklist's run.
    pub fn task_owning(&self, offset: usize) -> Option<&TaskItem> {
        let i = self.tasks.partition_point(|t| t.own.start <= offset);
        self.tasks[..i].last().filter(|t| t.own.contains(&offset))
    }

    /// Index of the heading whose section contains `offset` (the last heading before it).
    pub fn section_of(&self, offset: usize) -> Option<usize> {
        let i = self.headings.partition_point(|h| h.span.start <= offset);
        i.checked_sub(1)
    }
}

/// Whether `offset` lies in one of `ranges` (sorted, non-overlapping).
pub fn in_ranges(ranges: &[Range<usize>], offset: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= offset);
    ranges.get(i).is_some_and(|r| r.start <= offset)
}
