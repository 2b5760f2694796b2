//! Link patterns of the fifth survey (seven public repositories never seen
//! before: pnpm/pnpm.io, rcourtman/Pulse, HaymayndzUltra/SuperTemplate,
//! sunshaoxuan/bobcrm, …). Each false positive stands next to its
//! true-positive twin, with exact findings; the real binary runs in real git
//! repositories.

mod common;

use common::{Repo, t};

/// pnpm.io keeps old versions in `versioned_docs_archived/version-N.x/`, an
/// archive the site no longer builds (185 findings: `/img/…` from
/// `static/`, extensionless routes, headings renamed since). A folder whose
/// name has `archived` as a word is an archive, not checked by default; the
/// twin, a live page's broken link, is reported.
#[test]
fn an_archive_of_old_docusaurus_versions_is_not_checked_but_a_live_page_is() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = { presets: [['classic', { docs: { routeBasePath: '/' } }]] };\n",
    )
    .write("static/img/a.svg", "<svg/>\n")
    .write("versioned_docs_archived/version-1.x/npmrc.md", "# npmrc\n")
    .write(
        "versioned_docs_archived/version-1.x/install.md",
        "# Old\n\n![demo](/img/a.svg)\n\nSee [npmrc](npmrc) and [faq](faq.md).\n",
    )
    .write(
        "docs/install.md",
        "# Install\n\n![demo](/img/a.svg)\n\nTwin: [gone](./nothere.md)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/install.md",
            5,
            7,
            "docs/nothere.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// A template pack's README (`# {{PROJECT_NAME}}`, SuperTemplate) links
/// `LICENSE` of the project it generates, and so does a cookiecutter
/// folder's: silent. The twin, the pack folder's own README with no
/// placeholder, is reported.
#[test]
fn a_template_packs_readme_with_placeholders_is_silent_but_the_repositorys_own_readme_is_not() {
    let repo = Repo::new();
    repo.write(
        "template-packs/README.md",
        "# Packs\n\nTwin: see [guide](../docs/migration-guide.md)\n",
    )
    .write(
        "packs/django/README.md",
        "# {{PROJECT_NAME}}\n\nCopyright {{ YEAR }}. See the [LICENSE](LICENSE) file.\n",
    )
    .write(
        "template-packs/database/postgres/README.md",
        "# Postgres\n\nSee [the runbook](../docs/runbook.md).\n",
    )
    .write(
        "{{cookiecutter.project_slug}}/README.md",
        "# App\n\nSee [contributing](CONTRIBUTING.md).\n",
    )
    .write(
        "docs/templating.md",
        "# Templating\n\nWrite `{{PROJECT_NAME}}` in a pack; see [packs](./packs.md).\n\n\
         ```\n# {{PROJECT_NAME}}\n```\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/templating.md",
                3,
                41,
                "docs/packs.md"
            ),
            t(
                "link/missing-path",
                "template-packs/README.md",
                3,
                11,
                "docs/migration-guide.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// `[后端枚举系统实施文档](需补充链接)` ("link to be added", bobcrm) is a
/// placeholder, as `TODO` is; the twin `./不存在.md` is a path and is reported.
#[test]
fn a_placeholder_target_in_chinese_words_is_silent_but_a_missing_chinese_file_is_reported() {
    let repo = Repo::new();
    repo.write(
        "a.md",
        "# 总结\n\n- [后端枚举系统实施文档](需补充链接)\n- [后端](TODO)\n- twin [缺失](./不存在.md)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "a.md", 5, 8, "不存在.md")],
        "\n{}",
        run.dump()
    );
}

/// bobcrm's `docs/history/README.md` is the maintained index of its history
/// folder: its link to a document deleted since is reported. The twin, a
/// record in that folder naming the same deleted file, stays silent (it
/// describes the tree as it was).
#[test]
fn the_index_of_a_history_folder_is_maintained_but_its_records_are_frozen() {
    let repo = Repo::new();
    repo.write("docs/history/PHASE-02.md", "# Phase 2\n")
        .write(
            "docs/history/README.md",
            "# History\n\n| Doc | Desc |\n|---|---|\n| [PHASE-02](PHASE-02.md) | phase 2 |\n",
        )
        .write(
            "docs/history/MIGRATION-01.md",
            "# Migration 01\n\nFollows [phase 2](PHASE-02.md#phase-2).\n",
        )
        .commit_all();
    repo.git(&["rm", "-q", "docs/history/PHASE-02.md"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/history/README.md",
            5,
            3,
            "docs/history/PHASE-02.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Pulse ships `frontend-modern/public/docs/*.md`, byte-identical copies of
/// `docs/*.md` whose links are written for `docs/` (21 findings): a copy's
/// references are judged on the original only, so a link broken in both is
/// one finding, on the original (not the shorter copy in a tool's hidden
/// folder, `.a/`). The twin, a document of the copied folder that is no
/// copy, is reported.
#[test]
fn a_shipped_copy_of_a_document_is_judged_on_the_original_only() {
    let guide = "# Guide\n\nSee [security](../SECURITY.md) and [gone](./gone.md#setup).\n";
    let repo = Repo::new();
    repo.write("SECURITY.md", "# Sec\n")
        .write("docs/guide.md", guide)
        .write("web/public/docs/guide.md", guide)
        .write(
            "web/public/docs/own.md",
            "# Other\n\nTwin: [security](../SECURITY.md)\n",
        )
        .write(".a/guide.md", guide)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "docs/guide.md", 3, 36, "docs/gone.md"),
            t(
                "link/missing-path",
                "web/public/docs/own.md",
                3,
                7,
                "web/public/SECURITY.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// pnpm.io's Docusaurus site, read its way (survey 5, F6):
/// - `./settings#nodeLinker` names the page `settings.md` beside the folder
///   `settings/` (which holds only `_*.mdx` partials), not the folder;
/// - `/cli/docs` in a blog post is a route: its tail `docs` is only a root
///   folder's name;
/// - `/blog/2020/05/27/flat` is the post `blog/2020-05-27-flat.md`, and
///   `/blog/whats-new` the post whose front matter says `slug: whats-new`;
/// - `src/pages/benchmarks.md` is a page: `/img/a.svg` is `static/img/a.svg`;
/// - `other.md#enableprepostscripts` is a heading of the MDX partial
///   `other.md` imports and renders (`<P />`).
///
/// The twins are reported: a blog date route and an anchor no page has, a
/// short blog route for a post without a `slug:` (Docusaurus serves it at
/// its date), a missing page, and a `/cli/…` route from a README.
#[test]
fn a_docusaurus_site_reads_pages_beside_folders_blog_routes_pages_and_partials_its_way() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = { presets: [['classic', { docs: { routeBasePath: '/' }, blog: { path: 'blog' } }]] };\n",
    )
    .write("static/img/a.svg", "<svg/>\n")
    .write("blog/2020-05-27-flat.md", "# Flat\n")
    .write(
        "blog/2026-08-10-whats-new.md",
        "---\ntitle: post\nslug: whats-new\n---\n# Post\n",
    )
    .write("blog/2026-09-01-plain.md", "# Plain\n")
    .write(
        "blog/releases/11.0.md",
        "---\ntitle: r\n---\n# R\n\nRun [docs](/cli/docs) and [gone](/cli/nothere).\n",
    )
    .write("docs/cli/docs.md", "# Docs\n")
    .write("docs/settings.md", "# Settings\n\n### nodeLinker\n")
    .write(
        "docs/settings/_partial.mdx",
        "### enablePrePostScripts\n\ntext\n",
    )
    .write(
        "docs/settings/other.md",
        "# Other\n\nSee [scripts](#enableprepostscripts).\n\n\
         import P from './_partial.mdx'\n\n<P />\n",
    )
    .write(
        "docs/faq.md",
        "# Faq\n\n[a](./settings/other.md#enableprepostscripts) [b](./settings#nodeLinker) \
         [twin](./settings/other.md#nosuchheading)\n",
    )
    .write(
        "docs/motivation.md",
        "# M\n\n[old](/blog/2020/05/27/flat) [new](/blog/whats-new/) \
         [twin](/blog/2020/05/27/nothere) [plain](/blog/plain)\n\nTwin: [gone](./nothere.md)\n",
    )
    .write("src/pages/benchmarks.md", "# Bench\n\n![b](/img/a.svg)\n")
    .write("README.md", "# Site\n\nRun [docs](/cli/docs).\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "README.md", 3, 5, "cli/docs"),
            t(
                "link/missing-anchor",
                "docs/faq.md",
                3,
                74,
                "docs/settings/other.md#nosuchheading"
            ),
            t(
                "link/missing-path",
                "docs/motivation.md",
                3,
                54,
                "blog/2020/05/27/nothere"
            ),
            t(
                "link/missing-path",
                "docs/motivation.md",
                3,
                87,
                "blog/plain"
            ),
            t(
                "link/missing-path",
                "docs/motivation.md",
                5,
                7,
                "docs/nothere.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// SuperTemplate's index links `validator-01-complete-spec.md`, which lives
/// in `validator-01/` beside it and, under the same name, in an unrelated
/// `meta-analysis/`: the help offers the one sharing the index's folders.
/// The twin: where the link's first and last folders point at different
/// files of that name, the help offers neither.
#[test]
fn the_help_offers_the_nearest_file_of_the_same_name_and_nothing_when_unsure() {
    let repo = Repo::new();
    repo.write("meta-analysis/spec-01.md", "# Spec\n")
        .write(
            "validators/documentation/validator-01/spec-01.md",
            "# Spec\n",
        )
        .write("scripts/run.sh", "echo\n")
        .write("validators/tests/run.sh", "echo\n")
        .write(
            "validators/documentation/INDEX.md",
            "# Index\n\n- [Spec](spec-01.md)\n- [Tests](../scripts/run.sh)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "validators/documentation/INDEX.md",
                3,
                3,
                "validators/documentation/spec-01.md"
            ),
            t(
                "link/missing-path",
                "validators/documentation/INDEX.md",
                4,
                3,
                "validators/scripts/run.sh"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let helps: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        helps,
        vec![
            "did you mean `validator-01/spec-01.md`?".to_string(),
            "commit the file, or correct the path".to_string(),
        ]
    );
}
