//! Edits that change a claim: a done marker on a heading or a status line
//! turned into in progress (`task/section-claims-done`), or an in-progress
//! marker turned into done (`fix`'s section markers).
//!
//! A status word standing next to the marker says what the marker says, so it
//! is replaced with it: `### Backend ✅ READY` becomes `### Backend 🔄 IN
//! PROGRESS`, never `🔄 READY`; `**Status:** ✅ Complete` becomes `🔄 In
//! progress`. When that word is part of a longer phrase (`✅ Ready for Beta`,
//! `### Get Ready ✅`) no rewrite can stay consistent, and no edit is made: the
//! finding stays for a person to settle. Every edit made here is
//! [`Safety::Unsafe`]: it changes what the document claims.

use std::ops::Range;

use crate::diagnostic::{Edit, Safety};
use crate::vocabulary::{Class, Vocabulary, leading_emoji};

/// What a claim of class `from` becomes.
pub struct Claim<'a> {
    pub vocab: &'a Vocabulary,
    /// The class being replaced.
    pub from: Class,
    /// What replaces a status emoji of class `from` (`🔄`, `✅`).
    pub emoji: &'a str,
    /// What replaces a status word of class `from` (`In progress`, `Done`),
    /// written in the case style of the word it replaces.
    pub word: &'a str,
}

/// Markup around a word that is not part of it.
const MARKUP: &[char] = &['*', '_', '~'];
/// Words after which a status word belongs to a phrase (`Definition of Done`,
/// `mark as DONE`), not to the marker.
const CONNECTIVES: &[&str] = &[
    "of",
    "as",
    "is",
    "are",
    "be",
    "been",
    "when",
    "until",
    "once",
    "before",
    "after",
    "to",
    "for",
    "if",
    "marked",
    "considered",
];
/// Trailing punctuation that is not part of a word.
const TRAILING: &[char] = &['*', '_', '~', '.', ',', ';', ':', '!', ')'];

impl Claim<'_> {
    /// The edit that replaces `marker` (inside `region`, a heading's content or
    /// a status line's value) with `replacement`, together with the status
    /// words of class `from` beside it. `marker_is_word`: the marker is itself a
    /// status word (a status line's leading `Complete`), which must then not be
    /// part of a longer phrase either; a heading's `DONE` marker is a marker.
    pub fn edit(
        &self,
        text: &str,
        region: Range<usize>,
        marker: Range<usize>,
        replacement: &str,
        marker_is_word: bool,
    ) -> Option<Edit> {
        let mut pieces: Vec<(Range<usize>, String)> = vec![(marker.clone(), replacement.into())];
        // Rightwards.
        let mut pos = marker.end;
        let mut word = marker_is_word;
        for _ in 0..3 {
            let s = skip_space(text, pos, region.end);
            let Some((r, repl, is_word)) = self.value_after(text, s, region.end) else {
                break;
            };
            word |= is_word;
            pos = r.end;
            pieces.push((r, repl));
        }
        if word && next_is_alnum(text, pos, region.end) {
            return None;
        }
        // Leftwards.
        let mut pos = marker.start;
        let mut word = marker_is_word;
        for _ in 0..3 {
            let e = skip_space_back(text, region.start, pos);
            let Some((r, repl, is_word)) = self.value_before(text, region.start, e) else {
                break;
            };
            word |= is_word;
            pos = r.start;
            pieces.push((r, repl));
        }
        if word && prev_is_alnum(text, region.start, pos) {
            return None;
        }
        pieces.sort_by_key(|(r, _)| r.start);
        if self.contradicted(text, &region, &pieces) {
            return None;
        }
        let start = pieces[0].0.start;
        let end = pieces[pieces.len() - 1].0.end;
        let mut out = String::new();
        let mut at = start;
        for (r, repl) in &pieces {
            out.push_str(text.get(at..r.start)?);
            out.push_str(repl);
            at = r.end;
        }
        Some(Edit::new(start..end, out, Safety::Unsafe))
    }

    /// Whether words left in `region` outside the replaced `pieces` would
    /// contradict the new claim: another status value of class `from`
    /// (`### 🔄 Sprint 4 - **IN PROGRESS**`, `## ✅ Definition of Done`), a
    /// percentage (`### Testing 🟡 70%`), or a status word that ends a phrase
    /// (`DEFINITION OF DONE`).
    fn contradicted(
        &self,
        text: &str,
        region: &Range<usize>,
        pieces: &[(Range<usize>, String)],
    ) -> bool {
        let inside = |p: usize| pieces.iter().any(|(r, _)| r.start <= p && p < r.end);
        let mut pos = region.start;
        let mut prev_word: Option<&str> = None;
        while pos < region.end {
            let s = skip_space(text, pos, region.end);
            if s >= region.end {
                break;
            }
            let rest = &text[s..region.end];
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let token = &rest[..len];
            if let Some((r, _)) = pieces.iter().find(|(r, _)| r.start <= s && s < r.end) {
                // A status word replaced after a connective (`DEFINITION OF DONE`) is part of a phrase.
                let is_word = text[r.clone()].starts_with(char::is_alphabetic);
                if is_word
                    && prev_word.is_some_and(|w| CONNECTIVES.contains(&w.to_lowercase().as_str()))
                {
                    return true;
                }
            } else {
                if self
                    .value_after(text, s, region.end)
                    .is_some_and(|(r, _, _)| !inside(r.start))
                {
                    return true;
                }
                let digits = token.trim_end_matches(TRAILING);
                if let Some(n) = digits.strip_suffix('%')
                    && !n.is_empty()
                    && n.chars().all(|c| c.is_ascii_digit() || c == '.')
                {
                    return true;
                }
            }
            prev_word = Some(token);
            // Past the token, or past one character (a non-ASCII space) when it is empty.
            pos = s + if len > 0 {
                len
            } else {
                rest.chars().next().map_or(1, char::len_utf8)
            };
        }
        false
    }

    /// The edit for a status value whose leading emoji or word (at `start`) is
    /// the claim, as [`Claim::edit`]; None when it does not start with one.
    pub fn edit_leading(&self, text: &str, region: Range<usize>, start: usize) -> Option<Edit> {
        let (r, repl, is_word) = self.value_after(text, start, region.end)?;
        self.edit(text, region, r, &repl, is_word)
    }

    /// Whether `core` is a status emoji or word of class `from`, and what replaces it.
    fn replacement(&self, core: &str) -> Option<(String, bool)> {
        if core.is_empty() {
            return None;
        }
        if leading_emoji(core) == Some(self.from)
            && core
                .chars()
                .all(|c| !c.is_alphanumeric() && !c.is_whitespace())
        {
            return Some((self.emoji.to_string(), false));
        }
        if core.starts_with(char::is_alphabetic)
            && is_status_word(core)
            && self.vocab.exact(core) == Some(self.from)
        {
            return Some((styled(self.word, core), true));
        }
        None
    }

    /// The status value (one to three words) starting at `s`.
    fn value_after(
        &self,
        text: &str,
        s: usize,
        end: usize,
    ) -> Option<(Range<usize>, String, bool)> {
        let ends = token_ends(text, s, end);
        for &e in ends.iter().rev() {
            let raw = &text[s..e];
            let lead = raw.len() - raw.trim_start_matches(MARKUP).len();
            let core = raw[lead..].trim_end_matches(TRAILING);
            let r = s + lead..s + lead + core.len();
            if let Some((repl, is_word)) = self.replacement(core) {
                return Some((r, repl, is_word));
            }
        }
        None
    }

    /// The status value (one to three words) ending at `e`.
    fn value_before(
        &self,
        text: &str,
        start: usize,
        e: usize,
    ) -> Option<(Range<usize>, String, bool)> {
        let starts = token_starts(text, start, e);
        for &s in starts.iter().rev() {
            let raw = &text[s..e];
            let trimmed = raw.trim_end_matches(TRAILING);
            let core = trimmed.trim_start_matches(MARKUP);
            let lead = trimmed.len() - core.len();
            let r = s + lead..s + lead + core.len();
            if let Some((repl, is_word)) = self.replacement(core) {
                return Some((r, repl, is_word));
            }
        }
        None
    }
}

/// `word` in the case style of `like`: `READY` → `IN PROGRESS`, `READY_FOR_GO_LIVE` → `IN_PROGRESS`.
/// Words that, beside a marker, say a status and nothing else. The wider
/// vocabulary also knows words that name sections (`Testing`, `Review`,
/// `Deployed`): beside a marker in a heading they are its title, never rewritten.
fn is_status_word(word: &str) -> bool {
    const STATUS_WORDS: &[&str] = &[
        "done",
        "complete",
        "completed",
        "ready",
        "finished",
        "shipped",
        "passed",
        "in progress",
        "inprogress",
        "ongoing",
        "pending",
        "wip",
        "started",
        "blocked",
        "not started",
        "todo",
        "to do",
        "ready for go live",
        "approved",
    ];
    let key: String = word
        .chars()
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    STATUS_WORDS.contains(&key.trim())
}

fn styled(word: &str, like: &str) -> String {
    let upper = like.chars().any(char::is_alphabetic) && !like.chars().any(char::is_lowercase);
    if !upper {
        return word.to_string();
    }
    let w = word.to_uppercase();
    if like.contains('_') {
        w.replace(' ', "_")
    } else {
        w
    }
}

fn skip_space(text: &str, pos: usize, end: usize) -> usize {
    let rest = &text[pos..end];
    end - rest.trim_start().len()
}

fn skip_space_back(text: &str, start: usize, pos: usize) -> usize {
    start + text[start..pos].trim_end().len()
}

/// The ends of the first one to three whitespace-separated tokens from `s`.
fn token_ends(text: &str, s: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = s;
    while out.len() < 3 && pos < end {
        let rest = &text[pos..end];
        let len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        if len == 0 {
            break;
        }
        out.push(pos + len);
        // One space between the words of a value.
        let after = pos + len;
        if !text[after..end].starts_with(' ') || text[after..end].starts_with("  ") {
            break;
        }
        pos = after + 1;
    }
    out
}

/// The starts of the last one to three whitespace-separated tokens before `e`.
fn token_starts(text: &str, start: usize, e: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = e;
    while out.len() < 3 && pos > start {
        let before = &text[start..pos];
        let s = before
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(start, |(i, c)| start + i + c.len_utf8());
        if s == pos {
            break;
        }
        out.push(s);
        if s == start || !text[start..s].ends_with(' ') || text[start..s].ends_with("  ") {
            break;
        }
        pos = s - 1;
    }
    out
}

fn next_is_alnum(text: &str, pos: usize, end: usize) -> bool {
    text[pos..end]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

fn prev_is_alnum(text: &str, start: usize, pos: usize) -> bool {
    text[start..pos]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn to_in_progress(text: &str, marker: &str, repl: &str) -> Option<String> {
        let vocab = Vocabulary::new(&Config::default_config(), &[]);
        let claim = Claim {
            vocab: &vocab,
            from: Class::Done,
            emoji: "🔄",
            word: "In progress",
        };
        let m = text.find(marker)?;
        let e = claim.edit(text, 0..text.len(), m..m + marker.len(), repl, false)?;
        let mut out = text.to_string();
        out.replace_range(e.range, &e.replacement);
        Some(out)
    }

    #[test]
    fn words_beside_the_marker_are_replaced_with_it() {
        let t = |s: &str| to_in_progress(s, "✅", "🔄");
        assert_eq!(
            t("Backend ✅ READY").as_deref(),
            Some("Backend 🔄 IN PROGRESS")
        );
        assert_eq!(
            t("Backend ✅ Complete (3 services)").as_deref(),
            Some("Backend 🔄 In progress (3 services)")
        );
        assert_eq!(
            t("Phase 1: Complete ✅").as_deref(),
            Some("Phase 1: In progress 🔄")
        );
        assert_eq!(
            t("1. Code & Testing ✅").as_deref(),
            Some("1. Code & Testing 🔄")
        );
        assert_eq!(
            t("✅ Initial run captured").as_deref(),
            Some("🔄 Initial run captured")
        );
        assert_eq!(
            t("Gate ✅ **DONE**").as_deref(),
            Some("Gate 🔄 **IN PROGRESS**")
        );
        assert_eq!(
            t("Gate ✅ READY_FOR_GO_LIVE").as_deref(),
            Some("Gate 🔄 IN_PROGRESS")
        );
    }

    #[test]
    fn a_status_word_inside_a_phrase_blocks_the_edit() {
        let t = |s: &str| to_in_progress(s, "✅", "🔄");
        assert_eq!(t("✅ Ready for Beta"), None);
        assert_eq!(t("Backend READY ✅"), None);
        assert_eq!(t("Get Ready ✅"), None);
        assert_eq!(t("✅ CSRF COMPLETE, cookies deferred"), None);
        assert_eq!(t("✅ Definition of Done (Sprint Level)"), None);
        assert_eq!(t("Testing ✅ 70%"), None);
        assert_eq!(
            to_in_progress("✅ DEFINITION OF DONE", "DONE", "IN PROGRESS"),
            None
        );
        // The true twins.
        assert_eq!(
            to_in_progress("Infra DONE", "DONE", "IN PROGRESS").as_deref(),
            Some("Infra IN PROGRESS")
        );
        assert_eq!(
            t("Technisch ✅ (8/9)").as_deref(),
            Some("Technisch 🔄 (8/9)")
        );
    }

    #[test]
    fn non_ascii_spaces_do_not_split_a_character() {
        let t = |s: &str| to_in_progress(s, "✅", "🔄");
        assert_eq!(t("Stage\u{202f}E ✅").as_deref(), Some("Stage\u{202f}E 🔄"));
        assert_eq!(t("✅\u{a0}READY").as_deref(), Some("🔄\u{a0}IN PROGRESS"));
        assert_eq!(
            t("Done\u{a0}✅ x\u{3000}y").as_deref(),
            Some("In progress\u{a0}🔄 x\u{3000}y")
        );
    }

    proptest::proptest! {
        /// Any text around a marker: no panic, and an edit covers the marker.
        #[test]
        fn never_panics(parts in proptest::collection::vec(proptest::sample::select(vec![
            "✅", "🔄", " ", "\u{a0}", "\u{202f}", "\u{3000}", "READY", "Done", "of", "DONE",
            "for", "70%", "(3/4)", "**", "IN PROGRESS", "x", "é", ":", "-",
        ]), 0..12)) {
            let text: String = parts.concat();
            let vocab = Vocabulary::new(&Config::default_config(), &[]);
            for from in [Class::Done, Class::InProgress] {
                let claim = Claim { vocab: &vocab, from, emoji: "🔄", word: "In progress" };
                for (i, m) in text.match_indices("✅") {
                    if let Some(e) = claim.edit(&text, 0..text.len(), i..i + m.len(), "🔄", false) {
                        proptest::prop_assert!(e.range.start <= i && i + m.len() <= e.range.end);
                    }
                    let _ = claim.edit_leading(&text, 0..text.len(), i);
                }
            }
        }
    }

    #[test]
    fn an_in_progress_word_elsewhere_blocks_the_done_marker() {
        let vocab = Vocabulary::new(&Config::default_config(), &[]);
        let claim = Claim {
            vocab: &vocab,
            from: Class::InProgress,
            emoji: "✅",
            word: "Done",
        };
        let text = "🔄 Sprint 4: Frontend - **IN PROGRESS**";
        assert_eq!(claim.edit(text, 0..text.len(), 0..4, "✅", false), None);
        let text = "🔄 Sprint 4 (Remediation)";
        let e = claim.edit(text, 0..text.len(), 0..4, "✅", false).unwrap();
        assert_eq!((e.range, e.replacement.as_str()), (0..4, "✅"));
    }
}
