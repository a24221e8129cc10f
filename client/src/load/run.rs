//! Driving a prepared load set: every device sealing and anchoring readings at a rate, and what
//! the chain did with them.

use std::{
	collections::{BTreeMap, HashMap},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use carechain_crypto::{blob_store::LocalDirStore, envelope::PrivateKey};
use subxt::utils::AccountId32;

use super::{account, bench::Percentiles, profile, vital_signs, LoadSet, Profile};
use crate::{
	chain::{self, runtime_types::carechain_primitives::registry::Status},
	records::{err, DataCategory, Sealer, WorkflowError},
	transaction::refusal_kind,
	Client, Signer, Transaction,
};

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
	let quarantined = super::quarantined(&at, &device_ids).await?;

	let mut shared = shared.lock().unwrap_or_else(|e| e.into_inner());
	let latency = Percentiles::of(&mut shared.latencies);
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
		latency_ms: Latency { p50: latency.p50, p95: latency.p95, max: latency.max },
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
/// counted locally, on purpose: one node query at the start and after a refusal, not one per
/// reading, so that the node is loaded with readings rather than queries. A failure to seal or
/// store ends the run: the load would no longer be what was asked for.
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
		let (call, hash) = sealer.seal(&rsa, &*store, reading.as_bytes())?;
		// Anything the node refuses (the transaction, or a query before it: a throttled
		// connection refuses everything) is counted, and the device tries again next tick.
		let attempt = async {
			// A mortal transaction's reference block, renewed every 16 readings.
			if at.is_none() || at_age >= 16 {
				at = Some(api.at_finalized().await?);
				at_age = 0;
			}
			at_age += 1;
			let at = at.as_ref().ok_or("no reference block")?;
			let transaction = Transaction::new(&api, &device, &call).at(at);
			let transaction = match nonce {
				Some(next) => transaction.nonce(next),
				None => transaction,
			};
			transaction.submit_unwatched().await.map_err(|e| e.reason)
		};
		let result = attempt.await;
		let mut shared = shared.lock().unwrap_or_else(|e| e.into_inner());
		match result {
			Ok(sent) => {
				nonce = Some(sent.nonce + 1);
				shared.pending.insert(hash, sent.at);
				shared.first_submission.get_or_insert(sent.at);
			},
			Err(error) => {
				nonce = None;
				*shared.refused.entry(refusal_kind(&error)).or_default() += 1;
			},
		}
	}
	Ok(())
}
