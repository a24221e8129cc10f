//! Shamir secret sharing of a 256-bit secret (a record's data key) over GF(256).
//!
//! A secret is split into `n` **shares**, any `k` of which (the **threshold**) recover it, while
//! any fewer than `k` reveal nothing about it: for every byte of the secret, a random polynomial
//! of degree `k - 1` whose constant term is that byte is evaluated at `x = 1, 2, …, n`, and
//! [`combine`] recovers the constant term by Lagrange interpolation at `x = 0`. This is how
//! CareChain's custodian hospitals each hold one share of a record's data key: no single
//! hospital (nor any coalition smaller than the threshold) can read the record, and any
//! `threshold` of them together can recover the key.
//!
//! # The field
//!
//! GF(2^8) with the AES polynomial `x^8 + x^4 + x^3 + x + 1` (`0x11b`): addition is XOR,
//! multiplication is carry-less multiplication reduced modulo `0x11b`. Multiplication runs a
//! fixed eight-step bit loop without branches or table look-ups on the operands, and the
//! inverse is `a^254` by a fixed square-and-multiply chain, so the arithmetic does not index
//! memory by secret data.
//!
//! # The share format
//!
//! A [`Share`] is 33 bytes ([`Share::to_bytes`]): its x-coordinate (one byte, `1..=255`, never 0,
//! since the value at 0 is the secret), then the 32 y-bytes, byte `i` being the value at `x` of
//! the polynomial for secret byte `i`.
//!
//! # Security
//!
//! The polynomial's other coefficients are drawn independently and uniformly for every byte, so
//! fewer than `threshold` shares are uniformly distributed whatever the secret: they reveal
//! nothing about it (information-theoretically, not merely computationally). Shares carry no
//! integrity protection: an altered share makes [`combine`] return a wrong secret, which the
//! caller detects when the recovered key fails to decrypt (AES-GCM's tag).

use rand_core::{CryptoRngCore, OsRng};

/// A 256-bit secret (a record's data key).
pub type Secret = [u8; 32];

/// One share: its x-coordinate (1..=255, never 0) and the 32 y-bytes.
///
/// Its [`Debug`](core::fmt::Debug) output shows `x` only, never the y-bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Share {
	/// The x-coordinate the polynomials were evaluated at: 1..=255, never 0.
	pub x: u8,
	/// The value at `x` of the polynomial for each byte of the secret.
	pub y: [u8; 32],
}

impl core::fmt::Debug for Share {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("Share").field("x", &self.x).finish_non_exhaustive()
	}
}

impl Share {
	/// 33 bytes: x then y.
	pub fn to_bytes(&self) -> [u8; 33] {
		let mut bytes = [0u8; 33];
		bytes[0] = self.x;
		bytes[1..].copy_from_slice(&self.y);
		bytes
	}

	/// Reads 33 bytes; refuses x == 0 or wrong length with [`ShamirError::Malformed`].
	pub fn from_bytes(bytes: &[u8]) -> Result<Share, ShamirError> {
		let (&x, rest) = bytes.split_first().ok_or(ShamirError::Malformed)?;
		let y: [u8; 32] = rest.try_into().map_err(|_| ShamirError::Malformed)?;
		if x == 0 {
			return Err(ShamirError::Malformed);
		}
		Ok(Share { x, y })
	}
}

/// Why a split or a combination failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShamirError {
	/// threshold < 2 or > shares, or shares == 0 or > 255
	BadParameters,
	/// fewer distinct shares than the threshold given to combine
	TooFewShares,
	/// two shares with the same x but different y, or x == 0
	Malformed,
}

/// Splits `secret` into `shares` shares (x = 1..=shares), any `threshold` of which recover it.
///
/// The randomness is the operating system's ([`OsRng`]).
pub fn split(secret: &Secret, threshold: u8, shares: u8) -> Result<Vec<Share>, ShamirError> {
	split_with(&mut OsRng, secret, threshold, shares)
}

/// As split, with the given randomness (for test vectors).
pub fn split_with(
	rng: &mut impl CryptoRngCore,
	secret: &Secret,
	threshold: u8,
	shares: u8,
) -> Result<Vec<Share>, ShamirError> {
	if shares == 0 || threshold < 2 || threshold > shares {
		return Err(ShamirError::BadParameters);
	}
	// coefficients[j][i]: the coefficient of x^j in the polynomial for secret byte i.
	let mut coefficients = vec![[0u8; 32]; usize::from(threshold)];
	let mut terms = coefficients.iter_mut();
	if let Some(constant) = terms.next() {
		constant.copy_from_slice(secret);
	}
	for term in terms {
		rng.fill_bytes(term);
	}
	let result = split_from_coefficients(&coefficients, shares);
	for term in coefficients.iter_mut() {
		wipe(term);
	}
	Ok(result)
}

/// Recovers the secret from `shares` by Lagrange interpolation at 0; needs at least `threshold`
/// shares with distinct x (duplicates with identical y are ignored; with differing y:
/// Malformed). Uses all given shares' first `threshold` distinct ones.
///
/// Every given share is checked ([`ShamirError::Malformed`] for an x of 0 or a conflicting
/// duplicate), and the first `threshold` distinct ones are interpolated. A threshold below 2 is
/// [`ShamirError::BadParameters`]. Shares from different splits, or altered ones, give a wrong
/// secret, not an error.
pub fn combine(shares: &[Share], threshold: u8) -> Result<Secret, ShamirError> {
	if threshold < 2 {
		return Err(ShamirError::BadParameters);
	}
	let mut distinct: Vec<&Share> = Vec::with_capacity(usize::from(threshold));
	// seen[x]: the first share given with that x (x-coordinates are public).
	let mut seen: [Option<&Share>; 256] = [None; 256];
	for share in shares {
		if share.x == 0 {
			return Err(ShamirError::Malformed);
		}
		let slot = &mut seen[usize::from(share.x)];
		match slot {
			Some(first) => {
				if !constant_time_eq(&first.y, &share.y) {
					return Err(ShamirError::Malformed);
				}
			},
			None => {
				*slot = Some(share);
				if distinct.len() < usize::from(threshold) {
					distinct.push(share);
				}
			},
		}
	}
	if distinct.len() < usize::from(threshold) {
		return Err(ShamirError::TooFewShares);
	}
	let mut secret = [0u8; 32];
	for share in &distinct {
		let basis = lagrange_basis_at_zero(share.x, distinct.iter().map(|other| other.x));
		for (out, &y) in secret.iter_mut().zip(share.y.iter()) {
			*out ^= gf_mul(basis, y);
		}
	}
	Ok(secret)
}

/// The shares at x = 1..=`shares` of the polynomials with the given coefficients:
/// `coefficients[j][i]` is the coefficient of x^j in the polynomial for secret byte `i`
/// (so `coefficients[0]` is the secret).
fn split_from_coefficients(coefficients: &[[u8; 32]], shares: u8) -> Vec<Share> {
	(1..=shares)
		.map(|x| {
			let mut y = [0u8; 32];
			for (i, out) in y.iter_mut().enumerate() {
				*out = evaluate(coefficients.iter().map(|term| term[i]), x);
			}
			Share { x, y }
		})
		.collect()
}

/// The value at `x` of the polynomial with the given coefficients, constant term first
/// (Horner's rule, from the highest degree down).
fn evaluate(coefficients: impl DoubleEndedIterator<Item = u8>, x: u8) -> u8 {
	coefficients.rev().fold(0, |acc, coefficient| gf_mul(acc, x) ^ coefficient)
}

/// The Lagrange basis polynomial of `x_i` over the points `xs` (which include `x_i`),
/// evaluated at 0: the product over the other `x_j` of `x_j / (x_j - x_i)`. In GF(2^8),
/// subtraction is XOR.
fn lagrange_basis_at_zero(x_i: u8, xs: impl Iterator<Item = u8>) -> u8 {
	let (numerator, denominator) = xs
		.filter(|&x_j| x_j != x_i)
		.fold((1u8, 1u8), |(num, den), x_j| (gf_mul(num, x_j), gf_mul(den, x_j ^ x_i)));
	gf_mul(numerator, gf_inv(denominator))
}

/// Multiplication in GF(2^8) modulo `x^8 + x^4 + x^3 + x + 1`: eight fixed steps, masks instead
/// of branches, no tables.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
	let mut product = 0u8;
	for _ in 0..8 {
		// All ones when b's low bit is set.
		product ^= a & 0u8.wrapping_sub(b & 1);
		// a * x, reduced: x^8 = x^4 + x^3 + x + 1 (0x1b) when a's high bit was set.
		let carry = 0u8.wrapping_sub(a >> 7);
		a = (a << 1) ^ (0x1b & carry);
		b >>= 1;
	}
	product
}

/// The multiplicative inverse in GF(2^8): `a^254` (as `a^255 = 1` for nonzero `a`), by a fixed
/// square-and-multiply chain; 0 maps to 0.
fn gf_inv(a: u8) -> u8 {
	// 254 = 0b1111_1110: square, then multiply by a, for each of the seven high bits; then square.
	let mut result = 1u8;
	for _ in 0..7 {
		result = gf_mul(gf_mul(result, result), a);
	}
	gf_mul(result, result)
}

/// Whether `a == b`, without an early exit on the first differing byte.
fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
	let difference = a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y));
	core::hint::black_box(difference) == 0
}

/// Overwrites `buffer` with zeros, in a way the optimiser does not remove as a dead store.
fn wipe(buffer: &mut [u8]) {
	for byte in buffer.iter_mut() {
		*byte = 0;
	}
	core::hint::black_box(buffer);
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::test_rng::TestRng;

	fn hex(s: &str) -> [u8; 32] {
		let bytes: Vec<u8> = (0..s.len())
			.step_by(2)
			.map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
			.collect();
		bytes.try_into().unwrap()
	}

	fn test_secret() -> Secret {
		core::array::from_fn(|i| (i as u8).wrapping_mul(37) ^ 0x5c)
	}

	/// Every `k`-subset of `0..n`, as index lists.
	fn subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
		(0u32..1 << n)
			.filter(|mask| mask.count_ones() as usize == k)
			.map(|mask| (0..n).filter(|i| mask & (1 << i) != 0).collect())
			.collect()
	}

	#[test]
	fn gf_mul_known_values() {
		// FIPS-197 section 4.2 and the inverse pair from its S-box construction.
		assert_eq!(gf_mul(0x57, 0x83), 0xc1);
		assert_eq!(gf_mul(0x57, 0x13), 0xfe);
		assert_eq!(gf_mul(0x53, 0xca), 0x01);
		assert_eq!(gf_mul(0xca, 0x53), 0x01);
		assert_eq!(gf_mul(0x02, 0x80), 0x1b);
		for a in 0..=255u8 {
			assert_eq!(gf_mul(a, 1), a);
			assert_eq!(gf_mul(1, a), a);
			assert_eq!(gf_mul(a, 0), 0);
			assert_eq!(gf_mul(0, a), 0);
		}
	}

	#[test]
	fn gf_inv_known_values() {
		assert_eq!(gf_inv(0x53), 0xca);
		assert_eq!(gf_inv(0xca), 0x53);
		assert_eq!(gf_inv(0x01), 0x01);
		assert_eq!(gf_inv(0x00), 0x00);
		for a in 1..=255u8 {
			assert_eq!(gf_mul(a, gf_inv(a)), 1, "a = {a:#04x}");
		}
	}

	/// Computed independently: a Python carry-less multiply reduced mod 0x11b, summing
	/// c_j * x^j (not Horner). Secret byte i = i, x^1 coefficient byte i = 0xa0 + i, x^2
	/// coefficient byte i = 0x30 + 7i.
	#[test]
	fn known_answer_vectors() {
		let secret: [u8; 32] = core::array::from_fn(|i| i as u8);
		let c1: [u8; 32] = core::array::from_fn(|i| 0xa0 + i as u8);
		let c2: [u8; 32] = core::array::from_fn(|i| (0x30 + 7 * i) as u8);

		let degree_1 = split_from_coefficients(&[secret, c1], 3);
		let expected_1 = [
			"a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0",
			"5b585d5e57545152434045464f4c494a6b686d6e67646162737075767f7c797a",
			"fbf9fffdf3f1f7f5ebe9efede3e1e7e5dbd9dfddd3d1d7d5cbc9cfcdc3c1c7c5",
		];
		assert_eq!(degree_1.len(), 3);
		for (share, (x, y)) in degree_1.iter().zip((1u8..).zip(expected_1)) {
			assert_eq!(share, &Share { x, y: hex(y) });
		}

		let degree_2 = split_from_coefficients(&[secret, c1, c2], 5);
		let expected_2 = [
			"90979ee5ecf3fac1c8cfd6dd242b323900070e151c636a71787f464d545ba2a9",
			"9b84a5517c0322cdf8e786a969563718ddc2e38ca145640b3e21c0ef82bd715e",
			"0b1239b794f5de0b38215a7f41700b2ecdd4ff8aa933186d5e479cb9cafbcde8",
			"9bee71850ee07fe74431b50012e763d6087de24cc773ec42e194269303f6f045",
			"0b78ed63e616832184f769d63ac15fe0186bfe4acf05902481f27ac54bb04cf3",
		];
		assert_eq!(degree_2.len(), 5);
		for (share, (x, y)) in degree_2.iter().zip((1u8..).zip(expected_2)) {
			assert_eq!(share, &Share { x, y: hex(y) });
		}

		// And the vectors combine back, from any qualifying subset.
		assert_eq!(combine(&degree_1[1..], 2), Ok(secret));
		assert_eq!(
			combine(&[degree_2[4].clone(), degree_2[0].clone(), degree_2[2].clone()], 3),
			Ok(secret)
		);
	}

	#[test]
	fn round_trips() {
		let secret = test_secret();
		let mut rng = TestRng(1);
		for (threshold, shares) in [(2, 3), (3, 5), (2, 2), (5, 5), (2, 255), (255, 255)] {
			let split = split_with(&mut rng, &secret, threshold, shares).unwrap();
			assert_eq!(split.len(), usize::from(shares));
			assert!(split.iter().zip(1..=255u8).all(|(share, x)| share.x == x));
			assert_eq!(combine(&split, threshold), Ok(secret), "({threshold}, {shares})");
			let last = &split[split.len() - usize::from(threshold)..];
			assert_eq!(combine(last, threshold), Ok(secret), "({threshold}, {shares})");
		}
		// With the operating system's randomness too.
		let split = split(&secret, 3, 5).unwrap();
		assert_eq!(combine(&split[2..], 3), Ok(secret));
	}

	#[test]
	fn two_of_255_any_pair_recovers() {
		let secret = test_secret();
		let split = split_with(&mut TestRng(2), &secret, 2, 255).unwrap();
		for pair in [(0, 254), (253, 254), (100, 7), (0, 1)] {
			let shares = [split[pair.0].clone(), split[pair.1].clone()];
			assert_eq!(combine(&shares, 2), Ok(secret));
		}
	}

	#[test]
	fn every_threshold_subset_recovers() {
		let secret = test_secret();
		let split = split_with(&mut TestRng(3), &secret, 3, 5).unwrap();
		let subsets = subsets(5, 3);
		assert_eq!(subsets.len(), 10);
		for subset in subsets {
			let mut shares: Vec<Share> = subset.iter().map(|&i| split[i].clone()).collect();
			assert_eq!(combine(&shares, 3), Ok(secret), "{subset:?}");
			shares.reverse();
			assert_eq!(combine(&shares, 3), Ok(secret), "{subset:?} reversed");
		}
	}

	#[test]
	fn fewer_than_threshold_shares_give_another_value() {
		let secret = test_secret();
		let split = split_with(&mut TestRng(4), &secret, 3, 5).unwrap();
		for subset in subsets(5, 2) {
			let shares: Vec<Share> = subset.iter().map(|&i| split[i].clone()).collect();
			assert_eq!(combine(&shares, 3), Err(ShamirError::TooFewShares));
			// Interpolating a degree-2 polynomial through two points misses the secret.
			assert_ne!(combine(&shares, 2), Ok(secret), "{subset:?}");
		}
	}

	/// With threshold 2, a share's byte is `s + a * x`: over the 256 choices of the random
	/// coefficient `a`, it takes every value exactly once, whatever the secret byte `s`, so one
	/// share says nothing about the secret.
	#[test]
	fn one_share_of_two_is_uniform() {
		for s in [0x00u8, 0x01, 0x5c, 0xff] {
			for x in 1..=255u8 {
				let mut counts = [0u16; 256];
				for a in 0..=255u8 {
					let y = evaluate([s, a].into_iter(), x);
					counts[usize::from(y)] += 1;
				}
				assert!(counts.iter().all(|&count| count == 1), "s = {s:#04x}, x = {x}");
			}
		}
		// The same through the share builder, for one byte position.
		let mut secret = [0u8; 32];
		secret[7] = 0xab;
		let mut counts = [0u16; 256];
		for a in 0..=255u8 {
			let mut c1 = [0u8; 32];
			c1[7] = a;
			let shares = split_from_coefficients(&[secret, c1], 3);
			counts[usize::from(shares[2].y[7])] += 1;
		}
		assert!(counts.iter().all(|&count| count == 1));
	}

	#[test]
	fn bad_parameters_are_refused() {
		let secret = test_secret();
		for (threshold, shares) in [(1, 3), (0, 3), (1, 1), (4, 3), (3, 2), (2, 0), (0, 0)] {
			assert_eq!(
				split(&secret, threshold, shares),
				Err(ShamirError::BadParameters),
				"({threshold}, {shares})"
			);
		}
		let split = split(&secret, 2, 3).unwrap();
		assert_eq!(combine(&split, 1), Err(ShamirError::BadParameters));
		assert_eq!(combine(&split, 0), Err(ShamirError::BadParameters));
	}

	#[test]
	fn too_few_shares_are_refused() {
		let secret = test_secret();
		let split = split_with(&mut TestRng(5), &secret, 3, 5).unwrap();
		assert_eq!(combine(&[], 3), Err(ShamirError::TooFewShares));
		assert_eq!(combine(&split[..1], 3), Err(ShamirError::TooFewShares));
		assert_eq!(combine(&split[..2], 3), Err(ShamirError::TooFewShares));
		// Identical duplicates count once.
		let duplicated = [split[0].clone(), split[1].clone(), split[0].clone(), split[1].clone()];
		assert_eq!(combine(&duplicated, 3), Err(ShamirError::TooFewShares));
		let with_third = [split[0].clone(), split[0].clone(), split[1].clone(), split[4].clone()];
		assert_eq!(combine(&with_third, 3), Ok(secret));
	}

	#[test]
	fn conflicting_or_zero_shares_are_malformed() {
		let secret = test_secret();
		let split = split_with(&mut TestRng(6), &secret, 2, 3).unwrap();
		let mut conflicting = split[0].clone();
		conflicting.y[31] ^= 1;
		assert_eq!(
			combine(&[split[0].clone(), conflicting.clone(), split[1].clone()], 2),
			Err(ShamirError::Malformed)
		);
		// Checked even past the first `threshold` distinct shares.
		assert_eq!(
			combine(&[split[0].clone(), split[1].clone(), conflicting], 2),
			Err(ShamirError::Malformed)
		);
		let zero = Share { x: 0, y: secret };
		assert_eq!(
			combine(&[split[0].clone(), zero, split[1].clone()], 2),
			Err(ShamirError::Malformed)
		);
	}

	#[test]
	fn share_bytes_round_trip_and_refusals() {
		let share = Share { x: 7, y: core::array::from_fn(|i| i as u8) };
		let bytes = share.to_bytes();
		assert_eq!(bytes[0], 7);
		assert_eq!(&bytes[1..], &share.y);
		assert_eq!(Share::from_bytes(&bytes), Ok(share));

		let mut zero = bytes;
		zero[0] = 0;
		assert_eq!(Share::from_bytes(&zero), Err(ShamirError::Malformed));
		assert_eq!(Share::from_bytes(&[]), Err(ShamirError::Malformed));
		assert_eq!(Share::from_bytes(&bytes[..1]), Err(ShamirError::Malformed));
		assert_eq!(Share::from_bytes(&bytes[..32]), Err(ShamirError::Malformed));
		let mut long = bytes.to_vec();
		long.push(0);
		assert_eq!(Share::from_bytes(&long), Err(ShamirError::Malformed));
	}

	#[test]
	fn debug_hides_y() {
		let share = Share { x: 9, y: [0xee; 32] };
		let printed = format!("{share:?}");
		assert_eq!(printed, "Share { x: 9, .. }");
		assert!(!printed.contains("238") && !printed.contains("ee"));
	}

	#[test]
	fn wipe_zeroes() {
		let mut buffer = [0xa5u8; 32];
		wipe(&mut buffer);
		assert_eq!(buffer, [0u8; 32]);
	}
}
