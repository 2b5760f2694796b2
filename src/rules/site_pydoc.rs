//! Pages pydoc-markdown's MkDocs renderer writes
//! (<https://niklasrosenstein.github.io/pydoc-markdown/>): a root
//! `pydoc-markdown.yml` whose `renderer:` has `type: mkdocs` lists the
//! site's `pages:`, each copied from its `source:` file or rendered from
//! Python modules (`contents:`), into the file its name gives: `name:`, else
//! the title lower-cased with each run of spaces made a `-`, below the names
//! of its parents (a page with children is that folder's `index`). So
//! beanie's `docs/tutorial/find.md`, titled "Finding documents" below
//! "Tutorial", is served as `tutorial/finding-documents.md`, and its links
//! `inserting-into-the-database.md` and `../api-documentation/interfaces.md/`
//! name the pages titled "Inserting into the database" and "Interfaces"
//! (below "API Documentation"): survey 104b, BeanieODM/beanie, 10 findings
//! judged false. A link from a page's source file to the `.md` file of
//! another page, read from the page's place in the generated site (a
//! trailing `/` dropped, as MkDocs normalises it), is that page: not
//! reported. A name no page gives, a file no page copies, and a site
//! without the renderer are judged.

use super::Context;
use crate::document::Document;
use crate::source::join_relative;
use yaml_rust2::{Yaml, YamlLoader};

/// The configuration files pydoc-markdown reads at the repository's root.
const CONFIGS: [&str; 2] = ["pydoc-markdown.yml", "pydoc-markdown.yaml"];

/// The generated pages, each as (its path in the generated docs folder
/// without `.md`, the source file it copies, if any).
fn pages(ctx: &Context<'_>) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for cfg in CONFIGS {
        let Some(text) = ctx.repo.read_text(cfg) else {
            continue;
        };
        let Ok(docs) = YamlLoader::load_from_str(&text) else {
            continue;
        };
        let Some(renderer) = docs.first().map(|d| &d["renderer"]) else {
            continue;
        };
        if renderer["type"].as_str() != Some("mkdocs") {
            continue;
        }
        walk(&renderer["pages"], &[], &mut out);
    }
    out
}

/// The page's file name: `name`, else its title slugged as pydoc-markdown
/// does (`re.sub(r"\s+", "-", title.lower())`).
fn page_name(page: &Yaml) -> Option<String> {
    if let Some(name) = page["name"].as_str() {
        return Some(name.to_string());
    }
    let title = page["title"].as_str()?.to_lowercase();
    Some(title.split_whitespace().collect::<Vec<_>>().join("-"))
}

fn walk(list: &Yaml, parents: &[String], out: &mut Vec<(String, Option<String>)>) {
    let Some(items) = list.as_vec() else {
        return;
    };
    for page in items {
        let Some(name) = page_name(page).filter(|n| !n.is_empty()) else {
            continue;
        };
        let mut chain = parents.to_vec();
        chain.push(name);
        let source = page["source"].as_str().map(str::to_string);
        let has_content = source.is_some() || !page["contents"].is_badvalue();
        let children = page["children"].as_vec().is_some_and(|c| !c.is_empty());
        if has_content {
            let file = if children {
                format!("{}/index", chain.join("/"))
            } else {
                chain.join("/")
            };
            out.push((file, source));
        }
        if children {
            walk(&page["children"], &chain, out);
        }
    }
}

/// Whether the link written `written` (anchor excluded) in `doc` names a
/// page pydoc-markdown's MkDocs renderer writes, read from the place it
/// writes `doc` at.
pub fn generated(ctx: &Context<'_>, doc: &Document, written: &str) -> bool {
    let w = written.split(['#', '?']).next().unwrap_or("");
    let w = w.strip_suffix('/').unwrap_or(w);
    let Some(stem) = w.strip_suffix(".md") else {
        return false;
    };
    if w.starts_with('/') || w.contains("://") {
        return false;
    }
    let pages = pages(ctx);
    let Some((here, _)) = pages.iter().find(|(_, s)| {
        s.as_deref().and_then(|s| join_relative("", s)).as_deref() == Some(&doc.path)
    }) else {
        return false;
    };
    let dir = here.rsplit_once('/').map_or("", |(d, _)| d);
    let Some(target) = join_relative(dir, stem) else {
        return false;
    };
    pages.iter().any(|(p, _)| *p == target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_pages_as_pydoc_markdown_does() {
        let cfg = "- title: Tutorial\n  children:\n    - title: Updating  &\n        Deleting\n      source: docs/u.md\n- title: API\n  name: api\n  contents: [x.*]\n";
        let docs = YamlLoader::load_from_str(cfg).expect("yaml");
        let mut out = Vec::new();
        walk(&docs[0], &[], &mut out);
        assert_eq!(
            out,
            vec![
                (
                    "tutorial/updating-&-deleting".to_string(),
                    Some("docs/u.md".to_string())
                ),
                ("api".to_string(), None),
            ]
        );
    }
}
