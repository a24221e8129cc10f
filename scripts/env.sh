# Sourced by the other scripts: one cargo target directory outside the clone, shared by every
# checkout, the dev command, the test command and CI, so that a dependency is built once per
# machine, not once per clone.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/carechain/target}"
# The node binary that the dev command runs and every end-to-end test starts.
export CARECHAIN_NODE="${CARECHAIN_NODE:-$CARGO_TARGET_DIR/debug/carechain-node}"
# Every build of our crates also runs rustdoc on them with -D broken_intra_doc_links, from the
# build's own artifacts (scripts/rustc-doc-check): a doc link to nothing fails the build, in CI
# too. One setting for every command, so the dev and the test builds share our crates' artifacts.
export RUSTC_WORKSPACE_WRAPPER="${RUSTC_WORKSPACE_WRAPPER:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/rustc-doc-check}"
