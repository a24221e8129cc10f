//! The transaction pool's door: a transaction submitted over JSON-RPC is refused while the pool
//! already holds what its limits allow, with the pool's own retryable error, rather than taken
//! in and evicted later.
//!
//! Why the node needs one. The fork-aware pool takes a submission into its memory pool up to
//! its ready and future limits together, but each of its views (one per
//! block it may build on) holds at most `--pool-limit` ready ones, and a view over its limit
//! evicts its **oldest** transactions (and the later ones of their senders), bans them, and tells
//! only watchers. Offered more than blocks include, a node therefore answered "accepted" and
//! then silently lost the transaction (15 of the 46 transfers a 16-transaction pool took under a
//! 20-fold overload). With the door, what the pool holds plus what was let in and is not yet in
//! its status never exceeds what a view holds: the excess is refused at once with JSON-RPC error
//! 1016 (`Immediately Dropped`, as the pool itself answers when full), which says to try again
//! after a block.
//!
//! Normal transactions fill the pool up to a share of its limits (`--pool-door-percent`: nine
//! tenths unless told, at most that); the rest is kept for the operational class (council
//! motions and votes, runtime upgrades), so that governance gets in whatever the normal load, for
//! unsigned transactions (equivocation reports, which the pool ranks above any normal load), and
//! for what other members' nodes let in at their doors and gossip here before this door sees it:
//! where several members' nodes take load, their shares together must fit the pool, or a burst
//! at every door at once overflows it (measured on four nodes: docs/consortium.md). Anyone can
//! send an operational call that fails at dispatch (a motion by a non-member): such a flood can
//! fill the kept room, never the normal share, and the node's intrusion detection throttles it
//! like any flood.
//!
//! The pool behind the door keeps as many future transactions (those waiting on an earlier
//! nonce) as ready ones, not sc-cli's tenth ([`PoolSettings`]): the fork-aware pool builds a view
//! for each new block from its parent's and then from its memory pool, and a transaction
//! submitted while that view is built reaches the other views only. A sender's next transaction,
//! sent once the node answered, then waits in the new view on one it does not have (until the
//! next block's view takes it from the memory pool). On four validators sharing two cores a view
//! took up to 0.8 s to build, and at 1,000 transfers a second from 512 senders more than a tenth
//! of the pool waited so: the view evicted the oldest of them and the pool dropped them, and each
//! one dropped left a gap that its sender's later transactions waited on until they were evicted
//! in turn. 14,661 transfers were taken and silently dropped in that
//! step (measured with `scripts/throughput-bench.sh --network --pool-metrics`: the pool's own
//! counts of future and dropped transactions rose together). Since then a submission also waits,
//! once let in, while the pool builds its view of a new best block ([`crate::pool_views`]), which
//! closes that race for what is submitted here. The door already counts future
//! transactions with the ready ones, so the pool never holds more than a view's limit either way;
//! and since a future transaction sent after a gap nobody fills would hold its room for good,
//! the node removes those that wait too long ([`crate::pool_futures`]). Such transactions cost
//! their sender nothing (they are never included), so the door also bounds what one account can
//! send ahead of its nonce on chain: at most [`MOST_AHEAD`] transactions, and none larger than
//! [`LARGEST_AHEAD`] (a larger one is taken once it is its sender's next), so that one account's
//! waiting transactions hold at most 512 KiB (a seventh of the door's bytes at `--pool-kbytes
//! 4096` and nine tenths, a ninth at the service file's 20,480 and 22 %); without that, three
//! remarks of 1.5 MiB after a gap, signed again every 24 s, would fill the door's bytes. Both
//! refusals are the door's retryable one: the transaction is taken once the sender's earlier
//! ones are in blocks.
//!
//! What the door does not cover: transactions gossiped by other nodes enter under the pool's
//! own limits (a door on gossip was tried and measured: a validator refusing some of a sender's
//! gossiped transactions is never offered them again, so the sender's later ones wait there on a
//! nonce that never comes, and on four validators the three that were not sent the load built
//! nearly empty blocks: 91 anchors a second instead of 187); `transaction_v1_broadcast` resubmits by itself after a refusal; and with
//! `--intrusion-detection-mode off` the node serves `sc-service`'s JSON-RPC unguarded, door
//! included.

use std::{
	collections::{HashMap, VecDeque},
	sync::Mutex,
	time::{Duration, Instant},
};

use codec::Encode;
use jsonrpsee::types::ErrorObjectOwned;
use sc_transaction_pool_api::PoolStatus;
use sp_runtime::traits::Hash as _;

/// The pool's own error code for a transaction it could not take because of its limits
/// (`sc-rpc-api`'s `POOL_IMMEDIATELY_DROPPED`).
pub const POOL_FULL: i32 = 1016;

/// How long a submission let in counts as on its way into the pool when the door is not told
/// that its call ended: a watched submission (`author_submitAndWatchExtrinsic`) answers before
/// the pool has it, and the pool validates a transaction in milliseconds; one it refused is
/// never imported.
const ON_ITS_WAY: Duration = Duration::from_secs(1);

/// How the node's pool is made, from the command line's pool options.
#[derive(Clone, Debug)]
pub struct PoolSettings {
	/// What a view holds, at most: the door keeps to it.
	pub limits: Limits,
	/// `--pool-type`: fork-aware unless asked otherwise.
	pub fork_aware: bool,
	/// `--tx-ban-seconds`, or sc-cli's default: none on `--dev`, 30 minutes otherwise.
	pub ban: Duration,
	/// `--pool-door-percent`: the share of `limits` normal transactions submitted here may fill.
	pub normal_percent: u8,
}

impl PoolSettings {
	/// The settings `params` give, on a `--dev` node if `dev`, the door letting normal
	/// transactions fill [`NORMAL_PERCENT`] of the limits.
	pub fn new(params: &sc_cli::TransactionPoolParams, dev: bool) -> Self {
		let default_ban = if dev { Duration::ZERO } else { Duration::from_secs(30 * 60) };
		PoolSettings {
			limits: Limits::from(params),
			fork_aware: matches!(params.pool_type, sc_cli::TransactionPoolType::ForkAware),
			ban: params.tx_ban_seconds.map(Duration::from_secs).unwrap_or(default_ban),
			normal_percent: NORMAL_PERCENT,
		}
	}

	/// The same, the door letting normal transactions fill `percent` of the limits
	/// (`--pool-door-percent`), at least 1 and at most [`NORMAL_PERCENT`].
	pub fn with_normal_percent(mut self, percent: u8) -> Self {
		self.normal_percent = percent.clamp(1, NORMAL_PERCENT);
		self
	}

	/// The pool's options: ready transactions up to `--pool-limit` and `--pool-kbytes`, as
	/// sc-cli sets them, and future ones up to the same, not a tenth of it (the module's docs say
	/// why). Submitted over JSON-RPC, future transactions count at the door with the ready ones;
	/// gossiped, the pool's own limits bound them, as they always did.
	pub fn options(&self) -> sc_transaction_pool::Options {
		let limit = sc_transaction_pool::PoolLimit {
			count: self.limits.count,
			total_bytes: self.limits.bytes,
		};
		sc_transaction_pool::Options {
			ready: limit.clone(),
			future: limit,
			reject_future_transactions: false,
			ban_time: self.ban,
		}
	}
}

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

/// The share of the pool's limits, in percent, that normal transactions submitted over
/// JSON-RPC may fill unless told otherwise (`--pool-door-percent`), and the most they may: the
/// rest is kept for the operational class, and for what other nodes gossip.
pub const NORMAL_PERCENT: u8 = 90;

/// `percent` of `limits`, rounded down.
fn share(limits: Limits, percent: u8) -> Limits {
	let percent = usize::from(percent);
	Limits {
		count: limits.count.saturating_mul(percent) / 100,
		bytes: limits.bytes.saturating_mul(percent) / 100,
	}
}

/// What the door lets through.
pub struct PoolDoor {
	/// The pool's occupancy now (its most recent view's ready and future transactions).
	status: Box<dyn Fn() -> PoolStatus + Send + Sync>,
	/// An account's nonce on chain.
	nonce_of: NonceOf,
	/// What a view holds: the most an operational transaction may fill.
	limits: Limits,
	/// What normal transactions may fill: [`NORMAL_PERCENT`] of `limits` unless told otherwise
	/// ([`Self::with_normal_percent`]); the rest is kept for operational ones, and for what other
	/// nodes gossip.
	normal: Limits,
	on_its_way: Mutex<OnItsWay>,
	/// Whether the pool has a view of the best block yet ([`crate::pool_views`]).
	views: Option<crate::pool_views::Views<sp_core::H256>>,
	/// When the node last warned that a view took too long.
	warned: Mutex<Option<Instant>>,
}

/// Submissions let in and not yet in the pool's status.
#[derive(Default)]
struct OnItsWay {
	/// Hash → when it was let in, and its length.
	entries: HashMap<[u8; 32], (Instant, usize)>,
	/// The same, oldest first, to forget the stale ones without a scan.
	order: VecDeque<(Instant, [u8; 32])>,
	/// Their lengths, summed.
	bytes: usize,
}

impl OnItsWay {
	/// Counts `hash` of `len` bytes as on its way since `now`.
	fn insert(&mut self, hash: [u8; 32], len: usize, now: Instant) {
		self.entries.insert(hash, (now, len));
		self.order.push_back((now, hash));
		self.bytes = self.bytes.saturating_add(len);
	}

	fn remove(&mut self, hash: &[u8; 32]) {
		if let Some((_, len)) = self.entries.remove(hash) {
			self.bytes = self.bytes.saturating_sub(len);
		}
	}

	/// Forgets what was let in `ON_ITS_WAY` before `now` or earlier.
	fn forget_stale(&mut self, now: Instant) {
		while let Some((at, hash)) = self.order.front().copied() {
			if now.saturating_duration_since(at) < ON_ITS_WAY {
				break;
			}
			self.order.pop_front();
			// Let in again since: its newer entry stays.
			if self.entries.get(&hash).is_some_and(|(since, _)| *since == at) {
				self.remove(&hash);
			}
		}
	}
}

/// How many transactions one account may have ahead of its nonce on chain (its next one and
/// the 256 after it): a sender with more waiting is refused until its earlier ones are in blocks.
pub const MOST_AHEAD: u32 = 256;

/// The largest transaction the door takes that is not its sender's next by the chain's count
/// (2 KiB: a device's anchor is under 1 KiB, a batch's and a transfer's a few hundred bytes);
/// a larger one (a key rotation for many readers, a runtime upgrade's motion, a large remark)
/// is taken once the sender's earlier ones are in blocks, as a client that waits for each of
/// its transactions sends it anyway.
pub const LARGEST_AHEAD: usize = 2 * 1024;

/// A sender's nonce on chain, as the door asks for it (`None`: not known, no check).
pub type NonceOf = Box<dyn Fn(&carechain_runtime::AccountId) -> Option<u32> + Send + Sync>;

/// What the door is asked to let through: a transaction's pool hash and length, whether it
/// may fill the room kept for the operational class, and who signed it with which nonce.
pub struct Entrant {
	pub hash: [u8; 32],
	pub len: usize,
	/// An operational call (council motions and votes, runtime upgrades), or an unsigned
	/// transaction (an equivocation report, which the pool ranks above any normal load).
	pub operational: bool,
	/// The signer and the nonce it signed with, if it is signed by an account id.
	pub sender: Option<(carechain_runtime::AccountId, u32)>,
}

impl Entrant {
	/// The entrant the extrinsic encoded as `encoded` is (length-prefixed, as the pool and the
	/// network carry it). One that does not decode natively (bytes the pool will refuse, or a
	/// call nested deeper than `carechain_primitives::untrusted::DECODE_DEPTH`) is taken for a
	/// normal transaction of its length: it is counted all the same.
	pub fn of(encoded: &[u8]) -> Self {
		use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
		let decoded: Option<carechain_runtime::UncheckedExtrinsic> =
			carechain_primitives::untrusted::decode_length_prefixed(encoded);
		match decoded {
			Some(extrinsic) => {
				// The pool hashes the extrinsic as it re-encodes it (bytes after it are ignored).
				let encoded = extrinsic.encode();
				let sender = match &extrinsic.preamble {
					sp_runtime::generic::Preamble::Signed(
						sp_runtime::MultiAddress::Id(who),
						_,
						extension,
					) => {
						// Typed: a change to the extensions' order fails to build here.
						let check: &frame_system::CheckNonce<carechain_runtime::Runtime> =
							&extension.6;
						Some((who.clone(), check.0))
					},
					_ => None,
				};
				Entrant {
					hash: sp_runtime::traits::BlakeTwo256::hash(&encoded).0,
					len: encoded.len(),
					operational: extrinsic.function.get_dispatch_info().class
						== DispatchClass::Operational
						|| matches!(extrinsic.preamble, sp_runtime::generic::Preamble::Bare(_)),
					sender,
				}
			},
			None => Entrant {
				hash: sp_runtime::traits::BlakeTwo256::hash(encoded).0,
				len: encoded.len(),
				operational: false,
				sender: None,
			},
		}
	}
}

impl PoolDoor {
	/// A door before a pool whose occupancy `status` tells, whose views hold at most `limits`,
	/// on a chain where `nonce_of` tells an account's nonce.
	pub fn new(
		status: Box<dyn Fn() -> PoolStatus + Send + Sync>,
		nonce_of: NonceOf,
		limits: Limits,
	) -> Self {
		PoolDoor {
			status,
			nonce_of,
			limits,
			normal: share(limits, NORMAL_PERCENT),
			on_its_way: Mutex::new(OnItsWay::default()),
			views: None,
			warned: Mutex::new(None),
		}
	}

	/// The door, normal transactions filling `percent` of the pool's limits (at least 1 and at
	/// most [`NORMAL_PERCENT`]) instead of [`NORMAL_PERCENT`].
	pub fn with_normal_percent(mut self, percent: u8) -> Self {
		self.normal = share(self.limits, percent.clamp(1, NORMAL_PERCENT));
		self
	}

	/// The door, with submissions waiting while the pool builds its view of a new best block,
	/// as `views` tell ([`Self::until_view_built`]).
	pub fn with_views(mut self, views: crate::pool_views::Views<sp_core::H256>) -> Self {
		self.views = Some(views);
		self
	}

	/// Waits while the pool builds its view of the node's best block, at most
	/// [`crate::pool_views::WAIT_AT_MOST`], so that the submission `hash` of `len` bytes, let in
	/// already, reaches that view too ([`crate::pool_views`] says why); then counts it as on its
	/// way from then ([`Self::still_on_its_way`]). Without views, nothing waits.
	pub async fn until_view_built(&self, hash: &[u8; 32], len: usize) {
		let Some(views) = &self.views else { return };
		let built = views.until_built(crate::pool_views::WAIT_AT_MOST).await;
		self.still_on_its_way(hash, len, Instant::now());
		if built {
			return;
		}
		// At most one warning a minute: every submission of a busy moment waits alike.
		let now = Instant::now();
		let mut warned = self.warned.lock().unwrap_or_else(|e| e.into_inner());
		if warned.is_none_or(|at| now.saturating_duration_since(at) >= Duration::from_secs(60)) {
			*warned = Some(now);
			log::warn!(
				"⏳ The transaction pool took over {} s to build its view of the best block: \
				 submissions went on without it (one of a sender's transactions may then wait \
				 in the pool, or be dropped; the node is overloaded)",
				crate::pool_views::WAIT_AT_MOST.as_secs(),
			);
		}
	}

	/// Lets `entrant` through at `now` if the pool, with what is on its way into it, has room for
	/// it; otherwise refuses it with [`POOL_FULL`]. Normal transactions fill the pool up to the
	/// door's share of its limits; operational ones (council calls, runtime upgrades) may fill
	/// the rest too, so that governance gets in when normal load has filled its share, and nothing
	/// ever takes the pool over what its views hold (a view over its limit would evict the
	/// oldest transactions it holds).
	pub fn admit(&self, entrant: &Entrant, now: Instant) -> Result<(), ErrorObjectOwned> {
		self.check_sender(entrant)?;
		let status = (self.status)();
		let mut on_its_way = self.on_its_way.lock().unwrap_or_else(|e| e.into_inner());
		on_its_way.forget_stale(now);
		if on_its_way.entries.contains_key(&entrant.hash) {
			// Sent again (an answer lost): counted already.
			return Ok(());
		}
		let limits = if entrant.operational { self.limits } else { self.normal };
		let in_pool = status.ready.saturating_add(status.future);
		let count = in_pool.saturating_add(on_its_way.entries.len()).saturating_add(1);
		let bytes = status
			.ready_bytes
			.saturating_add(status.future_bytes)
			.saturating_add(on_its_way.bytes)
			.saturating_add(entrant.len);
		if count > limits.count || bytes > limits.bytes {
			return Err(ErrorObjectOwned::owned(
				POOL_FULL,
				"Immediately Dropped",
				Some(format!(
					"The pool holds what the next blocks can include ({in_pool} transactions, {} \
					 on their way in; {} and {} KiB for this class): try again after the next \
					 block",
					on_its_way.entries.len(),
					limits.count,
					limits.bytes / 1024,
				)),
			));
		}
		on_its_way.insert(entrant.hash, entrant.len, now);
		Ok(())
	}

	/// Refuses a signed transaction too far ahead of its sender's nonce on chain, or too large
	/// for one that is not its sender's next ([`MOST_AHEAD`], [`LARGEST_AHEAD`]), with the door's
	/// retryable error ([`POOL_FULL`]) and the reason.
	fn check_sender(&self, entrant: &Entrant) -> Result<(), ErrorObjectOwned> {
		let Some((who, nonce)) = &entrant.sender else { return Ok(()) };
		let Some(on_chain) = (self.nonce_of)(who) else { return Ok(()) };
		let ahead = nonce.saturating_sub(on_chain);
		let refusal = if ahead > MOST_AHEAD {
			format!(
				"nonce {nonce} is {ahead} ahead of the account's {on_chain} on chain; at most \
				 {MOST_AHEAD} are taken ahead: send it once the earlier ones are in blocks"
			)
		} else if ahead > 0 && entrant.len > LARGEST_AHEAD {
			format!(
				"a transaction of {} bytes is taken as the account's next only (nonce \
				 {on_chain}, this one {nonce}): send it once the earlier ones are in blocks",
				entrant.len
			)
		} else {
			return Ok(());
		};
		Err(ErrorObjectOwned::owned(POOL_FULL, "Immediately Dropped", Some(refusal)))
	}

	/// Transaction `hash` is in the pool's status from now on (the pool imported it), or never
	/// will be (its submission ended in a refusal): it is no longer on its way.
	pub fn arrived(&self, hash: &[u8; 32]) {
		self.on_its_way.lock().unwrap_or_else(|e| e.into_inner()).remove(hash);
	}

	/// Counts the transaction `hash` of `len` bytes, let in earlier, as on its way into the pool
	/// from `now` (after it waited for the pool's view: [`Self::until_view_built`]), as if it was
	/// let in now. Called once it waited, so that a wait longer than the door counts a
	/// transaction on its way does not let the door forget it before it is submitted.
	fn still_on_its_way(&self, hash: &[u8; 32], len: usize, now: Instant) {
		let mut on_its_way = self.on_its_way.lock().unwrap_or_else(|e| e.into_inner());
		on_its_way.forget_stale(now);
		on_its_way.remove(hash);
		on_its_way.insert(*hash, len, now);
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	};

	fn pool_params(args: &[&str]) -> sc_cli::TransactionPoolParams {
		#[derive(clap::Parser)]
		struct Command {
			#[clap(flatten)]
			pool: sc_cli::TransactionPoolParams,
		}
		let args = std::iter::once("node").chain(args.iter().copied());
		<Command as clap::Parser>::parse_from(args).pool
	}

	#[test]
	fn the_pool_keeps_as_many_future_transactions_as_ready_ones() {
		let settings = PoolSettings::new(
			&pool_params(&["--pool-limit", "2560", "--pool-kbytes", "4096"]),
			false,
		);
		assert_eq!(settings.limits, Limits { count: 2560, bytes: 4096 * 1024 });
		assert!(settings.fork_aware);
		let options = settings.options();
		assert_eq!((options.ready.count, options.ready.total_bytes), (2560, 4096 * 1024));
		// sc-cli's own: a tenth of it (256 and 409 KiB).
		let cli =
			pool_params(&["--pool-limit", "2560", "--pool-kbytes", "4096"]).transaction_pool(false);
		assert!(format!("{cli:?}").contains("future: Limit { count: 256,"), "{cli:?}");
		assert_eq!((options.future.count, options.future.total_bytes), (2560, 4096 * 1024));
		assert!(!options.reject_future_transactions);
	}

	#[test]
	fn the_pool_bans_as_sc_cli_would() {
		let ban =
			|args: &[&str], dev| PoolSettings::new(&pool_params(args), dev).options().ban_time;
		assert_eq!(ban(&[], false), Duration::from_secs(1800));
		assert_eq!(ban(&[], true), Duration::ZERO);
		assert_eq!(ban(&["--tx-ban-seconds", "60"], true), Duration::from_secs(60));
		let single = PoolSettings::new(&pool_params(&["--pool-type", "single-state"]), false);
		assert!(!single.fork_aware);
	}

	/// A door before a pool of `ready` transactions of 100 bytes whose views hold 5 (or 10,000
	/// bytes): normal transactions fill 4 (or 9,000 bytes), operational ones the rest. Every
	/// account's nonce on chain is 10, but [`UNKNOWN`]'s, which the chain cannot tell.
	fn door(ready: Arc<AtomicUsize>) -> PoolDoor {
		PoolDoor::new(
			Box::new(move || {
				let ready = ready.load(Ordering::Relaxed);
				PoolStatus { ready, ready_bytes: ready * 100, future: 0, future_bytes: 0 }
			}),
			Box::new(|who| (*who != UNKNOWN).then_some(10)),
			Limits { count: 5, bytes: 10_000 },
		)
	}

	const UNKNOWN: carechain_runtime::AccountId = carechain_runtime::AccountId::new([9; 32]);

	fn entrant(n: u8) -> Entrant {
		Entrant { hash: [n; 32], len: 100, operational: false, sender: None }
	}

	fn operational(n: u8) -> Entrant {
		Entrant { hash: [n; 32], len: 100, operational: true, sender: None }
	}

	/// A transaction of `len` bytes signed by account `[1; 32]` with `nonce`.
	fn signed(n: u8, len: usize, nonce: u32) -> Entrant {
		let who = carechain_runtime::AccountId::new([1; 32]);
		Entrant { hash: [n; 32], len, operational: false, sender: Some((who, nonce)) }
	}

	#[test]
	fn an_account_may_send_at_most_its_next_and_256_more_ahead_of_its_nonce_on_chain() {
		let door = door(Arc::new(AtomicUsize::new(0)));
		let now = Instant::now();
		assert!(door.admit(&signed(1, 100, 10 + MOST_AHEAD), now).is_ok());
		let refused = door.admit(&signed(2, 100, 11 + MOST_AHEAD), now).unwrap_err();
		assert_eq!(refused.code(), POOL_FULL);
		let reason = refused.data().map(|data| data.get().to_string()).unwrap_or_default();
		assert!(reason.contains("is 257 ahead of the account's 10 on chain"), "{reason}");
		// Refused before it is counted: the pool's room is untouched.
		assert!(door.admit(&entrant(3), now).is_ok());
		// A stale nonce is the pool's to refuse; an account the chain cannot tell is not checked.
		assert!(door.admit(&signed(4, 100, 0), now).is_ok());
		let unknown = Entrant { sender: Some((UNKNOWN, u32::MAX)), ..entrant(5) };
		assert!(door.admit(&unknown, now).is_ok());
	}

	#[test]
	fn a_large_transaction_is_taken_only_as_its_senders_next() {
		let door = PoolDoor::new(
			Box::new(|| PoolStatus { ready: 0, ready_bytes: 0, future: 0, future_bytes: 0 }),
			Box::new(|_| Some(10)),
			Limits { count: 10, bytes: 1 << 20 },
		);
		let now = Instant::now();
		let refused = door.admit(&signed(1, LARGEST_AHEAD + 1, 11), now).unwrap_err();
		assert_eq!(refused.code(), POOL_FULL);
		let reason = refused.data().map(|data| data.get().to_string()).unwrap_or_default();
		assert!(reason.contains("is taken as the account's next only"), "{reason}");
		assert!(door.admit(&signed(2, LARGEST_AHEAD, 11), now).is_ok());
		assert!(door.admit(&signed(3, LARGEST_AHEAD + 1, 10), now).is_ok());
	}

	#[test]
	fn an_entrant_names_its_signer_and_nonce() {
		use carechain_runtime::{RuntimeCall, UncheckedExtrinsic};
		let who = carechain_runtime::AccountId::new([7; 32]);
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] });
		let signature =
			sp_runtime::MultiSignature::Sr25519(sp_core::sr25519::Signature::from_raw([0; 64]));
		let signed = UncheckedExtrinsic::new_signed(
			call.clone(),
			who.clone().into(),
			signature,
			carechain_runtime::immortal_extension(42),
		);
		assert_eq!(Entrant::of(&signed.encode()).sender, Some((who, 42)));
		assert_eq!(Entrant::of(&UncheckedExtrinsic::new_bare(call).encode()).sender, None);
	}

	#[test]
	fn what_is_on_its_way_counts_until_it_arrives() {
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
		door.arrived(&[1; 32]);
		door.arrived(&[2; 32]);
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
	fn a_refused_submission_frees_its_room_at_once() {
		let door = door(Arc::new(AtomicUsize::new(3)));
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		assert!(door.admit(&entrant(2), now).is_err());
		// The pool refused the first (a bad signature, say): its call ended, and the room is
		// free again; no one holds the door shut with transactions the pool never takes.
		door.arrived(&[1; 32]);
		assert!(door.admit(&entrant(2), now).is_ok());
	}

	#[test]
	fn a_submission_never_seen_again_stops_counting_after_a_while() {
		let door = door(Arc::new(AtomicUsize::new(3)));
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		assert!(door.admit(&entrant(2), now).is_err());
		// Sent again while on its way (an answer lost): counted once, and its time not renewed.
		assert!(door.admit(&entrant(1), now + ON_ITS_WAY / 2).is_ok());
		assert!(door.admit(&entrant(2), now + ON_ITS_WAY / 2).is_err());
		// A watched submission the pool refused is never imported: after ON_ITS_WAY it is
		// forgotten.
		assert!(door.admit(&entrant(2), now + ON_ITS_WAY).is_ok());
	}

	#[test]
	fn a_submission_that_waited_for_the_pools_view_counts_from_when_it_goes_on() {
		let door = door(Arc::new(AtomicUsize::new(3)));
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		// It waited for the pool's view longer than the door counts a submission on its way,
		// and goes on now: counted again from now, once.
		let after_the_wait = now + ON_ITS_WAY * 2;
		door.still_on_its_way(&[1; 32], 100, after_the_wait);
		assert!(door.admit(&entrant(2), after_the_wait + ON_ITS_WAY / 2).is_err());
		door.still_on_its_way(&[1; 32], 100, after_the_wait);
		assert_eq!(door.on_its_way.lock().unwrap().entries.len(), 1);
		assert_eq!(door.on_its_way.lock().unwrap().bytes, 100);
		// Without the wait's end noted, it would have been forgotten by then.
		let forgetful = door_with_one_let_in(now);
		assert!(forgetful.admit(&entrant(2), after_the_wait + ON_ITS_WAY / 2).is_ok());
		// Once it arrives, its room is free.
		door.arrived(&[1; 32]);
		assert!(door.admit(&entrant(2), after_the_wait + ON_ITS_WAY / 2).is_ok());
	}

	#[tokio::test]
	async fn a_submission_waiting_for_the_pools_view_stays_counted_through_the_wait() {
		use crate::pool_views::{Followed, Views};
		// Block 8 is the best and announced; the pool builds its view for longer than the door
		// counts a submission on its way.
		let (built, followed) = tokio::sync::watch::channel(Followed {
			announced: Some(sp_core::H256::repeat_byte(8)),
			built: Some(sp_core::H256::repeat_byte(7)),
		});
		let views = Views::new(Box::new(|| Some(sp_core::H256::repeat_byte(8))), followed);
		let door = Arc::new(door(Arc::new(AtomicUsize::new(3))).with_views(views));
		assert!(door.admit(&entrant(1), Instant::now()).is_ok());
		let waiting = {
			let door = door.clone();
			tokio::spawn(async move { door.until_view_built(&[1; 32], 100).await })
		};
		tokio::time::sleep(ON_ITS_WAY + ON_ITS_WAY / 4).await;
		assert!(!waiting.is_finished(), "it waits for the view");
		built.send_modify(|f| f.built = f.announced);
		waiting.await.unwrap();
		// It goes on into the pool now: still counted, though let in more than ON_ITS_WAY ago.
		assert!(door.admit(&entrant(2), Instant::now()).is_err());
	}

	fn door_with_one_let_in(now: Instant) -> PoolDoor {
		let door = door(Arc::new(AtomicUsize::new(3)));
		assert!(door.admit(&entrant(1), now).is_ok());
		door
	}

	#[test]
	fn operational_transactions_have_a_tenth_kept_for_them_and_no_more() {
		let door = door(Arc::new(AtomicUsize::new(3)));
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		assert!(door.admit(&entrant(2), now).is_err());
		// A council motion fills the room normal load cannot take...
		assert!(door.admit(&operational(9), now).is_ok());
		// ...and never more than a view holds.
		assert!(door.admit(&operational(10), now).is_err());
	}

	#[test]
	fn a_smaller_share_for_normal_transactions_leaves_the_rest_to_operational_ones() {
		// A pool of 20 (or 20,000 bytes), normal transactions filling 25 % of it: 5 (or 5,000
		// bytes). The room above is what other members' nodes gossip in, and governance's.
		let ready = Arc::new(AtomicUsize::new(4));
		let status = ready.clone();
		let door = PoolDoor::new(
			Box::new(move || {
				let ready = status.load(Ordering::Relaxed);
				PoolStatus { ready, ready_bytes: ready * 100, future: 0, future_bytes: 0 }
			}),
			Box::new(|_| None),
			Limits { count: 20, bytes: 20_000 },
		)
		.with_normal_percent(25);
		let now = Instant::now();
		assert!(door.admit(&entrant(1), now).is_ok());
		let refused = door.admit(&entrant(2), now).unwrap_err();
		assert_eq!(refused.code(), POOL_FULL);
		let reason = refused.data().map(|data| data.get().to_string()).unwrap_or_default();
		assert!(reason.contains("5 and 4 KiB for this class"), "{reason}");
		// Gossip filled the pool to 18 beyond the door's share: governance still gets in.
		ready.store(18, Ordering::Relaxed);
		assert!(door.admit(&operational(3), now).is_ok());
		assert!(door.admit(&operational(4), now).is_err());
		// By bytes as well: 5,000 of 20,000.
		let door = PoolDoor::new(
			Box::new(|| PoolStatus { ready: 0, ready_bytes: 0, future: 0, future_bytes: 0 }),
			Box::new(|_| None),
			Limits { count: 20, bytes: 20_000 },
		)
		.with_normal_percent(25);
		assert!(door.admit(&Entrant { len: 5_000, ..entrant(5) }, now).is_ok());
		assert!(door.admit(&entrant(6), now).is_err());
	}

	#[test]
	fn the_door_keeps_a_tenth_whatever_share_it_is_told() {
		let ready = |percent| {
			let door = PoolDoor::new(
				Box::new(|| PoolStatus { ready: 0, ready_bytes: 0, future: 0, future_bytes: 0 }),
				Box::new(|_| None),
				Limits { count: 100, bytes: 1 << 20 },
			)
			.with_normal_percent(percent);
			let now = Instant::now();
			(0..=100u8).take_while(|n| door.admit(&entrant(*n), now).is_ok()).count()
		};
		assert_eq!(ready(NORMAL_PERCENT), 90);
		assert_eq!(ready(100), 90);
		assert_eq!(ready(28), 28);
		assert_eq!(ready(0), 1);
		let settings = |percent| {
			PoolSettings::new(&pool_params(&[]), false).with_normal_percent(percent).normal_percent
		};
		assert_eq!(PoolSettings::new(&pool_params(&[]), false).normal_percent, NORMAL_PERCENT);
		assert_eq!((settings(28), settings(100), settings(0)), (28, 90, 1));
	}

	#[test]
	fn bytes_count_as_well_as_transactions() {
		let door = door(Arc::new(AtomicUsize::new(0)));
		let now = Instant::now();
		let big = Entrant { len: 9_000, ..entrant(1) };
		assert!(door.admit(&big, now).is_ok());
		assert!(door.admit(&entrant(2), now).is_err());
		// A runtime upgrade is large and operational: the kept tenth of the bytes is its room.
		let upgrade = Entrant { len: 1_000, ..operational(3) };
		assert!(door.admit(&upgrade, now).is_ok());
		assert!(door.admit(&operational(4), now).is_err());
	}

	/// A bare remark nested in `depth` `utility.as_derivative` calls, encoded as the network and
	/// JSON-RPC carry it (built from bytes: the value itself would recurse as deep).
	fn nested_remark(depth: usize) -> Vec<u8> {
		use carechain_runtime::{RuntimeCall, UncheckedExtrinsic};
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() });
		let inner = remark.encode();
		let wrapped = RuntimeCall::Utility(pallet_utility::Call::as_derivative {
			index: 0,
			call: Box::new(remark.clone()),
		})
		.encode();
		let wrapper = &wrapped[..wrapped.len() - inner.len()];
		let bare = UncheckedExtrinsic::new_bare(remark).encode();
		let preamble = &bare[bare.len() - inner.len() - 1..bare.len() - inner.len()];
		let mut body = preamble.to_vec();
		for _ in 0..depth {
			body.extend_from_slice(wrapper);
		}
		body.extend_from_slice(&inner);
		let mut bytes = codec::Compact(body.len() as u32).encode();
		bytes.extend(body);
		bytes
	}

	#[test]
	fn an_entrant_is_read_without_recursing_into_a_deeply_nested_call() {
		// Nested a little: read whole, unsigned, so it may use the room kept for reports.
		let shallow = nested_remark(3);
		let entrant = Entrant::of(&shallow);
		assert_eq!(entrant.hash, sp_runtime::traits::BlakeTwo256::hash(&shallow).0);
		assert_eq!(entrant.len, shallow.len());
		assert!(entrant.operational);
		// Nested 100,000 deep (200 KB): decoding it natively would overflow the stack and abort
		// the node; it is counted as a normal transaction of its length instead.
		let deep = nested_remark(100_000);
		let entrant = Entrant::of(&deep);
		assert_eq!((entrant.len, entrant.operational), (deep.len(), false));
		assert_eq!(entrant.hash, sp_runtime::traits::BlakeTwo256::hash(&deep).0);
	}
}
