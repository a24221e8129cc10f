//! The record workflow on the client: category keys, sealing and anchoring readings, reading and
//! opening records, consent with key sharing, the audit trail. All cryptography runs here; the
//! chain gets hashes, wrapped keys and metadata only.

use carechain_primitives::{
	blob_store::{BlobStore, LocalDirStore},
	envelope::{
		envelope_for_hash, random_key, rsa_unwrap, rsa_wrap, sign_content_hash, Envelope, Opener,
		PrivateKey, Recipient, SymmetricKey,
	},
	records::{category_key_id, ENVELOPE_VERSION},
};
use subxt::utils::{AccountId32, H256};

use crate::{
	chain::{self, runtime_types},
	submit, Client, Signer,
};

use runtime_types::carechain_primitives::consent::Scope;
pub use runtime_types::carechain_primitives::consent::{DataCategory, Permission, Purpose};

/// What went wrong, in words for the user.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct WorkflowError(pub String);

impl From<crate::TxError> for WorkflowError {
	fn from(error: crate::TxError) -> Self {
		WorkflowError(error.to_string())
	}
}

fn err(text: impl Into<String>) -> WorkflowError {
	WorkflowError(text.into())
}

/// The primitives' category for a generated one (same order, same names).
pub fn category_index(category: &DataCategory) -> carechain_primitives::consent::DataCategory {
	use carechain_primitives::consent::DataCategory as P;
	match category {
		DataCategory::VitalSigns => P::VitalSigns,
		DataCategory::LabResults => P::LabResults,
		DataCategory::Imaging => P::Imaging,
		DataCategory::Prescriptions => P::Prescriptions,
		DataCategory::ClinicalNotes => P::ClinicalNotes,
		DataCategory::Diagnoses => P::Diagnoses,
		DataCategory::Immunizations => P::Immunizations,
		DataCategory::Allergies => P::Allergies,
	}
}

fn bounded<T>(items: Vec<T>) -> runtime_types::bounded_collections::bounded_vec::BoundedVec<T> {
	runtime_types::bounded_collections::bounded_vec::BoundedVec(items)
}

/// A registered participant's RSA encryption key (DER SubjectPublicKeyInfo).
pub async fn encryption_key_of(api: &Client, who: &AccountId32) -> Result<Vec<u8>, WorkflowError> {
	let at = api.at_best().await.map_err(err)?;
	let profile = at
		.runtime_apis()
		.call(chain::runtime_apis().registry_api().profile(*who))
		.await
		.map_err(|e| err(format!("the registry's profile of {who}: {e}")))?
		.ok_or_else(|| err(format!("{who} is not registered")))?;
	Ok(profile.encryption_key)
}

/// A patient's devices, from the registry.
pub async fn devices_of(
	api: &Client,
	patient: &AccountId32,
) -> Result<Vec<AccountId32>, WorkflowError> {
	let at = api.at_best().await.map_err(err)?;
	let profile = at
		.runtime_apis()
		.call(chain::runtime_apis().registry_api().profile(*patient))
		.await
		.map_err(|e| err(e.to_string()))?
		.ok_or_else(|| err(format!("{patient} is not registered")))?;
	Ok(profile.devices)
}

/// The current epoch of a patient's category key and `reader`'s copy of it, unwrapped with
/// `reader_key`.
pub async fn current_category_key(
	api: &Client,
	patient: &AccountId32,
	category: DataCategory,
	reader: &AccountId32,
	reader_key: &PrivateKey,
) -> Result<(u32, SymmetricKey), WorkflowError> {
	let at = api.at_best().await.map_err(err)?;
	let apis = chain::runtime_apis().records_api();
	let epoch = at
		.runtime_apis()
		.call(apis.key_epoch(*patient, category.clone()))
		.await
		.map_err(|e| err(e.to_string()))?;
	if epoch == 0 {
		return Err(err(format!(
			"{patient} has no {category:?} key yet: the patient runs `carechain patient rotate-key` first"
		)));
	}
	let wrapped = at
		.runtime_apis()
		.call(apis.category_key(*patient, category.clone(), epoch, *reader))
		.await
		.map_err(|e| err(e.to_string()))?
		.ok_or_else(|| err(format!("{reader} holds no copy of {patient}'s {category:?} key")))?;
	let key = rsa_unwrap(reader_key, &wrapped)
		.map_err(|e| err(format!("the category key does not open with this RSA key: {e:?}")))?;
	Ok((epoch, key))
}

/// The call that makes a fresh category key, wrapped for the patient, its devices and `others`.
pub async fn rotate_call(
	api: &Client,
	patient: &AccountId32,
	category: DataCategory,
	others: &[AccountId32],
) -> Result<(runtime_types::carechain_runtime::RuntimeCall, SymmetricKey), WorkflowError> {
	let key = random_key();
	let mut readers = vec![*patient];
	readers.extend(devices_of(api, patient).await?);
	readers.extend(others.iter().cloned());
	let mut wrapped = Vec::new();
	for reader in readers {
		let public = encryption_key_of(api, &reader).await?;
		let copy = rsa_wrap(&public, &key)
			.map_err(|e| err(format!("cannot wrap the key for {reader}: {e:?}")))?;
		wrapped.push((reader, bounded(copy)));
	}
	let call = runtime_types::carechain_runtime::RuntimeCall::Records(
		runtime_types::pallet_records::pallet::Call::rotate_category_key {
			patient: *patient,
			category,
			readers: bounded(wrapped),
		},
	);
	Ok((call, key))
}

/// Batches `calls` atomically.
pub fn batch(calls: Vec<runtime_types::carechain_runtime::RuntimeCall>) -> impl subxt::tx::Payload {
	chain::transactions().utility().batch_all(calls)
}

/// Grants `grantee` `permission` on `category` for `purpose` until `expires_at`, and shares the
/// current category key with it, in one atomic transaction signed by the patient. Returns the
/// grant id.
#[allow(clippy::too_many_arguments)]
pub async fn grant_and_share(
	api: &Client,
	patient: &Signer,
	patient_key: &PrivateKey,
	grantee: &AccountId32,
	category: DataCategory,
	permission: Permission,
	purpose: Purpose,
	expires_at: u32,
) -> Result<u64, WorkflowError> {
	let patient_id = patient.public_key().to_account_id();
	let (epoch, key) =
		current_category_key(api, &patient_id, category.clone(), &patient_id, patient_key).await?;
	let grantee_public = encryption_key_of(api, grantee).await?;
	let wrapped = rsa_wrap(&grantee_public, &key).map_err(|e| err(format!("{e:?}")))?;
	use runtime_types::{
		carechain_runtime::RuntimeCall, pallet_consent::pallet::Call as ConsentCall,
		pallet_records::pallet::Call as RecordsCall,
	};
	let calls = vec![
		RuntimeCall::Consent(ConsentCall::grant {
			patient: patient_id,
			grantee: *grantee,
			scope: Scope::Only(bounded(vec![category.clone()])),
			permission,
			purpose,
			starts_at: None,
			expires_at,
		}),
		RuntimeCall::Records(RecordsCall::share_category_key {
			patient: patient_id,
			category,
			epoch,
			reader: *grantee,
			wrapped_key: bounded(wrapped),
		}),
	];
	let events = submit(api, patient, &batch(calls)).await?;
	events
		.find_first::<chain::consent::events::ConsentGranted>()
		.and_then(Result::ok)
		.map(|granted| granted.grant_id)
		.ok_or_else(|| err("no ConsentGranted event"))
}

/// Revokes grant `grant_id` and rotates `categories`' keys for the patient and its devices only,
/// in one atomic transaction: later records are closed to the former grantee.
pub async fn revoke_and_rotate(
	api: &Client,
	patient: &Signer,
	grant_id: u64,
	categories: &[DataCategory],
) -> Result<(), WorkflowError> {
	let patient_id = patient.public_key().to_account_id();
	let mut calls = vec![runtime_types::carechain_runtime::RuntimeCall::Consent(
		runtime_types::pallet_consent::pallet::Call::revoke { patient: patient_id, grant_id },
	)];
	for category in categories {
		calls.push(rotate_call(api, &patient_id, category.clone(), &[]).await?.0);
	}
	submit(api, patient, &batch(calls)).await?;
	Ok(())
}

/// A reading sealed, stored and anchored.
#[derive(Clone, Debug)]
pub struct Anchored {
	/// The record's id on chain.
	pub record_id: u64,
	/// Its content hash.
	pub content_hash: [u8; 32],
}

/// What a device needs to seal readings of one patient and category: the patient's public key
/// and the current epoch of the category key, unwrapped once. Valid until the patient rotates the
/// key (anchors must name the current epoch; the chain refuses older ones by name).
pub struct Sealer {
	patient: AccountId32,
	patient_public: Vec<u8>,
	category: DataCategory,
	epoch: u32,
	key: zeroize::Zeroizing<SymmetricKey>,
}

impl Sealer {
	/// Fetches the patient's key and `device`'s copy of the current category key (opened with
	/// `device_key`).
	pub async fn fetch(
		api: &Client,
		device: &AccountId32,
		device_key: &PrivateKey,
		patient: &AccountId32,
		category: DataCategory,
	) -> Result<Self, WorkflowError> {
		let (epoch, key) =
			current_category_key(api, patient, category.clone(), device, device_key).await?;
		let patient_public = encryption_key_of(api, patient).await?;
		Ok(Sealer {
			patient: *patient,
			patient_public,
			category,
			epoch,
			key: zeroize::Zeroizing::new(key),
		})
	}

	/// The category key epoch the readings are sealed under.
	pub fn epoch(&self) -> u32 {
		self.epoch
	}

	/// Seals `reading` for the patient (its RSA key) and the category key, stores the envelope,
	/// signs its hash with `signing_key`; returns the `records.anchor` call and the content hash.
	/// Nothing of the reading reaches the chain but its hash.
	pub fn seal(
		&self,
		signing_key: &PrivateKey,
		store: &LocalDirStore,
		reading: &[u8],
	) -> Result<(impl subxt::tx::Payload, [u8; 32]), WorkflowError> {
		let patient_bytes: [u8; 32] = self.patient.0;
		let envelope = Envelope::seal(
			reading,
			&[
				Recipient::Rsa { account: patient_bytes, public_key: &self.patient_public },
				Recipient::Symmetric {
					key_id: category_key_id(
						&patient_bytes,
						category_index(&self.category),
						self.epoch,
					),
					key: &self.key,
				},
			],
		)
		.map_err(|e| err(format!("cannot seal the reading: {e:?}")))?;
		let bytes = envelope.to_bytes();
		let hash =
			store.put(&bytes).map_err(|e| err(format!("cannot store the envelope: {e:?}")))?;
		let signature = sign_content_hash(signing_key, &hash);
		let call = chain::transactions().records().anchor(
			self.patient,
			self.category.clone(),
			H256(hash),
			bounded(store.locator(&hash).into_bytes()),
			bytes.len() as u64,
			ENVELOPE_VERSION,
			self.epoch,
			Purpose::Treatment,
			Some(bounded(signature)),
		);
		Ok((call, hash))
	}
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
	store: &LocalDirStore,
	reading: &[u8],
) -> Result<(impl subxt::tx::Payload, [u8; 32]), WorkflowError> {
	Sealer::fetch(api, device, device_key, patient, category).await?.seal(
		signing_key,
		store,
		reading,
	)
}

/// The device's side: [`seal_reading`], then anchors it and waits until the anchor is in a block.
#[allow(clippy::too_many_arguments)]
pub async fn seal_and_anchor(
	api: &Client,
	device: &Signer,
	device_key: &PrivateKey,
	signing_key: &PrivateKey,
	patient: &AccountId32,
	category: DataCategory,
	store: &LocalDirStore,
	reading: &[u8],
) -> Result<Anchored, WorkflowError> {
	let device_id = device.public_key().to_account_id();
	let (call, hash) =
		seal_reading(api, &device_id, device_key, signing_key, patient, category, store, reading)
			.await?;
	let events = crate::submit_until(api, device, &call, crate::Wait::InBlock).await?;
	let anchored = events
		.find_first::<chain::records::events::RecordAnchored>()
		.and_then(Result::ok)
		.ok_or_else(|| err("no RecordAnchored event"))?;
	Ok(Anchored { record_id: anchored.record_id, content_hash: hash })
}

/// Every record of `patient` in `category`, oldest first, with its metadata (nothing is read or
/// audited), page by page through `RecordsApi::records_of`.
pub async fn records_of(
	api: &Client,
	patient: &AccountId32,
	category: DataCategory,
) -> Result<Vec<(u64, RecordInfo)>, WorkflowError> {
	const PAGE: u32 = 100;
	let at = api.at_best().await.map_err(err)?;
	let mut records = Vec::new();
	loop {
		let page = at
			.runtime_apis()
			.call(chain::runtime_apis().records_api().records_of(
				*patient,
				category.clone(),
				records.len() as u32,
				PAGE,
			))
			.await
			.map_err(|e| err(e.to_string()))?;
		let full = page.len() == PAGE as usize;
		records.extend(page);
		if !full {
			return Ok(records);
		}
	}
}

/// A record's metadata as the chain keeps it.
pub type RecordInfo = runtime_types::carechain_primitives::records::RecordInfo<AccountId32, u32>;

/// What reading one record came to.
#[derive(Clone, Debug)]
pub enum ReadOutcome {
	/// Read, decrypted and checked against the anchored hash.
	Opened {
		/// The record.
		record_id: u64,
		/// Its plaintext.
		plaintext: Vec<u8>,
	},
	/// The chain refused (and audited) the read.
	Denied {
		/// The record.
		record_id: u64,
		/// The chain's reason.
		reason: String,
	},
}

/// The physician's side: asks the chain to read each of `patient`'s records of `category` (one
/// audited, atomic batch), unwraps the released keys, fetches each envelope, checks its hash
/// against the chain and decrypts it.
pub async fn read_records(
	api: &Client,
	reader: &Signer,
	reader_key: &PrivateKey,
	patient: &AccountId32,
	category: DataCategory,
	store: &LocalDirStore,
) -> Result<Vec<ReadOutcome>, WorkflowError> {
	let records = records_of(api, patient, category.clone()).await?;
	if records.is_empty() {
		return Ok(Vec::new());
	}
	let calls = records
		.iter()
		.map(|(id, _)| {
			runtime_types::carechain_runtime::RuntimeCall::Records(
				runtime_types::pallet_records::pallet::Call::read {
					record_id: *id,
					purpose: Purpose::Treatment,
				},
			)
		})
		.collect();
	let events = submit(api, reader, &batch(calls)).await?;
	let patient_bytes: [u8; 32] = patient.0;
	let mut outcomes = Vec::new();
	for (record_id, info) in &records {
		let granted = events
			.find::<chain::records::events::RecordReadGranted>()
			.filter_map(Result::ok)
			.find(|event| event.record_id == *record_id);
		if let Some(granted) = granted {
			let wrapped = granted.wrapped_key.ok_or_else(|| {
				err(format!("record {record_id}: no key released to this reader"))
			})?;
			let key = rsa_unwrap(reader_key, &wrapped)
				.map_err(|e| err(format!("record {record_id}: the key does not open: {e:?}")))?;
			let hash = info.content_hash.0;
			let blob =
				store.get(&hash).map_err(|e| {
					err(format!("record {record_id}: the envelope is not in the store or was altered: {e:?}"))
				})?;
			let envelope = envelope_for_hash(&blob, &hash)
				.map_err(|e| err(format!("record {record_id}: {e:?}")))?;
			let opener = Opener::Symmetric {
				key_id: category_key_id(&patient_bytes, category_index(&category), info.key_epoch),
				key: &key,
			};
			let plaintext = envelope
				.open(&opener)
				.map_err(|e| err(format!("record {record_id}: does not decrypt: {e:?}")))?;
			outcomes.push(ReadOutcome::Opened { record_id: *record_id, plaintext });
			continue;
		}
		let denied = events
			.find::<chain::records::events::RecordReadDenied>()
			.filter_map(Result::ok)
			.find(|event| event.record_id == *record_id)
			.ok_or_else(|| err(format!("record {record_id}: no read outcome")))?;
		outcomes.push(ReadOutcome::Denied {
			record_id: *record_id,
			reason: format!("{:?}", denied.reason),
		});
	}
	Ok(outcomes)
}
