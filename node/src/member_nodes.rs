//! Only member nodes join: the node keeps its sync peers to the consortium's member nodes, as
//! the chain lists them (pallet-node-authorization's well-known nodes, changed by motion).
//!
//! The pallet's own offchain worker would do the same on validators, but only from the first
//! block the node imports: a node that has just started (a restarted member, a hospital admitted
//! a moment ago that is still at genesis) would accept any peer until then, and a stranger with
//! the spec could sync from it; and it would put a member node banned for flooding back each
//! block. So the node enforces the list itself, from its first moment, and the offchain worker's
//! authorized peers are ignored (`intrusion_detection::peer::GuardedNetwork`):
//!
//! - before the network starts, from the list at its best block (the genesis list for a new
//!   node), it denies every peer that is not reserved, and reserves the spec's boot nodes that
//!   are members (so that a new node can reach the members it must sync from);
//! - then, at every new best block, it sets its authorized peers to the members' nodes other
//!   than itself, plus the extra connections the chain grants it (`AdditionalConnections`), less
//!   the peers banned for flooding, and keeps non-members out.
//!
//! A member node may serve light clients too (`--light-clients N`, for the patients' app): then
//! the sync set takes peers of the light role on N inbound slots of their own, full peers only
//! if they are reserved (the members), and the node dials no one else. A light client checks
//! what it is told (finality proofs, state proofs) and reads what any JSON-RPC user of the node
//! reads; it syncs no blocks from the node and never becomes a member.
//!
//! A node that is not on the list is held to the list too: it may talk to members only (who
//! refuse it until a motion admits it), never to other strangers. An empty list restricts
//! nothing (a chain without member nodes); a list that cannot be read is never taken for an
//! empty one ([`members`]).

use std::{collections::HashSet, sync::Arc, time::Instant};

use codec::{Decode, DecodeAll, Encode};
use futures::StreamExt;
use sc_client_api::{BlockchainEvents, HeaderBackend, StorageProvider};
use sc_network::{config::NonReservedPeerMode, service::traits::NetworkService, PeerId};
use sc_network_sync::SyncingService;
use sc_service::Configuration;
use sp_core::{storage::StorageKey, OpaquePeerId};
use sp_io::hashing::{blake2_128, twox_128};

use carechain_runtime::opaque::Block;

use crate::{admission::Admission, intrusion_detection::peer::PeerGuard};

type Hash = <Block as sp_runtime::traits::Block>::Hash;

fn prefix(item: &[u8]) -> Vec<u8> {
	[twox_128(b"NodeAuthorization"), twox_128(item)].concat()
}

/// The value under `key` at `at`, decoded (`None` if absent or undecodable).
pub(crate) fn read<C, T: Decode>(client: &C, at: Hash, key: Vec<u8>) -> Option<T>
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	read_checked(client, at, key).ok().flatten()
}

/// The value under `key` at `at`, decoded: `Ok(None)` if absent, an error if the state cannot be
/// read or the value does not decode (as a whole).
fn read_checked<C, T: Decode>(client: &C, at: Hash, key: Vec<u8>) -> Result<Option<T>, String>
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	let raw =
		client.storage(at, &StorageKey(key)).map_err(|e| format!("the state at {at}: {e}"))?;
	decode_value(raw.map(|data| data.0))
}

/// A storage value's raw bytes (`None`: absent) decoded as a whole.
fn decode_value<T: Decode>(raw: Option<Vec<u8>>) -> Result<Option<T>, String> {
	raw.map(|raw| T::decode_all(&mut &raw[..]).map_err(|e| format!("does not decode: {e}")))
		.transpose()
}

fn peer_ids(opaque: impl IntoIterator<Item = OpaquePeerId>) -> HashSet<PeerId> {
	opaque.into_iter().filter_map(|peer| PeerId::from_bytes(&peer.0).ok()).collect()
}

/// The member nodes the chain lists at `at` (empty: the chain lists none), or why the list could
/// not be read. An unreadable list is never taken for an empty one, which would open the node to
/// every peer: its callers keep the list they had, or, at startup, refuse every peer that is not
/// reserved.
pub fn members<C>(client: &C, at: Hash) -> Result<HashSet<PeerId>, String>
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	read_checked::<_, Vec<OpaquePeerId>>(client, at, prefix(b"WellKnownNodes"))
		.map(|listed| peer_ids(listed.unwrap_or_default()))
		.map_err(|e| format!("NodeAuthorization.WellKnownNodes: {e}"))
}

/// The peers `local` may sync with at `at`: the other member nodes and the connections the
/// chain grants it. `Ok(None)` when the chain lists no member nodes (nothing to enforce); an error
/// when the list could not be read ([`members`]).
pub fn authorized_peers<C>(
	client: &C,
	at: Hash,
	local: &PeerId,
) -> Result<Option<HashSet<PeerId>>, String>
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	let mut peers = members(client, at)?;
	if peers.is_empty() {
		return Ok(None);
	}
	peers.remove(local);
	let encoded = OpaquePeerId(local.to_bytes()).encode();
	let key = [prefix(b"AdditionalConnections"), blake2_128(&encoded).to_vec(), encoded].concat();
	let extra: Vec<OpaquePeerId> = read(client, at, key).unwrap_or_default();
	peers.extend(peer_ids(extra));
	Ok(Some(peers))
}

/// Before the network starts: when the chain at `best` lists member nodes, refuse every full
/// peer that is not reserved, and reserve the spec's boot nodes that are members. With
/// `light_clients` above 0, peers of the light role get that many inbound slots of their own
/// (and full peers none); with 0, every peer that is not reserved is denied. Returns whether
/// light clients are served so (the chain listed members and `light_clients` is above 0).
pub fn restrict_from_the_start<C>(
	config: &mut Configuration,
	client: &C,
	best: Hash,
	light_clients: u32,
) -> bool
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	let members = match members(client, best) {
		Ok(members) => members,
		Err(e) => {
			// Fails closed: a node whose list cannot be read takes reserved peers only.
			log::error!(
				"🏥 The member-node list could not be read ({e}): peers that are not reserved \
				 are refused"
			);
			config.network.default_peers_set.non_reserved_mode = NonReservedPeerMode::Deny;
			return false;
		},
	};
	if members.is_empty() {
		if light_clients > 0 {
			log::warn!(
				"🏥 The chain lists no member nodes: the node takes any peer, on its usual slots \
				 (--light-clients applies to chains that list member nodes)"
			);
		}
		return false;
	}
	let network = &mut config.network;
	let light = light_clients > 0;
	if light {
		// The syncing engine takes inbound full peers that are not no-slot (reserved) peers up
		// to `default_peers_set_num_full - out_peers` (here none), and inbound light peers up to
		// `in_peers + out_peers - default_peers_set_num_full` (here `light_clients`); the node
		// dials no peer but reserved ones (`out_peers` 0). The members the node learns of later
		// are made no-slot peers as they are reserved (`run`).
		network.default_peers_set_num_full = 0;
		network.default_peers_set.in_peers = light_clients;
		network.default_peers_set.out_peers = 0;
		network.default_peers_set.non_reserved_mode = NonReservedPeerMode::Accept;
	} else {
		network.default_peers_set.non_reserved_mode = NonReservedPeerMode::Deny;
	}
	// Reserving the boot members here would make them the syncing engine's static no-slot peers,
	// which it keeps for good: with light slots, a member banned or removed later would stay
	// connected (and could come back as a full peer). `run` reserves them at once instead.
	if !light {
		let peers = &mut network.default_peers_set;
		let boot_members = network.boot_nodes.iter().filter(|boot| members.contains(&boot.peer_id));
		for boot in boot_members {
			if !peers.reserved_nodes.contains(boot) {
				peers.reserved_nodes.push(boot.clone());
			}
		}
	}
	if light {
		log::info!(
			"🏥 Member nodes only: {} listed on chain; other full nodes are refused, light \
			 clients take up to {light_clients} slots",
			members.len()
		);
	} else {
		log::info!(
			"🏥 Member nodes only: {} listed on chain; peers that are not are refused",
			members.len()
		);
	}
	light
}

/// Keeps `network`'s sync peers to the member nodes listed at each new best block, less the
/// peers `guard` has banned for flooding (`intrusion_detection::peer`) while they are, and
/// `admission`'s members to the listed ones. With
/// `light_slots` (`restrict_from_the_start` served light clients, on this block-announces
/// protocol), the members are made no-slot peers of `sync` as well, the only full peers it takes,
/// and a member dropped from the set is disconnected from it.
pub async fn run<C>(
	client: Arc<C>,
	network: Arc<dyn NetworkService>,
	sync: Arc<SyncingService<Block>>,
	guard: Arc<PeerGuard>,
	admission: Arc<Admission>,
	light_slots: Option<sc_network::ProtocolName>,
) where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>
		+ BlockchainEvents<Block>
		+ HeaderBackend<Block>,
{
	let local = network.local_peer_id();
	let mut applied: Option<HashSet<PeerId>> = None;
	// Reserved-only from the start if the chain listed members then (`restrict_from_the_start`)
	// and light clients are not served. The mode is switched only when that changes: on litep2p,
	// switching it on again leaves every connected reserved peer marked as closing without
	// closing it (sc-network 0.60's peerset), after which a banned member node could not be
	// disconnected (`intrusion_detection::peer`).
	let mut reserved_only = light_slots.is_none()
		&& !matches!(authorized_peers(&*client, client.info().best_hash, &local), Ok(None));
	let mut apply = |at: Hash| {
		let banned = guard.banned(Instant::now());
		let authorized = match authorized_peers(&*client, at, &local) {
			Ok(authorized) => authorized,
			Err(e) => {
				log::warn!(
					"🏥 The member-node list could not be read ({e}): the node keeps its own"
				);
				return;
			},
		};
		admission.set_members(authorized.clone());
		let peers = authorized.map(|mut peers| {
			peers.retain(|peer| !banned.contains(peer));
			peers
		});
		if peers != applied {
			match &peers {
				Some(peers) if light_slots.is_some() => {
					network.set_authorized_peers(peers.clone());
					sync.set_no_slot_peers(peers.clone());
					// A member dropped from the set (banned, or no longer listed) would keep its
					// connection on an ordinary slot: close it (it finds no full slot again).
					if let (Some(protocol), Some(before)) = (&light_slots, &applied) {
						for dropped in before.difference(peers) {
							network.disconnect_peer(*dropped, protocol.clone());
						}
					}
					log::info!(
						"🏥 Member nodes: syncing with {} listed peers only, and light clients",
						peers.len()
					);
				},
				Some(peers) => {
					network.set_authorized_peers(peers.clone());
					if !reserved_only {
						network.set_authorized_only(true);
						reserved_only = true;
					}
					log::info!("🏥 Member nodes: syncing with {} listed peers only", peers.len());
				},
				None if light_slots.is_some() => log::warn!(
					"🏥 The chain lists no member nodes any more: restart the node to take full \
					 peers that are not members"
				),
				None => {
					if reserved_only {
						network.set_authorized_only(false);
						reserved_only = false;
					}
				},
			}
			applied = peers;
		}
	};
	apply(client.info().best_hash);
	let mut imports = client.import_notification_stream();
	while let Some(import) = imports.next().await {
		if import.is_new_best {
			apply(import.hash);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_absent_list_is_empty_and_an_undecodable_one_is_an_error() {
		// `members` reads the list through `read_checked`, which decodes with this.
		let decode_members = |raw| decode_value::<Vec<OpaquePeerId>>(raw);
		assert_eq!(decode_members(None), Ok(None));
		let (a, b) = (PeerId::random(), PeerId::random());
		let listed = vec![OpaquePeerId(a.to_bytes()), OpaquePeerId(b.to_bytes())];
		let encoded = listed.encode();
		assert_eq!(decode_members(Some(encoded.clone())), Ok(Some(listed.clone())));
		assert_eq!(peer_ids(listed), [a, b].into());
		// Not a list, or a list with bytes after it: an error, never "no members" (which would
		// open the node to every peer).
		assert!(decode_members(Some(vec![0xff])).is_err());
		assert!(decode_members(Some([encoded, vec![0]].concat())).is_err());
	}
}
