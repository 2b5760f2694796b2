//! Survey 88b: TypeScript and JavaScript projects that run Prettier or
//! ESLint --fix and whose documents cite code by line (`src/x.ts:120`),
//! judged against git history (MarkReview, tripsage-ai, MiroDiagramming,
//! cs-eventhub). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// A living plan (an open box) naming `apps/api/fragment.ts:1` beside
/// another file's `:1`, whose first line is an export; then `above` is
/// added at the top of the file.
fn first_line_after(above: &str) -> common::Run {
    let repo = Repo::new();
    let code = "export const config = { runtime: 'edge' };\n\ntype Options = { nonce: string };\n";
    repo.write("apps/api/fragment.ts", code)
        .write("apps/web/page.tsx", "export default function Page() {}\n")
        .write(
            "docs/plans/embed-gap-plan.md",
            "# Embed Gap Plan\n\n- [ ] Parity budget\n\n\
             Both expose fragments (`apps/web/page.tsx:1`, `apps/api/fragment.ts:1`).\n",
        )
        .commit_all();
    repo.write("apps/api/fragment.ts", format!("{above}{code}"))
        .commit_all();
    repo.check(&["--select", "citation/shifted,citation/stale"])
}

/// ryanderose/cs-eventhub (survey 88b): a plan names the files a sentence
/// is about as `apps/api/api/v1/fragment.ts:1`; an import added at the top
/// moved its first line, `export const config = …`, to line 3, and
/// pointing the citation at `:3` helps nobody: it names the file (2
/// findings judged false). A multi-line import is imports too. Twin: a
/// first line moved below code added above it is reported as shifted (a
/// header comment above it is survey 43a's twin, reported too).
#[test]
fn a_first_line_citation_moved_below_new_imports_names_the_file() {
    let run = first_line_after("import { compareJsonLd } from '../lib/seoParity';\n\n");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = first_line_after(
        "import {\n  compareJsonLd,\n  type Result,\n} from '../lib/seoParity';\n",
    );
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = first_line_after("export const region = 'iad1';\n\n");
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "docs/plans/embed-gap-plan.md",
            5,
            47,
            "apps/api/fragment.ts"
        )],
        "\n{}",
        run.dump()
    );
}
