//! Survey 49d: reports, audits and indexes written by coding agents, with
//! stale citations and links. False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

const LINK_RULES: &[&str] = &["link/missing-path", "path/renamed"];

// --- path/renamed: a document moved, and its link written for its former
// folder now lands on the document's own former path (emstar-en/STUNIR moved
// `docs/README.md` to `docs/guides/README.md`; its `../README.md`, the root
// README, now names `docs/README.md`: 1 finding judged false, which offered
// the document itself as the moved target) ---

/// A root README, `docs/README.md` linking it and `docs/FAQ.md`, both moved
/// into `docs/guides/` in one commit.
fn guides_moved() -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write(
            "docs/README.md",
            "# Docs\n\n\
             - [FAQ](../FAQ.md)\n\n\
             For the main project README, see [../README.md](../README.md)\n",
        )
        .write("docs/FAQ.md", "# FAQ\n")
        .commit_all();
    repo.mkdir("docs/guides");
    repo.git(&["mv", "docs/README.md", "docs/guides/README.md"]);
    repo.git(&["mv", "docs/FAQ.md", "docs/guides/FAQ.md"]);
    repo.commit_all();
    repo
}

#[test]
fn a_link_to_the_documents_own_former_path_is_missing_not_moved() {
    let run = guides_moved().check(&[]);
    assert_eq!(
        run.findings_of(LINK_RULES),
        vec![
            // `../FAQ.md` from `docs/guides/` names `docs/FAQ.md`, moved to
            // `docs/guides/FAQ.md`: a move, with its fix.
            t("path/renamed", "docs/guides/README.md", 3, 3, "docs/FAQ.md"),
            // `../README.md` names `docs/README.md`: this very document before
            // its move. The link meant the root README; it is missing here.
            t(
                "link/missing-path",
                "docs/guides/README.md",
                5,
                34,
                "docs/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    // The help reads the link from the folder it was written in.
    let missing = run.diagnostics_of(&["link/missing-path"]);
    assert_eq!(
        missing[0]["help"].as_str(),
        Some(
            "this document was moved from `docs/README.md`, and the link was written there, \
             for `README.md`: write `../../README.md`"
        ),
        "\n{}",
        run.dump()
    );
}

/// Twin: another document's link to the moved README is a move, reported
/// with the README's new path.
#[test]
fn another_documents_link_to_the_moved_readme_is_a_move() {
    let repo = guides_moved();
    repo.write(
        "CONTRIBUTING.md",
        "# Contributing\n\nSee [the docs](docs/README.md).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(LINK_RULES),
        vec![
            t("path/renamed", "CONTRIBUTING.md", 3, 5, "docs/README.md"),
            t("path/renamed", "docs/guides/README.md", 3, 3, "docs/FAQ.md"),
            t(
                "link/missing-path",
                "docs/guides/README.md",
                5,
                34,
                "docs/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a numbered series of pages written in order, its
// index linking pages still to be written (newvantageco/ILS2.0's
// `docs/ux/USER_FLOWS_INDEX.md`: flows `01` and `02` written, `03` to `15`
// linked; 5 findings judged false) ---

/// A flows index linking `flows/01_*.md` to `flows/06_*.md`, with the pages
/// `written` in its folder, and the index's other links after it.
fn flows(written: &[u32], extra: &str) -> Repo {
    let repo = Repo::new();
    let names = [
        "01_ai_assistant.md",
        "02_eye_exam.md",
        "03_order_placement.md",
        "04_patient_checkin.md",
        "05_lab_orders.md",
        "06_billing.md",
    ];
    let mut index = String::from("# User Flows\n\n## Flow library\n\n");
    for (i, name) in names.iter().enumerate() {
        index.push_str(&format!("{}. [Flow {}](./flows/{name})\n", i + 1, i + 1));
        if written.contains(&(i as u32 + 1)) {
            repo.write(&format!("docs/ux/flows/{name}"), "# Flow\n");
        }
    }
    index.push_str(extra);
    repo.write("docs/ux/INDEX.md", index).commit_all();
    repo
}

#[test]
fn pages_after_the_last_written_page_of_a_series_are_still_to_be_written() {
    let run = flows(&[1, 2], "").check(&[]);
    assert_eq!(run.findings_of(LINK_RULES), vec![], "\n{}", run.dump());
}

/// Twin: a page missing before a written one is a gap, and every missing
/// page of that series is judged; and a link outside the series is judged.
#[test]
fn a_gap_in_the_series_and_a_link_outside_it_are_reported() {
    let run = flows(&[1, 2, 4], "\nSee [the API](../../API.md).\n").check(&[]);
    assert_eq!(
        run.findings_of(LINK_RULES),
        vec![
            t(
                "link/missing-path",
                "docs/ux/INDEX.md",
                7,
                4,
                "docs/ux/flows/03_order_placement.md"
            ),
            t(
                "link/missing-path",
                "docs/ux/INDEX.md",
                9,
                4,
                "docs/ux/flows/05_lab_orders.md"
            ),
            t(
                "link/missing-path",
                "docs/ux/INDEX.md",
                10,
                4,
                "docs/ux/flows/06_billing.md"
            ),
            t("link/missing-path", "docs/ux/INDEX.md", 12, 5, "API.md"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a page of the series that git history held (written, then deleted)
/// is a broken link; the pages never written after it stay silent.
#[test]
fn a_deleted_page_of_the_series_is_reported() {
    let repo = flows(&[1, 2, 3], "");
    repo.git(&["rm", "-q", "docs/ux/flows/03_order_placement.md"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(LINK_RULES),
        vec![t(
            "link/missing-path",
            "docs/ux/INDEX.md",
            7,
            4,
            "docs/ux/flows/03_order_placement.md"
        )],
        "\n{}",
        run.dump()
    );
}
