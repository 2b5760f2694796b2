//! Links to a coding agent's memory on the author's machine. Claude Code
//! keeps each project's memory outside the repository, in
//! `~/.claude/projects/<folder>/memory/`, the folder named after the
//! project's absolute path with its separators turned into `-`
//! (`C--Users-me-Desktop-Game` for `C:\Users\me\Desktop\Game`,
//! `-Users-me-code-app` for `/Users/me/code/app`). Handoff notes, skills and
//! reports the agent writes link its notes there on purpose, as its own
//! cross-references: `[feedback_agent_illuminator_workflow.md](~/.claude/projects/C--Users-edusc-Desktop-gioco-Game/memory/feedback_agent_illuminator_workflow.md)`,
//! also written climbing out of the checkout
//! (`../../../.claude/projects/C--Users-VGit-Desktop-Game/memory/x.md`) or
//! from the project folder's name alone
//! (`../../C--Users-VGit-Desktop-Game/memory/x.md`). Survey 56a,
//! MasterDD-L34D/Game: 20 such links, all judged false; the same form
//! stands in a dozen other repositories. Nobody can commit those notes into
//! the repository (they are the agent's, per user and per machine), and the
//! link is right for the one reader it is meant for: a missing or outside
//! target is no finding there.
//!
//! A link names such a memory when its path holds `.claude/projects/`, a
//! folder, then `memory` (from `~/`, from a home folder, or climbing out of
//! the repository), or a folder named as a project folder is (a drive letter
//! and `--`, `C--Users-…`; or `-` and a home root, `-Users-…`, `-home-…`)
//! directly over `memory`. A link into the repository's own `.claude/`
//! (`.claude/agents/reviewer.md`), a `memory/` folder of another name
//! (`docs/memory/notes.md`), and another path in the author's home
//! (`~/notes/plan.md`) are judged.

/// Whether link target `written` names a note of a coding agent's memory on
/// the author's machine (see the module).
pub fn names_agent_memory(written: &str) -> bool {
    let path = written.split(['#', '?']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments.iter().enumerate().any(|(i, seg)| {
        if *seg != "memory" || i == 0 {
            return false;
        }
        let under_projects =
            i >= 3 && segments[i - 2] == "projects" && segments[i - 3] == ".claude";
        under_projects || project_folder(segments[i - 1])
    })
}

/// Whether a folder name is one Claude Code gives a project: its absolute
/// path with separators as `-`, on Windows a drive letter then `--`
/// (`C--Users-me-Desktop-Game`, `D--code-SciForge`), elsewhere `-` then the
/// home root (`-Users-me-app`, `-home-me-app`).
fn project_folder(name: &str) -> bool {
    let b = name.as_bytes();
    let drive = b.len() > 3 && b[0].is_ascii_alphabetic() && b[1] == b'-' && b[2] == b'-';
    let home = ["-Users-", "-home-", "-root-"]
        .iter()
        .any(|p| name.starts_with(p) && name.len() > p.len());
    drive || home
}

#[cfg(test)]
mod tests {
    use super::names_agent_memory;

    #[test]
    fn memory_paths() {
        for w in [
            "~/.claude/projects/C--Users-me-Desktop-Game/memory/feedback_x.md",
            "~/.claude/projects/.../memory/project_session.md",
            "~/.claude/projects/-Users-me-app/memory/MEMORY.md#top",
            "../../../.claude/projects/C--Users-me-Game/memory/x.md",
            "../../C--Users-me-Desktop-Game/memory/reference_x.md",
            "/Users/me/.claude/projects/-Users-me-app/memory/x.md",
        ] {
            assert!(names_agent_memory(w), "{w}");
        }
        for w in [
            ".claude/agents/reviewer.md",
            "docs/memory/notes.md",
            "~/notes/plan.md",
            "memory/x.md",
            "../C-/memory/x.md",
            "~/.claude/settings.json",
        ] {
            assert!(!names_agent_memory(w), "{w}");
        }
    }
}
