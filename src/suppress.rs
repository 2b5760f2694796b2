//! Inline suppressions:
//! `<!-- checkmark-disable-next-line RULE -->`,
//! `<!-- checkmark-disable RULE -->` … `<!-- checkmark-enable RULE -->`
//! (RULE optional: all rules; several may be given, separated by spaces or commas).

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
