//! comrak AST → [`Document`].

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use comrak::nodes::{AstNode, NodeValue, Sourcepos};
use comrak::{Arena, Options, parse_document};
use regex::Regex;

use super::pieces::{self, Piece, Splitter};
use super::slug::Slugger;
use super::table::Table;
use super::{
    CodeSpan, Document, FrontMatter, Heading, LineIndex, Link, LinkKind, StatusLine, TaskItem,
    citation,
};

pub(super) fn options() -> Options<'static> {
    let mut o = Options::default();
    o.extension.table = true;
    o.extension.tasklist = true;
    o.extension.footnotes = true;
    o.extension.autolink = false;
    // GitHub renders `$…$` and `$$…$$` as math: what looks like a link
    // inside (`$\mathcal{F}[g(x,y)](u,v)$`, a Fourier transform) is a formula,
    // not a link (survey 29b). Its rules keep a price a price (`$5 and $10`:
    // a closing `$` is not followed by a digit, nor preceded by a space).
    o.extension.math_dollars = true;
    o
}

/// Parses `text` (the content of `path`) into a [`Document`].
pub fn parse(path: &str, text: String) -> Document {
    parse_in_pieces(path, text, pieces::PIECE_BYTES)
}

/// [`parse`], with large texts parsed in pieces of about `piece_bytes` (see
/// [`pieces`]; the result is the same whatever the size).
pub(crate) fn parse_in_pieces(path: &str, text: String, piece_bytes: usize) -> Document {
    let lines = LineIndex::new(&text);
    let opts = options();
    // YAML front matter is found here (comrak's detection is confused by mixed
    // line endings, and takes any block for YAML) and blanked out for the
    // parser, keeping every offset.
    let fm_span = super::front_matter::span(&text);
    let masked;
    let to_parse: &str = match &fm_span {
        Some(span) => {
            masked = mask(&text, span.clone());
            &masked
        }
        None => &text,
    };
    // An MDX page's `import`/`export` blocks are JavaScript, blanked for
    // the parser (see super::mdx_esm).
    // Its `{/* … */}` comments are JavaScript too, never rendered.
    let esm = if path.ends_with(".mdx") {
        let mut spans = super::mdx_esm::blocks(to_parse);
        let without_esm = super::mdx_esm::mask(to_parse, &spans);
        spans.extend(super::mdx_esm::comments(&without_esm));
        spans
    } else {
        Vec::new()
    };
    let esm_masked;
    let to_parse: &str = if esm.is_empty() {
        to_parse
    } else {
        esm_masked = super::mdx_esm::mask(to_parse, &esm);
        &esm_masked
    };
    // An MDX page has no HTML blocks: a line holding only a JSX tag
    // (`<CodeGroup>`, `</Tab>`) is blanked for the parser, keeping every
    // offset, so that the fence or heading right below it is read as MDX
    // reads it and not swallowed into an HTML block; its attributes are
    // still read below (`id=`, `href=`).
    let jsx_lines = if path.ends_with(".mdx") {
        jsx_tag_lines(to_parse)
    } else {
        Vec::new()
    };
    // MDX has no indented code either: a fence indented four or more
    // spaces under a JSX tag (`<TabItem>` then `    ```bash`) opens a code
    // block, and its closing fence, however indented, closes it. Such a
    // fence line is handed to the parser with its indentation moved to the
    // line's end, keeping every offset (see `mdx_indented_fences`).
    let fence_lines = if path.ends_with(".mdx") {
        mdx_indented_fences(to_parse)
    } else {
        Vec::new()
    };
    let jsx_masked;
    let to_parse: &str = if jsx_lines.is_empty() && fence_lines.is_empty() {
        to_parse
    } else {
        // Whole lines become spaces: the text stays UTF-8.
        let mut bytes = to_parse.as_bytes().to_vec();
        for span in &jsx_lines {
            for b in bytes.get_mut(span.clone()).into_iter().flatten() {
                *b = b' ';
            }
        }
        for (span, indent) in &fence_lines {
            if let Some(line) = bytes.get_mut(span.clone())
                && *indent <= line.len()
            {
                line.rotate_left(*indent);
            }
        }
        match String::from_utf8(bytes) {
            Ok(s) => {
                jsx_masked = s;
                &jsx_masked
            }
            Err(_) => to_parse,
        }
    };

    let mut doc = Document {
        path: path.to_string(),
        lines,
        front_matter: None,
        headings: Vec::new(),
        anchors: HashSet::new(),
        links: Vec::new(),
        citations: Vec::new(),
        code_spans: Vec::new(),
        tasks: Vec::new(),
        tables: Vec::new(),
        status_lines: Vec::new(),
        thematic_breaks: Vec::new(),
        blocks_and_comments: Vec::new(),
        span_order: None,
        code_blocks: Vec::new(),
        comments: Vec::new(),
        text: String::new(),
        open_task: std::sync::OnceLock::new(),
        pasted_diff: std::sync::OnceLock::new(),
    };
    if let Some(span) = fm_span {
        doc.front_matter = Some(FrontMatter {
            status: front_matter_status(&text, &span),
            span,
        });
    }
    let mut slugger = Slugger::new();
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    let mut html_chunks: Vec<(String, Range<usize>)> = Vec::new();
    // Reference-style links and images: normalised label → destination, as
    // comrak resolved them (the first definition of a label wins).
    let mut used_labels: rustc_hash::FxHashMap<String, String> = Default::default();
    // Lines (1-based, inclusive) that hold rendered text of a leaf block: no
    // `[label]: dest` there is a definition.
    let mut prose_lines: Vec<(usize, usize)> = Vec::new();
    // Lines by which the inlines of the current paragraph stand lower than
    // comrak says: it numbers them from the paragraph's first line even when
    // reference definitions there were taken out.
    let mut shift;

    let mut splitter = Splitter::new(to_parse, piece_bytes);
    // The table whose rows were last given room for (its start).
    let mut reserved_for: Option<usize> = None;
    loop {
        // Rows of a table going on from the last piece, read without the parser.
        let code_spans = &mut doc.code_spans;
        if let Some(rows) =
            splitter.simple_rows(&doc.lines, |span| code_spans.push(CodeSpan::simple(span)))
        {
            prose_lines.push((rows.first, rows.last));
            let table = doc.tables.last_mut();
            if let Some(t) = table {
                // The first batch of a long table: room for the lines after
                // it that look like rows (start with `|`) and for their code
                // spans, made once (not by doubling, which holds the old
                // list and the new one at once).
                if reserved_for != Some(t.span.start) {
                    reserved_for = Some(t.span.start);
                    let rest = text.as_bytes().get(t.span.end..).unwrap_or(&[]);
                    let (rows, backticks) = row_run(rest);
                    t.reserve(rows, t.columns);
                    doc.code_spans.reserve(backticks / 2);
                }
                for line in rows.first..=rows.last {
                    let start = doc.lines.line_start(line);
                    t.push_row(&text, start..doc.lines.line_end(&text, line).max(start));
                }
            }
            continue;
        }
        let Some(piece) = splitter.next_piece(&doc.lines) else {
            break;
        };
        let arena = Arena::new();
        let root = parse_document(&arena, &piece.source, &opts);
        if !splitter.accept(&piece, root, &doc.lines) {
            continue;
        }
        shift = 0;
        // Task item nodes → their index in `doc.tasks` (a look-up per ancestor,
        // not a scan), to find each item's parent task.
        let mut task_nodes: rustc_hash::FxHashMap<*const AstNode<'_>, usize> = Default::default();
        for node in root.descendants() {
            let data = node.data.borrow();
            let is_table = matches!(data.value, NodeValue::Table(_));
            if piece.is_copy(data.sourcepos) && !is_table {
                continue;
            }
            let mut sp = piece.map(data.sourcepos);
            if shift > 0 && is_inline(&data.value) {
                sp.start.line += shift;
                sp.end.line += shift;
            }
            match &data.value {
                NodeValue::Heading(h) => {
                    let content_end = if h.setext {
                        sp.end.line.saturating_sub(1).max(sp.start.line)
                    } else {
                        sp.end.line
                    };
                    let first = content_start(node, &text, &doc.lines, sp.start.line, content_end);
                    shift = first - sp.start.line;
                    prose_lines.push((first, sp.end.line));
                    // A setext heading starts below the definitions taken out of it.
                    let mut hsp = sp;
                    hsp.start.line = first;
                    let span = line_span(&doc.lines, &text, hsp);
                    let plain = plain_text(node);
                    let slug = slugger.slug(&slug_text(node));
                    let content = heading_content(&text, &span, h.setext);
                    doc.headings.push(Heading {
                        level: h.level,
                        text: plain,
                        slug,
                        span,
                        content,
                    });
                }
                NodeValue::CodeBlock(_) => {
                    let span = line_span(&doc.lines, &text, sp);
                    doc.code_blocks.push(span);
                }
                NodeValue::Code(c) => {
                    let span = node_span(&doc.lines, &text, sp);
                    doc.code_spans.push(CodeSpan::new(&text, span, &c.literal));
                }
                NodeValue::Link(l) | NodeValue::Image(l) => {
                    let kind = if matches!(data.value, NodeValue::Image(_)) {
                        LinkKind::Image
                    } else {
                        LinkKind::Link
                    };
                    let span = node_span(&doc.lines, &text, sp);
                    let src = &text[span.clone()];
                    // A reference-style use (`[t][ref]`, `[ref]`) is checked at its definition.
                    // (`](` is looked for from the end: it stands just before the
                    // destination, while a search from the start would cross the
                    // link text, every nested image's again.)
                    let inline = src.ends_with(')') && src.rfind("](").is_some();
                    let autolink = src.starts_with('<');
                    if inline && !autolink {
                        doc.links.push(Link {
                            kind,
                            dest: l.url.clone(),
                            span,
                        });
                    } else if !autolink && let Some(label) = reference_label(src) {
                        used_labels
                            .entry(normalize_label(label))
                            .or_insert_with(|| l.url.clone());
                    }
                }
                NodeValue::TaskItem(t) => {
                    let full = node_span(&doc.lines, &text, sp);
                    let line = sp.start.line;
                    let start = snap(&text, doc.lines.offset(line, sp.start.column));
                    let span = start..doc.lines.line_end(&text, line).max(start);
                    let symbol = piece.map(t.symbol_sourcepos);
                    let marker_start = doc.lines.offset(symbol.start.line, symbol.start.column);
                    // symbol_sourcepos points at the character inside the brackets.
                    let marker = snap(&text, marker_start.saturating_sub(1))
                        ..snap(&text, (marker_start + 2).min(text.len()));
                    let own = node
                        .first_child()
                        .filter(|c| matches!(c.data.borrow().value, NodeValue::Paragraph))
                        .map(|c| node_span(&doc.lines, &text, piece.map(c.data.borrow().sourcepos)))
                        .unwrap_or_else(|| span.clone());
                    let mut parent = None;
                    let mut anc = node.parent();
                    while let Some(a) = anc {
                        if let Some(i) = task_nodes.get(&(a as *const _)) {
                            parent = Some(*i);
                            break;
                        }
                        if matches!(a.data.borrow().value, NodeValue::Document) {
                            break;
                        }
                        anc = a.parent();
                    }
                    let checked = t.symbol.is_some_and(|c| c == 'x' || c == 'X');
                    task_nodes.insert(node as *const _, doc.tasks.len());
                    doc.tasks.push(TaskItem {
                        checked,
                        symbol: t.symbol,
                        marker,
                        span,
                        own,
                        full,
                        parent,
                    });
                }
                NodeValue::Table(_) => {
                    shift = 0;
                    prose_lines.push((sp.start.line, sp.end.line));
                    let goes_on = piece.continues_table()
                        && root.first_child().is_some_and(|f| std::ptr::eq(f, node));
                    if goes_on {
                        // The previous piece's last table: its rows go on here.
                        if let Some(t) = doc.tables.last_mut() {
                            extend_table(t, node, &piece, &doc.lines, &text);
                        }
                    } else if let Some(t) = build_table(node, &piece, &doc.lines, &text) {
                        doc.tables.push(t);
                    }
                }
                NodeValue::ThematicBreak => {
                    doc.thematic_breaks
                        .push(doc.lines.offset(sp.start.line, sp.start.column));
                }
                NodeValue::Paragraph => {
                    let first = content_start(node, &text, &doc.lines, sp.start.line, sp.end.line);
                    shift = first - sp.start.line;
                    prose_lines.push((first, sp.end.line));
                    paragraphs.push(node_span(&doc.lines, &text, sp));
                }
                NodeValue::TableCell => shift = 0,
                NodeValue::HtmlBlock(h) => {
                    prose_lines.push((sp.start.line, sp.end.line));
                    let span = line_span(&doc.lines, &text, sp);
                    html_chunks.push((h.literal.clone(), span));
                }
                NodeValue::HtmlInline(h) => {
                    html_chunks.push((h.clone(), node_span(&doc.lines, &text, sp)));
                }
                _ => {}
            }
        }
    }

    for span in jsx_lines {
        html_chunks.push((text[span.clone()].to_string(), span));
    }
    // Explicit anchors and HTML links.
    for (html, span) in &html_chunks {
        for c in anchor_re().captures_iter(html) {
            if let Some(m) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) {
                doc.anchors.insert(m.as_str().to_string());
            }
        }
        // Where the next attribute is looked for: after the previous one, so
        // that the same target twice in a chunk gets each its own place.
        let mut from = span.start;
        // What a comment of the chunk holds is never rendered: a README's
        // commented-out template (`<!-- <a href="[PROFILE_URL]"> -->`, survey
        // 56b) links nothing, as a Markdown link inside a comment does not.
        let hidden = chunk_comments(html);
        for c in html_link_re().captures_iter(html) {
            if c.get(0)
                .is_some_and(|all| hidden.iter().any(|h| h.contains(&all.start())))
            {
                continue;
            }
            // `:href="npmUrl(dep.name)"`, `v-bind:src`: a Vue binding holds an
            // expression, not a URL.
            let bound = c
                .get(0)
                .is_some_and(|all| html[..all.start()].ends_with(':'));
            // `data-href="x"` is data for a script, not a link: Medium's
            // export writes one beside each `href` (survey 39b, knative/docs).
            let data = c.get(0).is_some_and(|all| {
                let before = &html.as_bytes()[..all.start()];
                before.len() >= 5 && before[before.len() - 5..].eq_ignore_ascii_case(b"data-")
            });
            // `?src="` inside a web address is its query, not an attribute:
            // a JSX string such as `href={"https://x.dev/s?src=" + (props.src
            // || "docs")}` holds no attribute at all (survey 60d,
            // firecrawl/firecrawl-docs' translated snippets, 20 findings judged
            // false).
            let query = c
                .get(0)
                .is_some_and(|all| html[..all.start()].ends_with(['?', '&']));
            if bound || data || query {
                continue;
            }
            // GitBook marks a heading's anchor with an empty element whose
            // `href` is its own `id` (`<a href="create-edit-operator"
            // id="create-edit-operator"></a>`): nothing to click, no link
            // (survey 72a, nats-io/nats.docs, 8 findings judged false).
            if let Some(all) = c.get(0)
                && let Some(m) = c.get(1).or_else(|| c.get(2))
                && self_anchor(
                    html,
                    all.start(),
                    m.as_str(),
                    &text[span.end.min(text.len())..],
                )
            {
                continue;
            }
            if let Some(m) = c.get(1).or_else(|| c.get(2)) {
                // A browser reads the value with its character references
                // decoded (GitBook writes `update operator&#x27;s.png`).
                let dest = decode_char_refs(m.as_str());
                // Point at the attribute's line inside the chunk when it can be found.
                // The whole attribute (`href="x.md"`) is looked for, not the
                // bare target, which prose before it may also hold.
                let at = c.get(0).and_then(|all| {
                    let i = text.get(from..span.end)?.find(all.as_str())?;
                    Some(from + i + (m.start() - all.start()))
                });
                let span = match at {
                    Some(a) => {
                        from = a + m.as_str().len();
                        a..from
                    }
                    None => span.clone(),
                };
                doc.links.push(Link {
                    kind: LinkKind::Html,
                    dest,
                    span,
                });
            }
        }
    }
    for h in &doc.headings {
        doc.anchors.insert(h.slug.clone());
        if let Some(id) = super::anchors::explicit_id(&text[h.content.clone()]) {
            doc.anchors.insert(id.to_string());
        }
    }

    // Code spans stand in the document's order (but for those of footnotes,
    // which comrak moves to the end): they are looked up where they are, and
    // copied in order only when they are not.
    if !doc.code_spans.is_sorted_by_key(|c| c.span.start) {
        let mut v: Vec<Range<usize>> = doc.code_spans.iter().map(|c| c.span.clone()).collect();
        v.sort_by_key(|r| r.start);
        doc.span_order = Some(v);
    }
    doc.comments = html_comments(&text, &doc.code_blocks, |o| doc.in_code_span(o));
    doc.blocks_and_comments = merge_ranges(
        doc.code_blocks
            .iter()
            .chain(&doc.comments)
            .cloned()
            .collect(),
    );
    // Every code range, merged, for the scans below only (a register of a
    // million code spans does not keep a second list of them).
    let code_ranges = merge_ranges(
        doc.blocks_and_comments
            .iter()
            .cloned()
            .chain(doc.code_spans.iter().map(|c| c.span.clone()))
            .collect(),
    );

    // attr_list ids of inline elements and blocks (`**x**{ #id }`), and
    // GitHub's footnote ids (`#user-content-fn-1`), on lines outside code
    // blocks, comments and front matter (as the scanner reads them).
    if text.contains('{') {
        for line in lines_outside_code(&doc, &text, "{") {
            let l = line.trim_start_matches([' ', '>']);
            doc.anchors
                .extend(super::anchors::inline_attr_ids(l).map(str::to_string));
        }
    }
    if text.contains("[^") {
        for line in lines_outside_code(&doc, &text, "[^") {
            let l = line.trim_start_matches('>').trim_start_matches([' ', '>']);
            let indent = line.len() - line.trim_start_matches(' ').len();
            if indent <= 3 {
                doc.anchors
                    .extend(super::anchors::footnote_ids(l.trim_end(), &text));
            }
        }
    }

    // Reference definitions that a link or image uses (an unused one is never
    // rendered): where comrak took them out of a paragraph, outside code.
    if !used_labels.is_empty() {
        if let Some(fm) = &doc.front_matter {
            prose_lines.push((1, doc.lines.line_of(fm.span.end)));
        }
        for (dest, span) in
            reference_definitions(&text, &doc.lines, &code_ranges, prose_lines, &used_labels)
        {
            doc.links.push(Link {
                kind: LinkKind::Definition,
                dest,
                span,
            });
        }
    }
    doc.links.sort_by_key(|l| l.span.start);

    doc.citations = citation::scan(&text, &code_ranges);
    drop(code_ranges);
    doc.status_lines = status_lines(&text, &doc.lines, &paragraphs);

    doc.text = text;
    doc
}

/// The byte span of a node from its sourcepos (end inclusive → exclusive).
fn node_span(lines: &LineIndex, text: &str, sp: Sourcepos) -> Range<usize> {
    let start = lines.offset(sp.start.line, sp.start.column);
    let end = if sp.end.column == 0 {
        lines.line_start(sp.end.line).saturating_sub(1)
    } else {
        lines.offset(sp.end.line, sp.end.column) + 1
    };
    let end = snap(text, end.min(text.len()).max(start));
    snap(text, start)..end
}

/// From a node's first byte to the end of its last line (before the newline).
fn line_span(lines: &LineIndex, text: &str, sp: Sourcepos) -> Range<usize> {
    let start = snap(text, lines.offset(sp.start.line, sp.start.column));
    let end_line = if sp.end.column == 0 {
        sp.end.line.saturating_sub(1).max(sp.start.line)
    } else {
        sp.end.line
    };
    let end = lines.line_end(text, end_line).max(start);
    start..end
}

/// Moves an offset back to a char boundary.
fn snap(text: &str, mut o: usize) -> usize {
    o = o.min(text.len());
    while o > 0 && !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// The plain text of a node as GitHub slugs it: text and code content.
fn plain_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        match &d.data.borrow().value {
            NodeValue::Text(t) => s.push_str(t),
            NodeValue::Code(c) => s.push_str(&c.literal),
            NodeValue::Math(m) => s.push_str(&m.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => s.push(' '),
            _ => {}
        }
    }
    s
}

/// The text GitHub slugs a heading by: its text content, where an image
/// (a badge, `## Contributors [![Commits](badge.svg)](url)`) is an element
/// without text, its alt text left out (github/markup#1008): the heading
/// above is `#contributors-` (survey 51c, mermaid-js/mermaid's README,
/// whose table of contents links `#contributors---`).
pub(crate) fn slug_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut s = String::new();
    push_slug_text(node, &mut s);
    s
}

fn push_slug_text<'a>(node: &'a AstNode<'a>, s: &mut String) {
    for d in node.children() {
        match &d.data.borrow().value {
            NodeValue::Text(t) => s.push_str(t),
            NodeValue::Code(c) => s.push_str(&c.literal),
            NodeValue::Math(m) => s.push_str(&m.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => s.push(' '),
            NodeValue::Image(_) => continue,
            _ => {}
        }
        push_slug_text(d, s);
    }
}

fn heading_content(text: &str, span: &Range<usize>, setext: bool) -> Range<usize> {
    let line = &text[span.clone()];
    if setext {
        let first = line.find('\n').unwrap_or(line.len());
        let l = line[..first].trim_end_matches('\r');
        let lead = l.len() - l.trim_start().len();
        return span.start + lead..(span.start + l.trim_end().len()).max(span.start + lead);
    }
    let lead = line.len() - line.trim_start_matches(' ').len();
    let after_hashes = lead + line[lead..].len() - line[lead..].trim_start_matches('#').len();
    let rest = &line[after_hashes..];
    let start = after_hashes + (rest.len() - rest.trim_start().len());
    let mut end = line.trim_end().len();
    // Optional closing sequence of #s preceded by a space.
    let trimmed = &line[..end];
    let without = trimmed.trim_end_matches('#');
    if without.len() < trimmed.len() && (without.ends_with(' ') || without.ends_with('\t')) {
        end = without.trim_end().len();
    }
    span.start + start..span.start + end.max(start)
}

fn build_table<'a>(
    node: &'a AstNode<'a>,
    piece: &Piece<'_>,
    lines: &LineIndex,
    text: &str,
) -> Option<Table> {
    let mut table: Option<Table> = None;
    for child in node.children() {
        let d = child.data.borrow();
        if let NodeValue::TableRow(is_header) = d.value {
            let sp = piece.map(d.sourcepos);
            let start = snap(text, lines.offset(sp.start.line, sp.start.column));
            let end = lines.line_end(text, sp.start.line).max(start);
            match &mut table {
                Some(t) => t.push_row(text, start..end),
                None if is_header => {
                    let dline = sp.start.line + 1;
                    // The delimiter row has the header's prefix (`> `,
                    // indentation), but not a BOM.
                    let bom = if sp.start.line == 1 && text.starts_with('\u{feff}') {
                        3
                    } else {
                        0
                    };
                    let dstart = snap(
                        text,
                        lines.offset(dline, sp.start.column.saturating_sub(bom)),
                    );
                    let dend = lines.line_end(text, dline).max(dstart);
                    let columns = match &node.data.borrow().value {
                        NodeValue::Table(t) => Some(t.num_columns),
                        _ => None,
                    };
                    table = Some(Table::new(text, start..end, dstart..dend, columns));
                }
                // (A body row before the header: none in comrak's tables.)
                None => {}
            }
        }
    }
    table
}

/// Adds the rows of `node`, a table going on from the previous piece, to `table`.
fn extend_table<'a>(
    table: &mut Table,
    node: &'a AstNode<'a>,
    piece: &Piece<'_>,
    lines: &LineIndex,
    text: &str,
) {
    for child in node.children() {
        let d = child.data.borrow();
        if let NodeValue::TableRow(false) = d.value {
            let sp = piece.map(d.sourcepos);
            let start = snap(text, lines.offset(sp.start.line, sp.start.column));
            let end = lines.line_end(text, sp.start.line).max(start);
            table.push_row(text, start..end);
        }
    }
}

/// The lines of an MDX page that hold only JSX tags (`<CodeGroup>`,
/// `<Tab title="npm">`, `</Tab>`, `<Frame />`) and are followed by a line
/// that is not blank, outside fenced code: CommonMark would open an HTML
/// block there that swallows the lines below up to the next blank line,
/// while MDX reads a JSX tag and then Markdown (a fence right under
/// `<CodeGroup>` opens a code block). A fence is read at any indentation, as
/// MDX reads it (it has no indented code).
/// A line holding only JSX tags (`<TabItem value="npm">`, `</Tab>`).
fn jsx_tag_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"^[ \t]*(?:</?[A-Za-z][A-Za-z0-9_.:-]*(?:[ \t]+[^<>]*?)?[ \t]*/?>[ \t]*)+$"#)
            .expect("valid regex")
    })
}

/// The fence lines of an MDX page that MDX reads as fences and CommonMark
/// as indented code, with their indentation (spaces): a fence opened on the
/// first non-blank line after a line of JSX tags (blank lines between or
/// not: `<TabItem value="npm">` then `    ```bash`, Docusaurus' and
/// Starlight's tabs; `<Fragment slot="npm">` then `      ```shell`, survey
/// 33c's withastro/docs), or after lines of text below such a line
/// (`<Step title="Start">`, a sentence, then `    ```bash`: Mintlify's
/// steps, survey 73c), indented four or more spaces, and the fence that
/// closes it when it is (MDX closes a block with a fence of any
/// indentation). A fence elsewhere (in a list item, after text outside a
/// component) is left to the parser, as is an indentation holding a tab.
fn mdx_indented_fences(text: &str) -> Vec<(Range<usize>, usize)> {
    let tag = jsx_tag_re();
    let mut out = Vec::new();
    // The open block: its fence character and length, and whether it
    // opened under a JSX tag.
    let mut open: Option<(char, usize, bool)> = None;
    let mut after_jsx = false;
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let t = line.trim_start_matches(' ');
        let indent = line.len() - t.len();
        let c = t.chars().next().filter(|c| *c == '`' || *c == '~');
        let n = c.map_or(0, |c| t.chars().take_while(|x| *x == c).count());
        let tab = t.starts_with('\t');
        match (open, c) {
            (Some((oc, on, ours)), Some(c)) if c == oc && n >= on && t[n..].trim().is_empty() => {
                if ours && indent >= 4 && !tab {
                    out.push((start..start + line.len(), indent));
                }
                open = None;
            }
            (Some(_), _) => {}
            (None, Some(c)) if n >= 3 && !(c == '`' && t[n..].contains('`')) => {
                let ours = after_jsx && !tab;
                if ours && indent >= 4 {
                    out.push((start..start + line.len(), indent));
                }
                open = Some((c, n, ours));
            }
            _ => {}
        }
        if !line.trim().is_empty() && open.is_none() {
            // Text inside a component keeps its fences MDX's (`<Step>`, a
            // line of text, then `    ```bash`: Mintlify's steps, survey
            // 73c); a list item ends that, as its fences are its own.
            after_jsx = tag.is_match(line) || (after_jsx && !list_item_start(t));
        }
    }
    out
}

/// Whether a line (without its indentation) opens a list item: `- `, `* `,
/// `+ `, `1. `, `1) `, or the marker alone.
fn list_item_start(t: &str) -> bool {
    let rest = t.strip_prefix(['-', '*', '+']).or_else(|| {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0)
            .then(|| t[digits..].strip_prefix(['.', ')']))
            .flatten()
    });
    rest.is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
}

fn jsx_tag_lines(text: &str) -> Vec<Range<usize>> {
    let tag = jsx_tag_re();
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    let mut start = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let at = start;
            start += l.len();
            (at, l.trim_end_matches(['\n', '\r']))
        })
        .collect();
    for (i, (at, line)) in lines.iter().enumerate() {
        let t = line.trim_start_matches([' ', '\t']);
        let c = t.chars().next().filter(|c| *c == '`' || *c == '~');
        let n = c.map_or(0, |c| t.chars().take_while(|x| *x == c).count());
        match (open, c) {
            (Some((oc, on)), Some(c)) if c == oc && n >= on && t[n..].trim().is_empty() => {
                open = None;
                continue;
            }
            (Some(_), _) => continue,
            (None, Some(c)) if n >= 3 && !(c == '`' && t[n..].contains('`')) => {
                open = Some((c, n));
                continue;
            }
            _ => {}
        }
        let next_blank = lines.get(i + 1).is_none_or(|(_, l)| l.trim().is_empty());
        if !next_blank && tag.is_match(line) {
            out.push(*at..at + line.len());
        }
    }
    out
}

/// `text` with the bytes of `span` replaced by spaces, newlines kept.
fn mask(text: &str, span: Range<usize>) -> String {
    let mut s = String::with_capacity(text.len());
    s.push_str(&text[..span.start]);
    for c in text[span.clone()].chars() {
        match c {
            '\n' | '\r' => s.push(c),
            _ => {
                for _ in 0..c.len_utf8() {
                    s.push(' ');
                }
            }
        }
    }
    s.push_str(&text[span.end..]);
    s
}

fn front_matter_status(text: &str, span: &Range<usize>) -> Option<(String, Range<usize>)> {
    let fm = &text[span.clone()];
    let mut off = span.start;
    for line in fm.split_inclusive('\n') {
        let l = line.trim_end_matches(['\n', '\r']);
        if let Some(rest) = l.strip_prefix("status:") {
            let value = rest.trim().trim_matches(['"', '\'']).to_string();
            let vstart = off + l.len() - rest.trim_start().len();
            return Some((value, vstart..off + l.trim_end().len()));
        }
        off += line.len();
    }
    None
}

pub(crate) fn anchor_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?i)\b(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))"#)
            .expect("valid regex")
    })
}

/// Whether the `href` attribute at `at` of HTML chunk `html`, valued
/// `value`, belongs to an empty `<a>` whose `id` (or `name`) is that same
/// value: GitBook's heading anchor, `<a href="x" id="x"></a>`, written in
/// one chunk or with its `</a>` in the text after it (`after`).
fn self_anchor(html: &str, at: usize, value: &str, after: &str) -> bool {
    let Some(open) = html[..at].rfind('<') else {
        return false;
    };
    let Some(close) = html[at..].find('>').map(|i| at + i) else {
        return false;
    };
    let tag = &html[open..close];
    if !(tag.starts_with("<a ") || tag.starts_with("<A ")) || value.is_empty() {
        return false;
    }
    let names_itself = ["id", "name"].iter().any(|attr| {
        [format!(" {attr}=\"{value}\""), format!(" {attr}='{value}'")]
            .iter()
            .any(|a| tag.contains(a.as_str()))
    });
    let rest = &html[close + 1..];
    let empty = if rest.trim().is_empty() {
        after.trim_start().starts_with("</a>")
    } else {
        rest.trim_start().starts_with("</a>")
    };
    names_itself && empty
}

/// The HTML comments of one chunk of raw HTML (`<!--` to `-->`, or to the
/// chunk's end when it does not close), as byte ranges of the chunk.
fn chunk_comments(html: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = html.get(from..).and_then(|rest| rest.find("<!--")) {
        let start = from + i;
        let end = html
            .get(start + 4..)
            .and_then(|rest| rest.find("-->"))
            .map_or(html.len(), |j| start + 4 + j + 3);
        out.push(start..end);
        from = end;
    }
    out
}

fn html_link_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?i)\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"#).expect("valid regex")
    })
}

/// An HTML attribute value with its character references decoded: numeric
/// ones (`&#39;`, `&#x27;`) and the named ones a link may hold (`&amp;`,
/// `&quot;`, `&apos;`, `&lt;`, `&gt;`, `&nbsp;`). Anything else, and a `&`
/// that starts no reference, is kept as written.
pub(crate) fn decode_char_refs(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let decoded = after.split_once(';').and_then(|(name, _)| {
            let ch = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                code.and_then(char::from_u32).filter(|c| *c != '\0')
            } else {
                match name {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            }?;
            Some((ch, name.len() + 2))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = &rest[i + len..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn html_comments(
    text: &str,
    code_blocks: &[Range<usize>],
    in_code_span: impl Fn(usize) -> bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("<!--") {
        let start = from + i;
        // `<!--` quoted in code is not a comment.
        if super::in_ranges(code_blocks, start) || in_code_span(start) {
            from = start + 4;
            continue;
        }
        let end = text[start + 4..]
            .find("-->")
            .map(|j| start + 4 + j + 3)
            .unwrap_or(text.len());
        out.push(start..end);
        from = end;
    }
    out
}

/// `v` sorted and merged (in place: no second list).
fn merge_ranges(mut v: Vec<Range<usize>>) -> Vec<Range<usize>> {
    v.sort_by_key(|r| (r.start, r.end));
    v.dedup_by(|r, last| {
        let overlap = r.start <= last.end;
        if overlap {
            last.end = last.end.max(r.end);
        }
        overlap
    });
    v
}

/// Whether a node is inline content (positioned inside its paragraph).
fn is_inline(v: &NodeValue) -> bool {
    matches!(
        v,
        NodeValue::Text(_)
            | NodeValue::Code(_)
            | NodeValue::Math(_)
            | NodeValue::Link(_)
            | NodeValue::Image(_)
            | NodeValue::HtmlInline(_)
            | NodeValue::SoftBreak
            | NodeValue::LineBreak
            | NodeValue::Emph
            | NodeValue::Strong
            | NodeValue::Strikethrough
            | NodeValue::FootnoteReference(_)
    )
}

/// The line where a paragraph's (or setext heading's) rendered text starts,
/// past the reference definitions comrak took out of it. Its inlines span as
/// many lines as they do and end on `content_end`: the definitions fill the
/// lines above. Only a paragraph whose first line looks like a definition is
/// measured.
fn content_start<'a>(
    node: &'a AstNode<'a>,
    text: &str,
    lines: &LineIndex,
    start: usize,
    content_end: usize,
) -> usize {
    let first_line = text
        .get(lines.line_start(start)..lines.line_end(text, start))
        .unwrap_or("");
    if !first_line.contains("]:") {
        return start;
    }
    let (Some(first), Some(last)) = (node.first_child(), node.last_child()) else {
        return start;
    };
    let from = first.data.borrow().sourcepos.start.line;
    let to = last.data.borrow().sourcepos.end.line;
    let span = to.saturating_sub(from);
    content_end.saturating_sub(span).clamp(start, content_end)
}

/// The label of a reference-style link or image as written: `[text][label]`,
/// `[label][]` or `[label]`.
fn reference_label(src: &str) -> Option<&str> {
    let s = src.strip_prefix('!').unwrap_or(src);
    let s = s.strip_prefix('[')?.strip_suffix(']')?;
    if let Some(collapsed) = s.strip_suffix("][") {
        return Some(collapsed);
    }
    // A full reference: a last `[label]` right after the text's `]`.
    if let Some(open) = s.rfind('[')
        && s[..open].ends_with(']')
        && !s[open + 1..].contains(']')
    {
        return Some(&s[open + 1..]);
    }
    Some(s)
}

/// A label as CommonMark matches it: trimmed, inner whitespace collapsed,
/// case-folded.
fn normalize_label(label: &str) -> String {
    let collapsed = label.split_whitespace().collect::<Vec<_>>().join(" ");
    caseless::default_case_fold_str(&collapsed)
}

fn refdef_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:[ \t]*>)*[ \t]*\[((?:[^\[\]\\\n]|\\.)+)\]:")
            .expect("valid regex")
    })
}

/// The definitions of the labels in `used` (`[label]: dest`, the destination
/// on that line or the next), outside code and outside the lines of rendered
/// text. Returns (destination as comrak resolved it, the definition's lines).
fn reference_definitions(
    text: &str,
    lines: &LineIndex,
    code: &[Range<usize>],
    mut prose: Vec<(usize, usize)>,
    used: &rustc_hash::FxHashMap<String, String>,
) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    prose.sort_unstable();
    let mut seen: HashSet<String> = HashSet::new();
    for n in 1..=lines.line_starts() {
        let start = lines.line_start(n);
        let end = lines.line_end(text, n);
        if start >= end {
            continue;
        }
        let line = &text[start..end];
        if !line.contains("]:") {
            continue;
        }
        let pi = prose.partition_point(|&(_, last)| last < n);
        if prose[pi..]
            .iter()
            .take_while(|&&(first, _)| first <= n)
            .any(|&(first, last)| first <= n && n <= last)
        {
            continue;
        }
        // An indented code block's span starts after the indentation.
        let ci = code.partition_point(|r| r.end <= start);
        if code.get(ci).is_some_and(|r| r.start < end) {
            continue;
        }
        let Some(label) = refdef_re().captures(line).and_then(|c| c.get(1)) else {
            continue;
        };
        if label.as_str().starts_with('^') {
            continue; // a footnote
        }
        let key = normalize_label(label.as_str());
        let Some(dest) = used.get(&key) else {
            continue;
        };
        if !seen.insert(key) {
            continue; // a later definition of the label is never used
        }
        // `[label]:` alone on its line: the destination is on the next.
        let rest = &line[label.end() + 2..];
        let last = if rest.trim().is_empty() && n < lines.line_starts() {
            n + 1
        } else {
            n
        };
        out.push((dest.clone(), start..lines.line_end(text, last).max(end)));
    }
    out
}

fn status_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:overall[ \t]+|current[ \t]+|document[ \t]+)?status(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(.*?)[ \t]*$")
            .expect("valid regex")
    })
}

/// Lines of paragraphs that state a status: `**Status:** 🟢 Ready`.
fn status_lines(text: &str, lines: &LineIndex, paragraphs: &[Range<usize>]) -> Vec<StatusLine> {
    let mut out = Vec::new();
    for p in paragraphs {
        let first = lines.line_of(p.start);
        let last = lines.line_of(p.end.saturating_sub(1).max(p.start));
        for n in first..=last {
            let start = lines
                .line_start(n)
                .max(if n == first { p.start } else { 0 });
            let end = lines.line_end(text, n);
            if start >= end {
                continue;
            }
            let line = &text[start..end];
            if !line
                .get(..40.min(line.len()))
                .is_some_and(|_| line.to_ascii_lowercase().contains("status"))
            {
                continue;
            }
            if let Some(c) = status_re().captures(line)
                && let Some(m) = c.get(1)
            {
                let value = m.as_str().trim_end_matches(['*', '_']).trim().to_string();
                if value.is_empty() {
                    continue;
                }
                out.push(StatusLine {
                    span: start..end,
                    value,
                    value_span: start + m.start()..start + m.end(),
                });
            }
        }
    }
    out
}

/// How many lines from the start of `rest` (the text after a table's last
/// row so far) start with `|`, and how many backticks they hold: the most
/// rows and code spans the table can still have.
fn row_run(rest: &[u8]) -> (usize, usize) {
    let mut at = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(rest.len(), |i| i + 1);
    let mut rows = 0;
    while rest.get(at) == Some(&b'|') {
        rows += 1;
        at = memchr::memchr(b'\n', &rest[at..]).map_or(rest.len(), |i| at + i + 1);
    }
    let end = at.min(rest.len());
    (rows, memchr::memchr_iter(b'`', &rest[..end]).count())
}

/// The lines of `text` holding `needle`, outside `doc`'s code blocks,
/// comments and front matter.
fn lines_outside_code<'t>(doc: &Document, text: &'t str, needle: &str) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let end = at;
        let inside = |r: &Range<usize>| r.start < end && start < r.end;
        if !line.contains(needle)
            || doc.code_blocks.iter().any(inside)
            || doc.comments.iter().any(inside)
            || doc.front_matter.as_ref().is_some_and(|fm| inside(&fm.span))
        {
            continue;
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::CodeContext;
    use super::*;

    #[test]
    fn character_references_decoded() {
        assert_eq!(decode_char_refs("a&#x27;s b.png"), "a's b.png");
        assert_eq!(decode_char_refs("a&#39;s&amp;t&quot;"), "a's&t\"");
        assert_eq!(decode_char_refs("x&y;z&#zz;&"), "x&y;z&#zz;&");
        assert_eq!(decode_char_refs("plain.md"), "plain.md");
    }

    #[test]
    fn the_task_owning_an_offset_is_the_smallest_whose_own_text_holds_it() {
        let t = "# T\n\n- [ ] a [x](a.md)\n  - [x] b [y](b.md)\n    1. [ ] c\n       more c\n  tail of a\n- [ ] d\n\nprose\n\n> - [ ] quoted\n";
        let d = parse("a.md", t.to_string());
        assert_eq!(d.tasks.len(), 5);
        for offset in 0..=t.len() {
            let scanned = d
                .tasks
                .iter()
                .filter(|k| k.own.contains(&offset))
                .min_by_key(|k| k.own.end - k.own.start)
                .map(|k| k.marker.start);
            assert_eq!(
                d.task_owning(offset).map(|k| k.marker.start),
                scanned,
                "at {offset}"
            );
        }
        let b = t.find("[y]").unwrap_or(0);
        assert_eq!(d.task_owning(b).map(|k| k.checked), Some(true));
    }

    #[test]
    fn spans_and_elements() {
        let t = "# Title ✅\n\n| a | b |\n|---|---|\n| x [l](p.md) `c` | y |\n\n- [ ] item [l2](q.md)\n  - [x] sub `code/x.py`\n\n[ref]: r.md\n\nSee [ref].\n\n**Status:** 🟢 Ready\n";
        let d = parse("docs/a.md", t.to_string());
        assert_eq!(d.headings.len(), 1);
        assert_eq!(&t[d.headings[0].content.clone()], "Title ✅");
        assert_eq!(d.links.len(), 3);
        assert_eq!(&t[d.links[0].span.clone()], "[l](p.md)");
        assert_eq!(d.links[2].kind, LinkKind::Definition);
        assert_eq!(d.links[2].dest, "r.md");
        assert_eq!(d.tasks.len(), 2);
        assert_eq!(d.tasks[1].parent, Some(0));
        assert!(d.tasks[1].checked);
        assert_eq!(&t[d.tasks[0].marker.clone()], "[ ]");
        assert_eq!(d.tables.len(), 1);
        assert_eq!(d.tables[0].rows().len(), 1);
        assert_eq!(d.code_spans.len(), 2);
        assert_eq!(
            d.code_context(&d.code_spans[0]),
            CodeContext::TableCell {
                table: 0,
                row: 0,
                cell: 0
            }
        );
        assert_eq!(d.status_lines.len(), 1);
        assert_eq!(d.status_lines[0].value, "🟢 Ready");
    }

    #[test]
    fn definitions_taken_out_of_a_paragraph_or_heading() {
        let t = "[a]: a.md\nSee [b](b.md) and [a].\n\n[c]:\n  c.md\n[d]: d.md\nTitle [c]\n=====\n\n[e]: e.md x\n[a]: z.md\n";
        let d = parse("x.md", t.to_string());
        let found: Vec<(&str, &str, &str)> = d
            .links
            .iter()
            .map(|l| {
                let kind = if l.kind == LinkKind::Definition {
                    "def"
                } else {
                    "link"
                };
                (kind, l.dest.as_str(), &t[l.span.clone()])
            })
            .collect();
        assert_eq!(
            found,
            vec![
                ("def", "a.md", "[a]: a.md"),
                ("link", "b.md", "[b](b.md)"),
                ("def", "c.md", "[c]:\n  c.md"),
            ]
        );
        assert_eq!(d.headings.len(), 1);
        assert_eq!(&t[d.headings[0].content.clone()], "Title [c]");
        assert_eq!(d.line_col(d.headings[0].span.start), (7, 1));
    }

    #[test]
    fn crlf_and_blockquote_tables() {
        let t = "> | t | u |\r\n> |--|--|\r\n> | [z](z.md) | w |\r\n";
        let d = parse("a.md", t.to_string());
        assert_eq!(d.tables.len(), 1);
        let row = d.tables[0].row(0);
        assert_eq!(&t[row.span.clone()], "| [z](z.md) | w |");
        assert_eq!(&t[d.links[0].span.clone()], "[z](z.md)");
    }
}
