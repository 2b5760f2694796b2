//! A progress indicator on stderr for runs longer than a second, for a person
//! at a terminal only: never in machine formats, never with `--quiet`, never
//! when stderr is not a terminal (piped, redirected, CI logs).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

static WANTED: AtomicBool = AtomicBool::new(false);

/// Turns the indicator on for this run when `wanted` (a format for a person,
/// no `--quiet`) and stderr is a terminal.
pub fn enable(wanted: bool) {
    WANTED.store(wanted && std::io::stderr().is_terminal(), Ordering::Relaxed);
}

/// How long a run goes silently before the indicator appears
/// (`CHECKMARK_PROGRESS_AFTER_MS` overrides it, for tests).
fn delay() -> Duration {
    let ms = std::env::var("CHECKMARK_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    Duration::from_millis(ms)
}

/// One indicator; cleared when dropped. Hidden until the run has lasted the
/// delay, so short runs print nothing at all.
pub struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    after: Duration,
    shown: AtomicBool,
}

impl Progress {
    /// A bar over `len` files.
    pub fn files(len: usize) -> Progress {
        Progress::new(
            len as u64,
            "{spinner} checking files {pos}/{len} [{bar:30}] {elapsed}",
        )
    }

    /// A counter of commits walked (the length of the walk is not known).
    pub fn commits() -> Progress {
        Progress::new(0, "{spinner} walking history: {pos} commits {elapsed}")
    }

    fn new(len: u64, template: &str) -> Progress {
        let bar = WANTED.load(Ordering::Relaxed).then(|| {
            let bar = ProgressBar::with_draw_target(
                (len > 0).then_some(len),
                ProgressDrawTarget::hidden(),
            );
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            start: Instant::now(),
            after: delay(),
            shown: AtomicBool::new(false),
        }
    }

    /// One more file or commit done.
    pub fn inc(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= self.after
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            // Drawn at once, then kept fresh by the steady tick.
            bar.tick();
            bar.enable_steady_tick(Duration::from_millis(120));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
