#!/usr/bin/env bash
# Installs what building and testing CareChain needs and a fresh machine lacks: the wasm target
# for the runtime, protoc for the networking crates, iproute2 for the partition tests' network
# namespaces, the DejaVu font the throughput benchmark's chart is drawn in, Chromium for the web app's
# browser test, and the npm packages of the polkadot.js test suite, the JavaScript SDK and the web
# app.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32v1-none; then
	echo "setup: adding the wasm32v1-none rust target"
	rustup target add wasm32v1-none
fi

packages=()
command -v protoc >/dev/null 2>&1 || packages+=(protobuf-compiler)
# `ip`, with which the partition tests make network namespaces.
command -v ip >/dev/null 2>&1 || packages+=(iproute2)
# The benchmark scripts' reports and their tests.
command -v python3 >/dev/null 2>&1 || packages+=(python3)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
# Headless Chromium for the web app's browser test (driven by playwright-core; browser downloads
# from elsewhere are not reachable).
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
if [ ${#packages[@]} -gt 0 ]; then
	echo "setup: installing ${packages[*]}"
	sudo_cmd=""
	if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# The JavaScript packages: the polkadot.js test suite, the SDK (@carechain/sdk) and the web app.
for dir in tests/polkadotjs sdk/js web; do
	lock=$dir/package-lock.json
	installed=$dir/node_modules/.package-lock.json
	if [ ! -f "$installed" ] || [ "$lock" -nt "$installed" ]; then
		echo "setup: installing $dir's npm packages"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
	fi
done
