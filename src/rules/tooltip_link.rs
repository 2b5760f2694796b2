//! A link to `##` written for its title: Markdown's hover tooltip.
//!
//! GitHub renders no tooltip element, so READMEs and docs show a hover text
//! with a link that goes nowhere and carries a title: `[SBCs](## "Single Board
//! Computers")`, or a reference definition `[F]: ## "Function Components"`
//! used as `[F]` in a table (yewstack/yew's `examples/README.md`: survey
//! s123b, 1 finding for 4 links judged false). The destination `##` is a
//! fragment `#` no heading gives, on purpose: the link is there for its
//! title, not to go anywhere, and nobody "fixes" it. So a same-page fragment
//! made only of `#` (`##`, `###`) on a link whose destination is followed by
//! a title that says something is not checked; `[x](##)` without a title,
//! and a named fragment with a title (`[x](#nowhere "tip")`), are judged.

use crate::document::Document;

use super::references::Reference;

/// Whether the same-page link `r`, whose fragment is `anchor`, is a tooltip
/// link: the fragment is only `#` characters and the destination as written
/// (`##`) is followed by a non-empty title (see the module doc).
pub fn tooltip_link(doc: &Document, r: &Reference, anchor: &str) -> bool {
    if anchor.is_empty() || !anchor.bytes().all(|b| b == b'#') {
        return false;
    }
    let Some(text) = doc.text.get(r.span.clone()) else {
        return false;
    };
    titled_hashes(text, anchor.len() + 1)
}

/// Whether `text` (a link, or a reference definition's lines) writes a
/// destination of exactly `n` `#` right after `](` or `]:`, then blanks and a
/// quoted or parenthesized title with words in it.
fn titled_hashes(text: &str, n: usize) -> bool {
    let dest = "#".repeat(n);
    let mut from = 0;
    while let Some(i) = text[from..].find(&dest) {
        let at = from + i;
        from = at + dest.len();
        let before = text[..at].trim_end_matches([' ', '\t', '\n', '\r']);
        if !(before.ends_with("](") || before.ends_with("]:")) {
            continue;
        }
        let after = &text[at + dest.len()..];
        let rest = after.trim_start_matches([' ', '\t', '\n', '\r']);
        if rest.len() == after.len() {
            // `###` where `##` was looked for, or `##x`: not this destination.
            continue;
        }
        let close = match rest.chars().next() {
            Some('"') => '"',
            Some('\'') => '\'',
            Some('(') => ')',
            _ => continue,
        };
        if rest[1..]
            .split_once(close)
            .is_some_and(|(title, _)| title.chars().any(char::is_alphanumeric))
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::titled_hashes;

    #[test]
    fn titled_hash_destinations() {
        assert!(titled_hashes(r#"[SBCs](## "Single Board Computers")"#, 2));
        assert!(titled_hashes(r#"[F]: ## "Function Components""#, 2));
        assert!(titled_hashes("[F]: ## 'Function'", 2));
        assert!(titled_hashes("[F]: ##\n  (Function)", 2));
        assert!(!titled_hashes("[x](##)", 2));
        assert!(!titled_hashes(r#"[x](## "")"#, 2));
        assert!(!titled_hashes(r#"[x](### "tip")"#, 2));
        assert!(titled_hashes(r#"[x](### "tip")"#, 3));
        assert!(!titled_hashes(r#"## Heading [x](#a "tip")"#, 2));
    }
}
