//! Patterns of the seventh survey (viflo, forge-js, llama-orch and others, none
//! seen before): suggestions that were no typo or pointed at the citing
//! document, a missing anchor whose heading a stray fence swallowed, folder
//! suggestions of another kind. Each false positive stands next to its
//! true-positive twin, with exact findings; the real binary runs in real git
//! repositories.

mod common;

use common::{Repo, t};

/// viflo's milestone audit marks a phase `**blocker**` (it blocks the
/// milestone): an English word, the stem of `Blocked` with another ending, not
/// a slip of the fingers; "did you mean `Blocked`?" would change what the row
/// says. The twin, `Blokced`, is a typo and keeps its finding.
#[test]
fn a_blocker_is_not_a_typo_of_blocked_but_blokced_is() {
    let repo = Repo::new();
    repo.write(
        "AUDIT.md",
        "# v1.5 Milestone Audit\n\n## Phase Status\n\n\
| Phase | Name | VERIFICATION.md | Status |\n|---|---|---|---|\n\
| 17 | Minimal Mode | ✅ passed | complete |\n\
| 18 | Full Mode | ✅ passed | complete |\n\
| 19 | Polish | ❌ missing — phase not started | **blocker** |\n\
| 20 | Docs | ❌ missing | Blokced |\n\
| 21 | Close | ❌ missing | Closer |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("status/unknown-value", "AUDIT.md", 10, 27, "")],
        "\n{}",
        run.dump()
    );
    let d = &run.diagnostics()[0];
    assert!(
        d["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("did you mean `Blocked`?")),
        "\n{}",
        run.dump()
    );
}

/// The help of a missing link's target.
fn help_of(run: &common::Run, line: u64) -> String {
    run.diagnostics()
        .iter()
        .find(|d| d["line"].as_u64() == Some(line))
        .and_then(|d| d["help"].as_str())
        .unwrap_or("")
        .to_string()
}

/// viflo's `security-scanning/SKILL.md` links `../owasp-top10-checklist/SKILL.md`,
/// which was never committed; the nearest file named `SKILL.md` was the
/// document itself, and the help said "did you mean `SKILL.md`?". The citing
/// document is never the suggestion. The twin, a missing target whose name
/// another document has, keeps its suggestion.
#[test]
fn a_missing_target_is_never_suggested_the_citing_document_but_another_file_is() {
    let repo = Repo::new();
    repo.write(
        "skills/security/scanning/SKILL.md",
        "# Scanning\n\n- [OWASP](../owasp-checklist/SKILL.md)\n- [Twin](../container/CHECKS.md)\n",
    )
    .write("skills/security/containers/CHECKS.md", "# Checks\n")
    .write("skills/api/SKILL.md", "# API\n")
    .write("skills/db/SKILL.md", "# DB\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "skills/security/scanning/SKILL.md",
                3,
                3,
                "skills/security/owasp-checklist/SKILL.md"
            ),
            t(
                "link/missing-path",
                "skills/security/scanning/SKILL.md",
                4,
                3,
                "skills/security/container/CHECKS.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(help_of(&run, 3), "commit the file, or correct the path");
    assert_eq!(help_of(&run, 4), "did you mean `../containers/CHECKS.md`?");
}

/// viflo's `anthropic-best-practices.md`: a stray bare fence pairs with a later
/// one, and the headings between render as code. The link to one of them was
/// reported as matching no heading, which sent the reader looking for a
/// renamed heading; the help now names the heading and the fence that hides
/// it. The twins, an anchor no heading gives and one only a shell comment in
/// a `bash` block spells (forge-js `CONTRIBUTING.md`), keep the usual help.
#[test]
fn an_anchor_whose_heading_a_stray_fence_swallowed_says_so_but_a_missing_one_does_not() {
    let repo = Repo::new();
    repo.write(
        "GUIDE.md",
        "# Guide\n\nSkip to [Checklist](#checklist).\nTwin: [gone](#nowhere-at-all).\n\
Twin: [deploy](#deploy).\n\n```bash\n# Deploy\nmake deploy\n```\n\n\
````markdown\nexample\n````\n\n```\n\n## Technical notes\n\ntext\n\n## Checklist\n\n- item\n\n\
```\n<Card>x</Card>\n```\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "GUIDE.md",
                3,
                9,
                "GUIDE.md#checklist"
            ),
            t(
                "link/missing-anchor",
                "GUIDE.md",
                4,
                7,
                "GUIDE.md#nowhere-at-all"
            ),
            t("link/missing-anchor", "GUIDE.md", 5, 7, "GUIDE.md#deploy"),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(
        help_of(&run, 3),
        "the heading `## Checklist` (line 22) is inside the code block opened on line 16, so it renders as code and has no anchor: remove that stray fence, or close the block before the heading"
    );
    // A shell comment in a block with a language is no swallowed heading.
    for line in [4, 5] {
        assert_eq!(
            help_of(&run, line),
            "link to one of the target's headings (GitHub's slug: lower case, spaces → `-`, punctuation removed)"
        );
    }
}

/// forge-js: a package README links `./docs/rules/no-unresolved.md`, a page
/// that lives only in another package; the one file with that name elsewhere
/// is offered. Beside it, `src/types/CONFIGURATION_EXAMPLES.md` links
/// `../docs/rules/` (meaning the package's `docs/rules/`); the help offered
/// `../rules`, the package's source folder, which shares more first folders
/// while three `docs/rules` share the last one: unsure, so no suggestion.
#[test]
fn a_missing_file_is_offered_its_namesake_but_a_folder_is_not_offered_another_kind_of_folder() {
    let repo = Repo::new();
    repo.write(
        "packages/deps/README.md",
        "# Deps\n\n- [no-unresolved](./docs/rules/no-unresolved.md)\n",
    )
    .write("packages/deps/src/rules/no-unresolved.ts", "export {};\n")
    .write(
        "packages/plugin/docs/rules/no-unresolved.md",
        "# no-unresolved\n",
    )
    .write("packages/plugin/src/rules/index.ts", "export {};\n")
    .write(
        "packages/plugin/src/types/CONFIGURATION_EXAMPLES.md",
        "# Examples\n\n- [rule docs](../docs/rules/)\n",
    )
    .write("packages/a11y/docs/rules/alt-text.md", "# alt-text\n")
    .write("packages/secure/docs/rules/no-eval.md", "# no-eval\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "packages/deps/README.md",
                3,
                3,
                "packages/deps/docs/rules/no-unresolved.md"
            ),
            t(
                "link/missing-path",
                "packages/plugin/src/types/CONFIGURATION_EXAMPLES.md",
                3,
                3,
                "packages/plugin/src/docs/rules"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let helps: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        helps,
        [
            "did you mean `../plugin/docs/rules/no-unresolved.md`?",
            "commit the file, or correct the path"
        ]
    );
}

/// jpdas `.planning/baseline/TOOL_FALLBACKS.md`: a bare example (line 4)
/// holds a ```` ```json ```` block, which closes the example at line 11; every
/// later fence pairs with the wrong partner, and the last one (line 19) opens
/// a block that hides the next section. The cause is the example: reported
/// there (adding a fence at the end, as a report at line 19 suggested, would
/// leave the example broken).
#[test]
fn a_nested_example_whose_cascade_ends_inside_a_block_is_reported_at_the_example() {
    let example = "# Fallbacks\n\nWithout file edit:\n```\nTask: Create config.json\n\n\
                   Agent: \"Please create it:\n\n```json\n{ \"v\": 1 }\n```\n\nUser: Done\n```\n\n\
                   With file edit:\n```\nAgent: [creates file directly]\n```\n";
    let tail = "\n## Web Access Fallback\n\n- item one\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    let repo = Repo::new();
    repo.write("FALLBACKS.md", format!("{example}{tail}"))
        // Twin (silent): the same example, and nothing left open at the end.
        .write(
            "BALANCED.md",
            format!("{example}\nMore text.\n\n```\nAgent: again\n"),
        )
        // Twin (reported at its own fence): a block left open, no example.
        .write("OPEN.md", format!("# Open\n\n```{tail}"))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("document/unclosed-fence", "FALLBACKS.md", 4, 1, ""),
            t("document/unclosed-fence", "OPEN.md", 3, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
    let message = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        message.contains("the fence on line 19 opens a block that runs to the end of the document, hiding 1 heading"),
        "{message}"
    );
}

/// viflo's verification records quote the lines they checked: in
/// `` Lines 3-5: `## See Also` at 3, `../agent/SKILL.md` at 5 `` the path is
/// relative to `skills/rag/SKILL.md`, which the row names, where it exists.
/// Twins: a plain missing path, and a relative path that resolves from no
/// file the row names, are reported.
#[test]
fn a_relative_path_quoted_from_a_file_the_row_names_is_read_from_that_file() {
    let repo = Repo::new();
    repo.write("skills/rag/SKILL.md", "# RAG\n\n## See Also\n\n- [agent](../agent/SKILL.md)\n")
        .write("skills/agent/SKILL.md", "# Agent\n")
        .write(
            ".planning/phases/15/15-VERIFICATION.md",
            "# Phase 15 Verification\n\n| # | Truth | Status | Evidence |\n|---|---|---|---|\n\
             | 1 | rag/SKILL.md has a See Also section linking to agent | VERIFIED | Lines 3-5: `## See Also` at 3, `../agent/SKILL.md` at 5 |\n\
             | 2 | rag/SKILL.md links the planner | VERIFIED | Line 6: `../planner/SKILL.md` at 6 |\n\
             | 3 | eval script exists | VERIFIED | `skills/rag/eval.ts` |\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                ".planning/phases/15/15-VERIFICATION.md",
                6,
                59,
                ".planning/phases/planner/SKILL.md"
            ),
            t(
                "evidence/missing-path",
                ".planning/phases/15/15-VERIFICATION.md",
                7,
                39,
                "skills/rag/eval.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
