//! Nothing to build: this script exists so that the crate's build dependencies are resolved.
fn main() {}
