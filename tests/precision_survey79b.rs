//! Survey 79b: Jekyll and GitHub Pages project sites (ubc-library-rc's
//! intro-git, hablapps/doric, vulkan-guide, oss-fuzz's and googletest's
//! `docs/`, abseil.github.io). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a post served at its front matter's bare permalink (abseil's
// `_posts/2017-12-21-totw-42.md`, `permalink: tips/42`, on a site with the
// default permalink style) links a sibling tip by its number, `[TotW
// #123](123)`: `/tips/123`, the permalink of `_posts/…-totw-123.md`
// (9 findings judged false), and a root link `/blog/x` names a post's
// permalink too (2 judged false) ---

/// abseil's layout; `permalinks`: whether the linked tip and blog post set
/// their front matter `permalink:`.
fn tips_site(permalinks: bool) -> Repo {
    let repo = Repo::new();
    let link = |p: &str| {
        if permalinks {
            format!("permalink: {p}\n")
        } else {
            String::new()
        }
    };
    repo.write("_config.yml", "title: Abseil\nplugins:\n  - jekyll-feed\n")
        .write(
            "_posts/2017-12-07-totw-123.md",
            format!(
                "---\ntitle: \"Tip 123\"\n{}---\n\n# Tip 123\n",
                link("tips/123")
            ),
        )
        .write(
            "_posts/2018-05-31-regular-types.md",
            format!(
                "---\ntitle: \"Regular types\"\n{}---\n\n# Regular types\n",
                link("blog/20180531-regular-types")
            ),
        )
        .write(
            "_posts/2017-12-21-totw-42.md",
            "---\ntitle: \"Tip 42\"\npermalink: tips/42\n---\n\n# Tip 42\n\n\
             See [TotW #123](123) and [TotW #99](99).\n\n\
             Also [regular types](/blog/20180531-regular-types).\n",
        );
    repo.commit_all();
    repo
}

#[test]
fn a_link_to_a_posts_bare_permalink_is_read_the_sites_way() {
    let run = tips_site(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "_posts/2017-12-21-totw-42.md",
            8,
            26,
            "_posts/99"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: when the linked posts set no permalink, `123` (`/tips/123`) names
/// nothing the site serves and is reported beside `99`; the root link
/// `/blog/…`, whose prefix no link of the site resolves, stays a site route
/// as before.
#[test]
fn a_link_to_a_post_without_that_permalink_is_reported() {
    let run = tips_site(false).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(found, vec!["_posts/123", "_posts/99"], "\n{}", run.dump());
}
