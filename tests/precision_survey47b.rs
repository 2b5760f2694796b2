//! Survey 47b: reports and trackers that cite code with Codex-style
//! citations. Exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// The front matter hyperledger-iroha/iroha's sync script writes on a
/// translation: its language, its source and the script.
fn stamped(source: &str, generator: Option<&str>) -> String {
    let mut s = format!("---\nlang: az\ndirection: ltr\nsource: {source}\nstatus: complete\n");
    if let Some(g) = generator {
        s.push_str(&format!("generator: {g}\n"));
    }
    s.push_str("translator: machine-google-reviewed\n---\n\n");
    s
}

/// A translation with a link the original shares and a citation the
/// translation engine broke (`javascrip t/…`).
const TRANSLATED: &str = "# Dəyişikliklər\n\n\
     - Torii səhifələmə.【F:javascrip t/client.js†L1-L2】\n\
     - Bax [bələdçi](docs/guide.md).\n";

/// hyperledger-iroha/iroha (survey 47b): 28,000 translations stamped with
/// their `source:` and the `generator:` that keeps them in step with it
/// (`CHANGELOG.az.md` beside `CHANGELOG.md`). Their findings repeat the
/// original's or the translation engine's: 6,559 of 6,843 findings, 320
/// read, all judged false. The copy is left out; the original is checked.
#[test]
fn a_translation_a_sync_script_writes_is_left_out() {
    let repo = Repo::new();
    repo.write("javascript/client.js", "a\nb\n")
        .write(
            "CHANGELOG.md",
            "# Changelog\n\n- Torii paging.【F:javascript/client.js†L1-L2】\n\
             - See [guide](docs/guide.md).\n",
        )
        .write(
            "CHANGELOG.az.md",
            format!(
                "{}{TRANSLATED}",
                stamped("CHANGELOG.md", Some("scripts/sync_docs_i18n.py"))
            ),
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "CHANGELOG.md",
            4,
            7,
            "docs/guide.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// Twin: a translation that names its source but no generator (translated
/// by hand) is the repository's own text, checked.
#[test]
fn a_translation_without_a_generator_is_checked() {
    let repo = Repo::new();
    repo.write("javascript/client.js", "a\nb\n")
        .write(
            "CHANGELOG.az.md",
            format!("{}{TRANSLATED}", stamped("CHANGELOG.md", None)),
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "CHANGELOG.az.md",
                11,
                20,
                "javascrip t/client.js"
            ),
            t(
                "link/missing-path",
                "CHANGELOG.az.md",
                12,
                7,
                "docs/guide.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The specification a guide cites, five lines.
fn spec_repo(guide: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("docs/spec/1-1-syntax.md", "# Syntax\n\nA\nB\nC\n")
        .write("docs/spec/0-3-style.md", guide)
        .commit_all();
    repo.check(&["--select", "citation"])
}

/// dolphilia/reml (survey 47b): the specification's chapters cite each
/// other from their own folder (`【F:1-1-syntax.md†L83-L105】` in
/// `docs/spec/`): 50 citations judged false. The sibling is the cited file.
#[test]
fn a_citation_written_from_the_documents_folder_names_its_sibling() {
    let run = spec_repo("# Style\n\n- Order declarations.【F:1-1-syntax.md†L3-L5】\n");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the sibling is judged like any cited file (its lines), and a name
/// that is nowhere, from the root or the folder, is missing.
#[test]
fn a_citation_of_a_sibling_is_judged_there() {
    let run = spec_repo(
        "# Style\n\n- Order declarations.【F:1-1-syntax.md†L3-L9】\n\
         - Name effects.【F:1-9-effects.md†L1-L2】\n",
    );
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                "docs/spec/0-3-style.md",
                3,
                22,
                "docs/spec/1-1-syntax.md"
            ),
            t(
                "citation/missing-path",
                "docs/spec/0-3-style.md",
                4,
                16,
                "1-9-effects.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
