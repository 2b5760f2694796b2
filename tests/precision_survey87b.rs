//! Survey 87b: documents that cite code with Codex-style citations
//! `【F:path†L10-L20】`, round 3 (JFlutter, Memosyne, rhdl, starbase). False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, lines, t};

// --- a project nested in the repository, its documents citing from the
// project's folder (starbase: `ai-roomchat/starbase/ai-roomchat/docs/*.md`
// citing `pages/rooms/[id].js`, the project moved two folders down; 958
// citations reported missing, 30 of 30 sampled judged false) ---

/// The project in `app/web/`, its plan in `app/web/docs/` citing `cited`.
fn nested_project(cited: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Monorepo\n")
        .write("app/web/package.json", "{}\n")
        .write("app/web/pages/rooms/index.js", lines(5))
        .write(
            "app/web/docs/plan.md",
            format!("# Plan\n\nRooms load first.{cited}\n"),
        )
        .commit_all();
    repo
}

#[test]
fn a_nested_projects_document_cites_from_the_projects_folder() {
    let run = nested_project("【F:pages/rooms/index.js†L1-L3】【F:pages/rooms/index.js†L4-L9】")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/line-range",
            "app/web/docs/plan.md",
            3,
            48,
            "app/web/pages/rooms/index.js"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a path found neither at the root, nor in the document's folder,
/// nor in any folder above it is reported missing.
#[test]
fn a_nested_projects_document_citing_no_file_is_reported() {
    let run = nested_project("【F:pages/rooms/gone.js†L1-L3】").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/missing-path",
            "app/web/docs/plan.md",
            3,
            18,
            "pages/rooms/gone.js"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a code base reformatted by Prettier after its documents cited it
// (starbase: 5ff713cf added `;` to every statement, rewrapped long lines,
// dropped the parentheses of one-parameter arrow functions and joined short
// lines; 293 `citation/stale` findings, 17 of 20 sampled judged false) ---

/// The hook as the document cited it, lines 2-9.
const HOOK_THEN: &str = "import { useState } from 'react'\n\
export function useRooms(load, onError) {\n\
  const [rows, setRows] = useState([])\n\
  const label = rows.length > 10 ? 'many rooms' : 'a few rooms'\n\
  const refresh = useCallback(async (page) => {\n\
    setRows(await load(page))\n\
  }, [\n\
    load,\n\
    onError,\n\
  ])\n\
  return { rows, label, refresh }\n\
}\n";

/// The same hook as Prettier wrote it, moved down two lines by a new
/// import, `label` rewrapped and the dependency list joined; `limit` and
/// `rows` are what real edits of lines 6 and 3 would read.
fn hook_now(limit: &str, rows: &str) -> String {
    format!(
        "import {{ useState }} from \"react\";\n\
import {{ useCallback }} from \"react\";\n\
import {{ logger }} from \"./logger\";\n\
export function useRooms(load, onError) {{\n\
  const [rows, setRows] = useState({rows});\n\
  const label =\n\
    rows.length > 10\n\
      ? \"many rooms\"\n\
      : \"a few rooms\";\n\
  const refresh = useCallback(async page => {{\n\
    setRows(await load({limit}));\n\
  }}, [load, onError]);\n\
  return {{ rows, label, refresh }};\n\
}}\n"
    )
}

fn reformatted(limit: &str, rows: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("src/useRooms.js", HOOK_THEN)
        .write(
            "docs/rooms.md",
            "# Rooms\n\nThe hook loads each page of rooms.【F:src/useRooms.js†L2-L11】\n",
        )
        .commit_all();
    repo.write("src/useRooms.js", hook_now(limit, rows))
        .commit_all();
    repo.check(&["--select", "citation/stale,citation/shifted"])
}

#[test]
fn a_block_a_formatter_rewrote_is_the_same_block() {
    let run = reformatted("page", "[]");
    // Lines inserted inside the block (the rewrapped `label`) and two more
    // above it: it changed too little to be stale, and moved, which is
    // silent too (see `citation/stale`).
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same reformat with what the cited code does changed
/// (`load(page)` → `load(page, 50)`, `useState([])` → `useState(null)`)
/// is stale.
#[test]
fn a_block_a_formatter_rewrote_and_someone_edited_is_stale() {
    let run = reformatted("page, 50", "null");
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/stale",
            "docs/rooms.md",
            3,
            35,
            "src/useRooms.js"
        )],
        "\n{}",
        run.dump()
    );
}
