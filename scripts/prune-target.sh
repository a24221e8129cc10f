#!/usr/bin/env bash
# Removes stale executables from the persistent target directory: every build of a test binary
# or of the node for another checkout path or feature set leaves a new `deps/<name>-<hash>`
# (about 0.4 GB for the node and each end-to-end test) and cargo never deletes the old ones, so
# over a few weeks they filled this machine's disk (256 of them, 36 GB, on 5 December 2026).
#
#   scripts/prune-target.sh [PLAN]
#
# Removes an executable of `deps/` only when all of these hold: it is not in PLAN (a file whose
# lines name, tab-separated, the executables this run will start: scripts/test.sh passes its
# test plan), it is not hard-linked (the `carechain-node` and `carechain` binaries the tests
# start are), and it was neither built nor run in the last three days (the file system keeps
# access times with `relatime`: running a binary marks it at least once a day). A removed one
# that is wanted again is rebuilt. Libraries, build scripts and incremental data are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
plan="${1:-/dev/null}"
deps="$CARGO_TARGET_DIR/debug/deps"
[ -d "$deps" ] || exit 0
freed=0
removed=0
while IFS= read -r -d '' path; do
	if grep -qF -- "$path" "$plan"; then
		continue
	fi
	size=$(stat -c %s "$path")
	rm -f -- "$path"
	freed=$((freed + size))
	removed=$((removed + 1))
done < <(find "$deps" -maxdepth 1 -type f -perm -u+x ! -name '*.*' -links 1 -atime +2 -mtime +2 -print0)
echo "== pruned $removed stale executables ($((freed / 1000000)) MB) from $deps"
