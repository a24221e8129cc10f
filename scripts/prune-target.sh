#!/usr/bin/env bash
# Removes stale executables from the persistent target directory: every build of a test binary
# or of the node leaves a new `deps/<name>-<hash>` (about 0.4 GB for the node and each
# end-to-end test) and cargo never deletes the old ones, so after a few weeks of changes they
# filled this machine's disk (256 of them, 36 GB, on 5 December 2026). Keeps the two newest of
# each name (the workspace build's and the benchmark tests' feature variant); a removed one
# that is still wanted is only relinked. Libraries, build scripts and incremental data are
# left alone. scripts/test.sh runs this after its build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
deps="$CARGO_TARGET_DIR/debug/deps"
[ -d "$deps" ] || exit 0
freed=0
removed=0
while read -r size file; do
	rm -f "$deps/$file"
	freed=$((freed + size))
	removed=$((removed + 1))
done < <(find "$deps" -maxdepth 1 -type f -perm -u+x ! -name '*.*' -printf '%T@ %s %f\n' |
	sort -rn |
	awk '{ name = $3; sub(/-[0-9a-f]+$/, "", name); if (++seen[name] > 2) print $2, $3 }')
echo "== pruned $removed stale executables ($((freed / 1000000)) MB) from $deps"
