//! Survey 62b: multilingual and versioned documentation sites (Docusaurus
//! with i18n and versioned docs, a Hugo multilingual theme, MkDocs with
//! i18n, a Jekyll theme's own docs). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- document/unclosed-fence: an HTML block opened by a tag with a
// `markdown` attribute ends at its closing tag as kramdown (Jekyll) and
// Python-Markdown's `md_in_html` read it, so a fence right below `</div>`
// opens a block there (just-the-docs' typography pages show each example in
// a `<div class="code-example" markdown="1">` with its source right below:
// 2 findings judged false) ---

/// A just-the-docs page whose three examples open with `div`, and whose
/// last section is `tail`.
fn typography(div: &str, tail: &str) -> Repo {
    let example = |class: &str| {
        format!(
            "{div}\nText\n{{: .{class} }}\n</div>\n```markdown\nUse the wrapper:\n\n\
             Text\n{{: .{class} }}\n```\n"
        )
    };
    let repo = Repo::new();
    repo.write(
        "_config.yml",
        "title: Just the Docs\ntheme: just-the-docs\n",
    )
    .write("index.md", "# Home\n")
    .write(
        "docs/typography.md",
        format!(
            "---\ntitle: Typography\n---\n\n# Typography Utilities\n\n## Font weight\n\n\
                 {}\n## Line height\n\n| Class | Value |\n|:--|:--|\n| `.lh-0` | 0 |\n\n{}\n\
                 ## Text transform\n\n{}\n## Text justification\n\n- left\n- right\n\n{tail}",
            example("fw-300"),
            example("lh-0"),
            example("text-uppercase"),
        ),
    );
    repo.commit_all();
    repo
}

/// The `document/unclosed-fence` findings of a run of `repo`: the line of
/// each (all in `docs/typography.md`, at column 1), checked against `lines`.
fn assert_fences(repo: Repo, lines: &[u64]) {
    let run = repo.check(&[]);
    let expected: Vec<_> = lines
        .iter()
        .map(|&l| t("document/unclosed-fence", "docs/typography.md", l, 1, ""))
        .collect();
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        expected,
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_fence_right_below_a_markdown_div_opens_a_block() {
    assert_fences(
        typography("<div class=\"code-example\" markdown=\"1\">", ""),
        &[],
    );
}

/// Twin: the same examples in a `<div>` without the attribute, which is what
/// says the page is written for kramdown or `md_in_html`: read GitHub's way,
/// its HTML block swallows the fence below `</div>` and every later fence
/// pairs wrongly.
#[test]
fn a_fence_right_below_a_plain_div_is_reported() {
    assert_fences(typography("<div class=\"code-example\">", ""), &[18]);
}

/// Twin: with the attribute, a fence the page really leaves open at its end
/// still hides what follows it: reported.
#[test]
fn an_unclosed_fence_after_markdown_divs_is_reported() {
    assert_fences(
        typography(
            "<div class=\"code-example\" markdown=\"1\">",
            "## Colors\n\n```markdown\n- red\n\n## Fonts\n\n- serif\n",
        ),
        &[57],
    );
}

// --- link/missing-path: an MkDocs site served under its `site_url`'s path
// (ultrabug/mkdocs-static-i18n, `site_url:
// https://ultrabug.github.io/mkdocs-static-i18n`, links its localized
// sitemap as `/mkdocs-static-i18n/sitemap.xml`, which MkDocs writes at the
// site's root: 1 finding judged false) ---

/// An MkDocs site with `config` whose page links `links`, with a logo in
/// `docs/assets/`.
fn served_under(config: &str, links: &str) -> Repo {
    let repo = Repo::new();
    let page = format!("# Using i18n alternates\n\n{links}\n");
    for (path, text) in [
        ("mkdocs.yml", config),
        ("docs/assets/logo.png", "png"),
        ("docs/index.md", "# Home\n"),
        ("docs/setup/using-alternates.md", page.as_str()),
    ] {
        repo.write(path, text);
    }
    repo.commit_all();
    repo
}

const SERVED_CONFIG: &str = "site_name: MkDocs static i18n plugin documentation\n\
     site_url: https://ultrabug.github.io/mkdocs-static-i18n\n";

/// The `link/missing-path` findings' targets of a run of `repo`.
fn missing(repo: Repo) -> Vec<String> {
    let run = repo.check(&[]);
    let found = run.findings_of(&["link/missing-path"]);
    eprintln!("{}", run.dump());
    found
        .into_iter()
        .map(|f| format!("{}:{}", f.2, f.3))
        .collect()
}

#[test]
fn a_root_link_under_the_site_url_path_is_read_from_the_sites_root() {
    let found = missing(served_under(
        SERVED_CONFIG,
        "Check out the [sitemap](/mkdocs-static-i18n/sitemap.xml), the \
         [plain one](/sitemap.xml) and the [logo](/mkdocs-static-i18n/assets/logo.png).",
    ));
    assert_eq!(found, Vec::<String>::new());
}

/// Twin: a file the site does not hold is reported, under the site's path
/// or not; so is the sitemap under another path, and the same links on a
/// site whose `site_url` has no path.
#[test]
fn a_missing_file_under_the_site_url_path_is_reported() {
    let links = "[a](/mkdocs-static-i18n/assets/gone.png) [b](/docs/sitemap.xml) \
                 [c](/mkdocs-static-i18n/assets/logo.png)";
    assert_eq!(
        missing(served_under(SERVED_CONFIG, links)),
        vec!["3:1", "3:42"]
    );
    let root_site = "site_name: Docs\nsite_url: https://docs.example.com/\n";
    assert_eq!(
        missing(served_under(root_site, links)),
        vec!["3:1", "3:42", "3:65"]
    );
}
