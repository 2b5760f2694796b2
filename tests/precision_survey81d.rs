//! Survey 81d: Kubernetes operators and Go infrastructure projects with a
//! `docs/` folder (kubebuilder, controller-runtime, velero, cert-manager).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a style guide's "Do" / "Don't" table shows how to write link text
// (velero's `site/content/docs/*/style-guide.md`, copied from the
// Kubernetes style guide: "See [check required ports](#check-required-ports)
// for more details", 3 findings judged false) ---

/// A style guide whose links table has the header `header`.
fn style_guide(header: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/style-guide.md",
        format!(
            "# Style guide\n\n## Links\n\n{header}\n|--- |--- |\n\
             |Write hyperlinks that give context. For example: See [check required ports](#check-required-ports) for more details.|Use ambiguous terms such as \"click here\".|\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_link_in_a_do_dont_table_is_an_example() {
    let run = style_guide("|Do|Don't|").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
    let curly = style_guide("| Do | Don\u{2019}t |").check(&[]);
    assert_eq!(
        curly.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        curly.dump()
    );
}

/// Twin: the same row in a table with other headers is a real link to a
/// section the page lacks.
#[test]
fn a_link_in_another_table_is_judged() {
    let run = style_guide("|Rule|Example|").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/style-guide.md",
            7,
            55,
            "docs/style-guide.md#check-required-ports"
        )],
        "\n{}",
        run.dump()
    );
}
