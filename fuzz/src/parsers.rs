//! Parser targets: what reads bytes that anyone can send or store, fed arbitrary and mutated
//! bytes. Each must return an error, never panic, and allocate in proportion to its input, not
//! to a length the input claims (`fuzz/tests/parsers.rs` measures that with a counting
//! allocator).
//!
//! The node's own parsers (a submission's signer and pool hash, the door's dispatch class) live
//! in the node's binary and are fuzzed by its unit tests with the same [`seeded_input`](crate::seeded_input).

use crate::source::Source;
use carechain_crypto::envelope::Envelope;
use carechain_primitives::{
	batch::{verify_batch_proof, BatchProof},
	record_signature::verify_content_signature,
	records::{CUSTODY_ENVELOPE_VERSION, ENVELOPE_VERSION},
	rsa_key::parse_rsa_public_key,
	testing::keys,
	untrusted::decode_length_prefixed,
};
use carechain_runtime::{RuntimeCall, UncheckedExtrinsic};
use codec::{Compact, Decode, DecodeLimit, Encode};
use scale_info::{PortableRegistry, Registry, TypeDef};
use sp_core::H256;

/// The parsers fuzzed here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
	/// `parse_rsa_public_key`: every key the registry stores passes it.
	RsaPublicKey,
	/// A device's RSA-PSS signature over a record's hash, verified on chain.
	ContentSignature,
	/// `Envelope::from_bytes`: what a reader fetches from a blob store.
	Envelope,
	/// Every call of every pallet, SCALE-decoded as the runtime decodes it.
	Call,
	/// A whole extrinsic, as the node's door and detector decode a client's submission
	/// (`decode_length_prefixed`: sp-runtime's own decoding reserves the length the prefix
	/// claims, which this target found).
	Extrinsic,
	/// A reading's proof against its batch's root (`recordsApi.verifyReading`).
	BatchProof,
}

impl Target {
	/// Every target.
	pub const ALL: [Target; 6] = [
		Target::RsaPublicKey,
		Target::ContentSignature,
		Target::Envelope,
		Target::Call,
		Target::Extrinsic,
		Target::BatchProof,
	];
}

/// The real keys that inputs are mutated from.
const KEYS: [&[u8]; 6] = [
	keys::RSA_2048_A,
	keys::RSA_4096_A,
	keys::DEVICE_2048,
	keys::DEVICE_4096,
	keys::RSA_1024,
	keys::EC_P256,
];

/// Bytes for a target: half the time a real value with a few bytes flipped, cut short or
/// lengthened, else the input's own bytes.
fn mutated(source: &mut Source, real: &[u8]) -> Vec<u8> {
	if source.chance(128) {
		let mut bytes = real.to_vec();
		for _ in 0..1 + source.below(4) {
			if bytes.is_empty() {
				break;
			}
			let at = source.below(bytes.len());
			match source.byte() % 4 {
				0 => bytes[at] ^= 1 << (source.byte() % 8),
				1 => bytes[at] = source.byte(),
				2 => bytes.truncate(at),
				_ => bytes.insert(at, source.byte()),
			}
		}
		bytes
	} else {
		(0..source.below(600)).map(|_| source.byte()).collect()
	}
}

/// The pallet and call indices of every call: the first two bytes of each.
pub fn call_indices() -> Vec<(u8, u8)> {
	let mut registry = Registry::new();
	let id = registry.register_type(&scale_info::meta_type::<RuntimeCall>()).id;
	let registry = PortableRegistry::from(registry);
	let mut indices = Vec::new();
	if let Some(TypeDef::Variant(pallets)) = registry.resolve(id).map(|t| &t.type_def) {
		for pallet in &pallets.variants {
			let calls = pallet.fields.first().and_then(|f| registry.resolve(f.ty.id));
			if let Some(TypeDef::Variant(calls)) = calls.map(|t| &t.type_def) {
				indices.extend(calls.variants.iter().map(|call| (pallet.index, call.index)));
			}
		}
	}
	indices
}

/// Runs `target` on what `source` gives it. Returns whether the parser accepted the input (a
/// mutated real key may still be a key); a panic is the finding.
pub fn run(target: Target, source: &mut Source, calls: &[(u8, u8)]) -> bool {
	match target {
		Target::RsaPublicKey => {
			let real = KEYS[source.below(KEYS.len())];
			let der = mutated(source, real);
			parse_rsa_public_key(&der, 2048).is_ok()
		},
		Target::ContentSignature => {
			let real = KEYS[source.below(KEYS.len())];
			let key = mutated(source, real);
			let hash = source.bytes::<32>();
			let len = match source.byte() % 3 {
				0 => 256,
				1 => 512,
				_ => source.below(700),
			};
			let signature: Vec<u8> = (0..len).map(|_| source.byte()).collect();
			verify_content_signature(&key, &hash, &signature, 2048).is_ok()
		},
		Target::Envelope => {
			let mut bytes = mutated(source, &[]);
			if source.chance(200) {
				let version =
					if source.chance(128) { ENVELOPE_VERSION } else { CUSTODY_ENVELOPE_VERSION };
				bytes.insert(0, version);
			}
			Envelope::from_bytes(&bytes).is_ok()
		},
		Target::Call => {
			let mut bytes = Vec::new();
			if let Some(&(pallet, call)) = calls.get(source.below(calls.len())) {
				bytes.extend_from_slice(&[pallet, call]);
			}
			bytes.extend((0..source.below(400)).map(|_| source.byte()));
			RuntimeCall::decode_all_with_depth_limit(256, &mut &bytes[..]).is_ok()
		},
		Target::Extrinsic => {
			let mut body = vec![if source.chance(128) { 0x84 } else { source.byte() }];
			if let Some(&(pallet, call)) = calls.get(source.below(calls.len())) {
				if source.chance(64) {
					body.extend_from_slice(&[0x00, pallet, call]);
				}
			}
			body.extend((0..source.below(400)).map(|_| source.byte()));
			let mut bytes = Compact(body.len() as u32).encode();
			if source.chance(32) {
				// A length that claims far more than there is.
				bytes = Compact(u32::MAX - source.u32() % 1000).encode();
			}
			bytes.extend(body);
			decode_length_prefixed::<UncheckedExtrinsic>(&bytes).is_some()
		},
		Target::BatchProof => {
			let root = H256(source.bytes());
			let readings = if source.chance(200) { source.u32() % 40_000 } else { source.u32() };
			let reading = H256(source.bytes());
			let siblings = (0..source.below(24)).map(|_| H256(source.bytes())).collect();
			let proof = BatchProof { index: source.u32() % readings.max(1), siblings };
			let _ = BatchProof::decode(&mut &proof.encode()[..]);
			verify_batch_proof(root, readings, reading, &proof)
		},
	}
}
