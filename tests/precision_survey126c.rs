//! Survey s126c: documentation written for GitBook and Azure DevOps wikis
//! (SEFAZ-SP-DTI-CIA/wiki_arquitetura_sefaz-SP, FG-AI4H/Documentation,
//! Adobe-Marketing-Cloud/reactor-user-docs). The false pattern found there
//! beside its true twins; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: a root link of an Azure DevOps wiki page without
// `.md`, the page's path with spaces as dashes (`/Projetos/DF-e` for
// `Projetos/DF%2De.md`, whose title's dash the file name escapes as `%2D`):
// 76 + 7 findings, the 37 judged all false ---

const HOME: &str = "# Wiki de Arquitetura\n\n\
- [Acesso remoto](/Wiki-DTI/Recursos/Acesso-remoto-à-intranet)\n\
- [SAFe](/Wiki-DTI/Governança/SAFe---Scaled-Agile-Framework)\n\
- [DF-e](/Wiki-DTI/Projetos/DF-e#ambientes)\n";

/// An Azure DevOps wiki: pages beside folders of their subpages, each folder
/// with a `.order` naming its pages (when `order`), and the home page
/// linking its pages by their wiki paths.
fn azure_wiki(order: bool, home: &str) -> Repo {
    let repo = Repo::new();
    repo.write("Wiki-DTI.md", home)
        .write("Wiki-DTI/Recursos.md", "# Recursos\n")
        .write(
            "Wiki-DTI/Recursos/Acesso-remoto-à-intranet.md",
            "# Acesso\n",
        )
        .write("Wiki-DTI/Governança.md", "# Governança\n")
        .write(
            "Wiki-DTI/Governança/SAFe-%2D-Scaled-Agile-Framework.md",
            "# SAFe\n",
        )
        .write("Wiki-DTI/Projetos.md", "# Projetos\n")
        .write("Wiki-DTI/Projetos/DF%2De.md", "# DF-e\n\n## Ambientes\n");
    if order {
        repo.write(".order", "Wiki-DTI\n")
            .write("Wiki-DTI/.order", "Recursos\nGovernança\nProjetos")
            .write("Wiki-DTI/Projetos/.order", "DF%2De\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn an_azure_devops_wiki_links_its_pages_by_their_wiki_paths() {
    let run = azure_wiki(true, HOME).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// The wiki's root is found without a `.order` of its own: a page beside
/// the folder of its subpages (`Wiki-DTI.md` beside `Wiki-DTI/.order`)
/// makes the folder above part of the wiki (FG-AI4H/Documentation's
/// `README.md` linking `/Data-Storage-Package-(DP)`).
#[test]
fn the_root_of_an_azure_devops_wiki_is_the_folder_above_a_page_s_subpages() {
    let repo = azure_wiki(false, HOME);
    repo.write("Wiki-DTI/.order", "Recursos\nGovernança\nProjetos\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a path no page of the wiki has is a dead link on the wiki too.
#[test]
fn a_page_the_azure_devops_wiki_does_not_have_is_reported() {
    let home = format!("{HOME}- [Reuniões](/Wiki-DTI/Suporte/Reuniões)\n");
    let run = azure_wiki(true, &home).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "Wiki-DTI.md",
            6,
            3,
            "Wiki-DTI/Suporte/Reuniões"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: an anchor the wiki page lacks is reported against it.
#[test]
fn an_anchor_the_azure_devops_wiki_page_lacks_is_reported() {
    let home = HOME.replace("#ambientes", "#producao");
    let run = azure_wiki(true, &home).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "Wiki-DTI.md",
            5,
            3,
            "Wiki-DTI/Projetos/DF%2De.md#producao"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without a `.order` the repository is no Azure DevOps wiki; GitHub
/// reads the links as paths, and none is there.
#[test]
fn without_a_dot_order_the_same_links_are_reported() {
    let run = azure_wiki(false, HOME).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "Wiki-DTI.md",
                3,
                3,
                "Wiki-DTI/Recursos/Acesso-remoto-à-intranet"
            ),
            t(
                "link/missing-path",
                "Wiki-DTI.md",
                4,
                3,
                "Wiki-DTI/Governança/SAFe---Scaled-Agile-Framework"
            ),
            t(
                "link/missing-path",
                "Wiki-DTI.md",
                5,
                3,
                "Wiki-DTI/Projetos/DF-e"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a `.order` whose names are no pages beside it (another tool's
/// file of that name) makes no wiki.
#[test]
fn a_dot_order_that_lists_no_page_makes_no_wiki() {
    let repo = azure_wiki(false, HOME);
    repo.write(".order", "b\na\n").commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]).len(),
        3,
        "\n{}",
        run.dump()
    );
}

/// Twin: a README outside a code wiki's folder (`docs/` with its `.order`,
/// no `docs.md` beside it) is read as GitHub reads it.
#[test]
fn a_page_outside_the_azure_devops_wiki_folder_is_judged() {
    let repo = Repo::new();
    repo.write("docs/.order", "Setup\n")
        .write("docs/Setup.md", "# Setup\n\nSee [Home](/Home-Page).\n")
        .write("docs/Home-Page.md", "# Home\n")
        .write("README.md", "# Project\n\nSee [Setup](/Setup).\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t("link/missing-path", "README.md", 3, 5, "Setup")],
        "\n{}",
        run.dump()
    );
}
