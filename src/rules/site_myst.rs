//! MyST / Sphinx label references.
//!
//! A Sphinx project that reads Markdown with MyST (`conf.py` whose
//! `extensions` name `myst_parser` or `myst_nb`) resolves `[text](#label)`,
//! `[](#label)` and `[text](label)` against the project's targets, wherever
//! they stand: a `(label)=` line before a heading or block, a directive's
//! `:name: label` option (or `name: label` in its YAML options), a
//! `{figure-md} label` argument, a domain object's name (`{py:class}
//! mypackage.MyClass`), and reStructuredText's `.. _label:`. They
//! are not heading anchors or files, and a link that names one is resolved
//! (<https://myst-parser.readthedocs.io/en/latest/syntax/cross-referencing.html>).
//! The project is the conf.py's folder, plus the files its pages pull in with
//! `{include}` (MyST-Parser's root `CHANGELOG.md`). Outside such a project, a
//! document's own `(label)=` targets still name its own `#label` links.
//!
//! Targets inside code (a plain fenced or indented block, a `{code-block}`'s
//! body) are examples, not targets.

use std::collections::HashSet;

use crate::source::{RepoView, join_relative};

use super::Context;

/// One MyST Sphinx project: its source folder, the files its pages include
/// from elsewhere, and its targets (lower case: Sphinx compares them so).
#[derive(Debug, Clone, Default)]
pub struct Project {
    pub dir: String,
    pub included: Vec<String>,
    pub labels: HashSet<String>,
}

/// The MyST Sphinx projects of the repository, from its tracked `conf.py`s.
pub fn detect(repo: &RepoView) -> Vec<Project> {
    let confs: Vec<String> = repo
        .tracked_files()
        .filter(|f| *f == "conf.py" || f.ends_with("/conf.py"))
        .map(str::to_string)
        .collect();
    let mut out = Vec::new();
    for conf in confs {
        let Some(text) = repo.read(&conf).and_then(|b| String::from_utf8(b).ok()) else {
            continue;
        };
        if !(text.contains("\"myst_parser\"")
            || text.contains("'myst_parser'")
            || text.contains("\"myst_nb\"")
            || text.contains("'myst_nb'"))
        {
            continue;
        }
        let dir = conf.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let mut project = Project {
            dir: dir.clone(),
            ..Project::default()
        };
        let files = if dir.is_empty() {
            repo.tracked_files().map(str::to_string).collect()
        } else {
            repo.tracked_files_under(&dir)
        };
        let mut included = Vec::new();
        for f in &files {
            let md = f.ends_with(".md");
            if !(md || f.ends_with(".rst")) {
                continue;
            }
            let Some(text) = repo.read(f).and_then(|b| String::from_utf8(b).ok()) else {
                continue;
            };
            let page_dir = f.rsplit_once('/').map_or("", |(d, _)| d);
            let found = if md {
                markdown_targets(&text)
            } else {
                rst_targets(&text)
            };
            project.labels.extend(found.labels);
            included.extend(
                found
                    .includes
                    .iter()
                    .filter_map(|i| join_relative(page_dir, i)),
            );
        }
        // Included files outside the folder are read as pages too.
        for inc in included {
            let inside = dir.is_empty() || inc.starts_with(&format!("{dir}/"));
            if inside || !inc.ends_with(".md") {
                continue;
            }
            if let Some(text) = repo.read(&inc).and_then(|b| String::from_utf8(b).ok()) {
                project.labels.extend(markdown_targets(&text).labels);
                project.included.push(inc);
            }
        }
        out.push(project);
    }
    out
}

/// The project whose pages include `path`.
pub fn project_of<'a>(projects: &'a [Project], path: &str) -> Option<&'a Project> {
    projects.iter().find(|p| {
        p.dir.is_empty()
            || path.starts_with(&format!("{}/", p.dir))
            || p.included.iter().any(|i| i == path)
    })
}

/// Whether `label` names a MyST target that Sphinx resolves for a link of
/// the page at `doc_path`: one of its project's, or (any page) one of the
/// page's own, read from `own_text`.
pub fn names_label(ctx: &Context<'_>, doc_path: &str, label: &str, own_text: Option<&str>) -> bool {
    if label.is_empty() || label.contains(['?', ' ']) {
        return false;
    }
    let lower = label.to_lowercase();
    if project_of(ctx.anchors.myst(ctx.repo), doc_path).is_some_and(|p| p.labels.contains(&lower)) {
        return true;
    }
    own_text.is_some_and(|t| own_labels_contain(t, &lower))
}

/// A page's text (its address and length) and its `(label)=` targets.
type OwnLabels = Option<((usize, usize), HashSet<String>)>;

thread_local! {
    /// The `(label)=` targets of the page last asked about, by its text's
    /// address and length: a page with 100,000 missing links reads its own
    /// labels once, not once per link (issue 10's realistic shape). Emptied
    /// for each document checked ([`forget_own_labels`]), so that a text
    /// freed and another allocated at its address is never taken for it.
    static OWN_LABELS: std::cell::RefCell<OwnLabels> =
        const { std::cell::RefCell::new(None) };
}

/// Whether the page of `text` defines the (lower-cased) label `lower`.
fn own_labels_contain(text: &str, lower: &str) -> bool {
    let key = (text.as_ptr() as usize, text.len());
    OWN_LABELS.with(|cell| {
        let mut c = cell.borrow_mut();
        if c.as_ref().is_none_or(|(k, _)| *k != key) {
            let labels = if text.contains(")=") {
                markdown_targets(text).labels
            } else {
                HashSet::new()
            };
            *c = Some((key, labels));
        }
        c.as_ref().is_some_and(|(_, labels)| labels.contains(lower))
    })
}

/// Forgets what [`own_labels_contain`] read (a new document is checked).
pub fn forget_own_labels() {
    OWN_LABELS.with(|cell| *cell.borrow_mut() = None);
}

/// What a MyST page defines and pulls in.
#[derive(Debug, Default)]
pub struct Targets {
    pub labels: HashSet<String>,
    pub includes: Vec<String>,
}

/// How a fenced block's body is read.
#[derive(Debug, Clone, Copy)]
enum Body {
    Markdown,
    Code,
    /// `{eval-rst}`: reStructuredText, whose `.. _label:` are targets.
    Rst,
}

/// Directives whose body is code (their options still name them).
const CODE_DIRECTIVES: &[&str] = &[
    "code-block",
    "code",
    "sourcecode",
    "code-cell",
    "literalinclude",
    "math",
];

/// The `(label)=` targets, directive names and `{include}`s of a MyST page,
/// outside code.
pub fn markdown_targets(text: &str) -> Targets {
    let mut out = Targets::default();
    // Open fences: (char, length, body, in options).
    let mut stack: Vec<(u8, usize, Body, bool)> = Vec::new();
    let mut yaml = false;
    for raw in text.lines() {
        let line = raw.trim_end_matches('\r');
        let indent = line.len() - line.trim_start_matches(' ').len();
        let t = line.trim();
        let run_of = |c: u8| t.bytes().take_while(|&b| b == c).count();
        // A closing fence.
        if let Some(&(c, n, _, _)) = stack.last() {
            let run = run_of(c);
            if run >= n && t[run..].trim().is_empty() {
                stack.pop();
                yaml = false;
                continue;
            }
        }
        let body = stack.last().map_or(Body::Markdown, |s| s.2);
        let options = stack.last().is_some_and(|s| s.3);
        if options {
            if t == "---" {
                yaml = !yaml;
                continue;
            }
            if yaml {
                if let Some(v) = t.strip_prefix("name:") {
                    insert(&mut out.labels, v);
                }
                continue;
            }
            if let Some(rest) = t.strip_prefix(':')
                && let Some((key, v)) = rest.split_once(':')
                && !key.contains(' ')
            {
                if key == "name" {
                    insert(&mut out.labels, v);
                }
                continue;
            }
            if let Some(top) = stack.last_mut() {
                top.3 = false;
            }
        }
        match body {
            Body::Code => continue,
            Body::Rst => {
                out.labels.extend(rst_targets(line).labels);
                continue;
            }
            Body::Markdown => {}
        }
        // An opening fence: ``` / ~~~ / ::: (colon fences hold directives only).
        let opener = [b'`', b'~', b':']
            .into_iter()
            .map(|c| (c, run_of(c)))
            .find(|&(c, n)| n >= 3 && (c != b':' || t[n..].trim_start().starts_with('{')));
        if let Some((c, n)) = opener
            && indent <= 3
        {
            let info = t[n..].trim();
            let directive = info
                .strip_prefix('{')
                .and_then(|s| s.split_once('}'))
                .map(|(name, arg)| (name.trim(), arg.trim()));
            match directive {
                Some((name, arg)) => {
                    // A domain object (`{py:class} mypackage.MyClass`) is
                    // a target by its name, like a label.
                    if name == "figure-md" || (name.contains(':') && !arg.contains(' ')) {
                        insert(&mut out.labels, arg);
                    }
                    if name == "include" && !arg.is_empty() {
                        out.includes.push(arg.to_string());
                    }
                    let body = if name == "eval-rst" {
                        Body::Rst
                    } else if CODE_DIRECTIVES.contains(&name) {
                        Body::Code
                    } else {
                        Body::Markdown
                    };
                    stack.push((c, n, body, true));
                }
                None => stack.push((c, n, Body::Code, false)),
            }
            yaml = false;
            continue;
        }
        if indent >= 4 && stack.is_empty() {
            continue;
        }
        // `(label)=`
        if let Some(rest) = t.strip_prefix('(')
            && let Some(label) = rest.strip_suffix(")=")
            && !label.is_empty()
            && !label.contains(['(', ')', ' '])
        {
            insert(&mut out.labels, label);
        }
    }
    out
}

/// The `.. _label:` targets and `:name:` options of a reStructuredText page.
fn rst_targets(text: &str) -> Targets {
    let mut out = Targets::default();
    for line in text.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix(".. _")
            && let Some(label) = rest.strip_suffix(':')
            && !label.contains('`')
        {
            insert(&mut out.labels, label);
        } else if let Some(v) = t.strip_prefix(":name:") {
            insert(&mut out.labels, v);
        }
    }
    out
}

fn insert(labels: &mut HashSet<String>, v: &str) {
    let v = v.trim().trim_matches(['"', '\'']);
    if !v.is_empty() && !v.contains(char::is_whitespace) {
        labels.insert(v.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_read_outside_code() {
        let text = "(a-label)=\n## A\n\n```{tip}\n:name: tip-ref\nHi\n```\n\n:::{figure-md} fig-target\n:class: x\n\n<img src=\"a.png\">\n:::\n\n```{code-block} md\n:name: code-ref\n(in-code)=\n```\n\n```{eval-rst}\n.. _rst-label:\n\n.. figure:: a.png\n  :name: rst-fig\n```\n\n```{py:class} pkg.MyClass\n:nocontentsentry:\nDoc\n```\n\n```md\n(example)=\n```\n\n```{figure} a.png\n---\nname: yaml-name\n---\n```\n";
        let t = markdown_targets(text);
        let mut got: Vec<&str> = t.labels.iter().map(String::as_str).collect();
        got.sort();
        assert_eq!(
            got,
            [
                "a-label",
                "code-ref",
                "fig-target",
                "pkg.myclass",
                "rst-fig",
                "rst-label",
                "tip-ref",
                "yaml-name"
            ]
        );
    }

    #[test]
    fn includes_are_listed() {
        let t = markdown_targets("```{include} ../../CHANGELOG.md\n```\n");
        assert_eq!(t.includes, ["../../CHANGELOG.md"]);
    }
}
