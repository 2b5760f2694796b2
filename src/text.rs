//! Bounded views of text: the first or last bytes of a string, cut at a
//! character boundary. Rules that read around a reference look only this far
//! (a document of one 10 MB line must not be scanned once per reference).

/// The first `max` bytes of `s` at most, ending on a character boundary.
pub fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The last `max` bytes of `s` at most, starting on a character boundary.
pub fn tail(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_on_character_boundaries() {
        let s = "aé€b";
        assert_eq!(head(s, 2), "a");
        assert_eq!(head(s, 3), "aé");
        assert_eq!(head(s, 100), s);
        assert_eq!(tail(s, 2), "b");
        assert_eq!(tail(s, 4), "€b");
        assert_eq!(tail(s, 0), "");
        assert_eq!(head("", 5), "");
    }
}
