//! What a stored record is identified by, and how a device's signature over it is checked: the
//! **content hash** is the blake2b-256 hash of the stored bytes (the encoded envelope, see
//! `carechain_crypto::envelope`), and a device signs that 32-byte hash with **RSA-PSS** (SHA-256,
//! MGF1-SHA-256, a 32-byte salt) under its registered signing key: hash, then sign, as the first
//! source paper asks, with a padding that is safe.
//!
//! Verification needs no secret and no randomness, so the runtime runs it; signing happens on
//! the device only (`carechain_crypto::envelope::sign_content_hash`).

use blake2::{digest::consts::U32, Blake2b, Digest};
use rsa::traits::PublicKeyParts;
use sha2::Sha256;

use crate::{
	montgomery::Modulus,
	rsa_key::{parse_rsa_public_key, public_exponent},
};

/// A content hash: blake2b-256 of the stored bytes.
pub type ContentHash = [u8; 32];

/// The public exponent of every signing key: 65537, the one every RSA library generates and
/// FIPS 186-5's smallest. Verification then costs a fixed 17 modular multiplications, which the
/// anchor's benchmarked weight covers; a larger exponent would cost up to twice that.
pub const SIGNING_KEY_EXPONENT: u64 = 65_537;

/// SHA-256's output length, which is also the salt length CareChain's PSS uses.
const HASH_LEN: usize = 32;

/// The content hash of `bytes`: blake2b with a 32-byte output, no key, no personalisation (the
/// same function as `sp_core::hashing::blake2_256`).
pub fn content_hash(bytes: &[u8]) -> ContentHash {
	Blake2b::<U32>::digest(bytes).into()
}

/// Why a signature is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureError {
	/// The signing key is not an RSA public key CareChain accepts (malformed, too short or too
	/// long, or an exponent other than [`SIGNING_KEY_EXPONENT`]).
	BadKey,
	/// The signature is not as long as the key's modulus.
	WrongLength,
	/// The signature does not verify: wrong key, wrong hash, or altered.
	Invalid,
}

/// Checks that `signature` is an RSA-PSS (SHA-256, MGF1-SHA-256, 32-byte salt) signature of
/// `hash` by the key `signing_key` (DER SubjectPublicKeyInfo, at least `min_bits`, exponent
/// [`SIGNING_KEY_EXPONENT`]). The message signed is the 32-byte `hash` itself, so the PSS
/// message hash is SHA-256(`hash`).
///
/// RFC 8017's RSASSA-PSS-VERIFY, on [`Modulus`]: about 0.1 ms of wasm for a 2048-bit key where
/// the `rsa` crate took 1.7 ms. It accepts exactly what the `rsa` crate's `pss::VerifyingKey`
/// accepts for such keys, except one case RFC 8017 refuses and that crate lets through: a key
/// whose length in bits is 1 modulo 8 and a signature whose RSA result has a non-zero top byte.
pub fn verify_content_signature(
	signing_key: &[u8],
	hash: &ContentHash,
	signature: &[u8],
	min_bits: u32,
) -> Result<(), SignatureError> {
	let key = parse_rsa_public_key(signing_key, min_bits).map_err(|_| SignatureError::BadKey)?;
	if public_exponent(&key) != Some(SIGNING_KEY_EXPONENT) {
		return Err(SignatureError::BadKey);
	}
	let modulus = Modulus::from_be_bytes(&key.n().to_bytes_be()).ok_or(SignatureError::BadKey)?;
	if signature.len() != modulus.byte_len() {
		return Err(SignatureError::WrongLength);
	}
	let encoded = modulus.pow(signature, SIGNING_KEY_EXPONENT).ok_or(SignatureError::Invalid)?;
	let message_hash: [u8; HASH_LEN] = Sha256::digest(hash).into();
	if emsa_pss_verify(&message_hash, &encoded, modulus.bits() - 1) {
		Ok(())
	} else {
		Err(SignatureError::Invalid)
	}
}

/// RFC 8017 §9.1.2 EMSA-PSS-VERIFY with SHA-256, MGF1-SHA-256 and a 32-byte salt, on the
/// modulus-length big-endian RSA result `encoded`, for an encoded message of `em_bits` bits.
/// Public data only: no step needs to run in constant time.
fn emsa_pss_verify(message_hash: &[u8; HASH_LEN], encoded: &[u8], em_bits: u32) -> bool {
	let em_len = em_bits.div_ceil(8) as usize;
	let Some(lead_len) = encoded.len().checked_sub(em_len) else { return false };
	let (lead, em) = encoded.split_at(lead_len);
	// I2OSP(m, emLen): the integer must fit in emLen bytes.
	if lead.iter().any(|byte| *byte != 0) || em_len < 2 * HASH_LEN + 2 || em[em_len - 1] != 0xbc {
		return false;
	}
	let (masked_db, rest) = em.split_at(em_len - HASH_LEN - 1);
	let h = &rest[..HASH_LEN];
	let top_mask = 0xffu8 >> (8 * em_len as u32 - em_bits);
	if masked_db[0] & !top_mask != 0 {
		return false;
	}
	let mut db = masked_db.to_vec();
	for (counter, chunk) in db.chunks_mut(HASH_LEN).enumerate() {
		let mask =
			Sha256::new().chain_update(h).chain_update((counter as u32).to_be_bytes()).finalize();
		for (byte, mask) in chunk.iter_mut().zip(mask) {
			*byte ^= mask;
		}
	}
	db[0] &= top_mask;
	let padding_len = em_len - 2 * HASH_LEN - 2;
	if db[..padding_len].iter().any(|byte| *byte != 0) || db[padding_len] != 0x01 {
		return false;
	}
	let salt = &db[padding_len + 1..];
	let expected = Sha256::new()
		.chain_update([0u8; 8])
		.chain_update(message_hash)
		.chain_update(salt)
		.finalize();
	expected.as_slice() == h
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::testing::keys::*;

	#[test]
	fn content_hash_is_blake2b_256() {
		// The published blake2b-256 of the empty string, and Python hashlib's
		// `blake2b(READING, digest_size=32)`.
		assert_eq!(
			content_hash(b""),
			hex_literal("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
		);
		assert_eq!(
			content_hash(READING),
			hex_literal("455475d404b0f5a1521a7dcb1779544bc5f9f79da8eeaa6f73f73e3907b42a56")
		);
	}

	#[test]
	fn openssl_pss_signatures_verify() {
		let hash = content_hash(READING);
		for (key, signature) in [
			(DEVICE_2048, DEVICE_2048_READING_SIGNATURE),
			(DEVICE_3072, DEVICE_3072_READING_SIGNATURE),
			(DEVICE_4096, DEVICE_4096_READING_SIGNATURE),
		] {
			assert_eq!(verify_content_signature(key, &hash, signature, 2048), Ok(()));
		}
	}

	#[test]
	fn a_flipped_bit_anywhere_is_refused() {
		let hash = content_hash(READING);
		let mut bad_hash = hash;
		bad_hash[31] ^= 1;
		assert_eq!(
			verify_content_signature(DEVICE_2048, &bad_hash, DEVICE_2048_READING_SIGNATURE, 2048),
			Err(SignatureError::Invalid)
		);
		let mut bad_signature = DEVICE_2048_READING_SIGNATURE.to_vec();
		bad_signature[100] ^= 0x10;
		assert_eq!(
			verify_content_signature(DEVICE_2048, &hash, &bad_signature, 2048),
			Err(SignatureError::Invalid)
		);
		// Another key's signature.
		assert_eq!(
			verify_content_signature(RSA_2048_A, &hash, DEVICE_2048_READING_SIGNATURE, 2048),
			Err(SignatureError::Invalid)
		);
	}

	#[test]
	fn a_signature_of_the_wrong_length_or_a_bad_key_is_refused() {
		let hash = content_hash(READING);
		assert_eq!(
			verify_content_signature(DEVICE_4096, &hash, DEVICE_2048_READING_SIGNATURE, 2048),
			Err(SignatureError::WrongLength)
		);
		assert_eq!(
			verify_content_signature(&DEVICE_2048[1..], &hash, DEVICE_2048_READING_SIGNATURE, 2048),
			Err(SignatureError::BadKey)
		);
		assert_eq!(
			verify_content_signature(RSA_1024, &hash, &[0; 128], 2048),
			Err(SignatureError::BadKey)
		);
	}

	#[test]
	fn a_valid_signature_under_an_exponent_other_than_65537_is_refused_as_a_bad_key() {
		// OpenSSL verifies it; CareChain's signing keys have exponent 65537 only.
		let hash = content_hash(READING);
		assert_eq!(
			verify_content_signature(DEVICE_2048_E3, &hash, DEVICE_2048_E3_READING_SIGNATURE, 2048),
			Err(SignatureError::BadKey)
		);
	}

	#[test]
	fn a_signature_not_below_the_modulus_is_refused() {
		let hash = content_hash(READING);
		assert_eq!(
			verify_content_signature(DEVICE_2048, &hash, &[0xff; 256], 2048),
			Err(SignatureError::Invalid)
		);
		assert_eq!(
			verify_content_signature(DEVICE_2048, &hash, &[0; 256], 2048),
			Err(SignatureError::Invalid)
		);
	}

	#[test]
	fn every_single_bit_flip_of_a_signature_is_refused() {
		let hash = content_hash(READING);
		for bit in 0..DEVICE_2048_READING_SIGNATURE.len() * 8 {
			let mut signature = DEVICE_2048_READING_SIGNATURE.to_vec();
			signature[bit / 8] ^= 1 << (bit % 8);
			assert_eq!(
				verify_content_signature(DEVICE_2048, &hash, &signature, 2048),
				Err(SignatureError::Invalid),
				"bit {bit}"
			);
		}
	}

	fn hex_literal(hex: &str) -> [u8; 32] {
		let bytes: Vec<u8> = (0..hex.len())
			.step_by(2)
			.map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
			.collect();
		bytes.try_into().unwrap()
	}
}
