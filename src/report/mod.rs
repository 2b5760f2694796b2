//! Output formats. Only this module (and the CLI) prints.

pub mod github;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;

use crate::diagnostic::Severity;
use crate::engine::CheckResult;

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// miette-style snippets with the offending span underlined.
    Human,
    /// Machine-readable, schema version 1.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// A PR comment body.
    Markdown,
}

/// Counts of a result.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub fixable: usize,
}

pub fn summary(result: &CheckResult) -> Summary {
    let mut s = Summary::default();
    for d in result.diagnostics() {
        match d.severity {
            Severity::Error => s.errors += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Info => s.infos += 1,
        }
        if d.fixable {
            s.fixable += 1;
        }
    }
    s
}

/// Renders `result` in `format`.
pub fn render(result: &CheckResult, format: Format, color: bool) -> String {
    match format {
        Format::Human => human::render(result, color),
        Format::Json => json::render(result),
        Format::Github => github::render(result),
        Format::Sarif => sarif::render(result),
        Format::Markdown => markdown::render(result, &markdown::Links::from_env()),
    }
}

pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}
