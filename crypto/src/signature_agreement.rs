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
	traits::{PrivateKeyParts, PublicKeyParts},
	BigUint, RsaPrivateKey,
};
use sha2::Sha256;

use crate::{
	envelope::{private_key_from_der, public_key_der, sign_content_hash},
	test_rng::TestRng,
};

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
	let mut corpus = TestRng(2026_12_03);
	let mut checked = 0;
	for (public, private) in [
		(DEVICE_2048, DEVICE_2048_PRIVATE),
		(DEVICE_3072, DEVICE_3072_PRIVATE),
		(DEVICE_4096, DEVICE_4096_PRIVATE),
	] {
		let private = private_key_from_der(private).unwrap();
		for _ in 0..24 {
			let mut hash = [0u8; 32];
			corpus.fill_bytes(&mut hash);
			let signature = sign_content_hash(&private, &hash);
			assert!(reference(public, &hash, &signature));
			assert_eq!(verify_content_signature(public, &hash, &signature, 2048), Ok(()));

			// One random bit of the signature flipped, one of the hash, and random bytes.
			let mut altered = signature.clone();
			let bit = (corpus.next_u64() % (altered.len() as u64 * 8)) as usize;
			altered[bit / 8] ^= 1 << (bit % 8);
			let mut other_hash = hash;
			other_hash[(corpus.next_u64() % 32) as usize] ^= 1 << (corpus.next_u64() % 8);
			let mut random = vec![0u8; signature.len()];
			corpus.fill_bytes(&mut random);
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

#[test]
fn a_nonzero_byte_above_the_encoded_message_is_refused_where_the_rsa_crate_drops_it() {
	// A 2049-bit key: the encoded message has 2048 bits, a byte less than the modulus, and
	// RFC 8017 (§8.1.2, 2c) refuses an RSA result that does not fit it. The `rsa` crate slices
	// that byte off unread; CareChain refuses, the one place it is stricter.
	let private = RsaPrivateKey::new(&mut OsRng, 2049).unwrap();
	let public = public_key_der(&private);
	let (n, d) = (private.n(), private.d());
	let top = BigUint::from(1u8) << 2048usize;
	let mut corpus = TestRng(2049);
	let (hash, forged) = loop {
		let mut hash = [0u8; 32];
		corpus.fill_bytes(&mut hash);
		let signature = sign_content_hash(&private, &hash);
		assert!(reference(&public, &hash, &signature));
		assert_eq!(verify_content_signature(&public, &hash, &signature, 2048), Ok(()));
		// The encoded message with a 1 above it, raw-signed with the private exponent.
		let encoded = BigUint::from_bytes_be(&signature).modpow(private.e(), n);
		let raised = encoded + &top;
		if raised < *n {
			let mut forged = raised.modpow(d, n).to_bytes_be();
			while forged.len() < 257 {
				forged.insert(0, 0);
			}
			break (hash, forged);
		}
	};
	assert!(reference(&public, &hash, &forged), "the rsa crate drops the byte");
	assert_eq!(
		verify_content_signature(&public, &hash, &forged, 2048),
		Err(SignatureError::Invalid)
	);
}
