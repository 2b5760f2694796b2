//! Applying edits: byte ranges against the original text, checked for
//! overlap and applied in one pass. The text between edits is copied.

use crate::diagnostic::Edit;

/// Sorts `edits`, drops exact duplicates, and keeps the first of any two that
/// overlap (the other is retried on the next pass). Returns (kept, deferred).
pub fn select(mut edits: Vec<Edit>) -> (Vec<Edit>, usize) {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    edits.dedup();
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    let mut deferred = 0;
    for e in edits {
        match kept.last() {
            // Two insertions at one point, or a range that starts inside the previous one.
            Some(last)
                if e.range.start < last.range.end
                    || (e.range.start == last.range.start && e.range.start == e.range.end) =>
            {
                deferred += 1;
            }
            _ => kept.push(e),
        }
    }
    (kept, deferred)
}

/// Applies sorted, non-overlapping edits to `text`.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut pos = 0;
    for e in edits {
        if e.range.start < pos
            || e.range.end > text.len()
            || !text.is_char_boundary(e.range.start)
            || !text.is_char_boundary(e.range.end)
        {
            continue;
        }
        out.push_str(&text[pos..e.range.start]);
        out.push_str(&e.replacement);
        pos = e.range.end;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Safety;

    #[test]
    fn applies_and_defers_overlaps() {
        let t = "abcdef";
        let (kept, deferred) = select(vec![
            Edit::new(3..4, "X", Safety::Safe),
            Edit::new(0..2, "YY", Safety::Safe),
            Edit::new(1..3, "Z", Safety::Safe),
        ]);
        assert_eq!(deferred, 1);
        assert_eq!(apply(t, &kept), "YYcXef");
    }
}
