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

use super::step::Tracker;
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
	/// The indices of those that failed.
	failed: HashSet<u32>,
	/// The ref time each was charged (index → ps): its `System.ExtrinsicSuccess` or
	/// `ExtrinsicFailed` event's weight, after any refund, with the base extrinsic weight.
	charged: HashMap<u32, u64>,
}

/// Starts following the chain over `follower`, filling `tracker`.
pub(super) async fn start(
	follower: &Client,
	tracker: Arc<Mutex<Tracker>>,
) -> Result<Following, WorkflowError> {
	// Every block made from here on is above the block finalized now, on whichever fork.
	let finalized_now =
		follower.legacy.chain_get_finalized_head().await.map_err(|e| err(e.to_string()))?;
	let floor = follower
		.legacy
		.chain_get_header(Some(finalized_now))
		.await
		.map_err(|e| err(e.to_string()))?
		.ok_or_else(|| err("the node does not have its own finalized head"))?
		.number
		.saturating_add(1);
	let best = follower.legacy.chain_subscribe_new_heads().await.map_err(|e| err(e.to_string()))?;
	let finalized =
		follower.legacy.chain_subscribe_finalized_heads().await.map_err(|e| err(e.to_string()))?;
	let blocks: Arc<tokio::sync::Mutex<HashMap<H256, Seen>>> = Default::default();
	let mut tasks = Vec::new();
	for (mut heads, finality) in [(best, false), (finalized, true)] {
		// Each head is stamped the moment it arrives, by a task that does nothing else: the
		// latencies do not include the follower's own reading of earlier blocks.
		let (stamped, mut arrivals) = tokio::sync::mpsc::unbounded_channel();
		let tracker_for_errors = tracker.clone();
		tasks.push(tokio::spawn(async move {
			while let Some(head) = heads.next().await {
				match head {
					Ok(header) => {
						if stamped.send((Instant::now(), header)).is_err() {
							return;
						}
					},
					Err(error) => note(&tracker_for_errors, format!("a head: {error}")),
				}
			}
			note(&tracker_for_errors, "the node ended a head subscription".into());
		}));
		let (api, tracker, blocks) = (follower.clone(), tracker.clone(), blocks.clone());
		tasks.push(tokio::spawn(async move {
			let mut place = Place::new(floor);
			while let Some((heard, header)) = arrivals.recv().await {
				let hash = H256(Blake2b::<U32>::digest(header.encode()).into());
				let ancestry = |block| {
					let (api, tracker, blocks) = (&api, &tracker, &blocks);
					async move {
						read(api, tracker, blocks, block)
							.await
							.map(|seen| (seen.number, seen.parent))
					}
				};
				let (todo, complete) =
					place.backlog(hash, header.number, header.parent_hash, ancestry).await;
				if !complete {
					note(&tracker, format!("more than {MAX_GAP} blocks missed before {hash:?}"));
				}
				for hash in todo {
					let Some(seen) = read(&api, &tracker, &blocks, hash).await else { continue };
					if finality {
						finalize(&tracker, &seen, heard);
					} else {
						include(&tracker, &seen, heard);
					}
					place.handled(hash);
				}
			}
		}));
	}
	Ok(Following { tasks })
}

/// Where one subscription's follower stands: the blocks it has handled, and the floor, the
/// number just above the block finalized when the step began. Every block made after that is
/// above it, on any fork (finality is not reverted), so the follower never reads below it.
struct Place {
	done: HashSet<H256>,
	floor: u64,
}

impl Place {
	fn new(floor: u64) -> Self {
		Self { done: HashSet::new(), floor }
	}

	/// The blocks to handle for the head `hash` (number `number`, parent `parent`), oldest first:
	/// none if it was handled already, else the head and its ancestors back to the last block
	/// handled or to the floor, read with `ancestry` (a block's number and parent); and whether
	/// that walk was complete (not cut at [`MAX_GAP`] blocks).
	///
	/// The node sends a head twice when a block is imported or finalized between its reading of
	/// the current head for a new subscription and its sending of the block's notification (the
	/// node commits the block, then notifies). Before the floor, a repeated first head had no
	/// handled ancestor, so the walk went back to genesis and failed the step, which is what
	/// broke one ladder run on 6 December; a fork at the first head's height did the same.
	async fn backlog<A, F>(
		&self,
		hash: H256,
		number: u64,
		parent: H256,
		mut ancestry: A,
	) -> (VecDeque<H256>, bool)
	where
		A: FnMut(H256) -> F,
		F: std::future::Future<Output = Option<(u64, H256)>>,
	{
		let mut todo = VecDeque::new();
		if self.done.contains(&hash) {
			return (todo, true);
		}
		todo.push_back(hash);
		let (mut parent, mut parent_number) = (parent, number.checked_sub(1));
		while parent_number.is_some_and(|n| n >= self.floor) && !self.done.contains(&parent) {
			if todo.len() >= MAX_GAP {
				return (todo, false);
			}
			let Some((number, grandparent)) = ancestry(parent).await else { break };
			todo.push_front(parent);
			(parent, parent_number) = (grandparent, number.checked_sub(1));
		}
		(todo, true)
	}

	/// Marks block `hash` handled.
	fn handled(&mut self, hash: H256) {
		self.done.insert(hash);
	}
}

/// Records something the follower could not do: the step fails with it rather than report
/// figures that miss blocks.
fn note(tracker: &Mutex<Tracker>, error: String) {
	tracker.lock().unwrap_or_else(|e| e.into_inner()).errors.push(error);
}

/// The block `hash`, from the cache or the node. Read from the node, its failed extrinsics are
/// found from its events, once, whichever of the two followers reads it first.
async fn read(
	api: &Client,
	tracker: &Mutex<Tracker>,
	blocks: &tokio::sync::Mutex<HashMap<H256, Seen>>,
	hash: H256,
) -> Option<Seen> {
	let mut blocks = blocks.lock().await;
	if let Some(seen) = blocks.get(&hash) {
		return Some(seen.clone());
	}
	let read = async {
		let block = api
			.legacy
			.chain_get_block(Some(hash))
			.await
			.map_err(|e| e.to_string())?
			.ok_or("the node does not have it")?
			.block;
		let (failed, charged) = outcomes(api, hash).await?;
		Ok::<_, String>(Seen {
			number: block.header.number,
			parent: block.header.parent_hash,
			extrinsics: block
				.extrinsics
				.iter()
				.map(|x| Blake2b::<U32>::digest(&x.0).into())
				.collect(),
			failed,
			charged,
		})
	};
	match read.await {
		Ok(seen) => {
			blocks.insert(hash, seen.clone());
			Some(seen)
		},
		Err(error) => {
			note(tracker, format!("block {hash:?}: {error}"));
			None
		},
	}
}

/// The indices of the extrinsics of block `hash` that failed (`System.ExtrinsicFailed`) or had
/// their anchor refused (`Records.AnchorRefused`), and the ref time each extrinsic was charged.
async fn outcomes(api: &Client, hash: H256) -> Result<(HashSet<u32>, HashMap<u32, u64>), String> {
	use crate::chain::system::events::{ExtrinsicFailed, ExtrinsicSuccess};
	let at = api.at_block(hash).await.map_err(|e| e.to_string())?;
	let events = at.events().fetch().await.map_err(|e| e.to_string())?;
	let (mut failed, mut charged) = (HashSet::new(), HashMap::new());
	for event in events.iter() {
		let event = event.map_err(|e| e.to_string())?;
		let Phase::ApplyExtrinsic(index) = event.phase() else { continue };
		if matches!(
			(event.pallet_name(), event.event_name()),
			("System", "ExtrinsicFailed") | ("Records", "AnchorRefused")
		) {
			failed.insert(index);
		}
		if let Some(Ok(success)) = event.decode_fields_as::<ExtrinsicSuccess>() {
			charged.insert(index, success.dispatch_info.weight.ref_time);
		} else if let Some(Ok(failure)) = event.decode_fields_as::<ExtrinsicFailed>() {
			charged.insert(index, failure.dispatch_info.weight.ref_time);
		}
	}
	Ok((failed, charged))
}

/// Takes the step's transactions in `seen` out of `pending`, as included when `heard`.
fn take_included(t: &mut Tracker, seen: &Seen, heard: Instant) -> Vec<([u8; 32], Instant)> {
	let mut ours = Vec::new();
	for (index, extrinsic) in seen.extrinsics.iter().enumerate() {
		if let Some(sent) = t.pending.remove(extrinsic) {
			t.in_block_ms.push(heard.saturating_duration_since(sent).as_millis() as u64);
			if seen.failed.contains(&(index as u32)) {
				t.failed += 1;
			}
			if let Some(ref_time) = seen.charged.get(&(index as u32)) {
				t.charged_ps.push(*ref_time);
			}
			ours.push((*extrinsic, sent));
		}
	}
	if !ours.is_empty() {
		*t.blocks.entry(seen.number).or_default() += ours.len() as u64;
		t.block_heard.entry(seen.number).or_insert(heard);
		t.last_included = Some(t.last_included.map_or(heard, |last| last.max(heard)));
	}
	ours
}

/// The governance probe, if `seen` holds it and it was not seen before.
fn take_probe(t: &mut Tracker, seen: &Seen, heard: Instant) {
	if let Some(probe) = t.probe.as_mut() {
		if probe.included.is_none() && seen.extrinsics.contains(&probe.hash) {
			probe.included = Some((seen.number, heard));
		}
	}
}

/// A best block: the step's transactions in it are included.
fn include(tracker: &Mutex<Tracker>, seen: &Seen, heard: Instant) {
	let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
	t.best_number = t.best_number.max(seen.number);
	take_probe(&mut t, seen, heard);
	for (extrinsic, sent) in take_included(&mut t, seen, heard) {
		t.included.insert(extrinsic, sent);
	}
}

/// A finalized block: the step's transactions in it are finalized (and included, if the best
/// block holding them was never heard of).
fn finalize(tracker: &Mutex<Tracker>, seen: &Seen, heard: Instant) {
	let mut t = tracker.lock().unwrap_or_else(|e| e.into_inner());
	take_probe(&mut t, seen, heard);
	let late = take_included(&mut t, seen, heard);
	for (extrinsic, sent) in late {
		t.included.insert(extrinsic, sent);
	}
	for extrinsic in &seen.extrinsics {
		if let Some(sent) = t.included.remove(extrinsic) {
			t.finalized_ms.push(heard.saturating_duration_since(sent).as_millis() as u64);
		}
	}
}

#[cfg(test)]
mod tests {
	use std::{cell::RefCell, collections::HashMap};

	use futures::executor::block_on;

	use super::*;

	/// A chain `0..=tip` (block `n` is `H256::from_low_u64_be(n + 1)`, its parent `n - 1`'s, and
	/// genesis's parent zero), with `forks` added: (hash, number, parent).
	struct Chain {
		blocks: HashMap<H256, (u64, H256)>,
		reads: RefCell<Vec<H256>>,
	}

	fn block(n: u64) -> H256 {
		H256::from_low_u64_be(n + 1)
	}

	impl Chain {
		fn new(tip: u64, forks: &[(H256, u64, H256)]) -> Self {
			let mut blocks: HashMap<_, _> = (0..=tip)
				.map(|n| (block(n), (n, n.checked_sub(1).map_or(H256::zero(), block))))
				.collect();
			blocks.extend(forks.iter().map(|(hash, number, parent)| (*hash, (*number, *parent))));
			Self { blocks, reads: Default::default() }
		}

		/// The blocks `place` handles for the head `hash`, marked handled as the follower does,
		/// and whether the walk was complete.
		fn head_walk(&self, place: &mut Place, hash: H256) -> (Vec<H256>, bool) {
			let (number, parent) = self.blocks[&hash];
			let ancestry = |hash| {
				self.reads.borrow_mut().push(hash);
				let found = self.blocks.get(&hash).copied();
				async move { found }
			};
			let (todo, complete) = block_on(place.backlog(hash, number, parent, ancestry));
			for hash in &todo {
				place.handled(*hash);
			}
			(todo.into(), complete)
		}

		fn head(&self, place: &mut Place, hash: H256) -> Vec<H256> {
			let (todo, complete) = self.head_walk(place, hash);
			assert!(complete);
			todo
		}

		fn reads(&self) -> Vec<H256> {
			self.reads.take()
		}
	}

	/// A follower whose step began with block `finalized` finalized.
	fn after_finalized(finalized: u64) -> Place {
		Place::new(finalized + 1)
	}

	#[test]
	fn the_first_head_is_read_back_to_the_block_above_the_finalized_one() {
		let chain = Chain::new(10, &[]);
		let mut place = after_finalized(3);
		assert_eq!(chain.head(&mut place, block(6)), vec![block(4), block(5), block(6)]);
		assert_eq!(chain.reads(), vec![block(5), block(4)]);
	}

	#[test]
	fn a_repeated_first_head_is_handled_once_and_nothing_below_the_floor_is_read() {
		// What the node sends when a block is imported between its reading of the current head
		// and its notification: the walk went back to genesis here and failed the step.
		let chain = Chain::new(225, &[]);
		let mut place = after_finalized(224);
		assert_eq!(chain.head(&mut place, block(225)), vec![block(225)]);
		assert_eq!(chain.head(&mut place, block(225)), Vec::<H256>::new());
		assert!(chain.reads().is_empty());
	}

	#[test]
	fn missed_heads_are_read_back_to_the_last_handled_oldest_first() {
		let chain = Chain::new(10, &[]);
		let mut place = after_finalized(4);
		chain.head(&mut place, block(5));
		assert_eq!(chain.head(&mut place, block(6)), vec![block(6)]);
		assert_eq!(chain.head(&mut place, block(9)), vec![block(7), block(8), block(9)]);
		assert_eq!(chain.reads(), vec![block(8), block(7)]);
	}

	#[test]
	fn a_head_below_the_floor_is_handled_without_its_ancestors() {
		let chain = Chain::new(10, &[]);
		let mut place = after_finalized(4);
		chain.head(&mut place, block(5));
		assert_eq!(chain.head(&mut place, block(3)), vec![block(3)]);
		assert!(chain.reads().is_empty());
	}

	#[test]
	fn a_fork_below_the_first_head_is_read_back_to_where_it_left_the_handled_chain() {
		// The first head heard is 6; another author's fork leaves the chain at 4, above the
		// finalized 3, and becomes the best chain at 7: its blocks 5 and 6 may hold the step's
		// transactions, so they are read, and nothing below 4.
		let (fork5, fork6, fork7) =
			(H256::repeat_byte(0xf5), H256::repeat_byte(0xf6), H256::repeat_byte(0xf7));
		let chain = Chain::new(10, &[(fork5, 5, block(4)), (fork6, 6, fork5), (fork7, 7, fork6)]);
		let mut place = after_finalized(3);
		assert_eq!(chain.head(&mut place, block(6)), vec![block(4), block(5), block(6)]);
		chain.reads();
		assert_eq!(chain.head(&mut place, fork7), vec![fork5, fork6, fork7]);
		assert_eq!(chain.reads(), vec![fork6, fork5]);
	}

	#[test]
	fn a_gap_longer_than_max_gap_is_said() {
		let tip = 2 * MAX_GAP as u64;
		let chain = Chain::new(tip, &[]);
		let mut place = after_finalized(0);
		chain.head(&mut place, block(1));
		let (todo, complete) = chain.head_walk(&mut place, block(tip));
		assert!(!complete);
		assert_eq!(todo.len(), MAX_GAP);
		assert_eq!(todo.last(), Some(&block(tip)));
		// One block short of the cap is complete.
		let chain = Chain::new(MAX_GAP as u64 + 1, &[]);
		let mut place = after_finalized(0);
		chain.head(&mut place, block(1));
		assert_eq!(chain.head(&mut place, block(MAX_GAP as u64 + 1)).len(), MAX_GAP);
	}

	#[test]
	fn an_ancestor_the_node_does_not_have_ends_the_walk() {
		// Block 7 unknown: its child's parent link leads nowhere (the read itself is noted).
		let mut chain = Chain::new(10, &[]);
		let mut place = after_finalized(4);
		chain.head(&mut place, block(5));
		chain.blocks.remove(&block(7));
		chain.reads();
		assert_eq!(chain.head(&mut place, block(9)), vec![block(8), block(9)]);
		assert_eq!(chain.reads(), vec![block(8), block(7)]);
	}

	#[test]
	fn genesis_and_the_first_block_have_nothing_to_read_below_them() {
		let chain = Chain::new(3, &[]);
		let mut place = after_finalized(0);
		assert_eq!(chain.head(&mut place, block(0)), vec![block(0)]);
		assert_eq!(chain.head(&mut place, block(1)), vec![block(1)]);
		assert!(chain.reads().is_empty());
	}
}
