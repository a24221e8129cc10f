//! The physician's side: each read asked of the chain (audited, in one atomic batch), each
//! released key unwrapped, each envelope fetched, checked against its anchored hash and
//! decrypted.

use carechain_crypto::{
	custody_batch::{batch_key_of, open_batch_reading},
	envelope::{envelope_for_hash, rsa_unwrap, Envelope, Opener, PrivateKey},
};
use carechain_primitives::records::category_key_id;
use subxt::utils::AccountId32;

use super::{
	batch,
	batching::{batch_readings, manifest_of},
	custody::{collect_shares, custody_set, open_awaited, Awaited},
	err, records_of, DataCategory, Purpose, WorkflowError,
};
use crate::{
	chain::{self, runtime_types},
	storage::EnvelopeSource,
	Client, Signer, Transaction, Wait,
};

/// What reading one record came to.
#[derive(Clone, Debug)]
pub enum RecordRead {
	/// Read, decrypted and checked against the anchored hash.
	Opened {
		/// The record.
		record_id: u64,
		/// Its plaintext.
		plaintext: Vec<u8>,
	},
	/// A batch read, each of its readings decrypted and checked against its content hash, the
	/// batch's manifest against its anchored root (in custody, its readings opened with the
	/// batch key the custodians' shares opened).
	OpenedBatch {
		/// The record.
		record_id: u64,
		/// Its readings' plaintexts, in the batch's order.
		readings: Vec<Vec<u8>>,
	},
	/// The chain granted (and audited) the read, but the record could not be opened: for a
	/// custody record, fewer shares than its threshold were released in time (custodians
	/// offline) or consent refused the release.
	Unopened {
		/// The record.
		record_id: u64,
		/// Why.
		reason: String,
	},
	/// The chain refused (and audited) the read.
	Denied {
		/// The record.
		record_id: u64,
		/// The chain's reason.
		reason: String,
	},
}

/// The physician's side: asks the chain to read each of `patient`'s records of `category` for
/// `purpose` (one audited, atomic batch); for a record under a category key, unwraps the
/// released key; for a custody record, collects the shares its custodians release (at least its
/// threshold, within its release window); then fetches each envelope, checks its hash against
/// the chain and decrypts it.
pub async fn read_records(
	api: &Client,
	reader: &Signer,
	reader_key: &PrivateKey,
	patient: &AccountId32,
	category: DataCategory,
	purpose: Purpose,
	store: &impl EnvelopeSource,
) -> Result<Vec<RecordRead>, WorkflowError> {
	let records = records_of(api, patient, category.clone()).await?;
	let mut outcomes = Vec::new();
	// A reader has at most `MaxOpenReads` (64) custody reads open at once: ask in batches of half
	// that, each collected before the next.
	for chunk in records.chunks(READS_PER_BATCH) {
		outcomes.extend(
			read_batch(api, reader, reader_key, patient, &category, purpose.clone(), store, chunk)
				.await?,
		);
	}
	Ok(outcomes)
}

/// How many reads one batch asks for.
const READS_PER_BATCH: usize = 32;

/// [`read_records`] for one batch of `records`.
#[allow(clippy::too_many_arguments)]
async fn read_batch(
	api: &Client,
	reader: &Signer,
	reader_key: &PrivateKey,
	patient: &AccountId32,
	category: &DataCategory,
	purpose: Purpose,
	store: &impl EnvelopeSource,
	records: &[(u64, super::RecordInfo)],
) -> Result<Vec<RecordRead>, WorkflowError> {
	let calls = records
		.iter()
		.map(|(id, _)| {
			runtime_types::carechain_runtime::RuntimeCall::Records(
				runtime_types::pallet_records::pallet::Call::read {
					record_id: *id,
					purpose: purpose.clone(),
				},
			)
		})
		.collect();
	let from = api.best_number().await.map_err(err)?.saturating_add(1);
	let events = Transaction::new(api, reader, &batch(calls)).submit(Wait::Finalized).await?;
	let reader_id = reader.public_key().to_account_id();
	let patient_bytes: [u8; 32] = patient.0;
	let mut outcomes = Vec::new();
	let mut awaited = Vec::new();
	for requested in events.find::<chain::records::events::SharesRequested>().filter_map(Result::ok)
	{
		let set = custody_set(api, patient, requested.custody_epoch).await?;
		awaited.push(Awaited {
			record_id: requested.record_id,
			threshold: set.threshold,
			custodians: set.custodians.len() as u32,
			until: u64::from(requested.until),
			shares: Vec::new(),
			refused: false,
			opened: None,
			batch: batch_readings(api, requested.record_id).await?,
		});
	}
	if !awaited.is_empty() {
		collect_shares(api, &reader_id, reader_key, &mut awaited, from, store, records).await?;
	}
	for (record_id, info) in records {
		let granted = events
			.find::<chain::records::events::RecordReadGranted>()
			.filter_map(Result::ok)
			.find(|event| event.record_id == *record_id);
		if let Some(waiting) = awaited.iter().find(|a| a.record_id == *record_id) {
			let opened = match (open_awaited(store, info, waiting).await, waiting.batch) {
				(Ok(key), Some(count)) => {
					let key = zeroize::Zeroizing::new(key);
					open_custody_batch(store, *record_id, info, count, &key)
						.await
						.map(|readings| RecordRead::OpenedBatch { record_id: *record_id, readings })
				},
				(Ok(plaintext), None) => {
					Ok(RecordRead::Opened { record_id: *record_id, plaintext })
				},
				(Err(e), _) => Err(e),
			};
			outcomes.push(opened.unwrap_or_else(|e| RecordRead::Unopened {
				record_id: *record_id,
				reason: e.to_string(),
			}));
			continue;
		}
		if let Some(granted) = granted {
			let Some(wrapped) = granted.wrapped_key else {
				outcomes.push(RecordRead::Unopened {
					record_id: *record_id,
					reason: format!(
						"the patient has not shared category key epoch {} with this reader",
						info.key_epoch
					),
				});
				continue;
			};
			let key = rsa_unwrap(reader_key, &wrapped)
				.map_err(|e| err(format!("record {record_id}: the key does not open: {e:?}")))?;
			let opener = Opener::Symmetric {
				key_id: category_key_id(&patient_bytes, crate::same_as(category), info.key_epoch),
				key: &key,
			};
			if let Some(count) = batch_readings(api, *record_id).await? {
				// A batch whose manifest or envelopes are missing or altered is this record's
				// problem, not the whole read's: anyone with append consent can anchor one.
				let opened = async {
					let hashes = manifest_of(store, info, count)
						.await
						.map_err(|e| err(format!("record {record_id}: {e}")))?
						.readings;
					let mut readings = Vec::with_capacity(hashes.len());
					for hash in &hashes {
						readings.push(open_stored(store, *record_id, hash, &opener).await?);
					}
					Ok::<_, WorkflowError>(readings)
				}
				.await;
				outcomes.push(match opened {
					Ok(readings) => RecordRead::OpenedBatch { record_id: *record_id, readings },
					Err(e) => RecordRead::Unopened { record_id: *record_id, reason: e.to_string() },
				});
				continue;
			}
			let plaintext = open_stored(store, *record_id, &info.content_hash.0, &opener).await?;
			outcomes.push(RecordRead::Opened { record_id: *record_id, plaintext });
			continue;
		}
		let denied = events
			.find::<chain::records::events::RecordReadDenied>()
			.filter_map(Result::ok)
			.find(|event| event.record_id == *record_id)
			.ok_or_else(|| err(format!("record {record_id}: no read outcome")))?;
		outcomes.push(RecordRead::Denied {
			record_id: *record_id,
			reason: format!("{:?}", denied.reason),
		});
	}
	// What the shares opened of a batch is its batch key: not kept beyond the read.
	for waiting in awaited.iter_mut().filter(|a| a.batch.is_some()) {
		if let Some(key) = waiting.opened.as_mut() {
			zeroize::Zeroize::zeroize(key);
		}
	}
	Ok(outcomes)
}

/// The readings of custody batch `record_id` (`count` of them), opened with the batch `key`
/// its custodians' shares opened: each fetched from `store`, checked against its content hash
/// in the manifest (the manifest against the anchored root) and decrypted.
async fn open_custody_batch(
	store: &impl EnvelopeSource,
	record_id: u64,
	info: &super::RecordInfo,
	count: u32,
	key: &[u8],
) -> Result<Vec<Vec<u8>>, WorkflowError> {
	let in_record = |e: WorkflowError| err(format!("record {record_id}: {e}"));
	let manifest = manifest_of(store, info, count).await.map_err(in_record)?;
	let key_id = manifest
		.key
		.as_ref()
		.map(Envelope::content_hash)
		.ok_or_else(|| err(format!("record {record_id}: no key envelope in its manifest")))?;
	let key = zeroize::Zeroizing::new(
		batch_key_of(key).map_err(|e| err(format!("record {record_id}: {e:?}")))?,
	);
	let mut readings = Vec::with_capacity(manifest.readings.len());
	for hash in &manifest.readings {
		let envelope = fetch_envelope(store, record_id, hash).await?;
		readings.push(
			open_batch_reading(&envelope, &key, &key_id).map_err(|e| {
				err(format!("record {record_id}: a reading does not decrypt: {e:?}"))
			})?,
		);
	}
	Ok(readings)
}

/// The envelope stored under `hash`, checked against it and opened with `opener`.
async fn open_stored(
	store: &impl EnvelopeSource,
	record_id: u64,
	hash: &[u8; 32],
	opener: &Opener<'_>,
) -> Result<Vec<u8>, WorkflowError> {
	let envelope = fetch_envelope(store, record_id, hash).await?;
	envelope.open(opener).map_err(|e| err(format!("record {record_id}: does not decrypt: {e:?}")))
}

/// The envelope stored under `hash`, checked against it.
async fn fetch_envelope(
	store: &impl EnvelopeSource,
	record_id: u64,
	hash: &[u8; 32],
) -> Result<Envelope, WorkflowError> {
	let blob = store.fetch(hash).await.map_err(|e| {
		err(format!("record {record_id}: an envelope is not in the store or was altered: {e:?}"))
	})?;
	envelope_for_hash(&blob, hash).map_err(|e| err(format!("record {record_id}: {e:?}")))
}
