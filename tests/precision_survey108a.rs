//! Survey 108a: Terraform and Ansible module repositories whose READMEs hold
//! generated input/output tables (terraform-docs `<!-- BEGIN_TF_DOCS -->`,
//! aar-doc role variable tables) and links into `examples/` and `modules/`
//! (terraform-google-kubernetes-engine, ansible-role-hardening,
//! terraform-google-vmseries-modules). All 7 findings were judged true and no
//! false pattern was found; these tests pin the silences and the true findings
//! the survey relied on, each beside its twin. Exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- terraform-docs tables link their rows by explicit `<a name>` anchors,
// written with escaped underscores (`#input\_node\_pools`), and prose links
// a heading's slug the same way (`#node\_pools-variable`): 468 such links in
// terraform-google-vmseries-modules, 46 in terraform-google-kubernetes-engine,
// none reported ---

const TF_DOCS: &str = "# GKE module\n\n\
## node_pools variable\n\n\
See [node_pools](#node\\_pools-variable) and [gone](#GONE).\n\n\
<!-- BEGIN_TF_DOCS -->\n\
## Inputs\n\n\
| Name | Description | Type | Default | Required |\n\
|------|-------------|------|---------|:--------:|\n\
| <a name=\"input_node_pools\"></a> [node\\_pools](#input\\_node\\_pools) | List of maps. | `list(map(any))` | `[]` | no |\n\
| <a name=\"input_project_id\"></a> [project\\_id](#input\\_project\\_id) | The project. | `string` | n/a | yes |\n\
<!-- END_TF_DOCS -->\n";

fn tf_docs(gone: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", TF_DOCS.replace("GONE", gone))
        .write("main.tf", "variable \"project_id\" {}\n");
    repo.commit_all();
    repo
}

#[test]
fn terraform_docs_escaped_anchors_to_name_anchors_and_headings_are_silent() {
    let run = tf_docs("input\\_node\\_pools").check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: an escaped anchor naming an input the table no longer has.
#[test]
fn a_terraform_docs_anchor_to_a_removed_input_is_reported() {
    let run = tf_docs("input\\_zones").check(&[]);
    let found = run.findings_of(&["link/"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str(), found[0].2),
        ("link/missing-anchor", "README.md", 5),
        "\n{}",
        run.dump()
    );
}

// --- a generated role-variable table whose default value holds a bare pipe
// (ansible-role-hardening's `'kernel.core_pattern': '|/bin/false'`): GitHub
// splits the cell and drops the rest of the row, judged true; the escaped
// pipe is one cell ---

fn role_table(pipe: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        format!(
            "# Role\n\n## Variables\n\n\
             | Name | Description | Default |\n\
             | --- | --- | --- |\n\
             | manage_sysctl | If True, manage sysctl. | True |\n\
             | generic_sysctl_settings | Generic sysctl settings. | [{{'kernel.core_pattern': '{pipe}/bin/false'}}] |\n"
        ),
    )
    .write("defaults/main.yml", "---\nmanage_sysctl: true\n");
    repo.commit_all();
    repo
}

#[test]
fn a_bare_pipe_in_a_generated_default_value_is_reported() {
    let run = role_table("|").check(&[]);
    assert_eq!(
        run.findings_of(&["table/"]),
        vec![t("table/column-count", "README.md", 8, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// Twin: the escaped pipe stays in its cell.
#[test]
fn an_escaped_pipe_in_a_generated_default_value_is_silent() {
    let run = role_table("\\|").check(&[]);
    assert_eq!(run.findings_of(&["table/"]), vec![], "\n{}", run.dump());
}

// --- an example's README linking a sub-module removed since
// (terraform-google-kubernetes-engine's `../../modules/acm`, removed in a
// `feat!: remove ACM sub-module` commit): judged true; the sibling module
// still tracked is silent, and so is the same link quoted in a code span ---

#[test]
fn a_link_to_a_removed_sub_module_is_reported_beside_a_kept_one() {
    let repo = Repo::new();
    repo.write("modules/fleet-membership/main.tf", "# fleet\n")
        .write("modules/acm/main.tf", "# acm\n")
        .write(
            "examples/simple_zonal_with_hub/README.md",
            "# Simple zonal cluster with Hub\n\n\
             It uses the [registration module](../../modules/fleet-membership) and the [ACM module](../../modules/acm).\n\n\
             - We are using the `[beta-public-cluster](../modules/beta-public-cluster)` module\n",
        );
    repo.commit_all();
    repo.git(&["rm", "-q", "-r", "modules/acm"]);
    repo.git(&["commit", "-q", "-m", "feat!: remove ACM sub-module"]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "examples/simple_zonal_with_hub/README.md",
            3,
            75,
            "modules/acm"
        )],
        "\n{}",
        run.dump()
    );
}
