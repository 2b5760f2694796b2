//! `encoding/invalid-utf8`: the file is not UTF-8; reported with the byte offset, file skipped, run goes on.
//!
//! ## One cause, one finding
//! From five files that are not UTF-8 for the same reason — text in one
//! single-byte code page (Windows-1252) with the same offending bytes, such as
//! a generator that writes `—` as byte 0x97 into every title — they are one
//! problem: the first (by path) is reported, counts the others, and its help
//! gives the one command that converts them all and names a few. Files whose
//! causes differ (other bytes, NUL bytes of a binary file, stray bytes in
//! otherwise UTF-8 text) keep a finding each. A UTF-16 file (a byte-order
//! mark, or ASCII text whose every other byte is NUL: PowerShell's
//! `Out-File`) is named so, not as binary, and its help converts it with
//! `iconv -f UTF-16 -t UTF-8` (`UTF-16LE` or `UTF-16BE` without a mark).
//!
//! ## Which code page
//! The help converts from the code page the text reads as: Windows-1251 when
//! its words are Cyrillic (see [`code_page`]), else Windows-1252.
//!
//! ## When it stays silent
//! A file encrypted by git-crypt (`.gitattributes` `filter=git-crypt`) is
//! committed as ciphertext that starts with the header `\0GITCRYPT\0`: it is
//! binary on purpose and reads as Markdown only where the key unlocks it, so
//! there is nothing to convert. Such a file is skipped without a finding; any
//! other binary or non-UTF-8 `.md` file is still reported.
//!
//! ## Why it matters
//! Markdown on GitHub is UTF-8. A file in another encoding (or a binary file named `.md`) cannot be parsed reliably, so it is skipped and reported.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "encoding/invalid-utf8",
    severity: Severity::Error,
    fixable: false,
    lead: 2,
    summary: "the file is not UTF-8; reported with the byte offset, file skipped, run goes on",
    why: "Markdown on GitHub is UTF-8. A file in another encoding (or a binary file named `.md`) cannot be parsed reliably, so it is skipped and reported. \
From five files that are not UTF-8 for the same reason (Windows-1252 text with the same offending bytes, such as a generator that \
writes `—` as byte 0x97 into every title), they are one problem: the first is reported, counts the others, and its help gives the one \
command that converts them all and names a few. Files whose causes differ (other bytes, a binary file, stray bytes in otherwise UTF-8 text) \
keep a finding each. A UTF-16 file (a byte-order mark, or ASCII text whose every other byte is NUL: PowerShell's `Out-File`) \
is named so, not as binary, and its help converts it with `iconv -f UTF-16 -t UTF-8` (`UTF-16LE` or `UTF-16BE` without a mark). \
A file encrypted by git-crypt (committed ciphertext that starts with `\\0GITCRYPT\\0`, from a `filter=git-crypt` attribute) is binary on purpose: \
it is skipped without a finding, since there is nothing to convert. \
The help converts from the code page the text reads as: Windows-1251 when at least half of its words with a byte above 0x7F are such bytes alone, \
three or more (Russian specs saved by a Windows editor: `\\xd1\\xef\\xe5\\xf6` is `Спец`; survey 51b, ndlss-prcrstntn/ndlss-memory, 12 findings \
whose help named Windows-1252, which would have turned every word into `Ñïåö`), else Windows-1252, whose accented letters stand inside ASCII words (`caf\\xe9`).",
    bad: "(a file saved as Windows-1252: `caf\\xe9`)",
    good: "(the same file saved as UTF-8: `café`)",
};

use crate::diagnostic::{Diagnostic, Finding};

/// From this many files with one cause, they are one problem, reported once.
const FOLD_SAME_CAUSE: usize = 5;

/// How many of the folded files the help names.
const NAMED: usize = 3;

/// Why a file is not UTF-8, when it is text in a single-byte code page: files
/// with equal causes are repaired by one command.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cause {
    /// The code page as `iconv` names it.
    pub code_page: &'static str,
    /// The distinct byte sequences that are not UTF-8, sorted.
    pub sequences: Vec<Vec<u8>>,
}

/// Whether a file is git-crypt ciphertext (committed encrypted on purpose, a
/// `filter=git-crypt` attribute): its header is `\0GITCRYPT\0`.
pub fn git_crypt(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\0GITCRYPT\0")
}

/// The finding for a file that is not UTF-8, a lossy text to show it in, and
/// its cause when it is known. The file is otherwise skipped.
pub fn finding(bytes: &[u8]) -> (String, Finding, Option<Cause>) {
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
    if let Some(utf16) = utf16(bytes) {
        let f = Finding::new(
            &RULE,
            offset..end,
            format!(
                "file is UTF-16 ({}), not UTF-8: byte 0x{bad:02X} at offset {offset}; the file was skipped",
                utf16.what
            ),
        )
        .help(format!(
            "save the file as UTF-8 (for example `iconv -f {} -t UTF-8`), or exclude it in checkmark.toml",
            utf16.iconv
        ));
        return (text, f, None);
    }
    let what = if nul > 0 {
        "looks binary (it has NUL bytes) and is not valid UTF-8"
    } else {
        "is not valid UTF-8"
    };
    let page = if nul > 0 {
        &WINDOWS_1252
    } else {
        code_page(bytes)
    };
    let f = Finding::new(&RULE, offset..end, format!("file {what}: byte 0x{bad:02X} at offset {offset}; the file was skipped"))
        .help(format!(
            "save the file as UTF-8 (for example `iconv -f {} -t UTF-8`), or exclude it in checkmark.toml",
            page.iconv
        ));
    let cause = (nul == 0).then(|| cause(bytes)).flatten();
    (text, f, cause)
}

/// How a UTF-16 file is described, and the encoding `iconv` reads it as.
struct Utf16 {
    what: &'static str,
    iconv: &'static str,
}

/// Whether a file is UTF-16 text (PowerShell's `Out-File`, Notepad's
/// "Unicode"): a byte-order mark (`FF FE`, `FE FF`), or, without one, text
/// whose every other byte is NUL (ASCII in UTF-16: `#\0 \0T\0`) that decodes
/// as UTF-16. `iconv -f UTF-16` reads the mark; without one, the byte order
/// is named.
fn utf16(bytes: &[u8]) -> Option<Utf16> {
    let decodes = |body: &[u8], little: bool| {
        let units = body.chunks_exact(2).map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units.take(4096)).all(|c| c.is_ok_and(|c| c != '\0'))
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] if decodes(rest, true) => Some(Utf16 {
            what: "little-endian, with a byte-order mark",
            iconv: "UTF-16",
        }),
        [0xFE, 0xFF, rest @ ..] if decodes(rest, false) => Some(Utf16 {
            what: "big-endian, with a byte-order mark",
            iconv: "UTF-16",
        }),
        _ => {
            let head = &bytes[..bytes.len().min(8192) & !1];
            if head.len() < 8 {
                return None;
            }
            let pairs = head.len() / 2;
            let zero_at = |i: usize| head.chunks_exact(2).filter(|p| p[i] == 0).count();
            let (even, odd) = (zero_at(0), zero_at(1));
            // ASCII text: the high byte of nearly every unit is NUL, the
            // low byte never.
            if odd * 10 >= pairs * 9 && even == 0 && decodes(head, true) {
                Some(Utf16 {
                    what: "little-endian, without a byte-order mark",
                    iconv: "UTF-16LE",
                })
            } else if even * 10 >= pairs * 9 && odd == 0 && decodes(head, false) {
                Some(Utf16 {
                    what: "big-endian, without a byte-order mark",
                    iconv: "UTF-16BE",
                })
            } else {
                None
            }
        }
    }
}

/// A single-byte code page a file that is not UTF-8 may be written in.
pub struct CodePage {
    /// The name `iconv` knows it by.
    pub iconv: &'static str,
    /// The name a message gives it.
    pub name: &'static str,
    /// Bytes it leaves undefined: a file holding one is not in it.
    undefined: &'static [u8],
    encoding: &'static encoding_rs::Encoding,
}

static WINDOWS_1252: CodePage = CodePage {
    iconv: "WINDOWS-1252",
    name: "Windows-1252",
    undefined: &[0x81, 0x8D, 0x8F, 0x90, 0x9D],
    encoding: encoding_rs::WINDOWS_1252,
};

static WINDOWS_1251: CodePage = CodePage {
    iconv: "WINDOWS-1251",
    name: "Windows-1251 (Cyrillic)",
    undefined: &[0x98],
    encoding: encoding_rs::WINDOWS_1251,
};

/// The code page a file that is not UTF-8 reads as. Windows-1251 (Russian,
/// Ukrainian, Bulgarian text saved by a Windows editor) when at least half of
/// its words with a byte above 0x7F are made of such bytes alone, three or
/// more of them (`\xd1\xef\xe5\xf6` is `Спец`): a Cyrillic word has no ASCII
/// letter, while Western text in Windows-1252 has its accented letters inside
/// ASCII words (`caf\xe9`, `Gr\xf6\xdfe`). Otherwise Windows-1252. Converting
/// Cyrillic text from Windows-1252 would turn every word into mojibake
/// (`Ñïåö`): survey 51b, ndlss-prcrstntn/ndlss-memory's Russian specs.
pub fn code_page(bytes: &[u8]) -> &'static CodePage {
    let letter = |b: u8| b.is_ascii_alphabetic() || b >= 0xC0 || b == 0xA8 || b == 0xB8;
    let (mut high, mut cyrillic) = (0usize, 0usize);
    for word in bytes.split(|&b| !letter(b)) {
        if !word.iter().any(|&b| b >= 0x80) {
            continue;
        }
        high += 1;
        if word.len() >= 3 && !word.iter().any(|b| b.is_ascii_alphabetic()) {
            cyrillic += 1;
        }
    }
    if high > 0 && cyrillic * 2 >= high {
        &WINDOWS_1251
    } else {
        &WINDOWS_1252
    }
}

/// The code page `iconv` knows by `iconv`.
fn named(iconv: &str) -> &'static CodePage {
    if iconv == WINDOWS_1251.iconv {
        &WINDOWS_1251
    } else {
        &WINDOWS_1252
    }
}

/// The cause of a file that is not UTF-8, when it reads as text of a
/// single-byte code page ([`code_page`]): no byte that code page leaves
/// undefined, and no valid non-ASCII UTF-8 beside the bad bytes (converting
/// such a file would garble its UTF-8 characters).
fn cause(bytes: &[u8]) -> Option<Cause> {
    let page = code_page(bytes);
    let mut sequences: Vec<Vec<u8>> = Vec::new();
    let mut rest = bytes;
    loop {
        let (good, bad) = match std::str::from_utf8(rest) {
            Ok(s) => (s.as_bytes(), None),
            Err(e) => {
                let bad_len = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                (
                    &rest[..e.valid_up_to()],
                    Some(e.valid_up_to()..e.valid_up_to() + bad_len),
                )
            }
        };
        if !good.is_ascii() {
            return None;
        }
        let Some(bad) = bad else {
            break;
        };
        let seq = &rest[bad.clone()];
        if seq.iter().any(|b| page.undefined.contains(b)) {
            return None;
        }
        if !sequences.iter().any(|s| s == seq) {
            sequences.push(seq.to_vec());
        }
        rest = &rest[bad.end..];
    }
    sequences.sort();
    (!sequences.is_empty()).then_some(Cause {
        code_page: page.iconv,
        sequences,
    })
}

/// One file's `encoding/invalid-utf8` finding, with its path and cause.
pub struct Found<'a> {
    pub path: &'a str,
    pub cause: &'a Cause,
    pub diagnostic: &'a mut Diagnostic,
}

/// Folds the findings of files with one cause (at least
/// [`FOLD_SAME_CAUSE`]) into the first, by path. `unknown` are the paths of
/// the other files found not UTF-8 (causes unknown: binary, mixed).
/// Returns the paths whose finding folded away.
pub fn fold<'a>(mut found: Vec<Found<'a>>, unknown: &[&str]) -> Vec<&'a str> {
    let all: Vec<&str> = found
        .iter()
        .map(|f| f.path)
        .chain(unknown.iter().copied())
        .collect();
    found.sort_by(|a, b| (a.cause, a.path).cmp(&(b.cause, b.path)));
    let mut gone = Vec::new();
    for group in found.chunk_by_mut(|a, b| a.cause == b.cause) {
        if group.len() < FOLD_SAME_CAUSE {
            continue;
        }
        let paths: Vec<&str> = group.iter().map(|f| f.path).collect();
        // Files not UTF-8 for another cause: a command for the group must
        // leave them alone.
        let members: std::collections::HashSet<&str> = paths.iter().copied().collect();
        let others: Vec<&str> = all
            .iter()
            .copied()
            .filter(|p| !members.contains(p))
            .collect();
        let (first, rest) = group.split_at_mut(1);
        let first = &mut first[0];
        let page = named(first.cause.code_page);
        let bytes = first
            .cause
            .sequences
            .iter()
            .take(3)
            .map(|s| {
                let hex: Vec<String> = s.iter().map(|b| format!("0x{b:02X}")).collect();
                let (decoded, _, _) = page.encoding.decode(s);
                format!("{} is `{decoded}`", hex.join(" "))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let more = first.cause.sequences.len().saturating_sub(3);
        let bytes = if more > 0 {
            format!("{bytes} and {more} more")
        } else {
            bytes
        };
        first.diagnostic.message.push_str(&format!(
            "; it and {} more files have the same cause: {} text ({bytes} there)",
            rest.len(),
            page.name
        ));
        first.diagnostic.help = Some(help(first.cause.code_page, &paths, &others));
        gone.extend(rest.iter().map(|f| f.path));
    }
    gone
}

/// The help of a folded finding: the one command that converts every file
/// of the group, and a few of their names.
fn help(code_page: &str, paths: &[&str], others: &[&str]) -> String {
    let named = paths
        .iter()
        .take(NAMED)
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let named = match paths.len().saturating_sub(NAMED) {
        0 => named,
        n => format!("{named} and {n} more"),
    };
    let one = format!("`iconv -f {code_page} -t UTF-8 FILE > FILE.tmp && mv FILE.tmp FILE`");
    // Their common folder and extension: a pathspec that names them all.
    let folder = common_folder(paths);
    let ext = paths[0]
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| !e.contains('/') && paths.iter().all(|p| p.ends_with(&format!(".{e}"))));
    let in_folder = |p: &&str| folder.is_empty() || p.starts_with(&format!("{folder}/"));
    let plain = |s: &str| {
        s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
    };
    match ext {
        Some(ext) if plain(&folder) && plain(ext) && !others.iter().any(in_folder) => {
            let spec = if folder.is_empty() {
                format!("*.{ext}")
            } else {
                format!("{folder}/*.{ext}")
            };
            format!(
                "convert them all to UTF-8 in one go (every tracked `{spec}` file that is not UTF-8): `git ls-files -z -- '{spec}' | while IFS= read -r -d '' f; do iconv -f UTF-8 -t UTF-8 \"$f\" >/dev/null 2>&1 || {{ iconv -f {code_page} -t UTF-8 \"$f\" > \"$f.tmp\" && mv \"$f.tmp\" \"$f\"; }}; done`, then fix what wrote them; the files: {named}"
            )
        }
        _ => format!(
            "convert each to UTF-8 with {one}, then fix what wrote them; the files: {named}"
        ),
    }
}

/// The deepest folder that holds every path ("" for the repository root).
fn common_folder(paths: &[&str]) -> String {
    let dir = |p: &str| p.rsplit_once('/').map_or("", |(d, _)| d).to_string();
    let mut common = paths.first().map(|p| dir(p)).unwrap_or_default();
    for p in paths {
        let under = |c: &str| {
            p.strip_prefix(c)
                .is_some_and(|rest| c.is_empty() || rest.starts_with('/'))
        };
        while !under(&common) {
            common = common.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        }
    }
    common
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn utf16_is_named_with_or_without_its_mark() {
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(le("# Änderungen\r\n\n- v1.1\r\n"));
        assert_eq!(utf16(&marked).unwrap().iconv, "UTF-16");
        let (_, f, cause) = finding(&marked);
        assert!(
            f.message
                .starts_with("file is UTF-16 (little-endian, with a byte-order mark)"),
            "{}",
            f.message
        );
        assert!(
            f.help
                .as_deref()
                .unwrap()
                .contains("iconv -f UTF-16 -t UTF-8")
        );
        assert!(cause.is_none());
        let bare = le("# Changelog\n\n- first\n");
        assert_eq!(utf16(&bare).unwrap().iconv, "UTF-16LE");
        let be: Vec<u8> = "# Changelog\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16(&be).unwrap().iconv, "UTF-16BE");
        // A binary file with NUL bytes is not UTF-16.
        assert!(utf16(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0").is_none());
        assert!(utf16(b"caf\xe9").is_none());
    }

    #[test]
    fn causes() {
        let c = cause(b"# Step 1 \x97 Execution\n\nplain\n").unwrap();
        assert_eq!(c.code_page, "WINDOWS-1252");
        assert_eq!(c.sequences, vec![vec![0x97]]);
        // Two bad bytes, once each: the same cause as any file with those two.
        let c = cause(b"caf\xe9 \x97 x \xe9").unwrap();
        assert_eq!(c.sequences, vec![vec![0x97], vec![0xE9]]);
        // UTF-8 beside the bad byte: converting would garble it.
        assert_eq!(cause(b"caf\xc3\xa9 \x97"), None);
        assert_eq!(cause("café".as_bytes()), None);
        // A byte Windows-1252 does not define.
        assert_eq!(cause(b"a \x81 b"), None);
    }

    #[test]
    fn code_pages() {
        // Russian in Windows-1251: words of high bytes alone.
        let ru = b"# \xd1\xef\xe5\xf6\xe8\xf4\xe8\xea\xe0\xf6\xe8\xff: Full Scan\n";
        assert_eq!(code_page(ru).iconv, "WINDOWS-1251");
        assert_eq!(cause(ru).unwrap().code_page, "WINDOWS-1251");
        // One Russian word in a German page written in Windows-1251.
        assert_eq!(
            code_page(b"Sprachen: \xd0\xf3\xf1\xf1\xea\xe8\xe9 | Deutsch").iconv,
            "WINDOWS-1251"
        );
        // Western text: accented letters inside ASCII words.
        assert_eq!(
            code_page(b"caf\xe9, Gr\xf6\xdfe, \xe9t\xe9, \xe0 la").iconv,
            "WINDOWS-1252"
        );
        assert_eq!(code_page(b"# Step 1 \x97 Execution").iconv, "WINDOWS-1252");
    }

    #[test]
    fn common_folders() {
        assert_eq!(common_folder(&["docs/a.md", "docs/b/c.md"]), "docs");
        assert_eq!(common_folder(&["docs/a.md", "docsx/b.md"]), "");
        assert_eq!(common_folder(&["a/b/c.md", "a/b/d.md"]), "a/b");
        assert_eq!(common_folder(&["a.md"]), "");
    }
}
