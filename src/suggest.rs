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

/// Of several paths with the missing path's file name, the one nearest to
/// it: the one sharing the most leading folders with it (`docs/spec/v1/a.md`
/// for `docs/spec/a.md`, rather than `notes/a.md`), when exactly one shares
/// the most and it shares at least one. None when unsure, and when another
/// path shares more of its last folders (`scripts/x.sh` for
/// `tools/scripts/x.sh`, where `tools/tests/x.sh` shares the first). When
/// several share the most last folders, the one of them sharing the most
/// first folders stands for them, and must be the one sharing the most first
/// folders of all: for `pkg/src/docs/rules`, `pkg/src/rules` (another kind
/// of folder, source code) is not suggested over `pkg/docs/rules`, nor the
/// other way round.
pub fn nearest_path<'a>(
    missing: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    fn dirs(p: &str) -> Vec<&str> {
        p.rsplit_once('/')
            .map_or(Vec::new(), |(d, _)| d.split('/').collect())
    }
    let want = dirs(missing);
    let leading = |p: &str| {
        want.iter()
            .zip(dirs(p).iter())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let trailing = |p: &str| {
        want.iter()
            .rev()
            .zip(dirs(p).iter().rev())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let by_leading = unique_best(candidates.clone(), leading);
    let most = candidates.clone().map(trailing).max().unwrap_or(0);
    if most == 0 {
        return by_leading;
    }
    let mut tied = candidates.filter(|c| trailing(c) == most);
    let by_trailing = match (tied.next(), tied.next()) {
        (Some(t), None) => Some(t),
        (Some(a), Some(b)) => unique_best([a, b].into_iter().chain(tied), leading),
        _ => None,
    };
    match by_trailing {
        Some(t) if by_leading.is_some_and(|l| l != t) => None,
        t => t,
    }
}

/// The one candidate with the highest score, if that score is above zero
/// and no other candidate has it.
fn unique_best<'a>(
    candidates: impl Iterator<Item = &'a str>,
    score: impl Fn(&str) -> usize,
) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for c in candidates {
        let n = score(c);
        match best {
            Some((b, _)) if n < b => {}
            Some((b, _)) if n == b => tie = true,
            _ => {
                best = Some((n, c));
                tie = false;
            }
        }
    }
    match best {
        Some((n, c)) if n > 0 && !tie => Some(c),
        _ => None,
    }
}

/// Names sorted for "did you mean" look-ups (the entries of one folder): by
/// prefix with a binary search, and by edit distance with one walk that
/// shares the work of common prefixes and skips every name under a prefix
/// already too far (a trie walked over the sorted list), instead of comparing
/// the word with each name.
#[derive(Debug, Default)]
pub struct SortedNames {
    names: Vec<String>,
}

impl SortedNames {
    pub fn new(names: &[String]) -> SortedNames {
        let mut names = names.to_vec();
        names.sort();
        SortedNames { names }
    }

    /// The names that start with `prefix`, sorted.
    pub fn with_prefix(&self, prefix: &str) -> &[String] {
        let lo = self.names.partition_point(|n| n.as_str() < prefix);
        let n = self.names[lo..].partition_point(|n| n.starts_with(prefix));
        &self.names[lo..lo + n]
    }

    /// Every name other than `word` within `limit` edits of it (over bytes,
    /// as [`levenshtein_bounded`] counts), with its distance, in name order.
    pub fn within(&self, word: &str, limit: usize) -> Vec<(usize, &str)> {
        let w = word.as_bytes();
        let mut out = Vec::new();
        // rows[k]: the edit distances of the current name's first k bytes to
        // each prefix of `word`.
        let mut rows: Vec<Vec<usize>> = vec![(0..=w.len()).collect()];
        let mut prev: &[u8] = b"";
        let mut i = 0;
        while i < self.names.len() {
            let name = self.names[i].as_bytes();
            let common = prev
                .iter()
                .zip(name)
                .take_while(|(a, b)| a == b)
                .count()
                .min(rows.len() - 1);
            rows.truncate(common + 1);
            let mut pruned = None;
            for k in common..name.len() {
                let above = &rows[k];
                let mut cur = Vec::with_capacity(w.len() + 1);
                cur.push(k + 1);
                let mut row_min = k + 1;
                for (j, &c) in w.iter().enumerate() {
                    let d = (above[j] + usize::from(c != name[k]))
                        .min(above[j + 1] + 1)
                        .min(cur[j] + 1);
                    row_min = row_min.min(d);
                    cur.push(d);
                }
                rows.push(cur);
                if row_min > limit {
                    pruned = Some(k);
                    break;
                }
            }
            prev = name;
            match pruned {
                // No name under this prefix can come within the limit.
                Some(k) => {
                    let prefix = &name[..=k];
                    i += self.names[i..].partition_point(|n| n.as_bytes().starts_with(prefix));
                }
                None => {
                    let d = rows[name.len()][w.len()];
                    if d > 0 && d <= limit {
                        out.push((d, self.names[i].as_str()));
                    }
                    i += 1;
                }
            }
        }
        out
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_path_shares_the_most_folders_and_ties_say_nothing() {
        let c = [
            "meta-analysis/spec.md",
            "validators/documentation/validator-01/spec.md",
        ];
        assert_eq!(
            nearest_path("validators/documentation/spec.md", c.iter().copied()),
            Some("validators/documentation/validator-01/spec.md")
        );
        assert_eq!(nearest_path("other/spec.md", c.iter().copied()), None);
        let tied = ["docs/a/spec.md", "docs/b/spec.md"];
        assert_eq!(nearest_path("docs/spec.md", tied.iter().copied()), None);
        // The first folder and the last folder point at different files.
        let split = ["scripts/x.sh", "tools/tests/x.sh"];
        assert_eq!(
            nearest_path("tools/scripts/x.sh", split.iter().copied()),
            None
        );
        assert_eq!(
            nearest_path("app/scripts/x.sh", split.iter().copied()),
            Some("scripts/x.sh")
        );
        // Several share the last folder (`docs`); the one of them nearest by
        // the first folders is not the nearest of all (a source folder).
        let kinds = [
            "pkg/docs/rules",
            "pkg/src/rules",
            "other/docs/rules",
            "other/src/rules",
        ];
        assert_eq!(
            nearest_path("pkg/src/docs/rules", kinds.iter().copied()),
            None
        );
        assert_eq!(
            nearest_path("pkg/guide/docs/rules", kinds.iter().copied()),
            Some("pkg/docs/rules")
        );
    }

    /// The walk finds exactly what comparing with every name finds.
    #[test]
    fn sorted_names_within_matches_comparing_each() {
        let mut names: Vec<String> = Vec::new();
        for a in [
            "beta-readiness-",
            "prod-readiness-",
            "status-register-",
            "b",
            "",
            "é-",
        ] {
            for n in [0, 1, 7, 10, 11, 17, 70, 71, 100, 101, 111] {
                names.push(format!("{a}{n:05}.md"));
                names.push(format!("{a}{n}"));
            }
        }
        names.extend(
            ["a", "ab", "abc", "b.md", "README.md", "readme.md", "Ré.md"].map(String::from),
        );
        let index = SortedNames::new(&names);
        let words = [
            "beta-readiness-00010.md",
            "beta-readines-00010.md",
            "prod-readiness-0010.md",
            "status-register-00111.mdx",
            "b.mx",
            "abd",
            "é-00017.md",
            "Re.md",
            "",
            "zzzz",
        ];
        for word in words {
            for limit in 0..=3 {
                let mut brute: Vec<(usize, &str)> = names
                    .iter()
                    .filter(|s| s.as_str() != word)
                    .map(|s| {
                        (
                            levenshtein_bounded(word.as_bytes(), s.as_bytes(), limit),
                            s.as_str(),
                        )
                    })
                    .filter(|(d, _)| *d <= limit)
                    .collect();
                brute.sort();
                let mut fast = index.within(word, limit);
                fast.sort();
                assert_eq!(fast, brute, "{word} within {limit}");
            }
        }
        assert_eq!(index.with_prefix("b.").to_vec(), ["b.md"]);
        assert_eq!(index.with_prefix("beta-readiness-0001").len(), 3);
        assert!(index.with_prefix("zz").is_empty());
    }
}
