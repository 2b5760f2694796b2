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
