//! The throughput benchmark (`carechain load bench`): how many device-signed anchors, batches
//! of readings and plain transfers a node includes a second, how long they take to a block and
//! to finality, and what that costs the node, at a ladder of offered rates.
//!
//! Each step of the ladder offers one kind of transaction at one rate for a set time:
//!
//! 1. **Before the clock.** Every transaction of the step is built first: for anchors, each
//!    reading sealed (encrypted for its patient, the envelope stored) and its hash RSA-PSS signed
//!    ([`prebuild`]); then every transaction signed with its sender's next nonces, so the run
//!    measures the chain, not the generator's cryptography.
//! 2. **The run.** The transactions go out at their planned times over several connections,
//!    to one node or spread over several (`author_submitExtrinsic`, a bounded number in flight per connection, a sender's one after
//!    another), while a follower on a connection of its own reads every best and every finalized
//!    block ([`follow`]) and matches their extrinsics to what was sent by hash. A transaction
//!    the node refuses because its pool is full is offered again half a second later, as a
//!    client should, until the step's offering ends; halfway through the step, a council member
//!    can send a motion (`--governance-probe`) to show whether governance still gets in.
//! 3. **The report.** Included per second (from the first submission to the block holding the
//!    last one), refused at the door by reason, failed in their blocks, not seen by the end of the
//!    settling time; submission → best block and submission → finalized latency (p50, p95, p99,
//!    max); the blocks used; the node's CPU and memory (given its pid) and the generator's own
//!    CPU; the state each anchor added (and each reading, for batches); and each rate as a share
//!    of the ceiling the runtime allows at what the step's transactions were charged (their
//!    events' weight, after refunds) within its block weight and length ([`measure`]).
//!
//! Devices keep one reading interval in every step (the offered rate is met by more devices, not
//! faster ones), and each reading carries the time it was planned for: the chain's intrusion
//! detection sees each device at its usual pace, as in a hospital, and does not take the
//! benchmark for a flood.

mod chart;
mod follow;
mod measure;
mod prebuild;
mod step;

use std::{collections::BTreeMap, sync::Arc, time::Duration};

use carechain_crypto::envelope::PrivateKey;

pub use chart::chart_png;
pub use measure::{Ceiling, Ceilings, ProcessUse};

use super::{account, BenchStore, LoadSet};
use crate::{
	records::{err, DataCategory, WorkflowError},
	Client, Signer,
};

/// What [`bench`](fn@bench) offers, and how.
#[derive(Clone, Debug)]
pub struct BenchOptions {
	/// Offered anchors per second, one step each, in this order.
	pub anchor_rates: Vec<u32>,
	/// Offered transfers (`balances.transfer_keep_alive`) per second, one step each, after the
	/// anchor steps.
	pub transfer_rates: Vec<u32>,
	/// Offered batches (`records.anchor_batch`) per second, one step each, after the anchor
	/// steps.
	pub batch_rates: Vec<u32>,
	/// Readings a batch carries.
	pub batch_size: u32,
	/// How long each batch step offers its load (every reading of it is sealed first).
	pub batch_duration: Duration,
	/// How long each step offers its load.
	pub duration: Duration,
	/// How long to wait afterwards for the last transactions to be finalized.
	pub settle: Duration,
	/// Each device's reading interval, in every step: a step offering `r` anchors a second
	/// drives `r × interval` devices of the set.
	pub device_interval: Duration,
	/// Accounts the transfer steps are sent from (`{seed}//payer//{k}`), funded by `funder`.
	pub payers: u32,
	/// Submissions awaiting the node's answer, at most, per connection.
	pub in_flight: usize,
	/// The node's process, on this machine: its CPU and memory are reported.
	pub node_pid: Option<u32>,
	/// Whether to measure the state an anchor adds (reads the whole state before and after each
	/// anchor step).
	pub measure_state: bool,
	/// The category readings are anchored in.
	pub category: DataCategory,
	/// A council member: once a step, halfway through, it proposes a motion of threshold one
	/// (an operational transaction), and the step reports how soon it was included.
	pub governance_probe: Option<Signer>,
}

/// Latency percentiles, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Percentiles {
	/// Median.
	pub p50: u64,
	/// 95th percentile.
	pub p95: u64,
	/// 99th percentile.
	pub p99: u64,
	/// Maximum.
	pub max: u64,
}

impl Percentiles {
	/// The percentiles of `values` (sorted here), nearest rank.
	pub fn of(values: &mut [u64]) -> Self {
		values.sort_unstable();
		let rank = |q: f64| {
			if values.is_empty() {
				return 0;
			}
			let rank = ((values.len() as f64) * q).ceil() as usize;
			values[rank.clamp(1, values.len()) - 1]
		};
		Percentiles {
			p50: rank(0.50),
			p95: rank(0.95),
			p99: rank(0.99),
			max: values.last().copied().unwrap_or_default(),
		}
	}
}

/// The blocks a step's transactions went into.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Blocks {
	/// Blocks holding at least one.
	pub count: u64,
	/// The first of them.
	pub first: u64,
	/// The last.
	pub last: u64,
	/// The most in one block.
	pub most_in_one: u64,
	/// The mean over the blocks holding any.
	pub mean_per_block: f64,
}

/// What one step of the ladder measured.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepReport {
	/// `anchors` or `transfers`.
	pub kind: String,
	/// The rate offered, per second.
	pub offered_per_sec: f64,
	/// The accounts sending (devices, or payers).
	pub senders: u32,
	/// Seconds the load was offered for.
	pub duration_secs: f64,
	/// Transactions planned (built before the clock).
	pub planned: u64,
	/// Taken into the node's pool.
	pub submitted: u64,
	/// The rate they went out at, per second (below `offered` when the node answers slower).
	pub sent_per_sec: f64,
	/// How late they went out after their planned times (waiting for the node to answer
	/// earlier ones), ms: the latencies below start at the sending, so read them with this.
	pub send_lag_ms: Percentiles,
	/// Refused by the node at the door, by reason.
	pub refused: BTreeMap<String, u64>,
	/// Seen in a best block.
	pub included: u64,
	/// Of those, failed or refused in their block (an anchor refused by consent, for one).
	pub failed: u64,
	/// Seen in a finalized block.
	pub finalized: u64,
	/// Submitted but not finalized by the end of the settling time.
	pub unconfirmed: u64,
	/// Included per second: with three blocks or more, those after the first block over the
	/// time between the first and the last block heard; with fewer, over the time from the
	/// first submission to the last inclusion.
	pub included_per_sec: f64,
	/// `included_per_sec` over the runtime's ceiling for this kind.
	pub ratio_of_ceiling: f64,
	/// Submission → best block, ms.
	pub in_block_ms: Percentiles,
	/// Submission → finalized block, ms.
	pub finalized_ms: Percentiles,
	/// The blocks used.
	pub blocks: Blocks,
	/// The node's CPU (100 = one core) while the step sent, and its memory at the end of the
	/// sending, if its pid was given.
	pub node: Option<ProcessUse>,
	/// The generator's own CPU while the step sent (100 = one core).
	pub generator_cpu_percent: f64,
	/// State added per finalized transaction (keys and values, bytes, but the System pallet's:
	/// block hashes and events come with blocks, not readings), if measured.
	pub state_bytes_per_item: Option<f64>,
	/// The weight (ref time) the median included transaction was charged, ms: its
	/// `ExtrinsicSuccess` event's, after any refund (a device's anchor refunds consent's worst
	/// case), with the base extrinsic weight. What a block really spends on it.
	pub charged_ms: f64,
	/// The most a second the runtime lets in at that charge: the normal class's ref time a block
	/// over `charged_ms`, a block a slot (or the ceiling the declared weight allows, bound by
	/// length or proof size, where that is lower).
	pub ceiling_per_sec: f64,
	/// Readings a transaction carries: 1 for an anchor, the batch's size for a batch, 0 for a
	/// transfer.
	pub readings_per_tx: u64,
	/// Readings included a second: `included_per_sec × readings_per_tx`.
	pub readings_per_sec: f64,
	/// State added per reading, bytes, if measured.
	pub state_bytes_per_reading: Option<f64>,
	/// Refusals because the node's pool was full that were offered again after a pause (each
	/// refusal counted once); `refused` holds what was still refused when the step's offering
	/// ended.
	pub retried: u64,
	/// The load set's devices the chain's own intrusion detection quarantined during the step
	/// (on its quarantine list at the finalized block after the step, not before it): every
	/// device reads at its set interval, so any is a false alarm, and its later anchors are
	/// refused. Empty for transfers.
	pub quarantined: Vec<String>,
	/// The governance probe sent halfway through the step, if one was asked for.
	pub governance: Option<GovernanceProbe>,
}

/// What became of a step's governance probe: a council motion (`hospitalCouncil.propose` of
/// threshold one, an operational transaction) sent halfway through the step.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GovernanceProbe {
	/// The block holding it, counted from the best block when it was sent: 1 is the next
	/// block. `None` if it was not seen in a block by the end of the step.
	pub blocks: Option<u64>,
	/// Submission → best block, ms.
	pub in_block_ms: Option<u64>,
	/// Why the node refused it, if it did.
	pub refused: Option<String>,
	/// Its transaction hash (0x-prefixed hex), to find it in the nodes' logs; `None` if it was
	/// not sent.
	pub hash: Option<String>,
	/// The number of the sending node's best block when it went out (`blocks` counts from
	/// there).
	pub sent_at_best: Option<u64>,
}

/// What [`bench`](fn@bench) measured.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BenchReport {
	/// The node's name and version (`system_name`, `system_version`).
	pub node: String,
	/// Connections the load went over (the follower has one more of its own).
	pub connections: u32,
	/// Nodes those connections reached (told apart by their libp2p identity): 1 when all the
	/// load went to one node, which then gossips it to the other authors; more when the
	/// senders were spread over several, as a consortium's devices each send to their own
	/// hospital's node. A sender's transactions all go to one node.
	pub nodes: u32,
	/// Each device's reading interval, ms.
	pub device_interval_ms: u64,
	/// What the runtime allows.
	pub ceilings: Ceilings,
	/// The steps, in order.
	pub steps: Vec<StepReport>,
}

/// One transaction, built before the clock: its bytes, hash, sender and when it goes out.
pub(crate) struct Planned {
	pub(crate) bytes: Vec<u8>,
	pub(crate) hash: [u8; 32],
	/// The sender's index in the step: transactions of one sender go over one connection, in
	/// nonce order.
	pub(crate) sender: u32,
	/// When it goes out, after the step's start.
	pub(crate) at: Duration,
}

/// Progress, for a display.
#[derive(Clone, Debug)]
pub enum Progress {
	/// Building a step's transactions: done of total.
	Building { step: String, done: u64, total: u64 },
	/// Running a step: submitted, included and finalized so far of planned.
	Running { step: String, submitted: u64, included: u64, finalized: u64, planned: u64 },
	/// Measuring the state.
	MeasuringState,
	/// Waiting for the node's pool to empty before a step: transactions in it.
	WaitingForPool { pending: u64 },
}

/// Runs the ladder: `options.anchor_rates`, then `options.transfer_rates`, against a set
/// prepared by [`prepare`](fn@super::prepare), over `connections` (at least one) and a follower
/// connection `follower`. `funder` tops up the payers, and the devices for their fees.
#[allow(clippy::too_many_arguments)]
pub async fn bench(
	connections: &[Client],
	follower: &Client,
	set: &LoadSet,
	rsa: &PrivateKey,
	store: Arc<BenchStore>,
	funder: &Signer,
	options: &BenchOptions,
	progress: &(dyn Fn(Progress) + Sync),
) -> Result<BenchReport, WorkflowError> {
	let api = connections.first().ok_or_else(|| err("no connection to drive the load over"))?;
	let mut options = options.clone();
	// Clamped, so that no deadline overflows.
	options.settle = options.settle.min(Duration::from_secs(24 * 3600));
	options.duration = options.duration.min(Duration::from_secs(24 * 3600));
	options.batch_duration = options.batch_duration.min(Duration::from_secs(24 * 3600));
	let options = &options;
	if !options.transfer_rates.is_empty() && options.payers == 0 {
		return Err(err("transfer steps need at least one payer (--payers)"));
	}
	if options.device_interval < Duration::from_millis(250) {
		return Err(err("a device's reading interval must be at least 250 ms (the chain's floor)"));
	}
	if !options.batch_rates.is_empty() && options.batch_size == 0 {
		return Err(err("a batch carries at least one reading (--batch-size)"));
	}
	let needed = options
		.anchor_rates
		.iter()
		.chain(&options.batch_rates)
		.map(|rate| devices_for(*rate, options.device_interval))
		.max()
		.unwrap_or(0);
	if needed > set.devices() {
		return Err(err(format!(
			"offering {} anchors a second at one reading per {} ms a device takes {needed} devices; \
			 the set has {}: prepare a larger one (`carechain load prepare --devices {needed}`)",
			options.anchor_rates.iter().max().unwrap_or(&0),
			options.device_interval.as_millis(),
			set.devices()
		)));
	}
	let node = format!(
		"{} {}",
		api.legacy.system_name().await.map_err(|e| err(e.to_string()))?,
		api.legacy.system_version().await.map_err(|e| err(e.to_string()))?
	);
	let nodes = measure::one_per_node(connections).await?;
	let payers = (0..options.payers).map(|k| set.payer(k)).collect::<Result<Vec<_>, _>>()?;
	let devices = (0..needed).map(|i| set.device(i)).collect::<Result<Vec<_>, _>>()?;

	// Fees: each sender holds what its steps cost, with a margin.
	let sample = prebuild::sample(api, set, rsa, &store, options, &payers, funder).await?;
	let ceilings = measure::ceilings(api, &sample).await?;
	let readings_per_device: u64 = options
		.anchor_rates
		.iter()
		.map(|_| readings_per_device(options.duration, options.device_interval))
		.chain(
			options
				.batch_rates
				.iter()
				.map(|_| readings_per_device(options.batch_duration, options.device_interval)),
		)
		.sum();
	let transfers_per_payer: u64 = options
		.transfer_rates
		.iter()
		.map(|rate| {
			u64::from(*rate) * options.duration.as_secs().max(1) / u64::from(options.payers.max(1))
				+ 1
		})
		.sum();
	let at = api.at_best().await.map_err(err)?;
	let device_need = ceilings
		.anchor
		.fee
		.max(ceilings.batch.fee)
		.saturating_mul(u128::from(readings_per_device + 1) * 2);
	let devices_ids: Vec<_> = devices.iter().map(account).collect();
	super::prepare::top_up(api, &at, funder, &devices_ids, device_need, device_need).await?;
	if !options.transfer_rates.is_empty() {
		let payer_need = ceilings
			.transfer
			.fee
			.saturating_add(TRANSFER_AMOUNT)
			.saturating_mul(u128::from(transfers_per_payer + 1) * 2)
			.max(carechain_primitives::UNIT);
		let payer_ids: Vec<_> = payers.iter().map(account).collect();
		super::prepare::top_up(api, &at, funder, &payer_ids, payer_need, payer_need).await?;
	}

	let mut steps = Vec::new();
	// Device steps: anchors, then batches (their own duration), each of one kind at one rate.
	let batch_options = BenchOptions { duration: options.batch_duration, ..options.clone() };
	let anchor_steps = options.anchor_rates.iter().map(|rate| (false, *rate));
	for (batch, rate) in anchor_steps.chain(options.batch_rates.iter().map(|rate| (true, *rate))) {
		let (kind, name, step_options, ceiling, readings) = if batch {
			let size = options.batch_size;
			let name = format!("{rate} batches/s of {size}");
			("batches", name, &batch_options, &ceilings.batch, u64::from(size))
		} else {
			("anchors", format!("{rate} anchors/s"), options, &ceilings.anchor, 1)
		};
		let senders = devices_for(rate, options.device_interval);
		measure::wait_for_empty_pool(&nodes, options.settle, progress).await?;
		let state_before = if options.measure_state {
			progress(Progress::MeasuringState);
			Some(measure::state_bytes(follower).await?)
		} else {
			None
		};
		let devices = &devices[..senders as usize];
		let quarantined_before = measure::quarantined(follower, &devices_ids).await?;
		let building =
			|done, total| progress(Progress::Building { step: name.clone(), done, total });
		let planned = if batch {
			prebuild::batches(api, set, devices, rsa, &store, rate, options, &building).await?
		} else {
			prebuild::anchors(api, set, devices, rsa, &store, rate, options, &building).await?
		};
		let mut report = step::run_step(
			connections,
			follower,
			planned,
			rate,
			senders,
			step_options,
			&name,
			progress,
		)
		.await?;
		store.step_done();
		report.kind = kind.into();
		finish(&mut report, &ceilings, ceiling, readings);
		measure_state(follower, &mut report, state_before, progress).await?;
		report.quarantined = measure::quarantined(follower, &devices_ids)
			.await?
			.into_iter()
			.filter(|device| !quarantined_before.contains(device))
			.collect();
		steps.push(report);
	}
	let funder_id = account(funder);
	for rate in &options.transfer_rates {
		let name = format!("{rate} transfers/s");
		measure::wait_for_empty_pool(&nodes, options.settle, progress).await?;
		let planned =
			prebuild::transfers(api, &payers, &funder_id, *rate, options, &|done, total| {
				progress(Progress::Building { step: name.clone(), done, total })
			})
			.await?;
		let mut report = step::run_step(
			connections,
			follower,
			planned,
			*rate,
			options.payers,
			options,
			&name,
			progress,
		)
		.await?;
		report.kind = "transfers".into();
		finish(&mut report, &ceilings, &ceilings.transfer, 0);
		steps.push(report);
	}
	Ok(BenchReport {
		node,
		connections: connections.len() as u32,
		nodes: nodes.len() as u32,
		device_interval_ms: options.device_interval.as_millis() as u64,
		ceilings,
		steps,
	})
}

/// A step's ceiling at what its transactions were charged, its share of it, and its readings.
fn finish(report: &mut StepReport, ceilings: &Ceilings, declared: &Ceiling, readings: u64) {
	report.ceiling_per_sec = measure::charged_ceiling(ceilings, declared, report.charged_ms);
	report.ratio_of_ceiling = ratio(report.included_per_sec, report.ceiling_per_sec);
	report.readings_per_tx = readings;
	report.readings_per_sec = report.included_per_sec * readings as f64;
}

/// The state a step's finalized transactions added, from the state's size `before` it, per
/// transaction and per reading.
async fn measure_state(
	follower: &Client,
	report: &mut StepReport,
	before: Option<u64>,
	progress: &(dyn Fn(Progress) + Sync),
) -> Result<(), WorkflowError> {
	let Some(before) = before else { return Ok(()) };
	progress(Progress::MeasuringState);
	let after = measure::state_bytes(follower).await?;
	if report.finalized > 0 {
		let added = after.saturating_sub(before) as f64;
		report.state_bytes_per_item = Some(added / report.finalized as f64);
		if report.readings_per_tx > 0 {
			report.state_bytes_per_reading =
				Some(added / (report.finalized * report.readings_per_tx) as f64);
		}
	}
	Ok(())
}

/// What each transfer of the benchmark sends to the funder: a thousandth of a unit.
pub(crate) const TRANSFER_AMOUNT: u128 = carechain_primitives::UNIT / 1000;

/// Devices needed to offer `rate` anchors a second at one reading per `interval` each.
fn devices_for(rate: u32, interval: Duration) -> u32 {
	(f64::from(rate) * interval.as_secs_f64()).ceil().max(1.0) as u32
}

/// Readings each device sends in a step of `duration`.
fn readings_per_device(duration: Duration, interval: Duration) -> u64 {
	(duration.as_secs_f64() / interval.as_secs_f64()).ceil().max(1.0) as u64
}

fn ratio(value: f64, ceiling: f64) -> f64 {
	if ceiling > 0.0 {
		value / ceiling
	} else {
		0.0
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn percentiles_take_the_nearest_rank() {
		let mut values: Vec<u64> = (1..=100).rev().collect();
		assert_eq!(
			Percentiles::of(&mut values),
			Percentiles { p50: 50, p95: 95, p99: 99, max: 100 }
		);
		assert_eq!(Percentiles::of(&mut [7]), Percentiles { p50: 7, p95: 7, p99: 7, max: 7 });
		assert_eq!(Percentiles::of(&mut []), Percentiles::default());
	}

	#[test]
	fn devices_keep_their_interval_whatever_the_rate() {
		let half_second = Duration::from_millis(500);
		assert_eq!(devices_for(1000, half_second), 500);
		assert_eq!(devices_for(3, half_second), 2);
		assert_eq!(devices_for(0, half_second), 1);
		assert_eq!(readings_per_device(Duration::from_secs(60), half_second), 120);
		assert_eq!(readings_per_device(Duration::from_millis(100), half_second), 1);
	}
}
