//! Docusaurus' generated index pages: a sidebar category whose `link` is
//! `{ type: 'generated-index', slug: '/examples' }` is served a page of its
//! own at that slug, below the docs route, that lists the category's items
//! (<https://docusaurus.io/docs/sidebar/items#generated-index-page>). No
//! file holds it: the sidebars file (`sidebars.js`, a version's
//! `versioned_sidebars/version-7.0-sidebars.json`) or a folder's
//! `_category_.json` / `_category_.yml` declares it. A relative URL link of
//! a doc that names such a page (`./examples` from `quick-start.md`, served
//! at `/docs/quick-start`) names the page, which the declaring file stands
//! for (survey 45c, mikro-orm/mikro-orm: 3 findings judged false); a slug no
//! sidebar declares is still reported. A category whose `link` sets no slug
//! is served at `/category/` and its label's slug, repeats numbered
//! (jitsi/handbook's `label: "Mobile"` at `/docs/category/mobile`, linked
//! from the root: survey s114b, 4 findings judged false); a `_category_`
//! file without a label takes its folder's name, number prefix dropped.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::document::slug::Slugger;
use crate::source::{RepoView, join_relative};

use super::site::{Generator, detect, join, strip_number_prefix, under};

/// A sidebar item's object that holds `generated-index`, braces excluded:
/// the `link` object of a category.
static OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\{[^{}]*generated-index[^{}]*\}").expect("static regex is valid")
});

/// A `slug: '/examples'` (JavaScript) or `"slug": "/examples"` (JSON) that
/// starts at the docs route.
static SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)["']?\bslug["']?\s*:\s*["'`]?(/[^"'`\s,}]*)"#).expect("static regex is valid")
});

/// A category's `label: 'Mobile'` (JavaScript) or `"label": "Mobile"`
/// (JSON), its value quoted.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"["']?\blabel["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)"#)
        .expect("static regex is valid")
});

/// A YAML `_category_.yml`'s `label: Mobile` line.
static YAML_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^label:[ \t]*["']?([^"'\r\n]*?)["']?[ \t]*$"#).expect("static regex is valid")
});

/// The sidebars files a Docusaurus site reads, by name, from its folder.
const SIDEBARS: &[&str] = &[
    "sidebars.js",
    "sidebars.ts",
    "sidebars.mjs",
    "sidebars.cjs",
    "sidebars.json",
];

/// The URLs (below the docs route, no `/` at either end) of the generated
/// index pages each Docusaurus docs folder serves, with the file that
/// declares each, by folder. Read once per run.
fn tables(repo: &RepoView) -> Arc<HashMap<String, Vec<(String, String)>>> {
    repo.memo("site::docusaurus_generated_index", |repo| {
        let mut out: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for site in detect(repo) {
            if site.generator != Generator::Docusaurus {
                continue;
            }
            for content in &site.content {
                let name = content.rsplit('/').next().unwrap_or(content);
                if name.contains("blog") || content.ends_with("src/pages") {
                    continue;
                }
                let mut declared: Vec<String> = match name.strip_prefix("version-") {
                    Some(v) if content.contains("versioned_docs") => vec![join(
                        &site.dir,
                        &format!("versioned_sidebars/version-{v}-sidebars.json"),
                    )],
                    _ => SIDEBARS.iter().map(|s| join(&site.dir, s)).collect(),
                };
                declared.extend(repo.files_under(content).into_iter().filter(|f| {
                    let n = f.rsplit('/').next().unwrap_or(f);
                    matches!(n, "_category_.json" | "_category_.yml" | "_category_.yaml")
                }));
                let mut urls = Vec::new();
                // Docusaurus slugs the labels of one version with one
                // slugger, numbering repeats.
                let mut slugger = Slugger::new();
                for file in declared {
                    let Some(text) = repo.read_text(&file) else {
                        continue;
                    };
                    for slug in slugs(&text, &file, &mut slugger) {
                        urls.push((slug, file.clone()));
                    }
                }
                if !urls.is_empty() {
                    urls.sort();
                    urls.dedup_by(|a, b| a.0 == b.0);
                    out.insert(content.clone(), urls);
                }
            }
        }
        Arc::new(out)
    })
}

/// The slugs of the generated index pages a sidebars or `_category_` text
/// (of the file `file`) declares, without their leading `/`. A YAML
/// `_category_.yml` has no braces: its one `link` is the file's. A link
/// without a slug is served at `category/` and the slug of its category's
/// label (<https://docusaurus.io/docs/sidebar/items#generated-index-page>):
/// the label written before the link in the same object (no brace or
/// bracket between them), else, in a `_category_` file, the folder's name.
fn slugs(text: &str, file: &str, slugger: &mut Slugger) -> Vec<String> {
    let name = file.rsplit('/').next().unwrap_or(file);
    let category = name.starts_with("_category_.");
    let folder_label = || {
        let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
        strip_number_prefix(dir.rsplit('/').next().unwrap_or(dir)).to_string()
    };
    if name.ends_with(".yml") || name.ends_with(".yaml") {
        if !text.contains("generated-index") {
            return Vec::new();
        }
        if let Some(c) = SLUG.captures(text) {
            let s = c[1].trim_matches('/').to_string();
            return if s.is_empty() { Vec::new() } else { vec![s] };
        }
        let label = YAML_LABEL
            .captures(text)
            .map(|c| c[1].trim().to_string())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(folder_label);
        return default_slug(&label, slugger).into_iter().collect();
    }
    let mut out = Vec::new();
    for m in OBJECT.find_iter(text) {
        if let Some(c) = SLUG.captures(m.as_str()) {
            let s = c[1].trim_matches('/');
            if !s.is_empty() {
                out.push(s.to_string());
            }
            continue;
        }
        let before = &text[..m.start()];
        let label = LABEL
            .captures_iter(before)
            .last()
            .filter(|c| {
                let end = c.get(0).map_or(0, |g| g.end());
                !before[end..].contains(['{', '}', '[', ']'])
            })
            .and_then(|c| c.get(1).or(c.get(2)).or(c.get(3)))
            .map(|g| g.as_str().to_string());
        let label = match label {
            Some(l) => l,
            None if category && !LABEL.is_match(text) => folder_label(),
            None => continue,
        };
        out.extend(default_slug(&label, slugger));
    }
    out
}

/// `category/` and the slug of `label`, numbered when it repeats.
fn default_slug(label: &str, slugger: &mut Slugger) -> Option<String> {
    let s = slugger.slug(label.trim());
    (!s.is_empty()).then(|| format!("category/{s}"))
}

/// The file declaring the generated index page served at `url` (below the
/// docs route, without a `/` at either end) of the docs folder `content`:
/// a root link's `/docs/category/mobile` is `category/mobile`.
pub fn served(repo: &RepoView, content: &str, url: &str) -> Option<String> {
    let url = url.trim_matches('/');
    let tables = tables(repo);
    let table = tables.get(content)?;
    table
        .binary_search_by(|(u, _)| u.as_str().cmp(url))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, f)| f.clone())
}

/// The file declaring the generated index page that the relative URL link
/// `w` of the doc `page` (in the docs folder `content`) names, read from
/// the doc's URL: its folder below `content`, number prefixes dropped.
pub fn page(repo: &RepoView, content: &str, page: &str, w: &str) -> Option<String> {
    let w = w.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with('/') || w.contains("://") || !under(content, page) {
        return None;
    }
    let tables = tables(repo);
    let table = tables.get(content)?;
    let rel = page.strip_prefix(content)?.trim_start_matches('/');
    let dir: Vec<&str> = rel
        .rsplit_once('/')
        .map_or("", |(d, _)| d)
        .split('/')
        .filter(|p| !p.is_empty())
        .map(strip_number_prefix)
        .collect();
    let url = join_relative(&dir.join("/"), w)?;
    let url = url.trim_matches('/');
    table
        .binary_search_by(|(u, _)| u.as_str().cmp(url))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, f)| f.clone())
}
