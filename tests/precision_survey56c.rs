//! Survey 56c: launch checklists and beta/production trackers of product and
//! startup repositories (SaaS apps, Next.js / React / Flutter / Django
//! projects: `LAUNCH_CHECKLIST.md`, `GO_LIVE_READINESS.md`,
//! `PRODUCTION_READINESS_CHECKLIST.md`, beta trackers with task lists, phase
//! tables, owners and links to code). False patterns found there, each beside
//! its true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path: TestSprite's MCP test runner (a `testsprite_tests/`
// folder in more than a thousand repositories) writes its raw report to the
// scratch folder `testsprite_tests/tmp/`, with links to the generated test
// files written for the folder above, and renders a test whose code was
// never generated as `[null](./null)` (iasnoor2025/snd_Nextjs_App: 3
// findings judged false) ---

/// A raw report as the runner writes it: one test with code, one without.
const RAW: &str = "\n# TestSprite AI Testing Report(MCP)\n\n---\n\n\
    ## 1️⃣ Document Metadata\n\
    - **Project Name:** app\n\
    - **Prepared by:** TestSprite AI Team\n\n\
    #### Test TC001\n\
    - **Test Code:** [TC001_Login.py](./TC001_Login.py)\n\
    - **Status:** ✅ Passed\n\
    - **Analysis / Findings:** {{TODO:AI_ANALYSIS}}.\n\n\
    #### Test TC002\n\
    - **Test Code:** [null](./null)\n\
    - **Test Error:** Test execution timed out after 15 minutes\n\
    - **Status:** ❌ Failed\n";

/// A Next.js app with TestSprite's folder: the generated test, the raw
/// report in `tmp/` (at `raw_at`), and the report an agent completed from it
/// with the test lines `tests` under its heading.
fn testsprite(raw_at: &str, tests: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("package.json", "{\"name\": \"app\"}\n")
        .write("testsprite_tests/TC001_Login.py", "print('login')\n")
        .write(raw_at, RAW)
        .write(
            "testsprite_tests/testsprite-mcp-test-report.md",
            format!(
                "# TestSprite AI Testing Report (MCP)\n\n\
                 - **Prepared by:** TestSprite AI Team\n\n{tests}"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn testsprite_scratch_folder_and_its_null_links_are_silent() {
    let run = testsprite(
        "testsprite_tests/tmp/raw_report.md",
        "#### Test TC001\n\
         - **Test Code:** [TC001_Login.py](./TC001_Login.py)\n\n\
         #### Test TC002\n\
         - **Test Code:** [null](./null)\n\
         - **Test Error:** Test execution timed out after 15 minutes\n\
         - **Other:** [undefined](undefined)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
    // README.md and the completed report; the raw report is left out.
    assert_eq!(run.files_checked(), 2, "\n{}", run.dump());
}

/// Twin: the same raw report outside TestSprite's scratch folder is checked
/// (its test link is reported; its `[null](./null)` is silent anywhere),
/// and in the completed report a missing test file, a `null` target with
/// other text and `null` with an extension are reported.
#[test]
fn testsprite_reports_keep_their_real_broken_links() {
    let run = testsprite(
        "qa/tmp/raw_report.md",
        "#### Test TC003\n\
         - **Test Code:** [TC003_Checkout.py](./TC003_Checkout.py)\n\
         - **Notes:** [the null page](./null) and [null](./null.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "qa/tmp/raw_report.md",
                11,
                18,
                "qa/tmp/TC001_Login.py"
            ),
            t(
                "link/missing-path",
                "testsprite_tests/testsprite-mcp-test-report.md",
                6,
                18,
                "testsprite_tests/TC003_Checkout.py"
            ),
            t(
                "link/missing-path",
                "testsprite_tests/testsprite-mcp-test-report.md",
                7,
                14,
                "testsprite_tests/null"
            ),
            t(
                "link/missing-path",
                "testsprite_tests/testsprite-mcp-test-report.md",
                7,
                42,
                "testsprite_tests/null.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
