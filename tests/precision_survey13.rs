//! Patterns of the thirteenth survey (gohugoio/hugoDocs, prettier/prettier,
//! awisbay/yski-app): a Hugo site read the Hugo way, formatter fixtures
//! beside their test scripts, a Docusaurus docs folder outside the site's
//! folder, and a `UI ONLY` parent's navigation sub-items. Each false
//! positive beside its true twin, exact findings, the real binary in real
//! git repositories.

mod common;

use common::{Repo, t};

const HOOK: &str = "{{- $u := urls.Parse .Destination }}\n\
{{- if eq $u.String \"g\" }}\n  {{- /* glossary term */}}\n\
{{- else }}\n  {{- with $.PageInner.GetPage $u.Path }}{{ .RelPermalink }}{{ end }}\n{{- end }}\n";

/// hugoDocs (702 findings): its render hook turns `[term](g)` into a link
/// to the glossary, and resolves `commands/hugo_mod_npm_pack/` as
/// `GetPage` does, from the content root (mounted from `content/en`).
/// A leaf bundle's `index.md` reads a relative path from the folder that
/// holds the bundle (`netlify/` beside `cloudflare/`). Twins: a page no path
/// names (`missing-page/`, `render/`), a bare word the hook does not know
/// (`h`), and a `.md` file link that is not there.
#[test]
fn hugo_render_hook_keywords_and_content_root_page_links() {
    let repo = Repo::new();
    repo.write(
        "hugo.toml",
        "title = \"x\"\n[[module.mounts]]\n  source = \"content/en\"\n  target = \"content\"\n",
    )
    .write("layouts/_markup/render-link.html", HOOK)
    .write("content/en/commands/hugo_mod_npm_pack.md", "# Pack\n")
    .write("content/en/configuration/_index.md", "# Configuration\n")
    .write(
        "content/en/configuration/output-formats.md",
        "# Output formats\n",
    )
    .write(
        "content/en/functions/css/Build.md",
        "# Build\n\n## Minify\n",
    )
    .write("content/en/host/netlify.md", "# Netlify\n")
    .write(
        "content/en/host/cloudflare/index.md",
        "# Cloudflare\n\nSee [Netlify](netlify/) and [Render](render/).\n",
    )
    .write(
        "content/en/configuration/module.md",
        "# Module\n\nWhere the mount will reside in the [unified file system](g).\n\n\
         Use [hugo mod npm pack](commands/hugo_mod_npm_pack/) and [formats](output-formats).\n\n\
         See [the section](configuration/), [build](functions/css/build#minify), \
         [gone](missing-page/), [h](h) and [file](../commands/gone.md).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "content/en/configuration/module.md",
                7,
                73,
                "content/en/configuration/missing-page"
            ),
            t(
                "link/missing-path",
                "content/en/configuration/module.md",
                7,
                96,
                "content/en/configuration/h"
            ),
            t(
                "link/missing-path",
                "content/en/configuration/module.md",
                7,
                107,
                "content/en/commands/gone.md"
            ),
            t(
                "link/missing-path",
                "content/en/host/cloudflare/index.md",
                3,
                29,
                "content/en/host/cloudflare/render"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Without a render hook the browser reads a page's relative link from its
/// URL: `commands/x/` from `configuration/module.md` is not the content
/// root's page, and `(g)` is a missing file.
#[test]
fn hugo_site_without_a_hook_reads_links_from_the_page_url() {
    let repo = Repo::new();
    repo.write("hugo.toml", "title = \"x\"\n")
        .write("content/commands/pack.md", "# Pack\n")
        .write(
            "content/configuration/module.md",
            "# Module\n\nThe [file system](g); [pack](commands/pack/).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "content/configuration/module.md",
                3,
                5,
                "content/configuration/g"
            ),
            t(
                "link/missing-path",
                "content/configuration/module.md",
                3,
                23,
                "content/configuration/commands/pack"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// hugoDocs (90 findings): `autoDefinitionTermID = true` gives each
/// definition term an id, numbered together with the headings (`#matchers-1`
/// is the heading after the term); a page's `{{% include %}}` renders the
/// included file's headings and terms into it; and a `_common/` fragment's
/// own `#x` links find the anchors of the pages that include it. Twins: an
/// anchor that is neither (`#nope`, `#nope2`).
#[test]
fn hugo_definition_terms_and_included_headings_are_anchors() {
    let repo = Repo::new();
    repo.write(
        "hugo.toml",
        "title = \"x\"\n[markup.goldmark.parser]\n  autoDefinitionTermID = true\n",
    )
    .write(
        "content/_common/scope.md",
        "---\n_comment: Do not remove front matter.\n---\n\n## Scope\n\n\
         `locale`\n: The locale. See [matchers](#matchers) and [nope](#nope2).\n",
    )
    .write(
        "content/configuration/module.md",
        "# Module\n\nSee [`proxy`](#proxy), [matchers](#matchers-1), [scope](#scope), \
         [locale](#locale), [step](#step-2) and [nope](#nope).\n\n\
         `proxy`\n: (`string`) The proxy.\n\n\
         `matchers`\n: The matchers.\n\n\
         Step 2\n: Do this.\n\n  Indented more.\n\n\
         ## Matchers\n\n\
         {{% include \"/_common/scope.md\" %}}\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "content/_common/scope.md",
                8,
                45,
                "content/_common/scope.md#nope2"
            ),
            t(
                "link/missing-anchor",
                "content/configuration/module.md",
                3,
                105,
                "content/configuration/module.md#nope"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Without `autoDefinitionTermID`, a definition term has no id.
#[test]
fn hugo_definition_terms_have_no_id_unless_configured() {
    let repo = Repo::new();
    repo.write("hugo.toml", "title = \"x\"\n")
        .write(
            "content/module.md",
            "# Module\n\nSee [`proxy`](#proxy).\n\n`proxy`\n: (`string`) The proxy.\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "content/module.md",
            3,
            5,
            "content/module.md#proxy"
        )],
        "\n{}",
        run.dump()
    );
}

/// hugoDocs' glossary page is one shortcode, `{{% glossary %}}`, whose
/// template makes an id per term (`anchorize`): any anchor of it may exist.
/// A root link that the render hook resolves to a page has its anchor
/// checked. Twin: an anchor missing from a page without such a shortcode.
#[test]
fn hugo_shortcodes_that_make_ids_leave_anchors_open() {
    let repo = Repo::new();
    repo.write("hugo.toml", "title = \"x\"\n")
        .write("layouts/_markup/render-link.html", HOOK)
        .write(
            "layouts/_shortcodes/glossary.html",
            "{{ range .Page.Pages }}{{ $a := path.BaseName .Path | anchorize }}{{ end }}\n",
        )
        .write(
            "content/quick-reference/glossary/_index.md",
            "---\ntitle: Glossary\n---\n\n{{% glossary %}}\n",
        )
        .write("content/commands/pack.md", "# Pack\n\n## Usage\n")
        .write(
            "content/about/features.md",
            "# Features\n\n[Matrix](/quick-reference/glossary/#sites-matrix), \
             [usage](/commands/pack/#usage), [nope](/commands/pack/#nope).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "content/about/features.md",
            3,
            84,
            "content/commands/pack.md#nope"
        )],
        "\n{}",
        run.dump()
    );
}

/// prettier (35 findings): `tests/format/markdown/**/*.md` are inputs of its
/// Markdown formatter, beside `format.test.js` and `__snapshots__/`. Twins:
/// a `tests/README.md` is still checked, even beside a test script (it
/// documents the tests), and so is Markdown in a folder without one, and a
/// test plan beside an ordinary test script (`merge-engine.test.ts`).
#[test]
fn markdown_beside_a_test_script_or_snapshots_is_test_input() {
    let repo = Repo::new();
    repo.write("package.json", "{\"name\":\"prettier\"}\n")
        .write("README.md", "# Readme\n")
        .write(
            "tests/format/markdown/image/alt.md",
            "![a](a.png)\n\n[link](#world)\n",
        )
        .write(
            "tests/format/markdown/image/format.test.js",
            "runFormatTest(import.meta, [\"markdown\"]);\n",
        )
        .write(
            "tests/format/markdown/image/__snapshots__/format.test.js.snap",
            "// Jest Snapshot v1\n",
        )
        .write(
            "tests/format/markdown/list/jsfmt.spec.js",
            "run_spec(import.meta, [\"markdown\"]);\n",
        )
        .write("tests/format/markdown/list/a.md", "[x](gone.md)\n")
        .write(
            "tests/format/markdown/snap-only/__snapshots__/x.snap",
            "//\n",
        )
        .write("tests/format/markdown/snap-only/b.md", "[x](gone.md)\n")
        .write(
            "tests/README.md",
            "# Tests\n\nSee [the runner](run-format-test.js).\n",
        )
        .write("tests/setup.test.js", "test(\"x\", () => {});\n")
        .write("tests/format/markdown/NOTES.md", "[x](gone.md)\n")
        // Survey 14 (conimgponic): a test plan beside an ordinary test
        // script is documentation, and is checked.
        .write(
            "tests/merge/merge-engine.test.ts",
            "test(\"x\", () => {});\n",
        )
        .write("tests/merge/TEST_PLAN.md", "# Plan\n\n[x](gone.md)\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "tests/README.md",
                3,
                5,
                "tests/run-format-test.js"
            ),
            t(
                "link/missing-path",
                "tests/format/markdown/NOTES.md",
                1,
                1,
                "tests/format/markdown/gone.md"
            ),
            t(
                "link/missing-path",
                "tests/merge/TEST_PLAN.md",
                3,
                1,
                "tests/merge/gone.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// prettier (8 findings): `docs: { path: "../docs" }` serves the `docs/`
/// beside `website/` at `/docs/`, from the docs and from the blog. Twins: a
/// doc that is not there, and an anchor the doc lacks (checked now that the
/// path resolves).
#[test]
fn docusaurus_docs_folder_outside_the_site_folder() {
    let repo = Repo::new();
    repo.write(
        "website/docusaurus.config.js",
        "module.exports = {\n  presets: [[\"classic\", { docs: { path: \"../docs\", sidebarPath: \"./sidebars.js\" }, blog: { showReadingTime: true } }]],\n};\n",
    )
    .write("docs/options.md", "# Options\n\n## Quotes\n")
    .write(
        "docs/rationale.md",
        "# Rationale\n\nSee [jsxSingleQuote](/docs/options#quotes) and [nope](/docs/options#nope).\n",
    )
    .write(
        "website/blog/2020-03-21-2.0.0.md",
        "# 2.0\n\nSee the [options](/docs/options) and [gone](/docs/nonexistent).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/rationale.md",
                3,
                48,
                "docs/options.md#nope"
            ),
            t(
                "link/missing-path",
                "website/blog/2020-03-21-2.0.0.md",
                3,
                38,
                "docs/nonexistent"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// yski (2 findings): under a checked `UI ONLY` parent, a button whose
/// action after the arrow is navigation (`-> navigates to`, `-> opens X`) is
/// the navigation layer's work. Twin: an open UI part (`A -> B -> C` of a
/// stepper) is still reported.
#[test]
fn ui_only_parent_with_a_button_that_navigates_or_opens() {
    let repo = Repo::new();
    repo.write(
        "docs/checklist.md",
        r#"# Phase 4 Checklist

- [x] Implement `QuickAccessMenu` component (4 quick action buttons) - UI ONLY
  - [x] "Pindah Gratis" button -> navigates to `/booking/pindahan`
  - [ ] "Laporan Darurat" button -> navigates to emergency modal
- [x] Implement address fields - UI ONLY
  - [x] "Alamat Tujuan" text input
  - [ ] "Pilih dari Peta" button -> opens `LocationMapPicker`
- [x] Implement "Jadi Relawan?" CTA banner - UI ONLY
  - [x] CTA card with handshake icon
  - [ ] Navigate to volunteer registration or info screen on tap
- [x] Implement `StatusStepper` component - UI ONLY
  - [ ] 3-step visual stepper: Menunggu -> Disetujui -> Proses
"#,
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "task/checked-parent-open-child",
            "docs/checklist.md",
            12,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// google/docsy (39 findings, none in the survey's sample but the same
/// site reading): `static/` is served at the site's root, pages of several
/// mounts are one tree (the French home links the English docs), a file
/// mounted into the content tree (`../README.md` at `content/project/repo/
/// README.md`) is linked where it is mounted, and the home page's other
/// outputs (`/sitemap.xml`, `/llms.txt` from `index.llms.txt`) are written
/// by the build. Twins: a static file that is not there, a page in no mount,
/// a mounted name that is not mounted, and a root file no output makes.
#[test]
fn hugo_static_folder_mounts_and_home_outputs() {
    let repo = Repo::new();
    repo.write("README.md", "# Docsy\n")
        .write(
            "site/hugo.yaml",
            "theme: [docsy/theme]\nmodule:\n  mounts:\n    - source: content/fr\n      target: content\n    \
             - source: content/en\n      target: content\n    - source: ../README.md\n      \
             target: content/project/repo/README.md\n",
        )
        .write("theme/layouts/index.llms.txt", "{{ .Title }}\n")
        .write("site/static/images/feedback.png", "png")
        .write("site/content/en/docs/get-started.md", "# Get started\n")
        .write(
            "site/content/en/project/repo/_index.md",
            "# Repo\n\n- [README.md](README.md)\n- [AGENTS.md](AGENTS.md)\n",
        )
        .write(
            "site/content/en/docs/feedback.md",
            "# Feedback\n\n![yes](/images/feedback.png) ![no](/images/gone.png) \
             [map](/sitemap.xml) [llms](/llms.txt) [other](/other.txt)\n",
        )
        .write(
            "site/content/fr/_index.md",
            "# Accueil\n\n[Commencer](docs/get-started/) [Exemples](examples/)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "site/content/en/docs/feedback.md",
                3,
                30,
                "images/gone.png"
            ),
            t(
                "link/missing-path",
                "site/content/en/docs/feedback.md",
                3,
                92,
                "other.txt"
            ),
            t(
                "link/missing-path",
                "site/content/en/project/repo/_index.md",
                4,
                3,
                "site/content/en/project/repo/AGENTS.md"
            ),
            t(
                "link/missing-path",
                "site/content/fr/_index.md",
                3,
                32,
                "site/content/fr/examples"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Golden files of a test (`tests/md-output/goldens/**`: Docsy's expected
/// Markdown output) are test data. Twin: a document beside them in `tests/`.
#[test]
fn golden_outputs_under_tests_are_test_data() {
    let repo = Repo::new();
    repo.write("package.json", "{}\n")
        .write("tests/md-output/goldens/index.md", "[llms](/llms.txt)\n")
        .write("tests/md-output/notes.md", "[gone](gone.md)\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "tests/md-output/notes.md",
            1,
            1,
            "tests/md-output/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}
