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

/// The suppressions of one document.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// (line, scope): findings on that line are suppressed.
    lines: Vec<(usize, Scope)>,
    /// (start offset, end offset, scope) regions.
    regions: Vec<(usize, usize, Scope)>,
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
                    let line = doc.lines.line_of(c.end.saturating_sub(1)) + 1;
                    s.lines.push((line, scope()));
                }
                "checkmark-disable-line" => {
                    s.lines.push((doc.lines.line_of(c.start), scope()));
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
