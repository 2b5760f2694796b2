//! The ids MkDocs gives repeated headings: Python-Markdown's `toc`
//! extension makes each id unique by appending `_1`, `_2`, … to the
//! second, third, … heading of the same slug (its `unique()`; see
//! <https://python-markdown.github.io/extensions/toc/>), where GitHub
//! appends `-1`. traefik's `logs-and-accesslogs.md` has a `####
//! resourceAttributes` under both `## Logs` and `## AccessLogs`, and its
//! table links the second as `#resourceattributes_1` (survey 51c). A
//! suffix past the number of repeats (`#resourceattributes_2`) names no
//! heading and is reported.

use rustc_hash::FxHashMap as HashMap;

use super::references::{atx_heading_content, site_heading_slugs};
use super::site::outside_fences;

/// The ids the repeats of `text`'s headings get on an MkDocs site, as site
/// slugs (`resourceattributes_1`), outside code.
pub fn repeated_heading_ids(text: &str) -> Vec<String> {
    repeats(text, |s, n| format!("{s}_{n}"))
}

/// The ids Mintlify gives the repeats of `text`'s headings, as site slugs:
/// `-2`, `-3`, … on the second, third, … heading of the same slug, where
/// GitHub appends `-1`, `-2` (pipecat-ai/docs links its second, third and
/// fourth `### Settings` as `#settings-2`, `#settings-3`, `#settings-4`:
/// survey 73c, 6 findings judged false). A suffix past the repeats
/// (`#settings-3` on a page with two) names no heading and is reported.
pub fn mintlify_repeated_heading_ids(text: &str) -> Vec<String> {
    repeats(text, |s, n| format!("{s}-{}", n + 1))
}

/// The ids `id(slug, n)` gives the `n`th repeat (from 1) of each heading.
fn repeats(text: &str, id: impl Fn(&str, usize) -> String) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::default();
    let mut out = Vec::new();
    for line in outside_fences(text) {
        if atx_heading_content(line).is_none() {
            continue;
        }
        let slugs = site_heading_slugs(line);
        let Some(first) = slugs.first() else {
            continue;
        };
        let n = seen.entry(first.clone()).or_default();
        if *n > 0 {
            out.extend(slugs.iter().map(|s| id(s, *n)));
        }
        *n += 1;
    }
    out
}

/// The ids Python-Markdown's default slugify gives the headings whose text
/// keeps nothing once reduced to ASCII (`## フラグ`, `## サービスディスカバリ`):
/// an empty slug made unique, `_1`, `_2`, … in the page's order (a Japanese
/// translation's `#_2` for its second such heading: aws/copilot-cli's
/// `env-init.ja.md`, survey 65b). A heading with an id of its own
/// (`{ #flags }`) takes none.
pub fn empty_slug_ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in outside_fences(text) {
        let Some(content) = atx_heading_content(line) else {
            continue;
        };
        if ["{#", "{ #", "{: #"].iter().any(|w| content.contains(w)) {
            continue;
        }
        // NFKD keeps a Latin letter's base (`é` is `e`).
        let kept = content.chars().any(|c| {
            c.is_ascii_alphanumeric() || c == '_' || (c.is_alphabetic() && (c as u32) < 0x250)
        });
        if !kept {
            out.push(format!("_{}", out.len() + 1));
        }
    }
    out
}
