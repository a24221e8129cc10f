//! Custody batches: many readings of a patient in custody, one record, one set of shares.
//!
//! Custodians release one set of shares per record ([`crate::custody`]), so a batch anchored as
//! one record has one key for its custodians to split: the **batch key**. The device
//!
//! 1. draws a fresh batch key and seals it in custody ([`BatchKey::new`]): a version 2 envelope
//!    whose record is the 32-byte key, wrapped whole to the patient and split into one share per
//!    custodian, each share bound to the patient, category and custodian set as any custody
//!    record's is. This **key envelope** travels in the batch's manifest;
//! 2. seals each reading in a version 2 envelope of its own ([`BatchKey::seal`]): a fresh data
//!    key, wrapped under the batch key with AES-256-GCM, named by the key envelope's content hash
//!    ([`BatchKey::id`]). Its record's additional data names version 2, as every custody
//!    envelope's does, so no reading passes for one sealed under a category key.
//!
//! The patient opens the key envelope with its own key, a granted reader with `threshold`
//! released shares ([`crate::custody::open_with_shares`]); either then opens every reading with
//! [`open_batch_reading`]. A custodian unwraps only its share of the batch key, never a reading:
//! no reading carries a share or a wrap to anyone.

use rand_core::{CryptoRngCore, OsRng};

use crate::{
	custody::{seal_in_custody_with, Binding, Party},
	envelope::{
		random_key, CryptoError, Envelope, Opener, Recipient, SymmetricKey,
		CUSTODY_ENVELOPE_VERSION,
	},
};

/// A custody batch's key, and its key envelope (the key sealed for the patient and split among
/// the custodians). The key is overwritten with zeros when dropped.
pub struct BatchKey {
	key: SymmetricKey,
	envelope: Envelope,
	id: [u8; 32],
}

impl BatchKey {
	/// A fresh batch key sealed in custody for `patient` and `custodians` (in the order of the
	/// patient's custodian set), `threshold` of which recover it, each share bound to `binding`
	/// (whose patient must be `patient`'s account).
	pub fn new(
		patient: Party,
		binding: &Binding,
		custodians: &[Party],
		threshold: u8,
	) -> Result<Self, CryptoError> {
		Self::new_with(&mut OsRng, random_key(), patient, binding, custodians, threshold)
	}

	/// As [`BatchKey::new`], with a given key and randomness (for tests).
	pub fn new_with(
		rng: &mut impl CryptoRngCore,
		key: SymmetricKey,
		patient: Party,
		binding: &Binding,
		custodians: &[Party],
		threshold: u8,
	) -> Result<Self, CryptoError> {
		let envelope = seal_in_custody_with(
			rng,
			&random_key(),
			&key,
			patient,
			binding,
			custodians,
			threshold,
		)?;
		let id = envelope.content_hash();
		Ok(BatchKey { key, envelope, id })
	}

	/// The key envelope, as the batch's manifest carries it.
	pub fn envelope(&self) -> &Envelope {
		&self.envelope
	}

	/// The id the batch's readings name their key by: the key envelope's content hash.
	pub fn id(&self) -> [u8; 32] {
		self.id
	}

	/// Seals `reading` as one of the batch's: a version 2 envelope whose fresh data key is
	/// wrapped under the batch key only.
	pub fn seal(&self, reading: &[u8]) -> Result<Envelope, CryptoError> {
		self.seal_with(&mut OsRng, &random_key(), reading)
	}

	/// As [`BatchKey::seal`], with a given data key and randomness (for tests).
	pub fn seal_with(
		&self,
		rng: &mut impl CryptoRngCore,
		data_key: &SymmetricKey,
		reading: &[u8],
	) -> Result<Envelope, CryptoError> {
		seal_reading_with(rng, data_key, reading, &self.key, &self.id)
	}
}

/// As [`BatchKey::seal`], the batch key and its id given: for a sealer that keeps its batch key
/// across calls, and for interoperability tests.
pub fn seal_batch_reading(
	reading: &[u8],
	key: &SymmetricKey,
	key_id: &[u8; 32],
) -> Result<Envelope, CryptoError> {
	seal_reading_with(&mut OsRng, &random_key(), reading, key, key_id)
}

fn seal_reading_with(
	rng: &mut impl CryptoRngCore,
	data_key: &SymmetricKey,
	reading: &[u8],
	key: &SymmetricKey,
	key_id: &[u8; 32],
) -> Result<Envelope, CryptoError> {
	Envelope::seal_version_with(
		rng,
		CUSTODY_ENVELOPE_VERSION,
		data_key,
		reading,
		&[Recipient::Symmetric { key_id: *key_id, key }],
	)
}

impl Drop for BatchKey {
	fn drop(&mut self) {
		self.key = [0; 32];
		core::hint::black_box(&self.key);
	}
}

/// The batch key a key envelope opened to (with the patient's key or the custodians' shares):
/// exactly 32 bytes, or the envelope was not a batch's key envelope.
pub fn batch_key_of(opened: &[u8]) -> Result<SymmetricKey, CryptoError> {
	opened.try_into().map_err(|_| CryptoError::Malformed)
}

/// Opens `reading`, one of a custody batch's, with its batch key `key`, the key envelope's
/// content hash being `key_id`. A reading of another batch, or one not sealed as a custody
/// batch's, does not open.
pub fn open_batch_reading(
	reading: &Envelope,
	key: &SymmetricKey,
	key_id: &[u8; 32],
) -> Result<Vec<u8>, CryptoError> {
	if reading.version != CUSTODY_ENVELOPE_VERSION {
		return Err(CryptoError::NotInCustody);
	}
	reading.open(&Opener::Symmetric { key_id: *key_id, key })
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		custody::{custodian_share, open_with_shares, unwrap_share, wrap_share},
		envelope::{generate_key, public_key_der, PrivateKey, ENVELOPE_VERSION},
		shamir::Share,
	};
	use carechain_primitives::consent::DataCategory;

	/// The patient (0), three custodians (1 to 3) and a reader (4).
	struct Cast {
		keys: Vec<PrivateKey>,
		publics: Vec<Vec<u8>>,
	}

	fn cast() -> Cast {
		let keys: Vec<PrivateKey> = (0..5).map(|_| generate_key(2048).unwrap()).collect();
		let publics = keys.iter().map(public_key_der).collect();
		Cast { keys, publics }
	}

	fn account(i: u8) -> [u8; 32] {
		[i; 32]
	}

	const RECORD: u64 = 9;

	fn binding() -> Binding {
		Binding { patient: account(0), category: DataCategory::VitalSigns, epoch: 1 }
	}

	fn batch_key(cast: &Cast) -> BatchKey {
		let patient = Party { account: account(0), public_key: &cast.publics[0] };
		let custodians: Vec<Party> = (1..=3)
			.map(|i| Party { account: account(i), public_key: &cast.publics[usize::from(i)] })
			.collect();
		BatchKey::new(patient, &binding(), &custodians, 2).unwrap()
	}

	/// Custodian `i`'s share of the batch key, released to the reader for `RECORD`.
	fn released(cast: &Cast, key_envelope: &Envelope, i: u8) -> Share {
		let key = &cast.keys[usize::from(i)];
		let share = custodian_share(key_envelope, &account(i), i, key, &binding()).unwrap();
		let wrapped = wrap_share(&share, RECORD, &account(4), &cast.publics[4]).unwrap();
		unwrap_share(&cast.keys[4], &wrapped, RECORD, &account(4), i).unwrap()
	}

	#[test]
	fn the_patient_and_two_custodians_releases_open_every_reading_of_the_batch() {
		let cast = cast();
		let key = batch_key(&cast);
		let readings: Vec<Envelope> = [&b"heart rate 72"[..], b"heart rate 75", b"spo2 97"]
			.iter()
			.map(|r| Envelope::from_bytes(&key.seal(r).unwrap().to_bytes()).unwrap())
			.collect();
		let key_envelope = Envelope::from_bytes(&key.envelope().to_bytes()).unwrap();
		assert_eq!(key_envelope.content_hash(), key.id());
		let by_patient = batch_key_of(
			&key_envelope
				.open(&Opener::Rsa { account: account(0), private_key: &cast.keys[0] })
				.unwrap(),
		)
		.unwrap();
		let shares = [released(&cast, &key_envelope, 3), released(&cast, &key_envelope, 1)];
		let by_reader =
			batch_key_of(&open_with_shares(&key_envelope, &shares, 2).unwrap()).unwrap();
		for opened in [by_patient, by_reader] {
			let plain: Vec<Vec<u8>> = readings
				.iter()
				.map(|r| open_batch_reading(r, &opened, &key.id()).unwrap())
				.collect();
			assert_eq!(
				plain,
				vec![b"heart rate 72".to_vec(), b"heart rate 75".into(), b"spo2 97".into()]
			);
		}
	}

	#[test]
	fn a_reading_opens_only_with_its_own_batchs_key() {
		let cast = cast();
		let (key, other) = (batch_key(&cast), batch_key(&cast));
		let reading = key.seal(b"heart rate 72").unwrap();
		// Another batch's key under its own id: the reading names no such key.
		assert_eq!(
			open_batch_reading(&reading, &other.key, &other.id()),
			Err(CryptoError::NotARecipient)
		);
		// Another batch's key under this batch's id: the wrap does not open.
		assert_eq!(
			open_batch_reading(&reading, &other.key, &key.id()),
			Err(CryptoError::KeyUnwrapFailed)
		);
		assert_eq!(open_batch_reading(&reading, &key.key, &key.id()).unwrap(), b"heart rate 72");
	}

	#[test]
	fn no_one_but_the_batch_key_opens_a_reading_and_no_custodian_finds_a_share_in_it() {
		let cast = cast();
		let key = batch_key(&cast);
		let reading = key.seal(b"heart rate 72").unwrap();
		// A reading carries one wrap, under the batch key: none to the patient, none to a
		// custodian.
		assert_eq!(reading.keys.len(), 1);
		for i in [0, 1] {
			let opener =
				Opener::Rsa { account: account(i), private_key: &cast.keys[usize::from(i)] };
			assert_eq!(reading.open(&opener), Err(CryptoError::NotARecipient));
		}
		assert_eq!(
			custodian_share(&reading, &account(1), 1, &cast.keys[1], &binding()).map(|s| s.x),
			Err(CryptoError::WrongRecord)
		);
		// The key envelope does give custodian 1 its share (bound as any custody record's).
		assert_eq!(
			custodian_share(key.envelope(), &account(1), 1, &cast.keys[1], &binding()).map(|s| s.x),
			Ok(1)
		);
	}

	#[test]
	fn a_batch_reading_is_not_a_version_1_envelope() {
		let cast = cast();
		let key = batch_key(&cast);
		let mut reading = key.seal(b"x").unwrap();
		assert_eq!(reading.version, CUSTODY_ENVELOPE_VERSION);
		reading.version = ENVELOPE_VERSION;
		assert_eq!(
			open_batch_reading(&reading, &key.key, &key.id()),
			Err(CryptoError::NotInCustody)
		);
		// The version is authenticated: opened as a version 1 envelope, it does not decrypt.
		assert_eq!(
			reading.open(&Opener::Symmetric { key_id: key.id(), key: &key.key }),
			Err(CryptoError::DecryptionFailed)
		);
	}

	#[test]
	fn only_32_bytes_are_a_batch_key() {
		assert_eq!(batch_key_of(&[7; 32]), Ok([7; 32]));
		for len in [0, 31, 33, 64] {
			assert_eq!(batch_key_of(&vec![7; len]), Err(CryptoError::Malformed));
		}
	}
}
