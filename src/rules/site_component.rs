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
    // A `---` block that is not metadata is text, and its `---` line no
    // component tag: the body is read first, the block as YAML only when
    // the body is all components.
    use crate::document::front_matter;
    match front_matter::block_end(text) {
        Some(end) => only_components(&text[end..]) && front_matter::span(text).is_some(),
        None => only_components(text),
    }
}

/// Whether `body` is only component tags (at least one), `<script>` and
/// `<style>` blocks, HTML comments and blank lines.
fn only_components(body: &str) -> bool {
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

/// The OpenAPI document a page renders with Redoc: its operations and
/// tags when the page imports it from a JSON file of the repository
/// (`import spec from './api.json'`, `<API override={spec} />`), or
/// nothing known when it names the document by URL (`<API
/// url="https://…/spec/api.json" />`). ory/docs' API reference pages
/// (survey 34b): the page is front matter and, in a ` ```mdx-code-block `
/// fence, an import and the component; Redoc makes the anchors at run time
/// (`#tag/identity/operation/listIdentities`, `#operation/createIdentity`).
#[derive(Debug, Default)]
pub struct Spec {
    /// Read from the repository: the anchors are judged against it.
    pub known: bool,
    /// Each operation's id and tags.
    pub operations: std::collections::HashMap<String, Vec<String>>,
    /// Every tag (declared, or named by an operation).
    pub tags: std::collections::HashSet<String>,
}

impl Spec {
    /// Whether Redoc makes `anchor` on the page: an anchor of Redoc's forms
    /// (`tag/…`, `operation/…`, `section/…`, `schema/…`) whose tag and
    /// operation the document has, or any of those forms when the document
    /// is not read. Another anchor (a heading's slug) is not Redoc's.
    pub fn makes(&self, anchor: &str) -> bool {
        let redoc = ["tag/", "operation/", "section/", "schema/", "model/"]
            .iter()
            .any(|p| anchor.starts_with(p));
        if !redoc {
            return false;
        }
        if !self.known {
            return true;
        }
        let tag_ok = |t: &str| {
            let t = t.replace('-', " ").to_lowercase();
            self.tags
                .iter()
                .any(|x| x.replace('-', " ").to_lowercase() == t)
        };
        if let Some(op) = anchor.strip_prefix("operation/") {
            return self.operations.contains_key(op);
        }
        if let Some(rest) = anchor.strip_prefix("tag/") {
            return match rest.split_once('/') {
                None => tag_ok(rest),
                Some((tag, rest)) => {
                    tag_ok(tag)
                        && match rest.strip_prefix("operation/") {
                            Some(op) => self.operations.contains_key(op),
                            // `tag/x/paths/…` and other forms: not judged.
                            None => true,
                        }
                }
            };
        }
        true
    }
}

/// The spec a page renders with a component (see [`Spec`]): None unless
/// the page has no heading and its body, past front matter, is only blank
/// lines, ` ```mdx-code-block ` fences, `import` lines and component tags,
/// one of which takes an imported JSON file (`={spec}`) or a spec URL
/// (`url="https://…/api.json"`, `.yaml`, `.yml`).
pub fn redoc_spec(text: &str, read: impl Fn(&str) -> Option<Vec<u8>>) -> Option<Spec> {
    static IMPORT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"^import\s+([A-Za-z_$][\w$]*)\s+from\s+["']([^"']+)["'];?$"#)
            .expect("static regex is valid")
    });
    static URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"=\s*["']https?://[^"'\s]+\.(?:json|ya?ml)["']"#)
            .expect("static regex is valid")
    });
    let body = match crate::document::front_matter::span(text) {
        Some(span) => &text[span.end..],
        None => text,
    };
    let mut imports: Vec<(String, String)> = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    for line in body.lines() {
        let t = line.trim();
        if t.is_empty() || t == "```mdx-code-block" || t == "```" {
            continue;
        }
        if let Some(c) = IMPORT.captures(t) {
            imports.push((c[1].to_string(), c[2].to_string()));
            continue;
        }
        if !only_component_tags(t) {
            return None;
        }
        tags.push(t);
    }
    if tags.is_empty() {
        return None;
    }
    for (name, from) in &imports {
        let used = tags.iter().any(|t| t.contains(&format!("={{{name}}}")));
        if used && from.starts_with('.') && from.ends_with(".json") {
            let Some(spec) = read(from).and_then(|b| serde_json::from_slice(&b).ok()) else {
                return Some(Spec::default());
            };
            return Some(spec_of(&spec));
        }
    }
    tags.iter().any(|t| URL.is_match(t)).then(Spec::default)
}

/// The operations and tags of an OpenAPI document.
fn spec_of(doc: &serde_json::Value) -> Spec {
    let mut spec = Spec {
        known: true,
        ..Spec::default()
    };
    for t in doc["tags"].as_array().into_iter().flatten() {
        if let Some(name) = t["name"].as_str() {
            spec.tags.insert(name.to_string());
        }
    }
    for item in doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|o| o.values())
    {
        for op in item.as_object().into_iter().flat_map(|o| o.values()) {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let tags: Vec<String> = op["tags"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect();
            spec.tags.extend(tags.iter().cloned());
            spec.operations.insert(id.to_string(), tags);
        }
    }
    spec
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

    #[test]
    fn a_redoc_page_makes_the_anchors_of_its_spec() {
        let page = "---\nid: api\n---\n\n```mdx-code-block\nimport API from '@theme/API'\nimport spec from './api.json'\n\n<API override={spec} />\n```\n";
        let json = br#"{"tags":[{"name":"identity"}],"paths":{"/x":{"get":{"operationId":"listIdentities","tags":["identity"]}}}}"#;
        let spec = redoc_spec(page, |p| (p == "./api.json").then(|| json.to_vec()));
        let spec = spec.expect("a Redoc page");
        assert!(spec.makes("tag/identity/operation/listIdentities"));
        assert!(spec.makes("operation/listIdentities"));
        assert!(spec.makes("tag/identity"));
        assert!(!spec.makes("operation/initializeSelfServiceLoginFlow"));
        assert!(!spec.makes("tag/frontend"));
        assert!(!spec.makes("get-settings-flow"));
        let remote = "```mdx-code-block\nimport API from '@theme/API'\n\n<API repo=\"kratos\" url=\"https://example.com/spec/api.json\" />\n```\n";
        let spec = redoc_spec(remote, |_| None).expect("a Redoc page");
        assert!(spec.makes("tag/frontend/operation/updateLogoutFlow"));
        assert!(!spec.makes("get-settings-flow"));
        assert!(redoc_spec("# Title\n\n<API url=\"https://x/api.json\" />\n", |_| None).is_none());
    }
}
