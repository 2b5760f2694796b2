//! Survey 65a: plans, architecture notes and agent files written by coding
//! agents that cite code by line (`【F:path†L10-L20】`, `path.py:120`):
//! MontrealAI/AGIJobsv0, informalTechCode/TAPLINKX3,
//! gevans3000/btc-laptop-agents, Lost-Rabbit-Digital/The_Voxel_Project,
//! fermga/TNFR-Python-Engine. False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a GitHub Copilot custom agent's profile in `.github/agents/` is read
// by the agent from the workspace root, as `.github/copilot-instructions.md`
// is (TNFR-Python-Engine's `.github/agents/my-agent.md`, a copy of its root
// `AGENTS.md`: 50 links written from the root, reported as one finding,
// judged false) ---

/// An agent file at `path` linking `theory/README.md` and `examples/README.md`
/// from the repository root, and `guides/gone.md`, which is nowhere.
fn agent_profile(path: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# TNFR\n")
        .write("theory/README.md", "# Theory\n")
        .write("examples/README.md", "# Examples\n")
        .write(
            path,
            "---\nname: tnfr\ndescription: TNFR agent\n---\n\n# TNFR agent\n\n\
             Histories live under [theory/](theory/README.md) and\n\
             [examples/](examples/README.md); see [the guide](guides/gone.md).\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_copilot_agent_profile_links_from_the_repository_root() {
    let run = agent_profile(".github/agents/my-agent.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            ".github/agents/my-agent.md",
            9,
            38,
            ".github/agents/guides/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same page in a folder no agent reads (`.github/guides/`) is read
/// GitHub's way, from its folder: every link is dead there.
#[test]
fn the_same_page_outside_the_agents_folder_is_read_from_its_folder() {
    let run = agent_profile(".github/guides/my-agent.md").check(&[]);
    let page = ".github/guides/my-agent.md";
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                page,
                8,
                22,
                ".github/guides/theory/README.md"
            ),
            t(
                "link/missing-path",
                page,
                9,
                1,
                ".github/guides/examples/README.md"
            ),
            t(
                "link/missing-path",
                page,
                9,
                38,
                ".github/guides/guides/gone.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
