//! Patterns of survey 39 read by the lead: a Hugo site whose module mounts
//! (each translation's tree, and the English pages it falls back to) are
//! written into `config/_default/module.yaml` by a build step, from a
//! template git tracks. Exact findings, the real binary in a real git
//! repository.

mod common;

use common::{Repo, t};

const HUGO: &str = "title: x\nlanguages:\n  en:\n    weight: 1\n  ja:\n    weight: 2\n";
const MOUNTS: &str = "mounts:\n  - source: content/en\n    target: content\n  \
  - source: content/ja\n    target: content\n    sites:\n      matrix: { languages: [ja] }\n  \
  - source: content/en/blog\n    target: content/blog\n    sites:\n      matrix: { languages: [ja] }\n";

fn site(repo: &Repo, ignored: bool) {
    repo.write("config/_default/hugo.yaml", HUGO)
        .write("config/_default/module-template.yaml", MOUNTS)
        .write("layouts/_default/baseof.html", "<html></html>\n")
        .write(
            "content/en/blog/post/index.md",
            "# Post\n\n![shot](shot.png)\n",
        )
        .write("content/en/blog/post/shot.png", "png\n")
        .write(
            "content/ja/blog/post/index.md",
            "# 投稿\n\n![shot](shot.png)\n\n![gone](gone.png)\n",
        );
    if ignored {
        repo.write("config/_default/.gitignore", "module.yaml\n");
    }
    repo.commit_all();
}

/// opentelemetry.io (survey 39c): `scripts/update-semconv-mounts.pl`
/// renders `config/_default/module-template.yaml` as the git-ignored
/// `module.yaml`, whose mounts make the English bundle's images the
/// Japanese bundle's too (729 of 770 links judged false). Twins: an image
/// neither bundle has, and the same site whose `module.yaml` git does not
/// ignore (no build step writes it: the template is not its source).
#[test]
fn a_rendered_module_template_gives_the_sites_mounts() {
    let repo = Repo::new();
    site(&repo, true);
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "content/ja/blog/post/index.md",
            5,
            1,
            "content/ja/blog/post/gone.png"
        )],
        "\n{}",
        run.dump()
    );

    let plain = Repo::new();
    site(&plain, false);
    let run = plain.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "content/ja/blog/post/index.md",
                3,
                1,
                "content/ja/blog/post/shot.png"
            ),
            t(
                "link/missing-path",
                "content/ja/blog/post/index.md",
                5,
                1,
                "content/ja/blog/post/gone.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
