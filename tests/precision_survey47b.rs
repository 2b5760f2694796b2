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
