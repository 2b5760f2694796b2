//! Survey s110c: TypeScript / Next.js / React apps built with coding agents
//! that keep launch checklists, QA plans and PRDs in their documents
//! (yourmatematt/quorum-tours, BjornMelin/bjornmelin-platform-io,
//! PhilipCarter1/nook-app, simantaparida/automet,
//! min-hinthar/delivery-subscription-app). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

// --- a pull request's description kept as a file (`PR_DESCRIPTION.md`,
// written by an agent for `gh pr create --body-file`) records what that pull
// request changed: its `file:line` pointers name the lines of its diff, and
// nobody renumbers a merged pull request's body (automet's
// `.github/PR_DESCRIPTION.md`: 1 stale finding judged false) ---

/// The handler the pull request fixed, as it stood when the body was written.
const HANDLER: &str = "export async function handler(req, res) {\n\
     \x20 const user = await withAuth(req, res);\n\
     \x20 if (!user) return;\n\
     \x20 const body = req.body;\n\
     \x20 const row = {\n\
     \x20   org_id: user.org_id,\n\
     \x20   name: body.name,\n\
     \x20 };\n\
     \x20 return insert(row);\n\
     }\n";

/// The body of the pull request: a fix record citing the line it changed,
/// and the review checklist its reviewers tick on GitHub.
const BODY: &str = "# Security: Implement API Authentication\n\n\
     ## Security Changes\n\n\
     ### 3. Multi-tenant Isolation Fixed\n\n\
     Removed the hardcoded organization ID:\n\n\
     - `pages/api/inventory/index.ts:6`\n\n\
     ## Review Checklist\n\n\
     - [ ] Security changes reviewed and approved\n\
     - [ ] Multi-tenant isolation tested\n";

/// A repository where `doc` holds [`BODY`], committed before a later change
/// rewrote the cited line of the handler.
fn pull_request_body(doc: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Automet\n")
        .write("pages/api/inventory/index.ts", HANDLER)
        .write(doc, BODY)
        .commit_on("2025-11-05");
    repo.write(
        "pages/api/inventory/index.ts",
        HANDLER.replace(
            "org_id: user.org_id,",
            "org_id: parsed.data.org_id ?? user.org_id,",
        ),
    )
    .commit_on("2025-11-08");
    repo
}

#[test]
fn a_pull_requests_description_kept_as_a_file_keeps_its_numbers() {
    for doc in [
        ".github/PR_DESCRIPTION.md",
        "PR_BODY.md",
        "docs/pr-description-auth.md",
    ] {
        let run = pull_request_body(doc).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![],
            "{doc}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same fix record in another document (a security page, a
/// file named for a pull request's review rather than its description)
/// still claims the line, and is judged.
#[test]
fn the_same_fix_record_in_another_document_is_judged() {
    for doc in ["docs/security.md", "docs/PR_REVIEW.md"] {
        let run = pull_request_body(doc).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![t(
                "citation/stale",
                doc,
                9,
                3,
                "pages/api/inventory/index.ts"
            )],
            "{doc}\n{}",
            run.dump()
        );
    }
}
