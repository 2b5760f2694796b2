//! Times `char_to_byte` of `src/mojibake/codepage.rs` (the `encoding_rs`-derived
//! lookup) against the hand-written `match` it replaced, over the characters of
//! the given files (default: the mojibake-damaged seed documents), and checks that
//! both agree on every character.
//!
//! cargo run --release --manifest-path bench/codepage/Cargo.toml -- [FILE...]

use std::hint::black_box;
use std::time::Instant;

#[path = "../../../src/mojibake/codepage.rs"]
#[allow(dead_code)]
mod codepage;

/// The byte a character stands for under Windows-1252, Latin-1 (C1 controls) or the
/// letters where Windows-1254 differs from Windows-1252.
fn char_to_byte_match(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        'Ğ' => 0xD0,
        'İ' => 0xDD,
        'Ş' => 0xDE,
        'ğ' => 0xF0,
        _ => return None,
    })
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        args = vec![
            "tests/data/seeds/001_28e484f4a085a9b6.txt".into(),
            "tests/data/seeds/004_2e61027645f65f1b.txt".into(),
        ];
    }
    let mut chars: Vec<char> = Vec::new();
    for a in &args {
        match std::fs::read_to_string(a) {
            Ok(t) => chars.extend(t.chars().filter(|c| !c.is_ascii())),
            Err(e) => {
                eprintln!("cannot read {a}: {e}");
                std::process::exit(2);
            }
        }
    }
    for u in 0..=0x10FFFFu32 {
        if let Some(c) = char::from_u32(u) {
            assert_eq!(codepage::char_to_byte(c), char_to_byte_match(c), "{c:?}");
        }
    }
    let rounds = (20_000_000 / chars.len().max(1)).max(1);
    println!("{} non-ASCII characters x {rounds} rounds", chars.len());
    for _ in 0..2 {
        time("encoding_rs table", &chars, rounds, codepage::char_to_byte);
        time("hand-written match", &chars, rounds, char_to_byte_match);
    }
}

/// Nanoseconds per character of `f` (inlined, as in the scan's loop).
fn time(name: &str, chars: &[char], rounds: usize, f: impl Fn(char) -> Option<u8>) {
    let t = Instant::now();
    let mut sum = 0u64;
    for _ in 0..rounds {
        for &c in chars {
            sum += u64::from(f(black_box(c)).unwrap_or(0));
        }
    }
    black_box(sum);
    let ns = t.elapsed().as_nanos() as f64 / (rounds * chars.len()) as f64;
    println!("{name:>20}: {ns:.2} ns/char");
}
