//! The parsers fed seeded arbitrary and mutated bytes: none panics, and none allocates more
//! than its input warrants (a length prefix claiming gigabytes must not be believed).

use carechain_fuzz::{
	parsers::{call_indices, run, Target},
	seeded_input, Source,
};
use std::{
	alloc::{GlobalAlloc, Layout, System},
	sync::atomic::{AtomicUsize, Ordering},
};

/// Counts live and peak heap bytes (this test binary's allocator only; one test, so no other
/// thread allocates while an input is measured).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
	unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
		let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
		PEAK.fetch_max(live, Ordering::Relaxed);
		unsafe { System.alloc(layout) }
	}
	unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
		LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
		unsafe { System.dealloc(ptr, layout) }
	}
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Inputs per target in CI; `carechain-fuzz --parsers N` runs more.
const INPUTS: u64 = 3_000;
/// What one input may allocate beyond what was live before it: generous for a 4096-bit key's
/// arithmetic, far below what any claimed length (up to 4 GiB) would take.
const ALLOCATION_BOUND: usize = 1 << 20;

#[test]
fn no_parser_panics_or_believes_a_claimed_length() {
	// The allocator counts what it is asked for.
	let before = LIVE.load(Ordering::Relaxed);
	PEAK.store(before, Ordering::Relaxed);
	let big = vec![1u8; 2 * ALLOCATION_BOUND];
	assert!(PEAK.load(Ordering::Relaxed) - before >= 2 * ALLOCATION_BOUND);
	drop(big);

	let calls = call_indices();
	assert!(calls.len() > 90, "{} calls", calls.len());
	for target in Target::ALL {
		let mut accepted = 0u64;
		for seed in 0..INPUTS {
			let input = seeded_input(seed ^ (target as u64) << 32, 1024);
			let before = LIVE.load(Ordering::Relaxed);
			PEAK.store(before, Ordering::Relaxed);
			if run(target, &mut Source::new(&input), &calls) {
				accepted += 1;
			}
			let grew = PEAK.load(Ordering::Relaxed).saturating_sub(before);
			assert!(grew <= ALLOCATION_BOUND, "{target:?}, seed {seed}: {grew} bytes");
		}
		// Mutations of real inputs are sometimes still valid, random bytes nearly never.
		match target {
			Target::RsaPublicKey => assert!(accepted > 0, "{target:?}: no key accepted"),
			Target::ContentSignature => assert_eq!(accepted, 0, "a random signature verified"),
			Target::Call => assert!(accepted > 0, "{target:?}: no call decoded"),
			_ => {},
		}
	}
}
