//! One step of the ladder: the planned transactions sent at their times over the connections
//! while the follower follows the chain, then what happened to them.

use std::{
	collections::{BTreeMap, HashMap, VecDeque},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use super::{
	follow, measure, BenchOptions, Blocks, GovernanceProbe, Percentiles, Planned, Progress,
	StepReport,
};
use crate::{
	records::{err, WorkflowError},
	transaction::refusal_kind,
	Client,
};

/// Why a transaction was not sent: an earlier one of its sender was refused, so its nonce
/// would never become ready.
pub(super) const SKIPPED: &str = "not sent: an earlier transaction of its sender was refused";

/// Why a transaction was not sent at all: the step's time (its offering and settling) ran out
/// first.
pub(super) const CUT_SHORT: &str = "not sent: the step's time ran out";

/// What the node answers when its pool is full (`refusal_kind` of its "Immediately Dropped"):
/// a refusal at the door that a client retries.
pub(super) const POOL_FULL: &str = "pool full";

/// How long a sender whose transaction the node refused as its pool was full waits before
/// offering it again, as a client should: about a sixth of a slot.
const RETRY_AFTER: Duration = Duration::from_millis(500);

/// How often the senders look for transactions due again.
const RETRY_TICK: Duration = Duration::from_millis(100);

/// The governance probe, once sent.
pub(super) struct ProbeTrack {
	pub(super) hash: [u8; 32],
	pub(super) sent: Instant,
	/// The best block number the follower had heard of when it went out.
	pub(super) best_at_send: u64,
	/// The block holding it, and when the follower heard of that block.
	pub(super) included: Option<(u64, Instant)>,
	/// Why the node refused it, if it did.
	pub(super) refused: Option<String>,
}

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
	/// Refusals as the pool was full that were retried (one per refusal).
	pub(super) retried: u64,
	/// The highest best block the follower has heard of.
	pub(super) best_number: u64,
	/// The governance probe, once sent.
	pub(super) probe: Option<ProbeTrack>,
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
	let give_up = start + options.duration;
	let deadline = give_up + options.settle;
	let mut sending = tokio::task::JoinSet::new();
	for (api, queue) in connections.iter().cloned().zip(queues) {
		let tracker = tracker.clone();
		let in_flight = options.in_flight.max(1);
		sending.spawn(send_queue(api, queue, start, give_up, in_flight, tracker));
	}
	// Halfway through the step, a council motion: does governance get in under this load?
	let probing = options.governance_probe.clone().map(|member| {
		let (api, tracker) = (follower.clone(), tracker.clone());
		tokio::spawn(send_probe(api, member, start + options.duration / 2, tracker))
	});
	let tally = |tracker: &Mutex<Tracker>| {
		let t = lock(tracker);
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
				let probed = {
					let t = lock(&tracker);
					options.governance_probe.is_none()
						|| t.probe.as_ref().is_some_and(|p| p.included.is_some() || p.refused.is_some())
				};
				if (sent && finalized >= submitted && probed) || out_of_time {
					sending.abort_all();
					break;
				}
			},
		}
	}
	following.stop();
	if let Some(probing) = probing {
		probing.abort();
	}
	let node = match (node_busy_until, node_before) {
		(Some(after), Some(before)) => Some(after.use_since(&before)),
		_ => None,
	};
	let generator_after = match generator_after {
		Some(after) => after,
		None => measure::ProcessSample::own()?,
	};
	let generator_cpu_percent = generator_after.use_since(&generator_before).cpu_percent;

	let mut t = lock(&tracker);
	if !t.errors.is_empty() {
		return Err(err(format!(
			"the follower missed part of the chain, so the figures would be wrong: {}",
			t.errors.join("; ")
		)));
	}
	// What the step's end cut short (sending aborted at the deadline) is accounted for too.
	let accounted = t.submitted.saturating_add(t.refused.values().sum::<u64>());
	if total > accounted {
		*t.refused.entry(CUT_SHORT.to_string()).or_default() += total - accounted;
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
		retried: t.retried,
		quarantined: Vec::new(),
		governance: options.governance_probe.as_ref().map(|_| probe_report(t.probe.as_ref())),
	})
}

/// Sends the governance probe by `member` at `due`, over `api`.
async fn send_probe(
	api: Client,
	member: crate::Signer,
	due: tokio::time::Instant,
	tracker: Arc<Mutex<Tracker>>,
) {
	tokio::time::sleep_until(due).await;
	let (hash, result) = match super::prebuild::governance_probe(&api, &member).await {
		Ok((bytes, hash)) => {
			// The node's own best block, not the follower's (which reads each block's body
			// before it counts it, and may lag).
			let best_at_send = match api.legacy.chain_get_header(None).await {
				Ok(Some(header)) => u64::from(header.number),
				_ => lock(&tracker).best_number,
			};
			lock(&tracker).probe = Some(ProbeTrack {
				hash,
				sent: Instant::now(),
				best_at_send,
				included: None,
				refused: None,
			});
			(hash, api.legacy.author_submit_extrinsic(&bytes).await.map_err(|e| e.to_string()))
		},
		Err(error) => ([0; 32], Err(error.to_string())),
	};
	if let Err(error) = result {
		let mut t = lock(&tracker);
		let probe = t.probe.get_or_insert(ProbeTrack {
			hash,
			sent: Instant::now(),
			best_at_send: 0,
			included: None,
			refused: None,
		});
		probe.refused = Some(refusal_kind(&error));
	}
}

/// What became of the governance probe.
fn probe_report(probe: Option<&ProbeTrack>) -> GovernanceProbe {
	let Some(probe) = probe else {
		return GovernanceProbe {
			refused: Some("not sent: the step ended first".into()),
			..Default::default()
		};
	};
	let included = probe.included.map(|(number, heard)| {
		(number.saturating_sub(probe.best_at_send), heard.saturating_duration_since(probe.sent))
	});
	GovernanceProbe {
		blocks: included.map(|(blocks, _)| blocks),
		in_block_ms: included.map(|(_, latency)| latency.as_millis() as u64),
		refused: probe.refused.clone(),
		// Not signed (it failed before it could be sent): neither a hash nor a block.
		hash: (probe.hash != [0; 32]).then(|| format!("0x{}", hex::encode(probe.hash))),
		sent_at_best: (probe.hash != [0; 32]).then_some(probe.best_at_send),
	}
}

/// A sender's transactions that wait their turn, in nonce order: behind one awaiting the node's
/// answer, or behind one the node refused because its pool was full (offered again at
/// `retry_at`).
struct Waiting {
	items: VecDeque<Offer>,
	/// Whether one of the sender's transactions awaits the node's answer.
	busy: bool,
	/// When the first goes out again, after the pool was full.
	retry_at: Option<tokio::time::Instant>,
}

/// A transaction to offer, and when it was first offered, if it was.
struct Offer {
	item: Planned,
	first: Option<Instant>,
}

/// What the sending on one connection knows of its senders.
#[derive(Default)]
struct Senders {
	/// Refused for good, and why their later transactions are not sent.
	refused: HashMap<u32, &'static str>,
	/// Senders with a transaction awaiting an answer or waiting to be offered again.
	waiting: HashMap<u32, Waiting>,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
	mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// Sends `queue` (in order of time) over `api`: each at `start` plus its time, or as soon after
/// as fewer than `in_flight` earlier ones await the node's answer. A sender's transactions go
/// out one after another, each once the node answered the one before, as a device's do: a
/// transaction refused at the door can then never leave a later one of its sender waiting in
/// the pool on a nonce that never comes.
///
/// A transaction the node refuses because its pool is full ([`POOL_FULL`], a refusal at the
/// door that says to come back) is offered again after [`RETRY_AFTER`], as a client would, its
/// sender's later transactions waiting behind it; from `give_up` (the end of the step's
/// offering) it counts as refused for that reason, with what waits behind it. Once the node
/// refuses a sender's transaction for any other reason, that sender's later ones are not sent
/// (their nonces would never be ready) and count as refused ([`SKIPPED`]).
async fn send_queue(
	api: Client,
	queue: Vec<Planned>,
	start: tokio::time::Instant,
	give_up: tokio::time::Instant,
	in_flight: usize,
	tracker: Arc<Mutex<Tracker>>,
) {
	let permits = Arc::new(tokio::sync::Semaphore::new(in_flight));
	let senders = Arc::new(Mutex::new(Senders::default()));
	let mut drivers = tokio::task::JoinSet::new();
	let mut queue = VecDeque::from(queue);
	let mut ticker = tokio::time::interval(RETRY_TICK);
	ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	loop {
		let due = queue.front().map(|item| start + item.at);
		let far = tokio::time::Instant::now() + Duration::from_secs(3600);
		tokio::select! {
			_ = tokio::time::sleep_until(due.unwrap_or(far)), if due.is_some() => {
				let Some(item) = queue.pop_front() else { continue };
				let sender = item.sender;
				let offer = Offer { item, first: None };
				let reason = {
					let mut s = lock(&senders);
					if let Some(waiting) = s.waiting.get_mut(&sender) {
						waiting.items.push_back(offer);
						continue;
					}
					match s.refused.get(&sender) {
						Some(reason) => *reason,
						None => {
							let items = VecDeque::from([offer]);
							s.waiting.insert(sender, Waiting { items, busy: true, retry_at: None });
							let (api, tracker, senders) =
								(api.clone(), tracker.clone(), senders.clone());
							let permits = permits.clone();
							drivers.spawn(drive(api, sender, start, give_up, permits, tracker, senders));
							continue;
						},
					}
				};
				*lock(&tracker).refused.entry(reason.to_string()).or_default() += 1;
			},
			_ = ticker.tick() => {
				let now = tokio::time::Instant::now();
				let mut s = lock(&senders);
				let due_again: Vec<u32> = s
					.waiting
					.iter_mut()
					.filter(|(_, w)| !w.busy && w.retry_at.is_some_and(|at| at <= now))
					.map(|(sender, w)| {
						w.busy = true;
						*sender
					})
					.collect();
				drop(s);
				for sender in due_again {
					let (api, tracker, senders) = (api.clone(), tracker.clone(), senders.clone());
					let permits = permits.clone();
					drivers.spawn(drive(api, sender, start, give_up, permits, tracker, senders));
				}
			},
		}
		while drivers.try_join_next().is_some() {}
		if queue.is_empty() && drivers.is_empty() && lock(&senders).waiting.is_empty() {
			break;
		}
	}
	while drivers.join_next().await.is_some() {}
}

/// Offers what `sender` has waiting, one after another, each once the node answered the one
/// before, until nothing is left (then the sender waits no more), the node's pool is full (its
/// transactions wait [`RETRY_AFTER`]; from `give_up` they count as refused) or the node refuses
/// one for good.
async fn drive(
	api: Client,
	sender: u32,
	start: tokio::time::Instant,
	give_up: tokio::time::Instant,
	permits: Arc<tokio::sync::Semaphore>,
	tracker: Arc<Mutex<Tracker>>,
	senders: Arc<Mutex<Senders>>,
) {
	loop {
		let offer = {
			let mut s = lock(&senders);
			let Some(waiting) = s.waiting.get_mut(&sender) else { return };
			match waiting.items.pop_front() {
				Some(offer) => offer,
				None => {
					s.waiting.remove(&sender);
					return;
				},
			}
		};
		if offer.first.is_some() && tokio::time::Instant::now() >= give_up {
			let mut t = lock(&tracker);
			*t.refused.entry(POOL_FULL.to_string()).or_default() += 1;
			refuse_sender(&mut t, &mut lock(&senders), sender, POOL_FULL);
			return;
		}
		let Ok(permit) = permits.acquire().await else { return };
		// Latencies count from its first offer: a client waits through its retries too.
		let sent = Instant::now();
		let first = offer.first.unwrap_or(sent);
		{
			let mut t = lock(&tracker);
			t.pending.insert(offer.item.hash, first);
			t.first_sent.get_or_insert(sent);
			t.last_sent = Some(sent);
			if offer.first.is_none() {
				let lag =
					tokio::time::Instant::now().saturating_duration_since(start + offer.item.at);
				t.send_lag_ms.push(lag.as_millis() as u64);
			}
		}
		let result = api.legacy.author_submit_extrinsic(&offer.item.bytes).await;
		drop(permit);
		let mut t = lock(&tracker);
		let error = match result {
			Ok(_) => {
				t.submitted += 1;
				continue;
			},
			Err(error) => error.to_string(),
		};
		// The node has it already: an answer lost and the request sent again by the
		// connection; it is in the pool all the same.
		if error.contains("Transaction Already Imported") {
			t.submitted += 1;
			continue;
		}
		t.pending.remove(&offer.item.hash);
		let kind = refusal_kind(&error);
		let mut s = lock(&senders);
		let now = tokio::time::Instant::now();
		if kind == POOL_FULL && now < give_up {
			t.retried += 1;
			if let Some(waiting) = s.waiting.get_mut(&sender) {
				waiting.items.push_front(Offer { item: offer.item, first: Some(first) });
				waiting.busy = false;
				waiting.retry_at = Some(now + RETRY_AFTER);
			}
			return;
		}
		// Past the step's offering, what waited behind a full pool counts as refused by it.
		let held = if kind == POOL_FULL { POOL_FULL } else { SKIPPED };
		*t.refused.entry(kind).or_default() += 1;
		refuse_sender(&mut t, &mut s, sender, held);
		return;
	}
}

/// Refuses `sender` for good: what it still has waiting, and its later transactions, which are
/// not sent, count as refused for `reason`.
fn refuse_sender(t: &mut Tracker, s: &mut Senders, sender: u32, reason: &'static str) {
	s.refused.insert(sender, reason);
	if let Some(waiting) = s.waiting.remove(&sender) {
		if !waiting.items.is_empty() {
			*t.refused.entry(reason.to_string()).or_default() += waiting.items.len() as u64;
		}
	}
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
