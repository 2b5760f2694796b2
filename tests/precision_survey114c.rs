//! Survey s114c: agent-written repositories citing code with `【F:path†Lx-Ly】`
//! (MontrealAI/AGI-Alpha-Node-v0, fermga/TNFR-LFS, Teagan42/Eddie,
//! ajhewitt/project-comet). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a citation carried over when another part of its line was edited:
// Eddie's `docs/cli-reference.md` rows were rewritten by a sweep of another
// citation's path (`apps/cli/src/config/…` → `platform/core/config/…`) while
// `cli-options.service.ts†L48-L53` kept the numbers of a week before, when
// they named the `autoApprove` block; the code had moved it since. Dated from
// the sweep, the numbers named other lines, and `citation/shifted` re-pointed
// the citation at them (TNFR-LFS' `operators_mapping.md` and `telemetry.md`
// likewise: 4 shifted findings judged false) ---

/// The options file: `lead` lines of other code, then the `autoApprove`
/// block (`auto`: its third line), then the rest.
fn options(lead: &[&str], auto: &str) -> String {
    let mut s = String::new();
    for l in lead {
        s.push_str(l);
        s.push('\n');
    }
    s.push_str(&format!(
        "const autoApprove =\n  typeof options.autoApprove === \"boolean\"\n  {auto}\nconst tools = toStringArray(options.tools);\nreturn {{ autoApprove, tools }};\n"
    ));
    s
}

const ROW: &str = "# CLI reference\n\n| Flag | Meaning |\n| --- | --- |\n| `--auto` | Alias for `--auto-approve`.【F:{PARSER}†L1-L2】【F:src/options.ts†L4-L6】 |\n";

fn row(parser: &str) -> String {
    ROW.replace("{PARSER}", parser)
}

#[test]
fn a_citation_carried_over_by_an_edit_of_its_line_is_judged_from_when_it_was_written() {
    let repo = Repo::new();
    let parser = "export function parse() {\n  return flags;\n}\n";
    repo.write("src/old/parser.ts", parser)
        .write(
            "src/options.ts",
            options(
                &[
                    "import a from \"a\";",
                    "import b from \"b\";",
                    "const base = {};",
                ],
                "? options.autoApprove : undefined;",
            ),
        )
        .write("docs/cli.md", row("src/old/parser.ts"))
        .commit_on("2025-10-08");
    // The code moves: the autoApprove block now stands at L7-L9.
    repo.write(
        "src/options.ts",
        options(
            &[
                "import a from \"a\";",
                "import b from \"b\";",
                "import c from \"c\";",
                "const base = {};",
                "if (options.noContext) base.disableContext = true;",
                "if (options.quiet) base.quiet = true;",
            ],
            "? options.autoApprove : undefined;",
        ),
    )
    .commit_on("2025-10-10");
    // A sweep rewrites the parser's path on the row; the options citation
    // keeps the numbers it was written with.
    repo.git(&["mv", "src/old", "src/new"]);
    repo.write("docs/cli.md", row("src/new/parser.ts"))
        .commit_on("2025-10-16");
    // Later the block is edited and moved again.
    repo.write(
        "src/options.ts",
        options(
            &[
                "// options",
                "import a from \"a\";",
                "import b from \"b\";",
                "import c from \"c\";",
                "const base = {};",
                "if (options.noContext) base.disableContext = true;",
                "if (options.quiet) base.quiet = true;",
            ],
            ": typeof options.auto === \"boolean\" ? options.auto : undefined;",
        ),
    )
    .commit_on("2025-10-25");
    let run = repo.check(&[]);
    // Not `citation/shifted` to the `noContext` lines that stood at L4-L6 on
    // the day of the sweep: the block the numbers named changed.
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t("citation/stale", "docs/cli.md", 5, 68, "src/options.ts")],
        "\n{}",
        run.dump()
    );
    let message = run.diagnostics_of(&["citation/stale"])[0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        message.contains("2025-10-08") && message.contains("now stands at L8-L10"),
        "{message}"
    );
}

// Twin: a line rewritten (its prose translated) while the block its numbers
// named still stood at them, a line of it edited in place: the numbers were
// still right, the line is judged from that edit, and the block, unchanged
// since and moved, is `citation/shifted` (TNFR-LFS'
// `spanish_translation_inventory.md`, translated a day after its fixtures).
#[test]
fn a_line_rewritten_while_its_numbers_still_held_is_judged_from_that_edit() {
    let repo = Repo::new();
    let fixture = |label: &str, lead: &str| {
        format!(
            "{lead}import pytest\n\n@pytest.fixture\ndef bundle():\n    speed = 30.0\n    yaw = 0.18\n    label = \"{label}\"\n    slip = 0.03\n    steer = 0.1\n    return make(speed, yaw, label, slip, steer)\n"
        )
    };
    repo.write("tests/conftest.py", fixture("Validación", ""))
        .write(
            "docs/inventory.md",
            "# Inventario\n\n- `tests/conftest.py`: valores de ejemplo como `\"Validación\"`. 【F:tests/conftest.py†L4-L10】\n",
        )
        .commit_on("2025-10-08");
    // One line of the fixture is translated in place.
    repo.write("tests/conftest.py", fixture("Validation", ""))
        .commit_on("2025-10-08");
    // The document is translated; the citation is kept.
    repo.write(
        "docs/inventory.md",
        "# Inventario\n\n- `tests/conftest.py`: example values such as `\"Validation\"`. 【F:tests/conftest.py†L4-L10】\n",
    )
    .commit_on("2025-10-09");
    // Later the fixture moves down, unchanged.
    repo.write(
        "tests/conftest.py",
        fixture("Validation", "\"\"\"Shared fixtures.\"\"\"\n\n"),
    )
    .commit_on("2025-10-13");
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/shifted",
            "docs/inventory.md",
            3,
            63,
            "tests/conftest.py"
        )],
        "\n{}",
        run.dump()
    );
}
