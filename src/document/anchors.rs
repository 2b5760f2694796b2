//! The anchors of a document without a full parse: a line scanner for ATX and
//! setext headings (code fences, HTML comments and indented code skipped),
//! their text through a small inline parse only when it has markup, GitHub's
//! slugs, explicit `<a name>` / `id=` anchors, and explicit heading ids
//! (`## Title {#id}`, see [`explicit_id`]).
//!
//! Other documents' anchors are needed for every `other.md#x` link; parsing
//! each target fully a second time was a quarter of a check's time. A test
//! keeps this scanner equal to the full parse on the seeds and on generated
//! documents.

use std::collections::HashSet;

use comrak::{Arena, Options, parse_document};

use super::slug::Slugger;

/// Heading slugs and explicit anchors of `text`.
pub fn anchors(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut slugger = Slugger::new();
    let mut fence: Option<(u8, usize)> = None;
    let mut in_comment = false;
    let mut para: Vec<&str> = Vec::new();
    let mut prev_blank = true;
    // Front matter (only a YAML mapping is, as on GitHub) holds no anchors.
    let body = match super::front_matter::span(text) {
        Some(fm) => text[fm.end..].split_once('\n').map_or("", |(_, rest)| rest),
        None => text.strip_prefix('\u{feff}').unwrap_or(text),
    };
    for raw in body.lines() {
        let line = raw.trim_end_matches('\r');
        // Block quote prefixes.
        let mut l = line;
        loop {
            let t = l.trim_start_matches([' ']);
            if l.len() - t.len() <= 3
                && let Some(rest) = t.strip_prefix('>')
            {
                l = rest.strip_prefix(' ').unwrap_or(rest);
                continue;
            }
            break;
        }
        let indent = l.len() - l.trim_start_matches(' ').len();
        let t = l.trim_start_matches(' ');
        if in_comment {
            if line.contains("-->") {
                in_comment = false;
            }
            prev_blank = false;
            continue;
        }
        if let Some((ch, n)) = fence {
            let run = t.bytes().take_while(|&b| b == ch).count();
            if indent <= 3 && run >= n && t[run..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if indent <= 3 {
            let b = t.as_bytes();
            if let Some(&c) = b.first()
                && (c == b'`' || c == b'~')
            {
                let run = b.iter().take_while(|&&x| x == c).count();
                if run >= 3 && !(c == b'`' && t[run..].contains('`')) {
                    fence = Some((c, run));
                    para.clear();
                    continue;
                }
            }
        }
        if t.is_empty() {
            para.clear();
            prev_blank = true;
            continue;
        }
        if indent >= 4 && (prev_blank || para.is_empty()) {
            // Indented code.
            continue;
        }
        if t.starts_with("<!--") && !t.contains("-->") {
            in_comment = true;
            para.clear();
            continue;
        }
        prev_blank = false;
        if t.contains('{') {
            out.extend(inline_attr_ids(t).map(str::to_string));
        }
        if indent <= 3 {
            out.extend(footnote_ids(t, text));
        }
        // ATX heading.
        if indent <= 3 && t.starts_with('#') {
            let hashes = t.bytes().take_while(|&b| b == b'#').count();
            let rest = &t[hashes..];
            if hashes <= 6 && (rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t')) {
                let mut content = rest.trim();
                let stripped = content.trim_end_matches('#');
                if stripped.len() < content.len()
                    && (stripped.is_empty() || stripped.ends_with([' ', '\t']))
                {
                    content = stripped.trim_end();
                }
                out.insert(slugger.slug(&plain(content)));
                if let Some(id) = explicit_id(content) {
                    out.insert(id.to_string());
                }
                para.clear();
                continue;
            }
        }
        // Setext underline.
        if indent <= 3 && !para.is_empty() {
            let u = t.trim_end();
            if !u.is_empty() && (u.bytes().all(|b| b == b'=') || u.bytes().all(|b| b == b'-')) {
                let content = para.iter().map(|p| p.trim()).collect::<Vec<_>>().join(" ");
                out.insert(slugger.slug(&plain(&content)));
                if let Some(id) = explicit_id(&content) {
                    out.insert(id.to_string());
                }
                para.clear();
                continue;
            }
        }
        // Lines that cannot be a setext heading's content.
        let is_list = t.starts_with(['-', '*', '+']) && t[1..].starts_with([' ', '\t'])
            || t.bytes().take_while(u8::is_ascii_digit).count() > 0
                && t.trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(['.', ')']);
        let is_break = {
            let s: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            s.len() >= 3
                && (s.bytes().all(|b| b == b'-')
                    || s.bytes().all(|b| b == b'*')
                    || s.bytes().all(|b| b == b'_'))
        };
        let is_table = t.starts_with('|');
        let is_html = t.starts_with('<');
        if is_list || is_break || is_table || is_html {
            para.clear();
        } else {
            para.push(t);
        }
    }
    for c in super::parse::anchor_re().captures_iter(text) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) {
            out.insert(m.as_str().to_string());
        }
    }
    out
}

/// The anchors of an MDX document, which has no indented code: a heading or
/// an `id=` indented inside a component (`<Tab>`, `<Steps>`) is one. Read
/// as [`anchors`] reads the text with every line's indentation removed, and
/// Mintlify's field anchors (`<ResponseField name="a.b">` is `#param-a.b` and
/// `#param-a-b`) and accordion anchors (its title's slug).
pub fn mdx_anchors(text: &str) -> HashSet<String> {
    let dedented: String = text
        .lines()
        .flat_map(|l| [l.trim_start_matches([' ', '\t']), "\n"])
        .collect();
    let mut out = anchors(&dedented);
    // Mintlify's API fields are anchors: `<ResponseField name="icons">` is
    // `#param-icons`, `<ParamField body="id">` is `#param-id`.
    for field in ["<ResponseField ", "<ParamField "] {
        for (at, _) in text.match_indices(field) {
            let tag = &text[at..];
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            for attr in ["name=\"", "path=\"", "body=\"", "query=\"", "header=\""] {
                if let Some(i) = tag.find(attr) {
                    let value = &tag[i + attr.len()..];
                    if let Some(end) = value.find('"') {
                        let name = &value[..end];
                        out.insert(format!("param-{name}"));
                        // A nested field's dots are dashes in its anchor
                        // (`thumbnails.background` is
                        // `#param-thumbnails-background`).
                        if name.contains('.') {
                            out.insert(format!("param-{}", name.replace('.', "-")));
                        }
                        // Mintlify kebab-cases the name: `onError` is
                        // `#param-on-error`, a flag `--max-session-duration`
                        // is `#param-max-session-duration`, `on_message(m)`
                        // is `#param-on-message-m` (survey 73c).
                        for split_digits in [false, true] {
                            let kebab = kebab_case(name, split_digits);
                            if !kebab.is_empty() {
                                out.insert(format!("param-{kebab}"));
                            }
                        }
                    }
                    break;
                }
            }
        }
    }
    // Mintlify's accordions are anchors: opening one sets the URL's hash to
    // its `id`, else its title (`<Accordion title="Deployment branch">` is
    // `#deployment-branch`).
    for (at, _) in text.match_indices("<Accordion ") {
        let tag = &text[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(i) = tag.find("title=\"")
            && !tag.contains(" id=")
        {
            let value = &tag[i + 7..];
            if let Some(end) = value.find('"') {
                out.insert(super::slug::slug(&value[..end]));
            }
        }
    }
    out.extend(api_item_ids(text));
    out
}

/// The ids of the API items an MDX page's documentation components render
/// from an API Extractor model: each names its item by a canonical
/// reference, `canonicalReference="@apollo/client!ApolloClient#watchQuery:member(1)"`,
/// or a `displayName="client.refetchQueries"`, and its section is linked by
/// the item's name as written, lowercased, without its punctuation, or by
/// its last part (`#ApolloClient.watchQuery`, `#clientrefetchqueries`,
/// `#batch` for `InMemoryCache#batch`: apollo-client's `docs/source/api/`,
/// survey 72a). A page without such a component has none of these ids.
fn api_item_ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !text.contains("canonicalReference=\"") {
        return out;
    }
    for attr in ["canonicalReference=\"", "displayName=\""] {
        for (at, _) in text.match_indices(attr) {
            let value = &text[at + attr.len()..];
            let Some(end) = value.find('"') else {
                continue;
            };
            let value = &value[..end];
            let item = value.rsplit_once('!').map_or(value, |(_, item)| item);
            let item = item.split(':').next().unwrap_or(item).replace('#', ".");
            let last = item.rsplit('.').next().unwrap_or(&item).to_string();
            for name in [item, last] {
                if name.is_empty() {
                    continue;
                }
                let squeezed: String = name
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect::<String>()
                    .to_lowercase();
                out.push(name.to_lowercase());
                out.push(squeezed);
                out.push(name);
            }
        }
    }
    out
}

/// A field name kebab-cased as lodash's `kebabCase` does, which Mintlify's
/// field anchors follow: words split at every character that is no letter or
/// digit and where a lower-case letter or digit meets a capital
/// (`onError`), or a run of capitals meets a capitalised word (`HTTPServer`:
/// `http-server`), lower-cased and joined by `-`; with `split_digits`, a
/// digit meeting a letter splits them too (`v2Api`: `v-2-api`).
fn kebab_case(name: &str, split_digits: bool) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        if let Some(&p) = i.checked_sub(1).and_then(|j| chars.get(j))
            && !word.is_empty()
        {
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let boundary = (c.is_uppercase() && (p.is_lowercase() || p.is_numeric()))
                || (c.is_uppercase() && p.is_uppercase() && next_lower)
                || (split_digits && (c.is_numeric() != p.is_numeric()));
            if boundary {
                words.push(std::mem::take(&mut word));
            }
        }
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.join("-")
}

/// A document's anchors kept for the whole run (every other document may
/// link to them): the sorted anchors in one buffer, a few hundred bytes per
/// document instead of a set of strings.
#[derive(Debug, Default, Clone)]
pub struct AnchorSet {
    text: Box<str>,
    /// End of each anchor in `text` (each starts where the previous ends).
    ends: Box<[u32]>,
}

impl AnchorSet {
    pub fn new<'a>(anchors: impl IntoIterator<Item = &'a str>) -> AnchorSet {
        let mut v: Vec<&str> = anchors.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        let mut text = String::with_capacity(v.iter().map(|a| a.len()).sum());
        let mut ends = Vec::with_capacity(v.len());
        for a in v {
            text.push_str(a);
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        }
        AnchorSet {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
        }
    }

    fn at(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..self.ends[i] as usize).unwrap_or("")
    }

    pub fn contains(&self, anchor: &str) -> bool {
        let (mut lo, mut hi) = (0, self.ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.at(mid).cmp(anchor) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).map(|i| self.at(i))
    }
}

/// The explicit id a heading gives itself at its end, as documentation-site
/// generators read it: `## Install {#install}` (VitePress, Hugo, Pandoc,
/// kramdown), an attribute list with spaces, a colon or classes
/// (`## In a hurry? { #in-a-hurry }`, `{: #deploy }`, `{ #setup .wide }`:
/// Python-Markdown's attr_list, which MkDocs sites enable, see
/// <https://python-markdown.github.io/extensions/attr_list/>), also with the
/// delimiters a site configures for markdown-it-attrs (`## 安装 %{#install}%`,
/// up to two characters on each side of the braces), and Fumadocs' `[#id]`
/// (`## Cache Provider [#cache-provider]`, MDX cannot write braces; see
/// <https://www.fumadocs.dev/docs/headless/mdx/headings>). MDX pages escape
/// the braces (`\{#id}`, or both: `## What is llms.txt? \{#llms-txt\}`,
/// which Rspress and Docusaurus read as `{#id}`), and react.dev's MDX
/// comment (`## Reference {/*reference*/}`, its remark-header-custom-ids),
/// and Docusaurus' comment syntax for MDX, with a `#` (`## Функції URL
/// {/* #url-functions */}`, which `docusaurus write-heading-ids --syntax
/// comment` writes: survey 51c, helm/helm-www's translations, whose links
/// keep the English ids). GitHub shows the braces as text, so the heading keeps its GitHub slug too.
pub fn explicit_id(content: &str) -> Option<&str> {
    let t = content.trim_end();
    // react.dev's MDX comment (`## Reference {/*reference*/}`: its
    // remark-header-custom-ids, kept by the many translations of react.dev).
    if let Some(inner) = t.strip_suffix("*/}")
        && let Some(open) = inner.rfind("{/*")
        && open > 0
        && inner[..open].ends_with([' ', '\t'])
    {
        let id = inner[open + 3..].trim();
        let id = id.strip_prefix('#').unwrap_or(id);
        return is_id(id).then_some(id);
    }
    if let Some(inner) = t.strip_suffix(']')
        && let Some(open) = inner.rfind("[#")
        && open > 0
        && inner[..open].ends_with([' ', '\t'])
    {
        let id = &inner[open + 2..];
        return is_id(id).then_some(id);
    }
    let close = t.rfind('}')?;
    // Up to two delimiter characters after the closing brace.
    if t[close + 1..].chars().count() > 2 || t[close + 1..].contains(char::is_whitespace) {
        return None;
    }
    let open = t[..close].rfind('{')?;
    let inner = &t[open + 1..close];
    // An MDX-escaped closing brace (`\{#id\}`) goes with an escaped opening one.
    let inner = match inner.strip_suffix('\\') {
        Some(id) if t[..open].ends_with('\\') => id,
        _ => inner,
    };
    attr_list_id(inner).or_else(|| google_docs_id(&t[..open], inner))
}

/// The id Google Docs' Markdown export gives a heading it links from its
/// contents (`# **The Agentic Dev Stack: AGENTS.md \+ Spec-KitPlus**
/// {#the-agentic-dev-stack:-agents.md-+-spec-kitplus}`): the heading's text
/// lower-cased, each space a `-`, its punctuation kept, which `is_id` refuses
/// (`+`, `(`, `,`, `?`). Taken only when the id is that text's, so a
/// template's `{#each+items}` and an id of other words stay none (survey
/// s124a, Shafqatsarwar/2nd_hackathon-phase1-4's copied hackathon brief).
fn google_docs_id<'a>(before: &str, inner: &'a str) -> Option<&'a str> {
    let id = inner.strip_prefix('#')?;
    if id.is_empty()
        || id.contains(|c: char| c.is_whitespace() || matches!(c, '{' | '}' | '"' | '\'' | '`'))
    {
        return None;
    }
    let text = before.trim();
    if text.is_empty() || !before.ends_with([' ', '\t']) {
        return None;
    }
    let mut plain = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => plain.extend(chars.next()),
            '*' => {}
            c if c.is_whitespace() => plain.push('-'),
            c => plain.extend(c.to_lowercase()),
        }
    }
    (plain == id).then_some(id)
}

/// The `#id` of an attribute list's inside (`#id`, ` #id .wide `, `: #id`,
/// `#id .cls key=value`, `#with-pip data-toc-label="with pip"`): every
/// other word must be a `.class` or a `key=value`, a quoted value holding
/// spaces (`key="a b"`, `key='a b'`), so that `{#an id}` or a template's
/// `{#each items}` is none. Python-Markdown's attr_list also takes the id as
/// a key (`{ id="9.7.0" }`, `{ id=navigation-path }`: survey 29c,
/// squidfunk/mkdocs-material's change log and navigation pages).
fn attr_list_id(inner: &str) -> Option<&str> {
    attr_list(inner).flatten()
}

/// The text of a heading before its attribute list when that list gives
/// no id, only classes and `key=value`s (`` `Easy CLA` {.notranslate lang=en} ``
/// is `` `Easy CLA` ``): a site that reads attribute lists (Hugo's
/// Goldmark, MkDocs' attr_list, kramdown) slugs the heading's text alone.
/// None when the heading has no such list, or its list names an id.
pub fn text_before_attr_list(content: &str) -> Option<&str> {
    let t = content.trim_end();
    let inner = t.strip_suffix('}')?;
    let open = inner.rfind('{')?;
    if open == 0 || !inner[..open].ends_with([' ', '\t']) {
        return None;
    }
    let list = &inner[open + 1..];
    if list.trim().trim_start_matches(':').trim().is_empty() {
        return None;
    }
    match attr_list(list) {
        Some(None) => Some(inner[..open].trim_end()),
        _ => None,
    }
}

/// An attribute list's inside read: None when it is not one, else its id
/// if it names one.
fn attr_list(inner: &str) -> Option<Option<&str>> {
    let inner = inner.strip_prefix(':').unwrap_or(inner);
    let mut id = None;
    let mut rest = inner.trim_start();
    while !rest.is_empty() {
        // One word, a quoted value (`key="a b"`) kept whole.
        let mut end = rest.len();
        let mut quote: Option<char> = None;
        for (i, c) in rest.char_indices() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c.is_whitespace() => {
                    end = i;
                    break;
                }
                None => {}
            }
        }
        if quote.is_some() {
            return None;
        }
        let word = &rest[..end];
        rest = rest[end..].trim_start();
        let named = word
            .strip_prefix('#')
            .or_else(|| word.strip_prefix("id=").map(|v| unquoted(v).unwrap_or(v)));
        if let Some(w) = named {
            if id.is_some() || !is_id(w) {
                return None;
            }
            id = Some(w);
        } else if !(word.strip_prefix('.').is_some_and(is_id)
            || word.split_once('=').is_some_and(|(k, v)| {
                is_id(k)
                    && !v.is_empty()
                    && !v.contains(['{', '}'])
                    && (unquoted(v).is_some() || !v.contains(['"', '\'']))
            }))
        {
            return None;
        }
    }
    Some(id)
}

/// The inside of a value in matching quotes (`"with pip"`).
fn unquoted(v: &str) -> Option<&str> {
    ['"', '\''].into_iter().find_map(|q| {
        v.strip_prefix(q)
            .and_then(|x| x.strip_suffix(q))
            .filter(|x| !x.contains(q))
    })
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

/// The ids GitHub gives a footnote whose definition `line` opens
/// (`[^1]: text`), when the document also references it (`[^1]`, a
/// definition no reference uses is not rendered): the note is
/// `#user-content-fn-1` and its reference `#user-content-fnref-1`, which
/// GitBook's Markdown export links beside the reference
/// (`[privacy rules](#user-content-fn-2)[^2]`). `#fn:1`, Python-Markdown's
/// spelling, is none of GitHub's.
pub fn footnote_ids(line: &str, text: &str) -> Vec<String> {
    let Some(rest) = line.strip_prefix("[^") else {
        return Vec::new();
    };
    let Some((label, after)) = rest.split_once(']') else {
        return Vec::new();
    };
    if !after.starts_with(':')
        || label.is_empty()
        || label.contains(char::is_whitespace)
        || label.contains(['[', '^'])
    {
        return Vec::new();
    }
    let written = format!("[^{label}]");
    if text.matches(&written).count() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for l in [label.to_string(), label.to_lowercase()] {
        out.push(format!("fn-{l}"));
        out.push(format!("fnref-{l}"));
    }
    out
}

/// The ids Python-Markdown's attr_list gives an inline element or a block
/// (MkDocs sites): an attribute list right after an element's end
/// (`**`locale`**{ #mkdocs-locale }`, `[x](y){: #id }`, `` `x`{#id} ``), or
/// a line that is only an attribute list (`{: #intro }` under a paragraph).
/// `line` is one line outside code.
pub fn inline_attr_ids(line: &str) -> impl Iterator<Item = &str> {
    let whole = line.trim();
    let block = whole
        .strip_prefix('{')
        .and_then(|l| l.strip_suffix('}'))
        .and_then(attr_list_id);
    let inline = line.match_indices('{').filter_map(move |(at, _)| {
        let before = line[..at].chars().next_back()?;
        if !matches!(before, '*' | '_' | '`' | ')' | ']') {
            return None;
        }
        let close = line[at..].find('}')?;
        attr_list_id(&line[at + 1..at + close])
    });
    block.into_iter().chain(inline)
}

/// The plain text of a heading's inline content.
fn plain(content: &str) -> String {
    if !content.contains(['*', '_', '`', '[', ']', '<', '>', '&', '\\', '!', '~']) {
        return content.to_string();
    }
    let arena = Arena::new();
    let mut o = Options::default();
    o.extension.strikethrough = true;
    // As a heading, so that `1. Code` is not read as a list.
    let root = parse_document(&arena, &format!("# {}", content.replace('\n', " ")), &o);
    // As the full parse reads it: an image's alt text is no heading text.
    super::parse::slug_text(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str) {
        let full = crate::document::parse("a.md", text.to_string()).anchors;
        let fast = anchors(text);
        let mut a: Vec<_> = full.iter().collect();
        let mut b: Vec<_> = fast.iter().collect();
        a.sort();
        b.sort();
        assert_eq!(b, a, "anchors differ for:\n{text}");
    }

    #[test]
    fn matches_the_full_parse() {
        same(
            "# Title ✅\n\n## Setup\n\n## Setup\n\nText\n===\n\n```\n# not\n```\n\n    # code\n\n> ## Quoted\n\n<a name=\"x\"></a>\n\n## **Bold** `code` [link](x.md) __init__.py\n\n## Closing ##\n\n<!--\n## hidden\n-->\n\n### ⚠️ Risks\n\nPara\nline two\n---\n",
        );
        same(
            "---\ntitle: x\n---\n# After front matter\n\n- item\n---\n\n| a |\n|---|\n\n## Привет мир\n\n## 日本語\n",
        );
        // Not YAML metadata: a rule, then a setext heading (GitHub renders it).
        same("---\nSome prose\n---\n# After\n");
        same("\u{feff}---\r\n- one\r\n- two\r\n---\r\n## After\r\n");
        same("---\n| a | b |\n---\n## After\n");
    }

    #[test]
    fn anchor_sets_answer_as_the_set_does() {
        let set = AnchorSet::new(["setup", "a", "", "zeta", "setup", "é-accent"]);
        let all: Vec<&str> = set.iter().collect();
        assert_eq!(all, ["", "a", "setup", "zeta", "é-accent"]);
        for a in ["", "a", "setup", "zeta", "é-accent"] {
            assert!(set.contains(a), "{a}");
        }
        for a in ["b", "set", "setupx", "zeta2", "é"] {
            assert!(!set.contains(a), "{a}");
        }
        assert!(!AnchorSet::default().contains("a"));
    }

    #[test]
    fn explicit_heading_ids_are_anchors() {
        same(
            "## Install {#install}\n\n## 安装 %{#setup}%\n\n## Not {#an id}\n\n## Braces {x}\n\nSetext {#st}\n===\n",
        );
        same(
            "## In a hurry? { #in-a-hurry }\n\n## Setup { #setup .wide }\n\n## Deploy {: #deploy }\n\n## Cache [#cache-provider]\n\n*   **`locale`**{ #mkdocs-locale }: x\n\nPara\n{: #intro }\n\n```\n**x**{ #in-code }\n```\n\n{#each items}\n",
        );
        let a = anchors(
            "## In a hurry? { #in-a-hurry }\n\n## Setup { #setup .wide }\n\n## Deploy {: #deploy }\n\n## Cache [#cache-provider]\n\n*   **`locale`**{ #mkdocs-locale }: x\n\n{: #intro }\n\n```\n**x**{ #in-code }\n```\n\n{#each items}\n",
        );
        same(
            "### 9.7.0 <small>November 11, 2025</small> { id=\"9.7.0\" }\n\n### Navigation path { id=navigation-path }\n\n### with pip { #with-pip data-toc-label=\"with pip\" }\n\n## Odd { #a data-x=\"open }\n",
        );
        let b = anchors(
            "### 9.7.0 <small>November 11, 2025</small> { id=\"9.7.0\" }\n\n### Navigation path { id=navigation-path }\n\n### with pip { #with-pip data-toc-label=\"with pip\" }\n\n## Odd { #a data-x=\"open }\n\n## Two { #b id=c }\n",
        );
        for id in ["9.7.0", "navigation-path", "with-pip"] {
            assert!(b.contains(id), "{id}: {b:?}");
        }
        // Two ids, or an unclosed quote: no attribute list (the `id=c` of
        // `{ #b id=c }` is still read as an HTML attribute would be).
        for id in ["a", "b"] {
            assert!(!b.contains(id), "{id}: {b:?}");
        }
        for id in [
            "in-a-hurry",
            "setup",
            "deploy",
            "cache-provider",
            "mkdocs-locale",
            "intro",
        ] {
            assert!(a.contains(id), "{id}: {a:?}");
        }
        assert!(!a.contains("in-code") && !a.contains("each"), "{a:?}");
        assert_eq!(explicit_id("Fix [#123]x"), None);
        let a = anchors("## Install {#install}\n\n## 安装 %{#setup}%\n\n## Not {#an id}\n");
        assert!(a.contains("install") && a.contains("setup"), "{a:?}");
        assert!(!a.contains("an id"), "{a:?}");
        assert_eq!(explicit_id("Title {#x} trailing"), None);
        assert_eq!(
            explicit_id(
                r"**Stack: AGENTS.md \+ Claude (Code)** {#stack:-agents.md-+-claude-(code)}"
            ),
            Some("stack:-agents.md-+-claude-(code)")
        );
        assert_eq!(explicit_id("Stack + Code {#stack-+-other}"), None);
        assert_eq!(explicit_id("Each {#each+items}"), None);
        assert_eq!(explicit_id("Reference {/*reference*/}"), Some("reference"));
        assert_eq!(
            explicit_id("`useState(initialState)` {/*usestate*/}"),
            Some("usestate")
        );
        assert_eq!(
            explicit_id("Spaced {/* setstate-returns */}"),
            Some("setstate-returns")
        );
        assert_eq!(explicit_id("Comment {/* not an id */}"), None);
        assert_eq!(explicit_id("{/*alone*/}"), None);
        assert_eq!(
            explicit_id(r"What is llms.txt? \{#llms-txt\}"),
            Some("llms-txt")
        );
        assert_eq!(explicit_id(r"Refresh \{#refresh-404}"), Some("refresh-404"));
        assert_eq!(explicit_id(r"Half {#x\}"), None);
    }

    #[test]
    fn matches_on_the_seeds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                same(&t);
            }
        }
    }
}

#[cfg(test)]
mod corpus {
    /// `CHECKMARK_ANCHOR_CORPUS=DIR cargo test --lib anchors::corpus -- --ignored`:
    /// compares the scanner with the full parse on every `.md` file under DIR.
    #[test]
    #[ignore = "needs a corpus folder"]
    fn matches_on_a_corpus() {
        let Ok(dir) = std::env::var("CHECKMARK_ANCHOR_CORPUS") else {
            return;
        };
        let mut stack = vec![std::path::PathBuf::from(dir)];
        let mut n = 0;
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    if !p.ends_with(".git") {
                        stack.push(p);
                    }
                } else if p.extension().is_some_and(|x| x == "md")
                    && let Ok(t) = std::fs::read_to_string(&p)
                {
                    let full = crate::document::parse("a.md", t.clone()).anchors;
                    let fast = super::anchors(&t);
                    assert_eq!(fast, full, "{}", p.display());
                    n += 1;
                }
            }
        }
        println!("{n} documents compared");
    }
}
