//! Survey 76a: documentation folders that a website built elsewhere renders,
//! round 4 (TanStack/virtual, pmndrs/valtio, huggingface/peft,
//! TanStack/form). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Run, t};

/// The targets of the run's link findings, in the order reported.
fn link_targets(run: &Run) -> Vec<String> {
    let rules = ["link/missing-path", "link/missing-anchor"];
    run.findings_of(&rules).into_iter().map(|f| f.4).collect()
}

// --- a Hugging Face doc-builder folder (`docs/source/_toctree.yml` listing
// pages as `- local: quicktour`, rendered at hf.co/docs): its pages link
// each other without `.md` (`../package_reference/lora`), and link the
// objects `[[autodoc]]` documents by their dotted names
// (`#peft.LoraModel`): huggingface/peft, 51 of 53 findings, the 28 sampled
// such links judged false, and 3 anchors ---

const TOCTREE: &str = "- title: Get started\n  sections:\n  - local: index\n    title: PEFT\n  - local: quicktour\n    title: Quicktour\n";

/// peft's layout, with `toctree` as the folder's `_toctree.yml` (or none).
fn doc_builder(toctree: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# PEFT\n")
        .write(
            "docs/source/index.md",
            "# PEFT\n\nStart with the [quicktour](quicktour), then [LoRA](./package_reference/lora#peft.LoraModel).\n\n\
             See [the adapter guide](./conceptual_guides/adapter).\n",
        )
        .write(
            "docs/source/quicktour.md",
            "# Quicktour\n\nSee [LoRA](package_reference/lora) and [gone](package_reference/gone).\n",
        )
        .write(
            "docs/source/package_reference/lora.md",
            "# LoRA\n\n## LoraModel\n\n[[autodoc]] tuners.lora.model.LoraModel\n\nBack to [the index](../index#missing) and [LoRA](#peft.LoraConfig).\n",
        );
    if let Some(toctree) = toctree {
        repo.write("docs/source/_toctree.yml", toctree);
    }
    repo.commit_all();
    repo
}

#[test]
fn doc_builder_pages_link_each_other_without_md() {
    let run = doc_builder(Some(TOCTREE)).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![
            t(
                "link/missing-path",
                "docs/source/index.md",
                5,
                5,
                "docs/source/conceptual_guides/adapter"
            ),
            t(
                "link/missing-anchor",
                "docs/source/package_reference/lora.md",
                7,
                9,
                "docs/source/index.md#missing"
            ),
            t(
                "link/missing-path",
                "docs/source/quicktour.md",
                3,
                40,
                "docs/source/package_reference/gone"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the doc-builder's `_toctree.yml`, GitHub reads the links:
/// every extension-less link is broken, and the dotted anchors are judged.
#[test]
fn the_same_pages_without_a_toctree_are_read_githubs_way() {
    let run = doc_builder(None).check(&[]);
    let expected = [
        "docs/source/quicktour",
        "docs/source/package_reference/lora",
        "docs/source/conceptual_guides/adapter",
        "docs/source/index",
        "docs/source/package_reference/lora.md#peft.LoraConfig",
        "docs/source/package_reference/lora",
        "docs/source/package_reference/gone",
    ];
    assert_eq!(link_targets(&run), expected, "\n{}", run.dump());
}

/// Twin: a `_toctree.yml` without `local:` entries is no doc-builder's.
#[test]
fn a_toctree_without_local_entries_is_no_doc_builder() {
    let run = doc_builder(Some("- title: Get started\n  sections: []\n")).check(&[]);
    let found = link_targets(&run);
    assert!(
        found.contains(&"docs/source/quicktour".to_string()),
        "\n{}",
        run.dump()
    );
    assert_eq!(found.len(), 7, "\n{}", run.dump());
}
