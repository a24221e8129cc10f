//! A deterministic generator for tests (SplitMix64): reproducible splits and corpora. Test-only,
//! never for keys.

use rand_core::{CryptoRng, RngCore};

/// A deterministic generator (SplitMix64) for reproducible splits; not for real use.
pub(crate) struct TestRng(pub(crate) u64);

impl RngCore for TestRng {
	fn next_u32(&mut self) -> u32 {
		self.next_u64() as u32
	}
	fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}
	fn fill_bytes(&mut self, dest: &mut [u8]) {
		for chunk in dest.chunks_mut(8) {
			let bytes = self.next_u64().to_le_bytes();
			chunk.copy_from_slice(&bytes[..chunk.len()]);
		}
	}
	fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
		self.fill_bytes(dest);
		Ok(())
	}
}

impl CryptoRng for TestRng {}
