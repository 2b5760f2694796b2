//! Patterns of survey 34c (alphagov/govuk-developer-docs, kyama0/gitlab-
//! handbook-ja, etcd-io/etcd, PagerDuty/incident-response-docs,
//! goharbor/community): the pages of a Middleman site (the GOV.UK Tech Docs
//! Template), served under their names less the template extensions (P1),
//! and root links a `_redirects` rule of the site sends to another host
//! (P4). Each false pattern beside its true twin, exact findings, the real
//! binary in real git repositories.

mod common;

use common::{Repo, t};

/// govuk-developer-docs: a `config.rb` beside a `Gemfile` naming Middleman
/// and the Tech Docs gem, its pages in `source/` as `x.html.md` (or
/// `x.html.md.erb`), served as `/manual/x.html`.
fn middleman() -> Repo {
    let repo = Repo::new();
    repo.write(
        "Gemfile",
        "source \"https://rubygems.org\"\n\ngem \"govuk_tech_docs\"\ngem \"middleman\"\n",
    )
    .write(
        "config.rb",
        "require \"govuk_tech_docs\"\n\nGovukTechDocs.configure(self)\n",
    )
    .write("source/manual/deployments.html.md", "# Deployments\n")
    .write(
        "source/manual/alerts/whitehall-scheduled-publishing.html.md.erb",
        "# Scheduled publishing\n",
    )
    .write("source/images/arch.png", "png")
    .write("source/repos.json.erb", "<%= repos %>\n")
    .write("source/index.html.erb", "<h1>Docs</h1>\n");
    repo
}

/// govuk-developer-docs links its manual pages by their served names
/// (`/manual/deployments.html` for `source/manual/deployments.html.md`),
/// relatively too, its images from `source/` (`/images/x.png`) and its
/// generated JSON (`/repos.json` from `repos.json.erb`): judged false, 26
/// of a sample of 30, 271 of 354 in all. Twins: a page no template serves
/// (`/manual/deployment.html`, `alerts/missing.html`), a page a `proxy`
/// makes at build time (`/repos/frontend.html`, which the tree does not
/// show) and the same root link in the README, which GitHub shows, stay
/// reported.
#[test]
fn the_pages_of_a_middleman_site_by_their_served_names() {
    let repo = middleman();
    repo.write(
        "source/manual/on-call.html.md",
        "# On call\n\n\
         - [Deploy](/manual/deployments.html)\n\
         - [Deploy again](deployments.html)\n\
         - [Scheduled](/manual/alerts/whitehall-scheduled-publishing.html)\n\
         - [Repos](/repos.json)\n\
         - [Home](/)\n\n\
         ![Architecture](/images/arch.png)\n\n\
         - [Typo](/manual/deployment.html)\n\
         - [Gone](alerts/missing.html)\n\
         - [Frontend](/repos/frontend.html)\n",
    )
    .write(
        "README.md",
        "# Docs\n\nSee [deployments](/manual/deployments.html).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "README.md",
                3,
                5,
                "manual/deployments.html"
            ),
            t(
                "link/missing-path",
                "source/manual/on-call.html.md",
                11,
                3,
                "manual/deployment.html"
            ),
            t(
                "link/missing-path",
                "source/manual/on-call.html.md",
                12,
                3,
                "source/manual/alerts/missing.html"
            ),
            t(
                "link/missing-path",
                "source/manual/on-call.html.md",
                13,
                3,
                "repos/frontend.html"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Without a `Gemfile` that names Middleman (or the Tech Docs gem), a
/// `config.rb` beside `source/` is no site: the links are read as GitHub
/// reads them, and reported.
#[test]
fn a_config_rb_without_middleman_is_no_site() {
    let repo = middleman();
    repo.write(
        "Gemfile",
        "source \"https://rubygems.org\"\n\ngem \"rake\"\n",
    )
    .write(
        "source/manual/on-call.html.md",
        "# On call\n\n- [Deploy](/manual/deployments.html)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "source/manual/on-call.html.md",
            3,
            3,
            "manual/deployments.html"
        )],
        "\n{}",
        run.dump()
    );
}

/// gitlab-handbook-ja, a Hugo site, keeps no images: its `layouts/
/// index.redirects` template writes the `_redirects` file Cloudflare Pages
/// reads, whose `/images/* <imageBaseUrl>/images/:splat 301` sends every
/// `/images/…` URL to the upstream handbook's host (judged false: 30 of a
/// sample of 30, 1611 in all); a rule for one path serves that path. Twins: a root link under no rule
/// (`/uploads/x.pdf`), a rule whose source is a template action, the
/// catch-all `/*` of a `static/_redirects`, and the same image in the
/// README, which GitHub shows, stay reported.
#[test]
fn root_links_a_redirects_rule_sends_elsewhere() {
    let repo = Repo::new();
    repo.write("hugo.toml", "baseURL = \"https://example.org/\"\n")
        .write("layouts/_default/single.html", "{{ .Content }}\n")
        .write(
            "layouts/index.redirects",
            "# Images live on another host.\n\
             {{- $imageBase := site.Params.imageBaseUrl | default \"https://handbook.gitlab.com\" }}\n\
             /images/* {{ $imageBase }}/images/:splat 301\n\
             {{ $from }} {{ $to }} 301\n\
             /handbook/old.pdf /handbook/new/ 301\n",
        )
        .write("static/_redirects", "/* /index.html 200\n")
        .write("content/handbook/new.md", "# New\n")
        .write(
            "content/handbook/values.md",
            "# Values\n\n\
             ![Tanukis](/images/all-remote/tanukis.svg)\n\n\
             - [Old page](/handbook/old.pdf)\n\
             - [Slides](/uploads/values.pdf)\n",
        )
        .write("README.md", "# Handbook\n\n![Tanukis](/images/all-remote/tanukis.svg)\n")
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "README.md",
                3,
                1,
                "images/all-remote/tanukis.svg"
            ),
            t(
                "link/missing-path",
                "content/handbook/values.md",
                6,
                3,
                "uploads/values.pdf"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
