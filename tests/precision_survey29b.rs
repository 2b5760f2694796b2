//! Patterns of survey 29b (cncf/toc, cncf/tag-security, PaddlePaddle/community,
//! grpc/proposal, notaryproject/notation): the documents of a Hugo theme
//! copied into a site's `themes/` folder (P1), a multiplication sign read as
//! a lossy Hebrew letter (P2), and a formula in `$…$` read as a link (P3).
//! Each false pattern beside its true twin, exact findings, the real binary
//! in real git repositories.

mod common;

use common::{Repo, t};

/// cncf/tag-security's `website/` is a Hugo site (`config.toml`,
/// `theme = ["docsy"]`) with Docsy copied into `website/themes/docsy/`
/// (its `theme.toml` names `licenselink = "https://github.com/google/docsy/…"`):
/// the theme's own user guide (`userguide/content/en/docs/_index.md`,
/// `[Getting Started](./getting-started/)`, a route of docsy.dev) is
/// upstream's (3 judged false). Twins: the site's own page with a broken
/// image is reported, and so is a page under a `themes/` folder without a
/// `theme.toml`, or one beside no Hugo configuration.
#[test]
fn the_documents_of_a_hugo_theme_copied_into_a_site_are_upstreams() {
    let repo = Repo::new();
    repo.write(
        "website/config.toml",
        "baseURL = \"https://tag-security.cncf.io/\"\ntheme = [\"docsy\"]\n",
    )
    .write(
        "website/themes/docsy/theme.toml",
        "name = \"Docsy\"\nlicenselink = \"https://github.com/google/docsy/blob/master/LICENSE\"\n",
    )
    .write(
        "website/themes/docsy/userguide/content/en/docs/_index.md",
        "# Welcome\n\nRead [Getting Started](./getting-started/) and [the cover](#blocks-cover).\n",
    )
    .write(
        "website/themes/docsy/README.md",
        "# Docsy\n\nSee [the guide](userguide/missing.md).\n",
    )
    .write(
        "website/content/blog/post.md",
        "# Post\n\n![Kubecon](/images/kubecon-eu-2023.jpg)\n",
    )
    .write(
        "website/themes/mine/README.md",
        "# Mine\n\nSee [notes](notes.md).\n",
    )
    .write("other/themes/docsy/theme.toml", "name = \"Docsy\"\n")
    .write(
        "other/themes/docsy/README.md",
        "# Docsy\n\nSee [the guide](guide.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "other/themes/docsy/README.md",
                3,
                5,
                "other/themes/docsy/guide.md"
            ),
            t(
                "link/missing-path",
                "website/content/blog/post.md",
                3,
                1,
                "images/kubecon-eu-2023.jpg"
            ),
            t(
                "link/missing-path",
                "website/themes/mine/README.md",
                3,
                5,
                "website/themes/mine/notes.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// PaddlePaddle/community's speculative-decoding RFC ticks
/// `- [x] 在所有已测配置下 GPU ≥ CPU 性能（9.1×–1,885×）`: `×–` and the
/// lone `×` before `）` read as Windows-1252 damage of Hebrew `ז` and `ם`
/// (the lone one with its second byte dropped), but no Hebrew is written
/// anywhere: they are multiplication signs (1 judged false). Twin: in a
/// document with damaged Hebrew elsewhere, the same `×` is repaired.
#[test]
fn a_multiplication_sign_is_no_lossy_hebrew_letter() {
    let repo = Repo::new();
    repo.write(
        "rfcs/speculate.md",
        "# 验收\n\n- [x] 在所有已测配置下 GPU ≥ CPU 性能（9.1×–1,885×）\n",
    )
    .write(
        "notes/hebrew.md",
        "# Notes\n\nGreeting: ×©×œ×•× （9.1×–1,885×）\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "encoding/mojibake"]);
    assert_eq!(
        run.findings(),
        vec![t("encoding/mojibake", "notes/hebrew.md", 3, 11, "")],
        "\n{}",
        run.dump()
    );
}

/// PaddlePaddle/community's cylinder-flow RFC writes a Fourier transform,
/// `$\mathcal{F}[g(x,y)](u,v)$`, which GitHub renders as math: `[g(x,y)](u,v)`
/// is no link (1 judged false). Twins: the same text outside `$…$` is a
/// link to `u,v` and is reported, and a price (`$5 … $10`) opens no formula,
/// so the link between is checked.
#[test]
fn a_formula_in_dollars_holds_no_link() {
    let repo = Repo::new();
    repo.write(
        "rfcs/flow.md",
        "# Flow\n\n二维傅里叶变换，$\\mathcal{F}[g(x,y)](u,v)$将空间域转换到频率域。\n\n\
         Plain F[g(x,y)](u,v) here.\n\n\
         It costs $5 per seat, see [pricing](pricing.md), or $10 a month.\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "rfcs/flow.md", 5, 8, "rfcs/u,v"),
            t(
                "link/missing-path",
                "rfcs/flow.md",
                7,
                27,
                "rfcs/pricing.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The twin of P3 for headings: a heading with a formula keeps GitHub's
/// anchor (the formula's text counts), so a link to it is not broken, and a
/// link to a heading that is not there still is.
#[test]
fn a_heading_with_a_formula_keeps_its_anchor() {
    let repo = Repo::new();
    repo.write(
        "rfcs/bound.md",
        "# Bound\n\nSee [the bound](#the-on-bound) and [gone](#the-bound).\n\n## The $O(n)$ bound\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "rfcs/bound.md",
            3,
            36,
            "rfcs/bound.md#the-bound"
        )],
        "\n{}",
        run.dump()
    );
}

/// grpc/proposal's A72 links `#migration-to-opentelemetry--cross-process-networking-concerns`
/// for `### Migration to OpenTelemetry: Cross-process Networking Concerns`,
/// whose anchor has one `-` where the colon was: a true finding, whose help
/// said the heading had a no-break space. It now says GitHub drops the
/// punctuation; a heading with a real no-break space keeps that help.
#[test]
fn a_doubled_dash_is_punctuation_not_a_no_break_space() {
    let repo = Repo::new();
    repo.write(
        "A72.md",
        "# A72\n\nSee [concerns](#migration-to-opentelemetry--cross-process-networking-concerns) \
         and [exit](#phase-2-exit-criteria).\n\n\
         ### Migration to OpenTelemetry: Cross-process Networking Concerns\n\n\
         ### Phase\u{a0}2 exit criteria\n\n### Phase 3 exit criteria\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "A72.md",
                3,
                5,
                "A72.md#migration-to-opentelemetry--cross-process-networking-concerns"
            ),
            t(
                "link/missing-anchor",
                "A72.md",
                3,
                84,
                "A72.md#phase-2-exit-criteria"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let helps: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        helps,
        vec![
            "did you mean `#migration-to-opentelemetry-cross-process-networking-concerns`? The heading's anchor has one `-` where the link has more: GitHub drops punctuation (`OpenTelemetry: Cross` is `#opentelemetry-cross`) and makes each space one `-`".to_string(),
            "did you mean `#phase2-exit-criteria`? The heading has a no-break space (or another space that is not ASCII) where the link has `-`: GitHub drops such a space from the anchor".to_string(),
        ],
        "\n{}",
        run.dump()
    );
}
