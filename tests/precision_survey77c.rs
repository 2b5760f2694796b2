//! Survey 77c: Obsidian vaults, Dendron notes and digital gardens published
//! on GitHub (Tycholiz/Digital-Garden, ngocuong0105/dendron-wiki,
//! LesleyLai/digital-garden, AglaiaNorza/obsidian-vault). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a Quartz site escapes the `|` of a wikilink inside a table row
// before it splits the row (LesleyLai/digital-garden's
// `content/Concepts/electric circuit.md`: 14 rows judged false) ---

const QUARTZ_CONFIG: &str = "import * as Plugin from \"./quartz/plugins\"\n\
    const config = {\n  plugins: {\n    transformers: [\n      \
    Plugin.ObsidianFlavoredMarkdown({ enableInHtmlEmbed: false }),\n    ],\n  },\n}\n\
    export default config\n";

const NOTE: &str = "# Electric circuit\n\n\
    | Source | Symbol |\n\
    | --- | --- |\n\
    | constant voltage source | ![[../assets/voltage.svg|voltage.svg]] |\n\
    | resistor | $V = IR$ ([[Ohm's law|Ohm's law]]) |\n\
    | capacitor | [[capacitor\\|Capacitor]] | extra |\n";

/// A garden with the note in `folder`, and `config` as its
/// `quartz.config.ts` when given.
fn garden(folder: &str, config: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Garden\n")
        .write(&format!("{folder}/Concepts/electric circuit.md"), NOTE)
        .write(&format!("{folder}/assets/voltage.svg"), "<svg/>\n");
    if let Some(config) = config {
        repo.write("quartz.config.ts", config);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_quartz_notes_wikilink_pipes_split_no_cell_its_own_extra_cell_does() {
    let run = garden("content", Some(QUARTZ_CONFIG)).check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![t(
            "table/column-count",
            "content/Concepts/electric circuit.md",
            7,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same note outside the site's `content/`, or in a repository
/// whose Quartz configuration reads no Obsidian syntax, is read as GitHub
/// reads it: each wikilink's `|` splits a cell.
#[test]
fn wikilink_pipes_outside_a_quartz_sites_content_are_githubs_cells() {
    for (folder, config) in [
        ("notes", Some(QUARTZ_CONFIG)),
        ("content", Some("const config = { plugins: {} }\n")),
        ("content", None),
    ] {
        let run = garden(folder, config).check(&[]);
        let file = format!("{folder}/Concepts/electric circuit.md");
        assert_eq!(
            run.findings_of(&["table/column-count"]),
            vec![
                t("table/column-count", &file, 5, 1, ""),
                t("table/column-count", &file, 6, 1, ""),
                t("table/column-count", &file, 7, 1, ""),
            ],
            "{folder} {config:?}\n{}",
            run.dump()
        );
    }
}
