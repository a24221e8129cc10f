//! Reports Aura equivocations on chain: a validator whose key sealed two different blocks for
//! one slot (its keys running on two nodes at once, or stolen).
//!
//! Aura's import notices such blocks and only logs them; it keeps their headers without the
//! seal, which is what the runtime needs to check. This task watches every imported block
//! (`every_import_notification_stream`, during sync too), keeps the last [`KEPT_SLOTS`] slots'
//! sealed headers by author, and on a second header of one author in one slot asks the runtime
//! for a proof that the key is a validator's (`AuraEquivocationApi::generate_key_ownership_proof`)
//! and submits the unsigned report through this node's own pool
//! (`submit_report_equivocation_unsigned_extrinsic`). The runtime records one offence per
//! validator and session, and the pool keeps one report per validator and session, so each
//! (slot, author) is reported once here and later slots of the same session are refused as
//! stale at no cost.

use std::{
	collections::{BTreeMap, BTreeSet},
	sync::Arc,
};

use carechain_primitives::equivocation::AuraEquivocationApi;
use carechain_runtime::opaque::Block;
use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AuraApi, Slot, AURA_ENGINE_ID};
use sp_consensus_slots::EquivocationProof;
use sp_runtime::traits::{Block as BlockT, Header as HeaderT};

const LOG_TARGET: &str = "aura-equivocation";

/// How many slots back the watch keeps headers (an hour of 3 s slots): an equivocation whose
/// second block arrives later than this is not reported.
pub const KEPT_SLOTS: u64 = 1_200;

type Header = <Block as BlockT>::Header;

/// The sealed headers of the last [`KEPT_SLOTS`] slots, by slot and author, and which
/// equivocations were reported.
#[derive(Default)]
pub struct SlotWatch {
	seen: BTreeMap<Slot, Vec<(AuraId, Header)>>,
	reported: BTreeSet<(Slot, AuraId)>,
}

impl SlotWatch {
	/// Notes `header`, sealed by `author` for `slot`; returns the proof when it is the second
	/// different header of `author` in `slot` not yet reported.
	pub fn note(
		&mut self,
		slot: Slot,
		author: AuraId,
		header: Header,
	) -> Option<EquivocationProof<Header, AuraId>> {
		if slot < self.prune(slot) {
			return None;
		}
		let headers = self.seen.entry(slot).or_default();
		let hash = header.hash();
		let first = headers
			.iter()
			.find(|(seen_author, seen)| *seen_author == author && seen.hash() != hash)
			.map(|(_, seen)| seen.clone());
		if !headers.iter().any(|(_, seen)| seen.hash() == hash) {
			headers.push((author.clone(), header.clone()));
		}
		let first = first?;
		if !self.reported.insert((slot, author.clone())) {
			return None;
		}
		Some(EquivocationProof {
			offender: author,
			slot,
			first_header: first,
			second_header: header,
		})
	}

	/// Forgets slots more than [`KEPT_SLOTS`] before the newest seen (or `latest`); returns
	/// the first slot kept.
	fn prune(&mut self, latest: Slot) -> Slot {
		let newest = self.seen.keys().next_back().map_or(latest, |newest| (*newest).max(latest));
		let first_kept = Slot::from(newest.saturating_sub(KEPT_SLOTS));
		self.seen = self.seen.split_off(&first_kept);
		self.reported.retain(|(slot, _)| *slot >= first_kept);
		first_kept
	}

	/// How many slots the watch holds headers of.
	#[cfg(test)]
	fn slots(&self) -> usize {
		self.seen.len()
	}
}

/// The slot a header claims (its Aura pre-runtime digest) and its seal's presence: `None` for
/// headers without both (the genesis block).
fn sealed_slot(header: &Header) -> Option<Slot> {
	let last = header.digest().logs().last().and_then(|log| log.as_seal());
	if !last.is_some_and(|(engine, _)| engine == AURA_ENGINE_ID) {
		return None;
	}
	header.digest().logs().iter().find_map(|log| log.pre_runtime_try_to::<Slot>(&AURA_ENGINE_ID))
}

/// Watches every imported block and reports equivocations; runs for the node's life.
pub async fn run<C>(client: Arc<C>, offchain_tx_pool_factory: OffchainTransactionPoolFactory<Block>)
where
	C: BlockchainEvents<Block> + HeaderBackend<Block> + ProvideRuntimeApi<Block> + Send + Sync,
	C::Api: AuraApi<Block, AuraId> + AuraEquivocationApi<Block, AuraId>,
{
	let mut imports = client.every_import_notification_stream();
	let mut watch = SlotWatch::default();
	while let Some(notification) = imports.next().await {
		let header = notification.header;
		let Some(slot) = sealed_slot(&header) else { continue };
		// The slot's author by the authorities the block was built on, as Aura's import checks.
		let authorities = match client.runtime_api().authorities(*header.parent_hash()) {
			Ok(authorities) if !authorities.is_empty() => authorities,
			_ => continue,
		};
		let index = (*slot % authorities.len() as u64) as usize;
		let Some(author) = authorities.get(index).cloned() else { continue };
		if let Some(proof) = watch.note(slot, author, header) {
			report(&*client, &offchain_tx_pool_factory, proof);
		}
	}
}

fn report<C>(
	client: &C,
	offchain_tx_pool_factory: &OffchainTransactionPoolFactory<Block>,
	proof: EquivocationProof<Header, AuraId>,
) where
	C: HeaderBackend<Block> + ProvideRuntimeApi<Block>,
	C::Api: AuraEquivocationApi<Block, AuraId>,
{
	let best = client.info().best_hash;
	let (slot, offender) = (proof.slot, proof.offender.clone());
	log::warn!(
		target: LOG_TARGET,
		"Aura equivocation: {offender} sealed {} and {} for slot {slot}",
		proof.first_header.hash(),
		proof.second_header.hash(),
	);
	let key_owner_proof =
		match client.runtime_api().generate_key_ownership_proof(best, offender.clone()) {
			Ok(Some(key_owner_proof)) => key_owner_proof,
			Ok(None) => {
				log::warn!(target: LOG_TARGET, "{offender} is no validator's key now: not reported");
				return;
			},
			Err(error) => {
				log::warn!(target: LOG_TARGET, "no key-ownership proof of {offender}: {error}");
				return;
			},
		};
	let mut api = client.runtime_api();
	api.register_extension(offchain_tx_pool_factory.offchain_transaction_pool(best));
	match api.submit_report_equivocation_unsigned_extrinsic(best, proof, key_owner_proof) {
		Ok(Some(())) => log::info!(
			target: LOG_TARGET,
			"reported the Aura equivocation of {offender} at slot {slot}"
		),
		Ok(None) => log::info!(
			target: LOG_TARGET,
			"the report of {offender} at slot {slot} was refused (already recorded this session?)"
		),
		Err(error) => log::warn!(target: LOG_TARGET, "reporting {offender} failed: {error}"),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::{Digest, DigestItem};

	fn key(byte: u8) -> AuraId {
		AuraId::from(sp_core::sr25519::Public::from_raw([byte; 32]))
	}

	fn header(slot: u64, marker: u8) -> Header {
		Header::new(
			1,
			Default::default(),
			Default::default(),
			Default::default(),
			Digest {
				logs: vec![
					DigestItem::PreRuntime(
						AURA_ENGINE_ID,
						codec::Encode::encode(&Slot::from(slot)),
					),
					DigestItem::Seal(AURA_ENGINE_ID, vec![marker; 64]),
				],
			},
		)
	}

	#[test]
	fn a_second_header_of_one_author_in_one_slot_is_an_equivocation_reported_once() {
		let mut watch = SlotWatch::default();
		assert_eq!(watch.note(10.into(), key(1), header(10, 1)), None);
		// The same header again (imported twice, or re-announced): nothing.
		assert_eq!(watch.note(10.into(), key(1), header(10, 1)), None);
		let proof = watch.note(10.into(), key(1), header(10, 2)).expect("an equivocation");
		assert_eq!(proof.offender, key(1));
		assert_eq!(proof.slot, Slot::from(10));
		assert_eq!(proof.first_header, header(10, 1));
		assert_eq!(proof.second_header, header(10, 2));
		// A third header of the slot: already reported.
		assert_eq!(watch.note(10.into(), key(1), header(10, 3)), None);
		// Another author's header in the slot, and the author in another slot: no equivocation.
		assert_eq!(watch.note(10.into(), key(2), header(10, 4)), None);
		assert_eq!(watch.note(11.into(), key(1), header(11, 5)), None);
	}

	#[test]
	fn the_watch_keeps_a_bounded_number_of_slots() {
		let mut watch = SlotWatch::default();
		for slot in 0..3 * KEPT_SLOTS {
			watch.note(slot.into(), key(1), header(slot, 1));
		}
		assert!(watch.slots() as u64 <= KEPT_SLOTS + 1);
		// A slot older than the window is not reported any more.
		assert_eq!(watch.note(0.into(), key(1), header(0, 2)), None);
		// One inside it still is.
		let recent = 3 * KEPT_SLOTS - 10;
		assert!(watch.note(recent.into(), key(1), header(recent, 2)).is_some());
	}

	#[test]
	fn only_sealed_aura_headers_have_a_slot() {
		assert_eq!(sealed_slot(&header(7, 1)), Some(Slot::from(7)));
		let mut unsealed = header(7, 1);
		unsealed.digest_mut().pop();
		assert_eq!(sealed_slot(&unsealed), None);
		let genesis = Header::new(
			0,
			Default::default(),
			Default::default(),
			Default::default(),
			Digest::default(),
		);
		assert_eq!(sealed_slot(&genesis), None);
	}
}
