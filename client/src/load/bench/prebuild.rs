//! Everything a step sends, built before its clock starts: readings sealed and signed (on every
//! core), then each transaction signed with its sender's next nonce, mortal from the latest
//! finalized block.

use std::{
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc,
	},
	time::Duration,
};

use carechain_crypto::envelope::PrivateKey;
use subxt::{config::DefaultExtrinsicParamsBuilder, utils::AccountId32};

use super::{readings_per_device, BenchOptions, Planned, TRANSFER_AMOUNT};
use crate::{
	chain,
	load::{account, vital_signs, BenchStore, LoadSet},
	records::{err, Sealer, WorkflowError},
	AtBlock, CareChainConfig, Client, Signer,
};

/// Blocks a benchmark transaction stays valid for (about 51 minutes of 3 s blocks): longer than
/// any step and its settling time.
const MORTALITY: u64 = 1024;

/// One signed anchor (device 0 of the set) and one signed transfer (the first payer, or the
/// funder): never sent, only asked about (their weight, length and fee).
pub(super) struct Sample {
	pub(super) anchor: Vec<u8>,
	pub(super) transfer: Vec<u8>,
	/// A batch of two readings by device 0.
	pub(super) batch: Vec<u8>,
}

pub(super) async fn sample(
	api: &Client,
	set: &LoadSet,
	rsa: &PrivateKey,
	store: &BenchStore,
	options: &BenchOptions,
	payers: &[Signer],
	funder: &Signer,
) -> Result<Sample, WorkflowError> {
	let device = set.device(0)?;
	let sealer = sealer_of(api, set, 0, rsa, options).await?;
	let sealed = sealer.seal_only(rsa, store, vital_signs(0).to_string().as_bytes())?;
	let at = api.at_finalized().await.map_err(err)?;
	let anchor = sign(&at, &sealer.anchor_call(&sealed, now_ms()), &device, 0)?.0;
	let readings = [vital_signs(1).to_string(), vital_signs(2).to_string()];
	let readings: Vec<&[u8]> = readings.iter().map(String::as_bytes).collect();
	let batch = sealer.seal_batch(rsa, store, &readings)?;
	let batch = sign(&at, &sealer.anchor_batch_call(&batch, now_ms()), &device, 0)?.0;
	let payer = payers.first().unwrap_or(funder);
	let transfer = sign(&at, &transfer_call(&account(funder)), payer, 0)?.0;
	Ok(Sample { anchor, transfer, batch })
}

/// The anchors a step of `rate` a second sends from `devices` (the first devices of `set`),
/// each device one reading every `options.device_interval` for `options.duration`, the devices'
/// readings evenly interleaved. `progress` hears (done, total) as readings are sealed.
#[allow(clippy::too_many_arguments)]
pub(super) async fn anchors(
	api: &Client,
	set: &LoadSet,
	devices: &[Signer],
	rsa: &PrivateKey,
	store: &Arc<BenchStore>,
	rate: u32,
	options: &BenchOptions,
	progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Vec<Planned>, WorkflowError> {
	let seal = |sealer: &Sealer, rsa: &PrivateKey, store: &BenchStore, k: u64| {
		sealer.seal_only(rsa, store, vital_signs(k as u32).to_string().as_bytes())
	};
	let step = DeviceStep { devices, rate, duration: options.duration, readings: 1 };
	device_step(api, set, rsa, store, options, step, seal, Sealer::anchor_call, progress).await
}

/// The batches a step of `rate` a second sends from `devices`, each device one batch of
/// `options.batch_size` readings every `options.device_interval` for `options.batch_duration`:
/// as [`anchors`], with every reading of every batch sealed and stored, its manifest stored and
/// its root signed before the clock. `progress` hears (done, total) in readings.
#[allow(clippy::too_many_arguments)]
pub(super) async fn batches(
	api: &Client,
	set: &LoadSet,
	devices: &[Signer],
	rsa: &PrivateKey,
	store: &Arc<BenchStore>,
	rate: u32,
	options: &BenchOptions,
	progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Vec<Planned>, WorkflowError> {
	let size = u64::from(options.batch_size.max(1));
	let seal = move |sealer: &Sealer, rsa: &PrivateKey, store: &BenchStore, k: u64| {
		let readings: Vec<String> =
			(k * size..(k + 1) * size).map(|r| vital_signs(r as u32).to_string()).collect();
		let readings: Vec<&[u8]> = readings.iter().map(String::as_bytes).collect();
		sealer.seal_batch(rsa, store, &readings)
	};
	let step = DeviceStep { devices, rate, duration: options.batch_duration, readings: size };
	device_step(api, set, rsa, store, options, step, seal, Sealer::anchor_batch_call, progress)
		.await
}

/// A step whose transactions devices send: who, how fast, how long, and how many readings each
/// transaction carries.
struct DeviceStep<'a> {
	devices: &'a [Signer],
	rate: u32,
	duration: Duration,
	readings: u64,
}

/// The transactions of a device `step`: each device's `k`-th transaction sealed by `seal` (on
/// every core, position p = k × senders + i being device i's k-th), then each made into its call
/// by `call` and signed, in order, each device's nonces counting up from its next one, each
/// reading taken when it is planned to go out (the step starts moments after this).
#[allow(clippy::too_many_arguments)]
async fn device_step<S, P>(
	api: &Client,
	set: &LoadSet,
	rsa: &PrivateKey,
	store: &Arc<BenchStore>,
	options: &BenchOptions,
	step: DeviceStep<'_>,
	seal: impl Fn(&Sealer, &PrivateKey, &BenchStore, u64) -> Result<S, WorkflowError>
		+ Send
		+ Sync
		+ 'static,
	call: impl Fn(&Sealer, &S, u64) -> P,
	progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Vec<Planned>, WorkflowError>
where
	S: Send + 'static,
	P: subxt::tx::Payload,
{
	let DeviceStep { devices, rate, duration, readings } = step;
	let senders = devices.len() as u32;
	let per_device = readings_per_device(duration, options.device_interval) as u32;
	let total = u64::from(senders) * u64::from(per_device);

	// The patients' sealers, fetched once each.
	let mut sealers = std::collections::BTreeMap::new();
	for i in 0..senders {
		let j = set.patient_of(i);
		if let std::collections::btree_map::Entry::Vacant(slot) = sealers.entry(j) {
			slot.insert(Arc::new(sealer_of(api, set, i, rsa, options).await?));
		}
	}

	let done = Arc::new(AtomicU64::new(0));
	let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1) as u64;
	let seal = Arc::new(seal);
	let mut sealing = tokio::task::JoinSet::new();
	for w in 0..workers {
		let (done, store, rsa, seal) =
			(done.clone(), store.clone(), Arc::new(rsa.clone()), seal.clone());
		let sealers: Vec<Arc<Sealer>> =
			(0..senders).map(|i| sealers[&set.patient_of(i)].clone()).collect();
		sealing.spawn_blocking(move || -> Result<Vec<(u64, S)>, WorkflowError> {
			let mut sealed = Vec::new();
			for p in (w..total).step_by(workers as usize) {
				let i = (p % u64::from(senders)) as usize;
				sealed.push((p, seal(&sealers[i], &rsa, &store, p / u64::from(senders))?));
				done.fetch_add(readings, Ordering::Relaxed);
			}
			Ok(sealed)
		});
	}
	let mut sealed: Vec<Option<S>> = (0..total).map(|_| None).collect();
	let mut ticker = tokio::time::interval(Duration::from_millis(250));
	while !sealing.is_empty() {
		tokio::select! {
			joined = sealing.join_next() => {
				let part = joined
					.ok_or_else(|| err("sealing stopped"))?
					.map_err(|e| err(format!("a sealing worker failed: {e}")))??;
				for (p, item) in part {
					sealed[p as usize] = Some(item);
				}
			},
			_ = ticker.tick() => progress(done.load(Ordering::Relaxed), total * readings),
		}
	}
	progress(total * readings, total * readings);

	let at = api.at_finalized().await.map_err(err)?;
	let mut nonces = Vec::with_capacity(devices.len());
	for device in devices {
		nonces.push(api.next_nonce(&account(device)).await.map_err(err)?);
	}
	let start_ms = now_ms();
	let mut planned = Vec::with_capacity(total as usize);
	for (p, item) in sealed.into_iter().enumerate() {
		let item = item.ok_or_else(|| err("a transaction was not sealed"))?;
		let i = p % senders as usize;
		let due = Duration::from_secs_f64(p as f64 / f64::from(rate.max(1)));
		let sealer = &sealers[&set.patient_of(i as u32)];
		let call = call(sealer, &item, start_ms + due.as_millis() as u64);
		let (bytes, hash) = sign(&at, &call, &devices[i], nonces[i])?;
		nonces[i] += 1;
		planned.push(Planned { bytes, hash, sender: i as u32, at: due });
	}
	Ok(planned)
}

/// The transfers a step of `rate` a second sends: `payers` in turn, each sending
/// [`TRANSFER_AMOUNT`] to `dest` with `balances.transfer_keep_alive`.
pub(super) async fn transfers(
	api: &Client,
	payers: &[Signer],
	dest: &AccountId32,
	rate: u32,
	options: &BenchOptions,
	progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Vec<Planned>, WorkflowError> {
	if payers.is_empty() {
		return Err(err("a transfer step needs at least one payer"));
	}
	let total = (f64::from(rate) * options.duration.as_secs_f64()).ceil() as u64;
	let at = api.at_finalized().await.map_err(err)?;
	let mut nonces = Vec::with_capacity(payers.len());
	for payer in payers {
		nonces.push(api.next_nonce(&account(payer)).await.map_err(err)?);
	}
	let call = transfer_call(dest);
	let mut planned = Vec::with_capacity(total as usize);
	for p in 0..total {
		let i = (p % payers.len() as u64) as usize;
		let (bytes, hash) = sign(&at, &call, &payers[i], nonces[i])?;
		nonces[i] += 1;
		let due = Duration::from_secs_f64(p as f64 / f64::from(rate.max(1)));
		planned.push(Planned { bytes, hash, sender: i as u32, at: due });
		if p % 1000 == 0 {
			progress(p, total);
		}
	}
	progress(total, total);
	Ok(planned)
}

/// The sealer of device `i`'s patient.
async fn sealer_of(
	api: &Client,
	set: &LoadSet,
	i: u32,
	rsa: &PrivateKey,
	options: &BenchOptions,
) -> Result<Sealer, WorkflowError> {
	let j = set.patient_of(i);
	let patient = account(&set.patient(j)?);
	let device = account(&set.device(i)?);
	Sealer::fetch(api, &device, rsa, &patient, options.category.clone()).await.map_err(|e| {
		err(format!(
			"patient {j} of the load set is not ready ({e}): run `carechain load prepare` with \
			 the same --seed, --devices and --devices-per-patient"
		))
	})
}

/// The governance probe: a council motion of threshold one by `member` (enacted at once, so
/// nothing stays in state), whose call is a `system.remark`. Pallet-collective's `propose` is an
/// operational transaction, as every council call is: it shows whether governance still gets
/// into a block while the pool is full of normal ones. Signed with `member`'s next nonce,
/// mortal from the best block: its bytes and hash.
pub(super) async fn governance_probe(
	api: &Client,
	member: &Signer,
) -> Result<(Vec<u8>, [u8; 32]), WorkflowError> {
	use chain::runtime_types::{carechain_runtime::RuntimeCall, frame_system::pallet::Call};
	let at = api.at_best().await.map_err(err)?;
	let nonce = api.next_nonce(&account(member)).await.map_err(err)?;
	let remark = RuntimeCall::System(Call::remark { remark: PROBE_REMARK.to_vec() });
	let length_bound = crate::encoded_call_len(&at, &remark).map_err(err)?;
	let call = chain::transactions().hospital_council().propose(1, remark, length_bound);
	sign(&at, &call, member, nonce)
}

/// What the governance probe's motion remarks.
const PROBE_REMARK: &[u8] = b"carechain load bench: governance probe";

fn transfer_call(dest: &AccountId32) -> impl subxt::tx::Payload {
	chain::transactions()
		.balances()
		.transfer_keep_alive(subxt::utils::MultiAddress::Id(*dest), TRANSFER_AMOUNT)
}

/// `call` signed by `signer` with `nonce`, mortal from `at`: its bytes and hash.
fn sign(
	at: &AtBlock,
	call: &impl subxt::tx::Payload,
	signer: &Signer,
	nonce: u64,
) -> Result<(Vec<u8>, [u8; 32]), WorkflowError> {
	let params = DefaultExtrinsicParamsBuilder::<CareChainConfig>::new()
		.nonce(nonce)
		.mortal_from_unchecked(MORTALITY, at.block_number(), at.block_hash())
		.build();
	let signed = at
		.transactions()
		.create_signable_offline(call, params)
		.and_then(|mut signable| signable.sign(signer))
		.map_err(|e| err(format!("signing a benchmark transaction: {e}")))?;
	Ok((signed.encoded().to_vec(), signed.hash().0))
}

fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or_default()
}
