//! Whom the node answers on its request protocols: the member nodes, and the light clients it
//! serves.
//!
//! The member-node list (`member_nodes.rs`) keeps strangers off the node's sync set, but the four
//! request-response protocols (blocks, state, warp proofs, light-client proofs) answer any peer
//! that opens a connection, sync substream or not. The [`RequestScreen`] asks [`Admission`] what a
//! peer is: a member node (or a full peer the node took on its sync set), a light client holding
//! one of the node's light-client slots (`--light-clients`), or neither. A light client's role is
//! its own claim, so it is served what a light client needs only ([`light_client_may_ask`]).
//! The requests of a peer that is neither are dropped, unanswered and uncounted: a stranger with
//! the chain spec cannot sync the chain or download its state by asking. (The screen first holds
//! an unknown peer's requests for a short grace, since a light client's first request can
//! arrive before its slot is seen here.) One that claims the
//! light role and holds a slot can still read what a light client can (headers, proofs, one
//! block's body per request, within the request limit). On a chain that lists no member nodes,
//! every peer is a member, as every peer may sync there.
//!
//! [`RequestScreen`]: crate::intrusion_detection::requests::RequestScreen

use std::{
	collections::HashSet,
	sync::{Arc, RwLock},
};

use futures::StreamExt;
use sc_network::PeerId;
use sc_network_sync::{SyncEvent, SyncEventStream};

/// The peers the node answers requests from.
#[derive(Debug, Default)]
pub struct Admission {
	/// The member nodes the node may sync with (`None`: the chain lists none, and any peer is
	/// admitted).
	members: RwLock<Option<HashSet<PeerId>>>,
	/// The light clients connected on the node's sync set.
	light: RwLock<HashSet<PeerId>>,
	/// The full peers connected on the node's sync set: taken by the node's own rules (reserved
	/// member nodes, or anyone on a chain that lists none), so always answered. Without this, a
	/// sync peer whose requests were dropped (a member list not yet updated, during initial sync)
	/// would stay connected and never be asked again: the requester's sync cannot disconnect a
	/// reserved peer, and would stall.
	synced: RwLock<HashSet<PeerId>>,
}

impl Admission {
	/// Admission with `members` the member nodes (`None`: the chain lists none).
	pub fn new(members: Option<HashSet<PeerId>>) -> Arc<Self> {
		Arc::new(Admission {
			members: RwLock::new(members),
			light: RwLock::default(),
			synced: RwLock::default(),
		})
	}

	/// The member nodes are now `members` (`None`: the chain lists none).
	pub fn set_members(&self, members: Option<HashSet<PeerId>>) {
		*self.members.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = members;
	}

	/// `peer`, of the light role, holds a sync slot (`true`) or has left it (`false`).
	pub fn set_light(&self, peer: PeerId, connected: bool) {
		mark(&self.light, peer, connected)
	}

	/// `peer`, of a full role, is on the sync set (`true`) or has left it (`false`).
	pub fn set_synced(&self, peer: PeerId, connected: bool) {
		mark(&self.synced, peer, connected)
	}

	/// What `peer` is to the node's request protocols.
	pub fn standing(&self, peer: &PeerId) -> Standing {
		let members = self.members.read().unwrap_or_else(|poisoned| poisoned.into_inner());
		match &*members {
			None => Standing::Member,
			Some(members) if members.contains(peer) => Standing::Member,
			Some(_) if self.synced.read().unwrap_or_else(|e| e.into_inner()).contains(peer) => {
				Standing::Member
			},
			Some(_) => {
				let light = self.light.read().unwrap_or_else(|poisoned| poisoned.into_inner());
				if light.contains(peer) {
					Standing::LightClient
				} else {
					Standing::Refused
				}
			},
		}
	}

	/// Whether the node answers `peer`'s requests at all.
	#[cfg(test)]
	pub fn admits(&self, peer: &PeerId) -> bool {
		self.standing(peer) != Standing::Refused
	}
}

/// Puts `peer` in `set` (`connected`) or takes it out.
fn mark(set: &RwLock<HashSet<PeerId>>, peer: PeerId, connected: bool) {
	let mut set = set.write().unwrap_or_else(|poisoned| poisoned.into_inner());
	if connected {
		set.insert(peer);
	} else {
		set.remove(&peer);
	}
}

/// What a peer is to the node's request protocols.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
	/// A member node (or any peer, on a chain that lists none): every request is answered.
	Member,
	/// A light client holding a slot: answered what a light client needs (headers,
	/// justifications, warp proofs, storage and call proofs, one block's body at a time), not
	/// what would let it sync as a full node (`light_client_may_ask`). The role is the peer's own
	/// claim in its handshake, so a stranger's full node claiming it gets no more than this.
	LightClient,
	/// Neither: nothing is answered.
	Refused,
}

/// The block attributes a light client may not ask of more than one block at a time: bodies,
/// receipts and message queues (sc-network-sync's `BlockAttributes`, the high byte of a block
/// request's `fields`).
const BULK_ATTRIBUTES: u32 = 0b0000_1110;

/// Indexed bodies (the envelopes the chain's transactions stored), which a light client never
/// asks for (smoldot's block requests ask headers, bodies and justifications): refused at any
/// count, so that a peer claiming the light role cannot pull the storage network's envelopes
/// block by block.
const INDEXED_BODY: u32 = 0b0010_0000;

/// Whether a light client may ask `payload` of `protocol`: never a state request (a whole
/// state, which light clients read through proofs instead), and a block request only for
/// headers and justifications, or for one block's body, never for indexed bodies.
pub fn light_client_may_ask(protocol: &str, payload: &[u8]) -> bool {
	if protocol.ends_with("/state/2") {
		return false;
	}
	if protocol.ends_with("/sync/2") {
		return match block_request_fields(payload) {
			Some((fields, max_blocks)) => {
				let attributes = fields >> 24;
				attributes & INDEXED_BODY == 0
					&& (attributes & BULK_ATTRIBUTES == 0 || max_blocks == 1)
			},
			None => false,
		};
	}
	true
}

/// A block request's `fields` (tag 1) and `max_blocks` (tag 6; 0 when absent, which the node
/// reads as its own maximum), read from its protobuf encoding (`api.v1.BlockRequest`); `None` if
/// it is not one.
fn block_request_fields(mut payload: &[u8]) -> Option<(u32, u32)> {
	fn varint(input: &mut &[u8]) -> Option<u64> {
		let mut value = 0u64;
		for shift in (0..64).step_by(7) {
			let (&byte, rest) = input.split_first()?;
			*input = rest;
			value |= u64::from(byte & 0x7f) << shift;
			if byte & 0x80 == 0 {
				return Some(value);
			}
		}
		None
	}
	let (mut fields, mut max_blocks) = (0u32, 0u32);
	while !payload.is_empty() {
		let key = varint(&mut payload)?;
		match (key >> 3, key & 7) {
			(1, 0) => fields = u32::try_from(varint(&mut payload)?).ok()?,
			(6, 0) => max_blocks = u32::try_from(varint(&mut payload)?).ok()?,
			(_, 0) => {
				varint(&mut payload)?;
			},
			(_, 2) => {
				let length = usize::try_from(varint(&mut payload)?).ok()?;
				payload = payload.get(length..)?;
			},
			(_, 1) => payload = payload.get(8..)?,
			(_, 5) => payload = payload.get(4..)?,
			_ => return None,
		}
	}
	Some((fields, max_blocks))
}

/// Keeps `admission`'s light clients and full sync peers to the peers connected on the sync set
/// (`sync`'s events), until the syncing engine stops.
pub async fn track_light_clients(sync: impl SyncEventStream, admission: Arc<Admission>) {
	let mut events = sync.event_stream("carechain-admission");
	while let Some(event) = events.next().await {
		match event {
			SyncEvent::PeerConnected { peer_id, roles } if roles.is_light() => {
				log::debug!(target: "member-nodes", "Light client {peer_id} connected");
				admission.set_light(peer_id, true);
			},
			SyncEvent::PeerConnected { peer_id, .. } => admission.set_synced(peer_id, true),
			SyncEvent::PeerDisconnected(peer_id) => {
				admission.set_light(peer_id, false);
				admission.set_synced(peer_id, false);
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn without_a_member_list_every_peer_is_admitted() {
		let admission = Admission::new(None);
		assert!(admission.admits(&PeerId::random()));
	}

	#[test]
	fn with_a_member_list_only_members_and_connected_light_clients_are_admitted() {
		let (member, light, stranger) = (PeerId::random(), PeerId::random(), PeerId::random());
		let admission = Admission::new(Some([member].into()));
		assert!(admission.admits(&member));
		assert!(!admission.admits(&light), "a light client without a slot is refused");
		assert!(!admission.admits(&stranger));

		admission.set_light(light, true);
		assert!(admission.admits(&light));
		assert!(!admission.admits(&stranger));

		admission.set_light(light, false);
		assert!(!admission.admits(&light), "a light client that left its slot is refused");
	}

	#[test]
	fn the_member_list_follows_the_chain() {
		let (old, new) = (PeerId::random(), PeerId::random());
		let admission = Admission::new(Some([old].into()));
		admission.set_members(Some([new].into()));
		assert!(admission.admits(&new));
		assert!(!admission.admits(&old), "a node no longer listed is refused");
		admission.set_members(None);
		assert!(admission.admits(&old), "a chain that lists no member nodes restricts nothing");
	}

	/// A protobuf varint.
	fn varint(mut value: u32, out: &mut Vec<u8>) {
		while value >= 0x80 {
			out.push((value as u8 & 0x7f) | 0x80);
			value >>= 7;
		}
		out.push(value as u8);
	}

	/// `api.v1.BlockRequest` for `attributes` (sc-network-sync's `BlockAttributes` bits) of
	/// `max_blocks` blocks (absent: the node's maximum) from block 0, with multiple
	/// justifications supported, as sc-network-sync encodes one.
	fn block_request(attributes: u8, max_blocks: Option<u32>) -> Vec<u8> {
		let mut request = vec![0x08];
		varint(u32::from(attributes) << 24, &mut request);
		request.extend([0x1a, 4, 0, 0, 0, 0]);
		if let Some(max_blocks) = max_blocks {
			request.push(0x30);
			varint(max_blocks, &mut request);
		}
		request.extend([0x38, 1]);
		request
	}

	const HEADER: u8 = 0b0000_0001;
	const BODY: u8 = 0b0000_0010;
	const JUSTIFICATION: u8 = 0b0001_0000;
	const INDEXED_BODY: u8 = 0b0010_0000;
	const SYNC: &str = "/aaf7/sync/2";

	#[test]
	fn a_light_client_may_ask_headers_justifications_proofs_and_one_body_at_a_time() {
		let headers = block_request(HEADER | JUSTIFICATION, Some(128));
		assert!(light_client_may_ask(SYNC, &headers));
		assert!(light_client_may_ask(SYNC, &block_request(HEADER | BODY, Some(1))));
		assert!(light_client_may_ask("/aaf7/sync/warp", &[1, 2, 3]));
		assert!(light_client_may_ask("/aaf7/light/2", &[1, 2, 3]));
	}

	#[test]
	fn a_light_client_may_not_ask_what_only_a_full_node_needs() {
		// Many blocks' bodies (or envelopes), or as many as the node sends.
		assert!(!light_client_may_ask(SYNC, &block_request(HEADER | BODY, Some(64))));
		assert!(!light_client_may_ask(SYNC, &block_request(HEADER | BODY, None)));
		assert!(!light_client_may_ask(SYNC, &block_request(INDEXED_BODY, Some(2))));
		assert!(!light_client_may_ask(SYNC, &block_request(HEADER | INDEXED_BODY, Some(1))));
		// A whole state.
		assert!(!light_client_may_ask("/aaf7/state/2", &[]));
		// What cannot be read as a block request.
		assert!(!light_client_may_ask(SYNC, &[0x08]));
		assert!(!light_client_may_ask(SYNC, &[0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
		assert!(!light_client_may_ask(SYNC, &[0x0b]), "a group wire type");
		assert!(!light_client_may_ask(SYNC, &[0x12, 40, 1]), "a length past the end");
	}

	#[test]
	fn the_block_request_reader_reads_what_sc_network_sync_writes() {
		assert_eq!(
			block_request_fields(&block_request(HEADER | BODY, Some(300))),
			Some((u32::from(HEADER | BODY) << 24, 300))
		);
		assert_eq!(block_request_fields(&[]), Some((0, 0)));
	}

	#[tokio::test]
	async fn light_clients_are_tracked_from_the_sync_events() {
		use sc_network::Roles;
		struct Events(std::sync::Mutex<Option<Vec<SyncEvent>>>);
		impl SyncEventStream for Events {
			fn event_stream(
				&self,
				_name: &'static str,
			) -> std::pin::Pin<Box<dyn futures::Stream<Item = SyncEvent> + Send>> {
				let events = self.0.lock().unwrap().take().unwrap_or_default();
				Box::pin(futures::stream::iter(events))
			}
		}
		let (light, gone, full, left) =
			(PeerId::random(), PeerId::random(), PeerId::random(), PeerId::random());
		let admission = Admission::new(Some(HashSet::new()));
		assert_eq!(admission.standing(&full), Standing::Refused);
		let events = Events(std::sync::Mutex::new(Some(vec![
			SyncEvent::PeerConnected { peer_id: light, roles: Roles::LIGHT },
			SyncEvent::PeerConnected { peer_id: gone, roles: Roles::LIGHT },
			SyncEvent::PeerConnected { peer_id: full, roles: Roles::FULL },
			SyncEvent::PeerDisconnected(gone),
			SyncEvent::PeerConnected { peer_id: left, roles: Roles::FULL },
			SyncEvent::PeerDisconnected(left),
		])));
		track_light_clients(events, admission.clone()).await;
		assert_eq!(admission.standing(&light), Standing::LightClient);
		assert_eq!(admission.standing(&gone), Standing::Refused);
		// A full peer the node took on its sync set (by its own rules: a reserved member) is
		// answered even before the member list it was taken from reaches the admission.
		assert_eq!(admission.standing(&full), Standing::Member);
		assert_eq!(admission.standing(&left), Standing::Refused, "a full peer that left");
	}
}
