//! Text from documents and file names made safe to print on a terminal.
//!
//! A document (or a file name) may hold control characters: an ESC sequence
//! that clears the screen, retitles the terminal window or hides the text that
//! follows it, a BEL, backspaces or a lone carriage return that overwrite what
//! was printed, bidirectional overrides that show text in another order than it
//! is stored (Trojan Source). Every text output (human snippets, messages,
//! file names, `github` annotations, `fix` diffs, messages on stderr) passes
//! such text through [`control`], which writes each of these characters as a
//! visible escape instead: `\x1b` for C0 controls and DEL, `\u{9b}` for C1
//! controls and bidirectional controls. Tab, newline and a carriage return
//! right before a newline (a CRLF line ending) are kept. JSON and SARIF need
//! no such step: serde escapes every control character there.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal as it is.
fn is_unsafe(c: char, next: Option<char>) -> bool {
    match c {
        '\t' | '\n' => false,
        '\r' => next != Some('\n'),
        // C0, DEL, C1.
        '\0'..='\x1f' | '\x7f'..='\u{9f}' => true,
        // Bidirectional embeddings, overrides and isolates.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// Writes the visible escape of an unsafe character.
fn push_escape(out: &mut String, c: char) {
    let n = u32::from(c);
    if n < 0x80 {
        let _ = write!(out, "\\x{n:02x}");
    } else {
        let _ = write!(out, "\\u{{{n:x}}}");
    }
}

/// `s` with every control character (except tab, newline and the CR of a
/// CRLF) written as a visible escape; borrowed when there is none.
pub fn control(s: &str) -> Cow<'_, str> {
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_unsafe(c, chars.peek().map(|&(_, n)| n)) {
            let mut out = String::with_capacity(s.len() + 8);
            out.push_str(&s[..i]);
            escape_from(&mut out, &s[i..]);
            return Cow::Owned(out);
        }
    }
    Cow::Borrowed(s)
}

/// Appends `s` to `out`, escaped as [`control`] does.
pub fn escape_from(out: &mut String, s: &str) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_unsafe(c, chars.peek().copied()) {
            push_escape(out, c);
        } else {
            out.push(c);
        }
    }
}

/// Appends one character of a text being escaped (`next` is the character
/// after it), returning how many bytes it took in `out`.
pub fn push_char(out: &mut String, c: char, next: Option<char>) -> usize {
    let before = out.len();
    if is_unsafe(c, next) {
        push_escape(out, c);
    } else {
        out.push(c);
    }
    out.len() - before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(
            control("a\tb\r\nc ✅ 日本語 👨\u{200d}👩"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn controls_are_visible() {
        assert_eq!(
            control("a\x1b[2Jb\x07c\x08d\re\x7f\u{9b}f\u{202e}g\r\n"),
            "a\\x1b[2Jb\\x07c\\x08d\\x0de\\x7f\\u{9b}f\\u{202e}g\r\n"
        );
        assert_eq!(control("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
        assert_eq!(control("\0"), "\\x00");
        assert_eq!(control("end\r"), "end\\x0d");
    }
}
