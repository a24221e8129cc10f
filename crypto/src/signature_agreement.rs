//! The runtime's RSA-PSS verification (`carechain_primitives::record_signature`, Montgomery
//! arithmetic on 32-bit limbs) against the `rsa` crate's `pss::VerifyingKey`, which the runtime
//! used before: on a corpus of signatures made here, both accept the same signatures and refuse
//! the same alterations. Test-only.

use carechain_primitives::{
	record_signature::{verify_content_signature, ContentHash, SignatureError},
	rsa_key::parse_rsa_public_key,
	testing::keys::*,
};
use rand_core::{OsRng, RngCore};
use rsa::{
	pss::{Signature, VerifyingKey},
	signature::Verifier,
};
use sha2::Sha256;

use crate::envelope::{private_key_from_der, sign_content_hash};

/// What the `rsa` crate says of a signature.
fn reference(key: &[u8], hash: &ContentHash, signature: &[u8]) -> bool {
	let key = parse_rsa_public_key(key, 2048).unwrap();
	if signature.len() != rsa::traits::PublicKeyParts::size(&key) {
		return false;
	}
	let Ok(signature) = Signature::try_from(signature) else { return false };
	VerifyingKey::<Sha256>::new(key).verify(hash, &signature).is_ok()
}

#[test]
fn both_verifiers_agree_on_a_corpus_of_signatures_and_alterations() {
	let mut checked = 0;
	for (public, private) in [
		(DEVICE_2048, DEVICE_2048_PRIVATE),
		(DEVICE_3072, DEVICE_3072_PRIVATE),
		(DEVICE_4096, DEVICE_4096_PRIVATE),
	] {
		let private = private_key_from_der(private).unwrap();
		for _ in 0..24 {
			let mut hash = [0u8; 32];
			OsRng.fill_bytes(&mut hash);
			let signature = sign_content_hash(&private, &hash);
			assert!(reference(public, &hash, &signature));
			assert_eq!(verify_content_signature(public, &hash, &signature, 2048), Ok(()));

			// One random bit of the signature flipped, one of the hash, and random bytes.
			let mut altered = signature.clone();
			let bit = (OsRng.next_u32() as usize) % (altered.len() * 8);
			altered[bit / 8] ^= 1 << (bit % 8);
			let mut other_hash = hash;
			other_hash[(OsRng.next_u32() % 32) as usize] ^= 1 << (OsRng.next_u32() % 8);
			let mut random = vec![0u8; signature.len()];
			OsRng.fill_bytes(&mut random);
			for (hash, signature) in
				[(&hash, &altered), (&other_hash, &signature), (&hash, &random)]
			{
				assert!(!reference(public, hash, signature));
				assert!(verify_content_signature(public, hash, signature, 2048).is_err());
			}
			checked += 4;
		}
	}
	assert_eq!(checked, 3 * 24 * 4);
}

#[test]
fn openssl_signatures_verify_under_both_and_the_exponent_rule_is_the_one_difference() {
	let hash = carechain_primitives::record_signature::content_hash(READING);
	for (key, signature) in [
		(DEVICE_2048, DEVICE_2048_READING_SIGNATURE),
		(DEVICE_3072, DEVICE_3072_READING_SIGNATURE),
		(DEVICE_4096, DEVICE_4096_READING_SIGNATURE),
	] {
		assert!(reference(key, &hash, signature));
		assert_eq!(verify_content_signature(key, &hash, signature, 2048), Ok(()));
	}
	// A valid signature under exponent 3: the `rsa` crate accepts it, CareChain refuses the key.
	assert!(reference(DEVICE_2048_E3, &hash, DEVICE_2048_E3_READING_SIGNATURE));
	assert_eq!(
		verify_content_signature(DEVICE_2048_E3, &hash, DEVICE_2048_E3_READING_SIGNATURE, 2048),
		Err(SignatureError::BadKey)
	);
}
