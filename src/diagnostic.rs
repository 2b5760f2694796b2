//! Findings and edits: what rules produce, as data.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A rule's identity and documentation (each rule's `RULE` in `src/rules/`, listed by
/// `rules::REGISTRY`). Defined here, with the findings that name it, so that
/// configuration can speak of rules without depending on the registry.
#[derive(Debug)]
pub struct Rule {
    /// The stable ID (`citation/missing-path`).
    pub id: &'static str,
    /// Default severity (configurable).
    pub severity: Severity,
    /// Whether `checkmark fix` repairs it.
    pub fixable: bool,
    /// How many sentences `why` opens with that say why the rule matters
    /// (`checkmark rules RULE` prints them; the rest, the record of cases,
    /// with `--full`).
    pub lead: u8,
    /// One line: when it fires.
    pub summary: &'static str,
    /// Why it matters, then when it speaks and when it stays silent: the
    /// record of what real repositories taught the rule, a sentence per case.
    pub why: &'static str,
    /// A document that triggers it.
    pub bad: &'static str,
    /// The same document, corrected.
    pub good: &'static str,
}

/// How serious a finding is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Whether a fix can change what a document claims, as ruff's applicability.
///
/// Safe: it cannot (mojibake repair, a malformed task box, a configured alias,
/// a derived column the configuration declares). Unsafe: it can (a ✅ marker
/// or a status line turned into 🔄, a status replaced by one of another
/// class): `fix` applies it only with `--unsafe-fixes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Safety {
    Safe,
    Unsafe,
}

/// A byte range of a document and the text that replaces it, with its
/// declared safety (set where the edit is made).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
    pub safety: Safety,
    /// May touch code spans and code blocks: mojibake repair in a fully
    /// mis-decoded document (the contract's exception), and a reference that is
    /// itself a code span (a mention or evidence path renamed). Every other edit
    /// that touches code is dropped before `fix` applies anything.
    pub in_code: bool,
}

impl Edit {
    pub fn new(range: Range<usize>, replacement: impl Into<String>, safety: Safety) -> Edit {
        Edit {
            range,
            replacement: replacement.into(),
            safety,
            in_code: false,
        }
    }

    /// Allows the edit inside code (see [`Edit::in_code`]).
    pub fn allow_in_code(mut self) -> Edit {
        self.in_code = true;
        self
    }
}

/// One finding of one rule in one document, located by a byte span.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
    pub target: Option<String>,
    /// The edits that fix it (empty when the rule has no automatic fix here).
    pub edits: Vec<Edit>,
}

impl Finding {
    pub fn new(rule: &'static Rule, span: Range<usize>, message: impl Into<String>) -> Finding {
        Finding {
            rule: rule.id,
            severity: rule.severity,
            span,
            message: message.into(),
            help: None,
            target: None,
            edits: Vec::new(),
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn target(mut self, target: impl Into<String>) -> Finding {
        self.target = Some(target.into());
        self
    }

    pub fn edit(mut self, edit: Edit) -> Finding {
        self.edits.push(edit);
        self
    }
}

/// A finding placed in its file, with line and column: what reports print.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Diagnostic {
    /// The rule ID, `group/name` (see `checkmark rules`).
    #[schemars(regex(pattern = r"^[a-z0-9-]+/[a-z0-9-]+$"))]
    pub rule: &'static str,
    pub severity: Severity,
    /// Relative to the repository root, with `/` separators.
    pub file: String,
    /// 1-based.
    #[schemars(range(min = 1))]
    pub line: usize,
    /// 1-based, in Unicode scalar values.
    #[schemars(range(min = 1))]
    pub column: usize,
    #[schemars(range(min = 1))]
    pub end_line: usize,
    #[schemars(range(min = 1))]
    pub end_column: usize,
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The path or anchor involved, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// `checkmark fix` can fix it.
    pub fixable: bool,
    /// Stable across line moves (rule + file + offending text): what `--base` matches on.
    pub fingerprint: String,
    /// Byte span in the file (for human output and fixes; not in JSON).
    #[serde(skip)]
    pub span: Range<usize>,
    #[serde(skip)]
    pub edits: Vec<Edit>,
}

/// FNV-1a, 64 bits: stable across runs and platforms, for fingerprints.
pub fn fnv1a(parts: &[&[u8]]) -> u64 {
    fnv1a_from(0xcbf29ce484222325, parts)
}

/// [`fnv1a`] continued from the hash of the parts before:
/// `fnv1a_from(fnv1a(&[a]), &[b]) == fnv1a(&[a, b])`.
pub fn fnv1a_from(mut h: u64, parts: &[&[u8]]) -> u64 {
    for p in parts {
        for &b in *p {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
