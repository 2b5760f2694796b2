//! MyST / Sphinx label references.
//!
//! A Sphinx project that reads Markdown with MyST (`conf.py` whose
//! `extensions` name `myst_parser` or `myst_nb`) resolves `[text](#label)`,
//! `[](#label)` and `[text](label)` against the project's targets, wherever
//! they stand: a `(label)=` line before a heading or block, a directive's
//! `:name: label` option (or `name: label` in its YAML options), a
//! `{figure-md} label` argument, a domain object's name (`{py:class}
//! mypackage.MyClass`), and reStructuredText's `.. _label:`. They
//! are not heading anchors or files, and a link that names one is resolved
//! (<https://myst-parser.readthedocs.io/en/latest/syntax/cross-referencing.html>).
//! The project is the conf.py's folder, plus the files its pages pull in with
//! `{include}` (MyST-Parser's root `CHANGELOG.md`). Outside such a project, a
//! document's own `(label)=` targets still name its own `#label` links.
//!
//! A bare destination without an extension that names one of the
//! project's pages (`[Getting Started](getting-started)`, `[pip](pip)` for
//! `pip.rst`) is a document reference, read from the page's folder; and in
//! a site built with Sphinx's `dirhtml` builder a raw HTML `href` to a
//! sibling page (`<a href="pip-search">`) is read from the page's folder
//! URL (see [`names_document`]; survey 28c, pypa/pip).
//!
//! A Jupyter Book (v1: a `_toc.yml` beside its `_config.yml`, no `conf.py`)
//! is such a project too, built by Sphinx with MyST-NB: its pages, its
//! notebooks' Markdown cells and its math and proof directives' `:label:`
//! options name targets. A text notebook that `nb_custom_formats` has
//! MyST-NB read through jupytext (`.Rmd`, `.qmd`) is a page of its project
//! (survey 72e: QuantEcon's lectures, MyST-NB's docs).
//!
//! Targets inside code (a plain fenced or indented block, a `{code-block}`'s
//! body) are examples, not targets.
//!
//! A MyST Document Engine project (mystmd, Jupyter Book 2: a `myst.yml` with
//! a `project:` table) resolves `[](#label)` the same way, and a directive's
//! `:label:` option names it as `:name:` does (see [`mystmd_projects`];
//! survey 32c). Its relative destinations without an extension name a page
//! as `X.md`, then `X.ipynb`, read from the page's folder, as myst-cli's link
//! transform reads them (survey 39b, pythia-foundations); a root destination
//! (`/reference/ci-cd/index.md`) is read from the project's folder (survey
//! s111a, 2i2c-org/infrastructure).
//!
//! Pages generated before the build have targets too: a `(label)=` that a
//! Python script of the project writes at the start of a string or a line
//! (napari's `prep_docs.py` stubs `'(widgets-contribution-guide)=\n'`), and,
//! when `conf.py` loads `sphinx_tags`, the tag overview `tagoverview`; an
//! `.. autosummary::` block documents its entries (`napari.layers`), as
//! autodoc does (survey 30c). So do the pages Sphinx itself generates,
//! named by its standard labels `genindex`, `modindex`, `py-modindex` and
//! `search` (`[Full Index](genindex)` in attrs' `docs/index.md`: survey
//! 80b); the same link outside a MyST project, and a misspelt one
//! (`genindx`), are judged.
//!
//! A `conf.py` that writes a computed label into the pages it generates
//! at build time (`'(' + page + ')='`, each generated man page labelled
//! with its file's name: canonical/lxd, lxc/incus) makes a label of every
//! such file: a bare `.md` destination that is not a file of the project
//! (`[lxc list](lxc_list.md)`) names one (see [`writes_file_labels`]); a
//! destination with a folder (`howto/missing.md`), and the same link in a
//! project whose `conf.py` writes no such label, are judged.
//!
//! Python objects are targets too (see [`PyObject`]): those of the Python
//! domain's directives, and with autodoc on, autodoc's, with the members it
//! documents and no text names (`Spawner.ip`). So are the labels `conf.py`
//! code makes, known by the literal start of the f-string it gives a node's
//! `names=` or `ids=` (`rest-api-…`).

use std::collections::HashSet;

use crate::source::{RepoView, join_relative};

use super::Context;

/// One MyST Sphinx project: its source folder, the files its pages include
/// from elsewhere, and its targets (lower case: Sphinx compares them so).
#[derive(Debug, Clone, Default)]
pub struct Project {
    pub dir: String,
    /// A MyST Document Engine project (mystmd, Jupyter Book 2: a `myst.yml`
    /// with a `project:` table), not a Sphinx one.
    pub mystmd: bool,
    pub included: Vec<String>,
    pub labels: HashSet<String>,
    /// The Python objects its pages document (see [`PyObject`]); autodoc's
    /// only when `conf.py` turns autodoc on.
    pub objects: Vec<PyObject>,
    /// The literal starts of the labels and ids `conf.py` makes in code
    /// (`names=[f"rest-api-{operation_id}"]` makes `rest-api-…`).
    pub made: Vec<String>,
    /// `conf.py` writes into the pages it generates a label made of a
    /// generated file's name (`mdfile.write('(' + page + ')=\n')`; see
    /// [`writes_file_labels`]).
    pub file_labels: bool,
}

/// A Python object a page documents with a directive of Sphinx's Python
/// domain (`.. py:class:: Spawner`, `.. module:: jupyterhub.auth`) or of
/// autodoc (`.. autoclass::`, `.. autoconfigurable::` of autodoc_traits,
/// `.. automodule::`), by its full name (the module of the page's
/// `module::`, `currentmodule::` or `automodule::` before it, then the
/// name). `members`: autodoc documents its members too, which no text
/// names (`Spawner.ip`, a trait of `autoconfigurable:: Spawner`).
#[derive(Debug, Clone)]
pub struct PyObject {
    pub name: String,
    pub members: bool,
    /// Documented by autodoc (`auto…::`).
    pub auto: bool,
    /// An `automodule::` given the `:members:` option: autodoc documents
    /// the module's classes with their members too (see
    /// [`module_classes`]).
    pub module_members: bool,
}

impl Project {
    /// Whether `target` names one of the documented objects: its full name
    /// or the end of it after a `.` (`Spawner` for
    /// `jupyterhub.spawner.Spawner`, as Sphinx's search finds it), or a
    /// member of an object autodoc documents with its members
    /// (`Spawner.ip`). A file's name (`spawner.md`) is no object's.
    fn names_object(&self, target: &str) -> bool {
        let ident = |s: &str| {
            !s.is_empty()
                && !s.starts_with(|c: char| c.is_ascii_digit())
                && s.chars().all(|c| c.is_alphanumeric() || c == '_')
        };
        if !target.split('.').all(ident) || names_file(target) {
            return false;
        }
        let is = |name: &str, t: &str| {
            name == t || name.strip_suffix(t).is_some_and(|head| head.ends_with('.'))
        };
        self.objects.iter().any(|o| {
            is(&o.name, target)
                || (o.members
                    && target
                        .rsplit_once('.')
                        .is_some_and(|(owner, _)| is(&o.name, owner)))
        })
    }

    /// Whether `target` starts with a label or id `conf.py` makes.
    fn made_by_conf(&self, target: &str) -> bool {
        self.made
            .iter()
            .any(|p| target.len() > p.len() && target.starts_with(p.as_str()))
    }
}

/// Whether a target ends with a file's extension (`spawner.md`,
/// `conf.py`): a file, not an object.
fn names_file(target: &str) -> bool {
    target.rsplit_once('.').is_some_and(|(_, ext)| {
        matches!(
            ext,
            "md" | "rst"
                | "txt"
                | "html"
                | "ipynb"
                | "py"
                | "png"
                | "svg"
                | "jpg"
                | "yml"
                | "yaml"
                | "json"
                | "toml"
        )
    })
}

/// The literal start of each label or id that `conf.py` code makes with an
/// f-string given to a docutils node (`names=[f"rest-api-{operation_id}"]`,
/// `ids=[f"operation/{operation_id}"]`); a start with white space or none
/// is left out.
fn made_prefixes(conf: &str) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["names", "ids"] {
        for (i, _) in conf.match_indices(key) {
            let before = conf[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = conf[i + key.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('=') else {
                continue;
            };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix('[').unwrap_or(rest).trim_start();
            let Some(rest) = rest.strip_prefix('f') else {
                continue;
            };
            let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
                continue;
            };
            let body = &rest[1..];
            let Some(end) = body.find(['{', quote]) else {
                continue;
            };
            let prefix = &body[..end];
            if body[end..].starts_with('{')
                && !prefix.is_empty()
                && !prefix.contains(char::is_whitespace)
            {
                out.push(prefix.to_string());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether `conf.py` writes a MyST label whose name it computes, a string
/// `'('` joined to a value and `')='` on one line
/// (`mdfile.write('(' + page + ')=\n')`): canonical/lxd's `conf.py` labels
/// each man page it generates at build time (`lxc manpage --format=md`,
/// into the git-ignored `reference/manpages/`) with its file's name, so
/// `[lxc list](lxc_list.md)` names the label `lxc_list.md` (survey 55b, 111
/// findings, the 30 sampled all false; lxc/incus does the same).
fn writes_file_labels(conf: &str) -> bool {
    conf.lines().any(|l| {
        let open = ["'(' +", "\"(\" +"].iter().filter_map(|o| l.find(o)).min();
        let close = ["+ ')=", "+ \")="].iter().filter_map(|c| l.rfind(c)).max();
        matches!((open, close), (Some(o), Some(c)) if o < c)
    })
}

/// The MyST Sphinx projects of the repository, from its tracked `conf.py`s.
pub fn detect(repo: &RepoView) -> Vec<Project> {
    // The files named `conf.py`, from the scan of the listing all site
    // readers share (see `site::config_files`).
    let mut confs: Vec<String> = super::site::config_files_named(repo, "conf.py");
    // A Jupyter Book (v1) is a Sphinx project with MyST-NB: a `_toc.yml`
    // beside its `_config.yml`, which holds the Sphinx configuration
    // (`sphinx: config:`, `extra_extensions:`); one with a `conf.py` of its
    // own is read from that (survey 72e).
    for toc in ["_toc.yml", "_toc.yaml"] {
        for f in super::site::config_files_named(repo, toc) {
            let dir = f.rsplit_once('/').map_or("", |(d, _)| d);
            let config = join_dir(dir, "_config.yml");
            if repo.is_tracked_file(&f)
                && repo.is_tracked_file(&config)
                && !repo.is_tracked_file(&join_dir(dir, "conf.py"))
                && !confs.contains(&config)
            {
                confs.push(config);
            }
        }
    }
    let mut out = Vec::new();
    for conf in confs {
        let Some(text) = repo.read(&conf).and_then(|b| String::from_utf8(b).ok()) else {
            continue;
        };
        let book = conf.ends_with("_config.yml");
        if !(book
            || text.contains("\"myst_parser\"")
            || text.contains("'myst_parser'")
            || text.contains("\"myst_nb\"")
            || text.contains("'myst_nb'"))
        {
            continue;
        }
        let custom = custom_formats(&text);
        let dir = conf.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        // autodoc (or autodoc_traits, which loads it) documents objects.
        let autodoc = text.contains("sphinx.ext.autodoc")
            || text.contains("sphinx.ext.autosummary")
            || text.contains("autodoc_traits");
        let mut project = Project {
            dir: dir.clone(),
            made: made_prefixes(&text),
            file_labels: writes_file_labels(&text),
            ..Project::default()
        };
        let intersphinx = text.contains("sphinx.ext.intersphinx");
        // Sphinx's standard domain always defines the labels of the pages it
        // generates: the general index, the module index and the search
        // page (`[Full Index](genindex)`: survey 80b, python-attrs/attrs).
        for label in ["genindex", "modindex", "py-modindex", "search"] {
            project.labels.insert(label.to_string());
        }
        // sphinx-tags writes its overview page under the label `tagoverview`.
        if text.contains("\"sphinx_tags\"") || text.contains("'sphinx_tags'") {
            project.labels.insert("tagoverview".to_string());
        }
        let files = if dir.is_empty() {
            repo.tracked_files().map(str::to_string).collect()
        } else {
            repo.tracked_files_under(&dir)
        };
        let mut included = Vec::new();
        for f in &files {
            // A text notebook MyST-NB reads through jupytext
            // (`nb_custom_formats`: `.Rmd`) is a MyST page too.
            let md = f.ends_with(".md") || custom.iter().any(|e| f.ends_with(e));
            if book && f.ends_with(".ipynb") {
                // A notebook's Markdown cells are MyST pages of the book.
                if let Some(text) = repo.read(f).and_then(|b| notebook_markdown(&b)) {
                    project.labels.extend(targets(&text, true).labels);
                }
                continue;
            }
            if f.ends_with(".py") {
                // A script of the project that writes pages before the
                // build writes their labels too (napari's `prep_docs.py`
                // stubs `'(widgets-contribution-guide)=\n'`).
                if let Some(text) = repo.read(f).and_then(|b| String::from_utf8(b).ok()) {
                    project.labels.extend(script_labels(&text));
                }
                continue;
            }
            if !(md || f.ends_with(".rst")) {
                continue;
            }
            let Some(text) = repo.read(f).and_then(|b| String::from_utf8(b).ok()) else {
                continue;
            };
            let page_dir = f.rsplit_once('/').map_or("", |(d, _)| d);
            let found = if md {
                // Jupyter Book's math and proof directives name their
                // target with `:label:` (`{math}`, `{prf:theorem}`).
                targets(&text, book)
            } else {
                rst_targets(&text)
            };
            project.labels.extend(found.labels);
            if intersphinx {
                for label in intersphinx_labels(&text) {
                    insert(&mut project.labels, &label);
                }
            }
            project
                .objects
                .extend(found.objects.into_iter().filter(|o| autodoc || !o.auto));
            included.extend(
                found
                    .includes
                    .iter()
                    .filter_map(|i| join_relative(page_dir, i)),
            );
        }
        // autodoc documents an `automodule:: … :members:`'s classes with
        // their members.
        let classes = module_classes(repo, &project.objects);
        project.objects.extend(classes);
        // Included files outside the folder are read as pages too.
        for inc in included {
            let inside = dir.is_empty() || inc.starts_with(&format!("{dir}/"));
            if inside || !inc.ends_with(".md") {
                continue;
            }
            if let Some(text) = repo.read(&inc).and_then(|b| String::from_utf8(b).ok()) {
                project.labels.extend(markdown_targets(&text).labels);
                project.included.push(inc);
            }
        }
        out.push(project);
    }
    out.extend(mystmd_projects(repo));
    out
}

/// The classes of each module documented by `automodule:: … :members:`,
/// as autodoc documents them: autodoc's `:members:` on a module passes on
/// to the classes it documents, so their methods and attributes are
/// objects too (`virtual_ecosystem.models.litter.chemistry.LitterChemistry.calculate_new_pool_chemistries`,
/// linked as a MyST reference: survey s117b, 1 finding judged false). A
/// class is one the module's source in the tree defines at its top level
/// (`class LitterChemistry:`), not private (`_Helper`); a module whose
/// source is not in the tree documents none.
fn module_classes(repo: &RepoView, objects: &[PyObject]) -> Vec<PyObject> {
    let modules: Vec<&str> = objects
        .iter()
        .filter(|o| o.module_members)
        .map(|o| o.name.as_str())
        .collect();
    if modules.is_empty() {
        return Vec::new();
    }
    let sources: Vec<&str> = repo
        .tracked_files()
        .filter(|f| f.ends_with(".py"))
        .collect();
    let mut out = Vec::new();
    for module in modules {
        let path = module.replace('.', "/");
        let file = format!("{path}.py");
        let package = format!("{path}/__init__.py");
        let ends = |f: &str, tail: &str| {
            f == tail || f.strip_suffix(tail).is_some_and(|head| head.ends_with('/'))
        };
        for src in sources
            .iter()
            .filter(|f| ends(f, &file) || ends(f, &package))
        {
            let Some(text) = repo.read(src).and_then(|b| String::from_utf8(b).ok()) else {
                continue;
            };
            for line in text.lines() {
                let Some(rest) = line.strip_prefix("class ") else {
                    continue;
                };
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name.is_empty() || name.starts_with('_') {
                    continue;
                }
                out.push(PyObject {
                    name: format!("{module}.{name}"),
                    members: true,
                    auto: true,
                    module_members: false,
                });
            }
        }
    }
    out
}

/// `dir/name`, or `name` at the root.
fn join_dir(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// The text notebook extensions a Sphinx configuration has MyST-NB read
/// through jupytext, quoted or as keys after `nb_custom_formats`
/// (`nb_custom_formats = {".Rmd": ["jupytext.reads", {"fmt": "Rmd"}]}`:
/// MyST-NB's docs label `custom-formats.Rmd` with `(write/custom_formats)=`,
/// survey 72e).
fn custom_formats(conf: &str) -> Vec<&'static str> {
    let Some(i) = conf.find("nb_custom_formats") else {
        return Vec::new();
    };
    let after = &conf[i..];
    [".Rmd", ".qmd"]
        .into_iter()
        .filter(|e| {
            after.contains(&format!("\"{e}\""))
                || after.contains(&format!("'{e}'"))
                || after.contains(&format!("{e}:"))
        })
        .collect()
}

/// The MyST Document Engine projects of the repository (mystmd, Jupyter
/// Book 2): a tracked `myst.yml` with a top-level `project:` table (one with
/// only `site:` configures a site, not a project). mystmd resolves
/// `[](#label)` and `[text](page.md#label)` against every target of the
/// project, as Sphinx does: a `(label)=` line, a directive's `:label:` or
/// `:name:` option (`:::{figure} x.png` over `:label: fig:mountains`), outside
/// code (<https://mystmd.org/guide/cross-references>; survey 32c,
/// jupyter-book/jupyter-book: 15 links judged false), in its Markdown pages
/// and its notebooks' Markdown cells (survey 39b, pythia-foundations).
fn mystmd_projects(repo: &RepoView) -> Vec<Project> {
    let configs: Vec<String> = super::site::config_files_named(repo, "myst.yml");
    let mut out = Vec::new();
    for config in configs {
        let Some(text) = repo.read(&config).and_then(|b| String::from_utf8(b).ok()) else {
            continue;
        };
        if !text.lines().any(|l| {
            l.trim_end()
                .strip_prefix("project:")
                .is_some_and(|r| r.trim().is_empty() || r.trim_start().starts_with('#'))
        }) {
            continue;
        }
        let dir = config.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let mut project = Project {
            dir: dir.clone(),
            mystmd: true,
            ..Project::default()
        };
        let files = if dir.is_empty() {
            repo.tracked_files().map(str::to_string).collect()
        } else {
            repo.tracked_files_under(&dir)
        };
        for f in files.iter().filter(|f| f.ends_with(".md")) {
            if let Some(text) = repo.read(f).and_then(|b| String::from_utf8(b).ok()) {
                project.labels.extend(mystmd_targets(&text).labels);
            }
        }
        // A notebook's Markdown cells are MyST too: their `(label)=` lines
        // are targets of the project (survey 39b, pythia-foundations).
        for f in files.iter().filter(|f| f.ends_with(".ipynb")) {
            if let Some(text) = repo.read(f).and_then(|b| notebook_markdown(&b)) {
                project.labels.extend(mystmd_targets(&text).labels);
            }
        }
        out.push(project);
    }
    out
}

/// The text of a Jupyter notebook's Markdown cells, one after another
/// (a cell's `source` is a string or a list of lines); `None` when the file
/// is not a notebook's JSON.
fn notebook_markdown(bytes: &[u8]) -> Option<String> {
    let nb: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let mut out = String::new();
    for cell in nb.get("cells")?.as_array()? {
        if cell.get("cell_type").and_then(|t| t.as_str()) != Some("markdown") {
            continue;
        }
        match cell.get("source") {
            Some(serde_json::Value::String(s)) => out.push_str(s),
            Some(serde_json::Value::Array(lines)) => {
                for l in lines.iter().filter_map(|l| l.as_str()) {
                    out.push_str(l);
                }
            }
            _ => {}
        }
        out.push_str("\n\n");
    }
    Some(out)
}

/// The targets of a page of a mystmd project: MyST's, and each directive's
/// `:label:` option, mystmd's other spelling of `:name:`.
pub fn mystmd_targets(text: &str) -> Targets {
    targets(text, true)
}

/// The project whose pages include `path`.
pub fn project_of<'a>(projects: &'a [Project], path: &str) -> Option<&'a Project> {
    projects.iter().find(|p| {
        p.dir.is_empty()
            || path.starts_with(&format!("{}/", p.dir))
            || p.included.iter().any(|i| i == path)
    })
}

/// Whether a link of the page at `doc_path`, written `written`, names a page
/// of the page's MyST Sphinx project by its name without extension, the way
/// Sphinx resolves it (survey 28c, pypa/pip: 21 findings judged false).
///
/// A Markdown link's bare destination (`[Getting Started](getting-started)`,
/// `[pip](pip)`) that is neither a URL nor a file is a reference MyST
/// resolves like Sphinx's `any` role, whose `doc` part reads it as a
/// document name from the page's folder (from the project's folder when it
/// starts with `/`): `getting-started.md`, `pip.rst`, `x.ipynb`.
///
/// A raw HTML `href` (`html`: MyST passes it through untouched) is read by
/// the browser from the page's URL; only Sphinx's `dirhtml` builder serves
/// pages as folders (`research-results/index.md` at `research-results/`,
/// `guidance.md` at `guidance/`), so only there does `<a href="pip-search">`
/// reach `pip-search.md`. The builder is read from `.readthedocs.yaml`
/// (`builder: dirhtml`) or from a build file that runs it (`noxfile.py`,
/// `tox.ini`: `-b dirhtml`).
///
/// In a mystmd project (Jupyter Book 2), myst-cli reads a relative
/// destination from the page's folder, and one without an extension as
/// `X.md`, then `X.ipynb` (`fileFromRelativePath` of its link transform:
/// `./numpy/numpy-basics` for `numpy/numpy-basics.ipynb`; survey 39b,
/// ProjectPythia/pythia-foundations, 46 findings judged false), and a root
/// destination from the project's folder, with its extension or without (see
/// [`mystmd_rooted`]); a raw HTML `href` stays as written there.
///
/// A destination with an extension, a folder (`x/`), a fragment or a query
/// is judged as written; so is a name that no page of the project has, and
/// every Markdown link of a project whose `conf.py` sets
/// `myst_all_links_external = True` (MyST then leaves links as written).
pub fn names_document(ctx: &Context<'_>, doc_path: &str, written: &str, html: bool) -> bool {
    let Some(project) = ctx
        .anchors
        .myst(ctx.repo)
        .iter()
        .find(|p| p.dir.is_empty() || doc_path.starts_with(&format!("{}/", p.dir)))
    else {
        return false;
    };
    // mystmd reads a relative destination as a file from the page's folder,
    // and one without an extension as `X.md`, then `X.ipynb`
    // (`fileFromSourceFolder` of myst-cli's link transform); a root
    // destination from the project's folder (`getSourceFolder`); a raw HTML
    // `href` stays as written.
    if project.mystmd && html {
        return false;
    }
    if project.mystmd
        && let Some(rooted) = written.strip_prefix('/')
    {
        return mystmd_rooted(ctx, &project.dir, rooted);
    }
    if written.is_empty()
        || written.ends_with('/')
        || written.contains(['#', '?', ':', '\\'])
        || written
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.') || last.is_empty())
    {
        return false;
    }
    // `myst_all_links_external = True` leaves every Markdown link as written.
    let conf = if project.dir.is_empty() {
        "conf.py".to_string()
    } else {
        format!("{}/conf.py", project.dir)
    };
    if !html
        && !project.mystmd
        && ctx.repo.read_text(&conf).is_some_and(|t| {
            t.lines().any(|l| {
                let l: String = l.chars().filter(|c| !c.is_whitespace()).collect();
                l.starts_with("myst_all_links_external=True")
            })
        })
    {
        return false;
    }
    // A name with spaces is written percent-encoded (`b%20c` for the page
    // `b c.md`) or in angle brackets (`<b c>`), which the builder reads as
    // the page's name: survey s125j, psf/wiki, whose MoinMoin page names
    // keep their spaces (about 170 findings judged false).
    let decoded = percent_encoding::percent_decode_str(written).decode_utf8_lossy();
    let written: &str = &decoded;
    let page_dir = doc_path.rsplit_once('/').map_or("", |(d, _)| d);
    let base = if html {
        if !dirhtml(ctx.repo) {
            return false;
        }
        // The page's URL: a folder's index page is the folder, any other
        // page a folder of its own name.
        let stem = doc_path.rsplit_once('.').map_or(doc_path, |(s, _)| s);
        let url = if stem == "index" || stem.ends_with("/index") {
            page_dir
        } else {
            stem
        };
        join_relative(url, written)
    } else if let Some(rooted) = written.strip_prefix('/') {
        join_relative(&project.dir, rooted)
    } else {
        join_relative(page_dir, written)
    };
    let Some(base) = base else {
        return false;
    };
    if !project.dir.is_empty() && !base.starts_with(&format!("{}/", project.dir)) {
        return false;
    }
    let mut candidates = if project.mystmd {
        vec![format!("{base}.md"), format!("{base}.ipynb")]
    } else {
        vec![
            format!("{base}.md"),
            format!("{base}.rst"),
            format!("{base}.ipynb"),
        ]
    };
    if html {
        candidates.push(format!("{base}/index.md"));
        candidates.push(format!("{base}/index.rst"));
    }
    candidates.iter().any(|c| ctx.repo.is_tracked_file(c))
}

/// Whether a root destination of a mystmd page (`/sre-guide/support/x.md`,
/// written without its `/`: `rooted`) names a file of the project, read from
/// the project's folder as myst-cli has read one since jupyter-book/mystmd
/// #2217 (`getSourceFolder`: 2i2c-org/infrastructure's `docs/`, survey
/// s111a, 2 findings judged false): the file itself, or without an
/// extension `X.md`, then `X.ipynb`; a folder names no file. Its fragment
/// or query is left out of the path.
fn mystmd_rooted(ctx: &Context<'_>, dir: &str, rooted: &str) -> bool {
    let path = rooted.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() || path.ends_with('/') {
        return false;
    }
    let Some(base) = join_relative(dir, path) else {
        return false;
    };
    if !dir.is_empty() && !base.starts_with(&format!("{dir}/")) {
        return false;
    }
    if ctx.repo.is_tracked_file(&base) {
        return true;
    }
    let extension = base
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    !extension
        && [".md", ".ipynb"]
            .iter()
            .any(|ext| ctx.repo.is_tracked_file(&format!("{base}{ext}")))
}

/// Whether the reference whose target starts at byte `start` of `text` is
/// the value of a raw HTML attribute (`<a href="pip-search">`), not a
/// Markdown link's destination.
pub fn html_attribute(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let before = before.trim_end_matches(['"', '\'']).trim_end();
    // The last few characters, lower-cased (`HREF=`), whatever their width.
    let mut tail: Vec<char> = before.chars().rev().take(5).collect();
    tail.reverse();
    let tail: String = tail.iter().collect::<String>().to_ascii_lowercase();
    tail.ends_with("href=") || tail.ends_with("src=")
}

/// Whether the repository builds its Sphinx documentation with the
/// `dirhtml` builder, which serves each page as a folder (see
/// [`names_document`]): Read the Docs' `builder: dirhtml`, or a build file
/// that passes it (`-b dirhtml`, `-b=dirhtml`, `"-b", "dirhtml"`,
/// `--builder dirhtml`). A Makefile that only lists the builders (Sphinx's
/// template has a `dirhtml:` target) says nothing.
fn dirhtml(repo: &RepoView) -> bool {
    repo.memo("site_myst::dirhtml", |repo| {
        [
            ".readthedocs.yaml",
            ".readthedocs.yml",
            "readthedocs.yaml",
            "readthedocs.yml",
            "noxfile.py",
            "tox.ini",
        ]
        .iter()
        .any(|f| repo.read_text(f).is_some_and(|t| builds_dirhtml(&t)))
    })
}

/// Whether a build file's text selects the `dirhtml` builder.
fn builds_dirhtml(text: &str) -> bool {
    text.lines().any(|l| {
        let l: String = l
            .chars()
            .filter(|c| !matches!(c, '"' | '\'' | ',' | ' ' | '\t'))
            .collect();
        [
            "builder:dirhtml",
            "-bdirhtml",
            "-b=dirhtml",
            "--builderdirhtml",
            "--builder=dirhtml",
        ]
        .iter()
        .any(|k| l.contains(k))
    })
}

/// Whether `label` names a MyST target that Sphinx resolves for a link of
/// the page at `doc_path`: one of its project's, or (any page) one of the
/// page's own, read from `own_text`.
pub fn names_label(ctx: &Context<'_>, doc_path: &str, label: &str, own_text: Option<&str>) -> bool {
    if label.is_empty() || label.contains(['?', ' ']) {
        return false;
    }
    let lower = label.to_lowercase();
    if project_of(ctx.anchors.myst(ctx.repo), doc_path).is_some_and(|p| {
        p.labels.contains(&lower)
            || p.names_object(label)
            || p.made_by_conf(label)
            || (p.file_labels && lower.ends_with(".md") && !lower.contains('/'))
    }) {
        return true;
    }
    own_text.is_some_and(|t| own_labels_contain(t, &lower))
}

/// A page's text (its address and length) and its `(label)=` targets.
type OwnLabels = Option<((usize, usize), HashSet<String>)>;

thread_local! {
    /// The `(label)=` targets of the page last asked about, by its text's
    /// address and length: a page with 100,000 missing links reads its own
    /// labels once, not once per link (issue 10's realistic shape). Emptied
    /// for each document checked ([`forget_own_labels`]), so that a text
    /// freed and another allocated at its address is never taken for it.
    static OWN_LABELS: std::cell::RefCell<OwnLabels> =
        const { std::cell::RefCell::new(None) };
}

/// Whether the page of `text` defines the (lower-cased) label `lower`.
fn own_labels_contain(text: &str, lower: &str) -> bool {
    let key = (text.as_ptr() as usize, text.len());
    OWN_LABELS.with(|cell| {
        let mut c = cell.borrow_mut();
        if c.as_ref().is_none_or(|(k, _)| *k != key) {
            let labels = if text.contains(")=") {
                markdown_targets(text).labels
            } else {
                HashSet::new()
            };
            *c = Some((key, labels));
        }
        c.as_ref().is_some_and(|(_, labels)| labels.contains(lower))
    })
}

/// Forgets what [`own_labels_contain`] read (a new document is checked).
pub fn forget_own_labels() {
    OWN_LABELS.with(|cell| *cell.borrow_mut() = None);
}

/// What a MyST page defines and pulls in.
#[derive(Debug, Default)]
pub struct Targets {
    pub labels: HashSet<String>,
    pub includes: Vec<String>,
    pub objects: Vec<PyObject>,
}

/// How a fenced block's body is read.
#[derive(Debug, Clone, Copy)]
enum Body {
    Markdown,
    Code,
    /// `{eval-rst}`: reStructuredText, whose `.. _label:` are targets.
    Rst,
}

/// Directives whose body is code (their options still name them).
const CODE_DIRECTIVES: &[&str] = &[
    "code-block",
    "code",
    "sourcecode",
    "code-cell",
    "literalinclude",
    "math",
];

/// The `(label)=` targets, directive names and `{include}`s of a MyST page,
/// outside code.
pub fn markdown_targets(text: &str) -> Targets {
    targets(text, false)
}

/// The targets of a MyST page; with `label_option`, a directive's `:label:`
/// names it as `:name:` does (mystmd).
fn targets(text: &str, label_option: bool) -> Targets {
    let mut out = Targets::default();
    // Open fences: (char, length, body, in options).
    let mut stack: Vec<(u8, usize, Body, bool)> = Vec::new();
    let mut yaml = false;
    // The page's reStructuredText (`{eval-rst}` bodies) and Python domain
    // directives, in order: the objects they document.
    let mut rst = String::new();
    // The directive whose options are read is one of the Python domain's.
    let mut py_open = false;
    for raw in text.lines() {
        let line = raw.trim_end_matches('\r');
        let indent = line.len() - line.trim_start_matches(' ').len();
        let t = line.trim();
        let run_of = |c: u8| t.bytes().take_while(|&b| b == c).count();
        // A closing fence.
        if let Some(&(c, n, _, _)) = stack.last() {
            let run = run_of(c);
            if run >= n && t[run..].trim().is_empty() {
                stack.pop();
                yaml = false;
                continue;
            }
        }
        let body = stack.last().map_or(Body::Markdown, |s| s.2);
        let options = stack.last().is_some_and(|s| s.3);
        if options {
            if t == "---" {
                yaml = !yaml;
                continue;
            }
            if yaml {
                if let Some(v) = t
                    .strip_prefix("name:")
                    .or_else(|| t.strip_prefix("label:").filter(|_| label_option))
                {
                    insert(&mut out.labels, v);
                }
                continue;
            }
            if let Some(rest) = t.strip_prefix(':')
                && let Some((key, v)) = rest.split_once(':')
                && !key.contains(' ')
            {
                if key == "name" || (label_option && key == "label") {
                    insert(&mut out.labels, v);
                }
                // A MyST `{automodule}`'s `:members:` is its rst option.
                if key == "members" && py_open {
                    rst.push_str("   :members:\n");
                }
                continue;
            }
            if let Some(top) = stack.last_mut() {
                top.3 = false;
            }
        }
        match body {
            Body::Code => continue,
            Body::Rst => {
                out.labels.extend(rst_targets(line).labels);
                rst.push_str(line);
                rst.push('\n');
                continue;
            }
            Body::Markdown => {}
        }
        // An opening fence: ``` / ~~~ / ::: (colon fences hold directives only).
        let opener = [b'`', b'~', b':']
            .into_iter()
            .map(|c| (c, run_of(c)))
            .find(|&(c, n)| n >= 3 && (c != b':' || t[n..].trim_start().starts_with('{')));
        if let Some((c, n)) = opener
            && indent <= 3
        {
            let info = t[n..].trim();
            let directive = info
                .strip_prefix('{')
                .and_then(|s| s.split_once('}'))
                .map(|(name, arg)| (name.trim(), arg.trim()));
            match directive {
                Some((name, arg)) => {
                    // A domain object (`{py:class} mypackage.MyClass`) is
                    // a target by its name, like a label.
                    if name == "figure-md" || (name.contains(':') && !arg.contains(' ')) {
                        insert(&mut out.labels, arg);
                    }
                    if name == "include" && !arg.is_empty() {
                        out.includes.push(arg.to_string());
                    }
                    py_open = py_directive(name) && !arg.is_empty();
                    if py_open {
                        rst.push_str(&format!(".. {name}:: {arg}\n"));
                    }
                    let body = if name == "eval-rst" {
                        Body::Rst
                    } else if CODE_DIRECTIVES.contains(&name) {
                        Body::Code
                    } else {
                        Body::Markdown
                    };
                    stack.push((c, n, body, true));
                }
                None => stack.push((c, n, Body::Code, false)),
            }
            yaml = false;
            continue;
        }
        if indent >= 4 && stack.is_empty() {
            continue;
        }
        // `(label)=`
        if let Some(rest) = t.strip_prefix('(')
            && let Some(label) = rest.strip_suffix(")=")
            && !label.is_empty()
            && !label.contains(['(', ')', ' '])
        {
            insert(&mut out.labels, label);
        }
    }
    out.objects = rst_targets(&rst).objects;
    out
}

/// Whether a directive is one of Sphinx's Python domain (`py:class`,
/// `module`, `currentmodule`, the default domain's `class`, `function`, …)
/// or of autodoc (`autoclass`, `automodule`, autodoc_traits'
/// `autoconfigurable`).
fn py_directive(name: &str) -> bool {
    name.starts_with("py:")
        || name.starts_with("auto")
        || matches!(
            name,
            "module"
                | "currentmodule"
                | "class"
                | "function"
                | "exception"
                | "data"
                | "attribute"
                | "method"
        )
}

/// The Python objects of reStructuredText (see [`PyObject`]), each by its
/// full name: a `.. module::`, `.. currentmodule::` or `.. automodule::`
/// line sets the module of the names after it.
fn py_objects(text: &str) -> Vec<PyObject> {
    let mut out: Vec<PyObject> = Vec::new();
    let mut module = String::new();
    // Inside an `.. autosummary::` block, whose entries (indented, after its
    // options) are objects it documents (`napari.layers`).
    let mut summary = false;
    // The `automodule::` whose option lines are being read.
    let mut last_module: Option<usize> = None;
    for line in text.lines() {
        if let Some(i) = last_module {
            let t = line.trim();
            if line.starts_with([' ', '\t']) && t.starts_with(':') {
                if t.trim_end() == ":members:" || t.starts_with(":members: ") {
                    out[i].module_members = true;
                }
                continue;
            }
            last_module = None;
        }
        if summary {
            let t = line.trim();
            if t.is_empty() || t.starts_with(':') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                let name = t.trim_start_matches('~');
                if name
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'))
                {
                    let full = if module.is_empty() || name.starts_with(&format!("{module}.")) {
                        name.to_string()
                    } else {
                        format!("{module}.{name}")
                    };
                    out.push(PyObject {
                        name: full,
                        members: false,
                        auto: true,
                        module_members: false,
                    });
                }
                continue;
            }
            summary = false;
        }
        let Some((name, arg)) = line
            .trim()
            .strip_prefix(".. ")
            .and_then(|d| d.split_once("::"))
        else {
            continue;
        };
        let name = name.trim();
        if name == "autosummary" {
            summary = true;
            continue;
        }
        if !py_directive(name) {
            continue;
        }
        let arg = arg.trim();
        let arg = arg.split(['(', ' ']).next().unwrap_or("");
        if arg.is_empty() {
            continue;
        }
        let bare = name.trim_start_matches("py:");
        if matches!(bare, "module" | "currentmodule" | "automodule") {
            module = arg.to_string();
            if bare != "currentmodule" {
                out.push(PyObject {
                    name: arg.to_string(),
                    members: bare == "automodule",
                    auto: bare == "automodule",
                    module_members: false,
                });
                if bare == "automodule" {
                    last_module = Some(out.len() - 1);
                }
            }
            continue;
        }
        let full = if module.is_empty() || arg.starts_with(&format!("{module}.")) {
            arg.to_string()
        } else {
            format!("{module}.{arg}")
        };
        let auto = bare.starts_with("auto");
        out.push(PyObject {
            name: full,
            members: auto && matches!(bare, "autoclass" | "autoconfigurable" | "autoexception"),
            auto,
            module_members: false,
        });
    }
    out
}

/// The `.. _label:` targets and `:name:` options of a reStructuredText page.
fn rst_targets(text: &str) -> Targets {
    let mut out = Targets::default();
    for line in text.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix(".. _")
            && let Some(label) = rest.strip_suffix(':')
            && !label.contains('`')
        {
            insert(&mut out.labels, label);
        } else if let Some(v) = t.strip_prefix(":name:") {
            insert(&mut out.labels, v);
        }
    }
    if text.contains("::") {
        out.objects = py_objects(text);
    }
    out
}

/// The MyST labels a Python script writes into the pages it generates: a
/// `(label)=` that opens a string literal, a line of one, or follows a
/// `\n` escape in one (`'(widgets-contribution-guide)=\n'`,
/// `"""(napari-preferences)=`, `'# Contributions\n(contributions-themes)=\n'`;
/// survey 30c, napari/docs). Lower case, as Sphinx compares them.
fn script_labels(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(")=") {
        let end = from + i;
        from = end + 2;
        let Some(open) = text[..end].rfind('(') else {
            continue;
        };
        let label = &text[open + 1..end];
        if label.is_empty()
            || !label
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
        {
            continue;
        }
        let before = &text[..open];
        let opens =
            before.is_empty() || before.ends_with(['\n', '\'', '"']) || before.ends_with("\\n");
        if opens {
            out.insert(label.to_lowercase());
        }
    }
    out
}

/// The labels of other projects that a page references through
/// intersphinx, with an `external` role (MyST's
/// `` {external:ref}`PyData Icon Links documentation <icon-links>` ``,
/// `{external+pydata:std:ref}`, reStructuredText's `:external:ref:`) or an
/// `inv:` link (`<inv:pydata#icon-links>`, `[text](inv:pydata:std:label#icon-links)`).
/// MyST resolves a Markdown reference it finds no local target for in the
/// intersphinx inventories (myst-parser's `MystReferenceResolver`), so
/// `[icon links](icon-links)` is that label too: survey 65d,
/// sphinx-book-theme's `docs/sections/sidebar-primary.md`, 1 finding judged
/// false. The inventories themselves are not read: only a label the project
/// names so is known.
fn intersphinx_labels(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("external") {
        let before = text[..i].chars().next_back();
        if !matches!(before, Some('{' | ':')) {
            continue;
        }
        let rest = &text[i + "external".len()..];
        // `+name` picks one inventory.
        let rest = match rest.strip_prefix('+') {
            Some(r) => r.trim_start_matches(|c: char| c.is_alphanumeric() || "_-.".contains(c)),
            None => rest,
        };
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.strip_prefix("std:").unwrap_or(rest);
        let Some(rest) = rest.strip_prefix("ref") else {
            continue;
        };
        let close = if before == Some('{') { "}`" } else { ":`" };
        let Some(rest) = rest.strip_prefix(close) else {
            continue;
        };
        let Some((body, _)) = rest.split_once('`') else {
            continue;
        };
        let label = match body.strip_suffix('>').and_then(|b| b.rsplit_once('<')) {
            Some((_, l)) => l,
            None => body,
        };
        out.push(label.to_string());
    }
    for (i, _) in text.match_indices("inv:") {
        if !matches!(text[..i].chars().next_back(), Some('<' | '(')) {
            continue;
        }
        let rest = &text[i..];
        let end = rest.find(['>', ')', ' ', '\n']).unwrap_or(rest.len());
        if let Some((_, label)) = rest[..end].split_once('#') {
            out.push(label.to_string());
        }
    }
    out
}

fn insert(labels: &mut HashSet<String>, v: &str) {
    let v = v.trim().trim_matches(['"', '\'']);
    if !v.is_empty() && !v.contains(char::is_whitespace) {
        labels.insert(v.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intersphinx_labels_are_read_from_external_roles_and_inv_links() {
        let text = "See {external:ref}`PyData <icon-links>` and {external+pydata:std:ref}`theme`.\n\
                    Also :external:ref:`rst-label` and <inv:pydata#header-links>, \
                    [x](inv:sphinx:std:label#code-examples).\n\
                    Not {ref}`local` nor [y](icon-other) nor external:ref nor (https://inv:x#y).\n";
        assert_eq!(
            intersphinx_labels(text),
            vec![
                "icon-links",
                "theme",
                "rst-label",
                "header-links",
                "code-examples"
            ]
        );
    }

    #[test]
    fn targets_are_read_outside_code() {
        let text = "(a-label)=\n## A\n\n```{tip}\n:name: tip-ref\nHi\n```\n\n:::{figure-md} fig-target\n:class: x\n\n<img src=\"a.png\">\n:::\n\n```{code-block} md\n:name: code-ref\n(in-code)=\n```\n\n```{eval-rst}\n.. _rst-label:\n\n.. figure:: a.png\n  :name: rst-fig\n```\n\n```{py:class} pkg.MyClass\n:nocontentsentry:\nDoc\n```\n\n```md\n(example)=\n```\n\n```{figure} a.png\n---\nname: yaml-name\n---\n```\n";
        let t = markdown_targets(text);
        let mut got: Vec<&str> = t.labels.iter().map(String::as_str).collect();
        got.sort();
        assert_eq!(
            got,
            [
                "a-label",
                "code-ref",
                "fig-target",
                "pkg.myclass",
                "rst-fig",
                "rst-label",
                "tip-ref",
                "yaml-name"
            ]
        );
    }

    #[test]
    fn python_objects_take_the_module_before_them() {
        let t = markdown_targets(
            "```{eval-rst}\n.. automodule:: jupyterhub.spawner\n```\n\n```{eval-rst}\n.. autoconfigurable:: Spawner\n.. autoclass:: jupyterhub.spawner.SpawnException\n```\n\n```{py:function} helper(a, b)\n```\n\n```python\n.. autoclass:: InCode\n```\n",
        );
        let got: Vec<(&str, bool, bool)> = t
            .objects
            .iter()
            .map(|o| (o.name.as_str(), o.members, o.auto))
            .collect();
        assert_eq!(
            got,
            [
                ("jupyterhub.spawner", true, true),
                ("jupyterhub.spawner.Spawner", true, true),
                ("jupyterhub.spawner.SpawnException", true, true),
                ("jupyterhub.spawner.helper", false, false),
            ]
        );
        let p = Project {
            objects: t.objects,
            ..Project::default()
        };
        assert!(p.names_object("Spawner"));
        assert!(p.names_object("spawner.Spawner"));
        assert!(p.names_object("Spawner.ip"));
        assert!(!p.names_object("Spawner.md"));
        assert!(!p.names_object("Nothing.attr"));
        assert!(!p.names_object("helper.x"));
        assert!(!p.names_object("pawner"));
    }

    #[test]
    fn labels_made_by_conf_py_are_known_by_their_literal_start() {
        let conf = "names=[f\"rest-api-{op}\"], ids = [f'operation/{op}']\nlogger.info(f\"Downloading {url}\")\nnames=[f\"{op}\"]\n";
        assert_eq!(made_prefixes(conf), ["operation/", "rest-api-"]);
    }

    #[test]
    fn includes_are_listed() {
        let t = markdown_targets("```{include} ../../CHANGELOG.md\n```\n");
        assert_eq!(t.includes, ["../../CHANGELOG.md"]);
    }
}
