//! Hostile and unusual input: binary files named `.md`, invalid UTF-8, a 10 MB
//! line, 100,000 levels of nesting, paths with spaces and non-ASCII letters.
//!
//! Each test: the binary finishes within the deadline of `common::run_in` (it is
//! killed and the test fails after 60 s), exits 0 or 1 (never a crash or a signal,
//! which `run_in` also checks), reports the exact findings, and still checks the
//! other files of the repository (`docs/good.md`, whose one finding is asserted).

mod common;

use common::{Repo, assert_findings, t};

/// A well-formed checklist with exactly one finding, next to the bad input.
const GOOD: &str = "# Good\n\nCites 【F:logs/gone.txt†L1】.\n";

fn good_finding() -> common::Tuple {
    t(
        "citation/missing-path",
        "docs/good.md",
        3,
        7,
        "logs/gone.txt",
    )
}

/// The first bytes of a PNG file: signature, IHDR chunk, NUL bytes.
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, b'I', b'H', b'D', b'R',
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8,
    0x66,
];

#[test]
fn binary_file_named_md_is_invalid_utf8_and_the_rest_is_checked() {
    let repo = Repo::new();
    repo.write("docs/diagram.md", PNG)
        .write("docs/good.md", GOOD)
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            t("encoding/invalid-utf8", "docs/diagram.md", 1, 1, ""),
            good_finding(),
        ],
        1,
    );
    assert_eq!(run.files_checked(), 2);
    let d = &run.diagnostics_of(&["encoding/invalid-utf8"])[0];
    assert_eq!(d["severity"], "error");
    let msg = d["message"].as_str().unwrap_or("");
    assert!(
        msg.contains("offset 0"),
        "message gives the byte offset: {msg}"
    );
}

#[test]
fn invalid_utf8_in_the_middle_is_reported_on_its_line_and_the_file_skipped() {
    let repo = Repo::new();
    let mut bytes = b"# Notes\n\nFine line 1 \xE2\x9C\x85.\n".to_vec();
    // Line 4: Windows-1252 `caf\xe9`, after three characters of the line.
    bytes.extend_from_slice(b"caf\xE9 au lait\n");
    // A broken citation after the bad byte is not reported: the file is skipped.
    bytes.extend_from_slice("【F:logs/never-read.txt】\n".as_bytes());
    repo.write("docs/notes.md", &bytes)
        .write("docs/good.md", GOOD)
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            good_finding(),
            t("encoding/invalid-utf8", "docs/notes.md", 4, 4, ""),
        ],
        1,
    );
    let msg = run.diagnostics_of(&["encoding/invalid-utf8"])[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    // "# Notes\n\n" is 9 bytes, "Fine line 1 ✅.\n" 17, "caf" 3.
    assert!(msg.contains("offset 29"), "byte offset of 0xE9: {msg}");
}

#[test]
fn a_10_mb_single_line() {
    let repo = Repo::new();
    let mut line = "x".repeat(10_000_000);
    line.push_str(" 【F:logs/far.txt】 [far](far.md)\n");
    repo.write("docs/long.md", &line)
        .write("docs/good.md", GOOD)
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            good_finding(),
            t(
                "citation/missing-path",
                "docs/long.md",
                1,
                10_000_002,
                "logs/far.txt",
            ),
            t(
                "link/missing-path",
                "docs/long.md",
                1,
                10_000_019,
                "docs/far.md",
            ),
        ],
        1,
    );
}

/// 100,000 broken citations, one every 100 bytes: the same text runs in seconds
/// when it is split into lines, but on one 10 MB line every finding's column is
/// counted from the start of the line, which makes the run quadratic.
#[test]
// was-bug
fn a_10_mb_single_line_with_100000_findings() {
    let cite = "【F:gone.txt】";
    let pad = "x".repeat(100 - cite.len());
    let unit = format!("{cite}{pad}");
    let unit_chars = unit.chars().count() as u64;
    let repo = Repo::new();
    repo.write("docs/long.md", format!("{}\n", unit.repeat(100_000)))
        .write("docs/good.md", GOOD)
        .commit_all();
    let run = repo.check(&["docs/long.md"]);
    assert_eq!(run.code, 1);
    let f = run.findings();
    assert_eq!(f.len(), 100_000);
    for (i, x) in f.iter().enumerate() {
        assert_eq!(
            x,
            &t(
                "citation/missing-path",
                "docs/long.md",
                1,
                1 + i as u64 * unit_chars,
                "gone.txt"
            )
        );
    }
}

#[test]
fn the_same_100000_findings_on_separate_lines_are_fast() {
    // The control for the test above: 100,000 findings, one per line.
    let repo = Repo::new();
    let cite = "【F:gone.txt】";
    let pad = "x".repeat(99 - cite.len());
    repo.write("docs/many.md", format!("{cite}{pad}\n").repeat(100_000))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.code, 1);
    let f = run.findings();
    assert_eq!(f.len(), 100_000);
    assert_eq!(
        f[0],
        t("citation/missing-path", "docs/many.md", 1, 1, "gone.txt")
    );
    assert_eq!(
        f[99_999],
        t(
            "citation/missing-path",
            "docs/many.md",
            100_000,
            1,
            "gone.txt"
        )
    );
}

#[test]
fn one_hundred_thousand_nested_list_items() {
    // `- - - … item`: each `- ` opens a list nested in the previous item.
    let mut nested = "- ".repeat(100_000);
    nested.push_str("deepest 【F:logs/deep.txt】\n");
    // Indentation nesting, 2 more spaces each line (2,000 levels: 4 MB; 100,000
    // levels this way would be a 10 GB file).
    let mut indented: String = (0..2_000)
        .map(|i| format!("{}- item {i}\n", "  ".repeat(i)))
        .collect();
    indented.push_str("\nAfter the list 【F:logs/after.txt】\n");
    let repo = Repo::new();
    repo.write("docs/nested.md", &nested)
        .write("docs/indented.md", &indented)
        .write("docs/good.md", GOOD)
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            good_finding(),
            t(
                "citation/missing-path",
                "docs/indented.md",
                2_002,
                16,
                "logs/after.txt",
            ),
            t(
                "citation/missing-path",
                "docs/nested.md",
                1,
                200_009,
                "logs/deep.txt",
            ),
        ],
        1,
    );
}

#[test]
fn one_hundred_thousand_nested_block_quotes() {
    let mut quotes = ">".repeat(100_000);
    quotes.push_str(" quoted 【F:logs/quoted.txt】 [q](quoted.md)\n");
    let mut quote_lists = "> - ".repeat(50_000);
    quote_lists.push_str("mixed 【F:logs/mixed.txt】\n");
    let repo = Repo::new();
    repo.write("docs/quotes.md", &quotes)
        .write("docs/quote-lists.md", &quote_lists)
        .write("docs/good.md", GOOD)
        .commit_all();
    assert_findings(
        &repo.check(&[]),
        &[
            good_finding(),
            t(
                "citation/missing-path",
                "docs/quote-lists.md",
                1,
                200_007,
                "logs/mixed.txt",
            ),
            t(
                "citation/missing-path",
                "docs/quotes.md",
                1,
                100_009,
                "logs/quoted.txt",
            ),
            t(
                "link/missing-path",
                "docs/quotes.md",
                1,
                100_029,
                "docs/quoted.md",
            ),
        ],
        1,
    );
}

#[test]
fn pathological_inline_markup() {
    let tail = " 【F:logs/end.txt】\n";
    let repo = Repo::new();
    repo.write(
        "docs/brackets.md",
        format!("{}x{}{tail}", "[".repeat(100_000), "]".repeat(100_000)),
    )
    .write(
        "docs/emphasis.md",
        format!("{}x{}{tail}", "*".repeat(100_000), "*".repeat(100_000)),
    )
    .write("docs/ticks.md", format!("x {}{tail}", "`".repeat(100_000)))
    .write(
        "docs/unclosed.md",
        format!("{}\n\nAfter {tail}", "【F:a".repeat(20_000)),
    )
    .write("docs/good.md", GOOD)
    .commit_all();
    let run = repo.check(&[]);
    let end = |file: &str, line: u64, col: u64| {
        t("citation/missing-path", file, line, col, "logs/end.txt")
    };
    let mut expected = vec![
        end("docs/brackets.md", 1, 200_003),
        end("docs/emphasis.md", 1, 200_003),
        good_finding(),
        end("docs/ticks.md", 1, 100_004),
    ];
    // 20,000 unclosed citations: each is malformed, then the one after the blank line.
    let unit = "【F:a".chars().count() as u64;
    for i in 0..20_000u64 {
        expected.push(t(
            "citation/malformed",
            "docs/unclosed.md",
            1,
            1 + i * unit,
            "",
        ));
    }
    expected.push(end("docs/unclosed.md", 3, 8));
    assert_findings(&run, &expected, 1);
}

#[test]
fn paths_with_spaces_and_non_ascii_letters() {
    let repo = Repo::new();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    repo.write("docs/my file.md", "# Mine\n\nline 3\n")
        .write("docs/überblick.md", "# Überblick\n\n## Nächste Schritte\n")
        .write("logs/run 1/sum mary.txt", "a\nb\n")
        .write(
            "docs/index.md",
            "\
# Index

[a](my%20file.md) [b](<my file.md>) [c](überblick.md) [d](%C3%BCberblick.md#nächste-schritte)
[e](my%20fiel.md) [f](%C3%BCbersicht.md) [g](überblick.md#nope)
【F:docs/my file.md†L3】 【F:logs/run 1/sum mary.txt†L3】 `docs/überblick.md` `docs/übersicht.md`

- [x] Wrote `docs/überblick.md` and `docs/übersicht.md`
",
        )
        // A checklist whose own name has a space and an umlaut.
        .write("docs/größe prüfen.md", "# Größe\n\n【F:logs/größe.txt】\n")
        .write("docs/good.md", GOOD)
        .commit_all();
    let run = repo.check(&[]);
    assert_findings(
        &run,
        &[
            good_finding(),
            t(
                "citation/missing-path",
                "docs/größe prüfen.md",
                3,
                1,
                "logs/größe.txt",
            ),
            t(
                "link/missing-path",
                "docs/index.md",
                4,
                1,
                "docs/my fiel.md",
            ),
            t(
                "link/missing-path",
                "docs/index.md",
                4,
                19,
                "docs/übersicht.md",
            ),
            t(
                "link/missing-anchor",
                "docs/index.md",
                4,
                42,
                "docs/überblick.md#nope",
            ),
            t(
                "citation/line-range",
                "docs/index.md",
                5,
                24,
                "logs/run 1/sum mary.txt",
            ),
            // A mention is evidence where something claims done (the checked
            // item), not in prose (line 5).
            t(
                "mention/missing-path",
                "docs/index.md",
                7,
                37,
                "docs/übersicht.md",
            ),
        ],
        1,
    );
    assert_eq!(run.files_checked(), 5);
}
