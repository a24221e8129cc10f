//! What makes two headers an Aura equivocation: both are for one slot, they differ, and the
//! offender's key sealed each of them.
//!
//! Aura seals a block by signing the hash of its header without the seal (the pre-hash) and
//! appending the signature as the header's last digest item, `Seal(*b"aura", signature)`; the
//! slot is the header's one `PreRuntime(*b"aura", slot)` item. These checks are the ones a node's
//! Aura import runs (`sc_consensus_aura::standalone::check_header_slot_and_seal`), as strictly:
//! the seal and the slot must decode exactly, with no bytes left over, so a proof made of two
//! blocks a node imported passes. Two headers are different blocks only if their pre-hashes
//! differ: a seal padded, or a second signature over the same pre-header (sr25519 signs with
//! fresh randomness), changes the header's hash but not what the key signed, and is refused.

use codec::{Decode, DecodeAll};
use sp_consensus_aura::AURA_ENGINE_ID;
use sp_consensus_slots::{EquivocationProof, Slot};
use sp_runtime::{traits::Header as HeaderT, DigestItem, RuntimeAppPublic};

/// Why a proof is not one of an Aura equivocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProofError {
	/// A header is longer, SCALE-encoded, than the bound.
	HeaderTooLong,
	/// The two headers are the same header (the same pre-hash: what the key signed).
	SameHeader,
	/// A header has no Aura slot, more than one, or another slot than the proof's.
	WrongSlot,
	/// A header's last digest item is not an Aura seal the offender's key made over it.
	BadSeal,
}

/// Checks `proof`, each header at most `max_header_length` bytes SCALE-encoded.
///
/// Costs two header hashes and two signature verifications at most: the lengths are checked
/// first, before anything is hashed. The headers need not be blocks of any chain: two headers
/// for one slot, each sealed by the key, are the offence, whatever else they hold.
pub fn check_equivocation_proof<H, Id>(
	proof: &EquivocationProof<H, Id>,
	max_header_length: u32,
) -> Result<(), ProofError>
where
	H: HeaderT,
	Id: RuntimeAppPublic,
	Id::Signature: Decode,
{
	let bound = usize::try_from(max_header_length).unwrap_or(usize::MAX);
	if proof.first_header.encoded_size() > bound || proof.second_header.encoded_size() > bound {
		return Err(ProofError::HeaderTooLong);
	}
	let first = check_sealed(&proof.first_header, proof.slot, &proof.offender)?;
	let second = check_sealed(&proof.second_header, proof.slot, &proof.offender)?;
	if first == second {
		return Err(ProofError::SameHeader);
	}
	Ok(())
}

/// The Aura slot a header claims: its one Aura pre-runtime digest item, decoded.
pub fn slot_of<H: HeaderT>(header: &H) -> Option<Slot> {
	let mut found = None;
	for log in header.digest().logs() {
		match log.as_pre_runtime() {
			Some((engine, data)) if engine == AURA_ENGINE_ID => {
				let slot = Slot::decode_all(&mut &data[..]).ok()?;
				if found.replace(slot).is_some() {
					return None;
				}
			},
			_ => {},
		}
	}
	found
}

/// Checks that `offender` sealed `header` for `slot`; returns the header's pre-hash.
fn check_sealed<H, Id>(header: &H, slot: Slot, offender: &Id) -> Result<H::Hash, ProofError>
where
	H: HeaderT,
	Id: RuntimeAppPublic,
	Id::Signature: Decode,
{
	let mut pre_header = header.clone();
	let signature = match pre_header.digest_mut().pop() {
		Some(DigestItem::Seal(engine, bytes)) if engine == AURA_ENGINE_ID => {
			Id::Signature::decode_all(&mut &bytes[..]).map_err(|_| ProofError::BadSeal)?
		},
		_ => return Err(ProofError::BadSeal),
	};
	if slot_of(&pre_header) != Some(slot) {
		return Err(ProofError::WrongSlot);
	}
	let pre_hash = pre_header.hash();
	if offender.verify(&pre_hash.as_ref(), &signature) {
		Ok(pre_hash)
	} else {
		Err(ProofError::BadSeal)
	}
}
