//! Survey 55b: ordinary well-kept documentation repositories with no
//! checklists, round 2 (Sphinx + MyST, Jekyll, mdBook, Astro Starlight,
//! Nextra, Docsify, big plain `docs/` trees). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path, link/missing-anchor: mdbook-spec's rule links
// (rust-lang/reference: `[closure]: expr.closure` names the rule
// `r[expr.closure]`, `#r-expr.closure` its anchor; 353 findings judged
// false) ---

/// A book (`book.toml` with `extra`) whose chapter `expr.md` defines rules
/// and a grammar production, and whose `abi.md` links them.
fn spec_book(extra: &str, abi: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "book.toml",
        format!("[book]\ntitle = \"The Reference\"\n{extra}"),
    )
    .write("src/SUMMARY.md", "# Summary\n\n- [Expressions](expr.md)\n- [ABI](abi.md)\n")
    .write(
        "src/expr.md",
        "r[expr]\n# Expressions\n\nr[expr.closure]\nA closure.\n\n```grammar,expressions\nClosureExpression -> `|` Params `|`\n```\n",
    )
    .write("src/abi.md", format!("# ABI\n\n{abi}"))
    .commit_all();
    repo
}

const SPEC: &str =
    "\n[preprocessor.spec]\ncommand = \"cargo run --manifest-path tools/mdbook-spec/Cargo.toml\"\n";

#[test]
fn an_mdbook_spec_rule_link_names_a_rule_of_the_book() {
    let run = spec_book(
        SPEC,
        "A [closure] and its [rule](expr.md#r-expr.closure) and [grammar](expr.md#grammar-ClosureExpression).\n\n[closure]: expr.closure\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a rule the book does not define, an inline link written as a
/// rule's name (mdbook-spec rewrites definitions only), a rule anchor of
/// another chapter, and the same links in a book without the preprocessor
/// are reported.
#[test]
fn a_rule_link_no_rule_answers_is_reported() {
    let abi = "A [closure], [inline](expr.closure) and [elsewhere](abi.md#r-expr.closure).\n\n[closure]: expr.closur\n";
    let run = spec_book(SPEC, abi).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![
            t("link/missing-path", "src/abi.md", 3, 14, "src/expr.closure"),
            t(
                "link/missing-anchor",
                "src/abi.md",
                3,
                41,
                "src/abi.md#r-expr.closure"
            ),
            t("link/missing-path", "src/abi.md", 5, 1, "src/expr.closur"),
        ],
        "\n{}",
        run.dump()
    );
    let run = spec_book(
        "",
        "A [closure] and its [rule](expr.md#r-expr.closure).\n\n[closure]: expr.closure\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "src/abi.md",
                3,
                21,
                "src/expr.md#r-expr.closure"
            ),
            t("link/missing-path", "src/abi.md", 5, 1, "src/expr.closure"),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: an mdBook chapter's `.md` link to a neighbour
// book of the site (rust-lang/cargo's `../../reference/features.md`, which
// mdBook writes as `.html`: doc.rust-lang.org/reference/) ---

fn cargo_book(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Cargo\n")
        .write("doc/book/book.toml", "[book]\ntitle = \"The Cargo Book\"\n")
        .write(
            "doc/book/src/SUMMARY.md",
            "# Summary\n\n- [Features](reference/features.md)\n",
        )
        .write("doc/book/theme/head.md", "# Head\n")
        .write(
            "doc/book/src/reference/features.md",
            format!("# Features\n\nSee {link}.\n"),
        )
        .commit_all();
    repo
}

#[test]
fn an_mdbook_md_link_out_of_src_names_a_neighbour_book() {
    let run = cargo_book(
        "[conditional compilation](../../reference/conditional-compilation.md) and [FFI](../../nomicon/ffi.md#linking)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a chapter that is not there inside `src`, a file of the book's
/// folder (`../../CHANGES.md`), and a page of a folder the repository holds
/// beside `src` (`../../theme/gone.md`) are reported.
#[test]
fn an_mdbook_md_link_to_this_repository_is_judged() {
    let run = cargo_book("[a](../gone.md), [b](../../CHANGES.md) and [c](../../theme/gone.md)")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "doc/book/src/reference/features.md",
                3,
                5,
                "doc/book/src/gone.md"
            ),
            t(
                "link/missing-path",
                "doc/book/src/reference/features.md",
                3,
                22,
                "doc/book/CHANGES.md"
            ),
            t(
                "link/missing-path",
                "doc/book/src/reference/features.md",
                3,
                48,
                "doc/book/theme/gone.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a label `conf.py` writes into the man pages it
// generates (canonical/lxd: `[lxc list](lxc_list.md)`, 111 findings) ---

fn lxd_docs(conf_write: &str, link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(".gitignore", "doc/reference/manpages/**/*.md\n")
        .write(
            "doc/conf.py",
            format!(
                "extensions = ['myst_parser']\n\nfor page in os.listdir('.sphinx/deps/manpages'):\n    with open(page, 'w') as mdfile:\n        {conf_write}\n"
            ),
        )
        .write("doc/index.md", "# LXD\n")
        .write("doc/howto/move.md", "# Move\n")
        .write("doc/api-extensions.md", format!("# API extensions\n\nThis lets {link} get all it needs.\n"))
        .commit_all();
    repo
}

#[test]
fn a_myst_link_names_a_label_conf_py_writes_into_generated_pages() {
    let run = lxd_docs(
        "mdfile.write('(' + page + ')=\\n')",
        "[`lxc list`](lxc_list.md)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a link with a folder, and the same bare link in a project whose
/// `conf.py` writes no computed label, are reported.
#[test]
fn a_myst_link_no_generated_label_explains_is_reported() {
    let run = lxd_docs("mdfile.write('(' + page + ')=\\n')", "[move](howto/mve.md)").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "doc/api-extensions.md",
            3,
            11,
            "doc/howto/mve.md"
        )],
        "\n{}",
        run.dump()
    );
    let run = lxd_docs(
        "mdfile.write('(manpages)=\\n')",
        "[`lxc list`](lxc_list.md)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "doc/api-extensions.md",
            3,
            11,
            "doc/lxc_list.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- fixtures: a renderer's cases whose outputs stand in an `expected/`
// folder (cargo's mdman: `tests/compare/links.md` and
// `tests/compare/expected/links.1`) ---

fn mdman(expected: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# mdman\n")
        .write(
            "crates/mdman/tests/compare/links.md",
            "# links(1)\n\nA [relative link](foo/bar.html).\n",
        )
        .write(
            "crates/mdman/tests/compare/includes/links-include.md",
            "[Some link](foo.html)\n",
        )
        .write(
            &format!("crates/mdman/tests/compare/expected/{expected}"),
            ".TH \"LINKS\"\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_renderer_case_with_its_output_in_expected_is_test_data() {
    let run = mdman("links.1").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// Twin: an `expected/` folder holding no output of a case's name leaves
/// the folder's Markdown checked.
#[test]
fn markdown_beside_an_expected_folder_of_other_names_is_checked() {
    let run = mdman("options.1").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "crates/mdman/tests/compare/includes/links-include.md",
                1,
                1,
                "crates/mdman/tests/compare/includes/foo.html"
            ),
            t(
                "link/missing-path",
                "crates/mdman/tests/compare/links.md",
                3,
                3,
                "crates/mdman/tests/compare/foo/bar.html"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: a page of a dynamic route renders headings its
// file does not hold (graphql-yoga's envelop site: `plugins/[name].mdx`,
// `<RemoteContent />` of each plugin's README) ---

fn envelop(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Envelop\n")
        .write("site/next.config.ts", "export default {}\n")
        .write("site/public/favicon.svg", "<svg/>\n")
        .write(
            "site/src/pages/plugins/[name].mdx",
            "import { RemoteContent } from 'nextra/components'\n\nexport { getStaticProps, getStaticPaths } from '@/lib/plugin-get-static-props'\n\n<RemoteContent />\n",
        )
        .write("site/src/pages/plugins/index.mdx", "# Plugins\n\n## Using plugins\n")
        .write("site/src/pages/guide.mdx", format!("# Guide\n\nLearn more in {link}.\n"))
        .commit_all();
    repo
}

#[test]
fn an_anchor_on_a_dynamic_route_page_is_not_judged() {
    let run = envelop("[the plugin docs](/plugins/use-extended-validation#union-inputs-oneof)")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: an anchor on the page of a fixed route is judged.
#[test]
fn an_anchor_on_a_fixed_route_page_is_judged() {
    let run = envelop("[the plugins](/plugins#union-inputs-oneof)").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "site/src/pages/guide.mdx",
            3,
            15,
            "site/src/pages/plugins/index.mdx#union-inputs-oneof"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: a badge wrapped in a link that goes nowhere on
// purpose (TanStack's READMEs: `<a href="#badge"><img
// src="https://img.shields.io/badge/…"></a>`, 6 findings) ---

fn readme(line: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        format!("# Router\n\n<p align=\"center\">\n  {line}\n</p>\n\n## Install\n"),
    )
    .commit_all();
    repo
}

#[test]
fn a_badge_linked_to_nowhere_is_not_judged() {
    let run = readme(
        "<a href=\"#badge\"><img alt=\"semantic-release\" src=\"https://img.shields.io/badge/%20%20%F0%9F%93%A6%F0%9F%9A%80-semantic--release-e10079.svg\"></a> <a href=\"https://x.dev\"><img src=\"https://img.shields.io/twitter/follow/x.svg\" alt=\"Follow\"/></a>",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same anchor on a link with words, and on a link around an
/// image that is no badge, are reported.
#[test]
fn an_anchor_link_with_words_or_another_image_is_judged() {
    let run =
        readme("<a href=\"#badge\">badge</a> <a href=\"#logo\"><img src=\"docs/logo.png\"></a>")
            .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t("link/missing-anchor", "README.md", 4, 12, "README.md#badge"),
            t("link/missing-anchor", "README.md", 4, 39, "README.md#logo"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a `.md` page of such a folder that git history shows deleted was
/// a file of this repository, and is reported.
#[test]
fn an_mdbook_md_link_to_a_deleted_file_is_judged() {
    let repo = cargo_book("[the old notes](../../notes/old.md)");
    repo.write("doc/book/notes/old.md", "# Old\n").commit_all();
    repo.git(&["rm", "-q", "doc/book/notes/old.md"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "doc/book/src/reference/features.md",
            3,
            5,
            "doc/book/notes/old.md"
        )],
        "\n{}",
        run.dump()
    );
}
