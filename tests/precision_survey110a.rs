//! Survey s110a: Python SDKs and libraries whose docs link into their
//! source tree (openai/openai-python's per-resource `api.md` files,
//! anthropics/anthropic-sdk-python's `api.md`, 567-labs/instructor's MkDocs
//! `docs/`). False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- Links written from the repository root with a leading `./`: the
// generator of openai-python splits its root `api.md` into
// `src/openai/resources/<name>/api.md` and keeps the root's links,
// `./src/openai/types/responses/response.py` beside bare
// `src/openai/types/...` ones. One document written from the root, one
// problem: reported once, counting the others, as the bare ones are; each
// `./` link was reported on its own with a guess at a file of its folder
// (3 documents, 36 findings judged false) ---

/// A per-resource `api.md` in `src/sdk/resources/responses/` whose six
/// method lines link the resource and the type written from the root, with
/// `./`; the files are at the root when `present`.
fn split_api_md(present: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# SDK\n");
    if present {
        repo.write(
            "src/sdk/resources/responses/responses.py",
            "class Responses: ...\n",
        )
        .write(
            "src/sdk/types/responses/response.py",
            "class Response: ...\n",
        );
    } else {
        repo.write("src/sdk/resources/responses/__init__.py", "\n");
    }
    let mut doc = String::from("# Responses\n\nMethods:\n\n");
    for m in ["create", "retrieve", "delete"] {
        doc.push_str(&format!(
            "- <code>client.responses.<a href=\"./src/sdk/resources/responses/responses.py\">{m}</a>() -> <a href=\"./src/sdk/types/responses/response.py\">Response</a></code>\n"
        ));
    }
    repo.write("src/sdk/resources/responses/api.md", &doc)
        .commit_all();
    repo
}

#[test]
fn links_written_from_the_root_with_a_leading_dot_slash_are_one_finding() {
    let run = split_api_md(true).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "src/sdk/resources/responses/api.md",
            5,
            35,
            "src/sdk/resources/responses/src/sdk/resources/responses/responses.py"
        )],
        "\n{}",
        run.dump()
    );
    let d = &run.diagnostics()[0];
    let message = d["message"].as_str().unwrap_or_default();
    assert!(
        message.ends_with("; 5 more links of this document are written from the repository root too (GitHub reads every link from the document's folder)"),
        "{message}"
    );
    let help = d["help"].as_str().unwrap_or_default();
    assert!(
        help.starts_with(
            "`src/sdk/resources/responses/responses.py` exists from the repository root"
        ),
        "{help}"
    );
}

/// Twin: `./` links to files that are not at the root either are each their
/// own broken link, reported one by one.
#[test]
fn dot_slash_links_to_files_not_at_the_root_are_each_reported() {
    let run = split_api_md(false).check(&[]);
    let lines: Vec<_> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| (f.2, f.3))
        .collect();
    assert_eq!(
        lines,
        vec![(5, 35), (5, 104), (6, 35), (6, 106), (7, 35), (7, 104)],
        "\n{}",
        run.dump()
    );
}

/// Twin: one `./LICENSE` link in an example's README, the license at the
/// root, is still a broken link on GitHub: reported, with the link to write.
#[test]
fn one_dot_slash_link_to_a_root_file_is_reported_with_the_link_to_write() {
    let repo = Repo::new();
    repo.write("LICENSE", "MIT\n")
        .write(
            "examples/citations/README.md",
            "# Citations\n\nLicensed under the [MIT License](./LICENSE).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "examples/citations/README.md",
            3,
            20,
            "examples/citations/LICENSE"
        )],
        "\n{}",
        run.dump()
    );
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(help.contains("write `../../LICENSE`"), "{help}");
}

/// openai-python's documents mix both forms: the first link written without
/// `./` (`src/openai/types/responses/response_create_params.py`, bare) was
/// the head before the `./` links joined the fold, and stays it.
#[test]
fn the_first_bare_link_written_from_the_root_stays_the_head() {
    let repo = split_api_md(true);
    repo.write("src/sdk/types/responses/params.py", "class Params: ...\n");
    let doc = std::fs::read_to_string(repo.path().join("src/sdk/resources/responses/api.md"))
        .unwrap_or_default()
        .replace(
            "() -> ",
            "(<a href=\"src/sdk/types/responses/params.py\">params</a>) -> ",
        );
    repo.write("src/sdk/resources/responses/api.md", &doc)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "src/sdk/resources/responses/api.md",
            5,
            99,
            "src/sdk/resources/responses/src/sdk/types/responses/params.py"
        )],
        "\n{}",
        run.dump()
    );
    let message = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        message.contains("; 8 more links of this document"),
        "{message}"
    );
}
