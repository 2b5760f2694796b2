//! Patterns of survey 30b (ossf/wg-best-practices-os-developers, ossf/tac,
//! oceanbase/ob-operator, mariadb-operator/mariadb-operator,
//! open-telemetry/community): the static folder of a Docusaurus site kept
//! in a folder of its own (P1), and crd-ref-docs' API reference of an
//! operator's resources, generated without a stamp (P3). Each false pattern beside its true twin,
//! exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

const CONFIG: &str = "const config = {\n  title: 'ob-operator',\n  baseUrl: '/ob-operator',\n  i18n: { defaultLocale: 'en', locales: ['en', 'zh-Hans'] },\n  presets: [['classic', { docs: { sidebarPath: './sidebars.ts' } }]],\n};\nexport default config;\n";

const PAGE: &str = "# Architecture\n\n![ob-operator architecture](/img/ob-operator-arch.png)\n\n![task manager](/img/task-manager-arch.png)\n";

/// ob-operator's site is `docsite/` (`docsite/docusaurus.config.ts`), and
/// Docusaurus serves its `static/` folder at the site's root: a page's
/// `/img/ob-operator-arch.png` is `docsite/static/img/ob-operator-arch.png`.
/// 30 such images of its docs, pages and Chinese translations were judged
/// false. The twin: an image that is in no static folder of the site (nor
/// in the repository's own `static/`) is reported, in a page, in its
/// translation, and in a Markdown file outside the site, which GitHub reads
/// from the repository's root.
#[test]
fn a_nested_docusaurus_site_serves_its_static_folder_at_its_root() {
    let repo = Repo::new();
    repo.write("docsite/docusaurus.config.ts", CONFIG)
        .write("docsite/sidebars.ts", "export default {};\n")
        .write("docsite/static/img/ob-operator-arch.png", "png")
        .write("docsite/docs/developer/arch.md", PAGE)
        .write(
            "docsite/i18n/zh-Hans/docusaurus-plugin-content-docs/current/developer/arch.md",
            "# 架构\n\n![架构](/img/ob-operator-arch.png)\n\n![任务](/img/task-manager-arch.png)\n",
        )
        .write(
            "docsite/src/pages/index.md",
            "# ob-operator\n\n![arch](/img/ob-operator-arch.png)\n",
        )
        .write(
            "README.md",
            "# ob-operator\n\n![arch](/img/ob-operator-arch.png)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "README.md",
                3,
                1,
                "img/ob-operator-arch.png"
            ),
            t(
                "link/missing-path",
                "docsite/docs/developer/arch.md",
                5,
                1,
                "img/task-manager-arch.png"
            ),
            t(
                "link/missing-path",
                "docsite/i18n/zh-Hans/docusaurus-plugin-content-docs/current/developer/arch.md",
                5,
                1,
                "img/task-manager-arch.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A site that lists its static folders (`staticDirectories: ['public',
/// 'static']`) serves each of them at its root, and no other: a file of a
/// folder it does not list is not served, and the link is reported.
#[test]
fn a_nested_docusaurus_site_serves_the_static_directories_it_lists() {
    let repo = Repo::new();
    repo.write(
        "website/site/docusaurus.config.js",
        "module.exports = {\n  title: 'x',\n  staticDirectories: ['public', 'assets/static'],\n};\n",
    )
    .write("website/site/public/img/a.png", "png")
    .write("website/site/assets/static/img/b.png", "png")
    .write("website/site/static/img/c.png", "png")
    .write(
        "website/site/docs/intro.md",
        "# Intro\n\n![a](/img/a.png)\n\n![b](/img/b.png)\n\n![c](/img/c.png)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "website/site/docs/intro.md",
            7,
            1,
            "img/c.png"
        )],
        "\n{}",
        run.dump()
    );
}

const API_REFERENCE: &str = "# API Reference\n\n## Packages\n- [k8s.mariadb.com/v1alpha1](#k8smariadbcomv1alpha1)\n\n\n## k8s.mariadb.com/v1alpha1\n\nPackage v1alpha1 contains API Schema definitions for the v1alpha1 API group\n\n### Resource Types\n- [MariaDB](#mariadb)\n\n\n\n#### CSIVolumeSource\n\n\n\n_Appears in:_\n- [MariaDBVolume](#mariadbvolume)\n- [Volume](#volume)\n\n| Field | Description | Default | Validation |\n| --- | --- | --- | --- |\n| `driver` _string_ |  |  |  |\n\n\n#### MariaDB\n\n\n\n_Appears in:_\n- [MariaDBVolume](#mariadbvolume)\n\n| Field | Description | Default | Validation |\n| --- | --- | --- | --- |\n| `tls` _[TLS](#tls)_ | TLS settings. See [TLS](./tls.md#missing). |  |  |\n\n\n#### MariaDBVolume\n\n\n\n_Appears in:_\n- [MariaDB](#mariadb)\n";

/// mariadb-operator's `docs/api_reference.md` is written by `make docs`
/// with crd-ref-docs, and says so nowhere: its `_Appears in:_` lists link
/// types the generator did not render (`[Volume](#volume)`,
/// `[IssuerReference](#issuerreference)`): 2 findings (counting 14 links)
/// judged false, fixed in the generator's configuration. The twins: a
/// hand-written page of the same repository with a `## Packages` section
/// of its own and a broken anchor is checked, and so are its links.
#[test]
fn crd_ref_docs_output_is_generated() {
    let repo = Repo::new();
    repo.write("docs/api_reference.md", API_REFERENCE)
        .write(
            "docs/tls.md",
            "# TLS\n\nSee [volumes](./api_reference.md#volume) and [CSI](./api_reference.md#csivolumesource).\n",
        )
        .write(
            "docs/install.md",
            "# Install\n\n## Packages\n- [Helm](#helm)\n- [OLM](#olm)\n\n## Helm\n\nSee [the chart](./chart.md).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/install.md",
                5,
                3,
                "docs/install.md#olm"
            ),
            t(
                "link/missing-path",
                "docs/install.md",
                9,
                5,
                "docs/chart.md"
            ),
            t(
                "link/missing-anchor",
                "docs/tls.md",
                3,
                5,
                "docs/api_reference.md#volume"
            ),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 2, "\n{}", run.dump());
}
