//! Following a cited block of lines from the version a citation was written
//! against to the text the run reads: is it still there, did it move, or did
//! it change?
//!
//! A citation `【F:src/a.py†L10-L12】` was written against the cited file as it
//! stood in the commit that last touched the citing line. This module compares
//! those lines with the file now, through a line diff of the two versions
//! (git's diff, no context lines):
//!
//! - **same**: the cited lines hold the same text at the same numbers;
//! - **shifted**: every cited line is unchanged and they still stand together,
//!   at other numbers (lines were inserted or removed above them);
//! - **changed**: at least one cited line was edited, removed, or lines were
//!   inserted between them.
//!
//! Only pure functions live here; [`crate::history`] finds the two versions.

use std::collections::HashSet;

use crate::document::citation::LineRange;

/// A diff's hunks, `(old_start, old_lines, new_start, new_lines)`, with no context.
pub type Hunks = [(u32, u32, u32, u32)];

/// What became of a cited block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// The cited lines are where the citation says, unchanged.
    Same,
    /// Unchanged, now at these ranges (one per cited range, in order).
    Shifted(Vec<LineRange>),
    /// Some cited lines changed.
    Changed(Change),
}

/// How a cited block changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Cited lines that were edited or removed.
    pub changed: u32,
    /// Cited lines in all.
    pub total: u32,
    /// Lines of the version the citation was written against (the whole
    /// file then): a citation of all or most of them names the document.
    pub of: u32,
    /// How many lines longer the block is now (lines inserted between the
    /// cited lines, beyond those that replace changed ones).
    pub inserted: u32,
    /// Where the block stands now: from the first to the last cited line that
    /// survived, or None when none did.
    pub now: Option<LineRange>,
    /// A short unified diff of the cited lines (`-` then, `+` now), at most
    /// [`DIFF_LINES`] lines.
    pub diff: String,
}

impl Change {
    /// Whether the change is large enough to make the citing sentence
    /// doubtful: at least one cited line in five edited or removed (any edit of
    /// a block of up to four lines), or any edited while more lines were
    /// inserted between them than the block had: it more than doubled, a
    /// refactor that wrote a new body around a few kept lines (raven's
    /// `IteratorLowerer.cs`, 1 of 45 cited lines edited and 54 inserted;
    /// TapLink's `MainActivity.kt`, 19 of 93 and 418: surveys 89b and 65a,
    /// judged true, as the cited code is no longer what the sentence read). Lines only inserted between the cited
    /// ones, and a few lines edited inside a large block, rarely touch what the
    /// sentence claims: on real repositories such findings were not acted on.
    pub fn is_significant(&self) -> bool {
        self.changed > 0 && (self.changed * 5 >= self.total || self.inserted >= self.total)
    }
}

/// The line diff of two versions of a file, as hunks with no context:
/// git's diff, taking a line whose only change is white space at its end (a
/// CRLF → LF conversion, trailing blanks) as unchanged, so that a file whose
/// line ends were normalised keeps its lines (`git diff
/// --ignore-space-at-eol`; [`Lines`] compares lines the same way). A line
/// whose only change is a code formatter's is unchanged too (see
/// [`realigned`]): gofmt re-aligns the values of a map or a struct when a
/// longer key joins or leaves it (`"priority":           "Low",` →
/// `"priority":          "Low",`: survey 45b, jordigilh/kubernaut), and
/// Prettier ends each statement with `;`, changes the kind of quotes and
/// the blanks inside brackets (`return { events: [] }` → `return { events:
/// [] };`: survey 87b, starbase, whose whole code base was reformatted so
/// after its documents cited it); the line still says what it said. A
/// change of indentation is a change.
///
/// The buffers are diffed as [`eol_trimmed`] by [`crate::xdiff`]: the same
/// hunks as libgit2's patch with `ignore_whitespace_eol`, whose line hash
/// reads every byte through the C library, and which hashes both buffers
/// into object ids first (on a repository whose cited scripts changed
/// thousands of times, these were half of the run's CPU time: issue 12).
pub fn line_hunks(old: &[u8], new: &[u8]) -> Result<Vec<(u32, u32, u32, u32)>, git2::Error> {
    let (a, b) = (eol_trimmed(old), eol_trimmed(new));
    let hunks = crate::xdiff::hunks(&a, &b).map_err(|e| git2::Error::from_str(&e.to_string()))?;
    Ok(without_realigned(old, new, hunks))
}

/// `text` with each line's white space at its end left out (blanks, tabs,
/// carriage returns, vertical tabs and form feeds: the C library's
/// `isspace` but the line end) and a line end after a last line that has
/// none, borrowed when there is nothing to leave out. Two lines are then the
/// same bytes exactly when xdiff's `XDF_IGNORE_WHITESPACE_AT_EOL` takes them
/// as the same (it compares them up to the first difference and wants only
/// white space after it, on both sides, the line end included), so a plain
/// diff of the trimmed texts has the hunks of that diff of the texts: xdiff
/// reads nothing of a line but which lines it equals. Line numbers do not
/// change.
pub fn eol_trimmed(text: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c);
    let ends_bare = text.last().is_some_and(|&b| b != b'\n');
    let trailing = memchr::memchr_iter(b'\n', text).any(|i| i > 0 && blank(text[i - 1]))
        || (ends_bare && text.last().is_some_and(|&b| blank(b)));
    if !trailing && !ends_bare {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = Vec::with_capacity(text.len() + 1);
    for line in text.split_inclusive(|&b| b == b'\n') {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let kept = body.len() - body.iter().rev().take_while(|&&b| blank(b)).count();
        out.extend_from_slice(&body[..kept]);
        out.push(b'\n');
    }
    std::borrow::Cow::Owned(out)
}

/// `hunks` without the lines whose only change is a formatter's (see
/// [`realigned`]). Each hunk is diffed again by its lines' formatted forms:
/// the lines that match are unchanged, and what is left of the hunk is
/// split around them (a blank line dropped among reformatted ones, or a
/// line replaced by more or fewer, keeps the others in place). A line the
/// formatter broke into several (`a ? b : c` → `a\n  ? b\n  : c`) is the
/// same line, followed by lines inserted after it.
fn without_realigned(
    old: &[u8],
    new: &[u8],
    hunks: Vec<(u32, u32, u32, u32)>,
) -> Vec<(u32, u32, u32, u32)> {
    if !hunks.iter().any(|&(_, ol, _, nl)| ol > 0 && nl > 0) {
        return hunks;
    }
    let old_lines: Vec<&[u8]> = old.split(|&b| b == b'\n').collect();
    let new_lines: Vec<&[u8]> = new.split(|&b| b == b'\n').collect();
    let mut out = Vec::with_capacity(hunks.len());
    for (os, ol, ns, nl) in hunks {
        if ol == 0 || nl == 0 || os == 0 || ns == 0 {
            out.push((os, ol, ns, nl));
            continue;
        }
        let (Some(a), Some(b)) = (lines_at(&old_lines, os, ol), lines_at(&new_lines, ns, nl))
        else {
            out.push((os, ol, ns, nl));
            continue;
        };
        let fa: Vec<Vec<u8>> = a.iter().map(|l| formatted(l)).collect();
        let fb: Vec<Vec<u8>> = b.iter().map(|l| formatted(l)).collect();
        let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &fa, &fb);
        for (k, op) in ops.iter().enumerate() {
            let (o, n) = (op.old_range(), op.new_range());
            match op.tag() {
                // A line that gained a `,` where lines were added after it
                // (`config: Dict,` then `nodes: List[str],`) was appended
                // to, not formatted: a change.
                // Lines that say nothing (blank, `}`) matched on their own
                // between rewritten lines are the diff's coincidence, not
                // kept lines: they stay changed.
                similar::DiffTag::Equal
                    if k > 0
                        && k + 1 < ops.len()
                        && fa[o.clone()]
                            .iter()
                            .all(|l| !l.iter().any(u8::is_ascii_alphanumeric)) =>
                {
                    out.push((
                        os + o.start as u32,
                        o.len() as u32,
                        ns + n.start as u32,
                        n.len() as u32,
                    ));
                }
                similar::DiffTag::Equal => {
                    let appended = ops.get(k + 1).is_some_and(|next| {
                        matches!(
                            next.tag(),
                            similar::DiffTag::Insert | similar::DiffTag::Replace
                        )
                    }) && o.end > o.start
                        && {
                            let (x, y) = (trim_blank(a[o.end - 1]), trim_blank(b[n.end - 1]));
                            y.ends_with(b",") && !x.ends_with(b",")
                        };
                    if appended {
                        out.push((os + o.end as u32 - 1, 1, ns + n.end as u32 - 1, 1));
                    }
                }
                // git's convention: an insertion names the old line it
                // follows; a deletion, the new line before its gap.
                similar::DiffTag::Insert => {
                    out.push((
                        os + o.start as u32 - 1,
                        0,
                        ns + n.start as u32,
                        n.len() as u32,
                    ));
                }
                similar::DiffTag::Delete => {
                    out.push((
                        os + o.start as u32,
                        o.len() as u32,
                        ns + n.start as u32 - 1,
                        0,
                    ));
                }
                similar::DiffTag::Replace => {
                    split_lines(
                        &a[o.clone()],
                        &b[n.clone()],
                        os + o.start as u32,
                        ns + n.start as u32,
                        &mut out,
                    );
                }
            }
        }
    }
    out
}

/// Old lines `a` (from old line `os`) replaced by new lines `b` (from new
/// line `ns`), as hunks: each old line that the new lines from where the
/// last one ended spell out, once joined (a line a formatter broke in
/// several), is unchanged, the lines after its first inserted; the rest
/// is one hunk.
fn split_lines(a: &[&[u8]], b: &[&[u8]], os: u32, ns: u32, out: &mut Vec<(u32, u32, u32, u32)>) {
    let (mut i, mut j) = (0usize, 0usize);
    while i < a.len() && j < b.len() {
        // A line indented anew is a change (Python's blocks).
        if a[i][..indent_len(a[i])] != b[j][..indent_len(b[j])] {
            break;
        }
        let want = formatted(trim_blank(a[i]));
        let mut joined: Vec<u8> = Vec::new();
        let mut took = None;
        for (k, line) in b[j..].iter().enumerate() {
            if !joined.is_empty() {
                joined.push(b' ');
            }
            joined.extend_from_slice(trim_blank(line));
            let f = formatted(&joined);
            if f == want {
                took = Some(k + 1);
                break;
            }
            if f.len() > want.len() || !want.starts_with(&f[..f.len().saturating_sub(1)]) {
                break;
            }
        }
        let Some(took) = took else {
            break;
        };
        if took > 1 {
            out.push((os + i as u32, 0, ns + j as u32 + 1, took as u32 - 1));
        }
        i += 1;
        j += took;
    }
    if i < a.len() || j < b.len() {
        let (ol, nl) = ((a.len() - i) as u32, (b.len() - j) as u32);
        out.push(match (ol, nl) {
            (0, _) => (os + i as u32 - 1, 0, ns + j as u32, nl),
            (_, 0) => (os + i as u32, ol, ns + j as u32 - 1, 0),
            _ => (os + i as u32, ol, ns + j as u32, nl),
        });
    }
}

/// Lines `start..start + n` (1-based) of `lines`.
fn lines_at<'a>(lines: &[&'a [u8]], start: u32, n: u32) -> Option<Vec<&'a [u8]>> {
    (start..start + n)
        .map(|i| lines.get(i as usize - 1).copied())
        .collect()
}

/// A blank of a line: what a formatter adds or drops between words.
fn blank(c: &u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | 0x0b | 0x0c)
}

/// The width in bytes of a line's indentation.
fn indent_len(line: &[u8]) -> usize {
    line.iter().take_while(|c| blank(c)).count()
}

/// A line without its leading and trailing blanks.
fn trim_blank(line: &[u8]) -> &[u8] {
    let start = indent_len(line);
    let end = line
        .iter()
        .rposition(|c| !blank(c))
        .map_or(start, |e| e + 1);
    &line[start..end]
}

/// Whether a byte belongs to a word of code (`$` and `_` do in JavaScript;
/// every byte of a non-ASCII character does).
fn word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// A line as [`realigned`] compares it: its indentation as it is, then its
/// words with the blanks a formatter may add or drop taken out (those next
/// to punctuation) and those between two words made one space, its quotes
/// made `"`, and without the `;` and `,` at its end.
fn formatted(line: &[u8]) -> Vec<u8> {
    let indent = indent_len(line);
    let mut out: Vec<u8> = line[..indent].to_vec();
    let body = &line[indent..];
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if blank(&c) {
            let run_end = body[i..]
                .iter()
                .position(|c| !blank(c))
                .map_or(body.len(), |k| i + k);
            let before = out.len() > indent && out.last().is_some_and(|&p| word_byte(p));
            let after = body.get(run_end).is_some_and(|&n| word_byte(n));
            if before && after {
                out.push(b' ');
            }
            i = run_end;
            continue;
        }
        // A trailing comma a formatter adds before a closing bracket.
        if matches!(c, b')' | b']' | b'}') && out.last() == Some(&b',') && out.len() > indent {
            out.pop();
        }
        out.push(if c == b'\'' { b'"' } else { c });
        i += 1;
    }
    while out.len() > indent && matches!(out.last(), Some(b';' | b',')) {
        out.pop();
    }
    without_arrow_parens(out)
}

/// `line` with the parentheses around an arrow function's one parameter
/// taken out (`(error)=>` → `error=>`), as Prettier's `arrowParens`
/// writes it or not.
fn without_arrow_parens(line: Vec<u8>) -> Vec<u8> {
    if !line.windows(3).any(|w| w == b")=>") {
        return line;
    }
    let mut out = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        if line[i] == b'(' {
            let word = line[i + 1..].iter().take_while(|&&c| word_byte(c)).count();
            let close = i + 1 + word;
            if word > 0 && line.get(close..close + 3) == Some(b")=>") {
                // `async(page)=>` is `async page=>`: two words.
                if out.last().is_some_and(|&c| word_byte(c)) {
                    out.push(b' ');
                }
                out.extend_from_slice(&line[i + 1..close]);
                i = close + 1;
                continue;
            }
        }
        out.push(line[i]);
        i += 1;
    }
    out
}

/// Whether two lines differ at most as a code formatter changes a line:
/// the same indentation, then the same words and punctuation, whatever the
/// blanks between a word and punctuation (`{ a: 1 }`, `{a: 1}`) or the width
/// of those between two words, the kind of quotes (`'a'`, `"a"`), and a
/// `;` or `,` at the end. Words joined or split (`a b`, `ab`) and a line
/// indented anew are a change.
pub fn realigned(a: &[u8], b: &[u8]) -> bool {
    a == b || formatted(a) == formatted(b)
}

/// The most diff lines a finding shows.
pub const DIFF_LINES: usize = 12;

/// Line `n` of the old side of a diff → its line on the new side, or None when
/// the diff removed or changed it.
pub fn map_forward(hunks: &Hunks, n: u32) -> Option<u32> {
    let mut delta: i64 = 0;
    for &(old_start, old_lines, _, new_lines) in hunks {
        let before = if old_lines == 0 {
            // A pure insertion, after old line `old_start`.
            old_start < n
        } else {
            if (old_start..old_start + old_lines).contains(&n) {
                return None;
            }
            old_start + old_lines <= n
        };
        if !before {
            break;
        }
        delta += i64::from(new_lines) - i64::from(old_lines);
    }
    u32::try_from(i64::from(n) + delta).ok()
}

/// Where old line `n` went, as an edge of a block: a line that survived maps
/// to its new number; a changed one to the first (`start`) or last line of the
/// text that replaced it; a removed one to the line after (`start`) or before
/// the gap.
fn map_edge(hunks: &Hunks, n: u32, start: bool) -> u32 {
    if let Some(m) = map_forward(hunks, n) {
        return m;
    }
    let Some(&(_, _, new_start, new_lines)) = hunks
        .iter()
        .find(|&&(os, ol, _, _)| ol > 0 && (os..os + ol).contains(&n))
    else {
        return 0;
    };
    match (new_lines, start) {
        // Removed: the gap lies after new line `new_start`.
        (0, true) => new_start + 1,
        (0, false) => new_start,
        (_, true) => new_start,
        (_, false) => new_start + new_lines - 1,
    }
}

/// A version of a file split into lines once: a run follows many citations
/// into the same versions, and splitting a file per citation made following
/// them cost the size of the cited files times the number of citations.
#[derive(Debug)]
pub struct Lines {
    text: Vec<u8>,
    /// Each line's bytes in `text`, without its line end (`\n`, `\r\n`) and
    /// without the white space at its end (see [`Lines::get`]).
    spans: Vec<(usize, usize)>,
}

impl Lines {
    /// Splits `text` into lines.
    pub fn new(text: Vec<u8>) -> Lines {
        let mut spans = Vec::new();
        let mut start = 0;
        for line in text.split(|&b| b == b'\n') {
            spans.push((start, start + trimmed_len(line)));
            start += line.len() + 1;
        }
        // What follows the last line end is no line.
        if text.is_empty() || text.ends_with(b"\n") {
            spans.pop();
        }
        Lines { text, spans }
    }

    /// The text, as it was given.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// How many lines.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Line `i` (0-based) without its line end and without white space at its
    /// end: a line whose only change is its line end (a file converted from
    /// CRLF to LF) or trailing blanks is the same line, as the history's line
    /// diffs take it (`git diff --ignore-space-at-eol`).
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        self.spans.get(i).and_then(|&(s, e)| self.text.get(s..e))
    }
}

/// The length of `line` without the white space at its end (what git's
/// `--ignore-space-at-eol` ignores: blanks, tabs, `\r`, form feeds).
fn trimmed_len(line: &[u8]) -> usize {
    line.iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c))
        .map_or(0, |i| i + 1)
}

/// What became of `ranges` of `then` in `now`, given the diff `hunks` from
/// `then` to `now`. None when a range lies beyond the end of `then` (the
/// citation did not fit the version it was written against).
pub fn follow(then: &[u8], now: &[u8], hunks: &Hunks, ranges: &[LineRange]) -> Option<Fate> {
    follow_lines(
        &Lines::new(then.to_vec()),
        &Lines::new(now.to_vec()),
        hunks,
        ranges,
    )
}

/// [`follow`] for versions already split into lines. `hunks` should come from
/// a diff that ignores white space at line ends, as [`Lines`] compares lines.
pub fn follow_lines(old: &Lines, new: &Lines, hunks: &Hunks, ranges: &[LineRange]) -> Option<Fate> {
    // A whole-file citation: every line of the old version.
    let whole;
    let ranges = if ranges.is_empty() {
        whole = [LineRange::new(1, u32::try_from(old.len()).ok()?)];
        &whole[..]
    } else {
        ranges
    };
    if ranges
        .iter()
        .any(|r| r.start == 0 || r.end < r.start || r.end as usize > old.len())
    {
        return None;
    }
    let same = ranges.iter().all(|r| {
        (r.start..=r.end).all(
            |n| match (old.get(n as usize - 1), new.get(n as usize - 1)) {
                (Some(a), Some(b)) => realigned(a, b),
                _ => false,
            },
        )
    });
    if same {
        return Some(Fate::Same);
    }
    let mut shifted = Vec::with_capacity(ranges.len());
    let mut changed = 0u32;
    let mut total = 0u32;
    let mut contiguous = true;
    for r in ranges {
        let mut prev: Option<u32> = None;
        let mut start = None;
        for n in r.start..=r.end {
            total += 1;
            match map_forward(hunks, n).filter(|&m| m >= 1 && m as usize <= new.len()) {
                Some(m) => {
                    if prev.is_some_and(|p| p + 1 != m) {
                        contiguous = false;
                    }
                    prev = Some(m);
                    start.get_or_insert(m);
                }
                None => {
                    changed += 1;
                    contiguous = false;
                }
            }
        }
        if let (Some(s), Some(e)) = (start, prev) {
            shifted.push(LineRange::new(s, e));
        }
    }
    if changed == 0 && contiguous {
        return Some(Fate::Shifted(shifted));
    }
    // Where the block stands now: from where its first line went (or the
    // text that replaced it) to where its last line went.
    let first_line = ranges.iter().map(|r| r.start).min().unwrap_or(1);
    let last_line = ranges.iter().map(|r| r.end).max().unwrap_or(1);
    let s = map_edge(hunks, first_line, true);
    let e = map_edge(hunks, last_line, false);
    let edges = (s <= e && s >= 1).then(|| LineRange::new(s, e.min(new.len() as u32)));
    // A changed line whose words the block now holds, as a formatter wrote
    // them, is the same line (lines a formatter joined, `}, [` and `load,`
    // into `}, [load, onError])`).
    let changed = match &edges {
        Some(now) if changed > 0 => changed - rewritten_within(old, new, hunks, ranges, now),
        _ => changed,
    };
    // When every cited line changed and the text that replaced them is not
    // line for line, nothing of the block is left to place (the diff still
    // shows that text).
    let now_range = edges
        .clone()
        .filter(|r| changed < total || r.end - r.start + 1 == total);
    let inserted = now_range
        .as_ref()
        .map_or(0, |r| (r.end - r.start + 1).saturating_sub(total));
    Some(Fate::Changed(Change {
        changed,
        total,
        of: u32::try_from(old.len()).unwrap_or(u32::MAX),
        inserted,
        now: now_range.clone(),
        diff: block_diff(old, new, ranges, edges.as_ref()),
    }))
}

/// How many of the cited lines that the diff changed or removed a formatter
/// joined into one line of the block `now`: two or more cited lines in a
/// row that, joined and formatted (see [`formatted`]), are one line there
/// (`}, [`, `load,`, `onError,` and `])` → `}, [load, onError]);`). A line
/// only edited, or with words added, is not counted.
fn rewritten_within(
    old: &Lines,
    new: &Lines,
    hunks: &Hunks,
    ranges: &[LineRange],
    now: &LineRange,
) -> u32 {
    /// The most cited lines one line of the block is taken to join.
    const JOINED: usize = 32;
    let lines_now: HashSet<Vec<u8>> = (now.start..=now.end)
        .filter_map(|n| new.get(n as usize - 1))
        .map(|l| formatted(trim_blank(l)))
        .collect();
    let mut rescued = 0u32;
    for r in ranges {
        let changed: Vec<u32> = (r.start..=r.end)
            .filter(|&n| map_forward(hunks, n).is_none())
            .collect();
        let mut i = 0;
        while i < changed.len() {
            let mut joined: Vec<u8> = Vec::new();
            let mut took = None;
            for k in i..changed.len().min(i + JOINED) {
                // A run of lines in a row.
                if k > i && changed[k] != changed[k - 1] + 1 {
                    break;
                }
                let Some(l) = old.get(changed[k] as usize - 1) else {
                    break;
                };
                joined.extend_from_slice(trim_blank(l));
                joined.push(b' ');
                if k > i && lines_now.contains(&formatted(&joined)) {
                    took = Some(k - i + 1);
                }
            }
            match took {
                Some(n) => {
                    rescued += n as u32;
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    rescued
}

/// A short diff of the cited lines then and the block's lines now.
fn block_diff(old: &Lines, new: &Lines, ranges: &[LineRange], now: Option<&LineRange>) -> String {
    let then: Vec<String> = ranges
        .iter()
        .flat_map(|r| r.start..=r.end)
        .filter_map(|n| old.get(n as usize - 1))
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .collect();
    let current: Vec<String> = match now {
        Some(r) => (r.start..=r.end)
            .filter_map(|n| new.get(n as usize - 1))
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .collect(),
        None => Vec::new(),
    };
    let a: Vec<&str> = then.iter().map(String::as_str).collect();
    let b: Vec<&str> = current.iter().map(String::as_str).collect();
    let diff = similar::TextDiff::from_slices(&a, &b);
    let mut out = Vec::new();
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Equal => continue,
            similar::ChangeTag::Delete => '-',
            similar::ChangeTag::Insert => '+',
        };
        let text: String = change.value().chars().take(160).collect();
        out.push(format!("{sign} {text}"));
    }
    if out.len() > DIFF_LINES {
        let more = out.len() - DIFF_LINES;
        out.truncate(DIFF_LINES);
        out.push(format!("… {more} more changed lines"));
    }
    out.join("\n")
}

/// The cited lines as a message names them: their ranges, or "the whole
/// file" for a citation without one (the hook and the PR report share it).
pub fn cited_text(ranges: &[LineRange]) -> String {
    if ranges.is_empty() {
        "the whole file".to_string()
    } else {
        ranges_text(ranges)
    }
}

/// `L10-L20`, `L5`, `L1-L3,L9`.
pub fn ranges_text(ranges: &[LineRange]) -> String {
    ranges
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Rewrites the line numbers of a citation's source text to `new` ranges,
/// keeping every other character as written (`†L1-190` stays without an `L`
/// on its end, `#L12` stays a `#` anchor). None when the numbers written do not
/// match `old` (the citation is then left alone).
pub fn rewrite_numbers(source: &str, old: &[LineRange], new: &[LineRange]) -> Option<String> {
    if old.len() != new.len() {
        return None;
    }
    // The line numbers come after the path: after `†`, the last `#L`, or
    // the last `:` (a code span `src/a.rs:10-20`).
    let from = source
        .rfind('†')
        .map(|i| i + '†'.len_utf8())
        .or_else(|| source.rfind("#L").map(|i| i + 1))
        .or_else(|| source.rfind(':').map(|i| i + 1))?;
    let (head, tail) = source.split_at(from);
    let mut written: Vec<(usize, usize)> = Vec::new();
    let bytes = tail.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            written.push((s, i));
        } else {
            i += 1;
        }
    }
    // Each range is written as one number (`L5`) or two (`L5-L9`).
    let num = |k: usize| -> Option<u32> {
        let (s, e) = *written.get(k)?;
        tail[s..e].parse().ok()
    };
    let mut k = 0;
    let mut replaced: Vec<((usize, usize), u32)> = Vec::new();
    for (o, n) in old.iter().zip(new) {
        if num(k)? != o.start {
            return None;
        }
        replaced.push((written[k], n.start));
        k += 1;
        let written_end = k < written.len() && is_range_end(tail, written[k - 1], written[k]);
        if written_end {
            if num(k)? != o.end {
                return None;
            }
            replaced.push((written[k], n.end));
            k += 1;
        } else if o.start != o.end {
            return None;
        }
    }
    if k != written.len() {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    out.push_str(head);
    let mut at = 0;
    for ((s, e), v) in replaced {
        out.push_str(&tail[at..s]);
        out.push_str(&v.to_string());
        at = e;
    }
    out.push_str(&tail[at..]);
    Some(out)
}

/// Whether the number at `b` ends the range started by the number at `a`
/// (only a `-` and an optional `L` stand between them).
fn is_range_end(tail: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    matches!(tail[a.1..b.0].trim(), "-" | "-L" | "–" | "–L")
}

#[cfg(test)]
mod tests {
    /// A patch's hunks, `(old_start, old_lines, new_start, new_lines)`.
    fn hunks_of(patch: &git2::Patch<'_>) -> Vec<(u32, u32, u32, u32)> {
        (0..patch.num_hunks())
            .filter_map(|i| patch.hunk(i).ok())
            .map(|(h, _)| (h.old_start(), h.old_lines(), h.new_start(), h.new_lines()))
            .collect()
    }

    /// The hunks of a plain diff of the [`eol_trimmed`] texts are those of
    /// libgit2's `ignore_whitespace_eol` diff of the texts, on texts made of
    /// lines that differ only in their white space at the end, with and
    /// without a line end after the last line.
    #[test]
    fn trimmed_texts_diff_as_git_ignoring_space_at_eol() {
        const LINES: &[&str] = &[
            "a",
            "a ",
            "a\t",
            "a\r",
            " a",
            "b",
            "b \r",
            "a b",
            "a  b",
            "",
            " ",
            "\t\x0b\x0c",
            "}",
            "} ",
            "x\ry",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let text = |next: &mut dyn FnMut(usize) -> usize| {
            let n = next(12);
            let mut t = String::new();
            for i in 0..n {
                t.push_str(LINES[next(LINES.len())]);
                if i + 1 < n || next(3) > 0 {
                    t.push('\n');
                }
            }
            t
        };
        let mut differing = 0;
        for _ in 0..4000 {
            let (old, new) = (text(&mut next), text(&mut next));
            let mut opts = git2::DiffOptions::new();
            opts.context_lines(0)
                .force_text(true)
                .ignore_whitespace_eol(true);
            let patch = git2::Patch::from_buffers(
                old.as_bytes(),
                None,
                new.as_bytes(),
                None,
                Some(&mut opts),
            )
            .unwrap();
            let want = hunks_of(&patch);
            let mut plain = git2::DiffOptions::new();
            plain.context_lines(0).force_text(true);
            let (a, b) = (eol_trimmed(old.as_bytes()), eol_trimmed(new.as_bytes()));
            let patch = git2::Patch::from_buffers(&a, None, &b, None, Some(&mut plain)).unwrap();
            assert_eq!(hunks_of(&patch), want, "{old:?} → {new:?}");
            differing += usize::from(a.as_ref() != old.as_bytes());
        }
        // The texts exercised the trimming.
        assert!(differing > 1000, "{differing}");
    }

    use super::*;

    fn r(s: u32, e: u32) -> LineRange {
        LineRange::new(s, e)
    }

    fn hunks(then: &[u8], now: &[u8]) -> Vec<(u32, u32, u32, u32)> {
        line_hunks(then, now).unwrap()
    }

    fn fate(then: &str, now: &str, ranges: &[LineRange]) -> Option<Fate> {
        let h = hunks(then.as_bytes(), now.as_bytes());
        follow(then.as_bytes(), now.as_bytes(), &h, ranges)
    }

    #[test]
    fn same_block_is_same() {
        assert_eq!(
            fate("a\nb\nc\n", "a\nb\nc\nd\n", &[r(2, 3)]),
            Some(Fate::Same)
        );
    }

    #[test]
    fn realigned_values_are_the_same_lines() {
        // gofmt re-aligned the map after its longest key left it.
        let then = "m := map[string]any{\n\t\"notification_name\":  n,\n\t\"type\":               \"StatusUpdate\",\n\t\"priority\":           \"Low\",\n}\n";
        let now = "m := map[string]any{\n\t\"notification\": n,\n\t\"type\":         \"StatusUpdate\",\n\t\"priority\":     \"Low\",\n}\n";
        assert_eq!(fate(then, now, &[r(3, 4)]), Some(Fate::Same));
        // The key that changed is a change.
        assert!(matches!(fate(then, now, &[r(2, 3)]), Some(Fate::Changed(c)) if c.changed == 1));
        // Realigned and moved down: shifted.
        let below = format!("// header\n{now}");
        assert_eq!(
            fate(then, &below, &[r(3, 4)]),
            Some(Fate::Shifted(vec![r(4, 5)]))
        );
        // Another indentation, or words joined, is a change.
        assert!(!realigned(b"\tx := 1", b"\t\tx := 1"));
        assert!(!realigned(b"a b", b"ab"));
        assert!(realigned(b"a\t b", b"a b"));
    }

    #[test]
    fn a_formatters_changes_are_the_same_lines() {
        assert!(realigned(
            b"  return { events: [] }",
            b"  return {events: []};"
        ));
        assert!(realigned(b"  alert('x')", b"  alert(\"x\");"));
        assert!(realigned(b"  f(a, b,", b"  f(a, b"));
        assert!(realigned(b"  .catch((error) => {", b"  .catch(error => {"));
        assert!(realigned(b"  f(async (page) => {", b"  f(async page => {"));
        assert!(!realigned(b"  .catch((error) => {", b"  .catch((err) => {"));
        assert!(!realigned(b"  const LIMIT = 30", b"  const LIMIT = 50;"));
        assert!(!realigned(b"  return x", b"  returnx"));
        // Prettier ended every statement with `;` and dropped a blank line
        // among the cited ones: the block is the same, one line higher.
        let then = "// a\nconst q = make()\n\nlet s = q.snap()\nlog(s)\nend()\n";
        let now = "// a\nconst q = make();\nlet s = q.snap();\nlog(s);\nend();\n";
        assert!(matches!(
            fate(then, now, &[r(4, 6)]),
            Some(Fate::Shifted(v)) if v == vec![r(3, 5)]
        ));
        // A line the formatter broke in three is the same line; the two
        // after it are inserted, so the block now spans more lines.
        let then2 = "// a\nconst s = a ? 'x' : 'y'\nlog(s)\n";
        let now2 = "// a\nconst s = a\n  ? \"x\"\n  : \"y\";\nlog(s);\n";
        assert!(matches!(
            fate(then2, now2, &[r(2, 3)]),
            Some(Fate::Changed(c)) if c.changed == 0 && c.inserted == 2
        ));
        // `})` that only gained its `;` is the same line.
        assert_eq!(fate("x\n})\n", "x\n});\n", &[r(2, 2)]), Some(Fate::Same));
        // A value changed in the reformatted block is a change.
        let edited = now.replace("q.snap()", "q.peek()");
        assert!(
            matches!(fate(then, &edited, &[r(4, 6)]), Some(Fate::Changed(c)) if c.changed == 1)
        );
    }

    #[test]
    fn insertion_above_shifts() {
        assert_eq!(
            fate("a\nb\nc\nd\n", "x\ny\na\nb\nc\nd\n", &[r(2, 3)]),
            Some(Fate::Shifted(vec![r(4, 5)]))
        );
        assert_eq!(
            fate("a\nb\nc\nd\n", "b\nc\nd\n", &[r(2, 3)]),
            Some(Fate::Shifted(vec![r(1, 2)]))
        );
    }

    #[test]
    fn edit_inside_changes() {
        let Some(Fate::Changed(c)) = fate("a\nb\nc\nd\n", "x\na\nB\nc\nd\n", &[r(2, 3)]) else {
            panic!("expected a change");
        };
        assert_eq!((c.changed, c.total), (1, 2));
        assert_eq!(c.now, Some(r(3, 4)));
        assert_eq!(c.diff, "- b\n+ B");
    }

    #[test]
    fn insertion_inside_changes() {
        let Some(Fate::Changed(c)) = fate("a\nb\nc\n", "a\nb\nnew\nc\n", &[r(2, 3)]) else {
            panic!("expected a change");
        };
        assert_eq!((c.changed, c.total, c.inserted), (0, 2, 1));
        assert_eq!(c.now, Some(r(2, 4)));
    }

    #[test]
    fn a_few_lines_of_a_large_block_are_not_significant() {
        let then: String = (1..=100).map(|i| format!("l{i}\n")).collect();
        let now = then.replace("l50\n", "l50 edited\n");
        let Some(Fate::Changed(c)) = fate(&then, &now, &[r(1, 100)]) else {
            panic!("expected a change");
        };
        assert!(!c.is_significant());
        let now = (1..=100)
            .map(|i| {
                if i % 4 == 0 {
                    format!("x{i}\n")
                } else {
                    format!("l{i}\n")
                }
            })
            .collect::<String>();
        let Some(Fate::Changed(c)) = fate(&then, &now, &[r(1, 100)]) else {
            panic!("expected a change");
        };
        assert_eq!(c.changed, 25);
        assert!(c.is_significant());
        // A small block: any change.
        let Some(Fate::Changed(c)) = fate("a\nb\n", "a\nB\n", &[r(1, 2)]) else {
            panic!("expected a change");
        };
        assert!(c.is_significant());
        // A block that more than doubled around an edit: significant.
        let grown = "a\nB\nnew1\nnew2\nnew3\nnew4\nnew5\nc\nd\ne\n";
        let Some(Fate::Changed(c)) = fate("a\nb\nc\nd\ne\n", grown, &[r(1, 5)]) else {
            panic!("expected a change");
        };
        assert!(c.changed == 1 && c.inserted >= 5 && c.is_significant());
        // Lines only inserted inside the block: not significant.
        let Some(Fate::Changed(c)) = fate("a\nb\n", "a\nnew\nb\n", &[r(1, 2)]) else {
            panic!("expected a change");
        };
        assert!(!c.is_significant());
    }

    #[test]
    fn a_block_rewritten_whole_stands_nowhere() {
        let Some(Fate::Changed(c)) = fate("a\nb\nc\nd\n", "x\nB\nC\n", &[r(2, 3)]) else {
            panic!("expected a change");
        };
        assert_eq!((c.changed, c.total, c.now), (2, 2, None));
        assert_eq!(c.diff, "- b\n- c\n+ x\n+ B\n+ C");
    }

    #[test]
    fn whole_file_is_every_line() {
        let Some(Fate::Changed(c)) = fate("a\nb\nc\n", "a\nB\nc\n", &[]) else {
            panic!("expected a change");
        };
        assert_eq!((c.changed, c.total), (1, 3));
        assert_eq!(fate("a\nb\n", "a\nb\n", &[]), Some(Fate::Same));
    }

    #[test]
    fn removed_block_is_gone() {
        let Some(Fate::Changed(c)) = fate("a\nb\nc\nd\n", "a\nd\n", &[r(2, 3)]) else {
            panic!("expected a change");
        };
        assert_eq!((c.changed, c.total, c.now), (2, 2, None));
        assert_eq!(c.diff, "- b\n- c");
    }

    #[test]
    fn range_past_old_end_is_not_followed() {
        assert_eq!(fate("a\n", "a\nb\n", &[r(1, 2)]), None);
    }

    #[test]
    fn numbers_rewritten_in_their_own_form() {
        let old = [r(10, 20)];
        let new = [r(12, 22)];
        assert_eq!(
            rewrite_numbers("【F:src/a.py†L10-L20】", &old, &new).as_deref(),
            Some("【F:src/a.py†L12-L22】")
        );
        assert_eq!(
            rewrite_numbers("【F:src/a.py†L10-20】", &old, &new).as_deref(),
            Some("【F:src/a.py†L12-22】")
        );
        assert_eq!(
            rewrite_numbers("【F:src/a1.py†L5】", &[r(5, 5)], &[r(7, 7)]).as_deref(),
            Some("【F:src/a1.py†L7】")
        );
        assert_eq!(
            rewrite_numbers(
                "【F:a.py†L1-L3,L9】",
                &[r(1, 3), r(9, 9)],
                &[r(2, 4), r(10, 10)]
            )
            .as_deref(),
            Some("【F:a.py†L2-L4,L10】")
        );
        assert_eq!(
            rewrite_numbers("【F:a.py#L5-L6】", &[r(5, 6)], &[r(6, 7)]).as_deref(),
            Some("【F:a.py#L6-L7】")
        );
        assert_eq!(
            rewrite_numbers("`src/a.rs:10-20`", &old, &new).as_deref(),
            Some("`src/a.rs:12-22`")
        );
        assert_eq!(
            rewrite_numbers("`src/a.rs:L10-L20`", &old, &new).as_deref(),
            Some("`src/a.rs:L12-L22`")
        );
        assert_eq!(
            rewrite_numbers("[x](a.py#L5)", &[r(5, 5)], &[r(7, 7)]).as_deref(),
            Some("[x](a.py#L7)")
        );
        // Numbers that do not match what was parsed: left alone.
        assert_eq!(
            rewrite_numbers("【F:a.py†L4】", &[r(5, 5)], &[r(6, 6)]),
            None
        );
    }
}
