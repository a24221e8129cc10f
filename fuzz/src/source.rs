//! Where the fuzzer's choices come from: the bytes of one input, read front to back.
//!
//! Every choice the driver makes (which account signs, which call, each argument, when a block
//! ends) is read from the input, so an input replays exactly, and a libFuzzer-style mutator (or
//! [`seeded_input`]) can explore by changing bytes. An exhausted input reads as zeros and ends
//! the run.

/// The input's bytes and how far they have been read.
pub struct Source<'a> {
	data: &'a [u8],
	at: usize,
}

impl<'a> Source<'a> {
	/// Reads `data` from its first byte.
	pub fn new(data: &'a [u8]) -> Self {
		Self { data, at: 0 }
	}

	/// Whether every byte has been read.
	pub fn is_empty(&self) -> bool {
		self.at >= self.data.len()
	}

	/// The next byte, or 0 once the input is exhausted.
	pub fn byte(&mut self) -> u8 {
		let byte = self.data.get(self.at).copied().unwrap_or(0);
		self.at = self.at.saturating_add(1);
		byte
	}

	/// The next `N` bytes (zeros past the end).
	pub fn bytes<const N: usize>(&mut self) -> [u8; N] {
		let mut out = [0u8; N];
		for b in out.iter_mut() {
			*b = self.byte();
		}
		out
	}

	/// A little-endian `u32` from the next four bytes.
	pub fn u32(&mut self) -> u32 {
		u32::from_le_bytes(self.bytes())
	}

	/// A little-endian `u64` from the next eight bytes.
	pub fn u64(&mut self) -> u64 {
		u64::from_le_bytes(self.bytes())
	}

	/// A number below `n` (0 when `n` is 0): one byte for small ranges, four otherwise.
	pub fn below(&mut self, n: usize) -> usize {
		if n == 0 {
			return 0;
		}
		if n <= 256 {
			usize::from(self.byte()) % n
		} else {
			(self.u32() as usize) % n
		}
	}

	/// True with probability about `per_256 / 256`.
	pub fn chance(&mut self, per_256: u8) -> bool {
		self.byte() < per_256
	}
}

/// `len` pseudo-random bytes from `seed` (SplitMix64): the input of a seeded run, the same on
/// every machine.
pub fn seeded_input(seed: u64, len: usize) -> Vec<u8> {
	let mut state = seed;
	let mut out = Vec::with_capacity(len.saturating_add(8));
	while out.len() < len {
		state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = state;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^= z >> 31;
		out.extend_from_slice(&z.to_le_bytes());
	}
	out.truncate(len);
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_exhausted_source_reads_zeros() {
		let mut source = Source::new(&[7, 1]);
		assert_eq!(source.byte(), 7);
		assert!(!source.is_empty());
		assert_eq!(source.byte(), 1);
		assert!(source.is_empty());
		assert_eq!(source.u32(), 0);
		assert_eq!(source.below(5), 0);
	}

	#[test]
	fn seeded_inputs_are_reproducible_and_differ_by_seed() {
		assert_eq!(seeded_input(1, 100), seeded_input(1, 100));
		assert_ne!(seeded_input(1, 100), seeded_input(2, 100));
		assert_eq!(seeded_input(3, 13).len(), 13);
	}
}
