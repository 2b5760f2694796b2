//! Pasted chat transcripts: a conversation with ChatGPT copied into a
//! Markdown file, kept as a record.
//!
//! The copy keeps the turns' labels on lines of their own: `You said:` and
//! `ChatGPT said:` (the web page's, sometimes as headings, `###### ChatGPT
//! said:`), or `user` and `ChatGPT` (an older export). Between them stands
//! the assistant's text as it was: links to pages it imagined, tables with
//! the cells it wrote, a fence the copy cut. Nobody edits a transcript to fix
//! them, so a document with two or more turns of each side is left out like
//! a generated one (survey 40a, FabOps' `BUILD_LOG.md`: 32,000 lines of a
//! Dutch ChatGPT conversation, whose fence, links and table rows were 9
//! findings judged false). A document that only mentions the labels (a
//! guide to capturing transcripts, "it keeps the `You said:` markers"), or
//! holds one turn of each, is checked.

/// The fewest turns of each side that make a document a transcript.
const MIN_TURNS: usize = 2;

/// Whether `text` is a pasted chat transcript.
pub fn is_transcript(text: &[u8]) -> bool {
    // Every assistant label names ChatGPT: most documents end here.
    if memchr::memmem::find(text, b"ChatGPT").is_none() {
        return false;
    }
    let text = String::from_utf8_lossy(text);
    let (mut user, mut assistant) = (0, 0);
    for line in text.lines() {
        match label(line) {
            Some(Side::User) => user += 1,
            Some(Side::Assistant) => assistant += 1,
            None => continue,
        }
        if user >= MIN_TURNS && assistant >= MIN_TURNS {
            return true;
        }
    }
    false
}

enum Side {
    User,
    Assistant,
}

/// The side whose turn a line labels, if it is a label alone on its line
/// (as a heading or in bold too).
fn label(line: &str) -> Option<Side> {
    let l = line.trim();
    if l.len() > 20 {
        return None;
    }
    let l = l.trim_start_matches('#').trim();
    let l = l
        .strip_prefix("**")
        .and_then(|l| l.strip_suffix("**"))
        .unwrap_or(l)
        .trim();
    match l {
        "You said:" | "user" => Some(Side::User),
        "ChatGPT said:" | "ChatGPT" => Some(Side::Assistant),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_turns_of_each_side_make_a_transcript() {
        let web = "You said:\nhi\n\nChatGPT said:\nHello!\n\nYou said:\nmore\n\n###### ChatGPT said:\n\nSure.\n";
        assert!(is_transcript(web.as_bytes()));
        let export = "user\nQ1\nChatGPT\nA1\nuser\nQ2\nChatGPT\nA2\n";
        assert!(is_transcript(export.as_bytes()));
        let bold =
            "**You said:**\na\n**ChatGPT said:**\nb\n**You said:**\nc\n**ChatGPT said:**\nd\n";
        assert!(is_transcript(bold.as_bytes()));
    }

    #[test]
    fn a_mention_or_one_turn_is_no_transcript() {
        let guide = "Copy the page; it keeps the \"You said:\" and \"ChatGPT said:\" markers.\n";
        assert!(!is_transcript(guide.as_bytes()));
        let one = "You said:\nhi\nChatGPT said:\nHello!\n";
        assert!(!is_transcript(one.as_bytes()));
        let prose = "# Notes\n\nWe asked ChatGPT.\n\nuser\n\nuser\n";
        assert!(!is_transcript(prose.as_bytes()));
    }
}
