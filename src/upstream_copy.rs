//! Copies of another project kept in a folder of this one: a library
//! vendored by hand under a folder of its own name, outside the `vendor/` and
//! `third_party/` folders the default exclusions name.
//!
//! Such a folder holds the upstream project's own license file (`LICENSE`,
//! `LICENSE.md`, `LICENCE`, `COPYING`, …) and its README, which names the
//! upstream repository on GitHub (`github.com/smallnest/ringbuffer`, in its
//! badges or links), whose name is the folder's name, or the start of it
//! before a `-` or `_` (`typeshed-fallback/` for `github.com/python/typeshed`).
//! Its documents are upstream's, copied without the files their links name:
//! minio's `internal/ringbuffer/` and `internal/s3select/jstream/`, whose
//! READMEs show an image upstream keeps, and pyright's
//! `packages/pyright-internal/typeshed-fallback/`, whose README links
//! typeshed's `CONTRIBUTING.md` (survey 44c, 3 findings judged false). They
//! are fixed upstream, not here: left out like vendored trees.
//!
//! So is a release archive unpacked into the tree: a folder named for a
//! platform (`windows-amd64/`, `linux-arm64/`), licensed, whose README names
//! another project's GitHub repository: Helm's archive holds `helm`,
//! `LICENSE` and Helm's `README.md`, whose links to `CONTRIBUTING.md` and
//! `code-of-conduct.md` are Helm's (survey 45b, ljluestc/podinfo's
//! `windows-amd64/`, 4 findings judged false).
//!
//! So is a published agent skill copied into an agent's dot-folder: a
//! `<.agent>/skills/<name>/` folder (`.claude/skills/mcp-builder/`) whose
//! `SKILL.md` front matter gives its license as a file beside it
//! (`license: Complete terms in LICENSE.txt`, with `LICENSE.txt` there), as
//! the skills of anthropics/skills ship. Its documents are upstream's:
//! mcp-builder's `reference/mcp_best_practices.md` links
//! `/docs/concepts/resources`, a page of modelcontextprotocol.io its text
//! was taken from, in every repository that copies it (survey 55a,
//! jasonmichaelbell78-creator/sonash-v0, 1 finding judged false). A skill
//! of the repository's own (no license file, or none its front matter
//! names) and a licensed skill outside a dot-folder (`skills/` at the root
//! of a repository that publishes skills) are checked.
//!
//! So is a skill that Skill Seekers scraped from a documentation site into
//! an agent's dot-folder: its `SKILL.md` says `Comprehensive assistance with
//! Tauri development, generated from official documentation.` and its
//! `references/` hold the site's pages, with the site's image aliases
//! (`@assets/…`) and anchors (vana-com/data-connect's `.agents/skills/tauri/`,
//! survey 80c, 72 findings judged false). The same skill without
//! `references/`, a skill whose `SKILL.md` says nothing of the kind, and
//! one outside a dot-folder are checked.
//!
//! So is a folder that goneat's `ssot sync` fills from another repository
//! and records as one of that source's `outputs` in its provenance
//! (`.goneat/ssot/provenance.json`, or the per-source
//! `.crucible/metadata/metadata.yaml`, both with a `goneat.ssot.` schema
//! name and the source's `repo_url`), when the folder is named for the
//! source (`docs/crucible-go` for the source `crucible`), and a build
//! step's copy of such a folder kept for embedding (a folder ending in its
//! path, `internal/assets/embedded_schemas/schemas/crucible-go/`): its pages
//! are the source's, their links written for its layout
//! (`../../config/taxonomy/…` in a page that now stands in
//! `docs/crucible-go/architecture/`), fixed there and overwritten here by
//! the next sync (survey s126g, fulmenhq/goneat, 164 findings in the
//! mirror and its embedded copy, the 23 read all judged false; gofulmen,
//! pyfulmen, tsfulmen and rsfulmen sync the same way). An output folder not
//! named for its source (pyfulmen's `src/pyfulmen`) and the repository's
//! own pages, links into the mirror included, are checked.
//!
//! A folder of the repository's own stays checked: one without a license
//! file, one whose README names no repository of the folder's name (a
//! monorepo's `packages/vscode-pyright/`, licensed, whose README links
//! `github.com/microsoft/pyright`), and one whose upstream is the repository
//! itself (the name of its `origin` remote, or of its working folder). So
//! does a Helm chart the repository packages (a folder holding `Chart.yaml`:
//! deliveryhero/helm-charts' `stable/postgres-controller/`, with the app's
//! `LICENSE`, whose helm-docs README gives the app's
//! `github.com/max-rocket-internet/postgres-controller` as its homepage:
//! survey 83b, 3 charts left unchecked). A README that also links the
//! repository itself proves nothing: an upstream plugin's README tells how
//! to install it in its host (ohmyzsh's `plugins/kube-ps1/`, kube-ps1's
//! README linking `github.com/ohmyzsh/ohmyzsh`, its images in upstream's
//! `img/`), and stays upstream's.

use std::collections::HashSet;

/// The license files a project ships at its root, by name (any case).
fn license_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let stem = lower.split_once('.').map_or(lower.as_str(), |(s, _)| s);
    matches!(stem, "license" | "licence" | "copying")
}

/// The repository names (`owner/name` → `name`, lower case, `.git` dropped)
/// of the GitHub repositories `text` names as `github.com/<owner>/<name>`.
fn github_repos(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for (i, _) in text.match_indices("github.com/") {
        let rest = &text[i + "github.com/".len()..];
        let mut parts = rest.splitn(3, '/');
        let (Some(owner), Some(name)) = (parts.next(), parts.next()) else {
            continue;
        };
        let name: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        let name = name.trim_end_matches(".git").trim_end_matches('.');
        if owner.is_empty() || name.is_empty() {
            continue;
        }
        out.insert(name.to_ascii_lowercase());
    }
    out
}

/// Whether a folder called `folder` is named for the repository `repo`:
/// the same name, or `repo` followed by `-` or `_` and more.
fn named_for(folder: &str, repo: &str) -> bool {
    let folder = folder.to_ascii_lowercase();
    folder == repo
        || folder
            .strip_prefix(repo)
            .is_some_and(|rest| rest.starts_with(['-', '_']) && rest.len() > 1)
}

/// Whether a folder is named for a platform, `<os>-<arch>` (`linux-amd64`,
/// `windows-amd64`, `darwin-arm64`): the folder a Go tool's release archive
/// unpacks to, its binary beside the project's `LICENSE` and `README.md`.
fn platform(folder: &str) -> bool {
    const OS: &[&str] = &[
        "linux", "darwin", "windows", "freebsd", "openbsd", "netbsd", "macos",
    ];
    const ARCH: &[&str] = &[
        "amd64", "arm64", "386", "arm", "armv6", "armv7", "ppc64le", "s390x", "riscv64", "x86_64",
        "aarch64", "x64", "x86",
    ];
    let lower = folder.to_ascii_lowercase();
    lower
        .split_once('-')
        .is_some_and(|(os, arch)| OS.contains(&os) && ARCH.contains(&arch))
}

/// The folders (with their `/`) of `files` that are copies of another
/// project (see the module documentation). `read` gives a tracked file's
/// text; `own` holds the names (lower case) this repository goes by.
pub fn upstream_copies(
    files: &[String],
    read: impl Fn(&str) -> Option<String>,
    own: &HashSet<String>,
) -> Vec<String> {
    let licensed: HashSet<&str> = files
        .iter()
        .filter_map(|f| f.rsplit_once('/'))
        .filter(|(_, name)| license_file(name))
        .map(|(dir, _)| dir)
        .collect();
    let charts: HashSet<&str> = files
        .iter()
        .filter_map(|f| f.strip_suffix("/Chart.yaml"))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for f in files {
        let Some((dir, name)) = f.rsplit_once('/') else {
            continue;
        };
        if !name.eq_ignore_ascii_case("readme.md") || !licensed.contains(dir) {
            continue;
        }
        let folder = dir.rsplit('/').next().unwrap_or(dir);
        let Some(text) = read(f) else {
            continue;
        };
        // A Helm chart this repository packages is its own, whatever its
        // README links (its helm-docs README gives the app's homepage).
        if charts.contains(dir) {
            continue;
        }
        let copied = github_repos(&text)
            .iter()
            .any(|repo| !own.contains(repo) && (named_for(folder, repo) || platform(folder)));
        if copied {
            out.push(format!("{dir}/"));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The folders (with their `/`) that goneat's `ssot sync` fills from another
/// repository (see the module documentation): an output folder of a source
/// its provenance records with a `repo_url`, named for that source, that
/// holds tracked files. `read` gives a tracked file's text.
pub fn ssot_mirrors(files: &[String], read: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut out = Vec::new();
    for f in files {
        if f != ".goneat/ssot/provenance.json" && !per_source_metadata(f) {
            continue;
        }
        let sources = read(f).map(|t| ssot_sources(&t)).unwrap_or_default();
        for (names, folders) in sources {
            for folder in folders {
                let folder = folder.trim_matches('/');
                let last = folder.rsplit('/').next().unwrap_or(folder);
                if folder.is_empty() || !names.iter().any(|n| named_for(last, n)) {
                    continue;
                }
                let prefix = format!("{folder}/");
                if files.iter().any(|p| p.starts_with(&prefix)) {
                    out.push(prefix.clone());
                }
                // A build step's copy of the mirror, kept for embedding
                // (`internal/assets/embedded_schemas/schemas/crucible-go/`),
                // is the mirror again.
                let inner = format!("/{prefix}");
                for p in files {
                    if let Some(at) = p.find(&inner) {
                        out.push(p[..at + inner.len()].to_string());
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `.<slug>/metadata/metadata.yaml`: goneat's per-source provenance mirror.
fn per_source_metadata(path: &str) -> bool {
    path.strip_suffix("/metadata/metadata.yaml")
        .is_some_and(|dir| dir.starts_with('.') && dir.len() > 1 && !dir.contains('/'))
}

/// A source of a goneat provenance record: the names it goes by (`name`,
/// `slug`, lower case) and the folders of its `outputs`.
type SsotSource = (Vec<String>, Vec<String>);

/// The sources of a goneat provenance record that name a `repo_url`: the
/// per-source `metadata.yaml`, or `.goneat/ssot/provenance.json` (JSON is
/// YAML, and is read as such).
fn ssot_sources(text: &str) -> Vec<SsotSource> {
    use yaml_rust2::{Yaml, YamlLoader};
    let Ok(docs) = YamlLoader::load_from_str(text) else {
        return Vec::new();
    };
    let Some(doc) = docs.first() else {
        return Vec::new();
    };
    let schema = doc["schema"]["name"].as_str().unwrap_or("");
    if !schema.starts_with("goneat.ssot.") {
        return Vec::new();
    }
    let Some(sources) = doc["sources"].as_vec() else {
        return Vec::new();
    };
    sources
        .iter()
        .filter(|s| s["repo_url"].as_str().is_some_and(|u| !u.trim().is_empty()))
        .map(|s| {
            let names = ["name", "slug"]
                .iter()
                .filter_map(|k| s[*k].as_str())
                .filter(|n| !n.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            let folders = match &s["outputs"] {
                Yaml::Hash(h) => h
                    .values()
                    .filter_map(|f| f.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            (names, folders)
        })
        .collect()
}

/// The folders (with their `/`) of `files` that are published skills copied
/// into an agent's dot-folder (see the module documentation): a `SKILL.md`
/// in `<…>/.<agent>/skills/<name>/` whose front matter's `license:` names a
/// license file that stands beside it. `read` gives a tracked file's text.
pub fn licensed_skills(files: &[String], read: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let listed: HashSet<&str> = files.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for f in files {
        let Some(folder) = f.strip_suffix("/SKILL.md") else {
            continue;
        };
        let segs: Vec<&str> = folder.split('/').collect();
        let n = segs.len();
        if n < 3 || segs[n - 2] != "skills" || !segs[..n - 2].iter().any(|s| s.starts_with('.')) {
            continue;
        }
        let Some(text) = read(f) else {
            continue;
        };
        if scraped_docs(&text) && has_references(&listed, folder) {
            out.push(format!("{folder}/"));
            continue;
        }
        let Some(license) = front_matter_license(&text) else {
            continue;
        };
        let named = listed.iter().any(|p| {
            p.strip_prefix(folder)
                .and_then(|rest| rest.strip_prefix('/'))
                .is_some_and(|name| {
                    !name.contains('/') && license_file(name) && license.contains(name)
                })
        });
        if named {
            out.push(format!("{folder}/"));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a `SKILL.md` says Skill Seekers wrote it from a documentation
/// site (`Comprehensive assistance with Tauri development, generated from
/// official documentation.`): its `references/` are scraped pages.
fn scraped_docs(text: &str) -> bool {
    text.lines().any(|l| {
        l.contains("Comprehensive assistance with")
            && l.contains("generated from official documentation")
    })
}

/// Whether `folder` holds a tracked file under its `references/` folder.
fn has_references(listed: &HashSet<&str>, folder: &str) -> bool {
    let prefix = format!("{folder}/references/");
    listed.iter().any(|p| p.starts_with(&prefix))
}

/// The value of the `license:` key of a document's YAML front matter.
fn front_matter_license(text: &str) -> Option<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return None;
        }
        if let Some(value) = line.strip_prefix("license:") {
            return Some(value.trim());
        }
    }
    None
}

/// The names this repository goes by: the last segment of its `origin`
/// remote's URL and its working folder's name, lower case.
pub fn own_names(origin: Option<&str>, workdir: Option<&std::path::Path>) -> HashSet<String> {
    let mut out = HashSet::new();
    if let Some(url) = origin {
        let last = url.trim_end_matches('/').rsplit(['/', ':']).next();
        if let Some(last) = last {
            out.insert(last.trim_end_matches(".git").to_ascii_lowercase());
        }
    }
    if let Some(name) = workdir.and_then(|w| w.file_name()).and_then(|n| n.to_str()) {
        out.insert(name.to_ascii_lowercase());
    }
    out.retain(|n| !n.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ssot_output_folder_named_for_its_source_is_a_copy() {
        let json = r#"{"schema":{"name":"goneat.ssot.provenance"},"sources":[{"name":"crucible","slug":"crucible","repo_url":"https://github.com/fulmenhq/crucible","outputs":{"doc":"docs/crucible-go","schema":"schemas/crucible-go","src":"src/pyfulmen"}}]}"#;
        let yaml = "schema:\n  name: goneat.ssot.source-metadata\nsources:\n  - name: crucible\n    repo_url: https://github.com/fulmenhq/crucible\n    outputs:\n      config: config/crucible-go\n      metadata: .crucible/metadata\n";
        let files = [
            (".goneat/ssot/provenance.json", json),
            (".crucible/metadata/metadata.yaml", yaml),
            ("docs/crucible-go/a.md", ""),
            ("config/crucible-go/b.md", ""),
            ("internal/assets/embedded/docs/crucible-go/a.md", ""),
            ("src/pyfulmen/c.md", ""),
            ("docs/own.md", ""),
        ];
        let list: Vec<String> = files.iter().map(|(f, _)| f.to_string()).collect();
        let read = |p: &str| {
            files
                .iter()
                .find(|(f, _)| *f == p)
                .map(|(_, t)| t.to_string())
        };
        assert_eq!(
            ssot_mirrors(&list, read),
            vec![
                "config/crucible-go/",
                "docs/crucible-go/",
                "internal/assets/embedded/docs/crucible-go/"
            ]
        );
        // Without the goneat schema name, or without `repo_url`, nothing.
        let other = json.replace("goneat.ssot.provenance", "x");
        let files2 = [
            (".goneat/ssot/provenance.json", other.as_str()),
            ("docs/crucible-go/a.md", ""),
        ];
        let list2: Vec<String> = files2.iter().map(|(f, _)| f.to_string()).collect();
        let read2 = |p: &str| {
            files2
                .iter()
                .find(|(f, _)| *f == p)
                .map(|(_, t)| t.to_string())
        };
        assert!(ssot_mirrors(&list2, read2).is_empty());
    }

    fn copies(files: &[(&str, &str)], own: &[&str]) -> Vec<String> {
        let list: Vec<String> = files.iter().map(|(f, _)| f.to_string()).collect();
        let own: HashSet<String> = own.iter().map(|s| s.to_string()).collect();
        upstream_copies(
            &list,
            |p| {
                files
                    .iter()
                    .find(|(f, _)| *f == p)
                    .map(|(_, t)| t.to_string())
            },
            &own,
        )
    }

    #[test]
    fn a_licensed_folder_whose_readme_names_its_upstream_is_a_copy() {
        let badge = "[![GoDoc](https://godoc.org/github.com/smallnest/ringbuffer?status.png)](http://godoc.org/github.com/smallnest/ringbuffer)";
        let typeshed = "See [typeshed](https://github.com/python/typeshed.git).";
        let files = [
            ("internal/ringbuffer/LICENSE", ""),
            ("internal/ringbuffer/README.md", badge),
            ("packages/x/typeshed-fallback/LICENSE", ""),
            ("packages/x/typeshed-fallback/README.md", typeshed),
            ("windows-amd64/LICENSE", ""),
            (
                "windows-amd64/README.md",
                "[Helm](https://github.com/helm/helm)",
            ),
        ];
        assert_eq!(
            copies(&files, &["minio"]),
            vec![
                "internal/ringbuffer/",
                "packages/x/typeshed-fallback/",
                "windows-amd64/"
            ]
        );
        // A chart the repository packages is its own (survey 83b); a
        // plugin's README linking its host is upstream's (ohmyzsh's
        // `plugins/kube-ps1/`).
        let readme = "**Homepage:** <https://github.com/max-rocket-internet/postgres-controller>\n\
                      Source: https://github.com/deliveryhero/helm-charts\n";
        let chart = [
            ("stable/postgres-controller/LICENSE", ""),
            ("stable/postgres-controller/Chart.yaml", ""),
            ("stable/postgres-controller/README.md", readme),
        ];
        assert_eq!(copies(&chart, &["helm-charts"]), Vec::<String>::new());
        assert_eq!(
            copies(
                &chart[..1]
                    .iter()
                    .chain(&chart[2..])
                    .copied()
                    .collect::<Vec<_>>(),
                &["helm-charts"]
            ),
            vec!["stable/postgres-controller/"]
        );
        assert!(platform("darwin-arm64") && platform("Linux-x86_64"));
        assert!(!platform("linux") && !platform("linux-tools") && !platform("amd64-linux"));
    }

    #[test]
    fn the_repository_own_folders_are_not_copies() {
        let files = [
            // No license file of its own.
            (
                "internal/ringbuffer/README.md",
                "github.com/smallnest/ringbuffer",
            ),
            // Licensed, but its README names the repository, not the folder.
            ("packages/vscode-pyright/LICENSE.txt", ""),
            (
                "packages/vscode-pyright/README.md",
                "github.com/microsoft/pyright",
            ),
            // Named for the repository itself.
            ("cli/LICENSE", ""),
            ("cli/README.md", "github.com/me/cli"),
            // A name that only starts alike.
            ("jstreamer/LICENSE", ""),
            ("jstreamer/README.md", "github.com/bcicen/jstream"),
            // A platform's folder of the repository's own release.
            ("dist/linux-amd64/LICENSE", ""),
            ("dist/linux-amd64/README.md", "github.com/me/cli"),
            // A platform's folder without a license: the project's own notes.
            ("linux-arm64/README.md", "github.com/helm/helm"),
        ];
        assert!(copies(&files, &["cli"]).is_empty());
    }

    #[test]
    fn a_published_skill_copied_into_a_dot_folder_is_a_copy() {
        let skill =
            "---\nname: mcp-builder\nlicense: Complete terms in LICENSE.txt\n---\n\n# MCP\n";
        let own = "---\nname: system-test\n---\n\n# Test\n";
        let files = [
            (".claude/skills/mcp-builder/SKILL.md", skill),
            (".claude/skills/mcp-builder/LICENSE.txt", ""),
            (".claude/skills/mcp-builder/reference/x.md", ""),
            // The repository's own skill: no license.
            (".claude/skills/system-test/SKILL.md", own),
            // Licensed, but its license file is not there.
            (".agents/skills/other/SKILL.md", skill),
            // A repository that publishes its skills.
            ("skills/mcp-builder/SKILL.md", skill),
            ("skills/mcp-builder/LICENSE.txt", ""),
        ];
        let list: Vec<String> = files.iter().map(|(f, _)| f.to_string()).collect();
        let found = licensed_skills(&list, |p| {
            files
                .iter()
                .find(|(f, _)| *f == p)
                .map(|(_, t)| t.to_string())
        });
        assert_eq!(found, vec![".claude/skills/mcp-builder/"]);
    }

    #[test]
    fn own_names_come_from_the_remote_and_the_folder() {
        let names = own_names(
            Some("git@github.com:Me/Tool.git"),
            Some(std::path::Path::new("/src/tool-checkout")),
        );
        assert!(names.contains("tool") && names.contains("tool-checkout"));
    }
}
