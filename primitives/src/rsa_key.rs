//! RSA public keys as CareChain registers them: DER-encoded SubjectPublicKeyInfo (the form
//! `openssl rsa -pubout -outform DER` and every RSA library export), checked on registration so
//! that the chain never stores a key that clients cannot use or that is too weak.
//!
//! Parsing is deterministic and needs no randomness, so the runtime runs it.

use rsa::{
	pkcs1::{self, der::Decode},
	pkcs8::spki::SubjectPublicKeyInfoRef,
	traits::PublicKeyParts,
	BigUint,
};

/// A parsed RSA public key.
pub use rsa::RsaPublicKey;

/// The largest modulus the `rsa` crate accepts, and so the largest key CareChain registers.
pub const MAX_MODULUS_BITS: u32 = 4096;

/// The DER length of a SubjectPublicKeyInfo for a 4096-bit key with a 65537 exponent (the
/// longest key a runtime needs to store).
pub const MAX_SPKI_DER_LEN: u32 = 550;

/// Why a byte string is not a key CareChain accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RsaKeyError {
	/// Not a DER SubjectPublicKeyInfo, or an RSA key whose numbers are invalid.
	Malformed,
	/// A well-formed public key, but not an RSA one (EC, Ed25519…).
	NotRsa,
	/// An RSA key whose modulus is shorter than required.
	TooShort,
	/// An RSA key whose modulus is longer than [`MAX_MODULUS_BITS`].
	TooLarge,
}

/// Parses `der` as a SubjectPublicKeyInfo holding an RSA key of at least `min_bits`, and returns
/// the key. The whole input must be the canonical DER encoding: one key, one byte string.
pub fn parse_rsa_public_key(der: &[u8], min_bits: u32) -> Result<RsaPublicKey, RsaKeyError> {
	let spki = SubjectPublicKeyInfoRef::from_der(der).map_err(|_| RsaKeyError::Malformed)?;
	if spki.algorithm.oid != pkcs1::ALGORITHM_OID {
		return Err(RsaKeyError::NotRsa);
	}
	let inner = spki.subject_public_key.as_bytes().ok_or(RsaKeyError::Malformed)?;
	let numbers = pkcs1::RsaPublicKey::from_der(inner).map_err(|_| RsaKeyError::Malformed)?;
	let modulus = BigUint::from_bytes_be(numbers.modulus.as_bytes());
	let bits = u32::try_from(modulus.bits()).map_err(|_| RsaKeyError::TooLarge)?;
	if bits < min_bits {
		return Err(RsaKeyError::TooShort);
	}
	if bits > MAX_MODULUS_BITS {
		return Err(RsaKeyError::TooLarge);
	}
	RsaPublicKey::new(modulus, BigUint::from_bytes_be(numbers.public_exponent.as_bytes()))
		.map_err(|_| RsaKeyError::Malformed)
}

/// The public exponent of `key`, if it fits in 64 bits (every exponent the `rsa` crate accepts
/// does: it refuses any above 2^33 − 1).
pub fn public_exponent(key: &RsaPublicKey) -> Option<u64> {
	let bytes = key.e().to_bytes_be();
	(bytes.len() <= 8).then(|| bytes.iter().fold(0u64, |e, byte| (e << 8) | u64::from(*byte)))
}

/// The modulus length of `key`, in bits.
pub fn modulus_bits(key: &RsaPublicKey) -> u32 {
	u32::try_from(key.n().bits()).unwrap_or(u32::MAX)
}

#[cfg(all(test, feature = "testing"))]
mod tests {
	use super::*;
	use crate::testing::keys::*;

	#[test]
	fn accepts_2048_3072_and_4096_bit_keys_and_reports_their_size() {
		for (der, bits) in [(RSA_2048_A, 2048), (RSA_3072, 3072), (RSA_4096_A, 4096)] {
			let key = parse_rsa_public_key(der, 2048).expect("a valid RSA key");
			assert_eq!(modulus_bits(&key), bits);
		}
		assert_eq!(RSA_4096_A.len() as u32, MAX_SPKI_DER_LEN);
	}

	#[test]
	fn refuses_a_1024_bit_key_as_too_short() {
		assert_eq!(parse_rsa_public_key(RSA_1024, 2048), Err(RsaKeyError::TooShort));
		assert!(parse_rsa_public_key(RSA_1024, 1024).is_ok(), "the bound is the caller's");
	}

	#[test]
	fn reports_the_public_exponent() {
		let key = parse_rsa_public_key(DEVICE_2048, 2048).unwrap();
		assert_eq!(public_exponent(&key), Some(65_537));
		let key = parse_rsa_public_key(DEVICE_2048_E3, 2048).unwrap();
		assert_eq!(public_exponent(&key), Some(3));
	}

	#[test]
	fn refuses_an_8192_bit_key_as_too_large() {
		assert_eq!(parse_rsa_public_key(RSA_8192, 2048), Err(RsaKeyError::TooLarge));
	}

	#[test]
	fn refuses_an_ec_key_as_not_rsa() {
		assert_eq!(parse_rsa_public_key(EC_P256, 2048), Err(RsaKeyError::NotRsa));
	}

	#[test]
	fn refuses_garbage_truncation_and_trailing_bytes_as_malformed() {
		assert_eq!(parse_rsa_public_key(b"not a key", 2048), Err(RsaKeyError::Malformed));
		assert_eq!(parse_rsa_public_key(&[], 2048), Err(RsaKeyError::Malformed));
		let truncated = &RSA_2048_A[..RSA_2048_A.len() - 1];
		assert_eq!(parse_rsa_public_key(truncated, 2048), Err(RsaKeyError::Malformed));
		let mut trailing = RSA_2048_A.to_vec();
		trailing.push(0);
		assert_eq!(parse_rsa_public_key(&trailing, 2048), Err(RsaKeyError::Malformed));
	}
}
