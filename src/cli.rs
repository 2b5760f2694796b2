//! The command line: clap definitions (each flag documented where it is
//! defined) and the dispatch to the library. Exit codes: 0 clean, 1 findings
//! (or `fix --check` would change something), 2 usage / configuration / I/O.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::diagnostic::Severity;
use crate::engine::{self, CheckOptions, RunError};
use crate::report::{self, Format};
use crate::rules;
use crate::source::Mode;

/// A Git-native linter and rewriter for readiness-checklist Markdown.
#[derive(Debug, Parser)]
#[command(name = "checkmark", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check checklists: citations, links, evidence, structure, statuses.
    Check(CheckArgs),
    /// Rewrite status tables, markers and mojibake in place, showing a diff.
    Fix(FixArgs),
    /// Write a PR comment body (Markdown) with the findings.
    Report(ReportArgs),
    /// List the rules, or explain one.
    Rules(RulesArgs),
    /// Write a commented default checkmark.toml at the repository root.
    Init(InitArgs),
    /// Install a git pre-commit hook that runs `checkmark check --staged`.
    InstallHook(InstallHookArgs),
}

#[derive(Debug, Args)]
pub struct SourceArgs {
    /// Files or folders to check. Default: every tracked (and untracked but not
    /// ignored) Markdown file of the repository. A file named here is checked
    /// whatever its extension.
    pub paths: Vec<PathBuf>,
    /// Read Markdown and resolve evidence from the index: exactly what is being committed.
    #[arg(long, conflicts_with = "rev")]
    pub staged: bool,
    /// Read Markdown and resolve evidence from the tree of REV (no checkout; works in a bare clone).
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Report only findings that are new relative to REV (matched by fingerprint, not line).
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// Configuration file (default: checkmark.toml at the repository root).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    /// Files or folders to fix (default: every checklist of the repository).
    pub paths: Vec<PathBuf>,
    /// Write nothing; exit 1 when anything would change.
    #[arg(long, conflicts_with = "diff")]
    pub check: bool,
    /// Print the unified diff and write nothing.
    #[arg(long)]
    pub diff: bool,
    /// Fix against the index; refuses a file whose working-tree copy differs from the staged one.
    #[arg(long)]
    pub staged: bool,
    /// Configuration file (default: checkmark.toml at the repository root).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Files or folders to report on.
    pub paths: Vec<PathBuf>,
    /// Check the tree of REV (the PR head).
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Report only findings new relative to REV (the PR base).
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Configuration file.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A rule ID (`citation/missing-path`) to explain.
    pub rule: Option<String>,
    /// Print the reference for every rule as Markdown (docs/rules.md).
    #[arg(long)]
    pub markdown: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Overwrite an existing checkmark.toml.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct InstallHookArgs {
    /// Replace an existing pre-commit hook that checkmark did not write.
    #[arg(long)]
    pub force: bool,
}

/// Whether to colour output on stdout.
pub fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    let result = match cli.command {
        Command::Check(a) => cmd_check(a),
        Command::Fix(a) => crate::fix::cmd_fix(a),
        Command::Report(a) => cmd_report(a),
        Command::Rules(a) => cmd_rules(a),
        Command::Init(a) => cmd_init(a),
        Command::InstallHook(a) => crate::hook::install(a.force),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

fn cwd() -> Result<PathBuf, RunError> {
    std::env::current_dir()
        .map_err(|e| RunError::Usage(format!("cannot read the current directory: {e}")))
}

fn mode_of(staged: bool, rev: &Option<String>) -> Mode {
    match (staged, rev) {
        (_, Some(r)) => Mode::Rev(r.clone()),
        (true, None) => Mode::Staged,
        (false, None) => Mode::Worktree,
    }
}

fn print(s: &str) -> Result<(), RunError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(RunError::Usage(format!("cannot write output: {e}"))),
    }
}

fn cmd_check(a: CheckArgs) -> Result<i32, RunError> {
    let opts = CheckOptions {
        paths: a.source.paths,
        mode: mode_of(a.source.staged, &a.source.rev),
        base: a.source.base,
        config: a.source.config,
        cwd: cwd()?,
    };
    let result = engine::check(&opts)?;
    let color = a.format == Format::Human && use_color();
    print(&report::render(&result, a.format, color))?;
    let s = report::summary(&result);
    let failing = s.errors > 0 || (a.deny_warnings && s.warnings > 0);
    Ok(if failing { 1 } else { 0 })
}

fn cmd_report(a: ReportArgs) -> Result<i32, RunError> {
    let opts = CheckOptions {
        paths: a.paths,
        mode: mode_of(false, &a.rev),
        base: a.base,
        config: a.config,
        cwd: cwd()?,
    };
    let result = engine::check(&opts)?;
    print(&report::render(&result, a.format, false))?;
    Ok(0)
}

fn cmd_rules(a: RulesArgs) -> Result<i32, RunError> {
    if a.markdown {
        print(&rules::docs::markdown())?;
        return Ok(0);
    }
    match a.rule {
        None => {
            let mut s = String::new();
            for r in rules::REGISTRY {
                s.push_str(&format!(
                    "{:<32} {:<8} {:<4} {}\n",
                    r.id,
                    r.severity.as_str(),
                    if r.fixable { "fix" } else { "" },
                    r.summary
                ));
            }
            s.push_str("\n`checkmark rules RULE` explains one rule.\n");
            print(&s)?;
            Ok(0)
        }
        Some(id) => match rules::find(&id) {
            Some(r) => {
                print(&rules::docs::explain(r))?;
                Ok(0)
            }
            None => {
                let ids: Vec<&str> = rules::REGISTRY.iter().map(|r| r.id).collect();
                let hint = rules::references::closest(&id, ids.iter().copied())
                    .map(|s| format!("\n  help: did you mean `{s}`?"))
                    .unwrap_or_else(|| "\n  help: `checkmark rules` lists every rule".to_string());
                Err(RunError::Usage(format!("unknown rule `{id}`{hint}")))
            }
        },
    }
}

fn cmd_init(a: InitArgs) -> Result<i32, RunError> {
    let cwd = cwd()?;
    let root = git2::Repository::discover(&cwd)
        .ok()
        .and_then(|r| r.workdir().map(|w| w.to_path_buf()))
        .unwrap_or(cwd);
    let path = root.join("checkmark.toml");
    if path.exists() && !a.force {
        return Err(RunError::Usage(format!(
            "`{}` already exists\n  help: pass --force to overwrite it",
            path.display()
        )));
    }
    std::fs::write(&path, crate::config::default_toml())
        .map_err(|e| RunError::Usage(format!("cannot write `{}`: {e}", path.display())))?;
    eprintln!("wrote {}", path.display());
    Ok(0)
}

/// Severity helper for callers.
pub fn is_error(s: Severity) -> bool {
    s == Severity::Error
}
