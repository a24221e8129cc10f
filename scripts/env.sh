# Sourced by the other scripts: one cargo target directory outside the clone, shared by every
# checkout, the dev command, the test command and CI, so that a dependency is built once per
# machine, not once per clone.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/carechain/target}"
# The node binary that the dev command runs and every end-to-end test starts.
export CARECHAIN_NODE="${CARECHAIN_NODE:-$CARGO_TARGET_DIR/debug/carechain-node}"
