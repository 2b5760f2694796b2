//! A README's badge wrapped in a link to an anchor of its own page.
//!
//! TanStack's READMEs wrap their semantic-release badge in
//! `<a href="#badge"><img alt="semantic-release"
//! src="https://img.shields.io/badge/…"></a>`: a link that goes nowhere on
//! purpose, so that the badge is not a link to the shield's image. Every
//! TanStack repository keeps it in its README and in each package's (survey
//! 45c, TanStack/query; survey 55b, TanStack/router: 6 findings judged
//! false). Nobody fixes such a link: the badge is decoration, not a way
//! through the page. So a same-page `#anchor` on an `<a>` whose only
//! content is one `<img>` of a badge service (`img.shields.io`,
//! `badgen.net`, `badge.fury.io`, or an image path with a `badge` segment)
//! is not checked; the same anchor on a link with words
//! (`<a href="#badge">badge</a>`) or around another image is.

use crate::document::Document;

use super::references::Reference;

/// Whether an image URL is a badge's.
fn badge_image(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    matches!(host, "img.shields.io" | "badgen.net" | "badge.fury.io")
        || path
            .split(['/', '?'])
            .any(|seg| seg == "badge" || seg == "badge.svg")
}

/// How far before a link its `<a` is looked for, and after it its tag's end and `</a>`.
const WINDOW: usize = 16 * 1024;

/// Where `needle` (ASCII) first occurs in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Whether the same-page anchor link `r` is an `<a>` whose only content is
/// one badge image (see the module doc).
pub fn badge_link(doc: &Document, r: &Reference) -> bool {
    let text = doc.text.as_str();
    let Some(before) = text.get(..r.span.start) else {
        return false;
    };
    // The `<a` tag the link stands in, on the same line and in a window
    // before the link: a scan back to the document's start for each of its
    // links made a document of prose, which holds no `<`, quadratic.
    let near = crate::text::tail(before, WINDOW);
    let line = &near[memchr::memrchr(b'\n', near.as_bytes()).map_or(0, |i| i + 1)..];
    let Some(open) = line.rfind('<') else {
        return false;
    };
    if !line[open..]
        .get(..3)
        .is_some_and(|t| t.eq_ignore_ascii_case("<a "))
    {
        return false;
    }
    // The tag's end and its content, looked for in a window after the link,
    // not in the rest of the document.
    let Some(rest) = text.get(r.span.start..) else {
        return false;
    };
    let rest = crate::text::head(rest, WINDOW);
    let Some(tag_end) = rest.find('>') else {
        return false;
    };
    let inner = &rest[tag_end + 1..];
    let Some(close) = find_ignore_case(inner, "</a>") else {
        return false;
    };
    let content = inner[..close].trim();
    if !content.to_ascii_lowercase().starts_with("<img ")
        || !content.ends_with('>')
        || content[1..].contains('<')
    {
        return false;
    }
    // The image's `src`, quoted.
    let lower = content.to_ascii_lowercase();
    let Some(at) = lower.find(" src=") else {
        return false;
    };
    let value = &content[at + 5..];
    let Some(quote) = value.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
        return false;
    };
    value[1..]
        .split_once(quote)
        .is_some_and(|(src, _)| badge_image(src))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_images() {
        assert!(badge_image(
            "https://img.shields.io/badge/%20%20%F0%9F%93%A6%F0%9F%9A%80-semantic--release-e10079.svg"
        ));
        assert!(badge_image("https://badgen.net/bundlephobia/minzip/x"));
        assert!(badge_image(
            "https://github.com/o/r/actions/workflows/ci.yml/badge.svg"
        ));
        assert!(!badge_image("https://example.com/logo.png"));
        assert!(!badge_image("docs/badge.png"));
    }
}
