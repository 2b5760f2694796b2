//! Survey 95b: agent-kept TODO lists, known-issues registers and bug logs
//! (Abtomation/LinkWatcher, CodeGandee/accelsim-test, project-repo/cagebreak).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- task/malformed: a feature state file written in a multi-state notation
// of its own, `[✓]` done, `[⚙]` under way, `[🚫]` blocked, `[ ]` to do
// (LinkWatcher's `*-implementation-state.md` files and their template: 6
// findings judged false): its `[✓]` is the notation's done mark ---

const STATE: &str = "\
# Feature state

## 2. Current state

- [✓] Design documentation complete
- [⚙️] Code review under way
- [🚫] None

## 3. Task sequence

- [✓] **PF-TSK-044**: Planning

  - **Completed**: 2026-07-15

- [✓] **PF-TSK-078**: Core logic

- [ ] **PF-TSK-005**: Code review
";

#[test]
fn a_check_glyph_in_a_notation_with_status_symbols_is_no_typo() {
    let repo = Repo::new();
    repo.write("doc/state.md", STATE)
        .write(
            "templates/state-template.md",
            "# Template\n\n- [✓] **PF-TSK-XXX**: Planning\n\n- [⚙] **PF-TSK-YYY**: Data layer (CURRENT)\n\n- [ ] **PF-TSK-ZZZ**: State\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert!(
        run.findings_of(&["task/malformed"]).is_empty(),
        "\n{}",
        run.dump()
    );
}

/// The twin: the same task sequence in a document with no status symbol in
/// any box; its `[✓]` among `[ ]` items is a typo of `[x]`.
#[test]
fn a_check_glyph_among_task_items_without_status_symbols_is_still_a_typo() {
    let repo = Repo::new();
    repo.write(
        "doc/state.md",
        STATE
            .replace("- [⚙️] Code review under way\n", "")
            .replace("- [🚫] None\n", ""),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["task/malformed"]),
        [
            t("task/malformed", "doc/state.md", 9, 1, ""),
            t("task/malformed", "doc/state.md", 13, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

// --- citation/shifted: a citation written in the commit that also changed
// the cited file, its numbers read before that change (accelsim-test's
// `cpp/src/cublaslt_gemm.cu:149` (`cublasLtMatmul(...)`), line 149 of the
// parent; the fix re-pointed it at the block the commit left at line 149,
// L178, while the call it names stands at L227) ---

/// The cited file in three commits: as the agent read it, as its own commit
/// left it (two lines added above), and as it is now (three more).
fn written_with_its_code(hint: &str) -> Repo {
    let code = |top: &[&str]| {
        let mut lines: Vec<&str> = vec!["// gemm"];
        lines.extend_from_slice(top);
        lines.extend_from_slice(&[
            "int init();",
            "int attr(int);",
            "  matmulCall(handle, a, b);",
            "return 0;",
        ]);
        lines.join("\n") + "\n"
    };
    let repo = Repo::new();
    repo.write("src/gemm.cu", code(&[])).commit_on("2026-01-01");
    repo.write("src/gemm.cu", code(&["// one", "// two"]))
        .write(
            "notes/issue.md",
            format!("# Issue: slow launch\n\n- Dispatch:\n  - `src/gemm.cu:4`{hint}\n"),
        )
        .commit_on("2026-01-02");
    repo.write(
        "src/gemm.cu",
        code(&["// one", "// two", "// three", "// four", "// five"]),
    )
    .commit_on("2026-01-03");
    repo
}

fn cited_now(repo: &Repo) -> String {
    std::fs::read_to_string(repo.path().join("notes/issue.md"))
        .unwrap_or_else(|e| panic!("cannot read the note: {e}"))
}

#[test]
fn a_citation_quoting_the_code_before_its_commit_changed_it_is_read_there() {
    let repo = written_with_its_code(" (`matmulCall(...)`)");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/shifted"]);
    assert_eq!(
        run.findings_of(&["citation/shifted"]),
        [t("citation/shifted", "notes/issue.md", 4, 5, "src/gemm.cu")],
        "\n{}",
        run.dump()
    );
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("now stand at L9"), "{message}");
    assert_eq!(repo.run(&["fix"]).code, 0);
    assert!(
        cited_now(&repo).contains("`src/gemm.cu:9` (`matmulCall(...)`)"),
        "{}",
        cited_now(&repo)
    );
}

/// The twin: the sentence quotes what the commit left at the cited line; the
/// numbers were read after the change, and the safe fix follows that line.
#[test]
fn a_citation_quoting_the_code_its_commit_left_is_read_at_that_commit() {
    let repo = written_with_its_code(" (`init()`)");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/shifted"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("now stand at L7"), "{message}");
    assert_eq!(repo.run(&["fix"]).code, 0);
    assert!(
        cited_now(&repo).contains("`src/gemm.cu:7` (`init()`)"),
        "{}",
        cited_now(&repo)
    );
}

/// Nothing quoted: which version the numbers were read at is a guess, so the
/// finding stays but its fix is unsafe.
#[test]
fn a_citation_written_with_its_code_and_quoting_nothing_has_an_unsafe_fix() {
    let repo = written_with_its_code("");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/shifted"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("--unsafe-fixes"), "{help}");
    assert_eq!(repo.run(&["fix"]).code, 0);
    assert!(
        cited_now(&repo).contains("`src/gemm.cu:4`\n"),
        "{}",
        cited_now(&repo)
    );
    assert_eq!(repo.run(&["fix", "--unsafe-fixes"]).code, 0);
    assert!(
        cited_now(&repo).contains("`src/gemm.cu:7`\n"),
        "{}",
        cited_now(&repo)
    );
}

/// The sentence's prose names the code (responsible-vibe-mcp's
/// `` `start-development.ts:217` - Beads integration setup ``, survey 97b):
/// two of its words, found in one version only, decide as a quoted
/// identifier does.
#[test]
fn a_citation_whose_prose_names_the_code_before_its_commit_is_read_there() {
    let repo = written_with_its_code(" - Matmulcall on the handle");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/shifted"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("now stand at L9"), "{message}");
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(!help.contains("--unsafe-fixes"), "{help}");
}

/// A long citation (bascula-cam's README cites 84 lines of an installer
/// whose `dtparam=audio=on` handling the commit that wrote it moved to
/// another file, survey 61a): its sentence's words cannot tell the versions
/// apart, so it is read where it was written, and its fix is unsafe.
#[test]
fn a_long_citation_written_with_its_code_is_read_where_it_was_written() {
    let body = |top: &[&str], legacy: bool| {
        let mut lines: Vec<String> = vec!["// installer".to_string()];
        lines.extend(top.iter().map(|s| s.to_string()));
        for i in 0..40 {
            lines.push(if legacy && i == 3 {
                "dtparam_audio_on();".to_string()
            } else {
                format!("step_{i}();")
            });
        }
        lines.join("\n") + "\n"
    };
    let repo = Repo::new();
    repo.write("scripts/install.sh", body(&[], true))
        .commit_on("2026-01-01");
    repo.write("scripts/install.sh", body(&["# a", "# b"], false))
        .write(
            "README.md",
            "# Setup\n\nThe installer drops duplicate `dtparam_audio_on` lines.【F:scripts/install.sh†L2-L41】\n",
        )
        .commit_on("2026-01-02");
    repo.write("scripts/install.sh", body(&["# new", "# a", "# b"], false))
        .commit_on("2026-01-03");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/shifted", "citation/stale"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    assert_eq!(found[0]["rule"], "citation/shifted", "\n{}", run.dump());
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("now stand at L3-L42"), "{message}");
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("--unsafe-fixes"), "{help}");
}

/// The twin: one prose word found in one version only is chance (a table
/// row's `allow-list` beside `def allow`, survey 65c): nothing decides, and the
/// fix is unsafe.
#[test]
fn one_prose_word_of_a_citation_written_with_its_code_decides_nothing() {
    let repo = written_with_its_code(" - Matmulcall dispatch");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/shifted"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("now stand at L7"), "{message}");
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("--unsafe-fixes"), "{help}");
}

/// A citation read at the parent of its commit whose lines changed since:
/// the stale finding's diff shows the lines as the sentence quotes them, and
/// says they stood so before the commit that wrote the citation.
#[test]
fn a_citation_read_before_its_commit_shows_those_lines_when_stale() {
    let repo = written_with_its_code(" (`matmulCall(...)`)");
    repo.write(
        "src/gemm.cu",
        "// gemm\n// one\n// two\n// three\n// four\n// five\nint init();\nint attr(int);\n  launchKernel(handle);\nreturn 0;\n",
    )
    .commit_on("2026-01-04");
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["citation/stale"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("the cited lines then (before "), "{help}");
    assert!(help.contains("-   matmulCall(handle, a, b);"), "{help}");
}
