//! Copies a synchronisation script writes beside their source document: a
//! translation kept in step with the original by a repository's own tool.
//!
//! The copy says so in its front matter: the document it was made from
//! (`source: docs/guide.md`) and the script that made it (`generator:
//! scripts/sync_docs_i18n.py`). hyperledger-iroha/iroha keeps 28,000 of them
//! (`CHANGELOG.az.md` beside `CHANGELOG.md`, the developer portal's
//! `i18n/<lang>/…` pages), each stamped `generator:` and `source:`, most
//! machine-translated: their broken links and citations repeat the
//! original's (fixed once, there, and synced again) or are the translation
//! engine's (`【F:javascrip t/iroha_js/…】`, paths translated word by word),
//! fixed in the pipeline. Survey 47b: 6,559 of the repository's 6,843
//! findings stood in such copies, 320 of them read, all judged false. A copy
//! is left out like a generated document.
//!
//! A document that names only its source (a translation done by hand, a
//! quoted article's `source: https://…`), or only a generator (a site's
//! `generator: Hugo` page), is checked, and so is the original.

/// How much of a document's opening is read for its front matter.
const HEAD_BYTES: usize = 2048;

/// Whether `text` is a copy a synchronisation script wrote from another
/// document: front matter opening the document names both its `source:`
/// (a path in the repository) and its `generator:`.
pub fn is_synced_copy(text: &[u8]) -> bool {
    let Some(lines) = opening_front_matter(text) else {
        return false;
    };
    let (mut source, mut generator) = (false, false);
    for line in &lines {
        if let Some(v) = value(line, "source") {
            source = names_a_path(v);
        } else if let Some(v) = value(line, "generator") {
            generator = !v.is_empty();
        }
    }
    source && generator
}

/// The lines of the front matter that opens `text` (a `---` line, a byte
/// order mark allowed before it), between its fences, when it closes within
/// the document's first [`HEAD_BYTES`].
pub(crate) fn opening_front_matter(text: &[u8]) -> Option<Vec<String>> {
    let head = &text[..text.len().min(HEAD_BYTES)];
    let head = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
    if !head.starts_with(b"---") {
        return None;
    }
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return None;
    }
    let mut out = Vec::new();
    for line in lines {
        if line.trim_end() == "---" {
            return Some(out);
        }
        out.push(line.to_string());
    }
    None
}

/// The value of a top-level `key: value` line of front matter, unquoted.
fn value<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(key)?.strip_prefix(':')?;
    Some(rest.trim().trim_matches(['"', '\'']))
}

/// A repository path (`docs/guide.md`, `CHANGELOG.md`): a file name with an
/// extension, no URL, no spaces.
fn names_a_path(v: &str) -> bool {
    let name = v.rsplit('/').next().unwrap_or(v);
    !v.contains("://")
        && !v.contains(char::is_whitespace)
        && name
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && !ext.is_empty())
}

#[cfg(test)]
mod tests {
    use super::is_synced_copy;

    #[test]
    fn a_translation_stamped_with_its_source_and_script_is_a_copy() {
        let doc = "---\nlang: az\nsource: CHANGELOG.md\nstatus: complete\n\
                   generator: scripts/sync_docs_i18n.py\n---\n\n# Dəyişikliklər\n";
        assert!(is_synced_copy(doc.as_bytes()));
        let bom = format!("\u{feff}{doc}");
        assert!(is_synced_copy(bom.as_bytes()));
    }

    #[test]
    fn a_source_or_a_generator_alone_is_no_copy() {
        for doc in [
            "---\nsource: CHANGELOG.md\ntranslator: manual\n---\n# Log\n",
            "---\ngenerator: Hugo\ntitle: Home\n---\n# Home\n",
            "---\nsource: https://example.com/post.md\ngenerator: feed\n---\n",
            "# Guide\n\nsource: docs/guide.md\ngenerator: x\n",
            "---\nsource: docs/guide.md\ngenerator: x\n",
        ] {
            assert!(!is_synced_copy(doc.as_bytes()), "{doc}");
        }
    }
}
