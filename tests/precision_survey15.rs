//! Patterns of the fifteenth survey (executablebooks/MyST-Parser): MyST /
//! Sphinx label references read as heading anchors and file paths. Each
//! false positive beside its true twin, exact findings, the real binary in
//! real git repositories.

mod common;

use common::{Repo, t};

/// MyST-Parser (131 findings, 108 of them naming a label): in a Sphinx
/// project with `myst_parser`, `[x](#label)`, `[](#label)` and `[x](label)`
/// name `(label)=` targets and directive names (`:name:`, `{figure-md} x`,
/// an `{eval-rst}` block's `.. _x:`, a domain object's name such as
/// `{py:class} pkg.MyClass`) anywhere in the project, and in the
/// files its pages `{include}` (a root `CHANGELOG.md`). Twins: a fragment
/// that is neither a heading nor a label, a bare word that names no label,
/// a missing `.md` file, a `(label)=` shown in a code block.
#[test]
fn myst_labels_resolve_links_in_a_sphinx_project() {
    let repo = Repo::new();
    repo.write("docs/conf.py", "extensions = [\"myst_parser\"]\n")
        .write(
            "docs/a.md",
            "# A\n\n\
             See [below](#my-label), [slashy](#sec/sub), [tip](#tip-ref), [fish](#fig-target) and [lbl](other-label).\n\n\
             Also [rst](rst-label), [there](b.md#other-label), [none](#no-such-label), [word](no-such-label), [file](gone.md) and [shown](#in-code).\n\n\
             (my-label)=\n## Something\n\n(sec/sub)=\n## Other\n\n\
             ```{tip}\n:name: tip-ref\nHi\n```\n\n\
             :::{figure-md} fig-target\n<img src=\"b.md\">\n:::\n\n\
             ```{eval-rst}\n.. _rst-label:\n\nText\n```\n\n\
             ```md\n(in-code)=\n# Shown\n```\n",
        )
        .write(
            "docs/b.md",
            "(other-label)=\n# B\n\n```{py:class} pkg.MyClass\nDoc\n```\n\nSee [class](#pkg.MyClass) and [fn](#pkg.missing_fn).\n",
        )
        .write(
            "docs/develop/changelog.md",
            "```{include} ../../CHANGELOG.md\n```\n",
        )
        .write(
            "CHANGELOG.md",
            "# Changes\n\n- [Alerts](syntax/alerts), [missing](#no-label-here)\n\n(syntax/alerts)=\n## Alerts\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "CHANGELOG.md",
                3,
                28,
                "CHANGELOG.md#no-label-here"
            ),
            t(
                "link/missing-anchor",
                "docs/a.md",
                5,
                51,
                "docs/a.md#no-such-label"
            ),
            t(
                "link/missing-path",
                "docs/a.md",
                5,
                75,
                "docs/no-such-label"
            ),
            t("link/missing-path", "docs/a.md", 5, 98, "docs/gone.md"),
            t(
                "link/missing-anchor",
                "docs/a.md",
                5,
                118,
                "docs/a.md#in-code"
            ),
            t(
                "link/missing-anchor",
                "docs/b.md",
                8,
                31,
                "docs/b.md#pkg.missing_fn"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Outside a MyST Sphinx project (no `conf.py` with `myst_parser`), a
/// page's own `(label)=` targets still name its `#label` links; another
/// page's labels do not. Twin: a label of another page.
#[test]
fn myst_labels_of_the_page_itself_without_a_sphinx_project() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "# A\n\nSee [below](#my-label) and [elsewhere](#other-label).\n\n(my-label)=\n## Something\n",
    )
    .write("docs/b.md", "(other-label)=\n# B\n")
    .write("docs/conf.py", "extensions = [\"sphinx.ext.autodoc\"]\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/a.md",
            3,
            28,
            "docs/a.md#other-label"
        )],
        "\n{}",
        run.dump()
    );
}

/// MyST-Parser's `tests/test_html/*.md` are the inputs of the pytest
/// modules beside them (`test_parse_html.py` reads them as parameter
/// files): their `<img src="img/fun-fish.png">` is test data. Twins: the
/// folder's `README.md` and `TEST_PLAN.md`, and Markdown beside a pytest
/// module at the test tree's root (`tests/cases.md`), stay checked.
#[test]
fn markdown_beside_a_pytest_module_below_tests_is_test_input() {
    let repo = Repo::new();
    repo.write("pyproject.toml", "[project]\nname = \"x\"\n")
        .write(
            "tests/test_html/test_parse_html.py",
            "def test_html(file_params):\n    pass\n",
        )
        .write(
            "tests/test_html/html_ast.md",
            "tags\n.\n<img src=\"img/fun-fish.png\">\n.\n[a](missing.md)\n",
        )
        .write("tests/test_html/README.md", "# Inputs\n\n[a](missing.md)\n")
        .write("tests/test_html/TEST_PLAN.md", "# Plan\n\n[b](gone.md)\n")
        .write("tests/test_api.py", "def test_api():\n    pass\n")
        .write("tests/cases.md", "# Cases\n\n[c](none.md)\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "tests/cases.md", 3, 1, "tests/none.md"),
            t(
                "link/missing-path",
                "tests/test_html/README.md",
                3,
                1,
                "tests/test_html/missing.md"
            ),
            t(
                "link/missing-path",
                "tests/test_html/TEST_PLAN.md",
                3,
                1,
                "tests/test_html/gone.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// MyST-Parser's `tests/test_sphinx/sourcedirs/references/` is a Sphinx
/// project its tests build (`conf.py` beside `index.md`): its `#unknown`
/// is broken on purpose and its other targets live in the test's
/// `objects.inv`. Twin: a `conf.py` without an index page below `tests/`
/// (a settings module) makes nothing a fixture.
#[test]
fn sphinx_source_folder_below_tests_is_a_fixture_project() {
    let repo = Repo::new();
    repo.write("pyproject.toml", "[project]\nname = \"x\"\n")
        .write(
            "tests/test_sphinx/sourcedirs/references/conf.py",
            "extensions = [\"myst_parser\"]\n",
        )
        .write(
            "tests/test_sphinx/sourcedirs/references/index.md",
            "# Index\n\nUnknown [](#unknown) and [file](gone.md)\n",
        )
        .write("tests/settings/conf.py", "DEBUG = True\n")
        .write("tests/settings/Usage.md", "# Usage\n\n[x](#unknown)\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "tests/settings/Usage.md",
            3,
            1,
            "tests/settings/Usage.md#unknown"
        )],
        "\n{}",
        run.dump()
    );
}
