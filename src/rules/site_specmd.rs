//! spec-md specifications: a folder whose `package.json` runs or depends on
//! `spec-md` (graphql/graphql-spec, which spec.graphql.org is built from).
//! spec-md joins the specification's Markdown files into one page and gives
//! each section the id `sec-` then its title, every run of characters other
//! than ASCII letters, digits, `-` and `_` made one `-`
//! (`# [Appendix: Notation Conventions](…)` is `#sec-Appendix-Notation-Conventions`,
//! `### @oneOf` is `#sec--oneOf`); a subsection, a paragraph of one bold
//! title (`**Custom Scalars**`), is known after its section's id and a dot
//! (`#sec-Scalars.Custom-Scalars`).
//!
//! A same-page link whose anchor is such an id of a title the
//! specification's files hold is a cross-reference of the rendered
//! specification, not a GitHub heading (survey 86c, graphql/graphql-spec,
//! 25 findings judged false). An id no title gives (`#sec-Renamed-Section`)
//! is broken on the site too, and still reported, as is the same anchor in
//! a repository without spec-md.

use std::collections::HashSet;
use std::sync::Arc;

use crate::source::RepoView;

use super::site::{sites_of_configs, under};

/// spec-md's id of a title, without its `sec-` prefix.
fn anchorize(title: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            if gap {
                out.push('-');
                gap = false;
            }
            out.push(c);
        } else {
            gap = true;
        }
    }
    if gap {
        out.push('-');
    }
    out
}

/// The title of a heading or of a bold subsection line, links reduced to
/// their text (`# [Language](Section 2.md)` is `Language`).
fn title(line: &str) -> Option<String> {
    let line = line.trim_end();
    let text = if let Some(rest) = line.strip_prefix('#') {
        let rest = rest.trim_start_matches('#');
        if !rest.starts_with(' ') {
            return None;
        }
        rest.trim().trim_end_matches('#').trim_end()
    } else {
        let inner = line.strip_prefix("**")?.strip_suffix("**")?;
        if inner.is_empty() || inner.contains("**") {
            return None;
        }
        inner
    };
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if after[close..].contains(')') => {
                out.push_str(&after[..close]);
                let tail = &after[close + 2..];
                rest = tail.find(')').map_or("", |e| &tail[e + 1..]);
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// The repository's spec-md specifications: the folder of each
/// `package.json` naming `spec-md`, and the ids of the titles of the
/// Markdown files below it.
fn specs(repo: &RepoView) -> Arc<Vec<(String, HashSet<String>)>> {
    repo.memo("site_specmd::specs", |repo| {
        Arc::new(sites_of_configs(repo, |n| n == "package.json", spec))
    })
}

/// The spec-md specification of the `package.json` at `path`, in folder
/// `dir`: `dir` and the ids of its Markdown files' titles.
fn spec(repo: &RepoView, path: &str, dir: &str) -> Option<(String, HashSet<String>)> {
    let json = repo
        .read(path)
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())?;
    let names = |key: &str| {
        json.get(key)
            .and_then(|d| d.as_object())
            .is_some_and(|d| d.contains_key("spec-md"))
    };
    let runs = json
        .get("scripts")
        .and_then(|s| s.as_object())
        .is_some_and(|s| {
            s.values()
                .filter_map(|v| v.as_str())
                .any(|v| v.split_whitespace().any(|w| w == "spec-md"))
        });
    if !(names("dependencies") || names("devDependencies") || runs) {
        return None;
    }
    let files: Vec<String> = if dir.is_empty() {
        repo.tracked_files().map(str::to_string).collect()
    } else {
        repo.tracked_files_under(dir)
    };
    let mut ids = HashSet::new();
    for file in files.iter().filter(|f| f.ends_with(".md")) {
        if let Some(text) = repo.read_text(file) {
            ids.extend(text.lines().filter_map(title).map(|t| anchorize(&t)));
        }
    }
    Some((dir.to_string(), ids))
}

/// Whether `anchor`, on a same-page link of the page at `path`, is spec-md's
/// id of a section (`sec-Language`) or subsection (`sec-Scalars.Custom-Scalars`)
/// of a specification holding the page (see the module's documentation).
pub fn section_id(repo: &RepoView, path: &str, anchor: &str) -> bool {
    let Some(id) = anchor.strip_prefix("sec-") else {
        return false;
    };
    if id.is_empty() {
        return false;
    }
    specs(repo)
        .iter()
        .any(|(dir, ids)| under(dir, path) && id.split('.').all(|part| ids.contains(part)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_md_ids() {
        assert_eq!(
            anchorize("Appendix: Notation Conventions"),
            "Appendix-Notation-Conventions"
        );
        assert_eq!(anchorize("@oneOf"), "-oneOf");
        assert_eq!(
            title("# [Language](Section%202%20--%20Language.md)").as_deref(),
            Some("Language")
        );
        assert_eq!(
            title("**Custom Scalars**").as_deref(),
            Some("Custom Scalars")
        );
        assert_eq!(title("**a** and **b**"), None);
        assert_eq!(title("#hashtag"), None);
    }
}
