//! Survey s126h: Backstage TechDocs and service catalogs
//! (backstage/mkdocs-monorepo-plugin, ayointegral/cloud-sandbox-backstage,
//! giantswarm/backstage). The false patterns found there beside their true
//! twins; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: a site merged by the mkdocs-monorepo-plugin (which
// TechDocs' `techdocs-core` turns on) copies each `!include`d configuration's
// docs below its `site_name`, so `./versions/v1/reference.md` is
// `v1/docs/reference.md` in the built site (survey s126h, the plugin's own
// sample, 3 findings judged false). A page no included tree holds, and the
// same links without the plugin, are broken there too ---

fn monorepo(plugin: &str, index: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "site/mkdocs.yml",
        format!(
            "site_name: Cats API\n\nnav:\n  - Intro: 'index.md'\n  \
- Components: '*include ./components/*/mkdocs.yml'\n  - API:\n    \
- v1: '!include ./v1/mkdocs.yml'\n\nplugins:\n  - {plugin}\n"
        ),
    );
    repo.write("site/docs/index.md", index);
    repo.write(
        "site/v1/mkdocs.yml",
        "site_name: versions/v1\n\nnav:\n  - Reference: \"reference.md\"\n",
    );
    repo.write(
        "site/v1/docs/reference.md",
        "# v1 reference\n\nBack to the [intro](../../index.md).\n",
    );
    repo.write(
        "site/components/a/mkdocs.yml",
        "site_name: Component A\n\nnav:\n  - Home: \"README.md\"\n",
    );
    repo.write("site/components/a/docs/README.md", "# Component A\n");
    repo.commit_all();
    repo
}

const INDEX: &str = "site/docs/index.md";

#[test]
fn a_link_into_an_included_tree_is_the_merged_sites_page() {
    let run = monorepo(
        "monorepo",
        "# Welcome\n\n- [v1 API Reference](./versions/v1/reference.md)\n- [Component A](component-a/README.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
    let run = monorepo(
        "techdocs-core",
        "# Welcome\n\n- [v1](versions/v1/reference.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: a page the included tree lacks, an alias no configuration gives,
/// and the same link on a site without the plugin.
#[test]
fn a_page_no_included_tree_holds_is_reported() {
    let run = monorepo(
        "monorepo",
        "# Welcome\n\n- [v1 changes](./versions/v1/changelog.md)\n- [v9](./versions/v9/reference.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                INDEX,
                3,
                3,
                "site/docs/versions/v1/changelog.md"
            ),
            t(
                "link/missing-path",
                INDEX,
                4,
                3,
                "site/docs/versions/v9/reference.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = monorepo(
        "search",
        "# Welcome\n\n- [v1](./versions/v1/reference.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                INDEX,
                3,
                3,
                "site/docs/versions/v1/reference.md"
            ),
            t(
                "link/missing-path",
                "site/v1/docs/reference.md",
                3,
                13,
                "site/index.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a TechDocs page links another catalog entity's docs
// by the portal's route `/docs/<namespace>/<kind>/<name>`; when the
// repository declares that entity with a `backstage.io/techdocs-ref`
// annotation the route serves its docs (survey s126h,
// ayointegral/cloud-sandbox-backstage's template skeletons, 6 findings
// judged false). A name no entity has (`aws-eks` for the Template named
// `aws-eks-cluster`), an entity without TechDocs, and the route outside a
// TechDocs site are dead routes (4 findings judged true) ---

fn catalog(plugin: &str, links: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "templates/aws-vpc/template.yaml",
        "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: aws-vpc\n  \
title: AWS VPC\n  annotations:\n    backstage.io/techdocs-ref: dir:.\nspec:\n  owner: platform\n  type: infrastructure\n",
    );
    repo.write(
        "templates/aws-vpc/mkdocs.yml",
        "site_name: AWS VPC\nplugins:\n  - techdocs-core\n",
    );
    repo.write("templates/aws-vpc/docs/index.md", "# AWS VPC\n");
    // The portal's own docs folder at the root, as cloud-sandbox-backstage
    // keeps one: a root link `/docs/…` names a folder of the repository.
    repo.write("docs/README.md", "# Platform docs\n");
    repo.write(
        "templates/aws-eks/template.yaml",
        "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: aws-eks-cluster\n  \
annotations:\n    backstage.io/techdocs-ref: dir:.\nspec:\n  owner: platform\n",
    );
    repo.write(
        "templates/docs-d2/template.yaml",
        "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: docs-d2\n  \
tags:\n    - techdocs\nspec:\n  owner: platform\n",
    );
    repo.write(
        "templates/sandbox/skeleton/mkdocs.yml",
        format!("site_name: ${{{{ values.name }}}}\ndocs_dir: docs\nplugins:\n  - {plugin}\nnav:\n  - Home: index.md\n"),
    );
    repo.write(
        "templates/sandbox/skeleton/docs/index.md",
        format!("# Sandbox\n\n## Related Resources\n\n| Template | Description |\n|----------|-------------|\n{links}"),
    );
    repo.commit_all();
    repo
}

const SKELETON: &str = "templates/sandbox/skeleton/docs/index.md";

#[test]
fn a_techdocs_route_to_an_entity_of_the_repository_is_its_docs() {
    let run = catalog(
        "techdocs-core",
        "| [aws-vpc](/docs/default/template/aws-vpc) | Standalone VPC |\n| [vpc](/docs/default/Template/aws-vpc/) | The same |\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: an entity the repository does not declare, one without TechDocs,
/// a page below the route, and the same route outside a TechDocs site.
#[test]
fn a_techdocs_route_to_no_entity_with_docs_is_reported() {
    let run = catalog(
        "techdocs-core",
        "| [aws-eks](/docs/default/template/aws-eks) | EKS |\n| [d2](/docs/default/template/docs-d2) | D2 |\n| [vpc](/docs/default/template/aws-vpc/setup) | Setup |\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                SKELETON,
                7,
                3,
                "docs/default/template/aws-eks"
            ),
            t(
                "link/missing-path",
                SKELETON,
                8,
                3,
                "docs/default/template/docs-d2"
            ),
            t(
                "link/missing-path",
                SKELETON,
                9,
                3,
                "docs/default/template/aws-vpc/setup"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = catalog(
        "search",
        "| [aws-vpc](/docs/default/template/aws-vpc) | Standalone VPC |\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            SKELETON,
            7,
            3,
            "docs/default/template/aws-vpc"
        )],
        "\n{}",
        run.dump()
    );
}

// --- table/column-count: a Backstage software template's skeleton is
// rendered by the scaffolder's Nunjucks before anybody reads it as Markdown,
// so a `|` inside `${{ … }}` is a filter or an operator, gone from the row
// the repository gets (survey s126h, ayointegral/cloud-sandbox-backstage,
// 2 findings judged false). The same row outside a skeleton, and a cell of
// the row's own past the header, are reported ---

const TEMPLATE_YAML: &str = "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: aws-rds\nspec:\n  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n";

fn skeleton(row: &str) -> Repo {
    let repo = Repo::new();
    repo.write("templates/aws-rds/template.yaml", TEMPLATE_YAML);
    let page = format!(
        "# Database\n\n| Setting | Value |\n|---------|-------|\n| **Region** | `${{{{ values.region }}}}` |\n{row}\n"
    );
    repo.write("templates/aws-rds/skeleton/docs/index.md", &page);
    // The template's own docs page, which the scaffolder does not render.
    repo.write(
        "templates/aws-rds/docs/index.md",
        page.replace("# Database", "# The aws-rds template"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_pipe_of_a_scaffolder_expression_in_a_skeleton_splits_no_cell() {
    let run = skeleton(
        "| **Cloud Provider** | ${{ values.cloud_provider | upper }} |\n| Storage (${{ values.storageType || \"gp3\" }}) | ~$0.08/GB |",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![
            t(
                "table/column-count",
                "templates/aws-rds/docs/index.md",
                6,
                1,
                ""
            ),
            t(
                "table/column-count",
                "templates/aws-rds/docs/index.md",
                7,
                1,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a real cell past the header's count in the skeleton.
#[test]
fn an_extra_cell_of_a_skeletons_row_is_reported() {
    let run = skeleton("| **Cloud Provider** | ${{ values.cloud_provider | upper }} | lost note |")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["table/column-count"]),
        vec![
            t(
                "table/column-count",
                "templates/aws-rds/docs/index.md",
                6,
                1,
                ""
            ),
            t(
                "table/column-count",
                "templates/aws-rds/skeleton/docs/index.md",
                6,
                1,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The help of a dead TechDocs route names the route of the one declared
/// entity whose name extends the written one (`aws-eks` for the Template
/// `aws-eks-cluster`), not a folder of the repository; with none, it says
/// what the route names.
#[test]
fn a_dead_techdocs_route_is_helped_to_the_declared_entity() {
    let run = catalog(
        "techdocs-core",
        "| [aws-eks](/docs/default/template/aws-eks) | EKS |\n| [d2](/docs/default/template/docs-d2) | D2 |\n",
    )
    .check(&[]);
    let helps: Vec<String> = run
        .diagnostics_of(&["link/missing-path"])
        .iter()
        .map(|d| d["help"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        helps,
        vec![
            "a TechDocs route, and this repository declares no entity `default/template/aws-eks` with docs: did you mean `/docs/default/template/aws-eks-cluster`?".to_string(),
            "a TechDocs route, and this repository declares no entity `default/template/docs-d2` with docs (a `backstage.io/techdocs-ref` annotation): link the route of an entity it declares (`/docs/<namespace>/<kind>/<metadata.name>`), or check that the entity is registered from another repository".to_string(),
        ]
    );
}
