//! Survey s125j: launch and operations checklists outside software teams
//! (AcademySoftwareFoundation/tac, linuxaustralia/constitution_and_policies,
//! psf/wiki). The false pattern found there beside its true twins; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- task/malformed: an empty pair of brackets glued to the words of a
// numbered item, in a page with no task item, is what a converter left of a
// footnote's empty anchor (psf/wiki's MoinMoin pages, `1.  []Global
// Interpreter Lock, explained in …`): 13 findings judged false ---

fn page(footnote: &str, extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "jython/about/WhyJython.md",
        format!(
            "# Why Jython\n\nJython has no GIL.^[1](#fnref-1)^\n{extra}\n------------------------------------------------------------------------\n\n{footnote}\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn an_empty_box_glued_to_a_numbered_footnote_is_a_converted_anchor() {
    let run = page(
        "1.  []Global Interpreter Lock, explained in the [API docs](https://docs.python.org/api/threads.html).",
        "",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same box with a space after it is a task written wrong.
#[test]
fn an_empty_box_with_a_space_after_it_is_reported() {
    let run = page("1.  [] Write the migration guide", "").check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        vec![t("task/malformed", "jython/about/WhyJython.md", 7, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// Twin: a glued box in a bulleted item is a task written wrong.
#[test]
fn an_empty_box_glued_to_a_bulleted_item_is_reported() {
    let run = page("- []Write the migration guide", "").check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        vec![t("task/malformed", "jython/about/WhyJython.md", 7, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// Twin: beside real task items, a glued box in a numbered item is a task
/// written wrong.
#[test]
fn an_empty_box_glued_to_a_numbered_item_beside_tasks_is_reported() {
    let run = page(
        "1.  []Write the migration guide",
        "\n- [ ] Announce the move\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        vec![t("task/malformed", "jython/about/WhyJython.md", 9, 1, "")],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a MyST Sphinx page's link to a page whose name has
// spaces, percent-encoded (psf/wiki's `[Ref](PyCon2009%20Ref)` for
// `PyCon2009 Ref.md`: about 170 findings judged false) ---

fn myst_site(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("conf.py", "extensions = [\"myst_parser\"]\n")
        .write("pycon/PyCon2009 Ref.md", "# PyCon 2009 Ref\n")
        .write("pycon/index.md", format!("# PyCon\n\n- {link}\n"))
        .commit_all();
    repo
}

#[test]
fn a_percent_encoded_page_name_with_spaces_names_the_page() {
    for link in ["[Ref](PyCon2009%20Ref)", "[Ref](<PyCon2009 Ref>)"] {
        let run = myst_site(link).check(&["--select", "link/missing-path"]);
        assert_eq!(run.findings(), vec![], "{link}\n{}", run.dump());
    }
}

/// Twin: a name no page has, encoded the same way, is reported.
#[test]
fn a_percent_encoded_name_no_page_has_is_reported() {
    let run = myst_site("[Ref](PyCon2010%20Ref)").check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "pycon/index.md",
            3,
            3,
            "pycon/PyCon2010 Ref"
        )],
        "{}",
        run.dump()
    );
}
