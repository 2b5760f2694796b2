//! The `checkmark` binary: parse the command line, run, exit with its code.

use clap::Parser;

// Many small allocations (spans, paths, messages) across two threads: mimalloc
// is markedly faster than the system allocator here. (The `system-alloc`
// feature leaves it out, for heap profilers that hook malloc.)
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_e` (15 in
/// both the v3 and the v2 `mimalloc.h`), which `libmimalloc-sys` does not name.
#[cfg(not(feature = "system-alloc"))]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// The purge delay's defaults, in milliseconds: mimalloc v3 (what
/// `libmimalloc-sys` builds by default) and v2.
#[cfg(not(feature = "system-alloc"))]
const MI_DEFAULT_PURGE_DELAYS: [std::os::raw::c_long; 2] = [1000, 10];

/// Memory the run frees goes back to the system at once, not a second later
/// (v3's default; 10 ms in v2): a table of a million rows peaked at 204 MiB
/// resident for 176 MiB that the system allocator needs for the same heap,
/// and at 176 MiB with this (the 21 MB realistic checklist 180 → 155 MiB),
/// with no CPU cost measured (issue 10). Set only when the option reads its
/// default: a `MIMALLOC_PURGE_DELAY` from the environment wins, and so does
/// a later mimalloc whose options are numbered otherwise.
#[cfg(not(feature = "system-alloc"))]
fn purge_freed_memory_at_once() {
    // SAFETY: plain option reads and writes of the linked mimalloc, made
    // before any other thread starts (its options are not thread safe).
    unsafe {
        if MI_DEFAULT_PURGE_DELAYS.contains(&libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY))
        {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
        }
    }
}

fn main() {
    #[cfg(not(feature = "system-alloc"))]
    purge_freed_memory_at_once();
    let cli = checkmark::cli::Cli::parse();
    std::process::exit(checkmark::cli::run(cli));
}
