//! Survey 105c: ordinary well-kept documentation with no checklists, round
//! 12: the plain Markdown `docs/` folders of large open-source projects that
//! GitHub renders directly (containerd, opentelemetry-collector, cri-o). All
//! four findings were judged true; one help was wrong. Exact findings and
//! helps, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a web address written without its scheme (cri-o's `roadmap.md`:
// `[conmon-rs](github.com/containers/conmon-rs)`) is a broken link, and the
// help said "did you mean `vendor/github.com/containers/conmon-rs`?", the
// vendored Go module: the fix is `https://` ---

/// A Go repository with a vendored module, whose roadmap links `target`.
fn go_roadmap(target: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# CRI-O\n")
        .write(
            "vendor/github.com/containers/conmon-rs/go.mod",
            "module x\n",
        )
        .write("example.com/README.md", "# Example\n")
        .write(
            "roadmap.md",
            format!("# Roadmap\n\n- Fewer conmons per pod (through [conmon-rs]({target}))\n"),
        )
        .commit_all();
    repo
}

fn only_help(repo: &Repo, target: &str) -> String {
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t("link/missing-path", "roadmap.md", 3, 34, target)],
        "\n{}",
        run.dump()
    );
    run.diagnostics_of(&["link/missing-path"])[0]["help"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_web_address_without_its_scheme_is_reported_with_https_as_the_fix() {
    let repo = go_roadmap("github.com/containers/conmon-rs");
    assert_eq!(
        only_help(&repo, "github.com/containers/conmon-rs"),
        "`github.com/containers/conmon-rs` is a web address written without its scheme, which GitHub reads as a path of this repository: write `https://github.com/containers/conmon-rs`"
    );
}

/// Twin: a path whose first folder is named like a host and is there beside
/// the document is a path of the repository, and keeps the ordinary help.
#[test]
fn a_missing_file_of_a_folder_named_like_a_host_keeps_the_ordinary_help() {
    let repo = go_roadmap("example.com/gone.md");
    assert_eq!(
        only_help(&repo, "example.com/gone.md"),
        "commit the file, or correct the path"
    );
}
