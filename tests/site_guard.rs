//! A documentation site's links of a form none of which resolve (a build
//! alias, a plugin's routes) are one note on stderr, not a finding each
//! (`rules::site_guard`): a real broken link stands among working links
//! written the same way. Exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

/// Six pages of a VitePress site, each importing a snippet through the
/// site's `@snippets` alias (which its Vite configuration makes, in code
/// checkmark does not read), and linking a sibling page that is there, or,
/// on the last page, one that is not.
fn alias_site(repo: &Repo, config: Option<&str>) {
    if let Some(config) = config {
        repo.write(config, "export default { title: 'x' }\n");
    }
    repo.write("docs/snippets/setup.sh", "echo hi\n");
    for i in 1..=6 {
        let next = if i == 6 {
            "gone.md".to_string()
        } else {
            format!("page{}.md", i + 1)
        };
        repo.write(
            &format!("docs/page{i}.md"),
            format!(
                "# Page {i}\n\n@[code](@snippets/setup.sh)\n\nNext: [page]({next}).\n\n\
                 Also [the first page](page1.md).\n"
            ),
        );
    }
    repo.commit_all();
}

fn missing_paths(run: &common::Run) -> Vec<common::Tuple> {
    run.findings_of(&["link/missing-path"])
}

/// The six `@snippets/setup.sh` imports resolve nowhere in the tree, and no
/// link of the site written `@snippets/…` does: the site's build reads them
/// (VuePress' `importCode.handleImportPath`, a Vite alias). One note says
/// so; the broken relative link among working ones is still reported.
#[test]
fn a_form_of_link_none_of_a_sites_links_resolve_is_one_note() {
    let repo = Repo::new();
    alias_site(&repo, Some("docs/.vitepress/config.mts"));
    let run = repo.check(&[]);
    assert_eq!(
        missing_paths(&run),
        vec![t(
            "link/missing-path",
            "docs/page6.md",
            5,
            7,
            "docs/gone.md"
        )],
        "\n{}",
        run.dump()
    );
    assert!(
        run.stderr.contains(
            "note: 6 links of the VitePress site in `docs/` written as links starting with `@snippets/` were not reported: none of the site's links written so resolve"
        ) && run.stderr.contains("= example: `@snippets/setup.sh` in docs/page1.md:3")
            && run
                .stderr
                .contains("set `report_all_site_links = true` under `[links]`"),
        "{}",
        run.stderr
    );
}

/// Twin: the same documents with no site: GitHub shows them, and each
/// `@snippets/setup.sh` is a dead link there.
#[test]
fn the_same_links_outside_a_site_are_reported() {
    let repo = Repo::new();
    alias_site(&repo, None);
    let run = repo.check(&[]);
    let found = missing_paths(&run);
    assert_eq!(found.len(), 7, "\n{}", run.dump());
    assert_eq!(
        found[0],
        t(
            "link/missing-path",
            "docs/page1.md",
            3,
            2,
            "docs/@snippets/setup.sh"
        )
    );
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

/// Twin: the configuration asks for every link: the six are reported.
#[test]
fn report_all_site_links_reports_them() {
    let repo = Repo::new();
    repo.write("checkmark.toml", "[links]\nreport_all_site_links = true\n");
    alias_site(&repo, Some("docs/.vitepress/config.mts"));
    let run = repo.check(&[]);
    assert_eq!(missing_paths(&run).len(), 7, "\n{}", run.dump());
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

/// Twin: a form most of whose links resolve is the site's own way of
/// writing links; its missing ones are real broken links, each reported,
/// however many there are.
#[test]
fn missing_links_of_a_form_that_mostly_resolves_are_each_reported() {
    let repo = Repo::new();
    repo.write("docs/.vitepress/config.mts", "export default {}\n");
    let mut index = String::from("# Index\n\n");
    for i in 1..=12 {
        repo.write(&format!("docs/p{i}.md"), format!("# P{i}\n"));
        index.push_str(&format!("- [p{i}](p{i}.html)\n"));
    }
    for i in 1..=6 {
        index.push_str(&format!("- [gone {i}](gone{i}.html)\n"));
    }
    repo.write("docs/index.md", index);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(missing_paths(&run).len(), 6, "\n{}", run.dump());
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

/// Twin: a relative link to a file names that file however the site reads
/// its pages: five pages' `[notes](notes.md)`, none there, are five
/// findings, though no `.md` link of the site resolves.
#[test]
fn relative_links_to_files_are_always_reported() {
    let repo = Repo::new();
    repo.write("docs/.vitepress/config.mts", "export default {}\n");
    for i in 1..=5 {
        repo.write(
            &format!("docs/p{i}/index.md"),
            format!("# Project {i}\n\nSee [notes](notes.md) and ![shot](shot.png).\n"),
        );
    }
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(missing_paths(&run).len(), 10, "\n{}", run.dump());
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

/// Twin: four links of the form are too few to say the site reads them
/// its own way: each is reported.
#[test]
fn a_few_missing_links_of_a_form_are_each_reported() {
    let repo = Repo::new();
    repo.write("docs/.vitepress/config.mts", "export default {}\n");
    for i in 1..=4 {
        repo.write(
            &format!("docs/page{i}.md"),
            "# Page\n\n@[code](@snippets/setup.sh)\n",
        );
    }
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(missing_paths(&run).len(), 4, "\n{}", run.dump());
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

/// `check PATH` of one page judges its links' forms by the whole site, as a
/// run of the repository does: page 3's `@snippets/setup.sh`, a form none of
/// the site's six links resolve, is the note, not a finding.
#[test]
fn one_page_is_judged_by_its_whole_sites_links() {
    let repo = Repo::new();
    alias_site(&repo, Some("docs/.vitepress/config.mts"));
    let run = repo.check(&["docs/page3.md"]);
    assert_eq!(missing_paths(&run), vec![], "\n{}", run.dump());
    assert!(
        run.stderr.contains(
            "note: 1 link of the VitePress site in `docs/` written as links starting with `@snippets/` was not reported: none of the site's links written so resolve"
        ) && run.stderr.contains("= example: `@snippets/setup.sh` in docs/page3.md:3"),
        "{}",
        run.stderr
    );
    // Twin: the broken relative link of page 6 is reported when page 6 is checked.
    let run = repo.check(&["docs/page6.md"]);
    assert_eq!(
        missing_paths(&run),
        vec![t(
            "link/missing-path",
            "docs/page6.md",
            5,
            7,
            "docs/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: one page of the same documents with no site: its
/// `@snippets/setup.sh` is a dead link on GitHub.
#[test]
fn one_page_outside_a_site_reports_the_form() {
    let repo = Repo::new();
    alias_site(&repo, None);
    let run = repo.check(&["docs/page3.md"]);
    assert_eq!(
        missing_paths(&run),
        vec![t(
            "link/missing-path",
            "docs/page3.md",
            3,
            2,
            "docs/@snippets/setup.sh"
        )],
        "\n{}",
        run.dump()
    );
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

/// The hook judges a site page's new link as `check` does: a commit adding
/// one more `@snippets/…` import to a page of the site passes, with the note
/// on stderr; the same commit adding a broken relative link is blocked.
#[test]
fn the_hook_judges_a_site_pages_links_by_the_whole_site() {
    let repo = Repo::new();
    alias_site(&repo, Some("docs/.vitepress/config.mts"));
    let page = "# Page 3\n\n@[code](@snippets/setup.sh)\n\nNext: [page](page4.md).\n\n\
                Also [the first page](page1.md).\n";
    repo.write(
        "docs/page3.md",
        format!("{page}\n@[code](@snippets/teardown.sh)\n"),
    );
    repo.add(&["docs/page3.md"]);
    let run = repo.run(&["hook"]);
    assert_eq!(run.code, 0, "\n{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "", "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "note: 1 link of the VitePress site in `docs/` written as links starting with `@snippets/` was not reported"
        ) && run
            .stderr
            .contains("= example: `@snippets/teardown.sh` in docs/page3.md:9"),
        "{}",
        run.stderr
    );
    // Twin: a broken relative link to a file is the commit's own mistake.
    repo.write("docs/page3.md", format!("{page}\nSee [setup](setpu.md).\n"));
    repo.add(&["docs/page3.md"]);
    let run = repo.run(&["hook", "--format", "json"]);
    assert_eq!(run.code, 1, "\n{}\n{}", run.stdout, run.stderr);
    assert_eq!(
        missing_paths(&run),
        vec![t(
            "link/missing-path",
            "docs/page3.md",
            9,
            5,
            "docs/setpu.md"
        )],
        "\n{}",
        run.dump()
    );
}
