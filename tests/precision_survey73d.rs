//! Survey 73d: monorepos whose packages each keep a README and a CHANGELOG
//! (sveltejs/kit, urql-graphql/urql, tokio-rs/axum,
//! vanilla-extract-css/vanilla-extract). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, Tuple, assert_reference_findings, t};

// --- a document a Rust source includes as its rustdoc (axum's
// `axum/src/docs/middleware.md`, `#[doc = include_str!("../docs/middleware.md")]`):
// its intra-doc links (`tower_http::trace`, `fn@crate::middleware::from_fn`,
// `` `tower::Service` ``, `crate#…`) and relative `.html` links name items
// and pages of the generated docs: 12 findings judged false ---

const MIDDLEWARE: &str = "# Middleware\n\n\
    - [`TraceLayer`](tower_http::trace) for tracing.\n\
    - [`from_fn`] and [the routing guide](middleware/index.html#routing).\n\
    - [`Service`] and [sharing state][state].\n\
    - [the notes](notes/middleware.md) and [the tracing layer](tower_http/trace).\n\n\
    [`from_fn`]: fn@crate::middleware::from_fn\n\
    [`Service`]: `tower::Service`\n\
    [state]: crate#sharing-state-with-handlers\n";

/// An axum-like crate whose `src/docs/middleware.md` is included by
/// `src/middleware/mod.rs` the way `include` says.
fn rust_crate(include: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "Cargo.toml",
        "[package]\nname = \"web\"\nversion = \"0.1.0\"\n",
    )
    .write("src/lib.rs", "pub mod middleware;\n")
    .write("src/middleware/mod.rs", include)
    .write("src/docs/middleware.md", MIDDLEWARE)
    .commit_all();
    repo
}

/// The links of [`MIDDLEWARE`] that name files, missing in every reading:
/// reported whether rustdoc includes the document or not.
fn real_links() -> Vec<Tuple> {
    vec![
        t(
            "link/missing-path",
            "src/docs/middleware.md",
            6,
            3,
            "src/docs/notes/middleware.md",
        ),
        t(
            "link/missing-path",
            "src/docs/middleware.md",
            6,
            40,
            "src/docs/tower_http/trace",
        ),
    ]
}

#[test]
fn a_rustdoc_included_documents_intra_doc_links_are_items() {
    let run = rust_crate("#![doc = include_str!(\"../docs/middleware.md\")]\n").check(&[]);
    assert_reference_findings(&run, &real_links());
}

/// Twin: a source that includes the document as a string, not as its
/// documentation, makes it no rustdoc page: every link is reported.
#[test]
fn the_same_links_in_a_document_no_doc_attribute_includes_are_reported() {
    let run = rust_crate("pub const MIDDLEWARE: &str = include_str!(\"../docs/middleware.md\");\n")
        .check(&[]);
    let f = |line, column, target| {
        t(
            "link/missing-path",
            "src/docs/middleware.md",
            line,
            column,
            target,
        )
    };
    assert_reference_findings(
        &run,
        &[
            f(3, 3, "src/docs/tower_http::trace"),
            f(4, 19, "src/docs/middleware/index.html"),
            f(6, 3, "src/docs/notes/middleware.md"),
            f(6, 40, "src/docs/tower_http/trace"),
            f(8, 1, "src/docs/fn@crate::middleware::from_fn"),
            f(9, 1, "src/docs/`tower::Service`"),
            f(10, 1, "src/docs/crate"),
        ],
    );
}

/// A `concat!(env!("CARGO_MANIFEST_DIR"), "/…")` include is read from the
/// crate's folder.
#[test]
fn a_manifest_dir_include_is_read_from_the_crates_folder() {
    let run = rust_crate(
        "#![doc = include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/src/docs/middleware.md\"))]\n",
    )
    .check(&[]);
    assert_reference_findings(&run, &real_links());
}

// --- pages numbered for their order, linked by slug (sveltejs/kit's
// `documentation/docs/`, which svelte.dev serves at `/docs/kit/<slug>`:
// `[hooks](hooks#handle)` in `20-core-concepts/20-load.md` is
// `30-advanced/20-hooks.md`): 319 of 330 findings, the 30 sampled all
// judged false ---

/// A numbered docs tree (`numbered`) or the same pages without prefixes.
fn slug_docs(numbered: bool) -> Repo {
    let n = |prefix: &str, name: &str| {
        if numbered {
            format!("{prefix}-{name}")
        } else {
            name.to_string()
        }
    };
    let repo = Repo::new();
    repo.write("README.md", "# Kit\n")
        .write(
            &format!("documentation/docs/{}/{}.md", n("20", "core"), n("20", "load")),
            "# Loading data\n\nSee [hooks](hooks#handle), [routing](./routing) and [gone](handle-errors).\n",
        )
        .write(
            &format!("documentation/docs/{}/{}.md", n("30", "advanced"), n("20", "hooks")),
            "# Hooks\n\n## handle\n",
        )
        .write(
            &format!("documentation/docs/{}/{}.md", n("20", "core"), n("10", "routing")),
            "# Routing\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_slug_of_a_numbered_page_names_that_page() {
    let run = slug_docs(true).check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            "documentation/docs/20-core/20-load.md",
            3,
            53,
            "documentation/docs/20-core/handle-errors",
        )],
    );
}

/// Twin: the same pages without number prefixes are read GitHub's way:
/// every slug is reported.
#[test]
fn the_same_slugs_between_unnumbered_pages_are_reported() {
    let run = slug_docs(false).check(&[]);
    let f = |column, target| {
        t(
            "link/missing-path",
            "documentation/docs/core/load.md",
            3,
            column,
            target,
        )
    };
    assert_reference_findings(
        &run,
        &[
            f(5, "documentation/docs/core/hooks"),
            f(28, "documentation/docs/core/routing"),
            f(53, "documentation/docs/core/handle-errors"),
        ],
    );
}

// --- the anchors of a page reached by a site's slug are the site's:
// svelte.dev joins a heading to its parent and keeps the case
// (`[load](load#Rerunning-load-functions-When-do-load-functions-rerun)`,
// `#$types`: sveltejs/kit, 25 findings judged false) ---

/// Two numbered pages of one folder; `load` links the page `hooks` by its
/// slug with the anchors `anchors`, and by its file with the same anchors.
fn anchor_docs(anchors: &[&str]) -> Repo {
    let mut text = String::from("# Loading data\n\n");
    for a in anchors {
        text.push_str(&format!("See [hooks](hooks#{a}).\n\n"));
    }
    for a in anchors {
        text.push_str(&format!("See [hooks](./30-hooks.md#{a}).\n\n"));
    }
    let repo = Repo::new();
    repo.write("README.md", "# Kit\n")
        .write("documentation/docs/20-core/20-load.md", &text)
        .write(
            "documentation/docs/20-core/30-hooks.md",
            "# Hooks\n\n## Server hooks\n\n### handle\n",
        )
        .commit_all();
    repo
}

/// A `link/missing-anchor` finding of `documentation/docs/20-core/20-load.md`.
fn load_anchor(line: u64, column: u64, target: &str) -> common::Tuple {
    t(
        "link/missing-anchor",
        "documentation/docs/20-core/20-load.md",
        line,
        column,
        target,
    )
}

#[test]
fn a_site_made_anchor_of_a_page_reached_by_its_slug_is_the_sites() {
    let run = anchor_docs(&["Server-hooks-handle", "$types", "handle", "gone"]).check(&[]);
    let f = load_anchor;
    // By the slug, only the lower-case anchor no heading has is judged (its
    // link by the file, line 17, folds into that finding); by the file
    // (GitHub's reading), both anchors GitHub cannot make are judged too.
    assert_reference_findings(
        &run,
        &[
            f(9, 5, "documentation/docs/20-core/30-hooks.md#gone"),
            f(
                11,
                5,
                "documentation/docs/20-core/30-hooks.md#Server-hooks-handle",
            ),
            f(13, 5, "documentation/docs/20-core/30-hooks.md#$types"),
        ],
    );
}

/// A lower-case anchor that svelte.dev's id of a heading gives (the parent's
/// id, `-`, the heading's title with its dots: `#page-page.svelte` for `###
/// +page.svelte` below `## +page`) is the site's on a page reached by its
/// slug (sveltejs/kit's `20-load.md`, 7 more findings judged false). Twins:
/// an anchor no such id gives, and the same anchor by the page's file
/// (GitHub's reading, whose slug is `pagesvelte`), are judged.
#[test]
fn a_nested_site_id_with_dots_of_a_page_reached_by_its_slug_is_the_sites() {
    let repo = Repo::new();
    repo.write("README.md", "# Kit\n")
        .write(
            "documentation/docs/20-core/20-load.md",
            "# Loading data\n\n\
             See [`+page.svelte`](routing#page-page.svelte).\n\n\
             See [`+page.sveltex`](routing#page-page.sveltex).\n\n\
             See [`+page.svelte`](./10-routing.md#page-page.svelte).\n",
        )
        .write(
            "documentation/docs/20-core/10-routing.md",
            "# Routing\n\n## +page\n\n### +page.svelte\n\nText.\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    let f = load_anchor;
    assert_reference_findings(
        &run,
        &[
            f(
                5,
                5,
                "documentation/docs/20-core/10-routing.md#page-page.sveltex",
            ),
            f(
                7,
                5,
                "documentation/docs/20-core/10-routing.md#page-page.svelte",
            ),
        ],
    );
}
