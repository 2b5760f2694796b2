//! Survey s126a: Kubernetes-style enhancement proposals
//! (openshift/enhancements, konveyor/enhancements,
//! operator-framework/enhancements). Nothing false recurred; the one
//! message that misled is fixed here. Exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::Repo;

// --- link/missing-path: a reference definition whose destination is
// wrapped in parentheses, `[authoritative-api]: (#authority-of-resources)`
// (openshift/enhancements' `converting-machine-api-to-cluster-api.md`). The
// parentheses are part of the destination, so GitHub links the path `(`:
// the finding is true, but it named the target `(` and said "commit the
// file". It now shows the whole destination and says to drop them ---

fn proposal(definition: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "enhancements/machine-api.md",
        format!(
            "# Converting Machine API\n\n## Authority of resources\n\n\
             Each controller follows [the authority rules][authoritative-api].\n\n\
             [authoritative-api]: {definition}\n"
        ),
    )
    .write("enhancements/authority.md", "# Authority\n");
    repo.commit_all();
    repo
}

/// The message and help of each finding of `rule`.
fn message_and_help_of(repo: &Repo, rule: &str) -> Vec<(String, String)> {
    repo.check(&[])
        .diagnostics_of(&[rule])
        .iter()
        .map(|d| {
            (
                d["message"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_anchor_in_parentheses_is_reported_whole_with_the_help_to_drop_them() {
    assert_eq!(
        message_and_help_of(&proposal("(#authority-of-resources)"), "link/missing-path"),
        vec![(
            "link target `(#authority-of-resources)` does not exist in the working tree".to_string(),
            "the parentheses around the destination make GitHub read `(#authority-of-resources)` as a path of this repository: write `#authority-of-resources` without them".to_string(),
        )]
    );
}

#[test]
fn a_path_in_parentheses_is_reported_whole_with_the_help_to_drop_them() {
    assert_eq!(
        message_and_help_of(&proposal("(authority.md)"), "link/missing-path"),
        vec![(
            "link target `(authority.md)` does not exist in the working tree".to_string(),
            "the parentheses around the destination make GitHub read `(authority.md)` as a path of this repository: write `authority.md` without them".to_string(),
        )]
    );
}

/// Twin: a path in parentheses that is missing without them too is not
/// offered as the fix.
#[test]
fn a_missing_path_in_parentheses_is_not_offered_as_the_fix() {
    assert_eq!(
        message_and_help_of(&proposal("(gone.md)"), "link/missing-path"),
        vec![(
            "link target `(gone.md)` does not exist in the working tree".to_string(),
            "the parentheses around the destination make GitHub read `(gone.md)` as a path of this repository, and `gone.md` names nothing here either: write the address or path meant, without the parentheses".to_string(),
        )]
    );
}

/// Twin: the same definition without parentheses links the heading: no
/// finding.
#[test]
fn the_anchor_without_parentheses_is_silent() {
    assert_eq!(
        message_and_help_of(&proposal("#authority-of-resources"), "link/missing-path"),
        vec![]
    );
}

// --- link/missing-anchor: a query written after the anchor,
// `setup.md#resource-cleanup?WT.mc_id=academic` (a tracking suffix: survey
// s126b, microsoft/Generative-AI-for-beginners-dotnet). GitHub reads the
// query as part of the anchor, which matches nothing: true, and the help
// now says to move the query, not to pick a heading ---

fn tracked_link(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        format!("# Course\n\nClean up with [the steps]({link}).\n"),
    )
    .write("setup.md", "# Setup\n\n## Resource cleanup\n\nDelete it.\n");
    repo.commit_all();
    repo
}

#[test]
fn a_query_after_the_anchor_is_reported_with_the_help_to_move_it() {
    assert_eq!(
        message_and_help_of(&tracked_link("setup.md#resource-cleanup?WT.mc_id=academic"), "link/missing-anchor"),
        vec![(
            "anchor `#resource-cleanup?WT.mc_id=academic` matches no heading or anchor in `setup.md`".to_string(),
            "the query `?WT.mc_id=academic` stands after the `#`, so GitHub reads it as part of the anchor: move it before the `#` (or drop it) to link `#resource-cleanup`".to_string(),
        )]
    );
}

/// Twins: the query before the anchor links the heading; a query after an
/// anchor no heading has gets the ordinary help.
#[test]
fn a_query_before_the_anchor_is_silent_and_a_wrong_anchor_keeps_its_help() {
    assert_eq!(
        message_and_help_of(
            &tracked_link("setup.md?WT.mc_id=academic#resource-cleanup"),
            "link/missing-anchor"
        ),
        vec![]
    );
    assert_eq!(
        message_and_help_of(&tracked_link("setup.md#teardown?WT.mc_id=academic"), "link/missing-anchor"),
        vec![(
            "anchor `#teardown?WT.mc_id=academic` matches no heading or anchor in `setup.md`".to_string(),
            "link to one of the target's headings (GitHub's slug: lower case, spaces → `-`, punctuation removed)".to_string(),
        )]
    );
}
