//! Survey s110d: infrastructure and SRE repositories with production
//! readiness reviews, operational runbooks and on-call checklists
//! (kubevirt/enhancements' VEPs and their release signoff checklists,
//! open-cluster-management-io/enhancements' proposals,
//! gitlab-com/runbooks as mirrored in mattrussi/gitlab-com-runbooks;
//! kubevirt/monitoring's alert runbooks gave no finding). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A repository hosted on GitLab is read with GitLab's heading ids,
// which squeeze each run of `-` into one: `## Retries + Fails` is
// `#retries-fails` there (gitlab-com/runbooks' Sidekiq survival guide:
// 1 finding judged false) ---

const GUIDE: &str = "# Sidekiq survival guide\n\n- See [retries](#retries-fails).\n- See [queues](#queues-and-shards).\n\n## Retries + Fails\n\nJobs retry.\n";
const INDEX: &str = "# Runbooks\n\n- [Sidekiq retries](sidekiq.md#retries-fails)\n";

/// The runbooks, with `host` at the root (`.gitlab-ci.yml`, `.github/…`,
/// or both).
fn runbooks(host: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Runbooks\n")
        .write("docs/sidekiq.md", GUIDE)
        .write("docs/index.md", INDEX);
    for file in host {
        repo.write(file, "stages: [test]\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_gitlab_projects_anchor_is_gitlabs_id_of_the_heading() {
    let run = runbooks(&[".gitlab-ci.yml"]).check(&[]);
    // Only the anchor no heading gives on any host is reported.
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/sidekiq.md",
            4,
            7,
            "docs/sidekiq.md#queues-and-shards"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: on GitHub (no GitLab CI file, or a `.github/` folder beside it)
/// the heading's id is `#retries--fails`, and both links to
/// `#retries-fails` are broken.
#[test]
fn the_same_anchors_outside_a_gitlab_project_are_reported() {
    for host in [&[][..], &[".gitlab-ci.yml", ".github/workflows/ci.yml"][..]] {
        let run = runbooks(host).check(&[]);
        let found: Vec<_> = run
            .findings_of(&["link/missing-anchor"])
            .into_iter()
            .map(|f| (f.1, f.2, f.4))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "docs/index.md".to_string(),
                    3,
                    "docs/sidekiq.md#retries-fails".to_string()
                ),
                (
                    "docs/sidekiq.md".to_string(),
                    3,
                    "docs/sidekiq.md#retries-fails".to_string()
                ),
                (
                    "docs/sidekiq.md".to_string(),
                    4,
                    "docs/sidekiq.md#queues-and-shards".to_string()
                ),
            ],
            "{host:?}\n{}",
            run.dump()
        );
    }
}

// --- A link to a path of the host a service runs on (`/var/log/version/`
// in a runbook's service page: gitlab-com/runbooks' `docs/version/README.md`,
// 1 finding judged false, 3 such links) names nothing of the repository ---

const SERVICE: &str = "# version.gitlab.com\n\n## Logging\n\n* [production.log](/var/log/version/)\n* [postgres log](/var/log/postgresql/postgresql-9.5-main.log)\n* [nginx config](/etc/nginx/nginx.conf)\n";

/// The service page, with `extra` files tracked beside it.
fn service(extra: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Runbooks\n")
        .write("docs/version/README.md", SERVICE);
    for file in extra {
        repo.write(file, "x\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_link_to_a_path_of_the_host_is_not_a_path_of_the_repository() {
    let run = service(&[]).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/outside-repo"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a repository with a `var/` folder at its root reads `/var/log/…`
/// as that folder's, and a host path whose tail is a tracked file
/// (`nginx/nginx.conf`) names that file: both are reported.
#[test]
fn a_host_path_the_repository_has_is_reported() {
    let run = service(&["var/README.md", "nginx/nginx.conf"]).check(&[]);
    let found: Vec<_> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| (f.2, f.3, f.4))
        .collect();
    assert_eq!(
        found,
        vec![
            (5, 3, "var/log/version".to_string()),
            (
                6,
                3,
                "var/log/postgresql/postgresql-9.5-main.log".to_string()
            ),
            (7, 3, "etc/nginx/nginx.conf".to_string()),
        ],
        "\n{}",
        run.dump()
    );
}
