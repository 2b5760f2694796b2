//! `table/column-count`: a row has more or fewer cells than the header.
//!
//! ## When it speaks
//! In every document (like a broken link, lost text is a rendering fault
//! whatever the document is about): on a row with more cells than the header
//! where an extra cell holds text. GitHub drops it: the text silently
//! disappears. The usual cause is a `|` inside a code span (`` `a | b` ``),
//! which splits the cell unless escaped as `\|`.
//!
//! A template's actions alone before a row's first pipe
//! (`{{range .Items}}| a | b |`, under a header written with a leading pipe)
//! are no cell: the template runs before any Markdown is read (survey 96a).
//!
//! An unfenced drawing (a wireframe in box art: `+---+` borders, `┌─┐`, rows
//! of dashes) that a `| ---- |` line turned into a table is one finding for
//! the whole table, at its first row that loses text: the lines look like a
//! drawing, and the help says to put them in a code fence, not to add a
//! column. Recognised by a box border right above the header, among the rows
//! or right after the table, or, in a table of one column, by a row that is
//! only a rule (`| ------ |`, `|----+----|`).
//!
//! Text written after a row's closing pipe (`| … | ✅ |User：note`, in a
//! table whose header closes with a pipe) is one extra cell GitHub drops:
//! reported on its row, and when five rows or more of one document carry such
//! a note, one finding for them all (one habit, one finding) at the first,
//! with their count and lines.
//!
//! ## When it stays silent
//! - Text after a row's closing pipe in a coding agent's prompt or command
//!   file (`*.prompt.md`, `.claude/commands/`, `.github/prompts/`, …): the
//!   agent reads the file raw, and the text is its instruction (spec-kit's
//!   stock `/clarify` prompt: `| C | <Option C description> | (add D/E as
//!   needed up to 5)`; surveys 30a and 32a). A whole extra cell there
//!   (`| C | x | y |`) is still reported.
//! - Extra cells that are all empty, a lone dash or only HTML comments
//!   (`| a | b | |`, `| a | b | - |`, `| a | b | <!-- tool:ignore -->`):
//!   GitHub drops cells past the header's count, and a filler dash or a
//!   comment (a tool's directive) carries nothing a reader sees, so the table
//!   renders as intended. So do invisible characters alone (a zero-width
//!   space after the closing pipe, `| a | b |\u{200B}`, pasted from a rich
//!   editor: apache/rocketmq-site's best-practice tables, survey 76d).
//! - In a page of an MkDocs site (or a Zensical one), a `|` inside a code span
//!   (`` `Sequence[float] | None` ``): Python-Markdown, which renders the
//!   site, does not split a cell there, so the row has the cells it shows
//!   (GitHub-rendered documents are read as GitHub reads them). Likewise in
//!   a page of a VuePress 1 site, rendered by markdown-it 8 (survey 46a).
//! - In a page of a Retype site (`retype.yml`), a `|` inside a component's
//!   brackets (`[!badge Approved|success]`, `[!button Buy|info](/buy)`) or
//!   a template expression (`{{ $i.tags | array.join ", " }}`): Retype reads
//!   components and templates before it splits the row, so the row has the
//!   cells it shows (survey 36d: retypeapp/retype, 43 rows). An extra cell
//!   of its own there is still reported.
//! - In a note of a Quartz site (the `content/` beside a `quartz.config.ts`
//!   that turns on `ObsidianFlavoredMarkdown`), a bare `|` inside a
//!   wikilink (`[[page|alias]]`, `![[a.png|a.png]]`): Quartz escapes it
//!   before it splits the row (survey 77c: LesleyLai/digital-garden, 14
//!   rows). An extra cell of its own there, and the same row outside the
//!   site, are still reported.
//! - In a Hugo template written as Markdown (a shortcode or partial under
//!   the site's `layouts/`), a `|` inside a template action
//!   (`{{ index $data.go.status $signal | humanize }}`): a pipeline, gone
//!   once Hugo executes the template (survey 39c: opentelemetry.io, 23 rows).
//! - Rows with fewer cells than the header: GitHub pads them with empty cells
//!   and nothing is lost (group-label rows such as `| **Assets** |`, an
//!   omitted empty notes column).
//!
//! ## Why it matters
//! GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/column-count",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "a row has more cells than the header, and GitHub drops the text of the extra ones",
    why: "GitHub drops cells past the header's count and pads short rows: content silently disappears or shifts into the wrong column. \
It speaks in every document, on a row with an extra cell that holds text (a `|` inside a code span splits the cell \
unless escaped as `\\|`). Extra cells that are all empty, a lone dash or only HTML comments (`| a | b | |`, `| a | b | - |`, \
`| a | b | <!-- tool:ignore -->`) are not findings: GitHub drops cells past the header's count, and a filler dash or a comment \
(a tool's directive) carries nothing a reader sees, so the table renders as intended; so does a cell of invisible characters alone, \
a zero-width space (U+200B, also U+200C, U+200D, U+2060, U+FEFF) after the closing pipe, pasted from a rich editor (apache/rocketmq-site's \
best-practice tables, survey 76d, 4 findings judged false; a visible character beside it is judged); nor are rows with fewer cells: GitHub pads them and nothing is lost. \
In a page of an MkDocs site (a Zensical one too, `zensical.toml`: survey 45c, prefix-dev/pixi's `` `\"3.10|3.11\"` ``) a `|` inside a code span (`` `Sequence[float] | None` ``) is not a cell separator: Python-Markdown, which renders the site, keeps it in its cell (GitHub-rendered documents are read as GitHub reads them). So does a page of a VuePress 1 site (its `package.json` depends on `vuepress` 1.x), which markdown-it 8 renders: survey 46a, cds-snc/notification-documentation's `` `[Blocked | No such number | No such address]` ``, 2 findings judged false; VuePress 2's markdown-it splits there, as GitHub does. \
In a page of a Retype site (`retype.yml`) a `|` inside a component's brackets (`[!badge Approved|success]`) or a template expression \
(`{{ $i.tags | array.join \", \" }}`) is not one either: Retype reads them before it splits the row; an extra cell of its own there is still reported. \
In a note of a Quartz site (the `content/` folder beside a `quartz.config.ts` that turns on `ObsidianFlavoredMarkdown`) a bare `|` inside a wikilink \
(`| ![[a.png|a.png]] | [[Ohm's law|Ohm's law]] |`) is not one either: Quartz escapes it before it splits the row (survey 77c, LesleyLai/digital-garden, \
14 findings judged false); an extra cell of the row's own there, and the same row in a document outside the site, are still reported. \
Nor is a `|` inside a template action of a Hugo template written as Markdown (a shortcode or partial under the site's `layouts/`: \
`| [Go](/docs/languages/go/) | {{ index $data.go.status $signal | humanize }} |`): it is a pipeline, gone once Hugo executes the template, \
before any Markdown is read (survey 39c, opentelemetry.io, 23 findings judged false); a page of the site's content is read as GitHub reads it, \
and an extra cell of the template's own is still reported. \
So in a Liquid template (a page holding a tag such as `{% for v in videos %}`, which Jekyll, Eleventy or a Jinja build executes before the \
Markdown is read): a `|` inside an output or a tag (`{{ info.note | default: \"\" }}`) is a filter (survey 122b, cwka-engineering's \
just-the-docs wiki, 1 finding judged false); the same `{{ a | b }}` in a page with no tag, and an extra cell of the row's own, are reported. \
So in a file of a Backstage software template's skeleton (below a `skeleton/` folder beside a `template.yaml` of `scaffolder.backstage.io` that runs \
`fetch:template`), which the scaffolder renders with Nunjucks before the Markdown is read: `${{ values.cloud_provider | upper }}` and \
`${{ values.storageType || \"gp3\" }}` are a filter and an expression (survey s126h, ayointegral/cloud-sandbox-backstage, 2 findings judged false); \
the same row outside a skeleton, and an extra cell of the row's own, are reported. \
Nor is a template's action written before a row's first pipe, under a header written with one (`{{range .Functions}}| {{.Name}} | {{.Lines}} |`: \
Go's text/template, Handlebars' `{{#each}}`, Liquid's `{% for v in videos %}{% assign info = v[1] %}`): it is gone once the template runs, and the row it writes starts at that pipe \
(survey 96a, opd-ai/go-stats-generator's report templates, 12 findings judged false); a real cell past the header's count there is still reported. \
An unfenced drawing (a wireframe in box art that a `| ---- |` line turned into a table: a `+---+` or `┌─┐` border right \
above its header, among its rows or right after it, or, in a one-column table, a row that is only a rule such as \
`| ------ |`) is one finding for the whole table, whose help says to put the drawing in a code fence; \
a horizontal rule character alone among a table's lines (a `════` sample of a divider in a cell, `═══divider` in a change log) is \
the table's text, not a box's border, and its rows that lose text are reported one by one (survey 94a, a sequence-diagram spec's \
`` `|||` `` spacer syntax, 2 findings misnamed a drawing). \
Text after a row's closing pipe (`| … | ✅ |User：note`) is a cell GitHub drops too; five rows or more of one document with such a note \
are one habit and one finding, at the first, with their count and lines; \
in a coding agent's prompt or command file (`*.prompt.md`, `.claude/commands/`, `.github/prompts/`, …), read raw by the agent and never rendered, \
such text is the agent's instruction (spec-kit's `/clarify` prompt: `| C | <Option C description> | (add D/E as needed up to 5)`), not a finding; \
a whole extra cell there (`| C | x | y |`) still is. A Markdown renderer's test case, an input kept in a `tests/` or `test/` tree beside the output it must give (`table.md` beside `table.html`, `tasklist.md` beside `tasklist.xml`: thephpleague/commonmark's `tests/functional/`, survey 53b), is test data and not checked; the same pair outside a test tree, a test tree's Markdown with no output of its name beside it, and a README there are judged.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Done | extra |",
    good: "| Item | Status | Notes |\n| --- | --- | --- |\n| DNS | Done | extra |",
};

use crate::diagnostic::Finding;
use crate::document::{Document, Table};

/// How many rows of one document with a note after their closing pipe make
/// one habit, reported once.
const FOLD_NOTES: usize = 5;

pub fn check(ctx: &crate::rules::Context<'_>, doc: &Document, out: &mut Vec<Finding>) {
    // Rows with text after their closing pipe (`| a | b |note`), and their
    // findings: folded into one when they are many.
    let mut notes: Vec<(Finding, String)> = Vec::new();
    // An MkDocs page is rendered by Python-Markdown, a VuePress 1 page by
    // markdown-it 8: their tables do not split a cell on a `|` inside a
    // code span.
    let mut code_keeps_pipes = None;
    // The `|`s the page's renderer keeps out of a row's cells.
    let mut kept_pipes: Option<Vec<Inside>> = None;
    for t in &doc.tables {
        let n = t.header().cells().len();
        // Fewer cells: GitHub pads the row, nothing is lost. Extra cells that
        // are all empty or a filler dash: GitHub drops them, nothing is lost.
        let losing: Vec<_> = t
            .rows()
            .iter()
            .filter(|row| {
                // `{{range .Items}}| a | b |`: a template's action before
                // the row's first pipe is gone once the template runs.
                let lead = template_lead(&doc.text, &t.header(), row);
                row.cells().len() > n + lead
                    && !row
                        .cells()
                        .iter()
                        .skip(n + lead)
                        .all(|c| carries_nothing(&doc.text[c.span.clone()]))
            })
            .filter(|row| {
                // A Retype page: a `|` inside a component (`[!badge A|b]`) or
                // a template expression (`{{ x | f }}`) splits no cell. A
                // Quartz note: Quartz escapes a `|` inside a wikilink
                // (`[[page|alias]]`, `![[a.png|a.png]]`) before it splits
                // the row. A Hugo template written as Markdown (a shortcode
                // under `layouts/`): a `|` of a template action
                // (`{{ x | f }}`) is a pipeline, gone once Hugo executes the
                // template.
                let kept = kept_pipes.get_or_insert_with(|| {
                    [
                        (super::site_retype::is_page(ctx, &doc.path), Inside::Retype),
                        (
                            super::site_quartz::is_obsidian_page(ctx, &doc.path),
                            Inside::Wikilinks,
                        ),
                        (super::site_hugo::is_template(ctx, &doc.path), Inside::Hugo),
                        (liquid_template(&doc.text), Inside::Liquid),
                        (scaffolder_skeleton(ctx.repo, &doc.path), Inside::Liquid),
                    ]
                    .into_iter()
                    .filter_map(|(on, inside)| on.then_some(inside))
                    .collect::<Vec<_>>()
                });
                let header = &doc.text[t.header().span.clone()];
                let text = &doc.text[row.span.clone()];
                let lead = template_lead(&doc.text, &t.header(), row);
                kept.iter().all(|&inside| {
                    row.cells()
                        .len()
                        .saturating_sub(template_pipes(text, inside) + lead)
                        > n.saturating_sub(template_pipes(header, inside))
                })
            })
            .filter(|row| {
                !*code_keeps_pipes.get_or_insert_with(|| {
                    super::site::is_mkdocs_page(ctx, &doc.path)
                        || super::site_vuepress::is_v1_page(ctx.repo, &doc.path)
                }) || {
                    let cells = python_markdown_cells(&doc.text[row.span.clone()]);
                    let n = python_markdown_cells(&doc.text[t.header().span.clone()]).len();
                    cells.len() > n && !cells[n..].iter().all(|c| carries_nothing(c))
                }
            })
            .collect();
        let Some(first) = losing.first() else {
            continue;
        };
        if is_drawing(&doc.text, t) {
            // One drawing, one problem: a code fence repairs every row.
            let columns = match n {
                1 => "1 column".to_string(),
                n => format!("{n} columns"),
            };
            let rows = match losing.len() {
                1 => "1 row loses the text of its extra cells".to_string(),
                k => format!("{k} rows lose the text of their extra cells"),
            };
            out.push(
                Finding::new(
                    &RULE,
                    first.span.clone(),
                    format!(
                        "these lines look like a drawing (box art), but GitHub renders them as a table of {columns}: {rows}"
                    ),
                )
                .help(
                    "put the drawing in a code fence (a line ```text before it and a line ``` after it), so GitHub shows it as drawn",
                ),
            );
            continue;
        }
        for row in losing {
            let m = row.cells().len() - template_lead(&doc.text, &t.header(), &row);
            let msg = format!(
                "row has {m} cells but the header has {n}: GitHub drops the last {}, and their text with them",
                m - n
            );
            let f = Finding::new(&RULE, row.span.clone(), msg).help(
                "add a column to the header, or join the cells (escape a literal pipe, also inside a code span, as `\\|`)",
            );
            // `| a | b |User: note`: a table written with closing pipes, and a
            // note after this row's last one (its one extra cell).
            let note = t.header().trailing_pipe && !row.trailing_pipe && m == n + 1;
            if note && agent_prompt(&doc.path) {
                // A coding agent reads the prompt raw: the note is its
                // instruction (`| C | <Option C> | (add D/E as needed)`).
                continue;
            }
            if note {
                notes.push((
                    f,
                    doc.text[row.cells().get(n).map(|c| c.span).unwrap_or_default()].to_string(),
                ));
            } else {
                out.push(f);
            }
        }
    }
    if notes.len() < FOLD_NOTES {
        out.extend(notes.into_iter().map(|(f, _)| f));
        return;
    }
    // One habit (a reviewer's `User：…` after each row), one finding.
    let lines: Vec<usize> = notes
        .iter()
        .map(|(f, _)| doc.line_col(f.span.start).0)
        .collect();
    let (first, last) = (lines[0], lines[lines.len() - 1]);
    let example: String = notes[0].1.chars().take(40).collect();
    let ellipsis = if notes[0].1.chars().count() > 40 {
        "…"
    } else {
        ""
    };
    let span = notes[0].0.span.clone();
    out.push(
        Finding::new(
            &RULE,
            span,
            format!(
                "{} rows of this document have text after their closing `|` (lines {first}–{last}; first: `{example}{ellipsis}`): each is a cell past the header's count, which GitHub drops",
                notes.len()
            ),
        )
        .help("move the notes into a column of their own (add a header cell such as `Notes`), or below the tables (one finding for every row named above)"),
    );
}

/// 1 when `row` opens with a template's actions alone before its first pipe
/// (`{{range .Functions}}| {{.Name}} | {{.Lines}} |`, Go's text/template,
/// Handlebars' `{{#each}}`, Liquid's `{% for v in videos %}`) under a header
/// written with a leading pipe: the
/// actions are gone once the template runs, and the row it writes starts at
/// that pipe, so they are no cell. Otherwise 0.
fn template_lead(
    text: &str,
    header: &crate::document::Row<'_>,
    row: &crate::document::Row<'_>,
) -> usize {
    if !header.leading_pipe || row.leading_pipe {
        return 0;
    }
    let Some(first) = row.cells().first() else {
        return 0;
    };
    let mut rest = text[first.span.clone()].trim();
    if rest.is_empty() {
        return 0;
    }
    // Go template actions (`{{range .Items}}`) and Liquid tags (`{% for v
    // in videos %}{% assign info = v[1] %}`) alike.
    while let Some((after, close_with)) = rest
        .strip_prefix("{{")
        .map(|a| (a, "}}"))
        .or_else(|| rest.strip_prefix("{%").map(|a| (a, "%}")))
    {
        let open = if close_with == "}}" { "{{" } else { "{%" };
        let Some(close) = after.find(close_with) else {
            return 0;
        };
        if after[..close].contains(open) {
            return 0;
        }
        rest = after[close + 2..].trim_start();
    }
    usize::from(rest.is_empty())
}

/// Whether `path` is a coding agent's prompt or command file, which the agent
/// reads as raw text and nobody reads rendered: `*.prompt.md`,
/// `*.agent.md`, `*.chatmode.md` (GitHub Copilot), or a Markdown file in a
/// `commands`, `command`, `prompts` or `agents` folder right under a
/// dot-folder (`.claude/commands/`, `.github/prompts/`, `.cursor/commands/`,
/// `.opencode/command/`: where spec-kit installs its `/clarify` prompt).
fn agent_prompt(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    if [".prompt.md", ".agent.md", ".chatmode.md"]
        .iter()
        .any(|s| lower.ends_with(s))
    {
        return true;
    }
    let parts: Vec<&str> = lower.split('/').collect();
    parts.windows(2).enumerate().any(|(i, w)| {
        w[0].starts_with('.')
            && w[0].len() > 1
            && matches!(w[1], "commands" | "command" | "prompts" | "agents")
            && i + 2 < parts.len()
    })
}

/// The cells of a table row as Python-Markdown's tables split it (MkDocs):
/// on pipes outside code spans and not escaped, less a leading and a
/// trailing pipe. A backtick run opens a code span closed by the next run of
/// the same length; an unclosed run is text.
fn python_markdown_cells(row: &str) -> Vec<&str> {
    let row = row.trim();
    let bytes = row.as_bytes();
    let mut from = usize::from(row.starts_with('|'));
    let mut end = row.len();
    if end > from && row.ends_with('|') && !row.ends_with("\\|") {
        end -= 1;
    }
    let mut cells = Vec::new();
    let mut i = from;
    while i < end {
        match bytes[i] {
            b'\\' => i += 2,
            b'`' => {
                let run = bytes[i..end].iter().take_while(|b| **b == b'`').count();
                let mut j = i + run;
                let mut closed = None;
                while j < end {
                    if bytes[j] == b'`' {
                        let k = bytes[j..end].iter().take_while(|b| **b == b'`').count();
                        if k == run {
                            closed = Some(j + k);
                            break;
                        }
                        j += k;
                    } else {
                        j += 1;
                    }
                }
                i = closed.unwrap_or(i + run);
            }
            b'|' => {
                cells.push(row.get(from..i).unwrap_or("").trim());
                i += 1;
                from = i;
            }
            _ => i += 1,
        }
    }
    cells.push(row.get(from..end.max(from)).unwrap_or("").trim());
    cells
}

/// Whether a cell past the header's count carries nothing a reader sees: empty,
/// a filler dash, or only HTML comments (`<!-- pt:ref-target-ignore -->`, a
/// tool's directive), which render as nothing in any cell.
fn carries_nothing(cell: &str) -> bool {
    let mut rest = cell.trim_matches(blank);
    if matches!(rest, "-" | "--" | "–" | "—") {
        return true;
    }
    while let Some(comment) = rest.strip_prefix("<!--") {
        let Some(end) = comment.find("-->") else {
            return false;
        };
        rest = comment[end + 3..].trim_start_matches(blank);
    }
    rest.is_empty()
}

/// Whitespace, or a character that renders as nothing: a zero-width space,
/// non-joiner or joiner, a word joiner, a byte order mark.
fn blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Whether a table is an unfenced drawing (a wireframe or a diagram in box
/// art that a `| ---- |` line turned into a GFM table): a box border (`+---+`,
/// `+--- Title ---+`, or box-drawing characters `┌─┐`) stands on the line
/// right above its header, among its rows or right after it; or, for a
/// table of one column, one of its rows is a rule of dashes (`| ------ |`,
/// `|-----+-----|`) as boxes have and tables do not.
fn is_drawing(text: &str, t: &Table) -> bool {
    let line = |r: &std::ops::Range<usize>| text.get(r.clone()).unwrap_or("");
    let rows = || t.rows().iter().map(|r| line(&r.span));
    let around = [
        line_before(text, t.header().span.start),
        line_after(text, t.span.end),
    ];
    around.into_iter().flatten().any(is_border)
        || std::iter::once(line(&t.header().span))
            .chain(rows())
            .any(|l| is_border(l) && !only_horizontal_rules(l))
        || (t.header().cells().len() == 1 && rows().any(is_rule))
}

/// Whether every box-drawing character of a table line is a horizontal rule
/// (`═`, `─`, `━`: a `════` sample of a divider in a cell, `═══divider` in a
/// change log's text), with no `+---+` border: a table's text, not a box,
/// whose corners and sides (`┌`, `│`, `╔`) a drawing has.
fn only_horizontal_rules(line: &str) -> bool {
    let l = line.trim();
    let ascii_border = l.len() > 2 && l.starts_with('+') && l.ends_with('+');
    !ascii_border
        && l.chars()
            .filter(|c| ('\u{2500}'..='\u{257f}').contains(c))
            .all(|c| "─━┄┅┈┉╌╍═╴╶╸╺╼╾".contains(c))
}

/// `+------+`, `+---- STEP 2: UPLOAD ----+`, or a line with box-drawing
/// characters (`┌──┐`, `│ a │`, `└──┘`).
fn is_border(line: &str) -> bool {
    let l = line.trim();
    l.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c))
        || (l.len() > 2
            && l.starts_with('+')
            && l.ends_with('+')
            && (l.contains("---") || l.contains("===")))
}

/// A row that is only a rule: dashes or equals signs between pipes and
/// corners (`| ------ |`, `|-----+-----|`).
fn is_rule(line: &str) -> bool {
    let l = line.trim();
    (l.contains("---") || l.contains("===")) && l.chars().all(|c| "|+-=: ".contains(c))
}

/// The line before the one starting at `start`, when it is not blank (the
/// same paragraph as the table's header).
fn line_before(text: &str, start: usize) -> Option<&str> {
    let head = text.get(..start)?;
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let prev = head.get(..line_start.checked_sub(1)?)?;
    let prev = &prev[prev.rfind('\n').map_or(0, |i| i + 1)..];
    let prev = prev.strip_suffix('\r').unwrap_or(prev);
    (!prev.trim().is_empty()).then_some(prev)
}

/// The line after the one ending at `end`, when it is not blank.
fn line_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?;
    let next = &rest[rest.find('\n')? + 1..];
    let next = next.split('\n').next().unwrap_or("");
    let next = next.strip_suffix('\r').unwrap_or(next);
    (!next.trim().is_empty()).then_some(next)
}

/// Which constructs of a site keep a `|` out of the row's cells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Inside {
    /// A Hugo action's pipeline (`{{ x | f }}`).
    Hugo,
    /// A Retype expression's filter (`{{ x | f }}`) or component's brackets
    /// (`[!badge Approved|success]`: the text and its variant).
    Retype,
    /// A wikilink's alias or size (`[[page|alias]]`, `![[a.png|100]]`),
    /// which Quartz escapes in a table row.
    Wikilinks,
    /// A Liquid (or Jinja, Nunjucks) filter in an output or a tag
    /// (`{{ info.note | default: "" }}`, `{% assign t = x | upcase %}`),
    /// gone once the template engine renders the page, before Markdown.
    Liquid,
}

/// Whether `text` is a Liquid-style template: it holds a tag (`{% for v in
/// videos %}`), which the site's engine (Jekyll, Eleventy, a Jinja build)
/// executes before the Markdown is rendered. Its rows are the engine's
/// output, not the text GitHub shows (cwka-engineering's just-the-docs page
/// `reference/training-videos.md`, a row looped over `site.data`: survey
/// 122b, 1 finding judged false).
fn liquid_template(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"{%")
        .is_some_and(|i| memchr::memmem::find(&text.as_bytes()[i..], b"%}").is_some())
}

/// Whether `path` is a file of a Backstage software template's skeleton:
/// below a folder named `skeleton` whose parent tracks the template
/// (`template.yaml` or `template.yml` of `scaffolder.backstage.io` that runs
/// `fetch:template`). The scaffolder renders the skeleton with Nunjucks
/// before anybody reads it as Markdown, so `${{ values.region | upper }}` is
/// a filter, gone once the template runs (survey s126h,
/// ayointegral/cloud-sandbox-backstage, 2 findings judged false).
fn scaffolder_skeleton(repo: &crate::source::RepoView, path: &str) -> bool {
    let mut dir = path;
    while let Some((parent, name)) = dir.rsplit_once('/') {
        if name == "skeleton" && dir != path {
            return ["template.yaml", "template.yml"].iter().any(|t| {
                repo.read_text(&format!("{parent}/{t}"))
                    .is_some_and(|text| {
                        text.contains("scaffolder.backstage.io/") && text.contains("fetch:template")
                    })
            });
        }
        dir = parent;
    }
    false
}

/// How many `|` of a table row stand inside the constructs `inside` names,
/// code spans skipped: GitHub counts each as a cell separator, the site's
/// renderer does not.
fn template_pipes(row: &str, inside: Inside) -> usize {
    let components = inside == Inside::Retype;
    let bytes = row.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'`' => {
                // Skip a code span: a run closed by a run of the same length.
                let run = bytes[i..].iter().take_while(|b| **b == b'`').count();
                let close = row[i + run..]
                    .match_indices(&row[i..i + run])
                    .map(|(k, _)| i + run + k)
                    .find(|&k| bytes.get(k + run) != Some(&b'`'));
                i = close.map_or(i + run, |k| k + run);
            }
            b'[' if components && bytes.get(i + 1) == Some(&b'!') => {
                let Some(end) = row[i..].find(']').map(|k| i + k) else {
                    break;
                };
                count += row[i..end].matches('|').count();
                i = end + 1;
            }
            b'[' if inside == Inside::Wikilinks && bytes.get(i + 1) == Some(&b'[') => {
                let Some(end) = row[i..].find("]]").map(|k| i + k) else {
                    break;
                };
                // Quartz escapes the bare `|`s; an escaped one is one already.
                count += row[i..end].matches('|').count() - row[i..end].matches("\\|").count();
                i = end + 2;
            }
            b'{' if inside != Inside::Wikilinks && bytes.get(i + 1) == Some(&b'{') => {
                let Some(end) = row[i..].find("}}").map(|k| i + k) else {
                    break;
                };
                count += row[i..end].matches('|').count();
                i = end + 2;
            }
            b'{' if inside == Inside::Liquid && bytes.get(i + 1) == Some(&b'%') => {
                let Some(end) = row[i..].find("%}").map(|k| i + k) else {
                    break;
                };
                count += row[i..end].matches('|').count();
                i = end + 2;
            }
            _ => i += 1,
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::{Inside, python_markdown_cells, template_pipes};

    #[test]
    fn counts_pipes_inside_components_and_expressions() {
        assert_eq!(
            template_pipes("| Website | [!badge Review] | Operations |", Inside::Retype),
            0
        );
        assert_eq!(
            template_pipes(
                "| Forecast | [!badge Approved|success] | Finance |",
                Inside::Retype
            ),
            1
        );
        assert_eq!(
            template_pipes("| x | {{ $i.tags | array.join \", \" }} |", Inside::Retype),
            1
        );
        assert_eq!(template_pipes("| `[!badge a|b]` | c |", Inside::Retype), 0);
        assert_eq!(template_pipes("| a | b | c |", Inside::Retype), 0);
    }

    #[test]
    fn counts_pipes_inside_hugo_actions_only_without_components() {
        assert_eq!(
            template_pipes(
                "| `a|b` | {{ $x | humanize }} | [!badge a|b] |",
                Inside::Hugo
            ),
            1
        );
        assert_eq!(template_pipes("| a | b |", Inside::Hugo), 0);
    }

    /// Python-Markdown keeps a `|` inside a code span in its cell.
    #[test]
    fn counts_bare_pipes_inside_wikilinks_only() {
        assert_eq!(
            template_pipes(
                "| ![[a.png|a.png]] | [[b\\|B]] | `[[c|d]]` | {{ x | f }} |",
                Inside::Wikilinks
            ),
            1
        );
        assert_eq!(template_pipes("| [[a]] | b |", Inside::Wikilinks), 0);
    }

    #[test]
    fn python_markdown_does_not_split_code_spans() {
        assert_eq!(
            python_markdown_cells("| `data` | `Sequence[float] | None` | `None` |"),
            vec!["`data`", "`Sequence[float] | None`", "`None`"]
        );
        assert_eq!(python_markdown_cells("a | b \\| c"), vec!["a", "b \\| c"]);
        assert_eq!(python_markdown_cells("| `a | b |"), vec!["`a", "b"]);
        assert_eq!(
            python_markdown_cells("| ``a ` | b`` | c |"),
            vec!["``a ` | b``", "c"]
        );
    }
    /// GFM (comrak's table extension, as GitHub) reads text after a row's
    /// closing pipe as one more cell, and drops it past the header's count:
    /// the note is lost, so the finding is true (and folded when repeated).
    #[test]
    fn gfm_drops_text_after_the_closing_pipe() {
        let mut o = comrak::Options::default();
        o.extension.table = true;
        let html = comrak::markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |User: note\n", &o);
        assert!(html.contains("<td>2</td>"), "{html}");
        assert!(!html.contains("note"), "{html}");
    }
}
