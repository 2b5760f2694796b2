//! Patterns of survey 30d (hellodesignthinking-png/LHproject,
//! rfsouza1492/factory_endurance, jaminsmoke/HefestPhyton,
//! JordiNodeJS/Mudanzas-Andy, lvjshlcxcn/ipd-requirements-system:
//! readiness trackers and reports written in Korean, Portuguese, Spanish and
//! Chinese): the syntax of a link to a section shown in a style guide with
//! generic words, `[text](#anchor)` (P1). Each false pattern beside its true
//! twin, exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// LHproject's `reports/README.md` states its report conventions: "Links:
/// [text](#anchor) for internal navigation". The link is the syntax shown
/// with generic words, not a link to a heading named `anchor`: judged false.
/// The twins: a generic anchor behind real words (`[Setup](#anchor)`), a
/// real section's typo behind generic words (`[text](#instalation)`) and a
/// plain missing anchor are reported.
#[test]
fn the_syntax_of_a_link_to_a_section_shown_in_prose_is_not_a_link() {
    let repo = Repo::new();
    repo.write(
        "reports/README.md",
        "# Report conventions\n\n## Installation\n\n### Structure Standards\n\
         - Headers: # H1, ## H2, ### H3\n\
         - Links: [text](#anchor) for internal navigation\n\
         - Sections: [title](#section) in the index\n\n\
         ## Index\n\n\
         - [Setup](#anchor)\n\
         - [text](#instalation)\n\
         - [Usage](#usage)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "reports/README.md",
                12,
                3,
                "reports/README.md#anchor"
            ),
            t(
                "link/missing-anchor",
                "reports/README.md",
                13,
                3,
                "reports/README.md#instalation"
            ),
            t(
                "link/missing-anchor",
                "reports/README.md",
                14,
                3,
                "reports/README.md#usage"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
