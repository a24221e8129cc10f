//! Calls made from the runtime's own type information: any call of any pallet, with arguments
//! drawn from what makes calls reach deep (the cast's accounts, real RSA keys, a few hashes
//! that recur) and what makes them fail (random bytes, lengths past every bound, extreme
//! numbers).
//!
//! The generator walks `RuntimeCall`'s `scale-info` type, so a call added to any pallet is fuzzed
//! without a change here. It SCALE-encodes what it draws and decodes that as the runtime would
//! (`decode_all_with_depth_limit`): an encoding the runtime refuses (a vector past its bound) is
//! counted, not dispatched, which fuzzes the calls' decoding as well.

use crate::source::Source;
use carechain_primitives::testing::keys;
use carechain_runtime::RuntimeCall;
use codec::{Compact, DecodeLimit, Encode};
use scale_info::{
	form::PortableForm, PortableRegistry, Registry, Type, TypeDef, TypeDefPrimitive, Variant,
};

/// How deep calls nest (`utility.batch` of `sudo.sudo` of ...) before the generator stops.
const MAX_CALL_DEPTH: u32 = 3;
/// The decode depth limit the runtime's extrinsics use (`MAX_EXTRINSIC_DEPTH`).
const DECODE_DEPTH_LIMIT: u32 = 256;

/// Calls never generated, by the path of their pallet's `Call` type and their name: each but
/// the timestamp's deliberately lets root rewrite state beneath the pallets (raw storage writes,
/// a new runtime code, the issuance set by decree), so the invariants after it would report the
/// call, not a bug.
const NEVER: &[(&str, &[&str])] = &[
	(
		"frame_system::pallet::Call",
		&[
			"set_heap_pages",
			"set_code",
			"set_code_without_checks",
			"set_storage",
			"kill_storage",
			"kill_prefix",
			"authorize_upgrade",
			"authorize_upgrade_without_checks",
			"apply_authorized_upgrade",
		],
	),
	("pallet_balances::pallet::Call", &["force_adjust_total_issuance"]),
	// An inherent: a second one in a block (root can dispatch it as `None`) panics by design,
	// and a node's block builder never includes one.
	("pallet_timestamp::pallet::Call", &["set"]),
];

/// How often each pallet's calls are drawn, by its name in `RuntimeCall`: CareChain's own
/// pallets most, then governance, then the rest.
fn pallet_weight(name: &str) -> u32 {
	match name {
		"Registry" | "Consent" | "Records" | "IntrusionDetection" => 8,
		"HospitalMembership" | "HospitalCouncil" | "Consortium" | "Session"
		| "NodeAuthorization" => 3,
		"Balances" | "Utility" | "Sudo" => 3,
		// Its one call is an inherent, never drawn (`NEVER`).
		"Timestamp" => 0,
		// Its reports need two headers sealed by a validator's Aura key, which drawn bytes never
		// are: every drawn report would be refused by one of its checks, each of which its own
		// tests and the runtime's (`runtime/tests/aura_equivocation.rs`) try. Drawing it would
		// also re-map the checked-in corpus's bytes onto other pallets' calls (a weight of 1
		// left no consent call succeeding in the corpus).
		"AuraEquivocation" => 0,
		// Its one call publishes an envelope of a record its caller anchored, as the last bytes
		// of the transaction: drawn calls name records and envelopes by chance, and would all be
		// refused by the checks its own tests try (`pallets/envelopes`). Drawing it would also
		// re-map the checked-in corpus, as above (no consent call succeeded with it drawn).
		"Envelopes" => 0,
		_ => 1,
	}
}

/// What a call's drawing came to.
pub enum Drawn {
	/// A call the runtime decodes.
	Call(RuntimeCall),
	/// Bytes the runtime refuses to decode as a call (a bound exceeded, for example).
	Undecodable(Vec<u8>),
}

/// Where a drawing is: whose call it is, how deep in nested calls, whether it named an account.
struct Context {
	signer: [u8; 32],
	depth: u32,
	named_an_account: bool,
}

/// Draws calls from `RuntimeCall`'s type.
pub struct CallGenerator {
	registry: PortableRegistry,
	call_type: u32,
	accounts: Vec<[u8; 32]>,
	blobs: Vec<Vec<u8>>,
	hashes: Vec<[u8; 32]>,
	/// `system.remark(vec![])`: what a call nested too deep becomes.
	leaf_call: Vec<u8>,
}

impl CallGenerator {
	/// A generator whose calls name `accounts` (the cast) nearly always.
	pub fn new(accounts: Vec<[u8; 32]>) -> Self {
		let mut registry = Registry::new();
		let call_type = registry.register_type(&scale_info::meta_type::<RuntimeCall>()).id;
		let registry = PortableRegistry::from(registry);
		let blobs = vec![
			keys::RSA_2048_A.to_vec(),
			keys::RSA_2048_B.to_vec(),
			keys::RSA_3072.to_vec(),
			keys::RSA_4096_A.to_vec(),
			keys::DEVICE_2048.to_vec(),
			keys::DEVICE_4096.to_vec(),
			keys::DEVICE_2048_READING_SIGNATURE.to_vec(),
			// Refused keys: too short, not RSA, too long.
			keys::RSA_1024.to_vec(),
			keys::EC_P256.to_vec(),
			keys::RSA_8192.to_vec(),
			b"ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy".to_vec(),
			Vec::new(),
		];
		let hashes =
			vec![[0u8; 32], [1u8; 32], [0xab; 32], sp_io::hashing::blake2_256(keys::READING)];
		let leaf_call = RuntimeCall::System(frame_system::Call::remark { remark: vec![] }).encode();
		Self { registry, call_type, accounts, blobs, hashes, leaf_call }
	}

	/// Draws one call for `signer` to sign from `source`.
	pub fn draw(&self, source: &mut Source, signer: [u8; 32]) -> Drawn {
		let mut bytes = Vec::new();
		// A call whose arguments cannot be made (an uninhabited type such as GRANDPA's
		// `Void` key-ownership proof) is drawn again, then given up as the leaf call.
		let mut made = false;
		for _ in 0..4 {
			bytes.clear();
			let mut ctx = Context { signer, depth: 0, named_an_account: false };
			if self.encode_call(source, &mut bytes, &mut ctx) {
				made = true;
				break;
			}
		}
		if !made {
			bytes = self.leaf_call.clone();
		}
		match RuntimeCall::decode_all_with_depth_limit(DECODE_DEPTH_LIMIT, &mut &bytes[..]) {
			Ok(call) => Drawn::Call(call),
			Err(_) => Drawn::Undecodable(bytes),
		}
	}

	fn ty(&self, id: u32) -> &Type<PortableForm> {
		// Every id comes from the registry's own type table.
		self.registry.resolve(id).expect("ids come from the registry itself; qed")
	}

	/// A `RuntimeCall`: a pallet by weight, then one of its calls.
	fn encode_call(&self, source: &mut Source, out: &mut Vec<u8>, ctx: &mut Context) -> bool {
		if ctx.depth >= MAX_CALL_DEPTH {
			out.extend_from_slice(&self.leaf_call);
			return true;
		}
		let TypeDef::Variant(pallets) = &self.ty(self.call_type).type_def else {
			return false;
		};
		let total: u32 = pallets.variants.iter().map(|v| pallet_weight(&v.name)).sum();
		let mut pick = source.u32() % total.max(1);
		let pallet = pallets
			.variants
			.iter()
			.find(|v| {
				let w = pallet_weight(&v.name);
				if pick < w {
					true
				} else {
					pick -= w;
					false
				}
			})
			.unwrap_or(&pallets.variants[0]);
		out.push(pallet.index);
		// A pallet's variant has one field: its `Call` enum.
		pallet.fields.iter().all(|field| self.encode(field.ty.id, source, out, ctx))
	}

	/// Encodes a value of type `id`.
	fn encode(&self, id: u32, source: &mut Source, out: &mut Vec<u8>, ctx: &mut Context) -> bool {
		if id == self.call_type {
			ctx.depth += 1;
			let made = self.encode_call(source, out, ctx);
			ctx.depth -= 1;
			return made;
		}
		let ty = self.ty(id);
		let path = ty.path.segments.join("::");
		if path.ends_with("AccountId32") {
			// The first account a call names is often its signer's own (a patient granting
			// consent names herself): calls get past their first check more often.
			let first = !ctx.named_an_account;
			ctx.named_an_account = true;
			let account = if first && source.chance(96) {
				ctx.signer
			} else if !self.accounts.is_empty() && !source.chance(16) {
				self.accounts[source.below(self.accounts.len())]
			} else {
				source.bytes::<32>()
			};
			out.extend_from_slice(&account);
			return true;
		}
		match &ty.type_def {
			TypeDef::Composite(composite) => {
				composite.fields.iter().all(|field| self.encode(field.ty.id, source, out, ctx))
			},
			TypeDef::Variant(variants) => {
				let allowed: Vec<&Variant<PortableForm>> = variants
					.variants
					.iter()
					.filter(|v| {
						!NEVER
							.iter()
							.any(|(call, names)| path == *call && names.contains(&v.name.as_str()))
					})
					.collect();
				if allowed.is_empty() {
					return false;
				}
				let variant = allowed[source.below(allowed.len())];
				out.push(variant.index);
				variant.fields.iter().all(|field| self.encode(field.ty.id, source, out, ctx))
			},
			TypeDef::Sequence(sequence) => {
				let element = sequence.type_param.id;
				if self.is_u8(element) {
					self.encode_bytes(source, out);
					return true;
				}
				let len = match source.byte() {
					0..=99 => 0,
					100..=219 => 1 + source.below(3),
					220..=249 => 4 + source.below(12),
					_ => 16 + source.below(64),
				};
				Compact(len as u32).encode_to(out);
				(0..len).all(|_| self.encode(element, source, out, ctx))
			},
			TypeDef::Array(array) => {
				if self.is_u8(array.type_param.id) {
					if array.len == 32 && !source.chance(32) {
						out.extend_from_slice(&self.hashes[source.below(self.hashes.len())]);
					} else {
						for _ in 0..array.len {
							out.push(source.byte());
						}
					}
					return true;
				}
				(0..array.len).all(|_| self.encode(array.type_param.id, source, out, ctx))
			},
			TypeDef::Tuple(tuple) => {
				tuple.fields.iter().all(|field| self.encode(field.id, source, out, ctx))
			},
			TypeDef::Primitive(primitive) => {
				encode_primitive(primitive, source, out);
				true
			},
			TypeDef::Compact(compact) => {
				let inner = self.ty(compact.type_param.id);
				let value = match &inner.type_def {
					TypeDef::Primitive(p) => number(p, source),
					// A compact of a one-field wrapper (`Compact<Perbill>`): its number.
					_ => u128::from(source.u32()),
				};
				match &inner.type_def {
					TypeDef::Primitive(TypeDefPrimitive::U8) => Compact(value as u8).encode_to(out),
					TypeDef::Primitive(TypeDefPrimitive::U16) => {
						Compact(value as u16).encode_to(out)
					},
					TypeDef::Primitive(TypeDefPrimitive::U32) => {
						Compact(value as u32).encode_to(out)
					},
					TypeDef::Primitive(TypeDefPrimitive::U64) => {
						Compact(value as u64).encode_to(out)
					},
					_ => Compact(value).encode_to(out),
				}
				true
			},
			TypeDef::BitSequence(_) => {
				Compact(0u32).encode_to(out);
				true
			},
		}
	}

	fn is_u8(&self, id: u32) -> bool {
		matches!(self.ty(id).type_def, TypeDef::Primitive(TypeDefPrimitive::U8))
	}

	/// A byte string: a real key or signature, one of them with a byte flipped, random bytes,
	/// or a length past any bound CareChain sets.
	fn encode_bytes(&self, source: &mut Source, out: &mut Vec<u8>) {
		let bytes = match source.byte() {
			0..=127 => self.blobs[source.below(self.blobs.len())].clone(),
			128..=159 => {
				let mut blob = self.blobs[source.below(self.blobs.len())].clone();
				if !blob.is_empty() {
					let at = source.below(blob.len());
					blob[at] ^= 1 << (source.byte() % 8);
				}
				blob
			},
			160..=239 => (0..source.below(64)).map(|_| source.byte()).collect(),
			_ => {
				let len = 512 + source.below(8192);
				let fill = source.byte();
				vec![fill; len]
			},
		};
		bytes.encode_to(out);
	}
}

/// A number of `primitive`'s width: mostly small (ids, counts, block numbers near now), else an
/// edge of its range or anything.
fn number(primitive: &TypeDefPrimitive, source: &mut Source) -> u128 {
	let max: u128 = match primitive {
		TypeDefPrimitive::Bool | TypeDefPrimitive::U8 | TypeDefPrimitive::I8 => u8::MAX.into(),
		TypeDefPrimitive::U16 | TypeDefPrimitive::I16 => u16::MAX.into(),
		TypeDefPrimitive::U32 | TypeDefPrimitive::I32 | TypeDefPrimitive::Char => u32::MAX.into(),
		TypeDefPrimitive::U64 | TypeDefPrimitive::I64 => u64::MAX.into(),
		_ => u128::MAX,
	};
	let value = match source.byte() {
		0..=159 => u128::from(source.byte() % 16),
		160..=199 => u128::from(source.u32() % 1000),
		// Balances: a milli-unit to a million units (12 decimals).
		200..=229 => 10u128.pow(9 + u32::from(source.byte() % 10)),
		230..=239 => max,
		240..=247 => max.saturating_sub(1),
		_ => (u128::from(source.u64()) << 64) | u128::from(source.u64()),
	};
	value.min(max)
}

fn encode_primitive(primitive: &TypeDefPrimitive, source: &mut Source, out: &mut Vec<u8>) {
	let value = number(primitive, source);
	match primitive {
		TypeDefPrimitive::Bool => (value & 1 == 1).encode_to(out),
		TypeDefPrimitive::Char => ('a' as u32 + (value % 26) as u32).encode_to(out),
		TypeDefPrimitive::Str => {
			let len = source.below(24);
			let text: String = (0..len).map(|_| char::from(b'a' + source.byte() % 26)).collect();
			text.encode_to(out)
		},
		TypeDefPrimitive::U8 | TypeDefPrimitive::I8 => (value as u8).encode_to(out),
		TypeDefPrimitive::U16 | TypeDefPrimitive::I16 => (value as u16).encode_to(out),
		TypeDefPrimitive::U32 | TypeDefPrimitive::I32 => (value as u32).encode_to(out),
		TypeDefPrimitive::U64 | TypeDefPrimitive::I64 => (value as u64).encode_to(out),
		TypeDefPrimitive::U128 | TypeDefPrimitive::I128 => value.encode_to(out),
		TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => {
			value.encode_to(out);
			0u128.encode_to(out)
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::source::seeded_input;
	use std::collections::BTreeSet;

	#[test]
	fn every_pallet_with_calls_is_drawn_and_most_draws_decode() {
		let generator = CallGenerator::new(vec![[1u8; 32], [2u8; 32]]);
		let input = seeded_input(7, 400_000);
		let mut source = Source::new(&input);
		let mut pallets = BTreeSet::new();
		let (mut decoded, mut refused) = (0u32, 0u32);
		while !source.is_empty() {
			match generator.draw(&mut source, [1u8; 32]) {
				Drawn::Call(call) => {
					decoded += 1;
					pallets.insert(call.encode()[0]);
				},
				Drawn::Undecodable(_) => refused += 1,
			}
		}
		// Every pallet index of `RuntimeCall` (those with calls).
		let TypeDef::Variant(all) = &generator.ty(generator.call_type).type_def else {
			panic!("RuntimeCall is an enum")
		};
		let expected: BTreeSet<u8> =
			all.variants.iter().filter(|v| pallet_weight(&v.name) > 0).map(|v| v.index).collect();
		assert!(expected.len() >= 14, "{expected:?}");
		assert_eq!(pallets, expected);
		assert!(decoded > refused * 4, "{decoded} decoded, {refused} refused");
		assert!(refused > 0, "some draws exceed a bound and are refused at decoding");
	}

	#[test]
	fn the_calls_that_rewrite_state_beneath_the_pallets_are_never_drawn() {
		let generator = CallGenerator::new(vec![[1u8; 32]]);
		let input = seeded_input(11, 300_000);
		let mut source = Source::new(&input);
		while !source.is_empty() {
			if let Drawn::Call(call) = generator.draw(&mut source, [1u8; 32]) {
				let text = format!("{call:?}");
				for name in [
					"set_storage",
					"kill_storage",
					"kill_prefix",
					"set_code",
					"force_adjust_total_issuance",
				] {
					assert!(!text.contains(name), "{text}");
				}
			}
		}
	}
}
