//! Citation grammar (stub; being written).
use std::ops::Range;
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRange {
    pub start: u32,
    pub end: u32,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub span: Range<usize>,
    pub path: String,
    pub ranges: Vec<LineRange>,
    pub mojibake: bool,
    pub error: Option<CitationError>,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationError {
    pub message: String,
    pub help: String,
}
pub fn scan(_text: &str, _skip: &[Range<usize>]) -> Vec<Citation> {
    Vec::new()
}
pub fn parse_line_fragment(_frag: &str) -> Option<Result<LineRange, CitationError>> {
    None
}
