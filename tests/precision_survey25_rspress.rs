//! Patterns of survey 25 on unseen repositories: MDX-escaped heading ids
//! (web-infra-dev/rspress). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// MDX makes a page escape the braces of a custom heading id, both of them
/// in rspress' guide/basic/ssg-md.mdx (`## What is llms.txt? \{#llms-txt\}`,
/// 2 findings); the id is `llms-txt`. Twin: an anchor no heading makes.
#[test]
fn a_fully_escaped_mdx_heading_id_is_an_anchor() {
    let repo = Repo::new();
    repo.write(
        "docs/page.mdx",
        "# Page\n\nSee [what](#llms-txt) and [refresh](#refresh-404).\n\n\
         ## What is llms.txt? \\{#llms-txt\\}\n\n\
         ## Page shows 404 after refresh \\{#refresh-404}\n\n\
         Gone: [other](#no-such-id).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/page.mdx",
            9,
            7,
            "docs/page.mdx#no-such-id"
        )],
        "\n{}",
        run.dump()
    );
}
