//! Patterns of the survey on unseen repositories (survey 22, fixed in pass 21):
//! Zola's internal links and theme gallery (getzola/zola), MyST + Sphinx
//! autodoc targets (jupyterhub/jupyterhub) and a stale line link whose line
//! kept its key (kubernetes-sigs/kustomize). Each false pattern beside its
//! true twin, exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// A Zola site: `config.toml` with `base_url` beside `content/`.
fn zola_site(repo: &Repo) -> &Repo {
    repo.write(
        "docs/config.toml",
        "base_url = \"https://example.org/\"\ntitle = \"x\"\n\n[extra]\nauthor = \"me\"\n",
    )
    .write("docs/templates/index.html", "<html></html>\n")
}

/// getzola/zola's docs link pages with `@/path.md`, read from the site's
/// `content/` folder (docs/content/documentation/content/overview.md:7,
/// `[section](@/documentation/content/section.md)`; 42 findings read the
/// link from the page's folder). A site with a `themes/` folder is Zola's
/// too when its configuration sets `base_url` (zola's `test_site/`). Twins:
/// an `@/` link to a page that is not there, and an anchor no heading makes.
#[test]
fn zola_internal_links_are_read_from_the_content_folder() {
    let repo = Repo::new();
    zola_site(&repo)
        .write(
            "docs/content/documentation/templates/_index.md",
            "+++\ntitle = \"Templates\"\n+++\n\n## Overview\n\n## Custom filters_and tests\n",
        )
        .write(
            "docs/content/documentation/content/page.md",
            "+++\ntitle = \"Page\"\n+++\n\n\
             See [templates](@/documentation/templates/_index.md), its \
             [overview](@/documentation/templates/_index.md#overview) and \
             [filters](@/documentation/templates/_index.md#custom-filters-and-tests).\n\n\
             Gone: [gone](@/documentation/no-such-page.md) and \
             [bad anchor](@/documentation/templates/_index.md#nope).\n",
        )
        .write(
            "test_site/config.toml",
            "title = \"Test\"\nbase_url = \"https://replace-this.com\"\ntheme = \"sample\"\n",
        )
        .write("test_site/themes/sample/theme.toml", "name = \"sample\"\n")
        .write("test_site/content/hello.md", "+++\n+++\n# Hello\n")
        .write(
            "test_site/content/posts/draft.md",
            "+++\n+++\nSee [hello](@/hello.md) and [nothing](@/posts/nothing.md).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/content/documentation/content/page.md",
                7,
                7,
                "docs/content/documentation/no-such-page.md"
            ),
            t(
                "link/missing-anchor",
                "docs/content/documentation/content/page.md",
                7,
                51,
                "docs/content/documentation/templates/_index.md#nope"
            ),
            t(
                "link/missing-path",
                "test_site/content/posts/draft.md",
                3,
                29,
                "test_site/content/posts/nothing.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A theme page of the gallery: front matter naming its upstream
/// repository, a body copied from its README.
fn theme_page(name: &str) -> String {
    format!(
        "\n+++\ntitle = \"{name}\"\ntemplate = \"theme.html\"\n\n[extra]\n\
         repository = \"https://github.com/someone/{name}-zola-theme.git\"\n\
         homepage = \"https://github.com/someone/{name}-zola-theme\"\n+++\n\n\
         # {name}\n\n![light](screenshot-light.png) under the [license](LICENSE).\n\n\
         - [x] Comments\n  - [x] Twikoo\n  - [ ] Artalk\n"
    )
}

/// getzola/zola's `docs/content/themes/*/index.md` are written by the
/// gallery's generator from each theme's README (front matter `[extra]
/// repository = "https://github.com/…"`, every change an "Update themes
/// gallery (#N)" commit): their links name files of the theme's repository
/// (151 findings, 2 of them task findings of a copied feature list). Such a
/// page is not checked, also when a merge brought its last change (the
/// generator's pull request merged with a merge commit). Twins: a hand-written page of the site with a broken
/// image and an open sub-item, and a folder of project pages that name their
/// repositories but were each written by hand in their own commit.
#[test]
fn a_zola_gallery_of_upstream_readmes_is_not_checked() {
    let repo = Repo::new();
    zola_site(&repo).write(
        "docs/content/themes/_index.md",
        "+++\ntemplate = \"themes.html\"\n+++\n",
    );
    for name in ["anpu", "daisy", "ergo", "hayflow", "zulma", "abridge"] {
        repo.write(
            &format!("docs/content/themes/{name}/index.md"),
            theme_page(name),
        );
    }
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "Update themes gallery (#2730)"]);
    for name in ["anpu", "daisy"] {
        repo.write(
            &format!("docs/content/themes/{name}/index.md"),
            theme_page(name).replace("# ", "# The "),
        );
    }
    repo.git(&["commit", "-q", "-am", "Update themes gallery (#3169)"]);
    // The generator's pull request merged as it is: the merge edits nothing.
    repo.git(&["checkout", "-q", "-b", "create-pull-request/patch"]);
    repo.write(
        "docs/content/themes/ergo/index.md",
        theme_page("ergo").replace("# ", "# The "),
    );
    repo.git(&["commit", "-q", "-am", "Update themes gallery"]);
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&[
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "Merge pull request #3171 from getzola/create-pull-request/patch",
        "create-pull-request/patch",
    ]);
    repo.write(
        "docs/content/documentation/page.md",
        "+++\ntitle = \"Page\"\n+++\n\n![shot](missing-shot.png)\n\n- [x] Written\n  - [ ] Reviewed\n",
    );
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "Document pages"]);
    for name in ["one", "two", "three", "four", "five"] {
        repo.write(
            &format!("docs/content/projects/{name}/index.md"),
            format!(
                "+++\ntitle = \"{name}\"\n\n[extra]\nrepository = \"https://github.com/us/{name}\"\n+++\n\nSee [notes](notes.md).\n"
            ),
        );
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-q", "-m", &format!("Add the {name} project")]);
    }
    let run = repo.check(&["--select", "link/,task/"]);
    let mut expected = vec![
        t(
            "link/missing-path",
            "docs/content/documentation/page.md",
            5,
            1,
            "docs/content/documentation/missing-shot.png",
        ),
        t(
            "task/checked-parent-open-child",
            "docs/content/documentation/page.md",
            7,
            1,
            "",
        ),
    ];
    for name in ["five", "four", "one", "three", "two"] {
        expected.push(t(
            "link/missing-path",
            &format!("docs/content/projects/{name}/index.md"),
            8,
            5,
            &format!("docs/content/projects/{name}/notes.md"),
        ));
    }
    assert_eq!(run.findings(), expected, "\n{}", run.dump());
}

/// kubernetes-sigs/kustomize's `site/README.md:67` points at
/// `[netlify.toml](netlify.toml#L7)` for "the HUGO_VERSION environment
/// variable"; a version bump changed the line's value, and the line still
/// holds `HUGO_VERSION = "…"`: the link names the setting, which is where it
/// was. Twins: a link whose line now holds other content (the Hugo line of
/// `go.mod` moved down, `github.com/cli/cli` where it was), and a citing line
/// that quotes the old value.
#[test]
fn a_line_link_whose_line_kept_its_key_is_not_stale() {
    let repo = Repo::new();
    repo.write(
        "netlify.toml",
        "[build]\nbase = \"site/\"\n\n[build.environment]\nHUGO_VERSION = \"0.110.0\"\n",
    )
    .write(
        "go.mod",
        "module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/gohugoio/hugo v0.110.0\n)\n",
    )
    .write(
        "README.md",
        "# Site\n\nEdit `HUGO_VERSION` in [`netlify.toml`](netlify.toml#L5).\n\n\
         Pinned Hugo is in [go.mod](go.mod#L6).\n\n\
         The site builds with Hugo 0.110.0 ([netlify.toml](netlify.toml#L5)).\n",
    )
    .commit_all();
    repo.write(
        "netlify.toml",
        "[build]\nbase = \"site/\"\n\n[build.environment]\nHUGO_VERSION = \"0.120.4\"\n",
    )
    .write(
        "go.mod",
        "module x\n\ngo 1.26\n\ntool (\n\tgithub.com/cli/cli\n)\n\nrequire (\n\tgithub.com/gohugoio/hugo v0.120.4\n)\n",
    );
    repo.git(&["commit", "-q", "-am", "bump"]);
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "README.md", 5, 19, "go.mod"),
            t("citation/stale", "README.md", 7, 36, "netlify.toml"),
        ],
        "\n{}",
        run.dump()
    );
}

/// jupyterhub/jupyterhub's MyST pages link Python objects that autodoc
/// documents (`[](#Spawner.ip)`: a trait of `.. autoconfigurable:: Spawner`
/// under `.. automodule:: jupyterhub.spawner`; `[](JupyterHub.db_url)`) and
/// labels that code in `conf.py` makes (`names=[f"rest-api-{operation_id}"]`:
/// `[/users](rest-api-get-users)`), which Sphinx resolves (35 findings).
/// Twins: a label nothing makes, a member of an object nothing documents, a
/// missing `.md` file (also one named after a documented class), and the
/// same links in a project whose `conf.py` does not turn autodoc on.
#[test]
fn myst_links_to_autodoc_objects_and_labels_made_by_conf_py_resolve() {
    let api = "# Spawners\n\n```{eval-rst}\n.. automodule:: jupyterhub.spawner\n```\n\n\
               ### {class}`Spawner`\n\n```{eval-rst}\n.. autoconfigurable:: Spawner\n```\n";
    let use_page = "# Use\n\nSet [](#Spawner.start_timeout), see [](Spawner), \
                    [](jupyterhub.spawner.Spawner) and [GET /users](rest-api-get-users).\n\n\
                    Not: [x](no-such-label), [](#Nothing.attr), [page](missing-page.md) \
                    and [spawner](Spawner.md).\n";
    let repo = Repo::new();
    repo.write(
        "docs/source/conf.py",
        "extensions = [\"sphinx.ext.autodoc\", \"myst_parser\"]\nfrom docutils import nodes\n\
         def setup(app):\n    target = nodes.target(ids=[f\"operation/{op}\"], names=[f\"rest-api-{op}\"])\n",
    )
    .write("docs/source/reference/api/spawner.md", api)
    .write("docs/source/howto/use.md", use_page)
    .write("other/conf.py", "extensions = [\"myst_parser\"]\n")
    .write("other/api.md", api)
    .write("other/use.md", use_page.replace("# Use", "# Other"))
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/source/howto/use.md",
                5,
                6,
                "docs/source/howto/no-such-label"
            ),
            t(
                "link/missing-anchor",
                "docs/source/howto/use.md",
                5,
                26,
                "docs/source/howto/use.md#Nothing.attr"
            ),
            t(
                "link/missing-path",
                "docs/source/howto/use.md",
                5,
                45,
                "docs/source/howto/missing-page.md"
            ),
            t(
                "link/missing-path",
                "docs/source/howto/use.md",
                5,
                73,
                "docs/source/howto/Spawner.md"
            ),
            t(
                "link/missing-anchor",
                "other/use.md",
                3,
                5,
                "other/use.md#Spawner.start_timeout"
            ),
            t("link/missing-path", "other/use.md", 3, 37, "other/Spawner"),
            t(
                "link/missing-path",
                "other/use.md",
                3,
                50,
                "other/jupyterhub.spawner.Spawner"
            ),
            t(
                "link/missing-path",
                "other/use.md",
                3,
                85,
                "other/rest-api-get-users"
            ),
            t(
                "link/missing-path",
                "other/use.md",
                5,
                6,
                "other/no-such-label"
            ),
            t(
                "link/missing-anchor",
                "other/use.md",
                5,
                26,
                "other/use.md#Nothing.attr"
            ),
            t(
                "link/missing-path",
                "other/use.md",
                5,
                45,
                "other/missing-page.md"
            ),
            t(
                "link/missing-path",
                "other/use.md",
                5,
                73,
                "other/Spawner.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
