//! Patterns of survey 31b (run by hand on the documentation of popular
//! libraries): pmndrs/zustand `f094eebe`, vitest-dev/vitest `c3ba16b3`
//! (VitePress), gofiber/docs `77e236b1` (versioned Docusaurus),
//! biomejs/website `830c2a8d` (Astro Starlight) and pydantic/pydantic
//! `2151025a` (MkDocs). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// gofiber/docs: `docs/core/intro.md` has `slug: /`, so Docusaurus serves
/// it at the docs route, the URL of the docs folder itself, and its pages
/// link `../#zero-allocation` from `api/bind.md` (URL `/api/bind`): the
/// browser lands on the intro, which has the section (5 findings judged
/// false, in the docs and in three versions). The twins: an anchor the
/// intro lacks, and a folder link from a doc outside the site (GitHub's
/// listing, no README).
#[test]
fn a_docusaurus_folder_url_is_the_doc_its_slug_serves_there() {
    let repo = Repo::new();
    repo.write(
        "docusaurus.config.ts",
        "export default { presets: [['classic', { docs: { path: 'docs/core', routeBasePath: '/' } }]] };\n",
    )
    .write(
        "docs/core/intro.md",
        "---\nslug: /\nid: welcome\n---\n\n# Welcome\n\n## Zero Allocation\n\nValues are reused.\n",
    )
    .write(
        "docs/core/api/bind.md",
        "# Bind\n\nValues are reused. [Read more...](../#zero-allocation)\n\nAnd [gone](../#no-such-section).\n",
    )
    .write(
        "versioned_docs/version-v2.x/intro.md",
        "---\nslug: /\n---\n\n# Welcome\n\n### Zero Allocation\n",
    )
    .write(
        "versioned_docs/version-v2.x/api/ctx.md",
        "# Ctx\n\n[Read more...](../#zero-allocation)\n",
    )
    .write("versions.json", "[\"v2.x\"]\n")
    .write("notes/todo.md", "# Notes\n\n[Read more](../data/#zero-allocation)\n")
    .write("data/x.json", "{}\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/core/api/bind.md",
                5,
                5,
                "docs/core/intro.md#no-such-section"
            ),
            t(
                "link/missing-anchor",
                "notes/todo.md",
                3,
                1,
                "data#zero-allocation"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// vitest: `guide/cli.md` renders its options with VitePress' markdown file
/// inclusion, `<!--@include: ./cli-generated.md-->`, and pages link
/// `/guide/cli#standalone` (9 of 68 findings; 5 in the judged sample); and
/// `api/assert.md` opens a container `::: warning In-Source Testing
/// {#in-source-testing}`, whose id markdown-it-attrs sets (1). The twins: an
/// anchor neither the page nor the included file has, and an id inside a
/// code block.
#[test]
fn a_vitepress_page_has_the_headings_it_includes_and_its_container_ids() {
    let repo = Repo::new();
    repo.write(
        "docs/.vitepress/config.ts",
        "export default { title: 'Vitest' };\n",
    )
    .write(
        "docs/guide/cli.md",
        "# Command Line Interface\n\n## Options\n\n<!--@include: ./cli-generated.md-->\n\n### shard\n",
    )
    .write(
        "docs/guide/cli-generated.md",
        "### standalone\n\nStart Vitest without running tests.\n\n### listTags\n\nList tags.\n",
    )
    .write(
        "docs/api/assert.md",
        "# assert\n\n::: warning In-Source Testing {#in-source-testing}\nAnnotate it.\n:::\n\n```md\n::: tip Example {#in-code}\n:::\n```\n",
    )
    .write(
        "docs/guide/debugging.md",
        "# Debugging\n\nUse [`--standalone`](/guide/cli#standalone), [`--list-tags`](/guide/cli#listtags), [shard](/guide/cli#shard) and [typo](/guide/cli#standalon).\n\nSee [assert](/api/assert#in-source-testing) and [code](/api/assert#in-code).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/guide/debugging.md",
                3,
                114,
                "docs/guide/cli.md#standalon"
            ),
            t(
                "link/missing-anchor",
                "docs/guide/debugging.md",
                5,
                49,
                "docs/api/assert.md#in-code"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// biomejs/website: the rule pages its codegen writes say so in their front
/// matter, `# Don't modify this file manually. This file is auto generated
/// from source`: a broken `#options` link and a table row split by `||`
/// in a code span there are fixed in the generator (2 findings judged
/// false). The twin: the same page without the stamp.
#[test]
fn a_page_stamped_dont_modify_auto_generated_is_not_checked() {
    let stamped = "---\n# Don't modify this file manually. This file is auto generated from source, and you will lose your changes next time the website is built.\n# Head to the `biomejs/biome` repository, and modify the source code in there.\ntitle: noMisplacedAssertion\n---\n\n## Summary\n\nCheck the [options](#options) if you need to change the defaults.\n";
    let plain = "---\ntitle: noMisplacedAssertion\n---\n\n## Summary\n\nCheck the [options](#options) if you need to change the defaults.\n";
    let repo = Repo::new();
    repo.write("docs/rules/generated.md", stamped)
        .write("docs/rules/handwritten.md", plain)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/rules/handwritten.md",
            7,
            11,
            "docs/rules/handwritten.md#options"
        )],
        "\n{}",
        run.dump()
    );
}

/// pydantic: `docs/concepts/pydantic_settings.md` is a title and a line
/// `{{ pydantic_settings }}`, which a plugin of its MkDocs site replaces
/// with pydantic-settings' documentation: `#customise-settings-sources`
/// is there on the site (1 finding judged false). The twins: an anchor
/// into an MkDocs page without such a line, and a page whose only template
/// expression is inside a code block.
#[test]
fn an_mkdocs_page_filled_by_a_template_expression_may_have_any_anchor() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: pydantic\nnav:\n  - concepts/settings.md\n",
    )
    .write(
        "docs/concepts/settings.md",
        "# Settings Management\n\nLoad settings from the environment.\n\n{{ pydantic_settings }}\n",
    )
    .write("docs/concepts/models.md", "# Models\n\n## Fields\n")
    .write(
        "docs/concepts/jinja.md",
        "# Templates\n\n```jinja\n{{ title }}\n```\n",
    )
    .write(
        "docs/migration.md",
        "# Migration\n\nYou need to [customise settings sources](concepts/settings.md#customise-settings-sources).\n\nSee [fields](concepts/models.md#field-types) and [titles](concepts/jinja.md#title).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/migration.md",
                5,
                5,
                "docs/concepts/models.md#field-types"
            ),
            t(
                "link/missing-anchor",
                "docs/migration.md",
                5,
                50,
                "docs/concepts/jinja.md#title"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
