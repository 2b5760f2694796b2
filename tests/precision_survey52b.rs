//! Survey 52b: trackers in monorepos with nested projects (`apps/*/docs/`,
//! `packages/*/`, `services/*/`): `TODO.md`, `ROADMAP.md`, `PROGRESS.md`,
//! `STATUS.md`, `IMPLEMENTATION_PLAN.md` with task lists, phase tables and
//! status columns, paths written relative to a nested project. False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path: a project's own agent skill links the project's
// files from the root, where the agent runs (masyl/outside's
// `skills/create-implementation-plan/SKILL.md` links
// `packages/outside-design/docs/wrapup.md`: 9 findings judged false) ---

/// A monorepo with a design package and a skill (or another document) at
/// `doc`, whose body is `body`.
fn monorepo(doc: &str, body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Outside\n")
        .write("packages/outside-design/docs/wrapup.md", "# Wrapup\n")
        .write(
            "packages/outside-design/docs/deliveries/urge/roadmap.md",
            "# Roadmap\n\n- [x] Done\n",
        )
        .write(doc, body)
        .commit_all();
    repo
}

const SKILL: &str = "---\nname: create-implementation-plan\ndescription: Write a delivery plan.\n---\n\n\
# Create implementation plan\n\n\
Read the [pitch phase](packages/outside-design/docs/wrapup.md) first.\n\n\
## Reference\n\n\
- [urge roadmap](packages/outside-design/docs/deliveries/urge/roadmap.md)\n";

#[test]
fn a_skill_links_project_files_from_the_root() {
    let run = monorepo("skills/create-implementation-plan/SKILL.md", SKILL).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same links in a document that is no skill are dead on GitHub
/// and reported (with the help that says how to write them), and a skill's
/// link that names nothing from the root either is reported.
#[test]
fn a_root_link_outside_a_skill_or_naming_nothing_is_reported() {
    let run = monorepo("guides/create-implementation-plan/GUIDE.md", SKILL).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "guides/create-implementation-plan/GUIDE.md",
                8,
                10,
                "guides/create-implementation-plan/packages/outside-design/docs/wrapup.md"
            ),
            t(
                "link/missing-path",
                "guides/create-implementation-plan/GUIDE.md",
                12,
                3,
                "guides/create-implementation-plan/packages/outside-design/docs/deliveries/urge/roadmap.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = monorepo(
        "skills/create-implementation-plan/SKILL.md",
        "---\nname: create-implementation-plan\n---\n\n# Plan\n\n\
         Read the [pitch phase](packages/outside-design/docs/pitch-phase.md) first.\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "skills/create-implementation-plan/SKILL.md",
            7,
            10,
            "skills/create-implementation-plan/packages/outside-design/docs/pitch-phase.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a skill that writes documents shows the links it
// puts in them (masyl/outside's `skills/create-delivery-folder/SKILL.md`:
// "links to [Pitch](./pitch.md), [Roadmap](./roadmap.md)", the files of each
// delivery folder it creates: 8 findings judged false) ---

/// A monorepo whose deliveries (`deliveries`, one folder each) hold a
/// `pitch.md` and a `roadmap.md`, with a document at `doc` holding `body`.
fn deliveries(folders: &[&str], doc: &str, body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Outside\n");
    for f in folders {
        repo.write(
            &format!("packages/outside-design/docs/deliveries/{f}/pitch.md"),
            "# Pitch\n",
        )
        .write(
            &format!("packages/outside-design/docs/deliveries/{f}/roadmap.md"),
            "# Roadmap\n\n- [ ] Phase 1\n",
        );
    }
    repo.write(doc, body).commit_all();
    repo
}

const WRITER: &str = "---\nname: create-delivery-folder\ndescription: Create a delivery folder.\n---\n\n\
# Create delivery folder\n\n\
- **README.md**: links to [Pitch](./pitch.md), [Roadmap](roadmap.md) and [Reference](./reference.md).\n";

#[test]
fn a_skill_shows_the_links_of_the_documents_it_writes() {
    let run = deliveries(
        &["2026-01-23-urge", "2026-02-01-floor"],
        "skills/create-delivery-folder/SKILL.md",
        WRITER,
    )
    .check(&[]);
    // `reference.md` is no file of any delivery: the skill's own file, never
    // committed.
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "skills/create-delivery-folder/SKILL.md",
            8,
            74,
            "skills/create-delivery-folder/reference.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: with one delivery only, the name is one file kept elsewhere, and
/// outside a skill the same links are dead: both reported.
#[test]
fn an_output_name_of_one_file_or_outside_a_skill_is_reported() {
    let run = deliveries(
        &["2026-01-23-urge"],
        "skills/create-delivery-folder/SKILL.md",
        WRITER,
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"])
            .iter()
            .map(|f| f.4.clone())
            .collect::<Vec<_>>(),
        vec![
            "skills/create-delivery-folder/pitch.md".to_string(),
            "skills/create-delivery-folder/roadmap.md".to_string(),
            "skills/create-delivery-folder/reference.md".to_string(),
        ],
        "\n{}",
        run.dump()
    );
    let run = deliveries(
        &["2026-01-23-urge", "2026-02-01-floor"],
        "guides/create-delivery-folder/GUIDE.md",
        WRITER,
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]).len(),
        3,
        "\n{}",
        run.dump()
    );
}
