//! A cache of the names each document contains, so that a commit that
//! changes a file nobody references is judged without reading every document.
//!
//! For every document blob the hook has read, a Bloom filter of its names:
//! the maximal runs of name characters (ASCII letters and digits, `_`, `-`,
//! `.`), each also without one trailing full stop (a sentence's end). A
//! document can name a changed path as a whole name (see `names_one`) only if
//! every run of name characters in that path's name is one of its names, so
//! a filter that lacks one proves the document does not name it; a filter
//! that has them all is confirmed by reading the document and searching it,
//! exactly as without the cache. The cache therefore changes how many
//! documents are read, never which are selected.
//!
//! The file, `checkmark/hook-names` in the git folder, is keyed by blob id (a
//! document's content, not its path), written whole to a temporary file and
//! renamed into place (concurrent runs each leave a complete file; the last
//! one wins), and carries a checksum: a file that is torn, of another format
//! version or otherwise wrong is ignored and rebuilt. A git folder that cannot
//! be written to costs only the cache.

use std::path::{Path, PathBuf};

use git2::Oid;

const MAGIC: &[u8; 16] = b"checkmark-names2";
const RECORD: usize = 32;
/// Bits per hash of a name; four hashes per name.
const BITS_PER_NAME: usize = 16;
const HASHES: u64 = 4;

/// Whether `b` is part of a name (the hook's whole-name test uses the same set).
pub(super) fn part_of_name(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// The runs of name characters in `s`.
fn runs(s: &[u8]) -> impl Iterator<Item = &[u8]> {
    s.split(|&b| !part_of_name(b)).filter(|r| !r.is_empty())
}

fn hash(name: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in name {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// splitmix64's finaliser: a second, independent-enough hash.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The bit positions of a name's hash in a filter of `bits` bits (a power of two).
fn positions(h: u64, bits: u64) -> impl Iterator<Item = u64> {
    let step = mix(h) | 1;
    (0..HASHES).map(move |i| h.wrapping_add(i.wrapping_mul(step)) & (bits - 1))
}

/// The Bloom filter of a document's names (u64 words, a power of two of them).
pub(super) fn filter_of(bytes: &[u8]) -> Vec<u64> {
    let mut hashes: Vec<u64> = Vec::new();
    for r in runs(bytes) {
        hashes.push(hash(r));
        if let Some(stripped) = r.strip_suffix(b".")
            && !stripped.is_empty()
        {
            hashes.push(hash(stripped));
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    let words = (hashes.len() * BITS_PER_NAME)
        .div_ceil(64)
        .next_power_of_two();
    let mut w = vec![0u64; words.max(1)];
    let bits = (w.len() * 64) as u64;
    for h in hashes {
        for p in positions(h, bits) {
            w[(p / 64) as usize] |= 1 << (p % 64);
        }
    }
    w
}

/// What to look for: the name hashes of each needle (None: a needle with no
/// run of name characters, which no filter can rule out).
pub(super) struct Query(Option<Vec<Vec<u64>>>);

impl Query {
    pub(super) fn new(needles: &[String]) -> Query {
        let mut all = Vec::new();
        for n in needles {
            let hs: Vec<u64> = runs(n.as_bytes()).map(hash).collect();
            if hs.is_empty() {
                return Query(None);
            }
            all.push(hs);
        }
        Query(Some(all))
    }

    /// Whether a document with this filter may name one of the needles.
    fn may_match(&self, words: &[u8]) -> bool {
        let Some(needles) = &self.0 else { return true };
        let bits = (words.len() * 8) as u64;
        if bits == 0 || !bits.is_power_of_two() {
            return true;
        }
        let has = |h: u64| {
            positions(h, bits).all(|p| {
                let word = (p / 64) as usize * 8;
                let w = u64::from_le_bytes(words[word..word + 8].try_into().unwrap_or([0xff; 8]));
                w & (1 << (p % 64)) != 0
            })
        };
        needles.iter().any(|hs| hs.iter().all(|&h| has(h)))
    }
}

/// The cache file as read: records sorted by blob id, then the filters.
pub(super) struct Cache {
    bytes: Vec<u8>,
    count: usize,
}

impl Cache {
    pub(super) fn path(git_dir: &Path) -> PathBuf {
        git_dir.join("checkmark").join("hook-names")
    }

    /// The cache in `git_dir`, if there is a valid one.
    pub(super) fn load(git_dir: &Path) -> Option<Cache> {
        let bytes = std::fs::read(Cache::path(git_dir)).ok()?;
        if bytes.len() < MAGIC.len() + 16 || &bytes[..MAGIC.len()] != MAGIC {
            return None;
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        if checksum(body).to_le_bytes() != sum {
            return None;
        }
        let count = usize::try_from(u64::from_le_bytes(
            body[MAGIC.len()..MAGIC.len() + 8].try_into().ok()?,
        ))
        .ok()?;
        let data = MAGIC.len() + 8 + count.checked_mul(RECORD)?;
        let body_len = body.len();
        if data > body_len || (body_len - data) % 8 != 0 {
            return None;
        }
        let cache = Cache { bytes, count };
        let words = (body_len - data) / 8;
        let mut last: Option<&[u8]> = None;
        for i in 0..count {
            let (oid, start, len) = cache.record(i)?;
            if start.checked_add(len)? > words || last.is_some_and(|l| l >= oid) {
                return None;
            }
            last = Some(oid);
        }
        Some(cache)
    }

    /// Record `i`: (blob id bytes, first word, number of words).
    fn record(&self, i: usize) -> Option<(&[u8], usize, usize)> {
        let at = MAGIC.len() + 8 + i * RECORD;
        let r = self.bytes.get(at..at + RECORD)?;
        let word = |o: usize| u32::from_le_bytes([r[o], r[o + 1], r[o + 2], r[o + 3]]) as usize;
        Some((&r[..20], word(20), word(24)))
    }

    /// The filter of blob `oid` (its bytes), if cached.
    fn filter(&self, oid: Oid) -> Option<&[u8]> {
        let key = oid.as_bytes();
        let (mut lo, mut hi) = (0, self.count);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let (id, start, len) = self.record(mid)?;
            match id.cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let data = MAGIC.len() + 8 + self.count * RECORD;
                    return self.bytes.get(data + start * 8..data + (start + len) * 8);
                }
            }
        }
        None
    }

    /// Whether blob `oid` may name one of the query's needles; None when not cached.
    pub(super) fn may_match(&self, oid: Oid, q: &Query) -> Option<bool> {
        self.filter(oid).map(|f| q.may_match(f))
    }

    /// The cached filter of `oid` as words (to carry it into a new file).
    pub(super) fn words(&self, oid: Oid) -> Option<Vec<u64>> {
        let f = self.filter(oid)?;
        Some(
            f.chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect(),
        )
    }
}

/// A checksum of the file's content (against torn or damaged files, not
/// tampering). Four independent lanes of multiply-rotate over 8-byte words
/// (a change of any one word always changes its lane), mixed at the end:
/// a 5 MB file is summed in a fraction of the time one serial chain takes.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut lanes: [u64; 4] = [
        0x243f_6a88_85a3_08d3,
        0x1319_8a2e_0370_7344,
        0xa409_3822_299f_31d0,
        0x082e_fa98_ec4e_6c89,
    ];
    let mut blocks = bytes.chunks_exact(32);
    for b in &mut blocks {
        for (i, lane) in lanes.iter_mut().enumerate() {
            let at = 8 * i;
            let w = u64::from_le_bytes([
                b[at],
                b[at + 1],
                b[at + 2],
                b[at + 3],
                b[at + 4],
                b[at + 5],
                b[at + 6],
                b[at + 7],
            ]);
            *lane = (*lane ^ w).wrapping_mul(K).rotate_left(29);
        }
    }
    let mut h = lanes
        .iter()
        .fold(0u64, |h, &l| mix(h ^ mix(l)).rotate_left(17));
    for &b in blocks.remainder() {
        h = mix(h ^ u64::from(b));
    }
    h ^ bytes.len() as u64
}

/// Writes the filters of `entries` as the new cache (errors are ignored: a
/// cache that cannot be written is only a slower next run).
pub(super) fn store(git_dir: &Path, mut entries: Vec<(Oid, Vec<u64>)>) {
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    entries.dedup_by(|a, b| a.0 == b.0);
    let words: usize = entries.iter().map(|(_, w)| w.len()).sum();
    if u32::try_from(words).is_err() {
        return;
    }
    let mut out = Vec::with_capacity(MAGIC.len() + 16 + entries.len() * RECORD + words * 8);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(entries.len() as u64).to_le_bytes());
    let mut at = 0u32;
    for (oid, w) in &entries {
        out.extend_from_slice(oid.as_bytes());
        out.extend_from_slice(&at.to_le_bytes());
        out.extend_from_slice(&(w.len() as u32).to_le_bytes());
        out.extend_from_slice(&[0u8; 4]);
        at += w.len() as u32;
    }
    for (_, w) in &entries {
        for x in w {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
    let sum = checksum(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    let path = Cache::path(git_dir);
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!("hook-names.{}.{nanos}.tmp", std::process::id()));
    if std::fs::write(&tmp, &out).is_ok() && std::fs::rename(&tmp, &path).is_ok() {
        return;
    }
    let _ = std::fs::remove_file(&tmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn may(doc: &str, needle: &str) -> bool {
        let words = filter_of(doc.as_bytes());
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        Query::new(&[needle.to_string()]).may_match(&bytes)
    }

    #[test]
    fn a_filter_never_rules_out_a_name_the_document_has() {
        for (doc, needle) in [
            ("see `src/app.py`", "app.py"),
            ("edit app.py.", "app.py"),
            ("a [link](docs/my%20file.md)", "my%20file.md"),
            ("the file my file.md here", "my file.md"),
            ("见app.py", "app.py"),
            ("logs/run/", "run"),
        ] {
            assert!(may(doc, needle), "{doc} / {needle}");
        }
    }

    #[test]
    fn a_filter_rules_out_names_the_document_lacks() {
        // Bloom filters may say yes by chance; these small ones do not.
        for (doc, needle) in [("see myapp.py", "app.py"), ("run it", "walk.md")] {
            assert!(!may(doc, needle), "{doc} / {needle}");
        }
    }

    #[test]
    fn a_needle_without_name_characters_matches_everything() {
        assert!(may("nothing", "文档"));
    }

    #[test]
    fn every_flipped_bit_and_every_cut_changes_the_checksum() {
        let bytes: Vec<u8> = (0..77u32).map(|i| (i * 37 % 251) as u8).collect();
        let sum = checksum(&bytes);
        for i in 0..bytes.len() {
            for bit in 0..8 {
                let mut b = bytes.clone();
                b[i] ^= 1 << bit;
                assert_ne!(checksum(&b), sum, "byte {i} bit {bit}");
            }
            assert_ne!(checksum(&bytes[..i]), sum, "cut at {i}");
        }
    }

    #[test]
    fn the_cache_file_round_trips_and_refuses_damage() {
        let dir = tempfile::tempdir().unwrap();
        let a = Oid::from_str("1111111111111111111111111111111111111111").unwrap();
        let b = Oid::from_str("2222222222222222222222222222222222222222").unwrap();
        store(
            dir.path(),
            vec![(b, filter_of(b"walk.md")), (a, filter_of(b"app.py"))],
        );
        let cache = Cache::load(dir.path()).unwrap();
        let q = Query::new(&["app.py".to_string()]);
        assert_eq!(cache.may_match(a, &q), Some(true));
        assert_eq!(cache.may_match(b, &q), Some(false));
        let c = Oid::from_str("3333333333333333333333333333333333333333").unwrap();
        assert_eq!(cache.may_match(c, &q), None);
        let path = Cache::path(dir.path());
        let mut bytes = std::fs::read(&path).unwrap();
        let n = bytes.len();
        bytes[n / 2] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(
            Cache::load(dir.path()).is_none(),
            "a damaged file is ignored"
        );
        std::fs::write(&path, &bytes[..n - 3]).unwrap();
        assert!(Cache::load(dir.path()).is_none(), "a torn file is ignored");
    }
}
