//! Survey 51c: ordinary well-kept documentation repositories with no
//! checklists (official docs of popular projects built with MkDocs,
//! Docusaurus, Hugo, Sphinx/MyST, VitePress, or plain `docs/` folders),
//! where the contract promises at most a handful of findings. False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, t};

const ANCHOR: &str = "link/missing-anchor";
const PATH: &str = "link/missing-path";

// --- link/missing-anchor: Docusaurus' MDX comment id `{/* #id */}`
// (helm/helm-www's Ukrainian and Korean translations keep the English ids
// so: `## Функції URL {/* #url-functions */}`) ---

fn docusaurus_page(page: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = { title: 'Helm' };\n",
    )
    .write("docs/intro.md", "# Intro\n")
    .write("docs/topics/functions.mdx", page)
    .commit_all();
    repo
}

#[test]
fn a_docusaurus_mdx_comment_id_is_the_headings_id() {
    let run = docusaurus_page(
        "# Функції\n\n- [URL](#url-functions)\n- [Математика](#math-functions)\n\n\
         ## Функції URL {/* #url-functions */}\n\n## Математичні функції {/* #math-functions */}\n",
    )
    .check(&[]);
    assert_eq!(run.findings_of(&[ANCHOR]), vec![], "\n{}", run.dump());
}

/// Twin: a translated heading without such an id, and an id the link does
/// not name, are reported.
#[test]
fn a_translated_heading_without_the_id_is_reported() {
    let run = docusaurus_page(
        "# Функції\n\n- [URL](#url-functions)\n- [Математика](#math-functions)\n\n\
         ## Функції URL\n\n## Математичні функції {/* #float-math-functions */}\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR]),
        vec![
            t(
                ANCHOR,
                "docs/topics/functions.mdx",
                3,
                3,
                "docs/topics/functions.mdx#url-functions"
            ),
            t(
                ANCHOR,
                "docs/topics/functions.mdx",
                4,
                3,
                "docs/topics/functions.mdx#math-functions"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: GitHub slugs a heading by its text, an image's
// alt text left out (mermaid-js/mermaid's README: `## Contributors
// [![Good first issue](badge)](url) [![Contributors](badge)](url)` is
// `#contributors--`, which its table of contents links) ---

fn badges(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        format!(
            "# Mermaid\n\n- [Contributors]({link})\n\n\
             ## Contributors [![Good first issue](https://img.shields.io/a)](https://github.com/a) \
             [![Commits](https://img.shields.io/b)](https://github.com/b)\n\nThanks.\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_badge_headings_anchor_leaves_the_alt_text_out() {
    let run = badges("#contributors--").check(&[]);
    assert_eq!(run.findings_of(&[ANCHOR]), vec![], "\n{}", run.dump());
}

/// Twin: an anchor made of the badges' alt text names no heading on GitHub.
#[test]
fn an_anchor_spelling_the_alt_text_is_reported() {
    let run = badges("#contributors-good-first-issue-commits").check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR]),
        vec![t(
            ANCHOR,
            "README.md",
            3,
            3,
            "README.md#contributors-good-first-issue-commits"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: VitePress puts `_` before an id that opens with
// a digit (mermaid-js/mermaid's getting-started page links
// `#_1-using-the-mermaid-live-editor` for `## 1. Using the Mermaid Live
// Editor`: 5 findings judged false) ---

fn vitepress(site: bool, link: &str) -> Repo {
    let repo = Repo::new();
    if site {
        repo.write(
            "docs/.vitepress/config.ts",
            "export default { title: 'Mermaid' }\n",
        );
    }
    repo.write("docs/index.md", "# Home\n")
        .write(
            "docs/intro/getting-started.md",
            format!(
                "# Guide\n\n1. [Live editor]({link})\n\n## 1. Using the Mermaid Live Editor\n\n\
                 ## 2. Calling the API\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn a_vitepress_id_opening_with_a_digit_has_an_underscore() {
    for link in [
        "#_1-using-the-mermaid-live-editor",
        "getting-started.md#_2-calling-the-api",
    ] {
        let run = vitepress(true, link).check(&[]);
        assert_eq!(run.findings_of(&[ANCHOR]), vec![], "{link}\n{}", run.dump());
    }
}

/// Twin: a number no heading has, and the same link in a page no VitePress
/// site serves (GitHub's id is `#1-using-the-mermaid-live-editor`), are
/// reported.
#[test]
fn an_underscored_id_no_vitepress_heading_has_is_reported() {
    for (site, link) in [
        (true, "#_3-using-mermaid-plugins"),
        (false, "#_1-using-the-mermaid-live-editor"),
    ] {
        let run = vitepress(site, link).check(&[]);
        assert_eq!(
            run.findings_of(&[ANCHOR]),
            vec![t(
                ANCHOR,
                "docs/intro/getting-started.md",
                3,
                4,
                &format!("docs/intro/getting-started.md{link}")
            )],
            "{link}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-anchor: MkDocs gives a repeated heading `_1`, `_2`
// (traefik's `logs-and-accesslogs.md` links the second `####
// resourceAttributes` as `#resourceattributes_1`) ---

fn mkdocs_page(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("mkdocs.yml", "site_name: Traefik\ndocs_dir: content\n")
        .write("content/index.md", "# Home\n")
        .write(
            "content/observability/logs.md",
            format!(
                "# Logs\n\n## Logs\n\n#### resourceAttributes\n\nText.\n\n\
                 ## AccessLogs\n\n#### resourceAttributes\n\n{body}\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_mkdocs_repeated_heading_is_known_by_its_suffix() {
    let run = mkdocs_page("See [resourceAttributes](#resourceattributes_1).").check(&[]);
    assert_eq!(run.findings_of(&[ANCHOR]), vec![], "\n{}", run.dump());
}

/// Twin: a suffix past the repeats is reported.
#[test]
fn an_mkdocs_suffix_past_the_repeats_is_reported() {
    let run = mkdocs_page("See [resourceAttributes](#resourceattributes_2).").check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR]),
        vec![t(
            ANCHOR,
            "content/observability/logs.md",
            13,
            5,
            "content/observability/logs.md#resourceattributes_2"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: `./#anchor` on an MkDocs page served as a folder
// is the page itself (traefik's `http/tls/overview.md` links
// `./#certificate-resolver`: 4 findings judged false) ---

fn mkdocs_own(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("mkdocs.yml", "site_name: Traefik\ndocs_dir: content\n")
        .write("content/index.md", "# Home\n")
        .write(
            "content/http/tls/overview.md",
            format!("# TLS\n\nSee the [resolver]({link}).\n\n## Certificate Resolver\n\nText.\n"),
        )
        .commit_all();
    repo
}

#[test]
fn an_mkdocs_pages_dot_slash_anchor_is_its_own() {
    let run = mkdocs_own("./#certificate-resolver").check(&[]);
    assert_eq!(run.findings_of(&[ANCHOR]), vec![], "\n{}", run.dump());
}

/// Twin: a heading the page lacks is reported.
#[test]
fn an_mkdocs_pages_dot_slash_anchor_it_lacks_is_reported() {
    let run = mkdocs_own("./#custom-domains").check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR]),
        vec![t(
            ANCHOR,
            "content/http/tls/overview.md",
            3,
            9,
            "content/http/tls/overview.md#custom-domains"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: a Hugo page's root link names the site's route,
// not the repository's folder (rclone's pages link `/docs/#metadata`, the
// page `docs/content/docs.md`, where GitHub would show `docs/README.md`:
// 104 findings) ---

fn hugo(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/config.json", "{ \"title\": \"rclone\" }\n")
        .write("docs/layouts/_default/single.html", "{{ .Content }}\n")
        .write("docs/README.md", "# Docs\n\nHow to build the site.\n")
        .write(
            "docs/content/docs.md",
            "---\ntitle: Documentation\n---\n\n# Usage\n\n## Metadata support {#metadata}\n\n### --fast-list\n\nText.\n",
        )
        .write(
            "docs/content/archive.md",
            format!("---\ntitle: Archive\n---\n\n# Archive\n\nSee the [metadata]({link}) docs.\n"),
        )
        .write(
            "README.md",
            format!("# rclone\n\nSee the [metadata]({link}) docs.\n"),
        )
        .commit_all();
    repo
}

#[test]
fn a_hugo_pages_root_link_names_the_sites_route() {
    let run = hugo("/docs/#fast-list").check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR]),
        vec![t(ANCHOR, "README.md", 3, 9, "docs/README.md#fast-list")],
        "\n{}",
        run.dump()
    );
    let run = hugo("/docs/#metadata").check(&["docs/content"]);
    assert_eq!(run.findings_of(&[ANCHOR]), vec![], "\n{}", run.dump());
}

/// Twin: an anchor the route's page lacks is reported against that page,
/// and the repository README's link (read on GitHub) against the folder's
/// README.
#[test]
fn a_hugo_routes_missing_anchor_is_reported_on_its_page() {
    let run = hugo("/docs/#color").check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR]),
        vec![
            t(ANCHOR, "README.md", 3, 9, "docs/README.md#color"),
            t(
                ANCHOR,
                "docs/content/archive.md",
                7,
                9,
                "docs/content/docs.md#color"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a Docusaurus translation's root link is the
// locale's route of the same URL (helm/helm-www's `i18n/*/` pages link
// `/community/related` and `/blog/get-helm-sh/` as the English ones do,
// and translate the `community` docs instance too: 36 findings) ---

fn translated(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = {\n  title: 'Helm',\n  plugins: [\n    ['@docusaurus/plugin-content-docs', {\n      id: 'community',\n      path: 'community',\n      routeBasePath: 'community',\n    }],\n  ],\n};\n",
    )
    .write("docs/intro.md", "# Intro\n\nSee [related](/community/related).\n")
    .write("community/related.md", "# Related\n\n## Helm plugins\n")
    .write("community/history.md", "# History\n\nSee [related](/community/related).\n")
    .write(
        "i18n/ko/docusaurus-plugin-content-docs/current/intro.md",
        format!("# 소개\n\n[관련]({link}) 참조.\n"),
    )
    .write(
        "i18n/uk/docusaurus-plugin-content-docs-community/current/history.md",
        format!("# Історія\n\nДив. [пов'язані]({link}).\n"),
    )
    .commit_all();
    repo
}

#[test]
fn a_docusaurus_translations_root_link_is_the_locales_route() {
    let run = translated("/community/related#helm-plugins").check(&[]);
    assert_eq!(run.findings_of(&[PATH, ANCHOR]), vec![], "\n{}", run.dump());
}

/// Twin: a route the site does not serve is reported from both
/// translations.
#[test]
fn a_docusaurus_translations_root_link_to_no_route_is_reported() {
    let run = translated("/community/relatd").check(&[]);
    assert_eq!(
        run.findings_of(&[PATH, ANCHOR]),
        vec![
            t(
                PATH,
                "i18n/ko/docusaurus-plugin-content-docs/current/intro.md",
                3,
                1,
                "community/relatd"
            ),
            t(
                PATH,
                "i18n/uk/docusaurus-plugin-content-docs-community/current/history.md",
                3,
                6,
                "community/relatd"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- generated documents: a stamp saying the file "MUST NOT BE EDITED"
// (traefik's `configuration-options.md`: `<!--`, `CODE GENERATED
// AUTOMATICALLY`, `THIS FILE MUST NOT BE EDITED BY HAND`, `-->`), and a
// document a root Makefile builds (rclone's `MANUAL.md:` rule) ---

const TABLE: &str = "# Options\n\n| Field | Description | Default |\n|:--|:--|:--|\n\
                     | log.format | Log format: json | common | common |\n";

#[test]
fn a_document_stamped_must_not_be_edited_is_generated() {
    let repo = Repo::new();
    repo.write(
        "docs/options.md",
        format!(
            "<!--\nCODE GENERATED AUTOMATICALLY\nTHIS FILE MUST NOT BE EDITED BY HAND\n-->\n{TABLE}"
        ),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same request without saying a tool wrote it is checked.
#[test]
fn a_must_not_be_edited_comment_without_a_generator_is_checked() {
    let repo = Repo::new();
    repo.write(
        "docs/options.md",
        format!("<!--\nTHIS TABLE MUST NOT BE EDITED BY HAND\n-->\n{TABLE}"),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![t("table/column-count", "docs/options.md", 8, 1, "")],
        "\n{}",
        run.dump()
    );
}

fn manual(makefile: &str) -> Repo {
    let repo = Repo::new();
    repo.write("Makefile", makefile)
        .write("bin/make_manual.py", "print('manual')\n")
        .write("docs/content/docs.md", "# Docs\n\n## Options\n")
        .write(
            "MANUAL.md",
            "% rclone(1) User Manual\n\n# NAME\n\nSee [the options](#optoins) and [docs](docs/content/gone.md).\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_document_a_makefile_builds_is_generated() {
    let run = manual("MANUAL.md:\tbin/make_manual.py docs/content/*.md\n\t./bin/make_manual.py\n")
        .check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: a rule without a recipe (a dependency line) builds nothing, and
/// the document is checked.
#[test]
fn a_document_a_makefile_only_depends_on_is_checked() {
    let run = manual("MANUAL.md: VERSION\n\nrelease:\n\t./release.sh\n").check(&[]);
    assert_eq!(
        run.findings_of(&[ANCHOR, PATH]),
        vec![
            t(ANCHOR, "MANUAL.md", 5, 5, "MANUAL.md#optoins"),
            t(PATH, "MANUAL.md", 5, 33, "docs/content/gone.md"),
        ],
        "\n{}",
        run.dump()
    );
}
