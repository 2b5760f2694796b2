//! Safe and unsafe fixes (the contract's "Safe and unsafe fixes" and "`fix`"):
//! `fix` applies only safe fixes unless `--unsafe-fixes` is given and says how
//! many it left; no fix changes a spelling alone or text inside code; a section
//! marker is never rewritten against the words beside it; tables are touched
//! only where a cell changed. Every case states the exact bytes before and
//! after, and each false pattern has its true twin beside it.

mod helpers3;

use helpers3::{Repo, assert_findings};

/// `fix ARGS doc.md`, asserting exit 0; returns stderr.
fn fix(r: &Repo, args: &[&str]) -> String {
    let mut all = vec!["fix"];
    all.extend_from_slice(args);
    all.push("doc.md");
    let run = r.cm(&all);
    assert_eq!(run.code, 0, "fix {args:?}: {}", run.stderr);
    run.stderr
}

fn with_config(doc: &str, config: &str) -> Repo {
    // `task/section-claims-done` (off by default) on, as for `Repo::doc_sections`.
    let config = format!("{config}{}", helpers3::SECTIONS_ON);
    Repo::with(&[("doc.md", doc), ("checkmark.toml", &config)])
}

// ---------------------------------------------------------------------------
// safe by default, unsafe with --unsafe-fixes, and the count of those left
// ---------------------------------------------------------------------------

const FALSE_DONE: &str =
    "# Plan\n\n### 1. Code & Testing ✅\n\n- [x] unit tests\n- [ ] load test\n";
const FALSE_DONE_FIXED: &str =
    "# Plan\n\n### 1. Code & Testing 🔄\n\n- [x] unit tests\n- [ ] load test\n";

#[test]
fn a_false_done_heading_is_fixed_only_with_unsafe_fixes() {
    let r = Repo::doc_sections(FALSE_DONE);
    let err = fix(&r, &[]);
    assert_eq!(r.read_string("doc.md"), FALSE_DONE);
    assert!(
        err.contains("1 more fix is available with `--unsafe-fixes`"),
        "{err}"
    );
    let err = fix(&r, &["--unsafe-fixes"]);
    assert_eq!(r.read_string("doc.md"), FALSE_DONE_FIXED);
    assert!(!err.contains("more fix"), "{err}");
}

#[test]
fn a_configured_alias_is_fixed_by_default() {
    let doc = "| Item | Status |\n| --- | --- |\n| DNS | shipit |\n";
    let r = with_config(doc, "[status]\naliases = { \"shipit\" = \"Done\" }\n");
    let err = fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        "| Item | Status |\n| --- | --- |\n| DNS | Done |\n"
    );
    assert!(!err.contains("--unsafe-fixes"), "{err}");
}

#[test]
fn fix_diff_and_check_say_how_many_unsafe_fixes_they_left() {
    let doc = concat!(
        "# Plan\n\n",
        "## A ✅\n\n- [ ] a\n\n",
        "## B ✅\n\n- [ ] b\n\n",
        "## C\n\n**Status:** ✅ Done\n\n- [ ] c\n\n",
        "## D\n\n-[x] d\n",
    );
    let r = Repo::doc_sections(doc);
    let note = "3 more fixes are available with `--unsafe-fixes`";
    // --diff: the safe fix only, exit 1 (something would change), the note.
    let run = r.cm(&["fix", "--diff", "doc.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "--- a/doc.md\n+++ b/doc.md\n@@ -16,4 +16,4 @@\n \n ## D\n \n--[x] d\n+- [x] d\n"
    );
    assert!(run.stderr.contains(note), "{}", run.stderr);
    // --check: exit 1, the note.
    let run = r.cm(&["fix", "--check", "doc.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(note), "{}", run.stderr);
    // fix: writes the safe fix, the note.
    let err = fix(&r, &[]);
    assert!(err.contains(note), "{err}");
    assert_eq!(r.read_string("doc.md"), doc.replace("-[x] d", "- [x] d"));
    // Only unsafe fixes left: --check exits 0 (nothing it would change), still says so.
    let run = r.cm(&["fix", "--check", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains(note), "{}", run.stderr);
    // With --unsafe-fixes: everything, and no note.
    let err = fix(&r, &["--unsafe-fixes"]);
    assert!(!err.contains("more fix"), "{err}");
    assert_eq!(
        r.read_string("doc.md"),
        concat!(
            "# Plan\n\n",
            "## A 🔄\n\n- [ ] a\n\n",
            "## B 🔄\n\n- [ ] b\n\n",
            "## C\n\n**Status:** 🔄 In progress\n\n- [ ] c\n\n",
            "## D\n\n- [x] d\n",
        )
    );
}

#[test]
fn fix_diff_exits_0_and_prints_nothing_when_nothing_would_change() {
    let r = Repo::doc_sections("# Plan\n\n- [x] a\n");
    let run = r.cm(&["fix", "--diff", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn json_fixable_means_fixed_by_plain_fix() {
    // The alias: a safe fix, fixable. The false ✅: an unsafe fix, not fixable
    // (it needs --unsafe-fixes), though the finding stays an error.
    let doc = "# Plan\n\n## A ✅\n\n- [x] z\n- [ ] a\n\n| Item | Status |\n| --- | --- |\n| DNS | shipit |\n";
    let r = with_config(doc, "[status]\naliases = { \"shipit\" = \"Done\" }\n");
    let (_, json) = r.check_json(&["doc.md"]);
    let d = json["diagnostics"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{json}");
    assert_eq!(d[0]["rule"], "task/section-claims-done");
    assert_eq!(d[0]["fixable"], false);
    assert_eq!(d[1]["rule"], "status/unknown-value");
    assert_eq!(d[1]["fixable"], true);
    assert_eq!(json["summary"]["fixable"], 1);
}

#[test]
fn every_fixable_rule_declares_its_safety() {
    use checkmark::diagnostic::Safety;
    use checkmark::rules::{REGISTRY, fix_safety};
    let declared: Vec<(&str, Option<Safety>)> =
        REGISTRY.iter().map(|r| (r.id, fix_safety(r))).collect();
    for r in REGISTRY {
        assert_eq!(r.fixable, fix_safety(r).is_some(), "{}", r.id);
    }
    let get = |id: &str| {
        declared
            .iter()
            .find(|(i, _)| *i == id)
            .and_then(|(_, s)| *s)
    };
    assert_eq!(get("task/malformed"), Some(Safety::Safe));
    assert_eq!(get("encoding/mojibake"), Some(Safety::Safe));
    assert_eq!(get("status/unknown-value"), Some(Safety::Safe));
    assert_eq!(get("task/section-claims-done"), Some(Safety::Unsafe));
}

// ---------------------------------------------------------------------------
// never a spelling-only rewrite
// ---------------------------------------------------------------------------

#[test]
fn a_variant_is_no_finding_and_fix_never_changes_its_case_alone() {
    let doc = concat!(
        "| Check | Status |\n",
        "| --- | --- |\n",
        "| Lint | **PASS** |\n",
        "| Unit | pass |\n",
        "| Load | In-Progress |\n",
        "| Soak | not_started |\n",
    );
    let r = Repo::doc_sections(doc);
    assert_findings(&r.findings(), &[]);
    fix(&r, &["--unsafe-fixes"]);
    // `**PASS**` and `pass` differ from `Pass` by case alone: left as written.
    // `In-Progress` and `not_started` take the vocabulary's spelling (contract).
    assert_eq!(
        r.read_string("doc.md"),
        doc.replace("In-Progress", "In progress")
            .replace("not_started", "Not started")
    );
}

#[test]
fn a_configured_alias_that_is_another_word_is_rewritten() {
    // The true twin: `ok` is not `Done` spelled differently, it is configured as Done.
    let doc = "| Check | Status |\n| --- | --- |\n| Lint | **ok** |\n| Unit | PASS |\n";
    let r = with_config(doc, "[status]\naliases = { \"ok\" = \"Done\" }\n");
    assert_findings(&r.findings(), &[("status/unknown-value", 3, 10, "error")]);
    fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        "| Check | Status |\n| --- | --- |\n| Lint | **Done** |\n| Unit | PASS |\n"
    );
}

#[test]
fn an_alias_that_differs_only_by_case_is_not_rewritten() {
    // "No fix ever changes the case of a status alone", even when configured.
    let doc = "| Check | Status |\n| --- | --- |\n| Lint | PASSED |\n";
    // Such an alias names itself: the configuration is refused, nothing is written
    // (and `safety::admissible` would drop the edit anyway, see its unit tests).
    let r = with_config(doc, "[status]\naliases = { \"PASSED\" = \"Passed\" }\n");
    let run = r.cm(&["fix", "--unsafe-fixes", "doc.md"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(r.read_string("doc.md"), doc);
}

// ---------------------------------------------------------------------------
// never inside code
// ---------------------------------------------------------------------------

#[test]
fn an_alias_inside_a_code_span_is_left_as_written() {
    let doc = concat!(
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| DNS | `partial-ok` |\n",
        "| TLS | partial-ok |\n",
    );
    let r = with_config(
        doc,
        "[status]\naliases = { \"partial-ok\" = \"In progress\" }\n",
    );
    fix(&r, &[]);
    // Only the plain cell changes.
    assert_eq!(
        r.read_string("doc.md"),
        doc.replace("| TLS | partial-ok |", "| TLS | In progress |")
    );
}

#[test]
fn a_heading_marker_inside_a_code_span_or_a_status_in_a_code_block_is_not_rewritten() {
    let doc = concat!(
        "# Plan\n\n",
        "## Legend: `✅` done\n\n",
        "- [ ] a\n\n",
        "```\n**Status:** ✅ Done\n-[x] not a task\n```\n",
    );
    let r = Repo::doc_sections(doc);
    fix(&r, &["--unsafe-fixes"]);
    assert_eq!(r.read_string("doc.md"), doc);
}

// ---------------------------------------------------------------------------
// section markers and the words beside them
// ---------------------------------------------------------------------------

#[test]
fn a_done_word_beside_the_marker_is_replaced_with_it() {
    let doc = concat!(
        "# Plan\n\n",
        "### Backend ✅ READY\n\n- [ ] api\n\n",
        "### Frontend\n\n**Status:** ✅ Complete\n\n- [ ] ui\n\n",
        "### Phase 3: Complete ✅\n\n- [ ] docs\n",
    );
    let r = Repo::doc_sections(doc);
    fix(&r, &[]);
    assert_eq!(r.read_string("doc.md"), doc);
    fix(&r, &["--unsafe-fixes"]);
    assert_eq!(
        r.read_string("doc.md"),
        concat!(
            "# Plan\n\n",
            "### Backend 🔄 IN PROGRESS\n\n- [ ] api\n\n",
            "### Frontend\n\n**Status:** 🔄 In progress\n\n- [ ] ui\n\n",
            "### Phase 3: In progress 🔄\n\n- [ ] docs\n",
        )
    );
    assert_findings(&r.findings(), &[]);
}

#[test]
fn a_done_word_inside_a_phrase_blocks_the_rewrite() {
    // `🔄 Ready for Beta` or `Get 🔄 Ready` would contradict themselves: no edit,
    // the finding stays, and no fix is announced for it.
    let doc = concat!(
        "# Plan\n\n",
        "### Launch\n\n**Status:** ✅ Ready for Beta\n\n- [ ] sign-off\n\n",
        "### Backend READY ✅\n\n- [x] db\n- [ ] api\n",
    );
    let r = Repo::doc_sections(doc);
    let err = fix(&r, &["--unsafe-fixes"]);
    assert_eq!(r.read_string("doc.md"), doc);
    assert!(!err.contains("more fix"), "{err}");
    assert_findings(
        &r.findings(),
        &[
            ("task/section-claims-done", 5, 1, "error"),
            ("task/section-claims-done", 9, 1, "error"),
        ],
    );
    let (_, json) = r.check_json(&["doc.md"]);
    assert_eq!(json["summary"]["fixable"], 0);
}

#[test]
fn an_in_progress_heading_whose_items_are_all_done_becomes_done_only_with_unsafe_fixes() {
    let doc = "# Plan\n\n### Backend 🔄 IN PROGRESS\n\n- [x] api\n- [x] db\n";
    let r = Repo::doc_sections(doc);
    let err = fix(&r, &[]);
    assert_eq!(r.read_string("doc.md"), doc);
    assert!(
        err.contains("1 more fix is available with `--unsafe-fixes`"),
        "{err}"
    );
    fix(&r, &["--unsafe-fixes"]);
    assert_eq!(
        r.read_string("doc.md"),
        "# Plan\n\n### Backend ✅ DONE\n\n- [x] api\n- [x] db\n"
    );
}

// ---------------------------------------------------------------------------
// tables: only the cell, the delimiter row's style kept
// ---------------------------------------------------------------------------

const ALIASES: &str =
    "[status]\naliases = { \"shipit\" = \"Done\", \"wip-ish\" = \"In progress\" }\n";

#[test]
fn a_replacement_that_fits_touches_only_its_cell() {
    // The Status column is wider than its values: `shipit` → `Done` leaves every
    // other byte of the table, the padding of the other rows included.
    let doc = concat!(
        "| Item   | Status      | Owner |\n",
        "|--------|-------------|-------|\n",
        "| DNS    | shipit      | @ops  |\n",
        "| Backup | In progress | @db   |\n",
    );
    let r = with_config(doc, ALIASES);
    fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        concat!(
            "| Item   | Status      | Owner |\n",
            "|--------|-------------|-------|\n",
            "| DNS    | Done        | @ops  |\n",
            "| Backup | In progress | @db   |\n",
        )
    );
}

#[test]
fn a_wider_value_widens_only_its_column_and_keeps_the_delimiter_style() {
    let doc = concat!(
        "| Item | Status  | Owner |\n",
        "|------|:-------:|------:|\n",
        "| DNS  | wip-ish | @ops  |\n",
        "| TLS  | Done    | @sec  |\n",
    );
    let r = with_config(doc, ALIASES);
    fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        concat!(
            "| Item | Status      | Owner |\n",
            "|------|:-----------:|------:|\n",
            "| DNS  | In progress | @ops  |\n",
            "| TLS  | Done        | @sec  |\n",
        )
    );
}

#[test]
fn a_spaced_delimiter_row_keeps_its_spaces_when_widened() {
    let doc = concat!(
        "| Item | Status  |\n",
        "| ---- | ------- |\n",
        "| DNS  | wip-ish |\n",
    );
    let r = with_config(doc, ALIASES);
    fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        concat!(
            "| Item | Status      |\n",
            "| ---- | ----------- |\n",
            "| DNS  | In progress |\n",
        )
    );
}

#[test]
fn a_compact_table_gets_only_the_cell_edit() {
    let doc = "|Item|Status|\n|---|---|\n|DNS|wip-ish|\n|TLS|Done|\n";
    let r = with_config(doc, ALIASES);
    fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        "|Item|Status|\n|---|---|\n|DNS|In progress|\n|TLS|Done|\n"
    );
}

#[test]
fn words_elsewhere_on_the_line_that_would_contradict_block_the_rewrite() {
    // Seen on surveyed repositories: a heading whose status word stands apart from
    // its marker, a phrase ending in DONE, a percentage. Even --unsafe-fixes leaves them.
    let doc = concat!(
        "# Plan\n\n",
        "## ✅ DEFINITION OF DONE\n\n- [ ] tests pass\n\n",
        "### 🔄 Sprint 4: Frontend - **IN PROGRESS**\n\n- [x] screens\n\n",
        "### Testing 🟡 70%\n\n- [x] unit\n\n",
        "### Security\n\n**Status:** ✅ CSRF COMPLETE, cookies deferred\n\n- [ ] cookies\n",
    );
    let r = Repo::doc_sections(doc);
    let err = fix(&r, &["--unsafe-fixes"]);
    assert_eq!(r.read_string("doc.md"), doc);
    assert!(!err.contains("more fix"), "{err}");
    // The true twins: the same markers with nothing beside them to contradict.
    let doc = concat!(
        "# Plan\n\n",
        "## ✅ Tests\n\n- [x] lint\n- [ ] tests pass\n\n",
        "### 🔄 Sprint 4: Frontend\n\n- [x] screens\n\n",
        "### Testing 🟡\n\n- [x] unit\n\n",
        "### Security\n\n**Status:** ✅ COMPLETE, cookies deferred\n\n- [ ] cookies\n",
    );
    let r = Repo::doc_sections(doc);
    let err = fix(&r, &[]);
    assert!(
        err.contains("4 more fixes are available with `--unsafe-fixes`"),
        "{err}"
    );
    fix(&r, &["--unsafe-fixes"]);
    assert_eq!(
        r.read_string("doc.md"),
        concat!(
            "# Plan\n\n",
            "## 🔄 Tests\n\n- [x] lint\n- [ ] tests pass\n\n",
            "### ✅ Sprint 4: Frontend\n\n- [x] screens\n\n",
            "### Testing ✅\n\n- [x] unit\n\n",
            "### Security\n\n**Status:** 🔄 IN PROGRESS, cookies deferred\n\n- [ ] cookies\n",
        )
    );
}

#[test]
fn check_counts_safe_and_unsafe_fixes_apart() {
    let r = Repo::doc_sections("# Plan\n\n## A ✅\n\n- [x] z\n- [ ] a\n\n-[x] b\n");
    let run = r.cm(&["check", "doc.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.ends_with(
            "1 fixable with `checkmark fix`. 1 more with `checkmark fix --unsafe-fixes` (review them: they change claims).\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_renamed_path_written_as_a_code_span_is_rewritten_as_the_reference_it_is() {
    // The one code span a fix may touch besides mojibake: a backticked path that
    // checkmark reads as the reference (a mention, an evidence path). Code that
    // merely quotes the path (a fenced block) is left as written.
    let r = Repo::with(&[("docs/old.md", "# Old\n")]);
    r.git(&["mv", "docs/old.md", "docs/new.md"]);
    r.commit_all("rename");
    let doc = "# Plan\n\n- [x] Runbook written: `docs/old.md`\n\n```\ncat docs/old.md\n```\n";
    r.write("doc.md", doc);
    r.commit_all("doc");
    fix(&r, &[]);
    assert_eq!(
        r.read_string("doc.md"),
        "# Plan\n\n- [x] Runbook written: `docs/new.md`\n\n```\ncat docs/old.md\n```\n"
    );
}
