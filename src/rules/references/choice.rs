//! A link that is one of the alternatives of a template's fill-in choice.
//!
//! MADR's decision-record template writes its status line as a list of
//! alternatives in brackets, the last of them with an example link:
//! `* Status: [proposed | rejected | accepted | deprecated | … | superseded by
//! [ADR-0005](0005-example.md)]`. The author keeps one alternative and
//! deletes the rest: the link is the template's example, not a reference of
//! the document. Translated copies of the template stand in folders whose
//! names say `template` in another language (`plantillas/`, `modèles/`,
//! `テンプレート/`), so the choice itself is the evidence (survey 41b,
//! joelparkerhenderson/architecture-decision-record, 6 findings judged
//! false). A link in brackets without alternatives (`[see [the guide](g.md)]`),
//! a link in a table row (`| a | [x](x.md) |`, whose `|` are cells), a bar
//! of links in brackets (`[ [Home](README.md) | [FAQ](faq.md) | … ]`) and a
//! decision record that kept one status (`Status: superseded by
//! [ADR-0005](0005-example.md)`) are judged.

use std::ops::Range;

/// How far either side of a link its choice may reach, in bytes.
const NEAR: usize = 600;

/// Whether the link at `span` of `text` stands inside a bracketed list of
/// at least three alternatives separated by ` | ` on its line, whose
/// closing bracket opens no link of its own (`[a | b [x](y)](z)` is a link
/// text, not a choice).
pub(super) fn in_choice_list(text: &str, span: &Range<usize>) -> bool {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    // A choice is short: look at most `NEAR` bytes either side of the link,
    // so that a line of thousands of links is not read once per link.
    let mut from = start.saturating_sub(NEAR);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + NEAR).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[end..to].find('\n').map_or(to, |i| end + i);
    let Some(open) = enclosing_open(&text[line_start..start]) else {
        return false;
    };
    let Some(close) = matching_close(&text[end..line_end]) else {
        return false;
    };
    let after = &text[end + close + 1..line_end];
    if after.starts_with('(') || after.starts_with('[') {
        return false;
    }
    let before = &text[line_start + open + 1..start];
    let rest = &text[end..end + close];
    // The other alternatives are words: a bar of links in brackets
    // (`[ [Home](README.md) | [Install](install.md) | [FAQ](faq.md) ]`) is
    // navigation, each link a reference.
    if before.contains("](") || rest.contains("](") {
        return false;
    }
    alternatives(before) + alternatives(rest) >= 2
}

/// The offset of the `[` before the link that no `]` closes before it.
fn enclosing_open(before: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in before.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth == 0 => return Some(i),
            '[' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The offset of the `]` after the link that closes the bracket it is in.
fn matching_close(after: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in after.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return Some(i),
            ']' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// How many ` | ` separators stand in `part` outside nested brackets.
fn alternatives(part: &str) -> usize {
    let mut depth = 0usize;
    let mut count = 0;
    let bytes = part.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'|' if depth == 0
                && i > 0
                && bytes[i - 1] == b' '
                && bytes.get(i + 1) == Some(&b' ') =>
            {
                count += 1
            }
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::in_choice_list;

    fn at(line: &str, link: &str) -> bool {
        let start = line.find(link).expect("link in line");
        in_choice_list(line, &(start..start + link.len()))
    }

    #[test]
    fn a_link_among_alternatives() {
        let madr = "* Status: [proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)] <!-- optional -->";
        assert!(at(madr, "[ADR-0005](0005-example.md)"));
        let ja =
            "* ステータス: [提案 | 却下 | 承認 | … | [ADR-0005](0005-example.md) に置き換え]等";
        assert!(at(ja, "[ADR-0005](0005-example.md)"));
        assert!(!at(
            "* Status: superseded by [ADR-0005](0005-example.md)",
            "[ADR-0005](0005-example.md)"
        ));
        assert!(!at("[see [the guide](g.md)]", "[the guide](g.md)"));
        assert!(!at("| a | b | [x](x.md) |", "[x](x.md)"));
        assert!(!at("[a | b | [x](y.md)](z.md)", "[x](y.md)"));
        assert!(!at("[a | [x](y.md)]", "[x](y.md)"));
        let nav = "[ [Home](README.md) | [Install](install.md) | [FAQ](faq.md) ]";
        assert!(!at(nav, "[Install](install.md)"));
        assert!(!at(nav, "[FAQ](faq.md)"));
    }
}
