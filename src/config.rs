//! `checkmark.toml`: which files, rule severities, the status vocabulary,
//! column names and what `fix` derives. Every key is optional; the defaults
//! handle the seeds sensibly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::diagnostic::Severity;

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Globs of Markdown files to check when no paths are given.
    pub include: Option<Vec<String>>,
    /// Globs of files never checked.
    pub exclude: Option<Vec<String>>,
    /// Rule ID → `error` | `warning` | `info` | `off`.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    #[serde(default)]
    pub columns: Columns,
    /// Cell values that mean "not filled in".
    pub placeholders: Option<Vec<String>>,
    #[serde(default)]
    pub status: StatusConfig,
    #[serde(default)]
    pub tasks: TaskConfig,
    #[serde(default)]
    pub fix: FixConfig,
}

/// Header names (case-insensitive) that give a table column its role.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Columns {
    pub status: Vec<String>,
    pub evidence: Vec<String>,
    pub owner: Vec<String>,
    pub date: Vec<String>,
}

impl Default for Columns {
    fn default() -> Self {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        Columns {
            status: v(&["status", "*status", "state", "result"]),
            evidence: v(&[
                "evidence",
                "evidence path",
                "evidence paths",
                "evidence link",
                "evidence links",
                "*evidence*",
                "artifact",
                "artifacts",
                "artifact/log reference",
                "proof",
                "reference",
                "references",
            ]),
            owner: v(&["owner", "owners", "dri", "assignee", "responsible"]),
            date: v(&[
                "last updated",
                "date",
                "updated",
                "last update",
                "last reviewed",
                "due",
                "due date",
            ]),
        }
    }
}

/// The status vocabulary.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StatusConfig {
    /// Extra values: class name (`done`, `in_progress`, `at_risk`, `blocked`,
    /// `not_started`, `not_applicable`) → canonical spellings.
    pub values: BTreeMap<String, Vec<String>>,
    /// Alias → canonical spelling, rewritten by `fix`.
    pub aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TaskConfig {
    /// Every checked task item needs evidence (a citation, link or path).
    pub require_evidence: bool,
}

/// What `fix` derives.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FixConfig {
    /// The marker put on a heading or status line whose items are not all done.
    pub in_progress_marker: String,
    /// Append a `3/8` count after section markers.
    pub progress_count: bool,
    /// Derived status columns.
    pub derive: Vec<DeriveConfig>,
    /// Fill date columns from git history.
    pub dates_from_git: bool,
}

impl Default for FixConfig {
    fn default() -> Self {
        FixConfig {
            in_progress_marker: "🔄".to_string(),
            progress_count: false,
            derive: Vec::new(),
            dates_from_git: false,
        }
    }
}

/// `[[fix.derive]]`: for tables whose headers include `status_column` and
/// `evidence_column`, set the status from the evidence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeriveConfig {
    pub status_column: String,
    pub evidence_column: String,
    /// Status when every evidence path exists and is tracked.
    #[serde(default = "default_done")]
    pub done: String,
    /// Status when any evidence path is missing.
    #[serde(default = "default_missing")]
    pub missing: String,
}

fn default_done() -> String {
    "✅ Done".to_string()
}
fn default_missing() -> String {
    "⚠️ At risk".to_string()
}

/// The configuration in force for a run.
#[derive(Debug)]
pub struct Config {
    pub file: ConfigFile,
    /// Where it was read from, if anywhere.
    pub path: Option<PathBuf>,
    include: GlobSet,
    exclude: GlobSet,
    pub placeholders: Vec<String>,
}

/// A configuration error (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

impl Config {
    /// The defaults.
    pub fn default_config() -> Config {
        Config::from_file(ConfigFile::default(), None).unwrap_or_else(|_| unreachable_default())
    }

    /// Reads `path`. Errors name the file, line and key.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError(format!("failed to read config `{}`: {e}", path.display())))?;
        Config::parse(&text, path)
    }

    /// Parses config text; `path` is used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            let (line, col) = e
                .span()
                .map(|s| {
                    let before = &text[..s.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let col = before.rsplit('\n').next().map(|l| l.chars().count() + 1).unwrap_or(1);
                    (line, col)
                })
                .unwrap_or((1, 1));
            ConfigError(format!(
                "failed to parse config `{}`\n  --> line {line}, column {col}\n  caused by: {}\n  help: see `checkmark init` for a commented example of every key",
                path.display(),
                e.message()
            ))
        })?;
        for id in file.rules.keys() {
            if crate::rules::find(id).is_none() {
                let ids: Vec<&str> = crate::rules::REGISTRY.iter().map(|r| r.id).collect();
                let hint = crate::rules::references::closest(id, ids.iter().copied())
                    .map(|s| format!("did you mean `{s}`? "))
                    .unwrap_or_default();
                return Err(ConfigError(format!(
                    "failed to parse config `{}`\n  --> line {}\n  caused by: unknown rule `{id}` in [rules]\n  help: {hint}`checkmark rules` lists the rule IDs",
                    path.display(),
                    line_of(text, id)
                )));
            }
        }
        for g in file
            .include
            .iter()
            .flatten()
            .chain(file.exclude.iter().flatten())
        {
            if let Err(e) = Glob::new(g) {
                return Err(ConfigError(format!(
                    "failed to parse config `{}`\n  --> line {}\n  caused by: invalid glob `{g}`: {}\n  help: globs use `*`, `**`, `?`, `[abc]` and `{{a,b}}`; escape a literal `[` as `[[]`",
                    path.display(),
                    line_of(text, g),
                    e.kind()
                )));
            }
        }
        Config::from_file(file, Some(path.to_path_buf()))
    }

    fn from_file(file: ConfigFile, path: Option<PathBuf>) -> Result<Config, ConfigError> {
        let build = |globs: &[String]| -> Result<GlobSet, ConfigError> {
            let mut b = GlobSetBuilder::new();
            for g in globs {
                let glob = Glob::new(g).map_err(|e| {
                    ConfigError(format!(
                        "invalid glob `{g}` in config{}: {e}",
                        path.as_ref()
                            .map(|p| format!(" `{}`", p.display()))
                            .unwrap_or_default()
                    ))
                })?;
                b.add(glob);
            }
            b.build().map_err(|e| ConfigError(e.to_string()))
        };
        let include_globs = file
            .include
            .clone()
            .unwrap_or_else(|| vec!["**/*.md".into(), "**/*.markdown".into(), "**/*.mdx".into()]);
        let include = build(&include_globs)?;
        let exclude = build(file.exclude.as_deref().unwrap_or(&[]))?;
        let placeholders = file.placeholders.clone().unwrap_or_else(|| {
            [
                "TBD", "TBA", "TODO", "N/A", "NA", "?", "-", "—", "…", "...", "<todo>", "xxx",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect()
        });
        Ok(Config {
            file,
            path,
            include,
            exclude,
            placeholders,
        })
    }

    /// Whether a repository-relative path is a Markdown file to check by default.
    pub fn selects(&self, path: &str) -> bool {
        self.include.is_match(path) && !self.exclude.is_match(path)
    }

    /// Whether an explicitly named path is excluded.
    pub fn excludes(&self, path: &str) -> bool {
        self.exclude.is_match(path)
    }

    /// The severity of a rule, or None when it is off.
    pub fn severity(&self, rule: &crate::rules::Rule) -> Option<Severity> {
        match self.file.rules.get(rule.id) {
            None => Some(rule.severity),
            Some(Level::Off) => None,
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Info) => Some(Severity::Info),
        }
    }

    /// Whether a cell value is a placeholder.
    pub fn is_placeholder(&self, value: &str) -> bool {
        let v = value.trim().trim_matches('`').trim_matches('*').trim();
        v.is_empty() || self.placeholders.iter().any(|p| p.eq_ignore_ascii_case(v))
    }
}

/// The 1-based line of the first occurrence of `needle` (1 when not found).
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|i| text[..i].matches('\n').count() + 1)
        .unwrap_or(1)
}

fn unreachable_default() -> Config {
    // The default globs are literals known to compile; this is never reached.
    Config {
        file: ConfigFile::default(),
        path: None,
        include: GlobSet::empty(),
        exclude: GlobSet::empty(),
        placeholders: Vec::new(),
    }
}

/// The commented default written by `checkmark init`.
pub const DEFAULT_TOML: &str = include_str!("default_config.toml");

/// The role a table column plays, known by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Status,
    Evidence,
    Owner,
    Date,
}

impl Config {
    /// The role of a column from its header text (markup ignored, case-insensitive).
    pub fn role_of(&self, header: &str) -> Option<Role> {
        let h = normalize_header(header);
        if h.is_empty() {
            return None;
        }
        let c = &self.file.columns;
        let roles = [
            (Role::Status, &c.status),
            (Role::Evidence, &c.evidence),
            (Role::Owner, &c.owner),
            (Role::Date, &c.date),
        ];
        // Exact names first, then wildcard patterns.
        for (role, names) in roles {
            if names
                .iter()
                .any(|n| !n.contains('*') && n.eq_ignore_ascii_case(&h))
            {
                return Some(role);
            }
        }
        for (role, names) in roles {
            if names
                .iter()
                .any(|n| n.contains('*') && wildcard(&n.to_lowercase(), &h))
            {
                return Some(role);
            }
        }
        None
    }
}

fn normalize_header(h: &str) -> String {
    h.replace(['*', '`', '_'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `*x` (suffix), `x*` (prefix), `*x*` (contains).
fn wildcard(pattern: &str, h: &str) -> bool {
    let core = pattern.trim_matches('*').trim();
    match (pattern.starts_with('*'), pattern.ends_with('*')) {
        (true, true) => h.contains(core),
        (true, false) => h.ends_with(core),
        (false, true) => h.starts_with(core),
        (false, false) => h == core,
    }
}
