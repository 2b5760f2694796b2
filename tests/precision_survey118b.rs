//! Survey s118b: game and mobile app repositories with agent-written plans,
//! QA checklists and release readiness documents (BBAltraSonic/Chefleet,
//! Ariedis/Custom-Monopoly, sstults/godot-world-builder). One false pattern
//! found there, beside its twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

/// A patterns note whose last example, a ` ```gdscript ` block, runs to the
/// end of the document without its closing fence, as godot-world-builder's
/// `.cline/development-patterns.md` does; `tail` is the block's body.
fn patterns(tail: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "patterns.md",
        format!(
            "# Development patterns\n\n## Registry\n\n```gdscript\nfunc register(item) -> bool:\n    \
             return true\n```\n\n## Crafting validation\n\n```gdscript\n{tail}"
        ),
    )
    .commit_all();
    repo.check(&["--select", "document/unclosed-fence"])
}

/// GDScript writes `#` comments: a block left open at the end holding only
/// code and such comments renders as if it were closed (before survey s118b
/// the comment was counted as a hidden heading).
#[test]
fn an_open_gdscript_block_at_the_end_with_a_comment_is_silent() {
    let run = patterns(
        "# Material availability checking\nfunc can_craft(recipe) -> bool:\n    \
         return true\n",
    );
    assert_eq!(run.findings(), [], "\n{}", run.dump());
}

/// The twin: the same open block swallowing a Markdown heading with words
/// after it and a link (`## Next steps` is no GDScript) is reported.
#[test]
fn an_open_gdscript_block_swallowing_a_section_is_reported() {
    let run = patterns(
        "# Material availability checking\nfunc can_craft(recipe) -> bool:\n    \
         return true\n\n## Next steps\n\nSee [the plan](plan.md).\n",
    );
    assert_eq!(
        run.findings(),
        [t("document/unclosed-fence", "patterns.md", 12, 1, "")],
        "\n{}",
        run.dump()
    );
}
