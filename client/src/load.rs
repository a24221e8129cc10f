//! The load generator: many simulated devices at once, each anchoring sealed vital-sign readings
//! at a steady rate, from accounts derived from one seed and funded beforehand.
//!
//! A **load set** is `patients × devices_per_patient` devices. Its accounts derive from a seed
//! (`{seed}//patient//{j}`, `{seed}//device//{i}`, device `i` belonging to patient
//! `i / devices_per_patient`), so any machine with the seed drives the same set again. Anyone who
//! knows the seed signs as these accounts: load sets are for test and benchmark chains, never for
//! real patients. Every account of the set uses one RSA key pair (encryption and reading
//! signatures): generating a 2048-bit key per simulated device would dominate the set-up, and the
//! chain's work per anchor (one PSS verification) is the same whoever holds the key.
//!
//! - [`prepare`] funds the set from a pre-funded account, registers the patients (each signs its
//!   own registration), registers their devices with a hospital, and has each patient rotate its
//!   category key for its devices. What is already done is skipped, so it resumes after a failure
//!   and costs nothing the second time.
//! - [`run`] drives every device for a duration, at a rate per device, spread over a few
//!   connections, and measures what the chain did with it: how many readings were anchored, in
//!   which blocks, how long each took to reach a best block, and what was refused and why.

use std::{
	collections::{BTreeMap, HashMap},
	str::FromStr,
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use carechain_primitives::{blob_store::LocalDirStore, envelope::PrivateKey};
use subxt::utils::{AccountId32, MultiAddress};

use crate::{
	chain::{self, runtime_types},
	records::{self, DataCategory, Sealer, WorkflowError},
	submit_until, AtBlock, Client, Signer, Wait,
};

use runtime_types::{
	carechain_primitives::registry::{DeviceKind, Role, Status},
	carechain_runtime::RuntimeCall,
};

fn err(text: impl Into<String>) -> WorkflowError {
	WorkflowError(text.into())
}

/// How many calls one batch of [`prepare`] carries (transfers, device registrations): a block's
/// worth of registry key checks with room to spare.
const BATCH: usize = 16;

/// A plausible reading: a resting adult, with small random variation around resting means
/// (heart rate 72 ± 8 bpm, SpO2 97.5 ± 1.5 %, temperature 36.8 ± 0.4 °C, blood pressure
/// 118 ± 10 / 77 ± 7 mmHg), stamped with its sequence number and the time it was taken.
pub fn vital_signs(sequence: u32) -> serde_json::Value {
	let mut noise = [0u8; 5];
	rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut noise);
	let jitter = |byte: u8, spread: f64| (f64::from(byte) / 255.0 - 0.5) * 2.0 * spread;
	serde_json::json!({
		"sequence": sequence,
		"taken_at_ms": std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.map(|d| d.as_millis() as u64)
			.unwrap_or_default(),
		"heart_rate_bpm": (72.0 + jitter(noise[0], 8.0)).round(),
		"spo2_percent": (97.5 + jitter(noise[1], 1.5)).round().min(100.0),
		"temperature_c": ((36.8 + jitter(noise[2], 0.4)) * 10.0).round() / 10.0,
		"blood_pressure_mmhg": [
			(118.0 + jitter(noise[3], 10.0)).round(),
			(77.0 + jitter(noise[4], 7.0)).round()
		],
	})
}

/// The accounts of a load set.
#[derive(Clone, Debug)]
pub struct LoadSet {
	seed: String,
	devices: u32,
	devices_per_patient: u32,
}

impl LoadSet {
	/// The set of `devices` devices, `devices_per_patient` to a patient (the last patient may
	/// have fewer), derived from `seed`.
	pub fn new(seed: &str, devices: u32, devices_per_patient: u32) -> Result<Self, WorkflowError> {
		if devices == 0 || devices_per_patient == 0 {
			return Err(err("a load set needs at least one device and one device per patient"));
		}
		let set = LoadSet { seed: seed.to_string(), devices, devices_per_patient };
		set.patient(0)?;
		Ok(set)
	}

	fn derive(&self, path: &str) -> Result<Signer, WorkflowError> {
		let uri = subxt_signer::SecretUri::from_str(&format!("{}{path}", self.seed))
			.map_err(|e| err(format!("the load seed is not a secret URI: {e}")))?;
		Signer::from_uri(&uri).map_err(|e| err(format!("the load seed: {e}")))
	}

	/// How many devices.
	pub fn devices(&self) -> u32 {
		self.devices
	}

	/// How many patients.
	pub fn patients(&self) -> u32 {
		self.devices.div_ceil(self.devices_per_patient)
	}

	/// Patient `j`'s key.
	pub fn patient(&self, j: u32) -> Result<Signer, WorkflowError> {
		self.derive(&format!("//patient//{j}"))
	}

	/// Device `i`'s key.
	pub fn device(&self, i: u32) -> Result<Signer, WorkflowError> {
		self.derive(&format!("//device//{i}"))
	}

	/// The patient device `i` monitors.
	pub fn patient_of(&self, i: u32) -> u32 {
		i / self.devices_per_patient
	}
}

fn account(signer: &Signer) -> AccountId32 {
	signer.public_key().to_account_id()
}

fn bounded<T>(items: Vec<T>) -> runtime_types::bounded_collections::bounded_vec::BoundedVec<T> {
	runtime_types::bounded_collections::bounded_vec::BoundedVec(items)
}

type Profile = runtime_types::carechain_primitives::registry::Profile<AccountId32, u32>;

async fn profile(at: &AtBlock, who: &AccountId32) -> Result<Option<Profile>, WorkflowError> {
	at.runtime_apis()
		.call(chain::runtime_apis().registry_api().profile(*who))
		.await
		.map_err(|e| err(format!("the registry's profile of {who}: {e}")))
}

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

/// Makes `set` ready to [`run`]: every account holds at least `funding / 2` (else `funder`
/// sends it `funding`), every patient is registered with `rsa`'s public key, every device is
/// registered by `hospital` (an admitted hospital) to its patient with `rsa`'s public key for
/// encryption and signatures, and every device holds a copy of its patient's current `category`
/// key. It looks before it pays: a hospital that is not active, or an account of the set already
/// registered otherwise (another role, a device of another patient), is refused before any
/// transaction. Steps already done are skipped. `step` hears what is being done.
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
	let public = carechain_primitives::envelope::public_key_der(rsa);
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
	let mut transfers = Vec::new();
	for who in patients.iter().chain(devices.iter()).map(account) {
		if free_balance(&at, &who).await? < funding / 2 {
			transfers.push(RuntimeCall::Balances(
				runtime_types::pallet_balances::pallet::Call::transfer_keep_alive {
					dest: MultiAddress::Id(who),
					value: funding,
				},
			));
		}
	}
	done.funded = transfers.len() as u32;
	for chunk in transfers.chunks(BATCH * 8) {
		submit_until(api, funder, &records::batch(chunk.to_vec()), Wait::InBlock).await?;
	}

	step(format!("registering {} patients", new_patients.len()));
	let call = chain::transactions().registry().register_patient(bounded(public.clone()), None);
	let results = futures::future::join_all(
		new_patients.iter().map(|patient| submit_until(api, patient, &call, Wait::InBlock)),
	)
	.await;
	for result in results {
		result?;
	}
	done.patients_registered = new_patients.len() as u32;

	step(format!("registering {} devices", new_devices.len()));
	done.devices_registered = new_devices.len() as u32;
	for chunk in new_devices.chunks(BATCH) {
		submit_until(api, hospital, &records::batch(chunk.to_vec()), Wait::InBlock).await?;
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
		batches.iter().map(|(patient, batch)| submit_until(api, patient, batch, Wait::InBlock)),
	)
	.await;
	for result in results {
		result?;
	}
	done.keys_rotated = rotations.len() as u32;
	Ok(done)
}

/// How [`run`] drives the set.
#[derive(Clone, Debug)]
pub struct RunOptions {
	/// Readings per second, per device.
	pub rate: f64,
	/// How long devices send.
	pub duration: Duration,
	/// How long to wait afterwards for the last readings to reach a block.
	pub settle: Duration,
	/// The category the readings are anchored in.
	pub category: DataCategory,
}

/// Counts so far, for a progress display.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
	/// Readings submitted to the node and accepted into its pool.
	pub submitted: u64,
	/// Readings the node refused.
	pub refused: u64,
	/// Readings seen anchored in a best block.
	pub anchored: u64,
}

/// What a [`run`] measured.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoadReport {
	/// Devices driven.
	pub devices: u32,
	/// Connections to the node they were spread over.
	pub connections: u32,
	/// Readings per second per device asked for.
	pub rate_per_device: f64,
	/// Seconds devices sent for.
	pub duration_secs: f64,
	/// Readings accepted into the node's pool.
	pub submitted: u64,
	/// Readings the node refused, by reason.
	pub refused: BTreeMap<String, u64>,
	/// Readings anchored in best blocks (their `RecordAnchored` events seen).
	pub anchored: u64,
	/// Submitted readings not seen in a block by the end of the settling time.
	pub unconfirmed: u64,
	/// Anchors per second: anchored, over the time from the first submission to the last block
	/// that held one.
	pub anchors_per_sec: f64,
	/// Submission to best block: median, 95th percentile and maximum, in milliseconds.
	pub latency_ms: Latency,
	/// The blocks holding the set's anchors: first, last, and the most in one.
	pub blocks: BlockSpan,
	/// Devices of the set the chain holds quarantined at the end (intrusion detection).
	pub quarantined: Vec<String>,
}

/// Latency percentiles, milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Latency {
	/// Median.
	pub p50: u64,
	/// 95th percentile.
	pub p95: u64,
	/// Maximum.
	pub max: u64,
}

/// Where the anchors landed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockSpan {
	/// The first block with an anchor of the set.
	pub first: u64,
	/// The last one.
	pub last: u64,
	/// Blocks with at least one.
	pub count: u64,
	/// The most anchors of the set in one block.
	pub most_in_one: u64,
}

/// The `q`-th quantile of sorted `values` (nearest rank).
fn quantile(values: &[u64], q: f64) -> u64 {
	if values.is_empty() {
		return 0;
	}
	let rank = ((values.len() as f64) * q).ceil() as usize;
	values[rank.clamp(1, values.len()) - 1]
}

#[derive(Default)]
struct Shared {
	/// Submitted, not yet seen in a block: content hash → when submitted.
	pending: HashMap<[u8; 32], Instant>,
	refused: BTreeMap<String, u64>,
	latencies: Vec<u64>,
	/// Block number → anchors of the set in it.
	blocks: BTreeMap<u64, u64>,
	first_submission: Option<Instant>,
	last_anchor: Option<Instant>,
}

impl Shared {
	/// The counts: every submitted reading is either pending or anchored (with its latency).
	fn tally(&self) -> Tally {
		Tally {
			submitted: (self.pending.len() + self.latencies.len()) as u64,
			refused: self.refused.values().sum(),
			anchored: self.latencies.len() as u64,
		}
	}
}

/// The gist of a refusal, to count refusals by kind.
fn refusal_reason(error: &str) -> String {
	let known = [
		("custom error: 100", "quarantined by the chain (InvalidTransaction::Custom(100))"),
		("-32090", "throttled by the node's intrusion detection (-32090)"),
		("Priority is too low", "pool: priority too low (nonce in use)"),
		("Transaction is outdated", "pool: outdated nonce"),
		("Transaction is temporarily banned", "pool: temporarily banned"),
		("Inability to pay", "cannot pay fees"),
		("ExhaustsResources", "block full"),
		("Immediately Dropped", "pool full"),
	];
	for (needle, reason) in known {
		if error.contains(needle) {
			return reason.to_string();
		}
	}
	error.chars().take(240).collect()
}

/// Drives every device of `set` for `options.duration`, each sealing a fresh vital-signs
/// reading (encrypted for its patient and the category key, ciphertext into `store`, content
/// hash signed with `rsa`) and submitting its anchor every `1 / options.rate` seconds, devices
/// spread round-robin over `connections` and their start times spread over one period. Then
/// waits up to `options.settle` for the last anchors, and reports. `tick` hears the counts
/// every second.
pub async fn run(
	connections: &[Client],
	set: &LoadSet,
	rsa: &PrivateKey,
	store: Arc<LocalDirStore>,
	options: &RunOptions,
	tick: &(dyn Fn(&Tally) + Sync),
) -> Result<LoadReport, WorkflowError> {
	let api = connections.first().ok_or_else(|| err("no connection to drive the load over"))?;
	if !(options.rate > 0.0 && options.rate.is_finite()) {
		return Err(err("the rate must be a positive number of readings per second"));
	}
	let period = Duration::from_secs_f64(1.0 / options.rate);

	// Every device registered to its patient and able to open its category key.
	let mut sealers = Vec::new();
	for j in 0..set.patients() {
		let patient = account(&set.patient(j)?);
		let first_device = account(&set.device(j * set.devices_per_patient)?);
		let sealer = Sealer::fetch(api, &first_device, rsa, &patient, options.category.clone())
			.await
			.map_err(|e| {
				err(format!("patient {j} of the load set is not ready ({e}): run `carechain load prepare` with the same --seed, --devices and --devices-per-patient"))
			})?;
		sealers.push(Arc::new(sealer));
	}
	let at = api.at_best().await.map_err(err)?;
	let mut devices = Vec::new();
	for i in 0..set.devices() {
		let device = set.device(i)?;
		match profile(&at, &account(&device)).await? {
			Some(Profile { device: Some(_), status: Status::Active, .. }) => {},
			_ => {
				return Err(err(format!(
					"device {i} ({}) is not an active registered device: run `carechain load prepare` with the same --seed, --devices and --devices-per-patient",
					account(&device)
				)))
			},
		}
		devices.push(device);
	}
	let device_ids: Vec<AccountId32> = devices.iter().map(account).collect();

	let shared = Arc::new(Mutex::new(Shared::default()));
	let rsa = Arc::new(rsa.clone());

	// Follows best blocks and matches the set's anchors by content hash.
	let follower = {
		let api = api.clone();
		let shared = shared.clone();
		let mut blocks = api.stream_best_blocks().await.map_err(|e| err(e.to_string()))?;
		tokio::spawn(async move {
			while let Some(Ok(block)) = blocks.next().await {
				let seen = Instant::now();
				let Ok(at) = block.at().await else { continue };
				let Ok(events) = at.events().fetch().await else { continue };
				let mut shared = shared.lock().unwrap_or_else(|e| e.into_inner());
				for anchored in
					events.find::<chain::records::events::RecordAnchored>().filter_map(Result::ok)
				{
					if let Some(sent) = shared.pending.remove(&anchored.content_hash.0) {
						let latency = seen.saturating_duration_since(sent).as_millis() as u64;
						shared.latencies.push(latency);
						*shared.blocks.entry(block.number()).or_default() += 1;
						shared.last_anchor = Some(seen);
					}
				}
			}
		})
	};

	let started = Instant::now();
	let deadline = tokio::time::Instant::now() + options.duration;
	let mut tasks = tokio::task::JoinSet::new();
	for (i, device) in devices.into_iter().enumerate() {
		let api = connections[i % connections.len()].clone();
		let sealer = sealers[set.patient_of(i as u32) as usize].clone();
		let (rsa, store, shared) = (rsa.clone(), store.clone(), shared.clone());
		let offset = period.mul_f64(i as f64 / f64::from(set.devices()));
		tasks.spawn(async move {
			drive(api, device, sealer, rsa, store, shared, period, offset, deadline).await
		});
	}

	// Ticks while devices send, then while the last anchors settle.
	let settle_until = deadline + options.settle;
	let mut ticker = tokio::time::interval(Duration::from_secs(1));
	loop {
		tokio::select! {
			joined = tasks.join_next(), if !tasks.is_empty() => {
				if let Some(Ok(Err(error))) = joined {
					tasks.abort_all();
					follower.abort();
					return Err(error);
				}
			},
			_ = ticker.tick() => {
				let (tally, pending) = {
					let shared = shared.lock().unwrap_or_else(|e| e.into_inner());
					(shared.tally(), shared.pending.len())
				};
				tick(&tally);
				let now = tokio::time::Instant::now();
				if tasks.is_empty() && (pending == 0 || now >= settle_until) {
					break;
				}
			},
		}
	}
	follower.abort();
	let sent_for = started.elapsed().min(options.duration);

	let at = api.at_best().await.map_err(err)?;
	let quarantined_now = at
		.runtime_apis()
		.call(chain::runtime_apis().intrusion_detection_api().quarantined())
		.await
		.map_err(|e| err(e.to_string()))?;
	let quarantined = quarantined_now
		.into_iter()
		.filter(|q| device_ids.contains(q))
		.map(|q| q.to_string())
		.collect();

	let mut shared = shared.lock().unwrap_or_else(|e| e.into_inner());
	shared.latencies.sort_unstable();
	let tally = shared.tally();
	let busy = match (shared.first_submission, shared.last_anchor) {
		(Some(first), Some(last)) => last.saturating_duration_since(first).as_secs_f64(),
		_ => 0.0,
	};
	Ok(LoadReport {
		devices: set.devices(),
		connections: connections.len() as u32,
		rate_per_device: options.rate,
		duration_secs: sent_for.as_secs_f64(),
		submitted: tally.submitted,
		refused: shared.refused.clone(),
		anchored: tally.anchored,
		unconfirmed: shared.pending.len() as u64,
		anchors_per_sec: if busy > 0.0 { tally.anchored as f64 / busy } else { 0.0 },
		latency_ms: Latency {
			p50: quantile(&shared.latencies, 0.50),
			p95: quantile(&shared.latencies, 0.95),
			max: shared.latencies.last().copied().unwrap_or_default(),
		},
		blocks: BlockSpan {
			first: shared.blocks.keys().next().copied().unwrap_or_default(),
			last: shared.blocks.keys().next_back().copied().unwrap_or_default(),
			count: shared.blocks.len() as u64,
			most_in_one: shared.blocks.values().max().copied().unwrap_or_default(),
		},
		quarantined,
	})
}

/// One device's loop: a reading every `period`, from `offset` on, until `deadline`. Its nonce is
/// counted locally (one node query at the start and after a refusal). A failure to seal or store
/// ends the run: the load would no longer be what was asked for.
#[allow(clippy::too_many_arguments)]
async fn drive(
	api: Client,
	device: Signer,
	sealer: Arc<Sealer>,
	rsa: Arc<PrivateKey>,
	store: Arc<LocalDirStore>,
	shared: Arc<Mutex<Shared>>,
	period: Duration,
	offset: Duration,
	deadline: tokio::time::Instant,
) -> Result<(), WorkflowError> {
	let id = account(&device);
	let mut nonce = None;
	let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + offset, period);
	ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
	let mut at = None;
	let mut at_age = 0u32;
	for sequence in 0u32.. {
		if ticker.tick().await >= deadline {
			return Ok(());
		}
		let reading = vital_signs(sequence).to_string();
		let (call, hash) = sealer.seal(&rsa, &store, reading.as_bytes())?;
		// Anything the node refuses (the transaction, or a query before it: a throttled
		// connection refuses everything) is counted, and the device tries again next tick.
		let attempt = async {
			// A mortal transaction's reference block, renewed every 16 readings.
			if at.is_none() || at_age >= 16 {
				at = Some(api.at_current_block().await.map_err(|e| e.to_string())?);
				at_age = 0;
			}
			at_age += 1;
			let next = match nonce {
				Some(next) => next,
				None => api.next_nonce(&id).await?,
			};
			let params =
				subxt::config::DefaultExtrinsicParamsBuilder::<crate::CareChainConfig>::new()
					.nonce(next)
					.build();
			let at = at.as_ref().ok_or("no reference block")?;
			let signed = at
				.transactions()
				.create_signed(&call, &device, params)
				.await
				.map_err(|e| e.to_string())?;
			let sent = Instant::now();
			signed.submit().await.map_err(|e| e.to_string())?;
			Ok::<_, String>((next, sent))
		};
		let result = attempt.await;
		let mut shared = shared.lock().unwrap_or_else(|e| e.into_inner());
		match result {
			Ok((next, sent)) => {
				nonce = Some(next + 1);
				shared.pending.insert(hash, sent);
				shared.first_submission.get_or_insert(sent);
			},
			Err(error) => {
				nonce = None;
				*shared.refused.entry(refusal_reason(&error)).or_default() += 1;
			},
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn quantiles_take_the_nearest_rank() {
		let values: Vec<u64> = (1..=100).collect();
		assert_eq!(quantile(&values, 0.5), 50);
		assert_eq!(quantile(&values, 0.95), 95);
		assert_eq!(quantile(&[7], 0.95), 7);
		assert_eq!(quantile(&[], 0.5), 0);
	}

	#[test]
	fn a_load_set_derives_distinct_stable_accounts() {
		let set = LoadSet::new("//CareChainLoad", 5, 2).unwrap();
		assert_eq!(set.patients(), 3);
		assert_eq!((set.patient_of(0), set.patient_of(1), set.patient_of(4)), (0, 0, 2));
		let devices: Vec<_> = (0..5).map(|i| account(&set.device(i).unwrap())).collect();
		let mut distinct = devices.clone();
		distinct.sort_by_key(|a| a.0);
		distinct.dedup();
		assert_eq!(distinct.len(), 5);
		assert_ne!(account(&set.patient(0).unwrap()), devices[0]);
		// The same seed gives the same accounts; another seed others.
		let again = LoadSet::new("//CareChainLoad", 5, 2).unwrap();
		assert_eq!(account(&again.device(3).unwrap()), devices[3]);
		let other = LoadSet::new("//Other", 5, 2).unwrap();
		assert_ne!(account(&other.device(3).unwrap()), devices[3]);
	}

	#[test]
	fn an_empty_set_or_a_bad_seed_is_refused() {
		assert!(LoadSet::new("//CareChainLoad", 0, 2).is_err());
		assert!(LoadSet::new("//CareChainLoad", 4, 0).is_err());
		assert!(LoadSet::new("not a seed", 4, 2).is_err());
	}

	#[test]
	fn refusals_are_counted_by_kind() {
		assert!(refusal_reason(
			"The transaction is not valid: Invalid transaction with custom error: 100"
		)
		.starts_with("quarantined"));
		assert!(refusal_reason("RPC error -32090: throttled").starts_with("throttled"));
		assert_eq!(refusal_reason("something else"), "something else");
	}

	#[test]
	fn vital_signs_stay_plausible() {
		for sequence in 0..200 {
			let v = vital_signs(sequence);
			let f = |k: &str| v[k].as_f64().unwrap();
			assert!((64.0..=80.0).contains(&f("heart_rate_bpm")));
			assert!((96.0..=100.0).contains(&f("spo2_percent")));
			assert!((36.4..=37.2).contains(&f("temperature_c")));
			let bp = v["blood_pressure_mmhg"].as_array().unwrap();
			assert!((108.0..=128.0).contains(&bp[0].as_f64().unwrap()));
			assert!((70.0..=84.0).contains(&bp[1].as_f64().unwrap()));
			assert_eq!(v["sequence"], sequence);
		}
	}
}
