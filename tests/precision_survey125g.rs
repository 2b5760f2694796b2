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
