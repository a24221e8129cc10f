//! What the benchmark measures besides the transactions: the ceiling the runtime allows (its
//! block weight and length limits over one transaction's weight and length), a process's CPU
//! and memory (from `/proc`), and the size of the chain's state.

use std::time::{Duration, Instant};

use subxt::{ext::codec::Decode, utils::H256};

use super::{prebuild::Sample, Progress};
use crate::{
	chain,
	records::{err, WorkflowError},
	Client,
};

/// How many of one kind of transaction the runtime lets into a block, and a second.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ceiling {
	/// One transaction's weight (`TransactionPaymentApi_query_info`) plus the runtime's base
	/// weight of an extrinsic, in picoseconds of reference time.
	pub weight_ref_time_ps: u64,
	/// One transaction's proof size (plus the base extrinsic's), bytes.
	pub weight_proof_size: u64,
	/// Its encoded length, bytes.
	pub length_bytes: u64,
	/// How many fit in one block's share for normal transactions.
	pub per_block: u64,
	/// That over the slot: per second.
	pub per_sec: f64,
	/// What limits it first: `ref time`, `proof size` or `length`.
	pub bound_by: String,
	/// Its fee (`partial_fee`, without tip), in the chain's smallest unit.
	pub fee: u128,
}

/// The runtime's ceilings.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ceilings {
	/// The slot (block time), ms.
	pub slot_ms: u64,
	/// The ref time normal transactions may use in a block, ps.
	pub normal_ref_time_ps: u64,
	/// The proof size they may use, bytes.
	pub normal_proof_size: u64,
	/// The length they may use, bytes.
	pub normal_length: u64,
	/// Device-signed anchors (`records.anchor` with a 2048-bit RSA-PSS signature).
	pub anchor: Ceiling,
	/// Plain transfers (`balances.transfer_keep_alive`).
	pub transfer: Ceiling,
	/// Device-signed batches (`records.anchor_batch`, any size: their weight does not depend on
	/// it).
	pub batch: Ceiling,
}

/// The ceilings, from the runtime's constants and the two sample transactions.
pub(super) async fn ceilings(api: &Client, sample: &Sample) -> Result<Ceilings, WorkflowError> {
	let at = api.at_best().await.map_err(err)?;
	let constant = |e: subxt::error::ConstantError| err(format!("a runtime constant: {e}"));
	let weights =
		at.constants().entry(chain::constants().system().block_weights()).map_err(constant)?;
	let length =
		at.constants().entry(chain::constants().system().block_length()).map_err(constant)?;
	let normal = weights.per_class.normal;
	let max_total = normal.max_total.unwrap_or(weights.max_block);
	let slot = api.state_call("AuraApi_slot_duration", &[], at.block_hash()).await.map_err(err)?;
	let slot_ms =
		u64::decode(&mut &slot[..]).map_err(|e| err(format!("the slot duration: {e}")))?;
	let mut ceilings = Ceilings {
		slot_ms,
		normal_ref_time_ps: max_total.ref_time,
		normal_proof_size: max_total.proof_size,
		normal_length: u64::from(length.max.normal),
		..Default::default()
	};
	for (bytes, ceiling) in [
		(&sample.anchor, &mut ceilings.anchor),
		(&sample.transfer, &mut ceilings.transfer),
		(&sample.batch, &mut ceilings.batch),
	] {
		let info = query_info(api, bytes, at.block_hash()).await?;
		let ref_time = info.ref_time.saturating_add(normal.base_extrinsic.ref_time);
		let proof_size = info.proof_size.saturating_add(normal.base_extrinsic.proof_size);
		let length = bytes.len() as u64;
		let by = [
			("ref time", max_total.ref_time.checked_div(ref_time)),
			("proof size", max_total.proof_size.checked_div(proof_size)),
			("length", ceilings.normal_length.checked_div(length)),
		];
		let (bound_by, per_block) = by
			.iter()
			.filter_map(|(name, fits)| fits.map(|fits| (*name, fits)))
			.min_by_key(|(_, fits)| *fits)
			.unwrap_or(("nothing", 0));
		*ceiling = Ceiling {
			weight_ref_time_ps: ref_time,
			weight_proof_size: proof_size,
			length_bytes: length,
			per_block,
			per_sec: if slot_ms > 0 { per_block as f64 * 1000.0 / slot_ms as f64 } else { 0.0 },
			bound_by: bound_by.to_string(),
			fee: info.partial_fee,
		};
	}
	Ok(ceilings)
}

/// `TransactionPaymentApi_query_info`'s answer.
struct Info {
	ref_time: u64,
	proof_size: u64,
	partial_fee: u128,
}

async fn query_info(api: &Client, extrinsic: &[u8], at: H256) -> Result<Info, WorkflowError> {
	let mut parameters = extrinsic.to_vec();
	parameters.extend_from_slice(&(extrinsic.len() as u32).to_le_bytes());
	let answer =
		api.state_call("TransactionPaymentApi_query_info", &parameters, at).await.map_err(err)?;
	type Answer = (subxt::ext::codec::Compact<u64>, subxt::ext::codec::Compact<u64>, u8, u128);
	let (ref_time, proof_size, _class, partial_fee) = Answer::decode(&mut &answer[..])
		.map_err(|e| err(format!("a transaction's weight and fee: {e}")))?;
	Ok(Info { ref_time: ref_time.0, proof_size: proof_size.0, partial_fee })
}

/// A process's CPU and memory over a stretch of time.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProcessUse {
	/// CPU used, as a percentage of one core (200 = both cores of a 2-core machine).
	pub cpu_percent: f64,
	/// Resident memory at the end, MiB.
	pub rss_mib: f64,
	/// The most resident memory it ever had (`VmHWM`), MiB.
	pub peak_rss_mib: f64,
}

/// A process's CPU time so far, read from `/proc`.
pub(super) struct ProcessSample {
	pid: u32,
	cpu_ticks: u64,
	at: Instant,
}

/// Clock ticks a second (`USER_HZ`), which Linux fixes at 100 on every architecture.
const TICKS_PER_SEC: f64 = 100.0;

impl ProcessSample {
	/// Process `pid`'s CPU time now.
	pub(super) fn take(pid: u32) -> Result<Self, WorkflowError> {
		let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
			.map_err(|e| err(format!("process {pid}: {e}")))?;
		Ok(ProcessSample { pid, cpu_ticks: cpu_ticks(&stat)?, at: Instant::now() })
	}

	/// This process's.
	pub(super) fn own() -> Result<Self, WorkflowError> {
		Self::take(std::process::id())
	}

	/// The process's CPU since `before` was taken, and its memory now.
	pub(super) fn use_since(&self, before: &ProcessSample) -> ProcessUse {
		let seconds = self.at.saturating_duration_since(before.at).as_secs_f64();
		let cpu = self.cpu_ticks.saturating_sub(before.cpu_ticks) as f64 / TICKS_PER_SEC;
		let status =
			std::fs::read_to_string(format!("/proc/{}/status", self.pid)).unwrap_or_default();
		ProcessUse {
			cpu_percent: if seconds > 0.0 { 100.0 * cpu / seconds } else { 0.0 },
			rss_mib: status_kib(&status, "VmRSS:") / 1024.0,
			peak_rss_mib: status_kib(&status, "VmHWM:") / 1024.0,
		}
	}
}

/// User plus system time, in ticks, from a `/proc/{pid}/stat` line: fields 14 and 15, counted
/// after the command name (which may hold spaces and parentheses, so from its last `)`).
fn cpu_ticks(stat: &str) -> Result<u64, WorkflowError> {
	let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or_default();
	let fields: Vec<&str> = after_name.split_whitespace().collect();
	let field = |n: usize| -> Result<u64, WorkflowError> {
		fields
			.get(n - 3)
			.and_then(|v| v.parse().ok())
			.ok_or_else(|| err(format!("field {n} of /proc/…/stat")))
	};
	Ok(field(14)?.saturating_add(field(15)?))
}

/// A `kB` line of `/proc/{pid}/status`, in KiB.
fn status_kib(status: &str, key: &str) -> f64 {
	status
		.lines()
		.find_map(|line| line.strip_prefix(key))
		.and_then(|rest| rest.split_whitespace().next())
		.and_then(|kib| kib.parse().ok())
		.unwrap_or(0.0)
}

/// The System pallet's storage prefix (`twox128("System")`): its block hashes and events grow
/// with blocks, not readings, and a reading adds nothing else there (its device's account and
/// nonce exist already), so it is not counted.
const SYSTEM: [u8; 16] = [
	0x26, 0xaa, 0x39, 0x4e, 0xea, 0x56, 0x30, 0xe0, 0x7c, 0x48, 0xae, 0x0c, 0x95, 0x58, 0xce, 0xf7,
];

/// Page size of the state reads.
const PAGE: u32 = 1000;

/// The chain's state at the latest finalized block: every key and value, in bytes (but the
/// System pallet's).
pub(super) async fn state_bytes(api: &Client) -> Result<u64, WorkflowError> {
	let at = api.legacy.chain_get_finalized_head().await.map_err(|e| err(e.to_string()))?;
	let mut total = 0u64;
	let mut start: Option<Vec<u8>> = None;
	loop {
		let keys = api
			.legacy
			.state_get_keys_paged(&[], PAGE, start.as_deref(), Some(at))
			.await
			.map_err(|e| err(format!("reading the state's keys: {e}")))?;
		let counted: Vec<&[u8]> =
			keys.iter().map(Vec::as_slice).filter(|key| !key.starts_with(&SYSTEM)).collect();
		let values = api
			.legacy
			.state_query_storage_at(counted.iter().copied(), Some(at))
			.await
			.map_err(|e| err(format!("reading the state's values: {e}")))?;
		total = total.saturating_add(counted.iter().map(|key| key.len() as u64).sum());
		for change in values {
			total = total.saturating_add(
				change
					.changes
					.iter()
					.filter_map(|(_, v)| v.as_ref())
					.map(|v| v.0.len() as u64)
					.sum(),
			);
		}
		if keys.len() < PAGE as usize {
			return Ok(total);
		}
		start = keys.last().cloned();
	}
}

/// Which of `devices` the chain holds quarantined at its last finalized block.
pub(super) async fn quarantined(
	api: &Client,
	devices: &[subxt::utils::AccountId32],
) -> Result<Vec<String>, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	super::super::quarantined(&at, devices).await
}

/// One connection to each node the load goes to, in order: `connections` told apart by their
/// node's libp2p identity (`system_localPeerId`), so that connections to one node by two
/// addresses count once.
pub(super) async fn one_per_node(connections: &[Client]) -> Result<Vec<Client>, WorkflowError> {
	let mut seen = Vec::new();
	let mut nodes = Vec::new();
	for api in connections {
		let peer: String = api
			.rpc
			.request("system_localPeerId", subxt::rpcs::rpc_params![])
			.await
			.map_err(|e| err(format!("the node's identity: {e}")))?;
		if !seen.contains(&peer) {
			seen.push(peer);
			nodes.push(api.clone());
		}
	}
	Ok(nodes)
}

/// Waits until the pool of every node in `nodes` is empty (`author_pendingExtrinsics`), up to
/// `timeout`: a step starts from empty pools, not behind the last one's backlog.
pub(super) async fn wait_for_empty_pool(
	nodes: &[Client],
	timeout: Duration,
	progress: &(dyn Fn(Progress) + Sync),
) -> Result<(), WorkflowError> {
	let deadline = Instant::now() + timeout;
	loop {
		let mut pending = 0;
		for api in nodes {
			let held: Vec<serde_json::Value> = api
				.rpc
				.request("author_pendingExtrinsics", subxt::rpcs::rpc_params![])
				.await
				.map_err(|e| err(format!("the node's pool: {e}")))?;
			pending = held.len().max(pending);
		}
		if pending == 0 {
			return Ok(());
		}
		if Instant::now() >= deadline {
			return Err(err(format!(
				"a node's pool still holds {pending} transactions after {} s: the last step's \
				 backlog would skew the next one (a longer --settle-secs lets it drain)",
				timeout.as_secs()
			)));
		}
		progress(Progress::WaitingForPool { pending: pending as u64 });
		tokio::time::sleep(Duration::from_secs(3)).await;
	}
}

/// The most a second the runtime lets in of transactions declared at `declared` and charged
/// `charged_ms` (their median `ExtrinsicSuccess` weight) once dispatched: a block admits one
/// while what it has spent plus the declared weight fits, so `(max - declared) / charged + 1` a
/// block by ref time, one block a slot; and no more than the block's length and proof size
/// allow (refunds give back ref time only). The declared ceiling when nothing was charged.
pub(super) fn charged_ceiling(ceilings: &Ceilings, declared: &Ceiling, charged_ms: f64) -> f64 {
	let charged_ps = charged_ms * 1e9;
	if charged_ps < 1.0 || ceilings.slot_ms == 0 {
		return declared.per_sec;
	}
	let per_sec = |per_block: f64| per_block * 1000.0 / ceilings.slot_ms as f64;
	let room = ceilings.normal_ref_time_ps.saturating_sub(declared.weight_ref_time_ps) as f64;
	let by_ref_time = per_sec((room / charged_ps).floor() + 1.0);
	let by_length = ceilings.normal_length.checked_div(declared.length_bytes);
	let by_proof = ceilings.normal_proof_size.checked_div(declared.weight_proof_size);
	[by_length, by_proof]
		.into_iter()
		.flatten()
		.map(|per_block| per_sec(per_block as f64))
		.fold(by_ref_time, f64::min)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn cpu_time_is_read_after_the_command_name() {
		let stat =
			"4242 (carechain (node)) S 1 4242 4242 0 -1 4194560 5 0 0 0 1234 567 0 0 20 0 9 0";
		assert_eq!(cpu_ticks(stat).unwrap(), 1234 + 567);
		assert!(cpu_ticks("4242 (short) S 1").is_err());
	}

	#[test]
	fn memory_lines_are_read_in_kib() {
		let status = "Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n";
		assert_eq!(status_kib(status, "VmRSS:"), 102400.0);
		assert_eq!(status_kib(status, "VmHWM:"), 204800.0);
		assert_eq!(status_kib(status, "VmSwap:"), 0.0);
	}

	#[test]
	fn this_process_can_be_measured() {
		let before = ProcessSample::own().unwrap();
		let mut x = 0u64;
		for i in 0..2_000_000u64 {
			x = x.wrapping_mul(31).wrapping_add(i);
		}
		std::hint::black_box(x);
		let used = ProcessSample::own().unwrap().use_since(&before);
		assert!(used.cpu_percent >= 0.0);
		assert!(used.rss_mib > 0.0 && used.peak_rss_mib >= used.rss_mib);
	}

	#[test]
	fn a_refund_raises_the_ceiling_by_what_is_charged() {
		let ceilings = Ceilings {
			slot_ms: 3000,
			normal_ref_time_ps: 750_000_000_000,
			normal_length: 3_932_160,
			normal_proof_size: u64::MAX,
			..Default::default()
		};
		let declared = Ceiling {
			weight_ref_time_ps: 1_760_000_000,
			length_bytes: 500,
			weight_proof_size: 60_000,
			per_sec: 141.7,
			bound_by: "ref time".into(),
			..Default::default()
		};
		// Charged what it declared: the declared ceiling (426 a block).
		assert_eq!(charged_ceiling(&ceilings, &declared, 1.76), 426.0 / 3.0);
		// Charged 1.25 ms: (750 - 1.76) / 1.25 + 1 = 599 a block.
		assert_eq!(charged_ceiling(&ceilings, &declared, 1.25), 599.0 / 3.0);
		// Nothing charged (no event read): the declared ceiling.
		assert_eq!(charged_ceiling(&ceilings, &declared, 0.0), 141.7);
		// Where length binds before the refunded ref time does: the length's ceiling.
		let long = Ceiling { length_bytes: 7_000, ..declared.clone() };
		assert_eq!(charged_ceiling(&ceilings, &long, 1.25), (3_932_160 / 7_000) as f64 / 3.0);
	}
}
