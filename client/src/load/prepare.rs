//! Making a load set ready: funded, registered, and its devices holding their patients' category
//! keys; whatever is already done is skipped.

use carechain_crypto::envelope::PrivateKey;
use subxt::utils::{AccountId32, MultiAddress};

use super::{account, profile, LoadSet, Profile};
use crate::{
	bounded,
	chain::{self, runtime_types},
	records::{self, err, DataCategory, WorkflowError},
	AtBlock, Client, Signer, Transaction, Wait,
};

use runtime_types::{
	carechain_primitives::registry::{DeviceKind, Role, Status},
	carechain_runtime::RuntimeCall,
};

/// How many calls one batch of [`prepare`] carries: 8 times as many transfers, 4 times as many
/// device registrations (each under a millisecond of weight, its RSA keys checked): a small part of a
/// block either way.
const BATCH: usize = 16;

async fn free_balance(at: &AtBlock, who: &AccountId32) -> Result<u128, WorkflowError> {
	let account = at
		.storage()
		.fetch(chain::storage().system().account(), (*who,))
		.await
		.map_err(|e| err(format!("the balance of {who}: {e}")))?
		.decode()
		.map_err(|e| err(format!("the balance of {who}: {e}")))?;
	Ok(account.data.free)
}

/// Sends `amount` from `funder` to each of `accounts` whose free balance at `at` is below
/// `at_least`, in batches, each waited for in a block; returns how many it funded.
pub(super) async fn top_up(
	api: &Client,
	at: &AtBlock,
	funder: &Signer,
	accounts: &[AccountId32],
	at_least: u128,
	amount: u128,
) -> Result<u32, WorkflowError> {
	let mut transfers = Vec::new();
	for who in accounts {
		if free_balance(at, who).await? < at_least {
			transfers.push(RuntimeCall::Balances(
				runtime_types::pallet_balances::pallet::Call::transfer_keep_alive {
					dest: MultiAddress::Id(*who),
					value: amount,
				},
			));
		}
	}
	for chunk in transfers.chunks(BATCH * 8) {
		let batch = records::batch(chunk.to_vec());
		Transaction::new(api, funder, &batch).submit(Wait::InBlock).await?;
	}
	Ok(transfers.len() as u32)
}

/// What [`prepare`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Prepared {
	/// Accounts funded now (the others had enough).
	pub funded: u32,
	/// Patients registered now.
	pub patients_registered: u32,
	/// Devices registered now.
	pub devices_registered: u32,
	/// Patients whose category key was rotated now, for their devices.
	pub keys_rotated: u32,
}

/// Makes `set` ready to [`run`](fn@super::run): every account holds at least `funding / 2`
/// (else `funder` sends it `funding`), every patient is registered with `rsa`'s public key, every
/// device is registered by `hospital` (an admitted hospital) to its patient with `rsa`'s public
/// key for encryption and signatures, and every device holds a copy of its patient's current
/// `category` key. It looks before it pays: a hospital that is not active, or an account of the
/// set already registered otherwise (another role, a device of another patient), is refused
/// before any transaction. Steps already done are skipped. `step` hears what is being done.
#[allow(clippy::too_many_arguments)]
pub async fn prepare(
	api: &Client,
	set: &LoadSet,
	hospital: &Signer,
	funder: &Signer,
	rsa: &PrivateKey,
	funding: u128,
	category: DataCategory,
	step: &(dyn Fn(String) + Sync),
) -> Result<Prepared, WorkflowError> {
	let mut done = Prepared::default();
	let public = carechain_crypto::envelope::public_key_der(rsa);
	let patients = (0..set.patients()).map(|j| set.patient(j)).collect::<Result<Vec<_>, _>>()?;
	let devices = (0..set.devices()).map(|i| set.device(i)).collect::<Result<Vec<_>, _>>()?;

	// The hospital must be one before it pays for anything.
	// Everything is checked at one block.
	let at = api.at_best().await.map_err(err)?;
	match profile(&at, &account(hospital)).await? {
		Some(p) if p.role == Role::Hospital && p.status == Status::Active => {},
		_ => {
			return Err(err(format!(
				"{} is not an active hospital: admit it first (`carechain hospital admit`)",
				account(hospital)
			)))
		},
	}

	// Look before paying: what is missing, and nothing registered otherwise.
	step("checking the set".to_string());
	let mut new_patients = Vec::new();
	for patient in &patients {
		match profile(&at, &account(patient)).await? {
			None => new_patients.push(patient),
			Some(p) if p.role == Role::Patient => {},
			Some(p) => {
				return Err(err(format!(
					"{} is registered as a {:?}, not a patient: use another --seed",
					account(patient),
					p.role
				)))
			},
		}
	}
	let mut new_devices = Vec::new();
	for (i, device) in devices.iter().enumerate() {
		let patient = account(&patients[set.patient_of(i as u32) as usize]);
		match profile(&at, &account(device)).await? {
			None => new_devices.push(RuntimeCall::Registry(
				runtime_types::pallet_registry::pallet::Call::register_device {
					device: account(device),
					patient,
					kind: DeviceKind::Wearable,
					encryption_key: bounded(public.clone()),
					signing_key: bounded(public.clone()),
				},
			)),
			Some(Profile { device: Some(info), .. }) if info.patient == patient => {},
			Some(_) => {
				return Err(err(format!(
					"device {i} ({}) is registered otherwise (another patient, or not as a device): \
					 prepare with the --devices-per-patient it was made with, or another --seed",
					account(device)
				)))
			},
		}
	}
	step(format!("funding {} patients and {} devices", patients.len(), devices.len()));
	let everyone: Vec<AccountId32> = patients.iter().chain(devices.iter()).map(account).collect();
	done.funded = top_up(api, &at, funder, &everyone, funding / 2, funding).await?;

	step(format!("registering {} patients", new_patients.len()));
	let call = chain::transactions().registry().register_patient(bounded(public.clone()), None);
	let results = futures::future::join_all(
		new_patients
			.iter()
			.map(|patient| Transaction::new(api, patient, &call).submit(Wait::InBlock)),
	)
	.await;
	for result in results {
		result?;
	}
	done.patients_registered = new_patients.len() as u32;

	step(format!("registering {} devices", new_devices.len()));
	done.devices_registered = new_devices.len() as u32;
	for chunk in new_devices.chunks(BATCH * 4) {
		let batch = records::batch(chunk.to_vec());
		Transaction::new(api, hospital, &batch).submit(Wait::InBlock).await?;
	}

	step(format!("giving {} patients' devices their category keys", patients.len()));
	let at = api.at_best().await.map_err(err)?;
	let apis = chain::runtime_apis().records_api();
	let mut rotations = Vec::new();
	for (j, patient) in patients.iter().enumerate() {
		let patient_id = account(patient);
		let epoch = at
			.runtime_apis()
			.call(apis.key_epoch(patient_id, category.clone()))
			.await
			.map_err(|e| err(e.to_string()))?;
		let mut complete = epoch > 0;
		for i in (0..set.devices()).filter(|i| set.patient_of(*i) as usize == j) {
			if !complete {
				break;
			}
			complete = at
				.runtime_apis()
				.call(apis.category_key(
					patient_id,
					category.clone(),
					epoch,
					account(&devices[i as usize]),
				))
				.await
				.map_err(|e| err(e.to_string()))?
				.is_some();
		}
		if !complete {
			let (call, _) = records::rotate_call(api, &patient_id, category.clone(), &[]).await?;
			rotations.push((patient, call));
		}
	}
	let batches: Vec<_> = rotations
		.iter()
		.map(|(patient, call)| (*patient, records::batch(vec![call.clone()])))
		.collect();
	let results = futures::future::join_all(
		batches
			.iter()
			.map(|(patient, batch)| Transaction::new(api, patient, batch).submit(Wait::InBlock)),
	)
	.await;
	for result in results {
		result?;
	}
	done.keys_rotated = rotations.len() as u32;
	Ok(done)
}
