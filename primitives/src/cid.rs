//! An envelope's IPFS CID, as the storage network serves it and a record's `ipfs://` locator
//! names it: CIDv1, raw codec (`0x55`), blake2b-256 multihash (`0xb220`) of the envelope, in
//! base32 with its multibase prefix `b` (`bafk2bzace…`). Its digest is the content hash records
//! anchor. Here (no_std) so that the runtime reads a batch's manifest locator as the clients
//! write it.

use alloc::{string::String, vec::Vec};

/// The CID prefix of a blake2b-256 raw block: version 1, codec raw (`0x55`), multihash
/// blake2b-256 (`0xb220`, a varint), digest length 32.
const CID_PREFIX: [u8; 6] = [0x01, 0x55, 0xa0, 0xe4, 0x02, 0x20];
const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// The IPFS CID of the blob whose content hash is `hash`: CIDv1, raw codec, blake2b-256
/// multihash, base32 with its multibase prefix `b`.
pub fn cid_of(hash: &[u8; 32]) -> String {
	let mut bytes = CID_PREFIX.to_vec();
	bytes.extend_from_slice(hash);
	let mut out = String::from("b");
	let (mut buffer, mut bits) = (0u32, 0u32);
	for byte in bytes {
		buffer = (buffer << 8) | u32::from(byte);
		bits += 8;
		while bits >= 5 {
			bits -= 5;
			out.push(BASE32[((buffer >> bits) & 31) as usize] as char);
		}
	}
	if bits > 0 {
		out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
	}
	out
}

/// The content hash a CID names, if it is one [`cid_of`] makes (CIDv1, raw, blake2b-256,
/// base32); `None` for any other CID or text.
pub fn hash_of_cid(cid: &str) -> Option<[u8; 32]> {
	let text = cid.strip_prefix('b')?;
	let mut bytes = Vec::with_capacity(38);
	let (mut buffer, mut bits) = (0u32, 0u32);
	for c in text.bytes() {
		let value = BASE32.iter().position(|&d| d == c)? as u32;
		buffer = ((buffer << 5) | value) & 0xffff;
		bits += 5;
		if bits >= 8 {
			bits -= 8;
			bytes.push((buffer >> bits) as u8);
		}
	}
	let digest: [u8; 32] = bytes.strip_prefix(&CID_PREFIX[..])?.try_into().ok()?;
	// Only the canonical text: no trailing characters, no stray bits.
	(cid_of(&digest) == cid).then_some(digest)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_cid_names_its_hash_and_nothing_else() {
		let hash = [7u8; 32];
		let cid = cid_of(&hash);
		assert!(cid.starts_with("bafk2bzace"), "{cid}");
		assert_eq!(cid.len(), 62);
		assert_eq!(hash_of_cid(&cid), Some(hash));
		// Another hash function's CID (sha2-256), a CIDv0, text, a truncated or padded CID.
		assert_eq!(
			hash_of_cid("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"),
			None
		);
		assert_eq!(hash_of_cid("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"), None);
		assert_eq!(hash_of_cid("not a cid"), None);
		assert_eq!(hash_of_cid(&cid[..cid.len() - 1]), None);
		assert_eq!(hash_of_cid(&alloc::format!("{cid}a")), None);
		assert_eq!(hash_of_cid(&cid.to_uppercase()), None);
	}
}
