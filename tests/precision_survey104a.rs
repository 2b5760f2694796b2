//! Survey 104a: repositories whose agent-written plans and bug-fix specs
//! are named by version and that push version tags (aigorahub/elves,
//! wilddog64/shopping-cart-infra, wilddog64/lib-foundation). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a bug-fix spec filed by date whose title names a release that has
// shipped (lib-foundation's `docs/bugs/2026-06-23-….md`, `# Bugfix: v0.4.1
// — …`, its tags at `v0.4.13`: its root-cause `path:line` names the
// defect's line, which the fix rewrote; its definition-of-done boxes were
// never ticked; 1 finding judged false) ---

/// A bug spec titled `title`, citing line 3 of a script, with an open
/// box, committed; line 3 is then rewritten by the fix; `tag` (if any)
/// names a release.
fn bug_spec(title: &str, tag: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write(
        "scripts/check.sh",
        "#!/bin/sh\nset -e\nif ! _sts_valid; then restart; fi\necho ok\n",
    )
    .write(
        "docs/bugs/2026-06-23-sts-valid.md",
        format!(
            "# {title}\n\n`scripts/check.sh:3` calls `_sts_valid`, never defined.\n\n\
             ## Definition of Done\n\n- [ ] Committed and pushed\n"
        ),
    )
    .commit_on("2026-06-23");
    if let Some(tag) = tag {
        repo.git(&["tag", tag]);
    }
    repo.write(
        "scripts/check.sh",
        "#!/bin/sh\nset -e\nif ! aws sts get-caller-identity; then restart; fi\necho ok\n",
    )
    .commit_on("2026-06-24");
    repo
}

#[test]
fn a_bug_spec_titled_for_a_tagged_release_keeps_its_numbers() {
    for title in [
        "Bugfix: v0.4.1 — check calls undefined `_sts_valid`",
        "Bugfix: v0.4.1 (follow-up) — check calls undefined `_sts_valid`",
        "Bug fix: 0.4.0 — check calls undefined `_sts_valid`",
        "Hotfix: v0.4.1",
    ] {
        let run = bug_spec(title, Some("v0.4.1")).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{title}\n{}",
            run.dump()
        );
    }
}

/// Twin: a version not tagged yet, a repository without tags, a title
/// with no bug-fix label, and a version that runs on are judged.
#[test]
fn a_bug_spec_of_a_release_not_tagged_yet_is_judged() {
    let cases = [
        (
            "Bugfix: v0.5.0 — check calls undefined `_sts_valid`",
            Some("v0.4.1"),
        ),
        ("Bugfix: v0.4.1 — check calls undefined `_sts_valid`", None),
        ("Migrating to v0.4.1", Some("v0.4.1")),
        ("Bugfix: v0.4.1.2 — check", Some("v0.4.1")),
    ];
    for (title, tag) in cases {
        let run = bug_spec(title, tag).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t(
                "citation/stale",
                "docs/bugs/2026-06-23-sts-valid.md",
                3,
                1,
                "scripts/check.sh"
            )],
            "{title}\n{}",
            run.dump()
        );
    }
}
