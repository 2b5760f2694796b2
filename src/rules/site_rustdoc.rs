//! Markdown that rustdoc renders: a document a Rust source includes as its
//! documentation (`#![doc = include_str!("../README.md")]`,
//! `#[doc = include_str!("../docs/routing/route.md")]`) is a page of the
//! crate's API docs on docs.rs, and rustdoc resolves its links its own way
//! (<https://doc.rust-lang.org/rustdoc/write-documentation/linking-to-items-by-name.html>).
//!
//! - A link destination written as an intra-doc path (`tower_http::trace`,
//!   `fn@crate::middleware::from_fn`, `` `tower::Service` ``,
//!   `crate#sharing-state-with-handlers`, `crate::Router::route()`,
//!   `vec!`) names an item, and a relative `.html` link
//!   (`middleware/index.html#routing`) a page of the generated docs: not
//!   files (tokio-rs/axum's `axum/src/docs/*.md`, each included by the item
//!   it documents: survey 73d, 12 findings judged false).
//! - The same destinations in a document no Rust source includes, a path
//!   with `/` or an extension (`docs/routing.md`), and a bare word that is
//!   not `crate`, `self` or `super` are still judged.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};

/// The most Rust sources read for their `include_str!` documentation.
const SOURCES_READ: usize = 20_000;

/// rustdoc's disambiguators, written `kind@path`.
const DISAMBIGUATORS: &[&str] = &[
    "struct",
    "enum",
    "trait",
    "union",
    "mod",
    "module",
    "const",
    "constant",
    "fn",
    "function",
    "method",
    "derive",
    "type",
    "value",
    "macro",
    "prim",
    "primitive",
    "static",
    "tyalias",
    "field",
    "variant",
    "attr",
];

/// The Markdown files that tracked Rust sources include as documentation
/// (`doc = include_str!("…")`), resolved from each source's folder, or from
/// its crate's folder for `concat!(env!("CARGO_MANIFEST_DIR"), "/…")`.
fn included_docs(repo: &RepoView) -> Arc<BTreeSet<String>> {
    repo.memo("site_rustdoc::included_docs", |repo| {
        let mut found = BTreeSet::new();
        let sources = repo
            .tracked_files()
            .filter(|f| f.ends_with(".rs") && !f.split('/').any(|c| c == "target"))
            .take(SOURCES_READ)
            .map(str::to_string)
            .collect::<Vec<_>>();
        for f in sources {
            let Some(text) = repo.read_text(&f) else {
                continue;
            };
            if !text.contains("include_str!") {
                continue;
            }
            let base = f.rsplit_once('/').map_or("", |(d, _)| d);
            for (spec, from_manifest) in doc_includes(&text) {
                let target = if from_manifest {
                    crate_dir(repo, base)
                        .and_then(|d| join_relative(&d, spec.trim_start_matches('/')))
                } else {
                    join_relative(base, spec)
                };
                if let Some(t) = target {
                    found.insert(t);
                }
            }
        }
        Arc::new(found)
    })
}

/// The folder of the crate holding `dir`: the nearest with a `Cargo.toml`.
fn crate_dir(repo: &RepoView, dir: &str) -> Option<String> {
    let mut d = dir.to_string();
    loop {
        let manifest = if d.is_empty() {
            "Cargo.toml".to_string()
        } else {
            format!("{d}/Cargo.toml")
        };
        if repo.is_tracked(&manifest) {
            return Some(d);
        }
        if d.is_empty() {
            return None;
        }
        d = d
            .rsplit_once('/')
            .map_or(String::new(), |(p, _)| p.to_string());
    }
}

/// The Markdown paths a Rust source includes as documentation: the last
/// string literal of each `include_str!(…)` that a `doc` attribute holds
/// (`doc =` just before it on its line), with whether it is joined to
/// `CARGO_MANIFEST_DIR`.
fn doc_includes(code: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("include_str!(") {
        let before = &code[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let head = before[line_start..].trim_end();
        if !(head.ends_with("doc =") || head.ends_with("doc=")) {
            continue;
        }
        let args = &code[at + "include_str!(".len()..];
        let mut cut = args.find(']').unwrap_or(args.len()).min(300);
        while !args.is_char_boundary(cut) {
            cut -= 1;
        }
        let args = &args[..cut];
        let Some(end) = args.rfind(".md\"") else {
            continue;
        };
        let Some(open) = args[..end].rfind('"') else {
            continue;
        };
        out.push((
            &args[open + 1..end + 3],
            args[..open].contains("CARGO_MANIFEST_DIR"),
        ));
    }
    out
}

/// Whether `s` is a Rust path of identifiers joined by `::`
/// (`tower_http::trace`, `crate::Router`), or one of the path keywords.
fn rust_path(s: &str) -> bool {
    let s = s
        .strip_suffix("()")
        .or_else(|| s.strip_suffix('!'))
        .unwrap_or(s);
    let ident = |p: &str| {
        p.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let parts: Vec<&str> = s.split("::").collect();
    if parts.len() == 1 {
        return matches!(s, "crate" | "self" | "super");
    }
    parts.iter().all(|p| ident(p))
}

/// Whether a destination is written as rustdoc's intra-doc link: a path,
/// in backticks or not, with a disambiguator or not, with an anchor or not.
fn intra_doc(written: &str) -> bool {
    let w = written.split('#').next().unwrap_or("");
    let w = w
        .strip_prefix('`')
        .and_then(|w| w.strip_suffix('`'))
        .unwrap_or(w);
    if let Some((kind, path)) = w.split_once('@')
        && DISAMBIGUATORS.contains(&kind)
    {
        return rust_path(path)
            || (!path.is_empty() && path.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    }
    rust_path(w)
}

/// Whether a relative `.html` destination names a page rustdoc generates.
fn generated_page(written: &str) -> bool {
    let w = written.split(['#', '?']).next().unwrap_or("");
    !w.starts_with('/') && !w.contains(':') && w.ends_with(".html")
}

/// Whether the missing target of a link `r` of `doc`, a document a Rust
/// source includes as documentation, is an item or page of its rustdoc.
pub fn resolves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || !(intra_doc(&r.written) || generated_page(&r.written)) {
        return false;
    }
    included_docs(ctx.repo).contains(&doc.path)
}

#[cfg(test)]
mod tests {
    use super::{doc_includes, intra_doc};

    #[test]
    fn reads_the_doc_includes() {
        let code = "#![doc = include_str!(\"../README.md\")]\n\
                    #[doc = include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/docs/a.md\"))]\n\
                    const T: &str = include_str!(\"../data/b.md\");\n\
                    #[doc = include_str!(\"../é/c.md\")]\n";
        assert_eq!(
            doc_includes(code),
            vec![
                ("../README.md", false),
                ("/docs/a.md", true),
                ("../é/c.md", false)
            ]
        );
    }

    #[test]
    fn knows_intra_doc_paths() {
        for w in [
            "tower_http::trace",
            "fn@crate::middleware::from_fn",
            "`tower::Service`",
            "crate#sharing-state",
            "crate::Router::route()",
            "macro@vec",
        ] {
            assert!(intra_doc(w), "{w}");
        }
        for w in ["docs/a.md", "Router", "a::b/c", "::a", "x::"] {
            assert!(!intra_doc(w), "{w}");
        }
    }
}
