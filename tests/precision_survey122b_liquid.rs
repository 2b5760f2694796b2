//! Survey s122b, left pattern: a Liquid template's table row looped over
//! `site.data` (cwka-engineering/cwka-engineering.github.io's
//! `reference/training-videos.md`, a just-the-docs page). Its pipes inside
//! Liquid outputs and tags are filters the engine removes before the
//! Markdown is read. Each pattern beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

const HEAD: &str = "| # | Video | Wiki Pages | Notes |\n|---|-------|------------|-------|\n";

fn page(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "reference/training-videos.md",
        format!("# Training videos\n\n{body}"),
    )
    .commit_all();
    repo
}

#[test]
fn a_liquid_rows_filters_split_no_cell() {
    for text in [
        format!(
            "{{% assign videos = site.data['training-videos'].videos %}}\n\n{HEAD}{{% for v in videos %}}{{% assign info = v[1] %}}| {{{{ forloop.index }}}} | {{% if info.url and info.url != \"\" %}}[{{{{ info.title }}}}]({{{{ info.url }}}}){{% else %}}{{{{ info.title }}}}{{% endif %}} | {{{{ info.files }}}} | {{{{ info.note | default: \"\" }}}} |\n{{% endfor %}}\n"
        ),
        format!(
            "{{% assign notes = site.data.notes %}}\n\n{HEAD}| 1 | Intro | `a.md` | {{{{ notes.intro | upcase | strip }}}} |\n"
        ),
        format!(
            "{{% assign n = 1 %}}\n\n{HEAD}| 1 | Intro | {{% assign p = page.files | join: \", \" %}}{{{{ p }}}} | none |\n"
        ),
    ] {
        let run = page(&text).check(&[]);
        assert_eq!(
            run.findings_of(&["table/"]),
            vec![],
            "{text}\n{}",
            run.dump()
        );
    }
}

/// Twins: the same filter in a page with no Liquid tag, and an extra cell
/// of the row's own in a template, are reported.
#[test]
fn a_pipe_outside_a_liquid_template_or_a_tag_is_reported() {
    for (text, line) in [
        (
            format!("{HEAD}| 1 | Intro | `a.md` | {{{{ note | upcase }}}} |\n"),
            5,
        ),
        (
            format!(
                "{{% assign n = 1 %}}\n\n{HEAD}| 1 | Intro | `a.md` | {{{{ note | upcase }}}} | extra |\n"
            ),
            7,
        ),
    ] {
        let run = page(&text).check(&[]);
        assert_eq!(
            run.findings_of(&["table/"]),
            vec![t(
                "table/column-count",
                "reference/training-videos.md",
                line,
                1,
                ""
            )],
            "{text}\n{}",
            run.dump()
        );
    }
}
