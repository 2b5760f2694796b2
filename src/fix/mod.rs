//! `checkmark fix`: apply edits as byte spans, re-pad tables, diff, atomic write.

use crate::cli::FixArgs;
use crate::engine::RunError;

pub fn cmd_fix(_a: FixArgs) -> Result<i32, RunError> {
    Err(RunError::Usage(
        "`checkmark fix` is not available yet".into(),
    ))
}
