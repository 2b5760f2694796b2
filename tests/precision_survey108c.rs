//! Survey s108c: game development repositories with design documents and
//! Markdown task boards (pbaletkeman/game-dev's Godot roadmap,
//! BKDaugherty/tactics-exploration's Bevy devlog,
//! Space-Wizard-Studios/sw-game-dice-rolling's Docusaurus game-design
//! docs). False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- Docusaurus' category index convention: a doc named as its folder
// (`currency/currency.md`) is the folder's index page, served at the
// folder's URL, so `../currency/#gold` is its section (sw-game-dice-rolling's
// `04-features/locations/buildings.md`: 1 finding for 5 links judged false) ---

const DOCUSAURUS: &str = "module.exports = {\n  presets: [['classic', { docs: { sidebarPath: './sidebars.js' } }]],\n};\n";

/// The game-design docs: `buildings.md` links the currency page's sections
/// through its folder, whose one doc is `INDEX` (`None`: no Docusaurus
/// configuration, the docs read on GitHub).
fn currency_docs(config: Option<&str>, index: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Dice\n")
        .write("sidebars.js", "module.exports = {};\n")
        .write(
            &format!("docs/features/currency/{index}"),
            "# Currency\n\n## Gold\n\nSpent in town.\n",
        )
        .write(
            "docs/features/locations/buildings.md",
            "# Buildings\n\n- Uses [gold](../currency/#gold) to train;\n- Sells dice for [silver](../currency/#silver).\n",
        );
    if let Some(config) = config {
        repo.write("docusaurus.config.js", config);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_docusaurus_doc_named_as_its_folder_is_the_folders_page() {
    let run = currency_docs(Some(DOCUSAURUS), "currency.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor", "link/missing-path"]),
        vec![t(
            "link/missing-anchor",
            "docs/features/locations/buildings.md",
            4,
            18,
            "docs/features/currency/currency.md#silver"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: outside a Docusaurus site the link lands on GitHub's listing of a
/// folder with no README, and a doc of another name is no category index:
/// both fragments are reported.
#[test]
fn the_same_links_without_docusaurus_or_another_name_are_reported() {
    for (config, index) in [(None, "currency.md"), (Some(DOCUSAURUS), "money.md")] {
        let run = currency_docs(config, index).check(&[]);
        let anchors: Vec<_> = run
            .findings_of(&["link/missing-anchor"])
            .into_iter()
            .map(|f| (f.2, f.3))
            .collect();
        assert_eq!(anchors, vec![(3, 8), (4, 18)], "\n{}", run.dump());
    }
}
