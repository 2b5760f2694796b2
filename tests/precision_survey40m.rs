//! Patterns of survey 40 read by the lead on opentelemetry.io: a Hugo
//! site whose include shortcode looks a plain path up in `_includes/`
//! folders from the page up its sections (the template says so), and a
//! module mount that serves a folder below the site's root. Exact
//! findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

const FIND_INCLUDE: &str = "{{ $path := .path -}}\n\
{{ if not (or (strings.HasPrefix $path \"/\") (strings.HasPrefix $path \".\")) -}}\n\
  {{ $path = printf \"_includes/%s\" $path -}}\n\
{{ end -}}\n";

fn include_site(repo: &Repo, template: &str) {
    repo.write("hugo.yaml", "title: x\n")
        .write("layouts/_partials/func/find-include.html", template)
        .write(
            "layouts/_shortcodes/include.html",
            "{{ partial \"func/find-include.html\" (dict \"path\" (.Get 0) \"page\" .Page) }}\n",
        )
        .write(
            "content/docs/languages/_includes/exporters/intro.md",
            "Intro.\n\n### Jaeger\n\nText.\n",
        )
        .write(
            "content/docs/languages/go/exporters.md",
            "---\ntitle: Exporters\n---\n\n{{% include exporters/intro.md %}}\n\n\
             ## Setup\n\nSee [Jaeger](#jaeger) and [Zipkin](#zipkin).\n",
        );
    repo.commit_all();
}

/// opentelemetry.io (survey 40): `{{% include exporters/intro.md %}}` in
/// `docs/languages/go/exporters.md` renders
/// `docs/languages/_includes/exporters/intro.md`, found by the site's
/// `func/find-include.html` (`printf "_includes/%s"`, then the page's
/// parents), so its `### Jaeger` is the page's `#jaeger` (27 anchors judged
/// false). Twins: `#zipkin`, which neither file has; and a site whose
/// template does not put `_includes/` before the path, where `GetPage` finds
/// no `exporters/intro.md` and the page has no `#jaeger`.
#[test]
fn an_include_found_in_the_sections_includes_folder_gives_its_headings() {
    let repo = Repo::new();
    include_site(&repo, FIND_INCLUDE);
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "content/docs/languages/go/exporters.md",
            9,
            27,
            "content/docs/languages/go/exporters.md#zipkin"
        )],
        "\n{}",
        run.dump()
    );

    let plain = Repo::new();
    include_site(&plain, "{{ $path := .path -}}\n{{ .page.GetPage $path }}\n");
    let run = plain.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "content/docs/languages/go/exporters.md",
                9,
                5,
                "content/docs/languages/go/exporters.md#jaeger"
            ),
            t(
                "link/missing-anchor",
                "content/docs/languages/go/exporters.md",
                9,
                27,
                "content/docs/languages/go/exporters.md#zipkin"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// opentelemetry.io (survey 40): `module.mounts` puts `iconography/32x32`
/// at `static/img/logos/32x32`, so `/img/logos/32x32/Receivers.svg` is
/// served (31 links judged false). Twin: a logo the folder lacks.
#[test]
fn a_static_mount_below_the_root_serves_its_files_there() {
    let repo = Repo::new();
    repo.write(
        "hugo.yaml",
        "title: x\nmodule:\n  mounts:\n    - source: content\n      target: content\n    \
         - source: static\n      target: static\n    \
         - source: iconography/32x32\n      target: static/img/logos/32x32\n",
    )
    .write("iconography/32x32/Receivers.svg", "<svg/>\n")
    .write("static/favicon.ico", "ico\n")
    .write(
        "content/docs/collector.md",
        "# Collector\n\n![r](/img/logos/32x32/Receivers.svg)\n\n\
         ![g](/img/logos/32x32/Gone.svg)\n\n![f](/favicon.ico)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "content/docs/collector.md",
            5,
            1,
            "img/logos/32x32/Gone.svg"
        )],
        "\n{}",
        run.dump()
    );
}

fn shortcode_site(repo: &Repo, template: &str) {
    repo.write("hugo.yaml", "title: x\n")
        .write("layouts/_shortcodes/community-lists.md", template)
        .write(
            "layouts/shortcodes/docs/intro.md",
            "Intro for {{ .Get 0 }}.\n\n## Status and releases {#status-and-releases}\n",
        )
        .write(
            "content/community/_index.md",
            "---\ntitle: Community\n---\n\n{{% community-lists %}}\n\n\
             See [below](#develop-and-contribute).\n",
        )
        .write(
            "content/docs/go/_index.md",
            "---\ntitle: Go\n---\n\n{{% docs/intro go /%}}\n\n\
             See [status](#status-and-releases) and [setup](#setup).\n",
        );
    repo.commit_all();
}

/// opentelemetry.io (survey 40): the community page's sections come from
/// the Markdown shortcode `community-lists.md`, whose headings
/// (`## {{ T "community_develop" }} {#develop-and-contribute}`) are the
/// page's (4 links judged false); a shortcode below `shortcodes/` is called
/// by its path (`{{% docs/intro go /%}}`). Twins: the same page whose
/// Markdown template has no heading, and `#setup`, on the second page,
/// which calls a template with headings: silent too, any id may be the
/// template's, so only the first page's link is reported.
#[test]
fn a_markdown_shortcode_template_with_headings_makes_the_pages_ids() {
    let repo = Repo::new();
    shortcode_site(
        &repo,
        "{{ $links := .Site.Params.links -}}\n\n## {{ T \"community_develop\" }} {#develop-and-contribute}\n\nText.\n",
    );
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let plain = Repo::new();
    shortcode_site(&plain, "{{ $links := .Site.Params.links -}}\n\nText.\n");
    let run = plain.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "content/community/_index.md",
            7,
            5,
            "content/community/_index.md#develop-and-contribute"
        )],
        "\n{}",
        run.dump()
    );
}

const KEP: &str = "# KEP\n\n- [Design](#design)\n- [Drawbacks](#drawbacks)\n- [Missing](#missing)\n\n\
## Design\n\n- [x] Other\n  - Details: a StorageClass has\nto carry these entries.\n\n  ```\n  csi.storage.k8s.io/secret-name\n ```\n\n  More text.\n\n\
## Drawbacks\n\nNone.\n";

/// kubernetes/enhancements (survey 40): KEP-3107's closing fence, indented
/// one space less than its list item's text, ends the item and opens a
/// block that runs to the end, so its table of contents' `#drawbacks` finds
/// only code: one problem, reported once by `document/unclosed-fence` (7
/// anchor findings beside it before). Twins: `#missing`, which no heading
/// gives, keeps its finding; and with the fence rule off the swallowed
/// anchor is reported, with the help that names the fence.
#[test]
fn a_heading_swallowed_by_an_unclosed_fence_is_the_fences_finding() {
    let repo = Repo::new();
    repo.write("keps/3107/README.md", KEP).commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "keps/3107/README.md",
                5,
                3,
                "keps/3107/README.md#missing"
            ),
            t("document/unclosed-fence", "keps/3107/README.md", 15, 2, ""),
        ],
        "\n{}",
        run.dump()
    );

    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "keps/3107/README.md",
                4,
                3,
                "keps/3107/README.md#drawbacks"
            ),
            t(
                "link/missing-anchor",
                "keps/3107/README.md",
                5,
                3,
                "keps/3107/README.md#missing"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

const ORIGINAL: &str =
    "# Guide\n\n## Setup\n\nText.\n\n## Usage\n\nText.\n\n## Contributing\n\nText.\n";
const TRANSLATED: &str = "# מדריך\n\n- [התקנה](#setup)\n- [שימוש](#usage)\n- [תרומה](#contributing)\n- [אחר](#nothing)\n\n\
## התקנה\n\nטקסט.\n\n## שימוש\n\nטקסט.\n\n## תרומה\n\nטקסט.\n";

/// goldbergyoni/nodebestpractices (survey 40): `README.hebrew.md`'s table
/// of contents links the English headings' anchors over headings translated
/// into Hebrew (63 findings; donnemartin/system-design-primer's
/// `README-ja.md` the same): one problem, the links copied with the
/// original's anchors, one finding on the first that counts the others.
/// Twins: `#nothing`, which the original lacks too, keeps its finding; and
/// the same document under a name that translates nothing is a list of
/// sections it does not have (one finding for the run, `#nothing` in it).
#[test]
fn a_translations_links_to_the_originals_headings_are_one_finding() {
    let repo = Repo::new();
    repo.write("README.md", ORIGINAL)
        .write("README.hebrew.md", TRANSLATED)
        .write("NOTES.md", TRANSLATED)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    let anchor = |file: &str, line: u64, col: u64, a: &str| {
        t(
            "link/missing-anchor",
            file,
            line,
            col,
            &format!("{file}#{a}"),
        )
    };
    assert_eq!(
        run.findings(),
        vec![
            anchor("NOTES.md", 3, 3, "setup"),
            anchor("README.hebrew.md", 3, 3, "setup"),
            anchor("README.hebrew.md", 6, 3, "nothing"),
        ],
        "\n{}",
        run.dump()
    );
    let folded = run
        .diagnostics()
        .iter()
        .find(|d| d["file"] == "README.hebrew.md" && d["line"] == 3)
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .unwrap_or_default();
    assert!(
        folded.ends_with("; it and 2 more links of this document (lines 4, 5) name headings of `README.md`, the document it translates, not its own"),
        "{folded}"
    );
    let notes = run
        .diagnostics()
        .iter()
        .find(|d| d["file"] == "NOTES.md")
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .unwrap_or_default();
    assert!(
        notes.ends_with("; so do the next 3 entries of this list (lines 4-6)"),
        "{notes}"
    );
}
