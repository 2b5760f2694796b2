//! "Did you mean": the closest of some candidates to a word that names nothing
//! (a rule ID, a status class, an anchor). At the bottom of the module graph so
//! that configuration, suppression comments and rules can all use it.

/// The closest candidate by edit distance, if it is close enough.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    let limit = (word.chars().count() / 3).max(2);
    let wlen = word.len();
    let hist = |s: &str| {
        let mut h = [0i32; 32];
        for b in s.bytes() {
            h[(b & 31) as usize] += 1;
        }
        h
    };
    let wh = hist(word);
    for c in candidates {
        // Lengths that differ by more than the limit cannot be close.
        if c.len().abs_diff(wlen) > limit {
            continue;
        }
        // Nor can byte histograms that differ by more than twice the limit
        // (each edit changes at most two buckets by one).
        let ch = hist(c);
        let diff: i32 = wh.iter().zip(&ch).map(|(a, b)| (a - b).abs()).sum();
        if diff as usize > 2 * limit {
            continue;
        }
        let d = levenshtein_bounded(word.as_bytes(), c.as_bytes(), limit);
        if d <= limit && best.is_none_or(|(bd, bc)| d < bd || (d == bd && c < bc)) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Edit distance over bytes, giving up (`usize::MAX`) once it exceeds `limit`.
pub fn levenshtein_bounded(a: &[u8], b: &[u8], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return usize::MAX;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return usize::MAX;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}
