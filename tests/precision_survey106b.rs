//! Survey s106b: ordinary well-kept documentation repositories with no
//! checklists, round 13: Docusaurus and VitePress sites of popular
//! open-source libraries (wxt, unocss, kysely). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A package's README that the root `README.md` symlinks to is shown by
// GitHub at the root, where its relative links are read (unocss's
// `packages-presets/unocss/README.md`, `[MIT](./LICENSE)` for the root
// `LICENSE`: 1 finding judged false) ---

/// unocss's layout: the package's README, with a link that only the root
/// has and one nobody has, and a symlink to it named `link` at the root.
fn symlinked_readme(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("LICENSE", "MIT\n")
        .write("packages/core/package.json", "{}\n")
        .write(
            "packages/core/README.md",
            "# Core\n\n## License\n\n[MIT](./LICENSE) License, see also [notes](./NOTES.md).\n",
        );
    std::os::unix::fs::symlink("packages/core/README.md", repo.path().join(link)).expect("symlink");
    repo.commit_all();
    repo
}

#[test]
fn a_symlinked_readme_reads_its_links_from_the_symlink_folder() {
    let run = symlinked_readme("README.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "packages/core/README.md",
            5,
            36,
            "packages/core/NOTES.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a symlink not named README is shown by GitHub as its target's
/// name, not rendered: the document's links are read from its own folder,
/// and both are broken.
#[test]
fn the_same_links_behind_a_symlink_not_named_readme_are_reported() {
    let run = symlinked_readme("CORE.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "packages/core/README.md",
                5,
                1,
                "packages/core/LICENSE"
            ),
            t(
                "link/missing-path",
                "packages/core/README.md",
                5,
                36,
                "packages/core/NOTES.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
