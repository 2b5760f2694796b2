//! Packaging files agree with Cargo.toml (cheap: nothing is built here; the
//! wheel itself is built by `maturin build --release`).

use toml::Table;

fn read(name: &str) -> Table {
    let path = format!("{}/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.parse().unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn pyproject_matches_cargo_toml() {
    let cargo = read("Cargo.toml");
    let py = read("pyproject.toml");
    let (c, p) = (&cargo["package"], &py["project"]);
    assert_eq!(p["name"].as_str(), c["name"].as_str());
    assert_eq!(p["version"].as_str(), c["version"].as_str());
    assert_eq!(p["description"].as_str(), c["description"].as_str());
    assert_eq!(py["tool"]["maturin"]["bindings"].as_str(), Some("bin"));
    assert_eq!(
        py["build-system"]["build-backend"].as_str(),
        Some("maturin")
    );
}

#[test]
fn release_profile_is_lean() {
    let cargo = read("Cargo.toml");
    let release = &cargo["profile"]["release"];
    assert_eq!(release["strip"].as_bool(), Some(true));
    assert_eq!(release["debug"].as_bool(), Some(false));
}
