//! Patterns of the twenty-first survey (JochenWeerda/VALEO-NeuroERP,
//! grimm00/dev-infra, lvjshlcxcn/ipd-requirements-system,
//! amirgulubayli/opensheath): a vendored Roo Code SPARC scaffold, a German
//! generator stamp, a tool-managed region of `CLAUDE.md`, documents pasted
//! into a notes' `examples/` folder, a wildcard link target, a dot-folder
//! link written from the root, links into a sibling checkout of the author's
//! workspace, and UTF-16 files. Each false positive beside its true twin,
//! exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// VALEO's `.roo/` is the scaffold `npx create-sparc init` writes
/// (`rules-sparc/`, `.roomodes`, `mcp.json`): upstream's documents, whose
/// README links `rules-mcp/github.md` that upstream never ships. Twins:
/// dev-infra's own `.cursor/commands/` and a `.roo/` without the SPARC marks
/// are the repository's and checked.
#[test]
fn the_roo_sparc_scaffold_is_vendored_but_other_agent_folders_are_checked() {
    let repo = Repo::new();
    repo.write(".roomodes", "{\"customModes\": []}\n")
        .write(".roo/mcp.json", "{}\n")
        .write(".roo/rules-sparc/rules.md", "# SPARC\n")
        .write(".roo/rules-mcp/rules.md", "# MCP\n")
        .write(
            ".roo/README.md",
            "# Roo Modes and MCP Integration Guide\n\n- [GitHub](./rules-mcp/github.md)\n",
        )
        .write(
            ".cursor/commands/pr.md",
            "# PR\n\nSee [the workflow](../../docs/workflow.md).\n",
        )
        .write(
            "app/.roo/rules/rules.md",
            "# Rules\n\nSee [style](style.md).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                ".cursor/commands/pr.md",
                3,
                5,
                "docs/workflow.md"
            ),
            t(
                "link/missing-path",
                "app/.roo/rules/rules.md",
                3,
                5,
                "app/.roo/rules/style.md"
            ),
        ],
        "{}",
        run.dump()
    );
}

/// VALEO's `memory-bank/todo.md` says `Automatisch aktualisiert durch
/// RAG-System am …` ("automatically updated by the RAG system"): a generated
/// document, fixed in its generator. Twin: a script's report stamped
/// `Erstellt am:` ("created on") is no generator's stamp, and its mojibake is
/// reported.
#[test]
fn a_german_generator_stamp_makes_a_generated_document_a_date_stamp_does_not() {
    let repo = Repo::new();
    repo.write(
        "memory-bank/todo.md",
        "# Entwicklungs-TODOs\n\nAutomatisch aktualisiert durch RAG-System am 2025-06-26 19:02:34\n\n\
         #### ToDo: Integration der Datenfelder f\u{c3}\u{bc}r KI-ERP\n",
    )
    .write(
        "reports/reflection_P1.md",
        "# Reflexion P1\n\nErstellt am: 2025-06-30 17:17:50\n\nN\u{c3}\u{a4}chste Schritte\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("encoding/mojibake", "reports/reflection_P1.md", 5, 2, "")],
        "{}",
        run.dump()
    );
}

/// lvjshlcxcn's `.claude/CLAUDE.md` is oh-my-claudecode's block between
/// `<!-- OMC:START -->` and `<!-- OMC:END -->`, which its installer rewrites:
/// its links are the plugin's. Twins: a link below the block, and a stale
/// anchor of a doctoc table of contents (generated from this document).
#[test]
fn a_tool_managed_region_is_left_alone_but_the_rest_is_checked() {
    let repo = Repo::new();
    repo.write(
        ".claude/CLAUDE.md",
        "<!-- OMC:START -->\n# oh-my-claudecode\n\n- [Part 4](#part-4-shared-documentation)\n\
         - [Agent Tiers](./shared/agent-tiers.md)\n<!-- OMC:END -->\n\n## Project rules\n\n\
         See [notes](./project-notes.md).\n",
    )
    .write(
        "docs/guide.md",
        "# Guide\n\n<!-- START doctoc generated TOC please keep comment here to allow auto update -->\n\
         - [Setup](#setup)\n<!-- END doctoc generated TOC please keep comment here to allow auto update -->\n\n\
         ## Install\n\n<!-- BEGIN notes -->\nSee [gone](gone.md).\n<!-- END notes -->\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                ".claude/CLAUDE.md",
                10,
                5,
                ".claude/project-notes.md"
            ),
            t(
                "link/missing-anchor",
                "docs/guide.md",
                4,
                3,
                "docs/guide.md#setup"
            ),
            t("link/missing-path", "docs/guide.md", 10, 5, "docs/gone.md"),
        ],
        "{}",
        run.dump()
    );
}

/// dev-infra's `admin/notes/examples/PROJECT-STRUCTURE.md` is Pokehub's
/// document kept as a model: its links are Pokehub's. Twins: the notes' own
/// hub, the examples folder's README, a repository's `examples/app/README.md`
/// and a site's `docs/examples/` page are maintained.
#[test]
fn documents_kept_as_models_in_notes_examples_are_samples() {
    let repo = Repo::new();
    repo.write(
        "admin/notes/examples/PROJECT-STRUCTURE.md",
        "# Pokehub Project Structure\n\n- [Backend Guide](../backend/README.md)\n",
    )
    .write(
        "admin/notes/examples/README.md",
        "# Examples\n\n- [Index](index-of-examples.md)\n",
    )
    .write(
        "admin/notes/README.md",
        "# Notes Hub\n\n- [Missing](missing-guide.md)\n- [Real Project Examples](examples/)\n",
    )
    .write(
        "examples/app/README.md",
        "# App\n\nSee [config](config.md).\n",
    )
    .write(
        "docs/examples/basic.md",
        "# Basic\n\nSee [api](../api.md).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "admin/notes/README.md",
                3,
                3,
                "admin/notes/missing-guide.md"
            ),
            t(
                "link/missing-path",
                "admin/notes/examples/README.md",
                3,
                3,
                "admin/notes/examples/index-of-examples.md"
            ),
            t(
                "link/missing-path",
                "docs/examples/basic.md",
                3,
                5,
                "docs/api.md"
            ),
            t(
                "link/missing-path",
                "examples/app/README.md",
                3,
                5,
                "examples/app/config.md"
            ),
        ],
        "{}",
        run.dump()
    );
}

/// dev-infra's research hubs list `[Research Documents](research-*.md)`:
/// the files beside the hub, not a path. Twins: a misspelled file, and a
/// wildcard that matches nothing.
#[test]
fn a_wildcard_target_that_matches_files_is_silent() {
    let repo = Repo::new();
    repo.write("research/research-a.md", "# A\n")
        .write("research/research-b.md", "# B\n")
        .write(
            "research/README.md",
            "# Research Hub\n\n- [Research Documents](research-*.md)\n\
             - [Summary](research-summary.md)\n- [Notes](notes-*.md)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "research/README.md",
                4,
                3,
                "research/research-summary.md"
            ),
            t(
                "link/missing-path",
                "research/README.md",
                5,
                3,
                "research/notes-*.md"
            ),
        ],
        "{}",
        run.dump()
    );
}

/// opensheath's checklist writes all its links from the repository root,
/// `.github/workflows/ci.yml` among them: one problem, one finding, which
/// counts the dot-folder's link too.
#[test]
fn a_root_written_link_into_a_dot_folder_joins_the_group() {
    let repo = Repo::new();
    for f in [
        "package.json",
        "scripts/a.mjs",
        "scripts/b.mjs",
        "packages/a/index.ts",
        "README.md",
        ".github/workflows/ci.yml",
    ] {
        repo.write(f, "x\n");
    }
    repo.write(
        "docs/exec/checklist.md",
        "# Checklist\n\n- [x] Monorepo. Evidence: [package.json](package.json)\n\
         - [x] A. Evidence: [a](scripts/a.mjs)\n- [x] B. Evidence: [b](scripts/b.mjs)\n\
         - [x] C. Evidence: [c](packages/a/index.ts)\n- [x] D. Evidence: [readme](README.md)\n\n\
         - [x] CI. Evidence: [ci](.github/workflows/ci.yml)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/exec/checklist.md",
            3,
            27,
            "docs/exec/package.json"
        )],
        "{}",
        run.dump()
    );
    let d = &run.diagnostics()[0];
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("5 more links of this document are written from the repository root"),
        "{}",
        run.dump()
    );
}

/// dev-infra's ADRs link `../../../../work-prod/backend/openapi.yaml`: a
/// sibling checkout of the author's workspace, climbing exactly to the
/// repository's parent. Twins: one `../` too many to a folder at the root
/// (`backend/`), a path that is in this tree under another folder
/// (`admin/decisions/`), a single file beside the repository, and a climb
/// two levels above the root.
#[test]
fn a_link_into_a_sibling_checkout_is_silent_but_wrong_climbs_are_reported() {
    let repo = Repo::new();
    repo.write("backend/README.md", "# Backend\n")
        .write("admin/decisions/wf/adr-002.md", "# ADR-002\n")
        .write(
            "docs/adr/adr-001.md",
            "# ADR-001\n\n- Source: [openapi.yaml](../../../work-prod/backend/openapi.yaml)\n\
             - Backend: [README](../../../backend/README.md)\n\
             - Decision: [ADR-002](../../../decisions/wf/adr-002.md)\n\
             - Plan: [plan](../../../PLAN.md)\n\
             - Far: [far](../../../../other/x.md)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    let outside = |line, column, target| {
        t(
            "path/outside-repo",
            "docs/adr/adr-001.md",
            line,
            column,
            target,
        )
    };
    assert_eq!(
        run.findings(),
        vec![
            outside(4, 12, "../../../backend/README.md"),
            outside(5, 13, "../../../decisions/wf/adr-002.md"),
            outside(6, 9, "../../../PLAN.md"),
            outside(7, 8, "../../../../other/x.md"),
        ],
        "{}",
        run.dump()
    );
}

/// VALEO's PowerShell-written `changelog_v1_1.md` is UTF-16 with a
/// byte-order mark: the finding says so and gives the command that reads it,
/// not "binary" and Windows-1252.
#[test]
fn a_utf16_file_is_named_utf16_with_the_command_that_converts_it() {
    let repo = Repo::new();
    let mut marked = vec![0xFF, 0xFE];
    marked.extend(
        "# Changelog v1.1\r\n\r\n- Neu\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    repo.write("scripts/changelog_v1_1.md", marked)
        .write("notes.md", b"# Notes\n\ncaf\xe9\n".as_slice())
        .commit_all();
    let run = repo.check(&[]);
    let diags = run.diagnostics_of(&["encoding/invalid-utf8"]);
    assert_eq!(diags.len(), 2, "{}", run.dump());
    let by_file = |f: &str| {
        diags
            .iter()
            .find(|d| d["file"] == f)
            .unwrap_or_else(|| panic!("{f}: {}", run.dump()))
    };
    let utf16 = by_file("scripts/changelog_v1_1.md");
    assert_eq!(
        utf16["message"],
        "file is UTF-16 (little-endian, with a byte-order mark), not UTF-8: byte 0xFF at offset 0; the file was skipped"
    );
    assert!(
        utf16["help"]
            .as_str()
            .unwrap()
            .contains("`iconv -f UTF-16 -t UTF-8`"),
        "{}",
        run.dump()
    );
    // Windows-1252 text keeps its help.
    let latin = by_file("notes.md");
    assert!(
        latin["help"]
            .as_str()
            .unwrap()
            .contains("`iconv -f WINDOWS-1252 -t UTF-8`"),
        "{}",
        run.dump()
    );
}
