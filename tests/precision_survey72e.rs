//! Survey 72e: scientific and course documentation built with Jupyter
//! Book or MyST (executablebooks/MyST-NB, QuantEcon's lectures,
//! rstudio/bookdown). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a Jupyter Book (v1) is a Sphinx project with MyST-NB: its links to
// a `(label)=` of another page, or to a math directive's `:label:`, are
// cross-references (QuantEcon/lecture-python-programming.myst's
// `[*positional arguments*](pos_args)` for `(pos_args)=` in
// `functions.md`: 1 finding judged false; lecture-python-intro's 16, left
// out as a site's link form) ---

/// A book in `lectures/`: with its `_toc.yml` (`toc`) or without.
fn lecture_book(toc: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Lectures\n")
        .write("lectures/_config.yml", "title: Python Programming\n")
        .write(
            "lectures/functions.md",
            "# Functions\n\n(pos_args)=\n## Positional arguments\n\n\
             ```{math}\n:label: euler\n\ne^{i\\pi} + 1 = 0\n```\n",
        )
        .write(
            "lectures/advanced.md",
            "# Advanced\n\nUnpack into [positional arguments](pos_args).\n\n\
             As [](euler) shows, and [this](no_such_label) does not.\n",
        );
    if toc {
        repo.write(
            "lectures/_toc.yml",
            "format: jb-book\nroot: functions\nchapters:\n- file: advanced\n",
        );
    }
    repo.commit_all();
    repo
}

#[test]
fn a_jupyter_books_links_to_labels_are_cross_references() {
    let run = lecture_book(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "lectures/advanced.md",
            5,
            25,
            "lectures/no_such_label"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the `_toc.yml` the folder is no Jupyter Book (a
/// `_config.yml` alone is Jekyll's): every such link is reported.
#[test]
fn the_same_links_outside_a_jupyter_book_are_reported() {
    let run = lecture_book(false).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec![
            "lectures/pos_args",
            "lectures/euler",
            "lectures/no_such_label"
        ],
        "\n{}",
        run.dump()
    );
}

// --- MyST-NB reads text notebooks through jupytext (`nb_custom_formats`
// in `conf.py`): a label of such a page is a target (MyST-NB's
// `[](write/custom_formats)` for `(write/custom_formats)=` in
// `docs/authoring/custom-formats.Rmd`: 1 finding judged false) ---

fn custom_format_docs(custom: bool) -> Repo {
    let repo = Repo::new();
    let mut conf = String::from("extensions = [\"myst_nb\"]\n");
    if custom {
        conf.push_str("nb_custom_formats = {\".Rmd\": [\"jupytext.reads\", {\"fmt\": \"Rmd\"}]}\n");
    }
    repo.write("README.md", "# MyST-NB\n")
        .write("docs/conf.py", conf)
        .write(
            "docs/index.md",
            "# MyST-NB\n\nSee the [](write/custom_formats) section.\n",
        )
        .write(
            "docs/custom-formats.Rmd",
            "---\njupyter: {}\n---\n\n(write/custom_formats)=\n# Custom formats\n",
        );
    repo.commit_all();
    repo
}

#[test]
fn a_label_in_a_custom_format_notebook_is_a_target() {
    let run = custom_format_docs(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a project that reads no `.Rmd` has no such label.
#[test]
fn a_label_in_an_rmd_file_the_project_does_not_read_is_no_target() {
    let run = custom_format_docs(false).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/index.md",
            3,
            9,
            "docs/write/custom_formats"
        )],
        "\n{}",
        run.dump()
    );
}
