//! Survey 59c: non-English readiness documents and checklists (Japanese,
//! Chinese, Spanish, Portuguese, French, German, Russian): progress trackers,
//! user stories, plugin phase plans and ticket folders. False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, t};

// --- document/unclosed-fence: fenced blocks chained back to back, each
// closed on the line before the next opens (thibmonier/hotones' user
// stories: a `Given … Then` block, a block of values with indented list
// lines, a `When … Then` block; 4 findings judged false) ---

/// A user story whose acceptance criteria are `criteria`.
fn story(criteria: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# HotOnes\n").write(
        "backlog/US-085-validation.md",
        format!("# US-085 Validation live de champs\n\n### Acceptance Criteria\n{criteria}\n### Technical Notes\n\n- Endpoint unique.\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn fenced_blocks_chained_back_to_back_are_silent() {
    let run = story(
        "```\nWhen POST /api/validate {type, value}\nThen 200 + {valid: bool}\n```\n\
         ```\nTypes supportés (V1):\n  - email (RFC)\n  - siret (Luhn)\n  - phone (E.164)\n```\n\
         ```\nGiven type inconnu\nThen 400\n```\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a doubled closing fence whose new block is followed by text, not
/// by another fence, turns the document's list into code: reported.
#[test]
fn a_doubled_fence_followed_by_text_is_reported() {
    let run = story(
        "```\nWhen POST /api/validate {type, value}\nThen 200 + {valid: bool}\n```\n\
         ```\nTypes supportés (V1):\n  - email (RFC)\n  - siret (Luhn)\n  - phone (E.164)\n```\n\
         Given type inconnu\nThen 400\n```\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![t(
            "document/unclosed-fence",
            "backlog/US-085-validation.md",
            8,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a link into Claude Code's folder in the author's
// home (KentaKatayama999/DocumentFileManager's tickets open with
// `[チケット管理ガイド](~/.claude/docs/tickets/README.md)`: 6 findings
// judged false) ---

/// A ticket `docs/tickets/001-state.md` whose note links `body`.
fn ticket(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# DocumentFileManager\n")
        .write(".claude/agents/reviewer.md", "# Reviewer\n")
        .write(
            "docs/tickets/001-state.md",
            format!("# チケット #001 - CheckItemState作成\n\n> **📖 実装前に必ず確認**: {body}\n\n## メタデータ\n\n- ステータス: Done\n"),
        )
        .commit_all();
    repo
}

#[test]
fn a_link_into_the_authors_claude_folder_is_silent() {
    let run = ticket(
        "[チケット管理ガイド](~/.claude/docs/tickets/README.md) を参照。\
         [code-style](~/.claude/rules/code-style.md) と [skill](/Users/me/.claude/skills/rust-skills)。",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/outside-repo"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a link into the repository's own `.claude/` and another folder
/// of the author's home are reported.
#[test]
fn a_link_to_the_repositorys_claude_folder_or_another_home_path_is_reported() {
    let run = ticket(
        "[チケット管理ガイド](../../.claude/docs/tickets/README.md) と [メモ](~/notes/tickets.md) を参照。",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/outside-repo"]),
        vec![
            t(
                "link/missing-path",
                "docs/tickets/001-state.md",
                3,
                19,
                ".claude/docs/tickets/README.md"
            ),
            t(
                "link/missing-path",
                "docs/tickets/001-state.md",
                3,
                71,
                "docs/tickets/~/notes/tickets.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- task/checked-parent-open-child: an open sub-item that closes on what
// it waits on (CarstenVogelsang/v-flask's plugin `PROGRESS.md` files:
// `- [ ] Migration erstellen und testen (Host-App erforderlich)`, `(bei
// Installation)`, under a ticked `1.2 Datenbank-Models`: the migration is
// made in the project that installs the plugin; 2 findings judged false) ---

/// A plugin's phase plan whose ticked models item holds `child`.
fn plugin_progress(child: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# v-flask\n").write(
        "plugins/crm/docs/PROGRESS.md",
        format!(
            "# CRM Plugin - Fortschritt\n\n## Phase 1: POC\n\n\
             - [x] **1.1 Plugin-Grundstruktur**\n  - [x] `__init__.py` mit Manifest\n\n\
             - [x] **1.2 Datenbank-Models**\n  - [x] `crm_customer` (Basis-Felder)\n  - [ ] {child}\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn an_open_sub_item_closing_on_what_it_waits_on_is_silent() {
    for child in [
        "Migration erstellen und testen (Host-App erforderlich)",
        "Migration erstellen und testen (bei Installation)",
        "Run the migration on a real database (requires host app)",
    ] {
        let run = plugin_progress(child).check(&[]);
        assert_eq!(
            run.findings_of(&["task/checked-parent-open-child"]),
            vec![],
            "{child}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same open sub-item without the note, or marked only as
/// mandatory, is reported at its ticked parent.
#[test]
fn an_open_sub_item_without_a_wait_note_is_reported() {
    for child in [
        "Migration erstellen und testen",
        "Migration erstellen und testen (erforderlich)",
        "Migration erstellen und testen (required)",
    ] {
        let run = plugin_progress(child).check(&[]);
        assert_eq!(
            run.findings_of(&["task/checked-parent-open-child"]),
            vec![t(
                "task/checked-parent-open-child",
                "plugins/crm/docs/PROGRESS.md",
                8,
                1,
                ""
            )],
            "{child}\n{}",
            run.dump()
        );
    }
}
