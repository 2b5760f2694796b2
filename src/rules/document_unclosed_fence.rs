//! `document/unclosed-fence`: a fenced code block is never closed, so everything after it renders as code.
//!
//! ## When it speaks
//! When a fenced block runs to the end of the document without its closing
//! fence and the lines it swallows hold something Markdown would have shown: a
//! heading, a list or task item, a table row, a link or citation, or another
//! fence meant to open a new block. The message names what it hides.
//!
//! ## When it stays silent
//! - A block that runs to the end with only code after its opening fence:
//!   GitHub renders it exactly as if it were closed.
//! - A block closed at the end of a list item or quote; an indented code block.
//! - Inside a block whose info string names a programming language, lines that
//!   language writes anyway are not counted: `# comment` lines of shell, Python
//!   or YAML are not headings, and `- x` or ` * x` lines are not list items.
//!
//! ## Why it matters
//! A fence that is never closed turns the rest of the document into code: its tasks, tables and references render as plain text and nothing in them is checked.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "document/unclosed-fence",
    severity: Severity::Warning,
    fixable: false,
    summary: "a fenced code block is never closed, so everything after it renders as code",
    why: "A fence that is never closed turns the rest of the document into code: its headings, tasks, tables and references render as plain text and nothing in them is checked. A fence with an info string (` ```python `) cannot close a block, so a missing closing fence before the next example swallows everything after it. \
The rule speaks only when a fenced block runs to the end of the document without its closing fence and the lines it swallows hold something Markdown would have shown: a heading, a list or task item, a table row, a link or citation, or another fence meant to open a new block; the message names what it hides. \
It stays silent on a block that runs to the end with only code after its opening fence (GitHub renders it exactly as if it were closed), on a block closed at the end of a list item or quote, and on an indented code block. \
Inside a block whose info string names a programming language, lines that language writes anyway are not counted: `# comment` lines of shell, Python or YAML are not headings, and `- x` or ` * x` lines are not list items.",
    bad: "```bash\nmake test\n\n## Launch\n\n- [ ] DNS",
    good: "```bash\nmake test\n```\n\n## Launch\n\n- [ ] DNS",
};

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::Finding;
use crate::document::{Document, LinkKind};

/// The fence opening a line (after indentation and quote markers): its
/// character, its length and the rest of the line.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let l = line.trim_start_matches([' ', '\t', '>']);
    let c = l.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = l.chars().take_while(|x| *x == c).count();
    (n >= 3).then(|| (c, n, &l[n..]))
}

/// Info strings of blocks that hold Markdown or plain text: everything that
/// looks like Markdown in them counts.
fn markdown_like(lang: &str) -> bool {
    matches!(
        lang,
        "" | "md" | "markdown" | "mdx" | "gfm" | "text" | "txt" | "plain" | "plaintext" | "none"
    )
}

/// Languages whose comments start with `#`: a `# comment` line there is not
/// a heading.
fn hash_comments(lang: &str) -> bool {
    matches!(
        lang,
        "sh" | "bash"
            | "shell"
            | "zsh"
            | "fish"
            | "console"
            | "shell-session"
            | "sh-session"
            | "shellsession"
            | "python"
            | "py"
            | "python3"
            | "yaml"
            | "yml"
            | "toml"
            | "ruby"
            | "rb"
            | "perl"
            | "pl"
            | "r"
            | "dockerfile"
            | "docker"
            | "make"
            | "makefile"
            | "conf"
            | "ini"
            | "cfg"
            | "nginx"
            | "powershell"
            | "ps1"
            | "pwsh"
            | "hcl"
            | "terraform"
            | "tf"
            | "elixir"
            | "cmake"
            | "gitignore"
            | "env"
            | "dotenv"
            | "properties"
            | "nix"
            | "julia"
            | "awk"
            | "tcl"
            | "coffeescript"
            | "graphql"
            | "gql"
            | "crystal"
            | "apache"
            | "systemd"
            | "editorconfig"
    )
}

fn list_item_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^[ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])[ \t]+\S").expect("valid regex")
    })
}

/// What the swallowed text holds that Markdown would have shown, as
/// `(count, singular, plural)`, in a fixed order; empty when it is code only.
fn hidden(swallowed: &str, lang: &str) -> Vec<(usize, &'static str, &'static str)> {
    let mut counts = [0; 6];
    count_hidden(swallowed, lang, &mut counts, 4);
    counts
        .into_iter()
        .zip([
            ("heading", "headings"),
            ("task item", "task items"),
            ("list item", "list items"),
            ("table row", "table rows"),
            ("link or citation", "links and citations"),
            ("code fence", "code fences"),
        ])
        .filter(|(n, _)| *n > 0)
        .map(|(n, (one, many))| (n, one, many))
        .collect()
}

/// Adds to `counts` (headings, task items, list items, table rows, links and
/// citations, fences) what `swallowed` holds; a fence in it that again runs
/// to the end is looked into too, `depth` levels deep.
fn count_hidden(swallowed: &str, lang: &str, counts: &mut [usize; 6], depth: usize) {
    let sub = crate::document::parse("", swallowed.to_string());
    let prose = markdown_like(lang);
    let headings = if prose {
        sub.headings.len()
    } else if hash_comments(lang) {
        0
    } else {
        // An ATX heading only: a line followed by `---` (a YAML document
        // separator, a rule in a comment) is not a heading in code.
        sub.headings
            .iter()
            .filter(|h| swallowed[h.span.clone()].trim_start().starts_with('#'))
            .count()
    };
    let tasks = sub.tasks.len();
    let task_lines: std::collections::HashSet<usize> = sub
        .tasks
        .iter()
        .map(|t| sub.lines.line_of(t.marker.start))
        .collect();
    let items = if prose {
        (1..=sub.lines.line_starts())
            .filter(|&n| {
                let start = sub.lines.line_start(n);
                let line = &swallowed[start..sub.lines.line_end(swallowed, n).max(start)];
                !task_lines.contains(&n)
                    && !sub.in_code(start + line.len() - line.trim_start().len())
                    && list_item_re().is_match(line)
                    // `* * *`, `- - -`: a thematic break, not an item.
                    && !line.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ' | '\t'))
            })
            .count()
    } else {
        0
    };
    let rows: usize = sub.tables.iter().map(|t| t.rows.len() + 1).sum();
    let links = sub
        .links
        .iter()
        .filter(|l| matches!(l.kind, LinkKind::Link | LinkKind::Image) && !l.dest.is_empty())
        .count()
        + sub.citations.len();
    let mut fences = 0;
    for b in &sub.code_blocks {
        let Some(body) = swallowed.get(b.clone()) else {
            continue;
        };
        let Some((first, Some((_, _, info)))) = body.lines().next().map(|l| (l, fence(l))) else {
            continue; // an indented code block
        };
        fences += 1;
        // The swallowed fence runs to the end in turn: what it hides is hidden too.
        let closed = body.lines().count() > 1 && body.lines().last().and_then(fence).is_some();
        let at_end = b.end >= swallowed.trim_end().len() && !closed;
        if at_end && depth > 0 {
            let inner = body.get(first.len()..).unwrap_or("");
            count_hidden(inner, &language(info), counts, depth - 1);
        }
    }
    for (c, n) in counts
        .iter_mut()
        .zip([headings, tasks, items, rows, links, fences])
    {
        *c += n;
    }
}

/// The language an info string names, lowercased (` ```{.python} ` → `python`).
fn language(info: &str) -> String {
    info.trim()
        .trim_start_matches('{')
        .split(|ch: char| ch.is_whitespace() || ch == '{' || ch == '}' || ch == ',')
        .next()
        .unwrap_or("")
        .trim_start_matches('.')
        .to_ascii_lowercase()
}

/// "3 headings, 12 task items and 1 link or citation".
fn describe(parts: &[(usize, &str, &str)]) -> String {
    let words: Vec<String> = parts
        .iter()
        .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect();
    match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
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
        let Some((c, n, info)) = fence(first) else {
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
        let lang = language(info);
        let after = body.get(first.len()..).unwrap_or("");
        let after = after
            .strip_prefix("\r\n")
            .or_else(|| after.strip_prefix('\n'))
            .unwrap_or(after);
        // Code to the end of the document renders as if the block were closed.
        let parts = hidden(after, &lang);
        if parts.is_empty() {
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
                    "code fence {marker} is never closed: the {swallowed} {lines_word} after it {verb} as code, hiding {}; nothing in them is checked{hint}",
                    describe(&parts)
                ),
            )
            .help(format!(
                "close the block with a line holding only {marker} where the code ends"
            )),
        );
    }
}
