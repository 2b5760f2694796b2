//! Patterns of survey 27b (input-output-hk/quality-engineering,
//! vik9541/email-intelligence-platform, mosip/documentation). P1: a
//! Docusaurus doc served at its front matter's `slug:`, linked by that URL.
//! P2: the owner `-` of a row whose status is `-` too (a lunch break in a
//! launch-week schedule). P3: a character reference in an HTML `src`
//! (GitBook's `update operator&#x27;s biometrics.png`). P4: `link/` as a
//! style guide's placeholder target. Each false pattern beside its true twin,
//! exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// quality-engineering: `docs/knowledge-hub/Checklists & templates/01-release-readiness-checklist.md`
/// sets `slug: /knowledge-hub/checklists-and-templates/release-readiness-checklist-template`,
/// and a blog post links `/docs/knowledge-hub/checklists-and-templates/release-readiness-checklist-template`;
/// a partial of the docs links `/docs/quality-strategy/understanding-quality-strategy`,
/// the slug of `docs/quality-strategy/02-intro-quality-strategy.md` (2
/// link/missing-path judged false). A relative slug is read after the doc's
/// folder, number prefixes dropped (`slug: getting-started` in `01-guide/` is
/// `/docs/guide/getting-started`). Twins, still reported: a URL no slug
/// gives (the slug renamed) and a relative slug's URL written from the
/// route's root. Anchors of a slug's doc are checked in it. The site's
/// `// routeBasePath: '/',` is commented out: its docs route is `/docs`.
#[test]
fn a_docusaurus_doc_is_served_at_its_front_matter_slug() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.ts",
        "export default {\n  presets: [['classic', {\n    docs: {\n      // routeBasePath: '/',\n      sidebarPath: './sidebars.ts',\n    },\n  }]],\n};\n",
    )
    .write(
        "docs/knowledge-hub/Checklists & templates/01-release-readiness-checklist.md",
        "---\ntitle: Release Readiness Checklist Template\n\
         slug: /knowledge-hub/checklists-and-templates/release-readiness-checklist-template\n---\n\n\
         ## Sign-off\n\nText.\n",
    )
    .write(
        "docs/quality-strategy/02-intro-quality-strategy.md",
        "---\nslug: /quality-strategy/understanding-quality-strategy\n---\n\n# Quality strategy\n",
    )
    .write(
        "docs/01-guide/start.md",
        "---\nslug: getting-started\n---\n\n# Start\n",
    )
    .write(
        "blog/2024-11-22-release-readiness-checklist.md",
        "---\ntitle: Release readiness\n---\n\n\
         Explore [the checklist template](/docs/knowledge-hub/checklists-and-templates/release-readiness-checklist-template).\n\n\
         Sign it off: [sign-off](/docs/knowledge-hub/checklists-and-templates/release-readiness-checklist-template#sign-off).\n\n\
         Strategy: [quality strategy](/docs/quality-strategy/understanding-quality-strategy).\n\n\
         Start: [getting started](/docs/guide/getting-started).\n\n\
         Renamed: [old template](/docs/knowledge-hub/checklists-and-templates/release-checklist-template).\n\n\
         Root: [getting started](/docs/getting-started).\n\n\
         Anchor: [approval](/docs/knowledge-hub/checklists-and-templates/release-readiness-checklist-template#approval).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "blog/2024-11-22-release-readiness-checklist.md",
                13,
                10,
                "docs/knowledge-hub/checklists-and-templates/release-checklist-template"
            ),
            t(
                "link/missing-path",
                "blog/2024-11-22-release-readiness-checklist.md",
                15,
                7,
                "docs/getting-started"
            ),
            t(
                "link/missing-anchor",
                "blog/2024-11-22-release-readiness-checklist.md",
                17,
                9,
                "docs/knowledge-hub/Checklists & templates/01-release-readiness-checklist.md#approval"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// email-intelligence-platform's `docs/WEEK7_PLAN.md`: each day of the
/// launch week is a schedule `| Time | Activity | Owner | Status |` whose
/// lunch break is `| 12:00-13:00 | Lunch break | - | - |` among rows owned
/// and not started (`⬜`): the break is no task (7 table/placeholder judged
/// false). So is a row whose status is not applicable (`N/A`). Twins, still
/// reported: a row under way (`🔄`) with owner `-`, and a done row (`✅`)
/// with owner `-`.
#[test]
fn a_row_whose_status_is_a_dash_needs_no_owner() {
    let repo = Repo::new();
    repo.write(
        "docs/WEEK7_PLAN.md",
        "# Week 7 launch plan\n\n\
         ## Monday\n\n\
         | Time | Activity | Owner | Status |\n\
         |------|----------|-------|--------|\n\
         | 09:00-10:00 | Team standup | Project Lead | ⬜ |\n\
         | 12:00-13:00 | Lunch break | - | - |\n\
         | 13:00-14:00 | Runbook walkthrough | DevOps | ⬜ |\n\
         | 14:00-15:00 | Legacy cutover | - | N/A |\n\n\
         ## Tuesday\n\n\
         | Time | Activity | Owner | Status |\n\
         |------|----------|-------|--------|\n\
         | 09:00-10:00 | Deploy to staging | DevOps | ⬜ |\n\
         | 10:00-11:00 | Smoke tests | - | 🔄 |\n\
         | 12:00-13:00 | Lunch | – | – |\n\
         | 13:00-14:00 | Sign-off | - | ✅ |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "table/placeholder"]);
    assert_eq!(
        run.findings(),
        vec![
            t("table/placeholder", "docs/WEEK7_PLAN.md", 17, 31, ""),
            t("table/placeholder", "docs/WEEK7_PLAN.md", 19, 28, ""),
        ],
        "\n{}",
        run.dump()
    );
    let messages: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        messages,
        vec![
            "owner cell is `-`".to_string(),
            "owner cell is `-` on a row marked done".to_string(),
        ],
        "\n{}",
        run.dump()
    );
}

/// mosip/documentation: GitBook writes `<img src=".gitbook/assets/update
/// operator&#x27;s biometrics.png">`; the `#` of `&#x27;` was read as a
/// fragment and `.gitbook/assets/update operator&` reported (2
/// link/missing-path judged false). A browser decodes the reference: the
/// image exists. Twins, still reported: a decoded name that is not there
/// (given decoded), and `&amp;` in a missing target.
#[test]
fn a_character_reference_in_an_html_src_is_decoded() {
    let repo = Repo::new();
    repo.write("docs/.gitbook/assets/update operator's biometrics.png", "png")
        .write("docs/assets/a&b.png", "png")
        .write(
            "docs/guide.md",
            "# Guide\n\n\
             <figure><img src=\".gitbook/assets/update operator&#x27;s biometrics.png\" alt=\"\"></figure>\n\n\
             <img src=\"assets/a&amp;b.png\">\n\n\
             <img src=\".gitbook/assets/delete operator&#x27;s biometrics.png\">\n\n\
             <a href=\"assets/c&amp;d.png\">c</a>\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/guide.md",
                7,
                11,
                "docs/.gitbook/assets/delete operator's biometrics.png"
            ),
            t(
                "link/missing-path",
                "docs/guide.md",
                9,
                10,
                "docs/assets/c&d.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// mosip/documentation's style guide: "To provide links to other pages, you
/// may use: … See [title of other document](link/)." — a pattern, not a
/// link (1 link/missing-path judged false); so is `(LINK)`. Twins, still
/// reported: `links/` and `link.md`, names of a folder and a file that are
/// not there (and `url`, which survey 9 keeps: a file may be named so).
#[test]
fn link_as_the_whole_target_is_a_placeholder() {
    let repo = Repo::new();
    repo.write(
        "docs/style-guide.md",
        "# Style guide\n\n\
         1. See [title of other document](link/).\n\
         2. Refer [title of other document](link) for more.\n\
         3. Open [the page](LINK) or [a link](url).\n\
         4. See [the links](links/).\n\
         5. See [the link page](link.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/style-guide.md",
                5,
                29,
                "docs/url"
            ),
            t(
                "link/missing-path",
                "docs/style-guide.md",
                6,
                8,
                "docs/links"
            ),
            t(
                "link/missing-path",
                "docs/style-guide.md",
                7,
                8,
                "docs/link.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The twin of the commented-out setting: a site whose docs route is the
/// root (`routeBasePath: '/'`) serves the slug at `/knowledge-hub/…`, and
/// `/docs/knowledge-hub/…` names nothing.
#[test]
fn a_slug_is_read_from_the_docs_route_the_configuration_sets() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.js",
        "module.exports = {\n  presets: [['classic', {\n    docs: {\n      routeBasePath: '/',\n    },\n  }]],\n};\n",
    )
    .write(
        "docs/knowledge-hub/01-checklist.md",
        "---\nslug: /knowledge-hub/checklist-template\n---\n\n# Checklist\n",
    )
    .write(
        "docs/index.md",
        "# Home\n\n[template](/knowledge-hub/checklist-template)\n\n[old](/docs/knowledge-hub/checklist-template)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/index.md",
            5,
            1,
            "docs/knowledge-hub/checklist-template"
        )],
        "\n{}",
        run.dump()
    );
}
