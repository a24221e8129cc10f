//! A submission over JSON-RPC waits, once the door has let it in, while the fork-aware pool
//! builds its view of a new best block (at most [`WAIT_AT_MOST`]).
//!
//! Why. For each new best block the fork-aware pool takes a view to start from (the best one on
//! the block's route), adds a snapshot of its memory pool, and inserts the new view; a
//! transaction submitted between the snapshot and the insertion reaches only the views that
//! already exist (and the memory pool). The sender's next transaction, sent once the node
//! answered, then waits in the new view on the one that view lacks (a *future* transaction),
//! until the next block's view takes the missing one from the memory pool. If finality removes
//! the older views first, a future transaction that no remaining view holds is dropped, as the
//! pool drops those over its limits (`LimitsEnforced`, though no limit was reached), and removed
//! from the memory pool: lost although the node took it, and its sender's later transactions
//! wait on the gap until [`crate::pool_futures`] removes them. On four validators sharing two
//! cores a view took up to 0.8 s to build and finality follows the best block within a block
//! or two: at 400 transfers a second 38 transfers were dropped so and 448 more removed after
//! them (`scripts/throughput-bench.sh --network --pool-metrics`).
//!
//! What the node does. It follows the best blocks it announces to the pool and, for each, asks
//! the pool for the ready set at that block (`ready_at`, answered once the view is inserted); a
//! submission waits while the node's best block is one announced and not yet built, so that it
//! reaches that view too. A best block not announced within [`UNANNOUNCED`] (one imported while
//! the node caught up, which the pool never builds a view of) is not waited for; nothing waits
//! while the node catches up (major sync), before the first view, or with the single-state pool
//! (it has no views). What it costs: a submission made while a view is built waits for it (up
//! to 0.8 s measured under load on four validators, milliseconds on an idle node); one that
//! waits [`WAIT_AT_MOST`] goes on, and the node warns.
//!
//! What it does not cover: a transaction that reaches a validator by gossip enters its pool
//! whenever it comes, so a validator that is sent a sender's transactions by another node can
//! still hold one as future in a view that finality removes; the loss is then on that validator
//! only (the node the client submitted to keeps it). With `--intrusion-detection-mode off` the
//! node's JSON-RPC is `sc-service`'s, without the door or this wait.

use std::{sync::Arc, time::Duration};

use futures::{future::Either, Stream, StreamExt};
use tokio::sync::watch;

/// How long a submission waits, at most, for the pool's view of the best block.
pub const WAIT_AT_MOST: Duration = Duration::from_secs(2);

/// How long a best block may go unannounced to the pool before a submission stops waiting for
/// its view (the node announces a block it imports within milliseconds).
pub const UNANNOUNCED: Duration = Duration::from_millis(100);

/// How long the node waits, at most, for the pool to build the view of one best block, when no
/// later best block comes first.
pub const FOLLOW_AT_MOST: Duration = Duration::from_secs(6);

/// The last best block announced to the pool, and the last one it has a view of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Followed<H> {
	/// The last best block announced.
	pub announced: Option<H>,
	/// The last best block whose view the pool built (or that was waited for long enough).
	pub built: Option<H>,
}

impl<H> Default for Followed<H> {
	fn default() -> Self {
		Followed { announced: None, built: None }
	}
}

/// The best block of the node (none while it catches up) and what [`follow`] saw of the pool.
pub struct Views<H> {
	best: Box<dyn Fn() -> Option<H> + Send + Sync>,
	followed: watch::Receiver<Followed<H>>,
}

impl<H: Clone + PartialEq + Send + Sync> Views<H> {
	/// Views whose best block `best` tells (none: do not wait) and that [`follow`] follows into
	/// `followed`.
	pub fn new(
		best: Box<dyn Fn() -> Option<H> + Send + Sync>,
		followed: watch::Receiver<Followed<H>>,
	) -> Self {
		Views { best, followed }
	}

	/// Waits while the pool builds the view of the node's best block, at most `limit`: whether
	/// it did not have to wait that long. Nothing waits while the node catches up, before the
	/// first view was followed, or for a best block not announced within [`UNANNOUNCED`].
	pub async fn until_built(&self, limit: Duration) -> bool {
		let best = &self.best;
		let start = tokio::time::Instant::now();
		let mut followed = self.followed.clone();
		// Built, or no view to wait for.
		let settled = |f: &Followed<H>| match (best(), &f.built) {
			(Some(best), Some(built)) => *built == best,
			_ => true,
		};
		let announced = followed.wait_for(|f| {
			settled(f) || best().is_some_and(|best| f.announced.as_ref() == Some(&best))
		});
		match tokio::time::timeout(UNANNOUNCED.min(limit), announced).await {
			Ok(Ok(_)) => {},
			// Not announced: the pool builds no view of it. Or the follower is gone.
			Err(_) | Ok(Err(_)) => return true,
		}
		let built = followed.wait_for(|f| {
			settled(f) || best().is_some_and(|best| f.announced.as_ref() != Some(&best))
		});
		let left = limit.saturating_sub(start.elapsed());
		let outcome = tokio::time::timeout(left, built).await;
		!matches!(outcome, Err(_))
	}
}

/// Follows `bests` (the best blocks announced to the pool, as they come): each is noted as
/// announced, then as built once `view_of` (the pool's `ready_at`) answers or `limit`
/// ([`FOLLOW_AT_MOST`]) has passed; a later best block coming first is followed instead (the
/// pool may skip the earlier's view).
pub async fn follow<H, F>(
	mut bests: impl Stream<Item = H> + Unpin,
	view_of: impl Fn(H) -> F,
	followed: watch::Sender<Followed<H>>,
	limit: Duration,
) where
	H: Clone,
	F: std::future::Future<Output = ()>,
{
	let mut next = bests.next().await;
	while let Some(best) = next.take() {
		followed.send_modify(|f| f.announced = Some(best.clone()));
		let view = Box::pin(tokio::time::timeout(limit, view_of(best.clone())));
		match futures::future::select(view, bests.next()).await {
			Either::Left(_) => {
				followed.send_modify(|f| f.built = Some(best));
				next = bests.next().await;
			},
			Either::Right((later, _)) => next = later,
		}
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
	let (sender, receiver) = watch::channel(Followed::default());
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
	const BUILD: Duration = Duration::from_millis(300);
	/// The wait's limit, in these tests.
	const LIMIT: Duration = Duration::from_millis(1200);

	fn followed(announced: u32, built: u32) -> Followed<u32> {
		Followed { announced: Some(announced), built: Some(built) }
	}

	fn views_at(
		best: Arc<AtomicU32>,
		now: Followed<u32>,
	) -> (Arc<Views<u32>>, watch::Sender<Followed<u32>>) {
		let (sender, receiver) = watch::channel(now);
		let views = Views::new(Box::new(move || Some(best.load(Ordering::SeqCst))), receiver);
		(Arc::new(views), sender)
	}

	/// `views.until_built(limit)` on a task of its own: what it answers, and how long it waited.
	fn waiting(
		views: &Arc<Views<u32>>,
		limit: Duration,
	) -> tokio::task::JoinHandle<(bool, Duration)> {
		let views = views.clone();
		tokio::spawn(async move {
			let start = Instant::now();
			(views.until_built(limit).await, start.elapsed())
		})
	}

	#[tokio::test]
	async fn a_submission_waits_while_the_pool_builds_the_view_of_the_best_block() {
		let best = Arc::new(AtomicU32::new(7));
		let (views, follower) = views_at(best.clone(), followed(7, 7));
		let (done, waited) = waiting(&views, LIMIT).await.unwrap();
		assert!(done && waited < BUILD / 3, "the view exists, no wait: {waited:?}");

		// Block 8 imported and announced, its view being built: the submission waits for it.
		best.store(8, Ordering::SeqCst);
		follower.send_replace(followed(8, 7));
		let submission = waiting(&views, LIMIT);
		tokio::time::sleep(BUILD).await;
		assert!(!submission.is_finished(), "it waits for the view");
		follower.send_replace(followed(8, 8));
		let (done, waited) = submission.await.unwrap();
		assert!(done && waited >= BUILD && waited < LIMIT, "{waited:?}");
	}

	#[tokio::test]
	async fn a_best_block_announced_a_moment_after_its_import_is_waited_for() {
		// Imported (the node's best) but not announced yet: the announcement comes, then the view.
		let best = Arc::new(AtomicU32::new(8));
		let (views, follower) = views_at(best, followed(7, 7));
		let submission = waiting(&views, LIMIT);
		tokio::time::sleep(UNANNOUNCED / 4).await;
		follower.send_replace(followed(8, 7));
		tokio::time::sleep(BUILD).await;
		assert!(!submission.is_finished(), "it waits for the view");
		follower.send_replace(followed(8, 8));
		let (done, waited) = submission.await.unwrap();
		assert!(done && waited >= BUILD, "{waited:?}");
	}

	#[tokio::test]
	async fn a_best_block_never_announced_is_not_waited_for_beyond_a_moment() {
		// Imported while the node caught up: the pool is never told, so builds no view of it.
		let best = Arc::new(AtomicU32::new(9));
		let (views, _follower) = views_at(best, followed(7, 7));
		let (done, waited) = waiting(&views, LIMIT).await.unwrap();
		assert!(done, "nothing was waited for");
		assert!(waited >= UNANNOUNCED && waited < BUILD, "{waited:?}");
	}

	#[tokio::test]
	async fn the_wait_is_bounded() {
		let best = Arc::new(AtomicU32::new(10));
		let (views, _follower) = views_at(best, followed(10, 9));
		let (done, waited) = waiting(&views, BUILD).await.unwrap();
		assert!(!done, "the view did not come in time");
		assert!(waited >= BUILD && waited < LIMIT, "{waited:?}");
	}

	#[tokio::test]
	async fn nothing_waits_while_the_node_catches_up_or_before_the_first_view() {
		let (_follower, receiver) = watch::channel(followed(4, 3));
		let catching_up = Arc::new(Views::new(Box::new(|| None), receiver));
		let (done, waited) = waiting(&catching_up, LIMIT).await.unwrap();
		assert!(done && waited < BUILD / 3, "{waited:?}");

		let best = Arc::new(AtomicU32::new(1));
		let (views, _follower) = views_at(best, Followed { announced: Some(1), built: None });
		let (done, waited) = waiting(&views, LIMIT).await.unwrap();
		assert!(done && waited < BUILD / 3, "{waited:?}");
	}

	#[tokio::test]
	async fn following_notes_each_best_block_announced_then_built() {
		let (sender, mut seen) = watch::channel(Followed::default());
		let (bests, stream) = futures::channel::mpsc::unbounded::<u32>();
		let asked = Arc::new(Mutex::new(Vec::new()));
		let follower = {
			let asked = asked.clone();
			tokio::spawn(follow(
				stream,
				move |at| {
					asked.lock().unwrap().push(at);
					// The pool builds a view in BUILD; the views of 12 and 14 never come.
					let build = if at == 12 || at == 14 { LIMIT * 100 } else { BUILD };
					tokio::time::sleep(build)
				},
				sender,
				LIMIT,
			))
		};
		bests.unbounded_send(11).unwrap();
		tokio::time::sleep(BUILD / 3).await;
		assert_eq!(*seen.borrow_and_update(), Followed { announced: Some(11), built: None });
		tokio::time::timeout(LIMIT, seen.wait_for(|f| f.built.is_some())).await.unwrap().unwrap();
		assert_eq!(*seen.borrow_and_update(), followed(11, 11));

		// 12's view does not come, 13 does: 13 is followed instead, and built.
		bests.unbounded_send(12).unwrap();
		tokio::time::sleep(BUILD / 3).await;
		assert_eq!(*seen.borrow_and_update(), followed(12, 11));
		bests.unbounded_send(13).unwrap();
		tokio::time::timeout(LIMIT, seen.wait_for(|f| f.built == Some(13))).await.unwrap().unwrap();

		// 14's view never comes and nothing follows: after the limit it counts as built.
		bests.unbounded_send(14).unwrap();
		tokio::time::sleep(BUILD).await;
		assert_eq!(*seen.borrow_and_update(), followed(14, 13));
		tokio::time::timeout(LIMIT * 2, seen.wait_for(|f| f.built == Some(14)))
			.await
			.unwrap()
			.unwrap();
		assert_eq!(*asked.lock().unwrap(), vec![11, 12, 13, 14]);

		drop(bests);
		follower.await.unwrap();
	}
}
