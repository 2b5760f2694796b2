//! Survey 95c: ordinary well-kept documentation repositories with no
//! checklists, round 7: the guides of popular Ruby, PHP and Elixir
//! projects (laravel/docs, phoenixframework/phoenix, ruby/rbs). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- ExDoc guides (phoenixframework/phoenix: the guides `mix.exs` lists
// under `extras` link each other by their flat hexdocs pages, by file
// name, and to module docs with backticked auto-links) ---

const MIX: &str = "defmodule Demo.MixProject do\n  use Mix.Project\n\n  \
    def project, do: [app: :demo, docs: docs()]\n\n  \
    defp docs do\n    [main: \"overview\", extras: [\"guides/plug.md\", \
    \"guides/routing/routing.md\", \"guides/data/contexts.md\"]]\n  end\nend\n";

const PLUG: &str = "# Plug\n\nSee [Routing](routing.html), [contexts](contexts.md), \
    [`Plug.Conn`](`Plug.Conn`), [the task](Mix.Tasks.Demo.Gen.html) and \
    [the book](Demo.epub).\n\nAlso [Gone](gone.html), [Old](Mix.Tasks.Old.html) \
    and [Moved](old/contexts.md).\n";

/// An Elixir project whose `guides/plug.md` links the hexdocs way; with
/// `extras` the guides are ExDoc's, else the same `mix.exs` lists none.
fn exdoc_repo(extras: bool) -> Repo {
    let repo = Repo::new();
    let mix = if extras {
        MIX.to_string()
    } else {
        MIX.replace("extras", "groups")
    };
    repo.write("mix.exs", mix)
        .write(
            "lib/mix/tasks/demo.gen.ex",
            "defmodule Mix.Tasks.Demo.Gen do\nend\n",
        )
        .write("guides/plug.md", PLUG)
        .write("guides/routing/routing.md", "# Routing\n")
        .write("guides/data/contexts.md", "# Contexts\n")
        .commit_all();
    repo
}

/// The links no extra, module or auto-link explains: reported with ExDoc
/// or without it.
fn unexplained() -> Vec<common::Tuple> {
    vec![
        t(
            "link/missing-path",
            "guides/plug.md",
            5,
            6,
            "guides/gone.html",
        ),
        t(
            "link/missing-path",
            "guides/plug.md",
            5,
            25,
            "guides/Mix.Tasks.Old.html",
        ),
        t(
            "link/missing-path",
            "guides/plug.md",
            5,
            55,
            "guides/old/contexts.md",
        ),
    ]
}

#[test]
fn an_exdoc_guide_links_extras_modules_and_auto_links_the_hexdocs_way() {
    let run = exdoc_repo(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        unexplained(),
        "\n{}",
        run.dump()
    );
}

/// Twin: a `mix.exs` that lists no extras makes no ExDoc guides, and every
/// link is read GitHub's way.
#[test]
fn the_same_links_without_exdoc_extras_are_judged() {
    let run = exdoc_repo(false).check(&[]);
    let mut expected = vec![
        t(
            "link/missing-path",
            "guides/plug.md",
            3,
            5,
            "guides/routing.html",
        ),
        t(
            "link/missing-path",
            "guides/plug.md",
            3,
            30,
            "guides/contexts.md",
        ),
        t(
            "link/missing-path",
            "guides/plug.md",
            3,
            55,
            "guides/`Plug.Conn`",
        ),
        t(
            "link/missing-path",
            "guides/plug.md",
            3,
            83,
            "guides/Mix.Tasks.Demo.Gen.html",
        ),
        t(
            "link/missing-path",
            "guides/plug.md",
            3,
            123,
            "guides/Demo.epub",
        ),
    ];
    expected.extend(unexplained());
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        expected,
        "\n{}",
        run.dump()
    );
}
