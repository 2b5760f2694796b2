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
