//! Survey 98b: Spanish-, Portuguese-, French- and Italian-language
//! readiness checklists, status trackers and project plans, round 2
//! (SafeTrade's Italian test plans, proyecto_flutter_supabase's Spanish
//! wiki and help guides, primeira-fila's Portuguese task backlog). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a GitHub wiki staged in a folder of another name than `wiki`
// (elmosca/proyecto_flutter_supabase's `wiki_setup/`: `Home.md` beside
// `_Sidebar.md` and `_Footer.md`, which `publicar_wiki.sh` copies, with
// pages of `docs/`, into `OWNER/REPO.wiki.git`) links the wiki's pages by
// page name, `[Guía de Tutores](Guia-Tutores)` ---

const HOME: &str = "# Sistema TFG\n\n\
    - [Guía Estudiantes](Guia-Estudiantes)\n\
    - [Guía Tutores](Guia-Tutores)\n\
    - [Guía local](./Guia-Local.md)\n";

/// The staging folder `wiki_setup/`, with the wiki's frames or without.
fn staged_wiki(frames: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Proyecto\n")
        .write("wiki_setup/Home.md", HOME)
        .write("wiki_setup/Guia-Estudiantes.md", "# Guía\n");
    if frames {
        repo.write("wiki_setup/_Sidebar.md", "- [Inicio](Home)\n")
            .write("wiki_setup/_Footer.md", "[Volver](Home)\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_framed_home_folder_links_the_wikis_pages_by_name() {
    let run = staged_wiki(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "wiki_setup/Home.md",
            5,
            3,
            "wiki_setup/Guia-Local.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same folder without `_Sidebar.md` or `_Footer.md` is no wiki,
/// and its page-name links are reported.
#[test]
fn a_home_folder_without_frames_is_checked() {
    let run = staged_wiki(false).check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![
            t(
                "link/missing-path",
                "wiki_setup/Home.md",
                3,
                3,
                "wiki_setup/Guia-Estudiantes"
            ),
            t(
                "link/missing-path",
                "wiki_setup/Home.md",
                4,
                3,
                "wiki_setup/Guia-Tutores"
            ),
            t(
                "link/missing-path",
                "wiki_setup/Home.md",
                5,
                3,
                "wiki_setup/Guia-Local.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
