//! Decoding what a client sends before anything has checked it.

use codec::{Compact, Decode};

/// Decodes a length-prefixed value (an extrinsic as `author_submitExtrinsic` receives it) only
/// if its SCALE length prefix claims no more bytes than follow it.
///
/// `sp_runtime`'s `UncheckedExtrinsic` reserves the length its prefix claims once it has read
/// the preamble (one byte for a bare extrinsic), before the call (`Vec::with_capacity`, up to 4
/// GiB): native code that decodes a client's bytes must check
/// the prefix first, or one request with a lying prefix asks the allocator for gigabytes, which
/// aborts the process where memory is not overcommitted. Bytes after the value are left as
/// `Decode` leaves them (the pool also ignores them).
pub fn decode_length_prefixed<T: Decode>(bytes: &[u8]) -> Option<T> {
	let mut rest = bytes;
	let Compact(claimed) = Compact::<u32>::decode(&mut rest).ok()?;
	if usize::try_from(claimed).ok()? > rest.len() {
		return None;
	}
	T::decode(&mut &bytes[..]).ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec::Vec;
	use codec::Encode;

	#[test]
	fn a_true_prefix_decodes_and_trailing_bytes_are_left() {
		let value: Vec<u8> = alloc::vec![1, 2, 3];
		let mut bytes = value.encode();
		assert_eq!(decode_length_prefixed::<Vec<u8>>(&bytes), Some(value.clone()));
		bytes.push(9);
		assert_eq!(decode_length_prefixed::<Vec<u8>>(&bytes), Some(value));
	}

	#[test]
	fn a_prefix_claiming_more_than_follows_is_refused_before_decoding() {
		let mut bytes = Compact(u32::MAX).encode();
		bytes.extend_from_slice(&[0u8; 16]);
		assert_eq!(decode_length_prefixed::<Vec<u8>>(&bytes), None);
		let mut short = Compact(4u32).encode();
		short.extend_from_slice(&[1, 2, 3]);
		assert_eq!(decode_length_prefixed::<Vec<u8>>(&short), None);
		assert_eq!(decode_length_prefixed::<Vec<u8>>(&[]), None);
	}
}
