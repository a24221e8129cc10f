//! Future transactions (those waiting on an earlier nonce of their sender) leave the pool once
//! they have waited [`OVERDUE`] and [`OVERDUE_BLOCKS`].
//!
//! The node's pool keeps as many future transactions as ready ones ([`crate::pool_door`] says
//! why: a transaction submitted while a view is built waits in that view on one it does not have,
//! for a block). Substrate's pool keeps a future transaction for as long as views refer to it,
//! which is as long as the chain goes on: sent after a gap that nobody fills, it never leaves.
//! The door counts future transactions with the ready ones, so one account's transactions sent
//! after a gap of its own making (they need its signature, never its fees: they are never
//! included) would hold the door shut for every other client for good. Every
//! [`CHECK_EVERY`], the node therefore looks at the future transactions of its pool's most
//! recent view and removes those it has seen waiting for [`OVERDUE`] or more while the chain
//! went [`OVERDUE_BLOCKS`] best blocks on, as the pool removes an invalid one (from every view
//! and its memory pool, banned for the pool's ban time, watchers told it is invalid). Each of a
//! sender's transactions waits its own time: the later ones after a gap leave as theirs runs out.
//!
//! What an honest client sees: a transaction waiting on one the race above kept from the view is
//! taken into the next block's view and is ready within a block or two, far inside [`OVERDUE`].
//! A client that skipped a nonce by mistake finds its later transactions gone after [`OVERDUE`]
//! (they were never going to be included without the missing one) and sends them again after
//! it, signed anew (the pool bans a removed transaction's hash for a while). While no block
//! comes (a stall, a node still syncing), nothing leaves: a transaction held back by the race
//! waits for the next view.

use std::{
	collections::HashMap,
	hash::Hash,
	time::{Duration, Instant},
};

/// How long a transaction may wait on an earlier nonce: eight slots of 3 s.
pub const OVERDUE: Duration = Duration::from_secs(24);

/// How many best blocks the chain must go on while it waits: a transaction held back by the
/// race is in the next block's view.
pub const OVERDUE_BLOCKS: u32 = 4;

/// How often the node looks at the pool's future transactions.
pub const CHECK_EVERY: Duration = Duration::from_secs(2);

/// When the node first saw each of the pool's future transactions, as future, and the best block
/// then.
#[derive(Debug)]
pub struct Waiting<H> {
	since: HashMap<H, (Instant, u32)>,
}

impl<H> Default for Waiting<H> {
	fn default() -> Self {
		Waiting { since: HashMap::new() }
	}
}

impl<H: Hash + Eq + Clone> Waiting<H> {
	/// The pool's future transactions at `now`, when the best block is `best`, are `futures`:
	/// those that have been future since [`OVERDUE`] and [`OVERDUE_BLOCKS`] ago or earlier, to be
	/// removed. A transaction no longer future (ready, included or gone) is forgotten, so the
	/// record holds at most what the pool's future queue does.
	pub fn overdue(
		&mut self,
		futures: impl IntoIterator<Item = H>,
		now: Instant,
		best: u32,
	) -> Vec<H> {
		let mut since = HashMap::with_capacity(self.since.len());
		let mut overdue = Vec::new();
		for hash in futures {
			let (at, at_best) = self.since.get(&hash).copied().unwrap_or((now, best));
			if now.saturating_duration_since(at) >= OVERDUE
				&& best.saturating_sub(at_best) >= OVERDUE_BLOCKS
			{
				overdue.push(hash);
			} else {
				since.insert(hash, (at, at_best));
			}
		}
		self.since = since;
		overdue
	}
}

/// Removes the future transactions of `pool` that have waited [`OVERDUE`] and
/// [`OVERDUE_BLOCKS`] (the best block's number is `best`), every [`CHECK_EVERY`], for as long as
/// the node runs.
pub async fn remove_overdue<P>(pool: std::sync::Arc<P>, best: impl Fn() -> u32)
where
	P: sc_transaction_pool_api::TransactionPool,
{
	use sc_transaction_pool_api::InPoolTransaction;
	let mut waiting = Waiting::default();
	let mut ticks = tokio::time::interval(CHECK_EVERY);
	ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	loop {
		ticks.tick().await;
		let futures = pool.futures();
		let hashes = futures.iter().map(|tx| tx.hash().clone());
		let overdue = waiting.overdue(hashes, Instant::now(), best());
		if overdue.is_empty() {
			continue;
		}
		let report = overdue.into_iter().map(|hash| (hash, None)).collect();
		let removed = pool.report_invalid(None, report).await;
		log::info!(
			"🧹 {} transaction(s) waited {} s on an earlier nonce of their sender: removed from the \
			 pool",
			removed.len(),
			OVERDUE.as_secs(),
		);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_future_transaction_is_overdue_after_waiting_its_time_and_not_before() {
		let start = Instant::now();
		let mut waiting = Waiting::default();
		assert!(waiting.overdue([1, 2], start, 100).is_empty());
		// 2 was promoted (or included) meanwhile; 3 started waiting later.
		assert!(waiting.overdue([1, 3], start + OVERDUE / 2, 104).is_empty());
		let almost = start + OVERDUE - Duration::from_millis(1);
		assert!(waiting.overdue([1, 3], almost, 108).is_empty());
		assert_eq!(waiting.overdue([1, 3], start + OVERDUE, 108), vec![1]);
		// 3 counts from when it was first seen, not from the start.
		assert!(waiting.overdue([3], start + OVERDUE + Duration::from_secs(1), 109).is_empty());
		assert_eq!(waiting.overdue([3], start + OVERDUE / 2 + OVERDUE, 110), vec![3]);
	}

	#[test]
	fn nothing_is_overdue_while_the_chain_stands_still() {
		let start = Instant::now();
		let mut waiting = Waiting::default();
		assert!(waiting.overdue([1], start, 100).is_empty());
		// A minute without a block (a stall): the race's victims wait for the next view.
		assert!(waiting.overdue([1], start + 60 * OVERDUE, 100 + OVERDUE_BLOCKS - 1).is_empty());
		assert_eq!(waiting.overdue([1], start + 60 * OVERDUE, 100 + OVERDUE_BLOCKS), vec![1]);
	}

	#[test]
	fn a_transaction_that_stops_waiting_is_forgotten_and_counts_anew_if_it_waits_again() {
		let start = Instant::now();
		let mut waiting = Waiting::default();
		assert!(waiting.overdue([7], start, 1).is_empty());
		// Ready for a while (its predecessor came), then future again (a reorganisation).
		assert!(waiting.overdue([], start + OVERDUE / 2, 5).is_empty());
		assert!(waiting.since.is_empty(), "nothing is kept for what is not waiting");
		assert!(waiting.overdue([7], start + OVERDUE, 9).is_empty());
		assert_eq!(waiting.overdue([7], start + 2 * OVERDUE, 17), vec![7]);
		assert!(waiting.since.is_empty(), "an overdue transaction is not kept either");
	}
}
