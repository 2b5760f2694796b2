//! Survey s118c: infrastructure-as-code repositories whose READMEs
//! terraform-docs or helm-docs generate, with upgrade notes and change logs
//! (GoogleCloudPlatform/cloud-foundation-fabric, DataDog/helm-charts,
//! open-telemetry/opentelemetry-helm-charts). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A folder deleted by a re-organising commit that also added, elsewhere,
// a file of the same name as one of its own, alike by boilerplate
// (cloud-foundation-fabric's "FAST light implementation" deleted the nine
// files of `blueprints/cloud-operations/iam-delegated-role-grants/` and added
// `fast/stages/2-project-factory-experimental/outputs.tf`; git's similarity
// detection paired the two `outputs.tf`, licence header and all, and the
// folder was taken as moved there, so the `## [6.0.0]` change log entry
// linking it was reported: 1 finding judged false) ---

const LICENCE: &str = "/**\n * Copyright 2022 Google LLC\n *\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n * you may not use this file except in compliance with the License.\n * You may obtain a copy of the License at\n *\n *     http://www.apache.org/licenses/LICENSE-2.0\n *\n * Unless required by applicable law or agreed to in writing, software\n * distributed under the License is distributed on an \"AS IS\" BASIS,\n * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n * See the License for the specific language governing permissions and\n * limitations under the License.\n */\n\n";

/// The example's files: (name, contents).
fn example_files() -> Vec<(&'static str, String)> {
    vec![
        (
            "README.md",
            "# Delegated role grants\n\nRestrict service usage.\n".to_string(),
        ),
        ("audit.py", "print('audit')\n".to_string()),
        (
            "main.tf",
            format!("{LICENCE}module \"project\" {{\n  source = \"../../modules/project\"\n}}\n"),
        ),
        (
            "variables.tf",
            format!("{LICENCE}variable \"project_id\" {{\n  type = string\n}}\n"),
        ),
        // A module with no outputs yet: its licence header alone.
        ("outputs.tf", LICENCE.to_string()),
    ]
}

const LOG: &str = "# Changelog\n\n## [6.0.0] - 2021-10-04\n\n- new example showing how to [restrict service usage](./blueprints/iam-delegated-role-grants)\n- new [stage](./fast/stages/never-written)\n";

/// A repository whose example folder a change log entry links, then a
/// commit that deletes the folder and writes `stages/factory/`: `moved`
/// names the example's files that go there (an edited `outputs.tf`, the
/// others unchanged); the rest are deleted.
fn reorganised(moved: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# fabric\n");
    for (name, text) in example_files() {
        repo.write(
            &format!("blueprints/iam-delegated-role-grants/{name}"),
            text,
        );
    }
    repo.commit_all();
    repo.write("CHANGELOG.md", LOG).commit_all();
    repo.git(&["rm", "-rq", "blueprints"]);
    for (name, text) in example_files() {
        if !moved.contains(&name) {
            continue;
        }
        let text = if name == "outputs.tf" {
            format!("{LICENCE}output \"project_ids\" {{\n  value = module.projects.ids\n}}\n")
        } else {
            text
        };
        repo.write(&format!("fast/stages/factory/{name}"), text);
    }
    repo.write(
        "fast/stages/factory/README.md",
        "# Project factory\n\nA new stage.\n",
    );
    repo.commit_all();
    repo
}

#[test]
fn a_folder_deleted_beside_one_boilerplate_file_paired_elsewhere_is_history() {
    let run = reorganised(&["outputs.tf"]).check(&[]);
    // The released entry's folder was deleted, not moved: history. A target
    // that never existed is still reported.
    assert_eq!(
        run.findings_of(&["path/renamed", "link/missing-path"]),
        vec![t(
            "link/missing-path",
            "CHANGELOG.md",
            6,
            7,
            "fast/stages/never-written"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: when most of the folder's files went to the new place, the folder
/// moved there, and the entry's link is reported as renamed.
#[test]
fn a_folder_whose_files_mostly_moved_is_renamed() {
    let run = reorganised(&["outputs.tf", "main.tf", "variables.tf", "audit.py"]).check(&[]);
    assert_eq!(
        run.findings_of(&["path/renamed", "link/missing-path"]),
        vec![
            t(
                "path/renamed",
                "CHANGELOG.md",
                5,
                30,
                "blueprints/iam-delegated-role-grants"
            ),
            t(
                "link/missing-path",
                "CHANGELOG.md",
                6,
                7,
                "fast/stages/never-written"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
