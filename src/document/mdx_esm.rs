//! MDX's ESM blocks: in an `.mdx` page, a line that starts with `import `
//! or `export ` (at the first column, after a blank line or at the start)
//! opens JavaScript that runs until the statement is complete, blank lines
//! included: `micromark-extension-mdxjs-esm` reads on past a blank line
//! while the code so far does not parse
//! (<https://mdxjs.com/docs/what-is-mdx/#esm>). Nothing in it is Markdown:
//! a `~~~` or a `## Usage` line inside a template literal passed to
//! `compileMdx` is no fence and no heading.
//!
//! The statement is read as far as its brackets, strings, template literals
//! (with their `${…}`), comments and regular expressions go: it ends at the
//! first blank line (or the end) where all of them are closed. One that
//! never closes is not taken for ESM (MDX would fail on it): its lines stay
//! Markdown.

use std::ops::Range;

/// Whether each line of `lines` is a line of fenced code (its fences
/// included): a run of three or more `` ` `` or `~` opens a block, closed by
/// a bare run of the same character at least as long. Read on a text whose
/// ESM blocks are blanked (see [`blocks`]).
fn fenced_lines(text: &str, lines: &[Range<usize>]) -> Vec<bool> {
    let mut fence: Option<(char, usize)> = None;
    lines
        .iter()
        .map(|range| {
            fence_step(
                &mut fence,
                text[range.clone()].trim_end_matches(['\n', '\r']),
            )
        })
        .collect()
}

/// One line's step of the fence state: whether `l` opens, closes or stands
/// in a fenced block (updating `fence`, the open fence's character and run).
fn fence_step(fence: &mut Option<(char, usize)>, l: &str) -> bool {
    let t = l.trim_start_matches([' ', '\t']);
    let c = t.chars().next().filter(|c| *c == '`' || *c == '~');
    let n = c.map_or(0, |c| t.chars().take_while(|x| *x == c).count());
    match (*fence, c) {
        (Some((oc, on)), Some(c)) if c == oc && n >= on && t[n..].trim().is_empty() => {
            *fence = None;
            true
        }
        (Some(_), _) => true,
        (None, Some(c)) if n >= 3 && !(c == '`' && t[n..].contains('`')) => {
            *fence = Some((c, n));
            true
        }
        _ => false,
    }
}

fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    for l in text.split_inclusive('\n') {
        lines.push(at..at + l.len());
        at += l.len();
    }
    lines
}

/// The byte ranges of the ESM blocks of an MDX text, outside fenced code.
pub(super) fn blocks(text: &str) -> Vec<Range<usize>> {
    let lines = line_ranges(text);
    let line = |i: usize| text[lines[i].clone()].trim_end_matches(['\n', '\r']);
    let blank = |i: usize| line(i).trim().is_empty();
    let mut out = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    let mut i = 0;
    while i < lines.len() {
        let l = line(i);
        if fence_step(&mut fence, l) {
            i += 1;
            continue;
        }
        let opens =
            (l.starts_with("import ") || l.starts_with("export ")) && (i == 0 || blank(i - 1));
        if !opens {
            i += 1;
            continue;
        }
        match statement_end(text, &lines, i, &blank) {
            Some(last) => {
                out.push(lines[i].start..lines[last].end);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The most lines an ESM block is read for.
const MAX_LINES: usize = 2000;

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Bracket,
    Template,
    /// `${` inside a template literal.
    Substitution,
}

/// The last line of the statement that starts on line `first`: the first
/// line after which every bracket, string, template literal and comment is
/// closed and the next line is blank (or there is none). None when it does
/// not close within [`MAX_LINES`].
fn statement_end(
    text: &str,
    lines: &[Range<usize>],
    first: usize,
    blank: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut stack: Vec<Open> = Vec::new();
    let mut block_comment = false;
    // The last character of code before the current one that is not
    // whitespace: a `/` after an operator opens a regular expression.
    let mut prev = '\n';
    // A statement longer than this is no ESM block of a page: a bound on
    // the work a text of unclosed `export {` lines asks.
    for (i, range) in lines.iter().enumerate().skip(first).take(MAX_LINES) {
        let line = &text[range.clone()];
        let chars: Vec<char> = line.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            if block_comment {
                if c == '*' && chars.get(k + 1) == Some(&'/') {
                    block_comment = false;
                    k += 1;
                }
                k += 1;
                continue;
            }
            if stack.last() == Some(&Open::Template) {
                match c {
                    '\\' => k += 1,
                    '`' => {
                        stack.pop();
                        prev = '`';
                    }
                    '$' if chars.get(k + 1) == Some(&'{') => {
                        stack.push(Open::Substitution);
                        prev = '{';
                        k += 1;
                    }
                    _ => {}
                }
                k += 1;
                continue;
            }
            match c {
                '/' if chars.get(k + 1) == Some(&'/') => break,
                '/' if chars.get(k + 1) == Some(&'*') => {
                    block_comment = true;
                    k += 1;
                }
                '/' if "(,=:[!&|?{};+-*%<>~^\n".contains(prev) => {
                    // A regular expression, to its closing `/` on this line.
                    let mut class = false;
                    k += 1;
                    while k < chars.len() && chars[k] != '\n' {
                        match chars[k] {
                            '\\' => k += 1,
                            '[' => class = true,
                            ']' => class = false,
                            '/' if !class => break,
                            _ => {}
                        }
                        k += 1;
                    }
                    prev = '/';
                }
                '\'' | '"' => {
                    // A string ends at its quote or, unclosed, at the line's
                    // end (JSX text such as `Don't` in a component).
                    k += 1;
                    while k < chars.len() && chars[k] != c && chars[k] != '\n' {
                        if chars[k] == '\\' {
                            k += 1;
                        }
                        k += 1;
                    }
                    prev = c;
                }
                '`' => {
                    stack.push(Open::Template);
                    prev = c;
                }
                '(' | '[' | '{' => {
                    stack.push(Open::Bracket);
                    prev = c;
                }
                ')' | ']' | '}' => {
                    stack.pop();
                    prev = c;
                }
                c if c.is_whitespace() => {}
                c => prev = c,
            }
            k += 1;
        }
        if stack.is_empty() && !block_comment && (i + 1 == lines.len() || blank(i + 1)) {
            return Some(i);
        }
    }
    None
}

/// The comments of an MDX page, `{/* … */}` (JavaScript in an expression,
/// never rendered: drizzle-orm-docs keeps a TODO with a link in one; survey
/// 30e), each from `{/*` to `*/}`. One that never closes is not taken (MDX
/// would fail on it), and a comment that is one word (`{/*reference*/}`,
/// react.dev's heading id) is left for the heading to read.
///
/// A `{/*` inside fenced code or a code span is code, not the start of a
/// comment (`rewritePath('/docs{/*path}.md', …)`, a path-to-regexp pattern
/// in a ```` ```ts ```` block: fumadocs' `llms.mdx`, survey 39c): taking it
/// for one would blank everything to the next `*/}`, closing fences
/// included. `text` has its ESM blocks blanked (a `~~~` in a template
/// literal is no fence).
pub(super) fn comments(text: &str) -> Vec<Range<usize>> {
    let lines = line_ranges(text);
    let fenced = fenced_lines(text, &lines);
    // Whether the byte at `at` stands in fenced code or in a code span of
    // its line (an odd number of backticks before it on the line).
    let in_code = |at: usize| {
        let i = lines.partition_point(|r| r.end <= at);
        match lines.get(i) {
            Some(r) if fenced[i] => r.start <= at,
            Some(r) => text[r.start..at].matches('`').count() % 2 == 1,
            None => false,
        }
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("{/*") {
        let open = from + i;
        if in_code(open) {
            from = open + 3;
            continue;
        }
        let Some(j) = text[open + 3..].find("*/}") else {
            break;
        };
        let close = open + 3 + j + 3;
        let inner = text[open + 3..close - 3].trim();
        if inner.is_empty() || inner.contains(char::is_whitespace) {
            out.push(open..close);
        }
        from = close;
    }
    out
}

/// `text` with the bytes of `spans` made spaces, line ends kept.
pub(super) fn mask(text: &str, spans: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for span in spans {
        for b in bytes.get_mut(span.clone()).into_iter().flatten() {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Whole characters are masked, so the text stays UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_with_blank_lines_and_fence() {
        let text = "import a from 'a'\n\n# T\n\nexport function P() {\n  const m = `x\n\n~~~md\n${m}\n~~~`\n  return m\n}\n\n## After\n";
        let b = blocks(text);
        assert_eq!(b.len(), 2);
        assert_eq!(&text[b[0].clone()], "import a from 'a'\n");
        assert!(text[b[1].clone()].ends_with("}\n"));
    }

    #[test]
    fn comments_but_one_word_ids() {
        let text =
            "# T {/*t*/}\n\n{/* TODO: see\n> [x](./y) */}\n\nText {/* a b */} more {/* open\n";
        let c = comments(text);
        assert_eq!(c.len(), 2);
        assert_eq!(&text[c[0].clone()], "{/* TODO: see\n> [x](./y) */}");
        assert_eq!(&text[c[1].clone()], "{/* a b */}");
    }

    #[test]
    fn no_comment_opens_in_code() {
        let text = "```ts\nf('/docs{/*path}.md');\n```\n\nSee `{/*x` and {/* a b */}.\n\n```ts\ng('*/}');\n```\n";
        let c = comments(text);
        assert_eq!(c.len(), 1);
        assert_eq!(&text[c[0].clone()], "{/* a b */}");
    }

    #[test]
    fn unclosed_is_markdown() {
        assert!(blocks("export const a = {\n\n## x\n").is_empty());
    }

    #[test]
    fn not_in_fence_nor_paragraph() {
        assert!(blocks("```js\nexport const a = 1\n```\n").is_empty());
        assert!(blocks("text\nexport const a = 1\n").is_empty());
    }
}
