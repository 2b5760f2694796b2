//! Patterns of survey 34b (ionic-team/ionic-docs, ory/docs, dapr/docs,
//! novuhq/docs, Effect-TS/website): a Docusaurus site served under a
//! `baseUrl` (`/docs/`) whose pages link their routes and static files
//! with it (P1), the relative links of a partial in the site's `src/` that
//! climb to the site's root (P3), and `@site/`, Docusaurus' alias of the
//! site's folder (P9). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// ionic-docs' `docusaurus.config.js`: the base URL through a constant,
/// docs served at the site's root (`routeBasePath: '/'`), and a version.
const IONIC: &str = "const BASE_URL = '/docs';\n\
module.exports = {\n\
  title: 'Ionic Framework',\n\
  baseUrl: `${BASE_URL}/`,\n\
  presets: [\n\
    [\n\
      '@docusaurus/preset-classic',\n\
      {\n\
        docs: {\n\
          routeBasePath: '/',\n\
        },\n\
      },\n\
    ],\n\
  ],\n\
};\n";

/// ionic-docs links its docs (`/docs/reference/glossary`, from a version's
/// page too) and its static files (`<img src="/docs/icons/x.png">`) with
/// the site's base URL `/docs/`, under which Docusaurus serves them
/// (judged false: 24 of a sample of 30, 276 in all). Twins: a route no
/// doc serves (`/docs/reference/glosary`), a static file that is not there,
/// and an anchor no heading of the doc makes, stay reported.
#[test]
fn a_docusaurus_site_under_a_base_url() {
    let repo = Repo::new();
    repo.write("docusaurus.config.js", IONIC)
        .write("versions.json", "[\"v5\"]\n")
        .write("static/icons/bot.png", "png")
        .write("docs/reference/glossary.md", "# Glossary\n\n## Node\n")
        .write("docs/theming/platform-styles.md", "# Platform styles\n")
        .write(
            "versioned_docs/version-v5/cli.md",
            "# CLI\n\n\
             - [Node](/docs/reference/glossary#node)\n\
             - [Styles](/docs/theming/platform-styles)\n\
             - <img src=\"/docs/icons/bot.png\" />\n\
             - [Typo](/docs/reference/glosary)\n\
             - <img src=\"/docs/icons/gone.png\" />\n\
             - [Babel](/docs/reference/glossary#babel)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "versioned_docs/version-v5/cli.md",
                6,
                3,
                "docs/reference/glosary"
            ),
            t(
                "link/missing-path",
                "versioned_docs/version-v5/cli.md",
                7,
                13,
                "docs/icons/gone.png"
            ),
            t(
                "link/missing-anchor",
                "versioned_docs/version-v5/cli.md",
                8,
                3,
                "docs/reference/glossary.md#babel"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// ory/docs' configuration: docs at the root route under the base URL
/// `/docs/`.
const ORY: &str = "const config = {\n\
  title: 'Ory',\n\
  baseUrl: \"/docs/\",\n\
  presets: [\n\
    [\n\
      '@docusaurus/preset-classic',\n\
      {\n\
        docs: {\n\
          path: \"docs\",\n\
          routeBasePath: \"/\",\n\
        },\n\
      },\n\
    ],\n\
  ],\n\
};\n\
export default config;\n";

/// ory/docs' partials in `src/components/Shared/` (rendered on docs pages)
/// link docs with `../../../../docs/keto/concepts/objects`, which climbs
/// to the site's root: the route `/docs/keto/concepts/objects` of
/// `10_objects.mdx` under the base URL; and images with `@site/src/…`
/// (judged false: 27 of a sample of 30, 74 in all). Twins: a climbing link
/// to a route no doc serves, an `@site/` image that is not there, and a
/// relative link that stays below the site's root, stay reported.
#[test]
fn a_docusaurus_partial_climbing_to_the_site_root_and_at_site() {
    let repo = Repo::new();
    repo.write("docusaurus.config.ts", ORY)
        .write("docs/keto/concepts/10_objects.mdx", "# Objects\n")
        .write(
            "docs/kratos/mfa/30_sms.mdx",
            "---\nid: mfa-via-sms\n---\n\n# SMS\n",
        )
        .write("src/components/Shared/kratos/_static/recover.png", "png")
        .write(
            "src/components/Shared/keto/overview.mdx",
            "Read about [objects](../../../../docs/keto/concepts/objects).\n\n\
             And [SMS](../../../../docs/kratos/mfa/mfa-via-sms).\n\n\
             ![Recover](@site/src/components/Shared/kratos/_static/recover.png)\n\n\
             A [typo](../../../../docs/keto/concepts/objets).\n\n\
             ![Gone](@site/src/components/Shared/kratos/_static/gone.png)\n\n\
             A [sibling](../kratos/missing.mdx).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "src/components/Shared/keto/overview.mdx",
                7,
                3,
                "docs/keto/concepts/objets"
            ),
            t(
                "link/missing-path",
                "src/components/Shared/keto/overview.mdx",
                9,
                1,
                "src/components/Shared/keto/@site/src/components/Shared/kratos/_static/gone.png"
            ),
            t(
                "link/missing-path",
                "src/components/Shared/keto/overview.mdx",
                11,
                3,
                "src/components/Shared/kratos/missing.mdx"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// ionic-docs keeps `docs/native/` in git with only a `.gitignore` of
/// `*` and `!.gitignore`: `scripts/native.mjs` writes the Capacitor plugin
/// pages there before the build, and the guides link them
/// (`../native/camera.md`; judged false: 1 in the sample, 57 in all).
/// Twins: a page missing from a folder whose `.gitignore` ignores only
/// some files (`*.log`), and one missing from an ordinary folder, stay
/// reported.
#[test]
fn a_folder_kept_for_a_build_step_to_fill() {
    let repo = Repo::new();
    repo.write("docs/native/.gitignore", "*\n!.gitignore\n")
        .write("docs/logs/.gitignore", "*.log\n")
        .write("docs/guides/intro.md", "# Intro\n")
        .write(
            "docs/angular/your-first-app.md",
            "# Your first app\n\n\
             - [Camera](../native/camera.md)\n\
             - [Run log](../logs/run.md)\n\
             - [Setup](../guides/setup.md)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/angular/your-first-app.md",
                4,
                3,
                "docs/logs/run.md"
            ),
            t(
                "link/missing-path",
                "docs/angular/your-first-app.md",
                5,
                3,
                "docs/guides/setup.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// withastro/docs' `install-and-setup.mdx` (survey 33c, left open there):
/// each of the three tabs of `<PackageManagerTabs>` holds a fence indented six spaces
/// under its `<Fragment slot="npm">` and closed by one indented two. MDX
/// has no indented code, so the six-space line opens a block and the
/// two-space one closes it: the page renders fine (read as CommonMark, the
/// third tab's closing fence opened a block that ran to the end). Docusaurus' tabs the
/// same (`<TabItem value="npm">`, a blank line, a four-space fence closed
/// four spaces in). Twin: a tab whose fence is never closed swallows the
/// heading and the link after it, and is reported.
#[test]
fn an_mdx_fence_indented_under_a_jsx_tag() {
    let repo = Repo::new();
    repo.write("docs/guide.md", "# Guide\n")
        .write(
            "docs/install.mdx",
            "# Install\n\n\
             <PackageManagerTabs>\n\
             \x20     <Fragment slot=\"npm\">\n\
             \x20     ```shell\n\
             \x20 npm run dev\n\
             \x20 ```\n\
             \x20     </Fragment>\n\
             \x20     <Fragment slot=\"pnpm\">\n\
             \x20     ```shell\n\
             \x20 pnpm run dev\n\
             \x20 ```\n\
             \x20     </Fragment>\n\
             \x20     <Fragment slot=\"yarn\">\n\
             \x20     ```shell\n\
             \x20 yarn run dev\n\
             \x20 ```\n\
             \x20     </Fragment>\n\
             \x20   </PackageManagerTabs>\n\n\
             <Tabs>\n\
             \x20 <TabItem value=\"npm\">\n\n\
             \x20   ```bash\n\
             \x20   npm install\n\
             \x20   ```\n\n\
             \x20 </TabItem>\n\
             </Tabs>\n\n\
             ## Next\n\n\
             See the [guide](./guide.md).\n",
        )
        .write(
            "docs/broken.mdx",
            "# Broken\n\n\
             <Tabs>\n\
             \x20 <TabItem value=\"npm\">\n\n\
             \x20   ```bash\n\
             \x20   npm install\n\n\
             \x20 </TabItem>\n\
             </Tabs>\n\n\
             ## Next\n\n\
             See the [guide](./guide.md).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "document/,link/"]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "docs/broken.mdx", 6, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// ory/docs' API reference pages render an OpenAPI document with Redoc (an
/// `<API>` component in a ` ```mdx-code-block ` fence), which makes the
/// anchors at run time: `#tag/identity/operation/listIdentities`,
/// `#operation/createIdentity` (judged false: 19 of a sample of 30, about
/// 60 in all). Twins: an operation the spec no longer has
/// (`#operation/initializeSelfServiceLoginFlowWithoutBrowser`, renamed), a
/// tag it lacks, and a heading-style anchor into a page whose spec is
/// fetched by URL (`#get-settings-flow`: no Redoc anchor) stay reported.
#[test]
fn the_anchors_redoc_makes_on_an_api_page() {
    let repo = Repo::new();
    repo.write(
        "docs/reference/api.mdx",
        "---\nid: api\nhide_title: true\n---\n\n\
         ```mdx-code-block\n\
         import API from '@theme/API'\n\
         import spec from './api.json'\n\n\
         <API override={spec} />\n\
         ```\n",
    )
    .write(
        "docs/reference/api.json",
        "{\"openapi\": \"3.0.3\", \"tags\": [{\"name\": \"identity\"}],\n\
         \"paths\": {\"/admin/identities\": {\n\
         \"get\": {\"operationId\": \"listIdentities\", \"tags\": [\"identity\"]},\n\
         \"post\": {\"operationId\": \"createIdentity\", \"tags\": [\"identity\"]}}}}\n",
    )
    .write(
        "docs/kratos/reference/api.mdx",
        "---\nid: api\n---\n\n\
         ```mdx-code-block\n\
         import API from '@theme/API'\n\n\
         <API repo=\"kratos\" url=\"https://raw.githubusercontent.com/ory/kratos/master/spec/api.json\" />\n\
         ```\n",
    )
    .write(
        "docs/guide.md",
        "# Guide\n\n\
         - [List](./reference/api.mdx#tag/identity/operation/listIdentities)\n\
         - [Create](./reference/api.mdx#operation/createIdentity)\n\
         - [Logout](./kratos/reference/api.mdx#tag/frontend/operation/updateLogoutFlow)\n\
         - [Old](./reference/api.mdx#operation/initializeSelfServiceLoginFlowWithoutBrowser)\n\
         - [Frontend](./reference/api.mdx#tag/frontend)\n\
         - [Settings](./kratos/reference/api.mdx#get-settings-flow)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/guide.md",
                6,
                3,
                "docs/reference/api.mdx#operation/initializeSelfServiceLoginFlowWithoutBrowser"
            ),
            t(
                "link/missing-anchor",
                "docs/guide.md",
                7,
                3,
                "docs/reference/api.mdx#tag/frontend"
            ),
            t(
                "link/missing-anchor",
                "docs/guide.md",
                8,
                3,
                "docs/kratos/reference/api.mdx#get-settings-flow"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// ory/docs' `manage-identities/scim/api-reference.mdx` links
/// `../scim#use-the-scim-client`: on GitHub the folder `scim/`, on the site
/// the URL of `50_scim.mdx`, whose number prefix Docusaurus drops (judged
/// false: 3 in the sample, 5 in all). Twins: an anchor that page lacks, and
/// a folder with no page beside it, stay reported.
#[test]
fn a_docusaurus_folder_link_names_the_numbered_doc_beside_it() {
    let repo = Repo::new();
    repo.write("docusaurus.config.ts", ORY)
        .write(
            "docs/kratos/manage-identities/50_scim.mdx",
            "# SCIM\n\n## Use the SCIM client\n",
        )
        .write(
            "docs/kratos/manage-identities/scim/api-reference.mdx",
            "# API reference\n\n\
             See the [provider guides](../scim#use-the-scim-client).\n\n\
             And [gone](../scim#data-mapping).\n",
        )
        .write("docs/kratos/other/shots/a.png", "png")
        .write(
            "docs/kratos/other/page.mdx",
            "# Page\n\nSee [shots](./shots#top-shot).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/kratos/manage-identities/scim/api-reference.mdx",
                5,
                5,
                "docs/kratos/manage-identities/50_scim.mdx#data-mapping"
            ),
            t(
                "link/missing-anchor",
                "docs/kratos/other/page.mdx",
                3,
                5,
                "docs/kratos/other/shots#top-shot"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
