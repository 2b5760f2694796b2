//! Survey 49b: well-kept documentation repositories with no readiness
//! checklists (a language specification's proposals and meeting notes, a
//! course, a design-patterns catalogue and its translations, a Python
//! project's docs, an engineering handbook, a telemetry specification).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// DataTalksClub/data-engineering-zoomcamp's `solutions.md`: a ` ```sql `
/// query closed, then right after it a bare block holding the query's
/// pgcli output (`+-------+` / `| count |` / `|-------|`, a table to GitHub's
/// eye), then a paragraph, then the next ` ```sql ` example: the next fence
/// after the output block has an info string, so the output block's closing
/// fence was meant to close, not to open an example; the blocks render as
/// meant (1 finding judged false). Twin: the same doubled fence whose block
/// swallows the document's table and heading, followed by a bare example, is
/// still reported.
#[test]
fn a_query_then_its_output_block_is_no_doubled_fence() {
    let repo = Repo::new();
    repo.write(
        "solutions.md",
        "# Solutions\n\n## Question 3\n\n\
         ```sql\nSELECT COUNT(*) FROM trips;\n```\n\
         ```\n+-------+\n| count |\n|-------|\n| 15612 |\n+-------+\n```\n\n\
         ## Question 4\n\nThe longest trip:\n\n\
         ```sql\nSELECT MAX(distance) FROM trips;\n```\n\nDone.\n",
    )
    .write(
        "slip.md",
        "# Slip\n\n\
         ```sql\nSELECT COUNT(*) FROM trips;\n```\n\
         ```\n\n| Step | Owner |\n|------|-------|\n| Load | Ana |\n\n## Next\n\n\
         ```\nmake load\n```\n\nDone.\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "slip.md", 6, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// cloudevents/spec's `tools/fake-docs/`: "fake documentation files used to
/// test the verification script", `tools/test_verify.py`, which expects their
/// broken links (`#non-existing`, `non-existing.md`): a folder whose name says
/// its documents are fake is test input, not checked (3 findings judged
/// false). Twins: the same links in `tools/mock-server/README.md` (a fake
/// server, documented) and in `docs/fake-docs.md` (a page about them) are
/// still reported.
#[test]
fn a_folder_of_fake_documents_is_test_input() {
    let broken = "# Link Verification\n\n## My Title\n\n[ok](#my-title)\n\n[gone](#non-existing)\n\n[missing](non-existing.md)\n";
    let repo = Repo::new();
    repo.write("tools/test_verify.py", "DOCS = 'fake-docs'\n")
        .write("tools/fake-docs/link-verification.md", broken)
        .write("tools/mock-server/README.md", broken)
        .write("docs/fake-docs.md", broken)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path,link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/fake-docs.md",
                7,
                1,
                "docs/fake-docs.md#non-existing"
            ),
            t(
                "link/missing-path",
                "docs/fake-docs.md",
                9,
                1,
                "docs/non-existing.md"
            ),
            t(
                "link/missing-anchor",
                "tools/mock-server/README.md",
                7,
                1,
                "tools/mock-server/README.md#non-existing"
            ),
            t(
                "link/missing-path",
                "tools/mock-server/README.md",
                9,
                1,
                "tools/mock-server/non-existing.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A Hugo site with the RSS output renamed `feed` and a section whose own
/// outputs, set in its front matter, hold the feed.
fn hugo_blog(section_outputs: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "www/hugo.yaml",
        format!(
            "title: Site\noutputs:\n  home: [html]\n  section: [{section_outputs}]\noutputFormats:\n  rss:\n    mediaType: \"application/rss+xml\"\n    baseName: \"feed\"\n"
        ),
    )
    .write(
        "www/content/blog/_index.md",
        "---\ntitle: Blog\noutputs:\n  - html\n  - rss\n---\n",
    )
    .write("www/content/news/_index.md", "---\ntitle: News\n---\n")
    .write(
        "www/content/blog/welcome.md",
        "# Welcome\n\nSubscribe to the [RSS feed](/blog/feed.xml), or [the news](/news/feed.xml), or [the old one](/blog/index.xml).\n",
    )
    .commit_all();
    repo
}

/// goreleaser's `www/` (Hugo): `outputFormats.rss.baseName: feed` and the
/// blog's `_index.md` with `outputs: [html, rss, markdown]`, so Hugo writes
/// `/blog/feed.xml`, linked from two pages (2 findings judged false). Twins:
/// a section whose outputs lack `rss` (the site's `outputs.section` without
/// it, no front matter `outputs:`) and the feed's default name are still
/// reported; with `rss` in the site's section outputs, every section has it.
#[test]
fn a_hugo_sections_rss_feed_is_a_file_of_the_built_site() {
    let run = hugo_blog("html").check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "www/content/blog/welcome.md",
                3,
                49,
                "news/feed.xml"
            ),
            t(
                "link/missing-path",
                "www/content/blog/welcome.md",
                3,
                80,
                "blog/index.xml"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = hugo_blog("html, rss").check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "www/content/blog/welcome.md",
            3,
            80,
            "blog/index.xml"
        )],
        "\n{}",
        run.dump()
    );
}

/// A Jekyll site at the repository's root, its pages in `src/`, with a
/// configuration that says so or not.
fn jekyll_playbook(config: &str) -> Repo {
    let repo = Repo::new();
    repo.write("_config.yml", config)
        .write("src/assets/images/metrics.webp", "webp")
        .write(
            "src/work/estimate.md",
            "---\ntitle: Estimate\n---\n\n# Estimate\n\n![Metrics](/assets/images/metrics.webp)\n\n![Gone](/assets/images/gone.webp)\n",
        )
        .commit_all();
    repo
}

/// dxw/playbook: its `_config.yml` says `source: src`, so Jekyll serves
/// `src/assets/images/metrics.webp` at `/assets/images/metrics.webp` (4
/// findings judged false). Twins: an image that is not there, and the same
/// link in a site whose configuration names no `source:`, are still
/// reported.
#[test]
fn a_jekyll_sites_root_is_its_source_folder() {
    let run = jekyll_playbook(
        "url: \"https://playbook.example\"\npermalink: /:title/\n\n# Build settings\nsource: src\n",
    )
    .check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "src/work/estimate.md",
            9,
            1,
            "assets/images/gone.webp"
        )],
        "\n{}",
        run.dump()
    );
    let run = jekyll_playbook("url: \"https://playbook.example\"\npermalink: /:title/\n")
        .check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "src/work/estimate.md",
                7,
                1,
                "assets/images/metrics.webp"
            ),
            t(
                "link/missing-path",
                "src/work/estimate.md",
                9,
                1,
                "assets/images/gone.webp"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
