//! Human output: miette snippets with the offending span underlined, a help
//! line, and a summary.

use std::collections::HashMap;
use std::fmt::Write;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};

use super::{plural, summary};
use crate::diagnostic::Severity;
use crate::engine::CheckResult;

pub fn render(result: &CheckResult, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(120)
        .without_primary_span_start()
        .with_links(false);
    let texts: HashMap<&str, &std::sync::Arc<String>> = result
        .files
        .iter()
        .filter_map(|f| f.text.as_ref().map(|t| (f.path.as_str(), t)))
        .collect();
    let mut out = String::new();
    for d in result.diagnostics() {
        let severity = match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        };
        let mut diag = MietteDiagnostic::new(d.message.clone())
            .with_code(d.rule)
            .with_severity(severity);
        let label = d
            .target
            .as_deref()
            .map(|t| t.to_string())
            .unwrap_or_else(|| "here".to_string());
        let len = d.span.end.saturating_sub(d.span.start);
        diag = diag.with_label(LabeledSpan::at(d.span.start..d.span.start + len, label));
        if let Some(h) = &d.help {
            diag = diag.with_help(h.clone());
        }
        let report = match texts.get(d.file.as_str()) {
            Some(text) => miette::Report::new(diag).with_source_code(NamedSource::new(
                format!("{}:{}:{}", d.file, d.line, d.column),
                text.to_string(),
            )),
            None => miette::Report::new(diag),
        };
        let _ = handler.render_report(&mut out, report.as_ref());
        out.push('\n');
    }
    let s = summary(result);
    let files_with = result
        .files
        .iter()
        .filter(|f| !f.diagnostics.is_empty())
        .count();
    if s.errors + s.warnings + s.infos == 0 {
        let _ = writeln!(
            out,
            "All clear: {} checked, no findings.",
            plural(result.files_checked, "file")
        );
    } else {
        let _ = write!(
            out,
            "Found {}, {}{} in {} ({} checked).",
            plural(s.errors, "error"),
            plural(s.warnings, "warning"),
            if s.infos > 0 {
                format!(", {}", plural(s.infos, "info"))
            } else {
                String::new()
            },
            plural(files_with, "file"),
            result.files_checked
        );
        if s.fixable > 0 {
            let _ = write!(out, " {} fixable with `checkmark fix`.", s.fixable);
        }
        out.push('\n');
    }
    out
}
