//! Survey 72a: documentation folders published by a website built in
//! another repository or by a hosted docs service (apollo-client's
//! `docs/source/`, built in apollographql/docs; nats.docs on GitBook;
//! meilisearch's and Discord's Mintlify sites). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Run, assert_reference_findings, t};

/// Asserts the targets of a run's findings of `rule`, in order.
#[track_caller]
fn assert_targets(run: &Run, rule: &str, expected: &[&str]) {
    let found: Vec<String> = run.findings_of(&[rule]).into_iter().map(|f| f.4).collect();
    assert_eq!(found, expected, "\n{}", run.dump());
}

// --- an `.mdx` page links the site's pages by their paths without the
// extension, relative to the page (apollo-client's
// `[Handling operation errors](./error-handling/)` in
// `docs/source/data/queries.mdx`: 335 findings, 29 of the 30 sampled
// judged false) ---

const PAGE: &str = "# Queries\n\n\
    See [mutations](./mutations/).\n\n\
    See [writeQuery](../caching/overview/#writequery).\n\n\
    See [readQuery](../caching/overview/#readquery).\n\n\
    See [hooks](../api/hooks).\n\n\
    See [static typing](../caching/static-typing).\n\n\
    See [the old page](../caching/overview.md).\n";

/// apollo-client's layout: the pages in `docs/source/`, no site
/// configuration in the repository; the linking page named `page`.
fn mdx_docs(page: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Apollo Client\n")
        .write(page, PAGE)
        .write("docs/source/data/mutations.mdx", "# Mutations\n")
        .write(
            "docs/source/caching/overview.mdx",
            "# Caching\n\n## writeQuery\n\nText.\n",
        )
        .write("docs/source/api/hooks/index.mdx", "# Hooks\n");
    repo.commit_all();
    repo
}

#[test]
fn an_mdx_pages_extensionless_links_name_its_sites_pages() {
    let run = mdx_docs("docs/source/data/queries.mdx").check(&[]);
    assert_reference_findings(
        &run,
        &[
            t(
                "link/missing-anchor",
                "docs/source/data/queries.mdx",
                7,
                5,
                "docs/source/caching/overview.mdx#readquery",
            ),
            t(
                "link/missing-path",
                "docs/source/data/queries.mdx",
                11,
                5,
                "docs/source/caching/static-typing",
            ),
            t(
                "link/missing-path",
                "docs/source/data/queries.mdx",
                13,
                5,
                "docs/source/caching/overview.md",
            ),
        ],
    );
}

/// Twin: the same links in a `.md` document, which GitHub shows and reads
/// as paths, are dead there (the folder `../api/hooks` is a path GitHub
/// lists).
#[test]
fn a_md_documents_extensionless_links_are_judged() {
    let run = mdx_docs("docs/source/data/queries.md").check(&[]);
    assert_targets(
        &run,
        "link/missing-path",
        &[
            "docs/source/data/mutations",
            "docs/source/caching/overview",
            "docs/source/caching/overview",
            "docs/source/caching/static-typing",
            "docs/source/caching/overview.md",
        ],
    );
}

// --- an API page renders its items with documentation components that
// name them by API Extractor's canonical reference, each item's section
// linked by its name (apollo-client's
// `<FunctionDetails canonicalReference="@apollo/client!InMemoryCache#batch:member(1)" />`,
// linked `../api/cache/InMemoryCache#batch`: 11 findings judged false) ---

const GUIDE: &str = "# Guide\n\n\
    See [batch](./api/cache#batch).\n\n\
    See [refetchQueries](./api/cache#InMemoryCache.batch).\n\n\
    See [the display name](./api/cache#cachemodify).\n\n\
    See [evict](./api/cache#evict).\n";

/// The API page `docs/source/api/cache.mdx` rendering `component`, linked
/// from `docs/source/guide.mdx`.
fn api_page(component: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Apollo Client\n")
        .write("docs/source/guide.mdx", GUIDE)
        .write(
            "docs/source/api/cache.mdx",
            format!("# InMemoryCache\n\n{component}\n"),
        );
    repo.commit_all();
    repo
}

#[test]
fn an_api_components_items_are_anchors() {
    let run = api_page(
        "<FunctionDetails\n  canonicalReference=\"@apollo/client!InMemoryCache#batch:member(1)\"\n  \
         displayName=\"cache.modify\"\n/>",
    )
    .check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-anchor",
            "docs/source/guide.mdx",
            9,
            5,
            "docs/source/api/cache.mdx#evict",
        )],
    );
}

/// Twin: a component that names its item without a canonical reference
/// makes no known id: every anchor but the heading's is reported.
#[test]
fn a_component_without_a_canonical_reference_makes_no_ids() {
    let run =
        api_page("<FunctionDetails item=\"InMemoryCache#batch\" displayName=\"cache.modify\" />")
            .check(&[]);
    assert_targets(
        &run,
        "link/missing-anchor",
        &[
            "docs/source/api/cache.mdx#batch",
            "docs/source/api/cache.mdx#InMemoryCache.batch",
            "docs/source/api/cache.mdx#cachemodify",
            "docs/source/api/cache.mdx#evict",
        ],
    );
}

// --- guards found by rerunning earlier surveys: a folder's index page is
// served at the folder's URL, so its relative links are read from the
// folder above (pyth-network/documentation's Nextra home page
// `pages/home/index.mdx` links `./security`: no `/security` page, judged
// true in survey 60d); and a page below a site's configuration is read the
// site's way (survey 30e's Astro site with `trailingSlash: 'always'`) ---

/// `pages/home/NAME` (`index.mdx` unless `name` says otherwise) linking
/// `./security` (a page of its own folder) and `./intro` (a page of the
/// folder above); `config` a file to add.
fn index_page(name: &str, config: Option<(&str, &str)>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Docs\n")
        .write(
            &format!("pages/home/{name}"),
            "# Home\n\nSee [security](./security).\n\nSee [intro](./intro).\n",
        )
        .write("pages/home/security.mdx", "# Security\n")
        .write("pages/intro.mdx", "# Intro\n");
    if let Some((path, text)) = config {
        repo.write(path, text);
    }
    repo.commit_all();
    repo
}

#[test]
fn an_index_pages_extensionless_link_is_read_from_the_folder_above() {
    let run = index_page("index.mdx", None).check(&[]);
    assert_targets(&run, "link/missing-path", &["pages/home/security"]);
}

/// Twin: a page of another name links its own folder's pages.
#[test]
fn a_pages_extensionless_link_is_read_from_its_folder() {
    let run = index_page("start.mdx", None).check(&[]);
    assert_targets(&run, "link/missing-path", &["pages/home/intro"]);
}

/// A page below a site's configuration is left to the site's readings
/// (survey 30e's Astro site with `trailingSlash: 'always'`): here the Astro
/// site serves no `pages/` folder, so both links are judged as GitHub
/// reads them.
#[test]
fn a_page_below_a_sites_configuration_is_read_the_sites_way() {
    let run = index_page(
        "index.mdx",
        Some((
            "astro.config.mjs",
            "export default defineConfig({ trailingSlash: 'always' });\n",
        )),
    )
    .check(&[]);
    assert_targets(
        &run,
        "link/missing-path",
        &["pages/home/security", "pages/home/intro"],
    );
}

/// GitBook marks a heading's anchor with an empty `<a>` whose `href` is its
/// own `id` (nats.docs' `jwt.md`: `#### **Create/Edit Operator** <a
/// href="create-edit-operator" id="create-edit-operator"></a>`, 8 findings
/// judged false): nothing to click, no link. Twins: the same element with
/// words to click, and an empty one whose `href` names another target, are
/// links and are checked.
#[test]
fn gitbooks_empty_self_anchor_is_no_link() {
    let repo = Repo::new();
    repo.write(
        "admin/jwt.md",
        "# JWT\n\n\
         #### **Create/Edit Operator** <a href=\"create-edit-operator\" id=\"create-edit-operator\"></a>\n\n\
         Text.\n\n\
         See <a href=\"edit-account\" id=\"edit-account\">the account page</a>.\n\n\
         #### Keys <a href=\"signing-keys\" id=\"keys\"></a>\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "admin/jwt.md",
                7,
                14,
                "admin/edit-account"
            ),
            t(
                "link/missing-path",
                "admin/jwt.md",
                9,
                20,
                "admin/signing-keys"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
