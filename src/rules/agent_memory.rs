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
//!
//! So is any link into Claude Code's folder in the author's home
//! (`~/.claude/`, `/Users/me/.claude/`): the user's own instructions, rules,
//! skills and docs that the agent reads in every project
//! (`[チケット管理ガイド](~/.claude/docs/tickets/README.md)` atop each
//! ticket, `[code-style.md](~/.claude/rules/code-style.md)`,
//! `[Rust Skills](~/.claude/skills/rust-skills)`). Survey 59c,
//! KentaKatayama999/DocumentFileManager: 6 such links, all judged false; the
//! form stands in many repositories written with Claude Code. They are the
//! user's, not the project's, and right for the agent they are written for;
//! a link into the repository's own `.claude/`, or climbing out of the
//! checkout to a `.claude/` folder (`../../.claude/rules/x.md`), is judged.

/// Whether link target `written` names a note of a coding agent's memory on
/// the author's machine (see the module).
pub fn names_agent_memory(written: &str) -> bool {
    let path = written.split(['#', '?']).next().unwrap_or("");
    if in_home_agent_folder(path) {
        return true;
    }
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

/// Whether `path` names a file in Claude Code's folder of the author's home:
/// `~/.claude/…`, `$HOME/.claude/…`, or an absolute home folder's
/// (`/Users/me/.claude/…`, `/home/me/.claude/…`, `/root/.claude/…`,
/// `C:/Users/me/.claude/…`).
fn in_home_agent_folder(path: &str) -> bool {
    let path = path.replace('\\', "/");
    let segments: Vec<&str> = path.split('/').collect();
    let claude_at = |i: usize| segments.get(i) == Some(&".claude") && segments.len() > i + 1;
    match segments.as_slice() {
        ["~" | "$HOME" | "${HOME}", ..] => claude_at(1),
        ["", "root", ..] => claude_at(2),
        ["", "Users" | "home", user, ..] if !user.is_empty() => claude_at(3),
        [drive, "Users", user, ..]
            if drive.len() == 2 && drive.ends_with(':') && !user.is_empty() =>
        {
            claude_at(3)
        }
        _ => false,
    }
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
            "~/.claude/settings.json",
            "~/.claude/docs/tickets/README.md",
            "~/.claude/rules/code-style.md#naming",
            "/home/me/.claude/skills/rust-skills",
            "/root/.claude/CLAUDE.md",
            "C:/Users/me/.claude/agents/x.md",
            "C:\\Users\\me\\.claude\\agents\\x.md",
        ] {
            assert!(names_agent_memory(w), "{w}");
        }
        for w in [
            ".claude/agents/reviewer.md",
            "docs/memory/notes.md",
            "~/notes/plan.md",
            "memory/x.md",
            "../C-/memory/x.md",
            "../../.claude/rules/x.md",
            "~/.claude",
            "~/notes/.claude/x.md",
            "/Users/me/projects/.claude/x.md",
            "docs/.claude/x.md",
        ] {
            assert!(!names_agent_memory(w), "{w}");
        }
    }
}
