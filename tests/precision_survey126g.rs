//! Survey s126g: command-line tools that commit generated command references
//! beside hand-written docs (omnistrate/ctl's cobra pages, containers/skopeo's
//! go-md2man `*.1.md` pages, fulmenhq/goneat). The false pattern found there
//! beside its true twins; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path (and every rule): a folder goneat's `ssot sync`
// fills from another repository, recorded as an output of that source in
// its provenance (`docs/crucible-go/` for the source `crucible`): its pages
// link the source's layout, fixed upstream and overwritten by the next sync
// (fulmenhq/goneat: 164 findings, the 23 read all judged false) ---

const PROVENANCE: &str = r#"{
  "schema": {
    "name": "goneat.ssot.provenance",
    "version": "v1"
  },
  "sources": [
    {
      "name": "crucible",
      "slug": "crucible",
      "method": "git_ref",
      "repo_url": "https://github.com/fulmenhq/crucible",
      "ref": "v0.4.5",
      "outputs": {
        "config": "config/crucible-go",
        "doc": "docs/crucible-go",
        "schema": "schemas/crucible-go"
      }
    }
  ]
}
"#;

const METADATA: &str = "schema:
  name: goneat.ssot.source-metadata
  version: v1
sources:
  - name: crucible
    slug: crucible
    repo_url: https://github.com/fulmenhq/crucible
    outputs:
      config: config/crucible-go
      doc: docs/crucible-go
      schema: schemas/crucible-go
";

/// A page of the mirror, linking files of the source repository's layout.
const STANDARD: &str = "# Fulmen Forge Workhorse Standard\n\n\
See the [taxonomy](../../config/taxonomy/repository-categories.yaml).\n\n\
Read the [helper library standard](docs/architecture/fulmen-helper-library-standard.md).\n";

/// A repository whose `docs/crucible-go/` holds a synced page, with the
/// provenance file(s) `provenance` names, and a hand-written `docs/guide.md`
/// with `guide` as its text.
fn synced(provenance: &[(&str, &str)], guide: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# goneat\n\nSee [the guide](docs/guide.md).\n")
        .write("docs/guide.md", guide)
        .write("docs/crucible-go/architecture/workhorse.md", STANDARD)
        .write(
            "internal/assets/embedded_docs/docs/crucible-go/architecture/workhorse.md",
            STANDARD,
        )
        .write(
            "config/crucible-go/agentic/roles/devlead.yaml",
            "role: devlead\n",
        );
    for (path, text) in provenance {
        repo.write(path, text);
    }
    repo.commit_all();
    repo
}

const GUIDE: &str = "# Guide\n\n\
- [Dev lead role](../config/crucible-go/agentic/roles/devlead.yaml)\n";

#[test]
fn pages_of_a_folder_goneat_syncs_from_another_repository_are_not_checked() {
    let run = synced(&[(".goneat/ssot/provenance.json", PROVENANCE)], GUIDE).check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// The per-source mirror of the provenance says the same.
#[test]
fn the_per_source_provenance_mirror_marks_the_synced_folders_too() {
    let run = synced(&[(".crucible/metadata/metadata.yaml", METADATA)], GUIDE).check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the repository's own page linking a file the mirror no longer
/// has (goneat's `AGENTS.md` linking the removed `qa.yaml`) is reported.
#[test]
fn an_own_page_linking_a_file_the_mirror_lacks_is_reported() {
    let guide = format!("{GUIDE}- [QA role](../config/crucible-go/agentic/roles/qa.yaml)\n");
    let run = synced(&[(".goneat/ssot/provenance.json", PROVENANCE)], &guide).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/guide.md",
            4,
            3,
            "config/crucible-go/agentic/roles/qa.yaml"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without a provenance record the folder is the repository's own,
/// and its dead links are reported (on the original only: the embedded
/// copy is byte for byte the same).
#[test]
fn without_a_provenance_record_the_same_pages_are_checked() {
    let run = synced(&[], GUIDE).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "docs/crucible-go/architecture/workhorse.md",
                3,
                9,
                "docs/config/taxonomy/repository-categories.yaml"
            ),
            t(
                "link/missing-path",
                "docs/crucible-go/architecture/workhorse.md",
                5,
                10,
                "docs/crucible-go/architecture/docs/architecture/fulmen-helper-library-standard.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: an output folder not named for its source (pyfulmen's
/// `src/pyfulmen`) is the repository's own, and is checked.
#[test]
fn an_output_folder_not_named_for_its_source_is_checked() {
    let provenance = PROVENANCE.replace("\"docs/crucible-go\"", "\"docs\"");
    let run = synced(&[(".goneat/ssot/provenance.json", &provenance)], GUIDE).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"])
            .into_iter()
            .filter(|f| f.1.starts_with("docs/"))
            .count(),
        2,
        "\n{}",
        run.dump()
    );
}
