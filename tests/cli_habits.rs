//! The command-line habits of ruff and cargo, against the real binary:
//! `--format concise` and human output with paths relative to the current
//! directory, `--select`/`--ignore`, `--statistics`, `--quiet`, `--exit-zero`,
//! `--color` with FORCE_COLOR/CLICOLOR_FORCE/NO_COLOR, `--output-file`,
//! completions and man pages, `init`, configuration errors, and suppression
//! comments that name no rule.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Repo, Run, TODAY, run_in, t};

/// A repository with findings in a nested project and at the root:
/// `apps/mobile/docs/STATUS.md` (a missing citation, a malformed task box) and
/// `docs/plan.md` (a missing link target).
fn nested_repo() -> Repo {
    let repo = Repo::new();
    repo.write(
        "apps/mobile/docs/STATUS.md",
        "# Status\n\nThe run is in 【F:logs/a.txt】.\n\n-[x] bad box\n",
    )
    .write("docs/plan.md", "# Plan\n\nSee [the plan](gone.md).\n")
    .commit_all();
    repo
}

const CITATION: &str = "error citation/missing-path cited file logs/a.txt is not in the git tree";
const TASK: &str =
    "error task/malformed `-[x]` looks like a task item but is not one: GitHub renders it as text";
const LINK: &str =
    "error link/missing-path link target `gone.md` does not exist in the working tree";
const SUMMARY: &str =
    "Found 3 errors, 0 warnings in 2 files (2 checked). 1 fixable with `checkmark fix`.\n";

/// Asserts that `haystack` contains `needle`, showing the haystack when not.
#[track_caller]
fn assert_contains(haystack: &str, needle: &str) {
    assert!(haystack.contains(needle), "no {needle:?} in:\n{haystack}");
}

/// Runs the binary in `dir` with extra environment variables (and without the
/// NO_COLOR that [`run_in`] sets, unless given).
fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_checkmark"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("CHECKMARK_TODAY", TODAY)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run checkmark");
    Run {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        dir: dir.to_path_buf(),
    }
}

#[test]
fn concise_paths_are_relative_to_the_current_directory() {
    let repo = nested_repo();
    let sub = repo.path().join("apps/mobile");
    let run = run_in(&sub, &["check", "--format", "concise"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "docs/STATUS.md:3:15: {CITATION}\ndocs/STATUS.md:5:1: {TASK}\n../../docs/plan.md:3:5: {LINK}\n{SUMMARY}"
        )
    );
    assert_eq!(run.stderr, "");
    // From the root, the paths are the repository's.
    let run = repo.run(&["check", "--format", "concise", "apps/mobile/docs/STATUS.md"]);
    assert_eq!(
        run.stdout,
        format!(
            "apps/mobile/docs/STATUS.md:3:15: {CITATION}\napps/mobile/docs/STATUS.md:5:1: {TASK}\nFound 2 errors, 0 warnings in 1 file (1 checked). 1 fixable with `checkmark fix`.\n"
        )
    );
    // From a sibling folder, paths climb out of it.
    repo.mkdir("apps/web");
    let run = run_in(
        &repo.path().join("apps/web"),
        &["check", "--format", "concise", "-q"],
    );
    assert_eq!(
        run.stdout,
        format!(
            "../mobile/docs/STATUS.md:3:15: {CITATION}\n../mobile/docs/STATUS.md:5:1: {TASK}\n../../docs/plan.md:3:5: {LINK}\n"
        )
    );
}

#[test]
fn human_paths_are_relative_and_machine_paths_are_not() {
    let repo = nested_repo();
    let sub = repo.path().join("apps/mobile");
    let run = run_in(&sub, &["check"]);
    assert_eq!(run.code, 1);
    assert_contains(&run.stdout, "╭─[docs/STATUS.md:3:15]");
    assert_contains(&run.stdout, "╭─[docs/STATUS.md:5:1]");
    assert_contains(&run.stdout, "╭─[../../docs/plan.md:3:5]");
    assert!(!run.stdout.contains("apps/mobile"), "{}", run.stdout);
    assert!(run.stdout.ends_with(SUMMARY), "{}", run.stdout);
    // JSON, SARIF, GitHub and Markdown keep repository-relative paths.
    let json = run_in(&sub, &["check", "--format", "json"]);
    assert_eq!(
        json.findings(),
        vec![
            t(
                "citation/missing-path",
                "apps/mobile/docs/STATUS.md",
                3,
                15,
                "logs/a.txt"
            ),
            t("task/malformed", "apps/mobile/docs/STATUS.md", 5, 1, ""),
            t("link/missing-path", "docs/plan.md", 3, 5, "docs/gone.md"),
        ]
    );
    let github = run_in(&sub, &["check", "--format", "github"]);
    assert!(
        github
            .stdout
            .contains("file=apps/mobile/docs/STATUS.md,line=3"),
        "{}",
        github.stdout
    );
    let sarif = run_in(&sub, &["check", "--format", "sarif"]);
    assert!(
        sarif
            .stdout
            .contains("\"uri\": \"apps/mobile/docs/STATUS.md\""),
        "{}",
        sarif.stdout
    );
    let md = run_in(&sub, &["report"]);
    assert_contains(&md.stdout, "`apps/mobile/docs/STATUS.md:3`");
}

#[test]
fn select_and_ignore_narrow_the_rules() {
    let repo = nested_repo();
    let concise = |args: &[&str]| {
        let mut all = vec!["check", "--format", "concise", "--quiet"];
        all.extend_from_slice(args);
        repo.run(&all)
    };
    let citation = format!("apps/mobile/docs/STATUS.md:3:15: {CITATION}\n");
    let task = format!("apps/mobile/docs/STATUS.md:5:1: {TASK}\n");
    let link = format!("docs/plan.md:3:5: {LINK}\n");
    let cases: &[(&[&str], String)] = &[
        (&["--select", "citation"], citation.clone()),
        (
            &["--select", "link/,task/malformed"],
            format!("{task}{link}"),
        ),
        // Repeated flags add up.
        (
            &["--select", "link", "--select", "task/malformed"],
            format!("{task}{link}"),
        ),
        (&["--ignore", "citation,link/missing-path"], task.clone()),
        // The more specific selector wins.
        (
            &["--select", "task/malformed", "--ignore", "task"],
            task.clone(),
        ),
        (
            &["--select", "task", "--ignore", "task/malformed"],
            String::new(),
        ),
        (&["--select", "encoding"], String::new()),
    ];
    for (args, expected) in cases {
        let run = concise(args);
        assert_eq!(&run.stdout, expected, "{args:?}");
        // Nothing selected is found: exit 0.
        assert_eq!(run.code, i32::from(!expected.is_empty()), "{args:?}");
    }
}

#[test]
fn an_unknown_selector_is_a_usage_error() {
    let repo = nested_repo();
    let run = repo.run(&[
        "check",
        "--format",
        "json",
        "--select",
        "citation,citaton/stale",
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: unknown rule selector `citaton/stale` in --select\n  help: did you mean `citation/stale`? a selector is a rule ID or a category (citation, link, path, evidence, mention, task, status, table, encoding, document); `checkmark rules` lists the rule IDs\n"
    );
    let run = repo.run(&["check", "--ignore", "tabel/"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(
            "error: unknown rule selector `tabel/` in --ignore\n  help: did you mean `table`? "
        ),
        "{}",
        run.stderr
    );
    let run = repo.run(&["fix", "--select", "nothing"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: unknown rule selector `nothing` in --select\n"),
        "{}",
        run.stderr
    );
}

/// `status/claim-contradiction` and `table/date-format` are off by default
/// (below the precision bar on unseen repositories): a document with a done
/// claim over open work and a non-ISO date gives neither finding until
/// `checkmark.toml` turns them on, and `checkmark rules` says so.
#[test]
fn claim_contradiction_and_date_format_are_off_by_default() {
    let repo = Repo::new();
    repo.write(
        "docs/beta.md",
        "\
# Beta

**Status:** ✅ Done

## Work

- [x] design
- [ ] build

| Item | Last Updated | Status |
| --- | --- | --- |
| A | 03/04/2025 | Done |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    assert_eq!(run.code, 0);
    repo.write(
        "checkmark.toml",
        "[rules]\n\"status/claim-contradiction\" = \"warning\"\n\"table/date-format\" = \"warning\"\n",
    );
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("status/claim-contradiction", "docs/beta.md", 3, 1, ""),
            t("table/date-format", "docs/beta.md", 12, 7, ""),
        ],
        "\n{}",
        run.dump()
    );
    assert!(
        run.diagnostics().iter().all(|d| d["severity"] == "warning"),
        "{}",
        run.dump()
    );
    let listing = repo.run(&["rules"]).stdout;
    for id in ["status/claim-contradiction", "table/date-format"] {
        let line = listing
            .lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_default();
        assert!(line.contains(" off "), "{id}: {line}");
    }
}

/// `task/section-claims-done` is off by default (a ✅ on a heading is often
/// a section icon or a claim about the page): a done heading over an open
/// item gives no finding until `checkmark.toml` turns the rule on.
#[test]
fn section_claims_done_is_off_by_default() {
    let repo = Repo::new();
    repo.write(
        "docs/plan.md",
        "# Plan\n\n## Validation ✅\n\n- [x] smoke test\n- [ ] load test\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    assert_eq!(run.code, 0);
    let line = repo
        .run(&["rules"])
        .stdout
        .lines()
        .find(|l| l.starts_with("task/section-claims-done "))
        .unwrap_or_default()
        .to_string();
    assert!(line.contains(" off "), "{line}");
    repo.write(
        "checkmark.toml",
        "[rules]\n\"task/section-claims-done\" = \"error\"\n",
    );
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("task/section-claims-done", "docs/plan.md", 3, 1, "")],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.code, 1);
}

#[test]
fn select_by_id_runs_a_rule_the_configuration_turns_off() {
    let repo = nested_repo();
    repo.write(
        "checkmark.toml",
        "[rules]\n\"task/malformed\" = \"off\"\n\"link/missing-path\" = \"warning\"\n",
    );
    let run = repo.run(&["check", "--format", "concise", "-q"]);
    assert_eq!(
        run.stdout,
        format!(
            "apps/mobile/docs/STATUS.md:3:15: {CITATION}\ndocs/plan.md:3:5: {}\n",
            LINK.replacen("error", "warning", 1)
        )
    );
    // Named by its ID: it runs, at its default severity.
    let run = repo.run(&[
        "check",
        "--format",
        "concise",
        "-q",
        "--select",
        "task/malformed,link",
    ]);
    assert_eq!(
        run.stdout,
        format!(
            "apps/mobile/docs/STATUS.md:5:1: {TASK}\ndocs/plan.md:3:5: {}\n",
            LINK.replacen("error", "warning", 1)
        )
    );
    // A category does not turn it on: it narrows.
    let run = repo.run(&["check", "--format", "concise", "-q", "--select", "task"]);
    assert_eq!((run.stdout.as_str(), run.code), ("", 0));
}

#[test]
fn statistics_count_per_rule() {
    let repo = nested_repo();
    repo.write(
        "docs/more.md",
        "# More\n\n-[ ] one\n-[ ] two\n\n[a](a.md) [b](b.md)\n",
    )
    .commit_all();
    let run = repo.run(&["check", "--statistics"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "3  link/missing-path\n3  task/malformed         3 fixable\n1  citation/missing-path\nFound 7 errors, 0 warnings in 3 files (3 checked). 3 fixable with `checkmark fix`.\n"
    );
    let run = repo.run(&[
        "check",
        "--statistics",
        "--quiet",
        "--select",
        "citation,link",
    ]);
    assert_eq!(
        run.stdout,
        "3  link/missing-path\n1  citation/missing-path\n"
    );
    let run = repo.run(&["check", "--statistics", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        v,
        serde_json::json!([
            {"rule": "link/missing-path", "count": 3, "fixable": 0},
            {"rule": "task/malformed", "count": 3, "fixable": 3},
            {"rule": "citation/missing-path", "count": 1, "fixable": 0},
        ])
    );
    let run = repo.run(&["check", "--statistics", "--format", "sarif"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: --statistics prints counts as text or JSON, not as sarif\n  help: use --format human, concise or json with --statistics\n"
    );
}

#[test]
fn quiet_prints_findings_only() {
    let repo = nested_repo();
    let run = repo.run(&["check", "--format", "concise", "--quiet"]);
    assert_eq!(
        run.stdout,
        format!(
            "apps/mobile/docs/STATUS.md:3:15: {CITATION}\napps/mobile/docs/STATUS.md:5:1: {TASK}\ndocs/plan.md:3:5: {LINK}\n"
        )
    );
    let human = repo.run(&["check", "-q"]);
    assert!(!human.stdout.contains("Found "), "{}", human.stdout);
    assert!(
        human
            .stdout
            .contains("× cited file logs/a.txt is not in the git tree")
    );
    // A clean run prints nothing at all; without --quiet, the summary.
    let clean = Repo::new();
    clean.write("README.md", "# Fine\n").commit_all();
    let run = clean.run(&["check", "--quiet"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "", "")
    );
    let run = clean.run(&["check"]);
    assert_eq!(run.stdout, "All clear: 1 file checked, no findings.\n");
}

#[test]
fn exit_zero_keeps_usage_errors() {
    let repo = nested_repo();
    let run = repo.run(&["check", "--format", "concise", "--exit-zero"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.ends_with(SUMMARY), "{}", run.stdout);
    let run = repo.run(&[
        "check",
        "--exit-zero",
        "--deny-warnings",
        "--select",
        "link",
    ]);
    assert_eq!(run.code, 0);
    let run = repo.run(&["check", "--exit-zero", "no/such/file.md"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    repo.write("checkmark.toml", "[rules]\nnope = \"off\"\n");
    let run = repo.run(&["check", "--exit-zero"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn color_follows_the_flag_then_the_environment() {
    let repo = nested_repo();
    let colored = "\x1b[1mdocs/plan.md:3:5:\x1b[0m \x1b[1;31merror\x1b[0m link/missing-path link target `gone.md` does not exist in the working tree\n";
    let plain = format!("docs/plan.md:3:5: {LINK}\n");
    let args = ["check", "--format", "concise", "-q", "--select", "link"];
    let with = |extra: &[&str], env: &[(&str, &str)]| {
        let mut all = args.to_vec();
        all.extend_from_slice(extra);
        run_env(repo.path(), &all, env).stdout
    };
    let colored = colored.to_string();
    // Piped: no colour, unless forced.
    assert_eq!(with(&[], &[]), plain);
    assert_eq!(with(&[], &[("FORCE_COLOR", "1")]), colored);
    assert_eq!(with(&[], &[("CLICOLOR_FORCE", "1")]), colored);
    assert_eq!(with(&[], &[("FORCE_COLOR", "0")]), plain);
    assert_eq!(with(&[], &[("NO_COLOR", "1")]), plain);
    assert_eq!(
        with(&[], &[("NO_COLOR", "1"), ("FORCE_COLOR", "1")]),
        colored
    );
    // The flag decides over the environment.
    assert_eq!(with(&["--color", "always"], &[("NO_COLOR", "1")]), colored);
    assert_eq!(with(&["--color", "never"], &[("FORCE_COLOR", "1")]), plain);
    assert_eq!(
        with(&["--color", "auto"], &[("CLICOLOR_FORCE", "1")]),
        colored
    );
    // Machine formats never get colour.
    let json = run_env(
        repo.path(),
        &["check", "--format", "json", "--color", "always"],
        &[],
    );
    assert!(!json.stdout.contains('\x1b'));
    // Statistics: the counts in bold.
    let stats = run_env(
        repo.path(),
        &[
            "check",
            "--statistics",
            "-q",
            "--select",
            "link",
            "--color",
            "always",
        ],
        &[],
    );
    assert_eq!(stats.stdout, "\x1b[1m1\x1b[0m  link/missing-path\n");
    let bad = run_env(repo.path(), &["check", "--color", "sometimes"], &[]);
    assert_eq!(bad.code, 2);
}

#[test]
fn output_file_takes_the_report() {
    let repo = nested_repo();
    let sub = repo.path().join("apps/mobile");
    let run = run_in(
        &sub,
        &[
            "check",
            "--format",
            "concise",
            "--output-file",
            "out/report.txt",
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    let written = std::fs::read_to_string(sub.join("out/report.txt")).expect("report written");
    assert_eq!(
        written,
        format!(
            "docs/STATUS.md:3:15: {CITATION}\ndocs/STATUS.md:5:1: {TASK}\n../../docs/plan.md:3:5: {LINK}\n{SUMMARY}"
        )
    );
    // Colour is for terminals: a file gets none, even from `auto` in a terminal-less run.
    let run = run_in(
        repo.path(),
        &["check", "--format", "json", "--output-file", "r.json"],
    );
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("r.json")).unwrap())
            .unwrap();
    assert_eq!(json["diagnostics"].as_array().map(Vec::len), Some(3));
    // A file that cannot be written: exit 2, with the reason.
    repo.write("blocker", "a file, not a folder");
    let run = run_in(repo.path(), &["check", "--output-file", "blocker/r.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: cannot write the report to `"),
        "{}",
        run.stderr
    );
}

#[test]
fn fix_select_applies_only_the_selected_fixes() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "# A\n\n-[x] box\n\nIt\u{e2}\u{20ac}\u{2122}s here.\n",
    )
    .commit_all();
    let run = repo.run(&["fix", "--select", "task/malformed"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/a.md")).unwrap(),
        "# A\n\n- [x] box\n\nIt\u{e2}\u{20ac}\u{2122}s here.\n"
    );
    let run = repo.run(&["fix", "--ignore", "task"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/a.md")).unwrap(),
        "# A\n\n- [x] box\n\nIt’s here.\n"
    );
}

#[test]
fn unknown_rules_in_suppression_comments_warn() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "# A\n\n<!-- checkmark-disable-next-line citaton/missing-path -->\nSee 【F:gone.txt】.\n\n<!-- checkmark-disable link/missing-path, nothing-like-it -->\n[x](y.md)\n",
    )
    .commit_all();
    let run = repo.run(&["check", "--format", "concise"]);
    assert_eq!(run.code, 1, "the warning does not change the exit code");
    assert_eq!(
        run.stdout,
        "docs/a.md:4:5: error citation/missing-path cited file gone.txt is not in the git tree\nFound 1 error, 0 warnings in 1 file (1 checked).\n"
    );
    assert_eq!(
        run.stderr,
        "warning: docs/a.md:3:1: unknown rule `citaton/missing-path` in a `checkmark-disable-next-line` comment; it suppresses nothing\n  help: did you mean `citation/missing-path`?\n\
         warning: docs/a.md:6:1: unknown rule `nothing-like-it` in a `checkmark-disable` comment; it suppresses nothing\n  help: `checkmark rules` lists the rule IDs\n"
    );
    let quiet = repo.run(&["check", "--format", "concise", "-q"]);
    assert_eq!(quiet.stderr, "");
    // The true-positive twin: a correct ID suppresses, and nothing is said.
    repo.write(
        "docs/a.md",
        "# A\n\n<!-- checkmark-disable-next-line citation/missing-path -->\nSee 【F:gone.txt】.\n",
    );
    let run = repo.run(&["check", "--format", "concise"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn completions_for_every_shell() {
    let repo = Repo::new();
    for (shell, marker) in [
        ("bash", "complete -F _checkmark"),
        ("zsh", "#compdef checkmark"),
        ("fish", "complete -c checkmark"),
        (
            "powershell",
            "Register-ArgumentCompleter -Native -CommandName 'checkmark'",
        ),
        ("elvish", "set edit:completion:arg-completer[checkmark]"),
    ] {
        let run = repo.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.contains(marker), "{shell}:\n{}", run.stdout);
        if !matches!(shell, "powershell" | "elvish") {
            // Format names are offered as values (PowerShell and Elvish complete flags only).
            assert!(run.stdout.contains("concise"), "{shell} lacks concise");
        }
        for word in ["select", "statistics", "output-file", "install-hook"] {
            assert!(run.stdout.contains(word), "{shell} lacks {word}");
        }
    }
    let run = repo.run(&["completions", "tcsh"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("possible values: bash, elvish, fish, powershell, zsh"),
        "{}",
        run.stderr
    );
}

#[test]
fn completion_script_loads_in_bash() {
    if Command::new("bash").arg("--version").output().is_err() {
        return;
    }
    let repo = Repo::new();
    let script = repo.run(&["completions", "bash"]).stdout;
    repo.write("c.bash", script);
    let out = Command::new("bash")
        .arg("-c")
        .arg("source ./c.bash && COMP_WORDS=(checkmark check --for) COMP_CWORD=2 && _checkmark checkmark --for check && echo \"${COMPREPLY[@]}\"")
        .current_dir(repo.path())
        .output()
        .expect("bash");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "--format\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn man_pages_match_docs() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let run = run_in(tmp.path(), &["man", "--out-dir", "man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/man");
    let names = |dir: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let fresh = tmp.path().join("man");
    assert_eq!(
        names(&docs),
        names(&fresh),
        "docs/man is out of date: run `cargo run -- man --out-dir docs/man`"
    );
    for name in names(&fresh) {
        assert!(
            std::fs::read_to_string(fresh.join(&name)).ok()
                == std::fs::read_to_string(docs.join(&name)).ok(),
            "docs/man/{name} is out of date: run `cargo run -- man --out-dir docs/man`"
        );
    }
    // The page of one subcommand, on stdout.
    let check = run_in(tmp.path(), &["man", "check"]);
    assert_contains(&check.stdout, ".TH checkmark-check 1");
    assert_contains(&check.stdout, "\\fBcheckmark check\\fR");
    assert_contains(&check.stdout, "\\-\\-output\\-file");
    let none = run_in(tmp.path(), &["man", "nope"]);
    assert_eq!(none.code, 2);
}

#[test]
fn init_writes_the_defaults_and_refuses_to_overwrite() {
    let repo = nested_repo();
    repo.mkdir("apps/web");
    let run = run_in(&repo.path().join("apps/web"), &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = std::fs::read_to_string(repo.path().join("checkmark.toml")).expect("at the root");
    assert!(
        written.starts_with("# checkmark.toml: configuration for checkmark"),
        "{written}"
    );
    assert!(
        written.contains("\n# \"citation/stale\"                 = \"warning\"\n"),
        "{written}"
    );
    // Vendored, generated and archived trees are excluded by default.
    assert!(
        written.contains("\n# exclude = [\"**/node_modules/**\", "),
        "{written}"
    );
    // With the template in place, the findings are those of no configuration.
    let with = repo.check(&[]);
    std::fs::rename(
        repo.path().join("checkmark.toml"),
        repo.path().join("t.toml"),
    )
    .unwrap();
    let without = repo.check(&[]);
    assert_eq!(with.findings(), without.findings());
    assert_eq!(with.findings().len(), 3);
    std::fs::rename(
        repo.path().join("t.toml"),
        repo.path().join("checkmark.toml"),
    )
    .unwrap();
    let again = repo.run(&["init"]);
    assert_eq!(again.code, 2);
    assert!(
        again
            .stderr
            .ends_with("already exists\n  help: pass --force to overwrite it\n"),
        "{}",
        again.stderr
    );
    assert_eq!(repo.run(&["init", "--force"]).code, 0);
}

#[test]
fn configuration_mistakes_are_errors_with_their_line() {
    let repo = nested_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    for (toml, at, cause) in [
        (
            "[status]\nvalues = { finished = [\"Signed off\"] }\n",
            "2:12",
            "unknown status class `finished` in [status] values\n  help: the classes are done, in_progress, at_risk, blocked, not_started, not_applicable",
        ),
        (
            "# aliases\n[status.aliases]\n\"All good\" = \"Superb\"\n",
            "3:14",
            "the alias `All good` points to `Superb`, which is not in the status vocabulary\n  help: point it to a known value (`Done`, `In progress`, `Blocked`, …), or add `Superb` to a class in [status] values",
        ),
        (
            "[rules]\n\"tabel/placeholder\" = \"off\"\n",
            "2:1",
            "unknown rule `tabel/placeholder` in [rules]\n  help: did you mean `table/placeholder`? `checkmark rules` lists the rule IDs",
        ),
        (
            "[tasks]\nrequire-evidence = true\n",
            "2:1",
            "unknown field `require-evidence`, expected `require_evidence`\n  help: see `checkmark init` for a commented example of every key",
        ),
    ] {
        repo.write("checkmark.toml", toml);
        let run = repo.check(&[]);
        assert_eq!(run.code, 2, "{toml}");
        assert_eq!(run.stdout, "");
        let path = root.join("checkmark.toml");
        let path = path.display();
        assert_eq!(
            run.stderr,
            format!(
                "error: invalid configuration in `{path}`\n  --> {path}:{at}\n  caused by: {cause}\n"
            ),
            "{toml}"
        );
    }
    // The twin: values and aliases the vocabulary knows are accepted.
    repo.write(
        "checkmark.toml",
        "[status]\nvalues = { done = [\"Signed off\"] }\naliases = { \"All good\" = \"Signed off\", OK2 = \"✅ Shipped\" }\n",
    );
    assert_eq!(repo.check(&[]).code, 1);
}

#[test]
fn rules_lists_what_runs_by_default() {
    let repo = Repo::new();
    let run = repo.run(&["rules"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "citation/malformed               error    on       a `【F:` citation that does not parse (no `†`, `L0`, `L9-L3`, empty path)"
    );
    assert!(
        run.stdout.ends_with("\n`on` rules run by default. An `off` rule runs when named with `--select RULE`\nor given a level in [rules] of checkmark.toml.\n\n`checkmark rules RULE` explains one rule.\n"),
        "{}",
        run.stdout
    );
    let explain = repo.run(&["rules", "task/malformed"]);
    assert!(
        explain.stdout.starts_with(
            "task/malformed  (default: error, fixable by `checkmark fix`)\n\nOn by default.\n\n"
        ),
        "{}",
        explain.stdout
    );
}
