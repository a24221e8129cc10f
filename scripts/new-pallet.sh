#!/usr/bin/env bash
# Starts a new CareChain pallet from the example (docs/writing-a-pallet.md, step 1):
#
#   scripts/new-pallet.sh prescriptions      # pallets/prescriptions, crate pallet-prescriptions
#
# Copies pallets/example-lab-results, renames the crate, its docs' title and its runtime name
# (`LabResults` becomes `Prescriptions`), and adds it to the workspace. The copy is the example's
# code under the new name, with its tests, benchmarks and placeholder weights: make it yours
# from there. It is not added to the runtime (the guide's step 7 does that).
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:?usage: scripts/new-pallet.sh <name, lower case with - (e.g. prescriptions)>}"
[[ "$name" =~ ^[a-z][a-z0-9-]*[a-z0-9]$ ]] || {
	echo "$name: a pallet's name is lower case letters, digits and -" >&2
	exit 1
}
dir="pallets/$name"
[ ! -e "$dir" ] || { echo "$dir exists already" >&2; exit 1; }
snake="${name//-/_}"
camel=$(echo "$name" | sed -E 's/(^|-)([a-z0-9])/\U\2/g')
case "$camel" in
System | Timestamp | Balances | Registry | Consent | Records | IntrusionDetection | LabResults)
	echo "$name: the test runtime already has a pallet named $camel" >&2
	exit 1
	;;
esac
if grep -q "^pallet-$name = " Cargo.toml; then
	echo "pallet-$name is in the workspace already" >&2
	exit 1
fi

cp -r pallets/example-lab-results "$dir"
# `DataCategory::LabResults` is consent's category, not the pallet's name: kept as it is.
find "$dir" -type f -exec sed -i \
	-e "s/DataCategory::LabResults/DataCategory::@CATEGORY@/g" \
	-e "s/pallet-example-lab-results/pallet-$name/g" \
	-e "s/pallet_example_lab_results/pallet_$snake/g" \
	-e "s/example-lab-results/$name/g" \
	-e "s/LabResults/$camel/g" \
	-e "s/DataCategory::@CATEGORY@/DataCategory::LabResults/g" \
	-e "s/^# Lab results pallet (an example)/# $camel pallet/" \
	{} +
# The example's weights were measured for the example: the copy starts from zero weights that
# its own benchmarks replace (scripts/benchmark.sh pallet_$snake, once it is in the runtime).
cat >"$dir/src/weights.rs" <<WEIGHTS
//! Placeholder weights for \`pallet_$snake\`: replace them with measured ones
//! (\`scripts/benchmark.sh pallet_$snake\`) before the pallet goes into a runtime.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for \`pallet_$snake\`.
pub trait WeightInfo {
	fn publish_result() -> Weight;
	fn withdraw_result() -> Weight;
	fn read_result() -> Weight;
}

/// Not measured yet.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn publish_result() -> Weight { Weight::MAX }
	fn withdraw_result() -> Weight { Weight::MAX }
	fn read_result() -> Weight { Weight::MAX }
}

impl WeightInfo for () {
	fn publish_result() -> Weight { Weight::zero() }
	fn withdraw_result() -> Weight { Weight::zero() }
	fn read_result() -> Weight { Weight::zero() }
}
WEIGHTS

# The workspace: a member, and a dependency the runtime can name.
sed -i "s|^\t\"pallets/example-lab-results\",|&\n\t\"$dir\",|" Cargo.toml
sed -i "s|^pallet-example-lab-results = .*|&\npallet-$name = { path = \"$dir\", default-features = false }|" Cargo.toml
grep -q "^	\"$dir\",$" Cargo.toml && grep -q "^pallet-$name = " Cargo.toml || {
	echo "new-pallet: could not add $dir to Cargo.toml's workspace: add it by hand" >&2
	exit 1
}
echo "new-pallet: $dir (crate pallet-$name) is in the workspace; try: cargo test -p pallet-$name"
