//! The analysis of one line: each character is mapped back to the byte it stands
//! for ([`super::codepage::char_to_byte`]); runs of bytes that form UTF-8 sequences
//! become candidates; a lossy candidate (one continuation byte dropped) gets the
//! most plausible option by block, frequency and context; each candidate is judged
//! strong, weak or lone, and accepted alone or next to other damage.

use std::ops::Range;

use super::codepage::char_to_byte;
use super::tables::{
    List, base_score, is_emoji, is_modifier, is_modifier_base, is_presentation, popularity, pos,
    rank,
};

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

/// A candidate that survived, in line coordinates until [`super::scan`] shifts it.
pub(super) struct Found {
    pub(super) range: Range<usize>,
    pub(super) ch: char,
    /// Accepted under the local rules (strong, or next to accepted damage).
    pub(super) local: bool,
    /// Accepted when the whole document is mis-decoded.
    pub(super) loose: bool,
}

#[derive(Clone, Copy)]
pub(super) struct Unit {
    pub(super) off: usize,
    pub(super) ch: char,
    /// The byte `ch` stands for, if any.
    pub(super) b: Option<u8>,
}

impl Unit {
    fn is_cont(&self) -> bool {
        matches!(self.b, Some(0x80..=0xBF))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    /// All bytes present.
    Complete,
    /// One continuation byte missing, sequence of 3 or 4 bytes.
    Lossy,
    /// A 2-byte lead alone: its continuation byte was dropped.
    Lone,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Level {
    Reject,
    Strong,
    Weak,
    Lone,
}

#[derive(Clone, Copy)]
pub(super) struct Opt {
    pub(super) ch: char,
    /// Takes the following plain space as byte A0 (a no-break space turned into a
    /// space).
    pub(super) via_space: bool,
    /// Uses byte 0x8E or 0x9E, which only Windows-1254 leaves undefined, in text
    /// without a sign of Windows-1254.
    pub(super) penalty: bool,
}

pub(super) struct Cand {
    pub(super) start: usize,
    /// One past the last unit (before the choice of a `via_space` option).
    pub(super) end: usize,
    pub(super) kind: Kind,
    pub(super) lead: u8,
    pub(super) opts: Vec<Opt>,
    pub(super) chosen: char,
    /// Plausibility of the chosen option (lossy and lone candidates).
    pub(super) score: i32,
    pub(super) level: Level,
}

#[derive(Default)]
pub(super) struct Scratch {
    pub(super) units: Vec<Unit>,
    pub(super) cands: Vec<Cand>,
    pub(super) owner: Vec<usize>,
}

/// Bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), which some
/// decoders drop, and the two more Windows-1254 leaves undefined (0x8E 0x9E).
pub(super) const LOST: [u8; 7] = [0x9D, 0x90, 0x8F, 0x8D, 0x81, 0x8E, 0x9E];
pub(super) const NONE: usize = usize::MAX;

/// Analyzes one line, appends its candidates to `found`; returns whether a non-ASCII
/// character of the line is not explained by a candidate.
pub(super) fn analyze_line(line: &str, s: &mut Scratch, found: &mut Vec<Found>) -> bool {
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

pub(super) fn seq_len(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

pub(super) fn decode(bytes: &[u8]) -> Option<char> {
    std::str::from_utf8(bytes).ok()?.chars().next()
}

/// Finds the candidates of a line, left to right, greedily.
pub(super) fn parse(units: &[Unit], cp1254: bool, cands: &mut Vec<Cand>) {
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
pub(super) struct Ctx<'a> {
    pub(super) prev: Option<char>,
    pub(super) next: Option<char>,
    /// The two characters after `next` (raw).
    pub(super) next2: Option<char>,
    pub(super) next3: Option<char>,
    pub(super) before: &'a str,
    pub(super) after: &'a str,
}

/// Chooses the option of each lossy and lone candidate, left to right.
pub(super) fn resolve(line: &str, units: &[Unit], cands: &mut [Cand]) {
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

pub(super) const WINDOW: usize = 300;

pub(super) fn window_before(line: &str, at: usize) -> &str {
    let mut s = at.saturating_sub(WINDOW);
    while !line.is_char_boundary(s) {
        s += 1;
    }
    &line[s..at]
}

pub(super) fn window_after(line: &str, at: usize) -> &str {
    let mut e = (at + WINDOW).min(line.len());
    while !line.is_char_boundary(e) {
        e -= 1;
    }
    &line[at..e]
}

pub(super) fn is_emojiish(c: char) -> bool {
    is_emoji(c) || c == '\u{FE0F}' || c == '\u{20E3}'
}

pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Whether `s` leaves a `“` open, counting the mojibake forms `â€œ` and `â€` + 0x9D
/// (and not taking the `”` of `â€”`, an em dash, for a quote).
pub(super) fn open_quote(s: &str) -> bool {
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
pub(super) fn option_score(opt: &Opt, ctx: &Ctx<'_>) -> i32 {
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
pub(super) fn same_script(a: char, b: char) -> bool {
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
pub(super) fn is_virama(c: char) -> bool {
    matches!(c as u32, 0x900..=0xDFF) && (c as u32) & 0x7F == 0x4D
}

/// A Greek consonant.
pub(super) fn consonant(c: Option<char>) -> bool {
    c.is_some_and(|c| "βγδζθκλμνξπρσςτφχψΒΓΔΖΘΚΛΜΝΞΠΡΣΤΦΧΨ".contains(c))
}

/// Plausibility of the character a lone 2-byte lead stands for.
pub(super) fn lone_score(lead: u8, c: char, ctx: &Ctx<'_>, units: &[Unit], end: usize) -> i32 {
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
pub(super) fn is_natural(c: char) -> bool {
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

pub(super) fn is_closer(c: char) -> bool {
    matches!(c, '’' | '”' | '»' | '›')
}

pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '«' | '‹' | '»' | '›' | '"' | '\'' | '„' | '‚'
    )
}

/// Symbols, punctuation and emoji: what a lossy sequence may stand for on its own
/// (letters and ideographs need other damage next to them).
pub(super) fn is_symbol(c: char) -> bool {
    is_emojiish(c)
        || matches!(c as u32, 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE00..=0xFE0F | 0xFF01..=0xFF20)
}

pub(super) fn is_c1(c: char) -> bool {
    matches!(c as u32, 0x80..=0x9F)
}

/// The level of candidate `i` (options resolved).
pub(super) fn level(units: &[Unit], cands: &[Cand], i: usize) -> Level {
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
                // `Å²`, `Å³` outside a word (`Volume of the unit cell (Å³)`, `12.5 Å²`:
                // survey s121c, a pymatgen reference) are square and cubic ångström, not
                // Lithuanian `Ų`, `ų`, which end words after a letter (`darbÅ³`).
                // Weak: kept beside other damage.
                if c.lead == 0xC5
                    && matches!(cont, '²' | '³')
                    && !prev.is_some_and(char::is_alphabetic)
                    && !next.is_some_and(char::is_alphabetic)
                {
                    return Level::Weak;
                }
                if score >= 4 && (c.lead == 0xC2 || !natural) && !caps {
                    return Level::Strong;
                }
                // `×` set between blanks (`($2$)\u{a0}×\u{a0}number`, a dimension in a
                // paper converted from Word: survey 106c, brain-go-brr-v2) is a
                // multiplication sign, not `נ`: a Hebrew word's `×\u{a0}` follows or
                // precedes another letter's `×` lead. Weak: kept beside other damage.
                let blank_or_operand = |p: char| {
                    p.is_whitespace() || p.is_ascii_digit() || matches!(p, ')' | '$' | ']')
                };
                if c.lead == 0xD7
                    && cont == '\u{a0}'
                    && prev.is_some_and(blank_or_operand)
                    && next.is_some_and(|n| n != '×')
                {
                    return Level::Weak;
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
pub(super) fn accept(units: &[Unit], cands: &[Cand], owner: &[usize], loose: bool) -> Vec<bool> {
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
pub(super) fn word_has_accepted(units: &[Unit], owner: &[usize], acc: &[bool], at: usize) -> bool {
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
