//! Record cryptography for clients (devices, patients, physicians): hybrid encryption of a
//! record into a versioned **envelope**, key wrapping, and device signatures. Private-key
//! operations happen here, in clients, and never in the runtime (which only verifies
//! signatures: [`carechain_primitives::record_signature`]).
//!
//! # The scheme
//!
//! - A fresh 256-bit **data key** per record encrypts the record with **AES-256-GCM** (96-bit
//!   random nonce, 128-bit tag).
//! - The data key is **wrapped** once per recipient: with **RSA-OAEP** (SHA-256, MGF1-SHA-256, no
//!   label) to a participant's registered encryption key, or with AES-256-GCM under a 256-bit
//!   symmetric **key-encryption key** (for example a patient's per-category key, which is itself
//!   RSA-OAEP-wrapped once per reader; see the records pallet).
//! - A device signs the envelope's **content hash** (blake2b-256 of the encoded envelope) with
//!   **RSA-PSS** (SHA-256, MGF1-SHA-256, 32-byte salt).
//!
//! Never textbook RSA, never PKCS#1 v1.5 encryption (RUSTSEC-2023-0071, "Marvin"). Keys are
//! 2048, 3072 or 4096 bits.
//!
//! # The envelope format, version 1
//!
//! The stored bytes are the SCALE encoding of [`Envelope`], field by field:
//!
//! | field | encoding |
//! |---|---|
//! | `version` | 1 byte: `0x01` |
//! | `aead` | 1 byte: `0x01` = AES-256-GCM |
//! | `nonce` | 12 bytes |
//! | `ciphertext` | compact length, then the AES-256-GCM output: encrypted bytes followed by the 16-byte tag |
//! | `keys` | compact count, then each [`WrappedKey`]: `wrap` (below), then `wrapped` as compact length and bytes |
//!
//! `wrap` is one byte of kind, then its fields: `0x01` = RSA-OAEP-SHA-256, then the 32-byte
//! recipient id (the recipient's account id); `0x02` = AES-256-GCM key wrap, then the 32-byte
//! key-encryption key id and the 12-byte nonce of the wrap (`wrapped` is then the 32 encrypted
//! key bytes and the 16-byte tag). The record's AES-GCM additional authenticated data is
//! `b"carechain/record/v1"` followed by the version and aead bytes; a key wrap's is
//! `b"carechain/key-wrap/v1"`. Compact lengths are SCALE's: a value below 64 is one byte,
//! `value << 2`; below 2^14 two bytes little-endian, `(value << 2) | 1`; below 2^30 four bytes,
//! `(value << 2) | 2`.
//!
//! # Version 2: custody
//!
//! The same layout with `version` `0x02` (so the record's additional data names version 2). Its
//! keys are the data key wrapped with RSA-OAEP to the patient (kind `0x01`), and one share per
//! custodian: kind `0x03` = RSA-OAEP-SHA-256 of a Shamir share, then the 32-byte custodian id and
//! one byte, the share's x-coordinate; `wrapped` is the RSA-OAEP encryption of the 33-byte share
//! (x, then the 32 share bytes; [`crate::shamir`]). [`crate::custody`] seals and opens it.
//!
//! A custody **batch** ([`crate::custody_batch`]) has one such envelope for the batch, whose
//! record is the 32-byte batch key, and its readings in version 2 envelopes whose one key is the
//! reading's data key wrapped under the batch key (kind `0x02`, the key id being the batch key
//! envelope's content hash).
//!
//! The content hash anchored on-chain is blake2b-256 of exactly these bytes, so an altered
//! byte anywhere (ciphertext, nonce, tag, a wrapped key) fails the hash check, and the
//! decryption fails too: [`CryptoError`] says where.

use codec::{Decode, Encode};
use rand_core::{CryptoRngCore, OsRng, RngCore};
use rsa::{
	pkcs8::{DecodePrivateKey, EncodePublicKey},
	pss::BlindedSigningKey,
	signature::{RandomizedSigner, SignatureEncoding},
	Oaep, RsaPrivateKey,
};
use sha2::Sha256;

use aes_gcm::{
	aead::{Aead, KeyInit, Payload},
	Aes256Gcm, Key, Nonce,
};

pub use rsa::RsaPrivateKey as PrivateKey;

use carechain_primitives::{
	record_signature::{content_hash, ContentHash},
	rsa_key::{parse_rsa_public_key, MAX_MODULUS_BITS},
};

pub use carechain_primitives::records::{CUSTODY_ENVELOPE_VERSION, ENVELOPE_VERSION};
/// The key sizes clients generate.
pub const KEY_SIZES: [usize; 3] = [2048, 3072, 4096];
/// The smallest key a client wraps to.
pub const MIN_KEY_BITS: u32 = 2048;

const RECORD_AAD: &[u8] = b"carechain/record/v1";
const KEY_WRAP_AAD: &[u8] = b"carechain/key-wrap/v1";

/// A 256-bit symmetric key: a record's data key, or a key-encryption key.
pub type SymmetricKey = [u8; 32];

/// The record cipher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum AeadAlgorithm {
	/// AES-256-GCM, 96-bit nonce, 128-bit tag.
	#[codec(index = 1)]
	Aes256Gcm,
}

/// How a data key is wrapped, and for whom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum KeyWrap {
	/// RSA-OAEP (SHA-256, MGF1-SHA-256) to the registered encryption key of `recipient`.
	#[codec(index = 1)]
	RsaOaepSha256 {
		/// The recipient's account id.
		recipient: [u8; 32],
	},
	/// AES-256-GCM under the key-encryption key `key_id`.
	#[codec(index = 2)]
	Aes256Gcm {
		/// Which key-encryption key (for example, a hash naming a patient's category key).
		key_id: [u8; 32],
		/// The wrap's nonce.
		nonce: [u8; 12],
	},
	/// RSA-OAEP (SHA-256, MGF1-SHA-256) of one Shamir share of the data key (33 bytes: `x`,
	/// then the 32 share bytes) to the registered encryption key of custodian `recipient`, which
	/// holds share `x` (custody envelopes, version 2: see [`crate::custody`]).
	#[codec(index = 3)]
	RsaOaepShare {
		/// The custodian's account id.
		recipient: [u8; 32],
		/// The share's x-coordinate: the custodian's place in the patient's custodian set, plus
		/// one.
		x: u8,
	},
}

/// A data key wrapped for one recipient.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct WrappedKey {
	/// How, and for whom.
	pub wrap: KeyWrap,
	/// The wrapped key.
	pub wrapped: Vec<u8>,
}

/// An encrypted record, as stored off-chain.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Envelope {
	/// [`ENVELOPE_VERSION`].
	pub version: u8,
	/// The record cipher.
	pub aead: AeadAlgorithm,
	/// The record cipher's nonce.
	pub nonce: [u8; 12],
	/// The encrypted record, tag last.
	pub ciphertext: Vec<u8>,
	/// The data key, wrapped for each recipient.
	pub keys: Vec<WrappedKey>,
}

/// Someone a record is encrypted for.
pub enum Recipient<'a> {
	/// A participant, by account id and registered encryption key (DER SubjectPublicKeyInfo).
	Rsa {
		/// The account id.
		account: [u8; 32],
		/// The encryption key.
		public_key: &'a [u8],
	},
	/// Holders of a key-encryption key.
	Symmetric {
		/// The key's id.
		key_id: [u8; 32],
		/// The key.
		key: &'a SymmetricKey,
	},
}

/// What opens an envelope.
pub enum Opener<'a> {
	/// A participant's private key, with the account id it is wrapped to.
	Rsa {
		/// The account id.
		account: [u8; 32],
		/// The private key.
		private_key: &'a RsaPrivateKey,
	},
	/// A key-encryption key.
	Symmetric {
		/// The key's id.
		key_id: [u8; 32],
		/// The key.
		key: &'a SymmetricKey,
	},
}

/// Why an operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
	/// The bytes are not an envelope.
	Malformed,
	/// An envelope of a version this code does not read.
	UnsupportedVersion(u8),
	/// A public key is not an RSA key CareChain accepts.
	BadPublicKey,
	/// A key size other than 2048, 3072 or 4096 bits.
	UnsupportedKeySize,
	/// No wrapped key for this opener.
	NotARecipient,
	/// The wrapped key does not unwrap: altered, or wrapped to another key.
	KeyUnwrapFailed,
	/// The record does not decrypt: the ciphertext, nonce or tag was altered.
	DecryptionFailed,
	/// The stored bytes do not hash to the anchored content hash.
	HashMismatch,
	/// The RNG or the RSA operation failed.
	Internal,
	/// A custody envelope was asked of a record that is not one (version 1).
	NotInCustody,
	/// Fewer distinct released shares than the custody threshold.
	TooFewShares,
	/// A custodian set that cannot hold its threshold (fewer than 2, more than 255, or fewer
	/// custodians than the threshold).
	BadCustody,
	/// A custody envelope that was not sealed for the record it is presented as (another
	/// patient's, copied).
	WrongRecord,
}

/// Generates an RSA key pair of `bits` (2048, 3072 or 4096), on the client.
pub fn generate_key(bits: usize) -> Result<RsaPrivateKey, CryptoError> {
	if !KEY_SIZES.contains(&bits) {
		return Err(CryptoError::UnsupportedKeySize);
	}
	RsaPrivateKey::new(&mut OsRng, bits).map_err(|_| CryptoError::Internal)
}

/// The public half of `key` as the registry takes it: DER SubjectPublicKeyInfo.
pub fn public_key_der(key: &RsaPrivateKey) -> Vec<u8> {
	key.to_public_key()
		.to_public_key_der()
		.expect("an RSA public key always encodes; qed")
		.into_vec()
}

/// `key` as PKCS#8 DER (what [`private_key_from_der`] reads), for a client's keystore.
pub fn private_key_der(key: &RsaPrivateKey) -> Vec<u8> {
	use rsa::pkcs8::EncodePrivateKey;
	key.to_pkcs8_der().expect("an RSA private key always encodes; qed").as_bytes().to_vec()
}

/// Reads a private key from PKCS#8 DER (`openssl pkcs8 -topk8 -nocrypt -outform DER`).
pub fn private_key_from_der(der: &[u8]) -> Result<RsaPrivateKey, CryptoError> {
	let key = RsaPrivateKey::from_pkcs8_der(der).map_err(|_| CryptoError::Malformed)?;
	let bits = rsa::traits::PublicKeyParts::n(&key).bits();
	if bits < MIN_KEY_BITS as usize || bits > MAX_MODULUS_BITS as usize {
		return Err(CryptoError::UnsupportedKeySize);
	}
	Ok(key)
}

/// A fresh random 256-bit key.
pub fn random_key() -> SymmetricKey {
	let mut key = [0u8; 32];
	OsRng.fill_bytes(&mut key);
	key
}

/// Wraps `key` with RSA-OAEP (SHA-256) to `public_key` (DER SubjectPublicKeyInfo).
pub fn rsa_wrap(public_key: &[u8], key: &SymmetricKey) -> Result<Vec<u8>, CryptoError> {
	rsa_wrap_with(&mut OsRng, public_key, key)
}

pub(crate) fn rsa_wrap_with(
	rng: &mut impl CryptoRngCore,
	public_key: &[u8],
	key: &[u8],
) -> Result<Vec<u8>, CryptoError> {
	let public_key =
		parse_rsa_public_key(public_key, MIN_KEY_BITS).map_err(|_| CryptoError::BadPublicKey)?;
	public_key.encrypt(rng, Oaep::new::<Sha256>(), key).map_err(|_| CryptoError::Internal)
}

/// Unwraps an RSA-OAEP (SHA-256) wrapped key with `private_key`.
///
/// The private-key operation is blinded with fresh randomness from the operating system
/// (`decrypt_blinded`), so that its timing does not follow the ciphertext an attacker chose: the
/// mitigation the `rsa` crate offers for RUSTSEC-2023-0071 (Marvin), whose unblinded `decrypt`
/// this used to call.
pub fn rsa_unwrap(
	private_key: &RsaPrivateKey,
	wrapped: &[u8],
) -> Result<SymmetricKey, CryptoError> {
	rsa_unwrap_bytes(private_key, wrapped)?.try_into().map_err(|_| CryptoError::KeyUnwrapFailed)
}

/// RSA-OAEP (SHA-256) of `bytes` to `public_key`, with `label` (bound into the padding: the
/// unwrap must name the same label).
pub(crate) fn rsa_wrap_labeled(
	rng: &mut impl CryptoRngCore,
	public_key: &[u8],
	bytes: &[u8],
	label: &str,
) -> Result<Vec<u8>, CryptoError> {
	let public_key =
		parse_rsa_public_key(public_key, MIN_KEY_BITS).map_err(|_| CryptoError::BadPublicKey)?;
	public_key
		.encrypt(rng, Oaep::new_with_label::<Sha256, _>(label), bytes)
		.map_err(|_| CryptoError::Internal)
}

/// Unwraps what [`rsa_wrap_labeled`] wrapped under `label`, blinded as [`rsa_unwrap`]; another
/// label fails.
pub(crate) fn rsa_unwrap_labeled(
	private_key: &RsaPrivateKey,
	wrapped: &[u8],
	label: &str,
) -> Result<Vec<u8>, CryptoError> {
	private_key
		.decrypt_blinded(&mut rand_core::OsRng, Oaep::new_with_label::<Sha256, _>(label), wrapped)
		.map_err(|_| CryptoError::KeyUnwrapFailed)
}

/// As [`rsa_unwrap`], for wrapped bytes of any length.
pub(crate) fn rsa_unwrap_bytes(
	private_key: &RsaPrivateKey,
	wrapped: &[u8],
) -> Result<Vec<u8>, CryptoError> {
	private_key
		.decrypt_blinded(&mut rand_core::OsRng, Oaep::new::<Sha256>(), wrapped)
		.map_err(|_| CryptoError::KeyUnwrapFailed)
}

fn aes_encrypt(key: &SymmetricKey, nonce: &[u8; 12], aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
	Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
		.encrypt(Nonce::from_slice(nonce), Payload { msg: plaintext, aad })
		.expect("AES-GCM encrypts any input below 64 GiB; qed")
}

fn aes_decrypt(
	key: &SymmetricKey,
	nonce: &[u8; 12],
	aad: &[u8],
	ciphertext: &[u8],
) -> Option<Vec<u8>> {
	Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
		.decrypt(Nonce::from_slice(nonce), Payload { msg: ciphertext, aad })
		.ok()
}

pub(crate) fn aes_encrypt_record(
	version: u8,
	data_key: &SymmetricKey,
	nonce: &[u8; 12],
	record: &[u8],
) -> Vec<u8> {
	aes_encrypt(data_key, nonce, &record_aad(version, AeadAlgorithm::Aes256Gcm), record)
}

fn record_aad(version: u8, aead: AeadAlgorithm) -> Vec<u8> {
	let mut aad = RECORD_AAD.to_vec();
	aad.push(version);
	aad.extend(aead.encode());
	aad
}

pub(crate) fn random_nonce(rng: &mut impl CryptoRngCore) -> [u8; 12] {
	let mut nonce = [0u8; 12];
	rng.fill_bytes(&mut nonce);
	nonce
}

impl Envelope {
	/// Encrypts `record` for `recipients` under a fresh data key.
	pub fn seal(record: &[u8], recipients: &[Recipient]) -> Result<Envelope, CryptoError> {
		Self::seal_with(&mut OsRng, &random_key(), record, recipients)
	}

	/// As [`Self::seal`], with a given data key and randomness (for test vectors).
	pub fn seal_with(
		rng: &mut impl CryptoRngCore,
		data_key: &SymmetricKey,
		record: &[u8],
		recipients: &[Recipient],
	) -> Result<Envelope, CryptoError> {
		Self::seal_version_with(rng, ENVELOPE_VERSION, data_key, record, recipients)
	}

	/// As [`Self::seal_with`], the envelope (and its record's additional data) naming `version`:
	/// a custody batch's readings are version 2 with their data key under the batch key
	/// ([`crate::custody_batch`]).
	pub(crate) fn seal_version_with(
		rng: &mut impl CryptoRngCore,
		version: u8,
		data_key: &SymmetricKey,
		record: &[u8],
		recipients: &[Recipient],
	) -> Result<Envelope, CryptoError> {
		let aead = AeadAlgorithm::Aes256Gcm;
		let nonce = random_nonce(rng);
		let ciphertext = aes_encrypt(data_key, &nonce, &record_aad(version, aead), record);
		let keys = recipients
			.iter()
			.map(|recipient| match recipient {
				Recipient::Rsa { account, public_key } => Ok(WrappedKey {
					wrap: KeyWrap::RsaOaepSha256 { recipient: *account },
					wrapped: rsa_wrap_with(rng, public_key, data_key)?,
				}),
				Recipient::Symmetric { key_id, key } => {
					let nonce = random_nonce(rng);
					Ok(WrappedKey {
						wrap: KeyWrap::Aes256Gcm { key_id: *key_id, nonce },
						wrapped: aes_encrypt(key, &nonce, KEY_WRAP_AAD, data_key),
					})
				},
			})
			.collect::<Result<Vec<_>, _>>()?;
		Ok(Envelope { version, aead, nonce, ciphertext, keys })
	}

	/// The stored bytes.
	pub fn to_bytes(&self) -> Vec<u8> {
		self.encode()
	}

	/// Reads stored bytes: the whole input must be one envelope of a version this code reads.
	pub fn from_bytes(bytes: &[u8]) -> Result<Envelope, CryptoError> {
		match bytes.first() {
			None => return Err(CryptoError::Malformed),
			Some(&ENVELOPE_VERSION) | Some(&CUSTODY_ENVELOPE_VERSION) => {},
			Some(&other) => return Err(CryptoError::UnsupportedVersion(other)),
		}
		let mut input = bytes;
		let envelope = Envelope::decode(&mut input).map_err(|_| CryptoError::Malformed)?;
		if !input.is_empty() {
			return Err(CryptoError::Malformed);
		}
		Ok(envelope)
	}

	/// The content hash anchored on-chain: blake2b-256 of the stored bytes.
	pub fn content_hash(&self) -> ContentHash {
		content_hash(&self.to_bytes())
	}

	/// Recovers the data key with `opener`.
	pub fn data_key(&self, opener: &Opener) -> Result<SymmetricKey, CryptoError> {
		let wrapped = self
			.keys
			.iter()
			.find(|wrapped| match (&wrapped.wrap, opener) {
				(KeyWrap::RsaOaepSha256 { recipient }, Opener::Rsa { account, .. }) => {
					recipient == account
				},
				(KeyWrap::Aes256Gcm { key_id, .. }, Opener::Symmetric { key_id: id, .. }) => {
					key_id == id
				},
				_ => false,
			})
			.ok_or(CryptoError::NotARecipient)?;
		match (&wrapped.wrap, opener) {
			(KeyWrap::RsaOaepSha256 { .. }, Opener::Rsa { private_key, .. }) => {
				rsa_unwrap(private_key, &wrapped.wrapped)
			},
			(KeyWrap::Aes256Gcm { nonce, .. }, Opener::Symmetric { key, .. }) => {
				aes_decrypt(key, nonce, KEY_WRAP_AAD, &wrapped.wrapped)
					.and_then(|key| key.try_into().ok())
					.ok_or(CryptoError::KeyUnwrapFailed)
			},
			_ => Err(CryptoError::NotARecipient),
		}
	}

	/// Decrypts the record with its data key.
	pub fn decrypt(&self, data_key: &SymmetricKey) -> Result<Vec<u8>, CryptoError> {
		aes_decrypt(data_key, &self.nonce, &record_aad(self.version, self.aead), &self.ciphertext)
			.ok_or(CryptoError::DecryptionFailed)
	}

	/// Unwraps the data key with `opener` and decrypts the record.
	pub fn open(&self, opener: &Opener) -> Result<Vec<u8>, CryptoError> {
		self.decrypt(&self.data_key(opener)?)
	}
}

/// Reads stored bytes fetched for a record anchored with `expected`: checks the hash first, then
/// decodes. What a reader does with bytes from any store.
pub fn envelope_for_hash(bytes: &[u8], expected: &ContentHash) -> Result<Envelope, CryptoError> {
	if content_hash(bytes) != *expected {
		return Err(CryptoError::HashMismatch);
	}
	Envelope::from_bytes(bytes)
}

/// A device's signature over a content hash: RSA-PSS (SHA-256, 32-byte salt), blinded.
pub fn sign_content_hash(signing_key: &RsaPrivateKey, hash: &ContentHash) -> Vec<u8> {
	BlindedSigningKey::<Sha256>::new(signing_key.clone()).sign_with_rng(&mut OsRng, hash).to_vec()
}

#[cfg(test)]
mod tests {
	use super::*;
	use carechain_primitives::{record_signature::verify_content_signature, testing::keys::*};

	const PATIENT: [u8; 32] = [1; 32];
	const PHYSICIAN: [u8; 32] = [2; 32];
	const CATEGORY_KEY_ID: [u8; 32] = [3; 32];

	fn device_key() -> RsaPrivateKey {
		private_key_from_der(DEVICE_2048_PRIVATE).unwrap()
	}

	fn hex(s: &str) -> Vec<u8> {
		(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
	}

	#[test]
	fn aes_256_gcm_matches_the_nist_vectors() {
		// The GCM specification's test cases 13 and 14: zero key, zero nonce.
		let key = [0u8; 32];
		let nonce = [0u8; 12];
		assert_eq!(aes_encrypt(&key, &nonce, b"", b""), hex("530f8afbc74536b9a963b4f1c4cb738b"));
		assert_eq!(
			aes_encrypt(&key, &nonce, b"", &[0u8; 16]),
			hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919")
		);
	}

	#[test]
	fn openssl_oaep_wrapped_key_unwraps() {
		assert_eq!(rsa_unwrap(&device_key(), DEVICE_2048_OAEP_WRAPPED), Ok([0x6b; 32]));
	}

	#[test]
	fn our_pss_signature_verifies_and_openssl_key_pairs_match() {
		let key = device_key();
		assert_eq!(public_key_der(&key), DEVICE_2048);
		let hash = content_hash(READING);
		let signature = sign_content_hash(&key, &hash);
		assert_eq!(verify_content_signature(DEVICE_2048, &hash, &signature, 2048), Ok(()));
		let key_4096 = private_key_from_der(DEVICE_4096_PRIVATE).unwrap();
		assert_eq!(public_key_der(&key_4096), DEVICE_4096);
	}

	#[test]
	fn keys_of_each_size_are_generated_and_others_refused() {
		// 2048 only here: 3072- and 4096-bit generation takes seconds in a debug build. The size
		// check is what this tests; the generator is the `rsa` crate's.
		let key = generate_key(2048).unwrap();
		assert_eq!(rsa::traits::PublicKeyParts::n(&key).bits(), 2048);
		assert!(parse_rsa_public_key(&public_key_der(&key), 2048).is_ok());
		assert_eq!(generate_key(1024).err(), Some(CryptoError::UnsupportedKeySize));
		assert_eq!(generate_key(2047).err(), Some(CryptoError::UnsupportedKeySize));
	}

	/// A record sealed for the patient (RSA) and a category key (symmetric).
	fn sealed() -> (Envelope, RsaPrivateKey, SymmetricKey) {
		let patient_key = device_key();
		let category_key = [9u8; 32];
		let envelope = Envelope::seal(
			READING,
			&[
				Recipient::Rsa { account: PATIENT, public_key: DEVICE_2048 },
				Recipient::Symmetric { key_id: CATEGORY_KEY_ID, key: &category_key },
			],
		)
		.unwrap();
		(envelope, patient_key, category_key)
	}

	#[test]
	fn a_sealed_record_opens_for_each_recipient_only() {
		let (envelope, patient_key, category_key) = sealed();
		let bytes = envelope.to_bytes();
		let stored = envelope_for_hash(&bytes, &envelope.content_hash()).unwrap();
		assert_eq!(stored, envelope);
		let as_patient = Opener::Rsa { account: PATIENT, private_key: &patient_key };
		assert_eq!(stored.open(&as_patient).unwrap(), READING);
		let as_category = Opener::Symmetric { key_id: CATEGORY_KEY_ID, key: &category_key };
		assert_eq!(stored.open(&as_category).unwrap(), READING);
		let as_physician = Opener::Rsa { account: PHYSICIAN, private_key: &patient_key };
		assert_eq!(stored.open(&as_physician), Err(CryptoError::NotARecipient));
		let wrong_key = Opener::Symmetric { key_id: CATEGORY_KEY_ID, key: &[8u8; 32] };
		assert_eq!(stored.open(&wrong_key), Err(CryptoError::KeyUnwrapFailed));
	}

	#[test]
	fn the_format_is_as_documented() {
		let mut rng = rand_core::OsRng;
		let key = [5u8; 32];
		let envelope = Envelope::seal_with(
			&mut rng,
			&key,
			b"abc",
			&[Recipient::Symmetric { key_id: CATEGORY_KEY_ID, key: &[9u8; 32] }],
		)
		.unwrap();
		let bytes = envelope.to_bytes();
		assert_eq!(bytes[0..2], [0x01, 0x01]); // version, AES-256-GCM
		assert_eq!(bytes[2..14], envelope.nonce);
		assert_eq!(bytes[14], (3 + 16) << 2); // compact length: 3 bytes and the tag
		assert_eq!(bytes[15..34], envelope.ciphertext[..]);
		assert_eq!(bytes[34], 1 << 2); // one wrapped key
		assert_eq!(bytes[35], 0x02); // AES-256-GCM key wrap
		assert_eq!(bytes[36..68], CATEGORY_KEY_ID);
		assert_eq!(bytes[80], (32 + 16) << 2);
		assert_eq!(bytes.len(), 81 + 48);
		// The record's AAD binds version and cipher.
		let mut aad = b"carechain/record/v1".to_vec();
		aad.extend([1, 1]);
		assert_eq!(aes_decrypt(&key, &envelope.nonce, &aad, &envelope.ciphertext).unwrap(), b"abc");
	}

	#[test]
	fn tampering_anywhere_is_detected() {
		let (envelope, patient_key, _) = sealed();
		let bytes = envelope.to_bytes();
		let hash = envelope.content_hash();
		let signature = sign_content_hash(&device_key(), &hash);
		let as_patient = Opener::Rsa { account: PATIENT, private_key: &patient_key };

		// Any flipped byte of the stored bytes fails the hash check.
		for position in [5, 20, bytes.len() - 1] {
			let mut altered = bytes.clone();
			altered[position] ^= 1;
			assert_eq!(envelope_for_hash(&altered, &hash), Err(CryptoError::HashMismatch));
		}

		// And each part fails its own check, too, for a reader who skipped the hash.
		let mut bad_ciphertext = envelope.clone();
		bad_ciphertext.ciphertext[0] ^= 1;
		assert_eq!(bad_ciphertext.open(&as_patient), Err(CryptoError::DecryptionFailed));

		let mut bad_tag = envelope.clone();
		*bad_tag.ciphertext.last_mut().unwrap() ^= 1;
		assert_eq!(bad_tag.open(&as_patient), Err(CryptoError::DecryptionFailed));

		let mut bad_nonce = envelope.clone();
		bad_nonce.nonce[0] ^= 1;
		assert_eq!(bad_nonce.open(&as_patient), Err(CryptoError::DecryptionFailed));

		let mut bad_wrapped = envelope.clone();
		bad_wrapped.keys[0].wrapped[10] ^= 1;
		assert_eq!(bad_wrapped.open(&as_patient), Err(CryptoError::KeyUnwrapFailed));

		let mut bad_signature = signature.clone();
		bad_signature[0] ^= 1;
		assert_eq!(
			verify_content_signature(DEVICE_2048, &hash, &bad_signature, 2048),
			Err(carechain_primitives::record_signature::SignatureError::Invalid)
		);
		assert_eq!(verify_content_signature(DEVICE_2048, &hash, &signature, 2048), Ok(()));
	}

	#[test]
	fn other_versions_and_trailing_bytes_are_refused() {
		let (envelope, ..) = sealed();
		let mut bytes = envelope.to_bytes();
		for version in [0, 3, u8::MAX] {
			bytes[0] = version;
			assert_eq!(Envelope::from_bytes(&bytes), Err(CryptoError::UnsupportedVersion(version)));
		}
		let mut bytes = envelope.to_bytes();
		bytes.push(0);
		assert_eq!(Envelope::from_bytes(&bytes), Err(CryptoError::Malformed));
		assert_eq!(Envelope::from_bytes(&[]), Err(CryptoError::Malformed));
	}
}
