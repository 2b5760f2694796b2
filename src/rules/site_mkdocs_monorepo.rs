//! MkDocs sites merged by the mkdocs-monorepo-plugin
//! (<https://github.com/backstage/mkdocs-monorepo-plugin>), which Backstage
//! TechDocs' `techdocs-core` plugin turns on as well: a configuration whose
//! `plugins:` lists `monorepo` (or `techdocs-core`) and whose `nav:` holds
//! `!include ./v1/mkdocs.yml` (or `*include ./components/*/mkdocs.yml`)
//! builds one site, each included configuration's `docs_dir` (default
//! `docs`, from its folder) copied below the folder its `site_name` names
//! (`versions/v1` as written when it is made of letters, digits, `_`, `.`,
//! `-` and `/`; else slugified: `Component A` → `component-a`).
//!
//! - So a relative link of a page of the merged site is read in that tree:
//!   `./versions/v1/reference.md` in `sample-docs/docs/index.md` is
//!   `sample-docs/v1/docs/reference.md` (survey s126h,
//!   backstage/mkdocs-monorepo-plugin's sample, 3 findings judged false),
//!   and an included page's `../../index.md` the root site's page.
//! - A page no such reading finds, a site without the plugin, and a
//!   configuration no `!include` names are still judged.
//!
//! Backstage TechDocs also serves each catalog entity's docs at
//! `/docs/<namespace>/<kind>/<name>` in the portal
//! (<https://backstage.io/docs/features/techdocs/how-to-guides>), so a page
//! of a `techdocs-core` site links another entity's docs by that route:
//! `[aws-vpc](/docs/default/template/aws-vpc)` for the Template
//! `templates/aws-vpc/template.yaml` declares (`kind: Template`,
//! `name: aws-vpc`, `backstage.io/techdocs-ref: dir:.`): survey s126h,
//! ayointegral/cloud-sandbox-backstage, 10 findings judged false. Silent
//! when a tracked YAML file of the repository declares that entity (its
//! kind compared without case, `default` when it sets no `namespace:`)
//! with a `backstage.io/techdocs-ref` annotation; an entity the repository
//! does not declare, one without TechDocs, a route with a page after the
//! name, and the same link outside a `techdocs-core` site are judged.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{Generator, Site, under};

/// Whether a site merges included configurations: the monorepo plugin,
/// or TechDocs' core plugin, which turns it on.
fn merges(site: &Site) -> bool {
    site.generator == Generator::MkDocs
        && site
            .plugins
            .iter()
            .any(|p| p == "monorepo" || p == "techdocs-core")
}

/// The configuration file of an MkDocs site configured in `dir`.
fn config(repo: &RepoView, dir: &str) -> Option<String> {
    ["mkdocs.yml", "mkdocs.yaml"]
        .iter()
        .filter_map(|n| join_relative(dir, n))
        .find(|p| repo.is_tracked(p))
}

/// The value of a top-level `key:` of a YAML text, unquoted.
fn top(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let v = l.strip_prefix(key)?.strip_prefix(':')?;
        let v = v.split(" #").next().unwrap_or(v);
        let v = v.trim().trim_matches(['"', '\'']);
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// The folder the plugin copies an included configuration's docs into:
/// its `site_name`, as written or slugified.
fn alias(site_name: &str) -> String {
    if site_name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/'))
    {
        return site_name.to_string();
    }
    let mut out = String::new();
    for c in site_name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Whether `path` matches `pattern`, segment by segment, `*` standing for
/// any run of characters within one segment.
fn glob(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.split('/').collect();
    let s: Vec<&str> = path.split('/').collect();
    p.len() == s.len() && p.iter().zip(&s).all(|(p, s)| segment(p, s))
}

fn segment(p: &str, s: &str) -> bool {
    match p.split_once('*') {
        None => p == s,
        Some((head, rest)) => {
            let Some(s) = s.strip_prefix(head) else {
                return false;
            };
            (0..=s.len())
                .filter(|&i| s.is_char_boundary(i))
                .any(|i| segment(rest, &s[i..]))
        }
    }
}

/// The merged tree of a site: each folder of it (`""` for the root) and the
/// repository folder whose files it holds, the root site's docs first.
fn mounts(repo: &RepoView, site: &Site) -> Vec<(String, String)> {
    let Some(root) = site.content.first() else {
        return Vec::new();
    };
    let mut out = vec![(String::new(), root.clone())];
    let Some(cfg) = config(repo, &site.dir) else {
        return out;
    };
    let Some(text) = repo.read_text(&cfg) else {
        return out;
    };
    let mut files = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        for (mark, wild) in [("!include ", false), ("*include ", true)] {
            let Some(at) = t.find(mark) else { continue };
            let spec = t[at + mark.len()..].trim().trim_matches(['"', '\'']).trim();
            let Some(spec) = join_relative(&site.dir, spec) else {
                continue;
            };
            if wild {
                files.extend(
                    repo.tracked_files()
                        .filter(|f| glob(&spec, f))
                        .map(str::to_string),
                );
            } else if repo.is_tracked(&spec) {
                files.push(spec);
            }
        }
    }
    for file in files {
        let Some(text) = repo.read_text(&file) else {
            continue;
        };
        let Some(name) = top(&text, "site_name") else {
            continue;
        };
        let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
        let docs = top(&text, "docs_dir").unwrap_or_else(|| "docs".to_string());
        let Some(docs) = join_relative(dir, docs.trim_end_matches('/')) else {
            continue;
        };
        let alias = alias(&name);
        if !alias.is_empty() && !docs.is_empty() {
            out.push((alias, docs));
        }
    }
    out
}

/// The merged trees of the repository's merging MkDocs sites.
fn trees(ctx: &Context<'_>) -> Arc<Vec<Vec<(String, String)>>> {
    let sites = ctx.anchors.sites(ctx.repo);
    ctx.repo.memo("site_mkdocs_monorepo::trees", |repo| {
        sites
            .iter()
            .filter(|s| merges(s))
            .map(|s| mounts(repo, s))
            .filter(|m| m.len() > 1)
            .collect::<Vec<_>>()
            .into()
    })
}

/// The path under `base` of `path`, if it is there (`""` for `base` itself).
fn below<'a>(base: &str, path: &'a str) -> Option<&'a str> {
    if base.is_empty() {
        return Some(path);
    }
    path.strip_prefix(base)?.strip_prefix('/')
}

fn joined(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a}/{b}"),
    }
}

/// Whether a relative link of a page of a merged site names a page or file
/// of the merged tree.
pub fn resolves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with('/') || w.contains(':') {
        return techdocs_route(ctx, doc, w);
    }
    for tree in trees(ctx).iter() {
        // The page's place in the merged tree: below the innermost mount.
        let Some(page) = tree
            .iter()
            .filter_map(|(at, real)| {
                below(real, &doc.path).map(|rest| (real.len(), joined(at, rest)))
            })
            .max_by_key(|(depth, _)| *depth)
            .map(|(_, page)| page)
        else {
            continue;
        };
        let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
        let Some(target) = join_relative(dir, w.trim_end_matches('/')) else {
            continue;
        };
        let found = tree.iter().any(|(at, real)| {
            below(at, &target).is_some_and(|rest| {
                let file = joined(real, rest);
                ctx.repo.is_tracked(&file)
                    || ["index.md", "README.md"]
                        .iter()
                        .any(|i| ctx.repo.is_tracked(&joined(&file, i)))
            })
        });
        if found {
            return true;
        }
    }
    false
}

/// The catalog entities the repository declares with TechDocs, as
/// `namespace/kind/name`, lower-cased.
fn techdocs_entities(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo("site_mkdocs_monorepo::entities", |repo| {
        let mut out = Vec::new();
        for f in repo.tracked_files() {
            if !(f.ends_with(".yaml") || f.ends_with(".yml")) {
                continue;
            }
            let Some(text) = repo.read_text(f) else {
                continue;
            };
            if !text.contains("backstage.io/techdocs-ref") {
                continue;
            }
            for entity in text.split("\n---") {
                if !entity.contains("backstage.io/techdocs-ref") {
                    continue;
                }
                let Some(kind) = top(entity.trim_start_matches('\n'), "kind") else {
                    continue;
                };
                let Some(meta) = entity.split("\nmetadata:").nth(1) else {
                    continue;
                };
                // `metadata:`'s own keys, indented below it.
                let mut name = None;
                let mut namespace = None;
                let mut indent = None;
                for l in meta.lines().skip(1) {
                    let t = l.trim_start();
                    if t.is_empty() || t.starts_with('#') {
                        continue;
                    }
                    let n = l.len() - t.len();
                    if n == 0 {
                        break;
                    }
                    if *indent.get_or_insert(n) != n {
                        continue;
                    }
                    let value = |key: &str| {
                        let v = t.strip_prefix(key)?.strip_prefix(':')?;
                        let v = v.split(" #").next().unwrap_or(v);
                        Some(v.trim().trim_matches(['"', '\'']).to_string())
                    };
                    name = name.or_else(|| value("name"));
                    namespace = namespace.or_else(|| value("namespace"));
                }
                if let Some(name) = name.filter(|n| !n.is_empty()) {
                    let ns = namespace.unwrap_or_else(|| "default".to_string());
                    out.push(format!("{ns}/{kind}/{name}").to_lowercase());
                }
            }
        }
        out.sort();
        out.dedup();
        Arc::new(out)
    })
}

/// The `namespace/kind/name` of a root link of a page of a TechDocs site
/// written as the portal's route to an entity's docs (`/docs/default/template/aws-vpc`).
fn techdocs_route_of<'a>(ctx: &Context<'_>, doc: &Document, w: &'a str) -> Option<&'a str> {
    let route = w.strip_prefix("/docs/")?.trim_end_matches('/');
    if route.split('/').count() != 3 || route.split('/').any(str::is_empty) {
        return None;
    }
    let sites = ctx.anchors.sites(ctx.repo);
    sites
        .iter()
        .any(|s| {
            s.generator == Generator::MkDocs
                && s.plugins.iter().any(|p| p == "techdocs-core")
                && s.content.iter().any(|c| under(c, &doc.path))
        })
        .then_some(route)
}

/// Whether a root link of a page of a TechDocs site is the portal's route
/// to the docs of an entity the repository declares with TechDocs.
fn techdocs_route(ctx: &Context<'_>, doc: &Document, w: &str) -> bool {
    techdocs_route_of(ctx, doc, w).is_some_and(|route| {
        techdocs_entities(ctx.repo)
            .binary_search(&route.to_lowercase())
            .is_ok()
    })
}

/// The help of a TechDocs route to an entity the repository does not
/// declare with TechDocs: the one entity of that namespace and kind whose
/// name extends the written one
/// (`/docs/default/template/aws-rds` for the template `aws-rds-database`:
/// survey s126h, ayointegral/cloud-sandbox-backstage), else what the route
/// names. Not a folder of the repository: the route is the portal's.
pub fn techdocs_route_help(ctx: &Context<'_>, doc: &Document, w: &str) -> Option<String> {
    let route = techdocs_route_of(ctx, doc, w)?.to_lowercase();
    let (prefix, name) = route.rsplit_once('/')?;
    let entities = techdocs_entities(ctx.repo);
    let near: Vec<&String> = entities
        .iter()
        .filter_map(|e| {
            let (p, n) = e.rsplit_once('/')?;
            (p == prefix && n.len() > name.len() && n.starts_with(name)).then_some(e)
        })
        .collect();
    Some(match near.as_slice() {
        [one] => format!(
            "a TechDocs route, and this repository declares no entity `{route}` with docs: did you mean `/docs/{one}`?"
        ),
        _ => format!(
            "a TechDocs route, and this repository declares no entity `{route}` with docs (a `backstage.io/techdocs-ref` annotation): link the route of an entity it declares (`/docs/<namespace>/<kind>/<metadata.name>`), or check that the entity is registered from another repository"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_globs() {
        assert_eq!(alias("versions/v1"), "versions/v1");
        assert_eq!(alias("Component A"), "component-a");
        assert!(glob(
            "sample-docs/components/*/mkdocs.yml",
            "sample-docs/components/a/mkdocs.yml"
        ));
        assert!(!glob(
            "sample-docs/components/*/mkdocs.yml",
            "sample-docs/components/d/e/mkdocs.yml"
        ));
    }
}
