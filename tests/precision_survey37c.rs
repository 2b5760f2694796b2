//! Patterns read by hand in survey 37c (documentation sites of mid-size
//! projects): exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// vuejs/router commits its `CLAUDE.md` encrypted by git-crypt
/// (`**/CLAUDE.md filter=git-crypt`): the blob is ciphertext behind the
/// header `\0GITCRYPT\0`, binary on purpose, nothing to convert. Its twin,
/// a `.md` file with NUL bytes and no such header, is still reported.
#[test]
fn a_git_crypt_encrypted_document_is_not_reported_as_binary() {
    let repo = Repo::new();
    let mut cipher = b"\0GITCRYPT\0".to_vec();
    cipher.extend_from_slice(&[0x58, 0xAA, 0xB4, 0x5D, 0x10, 0x9B, 0xE8, 0x05, 0xCF, 0x95]);
    let mut binary = b"# Notes\n\0".to_vec();
    binary.extend_from_slice(&[0x58, 0xAA, 0xB4, 0x5D, 0x10, 0x9B, 0xE8, 0x05, 0xCF, 0x95]);
    repo.write(
        ".gitattributes",
        "**/CLAUDE.md filter=git-crypt diff=git-crypt\n",
    )
    .write("CLAUDE.md", &cipher)
    .write("docs/notes.md", &binary)
    .write("README.md", "# Readme\n\nSee [notes](docs/notes.md).\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("encoding/invalid-utf8", "docs/notes.md", 2, 3, "")],
        "\n{}",
        run.dump()
    );
}

/// typescript-eslint's website is configured by `docusaurus.config.mts`
/// (Docusaurus 3 loads `.mts` and `.cts` too), whose docs plugin serves
/// `../../docs` at `routeBasePath: '/'`: `/users/configs` is the doc whose
/// front matter says `id: configs`. A route no doc serves is still
/// reported, and so is a missing section of a doc the route names.
#[test]
fn a_docusaurus_site_configured_by_an_mts_file_serves_its_routes() {
    let repo = Repo::new();
    repo.write(
        "packages/website/docusaurus.config.mts",
        "const config = {\n  presets: [['classic', {\n    docs: {\n      path: '../../docs',\n      routeBasePath: '/',\n    },\n  }]],\n};\nexport default config;\n",
    )
    .write("packages/website/package.json", "{\"name\": \"website\"}\n")
    .write(
        "docs/users/Shared_Configurations.mdx",
        "---\nid: configs\n---\n\n# Shared Configs\n\n## Recommended\n\nText.\n",
    )
    .write(
        "docs/rules/README.md",
        "# Rules\n\nUse [our configs](/users/configs) or [recommended](/users/configs#recommended).\n\n\
         See [the old one](/users/configs#recommended-requiring-type-checking) and [nothing](/users/nothing).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/rules/README.md",
                5,
                5,
                "docs/users/Shared_Configurations.mdx#recommended-requiring-type-checking"
            ),
            t(
                "link/missing-path",
                "docs/rules/README.md",
                5,
                75,
                "users/nothing"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
