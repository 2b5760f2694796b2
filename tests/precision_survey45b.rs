//! Patterns of survey 45b (release checklists, production-readiness reviews
//! and go-live runbooks of infrastructure projects: Go services, Kubernetes
//! operators): a Go map literal gofmt re-aligned after a key left it.
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// The Go test a test plan cites (`notificationrequest_test.go:298`,
/// `:299`), as it was written: the map's longest key sets the column of its
/// values.
const TEST_THEN: &str = "package authwebhook\n\
\n\
func check() {\n\
\tvalidate(event, map[string]interface{}{\n\
\t\t\"notification_name\":  nrName,\n\
\t\t\"notification_type\":  \"StatusUpdate\",\n\
\t\t\"priority\":           \"Low\",\n\
\t\t\"delivery_channels_x\": []interface{}{},\n\
\t})\n\
}\n";

/// A test plan's table row citing lines 6 and 7 of the test.
const PLAN: &str = "# Test Plan: PascalCase migration\n\
\n\
| Location | Assertion |\n\
| --- | --- |\n\
| `internal/notification_test.go:6` | `\"notification_type\": \"StatusUpdate\"` |\n\
| `internal/notification_test.go:7` | `\"priority\": \"Low\"` |\n";

fn plan_after(now: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("internal/notification_test.go", TEST_THEN)
        .write("docs/TEST_PLAN.md", PLAN)
        .commit_all();
    repo.write("internal/notification_test.go", now)
        .commit_all();
    repo.check(&["--select", "citation/stale,citation/shifted"])
}

/// jordigilh/kubernaut (survey 45b): `docs/tests/640/TEST_PLAN.md` cites
/// `"notification_type": "StatusUpdate"` and `"priority": "Low"` of a Go
/// test; a later lint commit removed the map's longest key, and gofmt
/// re-aligned every value of the map (`"priority":           "Low",` →
/// `"priority":          "Low",`). The cited lines say what they said (4
/// findings, 2 sampled, judged false). Twins: a value that changed
/// (`"Low"` → `"High"`) and a line indented anew are judged.
#[test]
fn a_line_gofmt_realigned_is_unchanged() {
    let realigned = TEST_THEN
        .replace("\"delivery_channels_x\": []interface{}{},\n", "")
        .replace(":  nrName", ": nrName")
        .replace(":  \"StatusUpdate\"", ": \"StatusUpdate\"")
        .replace(":           \"Low\"", ":          \"Low\"");
    assert_ne!(realigned, TEST_THEN);
    let run = plan_after(&realigned);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let changed = realigned.replace("\"Low\"", "\"High\"");
    let run = plan_after(&changed);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            "docs/TEST_PLAN.md",
            6,
            3,
            "internal/notification_test.go"
        )],
        "\n{}",
        run.dump()
    );

    let indented = realigned.replace("\t\t\"priority\"", "\t\t\t\"priority\"");
    let run = plan_after(&indented);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            "docs/TEST_PLAN.md",
            6,
            3,
            "internal/notification_test.go"
        )],
        "\n{}",
        run.dump()
    );
}

/// A traceability matrix whose last column is `header`, one row naming the
/// file `evidence/i1_loop_check.json` (never committed), with a status
/// column when `status` is set.
fn matrix(header: &str, status: bool) -> common::Run {
    let repo = Repo::new();
    let (head, rule, row) = if status {
        (
            format!("| Requirement | Test | Status | {header} |"),
            "| --- | --- | --- | --- |",
            "| R1: No routing loops | `tests/test_invariants.py` | ✅ Done | `evidence/i1_loop_check.json` |",
        )
    } else {
        (
            format!("| Requirement | Test | {header} |"),
            "| --- | --- | --- |",
            "| R1: No routing loops | `tests/test_invariants.py` | `evidence/i1_loop_check.json` |",
        )
    };
    repo.write(
        "tests/test_invariants.py",
        "def test_no_routing_loops():\n    pass\n",
    )
    .write(
        "validation/spec/traceability_matrix.md",
        format!("# Traceability Matrix\n\n{head}\n{rule}\n{row}\n"),
    )
    .commit_all();
    repo.check(&["--select", "evidence/missing-path"])
}

/// x0tta6bl4-ai/x0tta6bl4 (survey 45b): `validation/spec/traceability_matrix.md`
/// traces each requirement to its test and to its `Evidence Format`, the
/// JSON file the validation suite writes (`evidence/i1_loop_check.json`),
/// in a table with no status column: the form the evidence will take, not a
/// claim that it is kept (7 findings judged false). Twins: the same column
/// beside a status column, and a plain `Evidence` column, are judged.
#[test]
fn an_evidence_format_column_names_outputs_to_come() {
    let run = matrix("Evidence Format", false);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    let run = matrix("Expected Evidence", false);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let path = "validation/spec/traceability_matrix.md";
    let run = matrix("Evidence Format", true);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            path,
            5,
            64,
            "evidence/i1_loop_check.json"
        )],
        "\n{}",
        run.dump()
    );
    let run = matrix("Evidence", false);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            path,
            5,
            55,
            "evidence/i1_loop_check.json"
        )],
        "\n{}",
        run.dump()
    );
}

/// Helm's README as its release archive ships it: links to Helm's own
/// contributing guide and code of conduct.
const HELM_README: &str = "# Helm\n\n\
Helm is a tool for managing Charts ([source](https://github.com/helm/helm)).\n\n\
If you're interested in contributing, please refer to the [Contributing Guide](CONTRIBUTING.md).\n\n\
Participation in the Helm community is governed by the [Code of Conduct](code-of-conduct.md).\n";

fn unpacked(folder: &str, license: bool) -> common::Run {
    let repo = Repo::new();
    repo.write("README.md", "# podinfo\n")
        .write(&format!("{folder}/README.md"), HELM_README);
    if license {
        repo.write(&format!("{folder}/LICENSE"), "Apache License 2.0\n");
    }
    repo.commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// ljluestc/podinfo (survey 45b): `windows-amd64/` is Helm's Windows
/// release archive unpacked and committed: `LICENSE`, Helm's `README.md`,
/// whose `CONTRIBUTING.md` and `code-of-conduct.md` are Helm's, not this
/// repository's (4 findings, with a generated copy of the README beside it,
/// judged false). Twins: the same folder without a license file, and a
/// licensed folder with another name, are checked.
#[test]
fn a_release_archive_unpacked_into_a_platform_folder_is_upstream() {
    let run = unpacked("windows-amd64", true);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let reported = |folder: &str| {
        let file = format!("{folder}/README.md");
        vec![
            t(
                "link/missing-path",
                &file,
                5,
                59,
                &format!("{folder}/CONTRIBUTING.md"),
            ),
            t(
                "link/missing-path",
                &file,
                7,
                56,
                &format!("{folder}/code-of-conduct.md"),
            ),
        ]
    };
    let run = unpacked("windows-amd64", false);
    assert_eq!(
        run.findings(),
        reported("windows-amd64"),
        "\n{}",
        run.dump()
    );
    let run = unpacked("tools", true);
    assert_eq!(run.findings(), reported("tools"), "\n{}", run.dump());
}

/// A risk triage whose evidence cell names `cell`, in a repository that has
/// `src/core/app.py` (and an `etc/` folder when `etc` is set).
fn triage(cell: &str, etc: bool) -> common::Run {
    let repo = Repo::new();
    repo.write("src/core/app.py", "app = 1\n");
    if etc {
        repo.write("etc/spire/agent.conf", "server = 1\n");
    }
    repo.write(
        "docs/architecture/RISK_TRIAGE.md",
        format!(
            "# Risk Triage\n\n| Area | Current repo evidence | Status |\n| --- | --- | --- |\n\
             | SPIFFE/SPIRE identity | `src/core/app.py` | ✅ Done |\n| SPIRE socket path | {cell} | ✅ Done |\n"
        ),
    )
    .commit_all();
    repo.check(&["--select", "evidence/missing-path"])
}

/// x0tta6bl4-ai/x0tta6bl4 (survey 45b): a risk triage's evidence cell names
/// the SPIRE agent's socket, `/run/spire/sockets/agent.sock`, a path on the
/// node the workload runs on, not in the repository (1 finding judged
/// false); Kubernetes runbooks name `/etc/kubernetes/…` and `/var/lib/etcd`
/// alike. Twins: a rooted path of the repository's own folder (`/src/…`),
/// and `/etc/…` in a repository with an `etc/` folder, are judged.
#[test]
fn a_path_on_the_host_is_not_the_repository_s() {
    let run = triage("`/run/spire/sockets/agent.sock`", false);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    let run = triage("`/etc/kubernetes/admin.conf`", false);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let path = "docs/architecture/RISK_TRIAGE.md";
    let run = triage("`/src/core/socket.py`", false);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            path,
            6,
            23,
            "src/core/socket.py"
        )],
        "\n{}",
        run.dump()
    );
    let run = triage("`/etc/spire/server.conf`", true);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            path,
            6,
            23,
            "etc/spire/server.conf"
        )],
        "\n{}",
        run.dump()
    );
}

/// An incident template's table of checks whose first row's result is
/// `result`, its evidence cell empty.
fn health_summary(result: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "docs/templates/DAILY_HEALTH_SUMMARY_TEMPLATE.md",
        format!(
            "# Daily Health Summary\n\n## Checks\n\n| Check | Result | Evidence | Notes |\n|---|---|---|---|\n\
             | User-visible symptom | {result} | | |\n"
        ),
    )
    .commit_all();
    repo.check(&["--select", "evidence/missing-for-done"])
}

/// x0tta6bl4-ai/x0tta6bl4 (survey 45b): the daily health summary and
/// incident note templates leave each check's result as the states to pick
/// from, `` `ok/degraded/failing/unknown` ``: `ok` is a status word, the
/// others are the template's own (2 findings judged false). Twins: `ok`
/// alone, and three choices all of one kind (`Done/Verified/Complete`), are
/// judged.
#[test]
fn a_template_s_own_states_to_pick_from_are_a_blank() {
    let run = health_summary("`ok/degraded/failing/unknown`");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let path = "docs/templates/DAILY_HEALTH_SUMMARY_TEMPLATE.md";
    for result in ["`ok`", "`Done/Verified/Complete`"] {
        let run = health_summary(result);
        assert_eq!(
            run.findings(),
            vec![t("evidence/missing-for-done", path, 7, 1, "")],
            "{result}\n{}",
            run.dump()
        );
    }
}

/// jordigilh/kubernaut (survey 45b): `docs/architecture/README.md` links
/// `../deprecated/architecture/`, a folder that is not there; the help
/// guessed the document's own folder and wrote it relative to itself, the
/// empty path: "did you mean ``?". The finding stands; its help says what
/// to do. Twin: a near name elsewhere is still suggested.
#[test]
fn no_guess_names_the_document_s_own_folder() {
    let repo = Repo::new();
    repo.write(
        "docs/architecture/README.md",
        "# Architecture\n\n- **Deprecated**: [`../deprecated/architecture/`](../deprecated/architecture/)\n- [Overview](overveiw.md)\n",
    )
    .write("docs/architecture/overview.md", "# Overview\n")
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    let helps: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        helps,
        vec![
            "commit the file, or correct the path".to_string(),
            "did you mean `overview.md`?".to_string()
        ],
        "\n{}",
        run.dump()
    );
}
