//! The record workflow on the client. All cryptography runs here; the chain gets hashes, wrapped
//! keys and metadata only.
//!
//! - category keys, and consent that shares them ([`rotate_call`], [`grant_and_share`],
//!   [`revoke_and_rotate`]);
//! - the device's side: sealing, storing and anchoring readings ([`Sealer`], [`seal_reading`],
//!   [`seal_and_anchor`]);
//! - the physician's side: reading and opening records ([`read_records`]);
//! - what anyone may look up: a patient's records ([`records_of`], metadata only), its audit
//!   trail ([`audit_trail`]), and its full accounting of disclosures from the chain's events
//!   ([`disclosures`]).

mod batching;
mod custody;
mod disclosures;
mod keys;
mod reading;
mod sealing;

use subxt::utils::AccountId32;

use crate::{
	bounded,
	chain::{self, runtime_types},
	Client,
};

pub use batching::{
	batch_readings, decode_manifest, encode_manifest, locator_hash, manifest_of, proof_of,
	prove_reading, root_of, seal_and_anchor_batch, verify_reading, AnchoredBatch, Manifest,
	ProvenReading, SealedBatch,
};
pub use custody::{
	custody_of, custody_set, serve_custody, set_custodians_call, CustodySet, Release,
};
pub use disclosures::{disclosures, to_csv, Disclosure};
pub use keys::{current_category_key, grant_and_share, revoke_and_rotate, rotate_call};
pub use reading::{read_records, RecordRead};
pub use runtime_types::carechain_primitives::consent::{DataCategory, Permission, Purpose, Scope};
pub use sealing::{seal_and_anchor, seal_reading, Anchored, SealedReading, Sealer};

/// What went wrong, in words for the user.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct WorkflowError(pub String);

impl From<crate::TxError> for WorkflowError {
	fn from(error: crate::TxError) -> Self {
		WorkflowError(error.to_string())
	}
}

/// A [`WorkflowError`] saying `text`.
pub(crate) fn err(text: impl Into<String>) -> WorkflowError {
	WorkflowError(text.into())
}

/// The scope of one category.
pub fn only(category: DataCategory) -> Scope {
	Scope::Only(bounded(vec![category]))
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

/// Batches `calls` atomically.
pub fn batch(calls: Vec<runtime_types::carechain_runtime::RuntimeCall>) -> impl subxt::tx::Payload {
	chain::transactions().utility().batch_all(calls)
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
pub type RecordInfo = runtime_types::carechain_primitives::records::RecordInfo<
	AccountId32,
	u32,
	runtime_types::bounded_collections::bounded_vec::BoundedVec<u8>,
>;

/// One entry of a patient's audit trail: who read or added what, when, why, and whether it was
/// allowed.
pub type AuditEntry = runtime_types::carechain_primitives::consent::AuditEntry<AccountId32, u32>;

/// `patient`'s audit trail as of the best block, oldest first, as far back as the chain keeps it
/// (`ConsentApi::audit_trail`).
pub async fn audit_trail(
	api: &Client,
	patient: &AccountId32,
) -> Result<Vec<AuditEntry>, WorkflowError> {
	let at = api.at_best().await.map_err(err)?;
	at.runtime_apis()
		.call(chain::runtime_apis().consent_api().audit_trail(*patient))
		.await
		.map_err(|e| err(e.to_string()))
}
