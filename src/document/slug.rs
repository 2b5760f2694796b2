//! GitHub heading anchors.
//!
//! GitHub turns a heading's text into an anchor by the rules that
//! [github-slugger](https://github.com/Flet/github-slugger) reproduces:
//!
//! 1. lowercase the text (full Unicode lowercasing: `İ` becomes `i̇`, `ᾈ` becomes `ᾀ`);
//! 2. remove every character that is not kept, where kept means: alphabetic (every
//!    letter, letter-like numbers such as `Ⅻ`, and alphabetic symbols such as `Ⓐ`),
//!    a mark (so U+FE0F VARIATION SELECTOR-16 stays), a decimal digit (`\p{Nd}`), a
//!    connector punctuation (`_`, `‿`), a plain space or a plain `-`;
//! 3. turn each space into `-`, without collapsing runs or trimming.
//!
//! Removed are therefore all other punctuation (`.`, `&`, `’`, `–`, brackets), symbols
//! (emoji, `♥`, `$`), other numbers (`²`, `½`, `①`), control and format characters
//! (including U+200D ZERO WIDTH JOINER), private-use and unassigned code points, and
//! every separator except U+0020 (no-break space, tab and newline vanish).
//!
//! A heading that repeats an earlier anchor gets `-1`, `-2`, … ([`Slugger`]).

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// Kept characters that `char::is_alphabetic` does not cover: marks, decimal digits
/// and connector punctuation.
static MARK_DIGIT_CONNECTOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\A[\p{M}\p{Nd}\p{Pc}]\z").expect("static regex is valid"));

/// Whether GitHub keeps `c` (already lowercased) in an anchor.
fn keeps(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ' ');
    }
    if c.is_alphabetic() {
        return true;
    }
    let mut buf = [0u8; 4];
    MARK_DIGIT_CONNECTOR.is_match(c.encode_utf8(&mut buf))
}

/// The anchor GitHub gives a heading whose text is `text`, without duplicate suffixes.
///
/// `text` is the heading's rendered text (inline markup already removed):
/// `slug("1. Code & Testing ✅")` is `"1-code--testing-"`.
#[must_use]
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let push = |out: &mut String, c: char| {
        if c == ' ' {
            out.push('-');
        } else if keeps(c) {
            out.push(c);
        }
    };
    if text.is_ascii() {
        for c in text.chars() {
            push(&mut out, c.to_ascii_lowercase());
        }
    } else {
        // `str::to_lowercase` (not per-char) so that a final sigma becomes `ς`, as in
        // JavaScript's `toLowerCase`.
        for c in text.to_lowercase().chars() {
            push(&mut out, c);
        }
    }
    out
}

/// Hands out the anchors of one document's headings in order, adding `-1`, `-2`, …
/// to repeats the way GitHub does.
///
/// The first heading with a given slug keeps it; the next gets `-1`, then `-2`, and so
/// on, skipping any suffixed form that is already taken, so a generated `foo-1` never
/// collides with a literal heading `foo-1` (which in turn becomes `foo-1-1` if it
/// comes after the generated one).
#[derive(Debug, Default, Clone)]
pub struct Slugger {
    /// Every anchor handed out so far, with how many times its base slug was repeated.
    occurrences: HashMap<String, u32>,
}

impl Slugger {
    /// A slugger that has seen no heading yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The anchor of the next heading, whose text is `text`.
    pub fn slug(&mut self, text: &str) -> String {
        let base = slug(text);
        let mut result = base.clone();
        while self.occurrences.contains_key(&result) {
            // The loop is entered only when `base` itself is taken, so it is present.
            let count = self.occurrences.entry(base.clone()).or_insert(0);
            *count += 1;
            result = format!("{base}-{count}");
        }
        self.occurrences.insert(result.clone(), 0);
        result
    }

    /// Whether `anchor` has been handed out.
    #[must_use]
    pub fn contains(&self, anchor: &str) -> bool {
        self.occurrences.contains_key(anchor)
    }

    /// Forgets every anchor handed out (start of a new document).
    pub fn reset(&mut self) {
        self.occurrences.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugs(headings: &[&str]) -> Vec<String> {
        let mut s = Slugger::new();
        headings.iter().map(|h| s.slug(h)).collect()
    }

    #[test]
    fn ascii_basics() {
        assert_eq!(slug("Getting Started"), "getting-started");
        assert_eq!(slug("bravoCharlieDelta"), "bravocharliedelta");
        assert_eq!(slug("MiXeD CaSe 42"), "mixed-case-42");
        assert_eq!(slug("Phase 2 (2025-Q3)"), "phase-2-2025-q3");
        assert_eq!(slug("v1.2.3 Release"), "v123-release");
        assert_eq!(
            slug("heading with a period.txt"),
            "heading-with-a-periodtxt"
        );
    }

    #[test]
    fn punctuation_is_removed_and_spaces_are_not_collapsed() {
        assert_eq!(slug("1. Code & Testing ✅"), "1-code--testing-");
        assert_eq!(slug("heading with a - dash"), "heading-with-a---dash");
        assert_eq!(slug("Q&A"), "qa");
        assert_eq!(slug("What's next?"), "whats-next");
        assert_eq!(slug("apostrophe’s “quoted”"), "apostrophes-quoted");
        assert_eq!(slug("en–dash em—dash"), "endash-emdash");
        assert_eq!(
            slug("exchange.bind_headers(exchange, routing [, bindCallback])"),
            "exchangebind_headersexchange-routing--bindcallback"
        );
        assert_eq!(slug(":ok_hand: Single"), "ok_hand-single");
        assert_eq!(slug(" a "), "-a-");
        assert_eq!(slug("a\u{a0}b\tc"), "abc");
    }

    #[test]
    fn underscores_are_kept() {
        assert_eq!(slug("_underscores_"), "_underscores_");
        assert_eq!(slug("__init__.py"), "__init__py");
        assert_eq!(slug("SNAKE_CASE_NAME"), "snake_case_name");
    }

    #[test]
    fn numbers() {
        assert_eq!(slug("2025"), "2025");
        assert_eq!(slug("Step 10: Deploy"), "step-10-deploy");
        // Other_Number (superscripts, fractions, circled digits) is removed ...
        assert_eq!(slug("x² ½ ①"), "x--");
        // ... while letter-like numbers and non-ASCII decimal digits are kept.
        assert_eq!(slug("Ⅻ ٣"), "ⅻ-٣");
    }

    #[test]
    fn emoji() {
        assert_eq!(slug("✅ Done"), "-done");
        assert_eq!(slug("😄 unicode emoji"), "-unicode-emoji");
        assert_eq!(slug("😄-😄 unicode emoji"), "--unicode-emoji");
        assert_eq!(slug("🚀"), "");
        assert_eq!(slug("Status 🟢 Ready"), "status--ready");
        // ZWJ sequences: the joiner (a format character) goes with the emoji.
        assert_eq!(slug("👩\u{200d}💻 Dev"), "-dev");
    }

    #[test]
    fn variation_selector_is_kept() {
        // U+26A0 WARNING SIGN is a symbol and goes; U+FE0F is a mark and stays.
        assert_eq!(slug("⚠️ Risks"), "\u{fe0f}-risks");
        assert_eq!(slug("⚠️ Risks").as_bytes(), b"\xef\xb8\x8f-risks");
        assert_eq!(slug("⚠ Risks"), "-risks");
        assert_eq!(slug("✔️ Checks ✔️"), "\u{fe0f}-checks-\u{fe0f}");
        // Keycap sequences keep the digit, the selector and the combining keycap.
        assert_eq!(slug("1️⃣ First"), "1\u{fe0f}\u{20e3}-first");
    }

    #[test]
    fn alphabetic_symbols_are_kept() {
        // Circled and squared letters are symbols but also Alphabetic.
        assert_eq!(slug("Ⓐ 🅰"), "ⓐ-🅰");
    }

    #[test]
    fn non_latin_scripts() {
        assert_eq!(slug("Привет мир"), "привет-мир");
        assert_eq!(slug("Профили пользователей"), "профили-пользователей");
        assert_eq!(slug("日本語 見出し"), "日本語-見出し");
        assert_eq!(slug("Привет non-latin 你好"), "привет-non-latin-你好");
        assert_eq!(slug("「引用」と【注】"), "引用と注");
        assert_eq!(slug("Café Größe"), "café-größe");
        // Final sigma, as JavaScript lowercases it.
        assert_eq!(slug("ΟΔΟΣ"), "οδο\u{3c2}");
        assert_eq!(slug("İstanbul"), "i\u{307}stanbul");
        // Combining marks are kept in decomposed text.
        assert_eq!(slug("Cafe\u{301}"), "cafe\u{301}");
    }

    #[test]
    fn empty_heading() {
        assert_eq!(slug(""), "");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slugs(&["", "", "✅"]), ["", "-1", "-2"]);
    }

    #[test]
    fn duplicates_get_suffixes() {
        assert_eq!(
            slugs(&["Notes", "notes", "NOTES", "Notes!"]),
            ["notes", "notes-1", "notes-2", "notes-3"]
        );
        assert_eq!(
            slugs(&["echo", "echo", "echo 1", "echo-1", "echo"]),
            ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"]
        );
    }

    #[test]
    fn generated_suffix_skips_literal_heading() {
        assert_eq!(
            slugs(&["foo-1", "foo", "foo", "foo"]),
            ["foo-1", "foo", "foo-2", "foo-3"]
        );
        assert_eq!(slugs(&["foo", "foo", "foo-1"]), ["foo", "foo-1", "foo-1-1"]);
        assert_eq!(slugs(&[" a ", "-a-"]), ["-a-", "-a--1"]);
    }

    #[test]
    fn reset_and_contains() {
        let mut s = Slugger::new();
        assert_eq!(s.slug("Setup"), "setup");
        assert!(s.contains("setup"));
        assert!(!s.contains("setup-1"));
        s.reset();
        assert!(!s.contains("setup"));
        assert_eq!(s.slug("Setup"), "setup");
    }
}
