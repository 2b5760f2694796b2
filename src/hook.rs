//! `checkmark install-hook`: a git pre-commit hook running `checkmark check --staged`.

use crate::engine::RunError;

pub fn install(_force: bool) -> Result<i32, RunError> {
    Err(RunError::Usage(
        "`checkmark install-hook` is not available yet".into(),
    ))
}
