//! The follower: every best and every finalized block, on a connection of its own, its
//! extrinsics matched by hash to what the senders sent.
//!
//! Heads come from the node's `chain_subscribeNewHeads` and `chain_subscribeFinalizedHeads`; a
//! head whose parent was not seen has its missed ancestors read first (the node may announce
//! only the newest of several blocks), so no block is skipped. A transaction counts as included
//! when the follower hears of the first best block holding it, and as finalized when it hears of
//! the finalized block holding it: the latencies are what a client following the chain sees.

use std::{
	collections::{HashMap, HashSet, VecDeque},
	sync::{Arc, Mutex},
	time::Instant,
};

use blake2::{digest::consts::U32, Blake2b, Digest};
use subxt::{events::Phase, ext::codec::Encode, utils::H256};

use super::Tracker;
use crate::{
	records::{err, WorkflowError},
	Client,
};

/// How far back a head's missed ancestors are read, at most.
const MAX_GAP: usize = 256;

/// A follower, running until [`Following::stop`].
pub(super) struct Following {
	tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Following {
	pub(super) fn stop(&self) {
		for task in &self.tasks {
			task.abort();
		}
	}
}

impl Drop for Following {
	fn drop(&mut self) {
		self.stop();
	}
}

/// What the follower knows of one block.
#[derive(Clone)]
struct Seen {
	number: u64,
	parent: H256,
	/// Its extrinsics' hashes.
	extrinsics: Vec<[u8; 32]>,
}

/// Starts following the chain over `follower`, filling `tracker`.
pub(super) async fn start(
	follower: &Client,
	tracker: Arc<Mutex<Tracker>>,
) -> Result<Following, WorkflowError> {
	let best = follower.legacy.chain_subscribe_new_heads().await.map_err(|e| err(e.to_string()))?;
	let finalized =
		follower.legacy.chain_subscribe_finalized_heads().await.map_err(|e| err(e.to_string()))?;
	let blocks: Arc<tokio::sync::Mutex<HashMap<H256, Seen>>> = Default::default();
	let mut tasks = Vec::new();
	for (mut heads, finality) in [(best, false), (finalized, true)] {
		let (api, tracker, blocks) = (follower.clone(), tracker.clone(), blocks.clone());
		tasks.push(tokio::spawn(async move {
			let mut done: HashSet<H256> = HashSet::new();
			let mut last: Option<H256> = None;
			while let Some(Ok(header)) = heads.next().await {
				let heard = Instant::now();
				let hash = H256(Blake2b::<U32>::digest(header.encode()).into());
				// The head, and its ancestors back to the last one handled, oldest first.
				let mut todo = VecDeque::from([hash]);
				let mut parent = header.parent_hash;
				while last.is_some() && !done.contains(&parent) && todo.len() < MAX_GAP {
					let Some(seen) = read(&api, &blocks, parent).await else { break };
					todo.push_front(parent);
					parent = seen.parent;
				}
				for hash in todo {
					let Some(seen) = read(&api, &blocks, hash).await else { continue };
					if finality {
						finalize(&tracker, &seen, heard);
					} else {
						include(&api, &tracker, hash, &seen, heard).await;
					}
					done.insert(hash);
				}
				last = Some(hash);
			}
		}));
	}
	Ok(Following { tasks })
}

/// The block `hash`, from the cache or the node.
async fn read(
	api: &Client,
	blocks: &tokio::sync::Mutex<HashMap<H256, Seen>>,
	hash: H256,
) -> Option<Seen> {
	if let Some(seen) = blocks.lock().await.get(&hash) {
		return Some(seen.clone());
	}
	let block = api.legacy.chain_get_block(Some(hash)).await.ok()??.block;
	let seen = Seen {
		number: block.header.number,
		parent: block.header.parent_hash,
		extrinsics: block.extrinsics.iter().map(|x| Blake2b::<U32>::digest(&x.0).into()).collect(),
	};
	blocks.lock().await.insert(hash, seen.clone());
	Some(seen)
}

/// A best block: the step's transactions in it are included; those that failed are counted.
async fn include(api: &Client, tracker: &Mutex<Tracker>, hash: H256, seen: &Seen, heard: Instant) {
	let mut ours = Vec::new();
	{
		let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
		for (index, extrinsic) in seen.extrinsics.iter().enumerate() {
			if let Some(sent) = t.pending.remove(extrinsic) {
				t.in_block_ms.push(heard.saturating_duration_since(sent).as_millis() as u64);
				t.included.insert(*extrinsic, sent);
				ours.push(index as u32);
			}
		}
		if ours.is_empty() {
			return;
		}
		*t.blocks.entry(seen.number).or_default() += ours.len() as u64;
		t.last_included = Some(heard);
	}
	let failed = failures(api, hash, &ours).await;
	tracker.lock().unwrap_or_else(|e| e.into_inner()).failed += failed;
}

/// How many of the extrinsics at `indices` of block `hash` failed (`System.ExtrinsicFailed`) or
/// had their anchor refused (`Records.AnchorRefused`).
async fn failures(api: &Client, hash: H256, indices: &[u32]) -> u64 {
	let Ok(at) = api.at_block(hash).await else { return 0 };
	let Ok(events) = at.events().fetch().await else { return 0 };
	events
		.iter()
		.filter_map(Result::ok)
		.filter(|event| matches!(event.phase(), Phase::ApplyExtrinsic(i) if indices.contains(&i)))
		.filter(|event| {
			matches!(
				(event.pallet_name(), event.event_name()),
				("System", "ExtrinsicFailed") | ("Records", "AnchorRefused")
			)
		})
		.count() as u64
}

/// A finalized block: the step's transactions in it are finalized (and included, if the best
/// block holding them was never heard of).
fn finalize(tracker: &Mutex<Tracker>, seen: &Seen, heard: Instant) {
	let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
	for extrinsic in &seen.extrinsics {
		let sent = match t.included.remove(extrinsic) {
			Some(sent) => sent,
			None => match t.pending.remove(extrinsic) {
				Some(sent) => {
					t.in_block_ms.push(heard.saturating_duration_since(sent).as_millis() as u64);
					*t.blocks.entry(seen.number).or_default() += 1;
					t.last_included = Some(heard);
					sent
				},
				None => continue,
			},
		};
		t.finalized_ms.push(heard.saturating_duration_since(sent).as_millis() as u64);
	}
}
