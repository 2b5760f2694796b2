//! Survey 95b: agent-kept TODO lists, known-issues registers and bug logs
//! (Abtomation/LinkWatcher, CodeGandee/accelsim-test, project-repo/cagebreak).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- task/malformed: a feature state file written in a multi-state notation
// of its own, `[✓]` done, `[⚙]` under way, `[🚫]` blocked, `[ ]` to do
// (LinkWatcher's `*-implementation-state.md` files and their template: 6
// findings judged false): its `[✓]` is the notation's done mark ---

const STATE: &str = "\
# Feature state

## 2. Current state

- [✓] Design documentation complete
- [⚙️] Code review under way
- [🚫] None

## 3. Task sequence

- [✓] **PF-TSK-044**: Planning

  - **Completed**: 2026-07-15

- [✓] **PF-TSK-078**: Core logic

- [ ] **PF-TSK-005**: Code review
";

#[test]
fn a_check_glyph_in_a_notation_with_status_symbols_is_no_typo() {
    let repo = Repo::new();
    repo.write("doc/state.md", STATE)
        .write(
            "templates/state-template.md",
            "# Template\n\n- [✓] **PF-TSK-XXX**: Planning\n\n- [⚙] **PF-TSK-YYY**: Data layer (CURRENT)\n\n- [ ] **PF-TSK-ZZZ**: State\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert!(
        run.findings_of(&["task/malformed"]).is_empty(),
        "\n{}",
        run.dump()
    );
}

/// The twin: the same task sequence in a document with no status symbol in
/// any box; its `[✓]` among `[ ]` items is a typo of `[x]`.
#[test]
fn a_check_glyph_among_task_items_without_status_symbols_is_still_a_typo() {
    let repo = Repo::new();
    repo.write(
        "doc/state.md",
        STATE
            .replace("- [⚙️] Code review under way\n", "")
            .replace("- [🚫] None\n", ""),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        [
            t("task/malformed", "doc/state.md", 9, 1, ""),
            t("task/malformed", "doc/state.md", 13, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}
