//! Patterns read by hand in survey 38c (helper s38c): Docusaurus sites in
//! monorepos, a `packages/` folder beside the site's folder. Exact
//! findings, the real binary in a real git repository.

mod common;
use common::{Repo, t};

/// A typescript-eslint-like monorepo: the site in `packages/website/`
/// serves the repository's `docs/` at the root (`routeBasePath: '/'`), so
/// `/packages/parser` is the doc `docs/packages/Parser.mdx` (`id: parser`)
/// while the repository also has a `packages/parser/README.md`.
fn monorepo() -> Repo {
    let repo = Repo::new();
    repo.write(
        "packages/website/docusaurus.config.mts",
        "export default {\n  presets: [\n    [\n      'classic',\n      {\n        docs: {\n          path: '../../docs',\n          routeBasePath: '/',\n          sidebarPath: './sidebars.ts',\n        },\n      },\n    ],\n  ],\n};\n",
    )
    .write("packages/website/sidebars.ts", "export default {};\n")
    .write("packages/website/package.json", "{\"name\": \"website\"}\n")
    .write(
        "docs/packages/Parser.mdx",
        "---\nid: parser\nsidebar_label: parser\n---\n\n# `@typescript-eslint/parser`\n\n## Configuration\n\n### `project`\n\nText.\n\n### `tsconfigRootDir`\n\nText.\n",
    )
    .write(
        "packages/parser/README.md",
        "# `@typescript-eslint/parser`\n\nSee the website for the documentation.\n",
    )
    .write(
        "packages/other/README.md",
        "# other\n\n## Usage\n\nText.\n",
    );
    repo
}

/// A root link of a Docusaurus page is read on the site: the route that
/// serves a doc there comes before the repository's folder of the same
/// name (typescript-eslint, 12 findings judged false). Beside it, an
/// anchor that the site's doc lacks is still reported against that doc, a
/// root URL no route serves is still read GitHub's way, and a README
/// outside the site still reads the same link as GitHub does.
#[test]
fn a_docusaurus_root_link_names_the_sites_route_before_the_repository_folder() {
    let repo = monorepo();
    repo.write(
        "docs/getting-started/Typed_Linting.mdx",
        "# Typed linting\n\n\
         Set [`parserOptions.project`](/packages/parser#project) and\n\
         [`tsconfigRootDir`](/packages/parser#tsconfigrootdir).\n\n\
         See [the missing option](/packages/parser#no-such-option).\n\n\
         See [other's usage](/packages/other#usage) and [its setup](/packages/other#setup).\n",
    )
    .write(
        "README.md",
        "# Monorepo\n\nThe parser's [project option](/packages/parser#project).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor,link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "README.md",
                3,
                14,
                "packages/parser/README.md#project"
            ),
            t(
                "link/missing-anchor",
                "docs/getting-started/Typed_Linting.mdx",
                6,
                5,
                "docs/packages/Parser.mdx#no-such-option"
            ),
            t(
                "link/missing-anchor",
                "docs/getting-started/Typed_Linting.mdx",
                8,
                48,
                "packages/other/README.md#setup"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
