//! Human output: miette snippets with the offending span underlined and a help
//! line; paths relative to the current directory.
//!
//! Each snippet is rendered from a small excerpt of the document, not from the
//! whole text: the finding's lines (at most [`MAX_SPAN_LINES`]) with one line of
//! context either side, each line longer than [`WHOLE_LINE_BYTES`] cut to a
//! window of [`WINDOW_CHARS`] characters around the finding (marked `…`). So the cost of a finding
//! does not depend on the size of the document or the length of its line, and
//! a finding far out on a huge line renders like any other. Control characters
//! from the document and the file name are escaped ([`crate::escape`]).

use std::collections::HashMap;
use std::ops::Range;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};

use super::Style;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::LineIndex;
use crate::engine::CheckResult;
use crate::escape;

/// Lines of a multi-line finding shown before its underline is cut off.
const MAX_SPAN_LINES: usize = 4;
/// Lines up to this many bytes are shown whole.
const WHOLE_LINE_BYTES: usize = 400;
/// Characters of a longer line shown around a finding.
const WINDOW_CHARS: usize = 160;
/// Characters of a longer line shown before the finding's start.
const LEAD_CHARS: usize = 40;
/// Characters of a label (the target) or of a message before it is cut.
const MAX_LABEL_CHARS: usize = 200;
const MAX_MESSAGE_CHARS: usize = 1000;

/// The findings as snippets (the summary line is added by the caller), each
/// written as soon as it is rendered.
pub fn write(
    result: &CheckResult,
    style: &Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(120)
        .without_primary_span_start()
        .with_links(false);
    let texts: HashMap<&str, &str> = result
        .files
        .iter()
        .filter_map(|f| f.text.as_ref().map(|t| (f.path.as_str(), t.as_str())))
        .collect();
    let mut snippet = String::new();
    // Diagnostics come sorted by file: one line index per file at a time.
    let mut current: Option<(&str, Option<(&str, LineIndex)>)> = None;
    for d in result.diagnostics() {
        if current.as_ref().is_none_or(|(p, _)| *p != d.file) {
            let source = texts.get(d.file.as_str()).map(|t| (*t, LineIndex::new(t)));
            current = Some((d.file.as_str(), source));
        }
        let source = current
            .as_ref()
            .and_then(|(_, s)| s.as_ref().map(|(t, l)| (*t, l)));
        snippet.clear();
        render_one(&handler, &mut snippet, d, style, source);
        out.write_all(snippet.as_bytes())?;
    }
    Ok(())
}

fn render_one(
    handler: &GraphicalReportHandler,
    out: &mut String,
    d: &Diagnostic,
    style: &Style,
    source: Option<(&str, &LineIndex)>,
) {
    let severity = match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    };
    let mut diag = MietteDiagnostic::new(clip(&d.message, MAX_MESSAGE_CHARS))
        .with_code(d.rule)
        .with_severity(severity);
    if let Some(h) = &d.help {
        diag = diag.with_help(clip(h, MAX_MESSAGE_CHARS));
    }
    let label = clip(d.target.as_deref().unwrap_or("here"), MAX_LABEL_CHARS);
    let name = format!(
        "{}:{}:{}",
        escape::control(&style.path(&d.file)),
        d.line,
        d.column
    );
    let report = match source {
        Some((text, lines)) => {
            let (excerpt, span) = Excerpt::new(text, lines, d.span.clone());
            diag = diag.with_label(LabeledSpan::at(span, label));
            miette::Report::new(diag).with_source_code(NamedSource::new(name, excerpt))
        }
        None => miette::Report::new(diag),
    };
    let _ = handler.render_report(out, report.as_ref());
    out.push('\n');
}

/// `s` with control characters escaped, cut after `max` characters (`…`).
fn clip(s: &str, max: usize) -> String {
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let mut out = escape::control(&s[..cut]).into_owned();
    if cut < s.len() {
        out.push('…');
    }
    out
}

/// The lines of a document around a finding, cut and escaped, with the line
/// number of its first line: what miette renders instead of the whole text.
struct Excerpt {
    text: String,
    /// 0-based line number of the excerpt's first line in the document.
    first_line: usize,
}

impl Excerpt {
    /// The excerpt around `span` of `text`, and the span within the excerpt.
    fn new(text: &str, lines: &LineIndex, span: Range<usize>) -> (Excerpt, Range<usize>) {
        let start = floor_char(text, span.start.min(text.len()));
        let end = ceil_char(text, span.end.clamp(start, text.len()));
        let line = lines.line_of(start);
        let end_line = lines.line_of(end).clamp(line, line + MAX_SPAN_LINES - 1);
        let first = line.saturating_sub(1).max(1);
        let mut last = end_line + 1;
        // No empty "line" after a final newline, and no line past the end.
        while last > end_line
            && (last > lines.line_starts() || lines.line_start(last) >= text.len())
        {
            last -= 1;
        }
        let mut out = String::new();
        let (mut at_start, mut at_end) = (None, None);
        for k in first..=last {
            let (ls, le) = (lines.line_start(k), lines.line_end(text, k));
            let window = if k == line {
                window(text, ls..le, start)
            } else {
                window(text, ls..le, ls)
            };
            if window.start > ls {
                out.push('…');
            }
            let piece = &text[window.clone()];
            let mut chars = piece.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let o = window.start + i;
                mark(&mut at_start, start, o, out.len());
                if (line..=end_line).contains(&k) {
                    mark(&mut at_end, end, o, out.len());
                }
                escape::push_char(&mut out, c, chars.peek().map(|&(_, n)| n));
            }
            mark(&mut at_start, start, window.end, out.len());
            if (line..=end_line).contains(&k) {
                mark(&mut at_end, end, window.end, out.len());
            }
            if k == end_line {
                // The underline stops at the end of what is shown.
                at_end.get_or_insert(out.len());
            }
            if window.end < le {
                out.push('…');
            }
            // The line's own ending (a lone `\r` becomes `\n`, as it ends a line).
            let next = if k < lines.line_starts() {
                lines.line_start(k + 1)
            } else {
                text.len()
            };
            match &text[le..next] {
                "" => {}
                "\r\n" => out.push_str("\r\n"),
                _ => out.push('\n'),
            }
        }
        let s = at_start.unwrap_or(out.len());
        let e = at_end.unwrap_or(out.len()).max(s);
        (
            Excerpt {
                text: out,
                first_line: first - 1,
            },
            s..e,
        )
    }
}

/// Records `pos` as where `target` lands once the walk reaches it.
fn mark(slot: &mut Option<usize>, target: usize, offset: usize, pos: usize) {
    if slot.is_none() && offset >= target {
        *slot = Some(pos);
    }
}

/// The part of the line `line` shown: all of it when short, else
/// [`WINDOW_CHARS`] characters starting [`LEAD_CHARS`] before `from`.
fn window(text: &str, line: Range<usize>, from: usize) -> Range<usize> {
    let s = &text[line.clone()];
    if s.len() <= WHOLE_LINE_BYTES {
        return line;
    }
    let from = from.clamp(line.start, line.end);
    let lead = text[line.start..from]
        .char_indices()
        .rev()
        .nth(LEAD_CHARS - 1)
        .map_or(line.start, |(i, _)| line.start + i);
    let end = text[lead..line.end]
        .char_indices()
        .nth(WINDOW_CHARS)
        .map_or(line.end, |(i, _)| lead + i);
    lead..end
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        Ok(Box::new(MietteSpanContents::new(
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
}
