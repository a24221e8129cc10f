//! The runtime, run natively as a node runs it: blocks initialised with an Aura slot, the
//! timestamp inherent, signed extrinsics applied each in its own storage transaction (kept if
//! included, rolled back if the runtime refuses it, as the block builder does), the block
//! finalised, and the invariants checked.

use crate::{calls::Drawn, invariants, source::Source, CallGenerator};
use carechain_primitives::testing::keys;
use carechain_runtime::{
	genesis_config_presets::{development_config_genesis, storage_from_preset},
	Executive, Runtime, RuntimeCall, SignedPayload, UncheckedExtrinsic, SLOT_DURATION,
};
use codec::Encode;
use frame_support::traits::GetCallMetadata;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Digest, traits::Header as _, DigestItem, DispatchError, MultiAddress, MultiSignature,
	Storage,
};
use std::collections::BTreeMap;

/// The accounts that sign: every dev account. The prelude makes Alice a hospital, Dave a
/// physician, Eve a patient and Ferdie her device; Alice is also the sudo key, the validator
/// and, with Bob and Charlie, the council; One and Two start with no role.
pub const CAST: [Sr25519Keyring; 8] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::One,
	Sr25519Keyring::Two,
];

/// A block ends after at most this many drawn calls.
const MAX_CALLS_PER_BLOCK: usize = 48;

/// What went wrong: a bug in the runtime (or in an invariant).
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
	/// The runtime panicked.
	Panic { block: u32, message: String },
	/// An invariant failed after a block.
	Invariant { block: u32, what: String },
}

impl std::fmt::Display for Finding {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Finding::Panic { block, message } => write!(f, "panic in block {block}: {message}"),
			Finding::Invariant { block, what } => write!(f, "after block {block}: {what}"),
		}
	}
}

/// What a run did: calls by what became of them, and calls dispatched by pallet.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Tally {
	/// Blocks built (the prelude's included).
	pub blocks: u64,
	/// Calls drawn.
	pub calls: u64,
	/// Draws the runtime refused to decode.
	pub undecodable: u64,
	/// Extrinsics the runtime refused to include (bad nonce, no funds, quarantined, block full).
	pub refused: u64,
	/// Included and dispatched successfully, by pallet.
	pub succeeded: BTreeMap<String, u64>,
	/// Included, the dispatch failed with an error, by `pallet.error` (or the error's kind).
	pub failed: BTreeMap<String, u64>,
}

impl Tally {
	/// Adds `other`'s counts to this one.
	pub fn add(&mut self, other: &Tally) {
		self.blocks += other.blocks;
		self.calls += other.calls;
		self.undecodable += other.undecodable;
		self.refused += other.refused;
		for (k, v) in &other.succeeded {
			*self.succeeded.entry(k.clone()).or_default() += v;
		}
		for (k, v) in &other.failed {
			*self.failed.entry(k.clone()).or_default() += v;
		}
	}

	/// Calls included in a block (succeeded or failed).
	pub fn included(&self) -> u64 {
		self.succeeded.values().sum::<u64>() + self.failed.values().sum::<u64>()
	}
}

/// The development preset's genesis storage, built natively once.
pub fn genesis_storage() -> Storage {
	storage_from_preset(development_config_genesis()).expect("the development genesis builds")
}

/// A chain being driven.
pub struct Chain {
	ext: sp_io::TestExternalities,
	parent: H256,
	number: u32,
	slot: u64,
	generator: CallGenerator,
	/// Draws of the block being built.
	in_block: usize,
	/// What happened so far.
	pub tally: Tally,
}

impl Chain {
	/// A chain at the development genesis `storage`; `start_block` starts its first block.
	pub fn new(storage: Storage) -> Self {
		let ext = sp_io::TestExternalities::new(storage);
		let generator = CallGenerator::new(CAST.iter().map(|k| k.to_account_id().into()).collect());
		let mut chain = Self {
			ext,
			parent: H256::zero(),
			number: 0,
			slot: 1,
			generator,
			in_block: 0,
			tally: Tally::default(),
		};
		chain.ext.execute_with(|| {
			chain.parent = frame_system::Pallet::<Runtime>::block_hash(0);
		});
		chain
	}

	/// Runs `input`: the prelude's block, then the input's calls and block ends, checking the
	/// invariants after every block. Stops at the first finding.
	pub fn run(storage: Storage, input: &[u8]) -> (Tally, Result<(), Finding>) {
		let mut chain = Chain::new(storage);
		let outcome = chain
			.start_block(0)
			.and_then(|()| chain.prelude())
			.and_then(|()| chain.drive(&mut Source::new(input)));
		(chain.tally, outcome)
	}

	/// The roles the fuzzer starts from, in the first block; each call must succeed.
	pub fn prelude(&mut self) -> Result<(), Finding> {
		use pallet_registry::Call as Registry;
		let key = |k: &[u8]| k.to_vec().try_into().expect("the test keys are within the bound");
		let alice = Sr25519Keyring::Alice;
		let steps: Vec<(Sr25519Keyring, RuntimeCall)> = vec![
			(
				alice,
				RuntimeCall::Sudo(pallet_sudo::Call::sudo {
					call: Box::new(RuntimeCall::Registry(Registry::admit_hospital {
						hospital: alice.to_account_id(),
						encryption_key: key(keys::RSA_2048_A),
					})),
				}),
			),
			(
				alice,
				RuntimeCall::Registry(Registry::register_physician {
					physician: Sr25519Keyring::Dave.to_account_id(),
					encryption_key: key(keys::RSA_2048_B),
				}),
			),
			(
				Sr25519Keyring::Eve,
				RuntimeCall::Registry(Registry::register_patient {
					encryption_key: key(keys::RSA_4096_A),
					identifier_hash: None,
				}),
			),
			(
				alice,
				RuntimeCall::Registry(Registry::register_device {
					device: Sr25519Keyring::Ferdie.to_account_id(),
					patient: Sr25519Keyring::Eve.to_account_id(),
					kind: carechain_primitives::registry::DeviceKind::Wearable,
					encryption_key: key(keys::RSA_2048_A),
					signing_key: key(keys::DEVICE_2048),
				}),
			),
		];
		// The setup is not the fuzzer's: its calls stay out of the tally.
		let tally = self.tally.clone();
		for (signer, call) in steps {
			let label = format!("{call:?}");
			match self.apply(signer, call, 0)? {
				Applied::Succeeded => {},
				other => {
					return Err(Finding::Invariant {
						block: self.number,
						what: format!("the prelude's {label} was {other:?}"),
					})
				},
			}
		}
		self.tally = tally;
		self.end_block(0)
	}

	/// Drives the chain through `source`'s calls until it is exhausted, then ends the block.
	pub fn drive(&mut self, source: &mut Source) -> Result<(), Finding> {
		while !source.is_empty() {
			if self.in_block >= MAX_CALLS_PER_BLOCK || source.chance(12) {
				// Slots skipped: mostly none, sometimes minutes (windows and expiries pass).
				let skip = match source.byte() {
					0..=199 => 0,
					200..=249 => u64::from(source.byte() % 8),
					_ => u64::from(source.byte()) * 20,
				};
				self.end_block(skip)?;
				continue;
			}
			let signer = CAST[source.below(CAST.len())];
			// Now and then a nonce from the past or the future.
			let nonce_offset: i64 = match source.byte() {
				0..=3 => -1,
				4..=7 => 1,
				_ => 0,
			};
			self.in_block += 1;
			self.tally.calls += 1;
			match self.generator.draw(source, signer.to_account_id().into()) {
				Drawn::Call(call) => {
					self.apply(signer, call, nonce_offset)?;
				},
				Drawn::Undecodable(_) => self.tally.undecodable += 1,
			}
		}
		self.end_block(0)
	}

	/// Starts block `number + 1`, `skip` slots after the last: its Aura slot and timestamp.
	pub fn start_block(&mut self, skip: u64) -> Result<(), Finding> {
		self.number += 1;
		self.slot = self.slot.saturating_add(1).saturating_add(skip);
		self.in_block = 0;
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(self.slot).encode())],
		};
		let header = carechain_runtime::Header::new(
			self.number,
			Default::default(),
			Default::default(),
			self.parent,
			digest,
		);
		let now = self.slot.saturating_mul(SLOT_DURATION);
		let number = self.number;
		self.guarded(number, || {
			Executive::initialize_block(&header);
			let inherent =
				UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
					now,
				}));
			match Executive::apply_extrinsic(inherent) {
				Ok(Ok(())) => Ok(()),
				other => Err(format!("the timestamp inherent was refused: {other:?}")),
			}
		})?
		.map_err(|what| Finding::Invariant { block: number, what })
	}

	/// Ends the block: checks its weight and length, finalises it, checks the invariants, and
	/// starts the next one `skip` slots later.
	pub fn end_block(&mut self, skip: u64) -> Result<(), Finding> {
		let number = self.number;
		let checked = self.guarded(number, || {
			invariants::check_block_limits()?;
			let header = Executive::finalize_block();
			invariants::check_state()?;
			Ok::<H256, String>(header.hash())
		})?;
		let hash = checked.map_err(|what| Finding::Invariant { block: number, what })?;
		self.parent = hash;
		self.tally.blocks += 1;
		self.start_block(skip)
	}

	/// Signs `call` by `signer` with its nonce moved by `nonce_offset`, and applies it as the
	/// block builder does.
	fn apply(
		&mut self,
		signer: Sr25519Keyring,
		call: RuntimeCall,
		nonce_offset: i64,
	) -> Result<Applied, Finding> {
		let number = self.number;
		// Its pallet's name, without encoding the call (its arguments may be kilobytes).
		let pallet = call.get_call_metadata().pallet_name.to_string();
		let applied = self.guarded(number, || {
			let account = signer.to_account_id();
			let nonce = frame_system::Pallet::<Runtime>::account_nonce(&account);
			let nonce = (i64::from(nonce) + nonce_offset).clamp(0, i64::from(u32::MAX)) as u32;
			let extension = carechain_runtime::immortal_extension(nonce);
			let Ok(payload) = SignedPayload::new(call.clone(), extension.clone()) else {
				return Applied::Refused;
			};
			let signature = payload.using_encoded(|bytes| signer.pair().sign(bytes));
			let xt = UncheckedExtrinsic::new_signed(
				call,
				MultiAddress::Id(account),
				MultiSignature::Sr25519(signature),
				extension,
			);
			sp_io::storage::start_transaction();
			match Executive::apply_extrinsic(xt) {
				Ok(Ok(())) => {
					sp_io::storage::commit_transaction();
					Applied::Succeeded
				},
				Ok(Err(error)) => {
					sp_io::storage::commit_transaction();
					Applied::Failed(error)
				},
				Err(_) => {
					sp_io::storage::rollback_transaction();
					Applied::Refused
				},
			}
		})?;
		match &applied {
			Applied::Succeeded => *self.tally.succeeded.entry(pallet).or_default() += 1,
			Applied::Failed(error) => *self.tally.failed.entry(describe(error)).or_default() += 1,
			Applied::Refused => self.tally.refused += 1,
		}
		Ok(applied)
	}

	/// Runs `f` in the chain's state (to look at it, or to break it in a test).
	pub fn execute_with<R>(&mut self, f: impl FnOnce() -> R) -> R {
		self.ext.execute_with(f)
	}

	/// Runs `f` in the chain's state, turning a panic into a finding.
	pub(crate) fn guarded<R>(&mut self, block: u32, f: impl FnOnce() -> R) -> Result<R, Finding> {
		let ext = &mut self.ext;
		std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ext.execute_with(f))).map_err(
			|payload| {
				let message = payload
					.downcast_ref::<String>()
					.cloned()
					.or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
					.unwrap_or_else(|| "a panic without a message".into());
				Finding::Panic { block, message }
			},
		)
	}
}

/// What became of one extrinsic.
#[derive(Debug)]
enum Applied {
	Succeeded,
	Failed(DispatchError),
	Refused,
}

/// `pallet.Error` for a module error, else the error's kind.
fn describe(error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) => {
			let (pallet, name) = module_error_name(module.index, module.error);
			format!("{pallet}.{name}")
		},
		DispatchError::BadOrigin => "BadOrigin".into(),
		other => format!("{other:?}"),
	}
}

/// The names of a module error, from the runtime's error enum.
fn module_error_name(index: u8, error: [u8; 4]) -> (String, String) {
	let module = sp_runtime::ModuleError { index, error, message: None };
	let described =
		carechain_runtime::RuntimeError::from_dispatch_error(DispatchError::Module(module))
			.map(|e| format!("{e:?}"))
			.unwrap_or_else(|| format!("Pallet{index}(Error{})", error[0]));
	let mut parts = described.splitn(2, '(');
	let pallet = parts.next().unwrap_or("?").to_string();
	let name = parts.next().unwrap_or("?").trim_end_matches(')').to_string();
	(pallet, name)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_panic_in_the_runtime_is_a_finding_with_its_message() {
		let mut chain = Chain::new(genesis_storage());
		let found = chain.guarded(7, || panic!("boom {}", 42));
		assert_eq!(found, Err(Finding::Panic { block: 7, message: "boom 42".into() }));
	}

	#[test]
	fn a_module_error_is_named_by_its_pallet_and_variant() {
		let error: DispatchError = pallet_registry::Error::<Runtime>::NotRegistered.into();
		assert_eq!(describe(&error), "Registry.NotRegistered");
		assert_eq!(describe(&DispatchError::BadOrigin), "BadOrigin");
	}
}
