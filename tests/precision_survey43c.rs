//! Patterns of survey 43c (documentation repositories built with a site
//! generator that also hold roadmaps and readiness pages), each beside its
//! true twin. Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// A Hugo site in `site/` whose content is `site/content/en`, with
/// `extra_mount` added to its module mounts, and a proposal at
/// `geps/gep-1/index.md` and another at `proposals/p-1.md`, each linking the
/// site's overview page by its URL and a concepts page by a `.md` path.
fn proposals(extra_mount: &str) -> common::Run {
    let repo = Repo::new();
    let links = "# GEP\n\n(See [GEP States](/geps/overview/#gep-states).)\n\n\
                 [Personas](/docs/concepts/roles-and-personas.md)\n";
    repo.write(
        "site/hugo.toml",
        format!(
            "baseURL = \"/\"\n\n[module]\n  [[module.mounts]]\n    source = \"content/en\"\n    \
             target = \"content\"\n{extra_mount}"
        ),
    )
    .write("site/content/en/_index.md", "# Gateway API\n")
    .write(
        "site/content/en/geps/overview.md",
        "# Overview\n\n## GEP States\n",
    )
    .write(
        "site/content/en/docs/concepts/roles-and-personas.md",
        "# Roles\n",
    )
    .write("geps/gep-1/index.md", links)
    .write("proposals/p-1.md", links)
    .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// kubernetes-sigs/gateway-api (survey 43c): `site/hugo.toml` mounts
/// `../geps` at `content/geps`, so every `geps/gep-N/index.md` is a page of
/// the site at `/geps/gep-N/`, and its `/geps/overview/` is the site's URL
/// of `site/content/en/geps/overview.md` (24 findings judged false). Twins:
/// the same page's `.md` link from the root (Hugo with no link render hook
/// rewrites no `.md` link), a folder no mount names, and the same proposals
/// when the site mounts nothing but its content are still reported.
#[test]
fn a_folder_mounted_into_the_hugo_content_tree_holds_site_pages() {
    let mount = "  [[module.mounts]]\n    source = \"../geps\"\n    target = \"content/geps\"\n";
    let run = proposals(mount);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "geps/gep-1/index.md",
                5,
                1,
                "docs/concepts/roles-and-personas.md"
            ),
            t(
                "link/missing-path",
                "proposals/p-1.md",
                3,
                6,
                "geps/overview"
            ),
            t(
                "link/missing-path",
                "proposals/p-1.md",
                5,
                1,
                "docs/concepts/roles-and-personas.md"
            ),
        ],
        "\n{}",
        run.dump()
    );

    let run = proposals("");
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "geps/gep-1/index.md",
                3,
                6,
                "geps/overview"
            ),
            t(
                "link/missing-path",
                "geps/gep-1/index.md",
                5,
                1,
                "docs/concepts/roles-and-personas.md"
            ),
            t(
                "link/missing-path",
                "proposals/p-1.md",
                3,
                6,
                "geps/overview"
            ),
            t(
                "link/missing-path",
                "proposals/p-1.md",
                5,
                1,
                "docs/concepts/roles-and-personas.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A Hugo site whose `community/CONTRIBUTING.md` links the maintainers'
/// page `community/CODEOWNERS.md` by URL, once rightly from its own URL
/// `/community/contributing/` (`../codeowners`) and once as if from its
/// folder (`./codeowners`); `config` is added to `hugo.toml`.
fn contributing(config: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("site/hugo.toml", format!("baseURL = \"/\"\n{config}"))
        .write("site/content/_index.md", "# Gateway\n")
        .write("site/content/community/CODEOWNERS.md", "# Maintainers\n")
        .write(
            "site/content/community/CONTRIBUTING.md",
            "# Contributing\n\n[affiliations with commit access](../codeowners)\n\n\
             * See [CODEOWNERS.md](./codeowners) for the maintainers.\n",
        )
        .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// envoyproxy/gateway (survey 43c): Hugo serves `CODEOWNERS.md` at
/// `codeowners/`, lower-casing every URL, so `../codeowners` from the page
/// `/community/contributing/` names it (5 findings judged false). Twins:
/// `./codeowners` names `/community/contributing/codeowners/`, a page that
/// does not exist; and with `disablePathToLower` the URL keeps the file's
/// case, so neither link names the page.
#[test]
fn a_hugo_url_names_its_page_whatever_the_case_of_the_file() {
    let run = contributing("");
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "site/content/community/CONTRIBUTING.md",
            5,
            7,
            "site/content/community/codeowners"
        )],
        "\n{}",
        run.dump()
    );

    let run = contributing("disablePathToLower = true\n");
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "site/content/community/CONTRIBUTING.md",
                3,
                1,
                "site/content/codeowners"
            ),
            t(
                "link/missing-path",
                "site/content/community/CONTRIBUTING.md",
                5,
                7,
                "site/content/community/codeowners"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A two-language Hugo site (`en` at the root, `zh-CN` below `/zh-cn/`)
/// whose Chinese page links the Chinese API reference by its URL, a name
/// with a dot (`kueue.v1beta2/`) that no route reading takes for a folder.
fn translated_reference(links: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "site/hugo.toml",
        "baseURL = \"/\"\ndefaultContentLanguage = \"en\"\n\
         defaultContentLanguageInSubdir = false\n\n[languages]\n  [languages.en]\n    \
         contentDir = \"content/en\"\n  [languages.zh-CN]\n    contentDir = \"content/zh-CN\"\n",
    )
    .write("site/content/en/_index.md", "# Kueue\n")
    .write("site/content/en/docs/reference/kueue.v1beta2.md", "# API\n")
    .write("site/content/zh-CN/_index.md", "# Kueue\n")
    .write(
        "site/content/zh-CN/docs/reference/kueue.v1beta2.md",
        "# API\n",
    )
    .write(
        "site/content/zh-CN/docs/concepts/topology.md",
        format!("# Topology\n\n{links}"),
    )
    .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// kubernetes-sigs/kueue (survey 43c): the `zh-CN` pages link
/// `/zh-cn/docs/reference/kueue.v1beta2/`, the URL Hugo serves
/// `content/zh-CN/docs/reference/kueue.v1beta2.md` at (the language's key
/// lower-cased before the page's path; 27 findings judged false). Twins: the
/// prefix in the key's own case (`/zh-CN/`, not served), and a page the
/// language does not have, are still reported.
#[test]
fn a_language_prefix_names_the_pages_of_that_language() {
    let run = translated_reference(
        "- [API](/zh-cn/docs/reference/kueue.v1beta2/)\n\
         - [API](/zh-CN/docs/reference/kueue.v1beta2/)\n\
         - [API](/zh-cn/docs/reference/kueue.v1beta3/)\n",
    );
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "site/content/zh-CN/docs/concepts/topology.md",
                4,
                3,
                "zh-CN/docs/reference/kueue.v1beta2"
            ),
            t(
                "link/missing-path",
                "site/content/zh-CN/docs/concepts/topology.md",
                5,
                3,
                "zh-cn/docs/reference/kueue.v1beta3"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A repository whose `docs/api/reference.md` (in the head `api`) links a
/// type it renders no section for.
fn api_reference(api: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "docs/api/reference.md",
        format!("{api}\n| `failureReason` _[ClusterStatusError](#clusterstatuserror)_ | x |\n"),
    )
    .commit_all();
    repo.check(&["--select", "link/"])
}

/// kubernetes-sigs/cluster-api (survey 43c): `docs/book/src/reference/api/
/// crd-api-reference.md` is written by crd-ref-docs, whose package list
/// links `cluster.x-k8s.io/v1beta2` as `#clusterx-k8siov1beta2` (the dash
/// kept), and links types it renders no section for (20 findings judged
/// false: 18 anchors, 2 paths); external-secrets' `docs/api/spec.md`, written by
/// gen-crd-api-reference-docs, opens `<p>Packages:</p>` (2). Twin: the same
/// link under a hand-written list of packages is still reported.
#[test]
fn a_generated_api_reference_with_dashed_groups_is_left_out() {
    let crd_ref_docs = "# API Reference\n\n## Packages\n\
                        - [cluster.x-k8s.io/v1beta2](#clusterx-k8siov1beta2)\n\n\n\
                        ## cluster.x-k8s.io/v1beta2\n";
    let gen_crd = "<p>Packages:</p>\n<ul>\n<li>\n\
                   <a href=\"#external-secrets.io%2fv1\">external-secrets.io/v1</a>\n</li>\n</ul>\n\
                   <h2 id=\"external-secrets.io/v1\">external-secrets.io/v1</h2>\n";
    for head in [crd_ref_docs, gen_crd] {
        let run = api_reference(head);
        assert_eq!(run.findings(), vec![], "{head:?}\n{}", run.dump());
    }

    let run = api_reference("# API Reference\n\n## Packages\n- [Helm](#helm)\n\n## Helm\n");
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/api/reference.md",
            8,
            20,
            "docs/api/reference.md#clusterstatuserror"
        )],
        "\n{}",
        run.dump()
    );
}

/// A documentation tree ordered by number prefixes, as a site generator
/// checkmark does not know serves it (the prefixes dropped from the URLs),
/// and a note outside it linking into it the same way.
fn numbered_guide() -> common::Run {
    let repo = Repo::new();
    repo.write("guide/02_design-philosophy.md", "# Design\n")
        .write("guide/15_writing/05_drafts.md", "# Drafts\n")
        .write(
            "guide/15_writing/01_overview.md",
            "# Writing\n\n- [Drafts](./drafts)\n- [Design](../design-philosophy)\n\
             - [Pages](./page)\n",
        )
        .write(
            "notes/overview.md",
            "# Notes\n\n- [Drafts](../guide/15_writing/drafts)\n",
        )
        .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// sidhanthapoddar99/documentation-template (survey 43c): the framework's
/// own docs, `default-docs/data/user-guide/15_writing-content/01_overview.md`,
/// link `./drafts` for `05_drafts.md`: its Astro site serves pages with
/// their number prefixes dropped (276 of 277 such links, the 30 judged all
/// false). Twins: `./page`, which no page is with or without a prefix, and
/// the same kind of link in a page whose own path has no numbered name, are
/// reported.
#[test]
fn a_number_prefixed_tree_is_linked_without_its_prefixes() {
    let run = numbered_guide();
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "guide/15_writing/01_overview.md",
                5,
                3,
                "guide/15_writing/page"
            ),
            t(
                "link/missing-path",
                "notes/overview.md",
                3,
                3,
                "guide/15_writing/drafts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A subtask of a folder-per-issue tracker whose front matter says `state`,
/// mentioning a skill file that a later commit moves.
fn subtask_after_move(state: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(".claude/skills/guide/layout.md", "# Layout\n")
        .write(
            "data/todo/2026-04-10-issues-layout/subtasks/19_assignee.md",
            format!(
                "---\ntitle: \"Assignee filter\"\nstate: {state}\n---\n\n\
                 - [x] **Update the skill**\n  - `.claude/skills/guide/layout.md` — call out the filter\n"
            ),
        )
        .commit_all();
    repo.mkdir("plugins/guide")
        .git(&["mv", ".claude/skills/guide", "plugins/guide/skills"]);
    repo.commit_all();
    repo.check(&["--select", "path/renamed"])
}

/// sidhanthapoddar99/documentation-template (survey 43c): a closed subtask
/// (`state: closed` in its front matter) names the files its work touched,
/// moved since: a record of its day, as a `status: done` one is (3 findings
/// judged false). Twin: an open subtask's mention is reported.
#[test]
fn a_closed_state_in_front_matter_makes_a_record() {
    let run = subtask_after_move("closed");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = subtask_after_move("open");
    assert_eq!(
        run.findings(),
        vec![t(
            "path/renamed",
            "data/todo/2026-04-10-issues-layout/subtasks/19_assignee.md",
            7,
            5,
            ".claude/skills/guide/layout.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// A Java client written by OpenAPI Generator into `sdks/java/client/`, of
/// which git keeps only the API documents, its `.gitignore` (`ignore`)
/// leaving out the rest; the SDK's own README links them.
fn generated_client(ignore: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("sdks/java/.gitignore", ignore)
        .write(
            "sdks/java/client/docs/EnvVar.md",
            "# EnvVar\n\n**valueFrom** | [**V1EnvVarSource**](io.kubernetes.client.openapi.models.V1EnvVarSource.md) | | [optional]\n",
        )
        .write(
            "sdks/java/README.md",
            "# Java SDK\n\n* [Env vars](client/docs/EnvVar.md)\n* [Pipelines](client/docs/PipelineServiceApi.md)\n",
        )
        .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// argoproj/argo-workflows (survey 43c): `sdks/java/.gitignore` ignores
/// `/client/.openapi-generator/` and the client's sources, keeping the
/// generator's `client/docs/`, whose pages link models of other packages
/// the run does not write (37 findings judged false). Twins: the SDK's
/// hand-written README linking a page the run no longer writes, and the
/// same pages where no `.gitignore` names the generator's folder, are
/// reported.
#[test]
fn a_gitignored_openapi_generator_folder_marks_its_documents() {
    let twin = t(
        "link/missing-path",
        "sdks/java/README.md",
        4,
        3,
        "sdks/java/client/docs/PipelineServiceApi.md",
    );
    let run = generated_client("/client/.openapi-generator/\n/client/src/\n/client/*.*\n");
    assert_eq!(run.findings(), vec![twin.clone()], "\n{}", run.dump());

    let run = generated_client("/client/src/\n/client/*.*\n");
    assert_eq!(
        run.findings(),
        vec![
            twin,
            t(
                "link/missing-path",
                "sdks/java/client/docs/EnvVar.md",
                3,
                17,
                "sdks/java/client/docs/io.kubernetes.client.openapi.models.V1EnvVarSource.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A Hugo site that serves its versioned docs, kept in `content/docs/v2/`,
/// at `/docs/` by a mount, with `link` in a version's section page.
fn versioned_docs(link: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "hugo.yaml",
        "baseURL: /\nmodule:\n  mounts:\n    - source: content\n      target: content\n      \
         files: ['! docs/v?']\n    - source: content/docs/v2\n      target: content/docs\n",
    )
    .write("content/_index.md", "# Jaeger\n")
    .write("content/download.md", "# Download\n")
    .write(
        "content/docs/v2/2.0/deployment/_index.md",
        format!("# Deployment\n\nSee [Downloads]({link}).\n"),
    )
    .commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// jaegertracing/documentation (survey 43c): `hugo.yaml` mounts
/// `content/docs/v2` at `content/docs`, so each version's
/// `deployment/_index.md` is served at `/docs/2.0/deployment/` and its
/// `../../../download/` is `/download/`, `content/download.md` (22 findings
/// judged false). Twin: one `../` fewer names `/docs/download/`, which no
/// page is, and is reported.
#[test]
fn a_mounted_page_links_from_the_url_it_is_served_at() {
    let run = versioned_docs("../../../download/");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = versioned_docs("../../download/");
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "content/docs/v2/2.0/deployment/_index.md",
            3,
            5,
            "content/docs/v2/download"
        )],
        "\n{}",
        run.dump()
    );
}
