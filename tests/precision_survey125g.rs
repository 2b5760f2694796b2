//! Survey s125g: requirements traceability matrices, test plans and
//! verification reports (johnbenac/graphdown, menoncello/stryker-mutator-bun-runner,
//! rharmanca/CustodialCommand, pRizz/autocoder). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, t};

// --- A BMAD install its 6.0 alpha installer wrote to a plain `bmad/`
// folder, marked by `bmad/_cfg/manifest.yaml` (stryker-mutator-bun-runner:
// `bmad/bmm/README.md` links `./agents/README.md`, which the installer does
// not copy; 5 `link/missing-path` findings judged false) ---

const BMM_README: &str =
    "# BMM\n\n## Related Documentation\n\n- [Agent Documentation](./agents/README.md)\n";

fn bmad(folder: &str, manifest: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Runner\n")
        .write(&format!("{folder}bmm/README.md"), BMM_README)
        .write(&format!("{folder}bmm/agents/dev.md"), "# Dev\n");
    if manifest {
        repo.write(
            &format!("{folder}_cfg/manifest.yaml"),
            "installation:\n  version: 6.0.0-alpha.0\nmodules:\n  - core\n  - bmm\n",
        );
    }
    repo.commit_all();
    repo
}

#[test]
fn a_bmad_install_in_a_plain_bmad_folder_is_not_checked() {
    for folder in ["bmad/", "tools/bmad/"] {
        let run = bmad(folder, true).check(&[]);
        assert_eq!(run.findings(), vec![], "{folder}\n{}", run.dump());
    }
}

/// Twins: a `bmad/` folder without the installer's manifest (the
/// repository's own notes on the method), and a folder of another name
/// holding a manifest, are checked.
#[test]
fn a_bmad_folder_without_its_manifest_is_checked() {
    for (folder, manifest) in [("bmad/", false), ("docs/bmad/", false), ("mybmad/", true)] {
        let file = format!("{folder}bmm/README.md");
        let target = format!("{folder}bmm/agents/README.md");
        let run = bmad(folder, manifest).check(&[]);
        assert_eq!(
            run.findings(),
            vec![t("link/missing-path", &file, 5, 3, &target)],
            "{folder}\n{}",
            run.dump()
        );
    }
}

// --- A record a kit's workflow wrote from its template, whose links to the
// kit's knowledge base are the template's, written for the template's
// folder (stryker-mutator-bun-runner's `docs/test-review-story-1.1.md`,
// from BMAD's `test-review-template.md`: 16 `path/outside-repo` findings
// judged false) ---

const TEMPLATE_DIR: &str = "workflows/testarch/test-review";
const KNOWLEDGE: &str = "../../../testarch/knowledge/test-quality.md";

/// A BMAD install in `install` (`bmad/` with its manifest, or the hidden
/// `_bmad/`), whose review template links `KNOWLEDGE`, and a review in
/// `docs/` linking `review_link`. `template` false: the install has no
/// template holding the link.
fn review(install: &str, manifest: bool, template: bool, review_link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        &format!("{install}bmm/testarch/knowledge/test-quality.md"),
        "# Test quality\n",
    );
    if manifest {
        repo.write(
            &format!("{install}_cfg/manifest.yaml"),
            "installation:\n  version: 6.0.0-alpha.0\n",
        );
    }
    let template_text = if template {
        format!("# Test Review\n\n- **[test-quality.md]({KNOWLEDGE})** - Definition of Done\n")
    } else {
        "# Test Review\n\nNo links.\n".to_string()
    };
    repo.write(
        &format!("{install}bmm/{TEMPLATE_DIR}/test-review-template.md"),
        template_text,
    )
    .write(
        "docs/test-review-story-1.1.md",
        format!("# Test Quality Review\n\n**Knowledge Base**:\n[test-quality.md]({review_link})\n"),
    )
    .commit_all();
    repo
}

#[test]
fn a_link_copied_from_an_installed_kits_template_is_the_kits() {
    for (install, manifest) in [("bmad/", true), ("_bmad/", false)] {
        let run = review(install, manifest, true, KNOWLEDGE).check(&[]);
        assert_eq!(run.findings(), vec![], "{install}\n{}", run.dump());
    }
}

/// Twins: the same link with no template holding it, and another link
/// out of the repository beside a template that holds the first, are
/// reported.
#[test]
fn a_link_no_kit_template_holds_is_judged() {
    let file = "docs/test-review-story-1.1.md";
    let run = review("bmad/", true, false, KNOWLEDGE).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("path/outside-repo", file, 4, 1, KNOWLEDGE)],
        "{}",
        run.dump()
    );
    let other = "../../../testarch/knowledge/network-first.md";
    let run = review("bmad/", true, true, other).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("path/outside-repo", file, 4, 1, other)],
        "{}",
        run.dump()
    );
}
