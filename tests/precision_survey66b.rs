//! Survey 66b: monorepos with nested projects and note vaults (Foam,
//! Obsidian, Logseq): foambubble/foam, obsidianmd/obsidian-help,
//! obsidian-community/obsidian-hub, changesets/changesets, logseq/docs.
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a Logseq graph's labeled references: `[label](((uuid)))` names a
// block and `[label]([[Page]])` a page of the graph (logseq/docs, 22
// findings judged false) ---

fn logseq_page(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("pages/contents.md", body);
    repo.commit_all();
    repo
}

#[test]
fn logseq_block_and_page_references_are_not_paths() {
    let run = logseq_page(
        "- See [this example](((63b70dc8-1d59-4348-9737-e62b17fdabca))).\n\
         - [Backlink]([[term/backlink]])\n",
    )
    .check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: a labeled link to a page file that is not there, and a block id
/// that is no UUID, are reported.
#[test]
fn a_missing_page_file_in_a_logseq_graph_is_reported() {
    let run = logseq_page(
        "- See [this example](((63b70dc8))).\n\
         - [Backlink](term/backlink.md)\n",
    )
    .check(&[]);
    assert_reference_findings(
        &run,
        &[
            t(
                "link/missing-path",
                "pages/contents.md",
                1,
                7,
                "pages/((63b70dc8))",
            ),
            t(
                "link/missing-path",
                "pages/contents.md",
                2,
                3,
                "pages/term/backlink.md",
            ),
        ],
    );
}

// --- a syntax guide shows a link rendered beside its source in a code
// span (obsidian-help's "Internal links" in 34 languages: 67 findings
// judged false) ---

fn syntax_guide(line: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "en/Internal links.md",
        format!("# Internal links\n\n{line}\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_link_rendered_beside_its_source_is_an_illustration() {
    let run = syntax_guide("- `[Custom name](Example.md)` appears as [Custom name](Example.md)")
        .check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: the same link without its source in a code span is reported.
#[test]
fn a_link_without_its_source_beside_it_is_reported() {
    let run =
        syntax_guide("- `[Custom name](Other.md)` appears as [Custom name](Example.md)").check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            "en/Internal links.md",
            3,
            40,
            "en/Example.md",
        )],
    );
}

// --- an Obsidian vault finds a bare file name in any of its folders
// (obsidian-help ignores `.obsidian` and links `bases-noshadow.png` from
// `en/Bases/` for `en/Attachments/bases-noshadow.png`: 68 findings judged
// false) ---

fn vault(gitignore: &str, image: &str) -> Repo {
    vault_of(gitignore, image, 5)
}

/// The vault with `habit` more notes that link a file of another folder by
/// its bare name, as a vault's notes do (five such links make the habit).
fn vault_of(gitignore: &str, image: &str, habit: usize) -> Repo {
    let repo = Repo::new();
    repo.write(".gitignore", gitignore)
        .write("en/Attachments/bases-noshadow.png", "png")
        .write("en/Attachments/logo.png", "png")
        .write(
            "en/Bases/Views.md",
            format!("# Views\n\n![A base]({image}#interface)\n"),
        );
    for i in 0..habit {
        repo.write(
            &format!("en/Notes/note-{i}.md"),
            "# Note\n\n![Logo](logo.png)\n",
        );
    }
    repo.commit_all();
    repo
}

#[test]
fn a_bare_file_name_resolves_anywhere_in_an_obsidian_vault() {
    let run = vault(".DS_Store\n.obsidian\n", "bases-noshadow.png").check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twins: a name no file of the vault has, and the same link in a
/// repository that is no vault, are reported.
#[test]
fn a_bare_file_name_no_file_has_or_outside_a_vault_is_reported() {
    let run = vault(".obsidian/\n", "bases-shadow.png").check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            "en/Bases/Views.md",
            3,
            1,
            "en/Bases/bases-shadow.png",
        )],
    );
    let run = vault(".DS_Store\n", "bases-noshadow.png").check(&[]);
    let logo = |i: usize| {
        t(
            "link/missing-path",
            &format!("en/Notes/note-{i}.md"),
            3,
            1,
            "en/Notes/logo.png",
        )
    };
    let mut want = vec![t(
        "link/missing-path",
        "en/Bases/Views.md",
        3,
        1,
        "en/Bases/bases-noshadow.png",
    )];
    want.extend((0..5).map(logo));
    assert_reference_findings(&run, &want);
}

/// A repository that keeps `.obsidian` out of git but writes its links for
/// GitHub (kmrtsar/valuables' user manual: one `![](Map.jpg)` among
/// `/user_manual_pics/…` images, survey 63b, judged true) is read as GitHub
/// reads it: one bare-name link to another folder is no vault's habit.
#[test]
fn one_bare_file_name_in_a_repository_that_ignores_obsidian_is_reported() {
    let run = vault_of(".obsidian/\n", "bases-noshadow.png", 0).check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            "en/Bases/Views.md",
            3,
            1,
            "en/Bases/bases-noshadow.png",
        )],
    );
}
