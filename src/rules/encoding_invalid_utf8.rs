//! `encoding/invalid-utf8`: the file is not UTF-8; reported with the byte offset, file skipped, run goes on.
//!
//! ## Why it matters
//! Markdown on GitHub is UTF-8. A file in another encoding (or a binary file named `.md`) cannot be parsed reliably, so it is skipped and reported.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "encoding/invalid-utf8",
    severity: Severity::Error,
    fixable: false,
    summary: "the file is not UTF-8; reported with the byte offset, file skipped, run goes on",
    why: "Markdown on GitHub is UTF-8. A file in another encoding (or a binary file named `.md`) cannot be parsed reliably, so it is skipped and reported.",
    bad: "(a file saved as Windows-1252: `caf\\xe9`)",
    good: "(the same file saved as UTF-8: `café`)",
};

use crate::diagnostic::Finding;

/// The finding for a file that is not UTF-8, and a lossy text to show it in.
/// The file is otherwise skipped.
pub fn finding(bytes: &[u8]) -> (String, Finding) {
    let offset = match std::str::from_utf8(bytes) {
        Ok(_) => 0,
        Err(e) => e.valid_up_to(),
    };
    let nul = bytes.iter().take(8192).filter(|&&b| b == 0).count();
    let text = String::from_utf8_lossy(bytes).into_owned();
    // The prefix before the first bad byte is identical in the lossy text.
    let end = text[offset..]
        .chars()
        .next()
        .map(|c| offset + c.len_utf8())
        .unwrap_or(offset);
    let bad = bytes.get(offset).copied().unwrap_or(0);
    let what = if nul > 0 {
        "looks binary (it has NUL bytes) and is not valid UTF-8"
    } else {
        "is not valid UTF-8"
    };
    let f = Finding::new(&RULE, offset..end, format!("file {what}: byte 0x{bad:02X} at offset {offset}; the file was skipped"))
        .help("save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`), or exclude it in checkmark.toml");
    (text, f)
}
