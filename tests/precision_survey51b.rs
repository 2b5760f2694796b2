//! Survey 51b: non-English readiness checklists and status registers
//! (Chinese, Japanese, Korean, Spanish, Portuguese, German, French,
//! Russian: 上线检查清单, 验收清单, 进度跟踪, リリースチェックリスト,
//! 체크리스트, lista de verificación, Checkliste, feuille de route). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a run's output: surreal70/Handbook-Generator commits what its
// generator writes to `test-output/<lang>/<handbook>/markdown/`, 3,509
// copies of its `templates/` (its `.gitignore` meant to keep them out):
// 5 links and 9 table rows judged false there, each a copy of a problem
// reported in the template ---

/// A German GDPR template whose table has a third cell under a two-column
/// header, a guide that links a page that is not there, and the
/// generator's copies of both under `output_dir`, its metadata filled in.
fn handbook(output_dir: &str) -> Repo {
    let template = "# Informationspflicht\n\n\
                    | Information | Beschreibung |\n\
                    |-------------|--------------|\n\
                    | Quelle der Daten | Woher | [TODO: Register] |\n";
    let guide = "# DSGVO\n\nSiehe [Ausgabeformate](OUTPUT_FORMATS_GUIDE.md).\n";
    let filled = |s: &str| s.replacen("\n\n", "\n\n**Owner:** AdminSend GmbH\n\n", 1);
    let repo = Repo::new();
    repo.write("README.md", "# Handbook Generator\n")
        .write("templates/de/gdpr/0210_Informationspflicht.md", template)
        .write("docs/gdpr.md", guide)
        .write(
            &format!("{output_dir}/de/gdpr/markdown/0210_Informationspflicht.md"),
            filled(template),
        )
        .write(
            &format!("{output_dir}/de/gdpr/markdown/gdpr.md"),
            filled(guide),
        )
        .write(".gitignore", format!("{output_dir}/*/markdown/*.md\n"))
        .commit_all();
    repo
}

#[test]
fn what_a_run_writes_to_test_output_is_not_checked() {
    for dir in ["test-output", "test_output"] {
        let run = handbook(dir).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path", "table/column-count"]),
            vec![
                t(
                    "link/missing-path",
                    "docs/gdpr.md",
                    3,
                    7,
                    "docs/OUTPUT_FORMATS_GUIDE.md"
                ),
                t(
                    "table/column-count",
                    "templates/de/gdpr/0210_Informationspflicht.md",
                    5,
                    1,
                    ""
                ),
            ],
            "{dir}\n{}",
            run.dump()
        );
    }
}

/// Twin: a `test-results/` folder may hold a team's own reports: its
/// documents are checked, and so are the templates.
#[test]
fn a_test_results_folder_is_checked() {
    let run = handbook("test-results").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "table/column-count"]),
        vec![
            t(
                "link/missing-path",
                "docs/gdpr.md",
                3,
                7,
                "docs/OUTPUT_FORMATS_GUIDE.md"
            ),
            t(
                "table/column-count",
                "templates/de/gdpr/0210_Informationspflicht.md",
                5,
                1,
                ""
            ),
            t(
                "table/column-count",
                "test-results/de/gdpr/markdown/0210_Informationspflicht.md",
                7,
                1,
                ""
            ),
            t(
                "link/missing-path",
                "test-results/de/gdpr/markdown/gdpr.md",
                5,
                7,
                "test-results/de/gdpr/markdown/OUTPUT_FORMATS_GUIDE.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- encoding/invalid-utf8: ndlss-prcrstntn/ndlss-memory's Russian specs
// were saved in Windows-1251 among UTF-8 ones (12 findings, judged true),
// and every help said `iconv -f WINDOWS-1252`, which would have turned each
// word into mojibake (`Ñïåöèôèêàöèÿ`) ---

/// `# Спецификация фичи: Режим Full Scan` in Windows-1251.
const RU_1251: &[u8] = b"# \xd1\xef\xe5\xf6\xe8\xf4\xe8\xea\xe0\xf6\xe8\xff \xf4\xe8\xf7\xe8: \xd0\xe5\xe6\xe8\xec Full Scan\n\n**Status**: Draft\n";

/// `# Spécification : mode Full Scan` and a German line in Windows-1252.
const FR_1252: &[u8] =
    b"# Sp\xe9cification : mode Full Scan\n\nGr\xf6\xdfe der \xc4nderung: klein.\n";

fn helps(repo: &Repo) -> Vec<(String, String)> {
    repo.check(&[])
        .diagnostics_of(&["encoding/invalid-utf8"])
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn cyrillic_text_is_converted_from_windows_1251() {
    let repo = Repo::new();
    repo.write("README.md", "# ndlss-memory\n")
        .write("specs/002-full-scan/spec.md", RU_1251)
        .commit_all();
    assert_eq!(
        helps(&repo),
        vec![(
            "specs/002-full-scan/spec.md".to_string(),
            "save the file as UTF-8 (for example `iconv -f WINDOWS-1251 -t UTF-8`), or exclude it in checkmark.toml".to_string()
        )]
    );
    // Five files with the same bytes are one finding, which names the code page.
    let repo = Repo::new();
    repo.write("README.md", "# ndlss-memory\n");
    for lang in ["de", "fr", "ja", "ko", "zh"] {
        repo.write(
            &format!("docs/i18n/README.{lang}.md"),
            b"# ndlss-memory\n\nSprachen: [English](../../README.md) | \xd0\xf3\xf1\xf1\xea\xe8\xe9\n",
        );
    }
    repo.commit_all();
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["encoding/invalid-utf8"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    let message = found[0]["message"].as_str().unwrap_or_default();
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(
        message.ends_with("it and 4 more files have the same cause: Windows-1251 (Cyrillic) text (0xD0 is `Р`, 0xE8 is `и`, 0xE9 is `й` and 3 more there)"),
        "{message}"
    );
    assert!(help.contains("iconv -f WINDOWS-1251 -t UTF-8"), "{help}");
}

/// Twin: Western text, whose accented letters stand inside ASCII words, is
/// still converted from Windows-1252.
#[test]
fn western_text_is_converted_from_windows_1252() {
    let repo = Repo::new();
    repo.write("README.md", "# ndlss-memory\n")
        .write("docs/i18n/README.fr.md", FR_1252)
        .commit_all();
    assert_eq!(
        helps(&repo),
        vec![(
            "docs/i18n/README.fr.md".to_string(),
            "save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`), or exclude it in checkmark.toml".to_string()
        )]
    );
}
