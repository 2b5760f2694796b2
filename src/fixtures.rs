//! Test-fixture projects: Markdown that a test suite feeds to the code under
//! test, not the repository's documentation.
//!
//! A folder inside a test tree (`tests/`, `test/`, `testdata/`, `fixtures/`,
//! `__fixtures__/`) that holds its own project marker (`book.toml`,
//! `mkdocs.yml`, `package.json`, `Cargo.toml`, a `.vitepress/` config, …) is a
//! project of its own that a test builds: mdBook keeps 58 such books under
//! `tests/`, whose links are broken on purpose or point at pages the test
//! creates. A Markdown file whose nearest project marker is such a folder is
//! test input, left out by default like vendored trees. A repository's own
//! `tests/README.md` (its nearest marker is the repository's) stays checked.
//!
//! A Jekyll source in a test tree is such a project whatever its
//! configuration is called: the folder holding a `_posts/` or `_layouts/`
//! folder (Jekyll's own `test/source/`, which its tests configure with
//! `_config_folded.yml` and the like: a post of deliberately odd link
//! references and a UTF-16 page, survey 29c).
//!
//! Markdown in a folder of test inputs is test input too, project marker or
//! not: a `fixtures/`, `__fixtures__/`, `testdata/`, `test-data/` or
//! `test_data/` folder anywhere, and, below a `tests/` or `test/` folder
//! (`scripts/tests/…` too), a `data/` folder or a folder of expected outcomes
//! (`pass/`, `fail/`, `good/`, `bad/`, `valid/`, `invalid/`, `expected/`, `golden/`, `goldens/`: a test's expected output).
//! Peak_Trade's link gate reads `tests/fixtures/docs_reference_targets/fail/*.md`,
//! broken on purpose; FastAPI's translation fixer reads
//! `scripts/tests/…/data/*.md`. So is a folder whose name says its
//! documents are fake, anywhere (`fake-docs/`, `mock_docs/`: cloudevents/spec's
//! `tools/fake-docs/`, the input of its link checker's test, survey 49b); a
//! `mock-server/` documents a server and stays checked.
//!
//! And Markdown beside a test file in a test tree (below `tests/`, `test/`,
//! `__tests__/`, …): a folder that holds a `__snapshots__/` folder or a
//! formatter's snapshot harness (`format.test.js`, `jsfmt.spec.js`) holds the
//! inputs that script feeds to the code under test (any other test script,
//! such as `merge-engine.test.ts`, says nothing of a `TEST_PLAN.md` beside it). prettier keeps its Markdown
//! formatter's inputs so (`tests/format/markdown/image/alt.md` beside
//! `format.test.js` and `__snapshots__/format.test.js.snap`), their links
//! (`a.png`, `#world`) test data. A `tests/README.md` stays checked, with a
//! test script beside it or not: a README documents the tests.
//!
//! And Markdown that a test tree holds twice, an input and its expected
//! output: a data-like file (see `data_like`: `example.md`, not a README or
//! a plan) at `<dir>/<a>/<rest>` strictly below a `tests/` or `test/`
//! folder, when the tree also tracks a Markdown file at `<dir>/<b>/<rest>`
//! (the same path below a sibling folder, `<rest>` at least a folder deep:
//! parallel trees, not `unit/cases.md` beside `notes/cases.md`). bat's syntax-highlighting
//! regression test reads `tests/syntax-tests/source/Markdown/example.md`
//! and compares the result with `tests/syntax-tests/highlighted/Markdown/example.md`;
//! its `- []` lines are the input's deliberate oddities (survey 36b, 2
//! findings judged false). A file with no twin (`tests/e2e/notes/cases.md`),
//! a README, and a pair outside a test tree (`docs/en/guide.md` beside
//! `docs/fr/guide.md`, translations) stay checked.
//!
//! Vendored the same way: the Roo Code SPARC scaffold that `npx create-sparc
//! init` writes, a `.roo/` folder holding `rules-sparc/` beside a
//! `.roomodes` file or its own `mcp.json`. Its documents are upstream's,
//! rewritten by the scaffolder (its README links `rules-mcp/github.md`,
//! which upstream never ships). Another `.roo/` folder, and any other
//! agent's folder (`.cursor/commands/`), is the repository's own and checked.
//!
//! And what the get-shit-done (GSD) installer (`npx get-shit-done-cc`)
//! writes into a coding agent's dot-folder, marked by the
//! `get-shit-done/VERSION` file it leaves there: that folder, its
//! `commands/gsd/` and its `agents/gsd-*.md`. They are upstream's prompts
//! and templates, rewritten on every update (logos-vision-crm's
//! `.claude/get-shit-done/templates/`, whose ` ```markdown ` templates hold
//! ` ```bash ` examples: survey 71a, 10 `document/unclosed-fence` findings
//! judged false). The folder's other agents and commands are the
//! repository's own and checked, as is a `get-shit-done/` folder without
//! `VERSION`.
//!
//! And the agent rules BMAD's installer writes for Cline: the numbered
//! `.clinerules/<order>-<module>-<agent>.md` files (`20-bmm-analyst.md`,
//! `110-task-core-workflow.md`), `<module>` a module folder of a BMAD install
//! at the root (`.bmad/`, `bmad/` or `_bmad/`, marked by its
//! `_cfg/manifest.yaml`). Each wraps an agent's definition in a ` ```yaml `
//! block followed by a stray fence of the installer's template, rewritten on
//! every install (survey s123c, steven-d-pennington/symptom-tracker: 18
//! `document/unclosed-fence` findings judged false). A rule of the
//! repository's own in `.clinerules/`, and such a file without an install,
//! are checked.
//!
//! And a BMAD install its 6.0 alpha installer wrote to a plain `bmad/`
//! folder, marked by its `bmad/_cfg/manifest.yaml` (the hidden `.bmad/` and
//! `_bmad/` are vendored by name): the method's agents, workflows, templates
//! and knowledge base, rewritten on every install, whose READMEs link files
//! the installer does not copy (`./agents/README.md`) or name folders at
//! upstream's depth (`../../testarch/knowledge/`: survey s125g,
//! menoncello/stryker-mutator-bun-runner, 5 `link/missing-path` findings
//! judged false). A `bmad/` folder without the manifest (`docs/bmad/`
//! notes) is the repository's own and checked.
//!
//! And a benchmark case of a coding agent pinned to a commit: a folder whose
//! `case.yaml` (or `case.yml`) names a whole commit id as the state the
//! case starts from (`pre_state:` … `ref: 33d699c0…`, a `base_commit:` or
//! `commit:` of forty hex digits). Its task, notes and expected answers
//! describe the code of that commit, on purpose: updating them would
//! corrupt the case (survey 92a, tdmtrader/jetbridge's `bench/corpus/*/`,
//! 31 findings judged false). The corpus' own index beside the cases, and
//! a `case.yaml` that names a branch (`ref: main`) or no commit, are checked.
//!
//! And a Hugo theme copied into a site: a folder `themes/<name>/` holding
//! the theme's `theme.toml` (the metadata every published theme carries:
//! Docsy's names `licenselink = "https://github.com/google/docsy/…"`) beside
//! a Hugo site's configuration (`hugo.toml`, `config.toml`, … or
//! `config/_default/`). Hugo's own instructions install a theme by cloning
//! it there; its documents (Docsy's `userguide/`, a site of its own whose
//! links are routes of docsy.dev) are upstream's, fixed upstream (survey
//! 29b: cncf/tag-security's `website/themes/docsy/`, 3 findings judged
//! false). The site's own pages (`content/`) are checked, and so is a
//! `themes/` folder without `theme.toml` or beside no Hugo configuration.
//!
//! Generated the same way: the documents an OpenAPI Generator run wrote,
//! listed in its manifest `<output>/.openapi-generator/FILES` (LifeReady's
//! `services/*/generated/README.md`, whose template links
//! `((https://openapi-generator.tech))`: survey 28). They are rewritten on
//! every run; a document of that folder the manifest does not list is the
//! repository's own and checked. Where git ignores the manifest and holds
//! only the run's `<output>/.openapi-generator-ignore`, the generator's
//! documents are the folder's `README.md` and the pages of its `docs/`,
//! `Apis/` and `Models/` folders, less those the ignore file protects
//! (unitycatalog's `api/Apis/*.md`, written by the `apiDocs` project of its `build.sbt`:
//! survey 41a, 15 findings judged false). Where git ignores both, a
//! `.gitignore` naming the output's `.openapi-generator/` says where the
//! run wrote (argo-workflows' `sdks/java/.gitignore`: `/client/.openapi-generator/`,
//! the run's `client/docs/` kept: survey 43c, 37 findings judged false).
//! Likewise the pages docusaurus-plugin-typedoc writes: the Markdown below
//! the plugin's `out` folder of a Docusaurus site whose configuration names
//! the plugin (lsendel/sass's `docs/docs/frontend-api/`, whose TypeDoc
//! anchors `#planinterval-1` name no heading: survey 68a, 7 findings judged
//! false); the plugin empties and rewrites that folder on every build.
//!
//! And the agent skills a skills installer copied in: a skill named in the
//! root `skills-lock.json` (`"skills": { "upstash-qstash-js": { "source":
//! "upstash/skills", … } }`, written by `npx skills add`) and installed in
//! a `skills/` folder of an agent's dot-folder at the root
//! (`.agents/skills/upstash-qstash-js/`, with its `SKILL.md`). Its documents
//! are upstream's, and their links name files of upstream's tree that the
//! installer does not copy (survey 27a, Alfanumrik). A skill of the
//! repository's own (`.claude/skills/student-dashboard-design/`, not in the
//! lock file, or locked from a local source) is checked.
//!
//! And the unpacked copy of a release archive committed beside it: a folder
//! `<name>/` next to a tracked `<name>.tar.gz` (`.tgz`, `.tar.xz`,
//! `.tar.bz2`, `.zip`) of the same name (cohesix's
//! `releases/Cohesix-0.2.0-alpha2-MacOS/` beside
//! `releases/Cohesix-0.2.0-alpha2-MacOS.tar.gz`). Its documents are the
//! repository's `docs/` as they were packed for that release, frozen: their
//! citations and links are fixed in the living copy, which carries the same
//! findings (survey 31a: 12 findings in two release bundles judged false).
//! A folder with no archive of its name beside it is checked.
//!
//! And a Markdown renderer's test case, an input beside the output it must
//! give (`tests/…/md/table.md` beside `table.html`, `…/xml/tasklist.md`
//! beside `tasklist.xml`): see [`crate::expected_output`].
//!
//! And a library copied by hand into a folder of its own name, with its
//! license file and a README naming its upstream repository (minio's
//! `internal/ringbuffer/`), or a folder goneat's `ssot sync` fills from
//! another repository (`docs/crucible-go/`): see [`crate::upstream_copy`].

use std::collections::{HashMap, HashSet};

/// Whether a document says in its first lines that a tool wrote it: an HTML
/// comment naming a generator (`<!-- This file is auto-generated. Please do
/// not modify it yourself. -->` of protoc-gen-doc, `<!-- generated by … -->`),
/// or a line saying it was generated and must not be edited (Go's `Code
/// generated by … DO NOT EDIT.`, biome's front-matter comment `# Don't modify
/// this file manually. This file is auto generated from source`). Such a document is fixed in its generator
/// (a template, the comments of a `.proto` file), not by hand: it is left out
/// by default, like generated trees. A comment that marks a generated part
/// of a hand-written document (`<!-- START doctoc generated TOC -->`) does
/// not make the document generated.
///
/// A generator's stamp in German, Chinese or Japanese says the same: a line
/// that opens with `Automatisch aktualisiert durch RAG-System am …`
/// (`automatisch generiert`, `erstellt`, `aktualisiert`), `Diese Datei wurde
/// automatisch generiert`; so does a line that opens with the same words in
/// Italian, Spanish, Portuguese or French, `_Generato automaticamente da
/// `tools/py/daily_pr_report.py`._` (`generado automáticamente`, `gerado
/// automaticamente`, `généré automatiquement`: survey 56a,
/// MasterDD-L34D/Game's 38 daily PR summaries), or that says them of this
/// file, in a comment, or beside "do not edit" (`non modificare`), while
/// `Il riepilogo viene generato automaticamente ogni sera`, a feature
/// described, is none; and `自动生成` / `自動生成` in a comment, after `由`
/// ("by": `本文件由脚本自动生成`), `により`, or beside "do not edit"
/// (`请勿手动编辑`). A date stamp alone (`Erstellt am: 2025-06-30`, "created
/// on") is no generator's, and neither is a feature named so (`用户故事自动生成`,
/// "user stories generated automatically").
///
/// So is a page a browser wrote: see [`page_capture`]; and a paste of
/// machine output: see [`machine_paste`].
pub fn is_generated(text: &[u8]) -> bool {
    if page_capture(text) || machine_paste(text) {
        return true;
    }
    let head = &text[..text.len().min(1024)];
    // Every line that says so holds "generated" once lowercased, and no
    // character lowercases to one of its ASCII letters but themselves (only
    // the Kelvin sign and a dotted capital I lowercase to ASCII, `k` and
    // `i`): a head without it, in any case, is no generated document. Most
    // documents are decided here, without a lowercased copy of each line.
    // One ASCII-lowercased copy of the head, searched by memmem for each
    // word (lowercase): a window-by-window comparison per word cost a tenth
    // of checking tldr's 38,000 pages.
    let lower = head.to_ascii_lowercase();
    let has = |word: &[u8]| memchr::memmem::find(&lower, word).is_some();
    if has(b"## packages") && crd_ref_docs(&String::from_utf8_lossy(head)) {
        return true;
    }
    if has(b"<p>packages:</p>") && gen_crd_api_reference_docs(&String::from_utf8_lossy(head)) {
        return true;
    }
    let english = has(b"generated");
    let foreign = has(b"automatisch")
        || has(b"automaticamente")
        || has("automáticamente".as_bytes())
        || has(b"automatiquement")
        || has("自动生成".as_bytes())
        || has("自動生成".as_bytes());
    if !english && !foreign {
        return false;
    }
    let head = String::from_utf8_lossy(head);
    if english && opening_comment_stamp(&head) {
        return true;
    }
    if english && has(b"overwritten") && head.lines().any(overwritten_notice) {
        return true;
    }
    head.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .any(|l| {
            let l = l.to_lowercase();
            if foreign && foreign_stamp(&l) {
                return true;
            }
            let tool = [
                "auto-generated",
                "autogenerated",
                "generated by",
                "generated from",
            ]
            .iter()
            .any(|w| l.contains(w));
            !marks_a_part(&l)
                && ((l.starts_with("<!--") && tool) || (hands_off(&l) && l.contains("generated")))
        })
}

/// The smallest page capture: a browser's serialization of a whole page or
/// panel runs to tens of kilobytes.
const CAPTURE_BYTES: usize = 16 * 1024;

/// Whether a document is a page a browser wrote, saved with a `.md` name: a
/// DOM capture (devtools' "Copy outerHTML", a page's source), not Markdown
/// anyone wrote. It opens with an HTML tag (`<html lang="en">`, `<div
/// class="split-view-view …">`), holds at least [`CAPTURE_BYTES`], at least
/// ten tags a kilobyte, and at least half of its bytes in lines of a
/// thousand bytes or more (a serializer writes no line breaks). Its `src`
/// and `href` are the captured application's (`../../../workbench/browser/
/// parts/editor/media/logo.png`, Cursor's own logo), and its fences are
/// text of the page (survey 43b: fr4iser90/PIDEA's
/// `docs/04_ide-support/cursor/*-dom-source.md`, selectors collected from
/// the IDE, 5 findings judged false). A README that opens with `<div
/// align="center">` over Markdown, and a page of hand-written HTML (short
/// lines), are checked.
pub fn page_capture(text: &[u8]) -> bool {
    if text.len() < CAPTURE_BYTES {
        return false;
    }
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let opens_with_tag = text[start..].starts_with(b"<")
        && text
            .get(start + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'!');
    if !opens_with_tag {
        return false;
    }
    let tags = text
        .windows(2)
        .filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
        .count();
    if tags * 1024 < text.len() * 10 {
        return false;
    }
    let long: usize = text
        .split(|&b| b == b'\n')
        .map(<[u8]>::len)
        .filter(|&n| n >= 1000)
        .sum();
    long * 2 >= text.len()
}

/// The shortest line of a machine paste: nobody writes 64 KiB of Markdown on
/// one line.
const PASTE_LINE_BYTES: usize = 64 * 1024;

/// Whether a document is a paste of machine output saved with a `.md` name:
/// at least half of its bytes stand in lines of [`PASTE_LINE_BYTES`] or
/// more, a minified script or a request dump that a terminal printed on one
/// line (drdanielnutro/instagram_ads' `docs/log_erro.md`, a server log whose
/// first line holds a megabyte of a scraped page's escaped HTML and
/// JavaScript, where `e[$]("class")` reads as a link: survey 56a, 12
/// findings judged false). Its links and fences are text of the output. The
/// long lines must read as code or data, not prose: at least one byte in a
/// hundred of them is `{`, `}`, `;` or `=` (minified JavaScript, JSON, a
/// request's query string). A long document with long paragraphs, a huge
/// line of words or links (what `tests/bad_input.rs` feeds the parser), and
/// a log with a few long lines among many short ones, are checked.
pub fn machine_paste(text: &[u8]) -> bool {
    if text.len() < PASTE_LINE_BYTES {
        return false;
    }
    let (long, code) = text
        .split(|&b| b == b'\n')
        .filter(|l| l.len() >= PASTE_LINE_BYTES)
        .fold((0usize, 0usize), |(long, code), l| {
            let marks = l
                .iter()
                .filter(|b| matches!(b, b'{' | b'}' | b';' | b'='))
                .count();
            (long + l.len(), code + marks)
        });
    long * 2 >= text.len() && code * 100 >= long
}

/// Whether a lower-cased line asks not to edit the file: "do not edit",
/// also with "modify" and a typographic apostrophe (biome's website stamps
/// its generated rule pages `# Don't modify this file manually. This file
/// is auto generated from source` in their front matter: survey 31b), and
/// "must not be edited" (traefik's `configuration-options.md` opens
/// `<!--`, `CODE GENERATED AUTOMATICALLY`, `THIS FILE MUST NOT BE EDITED BY
/// HAND`, `-->`: survey 51c, 4 findings judged false).
fn hands_off(l: &str) -> bool {
    [
        "do not edit",
        "do not modify",
        "must not be edited",
        "must not be modified",
        "don't edit",
        "don't modify",
        "don\u{2019}t edit",
        "don\u{2019}t modify",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// Whether a line of the head says that this file is generated and that
/// changes to it will be overwritten: Firebase Data Connect's SDK README,
/// `***NOTE:** This README is generated alongside the generated SDK. If you
/// make changes to this file, they will be overwritten when the SDK is
/// regenerated.*`, below a table of contents of its own (survey s125f,
/// GS1-ISA/LISA's `dataconnect-generated/js/default-connector/`, 2
/// `link/missing-anchor` findings of the generator's contents links judged
/// false). The line must name this file (`this file`, `this README`, `this
/// document`, `this page`): `The output in `dist/` is generated and will be
/// overwritten`, said of another file, does not make the document generated.
fn overwritten_notice(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains("generated")
        && l.contains("overwritten")
        && ["this file", "this readme", "this document", "this page"]
            .iter()
            .any(|w| l.contains(w))
}

/// Whether a lower-cased line marks a generated part of a hand-written
/// document (`<!-- START doctoc generated TOC -->`, `<!-- BEGIN
/// auto-generated section -->`), not a generated file.
fn marks_a_part(l: &str) -> bool {
    l.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "toc" | "contents" | "section" | "start" | "begin" | "end" | "below"
        )
    })
}

/// Whether the document opens with an HTML comment (its first non-empty
/// line, after front matter if any) whose lines together say both that the
/// file is generated and that it must not be edited: rust-lang/book's No
/// Starch manuscript opens `<!-- DO NOT EDIT THIS FILE.`, then, two lines
/// down, `This file is periodically generated from the content in the
/// `/src/` directory, so all fixes need to be made in `/src/`. -->` (survey
/// 38d: 30 findings judged false). One of the two alone (`<!-- Do not edit
/// the release dates by hand -->`, `<!-- Parts of this page are generated
/// -->`) is no stamp, and neither is a comment marking a generated part
/// (`<!-- START doctoc generated TOC … DON'T EDIT THIS SECTION -->`).
fn opening_comment_stamp(head: &str) -> bool {
    let mut text = head.trim_start();
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---") {
            text = rest[end + 4..].trim_start();
        }
    }
    let Some(body) = text.strip_prefix("<!--") else {
        return false;
    };
    let body = body.split("-->").next().unwrap_or(body).to_lowercase();
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    hands_off(&body) && body.contains("generated") && !marks_a_part(&body)
}

/// Whether a document's head is the API reference crd-ref-docs writes for a
/// Kubernetes operator's custom resources (mariadb-operator's
/// `docs/api_reference.md`, written by `make docs`): a `## Packages` list
/// of API groups and versions, each linked to its anchor with the
/// punctuation left out (`- [k8s.mariadb.com/v1alpha1](#k8smariadbcomv1alpha1)`),
/// then a `## k8s.mariadb.com/v1alpha1` section. It carries no stamp, but
/// its `_Appears in:_` lists link the types the generator chose not to
/// render (`[Volume](#volume)`): fixed in the generator's configuration or
/// the Go types' markers, not by hand (survey 30b). A hand-written `##
/// Packages` section (`- [Helm](#helm)`) is no such list.
fn crd_ref_docs(head: &str) -> bool {
    let lines: Vec<&str> = head.lines().map(str::trim_end).collect();
    let Some(at) = lines.iter().position(|l| *l == "## Packages") else {
        return false;
    };
    let items: Vec<&str> = lines[at + 1..]
        .iter()
        .skip_while(|l| l.is_empty())
        .take_while(|l| l.starts_with("- ["))
        .copied()
        .collect();
    let versions: Option<Vec<&str>> = items.iter().map(|l| group_version_link(l)).collect();
    versions.is_some_and(|vs| {
        !vs.is_empty()
            && vs
                .iter()
                .any(|gv| lines.iter().any(|l| l.strip_prefix("## ") == Some(*gv)))
    })
}

/// The API group and version of a crd-ref-docs package item,
/// `- [apps.emqx.io/v2alpha2](#appsemqxiov2alpha2)`: a name with a `/`
/// whose anchor is its letters, digits and dashes, lowercased (Cluster API's
/// `[cluster.x-k8s.io/v1beta2](#clusterx-k8siov1beta2)`: survey 43c).
fn group_version_link(line: &str) -> Option<&str> {
    let (text, rest) = line.strip_prefix("- [")?.split_once("](#")?;
    let anchor = rest.strip_suffix(')')?;
    let (group, version) = text.split_once('/')?;
    let slug: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (!group.is_empty() && version.starts_with('v') && slug == anchor).then_some(text)
}

/// Whether a document's head is the API reference gen-crd-api-reference-docs
/// writes (external-secrets' `docs/api/spec.md`, written by `make generate`
/// in `hack/api-docs`): a `<p>Packages:</p>` line, then a `<ul>` list whose
/// items link each API group and version to its anchor (`<a
/// href="#external-secrets.io%2fv1">external-secrets.io/v1</a>`, the `/`
/// escaped). Its links to the types the generator renders no section for
/// (`#external-secrets.io/v1.*github.com/…/v1.Tag`) are fixed in the
/// generator, not by hand (survey 43c). A hand-written list of packages
/// (`<a href="#helm">Helm</a>`) is no such list.
fn gen_crd_api_reference_docs(head: &str) -> bool {
    let lines: Vec<&str> = head.lines().map(str::trim).collect();
    let Some(at) = lines.iter().position(|l| *l == "<p>Packages:</p>") else {
        return false;
    };
    let rest: Vec<&str> = lines[at + 1..]
        .iter()
        .copied()
        .filter(|l| !l.is_empty())
        .take_while(|l| matches!(*l, "<ul>" | "<li>" | "</li>") || l.starts_with("<a href=\"#"))
        .collect();
    rest.first() == Some(&"<ul>")
        && rest
            .iter()
            .any(|l| l.starts_with("<a ") && package_link(l).is_some())
        && rest
            .iter()
            .filter(|l| l.starts_with("<a "))
            .all(|l| package_link(l).is_some())
}

/// The API group and version an item of gen-crd-api-reference-docs'
/// package list links: `<a href="#apps.x.io%2fv1">apps.x.io/v1</a>`, whose
/// anchor is its text with `/` written `%2f` (or left as it is).
fn package_link(line: &str) -> Option<&str> {
    let (anchor, rest) = line.strip_prefix("<a href=\"#")?.split_once("\">")?;
    let text = rest.strip_suffix("</a>")?;
    let (group, version) = text.split_once('/')?;
    let decoded = anchor.replace("%2f", "/").replace("%2F", "/");
    (!group.is_empty() && version.starts_with('v') && decoded == text).then_some(text)
}

/// Where, among a line's words, Italian, Spanish, Portuguese or French say
/// "generated automatically": `generato automaticamente`, `generado
/// automáticamente`, `gerado automaticamente`, `généré automatiquement`
/// (and their feminine and plural forms), the index of the participle.
fn romance_stamp(words: &[&str]) -> Option<usize> {
    let participle = |w: &str| {
        matches!(
            w,
            "generato"
                | "generata"
                | "generati"
                | "generate"
                | "generado"
                | "generada"
                | "generados"
                | "generadas"
                | "gerado"
                | "gerada"
                | "gerados"
                | "geradas"
                | "généré"
                | "générée"
                | "générés"
                | "générées"
        )
    };
    let adverb = |w: &str| matches!(w, "automaticamente" | "automáticamente" | "automatiquement");
    words
        .windows(2)
        .position(|p| participle(p[0]) && adverb(p[1]))
}

/// Whether a lowercased line is a generator's stamp in German, Italian,
/// Spanish, Portuguese, French, Chinese or Japanese (see [`is_generated`]).
fn foreign_stamp(l: &str) -> bool {
    let comment = l.starts_with("<!--");
    // Markup around the words: `> *Automatisch generiert*`, `<!-- … -->`.
    let text = l
        .trim_start_matches("<!--")
        .trim_start_matches(['>', '*', '_', ' ', '\t']);
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let verb = |w: &str| matches!(w, "generiert" | "aktualisiert" | "erstellt");
    let german = words
        .windows(2)
        .position(|p| p[0] == "automatisch" && verb(p[1]));
    if let Some(at) = romance_stamp(&words) {
        // It opens the line, or it is said of this file, or in a comment,
        // or beside "do not edit".
        let of_this = words[..at].iter().any(|w| {
            matches!(
                *w,
                "file" | "documento" | "pagina" | "página" | "archivo" | "arquivo" | "fichier"
            )
        });
        let hands_off = [
            "non modificare",
            "no editar",
            "no modificar",
            "não editar",
            "não modificar",
            "ne pas modifier",
        ]
        .iter()
        .any(|w| l.contains(w));
        if at == 0 || of_this || comment || hands_off {
            return true;
        }
    }
    if let Some(at) = german {
        // It opens the line, or it is said of this file, or in a comment,
        // or beside "do not edit".
        let of_this = words[..at]
            .iter()
            .any(|w| matches!(*w, "datei" | "dokument" | "seite"));
        let hands_off = l.contains("nicht bearbeiten")
            || l.contains("nicht manuell")
            || l.contains("nicht ändern")
            || l.contains("nicht von hand");
        if at == 0 || of_this || comment || hands_off {
            return true;
        }
    }
    ["自动生成", "自動生成"].iter().any(|m| {
        let Some(at) = l.find(m) else {
            return false;
        };
        let before = &l[..at];
        let by = before.contains('由') || before.contains("により") || before.contains("によって");
        let hands_off = [
            "请勿",
            "請勿",
            "不要手动",
            "不要修改",
            "編集しないで",
            "編集禁止",
        ]
        .iter()
        .any(|w| l.contains(w));
        comment || by || hands_off
    })
}

/// The `.roo/` folders (with their `/`) that hold the Roo Code SPARC
/// scaffold: a `rules-sparc/` folder, and a `.roomodes` file beside `.roo/`
/// or a `.roo/mcp.json` (see the module documentation).
fn sparc_scaffolds(files: &[String], listed: &HashSet<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in files {
        let Some((roo, _)) = f.split_once(".roo/rules-sparc/") else {
            continue;
        };
        if !(roo.is_empty() || roo.ends_with('/')) {
            continue;
        }
        let folder = format!("{roo}.roo/");
        if out.contains(&folder) {
            continue;
        }
        let modes = format!("{roo}.roomodes");
        let mcp = format!("{folder}mcp.json");
        if listed.contains(modes.as_str()) || listed.contains(mcp.as_str()) {
            out.push(folder);
        }
    }
    out
}

/// The files that the get-shit-done (GSD) installer writes into a coding
/// agent's dot-folder (see the module documentation): for each tracked
/// `<agent>/get-shit-done/VERSION`, where `<agent>` is a dot-folder, the
/// prefixes `<agent>/get-shit-done/`, `<agent>/commands/gsd/` and
/// `<agent>/agents/gsd-` (its agents are `gsd-*.md`).
fn gsd_installs(files: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in files {
        let Some(agent) = f.strip_suffix("get-shit-done/VERSION") else {
            continue;
        };
        let Some(folder) = agent.strip_suffix('/') else {
            continue;
        };
        let name = folder.rsplit_once('/').map_or(folder, |(_, n)| n);
        if !name.starts_with('.') || out.iter().any(|o| o.starts_with(agent)) {
            continue;
        }
        for part in ["get-shit-done/", "commands/gsd/", "agents/gsd-"] {
            out.push(format!("{agent}{part}"));
        }
    }
    out
}

/// The agent rules BMAD's installer writes for Cline (see the module
/// documentation): each tracked `.clinerules/<order>-<module>-<name>.md` or
/// `.clinerules/<order>-task-<module>-<name>.md` (`20-bmm-analyst.md`,
/// `110-task-core-workflow.md`), `<module>` a folder of a BMAD install at the
/// root (`.bmad/`, `bmad/` or `_bmad/` with its `_cfg/manifest.yaml`).
fn bmad_cline_rules(files: &[String]) -> Vec<String> {
    let installs: Vec<&str> = [".bmad/", "bmad/", "_bmad/"]
        .into_iter()
        .filter(|base| {
            files
                .iter()
                .any(|f| f.strip_prefix(base) == Some("_cfg/manifest.yaml"))
        })
        .collect();
    if installs.is_empty() {
        return Vec::new();
    }
    let module = |m: &str| {
        !m.is_empty()
            && !m.starts_with('_')
            && installs.iter().any(|base| {
                let folder = format!("{base}{m}/");
                files.iter().any(|f| f.starts_with(&folder))
            })
    };
    files
        .iter()
        .filter(|f| {
            let Some(name) = f
                .strip_prefix(".clinerules/")
                .and_then(|n| n.strip_suffix(".md"))
                .filter(|n| !n.contains('/'))
            else {
                return false;
            };
            let Some((order, rest)) = name.split_once('-') else {
                return false;
            };
            if order.is_empty() || !order.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            let rest = rest.strip_prefix("task-").unwrap_or(rest);
            rest.split_once('-').is_some_and(|(m, _)| module(m))
        })
        .cloned()
        .collect()
}

/// The BMAD installs written to a plain `bmad/` folder (see the module
/// documentation): each tracked `<dir>bmad/_cfg/manifest.yaml`, as the
/// prefix `<dir>bmad/`. The hidden `.bmad/` and `_bmad/` are vendored by
/// name (`config.rs`).
fn bmad_installs(files: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in files {
        let Some(dir) = f.strip_suffix("bmad/_cfg/manifest.yaml") else {
            continue;
        };
        if !(dir.is_empty() || dir.ends_with('/')) {
            continue;
        }
        let folder = format!("{dir}bmad/");
        if !out.contains(&folder) {
            out.push(folder);
        }
    }
    out
}

/// The Hugo themes copied into a site (see the module documentation): each
/// folder `<site>/themes/<name>/`, with its `/`, that holds a `theme.toml`,
/// where `<site>` holds a Hugo configuration.
fn hugo_themes(files: &[String], listed: &HashSet<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in files {
        let Some(theme) = f.strip_suffix("theme.toml") else {
            continue;
        };
        let Some(rest) = theme.strip_suffix('/') else {
            continue;
        };
        let (themes, name) = rest.rsplit_once('/').unwrap_or(("", rest));
        let site = match themes.strip_suffix("themes") {
            Some(s) if s.is_empty() || s.ends_with('/') => s,
            _ => continue,
        };
        if name.is_empty() || name.starts_with('.') {
            continue;
        }
        let configured = ["hugo", "config"].iter().any(|stem| {
            ["toml", "yaml", "yml", "json"]
                .iter()
                .any(|ext| listed.contains(format!("{site}{stem}.{ext}").as_str()))
        }) || {
            let defaults = format!("{site}config/_default/");
            listed.iter().any(|l| l.starts_with(&defaults))
        };
        if configured && !out.iter().any(|o| o == theme) {
            out.push(theme.to_string());
        }
    }
    out
}

/// The folders (with their `/`) that are the unpacked copy of a release
/// archive tracked beside them (see the module documentation):
/// `releases/X-1.0/` for `releases/X-1.0.tar.gz`, when the folder holds
/// files.
fn release_bundles(files: &[String], listed: &HashSet<&str>) -> Vec<String> {
    const ARCHIVES: &[&str] = &[".tar.gz", ".tgz", ".tar.xz", ".tar.bz2", ".zip"];
    let candidates: HashSet<String> = files
        .iter()
        .filter_map(|f| ARCHIVES.iter().find_map(|ext| f.strip_suffix(ext)))
        .filter(|folder| {
            let name = folder.rsplit('/').next().unwrap_or(folder);
            !name.is_empty() && !name.starts_with('.')
        })
        .map(|folder| format!("{folder}/"))
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    // One pass over the listing, each path's folders looked up (a repository
    // of many archives and files costs their sum, not their product).
    let mut out: Vec<String> = Vec::new();
    for l in listed {
        for (i, _) in l.match_indices('/') {
            let prefix = &l[..=i];
            if candidates.contains(prefix) && !out.iter().any(|o| o == prefix) {
                out.push(prefix.to_string());
            }
        }
    }
    out.sort();
    out
}

/// The folders (with their `/`) of the skills a skills installer copied in
/// (see the module documentation): for each skill that `lock`, the text of
/// the root `skills-lock.json`, names with a source that is not local, the
/// folder `<.agent>/skills/<name>/` of an agent's dot-folder at the root that
/// holds a `SKILL.md`.
fn locked_skills(lock: &str, listed: &HashSet<&str>) -> Vec<String> {
    let Ok(json) = serde_json::from_str::<serde_json::Value>(lock) else {
        return Vec::new();
    };
    let Some(skills) = json.get("skills").and_then(|s| s.as_object()) else {
        return Vec::new();
    };
    let names: Vec<&str> = skills
        .iter()
        .filter(|(name, entry)| {
            !name.is_empty()
                && !name.contains(['/', '\\'])
                && *name != ".."
                && entry
                    .get("source")
                    .and_then(|s| s.as_str())
                    .is_some_and(|s| !s.trim().is_empty())
                && entry.get("sourceType").and_then(|t| t.as_str()) != Some("local")
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let mut out: Vec<String> = Vec::new();
    for f in listed {
        let Some(folder) = f.strip_suffix("/SKILL.md") else {
            continue;
        };
        let mut parts = folder.split('/');
        let (Some(agent), Some("skills"), Some(name), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if agent.starts_with('.') && names.contains(&name) {
            out.push(format!("{folder}/"));
        }
    }
    out.sort();
    out
}

/// Folder names that hold a test suite's inputs.
const TEST_DIRS: &[&str] = &["tests", "test", "testdata", "fixtures", "__fixtures__"];

/// Folder names whose Markdown is a test's input wherever they are.
const INPUT_DIRS: &[&str] = &[
    "fixtures",
    "__fixtures__",
    "testdata",
    "test-data",
    "test_data",
];

/// Whether a folder's name says its documents are fake: a test's input
/// documents, named so (`fake-docs`, `mock_docs`, `dummydocs`: cloudevents/spec's
/// `tools/fake-docs/`, read by `tools/test_verify.py`, which expects its
/// broken links; survey 49b, 3 findings judged false). A folder of a fake
/// thing that is not documents (`mock-server/`, `fake-api/`) documents it
/// and stays checked.
fn fake_documents(seg: &str) -> bool {
    let seg = seg.to_ascii_lowercase();
    ["fake", "mock", "dummy"].iter().any(|w| {
        seg.strip_prefix(w)
            .map(|rest| rest.strip_prefix(['-', '_']).unwrap_or(rest))
            .is_some_and(|rest| matches!(rest, "docs" | "doc" | "documentation" | "markdown"))
    })
}

/// Folder names whose Markdown is a test's input below a `tests/` or `test/`
/// folder: data and expected outcomes.
const INPUT_DIRS_IN_TESTS: &[&str] = &[
    "data", "pass", "fail", "good", "bad", "valid", "invalid", "expected", "golden", "goldens",
];

/// The folder of a Jekyll source that `dir` stands in: the folder holding
/// its `_posts/` or `_layouts/` folder (`test/source/_posts/2016/x.md` is in
/// `test/source`).
fn jekyll_source(dir: &str) -> Option<&str> {
    ["_posts", "_layouts"].iter().find_map(|f| {
        if dir == *f {
            return Some("");
        }
        let at = dir
            .match_indices(&format!("/{f}"))
            .map(|(i, _)| i)
            .find(|&i| {
                dir[i + 1 + f.len()..].is_empty() || dir[i + 1 + f.len()..].starts_with('/')
            })?;
        Some(&dir[..at])
    })
}

/// File names that make their folder a project root.
const MARKERS: &[&str] = &[
    "book.toml",
    "mkdocs.yml",
    "mkdocs.yaml",
    "package.json",
    "Cargo.toml",
    "pyproject.toml",
    "go.mod",
    "docusaurus.config.js",
    "docusaurus.config.ts",
    "hugo.toml",
    "_config.yml",
];

/// The project roots of a file list, and which of them are test fixtures.
#[derive(Debug, Default)]
pub struct Fixtures {
    /// Folders with a project marker (`""` is the repository root).
    roots: HashSet<String>,
    /// Whether any root is a fixture (most repositories have none).
    any: bool,
    /// Whether folders of test inputs are fixtures (not with [`Fixtures::default`],
    /// which is no fixture at all).
    inputs: bool,
    /// Folders of a test tree that hold a test script or a `__snapshots__/`
    /// folder: their Markdown is the script's input.
    scripted: HashSet<String>,
    /// Folders below a `tests/` or `test/` folder (not that folder itself)
    /// that hold a pytest module (`test_*.py`, `*_test.py`, `conftest.py`):
    /// their data-like Markdown (see [`data_like`]) is the module's input.
    pytest: HashSet<String>,
    /// Roo Code SPARC scaffolds (`.roo/` folders), installed skills and Hugo
    /// themes copied into a site: folders, with their `/`.
    scaffolds: Vec<String>,
    /// The documents a code generator's manifest lists as its output (see
    /// [`Fixtures::with_generator_manifests`]).
    written: HashSet<String>,
    /// Data-like Markdown files of a test tree held twice, below two sibling
    /// folders (an input and its expected output: see [`twinned_inputs`]).
    twinned: HashSet<String>,
}

/// The `out` folders set in a Docusaurus configuration from the mention of
/// docusaurus-plugin-typedoc on (`out: 'frontend-api'`, `out: "./docs/api"`),
/// without a leading `./` or a trailing `/`.
fn typedoc_outs(text: &str) -> Vec<String> {
    let mut outs = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("out:") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let value = rest.trim_start();
        let Some(q) = value
            .chars()
            .next()
            .filter(|c| matches!(c, '\'' | '"' | '`'))
        else {
            continue;
        };
        if let Some(end) = value[1..].find(q) {
            let out = value[1..1 + end]
                .trim_start_matches("./")
                .trim_end_matches('/');
            if !out.is_empty() && !out.starts_with('/') && !out.contains("..") {
                outs.push(out.to_string());
            }
        }
    }
    outs
}

/// Whether a file name is a Markdown document's.
/// (Every tracked path is asked, in the hook too: no copy of the name.)
fn markdown_name(name: &str) -> bool {
    [".md", ".markdown", ".mdx"].iter().any(|e| {
        name.len() >= e.len()
            && name.as_bytes()[name.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    })
}

/// The data-like Markdown files (see [`data_like`]) of a test tree that the
/// tree holds twice: `<dir>/<a>/<rest>` strictly below a `tests/` or `test/`
/// folder, with a tracked Markdown file at `<dir>/<b>/<rest>` for another
/// folder `<b>`, where `<rest>` holds a folder too: two parallel trees, not
/// two folders that each hold a `cases.md` (bat's `tests/syntax-tests/source/Markdown/example.md`, read
/// by its highlighting test, and `tests/syntax-tests/highlighted/Markdown/example.md`,
/// the expected output). Each split of the path below the test folder is a
/// candidate `<dir>/<a>`; a README or a plan is never an input so.
fn twinned_inputs(files: &[String]) -> HashSet<String> {
    use std::collections::HashMap;
    // (dir, rest) -> the first folder seen there, and whether a second one was.
    let mut seen: HashMap<(&str, &str), (&str, bool)> = HashMap::new();
    let mut candidates: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    for f in files {
        let (dir, name) = f.rsplit_once('/').unwrap_or(("", f));
        if !markdown_name(name) || !below_tests(dir) {
            continue;
        }
        let mut splits = Vec::new();
        let mut in_tests = false;
        let mut start = 0;
        for seg in dir.split('/') {
            let end = start + seg.len();
            if in_tests && start > 0 && f[end + 1..].contains('/') {
                // `<dir>` is f[..start - 1], `<a>` is seg, `<rest>` f[end + 1..].
                let key = (&f[..start - 1], &f[end + 1..]);
                let slot = seen.entry(key).or_insert((seg, false));
                if slot.0 != seg {
                    slot.1 = true;
                }
                splits.push(key);
            }
            in_tests |= seg == "tests" || seg == "test";
            start = end + 1;
        }
        if data_like(name) && !splits.is_empty() {
            candidates.push((f.as_str(), splits));
        }
    }
    candidates
        .into_iter()
        .filter(|(_, splits)| splits.iter().any(|k| seen.get(k).is_some_and(|s| s.1)))
        .map(|(f, _)| f.to_string())
        .collect()
}

/// Whether a file name is a pytest module or its `conftest.py`.
fn pytest_module(name: &str) -> bool {
    name == "conftest.py"
        || name
            .strip_suffix(".py")
            .is_some_and(|stem| stem.starts_with("test_") || stem.ends_with("_test"))
}

/// Whether a folder lies strictly below a `tests/` or `test/` folder.
fn below_tests(dir: &str) -> bool {
    let segs: Vec<&str> = dir.split('/').collect();
    segs.iter()
        .take(segs.len().saturating_sub(1))
        .any(|s| matches!(*s, "tests" | "test"))
}

/// Whether a Markdown file's name looks like test data rather than a
/// document about the tests: lower case (`html_ast.md`, not `TEST_PLAN.md`),
/// and not a README, plan, notes, to-do list or change log.
fn data_like(name: &str) -> bool {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    !stem.is_empty()
        && !stem.chars().any(char::is_uppercase)
        && ![
            "readme",
            "plan",
            "notes",
            "todo",
            "changelog",
            "contributing",
            "index",
        ]
        .iter()
        .any(|w| stem.contains(w))
}

/// Whether a benchmark case's text names a whole commit id as its state:
/// a `ref`, `commit`, `base_commit`, `sha` or `revision` key whose value is
/// forty hex digits, quoted or not, in a block or a flow mapping
/// (`{repo: jetbridge, ref: b899579f…}`). `ref: main` names a branch, which
/// moves.
fn pins_commit(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r#"(?m)(?:^|[\s{,-])(?:ref|commit|base_commit|sha|revision):[ \t]*["']?[0-9a-fA-F]{40}(?:["'\s,}]|$)"#,
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(text))
}

/// Whether a file name is a formatter's snapshot harness, which feeds every
/// file of its folder to the code under test (prettier's `format.test.js`,
/// `jsfmt.spec.js`). Any other test script (`merge-engine.test.ts`) says
/// nothing of the Markdown beside it: conimgponic's `tests/merge/TEST_PLAN.md`
/// is a test plan, documentation (survey 14).
fn test_script(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(
        ext,
        "js" | "mjs" | "cjs" | "ts" | "mts" | "cts" | "jsx" | "tsx"
    ) && matches!(stem, "format.test" | "jsfmt.spec")
}

impl Fixtures {
    /// Finds the project roots among `files` (repository-relative paths).
    pub fn new(files: &[String]) -> Fixtures {
        let mut roots = HashSet::new();
        let mut scripted = HashSet::new();
        let mut pytest = HashSet::new();
        for f in files {
            let (dir, name) = f.rsplit_once('/').unwrap_or(("", f));
            let test_tree =
                || Fixtures::in_test_tree(dir) || dir.split('/').any(|s| s == "__tests__");
            if test_script(name) && test_tree() {
                scripted.insert(dir.to_string());
            } else if let Some((folder, _)) = f.split_once("/__snapshots__/")
                && test_tree()
            {
                scripted.insert(folder.to_string());
            }
            if pytest_module(name) && below_tests(dir) {
                pytest.insert(dir.to_string());
            }
            if MARKERS.contains(&name) {
                roots.insert(dir.to_string());
            } else if let Some(site) = jekyll_source(dir)
                && Fixtures::in_test_tree(site)
            {
                // A Jekyll source a test builds, whatever its configuration
                // is called (Jekyll's own `test/source/`, configured by the
                // tests with `_config_folded.yml` and the like).
                roots.insert(site.to_string());
            } else if name == "SUMMARY.md" && (dir == "src" || dir.ends_with("/src")) {
                // An mdBook book without its `book.toml` (a test creates it).
                let book = dir.strip_suffix("src").unwrap_or("");
                roots.insert(book.trim_end_matches('/').to_string());
            } else if (dir == ".vitepress" || dir.ends_with("/.vitepress"))
                && name.starts_with("config.")
            {
                let site = dir.strip_suffix(".vitepress").unwrap_or("");
                roots.insert(site.trim_end_matches('/').to_string());
            }
        }
        // A Sphinx source folder below a test tree (`conf.py` beside an
        // `index.md` or `index.rst`: MyST-Parser's
        // `tests/test_sphinx/sourcedirs/references/`) is a project a test
        // builds. A `conf.py` alone may be any configuration module.
        let listed: HashSet<&str> = files.iter().map(String::as_str).collect();
        for f in files {
            if let Some(dir) = f.strip_suffix("/conf.py")
                && below_tests(dir)
                && ["index.md", "index.rst"]
                    .iter()
                    .any(|i| listed.contains(format!("{dir}/{i}").as_str()))
            {
                roots.insert(dir.to_string());
            }
        }
        let any = roots.iter().any(|r| Fixtures::in_test_tree(r));
        Fixtures {
            roots,
            any,
            inputs: true,
            scripted,
            pytest,
            scaffolds: sparc_scaffolds(files, &listed)
                .into_iter()
                .chain(gsd_installs(files))
                .chain(bmad_cline_rules(files))
                .chain(bmad_installs(files))
                .chain(hugo_themes(files, &listed))
                .chain(release_bundles(files, &listed))
                .collect(),
            written: HashSet::new(),
            twinned: twinned_inputs(files)
                .into_iter()
                .chain(
                    crate::expected_output::inputs_beside_outputs(files)
                        .into_iter()
                        .filter(|f| data_like(f.rsplit_once('/').map_or(f.as_str(), |(_, n)| n))),
                )
                .collect(),
        }
    }

    /// Adds the documents an OpenAPI Generator run wrote: each `.md` file
    /// that the run's manifest, `<output>/.openapi-generator/FILES`, lists
    /// (`README.md`, `docs/AuditApi.md`), read from `<output>/`. The
    /// generator rewrites them on every run, from its templates (LifeReady's
    /// five `services/*/generated/README.md`, each with the template's
    /// `[README]((https://openapi-generator.tech))`: survey 28); a document
    /// the manifest does not list, kept by hand in that folder
    /// (`.openapi-generator-ignore` protects it), is checked. Where git
    /// holds that ignore file but not the manifest (`.openapi-generator/`
    /// git-ignored), the generator's documents are read from the layout its
    /// generators write (see [`generator_document`]), less the files the
    /// ignore file names. `read` gives a tracked file's text.
    pub fn with_generator_manifests(
        mut self,
        files: &[String],
        read: impl Fn(&str) -> Option<String>,
    ) -> Fixtures {
        for f in files {
            let Some(output) = f
                .strip_suffix(".openapi-generator/FILES")
                .filter(|o| o.is_empty() || o.ends_with('/'))
            else {
                continue;
            };
            let Some(manifest) = read(f) else {
                continue;
            };
            for line in manifest.lines().map(str::trim) {
                if line.to_lowercase().ends_with(".md") && !line.starts_with('#') {
                    self.written.insert(format!("{output}{line}"));
                }
            }
        }
        let listed: HashSet<&str> = files.iter().map(String::as_str).collect();
        for f in files {
            let Some(output) = f
                .strip_suffix(".openapi-generator-ignore")
                .filter(|o| o.is_empty() || o.ends_with('/'))
            else {
                continue;
            };
            if listed.contains(format!("{output}.openapi-generator/FILES").as_str()) {
                continue;
            }
            let kept = read(f).unwrap_or_default();
            let kept: HashSet<&str> = kept
                .lines()
                .map(|l| l.trim().trim_start_matches('/'))
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            for doc in files {
                if let Some(rel) = doc.strip_prefix(output)
                    && generator_document(rel)
                    && !kept.contains(rel)
                {
                    self.written.insert(doc.clone());
                }
            }
        }
        // Where git ignores both (a `.gitignore` naming the output's
        // `.openapi-generator/`), the layout alone says which are written.
        for f in files {
            let Some(dir) = f
                .strip_suffix(".gitignore")
                .filter(|d| d.is_empty() || d.ends_with('/'))
            else {
                continue;
            };
            let text = read(f).unwrap_or_default();
            for output in ignored_generator_outputs(dir, &text) {
                if listed.contains(format!("{output}.openapi-generator/FILES").as_str())
                    || listed.contains(format!("{output}.openapi-generator-ignore").as_str())
                {
                    continue;
                }
                for doc in files {
                    if let Some(rel) = doc.strip_prefix(output.as_str())
                        && generator_document(rel)
                    {
                        self.written.insert(doc.clone());
                    }
                }
            }
        }
        self
    }

    /// Adds the pages docusaurus-plugin-typedoc writes: every Markdown file
    /// below the plugin's `out` folder of a Docusaurus site whose
    /// configuration (`docusaurus.config.*`) names the plugin, read from
    /// the site's `docs/` (`out: 'frontend-api'` is
    /// `docs/docs/frontend-api/` for `docs/docusaurus.config.ts`) or, as
    /// its later versions read it, from the site's folder
    /// (`out: './docs/api'`); `api` when no `out` is set. The plugin
    /// empties that folder and writes it again on every build, TypeDoc's
    /// anchors with it (lsendel/sass's `#planinterval-1`: survey 68a, 7
    /// findings judged false). `read` gives a tracked file's text.
    pub fn with_typedoc_outputs(
        mut self,
        files: &[String],
        read: impl Fn(&str) -> Option<String>,
    ) -> Fixtures {
        for f in files {
            let (site, name) = f.rsplit_once('/').unwrap_or(("", f));
            if !name.starts_with("docusaurus.config.") {
                continue;
            }
            let Some(text) = read(f) else {
                continue;
            };
            let Some(at) = text.find("docusaurus-plugin-typedoc") else {
                continue;
            };
            let mut outs = typedoc_outs(&text[at..]);
            if outs.is_empty() {
                outs.push("api".to_string());
            }
            let join = |a: &str, b: &str| {
                if a.is_empty() {
                    b.to_string()
                } else {
                    format!("{a}/{b}")
                }
            };
            let folders: Vec<String> = outs
                .iter()
                .flat_map(|out| [join(&join(site, "docs"), out), join(site, out)])
                .map(|folder| format!("{folder}/"))
                .collect();
            for doc in files {
                if markdown_name(doc.rsplit('/').next().unwrap_or(doc))
                    && folders
                        .iter()
                        .any(|folder| doc.starts_with(folder.as_str()))
                {
                    self.written.insert(doc.clone());
                }
            }
        }
        self
    }

    /// Adds the documents a root Makefile builds (see
    /// [`crate::make_target`]), `read` giving a tracked file's text.
    pub fn with_make_targets(
        mut self,
        files: &[String],
        read: impl Fn(&str) -> Option<String>,
    ) -> Fixtures {
        if let Some(text) = crate::make_target::MAKEFILES.iter().find_map(|m| read(m)) {
            self.written
                .extend(crate::make_target::made_documents(files, &text));
        }
        self
    }

    /// Adds the folders of benchmark cases pinned to a commit (see the
    /// module documentation), each with its `/`: a `case.yaml` or
    /// `case.yml` whose text `read` gives and which [`pins_commit`].
    pub fn with_pinned_cases(
        mut self,
        files: &[String],
        read: impl Fn(&str) -> Option<String>,
    ) -> Fixtures {
        for f in files {
            let Some((dir, name)) = f.rsplit_once('/') else {
                continue;
            };
            if matches!(name, "case.yaml" | "case.yml") && read(f).is_some_and(|t| pins_commit(&t))
            {
                self.scaffolds.push(format!("{dir}/"));
            }
        }
        self
    }

    /// Adds the published versions of a specification (see
    /// [`published_versions`]).
    pub fn with_published_versions(mut self, files: &[String]) -> Fixtures {
        self.written.extend(published_versions(files));
        self
    }

    /// Adds the skills a skills installer copied in, named by `lock`, the
    /// text of the root `skills-lock.json` (see the module documentation).
    pub fn with_skills_lock(mut self, files: &[String], lock: &str) -> Fixtures {
        let listed: HashSet<&str> = files.iter().map(String::as_str).collect();
        self.scaffolds.extend(locked_skills(lock, &listed));
        self
    }

    /// Adds the folders that are copies of another project (see
    /// [`crate::upstream_copy`]), each with its `/`.
    pub fn with_upstream_copies(mut self, folders: Vec<String>) -> Fixtures {
        self.scaffolds.extend(folders);
        self
    }

    /// Whether `path` is a document of a test-fixture project: its nearest
    /// project root lies inside a test tree.
    pub fn contains(&self, path: &str) -> bool {
        if self.inputs && Fixtures::is_test_input(path) {
            return true;
        }
        if self.scaffolds.iter().any(|s| path.starts_with(s.as_str()))
            || self.written.contains(path)
            || self.twinned.contains(path)
        {
            return true;
        }
        if !self.scripted.is_empty() {
            let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
            // A README beside the scripts documents them: it is no input.
            if self.scripted.contains(dir) && !name.to_lowercase().starts_with("readme") {
                return true;
            }
        }
        if !self.pytest.is_empty() {
            let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
            if self.pytest.contains(dir) && data_like(name) {
                return true;
            }
        }
        if !self.any {
            return false;
        }
        let mut dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        loop {
            if self.roots.contains(dir) {
                return Fixtures::in_test_tree(dir);
            }
            match dir.rsplit_once('/') {
                Some((up, _)) => dir = up,
                None if !dir.is_empty() => dir = "",
                None => return false,
            }
        }
    }
}

impl Fixtures {
    /// Whether `path` lies in a folder of test inputs (see the module
    /// documentation), with or without a project marker.
    pub fn is_test_input(path: &str) -> bool {
        let Some((dir, _)) = path.rsplit_once('/') else {
            return false;
        };
        let mut in_tests = false;
        for seg in dir.split('/') {
            if INPUT_DIRS.contains(&seg)
                || fake_documents(seg)
                || (in_tests && INPUT_DIRS_IN_TESTS.contains(&seg))
            {
                return true;
            }
            in_tests |= seg == "tests" || seg == "test";
        }
        false
    }

    /// Whether a folder is inside (or is) a test tree.
    pub fn in_test_tree(dir: &str) -> bool {
        dir.split('/').any(|s| TEST_DIRS.contains(&s))
    }
}

/// Whether `rel`, a path inside the output folder of an OpenAPI Generator
/// run whose manifest git does not hold (a committed
/// `.openapi-generator-ignore` beside a git-ignored `.openapi-generator/`),
/// is a document the generator writes on every run: the folder's
/// `README.md`, or a page of its documentation folder (`docs/AuditApi.md`,
/// the markdown generator's `Apis/CatalogsApi.md` and `Models/AnyType.md`).
/// A guide kept by hand there (`USAGE.md`, `docs/guides/auth.md`) is not.
/// The output folders (each ending with `/`) of the OpenAPI Generator runs
/// whose manifest folder a `.gitignore` in `dir` ignores: a line naming
/// `.openapi-generator/` below a folder of its own (argo-workflows'
/// `sdks/java/.gitignore` says `/client/.openapi-generator/`, and keeps only
/// the run's `client/docs/`: survey 43c, 37 findings judged false), or
/// alone, for `dir` itself. A negated line (`!…`) ignores nothing.
fn ignored_generator_outputs(dir: &str, gitignore: &str) -> Vec<String> {
    gitignore
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.starts_with('!'))
        .filter_map(|l| {
            let l = l.trim_start_matches('/').trim_end_matches('/');
            let prefix = l.strip_suffix(".openapi-generator")?;
            (prefix.is_empty() || (prefix.ends_with('/') && !prefix.contains('*')))
                .then(|| format!("{dir}{prefix}"))
        })
        .collect()
}

fn generator_document(rel: &str) -> bool {
    if rel == "README.md" {
        return true;
    }
    let Some((dir, name)) = rel.split_once('/') else {
        return false;
    };
    matches!(dir, "docs" | "Apis" | "Models")
        && !name.contains('/')
        && name.to_lowercase().ends_with(".md")
}

/// The published versions of a specification: Markdown files named as a
/// version (`3.0.0.md`, `1.2.md`, `v2.0.md`) in a folder named `versions/`
/// that holds two or more of them. Each is the text of a release, frozen:
/// OAI/OpenAPI-Specification's `versions/1.2.md` to `versions/3.2.0.md`,
/// whose CONTRIBUTING.md says "No changes, however trivial, are ever made
/// to the contents of published specifications (the files in the
/// `versions/` folder)"; their links to examples moved since, anchors
/// misspelt in 2014 and a row with an unescaped `|` are fixed in the next
/// version, never in the published one (survey 85c, 16 findings judged
/// false). The working draft (`src/oas.md`), any other document of the
/// folder (`versions/README.md`, `3.0.0-editors.md`) and a lone version
/// file are checked; a link into a published version still finds its
/// anchors there.
pub fn published_versions(files: &[String]) -> Vec<String> {
    let mut per_dir: HashMap<&str, usize> = HashMap::new();
    for dir in files.iter().filter_map(|f| version_folder(f)) {
        *per_dir.entry(dir).or_default() += 1;
    }
    files
        .iter()
        .filter(|f| version_folder(f).is_some_and(|d| per_dir.get(d).is_some_and(|n| *n >= 2)))
        .cloned()
        .collect()
}

/// The folder of a file named as a version (`1.2.md`, `v3.0.0.md`) in a
/// `versions/` folder (see [`published_versions`]).
fn version_folder(path: &str) -> Option<&str> {
    let (dir, name) = path.rsplit_once('/')?;
    let folder = dir.rsplit('/').next().unwrap_or(dir);
    let stem = name.strip_suffix(".md")?;
    let version = stem.strip_prefix('v').unwrap_or(stem);
    let parts: Vec<&str> = version.split('.').collect();
    (folder == "versions"
        && parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
    .then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_pins_a_commit_by_its_whole_id() {
        let sha = "33d699c0d21b1e61dd0ecbd21d5e000030f2dd7a";
        assert!(pins_commit(&format!(
            "pre_state:\n  repository:\n    ref: {sha}\n"
        )));
        assert!(pins_commit(&format!(
            "pre_state:\n  repository: {{repo: jb, ref: {sha}}}\n"
        )));
        assert!(pins_commit(&format!("base_commit: \"{sha}\"\n")));
        assert!(!pins_commit("pre_state:\n  repository:\n    ref: main\n"));
        assert!(!pins_commit(&format!("ref: {sha}0\n")));
        assert!(!pins_commit(&format!("xref: {sha}\n")));
    }

    fn fx(files: &[&str]) -> Fixtures {
        Fixtures::new(&files.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn generated_documents_say_so_in_their_first_lines() {
        let yes = [
            "<!-- This file is auto-generated. Please do not modify it yourself. -->\n # Protobuf Documentation\n",
            "<!-- generated by protoc-gen-doc -->\n# API\n",
            "---\ntitle: x\n---\n<!-- Code generated by gen.go; DO NOT EDIT. -->\n",
            "# API\n\nCode generated by mdgen. DO NOT EDIT.\n",
            "<!-- DO NOT EDIT THIS FILE.\n\nThis file is periodically generated from the content in the `/src/`\ndirectory, so all fixes need to be made in `/src/`.\n-->\n\n[TOC]\n\n# Chapter\n",
            "---\ntitle: x\n---\n\n<!--\n  Do not edit:\n  generated by make docs\n-->\n",
            "# Table of Contents\n- [A](#a)\n- [B](#b)\n- [C](#c)\n- [D](#d)\n- [E](#e)\n\n# Generated README\n***NOTE:** This README is generated alongside the generated SDK. If you make changes to this file, they will be overwritten when the SDK is regenerated.*\n",
        ];
        for t in yes {
            assert!(is_generated(t.as_bytes()), "{t:?}");
        }
        let no = [
            "# Release checklist\n\n- [ ] Do not edit the tag by hand\n",
            "# Report\n\nThis report was generated by hand from the logs.\n",
            "# A\n\n1\n\n2\n\n3\n\n4\n\n5\n<!-- auto-generated below -->\n",
            "<!-- START doctoc generated TOC please keep comment here to allow auto update -->\n<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->\n",
            "<!-- BEGIN auto-generated table of contents -->\n",
            "<!-- Do not edit the release dates\n by hand. -->\n# Releases\n\nThe notes are generated weekly.\n",
            "<!-- Parts of this page\n are generated. -->\n# Guide\n",
            "<!-- START doctoc generated TOC please keep comment here\n DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->\n",
            "# Guide\n\n<!-- DO NOT EDIT\n this list is generated -->\n",
            "# Build\n\nThe files in `dist/` are generated and will be overwritten by each build.\n",
        ];
        for t in no {
            assert!(!is_generated(t.as_bytes()), "{t:?}");
        }
    }

    #[test]
    fn crd_ref_docs_api_references_are_generated() {
        let yes = [
            "# API Reference\n\n## Packages\n- [k8s.mariadb.com/v1alpha1](#k8smariadbcomv1alpha1)\n\n\n## k8s.mariadb.com/v1alpha1\n\nPackage v1alpha1 contains API Schema definitions\n",
            "# Kubernetes API\n\n## Packages\n- [kubeai.org/v1](#kubeaiorgv1)\n\n\n## kubeai.org/v1\n",
            "# API Reference\n\n## Packages\n- [a.io/v1](#aiov1)\n- [b.io/v1beta1](#biov1beta1)\n\n\n## a.io/v1\n",
            "> This page documents **deprecated** API packages.\n\n# API Reference\n\n## Packages\n- [cluster.x-k8s.io/v1beta1](#clusterx-k8siov1beta1)\n\n\n## cluster.x-k8s.io/v1beta1\n",
        ];
        for t in yes {
            assert!(is_generated(t.as_bytes()), "{t:?}");
        }
        let no = [
            "# Install\n\n## Packages\n- [Helm](#helm)\n- [k8s.io/v1](#k8siov1)\n\n## k8s.io/v1\n",
            "# API\n\n## Packages\n- [k8s.mariadb.com/v1alpha1](#k8smariadbcomv1alpha1)\n\n## Versions\n",
            "# API\n\n## Packages\n- [k8s.mariadb.com/v1alpha1](#v1alpha1)\n\n## k8s.mariadb.com/v1alpha1\n",
            "# API\n\n## Packages\n\nNone yet.\n",
            "# API\n\n## Packages\n- [cluster.x-k8s.io/v1beta1](#clusterxk8siov1beta1)\n\n## cluster.x-k8s.io/v1beta1\n",
        ];
        for t in no {
            assert!(!is_generated(t.as_bytes()), "{t:?}");
        }
    }

    #[test]
    fn gen_crd_api_reference_docs_api_references_are_generated() {
        let yes = [
            "<p>Packages:</p>\n<ul>\n<li>\n<a href=\"#external-secrets.io%2fv1\">external-secrets.io/v1</a>\n</li>\n<li>\n<a href=\"#generators.external-secrets.io%2fv1alpha1\">generators.external-secrets.io/v1alpha1</a>\n</li>\n</ul>\n<h2 id=\"external-secrets.io/v1\">external-secrets.io/v1</h2>\n",
            "---\ntitle: API\n---\n\n<p>Packages:</p>\n<ul>\n<li>\n<a href=\"#serving.knative.dev/v1\">serving.knative.dev/v1</a>\n</li>\n</ul>\n",
        ];
        for t in yes {
            assert!(is_generated(t.as_bytes()), "{t:?}");
        }
        let no = [
            "# Install\n\n<p>Packages:</p>\n<ul>\n<li>\n<a href=\"#helm\">Helm</a>\n</li>\n</ul>\n",
            "<p>Packages:</p>\n<ul>\n<li>\n<a href=\"#a.io%2fv1\">a.io/v1</a>\n</li>\n<li>\n<a href=\"#helm\">Helm</a>\n</li>\n</ul>\n",
            "<p>Packages:</p>\n\nNone yet.\n",
        ];
        for t in no {
            assert!(!is_generated(t.as_bytes()), "{t:?}");
        }
    }

    #[test]
    fn generator_stamps_in_german_chinese_and_japanese() {
        let yes = [
            "# VALEO-NeuroERP Entwicklungs-TODOs\n\nAutomatisch aktualisiert durch RAG-System am 2025-06-26 19:02:34\n",
            "# Index\n\n*Automatisch generiert von tools/index.py*\n",
            "# Index\n\nDiese Datei wurde automatisch erstellt. Bitte nicht bearbeiten.\n",
            "<!-- automatisch generiert -->\n# A\n",
            "# 接口文档\n\n> 本文件由脚本自动生成，请勿手动编辑\n",
            "<!-- 自動生成 -->\n# API\n",
            "# API 一覧\n\nこのファイルは scripts/gen.py により自動生成されています。\n",
        ];
        for t in yes {
            assert!(is_generated(t.as_bytes()), "{t:?}");
        }
        let no = [
            "# Bericht\n\nErstellt am: 2025-06-30 17:17:50\n",
            "# Bericht\n\n**Erstellungsdatum:** 2025-06-30\n",
            "# Funktionen\n\n- Berichte werden automatisch erstellt und versendet\n",
            "# 功能\n\n2. **用户故事自动生成** - 基于十问智能生成用户故事卡片\n",
            "# Sign-off\n\n`bash scripts/go_live_prep.sh` 実行時に、同形式の記録が自動生成されます。\n",
        ];
        for t in no {
            assert!(!is_generated(t.as_bytes()), "{t:?}");
        }
    }

    #[test]
    fn the_word_is_found_in_any_case_and_only_in_the_first_kib() {
        assert!(is_generated(b"<!-- GENERATED BY mdgen -->\n# API\n"));
        assert!(is_generated(b"<!-- Auto-Generated file -->\n"));
        assert!(is_generated(
            b"---\n# Don't modify this file manually. This file is auto generated from source.\ntitle: x\n---\n"
        ));
        assert!(is_generated(
            "<!-- \u{212a}ept: generated by tool -->\n".as_bytes()
        ));
        // Not UTF-8 after the marker: still decided on the head.
        assert!(is_generated(b"<!-- generated by gen -->\n# \xff\xfe\n"));
        // The word past the first KiB, or past the fifth line, is not read.
        let far = format!(
            "# Notes\n\n{}\n<!-- generated by tool -->\n",
            "x".repeat(1100)
        );
        assert!(!is_generated(far.as_bytes()));
        assert!(!is_generated(
            b"a\nb\nc\nd\ne\n<!-- generated by tool -->\n"
        ));
        // Cut inside the word at the KiB's end: no generated line.
        let cut = format!("{}<!-- generated by tool -->", "y".repeat(1024 - 12));
        assert!(!is_generated(cut.as_bytes()));
        assert!(!is_generated(b""));
    }

    #[test]
    fn a_book_inside_tests_is_a_fixture_but_the_suite_readme_is_not() {
        let f = fx(&[
            "Cargo.toml",
            "README.md",
            "tests/README.md",
            "tests/testsuite/init/book.toml",
            "tests/testsuite/init/src/SUMMARY.md",
            "tests/testsuite/bare/src/SUMMARY.md",
            "tests/testsuite/bare/src/intro.md",
            "guide/book.toml",
            "guide/src/README.md",
        ]);
        assert!(f.contains("tests/testsuite/init/src/SUMMARY.md"));
        assert!(f.contains("tests/testsuite/bare/src/intro.md"));
        assert!(!f.contains("tests/README.md"));
        assert!(!f.contains("README.md"));
        assert!(!f.contains("guide/src/README.md"));
    }

    #[test]
    fn a_package_with_its_own_tests_folder_is_not_a_fixture() {
        let f = fx(&[
            "packages/a/package.json",
            "packages/a/test/README.md",
            "test/fixtures/site/.vitepress/config.ts",
            "test/fixtures/site/index.md",
        ]);
        assert!(!f.contains("packages/a/test/README.md"));
        assert!(f.contains("test/fixtures/site/index.md"));
    }

    #[test]
    fn folders_of_test_inputs_are_fixtures_without_a_marker() {
        let f = fx(&["pyproject.toml", "docs/index.md"]);
        assert!(f.contains("tests/fixtures/docs_reference_targets/fail/broken.md"));
        assert!(f.contains("scripts/tests/test_fixer/test_doc/data/en_doc.md"));
        assert!(f.contains("tests/links/pass/ok.md"));
        assert!(f.contains("src/parser/testdata/table.md"));
        assert!(f.contains("pkg/__fixtures__/a.md"));
        assert!(!f.contains("docs/index.md"));
        assert!(!f.contains("tests/README.md"));
        assert!(!f.contains("data/report.md"));
        assert!(!f.contains("docs/pass/plan.md"));
        assert!(!f.contains("fixtures.md"));
        assert!(f.contains("tools/fake-docs/link-verification.md"));
        assert!(f.contains("scripts/Mock_Docs/a.md"));
        assert!(!f.contains("tools/mock-server/README.md"));
        assert!(!f.contains("docs/fake-docs.md"));
    }

    #[test]
    fn markdown_held_twice_in_a_test_tree_is_an_input_and_its_output() {
        let f = fx(&[
            "Cargo.toml",
            "tests/syntax-tests/source/Markdown/example.md",
            "tests/syntax-tests/highlighted/Markdown/example.md",
            "tests/syntax-tests/source/Rust/example.rs",
            "tests/syntax-tests/highlighted/Rust/example.rs",
            "tests/syntax-tests/source/Markdown/README.md",
            "tests/syntax-tests/highlighted/Markdown/README.md",
            "tests/e2e/notes/cases.md",
            "tests/cases.md",
            "docs/en/guide.md",
            "docs/fr/guide.md",
            "test/a/x.md",
            "test/b/x.md",
            "test/in/md/x.md",
            "test/out/md/x.md",
        ]);
        assert!(f.contains("tests/syntax-tests/source/Markdown/example.md"));
        assert!(f.contains("tests/syntax-tests/highlighted/Markdown/example.md"));
        assert!(f.contains("test/in/md/x.md"));
        assert!(f.contains("test/out/md/x.md"));
        // Two folders holding one name each are no parallel trees.
        assert!(!f.contains("test/a/x.md"));
        assert!(!f.contains("tests/syntax-tests/source/Markdown/README.md"));
        assert!(!f.contains("tests/e2e/notes/cases.md"));
        assert!(!f.contains("tests/cases.md"));
        assert!(!f.contains("docs/en/guide.md"));
        assert!(!f.contains("docs/fr/guide.md"));
    }

    #[test]
    fn markdown_beside_a_pytest_module_below_tests_is_its_input() {
        let f = fx(&[
            "pyproject.toml",
            "tests/test_api.py",
            "tests/test_html/test_parse_html.py",
            "tests/test_html/html_ast.md",
            "tests/test_html/README.md",
            "tests/test_html/TEST_PLAN.md",
            "tests/test_html/test_plan.md",
            "tests/unit/conftest.py",
            "tests/unit/cases.md",
            "tests/notes/cases.md",
        ]);
        assert!(f.contains("tests/test_html/html_ast.md"));
        assert!(f.contains("tests/unit/cases.md"));
        assert!(!f.contains("tests/test_html/README.md"));
        assert!(!f.contains("tests/test_html/TEST_PLAN.md"));
        assert!(!f.contains("tests/test_html/test_plan.md"));
        assert!(!f.contains("tests/notes/cases.md"));
        // Beside a pytest module at the test tree's root: documentation.
        assert!(!f.contains("tests/cases.md"));
    }

    #[test]
    fn the_roo_sparc_scaffold_is_vendored_but_other_agent_folders_are_not() {
        let scaffold = fx(&[
            ".roo/README.md",
            ".roo/rules-sparc/rules.md",
            ".roo/rules-code/rules.md",
            ".roomodes",
            ".cursor/commands/pr.md",
        ]);
        assert!(scaffold.contains(".roo/README.md"));
        assert!(scaffold.contains(".roo/rules-code/rules.md"));
        assert!(!scaffold.contains(".cursor/commands/pr.md"));
        let with_mcp = fx(&[
            "app/.roo/rules-sparc/rules.md",
            "app/.roo/mcp.json",
            "app/.roo/x.md",
        ]);
        assert!(with_mcp.contains("app/.roo/x.md"));
        // A `.roo/` of the repository's own rules, without the SPARC marks.
        let own = fx(&[".roo/rules/rules.md", ".roo/README.md", ".roomodes"]);
        assert!(!own.contains(".roo/README.md"));
        let no_marks = fx(&[".roo/rules-sparc/rules.md", ".roo/README.md"]);
        assert!(!no_marks.contains(".roo/README.md"));
    }

    #[test]
    fn a_sphinx_source_folder_below_tests_is_a_fixture() {
        let f = fx(&[
            "pyproject.toml",
            "docs/conf.py",
            "docs/index.md",
            "tests/README.md",
            "tests/conf.py",
            "tests/index.md",
            "tests/sphinx/sourcedirs/references/conf.py",
            "tests/sphinx/sourcedirs/references/index.md",
            "tests/sphinx/sourcedirs/references/other.md",
            "tests/settings/conf.py",
            "tests/settings/notes.md",
        ]);
        assert!(f.contains("tests/sphinx/sourcedirs/references/index.md"));
        assert!(f.contains("tests/sphinx/sourcedirs/references/other.md"));
        assert!(!f.contains("docs/index.md"));
        assert!(!f.contains("tests/README.md"));
        assert!(!f.contains("tests/index.md"));
        assert!(!f.contains("tests/settings/notes.md"));
    }
}
