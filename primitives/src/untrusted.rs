//! Decoding what a client sends before anything has checked it.

use codec::{Compact, Decode, DecodeLimit};

/// How deeply nested a value native code decodes from untrusted bytes may be: calls within
/// calls (`sudo`, `utility`, the council's proposals) nest a few levels, never dozens. Native
/// decoding recurses once a level on the thread's stack; without a limit, a few kilobytes of
/// `sudo(sudo(…))` overflow it, which aborts the process. (The runtime decodes an extrinsic with
/// FRAME's limit of 256 inside wasm, whose stack overflow is a trap, not an abort.)
pub const DECODE_DEPTH: u32 = 32;

/// Decodes a length-prefixed value (an extrinsic as `author_submitExtrinsic` receives it) only
/// if its SCALE length prefix claims no more bytes than follow it.
///
/// `sp_runtime`'s `UncheckedExtrinsic` reserves the length its prefix claims once it has read
/// the preamble (one byte for a bare extrinsic), before the call (`Vec::with_capacity`, up to 4
/// GiB): native code that decodes a client's bytes must check
/// the prefix first, or one request with a lying prefix asks the allocator for gigabytes, which
/// aborts the process where memory is not overcommitted. A value nested deeper than
/// [`DECODE_DEPTH`] is refused too. Bytes after the value are left as `Decode` leaves them (the
/// pool also ignores them).
pub fn decode_length_prefixed<T: Decode>(bytes: &[u8]) -> Option<T> {
	let mut rest = bytes;
	let Compact(claimed) = Compact::<u32>::decode(&mut rest).ok()?;
	if usize::try_from(claimed).ok()? > rest.len() {
		return None;
	}
	T::decode_with_depth_limit(DECODE_DEPTH, &mut &bytes[..]).ok()
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

	/// A value of itself, nested.
	#[derive(Decode, Debug)]
	#[allow(dead_code)]
	enum Nest {
		Leaf,
		Within(alloc::boxed::Box<Nest>),
	}

	/// `depth` levels of `Within` around a leaf, as bytes (building the value itself would
	/// recurse as deep).
	fn nested(depth: usize) -> Vec<u8> {
		let mut body = alloc::vec![1u8; depth];
		body.push(0);
		let mut bytes = Compact(body.len() as u32).encode();
		bytes.extend(body);
		bytes
	}

	#[test]
	fn a_value_nested_deeper_than_the_limit_is_refused_without_recursing_into_it() {
		// The nested type behind a length prefix of the bytes that follow, as an extrinsic is.
		#[derive(Decode, Debug)]
		#[allow(dead_code)]
		struct Prefixed(Compact<u32>, Nest);
		assert!(decode_length_prefixed::<Prefixed>(&nested(DECODE_DEPTH as usize - 2)).is_some());
		assert!(decode_length_prefixed::<Prefixed>(&nested(DECODE_DEPTH as usize + 1)).is_none());
		// A million levels: refused at the limit, the stack untouched by the rest.
		assert!(decode_length_prefixed::<Prefixed>(&nested(1_000_000)).is_none());
	}
}
