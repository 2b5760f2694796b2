//! Hexo sites: a `_config.yml` beside a `package.json` that depends on
//! `hexo`, its pages in `source/` (or the configuration's `source_dir`)
//! (<https://hexo.io/docs/configuration>). Jekyll has a `_config.yml` too:
//! the `package.json` tells the two apart.
//!
//! - **Pages**: Hexo renders `source/docs/themes.md` to `/docs/themes.html`
//!   (`pretty_urls` changes only the links Hexo writes, the file stays
//!   `.html`) and copies the other files of `source/` as they are, so a
//!   root link `/docs/themes.html`, `/docs/themes` or `/docs/` names a page
//!   of `source/`: the common site reading (see [`super::site`]) reads them
//!   from there once `source/` is the site's content folder.
//! - **Heading ids**: hexo-renderer-marked gives a heading the id
//!   `slugize(stripHTML(text))` of hexo-util (lib/slugize.ts): diacritics
//!   replaced by their base letter (`á` is `a`), every run of spaces and of
//!   ``~`!@#$%^&*()-_+=[]{}|\;:"'<>,.?/`` one `-`, none at either end, case
//!   kept (`### list_categories` is `#list-categories`, `### Variáveis do
//!   Site` is `#Variaveis-do-Site`), and a repeated id gets `-1`, `-2`, ….
//!   An anchor is compared with those ids as written: `#Debug_mode` names no
//!   heading `Debug mode` (its id is `Debug-mode`).

use std::collections::HashMap;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::site::{Generator, Site, join, under};

/// The Hexo site configured by `file` (`_config.yml`) in `dir`, if it is
/// one: `dir` holds a `package.json` naming `hexo` and its source folder.
pub fn site(repo: &RepoView, file: &str, dir: &str) -> Option<Site> {
    let name = file.rsplit('/').next().unwrap_or(file);
    if name != "_config.yml" {
        return None;
    }
    let read = |p: &str| repo.read_text(p);
    let package = read(&join(dir, "package.json"))?;
    let json: serde_json::Value = serde_json::from_str(&package).ok()?;
    let depends = ["dependencies", "devDependencies"]
        .iter()
        .any(|k| json.get(k).and_then(|d| d.get("hexo")).is_some());
    if !depends {
        return None;
    }
    let config = read(file)?;
    let source = config
        .lines()
        .find_map(|l| {
            let v = l
                .strip_prefix("source_dir")?
                .trim_start()
                .strip_prefix(':')?;
            let v = v.split(" #").next().unwrap_or(v);
            Some(
                v.trim()
                    .trim_matches(['"', '\''])
                    .trim_end_matches('/')
                    .to_string(),
            )
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "source".to_string());
    // A `source_dir` outside the repository (`../x`, `/srv/x`) is no site here.
    let content = join_relative(dir, &source).filter(|_| !source.starts_with('/'))?;
    if content.is_empty() || repo.children(&content).is_empty() {
        return None;
    }
    Some(Site::plain(Generator::Hexo, dir, vec![content]))
}

/// Whether `anchor` is the id Hexo gives a heading of the page `path` of a
/// Hexo site (see the module's documentation). `doc` is the page when the
/// caller has it parsed; else it is read.
pub fn names_heading(ctx: &Context<'_>, path: &str, anchor: &str, doc: Option<&Document>) -> bool {
    // Hexo's ids are slugs: an anchor that slugize changes is none of them.
    if anchor.is_empty() || slugize(anchor) != anchor {
        return false;
    }
    let hexo = ctx
        .anchors
        .sites(ctx.repo)
        .iter()
        .any(|s| s.generator == Generator::Hexo && s.content.iter().any(|c| under(c, path)));
    if !hexo {
        return false;
    }
    let read;
    let doc = match doc {
        Some(d) => d,
        None => {
            let Some(bytes) = ctx.repo.read(path) else {
                return false;
            };
            read = crate::document::parse(path, String::from_utf8_lossy(&bytes).into_owned());
            &read
        }
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    doc.headings.iter().any(|h| {
        let mut id = slugize(&h.text);
        match seen.get_mut(&id) {
            Some(n) => {
                id = format!("{id}-{n}");
                *n += 1;
            }
            None => {
                seen.insert(id.clone(), 1);
            }
        }
        id == anchor
    })
}

/// hexo-util's `slugize` with its default options of a heading's text as
/// marked renders it (`&`, `<`, `>`, `"` and `'` HTML-escaped, which
/// `stripHTML` keeps: `Settings & Their Default Values` is
/// `Settings-amp-Their-Default-Values`): diacritics replaced, control
/// characters dropped, every run of whitespace and special characters one
/// `-`, none at either end, case kept.
fn slugize(text: &str) -> String {
    const SPECIAL: &str = "~`!@#$%^&*()-_+=[]{}|\\;:\"'<>,.?/";
    let mut escaped = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    let mut out = String::with_capacity(escaped.len());
    let mut gap = false;
    for c in escaped.chars() {
        if c.is_control() && (c as u32) < 0x20 {
            continue;
        }
        if c.is_whitespace() || SPECIAL.contains(c) {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push('-');
        }
        gap = false;
        match base_letters(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

/// The base letters hexo-util's `escapeDiacritic` puts for a Latin letter
/// with a diacritic (`á` is `a`, `Æ` is `AE`), None for any other character.
fn base_letters(c: char) -> Option<&'static str> {
    // U+00C0 to U+00FF, then U+0100 to U+017F; `.` keeps the character.
    const LATIN1: &str = "AAAAAA.CEEEEIIII\
                          DNOOOOO.OUUUUY..\
                          aaaaaa.ceeeeiiii\
                          dnooooo.ouuuuy.y";
    const EXTENDED_A: &str = "AaAaAaCcCcCcCcDd\
                              DdEeEeEeEeEeGgGg\
                              GgGgHhHhIiIiIiIi\
                              Ii..JjKkkLlLlLlL\
                              lLlNnNnNnnNnOoOo\
                              Oo..RrRrRrSsSsSs\
                              SsTtTtTtUuUuUuUu\
                              UuUuWwYyYZzZzZzs";
    let code = c as u32;
    let pair = match c {
        'Æ' => Some("AE"),
        'æ' => Some("ae"),
        'Ĳ' => Some("IJ"),
        'ĳ' => Some("ij"),
        'Œ' => Some("OE"),
        'œ' => Some("oe"),
        _ => None,
    };
    if pair.is_some() {
        return pair;
    }
    let (table, at) = match code {
        0xC0..=0xFF => (LATIN1, code - 0xC0),
        0x100..=0x17F => (EXTENDED_A, code - 0x100),
        _ => return None,
    };
    let i = at as usize;
    let s = table.get(i..i + 1)?;
    (s != ".").then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_as_hexo_util() {
        assert_eq!(slugize("list_categories"), "list-categories");
        assert_eq!(slugize("url_for"), "url-for");
        assert_eq!(slugize("Variáveis do Site"), "Variaveis-do-Site");
        assert_eq!(slugize("Variáveis da Página"), "Variaveis-da-Pagina");
        assert_eq!(slugize("after_render 过滤器"), "after-render-过滤器");
        assert_eq!(slugize("after_renderフィルター"), "after-renderフィルター");
        assert_eq!(slugize("Filtros after_render"), "Filtros-after-render");
        assert_eq!(slugize("Debug mode"), "Debug-mode");
        assert_eq!(slugize("  A -- B.c? "), "A-B-c");
        assert_eq!(
            slugize("Settings & Their Default Values"),
            "Settings-amp-Their-Default-Values"
        );
        assert_eq!(slugize("Don't <b>"), "Don-39-t-lt-b-gt");
        assert_eq!(slugize("Æsir ŁÓDŹ ß"), "AEsir-LODZ-ß");
    }
}
