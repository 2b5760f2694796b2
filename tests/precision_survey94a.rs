//! Survey 94a: Japanese- and Korean-language project documents written by
//! coding agents (round 3: a BIM ontology's plans, a PlantUML studio's
//! Obsidian-kept specs). Each false or mis-worded pattern found there stands
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

/// Checks `file` holding `doc`: its `table/column-count` findings are
/// exactly at `lines` (column 1), each message starting with `message`.
#[track_caller]
fn assert_tables(file: &str, doc: &str, lines: &[u64], message: &str) {
    let repo = Repo::new();
    repo.write(file, doc).commit_all();
    let run = repo.check(&[]);
    let expected: Vec<_> = lines
        .iter()
        .map(|&line| t("table/column-count", file, line, 1, ""))
        .collect();
    assert_eq!(run.findings_of(&["table/"]), expected, "\n{}", run.dump());
    for d in run.diagnostics_of(&["table/column-count"]) {
        let said = d["message"].as_str().unwrap_or("");
        assert!(said.starts_with(message), "\n{}", run.dump());
    }
}

// --- a table whose cells hold a horizontal rule character (a `════` sample
// of a divider, `═══divider` in a change log) is a table, not a drawing:
// its row that loses text to a `|||` code span is reported as a row
// (yoshiwo3/PlantUML2_Opus4.5's sequence-diagram spec, 2 findings whose
// help said to fence a drawing) ---

const SPEC: &str = concat!(
    "# Dividers\n",
    "\n",
    "| Type | Syntax | Look |\n",
    "|------|--------|:----:|\n",
    "| Divider | `== label ==` | ════ |\n",
    "| Space | `|||` | blank |\n",
    "\n",
    "## Change log\n",
    "\n",
    "| Date | Version | Notes |\n",
    "|------|---------|-------|\n",
    "| 2026-01-01 | v3.17 | Added 📝note and ═══divider |\n",
    "| 2026-01-03 | v3.24 | Escaped the `|||` spacer |\n",
);

#[test]
fn a_horizontal_rule_character_in_a_tables_cell_is_no_drawing() {
    assert_tables(
        "docs/spec.md",
        SPEC,
        &[6, 13],
        "row has 6 cells but the header has 3: GitHub drops the last 3",
    );
}

/// Twin: the same rows framed as a box (`╔═══╗` corners above the header, a
/// `╠═══╣` junction among the rows) are a drawing, one finding whose help is
/// a code fence.
const BOX: &str = concat!(
    "# Editor\n",
    "\n",
    "╔══════════════════╗\n",
    "| Editor           |\n",
    "|------------------|\n",
    "| Code | Preview   |\n",
    "╚══════════════════╝\n",
    "\n",
    "| Panel            |\n",
    "|------------------|\n",
    "╠══════════════════╣\n",
    "| GUI | AI chat    |\n",
);

#[test]
fn a_box_framed_with_corners_and_junctions_stays_a_drawing() {
    assert_tables(
        "docs/editor.md",
        BOX,
        &[6, 12],
        "these lines look like a drawing (box art), but GitHub renders them as a table of 1 column",
    );
}
