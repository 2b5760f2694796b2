//! Survey 65d: ordinary well-kept documentation repositories built by
//! generators surveyed little so far (Hugo's geekdoc theme, Sphinx with
//! MyST's sphinx-book-theme, Rspress' rsbuild, Zola's tabi theme, Astro
//! Starlight's starlight-blog). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a Zola site's heading ids are transliterated to ASCII (welpo/tabi's
// Spanish and Catalan pages link `#busqueda` for `## Búsqueda`: Zola's
// default `[slugify] anchors = "on"` drops the accents; 18 findings judged
// false) ---

/// A Zola site (`config.toml` with `base_url` beside `content/`), its
/// `config.toml` ending with `extra`, whose Spanish pages link headings
/// written with accents by their ASCII ids, and one anchor no heading makes.
fn zola_spanish(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "config.toml",
        format!("base_url = \"https://example.org/\"\ntitle = \"x\"\n{extra}"),
    )
    .write("templates/index.html", "<html></html>\n")
    .write(
        "content/blog/ajustes/index.es.md",
        "+++\ntitle = \"Ajustes\"\n+++\n\n## Búsqueda\n\n### Indicador d'enllaços externs\n\n\
         Ver la [jerarquía](#jerarquia-de-configuracion).\n\n## Jerarquía de configuración\n",
    )
    .write(
        "content/blog/javascript/index.es.md",
        "+++\ntitle = \"JavaScript\"\n+++\n\n\
         - [Búsqueda](@/blog/ajustes/index.es.md#busqueda)\n\
         - [Enlaces](@/blog/ajustes/index.es.md#indicador-d-enllacos-externs)\n\
         - [Avanzada](@/blog/ajustes/index.es.md#busqueda-avanzada)\n",
    )
    .commit_all();
    repo
}

#[test]
fn a_zola_sites_ids_drop_the_accents_of_its_headings() {
    let run = zola_spanish("").check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "content/blog/javascript/index.es.md",
            7,
            3,
            "content/blog/ajustes/index.es.md#busqueda-avanzada"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: with `[slugify] anchors = "safe"` Zola keeps the accents, so the
/// ASCII ids name no heading and are reported.
#[test]
fn a_zola_site_that_keeps_accents_in_its_ids_reports_the_ascii_anchors() {
    let run = zola_spanish("\n[slugify]\nanchors = \"safe\"\n").check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "content/blog/ajustes/index.es.md",
                9,
                8,
                "content/blog/ajustes/index.es.md#jerarquia-de-configuracion"
            ),
            t(
                "link/missing-anchor",
                "content/blog/javascript/index.es.md",
                5,
                3,
                "content/blog/ajustes/index.es.md#busqueda"
            ),
            t(
                "link/missing-anchor",
                "content/blog/javascript/index.es.md",
                6,
                3,
                "content/blog/ajustes/index.es.md#indicador-d-enllacos-externs"
            ),
            t(
                "link/missing-anchor",
                "content/blog/javascript/index.es.md",
                7,
                3,
                "content/blog/ajustes/index.es.md#busqueda-avanzada"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- a MyST link to another project's label through intersphinx
// (sphinx-book-theme's `[icon links](icon-links)`, the PyData theme's label
// its `icon-links.md` names with `{external:ref}`: MyST looks a reference it
// finds no local target for up in the intersphinx inventories) ---

/// A Sphinx project with MyST and intersphinx, whose `icon-links.md` page
/// reads `named`.
fn myst_intersphinx(named: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/conf.py",
        "extensions = [\"myst_nb\", \"sphinx.ext.intersphinx\"]\n\
         intersphinx_mapping = {\"pst\": (\"https://pydata-sphinx-theme.readthedocs.io/en/latest/\", None)}\n",
    )
    .write("docs/index.md", "# Book\n\n```{toctree}\nsections/sidebar\n```\n")
    .write(
        "docs/sections/sidebar.md",
        "# Sidebar\n\n- `icon-links.html`: Displays [icon links](icon-links)\n\
         - `search.html`: Displays [the search](search-field)\n",
    )
    .write("docs/components/icon-links.md", named)
    .commit_all();
    repo
}

/// A missing path of `docs/sections/sidebar.md`.
fn sidebar_missing(line: u64, column: u64, name: &str) -> common::Tuple {
    t(
        "link/missing-path",
        "docs/sections/sidebar.md",
        line,
        column,
        &format!("docs/sections/{name}"),
    )
}

#[test]
fn a_myst_link_to_a_label_named_through_intersphinx_resolves() {
    let run = myst_intersphinx(
        "# Icon links\n\nSee the {external:ref}`PyData Icon Links documentation <icon-links>`.\n",
    )
    .check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![sidebar_missing(4, 27, "search-field")],
        "\n{}",
        run.dump()
    );
}

/// Twin: no page names `icon-links` through intersphinx (a local `{ref}`
/// only), so the bare destination is a path that is not there.
#[test]
fn a_myst_link_to_a_label_nothing_names_is_reported() {
    let run = myst_intersphinx("# Icon links\n\nSee the {ref}`icon links <icon-links>`.\n")
        .check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            sidebar_missing(3, 31, "icon-links"),
            sidebar_missing(4, 27, "search-field"),
        ],
        "\n{}",
        run.dump()
    );
}
