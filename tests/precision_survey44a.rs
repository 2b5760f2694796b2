//! Patterns of survey 44a (readiness, implementation-status and
//! production-readiness documents written by coding agents in TypeScript
//! and Python application monorepos), each beside its true twin. Exact
//! findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// Bikz/packetpilot-denial-rescue (survey 44a): an agent readiness
/// scorecard lists, in the evidence cell of a failing row, what it looked
/// for and did not find (`` `README.md`, `apps/web/README.md`, no
/// `apps/api/README.md` ``): the path is the review's finding, not a claim
/// that the file exists (1 finding judged false). Twins: a missing path
/// with no such word, and one whose nearest words are about something else
/// (`no changes in `x``), are still reported.
#[test]
fn an_evidence_path_its_cell_says_is_absent_is_no_finding() {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("apps/web/README.md", "# Web\n")
        .write("apps/web/package.json", "{}\n")
        .write(
            "docs/AGENT_READINESS_SCORECARD.md",
            "# Agent Readiness Scorecard\n\n\
             | Criterion | Repo | Web | API | Evidence |\n\
             |---|---|---|---|---|\n\
             | README exists | Pass | Pass | Fail | `README.md`, `apps/web/README.md`, no `apps/api/README.md` |\n\
             | Lockfile | Fail | Fail | Fail | `apps/api/uv.lock` not found in repo |\n\
             | Linter | Pass | Pass | Fail | without the `apps/api/ruff.toml` |\n\
             | Unit tests | Pass | Pass | Pass | `apps/api/tests/test_app.py` |\n\
             | Entrypoint | Pass | Pass | Pass | no changes in `apps/api/main.py` |\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "evidence/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "docs/AGENT_READINESS_SCORECARD.md",
                8,
                37,
                "apps/api/tests/test_app.py"
            ),
            t(
                "evidence/missing-path",
                "docs/AGENT_READINESS_SCORECARD.md",
                9,
                51,
                "apps/api/main.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// clement893/Nukleo-ERP (survey 44a): a French changelog lists what a
/// Markdown renderer supports, "Support des liens [texte](url)": the
/// generic words of link syntax in French, as `[text](url)` is in English,
/// an example and not a link to a file named `url` (1 finding judged false).
/// Twins: real words before `(url)`, and the French blank before a real
/// file name, are still reported.
#[test]
fn the_generic_words_of_link_syntax_in_french_are_an_example() {
    let repo = Repo::new();
    repo.write(
        "BATCH_11_PROGRESS.md",
        "# Batch 11\n\n\
         - [x] Composant `MarkdownContent` :\n\
         \x20 - Support des liens [texte](url)\n\
         \x20 - Support des titres [titre](lien)\n\
         \x20 - Voir le [guide](url)\n\
         \x20 - Voir [texte](guide.md)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "BATCH_11_PROGRESS.md", 6, 13, "url"),
            t(
                "link/missing-path",
                "BATCH_11_PROGRESS.md",
                7,
                10,
                "guide.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// openann19/pet4 (survey 44a): an agent's documentation index marks the
/// pages it has not written yet with a dash note, `- [API
/// Documentation](./API.md) - Future`, beside `- [Product
/// Requirements](./PRD.md) - Exists` (5 findings judged false, 4 of
/// them silenced: a page made under a longer name, `FEATURES.md` beside
/// `FEATURES_EXPOSED.md`, stays reported by the older guard). Twins: a
/// link described with other words (`- See `/src/components``, `- Future
/// work on caching`), and a page git history shows was deleted, are still
/// reported.
#[test]
fn a_link_whose_dash_note_says_future_is_a_page_yet_to_be_written() {
    let repo = Repo::new();
    repo.write("apps/web/PRD.md", "# PRD\n")
        .write("apps/web/OLD.md", "# Old\n")
        .commit_all();
    repo.git(&["rm", "-q", "apps/web/OLD.md"]);
    repo.write(
        "apps/web/ARCHITECTURE.md",
        "# Architecture\n\n## Documentation Index\n\n\
         - [API Documentation](./API.md) - Future\n\
         - [WebSocket Events](./WEBSOCKET.md) — coming soon\n\
         - [Product Requirements](./PRD.md) - Exists\n\
         - [Component Library](./COMPONENTS.md) - See `/src/components`\n\
         - [Caching](./CACHING.md) - Future work on caching\n\
         - [Old Guide](./OLD.md) - Future\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path,path/renamed"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "apps/web/ARCHITECTURE.md",
                8,
                3,
                "apps/web/COMPONENTS.md"
            ),
            t(
                "link/missing-path",
                "apps/web/ARCHITECTURE.md",
                9,
                3,
                "apps/web/CACHING.md"
            ),
            t(
                "link/missing-path",
                "apps/web/ARCHITECTURE.md",
                10,
                3,
                "apps/web/OLD.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
