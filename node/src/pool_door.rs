//! The transaction pool's door: a transaction submitted over JSON-RPC is refused while the pool
//! already holds what its limits allow, with the pool's own retryable error, rather than taken
//! in and evicted later.
//!
//! Why the node needs one. The fork-aware pool takes a submission into its memory pool up to
//! `--pool-limit` ready plus a tenth of that future transactions, but each of its views (one per
//! block it may build on) holds at most `--pool-limit` ready ones, and a view over its limit
//! evicts its **oldest** transactions (and the later ones of their senders), bans them, and tells
//! only watchers. Offered more than blocks include, a node therefore answered "accepted" and
//! then silently lost the transaction (2 to 15 % of the transfers of the throughput benchmark at
//! 2.3 times the chain's ceiling; a third of those a 16-transaction pool took under a 20-fold
//! overload). With the door, what the pool holds plus what was let in but not yet imported never
//! exceeds the views' limit: a view never evicts what a client was told it took, and the excess
//! is refused at once with JSON-RPC error 1016 (`Immediately Dropped`, as the pool itself
//! answers when full), which says to try again after a block.
//!
//! Priority still counts: a transaction of the operational class (a council motion, a vote)
//! passes the door when the pool is full, and the pool makes room for it by replacing a
//! lower-priority one, which is what the pool does for a full memory pool too.

use std::{
	collections::HashMap,
	sync::Mutex,
	time::{Duration, Instant},
};

use jsonrpsee::types::ErrorObjectOwned;
use sc_transaction_pool_api::PoolStatus;

/// The pool's own error code for a transaction it could not take because of its limits
/// (`sc-rpc-api`'s `POOL_IMMEDIATELY_DROPPED`).
pub const POOL_FULL: i32 = 1016;

/// How long a submission let in counts as on its way into the pool, unless its import is seen
/// first: the pool validates a transaction in milliseconds; one it refused is never imported.
const ON_ITS_WAY: Duration = Duration::from_secs(2);

/// What a view of the pool holds ready, at most: the door keeps to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
	/// `--pool-limit`: transactions.
	pub count: usize,
	/// `--pool-kbytes`, in bytes.
	pub bytes: usize,
}

impl From<&sc_cli::TransactionPoolParams> for Limits {
	fn from(params: &sc_cli::TransactionPoolParams) -> Self {
		Limits { count: params.pool_limit, bytes: params.pool_kbytes.saturating_mul(1024) }
	}
}

/// What the door lets through.
pub struct PoolDoor {
	/// The pool's occupancy now (its best view's ready and future transactions).
	status: Box<dyn Fn() -> PoolStatus + Send + Sync>,
	/// The most transactions, and bytes, a view holds ready: `--pool-limit` and `--pool-kbytes`.
	max_count: usize,
	max_bytes: usize,
	/// Let in, not yet seen imported: hash → when, and its length.
	on_its_way: Mutex<HashMap<[u8; 32], (Instant, usize)>>,
}

/// What the door is asked to let through: a submitted transaction's pool hash and length, and
/// whether it is operational (it may then take a normal one's place in a full pool).
pub struct Entrant {
	pub hash: [u8; 32],
	pub len: usize,
	pub operational: bool,
}

impl PoolDoor {
	/// A door before a pool whose occupancy `status` tells, whose views hold at most `limits`.
	pub fn new(status: Box<dyn Fn() -> PoolStatus + Send + Sync>, limits: Limits) -> Self {
		PoolDoor {
			status,
			max_count: limits.count,
			max_bytes: limits.bytes,
			on_its_way: Mutex::new(HashMap::new()),
		}
	}

	/// Lets `entrant` through at `now` if the pool, with what is on its way into it, has room for
	/// it; otherwise refuses it with [`POOL_FULL`]. An operational transaction has a tenth more
	/// room (the memory pool's own margin over a view's): the pool replaces normal ones to take
	/// it, and anyone flooding the class pays its fees and meets intrusion detection first.
	pub fn admit(&self, entrant: &Entrant, now: Instant) -> Result<(), ErrorObjectOwned> {
		let mut on_its_way = self.on_its_way.lock().unwrap_or_else(|e| e.into_inner());
		on_its_way.retain(|_, (at, _)| now.saturating_duration_since(*at) < ON_ITS_WAY);
		if on_its_way.get(&entrant.hash).is_none() {
			let (max_count, max_bytes) = if entrant.operational {
				(
					self.max_count.saturating_add((self.max_count / 10).max(1)),
					self.max_bytes.saturating_add(self.max_bytes / 10),
				)
			} else {
				(self.max_count, self.max_bytes)
			};
			let status = (self.status)();
			let count = status
				.ready
				.saturating_add(status.future)
				.saturating_add(on_its_way.len())
				.saturating_add(1);
			let bytes = status
				.ready_bytes
				.saturating_add(status.future_bytes)
				.saturating_add(on_its_way.values().map(|(_, len)| len).sum())
				.saturating_add(entrant.len);
			if count > max_count || bytes > max_bytes {
				return Err(ErrorObjectOwned::owned(
					POOL_FULL,
					"Immediately Dropped",
					Some(format!(
						"The pool holds what the next blocks can include ({} transactions, {} \
						 waiting to enter; at most {} or {} KiB): try again after the next block",
						status.ready.saturating_add(status.future),
						on_its_way.len(),
						self.max_count,
						self.max_bytes / 1024,
					)),
				));
			}
		}
		on_its_way.insert(entrant.hash, (now, entrant.len));
		Ok(())
	}

	/// The pool imported transaction `hash`: it counts in the pool's status from now on.
	pub fn imported(&self, hash: &[u8; 32]) {
		self.on_its_way.lock().unwrap_or_else(|e| e.into_inner()).remove(hash);
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	};

	/// A door before a pool of `ready` transactions of 100 bytes, holding at most 4 (or 1 KiB).
	fn door(ready: Arc<AtomicUsize>) -> PoolDoor {
		PoolDoor::new(
			Box::new(move || {
				let ready = ready.load(Ordering::Relaxed);
				PoolStatus { ready, ready_bytes: ready * 100, future: 0, future_bytes: 0 }
			}),
			Limits { count: 4, bytes: 1024 },
		)
	}

	fn entrant(n: u8) -> Entrant {
		Entrant { hash: [n; 32], len: 100, operational: false }
	}

	#[test]
	fn what_is_on_its_way_counts_until_the_pool_imports_it() {
		let ready = Arc::new(AtomicUsize::new(2));
		let door = door(ready.clone());
		let now = Instant::now();
		// 2 in the pool: two more may enter; the third is refused with the pool's own error.
		assert!(door.admit(&entrant(1), now).is_ok());
		assert!(door.admit(&entrant(2), now).is_ok());
		let refused = door.admit(&entrant(3), now).unwrap_err();
		assert_eq!(refused.code(), POOL_FULL);
		assert_eq!(refused.message(), "Immediately Dropped");
		assert!(refused.data().unwrap().get().contains("try again after the next block"));
		// Both imported (now in the pool's count): still full.
		door.imported(&[1; 32]);
		door.imported(&[2; 32]);
		ready.store(4, Ordering::Relaxed);
		assert!(door.admit(&entrant(3), now).is_err());
		// A block took three: room for three again.
		ready.store(1, Ordering::Relaxed);
		for n in 3..6 {
			assert!(door.admit(&entrant(n), now).is_ok(), "{n}");
		}
		assert!(door.admit(&entrant(6), now).is_err());
	}

	#[test]
	fn a_submission_never_imported_stops_counting_after_a_while() {
		let door = door(Arc::new(AtomicUsize::new(3)));
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		assert!(door.admit(&entrant(2), now).is_err());
		// The pool refused the first (it is never imported): after ON_ITS_WAY it is forgotten.
		assert!(door.admit(&entrant(2), now + ON_ITS_WAY).is_ok());
	}

	#[test]
	fn the_same_transaction_again_and_operational_ones_pass_a_full_door() {
		let door = door(Arc::new(AtomicUsize::new(3)));
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		assert!(door.admit(&entrant(2), now).is_err());
		// Sent again (a lost answer): it is already counted, not a new one.
		assert!(door.admit(&entrant(1), now).is_ok());
		// A council motion: the pool replaces a normal transaction to take it, within a tenth
		// more room (here one), and no further.
		let motion = |n| Entrant { hash: [n; 32], len: 100, operational: true };
		assert!(door.admit(&motion(9), now).is_ok());
		assert!(door.admit(&motion(10), now).is_err());
	}

	#[test]
	fn bytes_count_as_well_as_transactions() {
		let door = door(Arc::new(AtomicUsize::new(0)));
		let big = Entrant { hash: [1; 32], len: 1000, operational: false };
		assert!(door.admit(&big, Instant::now()).is_ok());
		assert!(door.admit(&entrant(2), Instant::now()).is_err());
	}
}
