//! Native cost of a device signature's verification: CareChain's (`record_signature`, Montgomery
//! arithmetic on 32-bit limbs) against the `rsa` crate's `pss::VerifyingKey`, which the runtime
//! used before, for 2048-, 3072- and 4096-bit keys.
//!
//!     cargo bench -p carechain-primitives --bench rsa_verify [-- --json]
//!
//! Each case runs for about a second after a warm-up, in 20 samples; the report is each
//! sample's mean time per verification: min, median and max. (Not criterion: its dependencies
//! would switch on a `zerocopy` feature that the rest of the workspace's tree does not use,
//! so building the tests and building the node would each rebuild the Substrate tree.)
//!
//! The runtime runs the same code compiled to wasm: its cost there is the records pallet's
//! `anchor_signed_2048` and `anchor_signed_4096` benchmarks (`scripts/benchmark.sh
//! pallet_records`), less `anchor_unsigned`.

use carechain_primitives::{
	record_signature::{content_hash, verify_content_signature},
	rsa_key::parse_rsa_public_key,
	testing::keys::*,
};
use rsa::{
	pss::{Signature, VerifyingKey},
	signature::Verifier,
};
use sha2::Sha256;
use std::{
	hint::black_box,
	time::{Duration, Instant},
};

const SAMPLES: usize = 20;

/// Min, median and max of the per-call time over [`SAMPLES`] samples, in microseconds.
fn measure(mut call: impl FnMut() -> bool) -> [f64; 3] {
	assert!(call(), "the benchmarked verification must succeed");
	// Warm up, and size a sample to about 50 ms.
	let started = Instant::now();
	let mut calls = 0u32;
	while started.elapsed() < Duration::from_millis(200) {
		black_box(call());
		calls += 1;
	}
	let per_sample = (calls / 4).max(1);
	let mut samples: Vec<f64> = (0..SAMPLES)
		.map(|_| {
			let started = Instant::now();
			for _ in 0..per_sample {
				black_box(call());
			}
			started.elapsed().as_secs_f64() * 1e6 / f64::from(per_sample)
		})
		.collect();
	samples.sort_by(f64::total_cmp);
	[samples[0], samples[SAMPLES / 2], samples[SAMPLES - 1]]
}

fn main() {
	let json = std::env::args().any(|arg| arg == "--json");
	let hash = content_hash(READING);
	let mut rows = Vec::new();
	for (bits, key, signature) in [
		(2048, DEVICE_2048, DEVICE_2048_READING_SIGNATURE),
		(3072, DEVICE_3072, DEVICE_3072_READING_SIGNATURE),
		(4096, DEVICE_4096, DEVICE_4096_READING_SIGNATURE),
	] {
		let ours = measure(|| {
			verify_content_signature(black_box(key), &hash, black_box(signature), 2048).is_ok()
		});
		let reference = measure(|| {
			let key = parse_rsa_public_key(black_box(key), 2048).unwrap();
			let signature = Signature::try_from(black_box(signature)).unwrap();
			VerifyingKey::<Sha256>::new(key).verify(&hash, &signature).is_ok()
		});
		rows.push((bits, ours, reference));
	}
	if json {
		let cases: Vec<String> = rows
			.iter()
			.map(|(bits, ours, reference)| {
				format!(
					"{{\"bits\":{bits},\"carechain_us\":{{\"min\":{:.2},\"median\":{:.2},\"max\":{:.2}}},\"rsa_crate_us\":{{\"min\":{:.2},\"median\":{:.2},\"max\":{:.2}}}}}",
					ours[0], ours[1], ours[2], reference[0], reference[1], reference[2]
				)
			})
			.collect();
		println!("{{\"rsa_pss_verify_native\":[{}]}}", cases.join(","));
	} else {
		println!(
			"RSA-PSS verification, native, µs per call (min / median / max of {SAMPLES} samples)"
		);
		for (bits, ours, reference) in rows {
			println!(
				"{bits} bits: carechain {:.1} / {:.1} / {:.1}   rsa crate {:.1} / {:.1} / {:.1}   ({:.1}x)",
				ours[0], ours[1], ours[2], reference[0], reference[1], reference[2],
				reference[1] / ours[1]
			);
		}
	}
}
