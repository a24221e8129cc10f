//! What the node gossips: its pool's ready transactions, less those of quarantined accounts.
//!
//! The pool refuses a quarantined device's transactions, so none enters it after the block that
//! quarantines the device; but those already in it stay ready until the pool revalidates them
//! (or a block author tries and fails to include them). [`GossipFilter`] stands between the
//! transactions handler and the pool ([`sc_service::TransactionPoolAdapter`]) and keeps those
//! from the peers: it asks the runtime for the quarantined accounts once per best block, when
//! it first has a signed transaction to judge there.

use std::{
	collections::{HashMap, HashSet},
	sync::{Arc, Mutex},
};

use carechain_primitives::intrusion::IntrusionDetectionApi;
use carechain_runtime::{opaque::Block, AccountId, Address, UncheckedExtrinsic};
use codec::Encode;
use sc_client_api::HeaderBackend;
use sc_network_transactions::config::{TransactionImportFuture, TransactionPool};
use sp_api::ProvideRuntimeApi;
use sp_runtime::traits::Block as BlockT;

type Hash = <Block as BlockT>::Hash;
type Extrinsic = <Block as BlockT>::Extrinsic;

/// The account a transaction names as its signer, if it is a signed one of this runtime.
pub fn named_signer(transaction: &Extrinsic) -> Option<AccountId> {
	// What the pool holds decoded in the runtime, within FRAME's depth limit; natively, within
	// the node's own (`untrusted::DECODE_DEPTH`), so that no nesting can overflow the stack.
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

/// The pool as the transactions handler sees it, less quarantined accounts' transactions.
pub struct GossipFilter<C, P> {
	pool: P,
	client: Arc<C>,
	/// At which best block, who was quarantined.
	quarantined: Mutex<Option<(Hash, HashSet<AccountId>)>>,
}

impl<C: Quarantine, P> GossipFilter<C, P> {
	/// `pool` (the handler's usual adapter), filtered by what `client` says at its best block.
	pub fn new(pool: P, client: Arc<C>) -> Self {
		GossipFilter { pool, client, quarantined: Mutex::new(None) }
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
		self.pool.import(transaction)
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

	/// A pool holding `ready`.
	struct Pool(Vec<(Hash, Arc<Extrinsic>)>);

	impl TransactionPool<Hash, Block> for Pool {
		fn transactions(&self) -> Vec<(Hash, Arc<Extrinsic>)> {
			self.0.clone()
		}
		fn hash_of(&self, transaction: &Extrinsic) -> Hash {
			sp_runtime::traits::BlakeTwo256::hash(&transaction.encode())
		}
		fn import(&self, _: Extrinsic) -> TransactionImportFuture {
			Box::pin(futures::future::ready(TransactionImport::None))
		}
		fn on_broadcasted(&self, _: HashMap<Hash, Vec<String>>) {}
		fn transaction(&self, hash: &Hash) -> Option<Arc<Extrinsic>> {
			self.0.iter().find(|(h, _)| h == hash).map(|(_, t)| t.clone())
		}
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
		let filter = GossipFilter::new(Pool(ready.clone()), chain.clone());

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
		let filter = GossipFilter::new(Pool(Vec::new()), chain.clone());
		assert!(filter.may_gossip(&junk));
		assert_eq!(chain.calls.load(Ordering::Relaxed), 0);
	}
}
