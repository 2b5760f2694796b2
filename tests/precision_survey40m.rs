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
