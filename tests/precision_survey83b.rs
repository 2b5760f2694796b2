//! Survey 83b: Terraform modules and Helm charts whose READMEs terraform-docs
//! or helm-docs write (terraform-aws-modules/terraform-aws-rds,
//! Azure/terraform-azurerm-aks, cloudposse/terraform-aws-s3-bucket,
//! deliveryhero/helm-charts). No false finding; one pattern of silence: a
//! chart folder holding its app's license, whose README names the app's
//! repository, was left out as a vendored copy although the chart (its
//! `Chart.yaml`) is the chart repository's own. Each case beside its twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// deliveryhero/helm-charts' `stable/postgres-controller/`: the app's MIT
/// license beside the chart, and a helm-docs README giving the app's
/// repository as its homepage; `packaged` adds the chart's `Chart.yaml`,
/// `own_link` a link to the chart repository itself.
fn chart(packaged: bool, own_link: bool) -> Repo {
    let repo = Repo::new();
    repo.git(&[
        "remote",
        "add",
        "origin",
        "https://github.com/deliveryhero/helm-charts.git",
    ]);
    let own = if own_link {
        "Open a pull request at [helm-charts](https://github.com/deliveryhero/helm-charts).\n"
    } else {
        ""
    };
    repo.write("README.md", "# Helm Charts\n")
        .write("stable/postgres-controller/LICENSE", "MIT License\n")
        .write("stable/postgres-controller/values.yaml", "replicas: 1\n")
        .write(
            "stable/postgres-controller/README.md",
            format!(
                "# postgres-controller\n\n\
                 **Homepage:** <https://github.com/max-rocket-internet/postgres-controller>\n\n\
                 See the [chart values](values.yml).\n\n{own}"
            ),
        );
    if packaged {
        repo.write(
            "stable/postgres-controller/Chart.yaml",
            "apiVersion: v2\nname: postgres-controller\nversion: 1.4.0\n",
        );
    }
    repo.commit_all();
    repo
}

/// A Helm chart the repository packages (its `Chart.yaml`) is its own,
/// whatever its README links.
#[test]
fn a_packaged_chart_with_its_apps_license_is_checked() {
    for own_link in [false, true] {
        let run = chart(true, own_link).check(&[]);
        assert_eq!(run.files_checked(), 2, "\n{}", run.dump());
        assert_eq!(
            run.findings(),
            vec![t(
                "link/missing-path",
                "stable/postgres-controller/README.md",
                5,
                9,
                "stable/postgres-controller/values.yml"
            )],
            "\n{}",
            run.dump()
        );
    }
}

/// Twin: without `Chart.yaml` the folder is upstream's copy, left out as
/// before, even when its README links the repository itself (an upstream
/// plugin's install instructions: ohmyzsh's `plugins/kube-ps1/`).
#[test]
fn a_licensed_folder_naming_its_upstream_is_still_left_out() {
    for own_link in [false, true] {
        let run = chart(false, own_link).check(&[]);
        assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
        assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    }
}
