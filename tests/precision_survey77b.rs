//! Survey 77b: documentation built by Hugging Face doc-builder, Sphinx with
//! MyST or mkdocstrings in machine-learning libraries (huggingface/accelerate,
//! huggingface/trl, huggingface/huggingface_hub, dottxt-ai/outlines). False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::Repo;

// --- doc-builder's heading ids (huggingface_hub: the Korean pages'
// `## 설치 확인 [[check-installation]]`, and `#hfhome` for `### HF_HOME`,
// the id hf.co/docs gives it: 17 of 31 sampled anchors judged false) ---

const TOCTREE: &str = "- sections:\n  - local: index\n    title: Home\n  title: Get started\n";

const ENV_PAGE: &str = "# Environment variables\n\n\
    See [home](#hfhome), [install](#check-installation), [gone](#hf-gone).\n\n\
    ## Check installation [[check-installation]]\n\nText.\n\n\
    ### HF_HOME\n\nText.\n";

/// A doc-builder folder's page (`docs/source/en/`), with or without the
/// builder's `_toctree.yml`.
fn doc_builder_page(toctree: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Hub\n")
        .write("docs/source/en/index.md", "# Home\n")
        .write("docs/source/en/env.md", ENV_PAGE);
    if toctree {
        repo.write("docs/source/en/_toctree.yml", TOCTREE);
    }
    repo.commit_all();
    repo
}

/// The findings of `rule` in `repo`, as (line, column, target).
fn found(repo: &Repo, rule: &str) -> Vec<(u64, u64, String)> {
    let run = repo.check(&[]);
    eprintln!("{}", run.dump());
    run.findings_of(&[rule])
        .into_iter()
        .map(|f| (f.2, f.3, f.4))
        .collect()
}

/// The targets of the findings of `rule` in `repo`.
fn targets(repo: &Repo, rule: &str) -> Vec<String> {
    found(repo, rule).into_iter().map(|f| f.2).collect()
}

#[test]
fn doc_builder_headings_have_the_builders_ids() {
    assert_eq!(
        found(&doc_builder_page(true), "link/missing-anchor"),
        vec![(3, 54, "docs/source/en/env.md#hf-gone".to_string())]
    );
}

/// Twin: outside a doc-builder folder GitHub shows `[[check-installation]]`
/// as text and keeps `_` (`#hf_home`): all three anchors are reported.
#[test]
fn the_same_headings_outside_doc_builder_are_githubs() {
    assert_eq!(
        targets(&doc_builder_page(false), "link/missing-anchor"),
        [
            "docs/source/en/env.md#hfhome",
            "docs/source/en/env.md#check-installation",
            "docs/source/en/env.md#hf-gone",
        ]
    );
}

// --- a gen-files script naming its output folder by a constant
// (dottxt-ai/outlines' `scripts/gen_ref_pages.py`: `OUTPUT_DIR_NAME =
// "api_reference"`, `Path(OUTPUT_DIR_NAME, doc_path)`; its pages link
// `../../api_reference/grammars.md`: 1 finding judged false) ---

/// An MkDocs site whose gen-files script writes below the folder its
/// constant `OUTPUT_DIR_NAME` names (`out`).
fn gen_files_site(out: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Outlines\n")
        .write(
            "mkdocs.yml",
            "site_name: Outlines\nplugins:\n  - gen-files:\n      scripts:\n        - scripts/gen_ref_pages.py\n  - mkdocstrings\n",
        )
        .write(
            "scripts/gen_ref_pages.py",
            format!(
                "import mkdocs_gen_files\nfrom pathlib import Path\n\nOUTPUT_DIR_NAME = \"{out}\"\n\n\
                 for path in sorted(Path(\"src\").rglob(\"*.py\")):\n    \
                 full_doc_path = Path(OUTPUT_DIR_NAME, path.with_suffix(\".md\"))\n    \
                 with mkdocs_gen_files.open(full_doc_path, \"w\") as fd:\n        fd.write(\"::: x\")\n"
            ),
        )
        .write("src/outlines/grammars.py", "X = 1\n")
        .write("docs/index.md", "# Home\n")
        .write(
            "docs/features/types.md",
            "# Types\n\nSee the [grammars module](../api_reference/grammars.md).\n",
        );
    repo.commit_all();
    repo
}

#[test]
fn a_gen_files_folder_named_by_a_constant_is_the_builds() {
    assert_eq!(found(&gen_files_site("api_reference"), "link/"), vec![]);
}

/// Twin: the constant names another folder, so the linked page is no
/// page the build writes: reported.
#[test]
fn a_folder_the_constant_does_not_name_is_reported() {
    assert_eq!(
        targets(&gen_files_site("reference"), "link/missing-path"),
        ["docs/api_reference/grammars.md"]
    );
}
