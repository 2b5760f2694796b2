//! `task/malformed`: looks like a task but is not one: `-[x]`, `- [ x]`, `- []`, `- [v]`, `* [X ]`.
//!
//! ## When it speaks
//! On a list item whose box is a task box written wrong: a missing space after
//! the bullet (`-[x]`), spaces or nothing inside the brackets (`- [ x]`,
//! `- []`), always; and on a box holding another mark (`- [v]`, `- [✓]`,
//! `- [*]`, `- [o]`) only in a list that also holds real task items (a
//! list runs until a heading or a line at the margin that is no item, such
//! as a `**Tasks:**` label), where it is plausibly a typo of `[x]` or `[ ]`.
//!
//! ## When it stays silent
//! - The statuses other task tools write on purpose: `[-]` (cancelled in
//!   Obsidian Tasks, partly done in org-mode), `[/]`, `[>]`, `[~]`, `[!]`,
//!   `[?]`. Turning `[-]` into `[ ]` would reopen a cancelled item.
//! - A mark the document's own legend names (a line with `Legend`, `Key`,
//!   `凡例`, … that lists `` `[o]` 完了 / `[~]` 作業中 ``): the project's own
//!   statuses, written as text on purpose.
//! - A list of other marks (`- [✓] Login`) with no real task item in it:
//!   the document's own notation, which reads as intended, even below a
//!   task list of the same section (a sprint plan's `**Tasks:**` list of
//!   `- [ ]` items, then its `**Acceptance Criteria:**` list of `- [✓]`
//!   items: survey 92a, dimensigon/aishell, 12 findings judged false).
//! - A box followed by a colon, with or without a space before it (`* []:
//!   A set of characters`, French `* [] : Un ensemble de caractères`): the
//!   notation `[]` defined, in a regular expressions lesson (survey 56b).
//! - An empty pair of brackets glued to the words of a numbered item
//!   (`1.  []Global Interpreter Lock, …`) in a document with no task item:
//!   what a converter leaves of an empty anchor (pandoc's `[]{#fn1}` of a
//!   footnote, its id stripped: survey s125j, psf/wiki's MoinMoin pages).
//!   `- []Buy milk`, `1. [] Buy milk` and the same item beside task items
//!   are judged.
//! - Code, comments, front matter, table rows and setext headings.
//! - Meeting minutes (a folder or file name saying `minutes`, `meetings` or
//!   `meeting notes`, and a year in the file's name: `meeting-notes/2019-05-22.md`;
//!   see `minutes`): a past meeting's agenda and action items, as recorded
//!   (survey 42c, 11 findings judged false). A notes template is judged.
//! - Test input, like every rule (see `crate::fixtures`): the Markdown a
//!   syntax-highlighting test reads, held twice below `tests/` as the input
//!   and its expected output (bat's `tests/syntax-tests/source/Markdown/example.md`
//!   beside `…/highlighted/Markdown/example.md`, whose `- []` lines are
//!   deliberate: survey 36b, 2 findings judged false). A page of the docs
//!   and a test tree's Markdown with no twin are judged.
//!
//! - A box holding another mark (`- [✓]`) in a document that also writes a
//!   status symbol in a box (`- [⚙] Current work`, `- [🚫] Blocker`): a
//!   multi-state notation of its own (done, under way, blocked, to do), whose
//!   `[✓]` is its done mark, not a typo of `[x]`, even in a list with `- [ ]`
//!   items (survey 95b, Abtomation/LinkWatcher's feature state files and
//!   their template, 6 findings judged false). The same list in a document
//!   with no such symbol is judged.
//!
//! A README's legend does not reach the documents beside it: each document
//! is read on its own.
//!
//! ## Why it matters
//! GitHub renders these as plain text, not checkboxes: the item silently drops out of every count and progress bar.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/malformed",
    severity: Severity::Error,
    fixable: true,
    lead: 1,
    summary: "looks like a task but is not one: `-[x]`, `- [ x]`, `- []`, `- [v]`, `* [X ]`",
    why: "GitHub renders these as plain text, not checkboxes: the item silently drops out of every count and progress bar. \
It speaks on a box written wrong (`-[x]`, `- [ x]`, `- []`) always, and on a box holding another mark (`- [v]`, `- [✓]`, \
`- [*]`, `- [o]`) only in a list that also holds task items (real ones, or badly spaced ones such as `-[ ]`), where it is plausibly a typo. It stays silent on \
a box followed by a colon, with or without the space French puts before one (`* []: A set of characters`, `* [] : Un ensemble de caractères`: a regular \
expression lesson defining the notation; survey 56b), on \
an empty pair of brackets glued to the words of a numbered item (`1.  []Global Interpreter Lock, …`) in a document with no task item: what a \
converter leaves of an empty anchor, pandoc's `[]{#fn1}` of a footnote with its id stripped (survey s125j, psf/wiki's MoinMoin pages: 13 findings \
judged false; `- []Buy milk`, `1. [] Buy milk` and the same item beside task items are judged), on \
a mark the document's own legend names (a `Legend`/`Key`/`凡例` line listing `` `[o]` done / `[~]` in progress ``: \
the project's own statuses) and on a list of other marks with no real task item in it (the document's own \
notation, `- [✓] Login`), even below a task list of the same section: a list ends at a heading or at a line at the margin that is no item, \
so a sprint plan's `**Tasks:**` list of `- [ ]` items and its `**Acceptance Criteria:**` list of `- [✓]` items are two lists (survey 92a, \
dimensigon/aishell: 12 findings judged false), in a document that also writes a status symbol in a box (`- [⚙] Current work`, `- [🚫] Blocker`: \
a notation of its own whose `[✓]` is its done mark, even beside `- [ ]` items; survey 95b, Abtomation/LinkWatcher: 6 findings judged false), and on test input: Markdown held twice below `tests/` as a test's input and its expected output \
(bat's `tests/syntax-tests/source/Markdown/example.md` beside `tests/syntax-tests/highlighted/Markdown/example.md`, whose `- []` lines are deliberate; \
survey 36b), while a page of the docs and a test tree's Markdown with no twin are judged. The statuses other task tools write on purpose are not typos: `[-]` (cancelled in Obsidian \
Tasks, partly done in org-mode), `[/]`, `[>]`, `[~]`, `[!]`, `[?]`. Silent in meeting minutes (a folder or file name saying `minutes`, `meetings` or `meeting notes`, and a year in the file's name: `meeting-notes/2019-05-22.md`, `meeting-notes-archive/2019.md`): their boxes are a past meeting's agenda and action items as recorded, often a Google Docs export's `* []`, and nobody edits them (survey 42c, kubernetes/community and electron/governance: 11 findings judged false); a notes template with no year in its name is judged.",
    bad: "- [ x] Backups verified\n-[x] DNS configured",
    good: "- [x] Backups verified\n- [x] DNS configured",
};

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::{Edit, Finding, Safety};
use crate::document::{Document, in_ranges};

fn re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // A bullet (or ordered marker), optional space, then a bracket holding at
    // most a few characters that is not a link (`[x](…)`, `[x][…]`).
    RE.get_or_init(|| {
        Regex::new(r"^(?P<indent>[ \t]*(?:>[ \t]?)*)(?P<bullet>[-*+]|\d{1,9}[.)])(?P<gap>[ \t]*)\[(?P<inner>[^\]\[]{0,3})\](?P<after>[^(\[:]|$)")
            .expect("valid regex")
    })
}

fn legend_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)legend|\bkey\b|\bmarkers?\b|凡例|범례|图例|圖例|légende|leyenda|legenda")
            .expect("valid regex")
    })
}

/// A status symbol in a box (`⚙`, `🚫`, `⏳`, with or without the emoji
/// presentation selector): a pictograph, no letter, digit or ASCII mark.
fn is_status_symbol(mark: &str) -> bool {
    let mut chars = mark.chars().filter(|&c| c != '\u{fe0f}');
    matches!((chars.next(), chars.next()), (Some(c), None)
        if !c.is_ascii() && !c.is_alphanumeric() && !matches!(c, '✓' | '✔' | '✗' | '✘' | '×'))
}

fn box_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\[([^\]\[]{1,3})\]").expect("valid regex"))
}

/// The marks a legend line of the document names (`**凡例**: `[ ]` 未着手 /
/// `[~]` 作業中 / `[o]` 完了` → `~`, `o`): the project's own statuses.
fn legend_marks(text: &str) -> Vec<String> {
    let mut marks = Vec::new();
    // Only the lines where the word is found (one search of the text, not
    // one per line), each once, as `str::lines` gives them.
    let mut next_line = 0;
    for m in legend_re().find_iter(text) {
        if m.start() < next_line {
            continue;
        }
        let start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
        let end = text[m.start()..]
            .find('\n')
            .map_or(text.len(), |i| m.start() + i);
        next_line = end + 1;
        let line = &text[start..end];
        let line = if end < text.len() {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        };
        // A legend is one short line (or a table row) that names the word and
        // at least one box; a task item is not a legend.
        if line.len() > 400 || re().is_match(line) {
            continue;
        }
        for c in box_re().captures_iter(line) {
            let Some(inner) = c.get(1) else { continue };
            if line[inner.end() + 1..].starts_with('(') {
                continue; // a link
            }
            let mark = inner.as_str().trim();
            if !mark.is_empty() && !marks.iter().any(|m| m == mark) {
                marks.push(mark.to_string());
            }
        }
    }
    marks
}

/// Whether `start..end` overlaps one of `ranges` (sorted): an indented code
/// block's span starts after the indentation of its first line.
/// Whether a line may match [`re`]: after spaces, tabs and `>`, a bullet or
/// a digit, and a `[` somewhere (a cheap test before the regex).
fn could_be_item(line: &[u8]) -> bool {
    let first = line.iter().find(|b| !matches!(b, b' ' | b'\t' | b'>'));
    matches!(first, Some(b'-' | b'*' | b'+' | b'0'..=b'9')) && line.contains(&b'[')
}

/// The list runs of a document, by line (index 0 unused): a run ends at a
/// line that starts a paragraph at the margin (after any `>` of a quote),
/// a label such as `**Acceptance Criteria:**` or a heading, so that two
/// lists one label apart are two runs, while the items of one list, loose
/// or tight, and their indented continuation lines share a run.
fn list_runs(doc: &Document) -> Vec<usize> {
    let text = &doc.text;
    let count = doc.lines.line_starts();
    let mut runs = vec![0; count + 1];
    let mut run = 0;
    for (n, slot) in runs.iter_mut().enumerate().skip(1) {
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n).max(start);
        let mut line = text[start..end].trim_end_matches('\r');
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.strip_prefix(' ').unwrap_or(rest);
        }
        let bytes = line.as_bytes();
        let at_margin = bytes.first().is_some_and(|b| !matches!(b, b' ' | b'\t'));
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let bullet = match bytes.first() {
            Some(b'-' | b'*' | b'+') => {
                matches!(bytes.get(1), None | Some(b' ' | b'\t' | b'['))
            }
            Some(b'0'..=b'9') => matches!(bytes.get(digits), Some(b'.' | b')')),
            _ => false,
        };
        if at_margin && !bullet {
            run += 1;
        }
        *slot = run;
    }
    runs
}

fn overlaps(ranges: &[std::ops::Range<usize>], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= start);
    ranges.get(i).is_some_and(|r| r.start < end)
}

/// Whether one of `items` (in document order, not overlapping) has a span
/// that starts at or before `end` and ends after `start` (an empty span
/// counts as one byte long): a binary search, not a scan per line.
fn touches<T>(
    items: &[T],
    span: impl Fn(&T) -> &std::ops::Range<usize>,
    start: usize,
    end: usize,
) -> bool {
    let i = items.partition_point(|x| {
        let s = span(x);
        s.end.max(s.start + 1) <= start
    });
    items.get(i).is_some_and(|x| span(x).start <= end)
}

/// Lines that look like task items but that GFM does not read as one.
pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    let text = &doc.text;
    if !text.contains('[') {
        return;
    }
    let legend = legend_marks(text);
    // List runs holding a real task item (see `list_runs`).
    let runs = list_runs(doc);
    let run_of = |line: usize| runs.get(line).copied().unwrap_or(0);
    let task_runs: std::collections::HashSet<usize> = doc
        .tasks
        .iter()
        .map(|t| run_of(doc.lines.line_of(t.marker.start)))
        .collect();
    let task_starts: std::collections::HashSet<usize> = doc
        .tasks
        .iter()
        .map(|t| doc.lines.line_of(t.marker.start))
        .collect();
    let mut typo_runs: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut found: Vec<(bool, usize, Finding)> = Vec::new();
    let mut symbol_status = false;
    for n in 1..=doc.lines.line_starts() {
        let start = doc.lines.line_start(n);
        let end = doc.lines.line_end(text, n);
        // The pattern needs a bullet and a `[`: most lines are passed over here.
        if start >= end || !could_be_item(&text.as_bytes()[start..end]) {
            continue;
        }
        if overlaps(&doc.code_blocks, start, end) || in_ranges(&doc.comments, start) {
            continue;
        }
        if doc
            .front_matter
            .as_ref()
            .is_some_and(|fm| start < fm.span.end)
        {
            continue;
        }
        // The content of a setext heading or a table row is not a list item:
        // "fixing" it would turn the heading or the table into something else.
        if touches(&doc.headings, |h| &h.span, start, end)
            || touches(&doc.tables, |t| &t.span, start, end)
        {
            continue;
        }
        // A real task item (checked first: cheaper than the pattern).
        if task_starts.contains(&n) {
            continue;
        }
        let line = &text[start..end];
        let Some(c) = re().captures(line) else {
            continue;
        };
        let (Some(bullet), Some(gap), Some(inner)) =
            (c.name("bullet"), c.name("gap"), c.name("inner"))
        else {
            continue;
        };
        // `* [] : Un ensemble de caractères`: the term `[]` defined, with the
        // space French puts before a colon (survey 56b, a French regular
        // expressions lesson); `* []: A set of characters` is passed over
        // by the pattern already.
        if line[inner.end() + 1..]
            .trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}'])
            .starts_with(':')
        {
            continue;
        }
        let inner_s = inner.as_str();
        let mark = inner_s.trim();
        // `1.  []Global Interpreter Lock, explained in …`: an empty pair of
        // brackets glued to the words of a numbered item, in a document with
        // no task item, is what a converter leaves of an empty anchor (pandoc's
        // `[]{#fn1}` of a footnote or bookmark, its id stripped), not a box:
        // the python wiki's MoinMoin footnotes (survey s125j, psf/wiki, 13
        // findings judged false). `- []Buy milk`, `1. [] Buy milk` and the
        // same item beside task items are judged.
        if inner_s.is_empty()
            && doc.tasks.is_empty()
            && bullet
                .as_str()
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
            && line
                .get(inner.end() + 1..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let checked = matches!(mark, "x" | "X" | "v" | "V" | "✓" | "✔" | "*");
        // `[-]` is no typo: Obsidian Tasks and other task tools write it for
        // a cancelled item (org-mode for a partly done one), as they write
        // `[/]`, `[>]`, `[~]`, `[!]` and `[?]` (none of them read here).
        let unchecked = mark.is_empty() || matches!(mark, "_" | "o" | "O");
        if !(checked || unchecked) {
            // `- [⚙] Current work`, `- [🚫] Blocker`: a status symbol in a
            // box makes the document's boxes a notation of its own.
            symbol_status |= is_status_symbol(mark);
            continue;
        }
        // Another mark than `x` or a space: the document's own status when its
        // legend names it, its own notation when no real task item stands
        // beside it; a typo of a task box only among real ones.
        let other_mark = !mark.is_empty() && !matches!(mark, "x" | "X");
        if other_mark && legend.iter().any(|m| m == mark) {
            continue;
        }
        let run = run_of(n);
        // A real task needs one space (or tab) after the bullet and exactly one
        // character in the box.
        let well_formed = !gap.as_str().is_empty()
            && inner_s.chars().count() == 1
            && (inner_s == " " || matches!(inner_s, "x" | "X"));
        if well_formed {
            // Parsed as a task elsewhere (e.g. comrak disagreed about the context): leave it.
            continue;
        }
        let span = start + bullet.start()..start + inner.end() + 1;
        let box_ = if checked { "[x]" } else { "[ ]" };
        let gap_fixed = if gap.as_str().is_empty() {
            " "
        } else {
            gap.as_str()
        };
        let replacement = format!("{}{}{}", bullet.as_str(), gap_fixed, box_);
        let written = &text[span.clone()];
        let mut f = Finding::new(&RULE, span.clone(), format!("`{written}` looks like a task item but is not one: GitHub renders it as text"))
            .help(format!("write `{replacement}`: a space after the bullet, and `x` or a space inside the brackets"));
        // Followed by a line of only `-` or `=`: turning this line into a list
        // item would make or unmake a heading there. Report, don't rewrite.
        let next = doc.lines.line_start(n + 1);
        let next_line = if n < doc.lines.line_starts() {
            &text[next..doc.lines.line_end(text, n + 1).max(next)]
        } else {
            ""
        };
        let underline = {
            let t = next_line.trim();
            !t.is_empty()
                && (t.bytes().all(|b| b == b'-' || b == b' ')
                    || t.bytes().all(|b| b == b'=' || b == b' '))
        };
        if !underline {
            // Safe: the box keeps its state (`[ x]` → `[x]`), only GitHub now renders it.
            f = f.edit(Edit::new(span, replacement, Safety::Safe));
        }
        if !other_mark {
            // `-[ ]`, `- [ x]`: a task box, only badly spaced; its list is a task list.
            typo_runs.insert(run);
        }
        found.push((other_mark, run, f));
    }
    // Another mark is a typo only among task boxes (real ones, or badly
    // spaced ones that `fix` makes real): decided once every line is seen, so
    // that one pass of `fix` repairs them all.
    out.extend(
        found
            .into_iter()
            .filter(|(other, run, _)| {
                !other || (!symbol_status && (task_runs.contains(run) || typo_runs.contains(run)))
            })
            .map(|(_, _, f)| f),
    );
}

#[cfg(test)]
mod tests {
    use super::legend_marks;

    #[test]
    fn legend_marks_come_from_the_lines_naming_a_legend_in_order() {
        let t = "# Plan\r\n**Legend**: `[~]` doing, key `[o]` done\r\n- [~] not a legend\r\ntext [z]\nMarkers: [v] [o]";
        assert_eq!(legend_marks(t), vec!["~", "o", "v"]);
        assert!(legend_marks("no such word [~]\n").is_empty());
    }
}
