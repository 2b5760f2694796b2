//! Front matter, as GitHub decides it: a first line `---` (after a BOM), a
//! later line `---` or `...`, and between them YAML whose top level is a
//! mapping. GitHub shows such a block as a table of metadata; a block that
//! parses to a scalar or a list (a horizontal rule, then prose, then another
//! rule) is rendered as Markdown instead, and so it is a document here: its
//! headings, links and tasks are checked. A block that is not valid YAML at
//! all stays front matter, as on GitHub, which prints it as code under an
//! "Error in user YAML" banner rather than rendering it.
//!
//! Source: GitHub's behaviour as reproduced by `remark-github-yaml-metadata`
//! (rehypejs/rehype-github, `packages/yaml-metadata/readme.md`, "Bugs": "GitHub
//! only allows top-level objects, not arrays or primitives. Instead, it parses
//! that as if it was markdown"; invalid YAML is shown as an error and code).

use std::ops::Range;

use yaml_rust2::{Yaml, YamlLoader};

/// The byte span of the front matter (from the start of the text, BOM
/// included, to the end of the closing delimiter, before its newline).
pub fn span(text: &str) -> Option<Range<usize>> {
    let (span, inner) = delimited(text)?;
    is_metadata(&text[inner]).then_some(span)
}

/// Where a `---` block at the top of `text` ends, whether or not it is
/// metadata: [`span`] without reading the block as YAML. A caller that
/// needs the block to be metadata only when the rest of the text passes a
/// cheaper test asks this first.
pub fn block_end(text: &str) -> Option<usize> {
    delimited(text).map(|(span, _)| span.end)
}

/// `---` on the first line (after a BOM) up to the next line that is `---` or
/// `...`: the whole block and its inside, whatever the inside is.
fn delimited(text: &str) -> Option<(Range<usize>, Range<usize>)> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - body.len();
    let first_end = body.find('\n')?;
    if body[..first_end].trim_end_matches('\r') != "---" {
        return None;
    }
    let mut off = first_end + 1;
    for line in body[off..].split_inclusive('\n') {
        let l = line.trim_end_matches(['\n', '\r']);
        if l == "---" || l == "..." {
            return Some((0..bom + off + l.len(), bom + first_end + 1..bom + off));
        }
        off += line.len();
    }
    None
}

/// Whether the block is what GitHub shows as metadata: a YAML mapping (an
/// empty block too: it renders nothing either way), or YAML that does not
/// parse (shown as code, never as Markdown).
fn is_metadata(inner: &str) -> bool {
    if starts_with_plain_key(inner) {
        return true;
    }
    match YamlLoader::load_from_str(inner) {
        Ok(docs) => match docs.first() {
            None | Some(Yaml::Null) => inner.trim().is_empty(),
            Some(Yaml::Hash(_)) => true,
            Some(_) => false,
        },
        Err(_) => true,
    }
}

/// Whether the first line with content (past blank and comment lines) is a
/// plain key at the left margin and its colon (`title: X`, `ms.date:`): then
/// the block is a mapping, or YAML that does not parse, metadata either way,
/// and the block need not be loaded (a YAML tree per document is costly).
fn starts_with_plain_key(inner: &str) -> bool {
    let Some(line) = inner
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
    else {
        return false;
    };
    let Some((key, rest)) = line.split_once(':') else {
        return false;
    };
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && (rest.is_empty() || rest.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_mapping_is_front_matter() {
        assert_eq!(span("---\na: 1\n---\n# T\n"), Some(0..12));
        assert_eq!(span("\u{feff}---\r\na: 1\r\n...\r\n"), Some(0..17));
        assert_eq!(span("---\n---\n"), Some(0..7));
        // A rule, prose, a rule: a document.
        assert_eq!(span("---\nSome prose here.\n\nMore.\n---\n"), None);
        // A list at the top: a document.
        assert_eq!(span("---\n- one\n- two\n---\n"), None);
        // Task items are flow sequences followed by text: not YAML.
        assert_eq!(span("---\n- [ ] a\n---\n"), Some(0..15));
        // A heading alone is a YAML comment: nothing, so a document.
        assert_eq!(span("---\n# Heading\n---\n"), None);
        // Not YAML at all: GitHub prints it as code under an error.
        assert_eq!(span("---\n| a | b |\n|---|---|\n---\n"), Some(0..27));
        // Unclosed: no front matter.
        assert_eq!(span("---\na: 1\n"), None);
        // A plain key first (past comments): a mapping, without loading it.
        assert_eq!(span("---\n# c\n\nms.date: 1\n---\n"), Some(0..23));
        assert_eq!(span("---\r\ntitle:\r\n  x: 1\r\n---\r\n"), Some(0..24));
        // `a:b` is a scalar, not a key: a document.
        assert_eq!(span("---\na:b\n---\n"), None);
    }
}
