//! The JSON Schemas shipped in `docs/`: generated from the types, kept in sync,
//! and true of the real binary's output and of the `checkmark init` template.
//!
//! Regenerate them with `CHECKMARK_BLESS=1 cargo test --test schemas`.

mod common;

use common::Repo;
use serde_json::Value;

const OUTPUT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/checkmark-output.schema.json"
);
const CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/checkmark.schema.json");

/// Compares the shipped file with what the types generate (or rewrites it
/// under `CHECKMARK_BLESS=1`).
fn in_sync(path: &str, generated: &str) {
    if std::env::var_os("CHECKMARK_BLESS").is_some() {
        std::fs::write(path, generated).expect("write schema");
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "{path} is out of date: run `CHECKMARK_BLESS=1 cargo test --test schemas`"
    );
}

fn validator(path: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(path).expect("schema exists");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema is a valid JSON Schema")
}

fn assert_valid(v: &jsonschema::Validator, instance: &Value) {
    let errors: Vec<String> = v.iter_errors(instance).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}\nin\n{instance:#}");
}

#[test]
fn output_schema_matches_types() {
    in_sync(OUTPUT, &checkmark::report::json::schema());
}

#[test]
fn config_schema_matches_types() {
    in_sync(CONFIG, &checkmark::config::schema());
}

#[test]
fn real_output_is_valid() {
    let v = validator(OUTPUT);
    let repo = Repo::new();
    repo.write(
        "docs/STATUS.md",
        "# Status\n\n- [x] shipped 【F:logs/run.json†L1-L2】\n- [ ] see [notes](missing.md#top)\n\n\
         | Item | Status | Evidence |\n| --- | --- | --- |\n| A | Dnoe | |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    let out = run.json();
    let n = out["diagnostics"].as_array().map_or(0, Vec::len);
    assert!(n >= 2, "expected findings to validate:\n{}", run.stdout);
    assert_valid(&v, &out);

    let run = repo.check(&["--rev", "HEAD"]);
    let out = run.json();
    assert_eq!(out["source"]["mode"], "rev");
    assert_valid(&v, &out);

    // The schema is not vacuous: a wrong version or an unknown mode fails it.
    let mut bad = out.clone();
    bad["version"] = 2.into();
    assert!(!v.is_valid(&bad));
    let mut bad = out;
    bad["source"]["mode"] = "tree".into();
    assert!(!v.is_valid(&bad));
}

/// The `init` template as written, and with every default line uncommented.
#[test]
fn init_template_is_valid() {
    let v = validator(CONFIG);
    let repo = Repo::new();
    let run = repo.run(&["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(repo.path().join("checkmark.toml")).expect("init wrote it");
    let key = regex::Regex::new(r#"^# ([a-z_]+|"[^"]+") +="#).expect("regex");
    let uncommented: String = text
        .lines()
        .map(|l| {
            if key.is_match(l) {
                l.trim_start_matches("# ")
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(text.trim(), uncommented.trim());
    for t in [&text, &uncommented] {
        let doc: Value = toml::from_str(t).expect("template is TOML");
        assert_valid(&v, &doc);
    }
    // Not vacuous: an unknown key, a bad level, a bad rule ID fail it.
    for bad in [
        "colour = true\n",
        "[rules]\n\"task/malformed\" = \"loud\"\n",
        "[rules]\nTask = \"off\"\n",
        "[fix]\nprogress_count = \"yes\"\n",
    ] {
        let doc: Value = toml::from_str(bad).expect("TOML");
        assert!(!v.is_valid(&doc), "accepted {bad}");
    }
}

/// The editor directive the README documents is a comment to checkmark: the
/// configuration after it still applies.
#[test]
fn schema_directive_is_accepted_in_config() {
    let repo = Repo::new();
    repo.write("docs/a.md", "# A\n\nsee [b](missing.md)\n")
        .write(
            "checkmark.toml",
            "#:schema ./docs/checkmark.schema.json\n[rules]\n\"link/missing-path\" = \"off\"\n",
        );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.json()["diagnostics"], serde_json::json!([]));
    // Twin: without the rule turned off, the same file has its finding.
    repo.write("checkmark.toml", "#:schema ./docs/checkmark.schema.json\n");
    let run = repo.check(&[]);
    common::assert_findings(
        &run,
        &[common::t(
            "link/missing-path",
            "docs/a.md",
            3,
            5,
            "docs/missing.md",
        )],
        1,
    );
}
