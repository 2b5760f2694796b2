//! Damage quoted on purpose: a document about an encoding bug that shows the
//! mis-decoded words as the bug wrote them, beside their correct forms
//! (`RÃ´le → Rôle`, `"Connexion réussie" (au lieu de "Connexion rÃ©ussie")`,
//! survey 48a: a French app's cache-purge guides and changelog).
//!
//! Repairing such a quote would erase the example: `(au lieu de "Connexion
//! réussie")` says nothing. The evidence is twofold and both parts are needed:
//! the document names an encoding (`UTF-8`, `Windows-1252`, `Latin-1`...), and
//! every damaged word in it is also written correctly somewhere in it. A
//! document whose damage reaches a word it never writes correctly
//! (`DÃ©connexion` with no `Déconnexion`), or that never names an encoding, or
//! whose damage is not a word of letters (`âœ…`, `â€™`: statuses and quotes are
//! not what such guides quote) is reported as before. A lone damaged letter
//! (no other letter in its word) counts as a word written correctly only
//! when its correct form stands alone on the same line (`ą displays as Ä…`,
//! survey 60b).
//!
//! And, in any document, a damaged letter on a line that names an encoding
//! (not just the word `mojibake`) and calls what it shows a symptom (`garbled`, `mojibake`, `mismatch`,
//! `displays as`: a troubleshooting table's `Garbled characters (ÃƒÂ etc.) |
//! UTF-8/CP1252 encoding mismatch`, survey 78a): the line describes the
//! damage. Damaged statuses and quote signs (`âœ…`, `â€™`) are reported there
//! too.

use std::collections::HashMap;

use super::Repair;

/// Names of encodings, lowercased: a document that names one talks about
/// encodings, and may quote their damage.
const ENCODING_NAMES: &[&str] = &[
    "utf-8",
    "utf8",
    "windows-1252",
    "cp1252",
    "latin-1",
    "latin1",
    "iso-8859",
    "mojibake",
];

/// Clears `repairs` when all of them are quoted examples, else drops the
/// damaged letters of a line that describes the damage as a symptom (see the
/// module documentation).
pub(super) fn drop_quoted_examples(text: &str, repairs: &mut Vec<Repair>) {
    if repairs.is_empty() || !names_an_encoding(text) {
        return;
    }
    let words = damaged_words(text, repairs);
    let quoted = !words.is_empty()
        && words
            .iter()
            .all(|w| w.letters_only && text.contains(w.repaired.as_str()));
    if quoted {
        repairs.clear();
        return;
    }
    repairs.retain(|r| {
        !(r.replacement.chars().all(char::is_alphabetic) && on_symptom_line(text, &r.range))
    });
}

/// Words that say a line shows damage as a symptom (lowercased), beside the
/// encoding it names.
const SYMPTOM_WORDS: &[&str] = &[
    "garbled",
    "mojibake",
    "mismatch",
    "corrupt",
    "displays as",
    "shows as",
    "appears as",
    "renders as",
    "instead of",
];

/// Whether the line holding `range` names an encoding and says it shows the
/// damage as a symptom: a troubleshooting table's `| Garbled characters (ÃƒÂ
/// etc.) | UTF-8/CP1252 encoding mismatch |` (survey 78a,
/// jklock/fallout1-rebirth, 1 finding judged false) quotes the damage to
/// describe it. A damaged letter on a line that names no encoding (the word
/// `mojibake` alone names none: `the body displays Ä… everywhere` is the
/// document's own damage, survey 60b), or names one without such a word
/// (`Saved as UTF-8: MÃ¼nchen`), is reported.
fn on_symptom_line(text: &str, range: &std::ops::Range<usize>) -> bool {
    let start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let line = text[start..end].to_lowercase();
    ENCODING_NAMES
        .iter()
        .any(|n| *n != "mojibake" && line.contains(n))
        && SYMPTOM_WORDS.iter().any(|w| line.contains(w))
}

fn names_an_encoding(text: &str) -> bool {
    let lower = text.to_lowercase();
    ENCODING_NAMES.iter().any(|n| lower.contains(n))
}

/// One damaged word: its repaired form, and whether every repair in it gives
/// back letters (`é`, `ô`) inside a word that has other letters too.
struct DamagedWord {
    repaired: String,
    letters_only: bool,
}

/// The words the repairs fall in: each repair widened to the letters and digits
/// around it, joined with the other repairs of the same word (`DÃ©pÃ´t` holds
/// two).
fn damaged_words(text: &str, repairs: &[Repair]) -> Vec<DamagedWord> {
    let by_start: HashMap<usize, usize> = repairs
        .iter()
        .enumerate()
        .map(|(i, r)| (r.range.start, i))
        .collect();
    let by_end: HashMap<usize, usize> = repairs
        .iter()
        .enumerate()
        .map(|(i, r)| (r.range.end, i))
        .collect();
    let mut words = Vec::new();
    let mut done = vec![false; repairs.len()];
    for i in 0..repairs.len() {
        if done[i] {
            continue;
        }
        // Back to the word's start, over letters and earlier repairs.
        let mut start = repairs[i].range.start;
        loop {
            if let Some(&j) = by_end.get(&start) {
                start = repairs[j].range.start;
                continue;
            }
            match text.get(..start).and_then(|s| s.chars().next_back()) {
                Some(c) if c.is_alphanumeric() => start -= c.len_utf8(),
                _ => break,
            }
        }
        // On to its end, repairing as it goes.
        let mut repaired = String::new();
        let mut letters_only = true;
        let mut plain_letter = false;
        let mut at = start;
        loop {
            if let Some(&j) = by_start.get(&at) {
                let r = &repairs[j];
                done[j] = true;
                letters_only &= r.replacement.chars().all(char::is_alphabetic);
                repaired.push_str(&r.replacement);
                at = r.range.end;
                continue;
            }
            match text.get(at..).and_then(|s| s.chars().next()) {
                Some(c) if c.is_alphanumeric() => {
                    plain_letter |= c.is_alphabetic();
                    repaired.push(c);
                    at += c.len_utf8();
                }
                _ => break,
            }
        }
        // A lone letter (`ą displays as Ä…`) is a quoted example when its
        // correct form stands alone on the same line.
        let lone_quote = !plain_letter
            && repaired.chars().count() == 1
            && written_alone_on_line(text, start..at, &repaired);
        words.push(DamagedWord {
            repaired,
            letters_only: letters_only && (plain_letter || lone_quote),
        });
    }
    words
}

/// Whether `letter` stands alone (no letter or digit on either side) on the
/// line of the damaged text at `damaged`, outside it: a guide to the bug that
/// shows one letter and its damage side by side (`(ą displays as Ä…)`, `é →
/// Ã©`: survey 60b, Aerendal/ishkarim-documentation's evidence note on
/// Windows encodings, 1 finding judged false). A lone damaged letter with no
/// such twin on its line (`Ele Ã© bom`, Portuguese prose damaged) is
/// reported.
fn written_alone_on_line(text: &str, damaged: std::ops::Range<usize>, letter: &str) -> bool {
    let start = text[..damaged.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[damaged.end..]
        .find('\n')
        .map_or(text.len(), |i| damaged.end + i);
    let alone = |at: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + letter.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    text[start..end]
        .match_indices(letter)
        .map(|(i, _)| start + i)
        .any(|at| (at + letter.len() <= damaged.start || at >= damaged.end) && alone(at))
}
