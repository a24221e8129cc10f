//! Reports Aura equivocations on chain: a validator whose key sealed two different blocks for
//! one slot (its keys running on two nodes at once, or stolen).
//!
//! Aura's import notices such blocks and only logs them; it keeps their headers without the
//! seal, which is what the runtime needs to check. This task, run by authorities (an unsigned
//! report is never propagated, so only a block author's own reports reach a block), watches
//! every imported block (`every_import_notification_stream`, but not the blocks of a node's
//! initial sync) and keeps the first sealed header of each of the last slots the runtime still
//! takes reports for (`AuraReportWindow`, two sessions). Aura's import has checked each seal
//! against the slot's author, so a second block for a slot, with a different pre-hash, is that
//! author's equivocation unless the two were built on different validator sets; the task then
//! asks the runtime for the proof that the key is a validator's
//! (`AuraEquivocationApi::generate_key_ownership_proof`) and submits the unsigned report through
//! this node's own pool (`submit_report_equivocation_unsigned_extrinsic`). Each slot is
//! reported once; the runtime records one offence per validator and session, and refuses later
//! reports of the same session as stale.

use std::{collections::BTreeMap, sync::Arc};

use carechain_primitives::equivocation::AuraEquivocationApi;
use carechain_runtime::opaque::Block;
use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_consensus::BlockOrigin;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AuraApi, Slot, AURA_ENGINE_ID};
use sp_consensus_slots::EquivocationProof;
use sp_runtime::traits::{Block as BlockT, Header as HeaderT};

const LOG_TARGET: &str = "aura-equivocation";

type Header = <Block as BlockT>::Header;
type Hash = <Block as BlockT>::Hash;

/// The first sealed header of a slot, what its key signed, and whether the slot was reported.
struct Seen {
	header: Header,
	pre_hash: Hash,
	reported: bool,
}

/// The first sealed header of each of the last `window` slots: one header a slot, so memory is
/// bounded by the window whatever a key holder seals.
pub struct SlotWatch {
	window: u64,
	seen: BTreeMap<Slot, Seen>,
}

impl SlotWatch {
	/// A watch of the last `window` slots.
	pub fn new(window: u64) -> Self {
		Self { window, seen: BTreeMap::new() }
	}

	/// Notes `header`, sealed for `slot`; returns the slot's first header when this one is a
	/// different block for it (another pre-hash) and the slot was not reported yet. Slots older
	/// than the window before the newest seen are passed over.
	pub fn note(&mut self, slot: Slot, header: Header) -> Option<Header> {
		if slot < self.prune(slot) {
			return None;
		}
		let pre_hash = pre_hash(&header);
		match self.seen.entry(slot) {
			std::collections::btree_map::Entry::Vacant(entry) => {
				entry.insert(Seen { header, pre_hash, reported: false });
				None
			},
			std::collections::btree_map::Entry::Occupied(mut entry) => {
				let seen = entry.get_mut();
				if seen.reported || seen.pre_hash == pre_hash {
					return None;
				}
				seen.reported = true;
				Some(seen.header.clone())
			},
		}
	}

	/// Forgets slots more than the window before the newest seen (or `latest`); returns the
	/// first slot kept.
	fn prune(&mut self, latest: Slot) -> Slot {
		let newest = self.seen.keys().next_back().map_or(latest, |newest| (*newest).max(latest));
		let first_kept = Slot::from(newest.saturating_sub(self.window));
		self.seen = self.seen.split_off(&first_kept);
		first_kept
	}

	/// How many slots the watch holds a header of.
	#[cfg(test)]
	fn slots(&self) -> usize {
		self.seen.len()
	}
}

/// The hash of `header` without its seal: what the seal signs.
fn pre_hash(header: &Header) -> Hash {
	let mut pre_header = header.clone();
	pre_header.digest_mut().pop();
	pre_header.hash()
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
	let window = carechain_runtime::configs::equivocation::AuraReportWindow::get();
	let mut imports = client.every_import_notification_stream();
	let mut watch = SlotWatch::new(window);
	while let Some(notification) = imports.next().await {
		// Blocks of an initial sync are old: the runtime takes reports of recent slots only.
		if notification.origin == BlockOrigin::NetworkInitialSync {
			continue;
		}
		let header = notification.header;
		let Some(slot) = sealed_slot(&header) else { continue };
		let Some(first) = watch.note(slot, header.clone()) else { continue };
		// The slot's author by the authorities each block was built on, as Aura's import
		// checked them: one key sealed both only if both name the same author.
		let author = |header: &Header| {
			let authorities = client.runtime_api().authorities(*header.parent_hash()).ok()?;
			let count = u64::try_from(authorities.len()).ok().filter(|count| *count > 0)?;
			let index = usize::try_from(*slot % count).ok()?;
			authorities.get(index).cloned()
		};
		match (author(&first), author(&header)) {
			(Some(offender), Some(second)) if offender == second => {
				let proof = EquivocationProof {
					offender,
					slot,
					first_header: first,
					second_header: header,
				};
				report(&*client, &offchain_tx_pool_factory, proof);
			},
			_ => log::debug!(
				target: LOG_TARGET,
				"two blocks for slot {slot} by different validator sets: no equivocation"
			),
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

	fn header(slot: u64, marker: u8, seal: u8) -> Header {
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
					DigestItem::Other(vec![marker]),
					DigestItem::Seal(AURA_ENGINE_ID, vec![seal; 64]),
				],
			},
		)
	}

	#[test]
	fn a_second_block_for_a_slot_returns_the_first_once() {
		let mut watch = SlotWatch::new(20);
		assert_eq!(watch.note(10.into(), header(10, 1, 1)), None);
		// The same header again (imported twice, or re-announced): nothing.
		assert_eq!(watch.note(10.into(), header(10, 1, 1)), None);
		// The same pre-header sealed again: the same block as far as the key signed.
		assert_eq!(watch.note(10.into(), header(10, 1, 9)), None);
		// Another block for the slot: the first is returned, once.
		assert_eq!(watch.note(10.into(), header(10, 2, 1)), Some(header(10, 1, 1)));
		assert_eq!(watch.note(10.into(), header(10, 3, 1)), None);
		// Another slot is a slot of its own.
		assert_eq!(watch.note(11.into(), header(11, 1, 1)), None);
	}

	#[test]
	fn the_watch_keeps_one_header_for_each_slot_of_its_window() {
		let mut watch = SlotWatch::new(20);
		for slot in 0..100u64 {
			for marker in 0..5 {
				watch.note(slot.into(), header(slot, marker, 1));
			}
		}
		assert_eq!(watch.slots(), 21);
		// A slot older than the window is passed over.
		assert_eq!(watch.note(50.into(), header(50, 7, 1)), None);
		assert_eq!(watch.slots(), 21);
	}

	#[test]
	fn only_sealed_aura_headers_have_a_slot() {
		assert_eq!(sealed_slot(&header(7, 1, 1)), Some(Slot::from(7)));
		let mut unsealed = header(7, 1, 1);
		unsealed.digest_mut().pop();
		assert_eq!(sealed_slot(&unsealed), None);
		let mut other_engine = header(7, 1, 1);
		other_engine.digest_mut().pop();
		other_engine.digest_mut().push(DigestItem::Seal(*b"BABE", vec![1; 64]));
		assert_eq!(sealed_slot(&other_engine), None);
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
