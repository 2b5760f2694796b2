//! The top-level modules of `src/` must not import each other in a cycle: data flows
//! one way (source → document → rules → findings/edits → report | fix; cli at the top).
//!
//! The graph is read from the source text: module `a` depends on module `b` when a
//! file of `a` (`src/a.rs` or `src/a/**.rs`) names `crate::b` in code — a `use`
//! line, a `crate::{b, …}` group or an inline path. Comments (doc links included)
//! and `#[cfg(test)] mod tests` blocks at the end of a file are left out: tests may
//! reach upwards. Cycles that predate this check are listed in
//! [`KNOWN_BACK_EDGES`] with what they are waiting for; the test fails when a new
//! cycle appears, and when a listed edge is gone (so the list only shrinks).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Edges that still close a cycle, each one to remove. With these taken out, the
/// graph must be acyclic.
const KNOWN_BACK_EDGES: &[(&str, &str)] = &[
    // `Vocabulary::new` reads the `[status]` configuration, and `Config::parse`
    // validates aliases against the vocabulary.
    ("config", "vocabulary"),
    // `CheckResult` and `FileResult` live in the engine, which reports use.
    ("engine", "report"),
    ("engine", "baseline"),
    // History defers `citation/stale` requests, typed by that rule.
    ("history", "rules"),
    // `citation/stale` reads suppression comments; suppression checks rule IDs.
    ("suppress", "rules"),
];

fn modules(src: &Path) -> BTreeMap<String, Vec<PathBuf>> {
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(src) else {
        panic!("cannot read {}", src.display());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut files = Vec::new();
            collect(&path, &mut files);
            out.insert(name, files);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            if stem != "lib" && stem != "main" {
                out.insert(stem.to_string(), vec![path]);
            }
        }
    }
    out
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, files);
        } else if p.extension().is_some_and(|e| e == "rs") {
            files.push(p);
        }
    }
}

/// The code of a file without comments and without its trailing test module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|l| match l.trim_start().starts_with("//") {
            true => "",
            false => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules(src);
    let path = regex::Regex::new(r"crate::(\w+)").expect("regex");
    let group = regex::Regex::new(r"crate::\{([^}]*)\}").expect("regex");
    let mut g = BTreeMap::new();
    for (m, files) in &mods {
        let mut deps = BTreeSet::new();
        for f in files {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            let code = code(&text);
            let mut names: Vec<String> = path
                .captures_iter(&code)
                .map(|c| c[1].to_string())
                .collect();
            for c in group.captures_iter(&code) {
                names.extend(c[1].split(',').filter_map(|item| {
                    let head = item.trim().split("::").next()?.trim();
                    Some(head.to_string())
                }));
            }
            deps.extend(names.into_iter().filter(|n| n != m && mods.contains_key(n)));
        }
        g.insert(m.clone(), deps);
    }
    g
}

/// A cycle in `g`, if there is one (depth-first search).
fn find_cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        v: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(v.to_string(), 1);
        stack.push(v.to_string());
        for w in g.get(v).into_iter().flatten() {
            match state.get(w.as_str()).copied().unwrap_or(0) {
                0 => {
                    if let Some(c) = visit(w, g, state, stack) {
                        return Some(c);
                    }
                }
                1 => {
                    let from = stack.iter().position(|s| s == w).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(w.clone());
                    return Some(cycle);
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(v.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for v in g.keys() {
        if state.get(v.as_str()).copied().unwrap_or(0) == 0 {
            let mut stack = Vec::new();
            if let Some(c) = visit(v, g, &mut state, &mut stack) {
                return Some(c);
            }
        }
    }
    None
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn top_level_modules_form_no_new_cycle() {
    let mut g = graph(&src());
    for (a, b) in KNOWN_BACK_EDGES {
        let removed = g.get_mut(*a).is_some_and(|deps| deps.remove(*b));
        assert!(
            removed,
            "`{a}` no longer uses `{b}`: remove ({a:?}, {b:?}) from KNOWN_BACK_EDGES"
        );
    }
    if let Some(cycle) = find_cycle(&g) {
        panic!(
            "import cycle between top-level modules: {}\n  help: move the shared type down to where the data comes from (source → document → rules → findings/edits → report | fix; cli at the top)",
            cycle.join(" → ")
        );
    }
}

/// The two cycles removed for issue 12 stay removed, named for a clear message.
#[test]
fn fix_does_not_use_cli_and_config_does_not_use_rules() {
    let g = graph(&src());
    assert!(!g["fix"].contains("cli"), "fix uses cli");
    assert!(!g["config"].contains("rules"), "config uses rules");
    assert!(!g["diagnostic"].contains("rules"), "diagnostic uses rules");
}

/// The checker itself finds a cycle and reads the three forms of a path.
#[test]
fn checker_sees_paths_groups_and_cycles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path();
    std::fs::write(src.join("lib.rs"), "pub mod a; pub mod b; pub mod c;").expect("write");
    std::fs::write(
        src.join("a.rs"),
        "use crate::b::X;\n// crate::c in a comment\n",
    )
    .expect("write");
    std::fs::create_dir(src.join("b")).expect("mkdir");
    std::fs::write(src.join("b/mod.rs"), "use crate::{c::Y, a};\n").expect("write");
    std::fs::write(
        src.join("c.rs"),
        "fn f() { crate::a::g() }\n#[cfg(test)]\nmod tests { use crate::b; }\n",
    )
    .expect("write");
    let g = graph(src);
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(g["a"], set(&["b"]));
    assert_eq!(g["b"], set(&["a", "c"]));
    assert_eq!(g["c"], set(&["a"]));
    let cycle = find_cycle(&g).expect("a cycle");
    assert_eq!(cycle.first(), cycle.last());
}
