//! Patterns of the survey on unseen repositories (survey 23): an mdBook book
//! linking the neighbouring books of its site (rust-lang/nomicon). Each
//! false pattern beside its true twin, exact findings, the real binary in
//! real git repositories.

mod common;

use common::{Repo, t};

/// rust-lang/nomicon is served at `doc.rust-lang.org/nomicon/` and links the
/// standard library and the Reference beside it (src/transmutes.md:57,
/// `[transmute]: ../std/mem/fn.transmute.html`; 45 findings). A relative
/// link climbing out of the book's `src` to an `.html` page is silent.
/// Twins: a chapter or page inside `src` that is not there, a climb to a
/// file that is no page (`../CONTRIBUTING.md`), a page in a folder the
/// repository holds beside `src` (`../theme/head.html`), and the same
/// climbing link in a folder that is no book.
#[test]
fn a_book_links_pages_of_the_neighbouring_books() {
    let repo = Repo::new();
    repo.write("book.toml", "[book]\ntitle = \"The Rustonomicon\"\n")
        .write("src/SUMMARY.md", "# Summary\n\n- [Casts](casts.md)\n")
        .write("theme/index.hbs", "<html></html>\n")
        .write(
            "src/casts.md",
            "# Casts\n\n\
             See [transmute] and [the reference](../reference/type-layout.html).\n\n\
             Gone: [chapter](./missing.md), [page](missing.html), \
             [contributing](../CONTRIBUTING.md) and [head](../theme/head.html).\n\n\
             [transmute]: ../std/mem/fn.transmute.html\n",
        )
        .write(
            "src/vec/layout.md",
            "# Layout\n\n[NonNull](../../std/ptr/struct.NonNull.html), \
             [sibling](../vec-gone.html).\n",
        )
        .write(
            "notes/a.md",
            "# Notes\n\n[transmute](../std/mem/fn.transmute.html)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "notes/a.md",
                3,
                1,
                "std/mem/fn.transmute.html"
            ),
            t("link/missing-path", "src/casts.md", 5, 7, "src/missing.md"),
            t(
                "link/missing-path",
                "src/casts.md",
                5,
                32,
                "src/missing.html"
            ),
            t(
                "link/missing-path",
                "src/casts.md",
                5,
                54,
                "CONTRIBUTING.md"
            ),
            t(
                "link/missing-path",
                "src/casts.md",
                5,
                93,
                "theme/head.html"
            ),
            t(
                "link/missing-path",
                "src/vec/layout.md",
                3,
                47,
                "src/vec-gone.html"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
