//! Modular exponentiation for RSA signature verification in the runtime.
//!
//! The `rsa` crate verifies through `num-bigint-dig` on 64-bit digits. WebAssembly has no
//! 64 × 64 → 128-bit multiplication, so every digit product is emulated, and a 2048-bit PSS
//! verification costs about 1.7 ms of wasm (the records pallet's `anchor_signed_2048` benchmark,
//! November 2026). Here the numbers are 32-bit limbs, whose products fit the `i64.mul` that wasm
//! has, multiplied by Montgomery's method (CIOS: multiplication and reduction interleaved, one
//! pass per limb of the multiplier), so no division is ever needed.
//!
//! Everything here works on public values only (a public key and a signature), so nothing needs
//! to run in constant time. It is deterministic integer arithmetic: every validator, native or
//! wasm, 32- or 64-bit, computes the same bits.

use alloc::{vec, vec::Vec};

/// The most 32-bit limbs a modulus may have: 4096 bits, the largest key CareChain registers.
pub const MAX_LIMBS: usize = 128;

/// An odd modulus `n` > 1 of at most [`MAX_LIMBS`] limbs, with what Montgomery multiplication
/// modulo `n` needs. `R` is 2^(32 · limbs).
pub struct Modulus {
	/// The limbs of `n`, least significant first; the most significant limb is not zero.
	n: Vec<u32>,
	/// −n⁻¹ mod 2^32.
	n0: u32,
	/// The number of significant bits of `n`.
	bits: u32,
}

impl Modulus {
	/// The modulus whose big-endian bytes are `bytes` (leading zero bytes allowed), or `None` if
	/// it is even, at most 1, or longer than [`MAX_LIMBS`] limbs.
	pub fn from_be_bytes(bytes: &[u8]) -> Option<Self> {
		let first = bytes.iter().position(|b| *b != 0)?;
		let bytes = &bytes[first..];
		let limbs = bytes.len().div_ceil(4);
		if limbs > MAX_LIMBS || bytes.last().is_none_or(|b| b & 1 == 0) {
			return None;
		}
		let n = limbs_from_be(bytes, limbs);
		if limbs == 1 && n[0] == 1 {
			return None;
		}
		// Newton's iteration for the inverse modulo 2^32: an odd n is its own inverse modulo 8
		// (3 bits), and each step doubles the bits that are right: 6, 12, 24, 48.
		let mut inverse = n[0];
		for _ in 0..4 {
			inverse = inverse.wrapping_mul(2u32.wrapping_sub(n[0].wrapping_mul(inverse)));
		}
		let top = n[limbs - 1];
		let bits = 32 * (limbs as u32 - 1) + (32 - top.leading_zeros());
		Some(Self { n, n0: inverse.wrapping_neg(), bits })
	}

	/// The number of significant bits of the modulus.
	pub fn bits(&self) -> u32 {
		self.bits
	}

	/// The length of the modulus in bytes.
	pub fn byte_len(&self) -> usize {
		self.bits.div_ceil(8) as usize
	}

	/// `base`^`exponent` mod n, as big-endian bytes of [`Self::byte_len`], for an odd `exponent`
	/// (as RSA's public exponents are) and a `base` given as big-endian bytes.
	///
	/// `None` if `base` ≥ n (RSA refuses such a signature) or `exponent` is even.
	///
	/// Cost: log₂(`exponent`) Montgomery squarings, popcount(`exponent`) − 1 multiplications and
	/// one long division, all of the modulus's size: for 65537, 16 squarings, one multiplication
	/// and one division (about 14 multiplications' worth of limb products).
	pub fn pow(&self, base: &[u8], exponent: u64) -> Option<Vec<u8>> {
		if exponent & 1 == 0 {
			return None;
		}
		let limbs = self.n.len();
		let first = base.iter().position(|b| *b != 0).unwrap_or(base.len());
		let base = &base[first..];
		if base.len().div_ceil(4) > limbs {
			return None;
		}
		let base = limbs_from_be(base, limbs);
		if !less_than(&base, &self.n) {
			return None;
		}
		let mut scratch = vec![0u32; 2 * limbs + 1];
		let mut product = vec![0u32; limbs];
		// base · R mod n, the Montgomery form of base, by one long division.
		let base_mont = self.to_montgomery(&base);
		// Left to right over the exponent's bits below the top one, in Montgomery form; the
		// last bit (1: the exponent is odd) multiplies by the plain base, which leaves the
		// Montgomery form in the same step: x·R · base · R⁻¹ = x · base.
		let mut x = base_mont.clone();
		let top = 63 - exponent.leading_zeros();
		for bit in (1..top).rev() {
			self.square(&x, &mut scratch, &mut product);
			core::mem::swap(&mut x, &mut product);
			if (exponent >> bit) & 1 == 1 {
				self.mul(&x, &base_mont, &mut scratch, &mut product);
				core::mem::swap(&mut x, &mut product);
			}
		}
		if top > 0 {
			self.square(&x, &mut scratch, &mut product);
			self.mul(&product, &base, &mut scratch, &mut x);
		} else {
			// exponent = 1: base_mont · 1 · R⁻¹ = base.
			x.copy_from_slice(&base);
		}
		let bytes = limbs_to_be(&x);
		Some(bytes[bytes.len() - self.byte_len()..].to_vec())
	}

	/// x · R mod n, the Montgomery form of x < n: the remainder of x · 2^(32 · limbs) divided by
	/// n, by Knuth's algorithm D (TAOCP vol. 2, §4.3.1; as in Hacker's Delight's `divmnu`).
	fn to_montgomery(&self, x: &[u32]) -> Vec<u32> {
		let limbs = self.n.len();
		// The dividend x · R has 2 · limbs limbs, the low half zero.
		let mut dividend = vec![0u32; 2 * limbs];
		dividend[limbs..].copy_from_slice(x);
		remainder(&dividend, &self.n)
	}

	/// out ← a · b · R⁻¹ mod n, for a, b < n (Montgomery multiplication, CIOS).
	/// `scratch` has limbs + 2 limbs.
	fn mul(&self, a: &[u32], b: &[u32], scratch: &mut [u32], out: &mut [u32]) {
		let limbs = self.n.len();
		let n = &self.n[..limbs];
		let a = &a[..limbs];
		let t = &mut scratch[..limbs + 2];
		t.fill(0);
		for &b_i in &b[..limbs] {
			// t ← t + a · b_i
			let b_i = u64::from(b_i);
			let mut carry = 0u64;
			for (t_j, &a_j) in t[..limbs].iter_mut().zip(a) {
				let sum = u64::from(*t_j) + u64::from(a_j) * b_i + carry;
				*t_j = sum as u32;
				carry = sum >> 32;
			}
			let sum = u64::from(t[limbs]) + carry;
			t[limbs] = sum as u32;
			t[limbs + 1] = (sum >> 32) as u32;
			// t ← (t + m · n) / 2^32, with m chosen so that the low limb becomes zero.
			let m = u64::from(t[0].wrapping_mul(self.n0));
			let mut carry = (u64::from(t[0]) + m * u64::from(n[0])) >> 32;
			for j in 1..limbs {
				let sum = u64::from(t[j]) + m * u64::from(n[j]) + carry;
				t[j - 1] = sum as u32;
				carry = sum >> 32;
			}
			let sum = u64::from(t[limbs]) + carry;
			t[limbs - 1] = sum as u32;
			// t < 2n throughout, so this cannot overflow.
			t[limbs] = t[limbs + 1].wrapping_add((sum >> 32) as u32);
		}
		if t[limbs] != 0 || !less_than(&t[..limbs], n) {
			sub_in_place(&mut t[..limbs], n);
		}
		out.copy_from_slice(&t[..limbs]);
	}

	/// out ← a² · R⁻¹ mod n, for a < n: the square's limb products once each (a_i · a_j for
	/// i < j, doubled, plus the diagonal), then Montgomery's reduction: three quarters of
	/// [`Self::mul`]'s products. `scratch` has 2 · limbs + 1 limbs.
	fn square(&self, a: &[u32], scratch: &mut [u32], out: &mut [u32]) {
		let limbs = self.n.len();
		let n = &self.n[..limbs];
		let a = &a[..limbs];
		let p = &mut scratch[..2 * limbs + 1];
		p.fill(0);
		// The products above the diagonal, each once.
		for i in 0..limbs {
			let a_i = u64::from(a[i]);
			let mut carry = 0u64;
			for j in i + 1..limbs {
				let sum = u64::from(p[i + j]) + a_i * u64::from(a[j]) + carry;
				p[i + j] = sum as u32;
				carry = sum >> 32;
			}
			p[i + limbs] = carry as u32;
		}
		// Doubled, plus the diagonal a_i².
		let mut shifted_out = 0u32;
		for limb in p[..2 * limbs].iter_mut() {
			let next = *limb >> 31;
			*limb = (*limb << 1) | shifted_out;
			shifted_out = next;
		}
		let mut carry = 0u64;
		for (i, &a_i) in a.iter().enumerate() {
			let square = u64::from(a_i) * u64::from(a_i);
			let low = u64::from(p[2 * i]) + (square & 0xffff_ffff) + carry;
			p[2 * i] = low as u32;
			let high = u64::from(p[2 * i + 1]) + (square >> 32) + (low >> 32);
			p[2 * i + 1] = high as u32;
			carry = high >> 32;
		}
		// Montgomery's reduction: add m · n · 2^(32 i), m chosen to clear limb i, for each of
		// the low limbs; what is left is the high half (and a carry).
		let mut top = 0u64;
		for i in 0..limbs {
			let m = u64::from(p[i].wrapping_mul(self.n0));
			let mut carry = 0u64;
			for (p_ij, &n_j) in p[i..i + limbs].iter_mut().zip(n) {
				let sum = u64::from(*p_ij) + m * u64::from(n_j) + carry;
				*p_ij = sum as u32;
				carry = sum >> 32;
			}
			let sum = u64::from(p[i + limbs]) + carry + top;
			p[i + limbs] = sum as u32;
			top = sum >> 32;
		}
		let result = &mut p[limbs..2 * limbs];
		if top != 0 || !less_than(result, n) {
			sub_in_place(result, n);
		}
		out.copy_from_slice(result);
	}
}

/// The remainder of `dividend` divided by `divisor` (little-endian limbs; `divisor`'s top limb
/// not zero, `dividend` at least as long), as `divisor.len()` limbs: Knuth's algorithm D.
fn remainder(dividend: &[u32], divisor: &[u32]) -> Vec<u32> {
	let n = divisor.len();
	let m = dividend.len();
	if n == 1 {
		let d = u64::from(divisor[0]);
		let r = dividend.iter().rev().fold(0u64, |r, &limb| ((r << 32) | u64::from(limb)) % d);
		return vec![r as u32];
	}
	// Normalise: shift both so that the divisor's top bit is set (the quotient is unchanged,
	// the remainder shifted by as much).
	let shift = divisor[n - 1].leading_zeros();
	let shl = |hi: u32, lo: u32| if shift == 0 { hi } else { (hi << shift) | (lo >> (32 - shift)) };
	let v: Vec<u32> =
		(0..n).map(|i| shl(divisor[i], if i > 0 { divisor[i - 1] } else { 0 })).collect();
	let mut u = vec![0u32; m + 1];
	u[m] = if shift == 0 { 0 } else { dividend[m - 1] >> (32 - shift) };
	for i in 0..m {
		u[i] = shl(dividend[i], if i > 0 { dividend[i - 1] } else { 0 });
	}
	let base = 1u64 << 32;
	let (v_top, v_next) = (u64::from(v[n - 1]), u64::from(v[n - 2]));
	for j in (0..=m - n).rev() {
		// Estimate the quotient limb from the top two limbs, then correct it (at most twice).
		let top = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
		let mut q = top / v_top;
		let mut r = top % v_top;
		while q >= base || q * v_next > ((r << 32) | u64::from(u[j + n - 2])) {
			q -= 1;
			r += v_top;
			if r >= base {
				break;
			}
		}
		// u[j ..= j + n] −= q · v
		let mut borrow = 0i64;
		for i in 0..n {
			let product = q * u64::from(v[i]);
			let t = i64::from(u[i + j]) - borrow - (product & 0xffff_ffff) as i64;
			u[i + j] = t as u32;
			borrow = (product >> 32) as i64 - (t >> 32);
		}
		let t = i64::from(u[j + n]) - borrow;
		u[j + n] = t as u32;
		if t < 0 {
			// q was one too large: add v back.
			let mut carry = 0u64;
			for i in 0..n {
				let sum = u64::from(u[i + j]) + u64::from(v[i]) + carry;
				u[i + j] = sum as u32;
				carry = sum >> 32;
			}
			u[j + n] = u[j + n].wrapping_add(carry as u32);
		}
	}
	// Unnormalise the remainder.
	(0..n)
		.map(|i| if shift == 0 { u[i] } else { (u[i] >> shift) | (u[i + 1] << (32 - shift)) })
		.collect()
}

/// The `limbs` little-endian 32-bit limbs of the big-endian `bytes` (at most 4 · `limbs`).
fn limbs_from_be(bytes: &[u8], limbs: usize) -> Vec<u32> {
	let mut out = vec![0u32; limbs];
	for (i, chunk) in bytes.rchunks(4).enumerate() {
		let mut word = [0u8; 4];
		word[4 - chunk.len()..].copy_from_slice(chunk);
		out[i] = u32::from_be_bytes(word);
	}
	out
}

/// The big-endian bytes of little-endian limbs, four per limb.
fn limbs_to_be(limbs: &[u32]) -> Vec<u8> {
	limbs.iter().rev().flat_map(|limb| limb.to_be_bytes()).collect()
}

/// a < b, for numbers of the same number of limbs.
fn less_than(a: &[u32], b: &[u32]) -> bool {
	for (x, y) in a.iter().rev().zip(b.iter().rev()) {
		if x != y {
			return x < y;
		}
	}
	false
}

/// a ← a − b mod 2^(32 · limbs) (the borrow out of the top limb is dropped: callers subtract
/// only where the true difference is below n).
fn sub_in_place(a: &mut [u32], b: &[u32]) {
	let mut borrow = 0u32;
	for (x, &y) in a.iter_mut().zip(b) {
		let (d1, b1) = x.overflowing_sub(y);
		let (d2, b2) = d1.overflowing_sub(borrow);
		*x = d2;
		borrow = u32::from(b1 | b2);
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;
	use rsa::BigUint;

	fn reference(base: &[u8], exponent: u64, modulus: &[u8]) -> Vec<u8> {
		let n = BigUint::from_bytes_be(modulus);
		let result = BigUint::from_bytes_be(base).modpow(&BigUint::from(exponent), &n);
		let bytes = result.to_bytes_be();
		let len = (n.bits() as usize).div_ceil(8);
		let mut out = vec![0u8; len - bytes.len().min(len)];
		out.extend_from_slice(&bytes);
		out
	}

	/// An odd modulus of `len` bytes whose top byte is not zero.
	fn modulus_strategy() -> impl Strategy<Value = Vec<u8>> {
		(1usize..=512).prop_flat_map(|len| proptest::collection::vec(any::<u8>(), len)).prop_map(
			|mut bytes| {
				bytes[0] |= 1;
				*bytes.last_mut().unwrap() |= 1;
				if bytes.len() == 1 && bytes[0] == 1 {
					bytes[0] = 3;
				}
				bytes
			},
		)
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(300))]

		#[test]
		fn agrees_with_num_bigint_for_any_odd_modulus(
			modulus in modulus_strategy(),
			seed in proptest::collection::vec(any::<u8>(), 512),
			exponent in prop_oneof![Just(65_537u64), Just(3), Just(1), (0u64..(1 << 33)).prop_map(|e| e | 1)],
		) {
			let n = Modulus::from_be_bytes(&modulus).unwrap();
			// A base below n: the seed's bytes reduced by clearing the top byte.
			let mut base = seed[..modulus.len()].to_vec();
			base[0] = base[0].min(modulus[0].saturating_sub(1));
			prop_assert_eq!(n.pow(&base, exponent).unwrap(), reference(&base, exponent, &modulus));
		}
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(300))]

		#[test]
		fn long_division_agrees_with_num_bigint(
			divisor in modulus_strategy(),
			dividend in proptest::collection::vec(any::<u8>(), 0..=1024),
		) {
			let limbs = divisor.len().div_ceil(4);
			let dividend_limbs = limbs_from_be(&dividend, dividend.len().div_ceil(4).max(limbs));
			let expected = BigUint::from_bytes_be(&dividend) % BigUint::from_bytes_be(&divisor);
			let got = remainder(&dividend_limbs, &limbs_from_be(&divisor, limbs));
			prop_assert_eq!(BigUint::from_bytes_be(&limbs_to_be(&got)), expected);
		}

		#[test]
		fn squaring_agrees_with_multiplying(
			modulus in modulus_strategy(),
			seed in proptest::collection::vec(any::<u8>(), 512),
		) {
			let n = Modulus::from_be_bytes(&modulus).unwrap();
			let limbs = modulus.len().div_ceil(4);
			let mut base = seed[..modulus.len()].to_vec();
			base[0] = base[0].min(modulus[0].saturating_sub(1));
			let a = limbs_from_be(&base, limbs);
			let mut scratch = vec![0u32; 2 * limbs + 1];
			let (mut squared, mut multiplied) = (vec![0u32; limbs], vec![0u32; limbs]);
			n.square(&a, &mut scratch, &mut squared);
			n.mul(&a, &a, &mut scratch, &mut multiplied);
			prop_assert_eq!(squared, multiplied);
		}
	}

	#[test]
	fn long_division_adds_back_when_the_quotient_estimate_is_one_too_large() {
		// Little-endian limbs. The first and the last need step D6 (the add-back), which random
		// inputs reach about once in 2^31 quotient limbs; the middle one needs the estimate
		// corrected (both checked on a line-by-line model of this code).
		let cases: [(&[u32], &[u32]); 3] = [
			(&[0, 0, 0x8000_0000, 0x7fff_ffff], &[1, 0, 0x8000_0000]),
			(&[0, 0xfffe_0000, 0, 0x8000_0000], &[0x0000_ffff, 0x8000_0000]),
			(&[3, 0, 0x8000_0000], &[1, 0, 0x2000_0000]),
		];
		for (dividend, divisor) in cases {
			let be = |limbs: &[u32]| BigUint::from_bytes_be(&limbs_to_be(limbs));
			let expected = be(dividend) % be(divisor);
			assert_eq!(be(&remainder(dividend, divisor)), expected, "{dividend:x?} % {divisor:x?}");
		}
	}

	#[test]
	fn extreme_moduli_and_bases_agree_with_num_bigint() {
		// All ones, 2^(k−1) + 1 (whose divisions add back often), a top limb of 1, at the key
		// sizes CareChain accepts; bases 0, 1, 2, n − 2 and n − 1.
		let mut moduli = Vec::new();
		for bytes in [256usize, 257, 384, 512] {
			moduli.push(vec![0xff; bytes]);
			let mut low_and_high = vec![0u8; bytes];
			low_and_high[0] = 0x80;
			low_and_high[bytes - 1] = 1;
			moduli.push(low_and_high);
			let mut top_limb_one = vec![0x5a; bytes];
			top_limb_one[..bytes % 4 + 3].fill(0);
			top_limb_one[bytes % 4 + 3] = 1;
			top_limb_one[bytes - 1] = 0x5b;
			moduli.push(top_limb_one);
		}
		for modulus in moduli {
			let n = Modulus::from_be_bytes(&modulus).unwrap();
			let big_n = BigUint::from_bytes_be(&modulus);
			for base in [
				BigUint::from(0u8),
				BigUint::from(1u8),
				BigUint::from(2u8),
				&big_n - 2u8,
				&big_n - 1u8,
			] {
				let base = base.to_bytes_be();
				assert_eq!(n.pow(&base, 65_537).unwrap(), reference(&base, 65_537, &modulus));
			}
		}
	}

	#[test]
	fn refuses_a_base_not_below_the_modulus_and_an_even_exponent() {
		let n = Modulus::from_be_bytes(&[0x01, 0x00, 0x01]).unwrap();
		assert_eq!(n.pow(&[0x01, 0x00, 0x01], 3), None);
		assert_eq!(n.pow(&[0x01, 0x00, 0x02], 3), None);
		assert_eq!(n.pow(&[0x01, 0x00, 0x00, 0x00, 0x00], 3), None);
		assert_eq!(
			n.pow(&[0x00, 0x00, 0x00, 0x01, 0x00, 0x00], 3),
			Some(reference(&[1, 0, 0], 3, &[1, 0, 1]))
		);
		assert_eq!(n.pow(&[0x02], 4), None);
	}

	#[test]
	fn refuses_even_unit_empty_and_oversized_moduli() {
		assert!(Modulus::from_be_bytes(&[0x01, 0x00]).is_none());
		assert!(Modulus::from_be_bytes(&[0x00, 0x01]).is_none());
		assert!(Modulus::from_be_bytes(&[]).is_none());
		assert!(Modulus::from_be_bytes(&[0, 0]).is_none());
		assert!(Modulus::from_be_bytes(&[0xff; 4 * MAX_LIMBS + 1]).is_none());
		let largest = Modulus::from_be_bytes(&[0xff; 4 * MAX_LIMBS]).unwrap();
		assert_eq!((largest.bits(), largest.byte_len()), (4096, 512));
		let odd_size = Modulus::from_be_bytes(&[0x01, 0xff, 0xff]).unwrap();
		assert_eq!((odd_size.bits(), odd_size.byte_len()), (17, 3));
	}
}
