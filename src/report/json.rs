//! `--format json`, schema version 1 (see the contract).

use serde::Serialize;

use super::{Summary, summary};
use crate::diagnostic::Diagnostic;
use crate::engine::CheckResult;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    source: Source<'a>,
    files_checked: usize,
    diagnostics: Vec<&'a Diagnostic>,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Source<'a> {
    mode: &'static str,
    rev: Option<&'a str>,
}

pub fn render(result: &CheckResult) -> String {
    let out = Output {
        version: 1,
        tool: Tool {
            name: "checkmark",
            version: env!("CARGO_PKG_VERSION"),
        },
        source: Source {
            mode: result.mode.name(),
            rev: result.rev.as_deref(),
        },
        files_checked: result.files_checked,
        diagnostics: result.diagnostics(),
        summary: summary(result),
    };
    let mut s =
        serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
