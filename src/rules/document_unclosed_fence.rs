//! `document/unclosed-fence`: a fenced code block is never closed, so everything after it renders as code.
//!
//! ## When it speaks
//! When a fenced block runs to the end of the document without its closing
//! fence and the lines it swallows hold something Markdown would have shown: a
//! heading, a list or task item, a table row, a link or citation, or another
//! fence meant to open a new block. The message names what it hides.
//!
//!
//! Also when a closed block holds a line that is itself an opening fence with
//! an info string (` ```json ` inside a ` ```json ` block): a block of code left
//! open before it (reported when the lines it hides hold Markdown), or a
//! Markdown example whose nested fence closes it early (reported when the
//! block its own closing fence then opens hides Markdown of the document).
//!
//! A Markdown example (` ```markdown `) whose inner block opens with a bare
//! fence (` ``` ` followed at once by a line of its text) is closed by that
//! fence: the rest of the example renders as Markdown and every later fence
//! pairs wrongly down to the example's own closing fence. The finding is at
//! the example's opening fence, with the help to make its fences longer, and
//! not at a later fence the wrong pairing shows (survey s114a), when reading
//! the example that way pairs every later fence rightly.
//!
//! A doubled closing fence (```` ``` ```` on two lines in a row after a
//! block) opens a new block with its second line; when that block hides
//! Markdown of the document, the finding is at the doubled fence, the one
//! line to delete, and not at the later fences that then pair wrongly.
//! Silent when that new block is closed and opens with the same kind of
//! line as the block before it (`# commit 1`, then `# commit 2`): examples
//! written back to back, each closed (survey 42c); nor when the fence that
//! closes it is followed by a fence with an info string (the next fence of
//! the document, on the next line or later), which only opens a block:
//! blocks written as meant, a query then its output (surveys 45c, 49b);
//! nor when the line right after that closing fence is a bare fence too:
//! blocks chained back to back, each closed (survey 59c).
//! Likewise a block left open that swallows a fence (a `~~~` opening an
//! example, whose partner after the late close now opens a block of its
//! own) is one finding at the block left open, which says that later fences
//! pair wrongly (survey 36d, retype's `code-block.md`); a late close that
//! swallows no fence leaves the later fences as they were, judged on their
//! own.
//!
//! ## When it stays silent
//! - A block that runs to the end with only code after its opening fence:
//!   GitHub renders it exactly as if it were closed.
//! - A block closed at the end of a list item or quote; an indented code block.
//! - Inside a block whose info string names a programming language, lines that
//!   language writes anyway are not counted: `# comment` lines of shell, Python
//!   or YAML are not headings, and `- x` or ` * x` lines are not list items.
//! - An HTML block opened by a tag with a `markdown` attribute (`<div
//!   markdown="1">`) ends at its closing tag as kramdown and Python-Markdown's
//!   `md_in_html` read it: a fence on the line right after `</div>` opens a
//!   block there (GitHub's HTML block would swallow it).
//! - On a page of an MkDocs site that turns on PyMdown's SuperFences
//!   (`pymdownx.superfences`), an opening fence whose quoted option holds a
//!   backtick (```` ```cpp title="`GPIOA_BASE` comes from the vendor header" ````)
//!   opens a block, as SuperFences reads it; CommonMark forbids a backtick
//!   in a backtick fence's info string, so elsewhere (GitHub) the line is
//!   text and the rule speaks (survey s113a, Alloy-Embedded/alloy).
//! - In an `.mdx` page a line holding only a JSX tag (`<CodeGroup>`,
//!   `<Tab title="npm">`) is JSX, not the start of an HTML block: MDX has
//!   none, so a fence right below it, with no blank line between, opens a
//!   code block as MDX reads it (in a `.md` file GitHub reads an HTML block
//!   that swallows the fence's first lines, and the rule speaks).
//! - In an `.mdx` page a fence indented four or more spaces right under a
//!   line of JSX tags (`<Fragment slot="npm">` then `      ```shell`, blank
//!   lines between or not), or under text below such a line (`<Step>`, a
//!   sentence, then `    ```bash`: survey 73c), opens a block, and a fence of any indentation
//!   closes it: MDX has no indented code (withastro/docs' package-manager
//!   tabs, surveys 33c and 34b). In a `.md` file such a line is indented
//!   code, as GitHub reads it.
//! - In an `.mdx` page an `import`/`export` block is JavaScript until its
//!   statement ends, blank lines included (MDX's ESM): a `~~~` line in one
//!   of its template literals (the source of a `compileMdx` call) is no
//!   fence.
//! - What renders as Markdown inside such a broken Markdown example (a README
//!   template's `[Contributing Guide](CONTRIBUTING.md)`) is the example's
//!   text: this finding is the one problem, and `link/missing-path` stays
//!   silent on a missing target there (survey 32a).
//! - A byte-identical copy of another checked document (`X (1).md`,
//!   `captured_X.md`, `archive/X.md`) is judged on the original only, as for
//!   every rule: one problem, one finding.
//!
//! ## Why it matters
//! A fence that is never closed turns the rest of the document into code: its tasks, tables and references render as plain text and nothing in them is checked.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "document/unclosed-fence",
    severity: Severity::Warning,
    fixable: false,
    lead: 1,
    summary: "a fenced code block is never closed, so everything after it renders as code",
    why: "A fence that is never closed turns the rest of the document into code: its headings, tasks, tables and references render as plain text and nothing in them is checked. A fence with an info string (` ```python `) cannot close a block, so a missing closing fence before the next example swallows everything after it. When the lines such a block swallows hold a fence, whose partner after them then opens a block of its own, the later fences pair wrongly: one problem, one finding at the block left open. \
The rule speaks only when a fenced block runs to the end of the document without its closing fence and the lines it swallows hold something Markdown would have shown: a heading, a list or task item, a table row, a link or citation, or another fence meant to open a new block; the message names what it hides. \
It stays silent on a block that runs to the end with only code after its opening fence (GitHub renders it exactly as if it were closed), on a block whose info string is `text` (`txt`, `plain`, `plaintext`) opened on the document's first line that hides only what plain text writes itself, titles over rules of `-` or `=` and `- note` lines (the whole file written as text, a CODEOWNERS listing kept as `.md`: survey s118a, niagaros/repo, 1 finding judged false; an ATX heading, a task or table row or a link behind it, or a bare or code fence there, is reported), on a block closed at the end of a list item or quote, and on an indented code block. \
Inside a block whose info string names a programming language, lines that language writes anyway are not counted: `# comment` lines of shell, Python, YAML or GDScript are not headings (survey s118b, sstults/godot-world-builder: a `gdscript` block left open at the end, 1 finding judged false), and `- x` or ` * x` lines are not list items. \
It also speaks when a closed block holds a line that is itself an opening fence with an info string, at the block's level and at least as long as its opening fence (` ```json ` inside a ` ```json ` block): that line cannot close the block, so the block closes somewhere it was not meant to. In a block of code (its info string names a programming or data language: `json`, `bash`, `python`, …) the closing fence is missing before that line and the block runs on to the next bare fence: reported at the opening fence, with the line where it really closes, when the lines before that line hold a heading, a task or table row or a link (code holds none). In a Markdown or text example (` ```markdown `, ` ```text `, a bare ` ``` `, or a prompt in a template language whose body is Markdown, ` ```liquid `, ` ```jinja2 `, ` ```handlebars `: survey 101a, starter-pack-healthcloud's ` ```liquid ` prompt holding a ` ```json ` example, once reported at its own closing fence with a help that told to close that block) the nested fence's closing line closes the example early: the rest of the example renders as Markdown and the example's own closing fence opens a new block; reported at the example's opening fence when that new block hides a heading, a list, task or table row or a link of the document, and then a block left open at the end of the document is the same problem, not a second finding. When the new block is closed by the fence meant to close an example inside it (it holds one ` ```bash ` opening, an odd number of fences), the later fences pair rightly again, and a second broken example further on is a problem of its own, reported too, its links the example's text (ifm-ruta's `.upgrade/PHASE_4.md`, a migration section and then a GitHub release's notes, each a ` ```markdown ` template holding a ` ```bash ` example: survey 75b, the release notes' 2 links judged false and its broken fence unreported). \
A Markdown example (` ```markdown `, ` ```md `) whose inner block opens with a bare fence (` ``` ` followed at once by a line of text, `backups/`) is closed by that fence: the rest of the example renders as Markdown and every later fence pairs with the wrong partner down to the example's own closing fence (a bare fence followed by a blank line or the end); the finding is then at the example's opening fence, with the help to open and close it with a longer fence, and not at the later fence where the wrong pairing shows (a doubled fence, a block closed late, a block left open), when reading the example so pairs every later fence of the document rightly (survey s114a, STN-DTS/EDF-Copilot-Bootcamp's agent tasks: 2 findings that pointed at a later fence); otherwise the finding stays at that later fence. \
A doubled closing fence (```` ``` ```` on the line right after a block's closing fence) opens a new block: when that block hides a heading, \
a list, task or table row or a link of the document, the finding is at the doubled fence with the help to delete it, and the later fences that \
then pair wrongly are the same problem, not more findings. Silent when the new block is closed and opens with the same kind of line \
as the block before it (`# commit 1` then `# commit 2`, both headings of one level, or both list items or table rows): examples written \
back to back, each closed, that render as meant (survey 42c, kubernetes/community's `pull-requests.md`); and so when every such line of the new block is of a kind the block before it holds (a root shell prompt, `# cat /proc/sys/net/nf_conntrack_max` under a line of prose, after a block of `# wc -l /proc/net/nf_conntrack`: survey 67c, an SRE's notes, 1 finding judged false; `## Next steps` after `# comment` lines is the document's heading, and reported); and when the next fence after the one that closes the new block has an info string \
(` ```toml title=\"pixi.toml\" ` on the very next line, or a ` ```sql ` example a paragraph later), which only opens a block: had the second fence been a slip, the fence closing the new block would open the next example and the next fence, its closer, would be bare; blocks chained back to back, an output, then a shell block, then a TOML block (survey 45c, prefix-dev/pixi), or a ` ```sql ` query followed by its pgcli output table in a bare block (survey 49b, DataTalksClub/data-engineering-zoomcamp, 1 finding judged false); and when the very next line after that closing fence is a bare fence (blocks chained back to back, each closed where the next opens: a user story's `Given … Then` block, a block of values, a `When … Then` block; had the second fence been a slip, the next example would close on the line it opens, empty: survey 59c, thibmonier/hotones, 4 findings judged false; a new block followed by text is reported); a fence further on than the very next line counts only when the new block swallowed no example's opening fence (a fence with an info string inside it, whose closing fence the new block took for its own: Stratos' plan, survey 44b, and three more such findings judged true). \
Silent on a nested example inside a longer fence (` ````markdown ` around a ` ```json ` example) or a fence of the other character (`~~~`), on a fence line indented four or more columns past the opening fence (text of the block), on a block with another info string (` ```chatagent ` wrapping a whole agent file), and when the lines before the inner fence hold only code. A line of inline code in an example (` ```code block``` `, a backtick in what would be a backtick fence's info string) is no fence, as CommonMark reads it: it opens nothing and the example closes where its author closed it (survey s117c, klapom/AEGIS_Rag, 1 finding judged false). \
An HTML block opened by a tag with a `markdown` attribute (`<div class=\"code-example\" markdown=\"1\">`, just-the-docs' way of showing an example above its source) is parsed as Markdown by kramdown (Jekyll) and Python-Markdown's `md_in_html` (MkDocs), which end it at its closing tag: a fence on the very next line (`</div>` then ` ```markdown `) opens a code block as those sites read it, and the fences are paired that way (survey 62b, just-the-docs' typography pages, 2 findings judged false); after a `<div>` without the attribute GitHub's HTML block swallows the fence, and the rule speaks. \
On a page of an MkDocs site whose configuration turns on PyMdown's SuperFences (`pymdownx.superfences` under `markdown_extensions`), an opening fence whose quoted option holds a backtick (```` ```cpp title=\"illustrative: `GPIOA_BASE` comes from the vendor header\" ````) opens a block, as SuperFences reads its options before inline parsing, and the fences are paired that way (survey s113a, Alloy-Embedded/alloy's Material for MkDocs guide, 5 findings judged false); CommonMark forbids a backtick in a backtick fence's info string, so without SuperFences (on GitHub, in another site) the line is text, and a backtick outside a quoted option (```` ```cpp `x` ````) opens no block with it either: the rule speaks. In an `.mdx` page a line holding only a JSX tag (`<CodeGroup>`, `<Tab title=\"npm\">`) is JSX, not the start of an HTML block (MDX has none): a fence right below it, with no blank line between, opens a code block as MDX reads it; in a `.md` file GitHub reads an HTML block there that swallows the fence's first lines, and the rule speaks. \
In an `.mdx` page a fence indented four or more spaces right under a line of JSX tags (`<Fragment slot=\"npm\">` then `      ```shell`, blank lines between or not), or under lines of text below such a line (`<Step title=\"Start\">`, a sentence, then `    ```bash`: Mintlify's steps and tabs, survey 73c, pipecat-ai/docs, 2 findings judged false; in a list item the fence is the item's, and a fence at the first column after it is reported), opens a block and a fence of any indentation closes it, as MDX reads it (no indented code: withastro/docs' package-manager tabs, survey 34b); in a `.md` file such a line is indented code. In an `.mdx` page an `import`/`export` block (at the first column, after a blank line) is JavaScript until its statement ends, blank lines included, as MDX reads it: a `~~~` line in one of its template literals (the source of a `compileMdx` call) is no fence; a fence opened in the Markdown body and never closed is still reported. \
A byte-identical copy of another checked document (`X (1).md`, `captured_X.md`, a copy with the same name elsewhere) is judged on the original only, as for every rule: one problem, one finding. What renders as Markdown inside a Markdown example broken by its nested fence (a README template's `[Contributing Guide](CONTRIBUTING.md)`) is the example's text: this finding is the one problem, and `link/missing-path` stays silent on a missing target there (survey 32a). \
In an `.mdx` page a `{/*` inside fenced code or a code span is code, not the start of an MDX comment: \
`rewritePath('/docs{/*path}.md', …)` in a ` ```ts ` block hides no closing fence (survey 39c, fumadocs, 1 finding judged false); \
a `{/* … */}` comment in the page's text is still JavaScript, never rendered. \
Not checked: what the get-shit-done (GSD) installer writes into a coding agent's dot-folder, marked by its `get-shit-done/VERSION` \
(`.claude/get-shit-done/`, `.claude/commands/gsd/`, `.claude/agents/gsd-*.md`): upstream's templates, whose ` ```markdown ` examples hold \
` ```bash ` blocks, rewritten on every update (survey 71a, 10 findings judged false); the folder's other agents and commands are checked. \
Nor the agent rules BMAD's installer writes for Cline, `.clinerules/<order>-<module>-<agent>.md` (`20-bmm-analyst.md`) beside a BMAD install \
at the root (`.bmad/_cfg/manifest.yaml`) that has that module: each closes an agent's ` ```yaml ` block and then opens a stray fence of the \
installer's template (survey s123c, steven-d-pennington/symptom-tracker, 18 findings judged false); a rule of the repository's own there is checked.",
    bad: "```bash\nmake test\n\n## Launch\n\n- [ ] DNS",
    good: "```bash\nmake test\n```\n\n## Launch\n\n- [ ] DNS",
};

use std::ops::Range;
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
        "" | "md"
            | "markdown"
            | "mdx"
            | "gfm"
            | "text"
            | "txt"
            | "plain"
            | "plaintext"
            | "none"
            // Template languages of prompts, whose bodies are Markdown
            // (a ` ```liquid ` prompt holding a ` ```json ` example: survey
            // 101a, ontic-in/starter-pack-healthcloud).
            | "liquid"
            | "jinja"
            | "jinja2"
            | "j2"
            | "handlebars"
            | "hbs"
            | "mustache"
            | "njk"
            | "nunjucks"
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
            // Godot's GDScript (survey s118b, sstults/godot-world-builder's
            // `.cline/development-patterns.md`: a ` ```gdscript ` block left
            // open at the end whose `# Material availability checking` is a
            // comment).
            | "gdscript"
            | "gd"
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
    let rows: usize = sub.tables.iter().map(|t| t.rows().len() + 1).sum();
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

/// The opening tag of an HTML block whose content kramdown (Jekyll) or
/// Python-Markdown's `md_in_html` (MkDocs) parses as Markdown: a block-level
/// tag at the start of its line with a `markdown` attribute (`<div
/// class="code-example" markdown="1">`), and the tag's name.
fn markdown_html_opener(line: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r#"^ {0,3}<([A-Za-z][A-Za-z0-9-]*)\b[^>]*\smarkdown(?:\s*=\s*(?:"(?:1|block)"|'(?:1|block)'|1|block))?(?:\s[^>]*)?>\s*$"#,
        )
        .expect("valid regex")
    });
    re.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str())
}

/// The document as kramdown or Python-Markdown's `md_in_html` reads it, when
/// that differs from GitHub's reading in where a fence opens: an HTML block
/// opened by a tag with a `markdown` attribute (`<div class="code-example"
/// markdown="1">`, just-the-docs' idiom for an example shown above its
/// source) ends at its closing tag there, so a fence on the very next line
/// (`</div>` then ` ```markdown `) opens a code block; GitHub ends the HTML
/// block only at a blank line and swallows that fence, pairing every later
/// fence wrongly. Such closing tag lines are blanked (same length, so offsets
/// and lines stay) and the text parsed again; None when there is none (survey
/// 62b, just-the-docs' `docs/utilities/typography.md`, 2 findings judged
/// false). A `<div>` without the attribute is read as GitHub reads it.
fn markdown_html_reading(doc: &Document) -> Option<Document> {
    let text = &doc.text;
    // No `markdown` attribute anywhere: GitHub's reading (most documents).
    if !text.contains("markdown") {
        return None;
    }
    let lines: Vec<(usize, &str)> = {
        let mut at = 0;
        text.split_inclusive('\n')
            .map(|l| {
                let start = at;
                at += l.len();
                (start, l.trim_end_matches(['\n', '\r']))
            })
            .collect()
    };
    let mut blank: Vec<Range<usize>> = vec![];
    let mut open_fence: Option<(char, usize)> = None;
    let mut tag: Option<(String, usize)> = None;
    for (i, (start, line)) in lines.iter().enumerate() {
        if let Some((c, n)) = open_fence {
            if fence(line)
                .is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && tail.trim().is_empty())
            {
                open_fence = None;
            }
            continue;
        }
        if let Some((name, depth)) = tag.as_mut() {
            let t = line.trim();
            let lower = t.to_ascii_lowercase();
            if lower.starts_with(&format!("<{name}")) && !lower.contains(&format!("</{name}")) {
                *depth += 1;
            } else if lower == format!("</{name}>") {
                if *depth > 0 {
                    *depth -= 1;
                } else {
                    tag = None;
                    if lines
                        .get(i + 1)
                        .is_some_and(|(_, next)| fence(next).is_some())
                    {
                        blank.push(*start..start + line.len());
                    }
                    continue;
                }
            }
        }
        if let Some((c, n, _)) = fence(line) {
            open_fence = Some((c, n));
            continue;
        }
        if tag.is_none()
            && let Some(name) = markdown_html_opener(line)
        {
            tag = Some((name.to_ascii_lowercase(), 0));
        }
    }
    if blank.is_empty() {
        return None;
    }
    let mut new = text.clone();
    for r in blank {
        new.replace_range(r.clone(), &" ".repeat(r.len()));
    }
    Some(crate::document::parse(&doc.path, new))
}

/// The document as PyMdown's SuperFences reads it, on a page of an MkDocs
/// site that turns it on (`superfences`), when that differs from GitHub's
/// reading: an opening backtick fence whose info string holds a backtick
/// inside a quoted option (`` ```cpp title="illustrative: `GPIOA_BASE`
/// comes from the vendor header" ``) is no fence to CommonMark, which
/// forbids a backtick in a backtick fence's info string, so GitHub shows
/// the line as text and pairs every later fence wrongly; SuperFences
/// matches the options (`name="…"`, `name='…'`, or `{…}` attributes)
/// before inline parsing and opens the block there. Such backticks are
/// made `'` (same length, so offsets and lines stay) and the text parsed
/// again; None when there is none (survey s113a, Alloy-Embedded/alloy's
/// Material for MkDocs guide, 5 findings judged false). A backtick outside
/// a quoted option (`` ```cpp `x` ``) opens no block there either, and the
/// same line on a page no such site serves is read as GitHub reads it.
fn superfences_reading(doc: &Document) -> Option<Document> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r#"^[ \t]*(?:\{[^\n]*\}|\.?[\w#.+-]*[ \t]*(?:[A-Za-z][A-Za-z0-9_]*(?:=(?:"[^"]*"|'[^']*'))?[ \t]*)*)$"#,
        )
        .expect("valid regex")
    });
    let text = &doc.text;
    let mut ticks: Vec<usize> = vec![];
    let mut open: Option<(char, usize)> = None;
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let Some((c, n, tail)) = fence(line) else {
            continue;
        };
        if let Some((oc, on)) = open {
            if c == oc && n >= on && tail.trim().is_empty() {
                open = None;
            }
            continue;
        }
        if c == '`' && tail.contains('`') {
            if !re.is_match(tail) {
                continue; // text to SuperFences too
            }
            let from = start + line.len() - tail.len();
            ticks.extend(tail.match_indices('`').map(|(i, _)| from + i));
        }
        open = Some((c, n));
    }
    if ticks.is_empty() {
        return None;
    }
    let mut bytes = text.clone().into_bytes();
    for i in ticks {
        bytes[i] = b'\'';
    }
    let new = String::from_utf8(bytes).ok()?;
    Some(crate::document::parse(&doc.path, new))
}

pub fn check(doc: &Document, superfences: bool, out: &mut Vec<Finding>) {
    let fenced = if superfences {
        superfences_reading(doc)
    } else {
        None
    };
    let doc = fenced.as_ref().unwrap_or(doc);
    let reread = markdown_html_reading(doc);
    let doc = reread.as_ref().unwrap_or(doc);
    let content_end = doc.text.trim_end().len();
    // The block a broken example's own closing fence opened, when the
    // fences pair rightly after it: reported with the example, not again.
    let mut stray_at = None;
    // The end of a Markdown example broken by its inner block's bare
    // opening fence (see [`bare_nested_example`]): the blocks up to there
    // are its symptoms, reported with it.
    let mut example_end = None;
    for (bi, block) in doc.code_blocks.iter().enumerate() {
        if stray_at == Some(block.start) || example_end.is_some_and(|e| block.start < e) {
            continue;
        }
        if let Some(f) = doubled(doc, bi) {
            if let Some((f, end)) = bare_nested_example(doc, bi) {
                out.push(f);
                example_end = Some(end);
                continue;
            }
            // Every fence after it pairs with the wrong partner: one problem.
            out.push(f);
            return;
        }
        if block.end >= content_end
            && let Some(f) = unclosed(doc, block)
        {
            if let Some((f, end)) = bare_nested_example(doc, bi) {
                out.push(f);
                example_end = Some(end);
                continue;
            }
            out.push(f);
            continue;
        }
        if let Some((finding, flips, region)) = closed_late(doc, bi) {
            if let Some((f, end)) = bare_nested_example(doc, bi) {
                out.push(f);
                example_end = Some(end);
                continue;
            }
            out.push(finding);
            if flips {
                // Every fence after it pairs with the wrong partner: one
                // problem, reported once (an unclosed block at the end
                // included).
                return;
            }
            stray_at = region.map(|r| r.end);
        }
    }
}

/// The Markdown examples this rule reports as broken by a nested fence (a
/// ` ```markdown ` block holding a ` ```bash ` example, whose bare closing
/// fence ends the outer block early): the byte range from each example's
/// opening fence to its own closing fence, as its author meant it. What
/// renders as Markdown inside it (a README template's `[Contributing
/// Guide](CONTRIBUTING.md)`) is the example's text, not the document's: the
/// reference rules do not report a missing target there, since the broken
/// fence is the one problem (survey 32a, UNS-ClaudeJP's
/// `documentation-specialist.md`, 3 findings judged false).
pub fn broken_examples(doc: &Document) -> Vec<Range<usize>> {
    let reread = markdown_html_reading(doc);
    let doc = reread.as_ref().unwrap_or(doc);
    let content_end = doc.text.trim_end().len();
    let mut regions = Vec::new();
    let mut stray_at = None;
    for (bi, block) in doc.code_blocks.iter().enumerate() {
        if stray_at == Some(block.start) {
            continue;
        }
        if doubled(doc, bi).is_some() {
            break;
        }
        if block.end >= content_end && unclosed(doc, block).is_some() {
            continue;
        }
        if let Some((_, flips, region)) = closed_late(doc, bi) {
            stray_at = region.as_ref().map(|r| r.end);
            let from = region.as_ref().map_or(block.start, |r| r.end);
            regions.extend(region);
            if flips {
                regions.extend(templates_after(&doc.text, from));
                break;
            }
        }
    }
    regions
}

/// The Markdown examples of a document from byte `from` on, read line by
/// line as their author meant them, once a broken example made every later
/// fence pair with the wrong partner (see [`closed_late`]): each runs from
/// its opening fence (` ```markdown `, ` ```md `) to the last bare fence of
/// its kind before the next such opening fence (or the end). A template
/// collection's examples each hold ` ```bash ` blocks and bare output
/// blocks of their own, so no pairing of fences inside one can be trusted,
/// but the document's text between two examples ends where the next one
/// opens (survey 87a, bradleyfay/autodoc-mcp's `diataxis-templates.md`: 15
/// links of later templates, rendered as the document's text, judged false;
/// survey 86b, axiomantic/spellbook's README templates). A link before the
/// first such fence, and after an example's last bare fence, is the
/// document's own, and judged.
fn templates_after(text: &str, from: usize) -> Vec<Range<usize>> {
    let Some(rest) = text.get(from..) else {
        return Vec::new();
    };
    // (start, end, fence char, length, bare, opens a Markdown example)
    let mut fences: Vec<(usize, usize, char, usize, bool, bool)> = Vec::new();
    let mut at = from;
    for line in rest.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if indent(line) > 3 {
            continue;
        }
        let Some((c, n, info)) = fence(line.trim_end()) else {
            continue;
        };
        let lang = info
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_start_matches('{')
            .to_ascii_lowercase();
        let bare = info.trim().is_empty();
        let markdown = matches!(lang.as_str(), "markdown" | "md" | "mdx" | "gfm");
        fences.push((start, at, c, n, bare, markdown));
    }
    let mut out = Vec::new();
    for (i, &(start, _, c, n, _, markdown)) in fences.iter().enumerate() {
        if !markdown {
            continue;
        }
        let next = fences[i + 1..]
            .iter()
            .find(|f| f.5)
            .map_or(text.len(), |f| f.0);
        if let Some(close) = fences[i + 1..]
            .iter()
            .rev()
            .find(|f| f.0 < next && f.2 == c && f.3 >= n && f.4)
        {
            out.push(start..close.1);
        }
    }
    out
}

/// Whether this rule reports `block` of `doc` as the block that a broken
/// Markdown example's own closing fence opens (a ` ```markdown ` example
/// holding a ` ```python ` one: the example ends at the inner closing fence,
/// and its own closing fence opens `block`, which renders the document's
/// text after it as code). The finding on the example names what that block
/// hides, its headings among them: one problem (survey 54b,
/// Jmiracle76/orchestrator-agent's `contributing.md`, whose table of
/// contents links `#pull-request-process`, a heading inside such a block).
pub fn reports_stray_block(doc: &Document, block: &Range<usize>) -> bool {
    broken_examples(doc)
        .iter()
        .any(|example| example.end == block.start)
}

/// A doubled closing fence: block `bi` is opened by a bare fence on the line
/// right after the previous block's closing fence (```` ``` ```` on two lines
/// in a row), and what it holds is Markdown of the document (a heading, a
/// list, task or table row, a link): the second fence was meant to close the
/// same block, and opens a new one that turns the document into code until
/// the fence meant to open the next example.
fn doubled(doc: &Document, bi: usize) -> Option<Finding> {
    let text = &doc.text;
    let prev = doc.code_blocks.get(bi.checked_sub(1)?)?;
    let block = doc.code_blocks.get(bi)?;
    let (pc, pn, _, pfirst, prest) = opened(text.get(prev.clone())?)?;
    let is_close = |l: &str, c: char, n: usize| {
        fence(l).is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && tail.trim().is_empty())
    };
    // The previous block closed with a bare fence of its own.
    if !prest.last().is_some_and(|l| is_close(l, pc, pn)) {
        return None;
    }
    let (c, n, info, first, rest) = opened(text.get(block.clone())?)?;
    if c != pc || !info.trim().is_empty() {
        return None;
    }
    let (prev_line, _) = doc.line_col(prev.start);
    let close_line = prev_line + prest.len();
    let (line, _) = doc.line_col(block.start);
    if line != close_line + 1 || indent(first) != indent(pfirst) {
        return None;
    }
    let shut = rest.len() > 1 && rest.last().is_some_and(|l| is_close(l, c, n));
    let inside = if shut {
        &rest[..rest.len() - 1]
    } else {
        &rest[..]
    };
    let parts: Vec<_> = hidden(&inside.join("\n"), "")
        .into_iter()
        .filter(|(_, one, _)| *one != "code fence")
        .collect();
    if parts.is_empty() {
        return None;
    }
    // Examples written back to back, each closed: the new block opens with
    // the same kind of line as the one before it (`# commit 1` then
    // `# commit 2`), so it is the next example, not the document's text.
    let first_kind = |lines: &[&str]| {
        lines
            .iter()
            .find(|l| !l.trim().is_empty())
            .and_then(|l| markdown_kind(l))
    };
    let prev_inside = &prest[..prest.len().saturating_sub(1)];
    if shut && first_kind(inside).is_some() && first_kind(inside) == first_kind(prev_inside) {
        return None;
    }
    // The same when every Markdown-looking line of the new block is of a
    // kind the block before it holds as code: a root shell prompt
    // `# cat /proc/sys/net/nf_conntrack_max` under a line of prose, after a
    // block of `# wc -l /proc/net/nf_conntrack` (survey 67c, an SRE's notes
    // written as blocks back to back, 1 finding judged false). A heading of
    // another level (`## Next steps` after `# comment` lines) is the
    // document's, and the doubling stands.
    let kinds = |lines: &[&str]| -> Vec<(char, usize)> {
        lines.iter().filter_map(|l| markdown_kind(l)).collect()
    };
    let new_kinds = kinds(inside);
    if shut && !new_kinds.is_empty() && {
        let old_kinds = kinds(prev_inside);
        new_kinds.iter().all(|k| old_kinds.contains(k))
    } {
        return None;
    }
    // Blocks written as meant: the next fence after the one that closes the
    // new block has an info string, so it only opens a block (` ```toml
    // title="pixi.toml" ` on the very next line, or a ` ```sql ` example a
    // paragraph later). Had the second fence been a slip, that closing fence
    // was meant to open the next example, whose own closing fence, the next
    // fence, would be bare: the author wrote the new block on purpose (survey
    // 45c, prefix-dev/pixi's `environment_variables.md`, an output block,
    // then a shell block, then a TOML block; survey 49b,
    // DataTalksClub/data-engineering-zoomcamp's `solutions.md`, a ` ```sql `
    // query, then its pgcli output table in a bare block).
    // A fence further on counts only when the new block swallowed no
    // example's opening fence (a fence with an info string inside it): one
    // that did took the next example's closing fence for its own, and the
    // doubling stands (survey 44b, Stratos' plan: a ` ```sql ` example
    // swallowed, the sections around it turned into code).
    let after = text.get(block.end..).unwrap_or("");
    let mut fences = after
        .strip_prefix('\n')
        .unwrap_or(after)
        .lines()
        .enumerate()
        .filter_map(|(i, l)| fence(l).map(|f| (i, f)))
        .filter(|(_, (c2, n2, _))| *c2 == c && *n2 >= n);
    let swallowed_opener = inside.iter().any(|l| {
        fence(l).is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && !tail.trim().is_empty())
    });
    // A bare fence on the very next line counts too: blocks chained back to
    // back (a `Given … Then` block, a block of values, a `When … Then`
    // block, each closed by the line before the next opens: survey 59c,
    // thibmonier/hotones' user stories, 4 findings judged false). Had the
    // second fence been a slip, the fence closing the new block would open
    // an example that the next line closes at once, an empty block nobody
    // writes.
    if shut
        && fences.next().is_some_and(|(i, (_, _, tail))| {
            i == 0 || (!tail.trim().is_empty() && !swallowed_opener)
        })
    {
        return None;
    }
    let marker: String = std::iter::repeat_n(c, n).collect();
    let upto = if shut {
        format!(
            "its {} lines up to the fence on line {} render as code",
            inside.len(),
            line + rest.len()
        )
    } else {
        format!(
            "the {} lines after it render as code to the end of the document",
            inside.len()
        )
    };
    let later = if shut {
        "; every later fence pairs with the wrong partner"
    } else {
        ""
    };
    Some(
        Finding::new(
            &RULE,
            block.start..block.start + first.len(),
            format!(
                "doubled closing fence: line {close_line} already closes the block opened on line {prev_line}, so the fence {marker} on line {line} opens a new block: {upto}, hiding {}{later}",
                describe(&parts)
            ),
        )
        .help(format!(
            "delete the fence on line {line}: the block it was meant to close ends on line {close_line}"
        )),
    )
}

/// A Markdown example (` ```markdown `) whose inner block opens with a bare
/// fence, which closes the example instead (` ```markdown `, `## Structure`,
/// ```` ``` ````, `backups/`, …): the rest of the example renders as
/// Markdown and every later fence pairs with the wrong partner, down to the
/// example's own closing fence. The block at `bi`, where the wrong pairing
/// shows (a doubled fence, a block closed late, a block left open), is
/// then a symptom: the one finding is at the example's opening fence, whose
/// fence must be longer (survey s114a, STN-DTS/EDF-Copilot-Bootcamp's agent
/// tasks, 2 findings that pointed at a later fence and told to delete it).
///
/// Read as the author meant: inside the example, a bare fence followed at
/// once by a line of text (not blank, not a fence) opens an inner block and
/// the next bare fence closes it; a fence with an info string opens one too;
/// a bare fence followed by a blank line (or the end) closes the example.
/// Reported only when that reading closes the example at or after the
/// symptom and pairs every later fence of the document rightly.
fn bare_nested_example(doc: &Document, bi: usize) -> Option<(Finding, usize)> {
    let text = &doc.text;
    let symptom_line = doc.line_col(doc.code_blocks.get(bi)?.start).0;
    // 0-based line `i`, as the document's line index counts them.
    let count = doc.lines.line_starts();
    let line_at = |i: usize| {
        (i < count).then(|| {
            let start = doc.lines.line_start(i + 1);
            let end = doc.lines.line_end(text, i + 1).max(start);
            text.get(start..end).unwrap_or("")
        })
    };
    for example in doc.code_blocks.iter().take(bi).rev() {
        let Some((c, n, info, first, rest)) = text.get(example.clone()).and_then(opened) else {
            continue;
        };
        if !matches!(language(info).as_str(), "markdown" | "md" | "mdx" | "gfm") {
            continue;
        }
        let open_line = doc.line_col(example.start).0;
        // Closed by a bare fence, on the last line of the block.
        let Some(last) = rest.last() else {
            continue;
        };
        if !fence(last).is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && tail.trim().is_empty()) {
            continue;
        }
        let close_line = open_line + rest.len();
        if close_line >= symptom_line {
            continue;
        }
        let base = indent(first);
        // A backtick fence whose info string holds a backtick is a line of
        // inline code, no fence (see [`info_fence`]).
        let fence_at = |i: usize| {
            let l = line_at(i)?;
            (indent(l) <= base + 3)
                .then(|| fence(l))
                .flatten()
                .filter(|(c2, _, tail)| !(*c2 == '`' && tail.contains('`')))
        };
        let opens_inner = |i: usize| {
            line_at(i + 1).is_some_and(|next| !next.trim().is_empty() && fence_at(i + 1).is_none())
        };
        // The author's reading, from the example's first line.
        let mut inner = None;
        let mut end = None;
        // Where the inner block that the fence closing the example belongs
        // to opens (0-based), by that reading.
        let mut inner_open = None;
        let mut close_opens_inner = false;
        for i in open_line..count {
            let Some((c2, n2, tail)) = fence_at(i) else {
                continue;
            };
            if c2 != c {
                continue;
            }
            let bare = tail.trim().is_empty();
            match inner {
                Some((m, o)) if bare && n2 >= m => {
                    if i + 1 == close_line {
                        inner_open = Some(o);
                    }
                    inner = None;
                }
                Some(_) => {}
                None if !bare => inner = Some((n2, i)),
                None if n2 >= n && opens_inner(i) => {
                    close_opens_inner |= i + 1 == close_line;
                    inner = Some((n2, i));
                }
                None if n2 >= n => {
                    end = Some(i);
                    break;
                }
                None => {}
            }
        }
        let end = end?;
        if end + 1 == close_line {
            // The nearest example closed where its author meant it to: the
            // symptom is not its.
            return None;
        }
        if end + 1 < symptom_line {
            return None;
        }
        // After it, every fence pairs rightly, up to the next Markdown
        // example (judged on its own): none is left open.
        let mut open: Option<(char, usize)> = None;
        for l in (end + 1..count).filter_map(line_at) {
            if indent(l) > 3 && open.is_none() {
                continue;
            }
            let Some((c2, n2, tail)) =
                fence(l).filter(|(c2, _, tail)| !(*c2 == '`' && tail.contains('`')))
            else {
                continue;
            };
            match open {
                None if matches!(language(tail).as_str(), "markdown" | "md" | "mdx" | "gfm") => {
                    break;
                }
                None => open = Some((c2, n2)),
                Some((c1, n1)) => {
                    if c2 == c1 && n2 >= n1 && tail.trim().is_empty() && indent(l) <= 3 {
                        open = None;
                    }
                }
            }
        }
        if open.is_some() {
            return None;
        }
        let what = match inner_open {
            Some(o) if !close_opens_inner => format!(
                "on line {close_line} by the closing fence of the block it holds from line {}",
                o + 1
            ),
            _ => format!("by the bare fence on line {close_line}, meant to open a block inside it"),
        };
        let marker: String = std::iter::repeat_n(c, n).collect();
        let longer: String = std::iter::repeat_n(c, n + 1).collect();
        let end_offset = doc.lines.line_end(text, end + 1);
        return Some((
            Finding::new(
                &RULE,
                example.start..example.start + first.len(),
                format!(
                    "code fence {marker}{} is closed {what}: the rest of the example renders as Markdown and every later fence pairs with the wrong partner, down to the example's closing fence on line {}",
                    info.trim(),
                    end + 1
                ),
            )
            .help(format!(
                "open and close the example with a longer fence: {longer}{} on line {open_line} and {longer} on line {}",
                info.trim(),
                end + 1
            )),
            end_offset,
        ));
    }
    None
}

/// The kind of Markdown line `l` would be outside a block: an ATX heading
/// (with its level), a list item or a table row.
fn markdown_kind(l: &str) -> Option<(char, usize)> {
    let t = l.trim_start();
    let hashes = t.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t']) {
        return Some(('#', hashes));
    }
    if list_item_re().is_match(l) {
        return Some(('-', 0));
    }
    t.starts_with('|').then_some(('|', 0))
}

/// The fence opening a block and the block's lines after it: `(char, length,
/// info, first line, rest)`; None for an indented code block.
fn opened(body: &str) -> Option<(char, usize, &str, &str, Vec<&str>)> {
    let mut lines = body.lines();
    let first = lines.next()?;
    let (c, n, info) = fence(first)?;
    Some((c, n, info, first, lines.collect()))
}

/// Whether line `l` is a fence of `c` at least `n` long with an info string:
/// it cannot close a block opened by `n` × `c` (only a bare fence closes).
///
/// A backtick fence whose info string holds a backtick is no fence (the
/// CommonMark rule): ` ```code block``` ` is a line of inline code, the
/// example's own text, and leaves the block as it stands (survey s117c,
/// klapom/AEGIS_Rag's `SKILL_MANAGEMENT_GUIDE.md`, a ` ```markdown ` list of
/// the syntax an editor supports, judged false).
fn info_fence(l: &str, c: char, n: usize) -> bool {
    fence(l).is_some_and(|(c2, n2, tail)| {
        c2 == c && n2 >= n && !tail.trim().is_empty() && !(c == '`' && tail.contains('`'))
    })
}

/// The width of a line's leading spaces (a tab counts four).
fn indent(l: &str) -> usize {
    l.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// Info strings that name a language of code or data, in which a Markdown
/// heading, table or task item is never written: a block of one of them that
/// holds such lines was left open.
fn code_language(lang: &str) -> bool {
    hash_comments(lang)
        || matches!(
            lang,
            "json"
                | "jsonc"
                | "json5"
                | "javascript"
                | "js"
                | "mjs"
                | "typescript"
                | "ts"
                | "tsx"
                | "jsx"
                | "go"
                | "golang"
                | "rust"
                | "rs"
                | "java"
                | "kotlin"
                | "kt"
                | "swift"
                | "c"
                | "h"
                | "cpp"
                | "c++"
                | "cs"
                | "csharp"
                | "c#"
                | "fsharp"
                | "php"
                | "scala"
                | "dart"
                | "lua"
                | "sql"
                | "xml"
                | "html"
                | "css"
                | "scss"
                | "less"
                | "vue"
                | "svelte"
                | "http"
                | "diff"
                | "protobuf"
                | "proto"
                | "csv"
        )
}

/// A block closed far from where it was meant to close: it holds a line that
/// is itself an opening fence with an info string (` ```json ` inside a
/// ` ```json ` block), which cannot close it. `(finding, flips)`, `flips`
/// when every later fence pairs with the wrong partner.
///
/// - A block of code (its info string names a language: ` ```json `): its
///   closing fence is missing before that line, so the block runs on to the next bare fence (the one meant to close
///   the inner example). Reported when the lines before that line hold
///   Markdown the block hides (a heading, a task or table row, a link).
/// - A Markdown or text example (` ```markdown `, ` ```text `, a bare
///   ` ``` `): a fence nested in it
///   closes it early, at the inner example's closing fence; the rest of the
///   example renders as Markdown and its own closing fence opens a new block.
///   Reported when that new block hides Markdown of the document.
fn closed_late(doc: &Document, bi: usize) -> Option<(Finding, bool, Option<Range<usize>>)> {
    let text = &doc.text;
    let block = doc.code_blocks.get(bi)?;
    let body = text.get(block.clone())?;
    let (c, n, info, first, rest) = opened(body)?;
    let closed = rest.len() > 1
        && rest
            .last()
            .and_then(|l| fence(l))
            .is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && tail.trim().is_empty());
    if !closed {
        return None;
    }
    // A fence of the block's own level: indented at most 3 columns more
    // than its opening fence (deeper, it is the block's text).
    let level = indent(first) + 3;
    let inner = rest
        .iter()
        .position(|l| indent(l) <= level && info_fence(l, c, n))?;
    let (first_line, _) = doc.line_col(block.start);
    let inner_line = first_line + 1 + inner;
    let close_line = first_line + rest.len();
    let marker: String = std::iter::repeat_n(c, n).collect();
    let inner_fence = rest[inner].trim_start_matches([' ', '\t', '>']).trim_end();
    let lang = language(info);
    let opener = first.trim_start_matches([' ', '\t', '>']).trim_end();
    let span = block.start..block.start + first.len();
    if markdown_like(&lang) {
        // The example's own closing fence opens the next bare-fenced block.
        let (si, stray) = doc
            .code_blocks
            .iter()
            .enumerate()
            .skip(bi + 1)
            .find(|(_, b)| {
                text.get((*b).clone())
                    .and_then(opened)
                    .is_some_and(|(c2, _, info2, _, _)| c2 == c && info2.trim().is_empty())
            })?;
        let stray_body = text.get(stray.clone())?;
        let (_, _, _, _, stray_rest) = opened(stray_body)?;
        // Its lines, without the fence that closes it.
        let shut = stray_rest.len() > 1
            && stray_rest
                .last()
                .and_then(|l| fence(l))
                .is_some_and(|(c2, _, tail)| c2 == c && tail.trim().is_empty());
        let inside = if shut {
            &stray_rest[..stray_rest.len() - 1]
        } else {
            &stray_rest[..]
        };
        // Whether later fences pair with the wrong partners. The fence that
        // closes the new block was meant to close an example inside it when
        // the block holds an odd number of fences of its kind (a ` ```bash `
        // example opened between the two: ifm-ruta's `.upgrade/PHASE_4.md`,
        // survey 75b, whose second broken ` ```markdown ` template, a
        // GitHub release's notes, went unreported and its links were
        // judged); with none, it was meant to open the next block, and every
        // later fence pairs with the wrong one.
        let restored = shut
            && inside
                .iter()
                .filter(|l| fence(l).is_some_and(|(c2, _, _)| c2 == c))
                .count()
                % 2
                == 1;
        // What Markdown of the document it hides (a fence there is the next
        // example's, not structure).
        let parts: Vec<_> = hidden(&inside.join("\n"), "")
            .into_iter()
            .filter(|(_, one, _)| *one != "code fence")
            .collect();
        let (stray_line, _) = doc.line_col(stray.start);
        let content_end = text.trim_end().len();
        let never_closed = doc.code_blocks[si..].iter().find(|b| {
            b.end >= content_end
                && text
                    .get((*b).clone())
                    .and_then(opened)
                    .is_some_and(|(c2, n2, _, _, r)| {
                        !r.last().is_some_and(|l| {
                            fence(l).is_some_and(|(c3, n3, t)| {
                                c3 == c2 && n3 >= n2 && t.trim().is_empty()
                            })
                        })
                    })
        });
        let stray_lines = stray_rest.len();
        // A new block that hides nothing is reported only for the wrong
        // pairs after it, as before.
        let flips = !restored || parts.is_empty();
        let consequence = if !parts.is_empty() {
            let tail = if flips && never_closed.is_some() {
                "; later fences pair with the wrong ones, and the document ends inside a code block"
            } else {
                ""
            };
            format!(
                "opens a new block whose {stray_lines} lines render as code, hiding {}{tail}",
                describe(&parts)
            )
        } else {
            // The new block hides a paragraph only, but every later fence
            // pairs with the wrong partner, and the last one opens a block
            // that runs to the end (jpdas `TOOL_FALLBACKS.md`: reported at
            // that last fence, whose closing fence would not mend it).
            let last = never_closed.filter(|b| b.start != stray.start)?;
            let (_, _, _, _, last_rest) = text.get(last.clone()).and_then(opened)?;
            let last_parts: Vec<_> = hidden(&last_rest.join("\n"), "")
                .into_iter()
                .filter(|(_, one, _)| *one != "code fence")
                .collect();
            if last_parts.is_empty() {
                return None;
            }
            let (last_line, _) = doc.line_col(last.start);
            format!(
                "opens a new block; later fences pair with the wrong ones, and the fence on line {last_line} opens a block that runs to the end of the document, hiding {}",
                describe(&last_parts)
            )
        };
        let help = if info.trim().is_empty() {
            format!(
                "if the block is an example that holds the fenced block of line {inner_line}, open and close it with a longer fence ({marker}{c} … {marker}{c}); otherwise close it before line {inner_line}, or remove its opening fence if it is a stray"
            )
        } else {
            format!(
                "open and close the example with a longer fence ({marker}{c} … {marker}{c}), so the fences inside it stay part of it"
            )
        };
        return Some((
            Finding::new(
                &RULE,
                span,
                format!(
                    "code fence {opener} holds the fence {inner_fence} on line {inner_line}, which cannot nest inside it: the block ends on line {close_line}, where that inner example closes, so the rest of the example renders as Markdown and its closing fence on line {stray_line} {consequence}"
                ),
            )
            .help(help),
            flips,
            // The example as its author meant it: from its opening fence to
            // its own closing fence, which opened the stray block.
            Some(block.start..stray.start),
        ));
    }
    if !code_language(&lang) {
        // Another wrapper (` ```chatagent ` around a whole agent file):
        // nothing says which fence was meant to close what.
        return None;
    }
    let (before_lines, before_verb, them) = if inner == 1 {
        ("line".to_string(), "renders", "it")
    } else {
        (format!("{inner} lines"), "render", "them")
    };
    let before = rest[..inner].join("\n");
    let parts = hidden(&before, &lang);
    if parts.is_empty() {
        return None;
    }
    // A fence among the swallowed lines (`~~~` opening an example) had its
    // partner after them: that partner now opens a block, and every later
    // fence pairs with the wrong one. One problem, reported here once (survey
    // 36d, retype's `code-block.md`: a second finding at the `~~~` that was
    // meant to close the swallowed one).
    let flips = parts.iter().any(|(_, one, _)| *one == "code fence");
    let after = if flips {
        "; the fences they hide had their partners after them, so later fences pair with the wrong ones"
    } else {
        ""
    };
    Some((
        Finding::new(
            &RULE,
            span,
            format!(
                "code fence {opener} is closed only on line {close_line}: the fence {inner_fence} on line {inner_line} has an info string, so it cannot close the block, and the {before_lines} before it {before_verb} as code, hiding {}; nothing in {them} is checked{after}",
                describe(&parts)
            ),
        )
        .help(format!(
            "close the block with a line holding only {marker} where its code ends, before line {inner_line}; if line {inner_line} starts an example meant to sit inside this block, open this block with a longer fence ({marker}{c})"
        )),
        flips,
        None,
    ))
}

/// Whether this rule reports `block` of `doc` as closed late: a fence with
/// an info string inside it could not close it, and the lines up to its
/// real closing fence render as code (see [`closed_late`]).
pub fn reports_closed_late(doc: &Document, block: &std::ops::Range<usize>) -> bool {
    doc.code_blocks
        .iter()
        .position(|b| b == block)
        .is_some_and(|bi| closed_late(doc, bi).is_some())
}

/// Whether this rule reports `block` of `doc` as left open: it runs to the
/// end of the document without its closing fence and swallows more than
/// code (see [`unclosed`]).
pub fn reports_unclosed(doc: &Document, block: &std::ops::Range<usize>) -> bool {
    block.end >= doc.text.trim_end().len() && unclosed(doc, block).is_some()
}

/// Whether `block`, left open, is the whole document written as plain text:
/// a ` ```text ` fence on the document's first line (a CODEOWNERS listing
/// kept as `.md`: survey s118a, niagaros/repo's `.github/CODEOWNERS.md`, 1
/// finding judged false) that hides only lines plain text writes itself: a
/// title over a rule of `-` or `=` (a setext heading to Markdown) and
/// `- note` lines. GitHub renders the file as its author wrote it; an ATX
/// heading, a task or table row, a link or a fence in it is Markdown left
/// behind an open block, and reported.
fn whole_text_document(
    doc: &Document,
    block: &std::ops::Range<usize>,
    lang: &str,
    parts: &[(usize, &str, &str)],
) -> bool {
    matches!(lang, "text" | "txt" | "plain" | "plaintext")
        && doc
            .text
            .get(..block.start)
            .is_some_and(|t| t.trim().is_empty())
        && parts
            .iter()
            .all(|(_, one, _)| matches!(*one, "heading" | "list item"))
        && !doc.text[block.clone()].lines().skip(1).any(|l| {
            let t = l.trim_start();
            t.starts_with('#') && {
                let h = t.trim_start_matches('#');
                t.len() - h.len() <= 6 && (h.is_empty() || h.starts_with([' ', '\t']))
            }
        })
}

/// A block that runs to the end of the document without its closing fence,
/// when what it swallows is not code only.
fn unclosed(doc: &Document, block: &std::ops::Range<usize>) -> Option<Finding> {
    let body = doc.text.get(block.clone())?;
    let (c, n, info, first, rest) = opened(body)?;
    let closes = |l: &str| {
        fence(l).is_some_and(|(c2, n2, tail)| c2 == c && n2 >= n && tail.trim().is_empty())
    };
    if rest.last().is_some_and(|l| closes(l)) {
        return None;
    }
    let swallowed = rest.len();
    if swallowed == 0 {
        return None;
    }
    let lang = language(info);
    let after = body.get(first.len()..).unwrap_or("");
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    // Code to the end of the document renders as if the block were closed.
    let parts = hidden(after, &lang);
    if parts.is_empty() || whole_text_document(doc, block, &lang, &parts) {
        return None;
    }
    let (first_line, _) = doc.line_col(block.start);
    // A fence with an info string inside the block: the likely culprit.
    let hint = rest
        .iter()
        .position(|l| info_fence(l, c, n))
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
    Some(
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
    )
}
