//! mdBook books published beside other books of one site: a `book.toml`
//! (at the root or in a folder; test-fixture books left out) whose
//! `[book] src` folder (`src/` by default) holds the book's `SUMMARY.md`.
//!
//! mdBook serves the chapters of `src/` at the book's URL
//! (`src/casts.md` is `<book>/casts.html`) and nothing above it. A book
//! published in a folder of a larger site links its neighbours from there:
//! the Rustonomicon, served at `doc.rust-lang.org/nomicon/`, links the
//! standard library's `../std/mem/fn.transmute.html` and the Reference's
//! `../reference/type-layout.html` (rust-lang/nomicon: 45 such links). A
//! relative link that climbs out of the book's `src` folder to an `.html`
//! page is such a page of the site next door, not a file of this
//! repository, and is silent. So is one written to a `.md` page, which
//! mdBook rewrites to `.html` as it does every chapter link: the Cargo
//! book (`doc/book/src/`, served at `doc.rust-lang.org/cargo/`) links the
//! Reference's `../../reference/conditional-compilation.md` and the
//! Rustonomicon's `../../nomicon/ffi.md`, and the Reference links
//! `../../core/primitive.f32.md` (survey 55b: 9 such links in
//! rust-lang/cargo and 3 in rust-lang/reference, judged false). A `.md`
//! file that git history shows deleted was a file of this repository, and
//! is judged. A link that stays inside `src` (a chapter `./missing.md` or
//! `missing.html` that is not there), and one that climbs out to a file
//! that is not a page (`../README.md`, `../theme/x.css`), are still
//! judged, and so is a page in a folder the repository holds beside `src`
//! (`../theme/head.html`: a file of this repository, which mdBook does not
//! serve) or above the book's folder.
//!
//! A book kept inside the folder of another book of the repository is
//! published inside that book's site, at its folder: rust-lang/book's
//! `2018-edition/` book (its own `book.toml` and `src/`) is served at
//! `<the book>/2018-edition/`, and each of its stub chapters points the reader
//! to the current book with `../ch18-00-oop.html` or `../index.html`
//! (survey 38d, rust-lang/book, 92 such links over three old editions). A
//! relative link of such a nested book that climbs out of its `src` folder to
//! an `.html` page is read from that URL: it names the outer book's chapter
//! (`src/ch18-00-oop.md`), or the outer book's `index.html`, which mdBook
//! always writes. A page the outer book does not have (`../ch99-gone.html`)
//! is still reported, and so is the same link in a book that no other book
//! holds.
//!
//! A book that checks its links with mdbook-linkcheck (`[output.linkcheck]`,
//! or its fork's `[output.linkcheck2]`) names in that table's `exclude` the
//! links its maintainers tell the checker to skip: a file the build writes
//! beside the pages (google/comprehensive-rust's `comprehensive-rust.pdf`
//! and `comprehensive-rust-exercises.zip`, which `build.sh` puts into the
//! HTML output: survey 40c, 3 findings judged false). A chapter's link to
//! such a file is silent ([`linkcheck_skips`]); only an entry that is a
//! plain name (letters, digits, `.`, `-`, `_`, `/`, a `\.` read as `.`)
//! is read, as the link's whole target or its tail after a `/`. Any other
//! missing target is judged.
//!
//! mdBook 0.5 renders definition lists (`attached` over `  : To call into
//! …`) unless `book.toml` sets `output.html.definition-lists = false`, and
//! gives each term (`<dt>`) an id as it gives a heading one: the term's
//! text, lowercased, spaces made `-`. A glossary chapter's terms are the
//! anchors its book links (`glossary.md#smart-pointer`, PyO3's guide, whose
//! glossary preprocessor links every term so: survey 66c, 2 findings judged
//! false). So a chapter's anchors include its terms ([`rendered`]); a term
//! in a book that turns definition lists off, a term of a page outside any
//! book (GitHub shows `: …` as text), and an anchor no term or heading has
//! are judged.
//!
//! A chapter renders the Markdown files it includes with
//! `{{#include file.md}}` in its place, so their headings are the chapter's
//! anchors ([`included`]): rust-analyzer's manual links
//! `configuration.md#cargo.targetDir`, a `{#cargo.targetDir}` heading of the
//! `configuration_generated.md` that `configuration.md` includes (survey
//! 69c, 3 findings judged false). mdBook reads `{{ #include x }}` with
//! white space after `{{` as well, and includes an HTML file's text as it
//! is, ids and all: cluster-api-provider-azure's `reference/v1beta1-api.md`
//! is `{{ #include v1beta1-api-raw.html }}`, the API reference its build
//! generates and git ignores, so an include that cannot be read leaves its
//! anchors unknown (survey s125m, 1 finding judged false). An include inside
//! code, one of a page outside a book, and an anchor the included file lacks
//! are judged.
//!
//! mdBook's default `index` preprocessor renders a chapter named
//! `README.md` as its folder's `index.html`, and every chapter link's `.md`
//! becomes `.html`: so a chapter's link to `index.md` (or `index.html`)
//! beside a `README.md` chapter that the book's `SUMMARY.md` lists names
//! that chapter on the book's site (rust-lang/rust-clippy's book links
//! `[introduction](index.md)` and `continuous_integration/index.md`: survey
//! s115b, 2 findings judged false). An `index.md` with no such `README.md`
//! chapter beside it, a link outside a book's `src`, and a book that turns
//! the default preprocessors off (`[build] use-default-preprocessors =
//! false`) are judged ([`index_chapter`]).

use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// Whether `path` is a chapter of an mdBook book that renders definition
/// lists and `text` holds a definition line (`: …`): its terms have ids
/// (see the module doc).
pub fn renders_terms(repo: &RepoView, path: &str, text: &str) -> bool {
    if !(text.contains("\n: ") || text.contains("\n  : ") || text.contains("\n   : ")) {
        return false;
    }
    book_tomls(repo).iter().any(|(dir, table)| {
        let src = join(dir, &src_folder(table.as_ref()));
        let off = table.as_ref().and_then(|t| {
            t.get("output")?
                .get("html")?
                .get("definition-lists")?
                .as_bool()
        }) == Some(false);
        !off && under(&src, path) && book_sources(repo).contains(&src)
    })
}

/// The text of the chapter `path` with its definition terms made headings,
/// for their ids: one text when [`renders_terms`], none otherwise.
pub fn rendered(repo: &RepoView, path: &str, text: &str) -> Vec<String> {
    if !renders_terms(repo, path, text) {
        return Vec::new();
    }
    vec![super::site_hugo::terms_as_headings(repo, path, text)]
}

/// The texts of the Markdown files a chapter of a book includes with
/// mdBook's `{{#include file.md}}` (outside code; a `:10:20` line range or
/// `:anchor` after the path is left out, so the whole file counts), and
/// those files' own includes: their headings are the chapter's on the book's
/// site (rust-analyzer's `configuration.md`, whose settings' `{#cargo.targetDir}`
/// headings are in `configuration_generated.md`: survey 69c). Also whether
/// such an include could not be read: its headings are unknown, so any
/// anchor may exist. `{{ #include x }}` (white space after `{{`, as mdBook's
/// regex allows) and `{{#rustdoc_include x}}` are includes too, and so is an
/// HTML file, whose ids stand in the chapter: cluster-api-provider-azure's
/// `reference/v1beta1-api.md` is `{{ #include v1beta1-api-raw.html }}`, the
/// API reference its build generates (survey s125m). Only for a chapter of a
/// book (its `src` folder holds a `SUMMARY.md`); elsewhere the line includes
/// nothing, as on GitHub.
pub fn included(repo: &RepoView, path: &str, text: &str) -> (Vec<String>, bool) {
    // mdBook's `links` preprocessor reads `{{`, optional white space, then
    // `#include` or `#rustdoc_include`: `{{ #include x.html }}` is one too.
    const MARKS: [&str; 4] = [
        "{{#include ",
        "{{ #include ",
        "{{#rustdoc_include ",
        "{{ #rustdoc_include ",
    ];
    if !MARKS.iter().any(|m| text.contains(m))
        || !book_sources(repo).iter().any(|src| under(src, path))
    {
        return (Vec::new(), false);
    }
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    let mut texts = Vec::new();
    let mut unread = false;
    for mark in MARKS {
        if !text.contains(mark) {
            continue;
        }
        let (t, u) = super::site::include_texts(repo, dir, text, (mark, "}}"), |dir, spec| {
            let file = spec.split(':').next().unwrap_or("").trim();
            // Markdown, and HTML whose ids land in the chapter as they are
            // (a Kubernetes provider's generated API reference).
            [".md", ".markdown", ".html", ".htm"]
                .iter()
                .any(|e| file.ends_with(e))
                .then(|| crate::source::join_relative(dir, file))
        });
        texts.extend(t);
        unread |= u;
    }
    (texts, unread)
}

/// A book's `[book] src` folder, relative to its `book.toml` (`src` by
/// default).
fn src_folder(table: Option<&toml::Table>) -> String {
    table
        .and_then(|t| t.get("book")?.get("src")?.as_str())
        .map(|s| s.trim_start_matches("./").trim_end_matches('/').to_string())
        .unwrap_or_else(|| "src".to_string())
}

/// The `src` folders of the repository's mdBook books, each holding its
/// `SUMMARY.md`.
fn book_sources(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo("site_mdbook::sources", |repo| {
        let out = book_tomls(repo)
            .iter()
            .filter_map(|(dir, table)| {
                let folder = join(dir, &src_folder(table.as_ref()));
                repo.is_tracked(&join(&folder, "SUMMARY.md"))
                    .then_some(folder)
            })
            .collect();
        Arc::new(out)
    })
}

/// Each `book.toml` of the repository (test fixtures left out): its folder
/// and its table (None when it is not TOML), read once a view for every
/// question about the repository's books.
pub fn book_tomls(repo: &RepoView) -> Arc<Vec<(String, Option<toml::Table>)>> {
    repo.memo("site_mdbook::book_tomls", |repo| {
        let mut out = Vec::new();
        for f in super::site::config_files(repo).iter() {
            let (dir, name) = f.rsplit_once('/').unwrap_or(("", f));
            if name != "book.toml" || crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let table = repo
                .read_text(f)
                .and_then(|t| toml::from_str::<toml::Table>(&t).ok());
            out.push((dir.to_string(), table));
        }
        Arc::new(out)
    })
}

/// The `src` folder of each book and the plain names its mdbook-linkcheck
/// `exclude` lists (see the module doc).
fn linkcheck_excludes(repo: &RepoView) -> Arc<Vec<(String, Vec<String>)>> {
    repo.memo("site_mdbook::linkcheck_excludes", |repo| {
        let out = books(repo)
            .into_iter()
            .filter_map(|(book, src)| {
                let table = repo
                    .read_text(&join(&book, "book.toml"))
                    .and_then(|t| toml::from_str::<toml::Table>(&t).ok())?;
                let output = table.get("output")?;
                let names: Vec<String> = ["linkcheck", "linkcheck2"]
                    .iter()
                    .filter_map(|k| output.get(k)?.get("exclude")?.as_array())
                    .flatten()
                    .filter_map(|v| v.as_str())
                    .map(|e| e.replace("\\.", "."))
                    .filter(|e| {
                        !e.is_empty()
                            && e.chars().all(|c| {
                                c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/')
                            })
                    })
                    .collect();
                (!names.is_empty()).then_some((src, names))
            })
            .collect();
        Arc::new(out)
    })
}

/// Whether a link `r` of `doc`, a chapter of a book, names a target the
/// book's mdbook-linkcheck is told to skip (see the module doc):
/// `[as a PDF](comprehensive-rust.pdf)` with `exclude = [
/// "comprehensive-rust.pdf" ]`.
pub fn linkcheck_skips(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.contains("://") {
        return false;
    }
    linkcheck_excludes(ctx.repo)
        .iter()
        .filter(|(src, _)| under(src, &doc.path))
        .any(|(_, names)| {
            names
                .iter()
                .any(|e| w == e || w.ends_with(&format!("/{}", e.trim_start_matches('/'))))
        })
}

/// The mdBook books of the repository, each as its folder and its `src`
/// folder (`("2018-edition", "2018-edition/src")`).
fn books(repo: &RepoView) -> Vec<(String, String)> {
    book_sources(repo)
        .iter()
        .map(|src| {
            let book = src.rsplit_once('/').map_or("", |(d, _)| d);
            (book.to_string(), src.clone())
        })
        .collect()
}

/// Whether a link `r` of `doc`, a chapter of a book, names `index.md` or
/// `index.html` (`path`) of a folder whose `README.md` the book's
/// `SUMMARY.md` lists as a chapter: the page mdBook's `index` preprocessor
/// writes there (see the module doc).
pub fn index_chapter(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    if !matches!(name, "index.md" | "index.html") {
        return false;
    }
    let readme = join(dir, "README.md");
    book_tomls(ctx.repo).iter().any(|(book, table)| {
        let src = join(book, &src_folder(table.as_ref()));
        let off = table
            .as_ref()
            .and_then(|t| t.get("build")?.get("use-default-preprocessors")?.as_bool())
            == Some(false);
        if off
            || !book_sources(ctx.repo).contains(&src)
            || !under(&src, &doc.path)
            || !under(&src, &readme)
            || !ctx.repo.is_tracked(&readme)
        {
            return false;
        }
        let rel = &readme[src.len() + usize::from(!src.is_empty())..];
        ctx.repo
            .read_text(&join(&src, "SUMMARY.md"))
            .is_some_and(|summary| {
                summary.contains(&format!("]({rel})")) || summary.contains(&format!("](./{rel})"))
            })
    })
}

/// Whether a link `r` of `doc`, a chapter of an mdBook book kept inside the
/// folder of another book, climbs out of its `src` folder to an `.html` page
/// that the outer book serves there (see the module's documentation).
pub fn outer_book_page(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let dest = r.written.split(['#', '?']).next().unwrap_or("");
    let dest = dest.trim_start_matches("./");
    if !dest.starts_with("../") || !(dest.ends_with(".html") || dest.ends_with(".htm")) {
        return false;
    }
    let all = books(ctx.repo);
    let Some((inner, inner_src)) = all
        .iter()
        .filter(|(_, src)| under(src, &doc.path))
        .max_by_key(|(_, src)| src.len())
    else {
        return false;
    };
    if inner.is_empty() {
        return false;
    }
    // The chapter's folder inside its book's site.
    let page_dir = doc
        .path
        .strip_prefix(inner_src.as_str())
        .map(|p| p.trim_start_matches('/'))
        .and_then(|p| p.rsplit_once('/').map(|(d, _)| d.to_string()))
        .unwrap_or_default();
    all.iter().any(|(outer, outer_src)| {
        if outer == inner || !under(outer, inner) || under(outer_src, inner) {
            return false;
        }
        let at = inner
            .strip_prefix(outer.as_str())
            .map_or(inner.as_str(), |p| p.trim_start_matches('/'));
        let Some(url) = crate::source::join_relative(&join(at, &page_dir), dest) else {
            return false;
        };
        // Still inside the nested book's own site: not this reading.
        if under(at, &url) {
            return false;
        }
        let stem = url
            .strip_suffix(".html")
            .or_else(|| url.strip_suffix(".htm"))
            .unwrap_or(&url);
        if stem == "index" {
            return true;
        }
        let name = stem.rsplit_once('/').map_or(stem, |(_, n)| n);
        let dir = stem.rsplit_once('/').map_or("", |(d, _)| d);
        let candidates = if name == "index" {
            vec![join(dir, "README.md"), join(dir, "index.md")]
        } else {
            vec![format!("{stem}.md")]
        };
        candidates
            .iter()
            .any(|c| ctx.repo.is_tracked(&join(outer_src, c)))
    })
}

/// Whether the missing target `path` of a link `r` of `doc`, a chapter of
/// an mdBook book, is a page of the site the book is published in: the
/// link is relative, climbs out of the book's `src` folder and names an
/// `.html` page, or a `.md` page that mdBook writes as one, in a folder the
/// repository does not hold beside `src` (see the module's documentation).
pub fn neighbour_page(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link
        || !r.written.trim_start_matches("./").starts_with("../")
        || !(path.ends_with(".html") || path.ends_with(".htm") || path.ends_with(".md"))
    {
        return false;
    }
    let in_neighbour = book_sources(ctx.repo).iter().any(|src| {
        let book = src.rsplit_once('/').map_or("", |(d, _)| d);
        let below = if book.is_empty() {
            Some(path)
        } else {
            path.strip_prefix(book).and_then(|p| p.strip_prefix('/'))
        };
        // The neighbour's folder: none of this repository's.
        let neighbour = below
            .and_then(|p| p.split_once('/'))
            .map(|(first, _)| first);
        !src.is_empty()
            && under(src, &doc.path)
            && !under(src, path)
            && neighbour.is_some_and(|n| {
                let n = join(book, n);
                !ctx.repo.is_tracked(&n) && !ctx.repo.is_tracked_dir(&n)
            })
    });
    // A `.md` file git history shows deleted was this repository's (asked
    // last: the history walk is the dear part, and most links are in no book).
    in_neighbour && !(path.ends_with(".md") && ctx.history.deleted(path).is_some())
}
