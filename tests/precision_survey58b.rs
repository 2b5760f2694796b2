//! Survey 58b: ordinary well-kept documentation repositories with no
//! checklists, round 4: the `docs/` folders of popular projects built with
//! MkDocs Material, Docusaurus or Sphinx/MyST (nautobot, kedro,
//! strawberry, frigate). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// Makes `link` a symlink to `target` inside `repo`.
fn symlink(repo: &Repo, target: &str, link: &str) {
    std::os::unix::fs::symlink(target, repo.path().join(link)).expect("create symlink");
}

// --- an MkDocs site whose `docs` is a symlink to the package's docs
// (nautobot: `docs` → `nautobot/docs`, served by the root `mkdocs.yml`
// with the default `docs_dir`; its pages' site slugs, such as
// `#google-saml` for `#### Google - SAML`, were judged GitHub's way) ---

/// nautobot's layout: the pages in `pkg/docs/`, `docs` linking to them,
/// with or without the root `mkdocs.yml` (`config`).
fn linked_docs(config: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Nautobot\n").write(
        "pkg/docs/sso.md",
        "# SSO\n\nSee [Google SAML](#google-saml) and [Okta](#okta-saml).\n\n\
         #### Google - SAML\n\nText.\n",
    );
    if let Some(config) = config {
        repo.write("mkdocs.yml", config);
    }
    symlink(&repo, "pkg/docs", "docs");
    repo.commit_all();
    repo
}

#[test]
fn a_symlinked_docs_folder_is_the_sites_pages() {
    let run = linked_docs(Some("site_name: Nautobot\n")).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "pkg/docs/sso.md",
            3,
            37,
            "pkg/docs/sso.md#okta-saml"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the MkDocs configuration the page is GitHub's, whose id
/// is `#google---saml`: both anchors are reported.
#[test]
fn a_symlinked_docs_folder_without_a_site_is_read_githubs_way() {
    let run = linked_docs(None).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-anchor"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec!["pkg/docs/sso.md#google-saml", "pkg/docs/sso.md#okta-saml"],
        "\n{}",
        run.dump()
    );
}

// --- mkdocs-gen-files writes pages as the site builds (nautobot's
// `docs/generate_code_reference_pages.py` writes `code-reference/…`,
// linked `../code-reference/nautobot/apps/ui.md`: 26 findings judged
// false) ---

const GEN_CONFIG: &str = "site_name: Nautobot\nplugins:\n  - \"search\"\n  - \"gen-files\":\n      scripts:\n        - docs/gen_ref.py\n  - \"mkdocstrings\"\n";

const GEN_SCRIPT: &str = "import mkdocs_gen_files\nfrom pathlib import Path\n\n\
    for file_path in sorted(Path(\"nautobot\", \"apps\").glob(\"*.py\")):\n    \
    full_doc_path = Path(\"code-reference\", file_path.with_suffix(\".md\"))\n    \
    with mkdocs_gen_files.open(full_doc_path, \"w\") as fd:\n        \
    print(\"::: x\", file=fd)\n";

/// A site whose gen-files script writes `code-reference/`, with `page` as
/// `docs/dev/ui.md` and `readme` as the root README.
fn gen_site(config: &str, page: &str, readme: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", readme)
        .write("mkdocs.yml", config)
        .write("docs/gen_ref.py", GEN_SCRIPT)
        .write("docs/index.md", "# Home\n")
        .write("docs/dev/ui.md", page)
        .write("nautobot/apps/ui.py", "\"\"\"UI.\"\"\"\n")
        .commit_all();
    repo
}

#[test]
fn a_page_a_gen_files_script_writes_is_the_builds() {
    let run = gen_site(
        GEN_CONFIG,
        "# UI\n\nSee [ui](../code-reference/nautobot/apps/ui.md#nautobot.apps.ui.Button).\n",
        "# Nautobot\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: a folder the script does not write (`api-reference/`), one it
/// reads (`nautobot/`, a source folder), the same link from the README
/// outside the site, and the link in a site without the plugin are
/// reported.
#[test]
fn a_page_no_gen_files_script_writes_is_reported() {
    let page = "# UI\n\nSee [ui](../api-reference/ui.md) and [src](../nautobot/x.md).\n";
    let run = gen_site(
        GEN_CONFIG,
        page,
        "# Nautobot\n\nSee [ui](docs/code-reference/nautobot/apps/ui.md).\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "README.md",
                3,
                5,
                "docs/code-reference/nautobot/apps/ui.md"
            ),
            t(
                "link/missing-path",
                "docs/dev/ui.md",
                3,
                5,
                "docs/api-reference/ui.md"
            ),
            t(
                "link/missing-path",
                "docs/dev/ui.md",
                3,
                38,
                "docs/nautobot/x.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = gen_site(
        "site_name: Nautobot\nplugins:\n  - search\n",
        "# UI\n\nSee [ui](../code-reference/nautobot/apps/ui.md).\n",
        "# Nautobot\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/dev/ui.md",
            3,
            5,
            "docs/code-reference/nautobot/apps/ui.md"
        )],
        "\n{}",
        run.dump()
    );
}
