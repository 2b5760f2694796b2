//! The command line: clap definitions (each flag documented where it is
//! defined) and the dispatch to the library. Exit codes: 0 clean, 1 findings
//! (or `fix --check` would change something), 2 usage / configuration / I/O.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::config::Selection;
use crate::diagnostic::Severity;
use crate::engine::{self, CheckOptions, RunError};
use crate::fix;
use crate::report::{self, Format, Style};
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
    /// Judge the commit being made (what the pre-commit hook runs): only what it introduces.
    Hook(HookArgs),
    /// Install a git pre-commit hook that runs `checkmark hook`.
    InstallHook(InstallHookArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print the man page (roff), of checkmark or of one subcommand.
    #[command(hide = true)]
    Man(ManArgs),
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
    #[command(flatten)]
    pub rules: RuleSelectionArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `--select` / `--ignore`: which rules run (as ruff's).
#[derive(Debug, Args)]
pub struct RuleSelectionArgs {
    /// Run only these rules: comma-separated rule IDs or categories (`citation`,
    /// `table/duplicate-key`). Naming a rule by its ID also runs it when it is
    /// off by default or off in the configuration.
    #[arg(long, value_name = "RULES")]
    pub select: Vec<String>,
    /// Do not run these rules: comma-separated rule IDs or categories. When both
    /// match a rule, the more specific one wins (an ID over a category).
    #[arg(long, value_name = "RULES")]
    pub ignore: Vec<String>,
}

impl RuleSelectionArgs {
    /// The parsed selection; an unknown selector is a usage error.
    pub fn selection(&self) -> Result<Selection, RunError> {
        crate::rules::selection::parse(&self.select, &self.ignore).map_err(RunError::Usage)
    }
}

/// How `check` reports: statistics, quiet, exit code, colour, where.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Print one line per rule with its count (most frequent first) instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Print the findings only: no summary line, no warnings about suppression comments.
    #[arg(long, short)]
    pub quiet: bool,
    /// Exit 0 even when there are findings (still 2 on a usage, configuration or I/O error).
    #[arg(long)]
    pub exit_zero: bool,
    /// Colour: `auto` colours a terminal unless NO_COLOR is set; FORCE_COLOR or
    /// CLICOLOR_FORCE (set and not `0`) colour anyway.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Write the report to FILE instead of stdout (relative to the current directory).
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    /// Files or folders to fix (default: every checklist of the repository).
    pub paths: Vec<PathBuf>,
    /// Write nothing; exit 1 when anything would change.
    #[arg(long, conflicts_with = "diff")]
    pub check: bool,
    /// Print the unified diff and write nothing; exit 1 when anything would change.
    #[arg(long)]
    pub diff: bool,
    /// Apply unsafe fixes too: those that change what a document claims (a ✅
    /// marker or a status line turned into 🔄, a section marked done).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Fix against the index; refuses a file whose working-tree copy differs from the staged one.
    #[arg(long)]
    pub staged: bool,
    /// Configuration file (default: checkmark.toml at the repository root).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub rules: RuleSelectionArgs,
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
    /// With RULE: print the whole record of when the rule speaks and when it
    /// stays silent, however long (by default a long one is only named).
    #[arg(long, requires = "rule")]
    pub full: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Overwrite an existing checkmark.toml.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct HookArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct InstallHookArgs {
    /// Replace an existing pre-commit hook that checkmark did not write.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand (`check`) whose page to print instead of checkmark's.
    pub command: Option<String>,
    /// Write every page (checkmark.1, checkmark-check.1, …) into DIR instead
    /// (how docs/man/ is made: `checkmark man --out-dir docs/man`).
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub out_dir: Option<PathBuf>,
}

/// Whether to colour output on stdout (`--color auto`).
pub fn use_color() -> bool {
    color_enabled(ColorChoice::Auto, std::io::stdout().is_terminal())
}

/// Whether to colour: `--color always|never` decides; otherwise FORCE_COLOR or
/// CLICOLOR_FORCE (set, not `0` or `false`) turn colour on, NO_COLOR (set, not
/// empty) turns it off, and else a terminal gets colour.
pub fn color_enabled(choice: ColorChoice, terminal: bool) -> bool {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    let forced = |k: &str| std::env::var(k).is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"));
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if forced("FORCE_COLOR") || forced("CLICOLOR_FORCE") => true,
        ColorChoice::Auto if set("NO_COLOR") => false,
        ColorChoice::Auto => terminal,
    }
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    let result = match cli.command {
        Command::Check(a) => cmd_check(a),
        Command::Fix(a) => cmd_fix(a),
        Command::Report(a) => cmd_report(a),
        Command::Rules(a) => cmd_rules(a),
        Command::Init(a) => cmd_init(a),
        Command::Hook(a) => cmd_hook(a),
        Command::InstallHook(a) => crate::hook::install(a.force),
        Command::Completions(a) => cmd_completions(a),
        Command::Man(a) => cmd_man(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", crate::escape::control(&e.to_string()));
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
    print_with(|out| out.write_all(s.as_bytes()))
}

/// Streams what `write` writes to standard output, buffered (a report is
/// written as it is rendered, never held whole).
fn print_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), RunError> {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(RunError::Usage(format!("cannot write output: {e}"))),
    }
}

fn cmd_check(a: CheckArgs) -> Result<i32, RunError> {
    let cwd = cwd()?;
    let o = &a.output;
    if o.statistics && !matches!(a.format, Format::Human | Format::Concise | Format::Json) {
        return Err(RunError::Usage(format!(
            "--statistics prints counts as text or JSON, not as {}\n  help: use --format human, concise or json with --statistics",
            a.format.name()
        )));
    }
    let opts = CheckOptions {
        paths: a.source.paths,
        mode: mode_of(a.source.staged, &a.source.rev),
        base: a.source.base,
        config: a.source.config,
        cwd: cwd.clone(),
        selection: a.rules.selection()?,
        keep_texts: !o.statistics && a.format.needs_texts(),
    };
    crate::progress::enable(!o.quiet && matches!(a.format, Format::Human | Format::Concise));
    let result = engine::check(&opts)?;
    let terminal = o.output_file.is_none() && std::io::stdout().is_terminal();
    let style = Style::new(color_enabled(o.color, terminal), o.quiet)
        .relative_to(&cwd, result.workdir.as_deref());
    if !o.quiet {
        warn_unknown_suppressions(&result, &style);
    }
    let write = |out: &mut dyn Write| match (o.statistics, a.format) {
        (true, Format::Json) => report::statistics::write_json(&result, out),
        (true, _) => report::statistics::write(&result, &style, out),
        (false, format) => report::write(&result, format, &style, out),
    };
    match &o.output_file {
        Some(file) => write_output_with(&cwd.join(file), write)?,
        None => print_with(write)?,
    }
    let s = report::summary(&result);
    let failing = s.errors > 0 || (a.deny_warnings && s.warnings > 0);
    Ok(if failing && !o.exit_zero { 1 } else { 0 })
}

/// Suppression comments naming no rule: a warning each on stderr; then the
/// run's notes (what it left out and why).
fn warn_unknown_suppressions(result: &engine::CheckResult, style: &Style) {
    for note in &result.notes {
        eprintln!("{}", crate::escape::control(note));
    }
    for f in &result.files {
        for u in &f.unknown_suppressions {
            let message = u.message(&style.path(&f.path));
            eprintln!("{}", crate::escape::control(&message));
        }
    }
}

/// Writes `text` to `path`, creating the file's folder.
fn write_output(path: &std::path::Path, text: &str) -> Result<(), RunError> {
    write_output_with(path, |out| out.write_all(text.as_bytes()))
}

/// `--output-file`: streams what `write` writes to `path` (buffered),
/// creating the file's folder.
fn write_output_with(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), RunError> {
    let fail = |e: std::io::Error| {
        RunError::Usage(format!(
            "cannot write the report to `{}`: {e}",
            path.display()
        ))
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).map_err(fail)?);
    write(&mut out).and_then(|_| out.flush()).map_err(fail)
}

fn cmd_report(a: ReportArgs) -> Result<i32, RunError> {
    let cwd = cwd()?;
    let opts = CheckOptions {
        paths: a.paths,
        mode: mode_of(false, &a.rev),
        base: a.base,
        config: a.config,
        cwd: cwd.clone(),
        selection: Selection::default(),
        keep_texts: a.format.needs_texts(),
    };
    let result = engine::check(&opts)?;
    let style = Style::default().relative_to(&cwd, result.workdir.as_deref());
    warn_unknown_suppressions(&result, &style);
    print_with(|out| report::write(&result, a.format, &style, out))?;
    Ok(0)
}

fn cmd_completions(a: CompletionsArgs) -> Result<i32, RunError> {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let mut out = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "checkmark", &mut out);
    print(&String::from_utf8_lossy(&out))?;
    Ok(0)
}

/// The man page of checkmark, or of one of its subcommands (`checkmark-check`).
pub fn man_page(subcommand: Option<&str>) -> Result<String, RunError> {
    let cmd = <Cli as clap::CommandFactory>::command();
    let page = match subcommand {
        None => cmd,
        Some(name) => {
            let Some(sub) = cmd.find_subcommand(name) else {
                return Err(RunError::Usage(format!(
                    "no subcommand `{name}`\n  help: `checkmark --help` lists them"
                )));
            };
            sub.clone()
                .name(format!("checkmark-{name}"))
                .bin_name(format!("checkmark {name}"))
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|e| RunError::Usage(format!("cannot render the man page: {e}")))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The visible subcommands, which get a man page each.
pub fn man_subcommands() -> Vec<String> {
    <Cli as clap::CommandFactory>::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_string())
        .collect()
}

fn cmd_man(a: ManArgs) -> Result<i32, RunError> {
    let Some(dir) = a.out_dir else {
        print(&man_page(a.command.as_deref())?)?;
        return Ok(0);
    };
    let mut pages = vec![("checkmark.1".to_string(), man_page(None)?)];
    for sub in man_subcommands() {
        pages.push((format!("checkmark-{sub}.1"), man_page(Some(&sub))?));
    }
    for (name, page) in pages {
        write_output(&dir.join(name), &page)?;
    }
    Ok(0)
}

fn cmd_hook(a: HookArgs) -> Result<i32, RunError> {
    let color = a.format == Format::Human && use_color();
    let outcome = crate::hook::run(&cwd()?, a.format, color)?;
    for note in &outcome.notes {
        eprintln!("{}", crate::escape::control(note));
    }
    print(&outcome.report)?;
    Ok(outcome.code)
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
                let (on, text) = match rules::off_by_default(r.id) {
                    None => ("on", r.summary.to_string()),
                    Some(why) => ("off", format!("off by default: {why}")),
                };
                s.push_str(&format!(
                    "{:<32} {:<8} {:<4}{:<5}{}\n",
                    r.id,
                    r.severity.as_str(),
                    on,
                    match rules::docs::fix_kind(r) {
                        Some("unsafe") => "fix*",
                        Some(_) => "fix",
                        None => "",
                    },
                    text
                ));
            }
            s.push_str("\n`fix`: `checkmark fix` repairs it. `fix*`: an unsafe fix (it changes what a\ndocument claims), applied only by `checkmark fix --unsafe-fixes`.\n");
            s.push_str("\n`on` rules run by default. An `off` rule runs when named with `--select RULE`\nor given a level in [rules] of checkmark.toml.\n");
            s.push_str("\n`checkmark rules RULE` explains one rule.\n");
            print(&s)?;
            Ok(0)
        }
        Some(id) => match rules::find(&id) {
            Some(r) => {
                print(&rules::docs::explain(r, a.full))?;
                Ok(0)
            }
            None => {
                let ids: Vec<&str> = rules::REGISTRY.iter().map(|r| r.id).collect();
                let hint = crate::suggest::closest(&id, ids.iter().copied())
                    .map(|s| format!("\n  help: did you mean `{s}`?"))
                    .unwrap_or_else(|| "\n  help: `checkmark rules` lists every rule".to_string());
                Err(RunError::Usage(format!("unknown rule `{id}`{hint}")))
            }
        },
    }
}

fn cmd_init(a: InitArgs) -> Result<i32, RunError> {
    let cwd = cwd()?;
    let root = crate::source::open_repository(&cwd)
        .ok()
        .and_then(|r| r.workdir().map(|w| w.to_path_buf()))
        .unwrap_or(cwd);
    let path = root.join("checkmark.toml");
    let shown = path.display();
    match std::fs::symlink_metadata(&path) {
        // Never through a symlink (dangling or not): it may lead out of the repository.
        Ok(m) if m.file_type().is_symlink() => {
            return Err(RunError::Usage(format!(
                "`{shown}` is a symlink; checkmark does not write through it\n  help: remove the symlink (`rm checkmark.toml`) and run `checkmark init` again"
            )));
        }
        Ok(m) if !m.is_file() => {
            return Err(RunError::Usage(format!(
                "`{shown}` exists and is {}, not a regular file\n  help: remove it and run `checkmark init` again",
                crate::source::disk::kind_name(&m)
            )));
        }
        Ok(_) if !a.force => {
            return Err(RunError::Usage(format!(
                "`{shown}` already exists\n  help: pass --force to overwrite it"
            )));
        }
        _ => {}
    }
    // A new file is created exclusively (a symlink planted meanwhile is not
    // followed); an existing one is replaced by rename, never written through.
    let tmp = root.join(format!(".checkmark.toml.{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| {
            f.write_all(
                crate::config::default_toml(rules::REGISTRY, rules::OFF_BY_DEFAULT).as_bytes(),
            )
        })
        .and_then(|()| std::fs::rename(&tmp, &path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(RunError::Usage(format!("cannot write `{shown}`: {e}")));
    }
    eprintln!("wrote {shown}");
    Ok(0)
}

/// Severity helper for callers.
fn cmd_fix(a: FixArgs) -> Result<i32, RunError> {
    let cwd = std::env::current_dir()
        .map_err(|e| RunError::Usage(format!("cannot read the current directory: {e}")))?;
    let mode = if a.staged {
        Mode::Staged
    } else {
        Mode::Worktree
    };
    let repo = crate::source::RepoView::open(&cwd, mode.clone())?;
    let mut config = engine::load_config(a.config.as_deref(), &repo)?;
    config.selection = a.rules.selection()?;
    let files = engine::select_files(&repo, &config, &a.paths, &cwd)?;
    let workdir: PathBuf = repo
        .workdir()
        .map(|w| w.to_path_buf())
        .ok_or_else(|| RunError::Usage("`fix` needs a working tree".into()))?;
    let opts = fix::FixOptions {
        unsafe_fixes: a.unsafe_fixes,
    };
    let fixes = fix::compute(&repo, &config, &files, opts);
    // Never "nothing to fix" about a document that could not be read.
    engine::refuse_unreadable(&repo)?;
    let changed: Vec<&fix::FileFix> = fixes.iter().filter(|f| f.before != f.after).collect();
    let unsafe_left: usize = fixes.iter().map(|f| f.unsafe_left).sum();
    let color = use_color();
    if a.check || a.diff {
        if a.diff {
            let mut out = String::new();
            for f in &changed {
                out.push_str(&fix::diff::unified(&f.path, &f.before, &f.after, color));
            }
            print_out(&out);
        } else {
            for f in &changed {
                eprintln!("would fix {}", crate::escape::control(&f.path));
            }
        }
        eprintln!(
            "{} would be changed by `checkmark fix`",
            crate::report::plural(changed.len(), "file")
        );
        note_unsafe(unsafe_left);
        // As ruff's `--diff` and `--check`: exit 1 when anything would change.
        return Ok(if changed.is_empty() { 0 } else { 1 });
    }
    if a.staged {
        // Never rewrite content the user did not stage.
        for f in &changed {
            let disk = fix::write::current(&workdir, &f.path);
            if disk.as_deref() != Some(f.read_bytes.as_slice()) {
                return Err(RunError::Usage(format!(
                    "`{}` has unstaged changes: its working-tree copy differs from the staged one\n  help: stage or stash those changes first (`git add {}` or `git stash --keep-index`), then run `checkmark fix --staged` again",
                    f.path, f.path
                )));
            }
        }
    }
    // All or nothing: every file is checked and staged before the first is replaced.
    let targets: Vec<fix::write::Target<'_>> = changed
        .iter()
        .map(|f| fix::write::Target {
            rel: &f.path,
            expected: &f.read_bytes,
            new: f.after.as_bytes(),
        })
        .collect();
    fix::write::write_all(&workdir, &targets).map_err(RunError::Usage)?;
    for f in &changed {
        print_out(&fix::diff::unified(&f.path, &f.before, &f.after, color));
    }
    eprintln!("fixed {}", crate::report::plural(changed.len(), "file"));
    note_unsafe(unsafe_left);
    Ok(0)
}

/// Says how many unsafe fixes were left out, as ruff does.
fn note_unsafe(n: usize) {
    if n > 0 {
        eprintln!("{}", fix::unsafe_note(n));
    }
}

/// Writes to stdout, ignoring a closed pipe (the diff of a fix already written).
fn print_out(s: &str) {
    use std::io::Write;
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(s.as_bytes());
    let _ = o.flush();
}

pub fn is_error(s: Severity) -> bool {
    s == Severity::Error
}
