//! A coding agent's instruction file, kept in the agent's folder at the
//! repository root (`.cursor/claude.md`, `.cursor/rules/*.md`,
//! `.claude/CLAUDE.md`, `.windsurf/rules/`, `.github/copilot-instructions.md`):
//! the agent reads it as raw text with the workspace root as its folder, so
//! its links name files from the root (`[LLM Integration](.agent/llm.md)`,
//! `[Follow Rules](.cursor/rules/follow.mdc)` in JustineDevs/Hyperkit-Agent's
//! `.cursor/claude.md`: survey 51a, 13 links judged false, reported as one
//! finding). Nobody reads it rendered on GitHub, where those links would be
//! read from `.cursor/`. So is a GitHub Copilot custom agent's profile in
//! `.github/agents/` (`my-agent.md`, `reviewer.agent.md`): Copilot loads it as
//! the agent's instructions in a workspace opened at the root
//! (fermga/TNFR-Python-Engine's `.github/agents/my-agent.md`, a copy of its
//! root `AGENTS.md` linking `theory/README.md`: survey 65a, 50 links judged
//! false, reported as one finding). A link that names no file from the root
//! either is still reported.

/// The folders, at the repository root, of coding agents that read their
/// instruction files from the workspace root.
const AGENT_FOLDERS: &[&str] = &[
    ".cursor",
    ".claude",
    ".windsurf",
    ".clinerules",
    ".kiro",
    ".roo",
    ".gemini",
    ".codex",
    ".amazonq",
];

/// Whether `path` (repository-relative) is an agent's instruction file read
/// from the workspace root: see the module doc. A README of the folder is
/// the page GitHub shows for it, and is not one.
pub fn reads_from_root(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    if name == "readme.md" {
        return false;
    }
    if lower == ".github/copilot-instructions.md"
        || lower.starts_with(".github/instructions/")
        || lower.starts_with(".github/agents/")
    {
        return true;
    }
    lower
        .split_once('/')
        .is_some_and(|(first, _)| AGENT_FOLDERS.contains(&first))
}

/// Whether `path` (repository-relative) is a coding agent's prompt file: a
/// reusable prompt that VS Code's Copilot runs as a slash command in the
/// workspace it is opened in (`*.prompt.md`, kept in `.github/prompts/`;
/// spec-kit installs `speckit.plan.prompt.md` and its siblings there). A
/// prompt tells the agent which files of that project to read and write
/// (`Create (or update): [repository map](../../docs/architecture/repository-map.md)`
/// in stefaniuk/promptfiles-copilot's `architecture.01-repository-map.prompt.md`,
/// a prompt library copied into other repositories: survey s111b), so its
/// links into the project name files the agent is to make. A README of the
/// folder is the page GitHub shows for it, and is not one.
pub fn prompt_file(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    if name == "readme.md" {
        return false;
    }
    name.ends_with(".prompt.md") || lower.starts_with(".github/prompts/")
}

/// Whether `target` (repository-relative), a link target of a prompt file,
/// names a file of the project the prompt works on: a path outside the
/// hidden folders where the prompt library keeps its own files (`.github/`,
/// `.specify/`, `.claude/`, …), whose links are the library's own wiring.
pub fn names_project_file(target: &str) -> bool {
    let first = target
        .trim_start_matches("./")
        .split('/')
        .next()
        .unwrap_or("");
    !first.is_empty() && !first.starts_with('.')
}

/// Whether `line`, the line a link of an agent's instruction file stands on,
/// shows how to write a link rather than linking: after a list marker, its
/// text opens with the label `Example:` (`- Example: [prisma.md](.windsurf/rules/prisma.md)
/// for rule references`, in the rule-writing guide Task Master installs into
/// each agent's folder, `.windsurf/rules/windsurf_rules.md`,
/// `.github/instructions/vscode_rules.md`: survey 57b, choisimo/fix_jb-project,
/// 2 findings judged false). The caller also asks that git history never held
/// the target: an example names a file nobody made.
pub fn example_line(line: &str) -> bool {
    let text = line
        .trim_start_matches(['>', ' ', '\t'])
        .trim_start_matches(['-', '*', '+'])
        .trim_start();
    text.split_once(':').is_some_and(|(label, _)| {
        label
            .trim_matches(['*', '_', ' ', '\t'])
            .eq_ignore_ascii_case("example")
    })
}

#[cfg(test)]
mod tests {
    use super::{example_line, names_project_file, prompt_file, reads_from_root};

    #[test]
    fn lines_that_show_a_link() {
        assert!(example_line(
            "  - Example: [prisma.md](.windsurf/rules/prisma.md) for rule references"
        ));
        assert!(example_line("- **Example:** [a](b.md)"));
        assert!(!example_line(
            "- See [prisma.md](.windsurf/rules/prisma.md)"
        ));
        assert!(!example_line("- Examples of rules: [a](b.md)"));
        assert!(!example_line("- [Example: a](b.md)"));
    }

    #[test]
    fn agent_folders_at_the_root() {
        assert!(reads_from_root(".cursor/claude.md"));
        assert!(reads_from_root(".cursor/rules/follow.md"));
        assert!(reads_from_root(".claude/commands/plan.md"));
        assert!(reads_from_root(".github/copilot-instructions.md"));
        assert!(reads_from_root(".github/agents/reviewer.agent.md"));
        assert!(!reads_from_root(".github/agents/README.md"));
        assert!(!reads_from_root(".github/ISSUE_TEMPLATE/bug.md"));
        assert!(!reads_from_root(".cursor/README.md"));
        assert!(!reads_from_root("docs/.cursor/claude.md"));
        assert!(!reads_from_root(".github/workflows/README.md"));
        assert!(!reads_from_root("docs/guide.md"));
    }

    #[test]
    fn prompt_files() {
        assert!(prompt_file(
            ".github/prompts/architecture.01-repository-map.prompt.md"
        ));
        assert!(prompt_file("prompts/review.prompt.md"));
        assert!(prompt_file(".github/prompts/plan.md"));
        assert!(!prompt_file(".github/prompts/README.md"));
        assert!(!prompt_file(".github/instructions/go.instructions.md"));
        assert!(!prompt_file("docs/prompts/setup.md"));
        assert!(names_project_file("docs/architecture/README.md"));
        assert!(!names_project_file(
            ".github/instructions/includes/x.include.md"
        ));
        assert!(!names_project_file(".specify/memory/constitution.md"));
    }
}
