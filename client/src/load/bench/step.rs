//! One step of the ladder: the planned transactions sent at their times over the connections
//! while the follower follows the chain, then what happened to them.

use std::{
	collections::{BTreeMap, HashMap, HashSet},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use super::{follow, measure, BenchOptions, Blocks, Percentiles, Planned, Progress, StepReport};
use crate::{
	records::{err, WorkflowError},
	transaction::refusal_kind,
	Client,
};

/// Why a transaction was not sent: an earlier one of its sender was refused, so its nonce
/// would never become ready.
pub(super) const SKIPPED: &str = "not sent: an earlier transaction of its sender was refused";

/// What the senders and the follower share during a step.
#[derive(Default)]
pub(super) struct Tracker {
	/// Sent (or being sent), not yet seen in a block: hash → when it went out.
	pub(super) pending: HashMap<[u8; 32], Instant>,
	/// Seen in a best block, not yet finalized: hash → when it went out.
	pub(super) included: HashMap<[u8; 32], Instant>,
	pub(super) submitted: u64,
	pub(super) refused: BTreeMap<String, u64>,
	pub(super) failed: u64,
	pub(super) in_block_ms: Vec<u64>,
	pub(super) finalized_ms: Vec<u64>,
	/// How late each went out, after its planned time, ms.
	pub(super) send_lag_ms: Vec<u64>,
	/// Block number → the step's transactions in it.
	pub(super) blocks: BTreeMap<u64, u64>,
	/// Block number → when the follower first heard of it.
	pub(super) block_heard: BTreeMap<u64, Instant>,
	pub(super) first_sent: Option<Instant>,
	pub(super) last_sent: Option<Instant>,
	pub(super) last_included: Option<Instant>,
	/// What the follower could not read: the step fails with it.
	pub(super) errors: Vec<String>,
	/// The ref time each included one was charged, ps (from its block's events).
	pub(super) charged_ps: Vec<u64>,
}

impl Tracker {
	/// Included per second. With the step's transactions in three blocks or more: those after
	/// the first block over the time between the first and the last block (the rate blocks
	/// took them at, without the wait for the first block and the slot after the last);
	/// otherwise included over the time from the first submission to the last inclusion.
	fn included_per_sec(&self) -> f64 {
		let heard = |n: &u64| self.block_heard.get(n).copied();
		let (first, last) = (self.blocks.keys().next(), self.blocks.keys().next_back());
		if self.blocks.len() >= 3 {
			if let (Some(first), Some(last)) = (first, last) {
				if let (Some(from), Some(to)) = (heard(first), heard(last)) {
					let after_first: u64 =
						self.blocks.range(first + 1..).map(|(_, count)| count).sum();
					let span = to.saturating_duration_since(from).as_secs_f64();
					if span > 0.0 {
						return after_first as f64 / span;
					}
				}
			}
		}
		match (self.first_sent, self.last_included) {
			(Some(first), Some(last)) => {
				let span = last.saturating_duration_since(first).as_secs_f64();
				if span > 0.0 {
					self.in_block_ms.len() as f64 / span
				} else {
					0.0
				}
			},
			_ => 0.0,
		}
	}
}

/// Sends `planned` at its times over `connections` while `follower` follows the chain; waits
/// until every transaction the node took is finalized, or the settling time after the step's
/// duration is up (a stalled node does not hold the run longer); reports.
#[allow(clippy::too_many_arguments)]
pub(super) async fn run_step(
	connections: &[Client],
	follower: &Client,
	planned: Vec<Planned>,
	rate: u32,
	senders: u32,
	options: &BenchOptions,
	name: &str,
	progress: &(dyn Fn(Progress) + Sync),
) -> Result<StepReport, WorkflowError> {
	let total = planned.len() as u64;
	let tracker = Arc::new(Mutex::new(Tracker::default()));
	let following = follow::start(follower, tracker.clone()).await?;
	let node_before = options.node_pid.map(measure::ProcessSample::take).transpose()?;
	let generator_before = measure::ProcessSample::own()?;

	// One queue per connection; a sender's transactions all on one, in nonce order.
	let mut queues: Vec<Vec<Planned>> = connections.iter().map(|_| Vec::new()).collect();
	for item in planned {
		queues[item.sender as usize % connections.len()].push(item);
	}
	let start = tokio::time::Instant::now() + Duration::from_millis(200);
	let deadline = start + options.duration + options.settle;
	let mut sending = tokio::task::JoinSet::new();
	for (api, queue) in connections.iter().cloned().zip(queues) {
		let tracker = tracker.clone();
		let in_flight = options.in_flight.max(1);
		sending.spawn(send_queue(api, queue, start, in_flight, tracker));
	}
	let tally = |tracker: &Mutex<Tracker>| {
		let t = tracker.lock().unwrap_or_else(|e| e.into_inner());
		(t.submitted, t.in_block_ms.len() as u64, t.finalized_ms.len() as u64)
	};
	let mut ticker = tokio::time::interval(Duration::from_millis(500));
	let mut sent = false;
	// The node's CPU is measured from the start to the last inclusion seen (a sample each tick
	// that saw more included), the generator's over the sending.
	let mut node_busy_until = None;
	let mut included_before = 0;
	let mut generator_after = None;
	loop {
		tokio::select! {
			joined = sending.join_next(), if !sending.is_empty() => {
				if let Some(Err(error)) = joined {
					following.stop();
					return Err(err(format!("a sender failed: {error}")));
				}
				if sending.is_empty() {
					sent = true;
					generator_after = Some(measure::ProcessSample::own()?);
				}
			},
			_ = ticker.tick() => {
				let (submitted, included, finalized) = tally(&tracker);
				progress(Progress::Running {
					step: name.to_string(), submitted, included, finalized, planned: total,
				});
				if included > included_before {
					included_before = included;
					node_busy_until = options.node_pid.map(measure::ProcessSample::take).transpose()?;
				}
				let out_of_time = tokio::time::Instant::now() >= deadline;
				if (sent && finalized >= submitted) || out_of_time {
					sending.abort_all();
					break;
				}
			},
		}
	}
	following.stop();
	let node = match (node_busy_until, node_before) {
		(Some(after), Some(before)) => Some(after.use_since(&before)),
		_ => None,
	};
	let generator_after = match generator_after {
		Some(after) => after,
		None => measure::ProcessSample::own()?,
	};
	let generator_cpu_percent = generator_after.use_since(&generator_before).cpu_percent;

	let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
	if !t.errors.is_empty() {
		return Err(err(format!(
			"the follower missed part of the chain, so the figures would be wrong: {}",
			t.errors.join("; ")
		)));
	}
	let included = t.in_block_ms.len() as u64;
	let finalized = t.finalized_ms.len() as u64;
	let sent_for = match (t.first_sent, t.last_sent) {
		(Some(first), Some(last)) => last.saturating_duration_since(first).as_secs_f64(),
		_ => 0.0,
	};
	let blocks = Blocks {
		count: t.blocks.len() as u64,
		first: t.blocks.keys().next().copied().unwrap_or_default(),
		last: t.blocks.keys().next_back().copied().unwrap_or_default(),
		most_in_one: t.blocks.values().max().copied().unwrap_or_default(),
		mean_per_block: if t.blocks.is_empty() {
			0.0
		} else {
			included as f64 / t.blocks.len() as f64
		},
	};
	Ok(StepReport {
		kind: String::new(),
		offered_per_sec: f64::from(rate),
		senders,
		duration_secs: options.duration.as_secs_f64(),
		planned: total,
		submitted: t.submitted,
		sent_per_sec: if sent_for > 0.0 { t.submitted as f64 / sent_for } else { 0.0 },
		send_lag_ms: Percentiles::of(&mut t.send_lag_ms),
		refused: t.refused.clone(),
		included,
		failed: t.failed,
		finalized,
		unconfirmed: t.submitted.saturating_sub(finalized),
		included_per_sec: t.included_per_sec(),
		ratio_of_ceiling: 0.0,
		in_block_ms: Percentiles::of(&mut t.in_block_ms),
		finalized_ms: Percentiles::of(&mut t.finalized_ms),
		blocks,
		node,
		generator_cpu_percent,
		state_bytes_per_item: None,
		charged_ms: Percentiles::of(&mut t.charged_ps).p50 as f64 / 1e9,
		ceiling_per_sec: 0.0,
		readings_per_tx: 0,
		readings_per_sec: 0.0,
		state_bytes_per_reading: None,
	})
}

/// Sends `queue` (in order of time) over `api`: each at `start` plus its time, or as soon after
/// as fewer than `in_flight` earlier ones await the node's answer. Once the node refuses one of
/// a sender's transactions, that sender's later ones are not sent (their nonces would wait in
/// the pool for ever) and count as refused ([`SKIPPED`]).
async fn send_queue(
	api: Client,
	queue: Vec<Planned>,
	start: tokio::time::Instant,
	in_flight: usize,
	tracker: Arc<Mutex<Tracker>>,
) {
	let permits = Arc::new(tokio::sync::Semaphore::new(in_flight));
	let refused_senders = Arc::new(Mutex::new(HashSet::new()));
	let mut answers = tokio::task::JoinSet::new();
	for item in queue {
		let due = start + item.at;
		tokio::time::sleep_until(due).await;
		let Ok(permit) = permits.clone().acquire_owned().await else { break };
		if refused_senders.lock().unwrap_or_else(|e| e.into_inner()).contains(&item.sender) {
			let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
			*t.refused.entry(SKIPPED.to_string()).or_default() += 1;
			continue;
		}
		let sent = Instant::now();
		{
			let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
			t.pending.insert(item.hash, sent);
			t.first_sent.get_or_insert(sent);
			t.last_sent = Some(sent);
			let lag = tokio::time::Instant::now().saturating_duration_since(due);
			t.send_lag_ms.push(lag.as_millis() as u64);
		}
		let (api, tracker, refused_senders) =
			(api.clone(), tracker.clone(), refused_senders.clone());
		answers.spawn(async move {
			let result = api.legacy.author_submit_extrinsic(&item.bytes).await;
			drop(permit);
			let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
			match result {
				Ok(_) => t.submitted += 1,
				// The node has it already: an answer lost and the request sent again by the
				// connection; it is in the pool all the same.
				Err(error) if error.to_string().contains("Transaction Already Imported") => {
					t.submitted += 1
				},
				Err(error) => {
					t.pending.remove(&item.hash);
					*t.refused.entry(refusal_kind(&error.to_string())).or_default() += 1;
					refused_senders.lock().unwrap_or_else(|e| e.into_inner()).insert(item.sender);
				},
			}
		});
		// Answers are collected as they come, so that the set stays small.
		while answers.try_join_next().is_some() {}
	}
	while answers.join_next().await.is_some() {}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn included_per_second_counts_the_blocks_after_the_first() {
		let now = Instant::now();
		let mut t = Tracker::default();
		// 10 in block 5 (heard at 0 s), 30 in block 6 (3 s), 30 in block 7 (6 s).
		for (number, count, at) in [(5, 10, 0), (6, 30, 3), (7, 30, 6)] {
			t.blocks.insert(number, count);
			t.block_heard.insert(number, now + Duration::from_secs(at));
		}
		assert!((t.included_per_sec() - 60.0 / 6.0).abs() < 1e-9);

		// Fewer than three blocks: included over first submission → last inclusion.
		let mut t = Tracker::default();
		t.blocks.insert(5, 4);
		t.block_heard.insert(5, now + Duration::from_secs(2));
		t.in_block_ms = vec![1000; 4];
		t.first_sent = Some(now);
		t.last_included = Some(now + Duration::from_secs(2));
		assert!((t.included_per_sec() - 2.0).abs() < 1e-9);
		assert_eq!(Tracker::default().included_per_sec(), 0.0);
	}
}
