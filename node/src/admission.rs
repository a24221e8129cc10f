//! Whom the node answers on its request protocols: the member nodes, and the light clients it
//! serves.
//!
//! The member-node list (`member_nodes.rs`) keeps strangers off the node's sync set, but the four
//! request-response protocols (blocks, state, warp proofs, light-client proofs) answer any peer
//! that opens a connection, sync substream or not: a stranger with the chain spec could download
//! every block and any state by asking, and a light client refused its sync slot could still
//! warp-sync and read state through proofs. So the [`RequestScreen`] asks [`Admission`] first,
//! and drops (uncounted, unanswered) the requests of a peer that is neither a member node nor a
//! light client holding one of the node's light-client slots (`--light-clients`). On a chain
//! that lists no member nodes, every peer is admitted, as every peer may sync there.
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
}

impl Admission {
	/// Admission with `members` the member nodes (`None`: the chain lists none).
	pub fn new(members: Option<HashSet<PeerId>>) -> Arc<Self> {
		Arc::new(Admission { members: RwLock::new(members), light: RwLock::default() })
	}

	/// The member nodes are now `members` (`None`: the chain lists none).
	pub fn set_members(&self, members: Option<HashSet<PeerId>>) {
		*self.members.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = members;
	}

	/// `peer`, of the light role, holds a sync slot (`true`) or has left it (`false`).
	pub fn set_light(&self, peer: PeerId, connected: bool) {
		let mut light = self.light.write().unwrap_or_else(|poisoned| poisoned.into_inner());
		if connected {
			light.insert(peer);
		} else {
			light.remove(&peer);
		}
	}

	/// Whether the node answers `peer`'s requests.
	pub fn admits(&self, peer: &PeerId) -> bool {
		let members = self.members.read().unwrap_or_else(|poisoned| poisoned.into_inner());
		match &*members {
			None => true,
			Some(members) => {
				members.contains(peer)
					|| self
						.light
						.read()
						.unwrap_or_else(|poisoned| poisoned.into_inner())
						.contains(peer)
			},
		}
	}
}

/// Keeps `admission`'s light clients to the peers of the light role connected on the sync set
/// (`sync`'s events), until the syncing engine stops.
pub async fn track_light_clients(sync: impl SyncEventStream, admission: Arc<Admission>) {
	let mut events = sync.event_stream("carechain-admission");
	while let Some(event) = events.next().await {
		match event {
			SyncEvent::PeerConnected { peer_id, roles } if roles.is_light() => {
				log::debug!(target: "member-nodes", "Light client {peer_id} connected");
				admission.set_light(peer_id, true);
			},
			SyncEvent::PeerConnected { .. } => {},
			SyncEvent::PeerDisconnected(peer_id) => admission.set_light(peer_id, false),
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
		let (light, gone, full) = (PeerId::random(), PeerId::random(), PeerId::random());
		let admission = Admission::new(Some(HashSet::new()));
		let events = Events(std::sync::Mutex::new(Some(vec![
			SyncEvent::PeerConnected { peer_id: light, roles: Roles::LIGHT },
			SyncEvent::PeerConnected { peer_id: gone, roles: Roles::LIGHT },
			SyncEvent::PeerConnected { peer_id: full, roles: Roles::FULL },
			SyncEvent::PeerDisconnected(gone),
		])));
		track_light_clients(events, admission.clone()).await;
		assert!(admission.admits(&light));
		assert!(!admission.admits(&gone));
		assert!(!admission.admits(&full), "a full peer is admitted only as a member node");
	}
}
