//! Output formats of the real binary on a real repository: `check --format
//! sarif|github` and `report --format markdown`, compared with golden files in
//! tests/golden/ (run with `UPDATE_GOLDEN=1` to rewrite them after a deliberate
//! change, then read the diff), and the SARIF validated against the official
//! SARIF 2.1.0 schema.
//!
//! Nothing in the outputs is random: paths are repository-relative,
//! fingerprints hash rule + file + text, commit dates are fixed, and the one
//! commit id that appears in a golden file is given through `CHECKMARK_HEAD_SHA`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_checkmark");
/// A commit id for permalinks, fixed so the golden file does not depend on git.
const HEAD_SHA: &str = "0123456789abcdef0123456789abcdef01234567";

/// The GitHub environment a test must not inherit (CI runs on GitHub Actions).
const GITHUB_ENV: &[&str] = &[
    "GITHUB_SERVER_URL",
    "GITHUB_REPOSITORY",
    "GITHUB_SHA",
    "CHECKMARK_HEAD_SHA",
];

/// Variables a surrounding git (a hook running `cargo test`) would set, which
/// would point the commands below at the wrong repository or index.
const GIT_ENV: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_PREFIX",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_CONFIG_PARAMETERS",
];

fn git(dir: &Path, args: &[&str]) -> String {
    let mut cmd = Command::new("git");
    for k in GIT_ENV {
        cmd.env_remove(k);
    }
    let out = cmd
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2025-10-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2025-10-01T12:00:00Z")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const LAUNCH: &str = "\
# Payments API launch

## Register

| Item | Owner | Evidence | Last Updated | Status |
| --- | --- | --- | --- | --- |
| Load test at 2x peak | @perf | `evidence/load-test.txt` | 2025-09-30 | ✅ Done |
| Pen test report | @security | `evidence/pentest-2025.pdf` | 2025-09-30 | In progress |

## Notes

- p95 stays under 300 ms.【F:evidence/load-test.txt†L1-L2】
- Parity holds.【F:logs/parity_*_run.json†L1-L20】
- The rollback was rehearsed.【F:evidence/rollback-log.txt】
- Steps are in [the runbook](../runbooks/rollback.md#steps-to-roll-back).
- [x] Sign-off uses `templates/sign-off.md`.
";

const BETA: &str = "\
# Beta readiness

- Smoke tests pass.【F:logs/smoke.txt†L1-L4】
";

const RUNBOOK: &str = "\
# Rollback

## Steps

1. Drain traffic.
2. Deploy the previous release.
";

/// A repository whose checklists hold a known set of findings: a missing
/// citation (twice, in two files), a missing evidence path, an untracked file,
/// a bad anchor and a mention of a missing path.
fn fixture() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q"]);
    write(
        dir,
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    );
    write(dir, "docs/launch.md", LAUNCH);
    write(dir, "docs/beta.md", BETA);
    write(dir, "runbooks/rollback.md", RUNBOOK);
    write(dir, "evidence/load-test.txt", "p95 280 ms\np99 410 ms\n");
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "checklists"]);
    // On disk, never added: `path/untracked`.
    write(dir, "evidence/rollback-log.txt", "rehearsed 2025-09-29\n");
    tmp
}

/// A repository with nothing to report.
fn clean_fixture() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q"]);
    write(
        dir,
        "docs/launch.md",
        "# Launch\n\n- p95 stays under 300 ms.【F:evidence/load-test.txt†L1】\n- Steps are in [the runbook](../runbooks/rollback.md#steps).\n",
    );
    write(dir, "runbooks/rollback.md", RUNBOOK);
    write(dir, "evidence/load-test.txt", "p95 280 ms\n");
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "checklists"]);
    tmp
}

fn checkmark(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CHECKMARK_TODAY", "2025-10-15")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    for k in GITHUB_ENV.iter().chain(GIT_ENV) {
        cmd.env_remove(k);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("checkmark runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with tests/golden/`name`; `UPDATE_GOLDEN=1` rewrites it.
fn assert_golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\n(run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let diff = similar::TextDiff::from_lines(&expected, actual)
            .unified_diff()
            .header("golden", "actual")
            .to_string();
        panic!(
            "output differs from {} (UPDATE_GOLDEN=1 rewrites it after a deliberate change):\n{diff}",
            path.display()
        );
    }
}

/// SARIF with `tool.driver.rules` cut down to the rule IDs: the rules'
/// documentation lives with the rules and is checked by [`sarif_lists_every_rule`],
/// so editing a rule's text does not break this golden file.
fn sarif_for_golden(sarif: &Value) -> String {
    let mut v = sarif.clone();
    let rules = &mut v["runs"][0]["tool"]["driver"]["rules"];
    let ids: Vec<Value> = rules
        .as_array()
        .expect("rules array")
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    *rules = Value::Array(ids);
    let mut s = serde_json::to_string_pretty(&v).unwrap();
    s.push('\n');
    s
}

fn run_sarif(dir: &Path) -> Value {
    let out = checkmark(dir, &["check", "--format", "sarif"], &[]);
    assert_eq!(out.status.code(), Some(1), "findings at error level exit 1");
    serde_json::from_str(&stdout(&out)).expect("SARIF is JSON")
}

#[test]
fn sarif_matches_golden() {
    let repo = fixture();
    let sarif = run_sarif(repo.path());
    assert_golden("report.sarif.json", &sarif_for_golden(&sarif));
}

#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let mut schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    // The official schema's `language` patterns end in a lone `]`, which
    // ECMA-262 reads as a literal but the validator's regex check rejects, so
    // the schema fails its own meta-schema. Escaping the bracket keeps the
    // meaning (checkmark never writes `language` anyway).
    let fixed = replace_pattern(
        &mut schema,
        "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
        r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$",
    );
    assert!(
        fixed > 0,
        "the schema no longer has the pattern this test escapes"
    );
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    for repo in [fixture(), clean_fixture()] {
        let out = checkmark(repo.path(), &["check", "--format", "sarif"], &[]);
        let sarif: Value = serde_json::from_str(&stdout(&out)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "SARIF is not valid:\n{}",
            errors.join("\n")
        );
    }
    // The validator does reject what the schema forbids.
    let bad = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]});
    assert!(!validator.is_valid(&bad));
}

/// Replaces every `pattern` equal to `from`; returns how many.
fn replace_pattern(v: &mut Value, from: &str, to: &str) -> usize {
    match v {
        Value::Object(map) => {
            let mut n = 0;
            for (k, child) in map.iter_mut() {
                if k == "pattern" && child == from {
                    *child = Value::from(to);
                    n += 1;
                } else {
                    n += replace_pattern(child, from, to);
                }
            }
            n
        }
        Value::Array(items) => items.iter_mut().map(|c| replace_pattern(c, from, to)).sum(),
        _ => 0,
    }
}

#[test]
fn sarif_lists_every_rule() {
    let repo = fixture();
    let sarif = run_sarif(repo.path());
    let run = &sarif["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "checkmark");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert!(
        driver["informationUri"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let registry: Vec<&str> = checkmark::rules::REGISTRY.iter().map(|r| r.id).collect();
    assert_eq!(ids, registry);
    for (rule, meta) in rules.iter().zip(checkmark::rules::REGISTRY) {
        let level = match meta.severity {
            checkmark::diagnostic::Severity::Error => "error",
            checkmark::diagnostic::Severity::Warning => "warning",
            checkmark::diagnostic::Severity::Info => "note",
        };
        assert_eq!(rule["defaultConfiguration"]["level"], level, "{}", meta.id);
        // Why the rule matters; the record of cases (tens of thousands of
        // characters for the link rules) stays out of every report.
        let (lead, cases) = checkmark::rules::docs::why_parts(meta);
        assert!(meta.why.starts_with(lead), "{}", meta.id);
        assert_eq!(rule["fullDescription"]["text"], lead);
        for field in ["text", "markdown"] {
            let help = rule["help"][field].as_str().unwrap();
            assert!(help.contains(lead), "{} help.{field}", meta.id);
            assert!(
                cases.is_empty() || !help.contains(cases),
                "{} help.{field}",
                meta.id
            );
            assert!(
                help.contains(&format!("checkmark rules {} --full", meta.id)),
                "{} help.{field}",
                meta.id
            );
            for line in meta.bad.lines().chain(meta.good.lines()) {
                assert!(help.contains(line), "{} help.{field}: {line}", meta.id);
            }
        }
        assert!(!rule["name"].as_str().unwrap().contains('/'));
    }
    for result in run["results"].as_array().unwrap() {
        let i = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], result["ruleId"]);
        let fp = result["partialFingerprints"]["checkmark/v1"]
            .as_str()
            .unwrap();
        assert_eq!(fp.len(), 16);
        let loc = &result["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    }
}

#[test]
fn sarif_results_match_json_diagnostics() {
    let repo = fixture();
    let sarif = run_sarif(repo.path());
    let json: Value = serde_json::from_str(&stdout(&checkmark(
        repo.path(),
        &["check", "--format", "json"],
        &[],
    )))
    .unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(results.len(), diags.len());
    for (r, d) in results.iter().zip(diags) {
        assert_eq!(r["ruleId"], d["rule"]);
        assert_eq!(r["partialFingerprints"]["checkmark/v1"], d["fingerprint"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], d["line"]);
        assert_eq!(region["startColumn"], d["column"]);
        assert_eq!(region["endLine"], d["end_line"]);
        assert_eq!(region["endColumn"], d["end_column"]);
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            d["file"]
        );
    }
}

#[test]
fn sarif_of_a_clean_repository_has_no_results() {
    let repo = clean_fixture();
    let out = checkmark(repo.path(), &["check", "--format", "sarif"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let sarif: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(sarif["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn github_matches_golden() {
    let repo = fixture();
    let out = checkmark(repo.path(), &["check", "--format", "github"], &[]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for line in text.lines() {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
    }
    assert_golden("report.github.txt", &text);
}

#[test]
fn markdown_matches_golden() {
    let repo = fixture();
    let out = checkmark(repo.path(), &["report"], &[]);
    assert_eq!(out.status.code(), Some(0), "report exits 0 with findings");
    let body = stdout(&out);
    assert!(body.starts_with("<!-- checkmark-report -->\n"));
    assert_golden("report.md", &body);
}

#[test]
fn markdown_with_permalinks_matches_golden() {
    let repo = fixture();
    let out = checkmark(
        repo.path(),
        &["report", "--format", "markdown"],
        &[
            ("GITHUB_SERVER_URL", "https://github.com"),
            ("GITHUB_REPOSITORY", "acme/widgets"),
            ("CHECKMARK_HEAD_SHA", HEAD_SHA),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let body = stdout(&out);
    assert!(body.contains(&format!(
        "(https://github.com/acme/widgets/blob/{HEAD_SHA}/docs/launch.md?plain=1#L"
    )));
    assert_golden("report-permalinks.md", &body);
}

#[test]
fn markdown_links_to_the_checked_revision() {
    let repo = fixture();
    let head = git(repo.path(), &["rev-parse", "HEAD"]);
    let out = checkmark(
        repo.path(),
        &["report", "--rev", "HEAD"],
        &[
            ("GITHUB_SERVER_URL", "https://github.com/"),
            ("GITHUB_REPOSITORY", "acme/widgets"),
            ("GITHUB_SHA", "ffffffffffffffffffffffffffffffffffffffff"),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let body = stdout(&out);
    assert!(
        body.contains(&format!(
            "https://github.com/acme/widgets/blob/{head}/docs/beta.md?plain=1#L3)"
        )),
        "{body}"
    );
    assert!(!body.contains("ffffffff"), "{body}");
    assert!(
        body.contains(&format!("in `HEAD` (`{}`)", &head[..12])),
        "{body}"
    );
}

#[test]
fn markdown_puts_missing_evidence_first() {
    let repo = fixture();
    let body = stdout(&checkmark(repo.path(), &["report"], &[]));
    let missing = body
        .find("#### Missing evidence")
        .expect("missing-evidence section");
    let other = body.find("#### Other findings").expect("other section");
    assert!(missing < other);
    let (first, rest) = body.split_at(other);
    for rule in [
        "citation/missing-path",
        "evidence/missing-path",
        "path/untracked",
    ] {
        assert!(
            first.contains(&format!("`{rule}` at")),
            "{rule} under missing evidence"
        );
        assert!(!rest.contains(&format!("`{rule}` at")), "{rule} only once");
    }
    for rule in ["link/missing-anchor", "mention/missing-path"] {
        assert!(
            rest.contains(&format!("`{rule}` at")),
            "{rule} under other findings"
        );
    }
    // A path from the document does not turn into emphasis.
    assert!(body.contains(r"logs/parity\_\*\_run.json"), "{body}");
}

#[test]
fn markdown_clean_body() {
    let repo = clean_fixture();
    let out = checkmark(repo.path(), &["report"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let body = stdout(&out);
    assert!(body.contains("✅ All evidence present — checkmark found no problems in 2 files."));
    assert_golden("report-clean.md", &body);
}

#[test]
fn markdown_folds_long_reports() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q"]);
    for f in 0..3 {
        let mut doc = format!("# Checklist {f}\n\n");
        for i in 0..30 {
            doc.push_str(&format!("- Item {i}.【F:logs/{f}/run-{i}.txt】\n"));
        }
        write(dir, &format!("docs/c{f}.md"), &doc);
    }
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "many"]);
    let body = stdout(&checkmark(dir, &["report"], &[]));
    assert_eq!(body.matches("<details open>").count(), 1, "{body}");
    assert_eq!(body.matches("<details>").count(), 2, "{body}");
    assert_eq!(body.matches("- **error**").count(), 90);
}

/// 3,000 findings: the body stays within GitHub's 65,536-character limit, is cut
/// at a finding inside a file group (not only between groups), and says exactly
/// how many findings it leaves out.
#[test]
fn markdown_never_passes_githubs_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q"]);
    // Two files of 1,500 missing citations each, and a file of other findings.
    for f in 0..2 {
        let mut doc = format!("# Checklist {f}\n\n");
        for i in 0..1500 {
            doc.push_str(&format!("- Item {i}.【F:logs/{f}/run-{i}.txt】\n"));
        }
        write(dir, &format!("docs/c{f}.md"), &doc);
    }
    write(dir, "docs/other.md", "# Other\n\n-[x] one\n-[x] two\n");
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "many"]);
    let body = stdout(&checkmark(dir, &["report"], &[]));
    assert!(body.len() <= 65_536, "{} bytes", body.len());
    assert!(body.chars().count() <= 65_536);
    // Filled up to the limit, not cut early.
    assert!(body.len() > 65_536 - 1_000, "{} bytes", body.len());
    let shown = body.matches("\n- **error**").count();
    assert!(shown > 100, "{shown}");
    let left_out = 3_002 - shown;
    let line = format!(
        "\n… {left_out} findings not shown: GitHub limits a comment to 65,536 characters. Run `checkmark check` to see every one.\n\n"
    );
    assert!(
        body.contains(&line),
        "{line}\n{}",
        &body[body.len() - 600..]
    );
    // Cut inside the first file's group: its block is closed after fewer
    // findings than it has, and neither the second file nor the other group shows.
    assert!(body.contains("<summary><code>docs/c0.md</code> — 1500 errors</summary>"));
    assert!(!body.contains("<code>docs/c1.md</code>"));
    assert!(!body.contains("#### Other findings"));
    assert!(
        body.contains("| `task/malformed` | 2 | 0 |"),
        "the counts cover every finding"
    );
    assert!(body.ends_with(
        "2 findings can be repaired with `checkmark fix`.\n\n<sub>checkmark checked 3 files in the working tree. `checkmark check` shows each finding in context; `checkmark rules RULE` explains a rule.</sub>\n"
    ), "{}", &body[body.len() - 600..]);
    assert_eq!(
        body.matches("<details").count(),
        body.matches("</details>").count()
    );
}
