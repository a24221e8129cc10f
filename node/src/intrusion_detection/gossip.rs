//! What the node gossips: its pool's ready transactions, less those of quarantined accounts; and
//! what it takes from gossip: what the pool's door lets in.
//!
//! The pool refuses a quarantined device's transactions, so none enters it after the block that
//! quarantines the device; but those already in it stay ready until the pool revalidates them
//! (or a block author tries and fails to include them). [`GossipFilter`] stands between the
//! transactions handler and the pool ([`sc_service::TransactionPoolAdapter`]) and keeps those
//! from the peers: it asks the runtime for the quarantined accounts once per best block, when
//! it first has a signed transaction to judge there.
//!
//! The other way, a transaction gossiped to the node goes through the pool's door
//! ([`PoolDoor`]) before the pool: refused while the pool holds what its views hold (less the
//! tenth kept for operational transactions), so that gossip cannot make the views evict the
//! transactions the node already took. A refused one is not imported (`TransactionImport::None`:
//! its peer keeps the small charge every gossiped transaction costs, unrefunded, where the pool
//! refusing it as full would have answered `Bad`, 256 times that; the node that took it from its
//! client still holds it).

use std::{
	collections::{HashMap, HashSet},
	sync::{Arc, Mutex},
	time::Instant,
};

use carechain_primitives::intrusion::IntrusionDetectionApi;
use carechain_runtime::{opaque::Block, AccountId, Address, UncheckedExtrinsic};
use codec::Encode;
use futures::FutureExt;
use sc_client_api::HeaderBackend;
use sc_network_transactions::config::{
	TransactionImport, TransactionImportFuture, TransactionPool,
};
use sp_api::ProvideRuntimeApi;
use sp_runtime::traits::Block as BlockT;

use crate::pool_door::{Entrant, PoolDoor};

type Hash = <Block as BlockT>::Hash;
type Extrinsic = <Block as BlockT>::Extrinsic;

/// The account a transaction names as its signer, if it is a signed one of this runtime.
pub fn named_signer(transaction: &Extrinsic) -> Option<AccountId> {
	let extrinsic: UncheckedExtrinsic =
		carechain_primitives::untrusted::decode_length_prefixed(&transaction.encode())?;
	match extrinsic.preamble.to_signed()? {
		(Address::Id(account), _, _) => Some(account.clone()),
		_ => None,
	}
}

/// Who is quarantined, as the chain says at its best block.
pub trait Quarantine {
	/// The best block.
	fn best(&self) -> Hash;
	/// The accounts quarantined at `at` (none, if the runtime cannot say).
	fn quarantined(&self, at: Hash) -> HashSet<AccountId>;
}

impl<C> Quarantine for C
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: IntrusionDetectionApi<Block, AccountId>,
{
	fn best(&self) -> Hash {
		self.info().best_hash
	}

	fn quarantined(&self, at: Hash) -> HashSet<AccountId> {
		self.runtime_api().quarantined(at).map(HashSet::from_iter).unwrap_or_default()
	}
}

/// The pool as the transactions handler sees it, less quarantined accounts' transactions, behind
/// the pool's door.
pub struct GossipFilter<C, P> {
	pool: P,
	client: Arc<C>,
	/// What lets gossiped transactions in.
	door: Arc<PoolDoor>,
	/// At which best block, who was quarantined.
	quarantined: Mutex<Option<(Hash, HashSet<AccountId>)>>,
}

impl<C: Quarantine, P> GossipFilter<C, P> {
	/// `pool` (the handler's usual adapter), filtered by what `client` says at its best block,
	/// behind `door`.
	pub fn new(pool: P, client: Arc<C>, door: Arc<PoolDoor>) -> Self {
		GossipFilter { pool, client, door, quarantined: Mutex::new(None) }
	}

	/// Whether `transaction` may be gossiped: its signer, if any, is not quarantined.
	pub fn may_gossip(&self, transaction: &Extrinsic) -> bool {
		let Some(signer) = named_signer(transaction) else { return true };
		let best = self.client.best();
		let mut cache = self.quarantined.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		if !matches!(&*cache, Some((at, _)) if *at == best) {
			*cache = Some((best, self.client.quarantined(best)));
		}
		!cache.as_ref().is_some_and(|(_, quarantined)| quarantined.contains(&signer))
	}
}

impl<C, P> TransactionPool<Hash, Block> for GossipFilter<C, P>
where
	C: Quarantine + Send + Sync,
	P: TransactionPool<Hash, Block>,
{
	fn transactions(&self) -> Vec<(Hash, Arc<Extrinsic>)> {
		let mut ready = self.pool.transactions();
		ready.retain(|(_, transaction)| self.may_gossip(transaction));
		ready
	}

	fn hash_of(&self, transaction: &Extrinsic) -> Hash {
		self.pool.hash_of(transaction)
	}

	fn import(&self, transaction: Extrinsic) -> TransactionImportFuture {
		// Counted whether or not it decodes here: what does not, the pool refuses (and blames its
		// peer for) when it has room; under overload the door refuses it first.
		let entrant = Entrant::of(&transaction.encode());
		if let Err(refusal) = self.door.admit_gossiped(&entrant, Instant::now()) {
			log::trace!(
				target: "intrusion-detection",
				"A gossiped transaction was not taken: {}",
				refusal.data().map(|data| data.get()).unwrap_or_default()
			);
			return Box::pin(futures::future::ready(TransactionImport::None));
		}
		let door = self.door.clone();
		Box::pin(self.pool.import(transaction).map(move |import| {
			door.arrived(&entrant.hash);
			import
		}))
	}

	fn on_broadcasted(&self, propagations: HashMap<Hash, Vec<String>>) {
		self.pool.on_broadcasted(propagations)
	}

	fn transaction(&self, hash: &Hash) -> Option<Arc<Extrinsic>> {
		self.pool.transaction(hash).filter(|transaction| self.may_gossip(transaction))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Decode;
	use sc_network_transactions::config::TransactionImport;
	use sp_core::{sr25519, Pair, H256};
	use sp_runtime::traits::Hash as _;
	use std::sync::atomic::{AtomicU32, Ordering};

	/// A chain where `quarantined` is quarantined, counting the runtime calls.
	struct Chain {
		best: Mutex<Hash>,
		quarantined: AccountId,
		calls: AtomicU32,
	}

	impl Quarantine for Chain {
		fn best(&self) -> Hash {
			*self.best.lock().expect("the test holds no other lock")
		}

		fn quarantined(&self, _at: Hash) -> HashSet<AccountId> {
			self.calls.fetch_add(1, Ordering::Relaxed);
			HashSet::from([self.quarantined.clone()])
		}
	}

	/// A pool holding `ready`, counting what it is asked to import.
	struct Pool(Vec<(Hash, Arc<Extrinsic>)>, AtomicU32);

	impl Pool {
		fn holding(ready: Vec<(Hash, Arc<Extrinsic>)>) -> Self {
			Pool(ready, AtomicU32::new(0))
		}
	}

	impl TransactionPool<Hash, Block> for Pool {
		fn transactions(&self) -> Vec<(Hash, Arc<Extrinsic>)> {
			self.0.clone()
		}
		fn hash_of(&self, transaction: &Extrinsic) -> Hash {
			sp_runtime::traits::BlakeTwo256::hash(&transaction.encode())
		}
		fn import(&self, _: Extrinsic) -> TransactionImportFuture {
			self.1.fetch_add(1, Ordering::Relaxed);
			Box::pin(futures::future::ready(TransactionImport::NewGood))
		}
		fn on_broadcasted(&self, _: HashMap<Hash, Vec<String>>) {}
		fn transaction(&self, hash: &Hash) -> Option<Arc<Extrinsic>> {
			self.0.iter().find(|(h, _)| h == hash).map(|(_, t)| t.clone())
		}
	}

	/// A door before a pool holding `ready` transactions, whose views hold 5: normal
	/// transactions fill 4.
	fn door(ready: usize) -> Arc<PoolDoor> {
		Arc::new(PoolDoor::new(
			Box::new(move || sc_transaction_pool_api::PoolStatus {
				ready,
				ready_bytes: ready * 100,
				future: 0,
				future_bytes: 0,
			}),
			crate::pool_door::Limits { count: 5, bytes: 1 << 20 },
		))
	}

	fn pair(name: &str) -> sr25519::Pair {
		sr25519::Pair::from_string(&format!("//{name}"), None).expect("a dev derivation parses")
	}

	fn signed_by(pair: &sr25519::Pair, nonce: u32) -> (Hash, Arc<Extrinsic>) {
		let call = carechain_runtime::RuntimeCall::System(frame_system::Call::remark {
			remark: nonce.to_le_bytes().to_vec(),
		});
		// The signature is not checked here: any bytes of the right type do.
		let bytes = UncheckedExtrinsic::new_signed(
			call,
			Address::Id(pair.public().into()),
			pair.sign(b"not checked").into(),
			carechain_runtime::immortal_extension(nonce),
		)
		.encode();
		let opaque = Extrinsic::decode(&mut &bytes[..]).expect("an extrinsic decodes as opaque");
		(sp_runtime::traits::BlakeTwo256::hash(&bytes), Arc::new(opaque))
	}

	#[test]
	fn a_quarantined_accounts_transactions_are_not_gossiped_others_are() {
		let (device, honest) = (pair("Device"), pair("Honest"));
		let ready = vec![signed_by(&device, 0), signed_by(&honest, 0), signed_by(&device, 1)];
		assert_eq!(named_signer(&ready[0].1), Some(device.public().into()));
		let chain = Arc::new(Chain {
			best: Mutex::new(H256::repeat_byte(1)),
			quarantined: device.public().into(),
			calls: AtomicU32::new(0),
		});
		let filter = GossipFilter::new(Pool::holding(ready.clone()), chain.clone(), door(0));

		assert_eq!(filter.transactions(), vec![ready[1].clone()]);
		assert_eq!(filter.transaction(&ready[0].0), None);
		assert_eq!(filter.transaction(&ready[1].0), Some(ready[1].1.clone()));
		// One runtime call per best block.
		assert_eq!(chain.calls.load(Ordering::Relaxed), 1);
		*chain.best.lock().expect("the test holds no other lock") = H256::repeat_byte(2);
		assert_eq!(filter.transactions().len(), 1);
		assert_eq!(chain.calls.load(Ordering::Relaxed), 2);
	}

	#[test]
	fn what_names_no_signer_is_gossiped_unasked() {
		let junk = Extrinsic::from_blob(vec![4, 0, 1, 2]);
		assert_eq!(named_signer(&junk), None);
		let chain = Arc::new(Chain {
			best: Mutex::new(H256::repeat_byte(1)),
			quarantined: pair("Device").public().into(),
			calls: AtomicU32::new(0),
		});
		let filter = GossipFilter::new(Pool::holding(Vec::new()), chain.clone(), door(0));
		assert!(filter.may_gossip(&junk));
		assert_eq!(chain.calls.load(Ordering::Relaxed), 0);
	}

	#[test]
	fn gossip_is_imported_only_while_the_pool_has_room() {
		let chain = Arc::new(Chain {
			best: Mutex::new(H256::repeat_byte(1)),
			quarantined: pair("Device").public().into(),
			calls: AtomicU32::new(0),
		});
		let honest = pair("Honest");
		let import = |filter: &GossipFilter<Chain, Pool>, transaction: &Arc<Extrinsic>| {
			futures::executor::block_on(filter.import((**transaction).clone()))
		};

		// Room for one more normal transaction: imported, and no longer on its way once it is.
		let filter = GossipFilter::new(Pool::holding(Vec::new()), chain.clone(), door(3));
		let (_, first) = signed_by(&honest, 0);
		assert!(matches!(import(&filter, &first), TransactionImport::NewGood));
		let (_, second) = signed_by(&honest, 1);
		assert!(matches!(import(&filter, &second), TransactionImport::NewGood));
		assert_eq!(filter.pool.1.load(Ordering::Relaxed), 2);

		// Full for normal transactions: not imported, the pool not even asked, and the peer not
		// blamed (`None`, not `Bad`).
		let filter = GossipFilter::new(Pool::holding(Vec::new()), chain.clone(), door(4));
		assert!(matches!(import(&filter, &first), TransactionImport::None));
		assert_eq!(filter.pool.1.load(Ordering::Relaxed), 0);
		// An operational one (a council call) still has the kept tenth.
		let operational = Extrinsic::decode(
			&mut &UncheckedExtrinsic::new_bare(carechain_runtime::RuntimeCall::System(
				frame_system::Call::set_heap_pages { pages: 64 },
			))
			.encode()[..],
		)
		.expect("an extrinsic decodes as opaque");
		assert!(matches!(import(&filter, &Arc::new(operational)), TransactionImport::NewGood));
		assert_eq!(filter.pool.1.load(Ordering::Relaxed), 1);

		// What does not decode here is counted as a normal transaction all the same: a call nested
		// past the native decoding's depth cannot slip past the door.
		let junk = Arc::new(Extrinsic::from_blob(vec![4, 0, 1, 2]));
		assert!(matches!(import(&filter, &junk), TransactionImport::None));
		assert_eq!(filter.pool.1.load(Ordering::Relaxed), 1);
		let filter = GossipFilter::new(Pool::holding(Vec::new()), chain.clone(), door(0));
		assert!(matches!(import(&filter, &junk), TransactionImport::NewGood));
		assert_eq!(filter.pool.1.load(Ordering::Relaxed), 1);
	}
}
