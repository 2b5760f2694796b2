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

// --- a published Dendron vault commits the static export Next.js wrote
// (`docs/index.html`, `docs/_next/…`); its `docs/data/notes/<id>.md` are the
// notes' copies, whose `/assets/images/…` links the export serves from its
// own root (Tycholiz/Digital-Garden: about 129 of 164 `link/missing-path`
// findings judged false) ---

/// A repository with the note copy `docs/data/notes/n1.md` and
/// `docs/index.html`, with a `docs/_next/` folder when `exported`.
fn published(exported: bool) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# Garden\n\nSee [the notes](docs/index.html).\n",
    )
    .write("docs/index.html", "<html></html>\n")
    .write("docs/assets/images/a.png", "png")
    .write(
        "docs/data/notes/n1.md",
        "# Note\n\n![diagram](/assets/images/a.png)\n\n![joplin](/assets/images/b.png)\n",
    );
    if exported {
        repo.write("docs/_next/static/chunks/main.js", "0\n");
    }
    repo.commit_all();
    repo
}

/// A root link of a page of the export names the export's file; one the
/// export does not hold either stays reported.
#[test]
fn a_root_link_in_a_committed_next_export_is_served_from_the_export() {
    let run = published(true).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/data/notes/n1.md",
            5,
            1,
            "assets/images/b.png"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same folder without `_next/` is no export: both root links
/// name the repository's root, where neither file is.
#[test]
fn a_folder_with_an_index_page_but_no_next_export_reads_root_links_from_the_root() {
    let run = published(false).check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/data/notes/n1.md",
                3,
                1,
                "assets/images/a.png"
            ),
            t(
                "link/missing-path",
                "docs/data/notes/n1.md",
                5,
                1,
                "assets/images/b.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
