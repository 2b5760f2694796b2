//! Survey 101a: QA test plans, UAT sign-off sheets and test reports
//! (Radhika1502/renexus, ontic-in/starter-pack-healthcloud,
//! rizvanium/manual-testing-results). One location found there, beside its
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// A prompt in a template language holding a fenced example, as
/// starter-pack-healthcloud's `docs/Query_System_Implementation_Guide.md`
/// holds a ` ```json ` example in a ` ```liquid ` prompt.
fn prompt(lang: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "guide.md",
        format!(
            "# Query guide\n\n## Prompt\n\n```{lang}\nYou answer with JSON.\n\n\
             ```json\n{{\"a\": 1}}\n```\n\nKeep it short.\n```\n\n## Next\n\nText.\n"
        ),
    )
    .commit_all();
    repo.check(&["--select", "document/unclosed-fence"])
}

/// The prompt's body is Markdown: the finding names the ` ```liquid ` fence
/// whose example closes it early, and says to lengthen it (before survey
/// 101a it named the prompt's own closing fence on line 13 as never closed,
/// and the help told to close that block).
#[test]
fn a_template_prompt_holding_a_fenced_example_is_named_as_the_cause() {
    for lang in ["liquid", "jinja2", "handlebars"] {
        let run = prompt(lang);
        assert_eq!(
            run.findings(),
            [t("document/unclosed-fence", "guide.md", 5, 1, "")],
            "{lang}\n{}",
            run.dump()
        );
        let d = &run.diagnostics()[0];
        let help = d["help"].as_str().unwrap_or_default();
        assert!(help.contains("longer fence"), "{lang}: {help}");
    }
}

/// The twin: a block of code holding a fence is no example; its stray
/// closing fence is what the finding names, as before.
#[test]
fn a_code_block_holding_a_fence_is_reported_at_the_fence_left_open() {
    let run = prompt("python");
    assert_eq!(
        run.findings(),
        [t("document/unclosed-fence", "guide.md", 13, 1, "")],
        "\n{}",
        run.dump()
    );
}
