//! Survey s117c: agent-written product repositories (Next.js, Supabase,
//! FastAPI) with PRD, roadmap and sprint documents (klapom/AEGIS_Rag, a
//! FastAPI and React RAG system with a hundred sprint plans and a metrics
//! journey log; nicholastickle/the-project-machine, famgala/FantasyF1_BE,
//! fm-dev-mx/cej-landing, adnanmunye1/propertym). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a dated entry of a section kept as a log (AEGIS_Rag's
// `docs/ragas/RAGAS_JOURNEY.md`: `## Experiment Log` over `### Experiment
// #4: … (2026-01-09)`, `## Journey Log` over `### 2026-01-09 | Sprint 81:
// …`, each citing the config lines of its day: 6 sampled shifted findings
// judged false) ---

/// A Python module; the journey cites its line 6.
const CONFIG: &str = "\"\"\"Settings.\"\"\"\n\nimport os\n\n\nreranker_enabled = True\n";

/// The module after three lines were added above the cited one.
const CONFIG_MOVED: &str = "\"\"\"Settings.\"\"\"\n\nimport os\n\nhops = 2\nlimit = 10\ntimeout = 30\n\nreranker_enabled = True\n";

/// A journey document whose `section` (its headings) ends in a line citing
/// the module; committed, then lines are inserted above the cited one.
fn journey(section: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/config.py", CONFIG).write(
        "docs/RAGAS_JOURNEY.md",
        format!(
            "# RAGAS Journey - Continuous Metrics Optimization\n\n{section}\n\n- `reranker_enabled=True` in `src/config.py:6`\n"
        ),
    );
    repo.commit_on("2026-01-09");
    repo.write("src/config.py", CONFIG_MOVED)
        .commit_on("2026-01-20");
    repo
}

#[test]
fn a_dated_entry_of_a_log_section_keeps_its_numbers() {
    for section in [
        "## Experiment Log\n\n### Experiment #4: Cross-Encoder Reranking (2026-01-09)",
        "## Journey Log\n\n### 2026-01-09 | Sprint 81: Truncation Bug Fix\n\n#### Files Changed",
    ] {
        let run = journey(section).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{section}\n{}",
            run.dump()
        );
    }
}

/// Twin: an undated section under a log heading (a living description of
/// the current defaults), and a dated section under a heading that names no
/// log, are judged: the moved line is reported.
#[test]
fn an_undated_section_of_a_log_or_a_dated_plan_is_judged() {
    for (section, line) in [
        ("## Experiment Log\n\n### Current Defaults", 7),
        ("## Optimization Roadmap\n\n### Sprint 81 (2026-01-09)", 7),
        ("## Catalog\n\n### 2026-01-09 | Sprint 81", 7),
    ] {
        let run = journey(section).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t(
                "citation/shifted",
                "docs/RAGAS_JOURNEY.md",
                line,
                30,
                "src/config.py"
            )],
            "{section}\n{}",
            run.dump()
        );
    }
}

// --- a line of inline code in a Markdown example (AEGIS_Rag's
// `docs/guides/SKILL_MANAGEMENT_GUIDE.md`: a ` ```markdown ` list of the
// syntax an editor supports ends in ` ```code block``` `, then the
// example's closing fence; 1 finding judged false) ---

/// A guide whose ` ```markdown ` example holds `line` before its closing
/// fence, then prose, then a bare-fenced block holding a list.
fn guide(line: &str) -> String {
    format!(
        "# Skill Guide\n\n**Supported markdown:**\n```markdown\n# Heading 1\n- Bullet list\n\n{line}\n```\n\n**Tips:**\n- Use clear headings\n\n```\n1. Document current config\n2. Save and test\n```\n\n## Next\n\n- [ ] Review the guide.\n"
    )
}

#[test]
fn inline_code_in_an_example_is_not_a_fence() {
    let repo = Repo::new();
    repo.write("guide.md", guide("```code block```"))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a real fence nested in the example (` ```python ` opening a block
/// its bare fence closes) closes the example early, and its own closing
/// fence then opens a block that hides the list: reported.
#[test]
fn a_fence_nested_in_an_example_is_reported() {
    let repo = Repo::new();
    repo.write("guide.md", guide("```python\nprint(1)\n```"))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![t("document/unclosed-fence", "guide.md", 4, 1, "")],
        "\n{}",
        run.dump()
    );
}

// --- a `- **Files Modified:**` item of a feature under `### Completed
// Features`, in a master sprint plan whose later sprints' template items
// are open (AEGIS_Rag's `docs/sprints/SPRINT_PLAN.md`, `**Feature 92.15:
// Sparse Results Count Fix ✅**` over `  - `vector_search_agent.py:119-125`
// - Metadata dict mapping`: 5 sampled shifted findings judged false) ---

/// A sprint plan whose section `heading` records a feature and its files
/// under `label`, with an open item of a later sprint; committed, then lines
/// are inserted above the cited one.
fn sprint_plan(heading: &str, label: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/config.py", CONFIG).write(
        "docs/SPRINT_PLAN.md",
        format!(
            "# Sprint Plan\n\n## Sprint 92\n\n{heading}\n\n**Feature 92.15: Reranker Default ✅**\n- **Solution:** Turned the reranker on\n- **{label}**\n  - `src/config.py:6` - Default switch\n\n## Sprint 93\n\n- [ ] All endpoints documented\n"
        ),
    );
    repo.commit_on("2026-01-09");
    repo.write("src/config.py", CONFIG_MOVED)
        .commit_on("2026-01-20");
    repo
}

#[test]
fn files_modified_of_a_completed_feature_keep_their_numbers() {
    for heading in ["### Completed Features", "### ✅ Completed Work"] {
        let run = sprint_plan(heading, "Files Modified:").check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{heading}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same list under a heading that says nothing of completion, or
/// led by `Files to Modify:` (work to come), in the plan with an open item,
/// is judged: the moved line is reported.
#[test]
fn files_of_open_work_are_judged() {
    for (heading, label) in [
        ("### In Progress", "Files Modified:"),
        ("### Completed Features", "Files to Modify:"),
    ] {
        let run = sprint_plan(heading, label).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t(
                "citation/shifted",
                "docs/SPRINT_PLAN.md",
                10,
                5,
                "src/config.py"
            )],
            "{heading} {label}\n{}",
            run.dump()
        );
    }
}
