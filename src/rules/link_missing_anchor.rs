//! `link/missing-anchor`: `#anchor` on any reference (link, evidence path, mention) matches no heading or explicit anchor in the target (or the same) document.
//!
//! ## Why it matters
//! An anchor that matches no heading lands the reader at the top of the page; it usually means a heading was renamed. A heading's anchor is GitHub's: lowercased letter by letter, so a Greek word in capitals ends in `σ` (`## ΣΚΟΠΟΣ` is `#σκοποσ`), and the final-sigma spelling `#σκοπος` names it too (survey 50a, 4 findings judged false). A link to a folder with a fragment (`dir#setup`, `dir/#setup`) lands on GitHub's listing of the folder, below which its README is rendered (`README.md` before `README`, alphabetically; at the root `.github/` first and `docs/` last): the fragment is checked against that README's headings. Between two pages of a documentation site, the fragment is looked up in the page the site serves for the folder, which is what its readers follow: Hugo's section page `_index.md` or a bundle's `index.md`, an `index.md`/`index.mdx`, else a page beside the folder with its name (`settings.md` for `settings/`, a folder of partials; in a Docusaurus site also with a number prefix Docusaurus drops, `50_scim.mdx` for `scim/`: ory/docs, survey 34b, 5 findings judged false), else the README, else in a Docusaurus site the doc inside the folder named as it, which Docusaurus' category index convention serves at the folder's URL (`currency/currency.md` for `../currency/#gold`: survey s108c, Space-Wizard-Studios/sw-game-dice-rolling's game-design docs, 1 finding for 5 links judged false; a doc of another name there, and the same link outside a site, are judged), else the Docusaurus doc whose front-matter `slug:` serves it at the folder's URL (`slug: /` serves `intro.md` at the docs route, so `../#zero-allocation` from `api/bind.md` is its section: survey 31b, gofiber/docs, 5 links); outside a site, in the README, or in the folder's `_index.md`/`index.md` when it has none. Silent when that page is in another markup (`README.rst`). A site page's link to the site's root (`/?try=minimal#try-it-out` in trpc's Docusaurus docs) names the home page the site makes (`src/pages/index.tsx`), not the repository's README: silent when no reading of the site finds that page (survey 30e); the README's own `/#x` is checked. A VitePress page's `/#get-plane` is read in the `index.md` of the site root that serves the page (makeplane/docs' `apps/docs/docs/index.md`, survey 60d), and silent when that root has none; outside a VitePress site it is the README's. Speaks when the folder has neither a README nor an index page: the fragment matches nothing there. Silent in a document of an archive-like folder (`archive`, `deprecated`, `backups`, `history`, `ignore` as in `.ignore/`, or a name with `archive`/`archived` (or `old`: `specs-old`, survey 49c) as a word, such as `versioned_docs_archived`): a frozen document's table of contents drifts with headings renamed since, and nobody maintains it. So is a document's own table of contents when its file name says it is an archive, `archive` or `archived` one word of it beside another (`docs/CLAUDE-ARCHIVE.md`, the old half of a `CLAUDE.md` split in two, which its team leaves as it is: survey 40b, jtraveler/project-4, 15 findings judged false; `archive.md` alone is a site's page of posts, and is judged); its links into other documents are navigation, and judged. In a project built with Builder.io (a tracked `.builder/` folder, whose rules tell its coding agent to offer the editor's buttons as links), a fragment of the page that is one of the editor's actions (`[Open Preview](#open-preview)`, `#open-mcp-popover`, `#open-settings`, `#project-download`) and matches no heading is the button the agent copied into its summary, not a section: not checked (survey 43a, aligned_postd_1125, 1 finding judged false); the same fragments in a repository without `.builder/` are judged. Silent in a byte-identical copy of another checked document with the same name: its anchors are judged on the original (see `link/missing-path`). Generated documents are not checked (see `link/missing-path`), among them crd-ref-docs' API reference of a Kubernetes operator's resources, which carries no stamp (a `## Packages` list of API versions, `- [k8s.mariadb.com/v1alpha1](#k8smariadbcomv1alpha1)`, over a section of that name): its `_Appears in:_` lists link types the generator did not render (`[Volume](#volume)`), fixed in the generator's configuration, not by hand (survey 30b; a dash of the group's name is kept in its anchor, `[cluster.x-k8s.io/v1beta2](#clusterx-k8siov1beta2)`: kubernetes-sigs/cluster-api, survey 43c, 18 findings judged false); and so is gen-crd-api-reference-docs' reference, which opens `<p>Packages:</p>` over a list of `<a href="#external-secrets.io%2fv1">external-secrets.io/v1</a>` items and links types it renders no section for (`#external-secrets.io/v1.*github.com/…/v1.Tag`: external-secrets, survey 43c, 2 findings judged false).
//!
//! Survey 36d: in a GitHub wiki kept as a repository, a same-page anchor of
//! its `_Sidebar.md`, `_Footer.md` or `_Header.md` points into the page the
//! wiki shows it beside (each page of its folder and of the folders below
//! without one of their own): silent when one of them has the anchor,
//! reported when none has it (see `site_wiki`). A wiki link by page name
//! (`[x](Page-Name#part)`) is checked in that page. A page of a Retype
//! site (`retype.yml`) has the anchors Retype makes: a tab's, step's or
//! panel's from its title (`+++ Tab 3` is `#tab-3`, `>>> Install
//! dependencies` is `#install-dependencies`), a heading's without its
//! components (`## v4.6.0 [!badge @latest|info]` is `#v460`) and a `{#id}`
//! attribute (see `site_retype`); any other anchor is still judged. A page
//! docsify renders has the id of its heading attribute (`## 核心主题
//! :id=core-theme`), also in a folder with docsify's `_sidebar.md` and no
//! `index.html` (survey 64b, docsifyjs/docs-zh).
//!
//! Survey 34b: a Docusaurus link to a folder (`../scim#x`) names the doc
//! beside it served at that URL with its number prefix dropped
//! (`50_scim.mdx`).
//!
//! Survey 34b: a page that renders an OpenAPI document with Redoc (ory/docs'
//! `<API override={spec} />` in a ` ```mdx-code-block ` fence) has Redoc's
//! anchors: `#tag/x/operation/y` and `#operation/y` of the imported
//! document's tags and operations (any of Redoc's forms when the document
//! is fetched by URL); others are reported.
//!
//! Survey 33c: the headings of a partial a Docusaurus `.md` page imports
//! and renders are the page's, whatever the layout of its import statements
//! (two on a line, one across two lines, `\_` for `_` in the path).
//!
//! Survey 77d: a GitBook page's bold numbered heading has GitBook's `id-`
//! id too; so do a heading ending in GitBook's `&#x20;` (trimmed), the
//! repeats of one explicit `<a id="x">` (`#x-1`, `#x-2` in page order) and
//! an expandable block's `<summary>` (see `references::gitbook_site_ids`).
//!
//! Survey 92c: a GitBook page's heading also has GitBook's slug (`&` is
//! `and`, `>` `greater-than`, `$` `usd`, other punctuation a dash), and its tabs have
//! anchors, `{% tab title="x" %}` slugged alike, repeats numbered.
//!
//! Survey 30c: a GitBook page's heading that opens with a digit is also
//! known by GitBook's id (`#id-2.3-obtain-the-dashboard-url`), and an image
//! after a heading's words (a paid-feature badge) adds nothing to its site
//! id; a MyST project's labels include those its scripts write into the
//! pages they generate, sphinx-tags' `tagoverview` and autosummary's
//! entries (see `site_myst`).
//!
//! An MkDocs page has the headings of the files it includes (PyMdown
//! Snippets, or the include-markdown plugin's `{% include-markdown "x" %}`:
//! survey 28b), and the ids its footnotes, a declared hook's shortcodes
//! (`<!-- md:setting config.blog_dir -->`) and its content tabs
//! (`pymdownx.tabbed` with `slugify`) write: survey 29c; see
//! `site::mkdocs_rendered`. Attribute lists give an id as `#id` or as a key,
//! `{ id="9.7.0" }`, also beside a quoted value holding spaces. A code span
//! in a site's heading is slugged as its text (`` `<Content />` `` is
//! `content`), not dropped as a tag.
//!
//! A plan filed below a work tracker's folder of finished work
//! (`plans/done/` beside `plans/in-progress/`; see `task_folder`) keeps the
//! table of contents it was finished with: its own anchors are not judged
//! (survey 30a); its links into other documents are.
//!
//! Survey 31b: a Docusaurus folder URL (`../#zero-allocation`) is the doc
//! a front-matter `slug:` serves there (`slug: /`, see
//! `site::folder_page`); a VitePress page has the headings of the files it
//! includes (`<!--@include: ./cli-generated.md-->`) and the ids of its
//! containers (`::: warning Title {#id}`).
//!
//! One problem, one finding: three or more entries of one list that miss
//! their headings' ids for one habit of the list's writer (a leading emoji
//! or number left out, or a run of `-` written as one: `#a-b` for
//! `## A + B`, whose id is `#a--b`; survey 36c) are one finding on the first
//! (see `references::fold_section_runs` and [`habit_id`]).
//!
//! The syntax of a link to a section shown in prose with generic words
//! (`[text](#anchor)`, a style guide's example: survey 30d) is not a link to
//! check; `[Setup](#anchor)` is.
//!
//! Survey 81d: a same-page link in a row of a style guide's `Do` / `Don't`
//! table shows how to write link text (see `references::do_dont_example`).
//!
//! Survey 84c: a Jekyll page's `{% include top.html id="week1" %}` has the
//! id its include's template writes (see `site_jekyll::include_ids`).
//!
//! Survey 32c: a mystmd project (`myst.yml` with a `project:` table,
//! Jupyter Book 2) resolves `[](#label)` against its pages' `(label)=` lines
//! and directives' `:label:`/`:name:` options (see `site_myst`); a `#TODO`
//! fragment is a placeholder, and so is a list's `[Jira Project Board](#jira-link)`
//! (a fragment naming a link to a tool, not a section; with two of them every
//! in-page link of the list is: survey 36a); a Hugo page whose front matter `type:` has
//! layouts writing ids from data may have any anchor (see `site_hugo`); an
//! Eleventy site that gives markdown-it-anchor its `slugify` filter makes
//! heading ids with it (possessives lose their apostrophe).
//!
//! Survey 34d: in a repository hosted on googlesource.com (`codereview.cfg`
//! or `codereview.settings` at its root), a heading's Gitiles id is an
//! anchor (`#appendix_thp-flag-behavior` for `## Appendix: THP flag
//! behavior`: `go.dev/design/…` redirects to Gitiles); elsewhere it is
//! reported. A `-` the link has where the heading had punctuation
//! (`Crates.io`) gets a help that says so, not a no-break space's.
//!
//! Survey s110d: in a repository hosted on GitLab (`.gitlab-ci.yml` or
//! `.gitlab/` at its root, no `.github/`), a heading's GitLab id, GitHub's
//! with each run of `-` made one (`#retries-fails` for `## Retries +
//! Fails`), is an anchor; beside a `.github/` folder it is reported.
//!
//! Survey 35c: a browser text directive (`#:~:text=timeout.reconciliation:`,
//! argo-cd's docs) names no element, and `#readme` is GitHub's own id of the
//! box a Markdown file or a folder's README is rendered in (artsy/README's
//! tables of contents): neither is checked (see `references::page_fragment`);
//! an id before `:~:` and the link's path are.
//!
//! Survey 66c: an mdBook chapter's definition terms (`smart pointer` over
//! `  : …`) have ids as its headings do, in a book that renders definition
//! lists (see `site_mdbook`); outside a book they are text.
//!
//! Survey 50c: a fragment that opens with `/` (`[Home](#/)`,
//! `#/ai/overview` in zenpost-studio's `docs/_404.md`) is a hash-routed
//! site's route, never a heading's id: not checked either.
//!
//! Survey 65b: a Docusaurus translation's blog post reads a root link in
//! its locale, so `/docs/x#y` is checked in the locale's translation of
//! the doc (see `site::route_first`; koordinator-sh/website); an MkDocs
//! page has the anchors of the files mkdocs-macros includes, nested (see
//! `site::mkdocs_rendered`; aws/copilot-cli), and a heading of no ASCII
//! letter the id `_1`, `_2` (see `site_mkdocs_ids::empty_slug_ids`).
//!
//! Survey 83d: a Markdown page of a Maven site has Doxia's heading ids
//! (`#What_is_a_POM.3F`, `#What_is_a_POM` for `## What is a POM?`; see
//! `site_maven::doxia_anchor`; apache/maven-site).

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "link/missing-anchor",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "`#anchor` on any reference (link, evidence path, mention) matches no heading or explicit anchor in the target (or the same) document",
    why: "An anchor that matches no heading lands the reader at the top of the page; it usually means a heading was renamed. A heading's anchor is GitHub's: lowercased letter by letter, so a Greek word in capitals ends in `σ` (`## ΣΚΟΠΟΣ` is `#σκοποσ`), and the final-sigma spelling `#σκοπος` names it too (survey 50a, 4 findings judged false). A link to a folder with a fragment (`dir#setup`, `dir/#setup`) lands on GitHub's listing of the folder, below which its README is rendered (`README.md` before `README`, alphabetically; at the root `.github/` first and `docs/` last): the fragment is checked against that README's headings. Between two pages of a documentation site, the fragment is looked up in the page the site serves for the folder, which is what its readers follow: Hugo's section page `_index.md` or a bundle's `index.md`, an `index.md`/`index.mdx`, else a page beside the folder with its name (`settings.md` for `settings/`, a folder of partials; in a Docusaurus site also with a number prefix Docusaurus drops, `50_scim.mdx` for `scim/`: ory/docs, survey 34b, 5 findings judged false), else the README, else in a Docusaurus site the doc inside the folder named as it, which Docusaurus' category index convention serves at the folder's URL (`currency/currency.md` for `../currency/#gold`: survey s108c, Space-Wizard-Studios/sw-game-dice-rolling's game-design docs, 1 finding for 5 links judged false; a doc of another name there, and the same link outside a site, are judged), else the Docusaurus doc whose front-matter `slug:` serves it at the folder's URL (`slug: /` serves `intro.md` at the docs route, so `../#zero-allocation` from `api/bind.md` is its section: survey 31b, gofiber/docs, 5 links); outside a site, in the README, or in the folder's `_index.md`/`index.md` when it has none. Silent when that page is in another markup (`README.rst`). A site page's link to the site's root (`/?try=minimal#try-it-out` in trpc's Docusaurus docs) names the home page the site makes (`src/pages/index.tsx`), not the repository's README: silent when no reading of the site finds that page (survey 30e); the README's own `/#x` is checked. A VitePress page's `/#get-plane` is read in the `index.md` of the site root that serves the page (makeplane/docs' `apps/docs/docs/index.md`, survey 60d), and silent when that root has none; outside a VitePress site it is the README's. Speaks when the folder has neither a README nor an index page: the fragment matches nothing there. Silent in a document of an archive-like folder (`archive`, `deprecated`, `backups`, `history`, `ignore` as in `.ignore/`, or a name with `archive`/`archived` (or `old`: `specs-old`, survey 49c) as a word, such as `versioned_docs_archived`): a frozen document's table of contents drifts with headings renamed since, and nobody maintains it. So is a document's own table of contents when its file name says it is an archive, `archive` or `archived` one word of it beside another (`docs/CLAUDE-ARCHIVE.md`, the old half of a `CLAUDE.md` split in two, which its team leaves as it is: survey 40b, jtraveler/project-4, 15 findings judged false; `archive.md` alone is a site's page of posts, and is judged); its links into other documents are navigation, and judged. In a project built with Builder.io (a tracked `.builder/` folder, whose rules tell its coding agent to offer the editor's buttons as links), a fragment of the page that is one of the editor's actions (`[Open Preview](#open-preview)`, `#open-mcp-popover`, `#open-settings`, `#project-download`) and matches no heading is the button the agent copied into its summary, not a section: not checked (survey 43a, aligned_postd_1125, 1 finding judged false); the same fragments in a repository without `.builder/` are judged. Silent in a byte-identical copy of another checked document with the same name: its anchors are judged on the original (see `link/missing-path`). Generated documents are not checked (see `link/missing-path`), among them crd-ref-docs' API reference of a Kubernetes operator's resources, which carries no stamp (a `## Packages` list of API versions, `- [k8s.mariadb.com/v1alpha1](#k8smariadbcomv1alpha1)`, over a section of that name): its `_Appears in:_` lists link types the generator did not render (`[Volume](#volume)`), fixed in the generator's configuration, not by hand (survey 30b; a dash of the group's name is kept in its anchor, `[cluster.x-k8s.io/v1beta2](#clusterx-k8siov1beta2)`: kubernetes-sigs/cluster-api, survey 43c, 18 findings judged false); and so is gen-crd-api-reference-docs' reference, which opens `<p>Packages:</p>` over a list of `<a href=\"#external-secrets.io%2fv1\">external-secrets.io/v1</a>` items and links types it renders no section for (`#external-secrets.io/v1.*github.com/…/v1.Tag`: external-secrets, survey 43c, 2 findings judged false). Explicit heading ids (`## Install {#install}`, or with a site's own delimiters such as `%{#install}%`, or in react.dev's MDX comment `## Reference {/*reference*/}`: survey 30e, 722 of 748 findings on react.dev) are anchors, and so are Python-Markdown attribute lists (`## In a hurry? { #in-a-hurry }`, `{: #deploy }`, `{ #setup .wide }`, on an inline element `**x**{ #id }` or on a line of its own; also with the id written as a key, `{ id=\"9.7.0\" }`, `{ id=navigation-path }`, or beside a quoted value holding spaces, `{ #with-pip data-toc-label=\"with pip\" }`: survey 29c, mkdocs-material) and Fumadocs' `## Title [#id]`, and the id Google Docs' Markdown export declares, the heading's text lower-cased with spaces to `-` and its punctuation kept (`# **Dev Stack: AGENTS.md \\+ Claude Code** {#dev-stack:-agents.md-+-claude-code}`: a hackathon brief copied into spec-kit-plus repositories, survey s124a, Shafqatsarwar/2nd_hackathon-phase1-4, 1 finding for 5 links judged false; a braced id with a `+` that is not the heading's text is none). An MkDocs page has the headings of the files it includes with PyMdown Snippets (`--8<-- \"CONTRIBUTING.md\"`) or with the include-markdown plugin (`{% include-markdown \"../cli/tests/cli-reference@.md.snap\" %}`, read from the page's folder, then the docs folder: jj-vcs/jj's generated CLI reference, survey 28b), and a page with a `::: identifier` block (mkdocstrings, mkdocs-click) or a line that is only a template expression (`{{ pydantic_settings }}`, which a macro or a plugin replaces with text: pydantic's settings page, survey 31b; not inside code), whose headings are made when the site is built, may have any anchor: silent; an include that cannot be found makes the page silent too. GitHub's footnote ids are anchors: a note defined (`[^1]: …`) and referenced (`[^1]`) is `#user-content-fn-1` (or `#fn-1`), its reference `#user-content-fnref-1`, which GitBook's Markdown export links beside the reference (`[token](#user-content-fn-1)[^1]`: survey s125k); a note not defined, or defined and never referenced (GitHub does not render it), is reported. An MkDocs page also has the ids its extensions and hooks write (outside code): with the `footnotes` extension a definition `[^7]:` is `#fn:7` and its reference `#fnref:7`; with a hook its configuration declares (`hooks:`) whose `on_page_markdown` writes attr_list ids, each word of a shortcode comment (`<!-- md:setting config.blog_dir -->`, `<!-- md:option type:abstract -->`) is an id, also after a `+` (Material's shortcodes make `#config.blog_dir` and `#+type:abstract`: survey 29c, 27 of 30 sampled links of mkdocs-material judged false); with `pymdownx.tabbed` and its `slugify`, a content tab is its title's slug (emoji shortcodes and tags left out), after the id of the heading above it with `combine_header_slug` (`#logo-image` for the tab `:octicons-image-16: Image` under `### Logo`), compared as site slugs are. A word no shortcode comment holds (`#config.nothing`), one inside code, a footnote not defined and a tab not there are still reported, and without such a hook a shortcode comment makes no id. A Hugo page has the headings and definition terms of the files its `{{% include \"path\" %}}` / `{{< include >}}` shortcodes include (the path read from the page's folder, then the content root; where the site's include template puts a folder before a plain path, `printf \"_includes/%s\"`, that folder from the page's folder up its sections: opentelemetry.io's exporter pages, survey 40, 27 links judged false); with `markup.goldmark.parser.autoDefinitionTermID = true`, each definition term (`` `proxy` `` over `: The proxy.`) is an anchor, numbered together with the headings (`#matchers-1` for the heading after a term `matchers`); a file that pages include (hugoDocs' `_common/` fragments) is rendered inside them, so its own `#x` links find the anchors of the pages that include it; and a page that calls a shortcode whose template makes ids (`anchorize`, `id=`, `<h2>`: hugoDocs' `{{% glossary %}}`; or a Markdown template with a heading, called by its path below `shortcodes/`: opentelemetry.io's `{{% community-lists %}}`, whose `## {{ T \"community_develop\" }} {#develop-and-contribute}` is the community page's section, survey 40) may have any anchor: silent; so may a page whose front matter sets a `type:` whose own layouts write ids from the page's data (`layouts/adopters/list.html`: `<h2 id={{ .adopters.project | urlize }}>`, fluxcd/website's adopters page, whose `#flux-legacy` is its `Flux (legacy)` data file: survey 32c); a layout with fixed ids only, and a page without such a `type:`, are judged by their headings. A VitePress page has the headings of the files it includes with `<!--@include: ./cli-generated.md-->` (and their own includes; `@/` is the site's source folder; an include that cannot be read makes the page silent), and a custom container given an id at the end of its opening line (`::: warning In-Source Testing {#in-source-testing}`, outside code) has that id (survey 31b, vitest: 10 of 68 links); on GitHub, and from a page outside a VitePress site, the comment includes nothing. Between two pages of a Zola site, `_` is a separator as `-` is (`#custom-filters-and-tests` for `## Custom filters_and tests`: Zola's slug), a heading's accents are dropped as Zola's default `[slugify] anchors = \"on\"` transliterates them (`#busqueda` for `## Búsqueda`, `#indicador-d-enllacos-externs` for `### Indicador d'enllaços externs`: survey 65d, welpo/tabi's Spanish and Catalan pages, 18 findings judged false; with `anchors = \"safe\"` or `\"off\"` the accents stay, and `#busqueda` is reported), and an `@/path.md#anchor` link is checked against the page of the site's `content/` folder. In a GitBook (`.gitbook.yaml`), anchors are slugged the site's way (`#release-4.9` for `Release 4.9`), and a heading that opens with a digit is also known by the id GitBook gives it, `id-` then its text with its dots kept (`#id-2.3-obtain-the-dashboard-url` for `### 2.3 Obtain the Dashboard URL`, `#id-3.-add-app-values.yaml` for `## 3. Add app-values.yaml`: survey 30c, devtron, 26 links), also when bold wraps the heading (`### **1. Create a Vue 3 App**` is `#id-1.-create-a-vue-3-app`). A GitBook page also has the other ids GitBook gives it (survey 77d, beefree-sdk-docs and bugsplat-docs, 30 findings judged false): a heading ending in GitBook's `&#x20;` without the trailing dash (`### One Tree Planted&#x20;` is `#one-tree-planted`), the repeats of one explicit id of its exported headings numbered in page order (two `<a href=\"#focus\" id=\"focus\"></a>` headings are `#focus` and `#focus-1`; `#focus-2` is reported), and an expandable block's `<summary>` slugged as a heading (`<summary>Delete Row Dialog</summary>` is `#delete-row-dialog`), a heading's GitBook slug, where punctuation is a dash and `&`, `<` and `>` are words (survey 92c, AxonIQ/reference-guide and Airstack-xyz/docs, 11 findings judged false: `## DDD & CQRS` is `#ddd-and-cqrs`, `## Scores > X` is `#scores-greater-than-x`, `## Environment Variable(s)` is `#environment-variable-s`) and `$` its currency's code (`` ### `$SYS.REQ.SERVER.PING.IDZ` - Discovering Servers `` is `#usdsys.req.server.ping.idz-discovering-servers`: nats-io/nats.docs, survey 72a, 4 findings judged false), and a tab's anchor, its `{% tab title=\"Response\" %}` slugged alike with repeats numbered in page order (`#response`, `#response-1`; a fourth anchor of three tabs, `#response-3`, is reported); the same anchors outside a GitBook are GitHub's, and reported. `#id-3.-add-app-valuesyaml`, a dot dropped, is reported, and so is a GitBook id linked from a page outside the GitBook's root, which GitHub shows. In a Jekyll site whose pages are served at folder URLs (`permalink: pretty`, or one ending in `/`, for the site or an output collection), a page's link is read from the page's URL (see `link/missing-path`) and its fragment is checked in the page that URL names: `../intro/#x` in `_articles/ja/guide.md`, served at `/ja/guide/`, is checked in `_articles/ja/intro.md`, not in the `_articles/intro.md` the file's folder gives; its ids are kramdown's GFM ids (GitHub's slug, HTML entities such as `&eacute;` decoded) and `{#id}`. A page whose body is only a component, with no Markdown heading (past its front matter, `<script>`/`<style>` blocks and comments: vuejs/docs' `<ClientOnly><ExampleRepl /></ClientOnly>`, which picks its example by `location.hash`, or `<ApiIndex />`, which renders its sections' ids), makes its anchors at run time: any anchor into it may exist and is silent; a page with a heading beside its component is read as usual. A page that renders an OpenAPI document with Redoc (no heading; front matter, ` ```mdx-code-block ` fences, `import` lines and component tags only, one taking an imported JSON file, `<API override={spec} />` with `import spec from './api.json'`, or a spec URL, `url=\"https://…/api.json\"`) has the anchors Redoc makes: `#tag/identity`, `#tag/identity/operation/listIdentities` and `#operation/createIdentity` are silent when the imported document has that tag and operation, and any anchor of Redoc's forms (`tag/`, `operation/`, `section/`, `schema/`) is silent on a page whose document is fetched by URL; an operation the imported document lacks (`#operation/initializeSelfServiceLoginFlowWithoutBrowser`, renamed since) and a heading-style anchor (`#get-settings-flow`) are reported (ory/docs, survey 34b: about 60 findings judged false). In an `.mdx` page, which has no indented code, headings and `id=` attributes indented inside components count, and so do Mintlify's field anchors (`<ResponseField name=\"icons\">` is `#param-icons`, a nested field's dots are dashes: `#param-thumbnails-background`; the name kebab-cased as Mintlify writes it, `path=\"onError\"` is `#param-on-error` and a flag `path=\"--max-session-duration\"` is `#param-max-session-duration`: survey 73c, pipecat-ai/docs, 2 findings judged false; a field the page lacks is reported) and accordion anchors (`<Accordion title=\"Deployment branch\">` is `#deployment-branch`: opening one sets the URL's hash to its title, as Mintlify documents). An `.mdx` page's documentation components that render API items from an API Extractor model (`<FunctionDetails canonicalReference=\"@apollo/client!InMemoryCache#batch:member(1)\" />`, a `displayName=\"client.refetchQueries\"` beside one) make an anchor of each item: its name as written, lowercased, without its punctuation, or its last part (`#ApolloClient.watchQuery`, `#clientrefetchqueries`, `#batch`: apollo-client's `docs/source/api/`, survey 72a, 4 findings judged false); a page without a canonical reference makes none of these. Links inside components are Markdown in MDX and are checked (`<Note>` right above the text does not hide them). The headings of an MDX partial a page imports and renders (`import P from './_p.mdx'` and `<P />`) are the page's, also in a Docusaurus `.md` page, whose import statements are read as JavaScript reads them: two on a line, one across two lines, an escaped underscore in the path (react-native-website's `integration-with-existing-apps.md`: survey 33c). Between two pages of a documentation site (MkDocs, Docusaurus, mdBook, VitePress, TanStack's `docs/` with its `config.json`: survey 45c, TanStack/query's `#queryclient-getquerydata`, …), an anchor also matches a heading the way sites slug it: case kept or not, and every run of spaces and punctuation one `-` (`#Comparison-with-Vuex-3-x-4-x` for `Comparison with Vuex 3.x/4.x`, `#a-b` for `A - B`), but an anchor that keeps a `:`, `,`, `;`, `!`, `(` or `)` of its heading, which no site's slug keeps, names no heading and is reported (`#recommended-way:-kubespray-container-image` for `### Recommended way: Kubespray Container Image` in kubespray's docsify pages: survey 71d, a real finding the site reading hid), and so is a fragment that opens with a second `#` (`../extra/dist##from-cdn-or-without-a-bundler`, a typo whose id `#from-cdn-…` no site gives: survey 81b, intlify/vue-i18n's VitePress guide); a heading with no letter or digit (`` ### `$?` ``) is `#section`, then `#section-1`, … as DocFX and Microsoft Learn make it; a heading with an explicit id is known by that id alone; a component name in a code span is text, not a tag (``## `<Content />` <Badge … />`` is VitePress' `#content`: survey 29c, 6 links of vuejs/vitepress judged false); an image adds nothing to a heading's text (`## Dependencies [![](EnterpriseTag.svg)](https://devtron.ai/pricing)` is `#dependencies`, and `## Making Users Active/Inactive [![](…)](…)` also `#making-users-activeinactive`, GitHub's reading of its words: survey 30c, devtron's paid-feature badges, 20 links); from a page outside the site, GitHub's slug counts. One missing anchor linked several times from a document is one finding that counts the other links. A translation beside the document it translates (`README.hebrew.md`, `README-ja.md`, `README.zh-TW.md` beside `README.md`), or kept in a folder below it with none beside (`docs/README-NL.md`, `translations/README-de.md` for the root's `README.md`: survey s126f, rustdesk/rustdesk and jwasham/coding-interview-university, 43 findings in the German README alone), whose own links name three or more of the original's headings that it does not have (a table of contents copied with the English anchors over translated headings: survey 40, goldbergyoni/nodebestpractices' Hebrew README, 63 findings, and donnemartin/system-design-primer's Japanese one; a heading in a list item, `- ### Arrays`, counts) is one finding on the first such link, which counts the others, gives their lines (the first ten) and says whose headings they name; an anchor the original lacks too keeps its own finding, and three or more such entries of one list are one run as below. Likewise, three or more consecutive list items that each open with a link to a section of one document with no heading close to it, a task item's box allowed before the link (a table of contents listing the sections an abridged document leaves out: survey 26, 15 entries of one inventory \"shown for brevity\"; survey s126e, a review worksheet's `- [x] [Fix …](#…)` list of 579 sections cut off) are one finding on the first entry, which counts the others and gives their lines; an entry whose anchor is close to a heading (a typo: `#system-contract-requirments`) is its own finding with its help. Three or more entries of one list (or rows of one table: a table of contents written as a table, `| 1 | [Overview](#overview) |`) whose anchors miss their headings for one habit, the heading's leading emoji (`#overview` for `## 🎯 Overview`, whose GitHub id is `#-overview`: the emoji is dropped, the space after it kept) or number (`#overview` for `## 1. Overview`, id `#1-overview`; a keycap number, `## 1️⃣ Overview`, keeps its marks in the id; survey 32a) or a run of `-` written as one (`#a-b` for `## A + B`, id `#a--b`: GitHub drops punctuation but keeps every space; one list may mix this with the emoji habit, `#f-p0-001-scaffold` for `#### [ ] F-P0-001: Scaffold`, id `#--f-p0-001-scaffold`: survey 36c, hyperspot's design document, 34 findings from one table of contents), are one finding on the first entry: it counts the others, gives their lines and the ids to write, and counts the document's other links with those anchors (survey 27: 97 findings from 15 tables of contents of one repository); a typo among them keeps its own finding, and two such entries are a finding each. A placeholder fragment (`[Engagement roles](#TODO)`, `#tbd`) marks a section yet to be written, as a `TODO` link target marks a link yet to be found, and is not checked (survey 32c, 18F's handbook); so is the marker in capitals before the name of the blank, `#TODO-url`, `#TODO-link-to-actual-resource`, `#TBD-…` (survey 67c, an incident-response plan template's playbooks: 26 sampled findings judged false), as no heading's anchor is in capitals; a lowercase `#todo-list` is judged. A list of links whose fragments name a link to a tool rather than a section (an onboarding guide's resources, `[Figma Design System](#figma-link)`, `[Jira Project Board](#jira-link)`: a fragment ending in `-link` or `-url` whose other words are words of the link's text, a text that does not itself say link or URL) holds placeholders for URLs not yet known: such an entry is not checked, nor is any in-page link of a list that holds two of them (`[Slack Channel](#slack-channel)` beside them; survey 36a, shardie-github/WhatsForDinner); a table of contents' `[Jira Link](#jira-link)` names its heading and is judged, and so are the other links of a list with a single such entry. A text directive (`#:~:text=timeout.reconciliation:`, also after an id: `#setup:~:text=x`, where the id is judged) is read by the browser, which scrolls to the quoted text, and names no heading: not checked (survey 35c, argo-cd's docs). `#readme` is the id GitHub gives the box it renders a Markdown file or a folder's README in, and a link with it (`/onboarding#readme`, `rfcs.md#readme`) scrolls past the page's header to the text: not checked (survey 35c, artsy/README's handbook, about 70 links); `#readme-first` is judged, and the link's path is checked as always. A fragment that opens with `/` (`[Home](#/)`, `#/ai/overview`) is a route of a hash-routed site (docsify, a single-page app's document viewer), never a heading's id, which GitHub writes without `/`: not checked (survey 50c, zenpost-studio's `docs/_404.md`, 1 finding for 6 links judged false); `#ai-overview` is judged. An Eleventy site that gives markdown-it-anchor its own `slugify` filter (`slugify: config.getFilter(\"slugify\")`) makes heading ids as the IdAttributePlugin does (`#### cloud.gov` is `#cloud-gov`, `M&IE` is `m-and-ie`), and a contraction or possessive loses its apostrophe there (`Other people's money` is `#other-peoples-money`: `#other-people-s-money` is reported; survey 32c). An illustration of a broken anchor in prose (`e.g., [](#section-that-does-not-exist)`: a fragment that says it does not exist, with empty link text or after `e.g.`) is not a link to check, nor is the syntax of a link to a section shown in prose with generic words (`[text](#anchor)`, `[title](#section)`: a style guide's \"Links: [text](#anchor) for internal navigation\", survey 30d; `[Setup](#anchor)`, with real words, is judged; see `link/missing-path`). Nor is a same-page link in a row of a style guide's `Do` / `Don't` table (a header row opening `| Do | Don't |`), which shows how to write link text: the Kubernetes style guide's \"See [check required ports](#check-required-ports) for more details\", copied into velero's `style-guide.md` of each docs version (survey 81d, 3 findings judged false); the same link in another table is judged. When the anchor is a heading's but for a `-` where the heading has a space GitHub drops (a no-break space: `### Phase<NBSP>2 exit criteria` is `#phase2-exit-criteria`), the help offers that heading and says why, rather than the nearest other heading (`#phase-3-exit-criteria`); in a document without such a space, the `-` stands for punctuation GitHub drops (`### Crates.io account` is `#cratesio-account`), and the help says that. In a repository hosted on googlesource.com (a `codereview.cfg` or `codereview.settings` at its root: the Go project's repositories, Chromium), whose readers read its Markdown as Gitiles renders it (`go.dev/design/X` redirects there), a heading's Gitiles id, in its case or lower case, is an anchor: letters and digits kept, a space made `-` and other characters `_` (`## Appendix: THP flag behavior` is `#appendix_thp-flag-behavior`: survey 34d, golang/proposal, 3 findings judged false); elsewhere such a link is broken on GitHub and reported. Likewise in a repository hosted on GitLab (a `.gitlab-ci.yml` or `.gitlab/` folder at its root and no `.github/` folder), whose readers read its Markdown as GitLab renders it, a heading's GitLab id is an anchor: GitHub's with each run of `-` made one (`## Retries + Fails` is `#retries-fails`, GitHub's `#retries--fails`: survey s110d, gitlab-com/runbooks, 1 finding judged false); in a repository with a `.github/` folder such a link is reported. A Markdown page of a Maven site (a `pom.xml` beside `src/site/` or its `<siteDirectory>`, holding `site.xml` or `markdown/`) has Doxia's heading ids: the text with spaces made `_`, case kept, other characters than letters, digits, `-`, `_`, `:` and `.` encoded as their UTF-8 bytes or dropped (`## What is a POM?` is `#What_is_a_POM.3F` and `#What_is_a_POM`): such an anchor is silent (survey 83d, apache/maven-site, 8 findings judged false); an id no heading gives (`#Details` for `## The detailed issue list`), and the same anchor outside a Maven site, are reported. When the link only doubles a `-` of the heading's anchor (`#opentelemetry--cross-process` for `## OpenTelemetry: Cross-process`, `#opentelemetry-cross-process`), the help offers that heading and says that GitHub drops the punctuation and makes the space one `-`. When the heading a document's own anchor names is swallowed by a fence left open to the end of the document, the fence is the one problem: silent while `document/unclosed-fence` is on, which reports the fence and what it hides (survey 40, kubernetes/enhancements' KEP-3107: a closing fence indented less than its list item's text turned seven sections of the table of contents into code); so is a heading inside the block that a broken Markdown example's own closing fence opens (a ` ```markdown ` example holding a ` ```python ` one ends at the inner example's closing fence, and its own closing fence turns the sections after it into code), which that rule reports on the example with what the block hides (survey 54b, Jmiracle76/orchestrator-agent's contributing guide, whose table of contents links `#pull-request-process`, 1 finding judged false); so is a heading inside a block with a language that the rule reports closed late, a ` ```go ` within it unable to close it (a ` ```sql ` block running past `## 📦 Order Business Logic`: survey s125h, 1 finding judged false), while a `# comment` of a closed ` ```bash ` block is code, and the anchor is reported; a heading after a stray fence that a later fence closes, which that rule does not report, keeps the anchor's finding. When no heading is close to a document's own missing anchor but the heading it names is there, inside a code block opened by a bare fence (a stray or unclosed fence turned the headings after it into code), the help says so: the heading, its line and the line of the fence that opened the block. In a Sphinx project that reads Markdown with MyST (a `conf.py` whose `extensions` name `myst_parser` or `myst_nb`; a Jupyter Book, a `_toc.yml` beside its `_config.yml`, is one, where a math or proof directive's `:label:` names a target too; a text notebook that `nb_custom_formats` has MyST-NB read, `.Rmd`, is one of its pages: survey 72e, QuantEcon's lectures and MyST-NB's docs, 2 findings judged false; a `_config.yml` alone is no such project), a fragment that names one of the project's targets is resolved, on the same page or another: a `(label)=` line before a heading or block, a directive's `:name:` option (or `name:` in its YAML options), a `{figure-md} label` argument, a domain object's name (`{py:class} mypackage.MyClass`), an `{eval-rst}` block's or a `.rst` page's `.. _label:` (Sphinx resolves `[text](#label)` and `[](#label)` site-wide, ignoring case); the project is the `conf.py`'s folder plus the files its pages `{include}` (MyST-Parser's root `CHANGELOG.md`). A `(label)=` that a Python script of the project writes at the start of a string or a line, into a page it generates before the build, is a target too (napari's `prep_docs.py`: survey 30c), and so is sphinx-tags' overview page `tagoverview` when `conf.py` loads `sphinx_tags`, and a page Sphinx generates by its standard label (`genindex`, `modindex`, `py-modindex`, `search`: survey 80b). A page's own `(label)=` targets name its `#label` links in any repository. A MyST Document Engine project (mystmd, Jupyter Book 2: a `myst.yml` with a `project:` table; one with only `site:` is none) resolves `[](#label)` and `[text](page.md#label)` the same way, against its pages' `(label)=` lines and directives' `:label:` or `:name:` options, outside code (`:::{figure} x.png` over `:label: fig:mountains`: survey 32c, jupyter-book, 15 links judged false), in its Markdown pages and in its notebooks' Markdown cells (`(histograms)=` over `## Histograms` in `core/matplotlib/histograms-piecharts-animation.ipynb`, linked `[Histograms](#histograms)` from `core/matplotlib.md`: survey 39b, ProjectPythia/pythia-foundations, 1 finding for 7 links judged false); a label nothing defines, or one shown only inside a code block, is reported. A Python object that the project documents is such a target too, by its full name or the end of it after a `.` (`[](Spawner)` for `.. autoconfigurable:: Spawner` under `.. automodule:: jupyterhub.spawner`): the objects of the Python domain's directives (`.. py:class::`, `.. class::`, `.. module::`, with the module of the `module::`, `currentmodule::` or `automodule::` before them) and, when `conf.py` turns autodoc on (`sphinx.ext.autodoc`, `sphinx.ext.autosummary`, `autodoc_traits`), of autodoc's (`autoclass`, `autoconfigurable`, `automodule`, …) and the entries of an `.. autosummary::` block (`napari.layers`), whose members no text names (`[](#Spawner.ip)`, `[](JupyterHub.db_url)`: a member of an object `autoclass`, `autoconfigurable`, `autoexception` or `automodule` documents); so is a name that starts with the literal start of an f-string `conf.py` gives a docutils node's `names=` or `ids=` (`names=[f\"rest-api-{operation_id}\"]` makes `rest-api-get-users`). A member of an object nothing documents (`#Nothing.attr`), a name with a file's extension (`Spawner.md`) and autodoc's directives in a project without autodoc are not. Targets shown inside code (a plain fenced or indented block, a `{code-block}`) are examples, not targets, and a fragment that is neither a heading nor a label is still reported. A link inside a region a tool manages (between `<!-- NAME:START -->` and `<!-- NAME:END -->`, such as oh-my-claudecode's `OMC` block in `CLAUDE.md`) is the tool's and left alone; a generated table of contents of the document (doctoc) is checked. In a VuePress site (`.vuepress/config.*`), heading ids are the site's slug too (`#palette-styl` for `palette.styl`, `#globallayout` for `globalLayout <Badge text=\"beta\"/>`); VuePress and VitePress count `_` as punctuation (`` ### `display_output` hook `` is `#display-output-hook`: survey 40c, nushell.github.io's release notes, 26 findings judged false) and strip accents (`## Types de clés` is `#types-de-cles`, `## L’envoi … à l’API` is `#l-envoi-a-l-api`: survey 46a, cds-snc/notification-documentation's French pages, 3 findings judged false), and from a page outside such a site the `_` and the accents are GitHub's and kept. The emoji links of an all-contributors table (`<a href=\"#question-ben\" title=\"Answering Questions\">💬</a>`: an `#<type>-<login>` fragment whose `title` is the description the all-contributors tools give that type) name no anchor by design and are not checked, also in a table copied out of the generated region; a hand-written `#usage` is. A plan filed below a work tracker's folder of finished work (`plans/done/2026-04-22__ci/README.md`: a folder named `done`, `completed`, `complete` or `finished` beside a folder of open work such as `in-progress/`, `backlog/`, `todo/`, `planning/` or `ready/`: esper-lite's `docs/plans/completed/`, survey 76b, 49 sampled findings judged false) is not edited once its work is done: an anchor of its own table of contents that matches no heading of the plan is the closed record, and silent (survey 30a); its links into other documents are navigation, and judged. In a GitHub wiki kept as a repository (`Home.md` at its root beside a `_Sidebar.md` or `_Footer.md`, or with no README: a wiki moved out of GitHub's keeps its home page, golang/wiki served at go.dev/wiki, survey 46b, 136 findings, the 26 sampled all false), a same-page anchor of a `_Sidebar.md`, `_Footer.md` or `_Header.md` points into the page the wiki shows it beside (the pages of its folder and of the folders below without one of their own): silent when one of them has the anchor, reported when none has it (survey 36d). A page of a Retype site (`retype.yml`) has the anchors Retype makes: a tab's, step's or panel's from its title (`+++ Tab 3` is `#tab-3`, `>>> Install dependencies` is `#install-dependencies`), a heading's without its components (`## v4.6.0 [!badge @latest|info]` is `#v460`) and a `{#id}` attribute; any other anchor is still judged. A page docsify renders (a docsify site's, or one of a folder holding, itself or above it, docsify's `_sidebar.md`, `_navbar.md` or `_coverpage.md`: a translation kept in a repository of its own, docsifyjs/docs-zh served at docsify.js.org/#/zh-cn/) has the id its heading attribute gives (`## 核心主题 :id=core-theme` is `#core-theme`: survey 64b, 16 findings judged false); without docsify, GitHub shows `:id=core-theme` as text and the anchor is reported. A root URL link of a Docusaurus page (`/packages/parser#project`) is read on the site: when a docs route of the site serves a doc at that URL (typescript-eslint's `routeBasePath: '/'` serves `docs/packages/Parser.mdx`, `id: parser`, at `/packages/parser`), the fragment is checked in that doc, not in the repository's `packages/parser/README.md` that GitHub's reading of the same link finds (survey 38c, typescript-eslint, 12 findings judged false); a URL no docs route serves is read GitHub's way, and a README outside the site reads the link as GitHub does. In a Hugo page, a heading that ends in an attribute list giving no id, only classes and `key=value`s (``## `Easy CLA` {.notranslate lang=en}``), is known by the slug of its text before the list (`#easy-cla`), which Hugo's Goldmark makes as it reads the list as the heading's attributes (survey 39c, opentelemetry.io, 9 links of its PR-checks pages, 3 judged false in the sample); GitHub shows the list as text, so from a page outside the site, or in a README, the link is read GitHub's way, and a list with `#id` gives that id alone. A document that says near its top that it is a concatenation of other pages (`This file contains all guidelines concatenated`) keeps each page's relative links (`./#M-DOC-FIRST-SENTENCE`): silent, as for `link/missing-path` (survey 41b); its links to its own sections (`#section`) are judged. GitHub slugs a heading by its text, an image's alt text left out (github/markup#1008): `## Contributors [![Commits](badge.svg)](url)` is `#contributors-`, which a table of contents links (survey 51c, mermaid-js/mermaid's README); an anchor spelling the alt text (`#contributors-commits`) is reported. Docusaurus' MDX comment id (`## Функції URL {/* #url-functions */}`, written by `docusaurus write-heading-ids --syntax comment`) is the heading's id, as `{#id}` is (survey 51c, helm/helm-www's translations); a translated heading without one is known by its translated text, so the English anchor is reported. A VitePress or VuePress page's id that opens with a digit gets a `_` before it (`## 1. Using the Live Editor` is `#_1-using-the-live-editor`, mdit-vue's `slugify`: survey 51c, mermaid-js/mermaid, 5 findings judged false); a number no heading has, and the same link in a page no such site serves, are reported. On an MkDocs page, a repeated heading's id takes Python-Markdown's `_1`, `_2` (the second `#### resourceAttributes` is `#resourceattributes_1`: survey 51c, traefik); a suffix past the repeats is reported. On a Mintlify page (a `docs.json` or `mint.json` of Mintlify's), a repeated heading's id takes `-2`, `-3`, … (the second `### Settings` is `#settings-2`, where GitHub's is `#settings-1`: survey 73c, pipecat-ai/docs, 6 findings judged false); a suffix past the repeats, and the same link outside a Mintlify site, are reported. An MkDocs page served as a folder (`http/tls/overview.md` at `http/tls/overview/`) reads `./#custom-domains` from its own URL: the fragment is looked up in the page itself, not in its folder's README (survey 51c, traefik, 4 findings judged false). A Hugo page's root link to a route that is also a folder of the repository (`/docs/#metadata` beside the repository's `docs/README.md`) names the page the site serves there (`content/docs.md`, a section's `_index.md` or a bundle's `index.md`): the fragment is looked up in that page, and when the site has no page there (a route its layouts or aliases make) it is not judged (survey 51c, rclone, 104 findings; an anchor that page lacks is reported against it, and a README outside the site reads the link GitHub's way). On a Hugo site without a link render hook, a page's relative link to a folder is read from the page's URL, where `x.md` is served at `x/`: `../#installation-requirements` in `deploy/install/install-with-helm.md` is checked in the section `deploy/install/_index.md`, and `./#recommendation` in the page itself, not in the folders GitHub's reading of the file gives (survey s120c, longhorn/website, 9 findings judged false); an anchor that page lacks is reported against it, and with a hook, whose `GetPage` reads from the page's folder, `../` is `deploy/_index.md`. In a chapter of an mdBook book built with mdbook-spec (`[preprocessor.spec]` in `book.toml`: the Rust Reference), `#r-expr.closure` is the anchor the preprocessor writes for a rule line `r[expr.closure]` of the target chapter, and `#grammar-ClosureExpression` the one of a production `ClosureExpression -> …` in its ```` ```grammar ```` block (survey 55b, rust-lang/reference, 20 findings judged false); a rule another chapter defines, and the same anchor in a book without the preprocessor, are reported. A page of a dynamic route (`pages/plugins/[name].mdx`, `[...slug].mdx`), rendered once per value with what its code loads (graphql-yoga's envelop site fetches each plugin's README into `<RemoteContent />`), has headings its file does not hold: an anchor on a link to it is not judged (survey 55b, 2 findings judged false); an anchor on a page of a fixed route is. A README's badge wrapped in an `<a>` that goes nowhere on purpose (`<a href=\"#badge\"><img src=\"https://img.shields.io/badge/…\"></a>`: TanStack's READMEs, survey 55b, 6 findings judged false) is decoration, not a way through the page: a same-page anchor on an `<a>` whose only content is one image of a badge service (`img.shields.io`, `badgen.net`, `badge.fury.io`, a `badge` path segment) is not checked; the same anchor on a link with words or around another image is. A link to `##` written for its title, Markdown's hover tooltip (`[SBCs](## \"Single Board Computers\")`, or a definition `[F]: ## \"Function Components\"` that a table uses as `[F]`: yewstack/yew's examples index, survey s123b, 1 finding for 4 links judged false), goes nowhere on purpose: a same-page fragment made only of `#` is not checked when a title with words follows the destination; `[x](##)` without one, and `[x](#nowhere \"tip\")`, are judged. An MkDocs site whose `docs` folder is a symlink to a folder of the repository (nautobot's `docs` → `nautobot/docs`) serves that folder's pages, and the rules above for a site's pages apply to them: its slugs (`#google-saml` for `#### Google - SAML`) and a page built from template expressions (nautobot's settings page, whose headings a Jinja loop of mkdocs-macros makes from the settings schema: survey 58b, 94 of 96 findings judged false in a sample of 30). A Docusaurus translation's blog post is served in its locale, whose base URL `<Link>` puts before a root link: `/docs/installation#kubernetes-兼容性` in `i18n/zh-Hans/docusaurus-plugin-content-blog/…` is checked in the locale's translation of the doc, `i18n/zh-Hans/docusaurus-plugin-content-docs/current/installation.md`, when there is one (survey 65b, koordinator-sh/website, 1 finding judged false); the English anchor the translation lacks is reported against it. An MkDocs page with mkdocs-macros has the headings and ids of the files its `{% include 'x.md' %}` tags read from the plugin's `include_dir`, and of their own includes (aws/copilot-cli's manifest pages, whose fields' `<a id=\"image-port\">` stand in included files: survey 65b, 15 findings judged false); an include not found makes the page silent, and without the plugin the tag is text. On an MkDocs page, a heading whose text keeps nothing once reduced to ASCII (`## フラグ`) has the id Python-Markdown's default slugify makes unique from an empty one, `_1`, `_2`, … in the page's order (aws/copilot-cli's Japanese pages: `#_2` for the second, survey 65b, 1 finding judged false); a number past those headings, and the same link outside a site (GitHub's slug keeps the letters), are reported. In a chapter of an mdBook book, which renders definition lists (mdBook 0.5, unless `book.toml` sets `output.html.definition-lists = false`), a definition term (`smart pointer` over `  : A pointer that owns …`) has the id mdBook gives its `<dt>` as it gives a heading one (`glossary.md#smart-pointer`: survey 66c, PyO3's guide, 2 findings judged false); in a book that turns definition lists off, and outside a book, where GitHub shows the term as text, such a link is reported. A page of a Pagenary site (a `_manifest.json` in its folder or a folder above whose `sections` read pages from files, `{\"id\": \"intake-guide\", \"file\": \"intake-guide.md\"}`) links the site's routes by hash: `[Intake Guide](#intake-guide)` shows that section, so a same-page anchor that is a section id of the manifest is not checked (survey 69d, jmagly/ai-writing-guide's `docs/`, 25 findings judged false); an id the manifest does not list (`#ts-deployment`, renamed since) goes nowhere on the site either, and is reported, as is the same link beside a `_manifest.json` without such sections. A chapter of an mdBook book has the headings of the Markdown files it includes with `{{#include configuration_generated.md}}` (outside code, read from the chapter's folder, a `:10:20` range or `:anchor` after the path left out, and their own includes): rust-analyzer's `configuration.md#cargo.targetDir` is a `{#cargo.targetDir}` heading of the generated file it includes (survey 69c, 3 findings judged false), and the ids of the HTML files it includes, also written `{{ #include x }}` or `{{#rustdoc_include x}}` (cluster-api-provider-azure's `reference/v1beta1-api.md` is `{{ #include v1beta1-api-raw.html }}`, the API reference its build generates and git ignores: survey s125m, 1 finding judged false); an include that cannot be read makes the chapter silent, an anchor the included file lacks is reported, and outside a book, where GitHub shows the line as text, the line includes nothing. On a page reached by the slug of a site built elsewhere (a number-prefixed page linked by its name without the prefix, as svelte.dev serves sveltejs/kit's docs), an anchor with a capital letter or a `$` is none of GitHub's heading ids but that site's (`#Rerunning-load-functions-When-do-load-functions-rerun`, a heading joined to its parent, case kept; `#$types`: survey 73d, 6 of the 29 anchors judged false there), or a lower-case anchor such an id of the page gives, its parents' ids and its title joined by `-` with the title's dots kept (`#page-page.svelte` for `### +page.svelte` below `## +page`: 7 more of the 29): silent; a lower-case anchor no heading or such id has, and the same anchor on a link that names the page's file, are judged. A page of a Starlight site's docs collection (`src/content/docs/` beside an Astro configuration that uses `@astrojs/starlight`) has `#_top`, the id Starlight gives every page's title and its table of contents' \"Overview\" links (survey 75a, mochajs/mocha, 1 finding judged false); in a page of an Astro site without Starlight `#_top` is reported. On a page of a Hugging Face doc-builder folder (a `_toctree.yml` with `- local:` entries) that documents objects with `[[autodoc]] tuners.lora.model.LoraModel`, a dotted Python name (`#peft.LoraModel`, `#peft.LoraModel.add_weighted_adapter`) is the id the builder gives an object from its docstring (survey 76a, huggingface/peft, 3 findings judged false): silent; an anchor without a dot, and the same anchor on a page without `[[autodoc]]` or outside such a folder, are judged. A doc-builder page's heading has the id the builder gives it: the explicit id it ends with (`## 설치 확인 [[check-installation]]`, which the translations keep in English) or its slug with `_` dropped (`#hfhome` for `### HF_HOME`, as hf.co/docs links it: survey 77b, huggingface/huggingface_hub, 17 of 31 sampled findings judged false); an anchor no heading gives, and the same page outside such a folder, where GitHub shows `[[check-installation]]` as text and keeps `_`, are judged. Silent, too, in a generated report's row that quotes a line of another file (a table row whose first cell names a tracked file, whose second is a line number, and whose rest is that file's line word for word: `| docs/testing/README.md | 51 | - [Checklist](./CHECKLIST.md) |` in a TODO scanner's `TODO-REPORT.md`, survey 77a, Azora-OS/azora, 7 findings judged false): the quoted references are the quoted file's, checked there; a row whose text the named file does not hold is judged. A page of a Jekyll site (a `_config.yml` in its folder or above) has the id each of its `{% include top.html id=\"week1\" %}` tags passes to an include whose template writes it as an id (`<h2 id=\"{{ include.id }}\">` in `_includes/top.html`: Baker-IGM/IGME-202's course schedule, whose contents list links `#week1` … `#final`, survey 84c, 1 finding judged false); an include that writes no id, and the same tag outside a Jekyll site, where GitHub shows it as text, make none; and it is rendered with the files its Liquid include tags read (`{% include_relative types/textEdit.md %}` from its folder, `{% include messages/logTrace.md %}` from the site's `_includes/`, and their own includes), so it has their headings and ids, and a file pages include is part of those pages, so its own `#x` links find their anchors (microsoft/language-server-protocol's specification, one page made of a hundred such files linking each other's `<a name=\"locationLink\">`: survey s122b, 68 findings, the 29 sampled such links judged false); an anchor no file of the page has, and the same tags outside a Jekyll site, are reported. A page of a spec-md specification (a `package.json` in its folder or above that runs or depends on `spec-md`: graphql/graphql-spec) links its sections by spec-md's ids, `sec-` then the title with every run of other characters than letters, digits, `-` and `_` one `-` (`#sec-Appendix-Notation-Conventions`, `#sec--oneOf` for `### @oneOf`), a bold subsection after its section and a dot (`#sec-Scalars.Custom-Scalars` for `**Custom Scalars**` under `## Scalars`): such a same-page anchor of a title the specification's files hold is not checked (survey 86c, 25 findings judged false); an id no title gives, and the same anchor without spec-md, are reported. Silent on a root link's anchor (`[Showcase](/#showcase)`) in a page of another website kept here as a copy, whose front matter `url:` names that site's address, as `link/missing-path` reads it: the other site's home page, not this README (survey s116a, alezmad/liquidrender, 2 findings judged false); the same link in a page without such a `url:` is judged.",
    bad: "See [rollback](#rolback-plan).\n\n## Rollback plan",
    good: "See [rollback](#rollback-plan).\n\n## Rollback plan",
};

use crate::document::Document;

/// Of the target's anchors, the one the missing `anchor` names but for the
/// `-` of a space GitHub drops: a heading `Phase<NBSP>2 exit criteria` (a
/// no-break space, or another space that is not ASCII) has the anchor
/// `phase2-exit-criteria`, and a link written `#phase-2-exit-criteria` means
/// it, not the sibling `phase-3-exit-criteria` a spelling distance would
/// pick. The anchor must equal the candidate once some of its `-` are
/// removed (and only `-`), and only one candidate may do so.
pub fn dropped_space<'a>(anchor: &str, ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if !anchor.contains('-') {
        return None;
    }
    let mut found = None;
    for id in ids {
        if id.len() >= anchor.len() || id.len() + anchor.matches('-').count() < anchor.len() {
            continue;
        }
        if without_some_dashes(anchor, id) {
            if found.is_some_and(|f| f != id) {
                return None;
            }
            found = Some(id);
        }
    }
    found
}

/// Whether `short` is `long` with some of its `-` removed.
fn without_some_dashes(long: &str, short: &str) -> bool {
    let mut s = short.bytes().peekable();
    for b in long.bytes() {
        if s.peek() == Some(&b) {
            s.next();
        } else if b != b'-' {
            return false;
        }
    }
    s.next().is_none()
}

/// The help for a missing `anchor` that [`dropped_space`] explains with the
/// heading's `id`, shown as `target`. When the link only doubles a `-` of
/// the anchor (`#opentelemetry--cross-process` for `## OpenTelemetry:
/// Cross-process`, whose anchor is `#opentelemetry-cross-process`: survey
/// 29b, grpc/proposal's A72), the heading has punctuation there, not a
/// no-break space, and the help says so; so it does when the caller knows
/// the heading's document holds no space that is not ASCII (`punctuation`):
/// `### Crates.io account rename restrictions` linked as
/// `#crates-io-account-rename-restrictions` (survey 34d, rust-lang/rfcs).
pub fn dropped_space_help(target: &str, anchor: &str, id: &str, punctuation: bool) -> String {
    let mut collapsed = String::with_capacity(anchor.len());
    for c in anchor.chars() {
        if !(c == '-' && collapsed.ends_with('-')) {
            collapsed.push(c);
        }
    }
    if collapsed == id {
        return format!(
            "did you mean `{target}`? The heading's anchor has one `-` where the link has more: GitHub drops punctuation (`OpenTelemetry: Cross` is `#opentelemetry-cross`) and makes each space one `-`"
        );
    }
    if apostrophe_dropped(anchor, id) {
        return format!(
            "did you mean `{target}`? The heading's apostrophe is dropped from the anchor, not made a `-` (`people's` is `peoples`)"
        );
    }
    if punctuation {
        return format!(
            "did you mean `{target}`? GitHub drops the heading's punctuation where the link has `-` (`Crates.io` is `cratesio`, `Reader/Writer` is `readerwriter`)"
        );
    }
    format!(
        "did you mean `{target}`? The heading has a no-break space (or another space that is not ASCII) where the link has `-`: GitHub drops such a space from the anchor"
    )
}

/// Whether `id` is `anchor` with the `-` before a lone `s` or `t` removed
/// (`#other-people-s-money` for `#other-peoples-money`): the heading's
/// apostrophe (`people's`, `don't`), which GitHub and most site slugs drop,
/// was written as a `-` (survey 32c, 18F's handbook).
fn apostrophe_dropped(anchor: &str, id: &str) -> bool {
    let b = anchor.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| {
        b[i] == b'-'
            && b[i - 1].is_ascii_alphanumeric()
            && matches!(b[i + 1], b's' | b't')
            && b.get(i + 2).is_none_or(|&c| c == b'-')
            && format!("{}{}", &anchor[..i], &anchor[i + 1..]) == id
    })
}

/// When a heading of `doc` would give `anchor` but stands inside a code block
/// opened by a bare fence (a fence left open, or a stray fence pairing with a
/// later one, turns the headings after it into code), the help that says so:
/// the heading is there, the block hides it. Looked for only once the anchor
/// is known missing and no heading is close to it. A block with a language
/// (```` ```bash ````) is code on purpose: its `# Documentation` is a comment.
pub fn swallowed_heading(doc: &Document, anchor: &str) -> Option<String> {
    let (block, start) = swallowing_block(doc, anchor, true)?;
    let line = doc.text.get(start..)?.lines().next().unwrap_or("");
    let (heading_line, _) = doc.line_col(start);
    let (open_line, _) = doc.line_col(block.start);
    let shown = line.trim();
    Some(format!(
        "the heading `{shown}` (line {heading_line}) is inside the code block opened on line {open_line}, so it renders as code and has no anchor: remove that stray fence, or close the block before the heading"
    ))
}

/// Whether a missing anchor of `doc` names a heading that a block left open
/// to the end of the document swallows, a block `document/unclosed-fence`
/// reports: one problem, the fence, which that finding names with what it
/// hides (survey 40, kubernetes/enhancements' KEP-3107, whose stray fence
/// turned seven sections of its table of contents into code: seven anchor
/// findings beside the fence's), or the block that a broken Markdown
/// example's own closing fence opens, which that rule reports on the example
/// with what the block hides (survey 54b). A heading swallowed by a stray
/// fence that a later one closes, a block that rule does not report, is not
/// that rule's, and the anchor keeps its finding.
///
/// A block with a language left open to the end of the document, or closed
/// late (a ` ```go ` inside it could not close it), hides its headings too,
/// when that rule reports it (` ```sql ` closed only fifty lines on, below
/// `## 📦 Order Business Logic`: survey s125h, commerce's service pages, 1
/// finding judged false beside the fence's).
pub fn hidden_by_unclosed_fence(doc: &Document, anchor: &str) -> bool {
    let anchor = anchor.to_lowercase();
    swallowing_block(doc, &anchor, true).is_some_and(|(block, _)| {
        super::document_unclosed_fence::reports_unclosed(doc, &block)
            || super::document_unclosed_fence::reports_stray_block(doc, &block)
    }) || swallowing_block(doc, &anchor, false).is_some_and(|(block, _)| {
        super::document_unclosed_fence::reports_unclosed(doc, &block)
            || super::document_unclosed_fence::reports_closed_late(doc, &block)
    })
}

/// The block of `doc` that holds a heading whose slug is `anchor` (lower
/// case), and where that heading's line starts: a bare-fenced block, or
/// (`bare` false) a fenced block with a language.
fn swallowing_block(
    doc: &Document,
    anchor: &str,
    bare: bool,
) -> Option<(std::ops::Range<usize>, usize)> {
    let want = anchor.to_lowercase();
    for block in &doc.code_blocks {
        let body = doc.text.get(block.clone())?;
        let opening = body.lines().next().unwrap_or("").trim();
        let is_bare = opening.len() >= 3
            && (opening.bytes().all(|b| b == b'`') || opening.bytes().all(|b| b == b'~'));
        let fenced = opening.starts_with("```") || opening.starts_with("~~~");
        if is_bare != bare || !fenced {
            continue;
        }
        let mut at = block.start;
        for line in body.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let Some(title) = atx_heading(line) else {
                continue;
            };
            if crate::document::slug::slug(title) == want {
                return Some((block.clone(), start));
            }
        }
    }
    None
}

/// The text of an ATX heading line (`## Checklist ##` → `Checklist`).
fn atx_heading(line: &str) -> Option<&str> {
    let line = line.trim_end();
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let title = &rest[hashes..];
    if !title.starts_with([' ', '\t']) {
        return None;
    }
    let title = title.trim();
    let title = title.trim_end_matches('#').trim_end();
    (!title.is_empty()).then_some(title)
}

/// A systematic way a table of contents misses GitHub's ids: the anchors are
/// written from the heading's words alone, while the id keeps what the
/// heading starts with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlugHabit {
    /// `## 🎯 Overview` is `#-overview`: GitHub drops the emoji (or another
    /// symbol) but keeps the space after it.
    Symbol,
    /// `## 1. Overview` is `#1-overview`: the number is part of the id.
    Number,
    /// `## A + B` is `#a--b`: GitHub drops the punctuation but keeps each
    /// space, and the anchor was written with one `-` for the run (and
    /// without the ones a leading emoji leaves, `--f-p0-001-scaffold--sdk`).
    Collapsed,
}

/// Of the target's `ids`, the one the missing `anchor` (lower case) names
/// but for the heading's leading emoji or number, and which habit that is.
/// Exact: the id is a prefix followed by the anchor, and the prefix is what
/// GitHub's slug keeps of a leading symbol (no letter, digit or `_`, ending
/// with the `-` of the space after it: `-`, `️-`), or of a leading number
/// (digits and a `-`, after such a symbol's: `1-`, `12-` for `1.2`, `-1-`; a keycap
/// number keeps its marks: `1\u{fe0f}\u{20e3}-` for `1️⃣`).
/// Of several, the shortest id (then the first in byte order).
pub fn habit_id<'a>(
    anchor: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Option<(SlugHabit, &'a str)> {
    if anchor.is_empty() || anchor.starts_with('-') {
        return None;
    }
    let ids: Vec<&'a str> = ids.collect();
    let symbols = |s: &str| s.chars().all(|c| !c.is_alphanumeric() && c != '_');
    let mut best: Option<(SlugHabit, &'a str)> = None;
    for &id in &ids {
        let Some(prefix) = id.strip_suffix(anchor) else {
            continue;
        };
        let Some(body) = prefix.strip_suffix('-') else {
            continue;
        };
        let habit = if symbols(body) {
            SlugHabit::Symbol
        } else {
            // A keycap number (`1️⃣`: the digit, a variation selector and
            // the enclosing keycap, all kept in GitHub's id) is a number.
            let body = body.trim_end_matches(['\u{fe0f}', '\u{20e3}']);
            let before = body.trim_end_matches(|c: char| c.is_ascii_digit());
            if before.len() < body.len()
                && (before.is_empty() || (before.ends_with('-') && symbols(before)))
            {
                SlugHabit::Number
            } else {
                continue;
            }
        };
        if best.is_none_or(|(_, b)| (id.len(), id) < (b.len(), b)) {
            best = Some((habit, id));
        }
    }
    if best.is_some() || anchor.contains("--") {
        return best;
    }
    // Else the id with runs of `-` where the anchor has one (and leading
    // or trailing ones it leaves out).
    for &id in &ids {
        if id.contains("--")
            && collapsed(id) == anchor
            && best.is_none_or(|(_, b)| (id.len(), id) < (b.len(), b))
        {
            best = Some((SlugHabit::Collapsed, id));
        }
    }
    best
}

/// `id` with each run of `-` made one and those at its ends dropped.
fn collapsed(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for part in id.split('-').filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{atx_heading, dropped_space};

    #[test]
    fn a_dropped_space_names_its_heading() {
        let ids = ["phase2-exit-criteria", "phase-3-exit-criteria"];
        assert_eq!(
            dropped_space("phase-2-exit-criteria", ids.iter().copied()),
            Some("phase2-exit-criteria")
        );
        assert_eq!(
            dropped_space("phase-4-exit-criteria", ids.iter().copied()),
            None
        );
        assert_eq!(
            dropped_space("phase-3-exit-criteria", ids.iter().copied()),
            None
        );
        assert_eq!(dropped_space("phase2", ids.iter().copied()), None);
    }

    #[test]
    fn atx_headings() {
        assert_eq!(atx_heading("## Checklist\n"), Some("Checklist"));
        assert_eq!(atx_heading("   # A b ##\n"), Some("A b"));
        assert_eq!(atx_heading("#hashtag\n"), None);
        assert_eq!(atx_heading("    ## indented code\n"), None);
        assert_eq!(atx_heading("####### seven\n"), None);
    }
}
