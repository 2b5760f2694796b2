//! ExDoc sites (<https://hexdocs.pm/ex_doc/>): the documentation tool of
//! Elixir projects, configured in `mix.exs` (`docs: [extras: [...]]`).
//! ExDoc renders every listed extra (`guides/routing.md`,
//! `guides/cheatsheets/router.cheatmd`) into one flat folder beside the
//! module pages, so the guides link each other the hexdocs way, which
//! GitHub's reading of the tree does not follow (phoenixframework/phoenix,
//! survey 95c, 141 of 142 findings judged false):
//!
//! - `[Routing](routing.html)` is the page of the extra named `routing.md`,
//!   whatever its folder;
//! - `[contexts](contexts.md)` is rewritten by ExDoc to that extra's page,
//!   again by its file name;
//! - ``[`Plug.Conn`](`Plug.Conn`)`` and ``[`c:Plug.call/2`](`c:Plug.call/2`)``
//!   are ExDoc's auto-links to module and function docs, not files;
//! - `Mix.Tasks.Phx.Gen.Auth.html` is the page of a module the project
//!   defines (`defmodule Mix.Tasks.Phx.Gen.Auth`);
//! - `Phoenix.epub` is the EPUB ExDoc builds beside the pages (its `epub`
//!   formatter, on by default).
//!
//! Only a link of a page `mix.exs` lists as an extra is read so: an `.html`
//! or `.md` name no extra has, a module the project does not define, and
//! the same links in a repository without ExDoc's extras are judged.

use std::collections::HashSet;
use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::{RefKind, Reference};

/// The extensions ExDoc reads as extras.
const EXTRAS: &[&str] = &["md", "cheatmd", "livemd"];

/// What the repository's `mix.exs` files list: the extras (paths) and the
/// modules the projects define.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
struct ExDoc {
    extras: HashSet<String>,
    names: HashSet<String>,
    modules: HashSet<String>,
}

fn exdoc(repo: &RepoView) -> Arc<ExDoc> {
    repo.memo_kept("site_exdoc::extras", |repo| {
        let mut extras = HashSet::new();
        let mut projects = Vec::new();
        for crate::source::TrackedFile { path, dir, name } in repo.tracked_files_split() {
            if name != "mix.exs" || crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let Some(text) = repo.read_text(path) else {
                continue;
            };
            if !text.contains("extras") {
                continue;
            }
            let before = extras.len();
            for quoted in text.split('"').skip(1).step_by(2) {
                let is_extra = quoted
                    .rsplit_once('.')
                    .is_some_and(|(_, ext)| EXTRAS.contains(&ext));
                let file = super::site::join(dir, quoted);
                if is_extra && repo.is_tracked(&file) {
                    extras.insert(file);
                }
            }
            if extras.len() > before {
                projects.push(dir.to_string());
            }
        }
        let names = extras
            .iter()
            .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
            .collect();
        let mut modules = HashSet::new();
        if !projects.is_empty() {
            for f in repo.tracked_files_split() {
                if !(f.name.ends_with(".ex") || f.name.ends_with(".exs"))
                    || !projects.iter().any(|p| super::site::under(p, f.path))
                {
                    continue;
                }
                let Some(text) = repo.read_text(f.path) else {
                    continue;
                };
                for line in text.lines() {
                    if let Some(rest) = line.trim_start().strip_prefix("defmodule ") {
                        let module: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                            .collect();
                        modules.insert(module);
                    }
                }
            }
        }
        Arc::new(ExDoc {
            extras,
            names,
            modules,
        })
    })
}

/// Whether `w`, a link's written target, is an ExDoc auto-link: a module,
/// function, callback or type in backticks (`` `Plug.Conn` ``,
/// `` `c:Plug.call/2` ``, `` `with/1` ``).
fn auto_link(w: &str) -> bool {
    let Some(inner) = w.strip_prefix('`').and_then(|w| w.strip_suffix('`')) else {
        return false;
    };
    !inner.is_empty()
        && !inner.contains(['`', ' ', '\\'])
        && !inner.starts_with(['.', '/'])
        && inner.chars().any(|c| c.is_alphabetic())
}

/// Whether the missing target of link `r` of `doc`, an extra of an ExDoc
/// project, is served on its hexdocs site: an extra's page or file name, a
/// module the project defines, or an auto-link.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let site = exdoc(ctx.repo);
    if !site.extras.contains(doc.path.as_str()) {
        return false;
    }
    if auto_link(&r.written) {
        return true;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.contains(['/', ':']) {
        return false;
    }
    if let Some(stem) = w.strip_suffix(".html") {
        return EXTRAS
            .iter()
            .any(|ext| site.names.contains(&format!("{stem}.{ext}")))
            || site.modules.contains(stem);
    }
    site.names.contains(w) || (w.len() > ".epub".len() && w.ends_with(".epub"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_links_are_backticked_names() {
        assert!(auto_link("`Plug.Conn`"));
        assert!(auto_link("`c:Plug.call/2`"));
        assert!(auto_link("`with/1`"));
        assert!(!auto_link("`../x.md`"));
        assert!(!auto_link("``"));
        assert!(!auto_link("Plug.Conn"));
        assert!(!auto_link("`a b`"));
    }
}
