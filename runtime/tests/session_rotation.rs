//! Sessions through the real runtime's executive, natively, on the four-authority local genesis:
//! blocks 1 to 2 × `SESSION_PERIOD` built as an author builds them (Aura's slot, the timestamp,
//! then a signed transfer), the session ending at each period's last block, and that block
//! charged the rotation's measured weight, so a normal transaction still fits in it.
//! pallet-session's own rotation charged a whole block there and left it to the mandatory class.

use codec::Encode;
use frame_support::dispatch::DispatchClass;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Header as _, Digest, DigestItem};

mod common;

use carechain_runtime::{
	configs::{governance::SESSION_PERIOD, RuntimeBlockWeights},
	AccountId, Executive, Hash, Header, Nonce, Runtime, RuntimeCall, SignedPayload, System,
	UncheckedExtrinsic, VERSION,
};

/// The local genesis's hash, as frame-system's genesis stores it (an immortal era's block).
const GENESIS: Hash = Hash::repeat_byte(69);

/// A transfer of one unit from Alice to Bob with `nonce`, signed by Alice, immortal.
fn transfer(nonce: Nonce) -> UncheckedExtrinsic {
	let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Sr25519Keyring::Bob.to_account_id().into(),
		value: carechain_primitives::UNIT,
	});
	let extension = carechain_runtime::immortal_extension(nonce);
	let implicit = carechain_runtime::immortal_implicit(
		VERSION.spec_version,
		VERSION.transaction_version,
		GENESIS,
	);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| Sr25519Keyring::Alice.pair().sign(bytes));
	let signer = AccountId::from(Sr25519Keyring::Alice.public());
	UncheckedExtrinsic::new_signed(call, signer.into(), signature.into(), extension)
}

/// Starts block `number` on `parent` as Aura's author of slot `number` would, with the
/// timestamp inherent applied.
fn start_block(number: u32, parent: Hash) {
	let slot = u64::from(number);
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let header = Header::new(number, Default::default(), Default::default(), parent, digest);
	Executive::initialize_block(&header);
	let now = slot * carechain_runtime::SLOT_DURATION;
	let timestamp = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
	Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(timestamp))
		.expect("the timestamp inherent applies")
		.expect("the timestamp inherent succeeds");
}

#[test]
fn a_session_ends_every_period_and_its_block_still_takes_transactions() {
	common::local_chain().execute_with(|| {
		let period = SESSION_PERIOD;
		type Weights = <Runtime as pallet_consortium::Config>::WeightInfo;
		let rotation = <Weights as pallet_consortium::WeightInfo>::rotate_session();
		let weights = RuntimeBlockWeights::get();
		let normal = weights.get(DispatchClass::Normal).max_total.expect("normal is bounded");
		// The measured rotation is a small part of a block (a full set of 32 validators).
		assert!(rotation.ref_time() > 0 && rotation.ref_time() < normal.ref_time() / 10);
		// From the genesis (the shared setup starts at block 1 without building it).
		System::set_block_number(0);
		let mut parent = GENESIS;
		for number in 1..=2 * period {
			let session = pallet_session::CurrentIndex::<Runtime>::get();
			start_block(number, parent);
			let mandatory =
				*frame_system::BlockWeight::<Runtime>::get().get(DispatchClass::Mandatory);
			let nonce = Nonce::from(number - 1);
			let applied = Executive::apply_extrinsic(transfer(nonce));
			assert_eq!(applied, Ok(Ok(())), "block {number}: the transfer goes in");
			if number % period == 0 {
				let index = pallet_session::CurrentIndex::<Runtime>::get();
				assert_eq!(index, session + 1, "block {number} ends a session");
				// The block's initialisation: the rotation's weight, not the whole block.
				assert!(mandatory.ref_time() >= rotation.ref_time(), "block {number}");
				assert!(mandatory.ref_time() < weights.max_block.ref_time() / 2, "block {number}");
			} else {
				assert_eq!(
					pallet_session::CurrentIndex::<Runtime>::get(),
					session,
					"block {number}"
				);
			}
			parent = Executive::finalize_block().hash();
		}
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), 2);
		assert_eq!(
			System::account_nonce(AccountId::from(Sr25519Keyring::Alice.public())),
			2 * period
		);
	});
}
