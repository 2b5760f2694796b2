//! Patterns of survey 35c (argoproj/argo-cd's MkDocs docs, artsy/README's
//! handbook, CyC2018/CS-Notes, rustwasm/wasm-bindgen, jax-ml/jax): a browser
//! text directive written as a link's fragment (P1), and GitHub's own
//! `#readme` id of the box a Markdown file or a folder's README is rendered
//! in (P2). Each false pattern beside its true twin, exact findings, the real
//! binary in real git repositories.

mod common;

use common::{Repo, t};

/// argo-cd's `docs/operator-manual/applicationset/Generators-Git.md`:
/// `[timeout.reconciliation](../argocd-cm-yaml.md#:~:text=timeout.reconciliation:)`,
/// a text fragment the browser scrolls to, not a heading (1 judged false).
/// Twins: an id before the directive is still an id and judged
/// (`#nothing:~:text=x`), a plain missing anchor is reported, and a missing
/// file behind a text directive is still a missing path.
#[test]
fn a_text_directive_names_no_heading() {
    let repo = Repo::new();
    repo.write(
        "docs/cm.md",
        "# Config\n\n## Settings\n\ntimeout.reconciliation: 180s\n",
    )
    .write(
        "docs/guide.md",
        "# Guide\n\n\
             - [timeout](cm.md#:~:text=timeout.reconciliation:)\n\
             - [here](#:~:text=Guide)\n\
             - [settings](cm.md#settings:~:text=timeout)\n\
             - [gone](cm.md#nothing:~:text=x)\n\
             - [typo](cm.md#setings)\n\
             - [lost](lost.md#:~:text=x)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/guide.md",
                6,
                3,
                "docs/cm.md#nothing"
            ),
            t(
                "link/missing-anchor",
                "docs/guide.md",
                7,
                3,
                "docs/cm.md#setings"
            ),
            t("link/missing-path", "docs/guide.md", 8, 3, "docs/lost.md"),
        ]
    );
}

/// artsy/README: every table of contents links `[Playbooks](/playbooks#readme)`
/// and `[Data Migrations](/playbooks/data-migrations.md#readme)`: GitHub gives
/// the rendered file (or the folder's README) the id `readme`, and the link
/// scrolls past the page's header to it (about 70 findings judged false).
/// Twins: another missing anchor of the same file (`#readme-first`), and a
/// `#readme` link to a file that does not exist, are reported.
#[test]
fn github_readme_id_is_not_a_heading() {
    let repo = Repo::new();
    repo.write("playbooks/README.md", "# Playbooks\n\n## Summary\n")
        .write(
            "playbooks/data-migrations.md",
            "# Data migrations\n\n## Steps\n",
        )
        .write(
            "README.md",
            "# Handbook\n\n\
             | Section | |\n\
             |--|--|\n\
             | [Playbooks](/playbooks#readme) | Tips |\n\
             | [Data Migrations](/playbooks/data-migrations.md#readme) | Moves |\n\n\
             See [top](#readme), [first](/playbooks/data-migrations.md#readme-first) \
             and [old](/playbooks/old.md#readme).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "README.md",
                8,
                21,
                "playbooks/data-migrations.md#readme-first"
            ),
            t("link/missing-path", "README.md", 8, 77, "playbooks/old.md"),
        ]
    );
}
