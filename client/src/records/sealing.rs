//! The device's side: a reading sealed for its patient and either its custodians (custody,
//! envelope version 2) or the category key (version 1), stored, signed, and anchored on chain by
//! its hash.

use carechain_crypto::custody::{seal_in_custody, Binding, Party};
use carechain_crypto::{
	blob_store::BlobStore,
	custody_batch::BatchKey,
	envelope::{sign_content_hash, Envelope, PrivateKey, Recipient, SymmetricKey},
};
use carechain_primitives::records::{anchor_digest, category_key_id};
use subxt::utils::{AccountId32, H256};

use super::{
	current_category_key, custody::custody_of, custody::CustodySet, encryption_key_of, err,
	DataCategory, Purpose, WorkflowError,
};
use crate::{bounded, chain, Client, Signer, Transaction, Wait};

/// A reading sealed, stored and anchored.
#[derive(Clone, Debug)]
pub struct Anchored {
	/// The record's id on chain.
	pub record_id: u64,
	/// Its content hash.
	pub content_hash: [u8; 32],
}

/// What a device needs to seal readings of one patient and category: the patient's public key
/// and either its custodian set (custody) or the current epoch of the category key, unwrapped
/// once. Valid until the patient names new custodians or rotates the key (anchors must name the
/// current one; the chain refuses older ones by name).
pub struct Sealer {
	patient: AccountId32,
	patient_public: Vec<u8>,
	category: DataCategory,
	keying: Keying,
}

/// How a sealer's readings reach their readers.
enum Keying {
	/// Shares to the patient's custodians.
	Custody(CustodySet),
	/// The category key of `epoch`.
	Category { epoch: u32, key: zeroize::Zeroizing<SymmetricKey> },
}

impl Sealer {
	/// Fetches the patient's key and its custodian set (at the finalized block) or, if it has
	/// none, `device`'s copy of the current category key (opened with `device_key`).
	pub async fn fetch(
		api: &Client,
		device: &AccountId32,
		device_key: &PrivateKey,
		patient: &AccountId32,
		category: DataCategory,
	) -> Result<Self, WorkflowError> {
		let keying = match custody_of(api, patient).await? {
			Some(set) => Keying::Custody(set),
			None => {
				let (epoch, key) =
					current_category_key(api, patient, category.clone(), device, device_key)
						.await?;
				Keying::Category { epoch, key: zeroize::Zeroizing::new(key) }
			},
		};
		let patient_public = encryption_key_of(api, patient).await?;
		Ok(Sealer { patient: *patient, patient_public, category, keying })
	}

	/// The key epoch the readings are sealed under: the custodian set's, or the category key's.
	pub fn epoch(&self) -> u32 {
		match &self.keying {
			Keying::Custody(set) => set.epoch,
			Keying::Category { epoch, .. } => *epoch,
		}
	}

	/// Seals `reading` for the patient (its RSA key) and the category key, stores the envelope,
	/// signs its hash with `signing_key`; returns the `records.anchor` call (the reading taken
	/// now) and the content hash. Nothing of the reading reaches the chain but its hash.
	pub fn seal(
		&self,
		signing_key: &PrivateKey,
		store: &impl BlobStore,
		reading: &[u8],
	) -> Result<(impl subxt::tx::Payload, [u8; 32]), WorkflowError> {
		let sealed = self.seal_only(signing_key, store, reading)?;
		Ok((self.anchor_call(&sealed, unix_millis()), sealed.content_hash))
	}

	/// [`Sealer::seal`] without the call: the sealed, stored and signed reading, for a sender
	/// that builds its anchors later ([`Sealer::anchor_call`]), such as a benchmark that seals
	/// every reading before its clock starts.
	pub fn seal_only(
		&self,
		signing_key: &PrivateKey,
		store: &impl BlobStore,
		reading: &[u8],
	) -> Result<SealedReading, WorkflowError> {
		let (envelope_version, hash, size) = self.seal_envelope(store, reading)?;
		let patient_bytes: [u8; 32] = self.patient.0;
		let signed = match self.keying {
			Keying::Custody(_) => {
				anchor_digest(&patient_bytes, crate::same_as(&self.category), &hash)
			},
			Keying::Category { .. } => hash,
		};
		Ok(SealedReading {
			content_hash: hash,
			locator: store.locator(&hash).into_bytes(),
			size,
			envelope_version,
			signature: sign_content_hash(signing_key, &signed),
		})
	}

	/// Seals `reading` for the patient and the custodians or the category key, and stores the
	/// envelope; returns its format version, content hash and size. Unsigned: a single anchor
	/// signs the hash ([`Sealer::seal_only`]), a batch its root ([`Sealer::seal_batch`]).
	pub(crate) fn seal_envelope(
		&self,
		store: &impl BlobStore,
		reading: &[u8],
	) -> Result<(u8, [u8; 32], u64), WorkflowError> {
		let patient_bytes: [u8; 32] = self.patient.0;
		let envelope = match &self.keying {
			Keying::Custody(set) => {
				let (patient, binding, custodians, threshold) = self.custody_parties(set);
				seal_in_custody(reading, patient, &binding, &custodians, threshold)
			},
			Keying::Category { epoch, key } => Envelope::seal(
				reading,
				&[
					Recipient::Rsa { account: patient_bytes, public_key: &self.patient_public },
					Recipient::Symmetric {
						key_id: category_key_id(
							&patient_bytes,
							crate::same_as(&self.category),
							*epoch,
						),
						key,
					},
				],
			),
		}
		.map_err(|e| err(format!("cannot seal the reading: {e:?}")))?;
		let bytes = envelope.to_bytes();
		let hash =
			store.put(&bytes).map_err(|e| err(format!("cannot store the envelope: {e:?}")))?;
		Ok((envelope.version, hash, bytes.len() as u64))
	}

	/// Whom a custody record is sealed for: the patient, the shares' binding, the custodians in
	/// share order, and the threshold.
	fn custody_parties<'a>(
		&'a self,
		set: &'a CustodySet,
	) -> (Party<'a>, Binding, Vec<Party<'a>>, u8) {
		let patient = Party { account: self.patient.0, public_key: &self.patient_public };
		let binding = Binding {
			patient: self.patient.0,
			category: crate::same_as(&self.category),
			epoch: set.epoch,
		};
		let custodians = set
			.custodians
			.iter()
			.zip(&set.keys)
			.map(|(who, key)| Party { account: who.0, public_key: key })
			.collect();
		(patient, binding, custodians, u8::try_from(set.threshold).unwrap_or(u8::MAX))
	}

	/// A fresh batch key sealed in custody for a batch's readings, if the patient is in custody;
	/// `None` under a category key.
	pub(crate) fn batch_key(&self) -> Result<Option<BatchKey>, WorkflowError> {
		let Keying::Custody(set) = &self.keying else { return Ok(None) };
		let (patient, binding, custodians, threshold) = self.custody_parties(set);
		BatchKey::new(patient, &binding, &custodians, threshold)
			.map(Some)
			.map_err(|e| err(format!("cannot seal the batch's key: {e:?}")))
	}

	/// The patient the readings are sealed for.
	pub(crate) fn patient(&self) -> &AccountId32 {
		&self.patient
	}

	/// The category of the readings.
	pub(crate) fn category(&self) -> &DataCategory {
		&self.category
	}

	/// The `records.anchor` call of `sealed`, a reading taken at `taken_at` (ms since the Unix
	/// epoch; intrusion detection times the device by it).
	pub fn anchor_call(&self, sealed: &SealedReading, taken_at: u64) -> impl subxt::tx::Payload {
		chain::transactions().records().anchor(
			self.patient,
			self.category.clone(),
			H256(sealed.content_hash),
			bounded(sealed.locator.clone()),
			sealed.size,
			sealed.envelope_version,
			self.epoch(),
			Purpose::Treatment,
			Some(bounded(sealed.signature.clone())),
			taken_at,
		)
	}
}

/// A reading sealed, its envelope stored and its hash signed: everything its anchor carries
/// but when it was taken.
#[derive(Clone, Debug)]
pub struct SealedReading {
	/// The envelope's content hash.
	pub content_hash: [u8; 32],
	/// Where the store keeps the envelope.
	pub locator: Vec<u8>,
	/// The envelope's size in bytes.
	pub size: u64,
	/// Its format.
	pub envelope_version: u8,
	/// The device's RSA-PSS signature of the hash (or of the anchor digest, under custody).
	pub signature: Vec<u8>,
}

/// The device's side, before the chain: [`Sealer::fetch`] then [`Sealer::seal`], for one
/// reading.
#[allow(clippy::too_many_arguments)]
pub async fn seal_reading(
	api: &Client,
	device: &AccountId32,
	device_key: &PrivateKey,
	signing_key: &PrivateKey,
	patient: &AccountId32,
	category: DataCategory,
	store: &impl BlobStore,
	reading: &[u8],
) -> Result<(impl subxt::tx::Payload, [u8; 32]), WorkflowError> {
	Sealer::fetch(api, device, device_key, patient, category).await?.seal(
		signing_key,
		store,
		reading,
	)
}

/// The device's side: [`seal_reading`], then anchors it and waits until the anchor is in a block;
/// fails, with consent's reason, if the chain refused it.
#[allow(clippy::too_many_arguments)]
pub async fn seal_and_anchor(
	api: &Client,
	device: &Signer,
	device_key: &PrivateKey,
	signing_key: &PrivateKey,
	patient: &AccountId32,
	category: DataCategory,
	store: &impl BlobStore,
	reading: &[u8],
) -> Result<Anchored, WorkflowError> {
	let device_id = device.public_key().to_account_id();
	let (call, hash) =
		seal_reading(api, &device_id, device_key, signing_key, patient, category, store, reading)
			.await?;
	let anchored: chain::records::events::RecordAnchored =
		submit_anchoring(api, device, &call, "anchor").await?;
	publish_after(api, device, store, anchored.record_id, &[(hash, None)]).await?;
	Ok(Anchored { record_id: anchored.record_id, content_hash: hash })
}

/// Sends the envelopes of record `record_id` (each a content hash in `store`, with its proof if
/// it is a batch's reading) to the hospitals' storage network if the store publishes (an
/// [`OutboxStore`](carechain_crypto::blob_store::OutboxStore)); a no-op for a local store. The
/// chain takes only the envelopes of a record the sender anchored, so this follows the anchor;
/// the envelopes are handed to the node's pool, not waited for (they are in a block about one
/// slot later).
pub(crate) async fn publish_after(
	api: &Client,
	device: &Signer,
	store: &impl BlobStore,
	record_id: u64,
	envelopes: &[([u8; 32], Option<carechain_primitives::batch::BatchProof>)],
) -> Result<(), WorkflowError> {
	if !store.publishes() {
		return Ok(());
	}
	for (hash, reading) in envelopes {
		let envelope =
			store.get(hash).map_err(|e| err(format!("an envelope is not in the outbox: {e:?}")))?;
		crate::storage::send(api, device, record_id, reading.as_ref(), &envelope).await?;
	}
	Ok(())
}

/// Submits a device's anchoring `call` (an anchor or a batch, named `what` in errors) and waits
/// for its block: its event `E`, or the chain's refusal (consent's, on the patient's audit
/// trail) as an error.
pub(crate) async fn submit_anchoring<E: subxt::events::DecodeAsEvent>(
	api: &Client,
	device: &Signer,
	call: &impl subxt::tx::Payload,
	what: &str,
) -> Result<E, WorkflowError> {
	let events = Transaction::new(api, device, call).submit(Wait::InBlock).await?;
	if let Some(refused) =
		events.find_first::<chain::records::events::AnchorRefused>().and_then(Result::ok)
	{
		return Err(err(format!(
			"the chain refused the {what} (on the patient's audit trail): {:?}",
			refused.reason
		)));
	}
	events.find_first::<E>().and_then(Result::ok).ok_or_else(|| {
		let name = std::any::type_name::<E>().rsplit("::").next().unwrap_or("expected");
		err(format!("no {name} event"))
	})
}

/// Now, by this machine's clock, in ms since the Unix epoch: when a reading is taken.
pub(crate) fn unix_millis() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |since| u64::try_from(since.as_millis()).unwrap_or(u64::MAX))
}
