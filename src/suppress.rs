//! Inline suppressions:
//! `<!-- checkmark-disable-next-line RULE -->`,
//! `<!-- checkmark-disable RULE -->` … `<!-- checkmark-enable RULE -->`
//! (RULE optional: all rules; several may be given, separated by spaces or commas).
//!
//! A region a tool manages is left alone the same way, for all rules: text
//! between `<!-- NAME:START -->` (or `NAME:BEGIN`) and `<!-- NAME:END -->`,
//! such as oh-my-claudecode's `<!-- OMC:START -->` block in `CLAUDE.md`, or
//! between `<!-- BEGIN NAME … -->` (or `START NAME`) and `<!-- END NAME … -->`
//! when the opening comment says the region is managed or generated, or
//! between `<!-- BEGIN_NAME -->` and `<!-- END_NAME -->` written in capitals
//! joined by `_` (terraform-docs' `BEGIN_TF_DOCS`, the RFC tables
//! aws-cdk-rfcs' `rfc-render` writes between `BEGIN_TABLE` and `END_TABLE`:
//! survey 48b, 94 `table/placeholder` findings on owners its issues never
//! had, judged false; `<!-- Begin notes -->` is a hand-written heading). The
//! tool rewrites it; its links are the tool's. A generated table of contents
//! of the document itself (doctoc's `<!-- START doctoc generated TOC … -->`,
//! `AUTO-GENERATED-CONTENT:START (TOC)`) stays checked, and so does an opening
//! marker that is never closed.

use crate::document::Document;

#[derive(Debug, Clone)]
enum Scope {
    All,
    AllExcept(Vec<String>),
    Rules(Vec<String>),
}

impl Scope {
    fn covers(&self, rule: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::AllExcept(r) => !r.iter().any(|x| x == rule),
            Scope::Rules(r) => r.iter().any(|x| x == rule),
        }
    }
}

/// A rule ID in a suppression comment that names no rule: the comment
/// suppresses nothing for it. Reported as a warning on stderr (it does not
/// change the exit code), with the closest rule ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule {
    pub line: usize,
    pub column: usize,
    /// The directive (`checkmark-disable-next-line`).
    pub directive: String,
    /// The ID as written.
    pub id: String,
    /// The rule it probably meant.
    pub suggestion: Option<&'static str>,
}

impl UnknownRule {
    /// `warning: docs/a.md:3:1: unknown rule …` with `path` as shown to the user.
    pub fn message(&self, path: &str) -> String {
        let help = match self.suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => "`checkmark rules` lists the rule IDs".to_string(),
        };
        format!(
            "warning: {path}:{}:{}: unknown rule `{}` in a `{}` comment; it suppresses nothing\n  help: {help}",
            self.line, self.column, self.id, self.directive
        )
    }
}

/// The suppressions of one document.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// (line, scope): findings on that line are suppressed.
    lines: Vec<(usize, Scope)>,
    /// (start offset, end offset, scope) regions.
    regions: Vec<(usize, usize, Scope)>,
    /// Rule IDs in the comments that name no rule.
    pub unknown: Vec<UnknownRule>,
}

impl Suppressions {
    pub fn of(doc: &Document) -> Suppressions {
        let mut s = Suppressions::default();
        let mut open: Vec<(usize, Scope)> = Vec::new();
        for c in &doc.comments {
            let body = doc.text[c.clone()]
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim();
            let (directive, rest) = match body.split_once(char::is_whitespace) {
                Some((d, r)) => (d, r.trim()),
                None => (body, ""),
            };
            if matches!(
                directive,
                "checkmark-disable-next-line"
                    | "checkmark-disable-line"
                    | "checkmark-disable"
                    | "checkmark-enable"
            ) {
                let ids = crate::rules::REGISTRY.iter().map(|r| r.id);
                for id in rest.split([' ', ',', '\t', '\n']).filter(|x| !x.is_empty()) {
                    if crate::rules::find(id).is_none() {
                        let (line, column) = doc.lines.line_col(&doc.text, c.start);
                        s.unknown.push(UnknownRule {
                            line,
                            column,
                            directive: directive.to_string(),
                            id: id.to_string(),
                            suggestion: crate::suggest::closest(id, ids.clone()),
                        });
                    }
                }
            }
            let scope = || {
                let ids: Vec<String> = rest
                    .split([' ', ',', '\t', '\n'])
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect();
                if ids.is_empty() {
                    Scope::All
                } else {
                    Scope::Rules(ids)
                }
            };
            match directive {
                "checkmark-disable-next-line" => {
                    // The next line after the comment's end.
                    let line = doc.lines.report_line(c.end.saturating_sub(1)) + 1;
                    s.lines.push((line, scope()));
                }
                "checkmark-disable-line" => {
                    s.lines.push((doc.lines.report_line(c.start), scope()));
                }
                "checkmark-disable" => open.push((c.end, scope())),
                "checkmark-enable" => {
                    let sc = scope();
                    match sc {
                        Scope::All | Scope::AllExcept(_) => {
                            for (start, scope) in open.drain(..) {
                                s.regions.push((start, c.start, scope));
                            }
                        }
                        Scope::Rules(ids) => {
                            let mut keep = Vec::new();
                            for (start, scope) in open.drain(..) {
                                match &scope {
                                    Scope::Rules(r) if r.iter().all(|x| ids.contains(x)) => {
                                        s.regions.push((start, c.start, scope));
                                    }
                                    Scope::Rules(r) => {
                                        let closed: Vec<String> =
                                            r.iter().filter(|x| ids.contains(x)).cloned().collect();
                                        let left: Vec<String> = r
                                            .iter()
                                            .filter(|x| !ids.contains(x))
                                            .cloned()
                                            .collect();
                                        if !closed.is_empty() {
                                            s.regions.push((start, c.start, Scope::Rules(closed)));
                                        }
                                        keep.push((start, Scope::Rules(left)));
                                    }
                                    Scope::All | Scope::AllExcept(_) => {
                                        // Enabling some rules inside a disable-all: the
                                        // region ends here, and all others stay disabled.
                                        s.regions.push((start, c.start, scope.clone()));
                                        let mut except = match &scope {
                                            Scope::AllExcept(e) => e.clone(),
                                            _ => Vec::new(),
                                        };
                                        except.extend(ids.iter().cloned());
                                        keep.push((c.end, Scope::AllExcept(except)));
                                    }
                                }
                            }
                            open = keep;
                        }
                    }
                }
                _ => {}
            }
        }
        for (start, scope) in open {
            s.regions.push((start, usize::MAX, scope));
        }
        s.regions.extend(
            managed_regions(doc)
                .into_iter()
                .map(|r| (r.start, r.end, Scope::All)),
        );
        s
    }

    /// Whether a finding of `rule` at byte `offset` (on `line`) is suppressed.
    pub fn suppressed(&self, rule: &str, offset: usize, line: usize) -> bool {
        self.lines
            .iter()
            .any(|(l, sc)| *l == line && sc.covers(rule))
            || self
                .regions
                .iter()
                .any(|(a, b, sc)| *a <= offset && offset < *b && sc.covers(rule))
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.regions.is_empty()
    }
}

/// A comment that opens (`true`) or closes a region a tool manages, and the
/// tool's name, lowercased (see the module documentation).
fn managed_marker(body: &str) -> Option<(bool, String)> {
    let lower = body.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| matches!(*w, "toc" | "contents")) {
        return None;
    }
    let first = lower.split_whitespace().next()?;
    if let Some((name, edge)) = first.split_once(':') {
        let named = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        return match edge {
            "start" | "begin" if named => Some((true, name.to_string())),
            "end" if named => Some((false, name.to_string())),
            _ => None,
        };
    }
    // One token of capitals joined by `_`, `BEGIN_TF_DOCS` … `END_TF_DOCS`
    // (terraform-docs' markers) or `BEGIN_TABLE` … `END_TABLE` (the RFC
    // tables aws-cdk-rfcs' `rfc-render` writes): a machine's marker, as
    // `NAME:START` is.
    if let Some(marker) = capital_marker(body) {
        return Some(marker);
    }
    let mut it = lower.split_whitespace();
    let edge = it.next()?;
    let name = it.next()?.to_string();
    match edge {
        "begin" | "start" => {
            let says = lower.contains("managed")
                || lower.contains("generated")
                || lower.contains("do not edit")
                || lower.contains("don't edit")
                || lower.contains("do not modify");
            says.then_some((true, name))
        }
        "end" => Some((false, name)),
        _ => None,
    }
}

/// `BEGIN_NAME`, `START_NAME` (opening) or `END_NAME` (closing) as the
/// comment's first word, in capitals, digits and `_`: the edge and the
/// name, lowercased. `Begin_notes` and `BEGIN` alone are no such marker.
fn capital_marker(body: &str) -> Option<(bool, String)> {
    let first = body.split_whitespace().next()?;
    if !first
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        return None;
    }
    let (edge, name) = first.split_once('_')?;
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let name = name.to_ascii_lowercase();
    match edge {
        "BEGIN" | "START" => Some((true, name)),
        "END" => Some((false, name)),
        _ => None,
    }
}

/// The byte ranges of a document's managed regions, each from its opening
/// comment to the end of its closing one.
fn managed_regions(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut out = Vec::new();
    for c in &doc.comments {
        let body = doc.text[c.clone()]
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim();
        match managed_marker(body) {
            Some((true, name)) => open.push((name, c.start)),
            Some((false, name)) => {
                if let Some(i) = open.iter().rposition(|(n, _)| *n == name) {
                    let (_, start) = open.remove(i);
                    out.push(start..c.end);
                }
            }
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod managed_tests {
    use super::managed_marker;

    #[test]
    fn tool_regions_are_named_start_and_end_pairs() {
        assert_eq!(managed_marker("OMC:START"), Some((true, "omc".into())));
        assert_eq!(managed_marker("OMC:END"), Some((false, "omc".into())));
        assert_eq!(
            managed_marker("ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section"),
            Some((true, "all-contributors-list".into()))
        );
        assert_eq!(
            managed_marker("BEGIN mytool managed block"),
            Some((true, "mytool".into()))
        );
        assert_eq!(managed_marker("END mytool"), Some((false, "mytool".into())));
        // Not said to be managed: a hand-written section marker.
        assert_eq!(managed_marker("BEGIN notes"), None);
        // A table of contents of the document itself stays checked.
        assert_eq!(
            managed_marker(
                "START doctoc generated TOC please keep comment here to allow auto update"
            ),
            None
        );
        assert_eq!(managed_marker("AUTO-GENERATED-CONTENT:START (TOC)"), None);
        // A machine's marker in capitals joined by `_`.
        assert_eq!(
            managed_marker("BEGIN_TF_DOCS"),
            Some((true, "tf_docs".into()))
        );
        assert_eq!(
            managed_marker("END_TF_DOCS"),
            Some((false, "tf_docs".into()))
        );
        assert_eq!(managed_marker("BEGIN_TABLE"), Some((true, "table".into())));
        assert_eq!(managed_marker("Begin_notes"), None);
        assert_eq!(managed_marker("BEGIN_"), None);
        assert_eq!(managed_marker("BEGIN_TOC"), None);
        assert_eq!(managed_marker("checkmark-disable"), None);
        assert_eq!(managed_marker("see: http://x"), None);
    }
}
