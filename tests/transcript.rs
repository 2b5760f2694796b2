//! A pasted ChatGPT conversation is a record nobody edits: left out like a
//! generated document (`checkmark::transcript`). Survey 40a, FabOps'
//! `BUILD_LOG.md` (a Dutch conversation, `user` / `ChatGPT` turns): its
//! fence, links and table rows were 9 findings judged false. Exact findings,
//! the real binary, a real git repository.

mod common;

use common::{Repo, t};

const BODY: &str = "Here is the plan, see [the spec](docs/spec.md).\n\n\
| Part | Qty |\n|---|---|\n| M3 | 20 | extra |\n\n```python\nprint('cut')\n\n\
- [ ] Order the [parts](docs/parts.md)\n";

fn transcript(turns: usize, web: bool) -> String {
    let (me, it) = if web {
        ("You said:", "###### ChatGPT said:")
    } else {
        ("user", "ChatGPT")
    };
    let mut s = String::from("# Build log\n\n");
    for i in 0..turns {
        s.push_str(&format!("{me}\nquestion {i}\n\n{it}\n\nanswer {i}\n\n"));
    }
    s.push_str(BODY);
    s
}

#[test]
fn a_pasted_chatgpt_conversation_is_not_checked() {
    let repo = Repo::new();
    repo.write("BUILD_LOG.md", transcript(2, false))
        .write("notes/chat.md", transcript(3, true))
        .write("README.md", "# Project\n");
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// Twin: one turn of each side is a quoted exchange in a hand-written
/// document, which is checked: its broken link, its row of three cells and
/// its unclosed fence are reported.
#[test]
fn one_quoted_turn_of_each_side_is_checked() {
    let repo = Repo::new();
    repo.write("BUILD_LOG.md", transcript(1, true));
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "BUILD_LOG.md", 10, 23, "docs/spec.md"),
            t("table/column-count", "BUILD_LOG.md", 14, 1, ""),
            t("document/unclosed-fence", "BUILD_LOG.md", 16, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}
