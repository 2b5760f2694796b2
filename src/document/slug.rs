//! GitHub heading slugs (stub; being written).
pub fn slug(text: &str) -> String {
    text.to_lowercase().replace(' ', "-")
}
#[derive(Default)]
pub struct Slugger {
    seen: std::collections::HashMap<String, usize>,
}
impl Slugger {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn slug(&mut self, text: &str) -> String {
        let base = slug(text);
        let n = self.seen.entry(base.clone()).or_insert(0);
        let out = if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        *n += 1;
        out
    }
}
