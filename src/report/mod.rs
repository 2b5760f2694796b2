//! Output formats. Only this module (and the CLI) prints.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod statistics;

use crate::diagnostic::Severity;
use crate::engine::CheckResult;

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// miette-style snippets with the offending span underlined.
    Human,
    /// One line per finding: `path:line:column: severity rule message`.
    Concise,
    /// Machine-readable, schema version 1.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// A PR comment body.
    Markdown,
}

impl Format {
    /// The name as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Concise => "concise",
            Format::Json => "json",
            Format::Github => "github",
            Format::Sarif => "sarif",
            Format::Markdown => "markdown",
        }
    }

    /// Whether the output shows the documents' text (snippets), so the check
    /// must keep the text of each file with findings.
    pub fn needs_texts(self) -> bool {
        matches!(self, Format::Human | Format::Sarif)
    }
}

/// Counts of a result.
#[derive(Debug, Default, Clone, Copy, serde::Serialize, schemars::JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub fixable: usize,
    /// Findings whose fix is unsafe (`checkmark fix --unsafe-fixes`); not in the JSON.
    #[serde(skip)]
    pub unsafe_fixable: usize,
    /// With `--base`: how many findings already exist at the base and are not shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known_at_base: Option<usize>,
}

pub fn summary(result: &CheckResult) -> Summary {
    let mut s = Summary {
        known_at_base: result.baseline.as_ref().map(|b| b.hidden),
        ..Summary::default()
    };
    for d in result.diagnostics() {
        match d.severity {
            Severity::Error => s.errors += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Info => s.infos += 1,
        }
        if d.fixable {
            s.fixable += 1;
        } else if !d.edits.is_empty() {
            s.unsafe_fixable += 1;
        }
    }
    s
}

/// How output meant for a person looks: colour, where its paths start, and
/// whether it ends with a summary. Machine formats (JSON, SARIF, GitHub,
/// Markdown) ignore it and keep repository-relative paths.
#[derive(Debug, Clone, Default)]
pub struct Style {
    /// ANSI colours (human, concise and statistics output).
    pub color: bool,
    /// No summary line: findings only (`--quiet`).
    pub quiet: bool,
    paths: Paths,
}

/// How a repository-relative path is shown to a person.
#[derive(Debug, Clone, Default)]
enum Paths {
    /// As it is (relative to the repository root).
    #[default]
    Repository,
    /// Relative to the current directory, which is this folder of the repository.
    From(Vec<String>),
    /// The current directory is outside the work tree: absolute, under this root.
    Absolute(std::path::PathBuf),
}

impl Style {
    /// Colour or not, summary or not, repository-relative paths.
    pub fn new(color: bool, quiet: bool) -> Style {
        Style {
            color,
            quiet,
            paths: Paths::Repository,
        }
    }

    /// Paths relative to `cwd`, for a repository whose work tree is `workdir`
    /// (None: a bare repository, paths stay repository-relative).
    pub fn relative_to(
        mut self,
        cwd: &std::path::Path,
        workdir: Option<&std::path::Path>,
    ) -> Style {
        let Some(workdir) = workdir else {
            self.paths = Paths::Repository;
            return self;
        };
        let canon =
            |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let (cwd, root) = (canon(cwd), canon(workdir));
        self.paths = match cwd.strip_prefix(&root) {
            Ok(sub) => Paths::From(
                sub.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect(),
            ),
            Err(_) => Paths::Absolute(root),
        };
        self
    }

    /// `file` (repository-relative, `/`-separated) as the person should see it.
    pub fn path(&self, file: &str) -> String {
        match &self.paths {
            Paths::Repository => file.to_string(),
            Paths::Absolute(root) => root.join(file).display().to_string(),
            Paths::From(sub) => {
                let parts: Vec<&str> = file.split('/').collect();
                let common = sub
                    .iter()
                    .zip(&parts)
                    .take_while(|(a, b)| a.as_str() == **b)
                    .count()
                    .min(parts.len().saturating_sub(1));
                let mut out = "../".repeat(sub.len() - common);
                out.push_str(&parts[common..].join("/"));
                out
            }
        }
    }

    /// `text` in an ANSI style (`1;31` bold red…) when colour is on.
    pub(crate) fn paint(&self, ansi: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{ansi}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Renders `result` in `format` as one string (the hook, tests). To print,
/// use [`write`], which streams.
pub fn render(result: &CheckResult, format: Format, style: &Style) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and every format writes UTF-8.
    let _ = write(result, format, style, &mut out);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes `result` in `format` to `out` as it is rendered, finding by finding:
/// the report is never held whole in memory (a hundred thousand findings make
/// tens of megabytes of text). Give it a buffered writer.
pub fn write(
    result: &CheckResult,
    format: Format,
    style: &Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Human => {
            human::write(result, style, out)?;
            write_summary(result, style, out)
        }
        Format::Concise => {
            concise::write(result, style, out)?;
            write_summary(result, style, out)
        }
        Format::Json => json::write(result, out),
        Format::Github => github::write(result, out),
        Format::Sarif => sarif::write(result, out),
        // At most GitHub's comment limit (64 KB): built whole, then written.
        Format::Markdown => {
            out.write_all(markdown::render(result, &markdown::Links::from_env()).as_bytes())
        }
    }
}

/// The summary line, unless quiet.
pub(crate) fn write_summary(
    result: &CheckResult,
    style: &Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    if !style.quiet {
        writeln!(out, "{}", summary_line(result))?;
    }
    Ok(())
}

/// `value` as pretty-printed JSON and a final newline, streamed.
pub(crate) fn write_json(
    out: &mut dyn std::io::Write,
    value: &impl serde::Serialize,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// One line saying what was found: `Found 2 errors, 1 warning in 1 file (3 checked).`
pub fn summary_line(result: &CheckResult) -> String {
    let s = summary(result);
    let hidden = hidden_by_base(result, str::to_string);
    if s.errors + s.warnings + s.infos == 0 {
        return match hidden {
            Some(hidden) => format!(
                "No new findings: {} checked; {hidden}.",
                plural(result.files_checked, "file")
            ),
            None => format!(
                "All clear: {} checked, no findings.",
                plural(result.files_checked, "file")
            ),
        };
    }
    let files_with = result
        .files
        .iter()
        .filter(|f| !f.diagnostics.is_empty())
        .count();
    let mut line = format!(
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
        line.push_str(&format!(" {} fixable with `checkmark fix`.", s.fixable));
    }
    if s.unsafe_fixable > 0 {
        line.push_str(&format!(
            " {} more with `checkmark fix --unsafe-fixes` (review them: they change claims).",
            s.unsafe_fixable
        ));
    }
    if let Some(hidden) = hidden {
        line.push_str(&format!(" Besides these, {hidden}."));
    }
    line
}

/// "12 findings that already exist at main are not shown", or None when
/// `--base` hid nothing. `rev` is shown as given (formats may quote it).
pub(crate) fn hidden_by_base(result: &CheckResult, rev: impl Fn(&str) -> String) -> Option<String> {
    let b = result.baseline.as_ref().filter(|b| b.hidden > 0)?;
    let (exist, are) = if b.hidden == 1 {
        ("exists", "is")
    } else {
        ("exist", "are")
    };
    Some(format!(
        "{} that already {exist} at {} {are} not shown",
        plural(b.hidden, "finding"),
        rev(&b.rev)
    ))
}

pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}
