//! Mojibake detection and repair (rule `encoding/mojibake`).
//!
//! Mojibake here is UTF-8 text that was decoded with a single-byte code page
//! (Windows-1252 above all, also Latin-1 and Windows-1254) and saved again:
//! `â€™` for `’`, `ðŸ”„` for `🔄`, `ã€` for `【`. Some tools drop the bytes that
//! Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), so part of the damage is
//! lossy: `ã€` is `【` (E3 80 90) with 0x90 gone, `âŒ` is `❌` (E2 9D 8C) with 0x9D
//! gone.
//!
//! # How it works
//!
//! Each character is mapped back to the byte it stands for (Windows-1252, the C1
//! controls of Latin-1, and the letters where Windows-1254 differs). Where the bytes
//! form a UTF-8 sequence (a lead byte C2–F4 and its continuation bytes 80–BF) the
//! sequence is a *candidate*; where exactly one continuation byte is missing, each
//! undefined byte is tried at each position and the most plausible character wins,
//! judged by its Unicode block, by how common it is (emoji, frequent CJK
//! ideographs) and by context (a variation selector after an emoji, `【` before a
//! `】`, a zero-width joiner between emoji, `”` after an open `“`...). A lone lead
//! byte whose only continuation byte was dropped (`Ñ` for `с`) is only taken inside
//! other damage.
//!
//! A candidate is *strong* when real text would hardly hold its characters side by
//! side (`Ã©`, `â€™`: a letter followed by `©`, `€`, `™`...), *weak* when it could
//! (`é»` at the end of `«café»`, `Ã”` in `“Ã”`). Strong candidates are damage; weak
//! ones only next to other damage or when the whole document is mis-decoded.
//!
//! # Document policy
//!
//! The whole document counts as mis-decoded when its prose is damaged and every
//! non-ASCII character in it is part of a candidate: then every candidate is a finding,
//! inside code spans and blocks too. Otherwise only damage outside code is reported:
//! code may quote damage on purpose.
//!
//! Text without a character that maps to a UTF-8 lead byte costs one pass over its
//! bytes.
//!
//! # Limits
//!
//! - A character that lost two bytes (`🐍` F0 9F 90 8D, `く` E3 81 8F with both dropped)
//!   cannot be rebuilt and is left as it is.
//! - Where a dropped byte leaves several plausible characters, the choice follows
//!   frequency lists and context, and can be wrong: `ðŸ“` is `📝` or `📁`, a lone `Ñ` is
//!   `с` or `я`, `å` + `ˆ` is `合` or `又`.
//! - A lone lead such as `Ã` for `Á` is only repaired next to other damage (`SÃO` is
//!   correct Portuguese); `ÃREA` alone is not found.
//! - Text mis-decoded twice (`Ã¢â‚¬â„¢`) is decoded again while the result is itself
//!   wholly mojibake.

use std::borrow::Cow;
use std::ops::Range;

/// One damaged run and its repair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Byte range of the damaged text in the scanned string.
    pub range: Range<usize>,
    /// The text it was before it was mis-decoded.
    pub replacement: String,
}

/// Finds damaged runs in `text` (a whole document).
///
/// `code` lists the byte ranges of code spans and code blocks in `text` (best sorted and
/// non-overlapping; others are sorted and merged here); damage inside them is only reported when the whole document was
/// mis-decoded (see the module documentation). The repairs are sorted and do not
/// overlap; each covers one maximal damaged run on one line, on char boundaries, and
/// its replacement is the original text.
pub fn scan(text: &str, code: &[Range<usize>]) -> Vec<Repair> {
    let bytes = text.as_bytes();
    if text.is_ascii() || !has_lead(bytes) {
        return Vec::new();
    }
    let mut found: Vec<Found> = Vec::new();
    let mut unexplained = false;
    let mut scratch = Scratch::default();
    let mut offset = 0;
    for line in text.split('\n') {
        if !line.is_ascii() {
            if has_lead(line.as_bytes()) {
                let before = found.len();
                let line_unexplained = analyze_line(line, &mut scratch, &mut found);
                unexplained |= line_unexplained;
                for f in &mut found[before..] {
                    f.range.start += offset;
                    f.range.end += offset;
                }
            } else {
                unexplained = true;
            }
        }
        offset += line.len() + 1;
    }
    if found.is_empty() {
        return Vec::new();
    }
    // Sorted and merged, whatever the caller passed.
    let mut code = code.to_vec();
    code.sort_by_key(|r| r.start);
    code.dedup_by(|b, a| {
        let overlap = b.start <= a.end;
        if overlap {
            a.end = a.end.max(b.end);
        }
        overlap
    });
    let in_code = |start: usize| {
        let i = code.partition_point(|r| r.end <= start);
        code.get(i).is_some_and(|r| r.start <= start)
    };
    let prose_damage = found.iter().any(|f| f.local && !in_code(f.range.start));
    if !prose_damage {
        return Vec::new();
    }
    let whole = !unexplained;
    let mut repairs: Vec<Repair> = Vec::new();
    let mut last_end = usize::MAX;
    for f in found {
        let keep = if whole {
            f.loose
        } else {
            f.local && !in_code(f.range.start)
        };
        if !keep {
            continue;
        }
        match repairs.last_mut() {
            Some(r) if last_end == f.range.start => {
                r.range.end = f.range.end;
                r.replacement.push(f.ch);
            }
            _ => repairs.push(Repair {
                range: f.range.clone(),
                replacement: f.ch.to_string(),
            }),
        }
        last_end = f.range.end;
    }
    for r in &mut repairs {
        redecode(&mut r.replacement);
    }
    repairs
}

/// Repairs a short string (a table cell, a path) regardless of context: every damaged
/// run found by [`scan`] without code ranges is replaced. Borrowed when there is
/// nothing to repair.
pub fn repair_str(s: &str) -> Cow<'_, str> {
    let repairs = scan(s, &[]);
    if repairs.is_empty() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(apply(s, &repairs))
    }
}

/// Applies sorted, non-overlapping `repairs` to `text`.
pub fn apply(text: &str, repairs: &[Repair]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in repairs {
        out.push_str(&text[at..r.range.start]);
        out.push_str(&r.replacement);
        at = r.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether `text` holds a character that maps to a UTF-8 lead byte (`Â`..`ô`, `Ğ`,
/// `İ`, `Ş`, `ğ`): text without one has no mojibake. One pass over the bytes.
pub fn has_lead(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| (0xC3..=0xC5).contains(&b)) {
        let at = i + p;
        let Some(&next) = bytes.get(at + 1) else {
            return false;
        };
        let hit = match bytes[at] {
            0xC3 => (0x82..=0xB4).contains(&next),
            0xC4 => matches!(next, 0x9E | 0x9F | 0xB0),
            _ => next == 0x9E,
        };
        if hit {
            return true;
        }
        i = at + 1;
    }
    false
}

// ---------------------------------------------------------------------------------
// Analysis of one line.

/// A candidate that survived, in line coordinates until [`scan`] shifts it.
struct Found {
    range: Range<usize>,
    ch: char,
    /// Accepted under the local rules (strong, or next to accepted damage).
    local: bool,
    /// Accepted when the whole document is mis-decoded.
    loose: bool,
}

#[derive(Clone, Copy)]
struct Unit {
    off: usize,
    ch: char,
    /// The byte `ch` stands for, if any.
    b: Option<u8>,
}

impl Unit {
    fn is_cont(&self) -> bool {
        matches!(self.b, Some(0x80..=0xBF))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// All bytes present.
    Complete,
    /// One continuation byte missing, sequence of 3 or 4 bytes.
    Lossy,
    /// A 2-byte lead alone: its continuation byte was dropped.
    Lone,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Level {
    Reject,
    Strong,
    Weak,
    Lone,
}

#[derive(Clone, Copy)]
struct Opt {
    ch: char,
    /// Takes the following plain space as byte A0 (a no-break space turned into a
    /// space).
    via_space: bool,
    /// Uses byte 0x8E or 0x9E, which only Windows-1254 leaves undefined, in text
    /// without a sign of Windows-1254.
    penalty: bool,
}

struct Cand {
    start: usize,
    /// One past the last unit (before the choice of a `via_space` option).
    end: usize,
    kind: Kind,
    lead: u8,
    opts: Vec<Opt>,
    chosen: char,
    /// Plausibility of the chosen option (lossy and lone candidates).
    score: i32,
    level: Level,
}

#[derive(Default)]
struct Scratch {
    units: Vec<Unit>,
    cands: Vec<Cand>,
    owner: Vec<usize>,
}

/// Bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), which some
/// decoders drop, and the two more Windows-1254 leaves undefined (0x8E 0x9E).
const LOST: [u8; 7] = [0x9D, 0x90, 0x8F, 0x8D, 0x81, 0x8E, 0x9E];
const NONE: usize = usize::MAX;

/// Analyzes one line, appends its candidates to `found`; returns whether a non-ASCII
/// character of the line is not explained by a candidate.
fn analyze_line(line: &str, s: &mut Scratch, found: &mut Vec<Found>) -> bool {
    let Scratch {
        units,
        cands,
        owner,
    } = s;
    units.clear();
    cands.clear();
    let mut cp1254 = false;
    for (off, ch) in line.char_indices() {
        cp1254 |= matches!(ch, 'Ğ' | 'İ' | 'Ş' | 'ğ');
        units.push(Unit {
            off,
            ch,
            b: char_to_byte(ch),
        });
    }
    parse(units, cp1254, cands);
    resolve(line, units, cands);
    for i in 0..cands.len() {
        cands[i].level = level(units, cands, i);
    }
    owner.clear();
    owner.resize(units.len(), NONE);
    for (ci, c) in cands.iter().enumerate() {
        for o in &mut owner[c.start..c.end] {
            *o = ci;
        }
    }
    let local = accept(units, cands, owner, false);
    let loose = accept(units, cands, owner, true);
    let mut unexplained = false;
    for (u, o) in units.iter().zip(owner.iter()) {
        if !u.ch.is_ascii() && (*o == NONE || !loose[*o]) {
            unexplained = true;
            break;
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if c.level == Level::Reject || !(local[i] || loose[i]) {
            continue;
        }
        let last = units[c.end - 1];
        found.push(Found {
            range: units[c.start].off..last.off + last.ch.len_utf8(),
            ch: c.chosen,
            local: local[i],
            loose: loose[i],
        });
    }
    unexplained
}

fn seq_len(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn decode(bytes: &[u8]) -> Option<char> {
    std::str::from_utf8(bytes).ok()?.chars().next()
}

/// Finds the candidates of a line, left to right, greedily.
fn parse(units: &[Unit], cp1254: bool, cands: &mut Vec<Cand>) {
    let mut i = 0;
    while i < units.len() {
        let Some(lead @ 0xC2..=0xF4) = units[i].b else {
            i += 1;
            continue;
        };
        let n = seq_len(lead);
        let mut k = 0;
        while k < n - 1 && units.get(i + 1 + k).is_some_and(Unit::is_cont) {
            k += 1;
        }
        let mut bytes = [0u8; 4];
        bytes[0] = lead;
        for j in 0..k {
            bytes[1 + j] = units[i + 1 + j].b.unwrap_or(0);
        }
        if k == n - 1 {
            if let Some(ch) = decode(&bytes[..n]) {
                cands.push(Cand {
                    start: i,
                    end: i + n,
                    kind: Kind::Complete,
                    lead,
                    opts: vec![Opt {
                        ch,
                        via_space: false,
                        penalty: false,
                    }],
                    chosen: ch,
                    score: 0,
                    level: Level::Reject,
                });
                i += n;
                continue;
            }
        } else if k == n - 2 {
            let mut opts = Vec::new();
            for pos in (1..n).rev() {
                for &lb in &LOST {
                    let mut seq = [0u8; 4];
                    seq[..pos].copy_from_slice(&bytes[..pos]);
                    seq[pos] = lb;
                    seq[pos + 1..n].copy_from_slice(&bytes[pos..n - 1]);
                    if let Some(ch) = decode(&seq[..n]) {
                        opts.push(Opt {
                            ch,
                            via_space: false,
                            penalty: !cp1254 && matches!(lb, 0x8E | 0x9E),
                        });
                    }
                }
            }
            if n >= 3 && units.get(i + 1 + k).is_some_and(|u| u.ch == ' ') {
                bytes[n - 1] = 0xA0;
                if let Some(ch) = decode(&bytes[..n]) {
                    opts.push(Opt {
                        ch,
                        via_space: true,
                        penalty: false,
                    });
                }
            }
            if !opts.is_empty() {
                cands.push(Cand {
                    start: i,
                    end: i + 1 + k,
                    kind: if n == 2 { Kind::Lone } else { Kind::Lossy },
                    lead,
                    opts,
                    chosen: '\0',
                    score: 0,
                    level: Level::Reject,
                });
                i += 1 + k;
                continue;
            }
        }
        i += 1;
    }
}

/// Context of an option.
struct Ctx<'a> {
    prev: Option<char>,
    next: Option<char>,
    /// The two characters after `next` (raw).
    next2: Option<char>,
    next3: Option<char>,
    before: &'a str,
    after: &'a str,
}

/// Chooses the option of each lossy and lone candidate, left to right.
fn resolve(line: &str, units: &[Unit], cands: &mut [Cand]) {
    for j in 0..cands.len() {
        if cands[j].kind == Kind::Complete {
            continue;
        }
        let start = cands[j].start;
        let prev = if j > 0 && cands[j - 1].end == start && cands[j - 1].chosen != '\0' {
            Some(cands[j - 1].chosen)
        } else if start > 0 {
            Some(units[start - 1].ch)
        } else {
            None
        };
        let before = window_before(line, units[start].off);
        let mut best: Option<(i32, usize, usize)> = None;
        let kind = cands[j].kind;
        let lead = cands[j].lead;
        for (oi, opt) in cands[j].opts.iter().enumerate() {
            let end = cands[j].end + usize::from(opt.via_space);
            let peek = |u: usize| -> Option<char> {
                if let Some(c) = cands.get(j + 1).filter(|c| c.start == u) {
                    if c.kind == Kind::Complete {
                        return Some(c.chosen);
                    }
                    return c
                        .opts
                        .iter()
                        .map(|o| o.ch)
                        .max_by_key(|&ch| base_score(ch) + popularity(ch));
                }
                units.get(u).map(|u| u.ch)
            };
            let after_off = units.get(end).map_or(line.len(), |u| u.off);
            let ctx = Ctx {
                prev,
                next: peek(end),
                next2: units.get(end + 1).map(|u| u.ch),
                next3: units.get(end + 2).map(|u| u.ch),
                before,
                after: window_after(line, after_off),
            };
            let score = if kind == Kind::Lone {
                lone_score(lead, opt.ch, &ctx, units, end)
            } else {
                option_score(opt, &ctx) - 2 * i32::from(opt.penalty)
            };
            let r = rank(opt.ch);
            if best.is_none_or(|(s, br, _)| score > s || (score == s && r < br)) {
                best = Some((score, r, oi));
            }
        }
        let (score, _, oi) = best.unwrap_or((0, 0, 0));
        let c = &mut cands[j];
        if score <= 0 {
            continue;
        }
        let opt = c.opts[oi];
        c.chosen = opt.ch;
        c.score = score;
        c.end += usize::from(opt.via_space);
    }
}

const WINDOW: usize = 300;

fn window_before(line: &str, at: usize) -> &str {
    let mut s = at.saturating_sub(WINDOW);
    while !line.is_char_boundary(s) {
        s += 1;
    }
    &line[s..at]
}

fn window_after(line: &str, at: usize) -> &str {
    let mut e = (at + WINDOW).min(line.len());
    while !line.is_char_boundary(e) {
        e -= 1;
    }
    &line[at..e]
}

fn is_emojiish(c: char) -> bool {
    is_emoji(c) || c == '\u{FE0F}' || c == '\u{20E3}'
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Whether `s` leaves a `“` open, counting the mojibake forms `â€œ` and `â€` + 0x9D
/// (and not taking the `”` of `â€”`, an em dash, for a quote).
fn open_quote(s: &str) -> bool {
    let mut open = 0i32;
    let mut rest = s;
    while let Some(i) = rest.find(['“', '„', '”', 'â']) {
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("â€") {
            let next = t.chars().next();
            match next {
                Some('œ' | 'ž') => open += 1,
                Some('\u{9d}') => open -= 1,
                _ => {}
            }
            rest = &t[next.map_or(0, char::len_utf8)..];
            continue;
        }
        let c = tail.chars().next().unwrap_or(' ');
        match c {
            '“' | '„' => open += 1,
            '”' => open -= 1,
            _ => {}
        }
        rest = &tail[c.len_utf8()..];
    }
    open > 0
}

/// Plausibility of a lossy option in context.
fn option_score(opt: &Opt, ctx: &Ctx<'_>) -> i32 {
    let c = opt.ch;
    let base = base_score(c);
    if base == 0 {
        return 0;
    }
    let mut s = base + popularity(c);
    let prev_emoji = ctx.prev.is_some_and(|p| {
        is_emojiish(p) || p.is_ascii_digit() || p == '#' || p == '*' || is_modifier(p)
    });
    let next_is_vs16 = ctx.next == Some('\u{FE0F}')
        || (ctx.next == Some('ï') && ctx.next2 == Some('¸'))
        || ctx.after.starts_with("ï¸");
    match c as u32 {
        0xFE0F => s += if prev_emoji { 4 } else { -4 },
        0x200D => {
            let next_emoji = ctx.next.is_some_and(is_emoji);
            s += if (prev_emoji && next_emoji) || ctx.prev.is_some_and(is_virama) {
                10
            } else {
                -1
            };
        }
        // A virama joins two consonants.
        _ if is_virama(c) => {
            let next_letter = ctx
                .next
                .is_some_and(|n| n.is_alphabetic() && same_script(n, c));
            s += if next_letter { 1 } else { -2 };
        }
        0x1F3FB..=0x1F3FF => {
            s += if ctx.prev.is_some_and(is_modifier_base) {
                4
            } else {
                -6
            };
        }
        0xFF01 => s += 1,
        // The ideographic comma is the most common of its neighbours.
        0x3001 => s += if ctx.prev.is_some_and(is_cjk) { 3 } else { 1 },
        0x3010 => {
            if ctx.after.contains('】') || ctx.after.contains("ã€‘") {
                s += 5;
            }
        }
        0x300D => {
            if ctx.before.contains('「') || ctx.before.contains("ã€Œ") {
                s += 5;
            }
        }
        0x300F => {
            if ctx.before.contains('『') || ctx.before.contains("ã€Ž") {
                s += 5;
            }
        }
        0x301D => s -= 2,
        0x201D => {
            if open_quote(ctx.before) {
                s += 3;
            }
        }
        0x2010 => {
            let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let inside = alnum(ctx.prev) && alnum(ctx.next) && !open_quote(ctx.before);
            s += if inside { 3 } else { -2 };
        }
        0x200E | 0x200F => {
            let rtl = |c: Option<char>| {
                c.is_some_and(|c| matches!(c as u32, 0x590..=0x8FF | 0xFB1D..=0xFEFC))
            };
            if rtl(ctx.prev) || rtl(ctx.next) {
                s += 5;
            }
        }
        0x2020 if opt.via_space => {
            s += 1;
            let cite = ctx.before.contains("ã€") || ctx.before.contains('【');
            let lines = ctx.next2 == Some('L') && ctx.next3.is_some_and(|c| c.is_ascii_digit());
            if cite || lines {
                s += 3;
            }
        }
        _ => {
            if is_emoji(c) && next_is_vs16 {
                s += if is_presentation(c) { -1 } else { 2 };
            }
        }
    }
    if opt.via_space && c != '\u{2020}' {
        s -= 1;
    }
    // Letters of the script around.
    if !is_symbol(c)
        && (ctx.prev.is_some_and(|p| same_script(p, c))
            || ctx.next.is_some_and(|n| same_script(n, c)))
    {
        s += 1;
    }
    if pos(List::Letters, c).is_some() {
        s += 1;
    }
    s
}

/// Whether two non-ASCII letters belong to the same script (roughly: the same
/// 128-code-point block, with hiragana and katakana told apart).
fn same_script(a: char, b: char) -> bool {
    let key = |c: char| match c as u32 {
        0..=0x7F => 0,
        0x3040..=0x309F => 1,
        0x30A0..=0x30FF => 2,
        0x4E00..=0x9FFF => 3,
        0xAC00..=0xD7A3 => 4,
        u => 16 + (u >> 7),
    };
    let k = key(a);
    k != 0 && k == key(b)
}

/// An Indic virama (U+094D, U+09CD, ... U+0D4D).
fn is_virama(c: char) -> bool {
    matches!(c as u32, 0x900..=0xDFF) && (c as u32) & 0x7F == 0x4D
}

/// A Greek consonant.
fn consonant(c: Option<char>) -> bool {
    c.is_some_and(|c| "βγδζθκλμνξπρσςτφχψΒΓΔΖΘΚΛΜΝΞΠΡΣΤΦΧΨ".contains(c))
}

/// Plausibility of the character a lone 2-byte lead stands for.
fn lone_score(lead: u8, c: char, ctx: &Ctx<'_>, units: &[Unit], end: usize) -> i32 {
    let letter_before = ctx.prev.is_some_and(char::is_alphabetic);
    // Word end: what follows is neither a letter nor more damage.
    let word_end = match units.get(end) {
        None => true,
        Some(u) => !u.ch.is_alphabetic() && !u.is_cont() && !matches!(u.b, Some(0xC2..=0xF4)),
    };
    let pref: &[char] = match lead {
        0xC3 => &['Á', 'Í', 'Ý', 'Ð', 'Ï'],
        0xC4 => &['č', 'ā', 'ď', 'Đ', 'ĝ', 'Ğ'],
        0xC5 if letter_before => &['ō', 'Ł', 'Ő', 'ŏ', 'ŝ', 'Ş'],
        0xC5 => &['Ł', 'Ő', 'ō', 'ŏ', 'ŝ', 'Ş'],
        0xCC if letter_before => &['\u{301}', '\u{30F}', '\u{30D}', '\u{310}', '\u{31D}'],
        0xCE => &['Ν', 'Ώ', 'ΐ'],
        0xCF if word_end || (consonant(ctx.prev) && consonant(ctx.next)) => {
            &['ύ', 'ρ', 'ϐ', 'Ϗ', 'ϝ']
        }
        0xCF => &['ρ', 'ύ', 'ϐ', 'Ϗ', 'ϝ'],
        0xD0 if ctx.next.is_some_and(|c| "аеёиоуыэюяАЕЁИОУЫЭЮЯ".contains(c)) => {
            &['Н', 'А', 'Ё', 'Џ', 'Ѝ']
        }
        0xD0 => &['А', 'Н', 'Ё', 'Џ', 'Ѝ'],
        0xD1 if word_end => &['я', 'с', 'э', 'ѐ', 'ѝ'],
        0xD1 => &['с', 'я', 'э', 'ѐ', 'ѝ'],
        0xD7 if word_end => &['ם', 'א'],
        0xD7 => &['א', 'ם'],
        0xD6 => &['ց', '֏', '֍'],
        0xD9 => &['ف', 'ُ', 'ِ', 'ٍ'],
        0xDB => &['ہ', 'ې', 'ۏ', 'ۍ'],
        _ => &[],
    };
    match pref.iter().position(|&p| p == c) {
        Some(i) => 20 - i as i32,
        None => 0,
    }
}

/// Characters that commonly follow a letter in real text; a lead letter followed by
/// them may be correct text.
fn is_natural(c: char) -> bool {
    matches!(
        c,
        '’' | '”'
            | '“'
            | '‘'
            | '…'
            | '»'
            | '›'
            | '–'
            | '—'
            | '•'
            | '\u{A0}'
            | '°'
            | '·'
            | '™'
            | '®'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, '’' | '”' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '«' | '‹' | '»' | '›' | '"' | '\'' | '„' | '‚'
    )
}

/// Symbols, punctuation and emoji: what a lossy sequence may stand for on its own
/// (letters and ideographs need other damage next to them).
fn is_symbol(c: char) -> bool {
    is_emojiish(c)
        || matches!(c as u32, 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE00..=0xFE0F | 0xFF01..=0xFF20)
}

fn is_c1(c: char) -> bool {
    matches!(c as u32, 0x80..=0x9F)
}

/// The level of candidate `i` (options resolved).
fn level(units: &[Unit], cands: &[Cand], i: usize) -> Level {
    let c = &cands[i];
    let conts = &units[c.start + 1..c.end];
    let prev = c.start.checked_sub(1).map(|p| units[p].ch);
    let next = units.get(c.end).map(|u| u.ch);
    let has_c1 = conts.iter().any(|u| is_c1(u.ch));
    match c.kind {
        Kind::Complete => {
            let score = base_score(c.chosen);
            if has_c1 {
                return if score >= 1 {
                    Level::Strong
                } else {
                    Level::Reject
                };
            }
            let n = c.end - c.start;
            let natural = conts.iter().all(|u| is_natural(u.ch));
            if n == 2 {
                if score < 1 {
                    return Level::Reject;
                }
                // A common letter or symbol after a character real text hardly puts
                // after a capital is damage; below a score of 4 (an uncommon script)
                // only context counts.
                let cont = conts[0].ch;
                // Two capitals (`ÍŽ` in Czech `PROHLÍŽEČ`) are a word in capitals.
                let upper = |c: Option<char>| c.is_some_and(char::is_uppercase);
                let caps = c.lead != 0xC3 && cont.is_alphabetic() && (upper(prev) || upper(next));
                if score >= 4 && (c.lead == 0xC2 || !natural) && !caps {
                    return Level::Strong;
                }
                // The lead is a capital letter (or `×`): in real text it may end a
                // word before `’`, `”`, `…`; mojibake sits inside words, after a
                // lowercase letter, between digits, or stands alone.
                let prev_letter = prev.is_some_and(char::is_alphabetic);
                let next_letter = next.is_some_and(char::is_alphabetic);
                let prev_opener = prev.is_some_and(is_opener);
                let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
                let alone = !prev_letter
                    && !prev_opener
                    && !next_letter
                    && !digit(next)
                    && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
                let letter_cont = cont.is_alphabetic();
                let ok = (prev.is_some_and(char::is_lowercase) && !caps)
                    || (next_letter
                        && score >= 4
                        && !letter_cont
                        && cont != '’'
                        && !(is_closer(cont) && prev_letter))
                    || (prev_letter && next_letter && cont != '’' && !letter_cont)
                    || (c.lead == 0xC3 && !prev_letter && !prev_opener)
                    || (score >= 3 && (digit(prev) || digit(next) || alone));
                if ok { Level::Strong } else { Level::Weak }
            } else {
                if score < 1 {
                    return Level::Reject;
                }
                // After a letter, `š`, `ž`, `œ` are letters too (`Tomáš`).
                let attached = prev.is_some_and(|p| p.is_alphabetic() || is_opener(p));
                let wordlike = conts
                    .iter()
                    .all(|u| is_natural(u.ch) || u.ch.is_alphabetic());
                if attached && (natural || wordlike) {
                    Level::Weak
                } else {
                    Level::Strong
                }
            }
        }
        Kind::Lossy => {
            let score = c.score;
            if c.chosen == '\0' || score < 4 {
                return Level::Reject;
            }
            let unnatural = conts
                .iter()
                .filter(|u| u.is_cont())
                .any(|u| !is_natural(u.ch));
            if has_c1 || (unnatural && score >= 6 && is_symbol(c.chosen)) {
                Level::Strong
            } else {
                Level::Weak
            }
        }
        Kind::Lone => {
            if c.chosen == '\0' || base_score(c.chosen) < 3 {
                Level::Reject
            } else {
                Level::Lone
            }
        }
    }
}

/// Which candidates are accepted: strong ones, weak ones next to accepted damage (all
/// weak ones when `loose`), lone leads in a word with accepted damage.
fn accept(units: &[Unit], cands: &[Cand], owner: &[usize], loose: bool) -> Vec<bool> {
    let touching = |a: usize, b: usize| cands[a].end == cands[b].start;
    let weak = |i: usize| cands[i].level == Level::Weak;
    // Two weak candidates side by side are no longer correct text.
    let mut acc: Vec<bool> = (0..cands.len())
        .map(|i| {
            cands[i].level == Level::Strong
                || (weak(i)
                    && (loose
                        || (i > 0 && touching(i - 1, i) && weak(i - 1))
                        || (i + 1 < cands.len() && touching(i, i + 1) && weak(i + 1))))
        })
        .collect();
    loop {
        let mut changed = false;
        let any_accepted = acc.iter().any(|&a| a);
        // Forward, then backward: a chain of weak candidates is taken in one round.
        for i in (0..cands.len()).chain((0..cands.len()).rev()) {
            if acc[i] {
                continue;
            }
            let ok = match cands[i].level {
                Level::Weak => {
                    (i > 0 && touching(i - 1, i) && acc[i - 1])
                        || (i + 1 < cands.len() && touching(i, i + 1) && acc[i + 1])
                }
                Level::Lone => {
                    let c = &cands[i];
                    let lower = |u: Option<&Unit>| u.is_some_and(|u| u.ch.is_lowercase());
                    let mixed_case =
                        lower(units.get(c.end)) || lower(c.start.checked_sub(1).map(|p| &units[p]));
                    word_has_accepted(units, owner, &acc, c.start) || (mixed_case && any_accepted)
                }
                _ => false,
            };
            if ok {
                acc[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    acc
}

/// Whether the word (run of non-space characters) around unit `at` holds a unit of an
/// accepted candidate.
fn word_has_accepted(units: &[Unit], owner: &[usize], acc: &[bool], at: usize) -> bool {
    let hit = |u: usize| owner[u] != NONE && owner[u] != owner[at] && acc[owner[u]];
    let mut l = at;
    let mut steps = 0;
    while l > 0 && !units[l - 1].ch.is_whitespace() && steps < 64 {
        l -= 1;
        steps += 1;
        if hit(l) {
            return true;
        }
    }
    let mut r = at + 1;
    steps = 0;
    while r < units.len() && !units[r].ch.is_whitespace() && steps < 64 {
        if hit(r) {
            return true;
        }
        r += 1;
        steps += 1;
    }
    false
}

/// Decodes a repaired run again while it is itself wholly strong mojibake (text
/// mis-decoded twice: `Ã¢â‚¬â„¢` → `â€™` → `’`).
fn redecode(s: &mut String) {
    for _ in 0..2 {
        // Mojibake needs a lead character followed by a continuation character.
        let mut chars = s.chars().map(char_to_byte);
        let mut prev = chars.next().flatten();
        let mut pair = false;
        for b in chars {
            if matches!(prev, Some(0xC2..=0xF4)) && matches!(b, Some(0x80..=0xBF)) {
                pair = true;
                break;
            }
            prev = b;
        }
        if !pair || s.contains('\n') {
            return;
        }
        let mut scratch = Scratch::default();
        let mut found = Vec::new();
        analyze_line(s, &mut scratch, &mut found);
        let strong_units: usize = scratch
            .cands
            .iter()
            .filter(|c| c.level == Level::Strong)
            .map(|c| c.end - c.start)
            .sum();
        let non_ascii = s.chars().filter(|c| !c.is_ascii()).count();
        let all_strong = scratch
            .cands
            .iter()
            .all(|c| c.level == Level::Strong || c.level == Level::Reject);
        if strong_units == 0 || strong_units < non_ascii || !all_strong {
            return;
        }
        let mut out = String::with_capacity(s.len());
        let mut at = 0;
        for c in scratch.cands.iter().filter(|c| c.level == Level::Strong) {
            let start = scratch.units[c.start].off;
            let last = scratch.units[c.end - 1];
            out.push_str(&s[at..start]);
            out.push(c.chosen);
            at = last.off + last.ch.len_utf8();
        }
        out.push_str(&s[at..]);
        *s = out;
    }
}

// ---------------------------------------------------------------------------------
// Character data.

/// The byte a character stands for under Windows-1252, Latin-1 (C1 controls) or the
/// letters where Windows-1254 differs from Windows-1252.
fn char_to_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        'Ğ' => 0xD0,
        'İ' => 0xDD,
        'Ş' => 0xDE,
        'ğ' => 0xF0,
        _ => return None,
    })
}

fn in_ranges(table: &[(u32, u32)], u: u32) -> bool {
    table
        .binary_search_by(|&(a, b)| {
            if b < u {
                std::cmp::Ordering::Less
            } else if a > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_assigned(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7F | 0xE000..=0xF8FF => true,
        // Newer emoji (Unicode 15 and later) in the emoji blocks.
        0x1FA70..=0x1FAFF => true,
        0x20000.. => matches!(
            u,
            0x20000..=0x2A6DF | 0x2A700..=0x2EBE0 | 0x2F800..=0x2FA1D | 0x30000..=0x3134A
        ),
        _ => in_ranges(ASSIGNED, u),
    }
}

fn is_emoji(c: char) -> bool {
    let u = c as u32;
    u >= 0x80 && (in_ranges(EMOJI, u) || (0x1FA70..=0x1FAFF).contains(&u))
}

fn is_presentation(c: char) -> bool {
    let u = c as u32;
    in_ranges(PRESENTATION, u) || (0x1FA70..=0x1FAFF).contains(&u)
}

fn is_modifier_base(c: char) -> bool {
    in_ranges(MODIFIER_BASE, c as u32)
}

fn is_modifier(c: char) -> bool {
    matches!(c as u32, 0x1F3FB..=0x1F3FF)
}

/// The frequency lists, looked up by [`pos`].
#[derive(Clone, Copy)]
enum List {
    Emoji,
    Han,
    HanTj,
    Kana,
    Hangul,
    Letters,
}

/// Position of `c` in `list` (most frequent first).
fn pos(list: List, c: char) -> Option<usize> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static TABLE: OnceLock<HashMap<(u8, char), u16>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        let lists = [
            (List::Emoji, POPULAR_EMOJI),
            (List::Han, COMMON_HAN),
            (List::HanTj, COMMON_HAN_TJ),
            (List::Kana, COMMON_KANA),
            (List::Hangul, COMMON_HANGUL),
            (List::Letters, COMMON_LETTERS),
        ];
        for (list, chars) in lists {
            for (i, ch) in chars.chars().enumerate() {
                t.entry((list as u8, ch)).or_insert(i as u16);
            }
        }
        t
    });
    table.get(&(list as u8, c)).map(|&p| usize::from(p))
}

/// Bonus for emoji in common use (checklist status marks first).
fn popularity(c: char) -> i32 {
    if (c as u32) < 0x2000 {
        return 0;
    }
    match pos(List::Emoji, c) {
        Some(0..40) => 4,
        Some(40..120) => 3,
        Some(_) => 2,
        None => 0,
    }
}

/// Frequency tier of a CJK ideograph: 0 (rare) to 3.
fn han_tier(c: char) -> i32 {
    if pos(List::HanTj, c).is_some() {
        return 3;
    }
    match pos(List::Han, c) {
        Some(0..500) => 3,
        Some(500..1200) => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// Frequency tier of kana and Hangul syllables: 0 (rare) to 2.
fn syllable_tier(c: char) -> i32 {
    let u = c as u32;
    let list = if u < 0x3100 { List::Kana } else { List::Hangul };
    match pos(list, c) {
        Some(0..24) => 2,
        Some(_) => 1,
        None if (0xAC00..=0xD7A3).contains(&u) => {
            // A syllable not in the list: by its vowel and final consonant.
            let v = (u - 0xAC00) / 28 % 21;
            let t = (u - 0xAC00) % 28;
            let common_v = matches!(v, 0 | 4 | 8 | 13 | 18 | 20);
            let common_t = matches!(t, 0 | 1 | 4 | 8 | 16 | 21);
            i32::from(common_v && common_t)
        }
        None => 0,
    }
}

/// Position of `c` in the frequency list of its kind (lower is more common), to break
/// ties between equally plausible options.
fn rank(c: char) -> usize {
    let found = match c as u32 {
        _ if pos(List::Letters, c).is_some() => pos(List::Letters, c),
        0x3040..=0x30FF => pos(List::Kana, c),
        0x4E00..=0x9FFF => pos(List::HanTj, c).or_else(|| pos(List::Han, c)),
        0xAC00..=0xD7A3 => pos(List::Hangul, c),
        0x2000.. => pos(List::Emoji, c),
        _ => None,
    };
    found.unwrap_or(usize::MAX)
}

/// How plausible `c` is as the original of a mojibake sequence: 0 (impossible:
/// unassigned, private use, C1 controls) to 9 (emoji).
fn base_score(c: char) -> i32 {
    if !is_assigned(c) {
        return 0;
    }
    let u = c as u32;
    if (0x80..=0x9F).contains(&u) {
        return 0;
    }
    if is_emoji(c) {
        return if is_presentation(c) { 9 } else { 8 };
    }
    match u {
        0xA0..=0xFF => 7,
        0x100..=0x17F => 6,
        0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x1CD..=0x1DC | 0x218..=0x21B => 5,
        0x180..=0x24F => 3,
        0x250..=0x2AF => 2,
        0x2BB | 0x2BC | 0x2C6 | 0x2C7 | 0x2D8..=0x2DD => 4,
        0x2B0..=0x2FF => 3,
        0x300..=0x30C | 0x327 | 0x328 => 5,
        0x300..=0x36F => 3,
        0x370..=0x3FF => 6,
        0x400..=0x45F => 6,
        0x460..=0x4FF => 4,
        0x500..=0x52F => 2,
        0x530..=0x58F => 4,
        0x5D0..=0x5EA => 5,
        0x590..=0x5FF => 3,
        0x620..=0x64A => 5,
        0x660..=0x669 | 0x66E..=0x6D3 => 4,
        0x600..=0x6FF => 2,
        0x700..=0x7FF => 2,
        0x900..=0x97F => 5,
        0x980..=0xDFF => 4,
        0xE00..=0xE7F => 5,
        0x10A0..=0x10FF => 4,
        0x1E00..=0x1EFF => 5,
        0x1F00..=0x1FFF => 4,
        0x2010..=0x2027 | 0x2030..=0x205E => 7,
        0x202F => 6,
        0x2000..=0x200F => 3,
        0x2070..=0x209F => 5,
        0x20A0..=0x20CF => 6,
        0x20E3 => 4,
        0x20D0..=0x20FF => 2,
        0x2100..=0x218F => 5,
        0x2190..=0x22FF => 6,
        0x2300..=0x23FF => 4,
        0x2400..=0x243F => 2,
        0x2460..=0x24FF => 4,
        0x2500..=0x257F => 5,
        0x2580..=0x259F => 4,
        0x25A0..=0x27BF => 5,
        0x27C0..=0x2BFF => 4,
        0x3040..=0x30FF => 6 + syllable_tier(c),
        0x3000..=0x303F => 7,
        0x3100..=0x32FF => 3,
        0x3300..=0x33FF => 2,
        0x3400..=0x4DBF => 1,
        0x4E00..=0x9FFF => 4 + han_tier(c),
        0xAC00..=0xD7A3 => 4 + syllable_tier(c),
        0xE000..=0xF8FF => 1,
        0xFE0F => 8,
        0xFE00..=0xFE0E => 1,
        0xFEFF => 3,
        0xFF01..=0xFF60 => 6,
        0xFF61..=0xFF9F => 4,
        0xFFFD => 4,
        0xF900..=0xFFFF => 1,
        0x10000.. => 2,
        _ => 3,
    }
}

/// Emoji in common use, most common first (status marks of checklists lead).
const POPULAR_EMOJI: &str = "✅❌⚠🔄🟢🟡🔴🚀👍🎉✨🔥💡📝📌🔍📊📈📉📋📁📂📄📅⏳⏰⭐🌟❗❓💬👉👈👇👆🙏👏💪🤝\
🙌😀😂🤣😊😍🥰😎🤔😅😁😉🙂😢😭😡😱🥺👀💯❤💙💚💛🧡💜🖤🤍💔✔☑✖➕➖➡⬅⬆⬇↔🔁🔒🔓🔐🔑🔗🔔📢📣\
🛠🔧🔨⚙🧪🧩🐛🐞🚧🛑⛔🚫🟠🔵⚪⚫🟣🟤🟥🟧🟨🟩🟦🟪⬛⬜🔶🔷🔸🔹🔺🔻🏁🏆🥇🎯🎁📦💻🖥📱📞📧✉📨📩📤📥🌐🌍🌎🌏\
☁☀⚡❄🌈💧🔎📍📎✏✍🖊📚📖🏗🏠🏢🏛🚨🚦🛡⚖🗑🗂🗃💾🧾💰💵💳🐍🦀🐳🐧🐙🦊🐶🐱🌱🍀🍕☕🍺🎂🎈🎊👁👤👥👨\
👩🧑💼🤖👻💀🙈⏱⏸▶⏹⏩⏭🆕🆗🔜🔝🧠🎨🎵🎶📷🎥📺🕐🕒⌛⌚‼⁉❔❕🏳🏴🚩🏃🚶🏻🏼🏽🏾🏿🤷🙋💁🙅🙆🤦🐝🐢\
🐌🍎🍏🍐🍍🍓🍒🍑🍔🍟🥐🥑🧁";

/// Frequent letters and signs of scripts whose UTF-8 often holds a byte Windows-1252
/// leaves undefined: Indic viramas and vowel signs, Thai, Georgian.
const COMMON_LETTERS: &str = "\u{941}\u{9C1}\u{A41}\u{AC1}\u{B41}\u{BC1}\u{C41}\u{CC1}\u{D41}\
\u{94D}\u{9CD}\u{A4D}\u{ACD}\u{B4D}\u{BCD}\u{C4D}\u{CCD}\u{D4D}एএਏએଏఏಏഏऐঐਐઐଐఐಐഐ\
กแนรอาเมงยดลวทสบคหตพจปაიესრმოლნვდგბტ";

/// Kana, most frequent first (hiragana, then katakana).
const COMMON_KANA: &str = "のにはいてをとがしたかなるでっすまこれもらりうくあおよさんだつけきそえみせやわじどちろ\
めばへひずぶごげぐびねむゆふほぎぬづぱぞぜざべぼぷぴぺぽゃょゅぢぁぃぅぇぉーンスルトイクリラテタシドプレフアマロ\
コジカサメッキディナグニパミハバチセソケエノヒブビネムォェゥモオウツベヴゲゴザゾダデポペピヘホヤユヨワヲヌャュョ";

/// Hangul syllables, roughly most frequent first.
const COMMON_HANGUL: &str = "이다는의에가을를하고지한서로도기사자리수어니아나것그인시정대부보해내일전상우라면주게\
동제들요되있없만계신경원공성장회모과문세소연영화실방조무마위개관발중거분선구용당통생국여학교까적터러금말미비저\
스처럼또음결준완료배포확인작업테트데터버서비안녕세계";

/// Frequent CJK ideographs, roughly most frequent first (Chinese, then traditional
/// and Japanese forms).
const COMMON_HAN: &str = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得\
于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前\
开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头\
文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解\
水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直\
德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住\
告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极\
林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府\
离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿\
李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈\
律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害\
斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校\
苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警\
获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮\
挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢\
守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉\
括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均\
销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡\
鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆\
遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣\
曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵\
朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦蒋操\
耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享\
戴童犹乘挂奖绍厚纵障讯涉彻刊丈爆乌役描洗玛患妙镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹狗\
尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒瑞忆孤鼻\
闹羊呆厉衡胞零穷舍码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏\
吹鸡倍糊秦盾杯租骑乏隆诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪矛霍允\
幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈乔阅汗枝拖墨胁插箭腊\
粉泥氏彭拔骗凤慧媒佩愤扑龄驱惜豪掩兼跃尸肃帕驶堡届欣惠册储飘桑闲惨洁踪勃宾频仇磨递邪撞拟滚奏巡颜剂绩贡疯坡瞧\
截燃焦殿伪柳锁逼颇昏劝呈搜勤戒驾漂饮曹朵仔柔俩孟腐幼践籍牧凉牲佳娜浓芳稿竹腹跌逻垂遵脉貌柏狱猜怜惑陶兽帐饰贷\
昌叙躺钢沟寄扶铺邓寿惧询汤盗肥尝匆辉奈扣廷澳嘛董迁凝慰厌脏腾幽怨鞋丢埋泉涌辖躲晋紫艰魏吾慌祝邮吐狠鉴曰械咬邻\
赤挤弯椅陪割揭韦悟聪雾锋梯猫祥阔誉筹丛牵鸣沈阁穆屈旨袖猎臂蛇贺柱抛鼠瑟戈牢逊迈欺吨琴衰瓶恼燕仲诱狼池疼卢仗冠\
粒遥吕玄尘冯抚浅敦纠钻晶岂峡苍喷耗凌敲菌赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽哀宿踏烂袁侯抖夹昆肝擦猪炼恒慎搬纽\
纹玻渔磁铜齿跨押怖漠疲叛遣兹祭醉拳弥斜档稀捷肤疫肿豆削岗晃吞宏癌肚隶履涨耀扭坛拨沃绘伐堪仆郭牺歼墓雇廉契拼惩\
捉覆刷劫嫌瓜歇雕闷乳串娃缴唤赢莲霸桃妥瘦搭赴岳嘉舱俊址庞耕锐缝悔邀玲惟斥宅添挖呵讼氧浩羽斤酷掠妖祸侍乙妨贪挣\
汪尿莉悬唇翰仓轨枚盐览傅帅庙芬屏寺胖璃愚滴疏萧姿颤丑劣柯寸扔盯辱匹俱辨饿蜂哦腔郁溃谨糟葛苗肠忌溜鸿爵鹏鹰笼丘\
桂滋聊挡纲肌茨壳痕碗穴膀卓贤卧膜毅锦欠哩函茫昂薛皱夸胃舌剥傲拾窝睁携陵哼棉晴铃填饲渴吻扮逆脆喘罩卜炉柴愉绳胎\
蓄眠竭喂傻慕浑奸扇柜悦拦诞饱乾泡贼亭夕爹酬儒姻卵氛泄杆挨僧蜜吟猩遂狭肖甜霉滩岭钓捐抄瞬舅";

/// Frequent ideographs of traditional Chinese and Japanese that simplified Chinese
/// writes differently.
const COMMON_HAN_TJ: &str = "們這個來為會說國時過後還對開發學現當沒動麼經實機關點業與將兩間問題戰頭體見從讓長東\
車書議請謝語電話網頁檔案設計確認済完了状態進捗準備項目環境対応予定結果報告連絡担当者変更追加削除必要注意読気駅\
私何週曜験際";
/// Assigned code points from U+0080 to U+1FFFF (Unicode 14; generated).
const ASSIGNED: &[(u32, u32)] = &[
    (0x80, 0x377),
    (0x37A, 0x37F),
    (0x384, 0x38A),
    (0x38C, 0x38C),
    (0x38E, 0x3A1),
    (0x3A3, 0x52F),
    (0x531, 0x556),
    (0x559, 0x58A),
    (0x58D, 0x58F),
    (0x591, 0x5C7),
    (0x5D0, 0x5EA),
    (0x5EF, 0x5F4),
    (0x600, 0x70D),
    (0x70F, 0x74A),
    (0x74D, 0x7B1),
    (0x7C0, 0x7FA),
    (0x7FD, 0x82D),
    (0x830, 0x83E),
    (0x840, 0x85B),
    (0x85E, 0x85E),
    (0x860, 0x86A),
    (0x870, 0x88E),
    (0x890, 0x891),
    (0x898, 0x983),
    (0x985, 0x98C),
    (0x98F, 0x990),
    (0x993, 0x9A8),
    (0x9AA, 0x9B0),
    (0x9B2, 0x9B2),
    (0x9B6, 0x9B9),
    (0x9BC, 0x9C4),
    (0x9C7, 0x9C8),
    (0x9CB, 0x9CE),
    (0x9D7, 0x9D7),
    (0x9DC, 0x9DD),
    (0x9DF, 0x9E3),
    (0x9E6, 0x9FE),
    (0xA01, 0xA03),
    (0xA05, 0xA0A),
    (0xA0F, 0xA10),
    (0xA13, 0xA28),
    (0xA2A, 0xA30),
    (0xA32, 0xA33),
    (0xA35, 0xA36),
    (0xA38, 0xA39),
    (0xA3C, 0xA3C),
    (0xA3E, 0xA42),
    (0xA47, 0xA48),
    (0xA4B, 0xA4D),
    (0xA51, 0xA51),
    (0xA59, 0xA5C),
    (0xA5E, 0xA5E),
    (0xA66, 0xA76),
    (0xA81, 0xA83),
    (0xA85, 0xA8D),
    (0xA8F, 0xA91),
    (0xA93, 0xAA8),
    (0xAAA, 0xAB0),
    (0xAB2, 0xAB3),
    (0xAB5, 0xAB9),
    (0xABC, 0xAC5),
    (0xAC7, 0xAC9),
    (0xACB, 0xACD),
    (0xAD0, 0xAD0),
    (0xAE0, 0xAE3),
    (0xAE6, 0xAF1),
    (0xAF9, 0xAFF),
    (0xB01, 0xB03),
    (0xB05, 0xB0C),
    (0xB0F, 0xB10),
    (0xB13, 0xB28),
    (0xB2A, 0xB30),
    (0xB32, 0xB33),
    (0xB35, 0xB39),
    (0xB3C, 0xB44),
    (0xB47, 0xB48),
    (0xB4B, 0xB4D),
    (0xB55, 0xB57),
    (0xB5C, 0xB5D),
    (0xB5F, 0xB63),
    (0xB66, 0xB77),
    (0xB82, 0xB83),
    (0xB85, 0xB8A),
    (0xB8E, 0xB90),
    (0xB92, 0xB95),
    (0xB99, 0xB9A),
    (0xB9C, 0xB9C),
    (0xB9E, 0xB9F),
    (0xBA3, 0xBA4),
    (0xBA8, 0xBAA),
    (0xBAE, 0xBB9),
    (0xBBE, 0xBC2),
    (0xBC6, 0xBC8),
    (0xBCA, 0xBCD),
    (0xBD0, 0xBD0),
    (0xBD7, 0xBD7),
    (0xBE6, 0xBFA),
    (0xC00, 0xC0C),
    (0xC0E, 0xC10),
    (0xC12, 0xC28),
    (0xC2A, 0xC39),
    (0xC3C, 0xC44),
    (0xC46, 0xC48),
    (0xC4A, 0xC4D),
    (0xC55, 0xC56),
    (0xC58, 0xC5A),
    (0xC5D, 0xC5D),
    (0xC60, 0xC63),
    (0xC66, 0xC6F),
    (0xC77, 0xC8C),
    (0xC8E, 0xC90),
    (0xC92, 0xCA8),
    (0xCAA, 0xCB3),
    (0xCB5, 0xCB9),
    (0xCBC, 0xCC4),
    (0xCC6, 0xCC8),
    (0xCCA, 0xCCD),
    (0xCD5, 0xCD6),
    (0xCDD, 0xCDE),
    (0xCE0, 0xCE3),
    (0xCE6, 0xCEF),
    (0xCF1, 0xCF2),
    (0xD00, 0xD0C),
    (0xD0E, 0xD10),
    (0xD12, 0xD44),
    (0xD46, 0xD48),
    (0xD4A, 0xD4F),
    (0xD54, 0xD63),
    (0xD66, 0xD7F),
    (0xD81, 0xD83),
    (0xD85, 0xD96),
    (0xD9A, 0xDB1),
    (0xDB3, 0xDBB),
    (0xDBD, 0xDBD),
    (0xDC0, 0xDC6),
    (0xDCA, 0xDCA),
    (0xDCF, 0xDD4),
    (0xDD6, 0xDD6),
    (0xDD8, 0xDDF),
    (0xDE6, 0xDEF),
    (0xDF2, 0xDF4),
    (0xE01, 0xE3A),
    (0xE3F, 0xE5B),
    (0xE81, 0xE82),
    (0xE84, 0xE84),
    (0xE86, 0xE8A),
    (0xE8C, 0xEA3),
    (0xEA5, 0xEA5),
    (0xEA7, 0xEBD),
    (0xEC0, 0xEC4),
    (0xEC6, 0xEC6),
    (0xEC8, 0xECD),
    (0xED0, 0xED9),
    (0xEDC, 0xEDF),
    (0xF00, 0xF47),
    (0xF49, 0xF6C),
    (0xF71, 0xF97),
    (0xF99, 0xFBC),
    (0xFBE, 0xFCC),
    (0xFCE, 0xFDA),
    (0x1000, 0x10C5),
    (0x10C7, 0x10C7),
    (0x10CD, 0x10CD),
    (0x10D0, 0x1248),
    (0x124A, 0x124D),
    (0x1250, 0x1256),
    (0x1258, 0x1258),
    (0x125A, 0x125D),
    (0x1260, 0x1288),
    (0x128A, 0x128D),
    (0x1290, 0x12B0),
    (0x12B2, 0x12B5),
    (0x12B8, 0x12BE),
    (0x12C0, 0x12C0),
    (0x12C2, 0x12C5),
    (0x12C8, 0x12D6),
    (0x12D8, 0x1310),
    (0x1312, 0x1315),
    (0x1318, 0x135A),
    (0x135D, 0x137C),
    (0x1380, 0x1399),
    (0x13A0, 0x13F5),
    (0x13F8, 0x13FD),
    (0x1400, 0x169C),
    (0x16A0, 0x16F8),
    (0x1700, 0x1715),
    (0x171F, 0x1736),
    (0x1740, 0x1753),
    (0x1760, 0x176C),
    (0x176E, 0x1770),
    (0x1772, 0x1773),
    (0x1780, 0x17DD),
    (0x17E0, 0x17E9),
    (0x17F0, 0x17F9),
    (0x1800, 0x1819),
    (0x1820, 0x1878),
    (0x1880, 0x18AA),
    (0x18B0, 0x18F5),
    (0x1900, 0x191E),
    (0x1920, 0x192B),
    (0x1930, 0x193B),
    (0x1940, 0x1940),
    (0x1944, 0x196D),
    (0x1970, 0x1974),
    (0x1980, 0x19AB),
    (0x19B0, 0x19C9),
    (0x19D0, 0x19DA),
    (0x19DE, 0x1A1B),
    (0x1A1E, 0x1A5E),
    (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A89),
    (0x1A90, 0x1A99),
    (0x1AA0, 0x1AAD),
    (0x1AB0, 0x1ACE),
    (0x1B00, 0x1B4C),
    (0x1B50, 0x1B7E),
    (0x1B80, 0x1BF3),
    (0x1BFC, 0x1C37),
    (0x1C3B, 0x1C49),
    (0x1C4D, 0x1C88),
    (0x1C90, 0x1CBA),
    (0x1CBD, 0x1CC7),
    (0x1CD0, 0x1CFA),
    (0x1D00, 0x1F15),
    (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45),
    (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57),
    (0x1F59, 0x1F59),
    (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D),
    (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4),
    (0x1FB6, 0x1FC4),
    (0x1FC6, 0x1FD3),
    (0x1FD6, 0x1FDB),
    (0x1FDD, 0x1FEF),
    (0x1FF2, 0x1FF4),
    (0x1FF6, 0x1FFE),
    (0x2000, 0x2064),
    (0x2066, 0x2071),
    (0x2074, 0x208E),
    (0x2090, 0x209C),
    (0x20A0, 0x20C0),
    (0x20D0, 0x20F0),
    (0x2100, 0x218B),
    (0x2190, 0x2426),
    (0x2440, 0x244A),
    (0x2460, 0x2B73),
    (0x2B76, 0x2B95),
    (0x2B97, 0x2CF3),
    (0x2CF9, 0x2D25),
    (0x2D27, 0x2D27),
    (0x2D2D, 0x2D2D),
    (0x2D30, 0x2D67),
    (0x2D6F, 0x2D70),
    (0x2D7F, 0x2D96),
    (0x2DA0, 0x2DA6),
    (0x2DA8, 0x2DAE),
    (0x2DB0, 0x2DB6),
    (0x2DB8, 0x2DBE),
    (0x2DC0, 0x2DC6),
    (0x2DC8, 0x2DCE),
    (0x2DD0, 0x2DD6),
    (0x2DD8, 0x2DDE),
    (0x2DE0, 0x2E5D),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x2FF0, 0x2FFB),
    (0x3000, 0x303F),
    (0x3041, 0x3096),
    (0x3099, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x3190, 0x31E3),
    (0x31F0, 0x321E),
    (0x3220, 0xA48C),
    (0xA490, 0xA4C6),
    (0xA4D0, 0xA62B),
    (0xA640, 0xA6F7),
    (0xA700, 0xA7CA),
    (0xA7D0, 0xA7D1),
    (0xA7D3, 0xA7D3),
    (0xA7D5, 0xA7D9),
    (0xA7F2, 0xA82C),
    (0xA830, 0xA839),
    (0xA840, 0xA877),
    (0xA880, 0xA8C5),
    (0xA8CE, 0xA8D9),
    (0xA8E0, 0xA953),
    (0xA95F, 0xA97C),
    (0xA980, 0xA9CD),
    (0xA9CF, 0xA9D9),
    (0xA9DE, 0xA9FE),
    (0xAA00, 0xAA36),
    (0xAA40, 0xAA4D),
    (0xAA50, 0xAA59),
    (0xAA5C, 0xAAC2),
    (0xAADB, 0xAAF6),
    (0xAB01, 0xAB06),
    (0xAB09, 0xAB0E),
    (0xAB11, 0xAB16),
    (0xAB20, 0xAB26),
    (0xAB28, 0xAB2E),
    (0xAB30, 0xAB6B),
    (0xAB70, 0xABED),
    (0xABF0, 0xABF9),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFB00, 0xFB06),
    (0xFB13, 0xFB17),
    (0xFB1D, 0xFB36),
    (0xFB38, 0xFB3C),
    (0xFB3E, 0xFB3E),
    (0xFB40, 0xFB41),
    (0xFB43, 0xFB44),
    (0xFB46, 0xFBC2),
    (0xFBD3, 0xFD8F),
    (0xFD92, 0xFDC7),
    (0xFDCF, 0xFDCF),
    (0xFDF0, 0xFE19),
    (0xFE20, 0xFE52),
    (0xFE54, 0xFE66),
    (0xFE68, 0xFE6B),
    (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC),
    (0xFEFF, 0xFEFF),
    (0xFF01, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0xFFE0, 0xFFE6),
    (0xFFE8, 0xFFEE),
    (0xFFF9, 0xFFFD),
    (0x10000, 0x1000B),
    (0x1000D, 0x10026),
    (0x10028, 0x1003A),
    (0x1003C, 0x1003D),
    (0x1003F, 0x1004D),
    (0x10050, 0x1005D),
    (0x10080, 0x100FA),
    (0x10100, 0x10102),
    (0x10107, 0x10133),
    (0x10137, 0x1018E),
    (0x10190, 0x1019C),
    (0x101A0, 0x101A0),
    (0x101D0, 0x101FD),
    (0x10280, 0x1029C),
    (0x102A0, 0x102D0),
    (0x102E0, 0x102FB),
    (0x10300, 0x10323),
    (0x1032D, 0x1034A),
    (0x10350, 0x1037A),
    (0x10380, 0x1039D),
    (0x1039F, 0x103C3),
    (0x103C8, 0x103D5),
    (0x10400, 0x1049D),
    (0x104A0, 0x104A9),
    (0x104B0, 0x104D3),
    (0x104D8, 0x104FB),
    (0x10500, 0x10527),
    (0x10530, 0x10563),
    (0x1056F, 0x1057A),
    (0x1057C, 0x1058A),
    (0x1058C, 0x10592),
    (0x10594, 0x10595),
    (0x10597, 0x105A1),
    (0x105A3, 0x105B1),
    (0x105B3, 0x105B9),
    (0x105BB, 0x105BC),
    (0x10600, 0x10736),
    (0x10740, 0x10755),
    (0x10760, 0x10767),
    (0x10780, 0x10785),
    (0x10787, 0x107B0),
    (0x107B2, 0x107BA),
    (0x10800, 0x10805),
    (0x10808, 0x10808),
    (0x1080A, 0x10835),
    (0x10837, 0x10838),
    (0x1083C, 0x1083C),
    (0x1083F, 0x10855),
    (0x10857, 0x1089E),
    (0x108A7, 0x108AF),
    (0x108E0, 0x108F2),
    (0x108F4, 0x108F5),
    (0x108FB, 0x1091B),
    (0x1091F, 0x10939),
    (0x1093F, 0x1093F),
    (0x10980, 0x109B7),
    (0x109BC, 0x109CF),
    (0x109D2, 0x10A03),
    (0x10A05, 0x10A06),
    (0x10A0C, 0x10A13),
    (0x10A15, 0x10A17),
    (0x10A19, 0x10A35),
    (0x10A38, 0x10A3A),
    (0x10A3F, 0x10A48),
    (0x10A50, 0x10A58),
    (0x10A60, 0x10A9F),
    (0x10AC0, 0x10AE6),
    (0x10AEB, 0x10AF6),
    (0x10B00, 0x10B35),
    (0x10B39, 0x10B55),
    (0x10B58, 0x10B72),
    (0x10B78, 0x10B91),
    (0x10B99, 0x10B9C),
    (0x10BA9, 0x10BAF),
    (0x10C00, 0x10C48),
    (0x10C80, 0x10CB2),
    (0x10CC0, 0x10CF2),
    (0x10CFA, 0x10D27),
    (0x10D30, 0x10D39),
    (0x10E60, 0x10E7E),
    (0x10E80, 0x10EA9),
    (0x10EAB, 0x10EAD),
    (0x10EB0, 0x10EB1),
    (0x10F00, 0x10F27),
    (0x10F30, 0x10F59),
    (0x10F70, 0x10F89),
    (0x10FB0, 0x10FCB),
    (0x10FE0, 0x10FF6),
    (0x11000, 0x1104D),
    (0x11052, 0x11075),
    (0x1107F, 0x110C2),
    (0x110CD, 0x110CD),
    (0x110D0, 0x110E8),
    (0x110F0, 0x110F9),
    (0x11100, 0x11134),
    (0x11136, 0x11147),
    (0x11150, 0x11176),
    (0x11180, 0x111DF),
    (0x111E1, 0x111F4),
    (0x11200, 0x11211),
    (0x11213, 0x1123E),
    (0x11280, 0x11286),
    (0x11288, 0x11288),
    (0x1128A, 0x1128D),
    (0x1128F, 0x1129D),
    (0x1129F, 0x112A9),
    (0x112B0, 0x112EA),
    (0x112F0, 0x112F9),
    (0x11300, 0x11303),
    (0x11305, 0x1130C),
    (0x1130F, 0x11310),
    (0x11313, 0x11328),
    (0x1132A, 0x11330),
    (0x11332, 0x11333),
    (0x11335, 0x11339),
    (0x1133B, 0x11344),
    (0x11347, 0x11348),
    (0x1134B, 0x1134D),
    (0x11350, 0x11350),
    (0x11357, 0x11357),
    (0x1135D, 0x11363),
    (0x11366, 0x1136C),
    (0x11370, 0x11374),
    (0x11400, 0x1145B),
    (0x1145D, 0x11461),
    (0x11480, 0x114C7),
    (0x114D0, 0x114D9),
    (0x11580, 0x115B5),
    (0x115B8, 0x115DD),
    (0x11600, 0x11644),
    (0x11650, 0x11659),
    (0x11660, 0x1166C),
    (0x11680, 0x116B9),
    (0x116C0, 0x116C9),
    (0x11700, 0x1171A),
    (0x1171D, 0x1172B),
    (0x11730, 0x11746),
    (0x11800, 0x1183B),
    (0x118A0, 0x118F2),
    (0x118FF, 0x11906),
    (0x11909, 0x11909),
    (0x1190C, 0x11913),
    (0x11915, 0x11916),
    (0x11918, 0x11935),
    (0x11937, 0x11938),
    (0x1193B, 0x11946),
    (0x11950, 0x11959),
    (0x119A0, 0x119A7),
    (0x119AA, 0x119D7),
    (0x119DA, 0x119E4),
    (0x11A00, 0x11A47),
    (0x11A50, 0x11AA2),
    (0x11AB0, 0x11AF8),
    (0x11C00, 0x11C08),
    (0x11C0A, 0x11C36),
    (0x11C38, 0x11C45),
    (0x11C50, 0x11C6C),
    (0x11C70, 0x11C8F),
    (0x11C92, 0x11CA7),
    (0x11CA9, 0x11CB6),
    (0x11D00, 0x11D06),
    (0x11D08, 0x11D09),
    (0x11D0B, 0x11D36),
    (0x11D3A, 0x11D3A),
    (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D47),
    (0x11D50, 0x11D59),
    (0x11D60, 0x11D65),
    (0x11D67, 0x11D68),
    (0x11D6A, 0x11D8E),
    (0x11D90, 0x11D91),
    (0x11D93, 0x11D98),
    (0x11DA0, 0x11DA9),
    (0x11EE0, 0x11EF8),
    (0x11FB0, 0x11FB0),
    (0x11FC0, 0x11FF1),
    (0x11FFF, 0x12399),
    (0x12400, 0x1246E),
    (0x12470, 0x12474),
    (0x12480, 0x12543),
    (0x12F90, 0x12FF2),
    (0x13000, 0x1342E),
    (0x13430, 0x13438),
    (0x14400, 0x14646),
    (0x16800, 0x16A38),
    (0x16A40, 0x16A5E),
    (0x16A60, 0x16A69),
    (0x16A6E, 0x16ABE),
    (0x16AC0, 0x16AC9),
    (0x16AD0, 0x16AED),
    (0x16AF0, 0x16AF5),
    (0x16B00, 0x16B45),
    (0x16B50, 0x16B59),
    (0x16B5B, 0x16B61),
    (0x16B63, 0x16B77),
    (0x16B7D, 0x16B8F),
    (0x16E40, 0x16E9A),
    (0x16F00, 0x16F4A),
    (0x16F4F, 0x16F87),
    (0x16F8F, 0x16F9F),
    (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7),
    (0x18800, 0x18CD5),
    (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B150, 0x1B152),
    (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB),
    (0x1BC00, 0x1BC6A),
    (0x1BC70, 0x1BC7C),
    (0x1BC80, 0x1BC88),
    (0x1BC90, 0x1BC99),
    (0x1BC9C, 0x1BCA3),
    (0x1CF00, 0x1CF2D),
    (0x1CF30, 0x1CF46),
    (0x1CF50, 0x1CFC3),
    (0x1D000, 0x1D0F5),
    (0x1D100, 0x1D126),
    (0x1D129, 0x1D1EA),
    (0x1D200, 0x1D245),
    (0x1D2E0, 0x1D2F3),
    (0x1D300, 0x1D356),
    (0x1D360, 0x1D378),
    (0x1D400, 0x1D454),
    (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F),
    (0x1D4A2, 0x1D4A2),
    (0x1D4A5, 0x1D4A6),
    (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9),
    (0x1D4BB, 0x1D4BB),
    (0x1D4BD, 0x1D4C3),
    (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A),
    (0x1D50D, 0x1D514),
    (0x1D516, 0x1D51C),
    (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E),
    (0x1D540, 0x1D544),
    (0x1D546, 0x1D546),
    (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5),
    (0x1D6A8, 0x1D7CB),
    (0x1D7CE, 0x1DA8B),
    (0x1DA9B, 0x1DA9F),
    (0x1DAA1, 0x1DAAF),
    (0x1DF00, 0x1DF1E),
    (0x1E000, 0x1E006),
    (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021),
    (0x1E023, 0x1E024),
    (0x1E026, 0x1E02A),
    (0x1E100, 0x1E12C),
    (0x1E130, 0x1E13D),
    (0x1E140, 0x1E149),
    (0x1E14E, 0x1E14F),
    (0x1E290, 0x1E2AE),
    (0x1E2C0, 0x1E2F9),
    (0x1E2FF, 0x1E2FF),
    (0x1E7E0, 0x1E7E6),
    (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE),
    (0x1E7F0, 0x1E7FE),
    (0x1E800, 0x1E8C4),
    (0x1E8C7, 0x1E8D6),
    (0x1E900, 0x1E94B),
    (0x1E950, 0x1E959),
    (0x1E95E, 0x1E95F),
    (0x1EC71, 0x1ECB4),
    (0x1ED01, 0x1ED3D),
    (0x1EE00, 0x1EE03),
    (0x1EE05, 0x1EE1F),
    (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24),
    (0x1EE27, 0x1EE27),
    (0x1EE29, 0x1EE32),
    (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39),
    (0x1EE3B, 0x1EE3B),
    (0x1EE42, 0x1EE42),
    (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49),
    (0x1EE4B, 0x1EE4B),
    (0x1EE4D, 0x1EE4F),
    (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54),
    (0x1EE57, 0x1EE57),
    (0x1EE59, 0x1EE59),
    (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D),
    (0x1EE5F, 0x1EE5F),
    (0x1EE61, 0x1EE62),
    (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A),
    (0x1EE6C, 0x1EE72),
    (0x1EE74, 0x1EE77),
    (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E),
    (0x1EE80, 0x1EE89),
    (0x1EE8B, 0x1EE9B),
    (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9),
    (0x1EEAB, 0x1EEBB),
    (0x1EEF0, 0x1EEF1),
    (0x1F000, 0x1F02B),
    (0x1F030, 0x1F093),
    (0x1F0A0, 0x1F0AE),
    (0x1F0B1, 0x1F0BF),
    (0x1F0C1, 0x1F0CF),
    (0x1F0D1, 0x1F0F5),
    (0x1F100, 0x1F1AD),
    (0x1F1E6, 0x1F202),
    (0x1F210, 0x1F23B),
    (0x1F240, 0x1F248),
    (0x1F250, 0x1F251),
    (0x1F260, 0x1F265),
    (0x1F300, 0x1F6D7),
    (0x1F6DD, 0x1F6EC),
    (0x1F6F0, 0x1F6FC),
    (0x1F700, 0x1F773),
    (0x1F780, 0x1F7D8),
    (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0),
    (0x1F800, 0x1F80B),
    (0x1F810, 0x1F847),
    (0x1F850, 0x1F859),
    (0x1F860, 0x1F887),
    (0x1F890, 0x1F8AD),
    (0x1F8B0, 0x1F8B1),
    (0x1F900, 0x1FA53),
    (0x1FA60, 0x1FA6D),
    (0x1FA70, 0x1FA74),
    (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86),
    (0x1FA90, 0x1FAAC),
    (0x1FAB0, 0x1FABA),
    (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9),
    (0x1FAE0, 0x1FAE7),
    (0x1FAF0, 0x1FAF6),
    (0x1FB00, 0x1FB92),
    (0x1FB94, 0x1FBCA),
    (0x1FBF0, 0x1FBF9),
];
/// Code points with the Emoji property (Unicode 14; generated).
const EMOJI: &[(u32, u32)] = &[
    (0xA9, 0xA9),
    (0xAE, 0xAE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x2199),
    (0x21A9, 0x21AA),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23F3),
    (0x23F8, 0x23FA),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25AB),
    (0x25B6, 0x25B6),
    (0x25C0, 0x25C0),
    (0x25FB, 0x25FE),
    (0x2600, 0x2604),
    (0x260E, 0x260E),
    (0x2611, 0x2611),
    (0x2614, 0x2615),
    (0x2618, 0x2618),
    (0x261D, 0x261D),
    (0x2620, 0x2620),
    (0x2622, 0x2623),
    (0x2626, 0x2626),
    (0x262A, 0x262A),
    (0x262E, 0x262F),
    (0x2638, 0x263A),
    (0x2640, 0x2640),
    (0x2642, 0x2642),
    (0x2648, 0x2653),
    (0x265F, 0x2660),
    (0x2663, 0x2663),
    (0x2665, 0x2666),
    (0x2668, 0x2668),
    (0x267B, 0x267B),
    (0x267E, 0x267F),
    (0x2692, 0x2697),
    (0x2699, 0x2699),
    (0x269B, 0x269C),
    (0x26A0, 0x26A1),
    (0x26A7, 0x26A7),
    (0x26AA, 0x26AB),
    (0x26B0, 0x26B1),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26C8, 0x26C8),
    (0x26CE, 0x26CF),
    (0x26D1, 0x26D1),
    (0x26D3, 0x26D4),
    (0x26E9, 0x26EA),
    (0x26F0, 0x26F5),
    (0x26F7, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2702, 0x2702),
    (0x2705, 0x2705),
    (0x2708, 0x270D),
    (0x270F, 0x270F),
    (0x2712, 0x2712),
    (0x2714, 0x2714),
    (0x2716, 0x2716),
    (0x271D, 0x271D),
    (0x2721, 0x2721),
    (0x2728, 0x2728),
    (0x2733, 0x2734),
    (0x2744, 0x2744),
    (0x2747, 0x2747),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2763, 0x2764),
    (0x2795, 0x2797),
    (0x27A1, 0x27A1),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F004, 0x1F004),
    (0x1F0CF, 0x1F0CF),
    (0x1F170, 0x1F171),
    (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1E6, 0x1F1FF),
    (0x1F201, 0x1F202),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A),
    (0x1F250, 0x1F251),
    (0x1F300, 0x1F321),
    (0x1F324, 0x1F393),
    (0x1F396, 0x1F397),
    (0x1F399, 0x1F39B),
    (0x1F39E, 0x1F3F0),
    (0x1F3F3, 0x1F3F5),
    (0x1F3F7, 0x1F4FD),
    (0x1F4FF, 0x1F53D),
    (0x1F549, 0x1F54E),
    (0x1F550, 0x1F567),
    (0x1F56F, 0x1F570),
    (0x1F573, 0x1F57A),
    (0x1F587, 0x1F587),
    (0x1F58A, 0x1F58D),
    (0x1F590, 0x1F590),
    (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A5),
    (0x1F5A8, 0x1F5A8),
    (0x1F5B1, 0x1F5B2),
    (0x1F5BC, 0x1F5BC),
    (0x1F5C2, 0x1F5C4),
    (0x1F5D1, 0x1F5D3),
    (0x1F5DC, 0x1F5DE),
    (0x1F5E1, 0x1F5E1),
    (0x1F5E3, 0x1F5E3),
    (0x1F5E8, 0x1F5E8),
    (0x1F5EF, 0x1F5EF),
    (0x1F5F3, 0x1F5F3),
    (0x1F5FA, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F6CB, 0x1F6D2),
    (0x1F6D5, 0x1F6D7),
    (0x1F6DD, 0x1F6E5),
    (0x1F6E9, 0x1F6E9),
    (0x1F6EB, 0x1F6EC),
    (0x1F6F0, 0x1F6F0),
    (0x1F6F3, 0x1F6FC),
    (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA70, 0x1FA74),
    (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86),
    (0x1FA90, 0x1FAAC),
    (0x1FAB0, 0x1FABA),
    (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9),
    (0x1FAE0, 0x1FAE7),
    (0x1FAF0, 0x1FAF6),
];
/// Emoji_Presentation (Unicode 14; generated).
const PRESENTATION: &[(u32, u32)] = &[
    (0x231A, 0x231B),
    (0x23E9, 0x23EC),
    (0x23F0, 0x23F0),
    (0x23F3, 0x23F3),
    (0x25FD, 0x25FE),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267F, 0x267F),
    (0x2693, 0x2693),
    (0x26A1, 0x26A1),
    (0x26AA, 0x26AB),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26CE, 0x26CE),
    (0x26D4, 0x26D4),
    (0x26EA, 0x26EA),
    (0x26F2, 0x26F3),
    (0x26F5, 0x26F5),
    (0x26FA, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2705, 0x2705),
    (0x270A, 0x270B),
    (0x2728, 0x2728),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x1F004, 0x1F004),
    (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1E6, 0x1F1FF),
    (0x1F201, 0x1F201),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F236),
    (0x1F238, 0x1F23A),
    (0x1F250, 0x1F251),
    (0x1F300, 0x1F320),
    (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA),
    (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0),
    (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D),
    (0x1F54B, 0x1F54E),
    (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A4),
    (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2),
    (0x1F6D5, 0x1F6D7),
    (0x1F6DD, 0x1F6DF),
    (0x1F6EB, 0x1F6EC),
    (0x1F6F4, 0x1F6FC),
    (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA70, 0x1FA74),
    (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86),
    (0x1FA90, 0x1FAAC),
    (0x1FAB0, 0x1FABA),
    (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9),
    (0x1FAE0, 0x1FAE7),
    (0x1FAF0, 0x1FAF6),
];
/// Emoji_Modifier_Base (Unicode 14; generated).
const MODIFIER_BASE: &[(u32, u32)] = &[
    (0x261D, 0x261D),
    (0x26F9, 0x26F9),
    (0x270A, 0x270D),
    (0x1F385, 0x1F385),
    (0x1F3C2, 0x1F3C4),
    (0x1F3C7, 0x1F3C7),
    (0x1F3CA, 0x1F3CC),
    (0x1F442, 0x1F443),
    (0x1F446, 0x1F450),
    (0x1F466, 0x1F478),
    (0x1F47C, 0x1F47C),
    (0x1F481, 0x1F483),
    (0x1F485, 0x1F487),
    (0x1F48F, 0x1F48F),
    (0x1F491, 0x1F491),
    (0x1F4AA, 0x1F4AA),
    (0x1F574, 0x1F575),
    (0x1F57A, 0x1F57A),
    (0x1F590, 0x1F590),
    (0x1F595, 0x1F596),
    (0x1F645, 0x1F647),
    (0x1F64B, 0x1F64F),
    (0x1F6A3, 0x1F6A3),
    (0x1F6B4, 0x1F6B6),
    (0x1F6C0, 0x1F6C0),
    (0x1F6CC, 0x1F6CC),
    (0x1F90C, 0x1F90C),
    (0x1F90F, 0x1F90F),
    (0x1F918, 0x1F91F),
    (0x1F926, 0x1F926),
    (0x1F930, 0x1F939),
    (0x1F93C, 0x1F93E),
    (0x1F977, 0x1F977),
    (0x1F9B5, 0x1F9B6),
    (0x1F9B8, 0x1F9B9),
    (0x1F9BB, 0x1F9BB),
    (0x1F9CD, 0x1F9CF),
    (0x1F9D1, 0x1F9DD),
    (0x1FAC3, 0x1FAC5),
    (0x1FAF0, 0x1FAF6),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Windows-1252 for bytes 0x80..=0x9F; `None` where undefined.
    fn cp1252_high(b: u8) -> Option<char> {
        const HIGH: [char; 32] = [
            '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0',
            '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
        ];
        let c = HIGH[usize::from(b - 0x80)];
        (c != '\0').then_some(c)
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Cp {
        W1252,
        W1254,
        Latin1,
    }

    /// Encodes `s` as UTF-8 and decodes the bytes with `cp`; undefined bytes become C1
    /// controls when `keep`, are dropped otherwise.
    fn mangle(s: &str, cp: Cp, keep: bool) -> String {
        let mut out = String::new();
        for &b in s.as_bytes() {
            let c = match (cp, b) {
                (_, 0..=0x7F) | (Cp::Latin1, _) => Some(char::from(b)),
                (Cp::W1254, 0x8E | 0x9E) => None,
                (_, 0x80..=0x9F) => cp1252_high(b),
                (Cp::W1254, 0xD0) => Some('Ğ'),
                (Cp::W1254, 0xDD) => Some('İ'),
                (Cp::W1254, 0xDE) => Some('Ş'),
                (Cp::W1254, 0xF0) => Some('ğ'),
                (Cp::W1254, 0xFD) => Some('ı'),
                (Cp::W1254, 0xFE) => Some('ş'),
                _ => Some(char::from(b)),
            };
            match c {
                Some(c) => out.push(c),
                None if keep => out.push(char::from(b)),
                None => {}
            }
        }
        out
    }

    /// Real text: multilingual prose, emoji, typography, citations.
    const SOURCES: &[&str] = &[
        // French
        "Le café est prêt à être servi.",
        "Où est la bibliothèque ? Très loin, à côté de l’église.",
        "Ça coûte 15 € — c’est cher !",
        "« Bonjour », dit-elle, naïvement.",
        "L’été dernier, nous sommes allés à Nîmes.",
        "Élève, garçon, cœur, œuvre, maître, sûr.",
        "Voilà\u{a0}: la réunion est déplacée à jeudi.",
        "Déploiement terminé ✅ — vérification en cours.",
        // German
        "Größe, Übergröße und Maßstab",
        "Schöne Grüße aus München!",
        "Die Prüfung wäre ärgerlich gewesen.",
        "„Anführungszeichen“ sind üblich.",
        "ÄRGER, ÖSTERREICH, ÜBUNG",
        "Straße: Fußgängerzone gesperrt.",
        // Portuguese
        "Ação, informação e atenção.",
        "São Paulo é a maior cidade do Brasil.",
        "Não há coração sem emoção.",
        "A lição número três está concluída.",
        "INFORMAÇÕES IMPORTANTES",
        // Spanish
        "¿Dónde está el niño? ¡Olé!",
        "Mañana habrá reunión con el equipo técnico.",
        "El pingüino comió jamón ibérico.",
        "Índice: Área de información básica",
        "Él llegó tarde; aún así, todo salió bien.",
        // Polish, Czech, Turkish, Romanian, Hungarian
        "Zażółć gęślą jaźń",
        "Łódź jest piękna.",
        "Książka, źródło, żółw.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
        "İstanbul’da güzel bir gün geçirdik.",
        "Işık, şeker, ağaç, öğrenci, çiçek.",
        "Dağ başı, ĞÜŞİÖÇ",
        "Știință și țară.",
        "Árvíztűrő tükörfúrógép",
        // Nordic, Vietnamese
        "Ångström, smörgåsbord, Øresund, Þórður, Reykjavík.",
        "Tiếng Việt có dấu rất đẹp.",
        // Greek
        "Ελληνικά: Καλημέρα κόσμε",
        "Η γρήγορη καφέ αλεπού πηδάει.",
        "Ώρα για δουλειά.",
        // Russian, Ukrainian
        "Привет, мир! Как дела?",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "Спасибо за помощь.",
        "Всё готово к запуску.",
        "Настройка сервера завершена.",
        "Їжак, ґанок, єнот.",
        // Hebrew, Arabic
        "שלום עולם",
        "مرحبا بالعالم",
        // Japanese
        "日本語のテキストです。",
        "こんにちは、世界！",
        "確認済み：デプロイ完了",
        "ありがとうございます。",
        "東京駅で待ち合わせ。",
        "「テスト」を実行してください。",
        // Chinese
        "中文测试：部署已完成。",
        "我们的系统已经准备就绪。",
        "发布前请检查所有项目。",
        "这是一个问题吗？",
        "繁體中文：請確認設定。",
        // Korean
        "안녕하세요 세계",
        "배포 준비 완료",
        // Emoji
        "✅ Done",
        "❌ Failed",
        "⚠️ Warning: disk almost full",
        "🔄 In progress",
        "🟢 Ready 🟡 At risk 🔴 Blocked",
        "🚀 Launch day!",
        "👍🏽 Approved",
        "👨‍💻 Developer on call",
        "🏳️‍🌈 Pride",
        "👩‍👩‍👧‍👦 family",
        "1️⃣ First step",
        "🎉🎉🎉",
        "🔍 Review findings",
        "📝 Notes",
        "📁 Folder",
        "🐛 Bug triage",
        "🙏 Thanks",
        "❤️ Love it",
        "🤝 Partnership",
        "⏳ Waiting",
        "🛑 Stop",
        "💡 Idea",
        "🔒 Locked",
        "🧪 Tests",
        "✏️ Edit",
        "➡️ Next",
        "☑️ Checked",
        "✔️ Verified",
        "⭐ Star",
        "🇺🇸 🇫🇷 flags",
        "| Item | ✅ | ⚠️ |",
        "Status: 🟢 Ready for Beta",
        // Typography
        "He said “hello” — and left…",
        "It’s the team’s call.",
        "Pages 10–20",
        "• bullet point",
        "Temperature: 20 °C",
        "© 2024 Example Corp. All rights reserved ®",
        "Stage\u{202f}E parity enforcement",
        "p95 ≤ 250\u{202f}ms; CSAT ≥ 4.2",
        "REST↔gRPC traces",
        "x → y ⇒ z",
        "½ cup, ±5 %, 2×3, 10÷2",
        "‘single quotes’",
        "roadmap’s beta goals",
        "Trademark™ and price 5\u{a0}€",
        "Non\u{a0}breaking space",
        "Range: 1–5 • Total: 42",
        // Citations
        "latency signals.【F:logs/stage_e/summary.json†L1-L63】",
        "【F:docs/roadmap.md†L9-L18】【F:docs/plan.md†L1-L4】",
        "See the minutes.【F:docs/minutes.md†L12】",
        // Mixed
        "Café ✅ naïve 🚀",
        "Résumé — “final” version ✔️",
        "Über-Status: ⚠️ Prüfung läuft",
    ];

    /// Correct text that looks a little like mojibake.
    const TRICKY: &[&str] = &[
        "SÃO PAULO",
        "NÃO",
        "Â",
        "“Ã”",
        "“â”",
        "‘Ã’",
        "IRMÃ”",
        "math: 3×4 ÷ 2 = 6",
        "©®°±",
        "naïve",
        "Ångström",
        "café",
        "Größe",
        "ação",
        "Ελληνικά",
        "日本語",
        "✅ 🚀 🟢",
        "“smart quotes”",
        "— dashes –",
        "½ ¼ ¾",
        "«\u{a0}l’été\u{a0}»",
        "«café»",
        "CAFÉ…",
        "Ça va? Ça va.",
        "ÎLE-DE-FRANCE",
        "Ñandú",
        "AÑO NUEVO",
        "Éric’s",
        "JOSÉ’s car",
        "L’ÉTÉ",
        "Æsir ØRESUND",
        "Þór",
        "ÿ Ÿ",
        "µs and ms",
        "“ÉTÉ”",
        "été…»",
        "voilà.",
        "¿Qué? ¡Sí!",
        "Ç’est",
        "Ô Ö Ü",
        "ØÆÅ",
        "Émile Zola — J’accuse…!",
        "Å",
        "naïveté",
        "10 €",
        "plate™",
        "Ì Í Î Ï",
        "Ð Ñ Ò Ó",
    ];

    struct Stats {
        damaged: usize,
        detected: usize,
        exact: usize,
        clean: usize,
        false_pos: usize,
    }

    fn corpus() -> (Vec<(String, String)>, Vec<String>) {
        let mut damaged = Vec::new();
        let mut clean = Vec::new();
        for (i, s) in SOURCES.iter().enumerate() {
            assert!(!s.is_ascii());
            clean.push(s.to_string());
            let mut variants = vec![mangle(s, Cp::W1252, true), mangle(s, Cp::W1252, false)];
            if i % 4 == 0 {
                variants.push(mangle(s, Cp::W1254, false));
            }
            if i % 6 == 0 {
                variants.push(mangle(s, Cp::Latin1, true));
            }
            variants.sort();
            variants.dedup();
            for v in variants {
                damaged.push((v, s.to_string()));
            }
        }
        clean.extend(TRICKY.iter().map(|s| s.to_string()));
        (damaged, clean)
    }

    fn measure(verbose: bool) -> Stats {
        let (damaged, clean) = corpus();
        let mut st = Stats {
            damaged: damaged.len(),
            detected: 0,
            exact: 0,
            clean: clean.len(),
            false_pos: 0,
        };
        for (d, orig) in &damaged {
            let r = repair_str(d);
            if r != d.as_str() {
                st.detected += 1;
            } else if verbose {
                println!("MISSED   {d:?} (from {orig:?})");
            }
            if r == orig.as_str() {
                st.exact += 1;
            } else if verbose {
                println!("INEXACT  {d:?} -> {r:?} (want {orig:?})");
            }
        }
        for c in &clean {
            let r = repair_str(c);
            if r != c.as_str() {
                st.false_pos += 1;
                if verbose {
                    println!("FALSEPOS {c:?} -> {r:?}");
                }
            }
        }
        st
    }

    #[test]
    fn mojibake_corpus_precision_recall() {
        let st = measure(true);
        let precision = st.detected as f64 / (st.detected + st.false_pos) as f64;
        let recall = st.detected as f64 / st.damaged as f64;
        let exact = st.exact as f64 / st.damaged as f64;
        println!(
            "mojibake corpus: {} damaged, {} clean strings; precision {:.4}, recall {:.4}, \
             exact repair {:.4}, false positives {}",
            st.damaged, st.clean, precision, recall, exact, st.false_pos
        );
        assert!(st.damaged + st.clean >= 200);
        assert_eq!(st.false_pos, 0);
        assert!(recall >= 0.98, "recall {recall}");
        assert!(exact >= 0.95, "exact {exact}");
    }

    /// Damaged lines of 001_28e484f4a085a9b6.txt, with their repairs.
    const SEED_001: &[(&str, &str)] = &[
        (
            "Stageâ€¯E parity enforcement and transport readiness provide the baseline for widening",
            "Stage\u{202f}E parity enforcement and transport readiness provide the baseline for widening",
        ),
        (
            "and performance guardrails to the roadmapâ€™s beta goals, and defines the review",
            "and performance guardrails to the roadmap’s beta goals, and defines the review",
        ),
        (
            "- **Transport parity evidence.** Link all beta decisions to the Stageâ€¯E",
            "- **Transport parity evidence.** Link all beta decisions to the Stage\u{202f}E",
        ),
        (
            "  The summary captures checksum-matched RESTâ†”gRPC traces for `operator_api`,",
            "  The summary captures checksum-matched REST↔gRPC traces for `operator_api`,",
        ),
        (
            "  latency signals.ã€F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.jsonâ€\u{a0}L1-L63ã€‘ã€F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.jsonâ€\u{a0}L64-L87ã€‘",
            "  latency signals.【F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.json†L1-L63】【F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.json†L64-L87】",
        ),
        (
            "  objectives remain on track.ã€F:docs/roadmap.mdâ€\u{a0}L9-L18ã€‘",
            "  objectives remain on track.【F:docs/roadmap.md†L9-L18】",
        ),
        (
            "- **Continuous dashboards.** Keep the Grafana Stageâ€¯E transport board pinned in",
            "- **Continuous dashboards.** Keep the Grafana Stage\u{202f}E transport board pinned in",
        ),
        (
            "  the latest exporter data emitted during beta rehearsals.ã€F:monitoring/operator_transport_pilot.mdâ€\u{a0}L1-L84ã€‘",
            "  the latest exporter data emitted during beta rehearsals.【F:monitoring/operator_transport_pilot.md†L1-L84】",
        ),
        (
            "| Transport parity suite green across connectors | @ops-team | `logs/stage_e/20250930T121727Z-stage_e_transport_readiness/` | RESTâ†”gRPC traces checksum match (`30b2c06c4b4ffeb5d403c63fb7a4ee283f9f8f109b3484876fe09d7ec6de56c8`) before any external traffic expansion. | ğŸ”„ Ongoing |",
            "| Transport parity suite green across connectors | @ops-team | `logs/stage_e/20250930T121727Z-stage_e_transport_readiness/` | REST↔gRPC traces checksum match (`30b2c06c4b4ffeb5d403c63fb7a4ee283f9f8f109b3484876fe09d7ec6de56c8`) before any external traffic expansion. | 🔄 Ongoing |",
        ),
        (
            "| Heartbeat latency landing in dashboards | @integration-guild | `monitoring/grafana-dashboard.json` Stageâ€¯E panels | Beta entry blocked until heartbeat latency no longer flagged as missing in Stageâ€¯E summary. | âš\u{a0}ï¸ Environment-limited |",
            "| Heartbeat latency landing in dashboards | @integration-guild | `monitoring/grafana-dashboard.json` Stage\u{202f}E panels | Beta entry blocked until heartbeat latency no longer flagged as missing in Stage\u{202f}E summary. | ⚠\u{fe0f} Environment-limited |",
        ),
        (
            "| External feedback exporter publishing latency + satisfaction metrics | @monitoring-guild | `logs/stage_f/exporters/latest.prom` | Beta reviews require fresh latency/error-budget/satisfaction signals each week. | âœ… Initial run captured |",
            "| External feedback exporter publishing latency + satisfaction metrics | @monitoring-guild | `logs/stage_f/exporters/latest.prom` | Beta reviews require fresh latency/error-budget/satisfaction signals each week. | ✅ Initial run captured |",
        ),
        (
            "| Security hardening sign-offs recorded | @release-ops | `docs/releases/beta_launch_plan.md` + readiness minutes | Beta access contingent on Stageâ€¯D bridge approvals and connector credential attestations. | ğŸ”„ Pending signatures |",
            "| Security hardening sign-offs recorded | @release-ops | `docs/releases/beta_launch_plan.md` + readiness minutes | Beta access contingent on Stage\u{202f}D bridge approvals and connector credential attestations. | 🔄 Pending signatures |",
        ),
        (
            "| Weekly feedback synthesis circulated | @release-ops | `docs/PROJECT_STATUS.md#beta-feedback-tracking` | Feedback themes and satisfaction scores shared with product + ops each review. | ğŸ”„ In progress |",
            "| Weekly feedback synthesis circulated | @release-ops | `docs/PROJECT_STATUS.md#beta-feedback-tracking` | Feedback themes and satisfaction scores shared with product + ops each review. | 🔄 In progress |",
        ),
        (
            "   `crown_handshake`) retain Stageâ€¯D bridge fingerprints and Stageâ€¯E parity",
            "   `crown_handshake`) retain Stage\u{202f}D bridge fingerprints and Stage\u{202f}E parity",
        ),
        (
            "   proof in the readiness minutes.ã€F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.jsonâ€\u{a0}L20-L52ã€‘ã€F:docs/roadmap.mdâ€\u{a0}L196-L247ã€‘",
            "   proof in the readiness minutes.【F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.json†L20-L52】【F:docs/roadmap.md†L196-L247】",
        ),
        (
            "   rotation windows logged in Stageâ€¯C readiness packets remain within validity",
            "   rotation windows logged in Stage\u{202f}C readiness packets remain within validity",
        ),
        (
            "   widened.ã€F:docs/roadmap.mdâ€\u{a0}L196-L247ã€‘ã€F:logs/stage_c/20251001T010101Z-readiness_packet/review_minutes.mdâ€\u{a0}L1-L44ã€‘",
            "   widened.【F:docs/roadmap.md†L196-L247】【F:logs/stage_c/20251001T010101Z-readiness_packet/review_minutes.md†L1-L44】",
        ),
        (
            "  compensating controls in the risk register.ã€F:monitoring/alerts/beta_feedback.ymlâ€\u{a0}L1-L43ã€‘ã€F:monitoring/escalation_notifier.pyâ€\u{a0}L1-L73ã€‘",
            "  compensating controls in the risk register.【F:monitoring/alerts/beta_feedback.yml†L1-L43】【F:monitoring/escalation_notifier.py†L1-L73】",
        ),
        (
            "   each external channel. Beta SLOs require p95 â‰¤ 250â€¯ms; the dashboard panel",
            "   each external channel. Beta SLOs require p95 ≤ 250\u{202f}ms; the dashboard panel",
        ),
        (
            "   the weekly status table.ã€F:monitoring/grafana-dashboard.jsonâ€\u{a0}L212-L248ã€‘ã€F:monitoring/alerts/beta_feedback.ymlâ€\u{a0}L4-L26ã€‘",
            "   the weekly status table.【F:monitoring/grafana-dashboard.json†L212-L248】【F:monitoring/alerts/beta_feedback.yml†L4-L26】",
        ),
        (
            "   Stageâ€¯F exporter snapshots must note mitigation steps before the next review.",
            "   Stage\u{202f}F exporter snapshots must note mitigation steps before the next review.",
        ),
        (
            "   ã€F:logs/stage_f/exporters/latest.promâ€\u{a0}L1-L33ã€‘ã€F:monitoring/alerts/beta_feedback.ymlâ€\u{a0}L17-L28ã€‘",
            "   【F:logs/stage_f/exporters/latest.prom†L1-L33】【F:monitoring/alerts/beta_feedback.yml†L17-L28】",
        ),
        (
            "   averages at or above the target per channel (CSAT â‰¥ 4.2, NPS â‰¥ 40). Dropoffs",
            "   averages at or above the target per channel (CSAT ≥ 4.2, NPS ≥ 40). Dropoffs",
        ),
        (
            "   feedback tracker.ã€F:logs/stage_f/exporters/latest.promâ€\u{a0}L34-L39ã€‘ã€F:monitoring/grafana-dashboard.jsonâ€\u{a0}L240-L248ã€‘",
            "   feedback tracker.【F:logs/stage_f/exporters/latest.prom†L34-L39】【F:monitoring/grafana-dashboard.json†L240-L248】",
        ),
        (
            "- All checklist items marked âœ… for two consecutive weekly reviews.",
            "- All checklist items marked ✅ for two consecutive weekly reviews.",
        ),
        (
            "- Stageâ€¯F exporter snapshots show stable latency/error/satisfaction metrics and",
            "- Stage\u{202f}F exporter snapshots show stable latency/error/satisfaction metrics and",
        ),
    ];
    /// Damaged lines of 002_adef8c8de79dd98b.txt, with their repairs.
    const SEED_002: &[(&str, &str)] = &[
        (
            "**Status:** ðŸŸ¢ Ready for Beta",
            "**Status:** 🟢 Ready for Beta",
        ),
        ("### 1. Code & Testing âœ…", "### 1. Code & Testing ✅"),
        (
            "- âœ… All health checks passing",
            "- ✅ All health checks passing",
        ),
        ("âŒ Critical bugs unresolved", "❌ Critical bugs unresolved"),
        ("âŒ Performance issues", "❌ Performance issues"),
        (
            "**Status:** âœ… Ready for Beta Launch",
            "**Status:** ✅ Ready for Beta Launch",
        ),
    ];
    /// Damaged lines of 004_2e61027645f65f1b.txt, with their repairs.
    const SEED_004: &[(&str, &str)] = &[(
        "  - Multi-tenant performance tuning beyond whatâ€™s required for the demo",
        "  - Multi-tenant performance tuning beyond what’s required for the demo",
    )];

    /// Checks the invariants of `scan`'s result and returns the repaired text.
    fn checked(text: &str, code: &[Range<usize>]) -> (Vec<Repair>, String) {
        let reps = scan(text, code);
        let mut last = 0;
        for r in &reps {
            assert!(r.range.start >= last, "sorted, non-overlapping: {reps:?}");
            assert!(r.range.start < r.range.end);
            assert!(text.is_char_boundary(r.range.start) && text.is_char_boundary(r.range.end));
            assert!(!text[r.range.clone()].contains('\n'));
            assert!(!r.replacement.is_empty());
            last = r.range.end;
        }
        // Maximal runs: two repairs never touch.
        for w in reps.windows(2) {
            assert!(w[0].range.end < w[1].range.start, "runs not merged: {w:?}");
        }
        let out = apply(text, &reps);
        (reps, out)
    }

    #[test]
    fn seeds_are_repaired_exactly() {
        for (damaged, want) in SEED_001.iter().chain(SEED_002).chain(SEED_004) {
            assert_eq!(repair_str(damaged), *want, "line {damaged:?}");
        }
        // Whole seed 001 as a document: every run found, one repair per run.
        let doc: String = SEED_001.iter().map(|(d, _)| format!("{d}\n")).collect();
        let want: String = SEED_001.iter().map(|(_, w)| format!("{w}\n")).collect();
        let (reps, out) = checked(&doc, &[]);
        assert_eq!(out, want);
        let runs: Vec<&str> = reps.iter().map(|r| &doc[r.range.clone()]).collect();
        assert!(runs.contains(&"ã€‘ã€"), "adjacent runs merged: {runs:?}");
        assert!(runs.contains(&"âš\u{a0}ï¸"));
        assert_eq!(reps.len(), 65);
    }

    #[test]
    fn spec_examples() {
        let cases = [
            ("roadmapâ€™s", "roadmap’s"),
            ("Stageâ€¯E", "Stage\u{202f}E"),
            ("RESTâ†”gRPC", "REST↔gRPC"),
            ("ã€F:docs/a.mdâ€\u{a0}L1-L2ã€‘", "【F:docs/a.md†L1-L2】"),
            ("ã€F:docs/a.mdâ€ L1-L2ã€‘", "【F:docs/a.md†L1-L2】"),
            ("âŒ Failed", "❌ Failed"),
            ("âš\u{a0}ï¸ Limited", "⚠\u{fe0f} Limited"),
            ("âœ… Done", "✅ Done"),
            ("ðŸ”„ Ongoing", "🔄 Ongoing"),
            ("ğŸ”„ Ongoing", "🔄 Ongoing"),
            ("ðŸŸ¢ Ready", "🟢 Ready"),
            ("cafÃ© naÃ¯ve", "café naïve"),
            ("SÃ£o Paulo", "São Paulo"),
            ("GrÃ¶ÃŸe", "Größe"),
            ("Ã\u{a0} la carte", "à la carte"),
            ("10Ã—11", "10×11"),
            ("Â© 2024", "© 2024"),
            ("â€œquotedâ€ text", "“quoted” text"),
            ("â€œquotedâ€\u{9d} text", "“quoted” text"),
            ("ðŸ‘¨â€ðŸ’» dev", "👨\u{200d}💻 dev"),
            ("ðŸ³ï¸â€ðŸŒˆ", "🏳\u{fe0f}\u{200d}🌈"),
            ("ðŸ‘ðŸ½ ok", "👍🏽 ok"),
            ("ä¸\u{ad}æ–‡", "中文"),
            ("ã“ã‚“ã«ã¡ã¯", "こんにちは"),
            ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
            ("Î•Î»Î»Î·Î½Î¹ÎºÎ¬", "Ελληνικά"),
            ("Ã¢â‚¬â„¢", "’"),
            ("ï»¿# Title", "\u{feff}# Title"),
            ("docs/rÃ©sumÃ©.md", "docs/résumé.md"),
            ("âš ï¸ plain space", "⚠\u{fe0f} plain space"),
            ("ï¼ˆæ³¨ï¼‰", "（注）"),
            ("ã€Œå¼•ç”¨ã€", "「引用」"),
            (
                "ã€F:a.mdâ€\u{a0}L3ã€‘ã€F:b.mdâ€\u{a0}L4ã€‘",
                "【F:a.md†L3】【F:b.md†L4】",
            ),
        ];
        for (damaged, want) in cases {
            assert_eq!(repair_str(damaged), want, "{damaged:?}");
        }
    }

    #[test]
    fn correct_text_is_left_alone() {
        let clean = [
            "café, naïve, Ångström, ação, Größe, SÃO PAULO, Ελληνικά, 日本語",
            "✅ ❌ ⚠️ 🔄 🟢 👍🏽 👨‍💻 “smart quotes” — dashes – ½ © ® ° ± × ÷",
            "Â",
            "“Ã”",
            "NÃO, IRMÃ”",
            "«\u{a0}l’été\u{a0}»",
            "Tomáš\u{a0}Hnyk",
            "PROHLÍŽEČ",
            "German (Bone, »ß« unten)",
            "Ç’është kjo?",
            "též „prázdné“ příkazy",
            "Bangladéš",
            "ÎLE-DE-FRANCE, Ñandú, AÑO",
            "JOSÉ’s car, CAFÉ…",
            "【F:docs/a.md†L1-L2】",
        ];
        for c in clean {
            assert!(scan(c, &[]).is_empty(), "{c:?}: {:?}", scan(c, &[]));
            assert!(matches!(repair_str(c), Cow::Borrowed(_)));
        }
        assert!(scan("plain ASCII only", &[]).is_empty());
        assert!(matches!(repair_str("docs/plan.md"), Cow::Borrowed(_)));
    }

    /// Byte range of the first occurrence of `needle` in `hay`.
    fn span(hay: &str, needle: &str) -> Range<usize> {
        let at = hay.find(needle).unwrap();
        at..at + needle.len()
    }

    #[test]
    fn whole_document_mis_decoded_repairs_code_too() {
        // Every non-ASCII character is damage and the prose is damaged: code spans and
        // blocks are repaired as well (seed 002).
        let doc = "**Status:** ðŸŸ¢ Ready for Beta\n\n\
                   Run `echo âœ…` first.\n\n\
                   ```\nSubject: ðŸš€ Analytics API Beta is Live!\nâœ… Data export\n```\n";
        let code = [span(doc, "`echo âœ…`"), span(doc, "```\nSubject")];
        let code = [code[0].clone(), code[1].start..doc.len()];
        let (reps, out) = checked(doc, &code);
        assert_eq!(reps.len(), 4);
        assert_eq!(
            out,
            "**Status:** 🟢 Ready for Beta\n\nRun `echo ✅` first.\n\n\
             ```\nSubject: 🚀 Analytics API Beta is Live!\n✅ Data export\n```\n"
        );
    }

    #[test]
    fn mixed_document_leaves_code_alone() {
        // Correct emoji beside the damage: only prose is repaired.
        let doc = "Status: ✅ done, roadmapâ€™s goals.\n\n\
                   Quote the bug: `cafÃ©`.\n\n```\nâœ… raw\n```\n";
        let code = [span(doc, "`cafÃ©`"), span(doc, "```\nâœ… raw\n```")];
        let (reps, out) = checked(doc, &code);
        assert_eq!(reps.len(), 1);
        assert_eq!(&doc[reps[0].range.clone()], "â€™");
        assert!(out.contains("roadmap’s") && out.contains("`cafÃ©`") && out.contains("âœ… raw"));

        // CJK text, no emoji: the same.
        let doc = "日本語の説明。cafÃ© prose.\n`cafÃ©`\n";
        let code = [span(doc, "`cafÃ©`")];
        let (reps, _) = checked(doc, &code);
        assert_eq!(reps.len(), 1);
        assert!(reps[0].range.end < code[0].start);
    }

    #[test]
    fn overlapping_code_ranges_are_merged() {
        let doc = "roadmapâ€™s\n```\n`cafÃ©`\n```\nâœ… and ✅\n";
        let block = span(doc, "```\n`cafÃ©`\n```");
        let inner = span(doc, "`cafÃ©`");
        let (reps, _) = checked(doc, &[inner, block]);
        let runs: Vec<&str> = reps.iter().map(|r| &doc[r.range.clone()]).collect();
        assert_eq!(runs, ["â€™", "âœ…"]);
    }

    #[test]
    fn damage_only_in_code_is_not_reported() {
        let doc = "Prose is fine.\n\n`cafÃ©` and\n\n```\nâœ… raw\n```\n";
        let code = [span(doc, "`cafÃ©`"), span(doc, "```\nâœ… raw\n```")];
        assert!(scan(doc, &code).is_empty());
        // Without code ranges the same damage is prose.
        assert_eq!(scan(doc, &[]).len(), 2);
    }

    #[test]
    fn lossy_choices_follow_context() {
        // 0x9D dropped: `”` after an open quote, `†` before a line range, ZWJ between
        // emoji.
        assert_eq!(repair_str("â€œaâ€ b"), "“a” b");
        assert_eq!(repair_str("x.mdâ€ L5"), "x.md†L5");
        assert_eq!(repair_str("ðŸ‘©â€ðŸ”¬"), "👩\u{200d}🔬");
        // 0x90 dropped: `【` before a `】`, `、` between CJK text.
        assert_eq!(repair_str("ã€F:x.mdã€‘"), "【F:x.md】");
        assert_eq!(repair_str("æ—¥æœ¬ã€ä¸\u{ad}å›½"), "日本、中国");
        // 0x8F dropped: the variation selector after an emoji.
        assert_eq!(repair_str("â¤ï¸ love"), "❤\u{fe0f} love");
        // A lone lead inside damaged Cyrillic (с = D1 81, 0x81 dropped).
        assert_eq!(repair_str("ÑÐ¿Ð°ÑÐ¸Ð±Ð¾"), "спасибо");
        // Polish Ł (C5 81) before other damage.
        assert_eq!(repair_str("ÅÃ³dÅº"), "Łódź");
    }

    #[test]
    fn fast_path_and_large_input() {
        let ascii = "- [ ] item with `code` and text\n".repeat(20_000);
        assert!(scan(&ascii, &[]).is_empty());
        let latin = "Größe, café, naïve — “quotes” ✅ 日本語\n".repeat(20_000);
        assert!(!has_lead(latin.as_bytes()) || scan(&latin, &[]).is_empty());
        let damaged = "roadmapâ€™s âœ… cafÃ©\n".repeat(20_000);
        let reps = scan(&damaged, &[]);
        assert_eq!(reps.len(), 60_000);
    }
}
