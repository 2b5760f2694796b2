//! The emoji links of an all-contributors table.
//!
//! The all-contributors tools (all-contributors-cli, the @all-contributors
//! bot) write each contributor's contributions as emoji links:
//! `<a href="#question-bencodezen" title="Answering Questions">💬</a>`. A
//! contribution type without a page of its own (questions, ideas, design,
//! plugins, …) links to `#<type>-<login>`, an anchor no document has, by the
//! specification's design; nobody maintains such a link, and a table copied
//! out of the generated region (vuejs/vuepress' "Core Team Emeriti") keeps
//! them too. Such a link, an `<a>` whose `title` is the description the
//! tools give its type (`src/util/contribution-types.js` of
//! all-contributors/cli), is not checked; a hand-written `#usage` is.

use crate::document::Document;

use super::references::Reference;

/// Each contribution type of the all-contributors specification and the
/// title its emoji link carries.
const TYPES: &[(&str, &str)] = &[
    ("a11y", "Accessibility"),
    ("audio", "Audio"),
    ("blog", "Blogposts"),
    ("bug", "Bug reports"),
    ("business", "Business development"),
    ("code", "Code"),
    ("content", "Content"),
    ("data", "Data"),
    ("design", "Design"),
    ("doc", "Documentation"),
    ("eventOrganizing", "Event Organizing"),
    ("example", "Examples"),
    ("financial", "Financial"),
    ("fundingFinding", "Funding Finding"),
    ("ideas", "Ideas, Planning, & Feedback"),
    ("infra", "Infrastructure (Hosting, Build-Tools, etc)"),
    ("maintenance", "Maintenance"),
    ("mentoring", "Mentoring"),
    ("platform", "Packaging/porting to new platform"),
    ("plugin", "Plugin/utility libraries"),
    ("projectManagement", "Project Management"),
    ("promotion", "Promotion"),
    ("question", "Answering Questions"),
    ("research", "Research"),
    ("review", "Reviewed Pull Requests"),
    ("security", "Security"),
    ("talk", "Talks"),
    ("test", "Tests"),
    ("tool", "Tools"),
    ("translation", "Translation"),
    ("tutorial", "Tutorials"),
    ("userTesting", "User Testing"),
    ("video", "Videos"),
];

/// Whether the same-document anchor `r` is an all-contributors emoji link:
/// the `href` of an `<a>` tag, `#<type>-<login>` for a contribution type,
/// whose `title` is that type's description.
pub fn emoji_link(doc: &Document, r: &Reference, anchor: &str) -> bool {
    let text = doc.text.as_str();
    let Some(before) = text.get(..r.span.start) else {
        return false;
    };
    if !(before.ends_with("href=\"") || before.ends_with("href='")) {
        return false;
    }
    let Some(open) = before.rfind('<') else {
        return false;
    };
    let Some(close) = text[r.span.start..].find('>').map(|i| r.span.start + i) else {
        return false;
    };
    let tag = &text[open..close];
    if !tag.starts_with("<a ") || tag.contains('\n') {
        return false;
    }
    let Some((kind, login)) = anchor.split_once('-') else {
        return false;
    };
    if login.is_empty() {
        return false;
    }
    TYPES.iter().any(|(t, title)| {
        *t == kind
            && (tag.contains(&format!("title=\"{title}\""))
                || tag.contains(&format!("title=\"{}\"", title.replace('&', "&amp;"))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_has_a_title() {
        assert!(
            TYPES
                .iter()
                .all(|(t, title)| !t.is_empty() && !title.is_empty())
        );
        assert!(TYPES.iter().any(|(t, _)| *t == "question"));
    }
}
