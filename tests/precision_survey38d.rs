//! Patterns read by hand in survey 38d (helper s38d): the documentation of
//! popular projects, without readiness checklists (rust-lang/book's mdBook,
//! Docsy's Hugo site, the Chinese Vue docs' VitePress site, JupyterHub's
//! Sphinx/MyST docs, Poetry's docs). Exact findings, the real binary in a
//! real git repository.

mod common;
use common::{Repo, t};

/// A bundle page of a Hugo site; `site` names it, so that no two sites hold
/// the same text (checkmark reads a copy once).
fn docsy_page(site: &str) -> String {
    format!(
        "---\ntitle: Shortcodes\n---\n\n# Shortcodes of {site}\n\n\
     See the [language parameter][] and the [project's SCSS file][].\n\
     See [the gone page](../nothing-here/).\n\n\
     [language parameter]: ../language/#internationalization-bundles\n\
     [project's SCSS file]: lookandfeel/#project-style-files\n"
    )
}

/// google/docsy: docsy.dev is a multilingual single-host Hugo site (`en`
/// and `fr` under `languages`, no `baseURL` of their own), so Hugo turns
/// its embedded link render hook on by itself (`useEmbedded: auto`), and
/// the hook reads a link with `GetPage` from the folder that holds the
/// leaf bundle: `../language/` of `docs/content/shortcodes/index.md` is
/// `docs/language.md`, `lookandfeel/` is `docs/content/lookandfeel.md`
/// (2 findings judged false). Twins: a page no reading finds is reported,
/// and the same links in a one-language site, which has no hook, are read
/// from the page's URL and reported.
#[test]
fn a_multilingual_hugo_site_uses_the_embedded_link_hook() {
    let repo = Repo::new();
    repo.write(
        "site/config/_default/hugo.yaml",
        "title: Docsy\nlanguages:\n  en:\n    label: English\n  fr:\n    label: Français\n",
    )
    .write("site/layouts/_markup/render-heading.html", "<h1>x</h1>\n")
    .write("site/content/en/docs/language.md", "# Language\n")
    .write("site/content/en/docs/content/lookandfeel.md", "# Look\n")
    .write(
        "site/content/en/docs/content/shortcodes/index.md",
        docsy_page("site"),
    )
    .write(
        "solo/hugo.yaml",
        "title: Solo\nlanguages:\n  en:\n    label: English\n",
    )
    .write("solo/content/docs/language.md", "# Language\n")
    .write("solo/content/docs/content/lookandfeel.md", "# Look\n")
    .write(
        "solo/content/docs/content/shortcodes/index.md",
        docsy_page("solo"),
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "site/content/en/docs/content/shortcodes/index.md",
                8,
                5,
                "site/content/en/docs/content/nothing-here"
            ),
            t(
                "link/missing-path",
                "solo/content/docs/content/shortcodes/index.md",
                8,
                5,
                "solo/content/docs/content/nothing-here"
            ),
            t(
                "link/missing-path",
                "solo/content/docs/content/shortcodes/index.md",
                10,
                1,
                "solo/content/docs/content/language"
            ),
            t(
                "link/missing-path",
                "solo/content/docs/content/shortcodes/index.md",
                11,
                1,
                "solo/content/docs/content/shortcodes/lookandfeel"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A multihost Hugo site (each language with its own `baseURL`) does not
/// get the embedded hook by default, nor one that sets `useEmbedded:
/// never`: their links are read from the page's URL.
#[test]
fn a_multihost_or_never_hugo_site_has_no_embedded_link_hook() {
    let repo = Repo::new();
    repo.write(
        "multi/hugo.yaml",
        "title: M\nlanguages:\n  en:\n    baseURL: https://en.example.org/\n  fr:\n    baseURL: https://fr.example.org/\n",
    )
    .write("multi/content/docs/language.md", "# Language\n")
    .write("multi/content/docs/content/shortcodes/index.md", docsy_page("multi"))
    .write(
        "never/hugo.yaml",
        "title: N\nmarkup:\n  goldmark:\n    renderHooks:\n      link:\n        useEmbedded: never\nlanguages:\n  en: {}\n  fr: {}\n",
    )
    .write("never/content/docs/language.md", "# Language\n")
    .write("never/content/docs/content/shortcodes/index.md", docsy_page("never"))
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    let targets: Vec<String> = run
        .findings()
        .iter()
        .filter(|f| f.1.ends_with("index.md") && f.2 == 10)
        .map(|f| f.4.clone())
        .collect();
    assert_eq!(
        targets,
        vec![
            "multi/content/docs/content/language".to_string(),
            "never/content/docs/content/language".to_string(),
        ],
        "\n{}",
        run.dump()
    );
}

/// rust-lang/book keeps its old editions as books of their own inside the
/// book's folder (`2018-edition/book.toml`, `2018-edition/src/`), published
/// at `<the book>/2018-edition/`; each stub chapter sends the reader to the
/// current book with `../ch18-00-oop.html` or `../index.html`: the outer
/// book's chapter `src/ch18-00-oop.md` and its index page (92 findings
/// judged false over three editions). Twins: a page the outer book does not
/// have, and the same link in a book that no other book holds, are
/// reported.
#[test]
fn a_nested_mdbook_links_the_outer_books_pages() {
    let repo = Repo::new();
    repo.write("book.toml", "[book]\ntitle = \"The Book\"\n")
        .write("src/SUMMARY.md", "# Summary\n\n- [OOP](ch18-00-oop.md)\n")
        .write("src/ch18-00-oop.md", "# OOP\n")
        .write("2018-edition/book.toml", "[book]\ntitle = \"The Book\"\n")
        .write(
            "2018-edition/src/SUMMARY.md",
            "# Summary\n\n- [OOP](ch17-00-oop.md)\n",
        )
        .write(
            "2018-edition/src/ch17-00-oop.md",
            "# OOP\n\nSee [the current version](../ch18-00-oop.html) or [the book](../index.html#intro).\n\
             See [a gone chapter](../ch99-gone.html).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "2018-edition/src/ch17-00-oop.md",
            4,
            5,
            "2018-edition/ch99-gone.html"
        )],
        "\n{}",
        run.dump()
    );

    let alone = Repo::new();
    alone
        .write("guide/book.toml", "[book]\ntitle = \"Guide\"\n")
        .write("guide/src/SUMMARY.md", "# Summary\n\n- [OOP](oop.md)\n")
        .write(
            "guide/src/oop.md",
            "# OOP\n\nSee [the current version](../ch18-00-oop.html).\n",
        )
        .write("src/ch18-00-oop.md", "# OOP\n")
        .commit_all();
    let run = alone.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "guide/src/oop.md",
            3,
            5,
            "guide/ch18-00-oop.html"
        )],
        "\n{}",
        run.dump()
    );
}

/// rust-lang/book's `nostarch/` chapters are the manuscript sent to the
/// publisher, concatenated from the book's `src/` by `tools/nostarch.sh`,
/// and open with one HTML comment that says both things across its lines:
/// `<!-- DO NOT EDIT THIS FILE.`, then `This file is periodically generated
/// from the content in the `/src/` directory…`. Their images name
/// `img/…`, a file of `src/`, and are fixed there (30 findings judged
/// false). Twins: a hand-written page whose opening comment only says not
/// to edit something, and one whose comment only says a part is
/// generated, are checked and their broken images reported.
#[test]
fn a_document_whose_opening_comment_says_generated_do_not_edit_is_left_out() {
    let repo = Repo::new();
    repo.write("src/img/trpl04-01.svg", "<svg/>\n")
        .write(
            "nostarch/chapter04.md",
            "<!-- DO NOT EDIT THIS FILE.\n\n\
             This file is periodically generated from the content in the `/src/`\n\
             directory, so all fixes need to be made in `/src/`.\n-->\n\n[TOC]\n\n\
             # Understanding Ownership\n\n<img alt=\"stack\" src=\"img/trpl04-01.svg\" class=\"center\" />\n",
        )
        .write(
            "docs/guide.md",
            "<!-- DO NOT EDIT the figures\nby hand. -->\n\n# Guide\n\n<img alt=\"stack\" src=\"img/trpl04-01.svg\" />\n",
        )
        .write(
            "docs/notes.md",
            "<!-- The table is\ngenerated weekly. -->\n\n# Notes\n\n![stack](img/trpl04-02.svg)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/guide.md",
                6,
                23,
                "docs/img/trpl04-01.svg"
            ),
            t(
                "link/missing-path",
                "docs/notes.md",
                6,
                1,
                "docs/img/trpl04-02.svg"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// rust-lang/book's `redirects/*.md` open with a pandoc title block (`%
/// Match`): rustdoc renders them beside the book's chapters on
/// doc.rust-lang.org, so `ch06-02-match.html` is the chapter there and
/// `../std/mem/fn.transmute.html` the standard library's page (14 of 14
/// sampled findings judged false). Twins: a `.md` link of the same
/// document, and the same `.html` link in a document without a title
/// block, are reported.
#[test]
fn a_pandoc_titled_document_links_pages_of_its_html_build() {
    let repo = Repo::new();
    repo.write("src/ch06-02-match.md", "# Match\n")
        .write(
            "redirects/match.md",
            "% Match\n\n<small>There is a new edition of the book and this is an old link.</small>\n\n\
             * [in the current edition: Ch 6.02][2]\n* [transmute][4]\n* [the old notes](notes.md)\n\n\
             [2]: ch06-02-match.html\n[4]: ../std/mem/fn.transmute.html#safety\n",
        )
        .write(
            "redirects/loops.md",
            "# Loops\n\nSee [the chapter](ch06-02-match.html).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "redirects/loops.md",
                3,
                5,
                "redirects/ch06-02-match.html"
            ),
            t(
                "link/missing-path",
                "redirects/match.md",
                7,
                3,
                "redirects/notes.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
