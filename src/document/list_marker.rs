//! The marker that opens a list item (`- `, `* `, `+ `, `1. `, `1) `), read
//! from the raw text of a line. The parse knows list items; these are for the
//! rules that read a line's text around a reference (is this line an entry
//! of a list, which task box does it hold) without a second parse.

/// What follows a list item's marker (a bullet `-`, `*`, `+` or a number
/// `1.`, `1)`, after any indentation, then a space or tab), or `None` when
/// `line` opens no list item. A line inside a block quote keeps its `>`:
/// strip it first where quoted items count.
pub fn after_list_marker(line: &str) -> Option<&str> {
    let rest = line.trim_start();
    let marker = if let Some(r) = rest.strip_prefix(['-', '*', '+']) {
        r
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest[digits..].strip_prefix(['.', ')'])?
    };
    marker.starts_with([' ', '\t']).then_some(marker)
}

/// Whether `line` opens a list item.
pub fn opens_list_item(line: &str) -> bool {
    after_list_marker(line).is_some()
}

/// The task box of a list item's line: `Some(true)` for a ticked one
/// (`- [x] …`, `1. [X] …`), `Some(false)` for an open one (`- [ ] …`),
/// `None` for any other line. Block-quote markers before the item count as
/// indentation.
pub fn task_box(line: &str) -> Option<bool> {
    let rest = after_list_marker(line.trim_start_matches([' ', '\t', '>']))?;
    let rest = rest.trim_start_matches([' ', '\t']);
    if rest.starts_with("[x]") || rest.starts_with("[X]") {
        Some(true)
    } else if rest.starts_with("[ ]") {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(after_list_marker("- a"), Some(" a"));
        assert_eq!(after_list_marker("  * a"), Some(" a"));
        assert_eq!(after_list_marker("+\ta"), Some("\ta"));
        assert_eq!(after_list_marker("12. a"), Some(" a"));
        assert_eq!(after_list_marker("3) a"), Some(" a"));
        assert_eq!(after_list_marker("-a"), None);
        assert_eq!(after_list_marker("1.a"), None);
        assert_eq!(after_list_marker("a. b"), None);
        assert_eq!(after_list_marker(". b"), None);
        assert_eq!(after_list_marker("> - a"), None);
        assert_eq!(after_list_marker(""), None);
    }

    #[test]
    fn task_boxes() {
        assert_eq!(task_box("- [x] done"), Some(true));
        assert_eq!(task_box("> 1. [X] done"), Some(true));
        assert_eq!(task_box("  * [ ] open"), Some(false));
        assert_eq!(task_box("- [-] other"), None);
        assert_eq!(task_box("[x] no marker"), None);
        assert_eq!(task_box("-[x] no space"), None);
    }
}
