//! `--format concise`: one line per finding,
//! `path:line:column: severity rule message`, with the path relative to the
//! current directory so a terminal or an editor can open it.

use super::Style;
use crate::diagnostic::Severity;
use crate::engine::CheckResult;

/// The ANSI style of a severity.
pub(crate) fn severity_style(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

/// The findings, one a line (the summary line is added by the caller).
pub fn write(
    result: &CheckResult,
    style: &Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    for d in result.diagnostics() {
        // Text from documents and file names: no control character reaches the terminal.
        let path = style.path(&d.file);
        let location = format!("{}:{}:{}:", crate::escape::control(&path), d.line, d.column);
        writeln!(
            out,
            "{} {} {} {}",
            style.paint("1", &location),
            style.paint(severity_style(d.severity), d.severity.as_str()),
            d.rule,
            crate::escape::control(&d.message.replace(['\n', '\r'], " "))
        )?;
    }
    Ok(())
}
