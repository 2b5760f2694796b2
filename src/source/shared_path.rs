//! Paths of a listing kept in one text: a 100,000-file index holds its paths
//! in one allocation instead of 100,000, and the views made from it share
//! that text (a clone is a reference count and a range, not a copy).

use std::sync::{Arc, OnceLock};

/// One path: a range of a text shared with the other paths of its listing.
#[derive(Clone)]
pub struct SharedPath {
    /// Set once the listing is complete ([`PathsBuilder::finish`]).
    text: Arc<OnceLock<String>>,
    start: u32,
    end: u32,
}

impl SharedPath {
    /// A path with a text of its own.
    pub fn own(path: String) -> SharedPath {
        let Ok(end) = u32::try_from(path.len()) else {
            return SharedPath::own(String::new());
        };
        SharedPath {
            text: Arc::new(OnceLock::from(path)),
            start: 0,
            end,
        }
    }
}

impl SharedPath {
    /// The whole text this path is a range of (shared with the other paths
    /// of its listing), and where in it the path lies.
    pub fn in_text(&self) -> (&Arc<OnceLock<String>>, usize, usize) {
        (&self.text, self.start as usize, self.end as usize)
    }
}

#[cfg(test)]
impl SharedPath {
    /// Whether the two are the same range of the same text (shared, not copied).
    pub fn is_shared_with(&self, other: &SharedPath) -> bool {
        Arc::ptr_eq(&self.text, &other.text) && (self.start, self.end) == (other.start, other.end)
    }
}

impl std::ops::Deref for SharedPath {
    type Target = str;
    fn deref(&self) -> &str {
        self.text
            .get()
            .and_then(|t| t.get(self.start as usize..self.end as usize))
            .unwrap_or("")
    }
}

impl std::fmt::Debug for SharedPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for SharedPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq for SharedPath {
    fn eq(&self, other: &SharedPath) -> bool {
        **self == **other
    }
}

impl Eq for SharedPath {}

impl PartialOrd for SharedPath {
    fn partial_cmp(&self, other: &SharedPath) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedPath {
    fn cmp(&self, other: &SharedPath) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

/// Builds the paths of one listing in one text. Paths pushed read as empty
/// until [`PathsBuilder::finish`].
pub struct PathsBuilder {
    text: String,
    cell: Arc<OnceLock<String>>,
}

impl PathsBuilder {
    /// A builder for about `bytes` bytes of paths.
    pub fn with_capacity(bytes: usize) -> PathsBuilder {
        PathsBuilder {
            text: String::with_capacity(bytes),
            cell: Arc::new(OnceLock::new()),
        }
    }

    pub fn push(&mut self, path: &str) -> SharedPath {
        let start = self.text.len();
        match (u32::try_from(start), u32::try_from(start + path.len())) {
            (Ok(start), Ok(end)) => {
                self.text.push_str(path);
                SharedPath {
                    text: Arc::clone(&self.cell),
                    start,
                    end,
                }
            }
            // Past 4 GiB of paths: a text of its own.
            _ => SharedPath::own(path.to_string()),
        }
    }

    /// Completes the listing: its paths read as pushed from now on.
    pub fn finish(self) {
        let _ = self.cell.set(self.text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_pushed_once_finished() {
        let mut b = PathsBuilder::with_capacity(4);
        let a = b.push("a/b.md");
        let c = b.push("");
        let d = b.push("dé.md");
        assert_eq!(&*a, "");
        b.finish();
        assert_eq!((&*a, &*c, &*d), ("a/b.md", "", "dé.md"));
        assert!(a < d && c < a);
        assert_eq!(SharedPath::own("x".into()).to_string(), "x");
        assert_eq!(format!("{d:?}"), "\"dé.md\"");
    }
}
