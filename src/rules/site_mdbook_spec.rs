//! mdBook books built with mdbook-spec, the preprocessor of the Rust
//! Reference (`[preprocessor.spec]` in `book.toml`), which writes the
//! book's rule links and rule anchors itself.
//!
//! A rule is a line `r[expr.closure]` standing alone in a chapter:
//! mdbook-spec renders it as the anchor `#r-expr.closure` of that chapter,
//! and rewrites a link reference definition whose destination is a rule's
//! name (`[closure]: expr.closure`) into a link to that anchor
//! (`expressions/closure-expr.md#r-expr.closure`). A grammar production
//! (`StructPatternEtCetera -> ..` in a ```` ```grammar ```` block) is the
//! anchor `#grammar-StructPatternEtCetera` of its chapter. None of them is
//! a file or a heading, and the site resolves them (survey 55b,
//! rust-lang/reference: 333 rule links and 20 rule anchors judged false,
//! the 50 judged all false).
//!
//! So, in a chapter of such a book, a definition whose destination names a
//! rule of the book ([`rule_link`]) and an anchor `#r-<rule>` or
//! `#grammar-<production>` that the target chapter defines
//! ([`rule_anchor`]) are silent. A destination that names no rule
//! (`expr.closur`), an inline link written as a rule's name (mdbook-spec
//! rewrites definitions only), an anchor of a rule that another chapter
//! defines, and the same links in a book without the preprocessor are
//! judged.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// One book built with mdbook-spec: its `src` folder, the chapter that
/// defines each rule, and each chapter's grammar productions.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct SpecBook {
    src: String,
    rules: HashMap<String, String>,
    productions: HashSet<(String, String)>,
}

/// The rule a line defines: `r[name]` alone on it, as mdbook-spec's
/// `^r\[([^]]+)]$` reads it.
fn rule_of(line: &str) -> Option<&str> {
    let name = line.strip_prefix("r[")?.strip_suffix(']')?;
    (!name.is_empty() && !name.contains(']')).then_some(name)
}

/// The production a line of a grammar block names: `Name ->` at its start.
fn production_of(line: &str) -> Option<&str> {
    let (name, _) = line.split_once("->")?;
    let name = name.trim_end();
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then_some(name)
}

/// The repository's mdbook-spec books.
fn spec_books(repo: &RepoView) -> Arc<Vec<SpecBook>> {
    repo.memo_kept("site_mdbook_spec::books", |repo| {
        let mut out = Vec::new();
        for (dir, table) in super::site_mdbook::book_tomls(repo).iter() {
            let Some(table) = table else {
                continue;
            };
            if table
                .get("preprocessor")
                .and_then(|p| p.get("spec"))
                .is_none()
            {
                continue;
            }
            let src = table
                .get("book")
                .and_then(|b| b.get("src"))
                .and_then(|s| s.as_str())
                .map(|s| s.trim_start_matches("./").trim_end_matches('/').to_string())
                .unwrap_or_else(|| "src".to_string());
            let mut book = SpecBook {
                src: join(dir, &src),
                ..SpecBook::default()
            };
            let chapters: Vec<String> = repo
                .tracked_files_under(&book.src)
                .into_iter()
                .filter(|c| c.ends_with(".md"))
                .collect();
            for chapter in chapters {
                let Some(text) = repo.read_text(&chapter) else {
                    continue;
                };
                let mut grammar = false;
                for line in text.lines() {
                    let line = line.trim_end_matches('\r');
                    if let Some(rest) = line.strip_prefix("```") {
                        grammar = !grammar && rest.trim().starts_with("grammar");
                        continue;
                    }
                    if grammar {
                        if let Some(p) = production_of(line) {
                            book.productions.insert((chapter.clone(), p.to_string()));
                        }
                    } else if let Some(rule) = rule_of(line) {
                        book.rules
                            .entry(rule.to_string())
                            .or_insert_with(|| chapter.clone());
                    }
                }
            }
            out.push(book);
        }
        Arc::new(out)
    })
}

/// Whether a link `r` of `doc` is a reference definition of a chapter of an
/// mdbook-spec book whose destination names a rule of the book
/// (`[closure]: expr.closure`; see the module doc).
pub fn rule_link(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || r.anchor.is_some() || r.written.contains(['/', '#', '?']) {
        return false;
    }
    // The books first: most repositories have none, and the line of a link
    // in a document of one long line is long.
    let books = spec_books(ctx.repo);
    if !books.iter().any(|b| under(&b.src, &doc.path)) {
        return false;
    }
    // A definition: its line is `[label]: destination`.
    let (Some(before), Some(after)) = (doc.text.get(..r.span.start), doc.text.get(r.span.start..))
    else {
        return false;
    };
    let line = format!(
        "{}{}",
        before.rsplit_once('\n').map_or(before, |(_, l)| l),
        after.split_once('\n').map_or(after, |(l, _)| l)
    );
    let definition = line
        .trim()
        .strip_prefix('[')
        .and_then(|l| l.split_once("]:"))
        .is_some_and(|(label, dest)| !label.is_empty() && dest.trim() == r.written);
    if !definition {
        return false;
    }
    books
        .iter()
        .any(|b| under(&b.src, &doc.path) && b.rules.contains_key(&r.written))
}

/// Whether `#anchor` of the chapter `path` is one mdbook-spec writes there:
/// `#r-<rule>` of a rule the chapter defines, `#grammar-<name>` of a
/// production of its grammar blocks (see the module doc).
pub fn rule_anchor(ctx: &Context<'_>, path: &str, anchor: &str) -> bool {
    spec_books(ctx.repo)
        .iter()
        .filter(|b| under(&b.src, path))
        .any(|b| {
            anchor
                .strip_prefix("r-")
                .and_then(|rule| b.rules.get(rule))
                .is_some_and(|chapter| chapter == path)
                || anchor.strip_prefix("grammar-").is_some_and(|name| {
                    b.productions
                        .contains(&(path.to_string(), name.to_string()))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_and_productions() {
        assert_eq!(rule_of("r[expr.closure]"), Some("expr.closure"));
        assert_eq!(rule_of("r[]"), None);
        assert_eq!(rule_of("see r[expr.closure]"), None);
        assert_eq!(
            production_of("StructPatternEtCetera -> `..`"),
            Some("StructPatternEtCetera")
        );
        assert_eq!(production_of("    | StructPatternEtCetera"), None);
        assert_eq!(production_of("a b -> c"), None);
    }
}
