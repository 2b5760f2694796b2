//! Pages saved from a documentation site's Markdown export: another
//! project's documentation kept in this repository as reference (a docs
//! mirror, an agent's `.context/` or `docs/vendor/` folder).
//!
//! A site built with Mintlify (and Cloudflare's developer docs) serves each
//! page as Markdown too (`https://code.claude.com/docs/en/hooks.md`), and
//! opens that export with a note for coding agents, in a block quote:
//!
//! ```markdown
//! > ## Documentation Index
//! > Fetch the complete documentation index at: https://code.claude.com/docs/llms.txt
//! > Use this file to discover all available pages before exploring further.
//! ```
//!
//! The site's sources never hold it: a document that does is a page
//! downloaded from the site. Its links are the site's routes
//! (`/docs/en/settings-reference`), and its anchors the ones the site
//! generates (`#sandbox-network-allowmanageddomainsonly` for a table row),
//! none of which the copy carries: survey s117a, ericbuess/claude-code-docs'
//! `docs/` (190 pages the mirror's fetch script refreshes every few hours,
//! its `docs_manifest.json` giving each page's `original_url`), 7,093
//! findings, the 60 read all judged false. Such a copy is left out like a
//! generated document; it is fixed upstream, or by fetching it again.
//!
//! The note must stand in the document's opening (its first
//! [`HEAD_BYTES`]), as block-quote lines outside a code block, the index's
//! address ending in `llms.txt`, with the second sentence on the next line.
//! A document that quotes the note in a code block, or gives only the first
//! sentence, is the repository's own and is checked.

/// How much of a document's opening is read for the note.
const HEAD_BYTES: usize = 4096;

const FETCH: &str = "Fetch the complete documentation index at:";
const USE: &str = "Use this file to discover all available pages before exploring further.";

/// Whether `text` is a page saved from a documentation site's Markdown
/// export: its opening holds the site's "Documentation Index" note (see the
/// module documentation).
pub fn is_llms_page_copy(text: &[u8]) -> bool {
    let head = &text[..text.len().min(HEAD_BYTES)];
    let head = String::from_utf8_lossy(head);
    let mut fence: Option<(char, usize)> = None;
    let mut fetched = false;
    for line in head.lines() {
        let trimmed = line.trim_start();
        if let Some(open) = fence_marker(trimmed) {
            match fence {
                None => fence = Some(open),
                Some((c, n)) if open.0 == c && open.1 >= n => fence = None,
                Some(_) => {}
            }
            fetched = false;
            continue;
        }
        if fence.is_some() {
            continue;
        }
        let Some(quoted) = trimmed.strip_prefix('>') else {
            fetched = false;
            continue;
        };
        let quoted = quoted.trim_start_matches(['>', ' ', '\t']).trim_end();
        if quoted.is_empty() {
            continue;
        }
        if fetched && quoted == USE {
            return true;
        }
        fetched = quoted
            .strip_prefix(FETCH)
            .map(str::trim)
            .is_some_and(|url| {
                (url.starts_with("https://") || url.starts_with("http://"))
                    && url.ends_with("llms.txt")
                    && !url.contains(char::is_whitespace)
            });
    }
    false
}

/// The fence character and length a code fence line opens or closes with.
fn fence_marker(line: &str) -> Option<(char, usize)> {
    let c = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = line.chars().take_while(|x| *x == c).count();
    (n >= 3).then_some((c, n))
}

#[cfg(test)]
mod tests {
    use super::is_llms_page_copy;

    const NOTE: &str = "> ## Documentation Index\n\
> Fetch the complete documentation index at: https://code.claude.com/docs/llms.txt\n\
> Use this file to discover all available pages before exploring further.\n";

    #[test]
    fn a_page_opening_with_the_index_note_is_a_copy() {
        let page = format!("{NOTE}\n# Hooks\n\nSee [settings](/docs/en/settings).\n");
        assert!(is_llms_page_copy(page.as_bytes()));
        // A blank quote line between the sentences, a source line and
        // front matter before the note (Cloudflare's export).
        let spaced = "# Source: https://docs.example.com/a.md\n\n> ## Documentation Index\n>\n\
> Fetch the complete documentation index at: https://docs.example.com/llms.txt  \n>\n\
> Use this file to discover all available pages before exploring further.\n\n# A\n";
        assert!(is_llms_page_copy(spaced.as_bytes()));
    }

    #[test]
    fn a_quoted_or_partial_note_is_no_copy() {
        for doc in [
            format!("# Notes\n\nMintlify pages open with:\n\n```markdown\n{NOTE}```\n"),
            "> Fetch the complete documentation index at: https://x.dev/llms.txt\n\n# A\n"
                .to_string(),
            "> Fetch the complete documentation index at: https://x.dev/index.md\n\
> Use this file to discover all available pages before exploring further.\n"
                .to_string(),
            "Fetch the complete documentation index at: https://x.dev/llms.txt\n\
Use this file to discover all available pages before exploring further.\n"
                .to_string(),
            format!("# Plan\n\n{}\n{NOTE}", "filler line\n".repeat(400)),
        ] {
            assert!(!is_llms_page_copy(doc.as_bytes()), "{doc}");
        }
    }
}
