//! Custody envelopes (version 2): a record whose data key no single party but its patient holds.
//!
//! The device seals the record under a fresh data key as in version 1, wraps the whole data key
//! to the **patient** only (RSA-OAEP), and splits it into one [Shamir share](crate::shamir) per
//! **custodian hospital** of the patient's custodian set, `threshold` of which recover it. Each
//! share is RSA-OAEP-wrapped to its custodian's registered encryption key
//! ([`KeyWrap::RsaOaepShare`]), in the envelope stored off-chain. So:
//!
//! - the **patient** opens its records with its own key, as before;
//! - a **custodian** unwraps only its own share ([`custodian_share`]): 33 bytes that, below the
//!   threshold, say nothing about the data key;
//! - a **reader** gets shares only as custodians release them on chain after consent granted its
//!   read: each custodian re-wraps its share to the reader's encryption key ([`wrap_share`]), and
//!   with `threshold` of them the reader opens the record ([`open_with_shares`]).
//!
//! The record's AES-GCM additional data names version 2, so a custody envelope cannot be passed
//! off as a version 1 one, nor the reverse.
//!
//! **Shares are bound to their record.** A custodian's share is wrapped with an RSA-OAEP label
//! naming the patient, the category, the custodian set and the share's x ([`Binding`]), and a
//! released share with one naming the record, the reader and x. A custodian unwraps a share only
//! under the label of the record the chain shows it, so no one can copy a patient's wrapped
//! shares (or shares released to someone) into an envelope anchored as another patient's record
//! and have the custodians release them for that record.

use carechain_primitives::{consent::DataCategory, record_signature::content_hash};
use codec::Encode;
use rand_core::{CryptoRngCore, OsRng};

use crate::{
	envelope::{
		aes_encrypt_record, random_key, random_nonce, rsa_unwrap_labeled, rsa_wrap_labeled,
		rsa_wrap_with, AeadAlgorithm, CryptoError, Envelope, KeyWrap, PrivateKey, SymmetricKey,
		WrappedKey, CUSTODY_ENVELOPE_VERSION,
	},
	shamir::{self, Share},
};

/// The most share combinations [`open_with_shares`] tries before it gives up: enough for every
/// combination of a custodian set of up to 7 (at most 35), and a bound when many wrong shares are
/// released.
pub const MAX_COMBINATIONS: usize = 1_000;

/// A party a custody record is sealed for: its account id and registered encryption key (DER
/// SubjectPublicKeyInfo).
#[derive(Clone, Copy)]
pub struct Party<'a> {
	/// The account id.
	pub account: [u8; 32],
	/// The encryption key.
	pub public_key: &'a [u8],
}

/// What a custody record's shares are bound to: its patient, category and custodian set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
	/// The patient's account id.
	pub patient: [u8; 32],
	/// The record's category.
	pub category: DataCategory,
	/// The custodian set (the record's key epoch).
	pub epoch: u32,
}

impl Binding {
	/// The RSA-OAEP label of share `x` to its custodian: `carechain/custody/share/` and the hex
	/// of blake2b-256(patient ++ SCALE(category) ++ epoch (u32 LE) ++ x).
	fn share_label(&self, x: u8) -> String {
		let mut preimage = self.patient.to_vec();
		preimage.extend(self.category.encode());
		preimage.extend(self.epoch.to_le_bytes());
		preimage.push(x);
		format!("carechain/custody/share/{}", to_hex(&content_hash(&preimage)))
	}
}

/// The RSA-OAEP label of share `x` released to `reader` for record `record_id`:
/// `carechain/custody/release/` and the hex of blake2b-256(record id (u64 LE) ++ reader ++ x).
fn release_label(record_id: u64, reader: &[u8; 32], x: u8) -> String {
	let mut preimage = record_id.to_le_bytes().to_vec();
	preimage.extend_from_slice(reader);
	preimage.push(x);
	format!("carechain/custody/release/{}", to_hex(&content_hash(&preimage)))
}

fn to_hex(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Seals `record` in custody: the data key whole to `patient`, and split among `custodians` (in
/// the order of the patient's custodian set: the first holds x = 1) so that `threshold` of them
/// recover it; each share bound to `binding` (whose patient must be `patient`'s account).
pub fn seal_in_custody(
	record: &[u8],
	patient: Party,
	binding: &Binding,
	custodians: &[Party],
	threshold: u8,
) -> Result<Envelope, CryptoError> {
	seal_in_custody_with(&mut OsRng, &random_key(), record, patient, binding, custodians, threshold)
}

/// As [`seal_in_custody`], with a given data key and randomness (for tests).
pub fn seal_in_custody_with(
	rng: &mut impl CryptoRngCore,
	data_key: &SymmetricKey,
	record: &[u8],
	patient: Party,
	binding: &Binding,
	custodians: &[Party],
	threshold: u8,
) -> Result<Envelope, CryptoError> {
	if binding.patient != patient.account {
		return Err(CryptoError::WrongRecord);
	}
	let count = u8::try_from(custodians.len()).map_err(|_| CryptoError::BadCustody)?;
	let shares =
		shamir::split_with(rng, data_key, threshold, count).map_err(|_| CryptoError::BadCustody)?;
	let nonce = random_nonce(rng);
	let ciphertext = aes_encrypt_record(CUSTODY_ENVELOPE_VERSION, data_key, &nonce, record);
	let mut keys = Vec::with_capacity(custodians.len().saturating_add(1));
	keys.push(WrappedKey {
		wrap: KeyWrap::RsaOaepSha256 { recipient: patient.account },
		wrapped: rsa_wrap_with(rng, patient.public_key, data_key)?,
	});
	for (custodian, share) in custodians.iter().zip(&shares) {
		keys.push(WrappedKey {
			wrap: KeyWrap::RsaOaepShare { recipient: custodian.account, x: share.x },
			wrapped: rsa_wrap_labeled(
				rng,
				custodian.public_key,
				&share.to_bytes(),
				&binding.share_label(share.x),
			)?,
		});
	}
	Ok(Envelope {
		version: CUSTODY_ENVELOPE_VERSION,
		aead: AeadAlgorithm::Aes256Gcm,
		nonce,
		ciphertext,
		keys,
	})
}

/// The share of `envelope`'s data key that custodian `account` holds as the custodian at place
/// `x - 1` of the set, unwrapped with its `private_key`, for the record the chain shows:
/// `binding` is that record's patient, category and custodian set. An envelope not sealed for
/// that record (another patient's, copied) does not give up its share.
pub fn custodian_share(
	envelope: &Envelope,
	account: &[u8; 32],
	x: u8,
	private_key: &PrivateKey,
	binding: &Binding,
) -> Result<Share, CryptoError> {
	if envelope.version != CUSTODY_ENVELOPE_VERSION {
		return Err(CryptoError::NotInCustody);
	}
	let for_patient = envelope.keys.iter().any(
		|key| matches!(key.wrap, KeyWrap::RsaOaepSha256 { recipient } if recipient == binding.patient),
	);
	if !for_patient {
		return Err(CryptoError::WrongRecord);
	}
	let wrapped = envelope
		.keys
		.iter()
		.find_map(|key| match key.wrap {
			KeyWrap::RsaOaepShare { recipient, x: at } if &recipient == account && at == x => {
				Some(&key.wrapped)
			},
			_ => None,
		})
		.ok_or(CryptoError::NotARecipient)?;
	let bytes = zeroize_on_drop(rsa_unwrap_labeled(private_key, wrapped, &binding.share_label(x))?);
	share_of(&bytes.0, x)
}

/// What a custodian releases to `reader` for record `record_id`: `share` wrapped with RSA-OAEP
/// (SHA-256) to the reader's registered encryption key, labelled with the record, the reader and
/// the share's x.
pub fn wrap_share(
	share: &Share,
	record_id: u64,
	reader: &[u8; 32],
	reader_public_key: &[u8],
) -> Result<Vec<u8>, CryptoError> {
	let label = release_label(record_id, reader, share.x);
	rsa_wrap_labeled(&mut OsRng, reader_public_key, &share.to_bytes(), &label)
}

/// A share released to `reader` for record `record_id` by the custodian holding share `x`,
/// unwrapped with the reader's `private_key`: refused unless it is that custodian's share of
/// that record, for that reader.
pub fn unwrap_share(
	private_key: &PrivateKey,
	wrapped: &[u8],
	record_id: u64,
	reader: &[u8; 32],
	x: u8,
) -> Result<Share, CryptoError> {
	let label = release_label(record_id, reader, x);
	let bytes = zeroize_on_drop(rsa_unwrap_labeled(private_key, wrapped, &label)?);
	share_of(&bytes.0, x)
}

/// Reads share bytes that must hold share `x`.
fn share_of(bytes: &[u8], x: u8) -> Result<Share, CryptoError> {
	let share = Share::from_bytes(bytes).map_err(|_| CryptoError::KeyUnwrapFailed)?;
	if share.x != x {
		return Err(CryptoError::KeyUnwrapFailed);
	}
	Ok(share)
}

/// Opens a custody envelope with released `shares`, `threshold` of which recover its data key.
/// A custodian may release a wrong share, so each combination of `threshold` distinct shares is
/// tried (at most [`MAX_COMBINATIONS`]) until the record decrypts (AES-GCM authenticates it).
pub fn open_with_shares(
	envelope: &Envelope,
	shares: &[Share],
	threshold: u8,
) -> Result<Vec<u8>, CryptoError> {
	if envelope.version != CUSTODY_ENVELOPE_VERSION {
		return Err(CryptoError::NotInCustody);
	}
	let mut distinct: Vec<&Share> = Vec::new();
	for share in shares {
		if !distinct.iter().any(|seen| seen.x == share.x) {
			distinct.push(share);
		}
	}
	let k = usize::from(threshold);
	if k < 2 || distinct.len() < k {
		return Err(CryptoError::TooFewShares);
	}
	// The first combination (0, 1, …, k - 1), then the next in lexicographic order.
	let mut picked: Vec<usize> = (0..k).collect();
	for _ in 0..MAX_COMBINATIONS {
		let chosen: Vec<Share> =
			picked.iter().filter_map(|&i| distinct.get(i).map(|s| (*s).clone())).collect();
		if let Ok(key) = shamir::combine(&chosen, threshold) {
			if let Ok(record) = envelope.decrypt(&key) {
				return Ok(record);
			}
		}
		if !next_combination(&mut picked, distinct.len()) {
			break;
		}
	}
	Err(CryptoError::DecryptionFailed)
}

/// Advances `picked` (indices into `n` items, ascending) to the next combination; false after
/// the last.
fn next_combination(picked: &mut [usize], n: usize) -> bool {
	let k = picked.len();
	for i in (0..k).rev() {
		let limit = n.saturating_sub(k).saturating_add(i);
		if picked[i] < limit {
			picked[i] = picked[i].saturating_add(1);
			for j in i.saturating_add(1)..k {
				picked[j] = picked[j.saturating_sub(1)].saturating_add(1);
			}
			return true;
		}
	}
	false
}

/// Bytes overwritten with zeros when dropped.
struct Wiped(Vec<u8>);

impl Drop for Wiped {
	fn drop(&mut self) {
		for byte in self.0.iter_mut() {
			*byte = 0;
		}
		core::hint::black_box(&self.0);
	}
}

fn zeroize_on_drop(bytes: Vec<u8>) -> Wiped {
	Wiped(bytes)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::envelope::{generate_key, public_key_der, Opener, ENVELOPE_VERSION};

	struct Cast {
		keys: Vec<PrivateKey>,
		publics: Vec<Vec<u8>>,
	}

	/// The patient (0), three custodians (1 to 3), a reader (4) and another patient (5), each
	/// with a 2048-bit key.
	fn cast() -> Cast {
		let keys: Vec<PrivateKey> = (0..6).map(|_| generate_key(2048).unwrap()).collect();
		let publics = keys.iter().map(public_key_der).collect();
		Cast { keys, publics }
	}

	fn account(i: u8) -> [u8; 32] {
		[i; 32]
	}

	const RECORD: u64 = 7;

	fn binding(patient: u8) -> Binding {
		Binding { patient: account(patient), category: DataCategory::VitalSigns, epoch: 1 }
	}

	fn custodians(cast: &Cast) -> Vec<Party<'_>> {
		(1..=3)
			.map(|i| Party { account: account(i), public_key: &cast.publics[usize::from(i)] })
			.collect()
	}

	fn sealed(cast: &Cast, record: &[u8]) -> Envelope {
		let patient = Party { account: account(0), public_key: &cast.publics[0] };
		seal_in_custody(record, patient, &binding(0), &custodians(cast), 2).unwrap()
	}

	/// Custodian `i` releases its share of `RECORD` to the reader; the reader unwraps it.
	fn released(cast: &Cast, envelope: &Envelope, i: u8) -> Share {
		let key = &cast.keys[usize::from(i)];
		let share = custodian_share(envelope, &account(i), i, key, &binding(0)).unwrap();
		let wrapped = wrap_share(&share, RECORD, &account(4), &cast.publics[4]).unwrap();
		unwrap_share(&cast.keys[4], &wrapped, RECORD, &account(4), i).unwrap()
	}

	#[test]
	fn the_patient_opens_and_any_two_custodians_releases_open_it_for_the_reader() {
		let cast = cast();
		let envelope = Envelope::from_bytes(&sealed(&cast, b"heart rate 72").to_bytes()).unwrap();
		assert_eq!(envelope.version, CUSTODY_ENVELOPE_VERSION);
		let patient = Opener::Rsa { account: account(0), private_key: &cast.keys[0] };
		assert_eq!(envelope.open(&patient).unwrap(), b"heart rate 72");
		for (a, b) in [(1, 2), (1, 3), (2, 3), (3, 1)] {
			let shares = [released(&cast, &envelope, a), released(&cast, &envelope, b)];
			assert_eq!(open_with_shares(&envelope, &shares, 2).unwrap(), b"heart rate 72");
		}
	}

	#[test]
	fn one_custodian_alone_cannot_open_it() {
		let cast = cast();
		let envelope = sealed(&cast, b"heart rate 72");
		let share = released(&cast, &envelope, 1);
		assert_eq!(
			open_with_shares(&envelope, &[share.clone(), share], 2),
			Err(CryptoError::TooFewShares)
		);
		// The custodian is no RSA recipient of the data key, and the reader none at all.
		for i in [1, 4] {
			let opener =
				Opener::Rsa { account: account(i), private_key: &cast.keys[usize::from(i)] };
			assert_eq!(envelope.open(&opener), Err(CryptoError::NotARecipient));
		}
		assert_eq!(
			custodian_share(&envelope, &account(4), 1, &cast.keys[4], &binding(0)).map(|s| s.x),
			Err(CryptoError::NotARecipient)
		);
	}

	#[test]
	fn a_custodian_cannot_unwrap_anothers_share_nor_its_own_at_another_place() {
		let cast = cast();
		let envelope = sealed(&cast, b"x");
		// Custodian 2's key on custodian 1's wrapped share; custodian 1 as if it were x = 2.
		for (account_of, x, key) in [(1, 1, 2), (1, 2, 1)] {
			assert!(custodian_share(
				&envelope,
				&account(account_of),
				x,
				&cast.keys[key],
				&binding(0)
			)
			.is_err());
		}
	}

	#[test]
	fn shares_copied_into_another_patients_record_do_not_unwrap() {
		let cast = cast();
		let envelope = sealed(&cast, b"heart rate 72");
		// Patient 5 anchors the same bytes as its own record: no whole key for it in there.
		assert_eq!(
			custodian_share(&envelope, &account(1), 1, &cast.keys[1], &binding(5)).map(|s| s.x),
			Err(CryptoError::WrongRecord)
		);
		// It re-packages the shares with a wrap of its own, so the envelope names it: the
		// shares are bound to patient 0's record and do not unwrap for patient 5's.
		let mut forged = envelope.clone();
		forged.keys[0] =
			WrappedKey { wrap: KeyWrap::RsaOaepSha256 { recipient: account(5) }, wrapped: vec![1] };
		assert_eq!(
			custodian_share(&forged, &account(1), 1, &cast.keys[1], &binding(5)).map(|s| s.x),
			Err(CryptoError::KeyUnwrapFailed)
		);
		// Nor for another category or custodian set of patient 0.
		for other in [
			Binding { category: DataCategory::LabResults, ..binding(0) },
			Binding { epoch: 2, ..binding(0) },
		] {
			assert_eq!(
				custodian_share(&envelope, &account(1), 1, &cast.keys[1], &other).map(|s| s.x),
				Err(CryptoError::KeyUnwrapFailed)
			);
		}
	}

	#[test]
	fn a_released_share_opens_only_as_released_for_its_record_reader_and_place() {
		let cast = cast();
		let envelope = sealed(&cast, b"x");
		let share = custodian_share(&envelope, &account(1), 1, &cast.keys[1], &binding(0)).unwrap();
		let wrapped = wrap_share(&share, RECORD, &account(4), &cast.publics[4]).unwrap();
		for (record, reader, x) in [(RECORD + 1, 4, 1), (RECORD, 5, 1), (RECORD, 4, 2)] {
			assert_eq!(
				unwrap_share(&cast.keys[4], &wrapped, record, &account(reader), x).map(|s| s.x),
				Err(CryptoError::KeyUnwrapFailed)
			);
		}
		assert_eq!(
			unwrap_share(&cast.keys[4], &wrapped, RECORD, &account(4), 1).map(|s| s.x),
			Ok(1)
		);
	}

	#[test]
	fn a_wrong_released_share_is_passed_over_when_enough_good_ones_are_there() {
		let cast = cast();
		let envelope = sealed(&cast, b"heart rate 72");
		let mut bad = released(&cast, &envelope, 1);
		bad.y[0] ^= 1;
		let good = [released(&cast, &envelope, 2), released(&cast, &envelope, 3)];
		assert_eq!(
			open_with_shares(&envelope, &[bad.clone(), good[0].clone(), good[1].clone()], 2)
				.unwrap(),
			b"heart rate 72"
		);
		assert_eq!(
			open_with_shares(&envelope, &[bad, good[0].clone()], 2),
			Err(CryptoError::DecryptionFailed)
		);
	}

	#[test]
	fn custody_and_version_1_envelopes_are_not_interchangeable() {
		let cast = cast();
		let mut envelope = sealed(&cast, b"x");
		let shares = [released(&cast, &envelope, 1), released(&cast, &envelope, 2)];
		envelope.version = ENVELOPE_VERSION;
		assert_eq!(open_with_shares(&envelope, &shares, 2), Err(CryptoError::NotInCustody));
		// The version is authenticated: the patient's own key no longer opens it either.
		let patient = Opener::Rsa { account: account(0), private_key: &cast.keys[0] };
		assert_eq!(envelope.open(&patient), Err(CryptoError::DecryptionFailed));
	}

	#[test]
	fn a_custody_set_that_cannot_hold_the_threshold_or_another_patients_binding_is_refused() {
		let cast = cast();
		let patient = Party { account: account(0), public_key: &cast.publics[0] };
		let one = [Party { account: account(1), public_key: &cast.publics[1] }];
		for (custodians, threshold) in [(&one[..], 2), (&one[..], 1), (&[][..], 2)] {
			assert_eq!(
				seal_in_custody(b"x", patient, &binding(0), custodians, threshold)
					.map(|e| e.version),
				Err(CryptoError::BadCustody)
			);
		}
		assert_eq!(
			seal_in_custody(b"x", patient, &binding(5), &custodians(&cast), 2).map(|e| e.version),
			Err(CryptoError::WrongRecord)
		);
	}

	#[test]
	fn combinations_are_enumerated_in_order() {
		let mut picked = vec![0, 1];
		let mut seen = vec![picked.clone()];
		while next_combination(&mut picked, 4) {
			seen.push(picked.clone());
		}
		assert_eq!(
			seen,
			vec![vec![0, 1], vec![0, 2], vec![0, 3], vec![1, 2], vec![1, 3], vec![2, 3]]
		);
	}
}
