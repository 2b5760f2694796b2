//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning ingests it.
//!
//! One run whose `tool.driver.rules` lists every rule of the registry (so a
//! result's `ruleIndex` points into it and code scanning can show the rule's
//! help), and one result per diagnostic. Locations are repository-relative
//! URIs against `%SRCROOT%`; columns count Unicode scalar values, which the
//! run declares with `columnKind: unicodeCodePoints`. `partialFingerprints`
//! carries checkmark's own fingerprint (rule + file + offending text), so an
//! alert survives lines moving above it.
//!
//! The structures below are the subset of the SARIF object model checkmark
//! writes, in the spec's property names and order; a test validates the
//! output against the official schema.

use std::collections::BTreeMap;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::CheckResult;
use crate::rules::{REGISTRY, Rule};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// The key under `partialFingerprints`; bump the version if the fingerprint changes meaning.
const FINGERPRINT_KEY: &str = "checkmark/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    results: Results<'a>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location<'a>; 1],
    partial_fingerprints: BTreeMap<&'static str, &'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    uri_base_id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

/// Where the driver's documentation lives: the crate's repository or
/// homepage when `Cargo.toml` names one, else its crates.io page.
fn information_uri() -> &'static str {
    match (
        option_env!("CARGO_PKG_REPOSITORY"),
        option_env!("CARGO_PKG_HOMEPAGE"),
    ) {
        (Some(r), _) if !r.is_empty() => r,
        (_, Some(h)) if !h.is_empty() => h,
        _ => "https://crates.io/crates/checkmark",
    }
}

/// SARIF's `level` for a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `citation/missing-path` → `CitationMissingPath` (SARIF's `name` is an identifier).
fn pascal_name(id: &str) -> String {
    id.split(['/', '-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// First letter up, trailing period: the summary reads as a sentence.
fn sentence(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    let mut chars = s.chars();
    if let Some(f) = chars.next() {
        out.extend(f.to_uppercase());
        out.extend(chars);
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

fn descriptor(r: &Rule) -> ReportingDescriptor {
    let fix = match crate::rules::docs::fix_kind(r) {
        Some("unsafe") => {
            "`checkmark fix --unsafe-fixes` repairs it (an unsafe fix: it changes what the document claims)."
        }
        Some(_) => "`checkmark fix` repairs it.",
        None => "`checkmark fix` does not repair it.",
    };
    // Why it matters, not the record of cases (tens of thousands of
    // characters for the link rules, in every report): `checkmark rules ID
    // --full` prints that.
    let (why, _) = crate::rules::docs::why_parts(r);
    let text = format!(
        "Fires when {summary}.\n\n{why}\n\nFails:\n{bad}\n\nPasses:\n{good}\n\n{fix} `checkmark rules {id} --full` explains it, with when it speaks and when it stays silent.",
        summary = r.summary.trim_end_matches('.'),
        bad = indent(r.bad),
        good = indent(r.good),
        id = r.id,
    );
    let fence = fence_for(&[r.bad, r.good]);
    let markdown = format!(
        "**Fires when** {summary}.\n\n{why}\n\nFails:\n\n{fence}markdown\n{bad}\n{fence}\n\nPasses:\n\n{fence}markdown\n{good}\n{fence}\n\n{fix} `checkmark rules {id} --full` explains it, with when it speaks and when it stays silent.",
        summary = r.summary.trim_end_matches('.'),
        bad = r.bad,
        good = r.good,
        id = r.id,
    );
    let mut tags = vec!["checklist"];
    if let Some((family, _)) = r.id.split_once('/') {
        tags.push(family);
    }
    ReportingDescriptor {
        id: r.id,
        name: pascal_name(r.id),
        short_description: Text {
            text: sentence(r.summary),
        },
        full_description: Text {
            text: why.to_string(),
        },
        help: Help { text, markdown },
        default_configuration: Configuration {
            level: level(r.severity),
        },
        properties: RuleProperties { tags },
    }
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("    {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A code fence longer than any run of backticks in `texts`.
fn fence_for(texts: &[&str]) -> String {
    let longest = texts
        .iter()
        .flat_map(|t| t.split(|c| c != '`'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// Characters kept as they are in a relative URI path: RFC 3986 unreserved and `/`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A repository-relative path as a relative URI reference (`my docs/ä.md` → `my%20docs/%C3%A4.md`).
pub fn uri_of(path: &str) -> String {
    utf8_percent_encode(path, PATH).to_string()
}

fn message(d: &Diagnostic) -> String {
    match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    }
}

/// The results, made one at a time as they are serialised: a hundred
/// thousand findings are never held as SARIF objects all at once.
struct Results<'a> {
    diagnostics: Vec<&'a Diagnostic>,
    texts: BTreeMap<&'a str, &'a str>,
}

impl Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.diagnostics
                .iter()
                .filter_map(|d| sarif_result(d, &self.texts)),
        )
    }
}

/// The SARIF result of a finding (None for a rule missing from the registry,
/// which cannot be reported by index; the engine drops such findings already,
/// so this never skips one).
fn sarif_result<'a>(d: &'a Diagnostic, texts: &BTreeMap<&str, &'a str>) -> Option<SarifResult<'a>> {
    let rule_index = REGISTRY.iter().position(|r| r.id == d.rule)?;
    let snippet = texts
        .get(d.file.as_str())
        .and_then(|t| t.get(d.span.clone()))
        .filter(|s| !s.is_empty())
        .map(|text| Snippet { text });
    Some(SarifResult {
        rule_id: d.rule,
        rule_index,
        level: level(d.severity),
        message: Text { text: message(d) },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri_of(&d.file),
                    uri_base_id: "%SRCROOT%",
                },
                region: Region {
                    start_line: d.line,
                    start_column: d.column,
                    end_line: d.end_line,
                    end_column: d.end_column,
                    snippet,
                },
            },
        }],
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, d.fingerprint.as_str())]),
    })
}

/// The SARIF log, pretty-printed, with a final newline.
pub fn write(result: &CheckResult, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let texts: BTreeMap<&str, &str> = result
        .files
        .iter()
        .filter_map(|f| f.text.as_deref().map(|t| (f.path.as_str(), t.as_str())))
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "checkmark",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: information_uri(),
                    rules: REGISTRY.iter().map(|r| descriptor(r)).collect(),
                },
            },
            results: Results {
                diagnostics: result.diagnostics(),
                texts,
            },
            column_kind: "unicodeCodePoints",
        }],
    };
    super::write_json(out, &log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(pascal_name("citation/missing-path"), "CitationMissingPath");
        assert_eq!(pascal_name("encoding/invalid-utf8"), "EncodingInvalidUtf8");
        assert_eq!(uri_of("docs/launch plan.md"), "docs/launch%20plan.md");
        assert_eq!(uri_of("docs/ä#1.md"), "docs/%C3%A4%231.md");
        assert_eq!(uri_of("a_b-c.d~e/f"), "a_b-c.d~e/f");
    }

    #[test]
    fn sentences_and_fences() {
        assert_eq!(sentence("the path is missing"), "The path is missing.");
        assert_eq!(sentence("`#a` is gone."), "`#a` is gone.");
        assert_eq!(fence_for(&["no ticks"]), "```");
        assert_eq!(fence_for(&["a ```` b"]), "`````");
    }
}
