//! A monitor node's reports of member nodes it banned for flooding: the paper's removal of a
//! flooding node, taken to the consortium's governance.
//!
//! When the node's peer guard bans a peer (`peer.rs`, `throttle` mode), this task looks the peer
//! up on chain: if it is a member node of another hospital (`nodeAuthorization.owners`) that this
//! node's monitor key has not reported yet, it signs `intrusionDetection.reportNode` with that key
//! and submits it. The chain keeps the report, with the owner's and the reporter's names, for
//! governance, which decides (removing the node or its hospital by motion) and clears the
//! reports. A peer that is not a member node (a stranger, refused anyway), the node's own
//! hospital's node, or one this key already reported is not reported; without a monitor key that
//! the chain accepts, the ban stays local.

use std::{sync::Arc, time::Duration};

use carechain_primitives::intrusion::IntrusionDetectionApi;
use carechain_runtime::{opaque::Block, AccountId, BlockNumber, Nonce, Runtime, RuntimeCall};
use pallet_intrusion_detection::NodeId;
use sc_client_api::StorageProvider;
use sc_network::PeerId;
use sc_transaction_pool_api::TransactionPool;
use sp_api::{Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, OpaquePeerId, H256};
use sp_keystore::KeystorePtr;
use substrate_frame_rpc_system::AccountNonceApi;

use super::{
	peer::PeerGuard,
	report::{monitor_key, submit, Quiet},
};

/// What to do about a banned peer.
#[derive(Debug, PartialEq, Eq)]
enum Decision {
	/// Report it: a member node of `owner`.
	Report { owner: AccountId },
	/// Not a member node: the chain has nobody to name.
	NotAMember,
	/// A node of this monitor's own hospital: the hospital stops it itself.
	OwnNode,
	/// This monitor has reported it already (until governance clears the reports).
	AlreadyReported,
}

/// What `monitor` does about a node owned by `owner` and reported so far by `reporters`.
fn decide(owner: Option<AccountId>, reporters: &[AccountId], monitor: &AccountId) -> Decision {
	match owner {
		None => Decision::NotAMember,
		Some(owner) if &owner == monitor => Decision::OwnNode,
		Some(_) if reporters.contains(monitor) => Decision::AlreadyReported,
		Some(owner) => Decision::Report { owner },
	}
}

/// The owner of the member node `node` at `at`, and the monitors that have reported it.
fn on_chain<C>(client: &C, at: H256, node: &NodeId<Runtime>) -> (Option<AccountId>, Vec<AccountId>)
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	let owner = crate::member_nodes::read(
		client,
		at,
		pallet_node_authorization::Owners::<Runtime>::hashed_key_for(OpaquePeerId(node.to_vec())),
	);
	let reports_key = pallet_intrusion_detection::NodeReports::<Runtime>::hashed_key_for(node);
	let reports: Vec<(AccountId, BlockNumber)> =
		crate::member_nodes::read(client, at, reports_key).unwrap_or_default();
	(owner, reports.into_iter().map(|(reporter, _)| reporter).collect())
}

/// Runs the task until the node stops, looking for newly banned peers every `every`.
pub async fn run<C, P>(
	peers: Arc<PeerGuard>,
	client: Arc<C>,
	pool: Arc<P>,
	keystore: KeystorePtr,
	every: Duration,
) where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ StorageProvider<Block, sc_service::TFullBackend<Block>>
		+ Send
		+ Sync
		+ 'static,
	C::Api: IntrusionDetectionApi<Block, AccountId>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block, Hash = H256> + 'static,
{
	let mut ticks = tokio::time::interval(every);
	ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	loop {
		ticks.tick().await;
		for peer in peers.take_to_report() {
			if report(&peer, &*client, &*pool, &keystore).await == Outcome::TryAgain {
				peers.report_later(peer);
			}
		}
	}
}

/// What became of a banned peer's report.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
	/// Submitted, or not to be made.
	Done,
	/// The pool refused it (or it could not be signed): the next round tries again.
	TryAgain,
}

/// Reports `peer` on chain if it is a member node this node's monitor key should report.
async fn report<C, P>(peer: &PeerId, client: &C, pool: &P, keystore: &KeystorePtr) -> Outcome
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ StorageProvider<Block, sc_service::TFullBackend<Block>>,
	C::Api: IntrusionDetectionApi<Block, AccountId>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block, Hash = H256>,
{
	let best = client.info().best_hash;
	let monitor = match monitor_key(client, keystore, best) {
		Ok(monitor) => monitor,
		Err(why) => {
			log::info!(
				target: "intrusion-detection",
				"Peer {peer} is not reported on chain: {}",
				match why {
					Quiet::NoKey => "no monitor key (type `cids`) in the keystore",
					Quiet::NotAMonitor => "the keystore's monitor key is not a monitor on chain",
				}
			);
			return Outcome::Done;
		},
	};
	let Ok(node) = NodeId::<Runtime>::try_from(peer.to_bytes()) else {
		log::info!(target: "intrusion-detection", "Peer {peer} is not reported on chain: its id is too long");
		return Outcome::Done;
	};
	let (owner, reporters) = on_chain(client, best, &node);
	let owner = match decide(owner, &reporters, &AccountId::from(monitor)) {
		Decision::Report { owner } => owner,
		other => {
			log::info!(target: "intrusion-detection", "Peer {peer} is not reported on chain: {other:?}");
			return Outcome::Done;
		},
	};
	let call =
		RuntimeCall::IntrusionDetection(pallet_intrusion_detection::Call::report_node { node });
	match submit(client, pool, keystore, &monitor, best, call).await {
		Ok(hash) => {
			log::warn!(
				target: "intrusion-detection",
				"📡 Reported member node {peer} of {} to the consortium's governance for flooding, \
				 as monitor {} ({hash:?})",
				owner.to_ss58check(),
				AccountId::from(monitor).to_ss58check(),
			);
			Outcome::Done
		},
		Err(error) => {
			log::warn!(
				target: "intrusion-detection",
				"Member node {peer} could not be reported on chain: {error} (trying again)"
			);
			Outcome::TryAgain
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn account(n: u8) -> AccountId {
		AccountId::new([n; 32])
	}

	#[test]
	fn a_banned_member_node_of_another_hospital_is_reported_once() {
		let (monitor, owner, other) = (account(1), account(2), account(3));
		assert_eq!(
			decide(Some(owner.clone()), &[], &monitor),
			Decision::Report { owner: owner.clone() }
		);
		assert_eq!(
			decide(Some(owner.clone()), std::slice::from_ref(&other), &monitor),
			Decision::Report { owner: owner.clone() }
		);
		assert_eq!(
			decide(Some(owner), &[other, monitor.clone()], &monitor),
			Decision::AlreadyReported
		);
	}

	#[test]
	fn a_stranger_or_the_monitors_own_node_is_not_reported() {
		let monitor = account(1);
		assert_eq!(decide(None, &[], &monitor), Decision::NotAMember);
		assert_eq!(decide(Some(monitor.clone()), &[], &monitor), Decision::OwnNode);
	}
}
