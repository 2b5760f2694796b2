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
//! code may quote damage on purpose. So may prose, in a document about an encoding
//! bug that writes each damaged word correctly too ([`quoted`]).
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
//!
//! # Layout
//!
//! - [`codepage`]: the byte a character stands for under Windows-1252 or -1254,
//!   derived from `encoding_rs`.
//! - [`tables`]: character data — Unicode ranges (assigned, emoji, presentation, modifier
//!   bases), frequency lists, and the plausibility of a character as an original.
//! - [`detect`]: the analysis of one line — candidates, the choice between the
//!   options of a lossy one, strong and weak levels, acceptance.
//! - [`quoted`]: damage quoted on purpose beside its correct form.
//! - [`repair`]: from accepted candidates to the repaired text (decoding twice
//!   mis-decoded runs again) and applying repairs.
//! - this file: the document policy ([`scan`]) and the public API.

mod codepage;
mod detect;
mod quoted;
mod repair;
mod tables;
#[cfg(test)]
mod tests;

pub use detect::has_lead;
pub use repair::{apply, repair_str};

use std::ops::Range;

use detect::{Found, Scratch, analyze_line};
use repair::redecode;

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
    drop_lone_letters(text, &mut repairs);
    if !whole {
        quoted::drop_quoted_examples(text, &mut repairs);
    }
    repairs
}

/// Drops a repair that is one letter before a typographic quote or dash (`×“`,
/// `ß”`: German `„genau 1×“`, `“zu groß”`), or one sign alone read as the
/// lossy form of a letter (`×` of Hebrew `ם`: `9.1×–1,885×`, survey 29b),
/// when it decodes to a letter of a
/// script written nowhere else in the document: real damage of Hebrew or N'Ko text
/// leaves more than one letter of it, and repairing text that was never damaged
/// would write a letter of a foreign script into correct prose.
fn drop_lone_letters(text: &str, repairs: &mut Vec<Repair>) {
    let lone_letter = |r: &Repair| -> Option<char> {
        let mut damaged = text.get(r.range.clone())?.chars();
        let _lead = damaged.next()?;
        // A lead alone decodes to one letter only as the lossy form (its
        // second byte undefined in the code page and dropped): a sign such as
        // `×` after a number (`1,885×`) reads as Hebrew `ם` so.
        let shape = match damaged.next() {
            Some(cont) => matches!(cont, '“' | '”' | '„' | '‘' | '’' | '‚' | '–' | '—'),
            None => true,
        };
        let mut decoded = r.replacement.chars();
        let letter = decoded.next()?;
        let foreign = letter.is_alphabetic() && u32::from(letter) >= 0x370;
        (damaged.next().is_none() && decoded.next().is_none() && shape && foreign).then_some(letter)
    };
    let lone: Vec<Option<char>> = repairs.iter().map(lone_letter).collect();
    if lone.iter().all(Option::is_none) {
        return;
    }
    // Evidence of the script: the document's text, and repairs that are not
    // lone letters themselves (two German `ß”` do not vouch for each other).
    // A lone letter decodes from two bytes (below U+0800): its script is its
    // 128-code-point block.
    let block = |c: char| u32::from(c) >> 7;
    let repaired = repairs
        .iter()
        .zip(&lone)
        .filter(|(_, l)| l.is_none())
        .flat_map(|(r, _)| r.replacement.chars());
    let written: std::collections::HashSet<u32> = text
        .chars()
        .filter(|&c| ('\u{370}'..'\u{800}').contains(&c))
        .chain(repaired)
        .map(block)
        .collect();
    let keep: Vec<bool> = lone
        .iter()
        .map(|l| l.is_none_or(|letter| written.contains(&block(letter))))
        .collect();
    let mut keep = keep.into_iter();
    repairs.retain(|_| keep.next().unwrap_or(true));
}
