//! The values the council commands parse and compute: motion hashes, peer ids, wasm files, the
//! two-thirds count, a call's name.

use std::path::Path;

use carechain_client::chain;

use crate::output::Failure;
use chain::runtime_types::carechain_runtime::RuntimeCall;
use subxt::utils::H256;

/// The smallest number of ayes out of `seats` that makes two thirds
/// (`EnsureProportionAtLeast<2, 3>`: `ayes * 3 >= seats * 2`).
pub(super) fn two_thirds(seats: u32) -> u32 {
	seats.saturating_mul(2).div_ceil(3).max(1)
}

/// A call's pallet and name (`Registry.revoke`), from its `Debug` form.
pub(super) fn call_name(call: &RuntimeCall) -> String {
	let text = format!("{call:?}");
	let mut parts = text.split(['(', ' ', '{']);
	let pallet = parts.next().unwrap_or_default();
	let name = parts.find(|part| !part.is_empty()).unwrap_or_default();
	format!("{pallet}.{name}")
}

/// A motion's hash argument.
pub(super) fn motion_hash(text: &str) -> Result<H256, Failure> {
	let bytes = hex::decode(text.trim_start_matches("0x"))
		.map_err(|_| Failure(format!("'{text}' is not a motion hash (0x and 64 hex digits)")))?;
	let bytes: [u8; 32] = bytes
		.try_into()
		.map_err(|_| Failure(format!("'{text}' is not a motion hash (0x and 64 hex digits)")))?;
	Ok(H256(bytes))
}

/// A libp2p peer id (base58, as nodes print it) as node authorization stores it: its bytes.
pub(super) fn peer_id_bytes(
	text: &str,
) -> Result<chain::runtime_types::sp_core::OpaquePeerId, Failure> {
	let bytes = bs58::decode(text)
		.into_vec()
		.map_err(|e| Failure(format!("'{text}' is not a peer id (base58): {e}")))?;
	// A peer id is a multihash: the identity (0x00, the length, then the public key's protobuf
	// encoding; Ed25519 keys, as CareChain's nodes have) or SHA-256 (0x12, 0x20, 32 bytes).
	let multihash = match bytes.as_slice() {
		[0x00, len, key @ ..] => usize::from(*len) == key.len() && !key.is_empty(),
		[0x12, 0x20, digest @ ..] => digest.len() == 32,
		_ => false,
	};
	if !multihash {
		return Err(Failure(format!("'{text}' is not a peer id (not a multihash)")));
	}
	Ok(chain::runtime_types::sp_core::OpaquePeerId(bytes))
}

/// The bytes of a runtime wasm file.
pub(super) fn read_wasm(path: &Path) -> Result<Vec<u8>, Failure> {
	std::fs::read(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn two_thirds_is_the_smallest_carrying_count() {
		for seats in 1..=32u32 {
			let needed = two_thirds(seats);
			assert!(needed * 3 >= seats * 2, "{needed} of {seats} carry");
			assert!(
				needed == 1 || (needed - 1) * 3 < seats * 2,
				"{} of {seats} do not",
				needed - 1
			);
		}
		assert_eq!((two_thirds(4), two_thirds(5), two_thirds(3)), (3, 4, 2));
	}

	#[test]
	fn peer_ids_decode_to_their_multihash() {
		// The peer id of node key 0x01…01 (the sample's first hospital).
		let id = peer_id_bytes("12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5").unwrap();
		assert_eq!(&id.0[..4], &[0x00, 0x24, 0x08, 0x01]);
		assert!(peer_id_bytes("not-base58-0OIl").is_err());
		assert!(peer_id_bytes("1111").is_err());
		assert!(motion_hash("0x12").is_err());
		assert!(motion_hash(&format!("0x{}", "ab".repeat(32))).is_ok());
	}
}
