//! Survey 103b: agent memory banks and session handoff files
//! (wilddog64/k3d-manager, Luxcium/genesis_10, deadronos/deadronosurllist).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- pages copied from microsoft/vscode-docs into a memory bank
// (genesis_10's `memory-bank/docs/`, each page opening with vscode-docs'
// `ContentId:` and `DateApproved:` front matter: their site-root links and
// images are code.visualstudio.com's; 303 findings, the 37 read all judged
// false) ---

const VSCODE_PAGE: &str = "---\nContentId: 7ec8a02b-2eb7-45c1-bb16-ddeaac694ff6\n\
MetaDescription: Developing inside a Container\nDateApproved: 07/09/2025\n---\n\
# Developing inside a Container\n\n\
Follow the [installation](/docs/remote/ssh.md#installation) steps.\n\n\
![Container Architecture](images/containers/architecture-containers.png)\n";

/// The repository's own index beside the copied pages, with a link to a
/// page that is not there: always checked.
const OWN_INDEX: &str = "# Memory Bank Docs\n\n- [Containers](containers.md)\n- [Remote host](develop-on-a-remote-docker-host.md)\n";

/// The targets of the run's `link/missing-path` findings, in output order.
fn missing_paths(repo: &Repo) -> Vec<String> {
    let run = repo.check(&[]);
    run.findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect()
}

fn memory_bank(page_path: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# genesis\n")
        .write(page_path, VSCODE_PAGE)
        .write("memory-bank/docs/index.md", OWN_INDEX)
        .commit_all();
    repo
}

#[test]
fn a_page_copied_from_vscode_docs_is_left_out_but_the_banks_own_index_is_checked() {
    let run = memory_bank("memory-bank/docs/containers.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![t(
            "link/missing-path",
            "memory-bank/docs/index.md",
            4,
            3,
            "memory-bank/docs/develop-on-a-remote-docker-host.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same page without `DateApproved:` (one key of vscode-docs'
/// front matter alone) is the repository's own and its broken links stay.
#[test]
fn a_page_with_only_a_content_id_is_checked() {
    let repo = Repo::new();
    let page = VSCODE_PAGE.replace("DateApproved: 07/09/2025\n", "");
    repo.write("README.md", "# genesis\n")
        .write("memory-bank/docs/containers.md", &page)
        .commit_all();
    assert_eq!(
        missing_paths(&repo),
        vec![
            "docs/remote/ssh.md",
            "memory-bank/docs/images/containers/architecture-containers.png"
        ]
    );
}

/// Twin: vscode-docs' own page below its root `docs/` folder is checked
/// (there its site-root links name files of the tree).
#[test]
fn vscode_docs_own_page_is_checked() {
    assert_eq!(
        missing_paths(&memory_bank("docs/devcontainers/containers.md")),
        vec![
            "docs/remote/ssh.md",
            "docs/devcontainers/images/containers/architecture-containers.png",
            "memory-bank/docs/containers.md",
            "memory-bank/docs/develop-on-a-remote-docker-host.md"
        ]
    );
}

// --- citations in the spec of a release that has shipped (k3d-manager's
// `docs/bugs/v1.7.1-bugfix-….md` and `docs/plans/v1.10.0-….md`, its tags
// at `v1.26.0`: their root-cause `path:line` pointers record the code of
// that version; 41 findings, all judged false) ---

/// A spec named `NAME` citing line 3 of a script, committed; three lines
/// are then added above the cited one; `tag` (if any) names a release.
fn versioned_spec(name: &str, tag: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write(
        "scripts/up.sh",
        "#!/bin/sh\nset -e\nexport PORT=8200\necho up\n",
    )
    .write(
        &format!("docs/plans/{name}"),
        "# Plan: vault port\n\n- Root cause: `scripts/up.sh:3` exports the port.\n",
    )
    .commit_on("2026-01-01");
    if let Some(tag) = tag {
        repo.git(&["tag", tag]);
    }
    repo.write(
        "scripts/up.sh",
        "#!/bin/sh\n# a\n# b\n# c\nset -e\nexport PORT=8200\necho up\n",
    )
    .commit_on("2026-01-02");
    repo
}

#[test]
fn a_spec_of_a_tagged_release_keeps_its_numbers() {
    for name in [
        "v1.10.0-vault-port.md",
        "v1.26.0_vault-port.md",
        "1.9-vault-port.md",
    ] {
        let run = versioned_spec(name, Some("v1.26.0")).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{name}\n{}",
            run.dump()
        );
    }
}

#[test]
fn a_spec_of_a_release_not_tagged_yet_is_judged() {
    let cases = [
        ("v1.28.0-vault-port.md", Some("v1.26.0")),
        ("v1.10.0-vault-port.md", None),
        // A version that runs on is no release name.
        ("v1.10.0.1-vault-port.md", Some("v1.26.0")),
        // A version inside the name is no release the document is named for.
        ("vault-v1.10.0.md", Some("v1.26.0")),
    ];
    for (name, tag) in cases {
        let run = versioned_spec(name, tag).check(&[]);
        let doc = format!("docs/plans/{name}");
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t("citation/shifted", &doc, 3, 15, "scripts/up.sh")],
            "{name}\n{}",
            run.dump()
        );
    }
}
