//! Survey s117b: Python scientific projects with Sphinx / MyST docs and
//! release checklists (ImperialCollegeLondon/virtual_ecosystem,
//! UMEP-dev/SUEWS, NCAR/geocat-comp). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A MyST reference to a method of a class that `automodule:: … :members:`
// documents (virtual_ecosystem's `litter_implementation.md` links
// `virtual_ecosystem.models.litter.chemistry.LitterChemistry.calculate_new_pool_chemistries`;
// autodoc's `:members:` on the module documents its classes with their
// members: 1 finding judged false) ---

const CONF: &str = "extensions = [\"myst_parser\", \"sphinx.ext.autodoc\"]\n";

const SOURCE: &str = "\"\"\"Litter chemistry.\"\"\"\n\n\nclass LitterChemistry:\n    \"\"\"Chemistry.\"\"\"\n\n    def calculate_new_pool_chemistries(self):\n        return 1\n\n\ndef calculate_updated_pools():\n    return 2\n";

const PAGE: &str = "# Litter\n\nThe [new chemistries\nmethod](eco.models.chemistry.LitterChemistry.calculate_new_pool_chemistries)\nof the [class](eco.models.chemistry.LitterChemistry) and the\n[pools function](eco.models.chemistry.calculate_updated_pools).\n\nNot a class: [gone](eco.models.chemistry.RetiredChemistry.calculate).\n";

/// A MyST Sphinx project in `docs/` whose API page documents the module
/// with `api`, the package's source in the tree.
fn project(api: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# eco\n")
        .write("docs/conf.py", CONF)
        .write("docs/api/chemistry.md", api)
        .write("docs/implementation.md", PAGE)
        .write("eco/__init__.py", "")
        .write("eco/models/__init__.py", "")
        .write("eco/models/chemistry.py", SOURCE)
        .commit_all();
    repo
}

#[test]
fn a_method_of_a_class_automodule_members_documents_is_a_reference() {
    for api in [
        "# API\n\n```{eval-rst}\n.. automodule:: eco.models.chemistry\n    :autosummary:\n    :members:\n```\n",
        "# API\n\n```{automodule} eco.models.chemistry\n:members:\n```\n",
    ] {
        let run = project(api).check(&[]);
        // The class the module does not define is still reported.
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![t(
                "link/missing-path",
                "docs/implementation.md",
                8,
                14,
                "docs/eco.models.chemistry.RetiredChemistry.calculate"
            )],
            "\n{}",
            run.dump()
        );
    }
}

/// Twin: without `:members:` autodoc documents the module alone, so the
/// method is reported (the module's own functions are read as its members,
/// as before).
#[test]
fn a_method_without_automodule_members_is_reported() {
    let run =
        project("# API\n\n```{eval-rst}\n.. automodule:: eco.models.chemistry\n```\n").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "docs/implementation.md",
                3,
                5,
                "docs/eco.models.chemistry.LitterChemistry.calculate_new_pool_chemistries"
            ),
            t(
                "link/missing-path",
                "docs/implementation.md",
                8,
                14,
                "docs/eco.models.chemistry.RetiredChemistry.calculate"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- A change log that files its entries under dated headings rather than
// versions (SUEWS' `CHANGELOG.md`: `## 2023`, `### 13 Apr 2023`, `-
// [maintenance] added [script](src/supy/gen_sample_output.py) …`, the
// script deleted a year later: 1 finding judged false) ---

/// A repository whose script was committed, linked by a dated entry of
/// `log` (a file titled `title`), then deleted.
fn dated_log(log: &str, title: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# model\n")
        .write("src/supy/gen_sample_output.py", "print(1)\n")
        .commit_all();
    repo.write(
        log,
        format!("# {title}\n\n## 2023\n\n### 13 Apr 2023\n- [maintenance] added [script](src/supy/gen_sample_output.py) to update sample output\n- [feature] added [notes](src/supy/notes_never_written.md)\n"),
    )
    .commit_all();
    repo.git(&["rm", "-q", "src/supy/gen_sample_output.py"]);
    repo.commit_all();
    repo
}

#[test]
fn a_dated_change_log_entry_links_the_files_of_its_day() {
    let run = dated_log("CHANGELOG.md", "Changelog").check(&[]);
    // A target that never existed was written wrong, and is reported.
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "CHANGELOG.md",
            7,
            19,
            "src/supy/notes_never_written.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same dated entry in a document that is no change log (by its
/// file name or its title) is a link a reader follows today: the deleted
/// script is reported.
#[test]
fn the_same_dated_entry_outside_a_change_log_is_reported() {
    let repo = dated_log("NOTES.md", "Model notes");
    let run = repo.check(&[]);
    let found = run.findings_of(&["link/missing-path"]);
    assert_eq!(
        found,
        vec![
            t(
                "link/missing-path",
                "NOTES.md",
                6,
                23,
                "src/supy/gen_sample_output.py"
            ),
            t(
                "link/missing-path",
                "NOTES.md",
                7,
                19,
                "src/supy/notes_never_written.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
