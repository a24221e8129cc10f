//! Sealed Aura headers for tests and benchmarks: what a node's Aura authoring makes, with the
//! key held by the keystore of the externalities (`RuntimeAppPublic::sign`).

use alloc::vec::Vec;
use codec::Encode;
use sp_consensus_aura::AURA_ENGINE_ID;
use sp_consensus_slots::Slot;
use sp_runtime::{
	traits::{Header as HeaderT, Zero},
	Digest, DigestItem, RuntimeAppPublic,
};

/// A header at `number` for `slot` sealed by `author`'s key, its digest padded with an `Other`
/// item of `padding` bytes (so that two headers of one slot differ by their padding, and a
/// benchmark reaches the longest header). `None` if the keystore lacks the key.
pub fn sealed_header<H, Id>(
	number: H::Number,
	slot: Slot,
	padding: Vec<u8>,
	author: &Id,
) -> Option<H>
where
	H: HeaderT,
	Id: RuntimeAppPublic,
	Id::Signature: Encode,
{
	let digest = Digest {
		logs: alloc::vec![
			DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode()),
			DigestItem::Other(padding),
		],
	};
	let zero = H::Hash::default();
	let mut header = H::new(number, zero, zero, zero, digest);
	let pre_hash = header.hash();
	let signature = author.sign(&pre_hash.as_ref())?;
	header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	Some(header)
}

/// The padding that makes [`sealed_header`]'s header `length` bytes long SCALE-encoded, or as
/// close under it as the padding's length prefix allows.
pub fn padding_for_length<H, Id>(length: u32, slot: Slot, author: &Id) -> Vec<u8>
where
	H: HeaderT,
	Id: RuntimeAppPublic,
	Id::Signature: Encode,
{
	let unpadded = sealed_header::<H, Id>(Zero::zero(), slot, Vec::new(), author)
		.map(|header| header.encoded_size())
		.unwrap_or_default();
	// The padding's compact length prefix grows by up to four bytes.
	let room = (length as usize).saturating_sub(unpadded).saturating_sub(4);
	alloc::vec![0xaa; room]
}
