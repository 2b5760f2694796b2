//! Patterns read by hand during stop 30 among survey 36's findings:
//! hypernetix/hyperspot's `modules/system/oagw/DESIGN.md` (survey 36c) links
//! the 55 entries of its table of contents with one `-` where GitHub's ids
//! have several (`### Phase 0 (p0): MVP - OpenAI Integration Ready` is
//! `#phase-0-p0-mvp---openai-integration-ready`, `#### [ ] F-P0-001: Module
//! Scaffold + SDK Boundary` is `#--f-p0-001-module-scaffold--sdk-boundary`):
//! every link broken, one habit of the list's writer, 34 findings. Exact
//! findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

const MA: &str = "link/missing-anchor";

/// Three or more entries of a list whose anchors are their headings' ids
/// with each run of `-` made one (and a leading emoji's `-` dropped: the
/// emoji habit, folded with them) are one finding on the first, which
/// counts the others and gives the ids to write. Its twins: a list with
/// two such entries keeps a finding per entry, each with its suggestion;
/// a typo among the habit's entries keeps its own finding.
#[test]
fn a_table_of_contents_that_collapses_runs_of_dashes_is_one_finding() {
    let repo = Repo::new();
    repo.write(
        "design.md",
        "# Design\n\
         \n\
         - [Phase 0](#phase-0-p0-mvp-openai-integration-ready)\n\
         - [F-P0-001](#f-p0-001-module-scaffold-sdk-boundary)\n\
         - [F-P0-002](#f-p0-002-rate-limiting)\n\
         - [Routing](#routing-retries)\n\
         - [Typo](#f-p0-003-requst-validation)\n\
         \n\
         ## Phase 0 (P0) MVP — OpenAI integration ready\n\n\
         ### ✅ F-P0-001 Module Scaffold + SDK Boundary\n\n\
         ### ✅ F-P0-002 Rate limiting\n\n\
         ### Routing & retries\n\n\
         ### F-P0-003 Request validation\n",
    )
    .write(
        "short.md",
        "# Short\n\
         \n\
         - [Build](#build-test)\n\
         - [Ship](#ship-it)\n\
         \n\
         ## Build + test\n\n## Ship — it\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                MA,
                "design.md",
                3,
                3,
                "design.md#phase-0-p0-mvp-openai-integration-ready"
            ),
            t(
                MA,
                "design.md",
                7,
                3,
                "design.md#f-p0-003-requst-validation"
            ),
            t(MA, "short.md", 3, 3, "short.md#build-test"),
            t(MA, "short.md", 4, 3, "short.md#ship-it"),
        ],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&[MA]);
    assert_eq!(
        d[0]["message"],
        "anchor `#phase-0-p0-mvp-openai-integration-ready` matches no heading or anchor in \
         this document; so do 3 more entries of this table of contents (lines 4-6): each \
         anchor has one `-` where the heading's id has several (GitHub drops punctuation and \
         emoji but keeps every space: `A + B` is `#a--b`)",
        "\n{}",
        run.dump()
    );
    assert_eq!(
        d[0]["help"],
        "GitHub keeps a `-` for every space: write `#phase-0-p0-mvp-openai-integration-ready` \
         → `#phase-0-p0-mvp--openai-integration-ready`, `#f-p0-001-module-scaffold-sdk-boundary` \
         → `#-f-p0-001-module-scaffold--sdk-boundary`, `#f-p0-002-rate-limiting` → \
         `#-f-p0-002-rate-limiting`, …",
        "\n{}",
        run.dump()
    );
    // The twins keep their own suggestions.
    assert_eq!(
        d[2]["help"],
        "did you mean `#build--test`?",
        "\n{}",
        run.dump()
    );
    assert_eq!(
        d[3]["help"],
        "did you mean `#ship--it`?",
        "\n{}",
        run.dump()
    );
}

/// retypeapp/retype's `components/code-block.md` (survey 36d): a ` ```py `
/// (here ` ```ts `, whose `#` lines are no comments)
/// block missing its closing fence runs until the bare fence that closes
/// the ` ```js ` example below it; a `~~~` it swallowed meant to open an
/// example, and the `~~~` meant to close that one now opens a block that
/// runs to the end. One missing fence, one finding, which says that later
/// fences pair wrong. Its twin: a late close that swallows no fence, then a
/// fence of its own never closed: two problems, two findings.
#[test]
fn a_late_close_that_swallows_a_fence_is_one_finding() {
    let repo = Repo::new();
    let late = "# Code\n\
                \n\
                ```ts\n\
                console.log('Hello');\n\
                \n\
                ## Custom attributes\n\
                \n\
                ~~~\n\
                ```js {#example}\n\
                const msg = 1;\n\
                ```\n\
                ~~~\n\
                \n\
                ## After\n\
                \n\
                - [ ] a task\n";
    let twin = "# Code\n\
                \n\
                ```ts\n\
                console.log('Hello');\n\
                \n\
                ## Custom attributes\n\
                \n\
                ```js {#example}\n\
                const msg = 1;\n\
                ```\n\
                \n\
                ## After\n\
                \n\
                ~~~\n\
                ## Hidden\n\
                \n\
                - [ ] a task\n";
    repo.write("late.md", late)
        .write("twin.md", twin)
        .commit_all();
    let run = repo.check(&["--select", "document/"]);
    let uf = |file: &str, line: u64| t("document/unclosed-fence", file, line, 1, "");
    assert_eq!(
        run.findings(),
        vec![uf("late.md", 3), uf("twin.md", 3), uf("twin.md", 14)],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&["document/unclosed-fence"]);
    assert_eq!(
        d[0]["message"],
        "code fence ```ts is closed only on line 11: the fence ```js {#example} on line 9 has \
         an info string, so it cannot close the block, and the 5 lines before it render as \
         code, hiding 1 heading and 1 code fence; nothing in them is checked; the fences they \
         hide had their partners after them, so later fences pair with the wrong ones",
        "\n{}",
        run.dump()
    );
}

/// Hidden-History/pov-oversight-agent's research template (survey 37a): a
/// sources table's `| [URL](url) | Documentation |` rows are blanks to fill,
/// the link's text the same word as its target (any case, a trailing `/` or
/// not). Its twins, still reported: `[a link](url)` (survey 9: a file may be
/// named `url`) and `[URL](urls.md)`.
#[test]
fn a_link_named_url_to_url_is_a_blank() {
    let repo = Repo::new();
    repo.write(
        "research.md",
        "# Research\n\
         \n\
         | Source | Type |\n\
         |--------|------|\n\
         | [URL](url) | Documentation |\n\
         | [url](URL/) | Article |\n\
         | [Href](href) | Article |\n\
         \n\
         See [a link](url) and [URL](urls.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    let mp = |col: u64, target: &str| t("link/missing-path", "research.md", 9, col, target);
    assert_eq!(
        run.findings(),
        vec![mp(5, "url"), mp(23, "urls.md")],
        "\n{}",
        run.dump()
    );
}
