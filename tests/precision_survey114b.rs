//! Patterns of survey s114b (documentation sites of mid-size open-source
//! projects: Docusaurus, mkdocs-material, Sphinx with MyST): a sidebar
//! category's generated index page served at its label's slug.
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// jitsi/handbook (survey s114b): `sidebars.js` gives its categories
/// generated index pages without a slug, `label: "Mobile", link: { type:
/// "generated-index" }`, which Docusaurus serves at `/docs/category/mobile`
/// (the label's slug below `category/`), and the docs link them from the
/// root, `[is set up correctly](/docs/category/mobile)` (4 findings judged
/// false; the site builds with `onBrokenLinks: "throw"`). A folder's
/// `_category_.json` declares one the same way, and a `_category_.yml`
/// without a label takes the folder's name; a label is slugged as GitHub
/// slugs a heading, so the `Tutorial - Basics` of Docusaurus' own starter
/// site is `/docs/category/tutorial---basics`. Twins: a category whose link is
/// a doc, a label no category has, and a third repeat of a label that only
/// two categories carry, and a label slugged otherwise
/// (`tutorial-basics`), are still reported.
#[test]
fn a_generated_index_page_without_a_slug_is_served_at_its_label() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = {\n  title: \"Jitsi Meet\",\n  baseUrl: \"/handbook/\",\n  onBrokenLinks: \"throw\",\n  presets: [\n    [\n      \"@docusaurus/preset-classic\",\n      { docs: { path: \"docs\", sidebarPath: require.resolve(\"./sidebars.js\") } },\n    ],\n  ],\n};\n",
    )
    .write(
        "sidebars.js",
        "module.exports = {\n  docs: [\n    \"intro\",\n    {\n      type: \"category\",\n      label: \"Developer Guide\",\n      link: {\n        type: \"generated-index\",\n      },\n      items: [\n        \"dev-guide/android-sdk\",\n        {\n          type: \"category\",\n          label: \"Mobile\",\n          link: { type: \"generated-index\" },\n          items: [\"dev-guide/android-sdk\"],\n        },\n        {\n          type: \"category\",\n          label: \"SDKs\",\n          link: { type: \"doc\", id: \"dev-guide/android-sdk\" },\n          items: [],\n        },\n        {\n          type: \"category\",\n          label: \"Guides\",\n          link: { type: \"generated-index\" },\n          items: [],\n        },\n        {\n          type: \"category\",\n          label: \"Guides\",\n          link: { type: \"generated-index\" },\n          items: [],\n        },\n      ],\n    },\n  ],\n};\n",
    )
    .write(
        "docs/intro.md",
        "# Intro\n\n* [Developer guide](/docs/category/developer-guide): for developers.\n* [Mobile](/docs/category/mobile) and [SDKs](/docs/category/sdks).\n* [Desktop](/docs/category/desktop).\n* [Guides](/docs/category/guides), [more](/docs/category/guides-1) and [again](/docs/category/guides-2).\n* [Tutorial](/docs/category/tutorial---basics), [not](/docs/category/tutorial-basics) and [extras](/docs/category/extras).\n",
    )
    .write(
        "docs/dev-guide/android-sdk.md",
        "---\nid: android-sdk\n---\n\n# Android SDK\n\nMake sure the environment [is set up correctly](/docs/category/mobile).\n",
    )
    .write(
        "docs/tutorial-basics/_category_.json",
        "{\n  \"label\": \"Tutorial - Basics\",\n  \"position\": 2,\n  \"link\": {\n    \"type\": \"generated-index\",\n    \"description\": \"5 minutes to learn the most important concepts.\"\n  }\n}\n",
    )
    .write("docs/tutorial-basics/create-a-page.md", "# Create a page\n")
    .write("docs/03-extras/_category_.yml", "position: 3\nlink:\n  type: generated-index\n")
    .write("docs/03-extras/more.md", "# More\n")
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/intro.md",
                4,
                39,
                "docs/category/sdks"
            ),
            t(
                "link/missing-path",
                "docs/intro.md",
                5,
                3,
                "docs/category/desktop"
            ),
            t(
                "link/missing-path",
                "docs/intro.md",
                6,
                72,
                "docs/category/guides-2"
            ),
            t(
                "link/missing-path",
                "docs/intro.md",
                7,
                49,
                "docs/category/tutorial-basics"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The same root links in a Docusaurus site whose sidebars declare no
/// generated index page at all are reported: nothing serves `category/`.
#[test]
fn a_category_url_without_a_generated_index_page_is_reported() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = {\n  title: \"Site\",\n  presets: [[\"classic\", { docs: { sidebarPath: require.resolve(\"./sidebars.js\") } }]],\n};\n",
    )
    .write(
        "sidebars.js",
        "module.exports = {\n  docs: [\n    \"intro\",\n    { type: \"category\", label: \"Mobile\", items: [\"intro\"] },\n  ],\n};\n",
    )
    .write("docs/intro.md", "# Intro\n\nSee [Mobile](/docs/category/mobile).\n")
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/intro.md",
            3,
            5,
            "docs/category/mobile"
        )],
        "\n{}",
        run.dump()
    );
}
