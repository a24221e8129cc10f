//! What a stored record is identified by, and how a device's signature over it is checked: the
//! **content hash** is the blake2b-256 hash of the stored bytes (the encoded envelope, see
//! `carechain_crypto::envelope`), and a device signs that 32-byte hash with **RSA-PSS** (SHA-256,
//! MGF1-SHA-256, a 32-byte salt) under its registered signing key: hash, then sign, as the first
//! source paper asks, with a padding that is safe.
//!
//! Verification needs no secret and no randomness, so the runtime runs it; signing happens on
//! the device only (`carechain_crypto::envelope::sign_content_hash`).

use blake2::{digest::consts::U32, Blake2b, Digest};
use rsa::{
	pss::{Signature, VerifyingKey},
	signature::Verifier,
};
use sha2::Sha256;

use crate::rsa_key::parse_rsa_public_key;

/// A content hash: blake2b-256 of the stored bytes.
pub type ContentHash = [u8; 32];

/// The content hash of `bytes`: blake2b with a 32-byte output, no key, no personalisation (the
/// same function as `sp_core::hashing::blake2_256`).
pub fn content_hash(bytes: &[u8]) -> ContentHash {
	Blake2b::<U32>::digest(bytes).into()
}

/// Why a signature is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureError {
	/// The signing key is not an RSA public key CareChain accepts.
	BadKey,
	/// The signature is not as long as the key's modulus.
	WrongLength,
	/// The signature does not verify: wrong key, wrong hash, or altered.
	Invalid,
}

/// Checks that `signature` is an RSA-PSS (SHA-256) signature of `hash` by the key `signing_key`
/// (DER SubjectPublicKeyInfo, at least `min_bits`).
pub fn verify_content_signature(
	signing_key: &[u8],
	hash: &ContentHash,
	signature: &[u8],
	min_bits: u32,
) -> Result<(), SignatureError> {
	let key = parse_rsa_public_key(signing_key, min_bits).map_err(|_| SignatureError::BadKey)?;
	let modulus_len = rsa::traits::PublicKeyParts::size(&key);
	if signature.len() != modulus_len {
		return Err(SignatureError::WrongLength);
	}
	let signature = Signature::try_from(signature).map_err(|_| SignatureError::WrongLength)?;
	VerifyingKey::<Sha256>::new(key).verify(hash, &signature).map_err(|_| SignatureError::Invalid)
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

	fn hex_literal(hex: &str) -> [u8; 32] {
		let bytes: Vec<u8> = (0..hex.len())
			.step_by(2)
			.map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
			.collect();
		bytes.try_into().unwrap()
	}
}
