//! A submission over JSON-RPC waits, before the door, while the pool builds its view of a new
//! best block (at most [`WAIT_AT_MOST`]).
//!
//! Why. The fork-aware pool builds the view of each new best block from its parent's view and a
//! snapshot of its memory pool, then inserts it; a transaction submitted in between reaches only
//! the views that already exist (and the memory pool). The sender's next transaction, sent once
//! the node answered, then waits in the new view on the one that view lacks (a *future*
//! transaction), until the next block's view takes the missing one from the memory pool. If
//! the chain finalizes the parent block first, the pool removes the parent's view, and a future
//! transaction that no remaining view holds is dropped, as the pool drops those over its limits
//! (`LimitsEnforced`), and removed from the memory pool: it is lost although the node took it,
//! and its sender's later transactions wait on the gap until [`crate::pool_futures`] removes
//! them. On four validators sharing two cores a view took up to 0.8 s to build, finality follows
//! the best block within a block or two, and at 400 transfers a second 38 transfers were dropped
//! so and 448 more removed after them (`scripts/throughput-bench.sh --network --pool-metrics`).
//!
//! What the node does. It follows its best blocks and, for each, asks the pool for the ready set
//! at that block (`ready_at`, which answers once the view exists); a submission waits until the
//! pool has a view of the node's current best block, so that it reaches that view too. The wait
//! is bounded ([`WAIT_AT_MOST`]: a view the pool never builds, a node that stops following, only
//! delay a submission) and skipped while the node catches up (major sync), when blocks come
//! faster than views. What it costs: a submission made while a view is built waits for it, a few
//! hundred milliseconds at most under load, a few milliseconds otherwise.

use std::{sync::Arc, time::Duration};

use futures::{Stream, StreamExt};
use tokio::sync::watch;

/// How long a submission waits, at most, for the pool's view of the best block.
pub const WAIT_AT_MOST: Duration = Duration::from_secs(1);

/// How long the node waits, at most, for the pool to build the view of one best block before it
/// looks at the next.
pub const FOLLOW_AT_MOST: Duration = Duration::from_secs(6);

/// The best block of the node (none while it catches up) and the last best block the pool has a
/// view of.
pub struct Views<H> {
	best: Box<dyn Fn() -> Option<H> + Send + Sync>,
	built: watch::Receiver<Option<H>>,
}

impl<H: Clone + PartialEq + Send + Sync> Views<H> {
	/// Views whose best block `best` tells (none: do not wait) and whose built views [`follow`]
	/// sends to `built`'s sender.
	pub fn new(
		best: Box<dyn Fn() -> Option<H> + Send + Sync>,
		built: watch::Receiver<Option<H>>,
	) -> Self {
		Views { best, built }
	}

	/// Waits until the pool has a view of the node's best block, or `limit` has passed: whether
	/// it has. Nothing waits while the node catches up, or before the first view was followed.
	pub async fn until_built(&self, limit: Duration) -> bool {
		if (self.best)().is_none() {
			return true;
		}
		let mut built = self.built.clone();
		let best = &self.best;
		// Before the first view is followed (a node just started) nothing waits either.
		let wait = built.wait_for(|built| match (best(), built) {
			(Some(best), Some(built)) => *built == best,
			_ => true,
		});
		let outcome = tokio::time::timeout(limit, wait).await;
		matches!(outcome, Ok(Ok(_)))
	}
}

/// Follows `bests` (the node's best blocks as they are imported): for each, once `view_of` (the
/// pool's `ready_at`) answers, or `limit` ([`FOLLOW_AT_MOST`]) has passed, the block is sent to
/// `built` (whatever came meanwhile is skipped for the latest, as the pool builds the views of
/// best blocks only).
pub async fn follow<H, F>(
	bests: impl Stream<Item = H> + Unpin,
	view_of: impl Fn(H) -> F,
	built: watch::Sender<Option<H>>,
	limit: Duration,
) where
	H: Clone,
	F: std::future::Future<Output = ()>,
{
	let mut bests = bests.ready_chunks(64);
	while let Some(chunk) = bests.next().await {
		let Some(best) = chunk.last().cloned() else { continue };
		let _ = tokio::time::timeout(limit, view_of(best.clone())).await;
		built.send_replace(Some(best));
	}
}

/// [`Views`] of `pool` on `client`'s chain, and the task that follows them (to spawn).
pub fn of_pool<Block, Client, Pool>(
	client: Arc<Client>,
	pool: Arc<Pool>,
	syncing: Arc<dyn sp_consensus::SyncOracle + Send + Sync>,
) -> (Views<Block::Hash>, impl std::future::Future<Output = ()> + Send)
where
	Block: sp_runtime::traits::Block,
	Client: sc_client_api::BlockchainEvents<Block>
		+ sp_blockchain::HeaderBackend<Block>
		+ Send
		+ Sync
		+ 'static,
	Pool: sc_transaction_pool_api::TransactionPool<Block = Block> + 'static,
{
	let (sender, receiver) = watch::channel(None);
	let chain = client.clone();
	let views = Views::new(
		Box::new(move || (!syncing.is_major_syncing()).then(|| chain.info().best_hash)),
		receiver,
	);
	let bests = client
		.import_notification_stream()
		.filter_map(|n| futures::future::ready(n.is_new_best.then_some(n.hash)));
	let task = async move {
		follow(
			Box::pin(bests),
			|at| {
				let pool = pool.clone();
				async move {
					pool.ready_at(at).await;
				}
			},
			sender,
			FOLLOW_AT_MOST,
		)
		.await
	};
	(views, task)
}

#[cfg(test)]
mod tests {
	use std::{
		sync::{
			atomic::{AtomicU32, Ordering},
			Mutex,
		},
		time::Instant,
	};

	use super::*;

	/// A view build, in these tests.
	const BUILD: Duration = Duration::from_millis(200);
	/// The wait's limit, in these tests.
	const LIMIT: Duration = Duration::from_millis(400);

	fn views_at(best: Arc<AtomicU32>) -> (Views<u32>, watch::Sender<Option<u32>>) {
		let (sender, receiver) = watch::channel(None);
		let views = Views::new(Box::new(move || Some(best.load(Ordering::SeqCst))), receiver);
		(views, sender)
	}

	#[tokio::test]
	async fn a_submission_waits_while_the_view_of_the_best_block_is_built() {
		let best = Arc::new(AtomicU32::new(7));
		let (views, built) = views_at(best.clone());
		built.send_replace(Some(7));
		let start = Instant::now();
		assert!(views.until_built(LIMIT).await, "the view exists");
		assert!(start.elapsed() < BUILD / 2, "no wait: {:?}", start.elapsed());

		// Block 8 imported, its view being built: the submission waits for it.
		best.store(8, Ordering::SeqCst);
		let done = tokio::spawn(async move {
			let start = Instant::now();
			(views.until_built(LIMIT * 10).await, start.elapsed())
		});
		tokio::time::sleep(BUILD).await;
		assert!(!done.is_finished(), "it waits for the view");
		built.send_replace(Some(8));
		let (has_view, waited) = done.await.unwrap();
		assert!(has_view);
		assert!(waited >= BUILD && waited < LIMIT * 10, "{waited:?}");
	}

	#[tokio::test]
	async fn the_wait_follows_the_best_block_and_is_bounded() {
		let best = Arc::new(AtomicU32::new(8));
		let (views, built) = views_at(best.clone());
		built.send_replace(Some(7));
		let views = Arc::new(views);
		let waiting = {
			let views = views.clone();
			tokio::spawn(async move { views.until_built(LIMIT * 10).await })
		};
		// The view of 8 is skipped, 9 is the best now: the view of 9 ends the wait, not 8's.
		tokio::time::sleep(BUILD / 2).await;
		best.store(9, Ordering::SeqCst);
		built.send_replace(Some(8));
		tokio::time::sleep(BUILD / 2).await;
		assert!(!waiting.is_finished());
		built.send_replace(Some(9));
		assert!(waiting.await.unwrap());

		// A view never built: the submission goes on after the limit, told so.
		best.store(10, Ordering::SeqCst);
		let start = Instant::now();
		assert!(!views.until_built(LIMIT).await);
		assert!(start.elapsed() >= LIMIT && start.elapsed() < LIMIT * 5, "{:?}", start.elapsed());
	}

	#[tokio::test]
	async fn nothing_waits_while_the_node_catches_up_or_before_the_first_view() {
		let (sender, receiver) = watch::channel(Some(3));
		let views = Views::new(Box::new(|| None), receiver);
		let start = Instant::now();
		assert!(views.until_built(LIMIT).await);
		drop(sender);

		let (views, _built) = views_at(Arc::new(AtomicU32::new(1)));
		assert!(views.until_built(LIMIT).await);
		assert!(start.elapsed() < BUILD / 2, "no wait: {:?}", start.elapsed());
	}

	#[tokio::test]
	async fn following_sends_each_best_block_once_the_pool_has_its_view() {
		let (sender, mut built) = watch::channel(None);
		let (bests, stream) = futures::channel::mpsc::unbounded::<u32>();
		let asked = Arc::new(Mutex::new(Vec::new()));
		let follower = {
			let asked = asked.clone();
			tokio::spawn(follow(
				stream,
				move |at| {
					asked.lock().unwrap().push(at);
					// The pool builds a view in BUILD; the view of 13 never comes.
					let build = if at == 13 { LIMIT * 100 } else { BUILD };
					tokio::time::sleep(build)
				},
				sender,
				LIMIT * 3,
			))
		};
		bests.unbounded_send(11).unwrap();
		tokio::time::sleep(BUILD / 2).await;
		assert_eq!(*built.borrow_and_update(), None, "not before the pool has the view");
		tokio::time::timeout(LIMIT * 2, built.changed()).await.unwrap().unwrap();
		assert_eq!(*built.borrow_and_update(), Some(11));

		// Two come at once: only the later is waited for, and its view never comes.
		bests.unbounded_send(12).unwrap();
		bests.unbounded_send(13).unwrap();
		tokio::time::sleep(LIMIT).await;
		assert_eq!(*built.borrow_and_update(), Some(11), "13's view is not there");
		tokio::time::timeout(LIMIT * 5, built.changed()).await.unwrap().unwrap();
		assert_eq!(*built.borrow_and_update(), Some(13), "after the limit it is taken as built");
		assert_eq!(*asked.lock().unwrap(), vec![11, 13]);

		drop(bests);
		follower.await.unwrap();
	}
}
