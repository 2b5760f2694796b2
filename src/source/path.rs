//! Lexical path handling for repository-relative paths (always `/`-separated).

/// Normalises a repository-relative path: drops `.` and empty segments and
/// applies `..`. Returns `None` when the path climbs above the repository root.
pub fn normalize(path: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            s => out.push(s),
        }
    }
    Some(out.join("/"))
}

/// Joins `rel` onto the repository folder `base` ("" for the root) and normalises.
/// A `rel` starting with `/` is taken from the repository root.
pub fn join_relative(base: &str, rel: &str) -> Option<String> {
    if let Some(stripped) = rel.strip_prefix('/') {
        return normalize(stripped);
    }
    if base.is_empty() {
        normalize(rel)
    } else {
        normalize(&format!("{base}/{rel}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes() {
        assert_eq!(normalize("a/./b//c").as_deref(), Some("a/b/c"));
        assert_eq!(normalize("a/../b").as_deref(), Some("b"));
        assert_eq!(normalize("../x"), None);
        assert_eq!(normalize("a/../../x"), None);
        assert_eq!(normalize("").as_deref(), Some(""));
    }

    #[test]
    fn joins() {
        assert_eq!(join_relative("docs", "a.md").as_deref(), Some("docs/a.md"));
        assert_eq!(join_relative("docs", "../a.md").as_deref(), Some("a.md"));
        assert_eq!(join_relative("docs", "../../a.md"), None);
        assert_eq!(
            join_relative("docs/x", "/src/a.py").as_deref(),
            Some("src/a.py")
        );
        assert_eq!(join_relative("", "./b").as_deref(), Some("b"));
        assert_eq!(join_relative("docs", "../../../etc/passwd"), None);
    }
}
