//! Survey 86b: audit, review and incident reports that cite code, round 3
//! (x-devsecops, spellbook, ContraMind_manus, snipping-bot). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a hidden `.templates/` folder holds the skill template, whose
// `## Related Skills` links a sibling skill of the copy it will become
// (CorentinLumineau/x-devsecops' `.templates/knowledge-skill/SKILL.md`:
// `[TODO](../TODO/SKILL.md)`, 1 finding judged false) ---

/// A skill file at `dir/SKILL.md` linking `../TODO/SKILL.md`.
fn skill_at(dir: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Skills\n").write(
        &format!("{dir}/SKILL.md"),
        "# Skill\n\n## Related Skills\n\n- **[TODO](../TODO/SKILL.md)** - TODO description\n",
    );
    repo.commit_all();
    repo
}

#[test]
fn a_hidden_templates_folder_holds_templates() {
    let run = skill_at(".templates/knowledge-skill").check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: the same link in a skill of the tree is a dead end.
#[test]
fn the_same_link_in_a_skill_is_reported() {
    let run = skill_at("skills/knowledge-skill").check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            "skills/knowledge-skill/SKILL.md",
            5,
            5,
            "skills/TODO/SKILL.md",
        )],
    );
}
