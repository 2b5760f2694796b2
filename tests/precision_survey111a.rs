//! Survey s111a: well-kept documentation sites with no readiness checklists
//! (vuejs/pinia's VitePress docs, kubeflow/website's Hugo site,
//! 2i2c-org/infrastructure's MyST Document Engine guide). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- mystmd reads a root destination from the project's folder (the one
// holding `myst.yml`), as myst-cli has since jupyter-book/mystmd#2217:
// 2i2c-org/infrastructure's `docs/topic/new-hub.md` links
// `[](/reference/ci-cd/index.md)` for `docs/reference/ci-cd/index.md`
// (2 findings judged false) ---

const MYST_YML: &str = "version: 1\nproject:\n  github: https://github.com/example/infra\n  toc:\n    - file: index.md\n";

/// The infrastructure guide: `docs/` holds the project's pages; `config`
/// is its `myst.yml`, or `None` for a plain folder of Markdown.
fn infra_guide(config: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Infrastructure\n")
        .write("docs/index.md", "# Guide\n")
        .write("docs/reference/ci-cd/index.md", "# CI/CD\n")
        .write(
            "docs/sre-guide/support/prometheus-credentials.md",
            "# Prometheus credentials\n",
        )
        .write("docs/images/grafana.png", "png\n")
        .write(
            "docs/topic/new-hub.md",
            "# New hub\n\n\
             General details live at [](/reference/ci-cd/index.md).\n\n\
             Share them as [User access](/sre-guide/support/prometheus-credentials.md).\n\n\
             ![Grafana](/images/grafana.png)\n\n\
             The [deploy page](/reference/ci-cd/hub-deploy.md) is gone.\n",
        );
    if let Some(config) = config {
        repo.write("docs/myst.yml", config);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_mystmd_root_link_is_read_from_the_projects_folder() {
    let run = infra_guide(Some(MYST_YML)).check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/topic/new-hub.md",
            9,
            5,
            "reference/ci-cd/hub-deploy.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without a mystmd project (no `myst.yml`, or one with only a
/// `site:` table) the root links are read from the repository's root, as
/// GitHub reads them, and each is reported.
#[test]
fn the_same_root_links_outside_a_mystmd_project_are_reported() {
    for config in [None, Some("version: 1\nsite:\n  template: book-theme\n")] {
        let run = infra_guide(config).check(&["--select", "link/missing-path"]);
        let lines: Vec<_> = run.findings().into_iter().map(|f| (f.2, f.4)).collect();
        assert_eq!(
            lines,
            vec![
                (3, "reference/ci-cd/index.md".to_string()),
                (5, "sre-guide/support/prometheus-credentials.md".to_string()),
                (7, "images/grafana.png".to_string()),
                (9, "reference/ci-cd/hub-deploy.md".to_string()),
            ],
            "\n{}",
            run.dump()
        );
    }
}
