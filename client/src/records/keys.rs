//! Category keys: a patient's current one, a fresh one for its readers, and grants that share
//! it (and revocations that rotate it away from the former grantee).

use carechain_crypto::envelope::{random_key, rsa_unwrap, rsa_wrap, PrivateKey, SymmetricKey};
use subxt::utils::AccountId32;

use super::{
	batch, devices_of, encryption_key_of, err, only, DataCategory, Permission, Purpose,
	WorkflowError,
};
use crate::{
	bounded,
	chain::{self, runtime_types},
	Client, Signer, Transaction, Wait,
};

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

/// Grants `grantee` `permission` on `category` for `purpose` until `expires_at` and, for a
/// patient not in custody, shares the current category key with it, in one atomic transaction
/// signed by the patient. Returns the grant id.
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
	use runtime_types::{
		carechain_runtime::RuntimeCall, pallet_consent::pallet::Call as ConsentCall,
		pallet_records::pallet::Call as RecordsCall,
	};
	let mut calls = vec![RuntimeCall::Consent(ConsentCall::grant {
		patient: patient_id,
		grantee: *grantee,
		scope: only(category.clone()),
		permission,
		purpose,
		starts_at: None,
		expires_at,
	})];
	// A patient in custody shares no key: its custodians release shares for each granted read.
	if super::custody_of(api, &patient_id).await?.is_none() {
		let (epoch, key) =
			current_category_key(api, &patient_id, category.clone(), &patient_id, patient_key)
				.await?;
		let grantee_public = encryption_key_of(api, grantee).await?;
		let wrapped = rsa_wrap(&grantee_public, &key).map_err(|e| err(format!("{e:?}")))?;
		calls.push(RuntimeCall::Records(RecordsCall::share_category_key {
			patient: patient_id,
			category,
			epoch,
			reader: *grantee,
			wrapped_key: bounded(wrapped),
		}));
	}
	let events = Transaction::new(api, patient, &batch(calls)).submit(Wait::Finalized).await?;
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
	Transaction::new(api, patient, &batch(calls)).submit(Wait::Finalized).await?;
	Ok(())
}
