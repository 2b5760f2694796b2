//! Repairs: the replacement text of accepted candidates (decoded again when it is
//! itself mojibake, for text mis-decoded twice) and applying repairs to a text.

use std::borrow::Cow;

use super::Repair;
use super::codepage::char_to_byte;
use super::detect::{Level, Scratch, analyze_line};
use super::scan;

/// Repairs a short string (a table cell, a path) regardless of context: every damaged
/// run found by [`super::scan`] without code ranges is replaced. Borrowed when there is
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

/// Decodes a repaired run again while it is itself wholly strong mojibake (text
/// mis-decoded twice: `Ã¢â‚¬â„¢` → `â€™` → `’`).
pub(super) fn redecode(s: &mut String) {
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
