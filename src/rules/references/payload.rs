//! A link in a list of script-injection payloads.
//!
//! A page that tests a Markdown renderer against cross-site scripting, or a
//! security cheat sheet, writes the well-known payloads as Markdown outside
//! code so that the renderer shows what it does with them:
//! `[a](javascript:prompt(document.cookie))`, `<javascript:…>`,
//! `[a](&#x6A&#x61…)` and `![a'"`onerror=prompt(document.cookie)](x)`. The
//! last two parse as links to the paths `&` and `x`, which are attack strings,
//! not references anybody fixes (survey 48b, zooniverse/front-end-monorepo's
//! `.storybook/lib/example.md`, `## Testing for vulnerabilities`: 2 findings
//! judged false). The section that holds them is the evidence: two or more
//! script URLs written as link targets under one heading. A lone
//! `javascript:` bookmarklet beside a dead link, `javascript:` named in
//! prose, and a dead link under another heading are judged.

use std::ops::Range;

/// How many script URLs written as link targets make a section a list of
/// payloads.
const PAYLOADS: usize = 2;

/// The sections of a document (from a heading line to the next, the text
/// before the first heading one of them) that write at least [`PAYLOADS`]
/// script URLs as link targets. Read once per document, before its links.
pub(super) fn payload_sections(text: &str) -> Vec<Range<usize>> {
    // Most documents name no script URL at all: one byte search first.
    if !text.contains("avascript:") && !text.contains("AVASCRIPT:") {
        return Vec::new();
    }
    let mut sections = Vec::new();
    let mut from = 0;
    let mut at = 0;
    while at < text.len() {
        let next = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        if at > from && is_heading(&text[at..next]) {
            sections.push(from..at);
            from = at;
        }
        at = next;
    }
    sections.push(from..text.len());
    sections.retain(|r| script_targets(&text[r.clone()]) >= PAYLOADS);
    sections
}

/// Whether the link at `span` stands in one of `sections` (see
/// [`payload_sections`]).
pub(super) fn in_payload_list(sections: &[Range<usize>], span: &Range<usize>) -> bool {
    sections.iter().any(|r| r.contains(&span.start))
}

/// Whether the line opening `line` is an ATX heading (`## Example`).
fn is_heading(line: &str) -> bool {
    let line = line.split('\n').next().unwrap_or("");
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return false;
    }
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes)
        && trimmed[hashes..]
            .chars()
            .next()
            .is_none_or(|c| c == ' ' || c == '\t')
}

/// How many times `section` writes a `javascript:` URL as a link target:
/// right after `(`, `<`, a quote or `=` (`](javascript:…)`, `<javascript:…>`,
/// `href="javascript:…"`), whatever its case. A name in prose or in code
/// spans (`` `javascript:` URLs are blocked``) is not a target.
fn script_targets(section: &str) -> usize {
    let lower = section.to_ascii_lowercase();
    lower
        .match_indices("javascript:")
        .filter(|(i, _)| {
            lower[..*i]
                .bytes()
                .next_back()
                .is_some_and(|b| matches!(b, b'(' | b'<' | b'"' | b'\'' | b'='))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::{in_payload_list, payload_sections};

    fn at(text: &str, needle: &str) -> bool {
        let start = text.find(needle).expect("needle in text");
        in_payload_list(&payload_sections(text), &(start..start + needle.len()))
    }

    #[test]
    fn a_section_of_script_payloads() {
        let doc = "# Page\n\n[ok](a.md)\n\n## Testing for vulnerabilities\n\n\
                   [a](javascript:prompt(document.cookie))\n\
                   <javascript:prompt(document.cookie)>\n\
                   ![a'\"`onerror=prompt(document.cookie)](x)\n\n\
                   ## Next\n\n[gone](gone.md)\n";
        assert!(at(doc, "](x)"));
        // The sections before and after are judged.
        assert!(!at(doc, "[ok](a.md)"));
        assert!(!at(doc, "[gone](gone.md)"));
    }

    #[test]
    fn a_bookmarklet_or_a_name_in_prose_is_no_list() {
        let one = "# Tools\n\nDrag [this](javascript:void(0)) up; see [setup](setup.md).\n";
        assert!(!at(one, "[setup](setup.md)"));
        let prose = "# Security\n\n`javascript:` and `JavaScript:` links are blocked; \
                     see [policy](policy.md).\n";
        assert!(!at(prose, "[policy](policy.md)"));
        assert!(!at("# A\n\n[x](x.md)\n", "[x](x.md)"));
    }
}
