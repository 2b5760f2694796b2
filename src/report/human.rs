//! Human output: miette snippets with the offending span underlined and a help
//! line; paths relative to the current directory.

use std::collections::HashMap;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};

use crate::diagnostic::Severity;
use crate::engine::CheckResult;

/// The findings as snippets (the summary line is added by the caller).
pub fn render(result: &CheckResult, style: &super::Style) -> String {
    let theme = if style.color {
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
                format!("{}:{}:{}", style.path(&d.file), d.line, d.column),
                text.to_string(),
            )),
            None => miette::Report::new(diag),
        };
        let _ = handler.render_report(&mut out, report.as_ref());
        out.push('\n');
    }
    out
}
