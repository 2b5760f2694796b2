//! A link to a file its paragraph says may not be there: a file each
//! installation adds, which the document names and then says what its
//! absence means (jaeger's MCP skills catalogue: `Installation-specific
//! skills, if any, are listed under [custom/SKILL.md](custom/SKILL.md). If
//! that file does not exist, this Jaeger instance has none.`, the folder an
//! operator's `skills_dir` mounts at run time: survey 64a, 1 finding judged
//! false). Such a link is silent when the sentence holding it or the one
//! right after it, in the same paragraph, makes the file's existence a
//! condition (`if that file does not exist`, `if the file exists`) and git
//! history never held the target. The same link without that sentence, the
//! sentence in another paragraph, and a target deleted or moved since are
//! judged.

use super::{RefKind, Reference};
use crate::document::Document;
use crate::rules::Context;

/// The conditions on the file's existence, in ASCII lower case.
const CONDITIONS: &[&str] = &[
    "if that file does not exist",
    "if the file does not exist",
    "if this file does not exist",
    "if it does not exist",
    "if that file doesn't exist",
    "if the file doesn't exist",
    "if this file doesn't exist",
    "if it doesn't exist",
    "if that file is missing",
    "if the file is missing",
    "if that file exists",
    "if the file exists",
    "if this file exists",
];

/// At most this many bytes each side of the link are read.
const REACH: usize = 600;

/// Whether the missing link target `path` (the link `r` of `doc`, resolved)
/// is a file its paragraph says may be absent (see the module).
pub fn said_optional(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link || !conditioned_nearby(&doc.text, r.span.start, r.span.end) {
        return false;
    }
    ctx.history.deleted(path).is_none() && ctx.history.renamed(path).is_none()
}

/// Whether the sentence holding `start..end` or the sentence after it, both
/// inside the paragraph, states a condition on the file's existence.
fn conditioned_nearby(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let before = crate::text::tail(before, REACH);
    let after = crate::text::head(after, REACH);
    // Back to the start of the link's sentence, not past a blank line.
    let para_start = before.rfind("\n\n").map_or(0, |i| i + 2);
    let before = before.get(para_start..).unwrap_or("");
    let sentence_start = sentence_ends(before).last().unwrap_or(0);
    let before = before.get(sentence_start..).unwrap_or("");
    // On to the end of the next sentence, not past a blank line.
    let after = after
        .get(..after.find("\n\n").unwrap_or(after.len()))
        .unwrap_or("");
    let cut = sentence_ends(after).nth(1).unwrap_or(after.len());
    let after = after.get(..cut).unwrap_or("");
    let window = format!("{before} {after}")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    CONDITIONS.iter().any(|c| window.contains(c))
}

/// The offsets just past each sentence's end in `s`: a `.`, `!` or `?`
/// followed by white space.
fn sentence_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().filter_map(move |(i, b)| {
        let next = bytes.get(i + 1).copied();
        (matches!(b, b'.' | b'!' | b'?') && next.is_some_and(|n| n.is_ascii_whitespace()))
            .then_some(i + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::conditioned_nearby;

    fn around(text: &str, link: &str) -> bool {
        let at = text.find(link).unwrap_or(0);
        conditioned_nearby(text, at, at + link.len())
    }

    #[test]
    fn the_next_sentence_of_the_paragraph_says_it_may_be_absent() {
        let link = "[custom/SKILL.md](custom/SKILL.md)";
        assert!(around(
            &format!(
                "Skills are listed under\n{link}. If that file does not exist,\nthere are none.\n"
            ),
            link
        ));
        assert!(around(&format!("If the file exists, read {link}.\n"), link));
        // Another paragraph, the sentence after next, and no condition.
        assert!(!around(
            &format!("Listed under {link}.\n\nIf that file does not exist, none.\n"),
            link
        ));
        assert!(!around(
            &format!("Listed under {link}. It lists skills. If the file does not exist, none.\n"),
            link
        ));
        assert!(!around(
            &format!("Listed under {link}. It lists skills.\n"),
            link
        ));
    }
}
