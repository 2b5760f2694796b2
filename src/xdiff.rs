//! git's line diff (xdiff, as vendored in libgit2), called for its hunks alone.
//!
//! `git2::Patch::from_buffers` runs the same `xdl_diff`, but first hashes both
//! buffers into object ids (SHA-1 with collision detection) and sets up a
//! diff delta around them: on a repository whose cited scripts changed
//! thousands of times, the hashing alone was a fifth of the run's CPU time
//! (issue 12). Here `xdl_diff` is given the two buffers and a hunk callback,
//! with the parameters libgit2 gives it for `DiffOptions::context_lines(0)`
//! and nothing else set (Myers, no white space flags, no inter-hunk context),
//! so the hunks are those of the patch (a test compares them).
//!
//! `xdl_diff` is a symbol of the libgit2 that `libgit2-sys` builds and links
//! statically (its `vendored` feature, in Cargo.toml); its structures are
//! declared in `libgit2/deps/xdiff/xdiff.h` of that crate, and it allocates
//! through libgit2's allocator (`libgit2_sys::init` sets it up).

use std::ffi::{c_char, c_int, c_long, c_ulong, c_void};

/// `mmfile_t`: a buffer xdiff reads (it does not write to it).
#[repr(C)]
struct MmFile {
    ptr: *const c_char,
    size: c_long,
}

/// `xpparam_t`: the diff's parameters (flags 0: Myers, lines compared whole).
#[repr(C)]
struct XpParam {
    flags: c_ulong,
    ignore_regex: *mut *mut c_void,
    ignore_regex_nr: usize,
    anchors: *mut *mut c_char,
    anchors_nr: usize,
}

type HunkFunc = unsafe extern "C" fn(c_long, c_long, c_long, c_long, *mut c_void) -> c_int;

/// `xdemitconf_t`: with `hunk_func` set, xdiff reports each hunk's ranges
/// to it and emits no lines.
#[repr(C)]
struct XdEmitConf {
    ctxlen: c_long,
    interhunkctxlen: c_long,
    flags: c_ulong,
    find_func: Option<unsafe extern "C" fn()>,
    find_func_priv: *mut c_void,
    hunk_func: Option<HunkFunc>,
}

/// `xdemitcb_t`: only `priv` is read when `hunk_func` is set.
#[repr(C)]
struct XdEmitCb {
    priv_: *mut c_void,
    out_hunk: Option<unsafe extern "C" fn()>,
    out_line: Option<unsafe extern "C" fn()>,
}

unsafe extern "C" {
    fn xdl_diff(
        mf1: *const MmFile,
        mf2: *const MmFile,
        xpp: *const XpParam,
        xecfg: *const XdEmitConf,
        ecb: *mut XdEmitCb,
    ) -> c_int;
}

/// The largest buffer libgit2 diffs (`GIT_XDIFF_MAX_SIZE`).
const MAX_SIZE: usize = 1024 * 1024 * 1023;

/// Why two buffers were not diffed.
#[derive(Debug, thiserror::Error)]
pub enum XdiffError {
    #[error("a file of more than 1 GiB is not diffed")]
    TooLarge,
    #[error("the line diff failed (out of memory)")]
    Failed,
}

/// The hunks of the diff of `old` and `new`, with no context:
/// `(old_start, old_lines, new_start, new_lines)`, numbered as a unified
/// diff's hunk header (`@@ -old_start,old_lines +new_start,new_lines @@`:
/// 1-based, and the line before the hunk when it has no lines on that side).
pub fn hunks(old: &[u8], new: &[u8]) -> Result<Vec<(u32, u32, u32, u32)>, XdiffError> {
    if old.len() > MAX_SIZE || new.len() > MAX_SIZE {
        return Err(XdiffError::TooLarge);
    }
    let file = |b: &[u8]| MmFile {
        ptr: b.as_ptr().cast(),
        // At most MAX_SIZE: fits.
        size: b.len() as c_long,
    };
    let (a, b) = (file(old), file(new));
    let params = XpParam {
        flags: 0,
        ignore_regex: std::ptr::null_mut(),
        ignore_regex_nr: 0,
        anchors: std::ptr::null_mut(),
        anchors_nr: 0,
    };
    let conf = XdEmitConf {
        ctxlen: 0,
        interhunkctxlen: 0,
        flags: 0,
        find_func: None,
        find_func_priv: std::ptr::null_mut(),
        hunk_func: Some(push_hunk),
    };
    let mut out: Vec<(u32, u32, u32, u32)> = Vec::new();
    // xdiff allocates through libgit2's allocator, set up by its init.
    libgit2_sys::init();
    let mut cb = XdEmitCb {
        priv_: (&raw mut out).cast(),
        out_hunk: None,
        out_line: None,
    };
    // SAFETY: the structures are laid out as `xdiff.h` declares them; the
    // buffers outlive the call and xdiff only reads them; `hunk_func` is
    // given `priv_`, the `Vec` above, which nothing else touches meanwhile.
    let rc = unsafe { xdl_diff(&a, &b, &params, &conf, &mut cb) };
    if rc < 0 {
        return Err(XdiffError::Failed);
    }
    Ok(out)
}

/// xdiff's hunk callback: 0-based first lines and counts, pushed as a hunk
/// header numbers them.
unsafe extern "C" fn push_hunk(
    start_a: c_long,
    count_a: c_long,
    start_b: c_long,
    count_b: c_long,
    data: *mut c_void,
) -> c_int {
    // SAFETY: `data` is the `priv_` given above: a live, exclusive `Vec`.
    let out = unsafe { &mut *data.cast::<Vec<(u32, u32, u32, u32)>>() };
    let header = |start: c_long, count: c_long| {
        let start = if count == 0 { start } else { start + 1 };
        (
            u32::try_from(start).unwrap_or(u32::MAX),
            u32::try_from(count).unwrap_or(u32::MAX),
        )
    };
    let (os, ol) = header(start_a, count_a);
    let (ns, nl) = header(start_b, count_b);
    out.push((os, ol, ns, nl));
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patch_hunks(old: &[u8], new: &[u8]) -> Vec<(u32, u32, u32, u32)> {
        let mut opts = git2::DiffOptions::new();
        opts.context_lines(0).force_text(true);
        let patch = git2::Patch::from_buffers(old, None, new, None, Some(&mut opts)).unwrap();
        (0..patch.num_hunks())
            .filter_map(|i| patch.hunk(i).ok())
            .map(|(h, _)| (h.old_start(), h.old_lines(), h.new_start(), h.new_lines()))
            .collect()
    }

    /// The hunks are libgit2's patch's, on texts of few distinct lines (where
    /// a diff has most choices to make), long and short, with and without a
    /// line end after the last line, empty ones included.
    const LINES: [&[u8]; 7] = [b"a", b"}", b"", b"b c", b"x", b"\tq", b"z"];

    #[test]
    fn hunks_are_those_of_libgit2s_patch() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut compared = 0;
        for round in 0..3000 {
            let kinds = 2 + next(5);
            let len = if round % 10 == 0 { 400 } else { 25 };
            let mut text = || {
                let n = next(len);
                let mut t = Vec::new();
                for i in 0..n {
                    t.extend_from_slice(LINES[next(kinds)]);
                    if i + 1 < n || next(4) > 0 {
                        t.push(b'\n');
                    }
                }
                t
            };
            let old = text();
            // Half the pairs: an edit of the old text, as commits make them.
            let new = if round % 2 == 0 {
                text()
            } else {
                let mut lines: Vec<&[u8]> = old.split_inclusive(|&b| b == b'\n').collect();
                for _ in 0..1 + next(4) {
                    let at = next(lines.len() + 1);
                    match next(3) {
                        0 if at < lines.len() => {
                            lines.remove(at);
                        }
                        1 => lines.insert(at, b"x\n"),
                        _ => lines.insert(at, b"}\n"),
                    }
                }
                lines.concat()
            };
            assert_eq!(
                hunks(&old, &new).unwrap(),
                patch_hunks(&old, &new),
                "{:?} → {:?}",
                String::from_utf8_lossy(&old),
                String::from_utf8_lossy(&new)
            );
            compared += usize::from(old != new);
        }
        assert!(compared > 2500, "{compared}");
        assert_eq!(hunks(b"", b"").unwrap(), vec![]);
        assert_eq!(hunks(b"", b"a\n").unwrap(), vec![(0, 0, 1, 1)]);
        assert_eq!(hunks(b"a\nb\n", b"a\n").unwrap(), vec![(2, 1, 1, 0)]);
    }
}
