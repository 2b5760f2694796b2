//! The check pipeline: select files → read → parse → rules → diagnostics.
//!
//! Files are processed in parallel (rayon); only the findings (and the text
//! of files that have findings, for snippets and fixes) are kept.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Finding, Severity, fnv1a, fnv1a_from};
use crate::document::{self, Document};
use crate::rules::references::{AnchorCache, AnchorEntry};
use crate::rules::{self, Context, encoding_invalid_utf8};
use crate::source::{Fetched, Mode, PathState, RepoView, SourceError};
use crate::suppress::Suppressions;

/// What to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Files or folders as given on the command line (relative to `cwd`).
    pub paths: Vec<PathBuf>,
    pub mode: Mode,
    /// Keep only findings new relative to this revision.
    pub base: Option<String>,
    /// `--config FILE`.
    pub config: Option<PathBuf>,
    /// The folder the command runs in.
    pub cwd: PathBuf,
    /// `--select` / `--ignore`.
    pub selection: crate::config::Selection,
    /// Whether the result keeps the text of each file with findings (for
    /// snippets: human and SARIF output). Machine formats need none, and
    /// dropping them keeps memory flat on large repositories.
    pub keep_texts: bool,
}

/// A run's errors: usage, configuration, I/O (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("{0}")]
    Usage(String),
    /// Files that are there but could not be read: a run never passes over them.
    #[error("{}", unreadable_message(.0))]
    Unreadable(Vec<(String, String)>),
}

fn unreadable_message(problems: &[(String, String)]) -> String {
    let mut s = String::new();
    for (path, why) in problems {
        if path.is_empty() {
            s.push_str(&format!("cannot read the git history: {why}\n"));
        } else {
            s.push_str(&format!("cannot read `{path}`: {why}\n"));
        }
    }
    let blob = problems.iter().any(|(_, w)| w.contains("blob "));
    s.push_str(&format!(
        "{} could not be read, so the result would not be trustworthy; nothing is reported\n  help: ",
        crate::report::plural(problems.len(), "file")
    ));
    s.push_str(if blob {
        "fetch the missing objects (`git fetch --refetch`, or clone without `--filter`) and check `git fsck`, or check the working tree instead"
    } else {
        "checkmark reads only regular files inside the repository: replace or remove these, or exclude them in checkmark.toml"
    });
    s
}

/// Fails when anything the run needed was there but could not be read.
pub fn refuse_unreadable(repo: &RepoView) -> Result<(), RunError> {
    let problems = repo.problems();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(RunError::Unreadable(problems))
    }
}

/// One checked file.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: String,
    /// The text (kept when there are diagnostics or edits).
    pub text: Option<Arc<String>>,
    pub diagnostics: Vec<Diagnostic>,
    /// Rule IDs in suppression comments that name no rule (warnings for stderr).
    pub unknown_suppressions: Vec<crate::suppress::UnknownRule>,
    /// Why the file is not UTF-8, when it is and the cause is known (files
    /// with one cause are one `encoding/invalid-utf8` finding).
    pub encoding: Option<encoding_invalid_utf8::Cause>,
}

/// The outcome of a check.
#[derive(Debug)]
pub struct CheckResult {
    pub files: Vec<FileResult>,
    pub files_checked: usize,
    pub mode: Mode,
    pub rev: Option<String>,
    /// The commit `rev` resolved to (`--rev` mode only), for permalinks.
    pub rev_sha: Option<String>,
    /// Repository work dir (None when bare).
    pub workdir: Option<PathBuf>,
    /// With `--base` (and in the hook): the baseline and how many findings it hid.
    pub baseline: Option<crate::baseline::Baseline>,
    /// What the run left out and why, one note each (for stderr).
    pub notes: Vec<String>,
    /// The `link/missing-path` findings (document, start of the span) of
    /// links a site guard counts by their form, which a tally of the whole
    /// site may leave out (see [`guard_by_whole_sites`]).
    pub site_forms: std::collections::HashSet<(String, usize)>,
}

impl CheckResult {
    /// All diagnostics, sorted by file, line, column, rule.
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self
            .files
            .iter()
            .flat_map(|f| f.diagnostics.iter())
            .collect();
        v.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.rule).cmp(&(&b.file, b.line, b.column, b.rule))
        });
        v
    }
}

/// Loads the configuration: `--config FILE` (read wherever it is, as the user
/// named it, but only when it is a regular file), else `checkmark.toml` at the
/// repository root, from the same source as the documents: the working tree,
/// the index (`--staged`) or the tree of REV (`--rev`). A `checkmark.toml`
/// symlink that leads out of the repository is never read.
pub fn load_config(explicit: Option<&Path>, repo: &RepoView) -> Result<Config, RunError> {
    const NAME: &str = "checkmark.toml";
    if let Some(p) = explicit {
        let bytes = crate::source::disk::read_named_file(p).map_err(|e| {
            RunError::Usage(format!(
                "cannot read the configuration `{}`: {e}\n  help: pass a regular file to --config",
                p.display()
            ))
        })?;
        return Ok(Config::parse(
            &String::from_utf8_lossy(&bytes),
            p,
            crate::rules::REGISTRY,
        )?);
    }
    let shown = match (repo.mode(), repo.workdir()) {
        (Mode::Worktree, Some(w)) => w.join(NAME),
        (Mode::Staged, _) => PathBuf::from(format!("{NAME} (staged)")),
        (Mode::Rev(r), _) => PathBuf::from(format!("{NAME} (at {r})")),
        _ => PathBuf::from(NAME),
    };
    match repo.fetch(NAME) {
        Fetched::Bytes(bytes) => Ok(Config::parse(
            &String::from_utf8_lossy(&bytes),
            &shown,
            crate::rules::REGISTRY,
        )?),
        Fetched::Absent => Ok(Config::default_config()),
        Fetched::Outside { target } => Err(RunError::Usage(format!(
            "`{NAME}` is a symlink to `{target}`, outside the repository; checkmark does not read it\n  help: replace the symlink with the file itself, or pass the file with --config"
        ))),
        Fetched::Broken(why) | Fetched::Unreadable(why) => Err(RunError::Usage(format!(
            "cannot read the configuration `{NAME}`: {why}\n  help: replace it with a regular file, or remove it to use the defaults"
        ))),
    }
}

/// Runs the check.
pub fn check(opts: &CheckOptions) -> Result<CheckResult, RunError> {
    let repo = RepoView::open(&opts.cwd, opts.mode.clone())?;
    let mut config = load_config(opts.config.as_deref(), &repo)?;
    config.selection = opts.selection.clone();
    let selection = select(&repo, &config, &opts.paths, &opts.cwd, true)?;
    // `--base` pairs findings by their lines, so it needs the texts until then.
    let keep = opts.keep_texts || opts.base.is_some();
    let (mut result, generated) = check_judging(
        &repo,
        &config,
        &selection.files,
        true,
        keep,
        selection.unjudged,
        None,
    );
    refuse_unreadable(&repo)?;
    // The documents checked: the selection but the generated ones it held.
    let whole = selection.whole;
    let mut files = selection.files;
    if !generated.is_empty() {
        files.retain(|f| generated.binary_search(f).is_err());
    }
    if let Some(base) = &opts.base {
        let base_repo = RepoView::open(&opts.cwd, Mode::Rev(base.clone()))?;
        // A document renamed since the base is compared with its old self.
        let renamed = crate::baseline::renamed_since(&repo, &base_repo, &files);
        let base_path = |p: &str| renamed.get(p).cloned().unwrap_or_else(|| p.to_string());
        let base_files: Vec<String> = files
            .iter()
            .map(|f| base_path(f))
            .filter(|f| base_repo.is_tracked(f))
            .collect();
        let base_result = check_files_keeping(&base_repo, &config, &base_files, true, true);
        refuse_unreadable(&base_repo)?;
        let hidden = crate::baseline::subtract(&mut result.files, &base_result.files, |p| {
            Some(base_path(p))
        });
        result.baseline = Some(crate::baseline::Baseline {
            rev: base.clone(),
            hidden,
            affects: crate::affects::affected(&repo, &base_repo, &files),
        });
        if !opts.keep_texts {
            for f in &mut result.files {
                f.text = None;
            }
        }
    }
    if !whole {
        guard_by_whole_sites(&repo, &config, &files, &mut result);
    }
    Ok(result)
}

/// Repository-relative paths of the files to check.
pub fn select_files(
    repo: &RepoView,
    config: &Config,
    paths: &[PathBuf],
    cwd: &Path,
) -> Result<Vec<String>, RunError> {
    Ok(select(repo, config, paths, cwd, false)?.files)
}

/// The files to check, and whether generated documents are still among them.
#[derive(Debug)]
struct Selection {
    /// Repository-relative, sorted, each once.
    files: Vec<String>,
    /// The generated documents of the repository's listing (see
    /// [`generated`]) are still among `files`: the check reads each document
    /// anyway and leaves a generated one out then (no findings, not counted),
    /// instead of reading every document once more to choose them.
    unjudged: bool,
    /// The whole repository was selected (no path, or its root among them).
    whole: bool,
}

/// [`select_files`]; `defer`: generated documents are left for the check to
/// leave out as it reads them (see [`Selection::unjudged`]). Only when the
/// whole repository is selected (no path, or only its root) and only for
/// documents that are their own content: a symlink is read (and judged) as
/// the path it is, a mixed command line (`. docs/x.md`) is chosen as before,
/// so what the run checks and reports never changes.
fn select(
    repo: &RepoView,
    config: &Config,
    paths: &[PathBuf],
    cwd: &Path,
    defer: bool,
) -> Result<Selection, RunError> {
    // The repository's listing, before generated documents are left out.
    let mut whole: Vec<String> = Vec::new();
    let mut named: Vec<String> = Vec::new();
    if paths.is_empty() {
        let all = repo.all_files();
        let fixtures = default_fixtures(repo, config, &all);
        whole.extend(
            all.into_iter()
                .filter(|p| config.selects(p) && !fixtures.contains(p)),
        );
        return Ok(Selection {
            whole: true,
            ..judge(repo, config, whole, named, defer)
        });
    }
    let root = repo
        .workdir()
        .map(|w| std::fs::canonicalize(w).unwrap_or_else(|_| w.to_path_buf()));
    let out = &mut named;
    for p in paths {
        let rel = match &root {
            Some(root) => {
                let abs = if p.is_absolute() {
                    p.clone()
                } else {
                    cwd.join(p)
                };
                let abs = lexical_clean(&abs);
                let canon_parent = abs
                    .parent()
                    .and_then(|pp| std::fs::canonicalize(pp).ok())
                    .map(|pp| match abs.file_name() {
                        Some(n) => pp.join(n),
                        None => pp,
                    })
                    .unwrap_or(abs.clone());
                match canon_parent.strip_prefix(root) {
                    Ok(r) => r.to_string_lossy().replace('\\', "/"),
                    Err(_) => {
                        return Err(RunError::Usage(format!(
                            "path `{}` is outside the repository at `{}`\n  help: run checkmark from inside the repository you want to check",
                            p.display(),
                            root.display()
                        )));
                    }
                }
            }
            None => p.to_string_lossy().trim_start_matches("./").to_string(),
        };
        let rel = rel.trim_end_matches('/').to_string();
        if rel.is_empty() {
            let all = repo.all_files();
            let fixtures = default_fixtures(repo, config, &all);
            whole.extend(
                all.into_iter()
                    .filter(|f| config.selects(f) && !fixtures.contains(f)),
            );
            continue;
        }
        // The listing of one folder only (binary searches in the index order).
        let under = repo.files_under(&rel);
        // What the path is, without reading it (a FIFO must not be opened here).
        let state = repo.stat(&rel);
        let is_dir = !under.is_empty()
            || repo.is_tracked_dir(&rel)
            || state == PathState::Untracked { dir: true };
        if is_dir {
            out.extend(under.into_iter().filter(|f| config.selects(f)));
        } else if repo.is_tracked(&rel) || repo.is_listed(&rel) {
            out.push(rel);
        } else if matches!(repo.mode(), Mode::Worktree)
            && matches!(
                state,
                PathState::Untracked { dir: false } | PathState::Outside
            )
        {
            // Named explicitly: checked even when untracked or ignored (reading
            // it then refuses what is not a regular file inside the repository).
            out.push(rel);
        } else {
            let where_ = match repo.mode() {
                Mode::Worktree => "on disk",
                Mode::Staged => "in the index",
                Mode::Rev(_) => "in that revision",
            };
            return Err(RunError::Usage(format!(
                "path `{}` does not exist {where_}\n  help: pass a Markdown file or a folder of the repository",
                p.display()
            )));
        }
    }
    let whole_repo = !whole.is_empty();
    Ok(Selection {
        whole: whole_repo,
        ..judge(repo, config, whole, named, defer)
    })
}

/// The selection of `whole` (the repository's listing, generated documents
/// still in it) and `named` (what the command line named, checked as named).
fn judge(
    repo: &RepoView,
    config: &Config,
    whole: Vec<String>,
    mut named: Vec<String>,
    defer: bool,
) -> Selection {
    let judging = config.file.exclude.is_none();
    let defer = defer && judging && named.is_empty();
    let mut unjudged: Vec<String> = Vec::new();
    // Paths already resolved (see [`real_paths`]).
    let mut real: Vec<String> = Vec::new();
    for p in whole {
        if !defer {
            if !generated(repo, config, &p) {
                named.push(p);
            }
            continue;
        }
        let r = repo.real_path(&p);
        if r == p {
            unjudged.push(p);
        } else if !generated(repo, config, &p) {
            real.push(r);
        }
    }
    let mut files = real_paths(repo, named);
    let unjudged_any = !unjudged.is_empty();
    if unjudged_any || !real.is_empty() {
        files.extend(unjudged);
        files.extend(real);
        files.sort();
        files.dedup();
    }
    Selection {
        files,
        unjudged: unjudged_any,
        whole: false,
    }
}

/// Test-fixture projects of the repository (see [`crate::fixtures`]), left
/// out with the default exclusions; none when `exclude` is configured. A
/// folder named on the command line is checked as named.
fn default_fixtures(repo: &RepoView, config: &Config, all: &[String]) -> crate::fixtures::Fixtures {
    if config.file.exclude.is_none() {
        let read = |f: &str| {
            repo.read(f)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
        };
        let origin = repo.with_repo(|r| {
            r.find_remote("origin")
                .ok()
                .and_then(|o| o.url().ok().map(str::to_string))
        });
        let own = crate::upstream_copy::own_names(origin.as_deref(), repo.workdir());
        let fixtures = crate::fixtures::Fixtures::new(all)
            .with_generator_manifests(all, read)
            .with_make_targets(all, read)
            .with_typedoc_outputs(all, read)
            .with_published_versions(all)
            .with_pinned_cases(all, read)
            .with_upstream_copies(crate::upstream_copy::upstream_copies(all, read, &own))
            .with_upstream_copies(crate::upstream_copy::licensed_skills(all, read))
            .with_upstream_copies(crate::upstream_copy::ssot_mirrors(all, read));
        match repo
            .read("skills-lock.json")
            .and_then(|b| String::from_utf8(b).ok())
        {
            Some(lock) => fixtures.with_skills_lock(all, &lock),
            None => fixtures,
        }
    } else {
        crate::fixtures::Fixtures::default()
    }
}

/// Whether `path` is a generated document (see
/// [`crate::fixtures::is_generated`]), a pasted chat transcript (see
/// [`crate::transcript`]) or a copy a sync script wrote (see
/// [`crate::synced_copy`]) or a page copied from vscode-docs (see
/// [`crate::vscode_docs_copy`]) or saved from a documentation site's
/// Markdown export (see [`crate::llms_page_copy`]), left out with the default exclusions;
/// never when `exclude` is configured. A folder named on the command line is
/// checked as named.
fn generated(repo: &RepoView, config: &Config, path: &str) -> bool {
    config.file.exclude.is_none()
        && repo.read(path).is_some_and(|b| {
            crate::fixtures::is_generated(&b)
                || crate::transcript::is_transcript(&b)
                || crate::synced_copy::is_synced_copy(&b)
                || crate::vscode_docs_copy::is_vscode_docs_copy(path, &b)
                || crate::llms_page_copy::is_llms_page_copy(&b)
        })
}

/// Each document once, under the path its content really has: a symlink to a
/// document of the repository is checked as that document.
fn real_paths(repo: &RepoView, paths: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = paths.iter().map(|p| repo.real_path(p)).collect();
    out.sort();
    out.dedup();
    out
}

fn lexical_clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Checks `files` (repository-relative) in parallel.
pub fn check_files(repo: &RepoView, config: &Config, files: &[String]) -> CheckResult {
    check_files_with(repo, config, files, true)
}

/// [`check_files`]; `blames: false` skips `citation/stale`'s history walk
/// (the hook: a commit being made cannot make a committed citation stale by
/// history, and it reports the cited lines it changes itself).
pub fn check_files_with(
    repo: &RepoView,
    config: &Config,
    files: &[String],
    blames: bool,
) -> CheckResult {
    check_files_keeping(repo, config, files, blames, true)
}

/// [`check_files_with`]; `keep_texts: false` drops each file's text once its
/// findings are placed (see [`CheckOptions::keep_texts`]).
pub fn check_files_keeping(
    repo: &RepoView,
    config: &Config,
    files: &[String],
    blames: bool,
    keep_texts: bool,
) -> CheckResult {
    check_judging(repo, config, files, blames, keep_texts, false, None).0
}

/// [`check_files_with`], the documents `focus` names judged on some of
/// their references only (see [`crate::rules::Focus`]): `checkmark hook`'s.
pub fn check_files_focused(
    repo: &RepoView,
    config: &Config,
    files: &[String],
    focus: &crate::rules::Focus,
) -> CheckResult {
    check_judging(repo, config, files, false, true, false, Some(focus)).0
}

/// [`check_files_keeping`]; `unjudged`: `files` still hold the generated
/// documents of the repository's listing (see [`Selection::unjudged`]),
/// left out as they are read: no findings, not counted as checked. Returns
/// them too (sorted). A link to one still finds its anchors: it is not
/// published as parsed, so the link's question reads it as a document the
/// run does not check, as when it was never selected.
fn check_judging(
    repo: &RepoView,
    config: &Config,
    files: &[String],
    blames: bool,
    keep_texts: bool,
    unjudged: bool,
    focus: Option<&crate::rules::Focus>,
) -> (CheckResult, Vec<String>) {
    let anchors = AnchorCache::for_documents(files);
    let today = today();
    let history = crate::history::History::new(repo);
    let history = if blames {
        history.batched()
    } else {
        history.without_blames()
    };
    // Links of a form a site reads its own way are one note (see
    // rules::site_guard), unless the configuration asks for them all.
    let tally = crate::rules::site_guard::Tally::default();
    let guard = site_guard_on(config);
    let ctx = Context {
        repo,
        config,
        anchors: &anchors,
        today: &today,
        history: &history,
        site_links: guard.then_some(&tally),
        focus,
    };
    let progress = crate::progress::Progress::files(files.len());
    let checked: Vec<Checked> = files
        .par_iter()
        .map(|path| {
            let mut c = check_one_judging(&ctx, path, unjudged);
            if let Checked::Done(r, _) = &mut c
                && !keep_texts
            {
                r.text = None;
            }
            progress.inc();
            c
        })
        .collect();
    drop(progress);
    let mut generated = Vec::new();
    let mut results: Vec<(FileResult, Option<Later>)> = Vec::with_capacity(checked.len());
    for c in checked {
        match c {
            Checked::Done(r, later) => results.push((r, later)),
            Checked::Generated(path) => generated.push(path),
        }
    }
    generated.sort();
    results.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    // Every document is parsed: the anchor questions that waited are answered.
    let mut results: Vec<FileResult> = results
        .into_iter()
        .map(|(mut r, later)| {
            if let Some(later) = later {
                answer_later(&ctx, &mut r, later);
            }
            r
        })
        .collect();
    fold_encodings(&mut results);
    let guarded = tally.guarded();
    drop_guarded(&mut results, &guarded.findings);
    // citation/stale: every document's questions answered in one history walk.
    let requests = history.take_deferred();
    if !requests.is_empty() {
        let answers = crate::rules::citation_stale::answer(repo, &history, &requests);
        for (req, findings) in requests.into_iter().zip(answers) {
            if findings.is_empty() {
                continue;
            }
            let Ok(i) = results.binary_search_by(|r| r.path.as_str().cmp(&req.path)) else {
                continue;
            };
            // The request kept no copy of the text while the history was
            // walked: the text kept for output, or the document read again
            // from the same view (the same bytes the check read).
            let text: Arc<String> = match &results[i].text {
                Some(t) => Arc::clone(t),
                None => match repo.read(&req.path).map(String::from_utf8) {
                    Some(Ok(t)) => Arc::new(t),
                    _ => {
                        repo.note_problem(
                            &req.path,
                            "the document could not be read again to place its stale citations"
                                .to_string(),
                        );
                        continue;
                    }
                },
            };
            let diags = finalize(ctx.config, &req.path, &text, Some(&req.suppress), findings);
            let file = &mut results[i];
            file.diagnostics.extend(diags);
            if file.text.is_none() && keep_texts {
                file.text = Some(text);
            }
        }
    }
    if let Some(why) = history.failure() {
        repo.note_problem("", why);
    }
    let result = CheckResult {
        files_checked: files.len() - generated.len(),
        files: results,
        mode: repo.mode().clone(),
        rev: match repo.mode() {
            Mode::Rev(r) => Some(r.clone()),
            _ => None,
        },
        rev_sha: repo.rev_oid().map(|o| o.to_string()),
        workdir: repo.workdir().map(Path::to_path_buf),
        baseline: None,
        notes: guarded.notes,
        site_forms: tally.counted_missing(),
    };
    (result, generated)
}

/// Whether a site's links of a form it reads its own way are one note
/// instead of a finding each (see [`rules::site_guard`]).
fn site_guard_on(config: &Config) -> bool {
    !config.file.links.report_all_site_links
        && config
            .severity(&crate::rules::link_missing_path::RULE)
            .is_some()
}

/// A run that checked only some of a site's pages (`check PATH`, the hook)
/// judges their links' forms by the whole site, as a run of the repository
/// does (see [`rules::site_guard`]): otherwise a link the whole run leaves out
/// as the site's own form would block a commit, or be reported by
/// `check docs/page.md`. Only when a page `result` holds has a
/// `link/missing-path` finding of a form the guard counts (a root link, a
/// URL, an alias: not a relative link to a file, which names that file in
/// every reading) are the site's other pages read, for their links alone
/// (their findings are not the run's, nor is a page that cannot be read).
/// Called after the run's own findings are final (after a baseline's
/// subtraction), so that only findings still reported cost a read.
///
/// `checked` (sorted) are the documents the run checked: when they hold all
/// the sites' pages, the run's own tally was the whole site's.
pub fn guard_by_whole_sites(
    repo: &RepoView,
    config: &Config,
    checked: &[String],
    result: &mut CheckResult,
) {
    use crate::rules::site_guard;
    let rule = crate::rules::link_missing_path::RULE.id;
    if !site_guard_on(config) {
        return;
    }
    // Only a link of a form the guard counts (a root link, a URL, an alias;
    // not a relative link to a file) may be the site's own.
    let reported: std::collections::HashSet<(String, usize)> = result
        .files
        .iter()
        .flat_map(|f| {
            f.diagnostics
                .iter()
                .filter(|d| d.rule == rule)
                .map(|d| (f.path.clone(), d.span.start))
        })
        .filter(|k| result.site_forms.contains(k))
        .collect();
    let sites = site_guard::sites_of(repo, reported.iter().map(|(p, _)| p.as_str()));
    if sites.is_empty() {
        return;
    }
    let all = repo.all_files();
    let fixtures = default_fixtures(repo, config, &all);
    let pages: Vec<String> = all
        .into_iter()
        .filter(|p| site_guard::in_sites(&sites, p) && config.selects(p) && !fixtures.contains(p))
        .collect();
    if pages.iter().all(|p| checked.binary_search(p).is_ok()) {
        return;
    }
    let tally = site_guard::Tally::default();
    let anchors = AnchorCache::for_documents(&pages);
    let today = today();
    let history = crate::history::History::new(repo).without_blames();
    let ctx = Context {
        repo,
        config,
        anchors: &anchors,
        today: &today,
        history: &history,
        site_links: Some(&tally),
        focus: None,
    };
    pages.par_iter().for_each(|p| {
        // Only the page's links join the tally: its findings are dropped.
        let _ = check_one_judging(&ctx, p, true);
    });
    let guarded = tally.guarded_among(Some(&reported));
    drop_guarded(&mut result.files, &guarded.findings);
    result.notes.extend(guarded.notes);
}

/// Drops the `link/missing-path` findings a site guard's note stands for
/// ((document, start of the finding's span)).
fn drop_guarded(results: &mut [FileResult], guarded: &std::collections::HashSet<(String, usize)>) {
    if guarded.is_empty() {
        return;
    }
    let rule = crate::rules::link_missing_path::RULE.id;
    for r in results.iter_mut() {
        let before = r.diagnostics.len();
        r.diagnostics
            .retain(|d| d.rule != rule || !guarded.contains(&(r.path.clone(), d.span.start)));
        if r.diagnostics.is_empty() && before > 0 {
            r.text = None;
        }
    }
}

/// Files that are not UTF-8 for one cause are one finding (see
/// [`encoding_invalid_utf8::fold`]): the others' findings are dropped.
fn fold_encodings(results: &mut [FileResult]) {
    let is_bad = |d: &Diagnostic| d.rule == encoding_invalid_utf8::RULE.id;
    let mut found = Vec::new();
    let mut others = Vec::new();
    for r in results.iter_mut() {
        let FileResult {
            path,
            diagnostics,
            encoding,
            ..
        } = r;
        let Some(d) = diagnostics.iter_mut().find(|d| is_bad(d)) else {
            continue;
        };
        match encoding {
            Some(cause) => found.push(encoding_invalid_utf8::Found {
                path: path.as_str(),
                cause,
                diagnostic: d,
            }),
            None => others.push(path.as_str()),
        }
    }
    let gone: std::collections::HashSet<String> = encoding_invalid_utf8::fold(found, &others)
        .into_iter()
        .map(str::to_string)
        .collect();
    if gone.is_empty() {
        return;
    }
    for r in results.iter_mut().filter(|r| gone.contains(&r.path)) {
        r.diagnostics.retain(|d| !is_bad(d));
        if r.diagnostics.is_empty() {
            r.text = None;
        }
    }
}

/// A document's `link/missing-anchor` findings and questions, each placed
/// (None: suppressed, or its rule is off), waiting for every document's parse.
pub struct Later {
    entries: Vec<(AnchorEntry, Option<Placement>)>,
}

/// Adds the answers to a document's anchor questions to its findings, where
/// [`finalize`] would have put them; keeps its text only if it has findings.
fn answer_later(ctx: &Context<'_>, file: &mut FileResult, later: Later) {
    use crate::rules::references;
    let answered = references::answer_later(ctx, &file.path, later.entries);
    // Runs of a list are folded with the document at hand: read and parsed
    // again, for the few documents with enough findings to fold.
    let doc = references::may_fold(&answered)
        .then(|| match ctx.repo.fetch(&file.path) {
            Fetched::Bytes(b) => String::from_utf8(b)
                .ok()
                .map(|text| document::parse(&file.path, text)),
            _ => None,
        })
        .flatten();
    let mut placed: Vec<(Finding, Placement)> =
        references::fold_answered(ctx, doc.as_ref(), answered)
            .into_iter()
            .filter_map(|(f, p)| Some((f, p?)))
            .collect();
    placed.sort_by_key(|(f, _)| f.span.start);
    file.diagnostics.extend(number(&file.path, placed));
    file.diagnostics.sort_by_key(|d| (d.span.start, d.rule));
    if file.diagnostics.is_empty() {
        file.text = None;
    }
}

/// Reads, parses and checks one file.
pub fn check_one(ctx: &Context<'_>, path: &str) -> FileResult {
    let (mut r, later) = check_one_later(ctx, path);
    if let Some(later) = later {
        answer_later(ctx, &mut r, later);
    }
    r
}

/// One document of a run: checked, or left out as generated.
enum Checked {
    Done(FileResult, Option<Later>),
    Generated(String),
}

/// [`check_one`], with the anchor questions that wait for other documents'
/// parses apart (the text is kept while they wait).
fn check_one_later(ctx: &Context<'_>, path: &str) -> (FileResult, Option<Later>) {
    match check_one_judging(ctx, path, false) {
        Checked::Done(r, later) => (r, later),
        // Not judged, never generated.
        Checked::Generated(path) => (
            FileResult {
                path,
                text: None,
                diagnostics: Vec::new(),
                unknown_suppressions: Vec::new(),
                encoding: None,
            },
            None,
        ),
    }
}

/// [`check_one_later`]; `judge`: a generated document (see
/// [`crate::fixtures::is_generated`]), chat transcript
/// ([`crate::transcript`]), synced copy ([`crate::synced_copy`]) or
/// vscode-docs copy ([`crate::vscode_docs_copy`]) or a site page's
/// Markdown export ([`crate::llms_page_copy`]) is left
/// out once read, before anything
/// of it is published or checked.
fn check_one_judging(ctx: &Context<'_>, path: &str, judge: bool) -> Checked {
    let nothing = || FileResult {
        path: path.to_string(),
        text: None,
        diagnostics: Vec::new(),
        unknown_suppressions: Vec::new(),
        encoding: None,
    };
    let bytes = match ctx.repo.fetch(path) {
        Fetched::Bytes(b)
            if judge
                && (crate::fixtures::is_generated(&b)
                    || crate::transcript::is_transcript(&b)
                    || crate::synced_copy::is_synced_copy(&b)
                    || crate::vscode_docs_copy::is_vscode_docs_copy(path, &b)
                    || crate::llms_page_copy::is_llms_page_copy(&b)) =>
        {
            return Checked::Generated(path.to_string());
        }
        Fetched::Bytes(b) => b,
        Fetched::Absent => {
            ctx.anchors.publish(ctx.repo, path, None);
            return Checked::Done(nothing(), None);
        }
        Fetched::Outside { target } => {
            ctx.anchors.publish(ctx.repo, path, None);
            let finding = Finding::new(
                &rules::path_outside_repo::RULE,
                0..0,
                format!("`{path}` is a symlink to `{target}`, outside the repository; it was not read"),
            )
            .help("commit the document itself instead of a symlink that points out, or exclude it in checkmark.toml")
            .target(target);
            return unread_with(ctx, path, finding);
        }
        // A symlink that leads nowhere (dangling, a loop) is a dead link
        // the maintainer fixes, as a link to a missing file is: a finding,
        // and the run goes on (seanchatmangpt/knhk's mdBook: 46 chapters
        // symlinked to documents moved since; the run was refused whole).
        Fetched::Broken(why) => {
            ctx.anchors.publish(ctx.repo, path, None);
            let finding = Finding::new(
                &rules::link_missing_path::RULE,
                0..0,
                format!("`{path}` leads nowhere: {why}; it was not read"),
            )
            .help("point the symlink at the document where it is now, restore the document, or remove the symlink")
            .target(path.to_string());
            return unread_with(ctx, path, finding);
        }
        Fetched::Unreadable(why) => {
            ctx.anchors.publish(ctx.repo, path, None);
            ctx.repo.note_problem(path, why);
            return Checked::Done(nothing(), None);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            ctx.anchors.publish(ctx.repo, path, None);
            let bytes = e.into_bytes();
            if encoding_invalid_utf8::git_crypt(&bytes) {
                return Checked::Done(nothing(), None);
            }
            let (text, finding, cause) = encoding_invalid_utf8::finding(&bytes);
            let text = Arc::new(text);
            let diags = finalize(ctx.config, path, &text, None, vec![finding]);
            let r = FileResult {
                path: path.to_string(),
                text: Some(text),
                diagnostics: diags,
                unknown_suppressions: Vec::new(),
                encoding: cause,
            };
            return Checked::Done(r, None);
        }
    };
    let doc = document::parse(path, text);
    ctx.anchors.publish(ctx.repo, path, Some(&doc));
    let (findings, later) = rules::check_document_later(ctx, &doc);
    let mut suppress = Suppressions::of(&doc);
    let Document { text, lines, .. } = doc;
    let text = Arc::new(text);
    // Where each waiting finding stands is known now; whether it is one, later.
    let later = (!later.is_empty()).then(|| Later {
        entries: later
            .into_iter()
            .map(|e| {
                let (rule, severity, span) = e.place();
                let at = At {
                    rule,
                    severity,
                    span: &span,
                };
                (
                    e,
                    place(ctx.config, path, &text, &lines, Some(&suppress), at),
                )
            })
            .collect(),
    });
    let diags = finalize_with(ctx.config, path, &text, &lines, Some(&suppress), findings);
    let r = FileResult {
        path: path.to_string(),
        text: if diags.is_empty() && later.is_none() {
            None
        } else {
            Some(text)
        },
        diagnostics: diags,
        unknown_suppressions: std::mem::take(&mut suppress.unknown),
        encoding: None,
    };
    Checked::Done(r, later)
}

/// A document not read, with the one finding that says why (a symlink that
/// points out of the repository, or leads nowhere).
fn unread_with(ctx: &Context<'_>, path: &str, finding: Finding) -> Checked {
    let text = Arc::new(String::new());
    let diags = finalize(ctx.config, path, &text, None, vec![finding]);
    let r = FileResult {
        path: path.to_string(),
        text: Some(text),
        diagnostics: diags,
        unknown_suppressions: Vec::new(),
        encoding: None,
    };
    Checked::Done(r, None)
}

/// Applies severities and suppressions, places findings on lines, fingerprints them.
pub fn finalize(
    config: &Config,
    path: &str,
    text: &str,
    suppress: Option<&Suppressions>,
    findings: Vec<Finding>,
) -> Vec<Diagnostic> {
    if findings.is_empty() {
        return Vec::new();
    }
    finalize_with(
        config,
        path,
        text,
        &document::LineIndex::new(text),
        suppress,
        findings,
    )
}

/// [`finalize`] with the text's line index at hand (the parse made one).
fn finalize_with(
    config: &Config,
    path: &str,
    text: &str,
    lines: &document::LineIndex,
    suppress: Option<&Suppressions>,
    findings: Vec<Finding>,
) -> Vec<Diagnostic> {
    if findings.is_empty() {
        return Vec::new();
    }
    let mut findings = findings;
    findings.sort_by_key(|f| (f.span.start, f.rule));
    number(
        path,
        findings.into_iter().filter_map(|f| {
            let at = At {
                rule: f.rule,
                severity: f.severity,
                span: &f.span,
            };
            let p = place(config, path, text, lines, suppress, at)?;
            Some((f, p))
        }),
    )
}

/// Where a finding stands and its severity: all of a diagnostic but the
/// fingerprint, which counts the same findings before it.
pub struct Placement {
    severity: Severity,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    /// Hash of the offending text, normalized (see [`crate::baseline::offending_key`]).
    key: u64,
    /// The fingerprint's hash of rule, path and that text, to continue with
    /// the number of the same findings before.
    fingerprint: u64,
}

/// What [`place`] needs of a finding.
struct At<'a> {
    rule: &'static str,
    severity: Severity,
    span: &'a std::ops::Range<usize>,
}

/// Places a finding; None when its rule is off or a comment suppresses it.
fn place(
    config: &Config,
    path: &str,
    text: &str,
    lines: &document::LineIndex,
    suppress: Option<&Suppressions>,
    f: At<'_>,
) -> Option<Placement> {
    let rule = rules::find(f.rule)?;
    let config_sev = config.severity(rule)?;
    // A rule may raise its own default (placeholder on a done row); config overrides the default only.
    let severity = if config.file.rules.contains_key(rule.id) {
        config_sev
    } else {
        f.severity
    };
    let (line, column) = lines.line_col(text, f.span.start);
    if let Some(s) = suppress
        && s.suppressed(f.rule, f.span.start, line)
    {
        return None;
    }
    let end = f.span.end.max(f.span.start);
    let end_line = lines.report_line(end);
    let end_column = match text.get(f.span.start..end) {
        Some(_) => lines.line_col(text, end).1,
        None if end_line == line => column,
        None => lines.line_col(text, end).1,
    };
    let normalized = crate::baseline::offending_key(text, f.span);
    Some(Placement {
        severity,
        line,
        column,
        end_line,
        end_column,
        key: fnv1a(&[normalized.as_bytes()]),
        fingerprint: fnv1a(&[f.rule.as_bytes(), path.as_bytes(), normalized.as_bytes()]),
    })
}

/// Diagnostics of placed findings, in their order (by offset, then rule): the
/// fingerprint counts the findings of the same rule and text before each.
fn number(path: &str, placed: impl IntoIterator<Item = (Finding, Placement)>) -> Vec<Diagnostic> {
    // How many findings of a rule had the same text before, keyed by a hash of
    // the text (not the text itself: memory stays small with many findings).
    let mut occurrences: rustc_hash::FxHashMap<(u64, &'static str), usize> = Default::default();
    let mut out = Vec::new();
    for (f, p) in placed {
        let n = occurrences.entry((p.key, f.rule)).or_insert(0);
        let fp = fnv1a_from(p.fingerprint, &[n.to_string().as_bytes()]);
        *n += 1;
        out.push(Diagnostic {
            rule: f.rule,
            severity: p.severity,
            file: path.to_string(),
            line: p.line,
            column: p.column,
            end_line: p.end_line,
            end_column: p.end_column,
            message: f.message,
            help: f.help,
            target: f.target,
            // Fixable: `checkmark fix` applies it as it is (safe); an unsafe fix
            // needs `--unsafe-fixes` and is not counted.
            fixable: !f.edits.is_empty()
                && f.edits
                    .iter()
                    .all(|e| e.safety == crate::diagnostic::Safety::Safe),
            fingerprint: format!("{fp:016x}"),
            span: f.span,
            edits: f.edits,
        });
    }
    out
}

/// Today's date (UTC) as `YYYY-MM-DD`; `CHECKMARK_TODAY` overrides it (tests).
pub fn today() -> String {
    if let Ok(t) = std::env::var("CHECKMARK_TODAY") {
        return t;
    }
    crate::history::utc_date(jiff::Timestamp::now().as_second())
}
