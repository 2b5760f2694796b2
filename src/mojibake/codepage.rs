//! The code pages: which byte a character stands for when UTF-8 was decoded as
//! Windows-1252 (with the WHATWG reading of its five undefined bytes as the C1
//! controls of Latin-1) or Windows-1254.
//!
//! The mapping is derived once from `encoding_rs`'s decoders instead of a
//! hand-written table: a byte-indexed lookup over the characters above U+00FF.
//! Measured against the hand-written `match` it replaced with
//! `bench/codepage` (`cargo run --release --manifest-path bench/codepage/Cargo.toml`),
//! the lookup is faster (2.0–3.1 ns against 3.6–5.1 ns per non-ASCII character of the
//! seeds on a loaded 2-core machine), so it is kept; see `bench/codepage/README.md`.

use std::sync::OnceLock;

use encoding_rs::{WINDOWS_1252, WINDOWS_1254};

/// The lowest character above Latin-1 that a code page maps a byte to (`Ğ`, U+011E)
/// is above this; characters below it are their own byte.
const BASE: u32 = 0x100;

/// One past the highest character a code page maps a byte to (`™`, U+2122).
const END: u32 = 0x2123;

/// The byte a character stands for under Windows-1252, Latin-1 (C1 controls) or the
/// letters where Windows-1254 differs from Windows-1252 (`Ğ İ Ş ğ`; `ı` and `ş`
/// stand for 0xFD and 0xFE, which are never part of UTF-8, so they are left out).
pub(super) fn char_to_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < BASE {
        return Some(u as u8);
    }
    let b = *high().get((u - BASE) as usize)?;
    (b != 0).then_some(b)
}

/// For each character from [`BASE`] to [`END`], the byte it stands for (0: none).
fn high() -> &'static [u8] {
    static TABLE: OnceLock<Box<[u8]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![0u8; (END - BASE) as usize];
        // Windows-1252 last: it is the more common reading where both define a byte.
        for encoding in [WINDOWS_1254, WINDOWS_1252] {
            // Only bytes that occur in UTF-8 beyond ASCII (0x80..=0xF4) matter.
            for b in 0x80..=0xF4u8 {
                let byte = [b];
                let (text, _) = encoding.decode_without_bom_handling(&byte);
                let Some(c) = text.chars().next() else {
                    continue;
                };
                let u = c as u32;
                if (BASE..END).contains(&u) {
                    table[(u - BASE) as usize] = b;
                }
            }
        }
        table.into_boxed_slice()
    })
}

#[cfg(test)]
mod tests {
    use super::char_to_byte;

    #[test]
    fn code_page_bytes() {
        // Latin-1, the C1 controls (WHATWG's undefined Windows-1252 bytes) included.
        assert_eq!(char_to_byte('a'), Some(b'a'));
        assert_eq!(char_to_byte('é'), Some(0xE9));
        assert_eq!(char_to_byte('\u{81}'), Some(0x81));
        assert_eq!(char_to_byte('\u{9D}'), Some(0x9D));
        // Windows-1252 above U+00FF.
        assert_eq!(char_to_byte('€'), Some(0x80));
        assert_eq!(char_to_byte('’'), Some(0x92));
        assert_eq!(char_to_byte('ž'), Some(0x9E));
        assert_eq!(char_to_byte('Ÿ'), Some(0x9F));
        assert_eq!(char_to_byte('™'), Some(0x99));
        // Windows-1254 letters; `ı` and `ş` (0xFD, 0xFE) are never UTF-8 bytes.
        assert_eq!(char_to_byte('Ğ'), Some(0xD0));
        assert_eq!(char_to_byte('İ'), Some(0xDD));
        assert_eq!(char_to_byte('Ş'), Some(0xDE));
        assert_eq!(char_to_byte('ğ'), Some(0xF0));
        assert_eq!(char_to_byte('ı'), None);
        assert_eq!(char_to_byte('ş'), None);
        // Neither code page.
        assert_eq!(char_to_byte('🔄'), None);
        assert_eq!(char_to_byte('\u{2123}'), None);
        assert_eq!(char_to_byte('Ā'), None);
    }

    #[test]
    fn exactly_thirty_one_characters_above_latin1() {
        let mapped = (0x100..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| char_to_byte(c).is_some())
            .count();
        assert_eq!(mapped, 31);
    }
}
