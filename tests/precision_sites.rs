//! Precision of the link rules in documentation sites and build outputs, on
//! patterns found in unseen repositories (survey 3b: Homebrew/brew,
//! kedacore/keda-docs, bitwarden/contributing-docs; survey 3:
//! rust-project-goals): every silenced link beside a broken twin that must
//! still be reported, with exact findings.

mod common;

use common::{Repo, t};

const RULES: &[&str] = &["link/", "path/"];

#[track_caller]
fn assert_exact(repo: &Repo, expected: &[common::Tuple]) {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(RULES), expected, "\n{}", run.dump());
}

// --- build outputs: targets under a folder git ignores as a folder ---

/// Homebrew's Jekyll site links `/rubydoc/Formula.html`, the API reference
/// its build writes into the ignored `docs/rubydoc/`; a link to a file that a
/// file pattern ignores (`*.log`: evidence nobody committed) stays broken.
#[test]
fn a_link_into_an_ignored_build_folder_is_silent_but_an_ignored_file_is_not() {
    let repo = Repo::new();
    repo.write(".gitignore", "/docs/rubydoc\n*.log\n_site/\n")
        .write("docs/_config.yml", "title: x\n")
        .write("docs/Guide.md", "# Guide\n")
        .write(
            "docs/index.md",
            "\
# Docs

[Formula API](/rubydoc/Formula.html), [guide](/Guide), [gone](/Nope.md).
[Cask API](rubydoc/Cask.html) and [the run](../audit/run.log).
[the built site](../_site/) and [its page](../_site/index.html).
",
        )
        .write("audit/README.md", "# Audit\n")
        // Built locally: on disk, ignored, untracked.
        .write("docs/rubydoc/Cask.html", "<html></html>\n")
        .commit_all();
    assert_exact(
        &repo,
        &[
            t("link/missing-path", "docs/index.md", 3, 56, "Nope.md"),
            t("link/missing-path", "docs/index.md", 4, 35, "audit/run.log"),
        ],
    );
    let run = repo.check(&[]);
    let helps: Vec<String> = run
        .diagnostics_of(&["link/missing-path"])
        .iter()
        .map(|d| d["help"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        helps,
        [
            "commit the file, or correct the path",
            "the target is git-ignored, so no reader has it: commit a copy or an example (`git add -f`), or name the file as code instead of linking it",
        ],
        "\n{}",
        run.dump()
    );
}

// --- Hugo ---

fn hugo(repo: &Repo) -> &Repo {
    repo.write("hugo.toml", "title = \"x\"\n")
        .write("layouts/index.redirects", "/scalers /docs/scalers 301!\n")
        .write(
            "content/docs/concepts/_index.md",
            "+++\ntitle = \"Concepts\"\n+++\n\n## Custom Resources (CRD)\n",
        )
        .write(
            "content/blog/2022-12-12-release.md",
            "+++\naliases = [\"/blog/releases/2.9.0\"]\n+++\n\n# Release\n",
        )
}

/// keda-docs: `/scalers` comes from a redirect, `/blog/releases/2.9.0` from a
/// page's `aliases`: root URLs of a Hugo page are the site's, not files. A
/// root link with a file extension names a file, which Hugo does not serve
/// as written; outside the content tree GitHub reads the link.
#[test]
fn a_root_url_in_a_hugo_page_is_a_site_route_but_a_file_link_is_checked() {
    let repo = Repo::new();
    hugo(&repo)
        .write(
            "content/docs/migration.md",
            "\
# Migration

See [scalers](/scalers), [2.9](/blog/releases/2.9.0/), [missing file](/docs/concepts/nothere.md).
",
        )
        .write("README.md", "# Site\n\nSee [scalers](/scalers).\n")
        .commit_all();
    assert_exact(
        &repo,
        &[
            t("link/missing-path", "README.md", 3, 5, "scalers"),
            t(
                "link/missing-path",
                "content/docs/migration.md",
                3,
                56,
                "docs/concepts/nothere.md",
            ),
        ],
    );
}

/// A Hugo site configured in its configuration folder
/// (`config/_default/hugo.toml`) is a Hugo site all the same.
#[test]
fn a_hugo_site_configured_in_a_config_folder_reads_root_urls_as_routes() {
    let repo = Repo::new();
    repo.write("site/config/_default/hugo.toml", "title = \"x\"\n")
        .write(
            "site/content/docs/page.md",
            "# Page\n\n[scalers](/scalers/) and [file](/scalers.md).\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-path",
            "site/content/docs/page.md",
            3,
            26,
            "scalers.md",
        )],
    );
}

/// keda-docs: `../concepts/#custom-resources-crd` lands on the section page
/// `concepts/_index.md`, which has that heading; a fragment it lacks is
/// still reported, against that page.
#[test]
fn a_folder_anchor_in_a_hugo_site_is_looked_up_in_the_section_page() {
    let repo = Repo::new();
    hugo(&repo)
        .write(
            "content/docs/migration.md",
            "\
# Migration

See [here](../concepts/#custom-resources-crd) and [bad](../concepts/#no-such-heading).
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-anchor",
            "content/docs/migration.md",
            3,
            51,
            "content/docs/concepts/_index.md#no-such-heading",
        )],
    );
}

/// Outside any site, a folder without a README but with an `index.md`: the
/// fragment is looked up in that page (it was silently accepted before).
#[test]
fn a_folder_anchor_without_a_readme_is_looked_up_in_the_index_page() {
    let repo = Repo::new();
    repo.write("notes/index.md", "# Notes\n\n## Setup\n")
        .write(
            "README.md",
            "# R\n\n[setup](notes/#setup) and [gone](notes/#teardown).\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-anchor",
            "README.md",
            3,
            27,
            "notes/index.md#teardown",
        )],
    );
}

// --- Docusaurus ---

fn docusaurus(repo: &Repo) -> &Repo {
    repo.write(
        "docusaurus.config.js",
        "module.exports = { presets: [['classic', { docs: { routeBasePath: '/' } }]] };\n",
    )
}

/// contributing-docs: `./locked-vault-is-secure` is the doc
/// `02-locked-vault-is-secure.mdx`, whose id drops the number prefix. A URL
/// that matches no doc, and a file link by a name no file has, are broken.
#[test]
fn a_docusaurus_url_drops_number_prefixes_but_a_file_link_names_the_file() {
    let repo = Repo::new();
    docusaurus(&repo)
        .write("docs/01-principles/02-locked.mdx", "# Locked\n")
        .write(
            "docs/01-principles/open-vault.md",
            "---\nid: opened\n---\n\n# Open\n",
        )
        .write(
            "docs/01-principles/03-semi.mdx",
            "# Semi\n\nSee [P02](./locked) and [P09](./unlocked) and [file](./locked.mdx).\n",
        )
        .write(
            "docs/intro.md",
            "# Intro\n\n[P02](principles/locked/) [P05](principles/opened).\n",
        )
        // A URL is read from the page's folder, not the docs folder.
        .write(
            "docs/guide/page.md",
            "# Page\n\n[P02](principles/locked).\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[
            t(
                "link/missing-path",
                "docs/01-principles/03-semi.mdx",
                3,
                25,
                "docs/01-principles/unlocked",
            ),
            t(
                "link/missing-path",
                "docs/01-principles/03-semi.mdx",
                3,
                47,
                "docs/01-principles/locked.mdx",
            ),
            t(
                "link/missing-path",
                "docs/guide/page.md",
                3,
                1,
                "docs/guide/principles/locked",
            ),
        ],
    );
}

/// A site in `website/` whose docs plugin reads `path: '../docs'` (as
/// redux-toolkit's does) serves `docs/`.
#[test]
fn a_docusaurus_docs_path_setting_names_the_content_folder() {
    let repo = Repo::new();
    repo.write(
        "website/docusaurus.config.ts",
        "export default {\n  presets: [['classic', {\n    docs: {\n      path: '../docs',\n    },\n  }]],\n};\n",
    )
    .write("docs/01-intro/02-setup.md", "# Setup\n")
    .write(
        "docs/01-intro/03-usage.md",
        "# Usage\n\n[setup](./setup) and [teardown](./teardown)\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t(
            "link/missing-path",
            "docs/01-intro/03-usage.md",
            3,
            22,
            "docs/01-intro/teardown",
        )],
    );
}

/// contributing-docs: a `.md` link that starts with neither `./` nor `../`
/// is also read from the docs folder and the site's folder, as Docusaurus
/// does; one written `./` is read from the page's folder only.
#[test]
fn a_bare_md_link_in_a_docusaurus_page_is_read_from_the_content_and_site_folders() {
    let repo = Repo::new();
    docusaurus(&repo)
        .write("docs/style/kotlin.md", "# Kotlin\n")
        .write(
            "docs/guide/index.md",
            "\
# Guide

[style](docs/style/kotlin.md) [content](style/kotlin.md) [missing](docs/style/swift.md)
[rel](./docs/style/kotlin.md)
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[
            t(
                "link/missing-path",
                "docs/guide/index.md",
                3,
                58,
                "docs/guide/docs/style/swift.md",
            ),
            t(
                "link/missing-path",
                "docs/guide/index.md",
                4,
                1,
                "docs/guide/docs/style/kotlin.md",
            ),
        ],
    );
}

// --- samples and placeholders ---

/// rust-project-goals: `src/admin/samples/main-readme.md` is text to paste
/// into the main README; its links are written for there. A sample
/// project's README stands where it is read, and a page copied one folder
/// down from the template keeps its broken link.
#[test]
fn a_sample_document_is_written_for_its_copy_but_a_sample_project_is_not() {
    let repo = Repo::new();
    repo.write("book.toml", "[book]\n")
        .write("src/SUMMARY.md", "# Summary\n")
        .write(
            "src/admin/samples/main-readme.md",
            "\
# Sample: text for the main README

[Click here](./YYYYHN/goals.md). [instructions](./how_to/propose_a_goal.md)
",
        )
        .write(
            "src/admin/samples/app/README.md",
            "# App\n\n[setup](./setup.md)\n",
        )
        .write(
            "src/2025h2/page.md",
            "# Goal\n\n[toml](../rust-project-goals.toml)\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[
            t(
                "link/missing-path",
                "src/2025h2/page.md",
                3,
                1,
                "src/rust-project-goals.toml",
            ),
            t(
                "link/missing-path",
                "src/admin/samples/app/README.md",
                3,
                1,
                "src/admin/samples/app/setup.md",
            ),
        ],
    );
}

/// A target with a placeholder part (`YYYY-MM-DD`, `YYYYHN`) is a pattern,
/// not a path; an all-caps name that is a word (`WASI`) is a broken link.
#[test]
fn a_placeholder_target_is_silent_but_an_all_caps_word_is_not() {
    let repo = Repo::new();
    repo.write(
        "docs/ops.md",
        "# Ops\n\nWrite [the report](reports/YYYY-MM-DD.md). Uses [WASI](WASI).\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "docs/ops.md", 3, 49, "docs/WASI")],
    );
}

// --- DocFX (Microsoft Learn): routes, any-case file links, redirects ---

/// A Learn repository (PowerShell-Docs: 3,029 findings, about 3,000 of them
/// links that work on learn.microsoft.com): `docfx.json` in `reference/`, a
/// redirection file in `redir/`.
fn learn(repo: &Repo) -> &Repo {
    repo.write("reference/docfx.json", "{ \"build\": {} }\n")
        .write(
            "redir/.openpublishing.redirection.json",
            r#"{ "redirections": [
  { "source_path": "../reference/docs/old-page.md", "redirect_url": "/powershell/docs/new-page" },
  { "source_path_from_root": "/reference/docs/older-page.md", "redirect_url": "/powershell/docs/new-page" }
] }
"#,
        )
        .write("reference/docs/new-page.md", "# New page\n")
        .write("reference/docs/About/about_Vars.md", "# Vars\n\n### `$$`\n\n### `$?`\n\n## Notes\n")
        .write("reference/docs/moved.md", "# Moved\n")
        .commit_all();
    repo.git(&[
        "mv",
        "reference/docs/moved.md",
        "reference/docs/About/moved.md",
    ]);
    repo.commit_all()
}

const LEARN_PAGE: &str = "\
# Page

[Enum](/dotnet/api/system.enum.format) and [module](/powershell/module/x).
[vars](about/about_vars.md), [old](old-page.md), [older](older-page.md).
[sections](about/about_vars.md#section-1) and [none](about/about_vars.md#section-5).
[gone](missing-page.md) and [moved](moved.md).
";

#[test]
fn a_learn_page_reads_routes_any_case_links_and_redirects_as_the_site_does() {
    let repo = Repo::new();
    learn(&repo)
        .write("reference/docs/page.md", LEARN_PAGE)
        .write("README.md", "# Repo\n\n[api](/dotnet/api/system.enum)\n")
        .commit_all();
    assert_exact(
        &repo,
        &[
            // A README is read on GitHub, where a root URL is broken.
            t(
                "link/missing-path",
                "README.md",
                3,
                1,
                "dotnet/api/system.enum",
            ),
            t(
                "link/missing-anchor",
                "reference/docs/page.md",
                5,
                47,
                "reference/docs/About/about_Vars.md#section-5",
            ),
            t(
                "link/missing-path",
                "reference/docs/page.md",
                6,
                1,
                "reference/docs/missing-page.md",
            ),
            t(
                "path/renamed",
                "reference/docs/page.md",
                6,
                29,
                "reference/docs/moved.md",
            ),
        ],
    );
}

#[test]
fn without_docfx_the_same_links_are_broken() {
    let repo = Repo::new();
    learn(&repo)
        .write("reference/docs/page.md", LEARN_PAGE)
        .commit_all();
    repo.git(&["rm", "-q", "reference/docfx.json"]);
    repo.commit_all();
    let run = repo.check(&["reference/docs/page.md"]);
    let rules: Vec<(String, u64)> = run
        .findings_of(RULES)
        .into_iter()
        .map(|f| (f.0, f.2))
        .collect();
    assert_eq!(
        rules,
        [
            // `/powershell/module/x` reads as a site route anywhere.
            ("link/missing-path".to_string(), 3),
            ("link/missing-path".to_string(), 4),
            ("link/missing-path".to_string(), 4),
            ("link/missing-path".to_string(), 4),
            ("link/missing-path".to_string(), 5),
            ("link/missing-path".to_string(), 5),
            ("link/missing-path".to_string(), 6),
            ("path/renamed".to_string(), 6),
        ],
        "\n{}",
        run.dump()
    );
}

// --- Mintlify: routes from the config's folder, redirects, MDX anchors ---

/// mintlify/docs (3,143 link/missing-path, every one a working route): a
/// `docs.json` with Mintlify's schema, redirects through `$ref`, pages in
/// `.mdx` whose ids stand indented inside components.
#[test]
fn a_mintlify_page_reads_routes_redirects_and_indented_ids_as_mintlify_does() {
    let repo = Repo::new();
    repo.write(
        "docs.json",
        r#"{ "$schema": "https://mintlify.com/docs.json", "name": "t",
  "navigation": { "groups": [] }, "redirects": { "$ref": "./redirects.json" } }
"#,
    )
    .write(
        "redirects.json",
        r#"[ { "source": "/ai/old-page", "destination": "/ai/mcp" },
  { "source": "/blog/:slug*", "destination": "/changelog" } ]
"#,
    )
    .write(
        "ai/mcp.mdx",
        "---\ntitle: MCP\n---\n\n<Tabs>\n  <Tab title=\"A\">\n    <div id=\"setup-a\">\n    ### Install\n  </Tab>\n</Tabs>\n\n<ResponseField name=\"icons\" type=\"object\">\n  Icons.\n</ResponseField>\n",
    )
    .write("guides/setup.mdx", "# Setup\n\nSee [sibling](./more).\n")
    .write("guides/more.mdx", "# More\n")
    .write(
        "index.mdx",
        "\
# Home

- [MCP](/ai/mcp), [install](/ai/mcp#install), [a](/ai/mcp#setup-a), [icons](/ai/mcp#param-icons)
- [setup](guides/setup), [old](/ai/old-page), [post](/blog/2024/launch)
- [gone](/ai/removed) and [no section](/ai/mcp#uninstall)
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[
            t("link/missing-path", "index.mdx", 5, 3, "ai/removed"),
            t(
                "link/missing-anchor",
                "index.mdx",
                5,
                27,
                "ai/mcp.mdx#uninstall",
            ),
        ],
    );
}

/// Another tool's `docs.json` (no Mintlify schema, no `navigation`) makes
/// no site: the same root links are broken on GitHub.
#[test]
fn a_docs_json_that_is_not_mintlify_makes_no_site() {
    let repo = Repo::new();
    repo.write("docs.json", "{ \"pages\": [\"a\"] }\n")
        .write("ai/mcp.mdx", "# MCP\n")
        .write("index.mdx", "# Home\n\n- [MCP](/ai/mcp)\n")
        .commit_all();
    assert_exact(
        &repo,
        &[t("link/missing-path", "index.mdx", 3, 3, "ai/mcp")],
    );
}
