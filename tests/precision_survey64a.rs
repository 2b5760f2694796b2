//! Survey 64a: release-process documents of open-source projects
//! (`RELEASING.md`, `RELEASE.md`, maintainers' checklists, security and
//! governance documents: open-telemetry/opentelemetry-go and
//! opentelemetry-python, jaegertracing/jaeger, sigstore/cosign,
//! rust-lang/rustup). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a link to a file its paragraph says may not be there (jaeger's MCP
// skills catalogue names `custom/SKILL.md`, the folder an operator's
// `skills_dir` mounts at run time, and says what its absence means) ---

const SKILLS: &str = "skills/SKILL.md";

/// jaeger's catalogue, with `note` as the sentence after the link; when
/// `held`, `custom/SKILL.md` was committed first and deleted since.
fn skills_catalogue(note: &str, held: bool) -> Repo {
    let repo = Repo::new();
    if held {
        repo.write("skills/custom/SKILL.md", "# Custom\n")
            .commit_all();
        repo.git(&["rm", "-q", "skills/custom/SKILL.md"]);
    }
    repo.write("README.md", "# Jaeger\n")
        .write("skills/slow/SKILL.md", "# Slow\n")
        .write(
            SKILLS,
            format!(
                "# Skills\n\n\
                 - [slow](slow/SKILL.md) — find slow spans.\n\n\
                 Installation-specific skills, if any, are listed under\n\
                 [custom/SKILL.md](custom/SKILL.md). {note}\n"
            ),
        )
        .commit_all();
    repo
}

const ABSENT: &str = "If that file does not exist, this Jaeger\ninstance has none.";

/// The run's link findings, against the one `custom/SKILL.md` finding
/// (`reported`) or none.
fn assert_custom(run: &common::Run, reported: bool) {
    let expected = if reported {
        vec![t(
            "link/missing-path",
            SKILLS,
            6,
            1,
            "skills/custom/SKILL.md",
        )]
    } else {
        vec![]
    };
    assert_eq!(run.findings_of(&["link/"]), expected, "\n{}", run.dump());
}

#[test]
fn a_file_its_paragraph_says_may_be_absent_is_silent() {
    assert_custom(&skills_catalogue(ABSENT, false).check(&[]), false);
}

/// Twin: the same link whose paragraph says nothing of the file's absence
/// is reported.
#[test]
fn the_same_link_without_the_condition_is_reported() {
    assert_custom(
        &skills_catalogue("That file lists them.", false).check(&[]),
        true,
    );
}

/// Twin: the condition in the next paragraph does not cover the link.
#[test]
fn the_condition_in_another_paragraph_is_reported() {
    let note = format!("\n\n{ABSENT}");
    assert_custom(&skills_catalogue(&note, false).check(&[]), true);
}

/// Twin: a target git history held (committed, then deleted) is reported
/// whatever the paragraph says: the link may name the lost file.
#[test]
fn a_file_deleted_since_is_reported_whatever_the_paragraph_says() {
    assert_custom(&skills_catalogue(ABSENT, true).check(&[]), true);
}
