//! Pages whose body is a component that makes its anchors at run time.
//!
//! A VitePress page can be front matter, a `<script>` and a component only:
//! vuejs/docs' `src/examples/index.md` is `<ClientOnly><ExampleRepl
//! /></ClientOnly>`, and `ExampleRepl.vue` reads `location.hash` to pick the
//! example (`/examples/#modal`); `src/api/index.md` is `<ApiIndex />`, which
//! renders `<h2 :id="section.anchor">`. Such a page has no Markdown heading,
//! and no text of it shows the anchors its component makes, so any anchor
//! into it may be one. A page with a heading is read as usual: its anchors
//! are its headings.

/// Whether the Markdown `text` has no heading and its body, past front
/// matter, `<script>`/`<style>` blocks and HTML comments, is only component
/// tags (`<ApiIndex />`, `<ClientOnly>` … `</ClientOnly>`, `<my-widget>`):
/// at least one, and nothing else.
pub fn made_by_component(text: &str) -> bool {
    let body = match crate::document::front_matter::span(text) {
        Some(span) => &text[span.end..],
        None => text,
    };
    let mut components = 0;
    let mut skip_until: Option<&str> = None;
    for line in body.lines() {
        let t = line.trim();
        if let Some(end) = skip_until {
            if t.contains(end) {
                skip_until = None;
            }
            continue;
        }
        if t.is_empty() {
            continue;
        }
        let lower = t.to_ascii_lowercase();
        let block = [
            ("<script", "</script>"),
            ("<style", "</style>"),
            ("<!--", "-->"),
        ]
        .into_iter()
        .find(|(open, _)| lower.starts_with(open));
        if let Some((_, close)) = block {
            if !lower.contains(close) {
                skip_until = Some(close);
            }
            continue;
        }
        if !only_component_tags(t) {
            return false;
        }
        components += 1;
    }
    components > 0
}

/// Whether a line is nothing but component tags: `<Name …>`, `<Name />`,
/// `</Name>`, a name starting with a capital or holding a `-` (a custom
/// element); an HTML element (`<div>`, `<h2>`) or text is not.
fn only_component_tags(line: &str) -> bool {
    let mut rest = line.trim();
    while !rest.is_empty() {
        let Some(tag) = rest.strip_prefix('<') else {
            return false;
        };
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        let component = name.starts_with(|c: char| c.is_ascii_uppercase()) || name.contains('-');
        let Some(end) = rest.find('>') else {
            return false;
        };
        if !component {
            return false;
        }
        rest = rest[end + 1..].trim_start();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_components_only_is_made_by_them() {
        assert!(made_by_component(
            "---\npage: true\n---\n\n<script setup>\nimport A from './A.vue'\n</script>\n\n<ApiIndex />\n"
        ));
        assert!(made_by_component(
            "<ClientOnly>\n  <ExampleRepl />\n</ClientOnly>\n"
        ));
        assert!(!made_by_component("# Title\n\n<ApiIndex />\n"));
        assert!(!made_by_component("<ApiIndex />\n\nSome text.\n"));
        assert!(!made_by_component("<div>\n<h2 id=\"a\">A</h2>\n</div>\n"));
        assert!(!made_by_component("---\ntitle: x\n---\n"));
    }
}
