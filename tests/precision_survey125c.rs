//! Survey s125c: compliance and security audit trackers (Bwillia13x/value_partner,
//! brendan612/armadillo, Keith-CY/fiber-link, Kratikal/autogrc-for-team,
//! BrennenJohnston/openscad-assistive-forge,
//! rime13-coder/confluence-documentation-framework,
//! Scotopia1/Lab404-new-website). The false pattern found there beside its
//! true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// A module whose line 17 keeps the token in local storage.
const CLIENT: &str = "// API client\n\nimport axios from 'axios';\n\n\n\n\n\n\n\n\n\n\n\n\nconst api = axios.create();\nlocalStorage.setItem('token', token);\n";

/// The module after the plan's work: the token moved to a cookie.
const CLIENT_FIXED: &str = "// API client\n\nimport axios from 'axios';\n\n\n\n\n\n\n\n\n\n\n\n\nconst api = axios.create();\napi.defaults.withCredentials = true;\n";

/// A repository whose `doc` cites `src/api-client.ts:17`; committed, then
/// the module is rewritten where the citation points.
fn cited(path: &str, doc: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/api-client.ts", CLIENT).write(path, doc);
    repo.commit_on("2026-01-08");
    repo.write("src/api-client.ts", CLIENT_FIXED)
        .commit_on("2026-01-09");
    repo
}

// --- citation/stale: a GSD phase plan's `**Current State (VULNERABLE):**`
// list (Lab404-new-website's `01-02-cookie-authentication-PLAN.md`), a bold
// label alone over the list that says where the code stood before the
// plan's own tasks rewrote it: 2 findings judged false ---

fn plan(label: &str) -> String {
    format!(
        "# PLAN: Cookie-Based Authentication Migration\n\n## Context\n\n{label}\n- JWT tokens stored in localStorage: `src/api-client.ts:17`\n- Vulnerable to XSS attacks\n\n## Tasks\n\n- [ ] Move the token to an httpOnly cookie\n"
    )
}

#[test]
fn the_current_state_list_of_a_plan_is_history() {
    for label in [
        "**Current State (VULNERABLE):**",
        "**Current State:**",
        "Current state:",
    ] {
        let run = cited(".planning/phases/01-fixes/01-02-PLAN.md", &plan(label)).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/stale"]),
            vec![],
            "{label}\n{}",
            run.dump()
        );
    }
}

/// Twins: a list led by another label of the plan (`**Target State:**`), and
/// the same `Current State` list in a document that is no plan (a living
/// concerns page), are judged.
#[test]
fn another_label_or_a_document_that_is_no_plan_is_judged() {
    let run = cited(
        ".planning/phases/01-fixes/01-02-PLAN.md",
        &plan("**Target State (SECURE):**"),
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale"]),
        vec![t(
            "citation/stale",
            ".planning/phases/01-fixes/01-02-PLAN.md",
            6,
            38,
            "src/api-client.ts"
        )],
        "\n{}",
        run.dump()
    );
    let doc = "# Technical Concerns\n\n## Tokens\n\n**Current State (VULNERABLE):**\n- JWT tokens stored in localStorage: `src/api-client.ts:17`\n";
    let run = cited(".planning/codebase/CONCERNS.md", doc).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale"]),
        vec![t(
            "citation/stale",
            ".planning/codebase/CONCERNS.md",
            6,
            38,
            "src/api-client.ts"
        )],
        "\n{}",
        run.dump()
    );
}
