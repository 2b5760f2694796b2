//! `document/unclosed-fence`: a fenced code block is never closed, so everything after it renders as code.
//!
//! ## Why it matters
//! A fence that is never closed turns the rest of the document into code: its tasks, tables and references render as plain text and nothing in them is checked. A fence with an info string (` ```python `) cannot close a block, so a missing closing fence before the next example swallows everything after it. The rule speaks only when a fenced block runs to the end of the document without its closing fence and swallows at least one line; a block closed at the end of a list item or quote, or an indented code block, is left alone.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "document/unclosed-fence",
    severity: Severity::Warning,
    fixable: false,
    summary: "a fenced code block is never closed, so everything after it renders as code",
    why: "A fence that is never closed turns the rest of the document into code: its tasks, tables and references render as plain text and nothing in them is checked. A fence with an info string (` ```python `) cannot close a block, so a missing closing fence before the next example swallows everything after it. The rule speaks only when a fenced block runs to the end of the document without its closing fence and swallows at least one line; a block closed at the end of a list item or quote, or an indented code block, is left alone.",
    bad: "```bash\nmake test\n\n## Launch\n\n- [ ] DNS",
    good: "```bash\nmake test\n```\n\n## Launch\n\n- [ ] DNS",
};

use crate::diagnostic::Finding;
use crate::document::Document;

/// The fence opening a line (after indentation and quote markers): its
/// character, its length and the rest of the line.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let l = line.trim_start_matches([' ', '\t', '>']);
    let c = l.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = l.chars().take_while(|x| *x == c).count();
    (n >= 3).then(|| (c, n, &l[n..]))
}

pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    let text = &doc.text;
    let content_end = text.trim_end().len();
    for block in &doc.code_blocks {
        if block.end < content_end {
            continue;
        }
        let Some(body) = text.get(block.clone()) else {
            continue;
        };
        let mut lines = body.lines();
        let Some(first) = lines.next() else { continue };
        let Some((c, n, _)) = fence(first) else {
            continue; // an indented code block
        };
        let rest: Vec<&str> = lines.collect();
        let closes = |l: &str| {
            fence(l).is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && tail.trim().is_empty())
        };
        if rest.last().is_some_and(|l| closes(l)) {
            continue;
        }
        let swallowed = rest.len();
        if swallowed == 0 {
            continue;
        }
        let (first_line, _) = doc.line_col(block.start);
        // A fence with an info string inside the block: the likely culprit.
        let hint = rest
            .iter()
            .position(|l| {
                fence(l).is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && !tail.trim().is_empty())
            })
            .map(|i| {
                format!(
                    " (the fence on line {} has an info string, so it opens nothing and closes nothing)",
                    first_line + 1 + i
                )
            })
            .unwrap_or_default();
        let marker: String = std::iter::repeat_n(c, n).collect();
        let (lines_word, verb) = if swallowed == 1 {
            ("line", "renders")
        } else {
            ("lines", "render")
        };
        let end = block.start + first.len();
        out.push(
            Finding::new(
                &RULE,
                block.start..end,
                format!(
                    "code fence {marker} is never closed: the {swallowed} {lines_word} after it {verb} as code and nothing in them is checked{hint}"
                ),
            )
            .help(format!(
                "close the block with a line holding only {marker} where the code ends"
            )),
        );
    }
}
