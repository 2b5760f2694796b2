//! Survey 60b: non-English readiness documents and checklists, round 2
//! (Korean, Vietnamese, Turkish, Polish, Indonesian, Ukrainian, Traditional
//! Chinese). False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Tuple, t};

// --- path/renamed: a ticked item of a daily work log, a document named by
// its day (hwicoding/ledger-weight-back-end's `docs/changelog/2025-12-11.md`,
// `# 작업일지 - 2025-12-11`: `- [x] `docs/PROJECT_OVERVIEW.md` 생성`, the
// files moved into `docs-app/public/` three months later; 15 findings
// judged false) ---

/// A work log at `log` ticking the creation of `docs/PROJECT_OVERVIEW.md`
/// and, with a link, of `docs/NAS_GUIDE.md`, written on `written`; both
/// files move into `docs-app/public/` at `moved`.
fn work_log(log: &str, written: &str, moved: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/PROJECT_OVERVIEW.md", "# Overview\n")
        .write("docs/NAS_GUIDE.md", "# NAS\n")
        .write(
            log,
            "# 작업일지 - 2025-12-11\n\n## 완료한 작업\n\
             - [x] 프로젝트 기획서 파악 및 문서화\n  \
             - [x] `docs/PROJECT_OVERVIEW.md` 생성 (프로젝트 개요)\n\
             - [x] [NAS 가이드](/docs/NAS_GUIDE.md) 작성\n",
        );
    repo.commit_at(written);
    repo.mkdir("docs-app/public");
    for f in ["PROJECT_OVERVIEW.md", "NAS_GUIDE.md"] {
        repo.git(&["mv", &format!("docs/{f}"), &format!("docs-app/public/{f}")]);
    }
    repo.commit_at(moved);
    repo
}

#[test]
fn a_daily_logs_ticked_item_names_the_file_of_its_day() {
    let log = "docs/changelog/2025-12-11.md";
    let run = work_log(log, "2025-12-11T21:00:00Z", "2026-03-06T12:00:00Z").check(&[]);
    assert_eq!(
        run.findings_of(&["path/renamed"]),
        vec![t("path/renamed", log, 6, 7, "docs/NAS_GUIDE.md")],
        "\n{}",
        run.dump()
    );
}

/// Twins: the same ticked item in a log named otherwise (a checklist's
/// current word on its evidence), and in a log of the day of the move
/// itself (written before or after it, nobody can say), are reported.
#[test]
fn a_ticked_item_of_a_log_not_named_by_a_past_day_is_judged() {
    for (log, written, moved) in [
        (
            "docs/changelog/worklog.md",
            "2025-12-11T21:00:00Z",
            "2026-03-06T12:00:00Z",
        ),
        (
            "docs/changelog/2026-03-06.md",
            "2026-03-06T09:00:00Z",
            "2026-03-06T12:00:00Z",
        ),
    ] {
        let run = work_log(log, written, moved).check(&[]);
        assert_eq!(
            run.findings_of(&["path/renamed"]),
            vec![
                t("path/renamed", log, 5, 9, "docs/PROJECT_OVERVIEW.md"),
                t("path/renamed", log, 6, 7, "docs/NAS_GUIDE.md"),
            ],
            "{log}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: a filled example of a template collection
// (Aerendal/ishkarim-documentation's `docs/examples/research/
// EXPERIMENT-LOG-001-mongodb-benchmark.md` beside `docs/templates/research/
// EXPERIMENT-LOG-template.md`, an imagined experiment whose screenshots
// `../artifacts/exp-001-schema.png` nobody commits: 20 findings, the 6
// sampled judged false) ---

const EXAMPLE: &str = "docs/examples/research/EXPERIMENT-LOG-001-mongodb-benchmark.md";

/// A template collection whose `docs/templates/research/` holds
/// `templates`, with the filled example [`EXAMPLE`].
fn collection(templates: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/templates/research/README.md",
        "# Research templates\n",
    );
    for name in templates {
        repo.write(&format!("docs/templates/research/{name}"), "# {{TITLE}}\n");
    }
    repo.write(
        EXAMPLE,
        "# EXPERIMENT-LOG: EXP-001 - MongoDB benchmark\n\n\
         ![Schema](../artifacts/exp-001-schema.png)\n\n\
         - **User test:** [report](../testing/user-testing.md)\n\
         - **Hypothesis:** [HYPOTHESIS-DOC-002](HYPOTHESIS-DOC-002.md)\n\
         - **Setup:** [guide](../../guides/setup.md)\n",
    )
    .commit_all();
    repo
}

/// The findings of the example's links that no story explains: a sibling
/// example named wrong, in a folder the tree has, and a page outside
/// `examples/`.
fn judged_links() -> Vec<Tuple> {
    vec![
        t(
            "link/missing-path",
            EXAMPLE,
            6,
            19,
            "docs/examples/research/HYPOTHESIS-DOC-002.md",
        ),
        t("link/missing-path", EXAMPLE, 7, 14, "docs/guides/setup.md"),
    ]
}

#[test]
fn a_filled_examples_story_files_are_not_in_the_tree() {
    let run = collection(&["EXPERIMENT-LOG-template.md", "POC-DOC.md"]).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        judged_links(),
        "\n{}",
        run.dump()
    );
}

/// Twin: a document that fills no template of the collection (its
/// templates folder holds only `POC-DOC-template.md`) is judged whole.
#[test]
fn an_example_that_fills_no_template_is_judged() {
    let run = collection(&["POC-DOC-template.md"]).check(&[]);
    let story = vec![
        t(
            "link/missing-path",
            EXAMPLE,
            3,
            1,
            "docs/examples/artifacts/exp-001-schema.png",
        ),
        t(
            "link/missing-path",
            EXAMPLE,
            5,
            18,
            "docs/examples/testing/user-testing.md",
        ),
    ];
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        [story, judged_links()].concat(),
        "\n{}",
        run.dump()
    );
}

// --- encoding/mojibake: a lone damaged letter quoted beside its correct
// form (Aerendal/ishkarim-documentation's evidence note on Windows
// encodings: `Polish characters mojibake (ą displays as Ä…)`; 1 finding
// judged false) ---

/// The `encoding/mojibake` findings of an evidence note on Windows
/// encodings whose last line is `line`.
fn mojibake_of(line: &str) -> Vec<Tuple> {
    let repo = Repo::new();
    repo.write(
        "docs/E-271-windows-encoding.md",
        format!(
            "# E-271: Windows encoding\n\n\
             Pliki zapisane w CP1252 zamiast UTF-8 psują polskie znaki.\n\n{line}\n"
        ),
    )
    .commit_all();
    repo.check(&[]).findings_of(&["encoding/mojibake"])
}

#[test]
fn a_lone_letter_beside_its_damage_is_a_quoted_example() {
    assert_eq!(
        mojibake_of(
            "- chardet detects as CP1252, but frontmatter UTF-8 → Polish characters mojibake (ą displays as Ä…)"
        ),
        vec![]
    );
}

/// Twin: the lone damaged letter without its correct form on its line is
/// damage, and is reported.
#[test]
fn a_lone_damaged_letter_without_its_form_beside_it_is_judged() {
    assert_eq!(
        mojibake_of("- Polish characters mojibake: the body displays Ä… everywhere"),
        vec![t(
            "encoding/mojibake",
            "docs/E-271-windows-encoding.md",
            5,
            49,
            ""
        )]
    );
}
