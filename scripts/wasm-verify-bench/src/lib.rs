//! The runtime's RSA-PSS verification (`primitives/src/record_signature.rs` on
//! `montgomery.rs`, the very files, included by path) and the `rsa` crate's `pss::VerifyingKey`
//! (what the runtime ran before spec 112), as a wasm module with two exports that `run.mjs`
//! times. A bump allocator reset at each call stands in for the runtime's.

#![no_std]

extern crate alloc;

#[path = "../../../primitives/src/montgomery.rs"]
pub mod montgomery;
#[path = "../../../primitives/src/record_signature.rs"]
pub mod record_signature;
#[path = "../../../primitives/src/rsa_key.rs"]
pub mod rsa_key;

use core::alloc::{GlobalAlloc, Layout};
use rsa::{
	pss::{Signature, VerifyingKey},
	signature::Verifier,
};

// The fixtures of `primitives/src/testing/keys.rs`: OpenSSL's PSS signatures of one reading.
const READING: &[u8] = include_bytes!("../../../primitives/test-keys/reading.bin");
const DEVICE_2048: &[u8] = include_bytes!("../../../primitives/test-keys/device2048.spki.der");
const DEVICE_3072: &[u8] = include_bytes!("../../../primitives/test-keys/device3072.spki.der");
const DEVICE_4096: &[u8] = include_bytes!("../../../primitives/test-keys/device4096.spki.der");
const DEVICE_2048_READING_SIGNATURE: &[u8] =
	include_bytes!("../../../primitives/test-keys/device2048.reading.pss.sig");
const DEVICE_3072_READING_SIGNATURE: &[u8] =
	include_bytes!("../../../primitives/test-keys/device3072.reading.pss.sig");
const DEVICE_4096_READING_SIGNATURE: &[u8] =
	include_bytes!("../../../primitives/test-keys/device4096.reading.pss.sig");

const HEAP_SIZE: usize = 1 << 22;
static mut HEAP: [u8; HEAP_SIZE] = [0; HEAP_SIZE];
static mut NEXT: usize = 0;

struct Bump;

unsafe impl GlobalAlloc for Bump {
	unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
		let start = (NEXT + layout.align() - 1) & !(layout.align() - 1);
		NEXT = start + layout.size();
		if NEXT > HEAP_SIZE {
			core::arch::wasm32::unreachable()
		}
		(&raw mut HEAP as *mut u8).add(start)
	}

	unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
}

#[global_allocator]
static ALLOCATOR: Bump = Bump;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
	core::arch::wasm32::unreachable()
}

fn case(bits: u32) -> (&'static [u8], &'static [u8]) {
	match bits {
		3072 => (DEVICE_3072, DEVICE_3072_READING_SIGNATURE),
		4096 => (DEVICE_4096, DEVICE_4096_READING_SIGNATURE),
		_ => (DEVICE_2048, DEVICE_2048_READING_SIGNATURE),
	}
}

/// 1 if CareChain's verification accepts the fixture signature of a `bits`-bit key.
#[no_mangle]
pub extern "C" fn verify_carechain(bits: u32) -> u32 {
	unsafe { NEXT = 0 };
	let (key, signature) = case(bits);
	let hash = record_signature::content_hash(READING);
	record_signature::verify_content_signature(key, &hash, signature, 2048).is_ok() as u32
}

/// 1 if the `rsa` crate's verification accepts the same.
#[no_mangle]
pub extern "C" fn verify_rsa_crate(bits: u32) -> u32 {
	unsafe { NEXT = 0 };
	let (key, signature) = case(bits);
	let hash = record_signature::content_hash(READING);
	let Ok(key) = rsa_key::parse_rsa_public_key(key, 2048) else { return 0 };
	let Ok(signature) = Signature::try_from(signature) else { return 0 };
	VerifyingKey::<sha2::Sha256>::new(key).verify(&hash, &signature).is_ok() as u32
}
