//! `--format github`: workflow commands that GitHub Actions shows as annotations.
//!
//! One line per finding: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
//! (`warning` for warnings, `notice` for infos). Escaping follows the runner's
//! rules (`@actions/core`'s `escapeData` / `escapeProperty`): `%`, CR and LF in
//! the message; also `:` and `,` in property values, which would otherwise end
//! the value. The help goes on a second line of the message.

use crate::diagnostic::Severity;
use crate::engine::CheckResult;

/// Escapes a workflow-command message (`%`, CR, LF; other control characters
/// are made visible first, see [`crate::escape`]).
fn escape_data(s: &str) -> String {
    crate::escape::control(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command a line.
pub fn write(result: &CheckResult, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for d in result.diagnostics() {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut msg = d.message.clone();
        if let Some(h) = &d.help {
            msg.push_str("\nhelp: ");
            msg.push_str(h);
        }
        writeln!(
            out,
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&d.file),
            d.line,
            d.column,
            d.end_line,
            d.end_column,
            escape_property(&format!("checkmark {}", d.rule)),
            escape_data(&msg)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_runner() {
        assert_eq!(escape_data("100% done\r\nnext"), "100%25 done%0D%0Anext");
        assert_eq!(escape_data("a: b, c"), "a: b, c");
        assert_eq!(escape_property("docs/a,b:c%.md"), "docs/a%2Cb%3Ac%25.md");
    }
}
