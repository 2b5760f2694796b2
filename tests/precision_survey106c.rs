//! Survey s106c: research and data-science repositories whose logs, reports
//! and analysis notes cite code by line (brain-go-brr-v2, brain-go-brrr,
//! Time-Series-Library). The false pattern found there beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- encoding/mojibake: a multiplication sign set between non-breaking
// spaces (`($2$)\u{a0}×\u{a0}number of channels`, a paper converted from
// Word in brain-go-brr-v2's `literature/markdown/`) read as Hebrew `נ`
// (UTF-8 `D7 A0` decoded as Windows-1252): 1 finding judged false ---

fn paper(line: &str) -> Repo {
    let repo = Repo::new();
    repo.write("notes/paper.md", format!("# Scoring\n\n{line}\n"));
    repo.commit_all();
    repo
}

#[test]
fn a_multiplication_sign_between_non_breaking_spaces_is_not_mojibake() {
    let run = paper(
        "The output has dimension: number of classes ($2$)\u{a0}×\u{a0}number of channels ($22$) × the window length, 4\u{a0}×\u{a0}10 in all.",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a Hebrew word decoded as Windows-1252, whose `×\u{a0}` (`נ`) stands
/// before the next letter's `×` lead, is still reported.
#[test]
fn a_hebrew_word_opening_with_nun_decoded_as_windows_1252_is_reported() {
    let run = paper("Test word: ×\u{a0}×™×¡×™×•×Ÿ ok").check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![t("encoding/mojibake", "notes/paper.md", 3, 12, "")],
        "\n{}",
        run.dump()
    );
}
