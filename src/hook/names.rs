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

use std::io::Read;
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
    pub(super) fn may_match(&self, words: &[u8]) -> bool {
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

/// What the cache says of the blobs asked about ([`look_up`]).
pub(super) struct Answers {
    /// Per blob: None when it is not cached, else whether it may name a needle.
    pub(super) may: Vec<Option<bool>>,
    /// Per blob, its cached filter (words), kept only when some blob asked
    /// is not cached: then a new file is written, and the cached filters go
    /// into it.
    pub(super) words: Vec<Option<Vec<u64>>>,
}

/// Where the cache file is, in `git_dir`.
pub(super) fn path(git_dir: &Path) -> PathBuf {
    git_dir.join("checkmark").join("hook-names")
}

/// How much of the filters is in memory at once: the file of a 5,000-document
/// repository is 5 MB, and a buffer of its size costs more in page faults
/// than the look-ups themselves.
const CHUNK: usize = 128 * 1024;

/// Answers from the cache in `git_dir` for each of `oids` (see [`Answers`]);
/// None when there is no valid cache. The file is read once, front to back,
/// a piece at a time: the header and the records (blob id, where its filter
/// is), then the filters, each looked at as it is read; its checksum is
/// summed on the way and compared at the end, before any answer is used.
pub(super) fn look_up(git_dir: &Path, q: &Query, oids: &[Oid]) -> Option<Answers> {
    let mut file = std::fs::File::open(path(git_dir)).ok()?;
    let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
    if len < MAGIC.len() + 16 {
        return None;
    }
    let body_len = len - 8;
    let mut sum = Checksum::default();
    let mut head = [0u8; MAGIC.len() + 8];
    file.read_exact(&mut head).ok()?;
    if &head[..MAGIC.len()] != MAGIC {
        return None;
    }
    sum.feed(&head);
    let count = usize::try_from(u64::from_le_bytes(head[MAGIC.len()..].try_into().ok()?)).ok()?;
    let data = MAGIC.len() + 8 + count.checked_mul(RECORD)?;
    if data > body_len || (body_len - data) % 8 != 0 {
        return None;
    }
    let words_total = (body_len - data) / 8;
    let mut records = vec![0u8; count * RECORD];
    file.read_exact(&mut records).ok()?;
    sum.feed(&records);
    let record = |i: usize| {
        let r = &records[i * RECORD..(i + 1) * RECORD];
        let word = |o: usize| u32::from_le_bytes([r[o], r[o + 1], r[o + 2], r[o + 3]]) as usize;
        (&r[..20], word(20), word(24))
    };
    for i in 0..count {
        let (oid, start, n) = record(i);
        if start.checked_add(n)? > words_total || (i > 0 && record(i - 1).0 >= oid) {
            return None;
        }
    }
    // Per blob asked, its record; then the blobs in the order of their filters.
    let found: Vec<Option<usize>> = oids
        .iter()
        .map(|o| {
            let key = o.as_bytes();
            let (mut lo, mut hi) = (0, count);
            while lo < hi {
                let mid = (lo + hi) / 2;
                match record(mid).0.cmp(key) {
                    std::cmp::Ordering::Less => lo = mid + 1,
                    std::cmp::Ordering::Greater => hi = mid,
                    std::cmp::Ordering::Equal => return Some(mid),
                }
            }
            None
        })
        .collect();
    let keep = found.iter().any(Option::is_none);
    let mut order: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(asked, r)| {
            let (_, start, n) = record((*r)?);
            Some((start * 8, n * 8, asked))
        })
        .collect();
    order.sort_unstable();
    let mut answers = Answers {
        may: vec![None; oids.len()],
        words: vec![None; if keep { oids.len() } else { 0 }],
    };
    // The window holds the filters' bytes up to `pos` (offsets from the
    // first filter), the next byte to read; `left` are still to be read.
    let mut window: Vec<u8> = Vec::with_capacity(CHUNK);
    let mut scratch: Vec<u8> = Vec::new();
    let mut pos = 0;
    let mut left = words_total * 8;
    let mut read = |buf: &mut [u8], sum: &mut Checksum| -> Option<()> {
        file.read_exact(buf).ok()?;
        sum.feed(buf);
        Some(())
    };
    for (start, n, asked) in order {
        if start + n > pos {
            if start > pos {
                // Bytes no filter asked about: read, summed, dropped.
                let mut skip = start - pos;
                scratch.resize(CHUNK.min(skip), 0);
                while skip > 0 {
                    let k = CHUNK.min(skip);
                    read(&mut scratch[..k], &mut sum)?;
                    skip -= k;
                }
                window.clear();
                left -= start - pos;
                pos = start;
            } else {
                // The bytes before this filter are needed by no later one.
                let begin = pos - window.len();
                window.drain(..start - begin);
            }
            let more = (start + n - pos).max(CHUNK).min(left);
            if pos + more < start + n {
                return None;
            }
            let old = window.len();
            window.resize(old + more, 0);
            read(&mut window[old..], &mut sum)?;
            pos += more;
            left -= more;
        }
        let at = start - (pos - window.len());
        let f = &window[at..at + n];
        answers.may[asked] = Some(q.may_match(f));
        if keep {
            answers.words[asked] = Some(
                f.chunks_exact(8)
                    .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                    .collect(),
            );
        }
    }
    // The rest of the file, for its checksum.
    let mut buf = vec![0u8; CHUNK.min(left)];
    while left > 0 {
        let n = CHUNK.min(left);
        file.read_exact(&mut buf[..n]).ok()?;
        sum.feed(&buf[..n]);
        left -= n;
    }
    let mut stored = [0u8; 8];
    file.read_exact(&mut stored).ok()?;
    if sum.finish().to_le_bytes() != stored {
        return None;
    }
    Some(answers)
}

/// A checksum of the file's content (against torn or damaged files, not
/// tampering). Four independent lanes of multiply-rotate over 8-byte words
/// (a change of any one word always changes its lane), mixed at the end:
/// a 5 MB file is summed in a fraction of the time one serial chain takes.
/// Fed in pieces of any size, as the file is read.
struct Checksum {
    lanes: [u64; 4],
    /// Bytes of a 32-byte block not complete yet.
    pending: [u8; 32],
    pending_len: usize,
    len: u64,
}

impl Default for Checksum {
    fn default() -> Checksum {
        Checksum {
            lanes: [
                0x243f_6a88_85a3_08d3,
                0x1319_8a2e_0370_7344,
                0xa409_3822_299f_31d0,
                0x082e_fa98_ec4e_6c89,
            ],
            pending: [0; 32],
            pending_len: 0,
            len: 0,
        }
    }
}

impl Checksum {
    fn block(&mut self, b: &[u8]) {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        for (i, lane) in self.lanes.iter_mut().enumerate() {
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

    fn feed(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.pending_len > 0 {
            let take = (32 - self.pending_len).min(bytes.len());
            self.pending[self.pending_len..self.pending_len + take].copy_from_slice(&bytes[..take]);
            self.pending_len += take;
            bytes = &bytes[take..];
            if self.pending_len < 32 {
                return;
            }
            let block = self.pending;
            self.block(&block);
            self.pending_len = 0;
        }
        let mut blocks = bytes.chunks_exact(32);
        for b in &mut blocks {
            self.block(b);
        }
        let rest = blocks.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.pending_len = rest.len();
    }

    fn finish(&self) -> u64 {
        let mut h = self
            .lanes
            .iter()
            .fold(0u64, |h, &l| mix(h ^ mix(l)).rotate_left(17));
        for &b in &self.pending[..self.pending_len] {
            h = mix(h ^ u64::from(b));
        }
        h ^ self.len
    }
}

/// [`Checksum`] of `bytes` at once.
fn checksum(bytes: &[u8]) -> u64 {
    let mut c = Checksum::default();
    c.feed(bytes);
    c.finish()
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
    crate::source::replace_file(&path(git_dir), &out);
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
    fn the_checksum_is_the_same_in_pieces() {
        let bytes: Vec<u8> = (0..301u32).map(|i| (i * 89 % 253) as u8).collect();
        let whole = checksum(&bytes);
        for cuts in [[0, 0], [1, 2], [31, 32], [33, 97], [100, 300], [5, 301]] {
            let mut c = Checksum::default();
            c.feed(&bytes[..cuts[0]]);
            c.feed(&bytes[cuts[0]..cuts[1]]);
            c.feed(&bytes[cuts[1]..]);
            assert_eq!(c.finish(), whole, "{cuts:?}");
        }
    }

    #[test]
    fn filters_larger_than_a_read_and_skipped_ones_are_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let oid = |b: u8| Oid::from_bytes(&[b; 20]).unwrap();
        // Names enough for filters of several reads each.
        let big = |tag: &str| -> Vec<u8> {
            (0..100_000)
                .map(|i| format!("{tag}{i} "))
                .collect::<String>()
                .into_bytes()
        };
        let (x, y) = (big("x"), big("y"));
        assert!(filter_of(&x).len() * 8 > CHUNK);
        store(
            dir.path(),
            vec![
                (oid(1), filter_of(&x)),
                (oid(2), filter_of(b"a.md")),
                (oid(3), filter_of(&y)),
            ],
        );
        let q = Query::new(&["y99999".to_string()]);
        let answers = look_up(dir.path(), &q, &[oid(3)]).unwrap();
        assert_eq!(answers.may, [Some(true)], "after skipping a large filter");
        let answers = look_up(dir.path(), &q, &[oid(3), oid(1), oid(9)]).unwrap();
        assert_eq!(answers.may, [Some(true), Some(false), None]);
        assert_eq!(answers.words[0], Some(filter_of(&y)));
        assert_eq!(answers.words[1], Some(filter_of(&x)));
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
        let q = Query::new(&["app.py".to_string()]);
        let c = Oid::from_str("3333333333333333333333333333333333333333").unwrap();
        let answers = look_up(dir.path(), &q, &[b, c, a, a]).unwrap();
        assert_eq!(answers.may, [Some(false), None, Some(true), Some(true)]);
        assert_eq!(
            answers.words,
            [
                Some(filter_of(b"walk.md")),
                None,
                Some(filter_of(b"app.py")),
                Some(filter_of(b"app.py"))
            ],
            "kept when a blob is not cached"
        );
        let answers = look_up(dir.path(), &q, &[b]).unwrap();
        assert_eq!(answers.may, [Some(false)]);
        assert!(answers.words.is_empty(), "not kept when all are cached");
        assert_eq!(look_up(dir.path(), &q, &[]).unwrap().may, []);
        let path = path(dir.path());
        let mut bytes = std::fs::read(&path).unwrap();
        let n = bytes.len();
        for at in [n / 2, 20, n - 9, n - 1] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 1;
            std::fs::write(&path, &damaged).unwrap();
            assert!(
                look_up(dir.path(), &q, &[a]).is_none(),
                "a damaged file is ignored ({at})"
            );
        }
        for cut in [n - 3, n - 8, 24, 3] {
            std::fs::write(&path, &bytes[..cut]).unwrap();
            assert!(
                look_up(dir.path(), &q, &[a]).is_none(),
                "a torn file is ignored ({cut})"
            );
        }
        bytes.push(0);
        std::fs::write(&path, &bytes).unwrap();
        assert!(
            look_up(dir.path(), &q, &[a]).is_none(),
            "a longer file is ignored"
        );
    }
}
