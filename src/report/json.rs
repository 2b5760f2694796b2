//! `--format json`, schema version 1 (see the contract).

use schemars::JsonSchema;
use serde::Serialize;

use super::{Summary, summary};
use crate::diagnostic::Diagnostic;
use crate::engine::CheckResult;

/// The output of `checkmark check --format json`, schema version 1.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "checkmark JSON output", deny_unknown_fields)]
struct Output<'a> {
    /// The schema version of this output.
    #[schemars(extend("const" = 1))]
    version: u32,
    tool: Tool,
    source: Source<'a>,
    /// How many files were read.
    files_checked: usize,
    /// Sorted by file, line, column, rule.
    diagnostics: Vec<&'a Diagnostic>,
    summary: Summary,
}

#[derive(Serialize, JsonSchema)]
struct Tool {
    #[schemars(extend("const" = "checkmark"))]
    name: &'static str,
    version: &'static str,
}

/// Where the Markdown was read from.
#[derive(Serialize, JsonSchema)]
struct Source<'a> {
    /// `worktree`, `index` (`--staged`) or `rev` (`--rev`).
    #[schemars(extend("enum" = ["worktree", "index", "rev"]))]
    mode: &'static str,
    /// The revision given to `--rev`, else null.
    rev: Option<&'a str>,
}

/// The JSON Schema of the output, as shipped in `docs/checkmark-output.schema.json`.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Output<'static>);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON document, pretty-printed, with a final newline.
pub fn write(result: &CheckResult, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let doc = Output {
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
    super::write_json(out, &doc)
}
