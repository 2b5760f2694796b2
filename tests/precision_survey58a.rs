//! Survey 58a: readiness reviews, implementation audits and task reports
//! that carry Codex-style citations (`【F:path†L10-L20】`), round 3. False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

// --- citation/stale, citation/shifted: an evaluation headed as one (`#
// Backend Evaluation — Version 1.00`) records the code of its day
// (orbas1/Nodejs-Gigvora's `update_docs/1.00/pre-update_evaluations/`,
// written before the update that rewrote the code they cite: 71 citation
// findings, the 29 sampled all judged false) ---

/// A repository whose `src/boot.js` is cited by `docs/<name>.md` (titled
/// `title`, with `body` under it), then rewritten.
fn evaluated(docs: &[(&str, &str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write(
        "src/boot.js",
        "startWorkers();\nawait warmUp();\nstartWorkers();\n",
    )
    .commit_all();
    for (name, title, body) in docs {
        repo.write(
            &format!("docs/{name}.md"),
            format!(
                "# {title}\n\n{body}- Bootstrap starts the workers twice.【F:src/boot.js†L1-L3】\n"
            ),
        );
    }
    repo.commit_all();
    repo.write(
        "src/boot.js",
        "const app = createApp();\nawait app.warmUp({ failFast: true });\napp.startWorkersOnce();\n",
    )
    .commit_all();
    repo
}

#[test]
fn an_evaluation_headed_as_one_records_the_code_of_its_day() {
    let run = evaluated(&[
        (
            "backend_evaluation",
            "Backend Evaluation — Version 1.00",
            "",
        ),
        (
            "front_end_evaluation",
            "Front-end Evaluation – Version 1.50 Pre-Update",
            "",
        ),
        (
            "db",
            "Database Evaluation: Version 1.00",
            "## Functionality\n\n",
        ),
    ])
    .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale", "citation/shifted"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: a title that is the evaluation alone (`# Model Evaluation`, maybe
/// the page on how a model is evaluated), a title of another noun before
/// its dash, and an evaluation worked as a checklist are judged.
#[test]
fn an_evaluation_page_notes_and_a_worked_evaluation_are_judged() {
    let run = evaluated(&[
        ("model", "Model Evaluation", ""),
        ("notes", "Backend Notes — Version 1.00", ""),
        (
            "worked",
            "Backend Evaluation — Version 1.00",
            "- [x] Router\n- [ ] Workers\n\n",
        ),
    ])
    .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale", "citation/shifted"]),
        vec![
            t("citation/stale", "docs/model.md", 3, 38, "src/boot.js"),
            t("citation/stale", "docs/notes.md", 3, 38, "src/boot.js"),
            t("citation/stale", "docs/worked.md", 6, 38, "src/boot.js"),
        ],
        "\n{}",
        run.dump()
    );
}
