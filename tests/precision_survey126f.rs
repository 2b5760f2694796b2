//! Patterns of survey s126f (README translations kept in a folder of their
//! own: rustdesk/rustdesk's `docs/README-NL.md`, jwasham/coding-interview-
//! university's `translations/README-de.md`, both translating the root's
//! `README.md`). Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// The original: one of its headings stands in a list item (`- ### Usage`),
/// as coding-interview-university's study plan writes `- ### Arrays`.
const ORIGINAL: &str =
    "# Guide\n\n## Setup\n\nText.\n\n- ### Usage\n\n  Text.\n\n## Contributing\n\nText.\n";

/// A contents list copied with the original's anchors over headings
/// translated into German, and three sections the original lacks too.
const TRANSLATED: &str = "# Anleitung\n\n\
- [Einrichtung](#setup)\n\
- [Nutzung](#usage)\n\
- [Mitwirken](#contributing)\n\
- [Nichts](#nothing)\n\
- [Weg](#gone)\n\
- [Verloren](#lost)\n\n\
## Einrichtung\n\nText.\n\n## Nutzung\n\nText.\n\n## Mitwirken\n\nText.\n";

fn message(run: &common::Run, file: &str, line: u64) -> String {
    run.diagnostics()
        .iter()
        .find(|d| d["file"] == file && d["line"] == line)
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// rustdesk (`docs/README-NL.md`, 3 of its 4 nav links `#raw-steps-to-build`,
/// … over Dutch headings) and coding-interview-university
/// (`translations/README-de.md`, 70 links to English headings, 43 findings
/// before): a translation in a folder below its original copies the
/// original's anchors, one problem, one finding that counts the others, as
/// for a translation beside it (survey 40). The sections the original lacks
/// too are still reported, as one run of the list. Twin: the same document
/// under a name that translates nothing, `docs/NOTES.md`, is a list of
/// sections it does not have.
#[test]
fn a_translation_in_a_folder_below_its_original_is_one_finding() {
    let repo = Repo::new();
    repo.write("README.md", ORIGINAL)
        .write("translations/README-de.md", TRANSLATED)
        .write("docs/NOTES.md", TRANSLATED)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    let anchor = |file: &str, line: u64, a: &str| {
        t("link/missing-anchor", file, line, 3, &format!("{file}#{a}"))
    };
    assert_eq!(
        run.findings(),
        vec![
            anchor("docs/NOTES.md", 3, "setup"),
            anchor("translations/README-de.md", 3, "setup"),
            anchor("translations/README-de.md", 6, "nothing"),
        ],
        "\n{}",
        run.dump()
    );
    let folded = message(&run, "translations/README-de.md", 3);
    assert!(
        folded.ends_with("; it and 2 more links of this document (lines 4, 5) name headings of `README.md`, the document it translates, not its own"),
        "{folded}"
    );
    let left = message(&run, "translations/README-de.md", 6);
    assert!(
        left.ends_with("; so do the next 2 entries of this list (lines 7-8)"),
        "{left}"
    );
    let notes = message(&run, "docs/NOTES.md", 3);
    assert!(
        notes.ends_with("; so do the next 5 entries of this list (lines 4-8)"),
        "{notes}"
    );
}

/// Twin: a translation whose original is in no folder above it (only in
/// `other/`) names nobody's headings: its links are a list of sections it
/// does not have, one run.
#[test]
fn a_translation_with_no_original_above_it_is_a_list_of_missing_sections() {
    let repo = Repo::new();
    repo.write("other/README.md", ORIGINAL)
        .write("translations/README-de.md", TRANSLATED)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "translations/README-de.md",
            3,
            3,
            "translations/README-de.md#setup"
        )],
        "\n{}",
        run.dump()
    );
    let run_msg = message(&run, "translations/README-de.md", 3);
    assert!(
        run_msg.ends_with("; so do the next 5 entries of this list (lines 4-8)"),
        "{run_msg}"
    );
}
