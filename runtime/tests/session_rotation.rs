//! Sessions through the real runtime's executive, natively, on the four-authority local genesis:
//! blocks 1 to 2 × `SESSION_PERIOD` built as an author builds them (Aura's slot, the timestamp,
//! then a signed transfer), the session ending at each period's last block, and that block
//! charged the rotation's measured weight, so a normal transaction still fits in it.
//! pallet-session's own rotation charged a whole block there and left it to the mandatory class.
//! And, to 3 × `SESSION_PERIOD` with a validator removed, that GRANDPA enacts the new set in the
//! rotation's own block, the block whose weight the rotation's benchmark says covers it.

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

/// The rotation's weight covers GRANDPA's enactment of the new set (the consortium's
/// `rotate_session` benchmark finishes the block's GRANDPA work within its measurement), which
/// holds only if a set change is enacted in the rotation's own block: scheduled with no delay,
/// logged and enacted by GRANDPA's `on_finalize` of that block, none left pending for a later
/// block that nothing would charge.
#[test]
fn a_set_change_is_enacted_by_grandpa_in_the_rotations_own_block() {
	common::local_chain().execute_with(|| {
		let period = SESSION_PERIOD;
		let dave = Sr25519Keyring::Dave.to_account_id();
		System::set_block_number(0);
		let mut parent = GENESIS;
		let mut enacted_at = Vec::new();
		for number in 1..=3 * period {
			start_block(number, parent);
			if number == 1 {
				// A motion's outcome: Dave leaves the set (Root stands for the council here).
				assert_eq!(
					carechain_runtime::Consortium::remove_validator(
						carechain_runtime::RuntimeOrigin::root(),
						dave.clone(),
					),
					Ok(())
				);
			}
			System::reset_events();
			let header = Executive::finalize_block();
			assert!(
				pallet_grandpa::PendingChange::<Runtime>::get().is_none(),
				"block {number}: no change left pending for a later block"
			);
			let enacted = System::events().iter().any(|record| {
				matches!(
					record.event,
					carechain_runtime::RuntimeEvent::Grandpa(
						pallet_grandpa::Event::NewAuthorities { .. }
					)
				)
			});
			if enacted {
				// The same block carries GRANDPA's log of the change for the nodes.
				let logged = header.digest().logs().iter().any(|log| {
					log.consensus_try_to::<sp_consensus_grandpa::ConsensusLog<u32>>(
						&sp_consensus_grandpa::GRANDPA_ENGINE_ID,
					)
					.is_some()
				});
				assert!(logged, "block {number}: the change is logged where it is enacted");
				assert_eq!(number % period, 0, "block {number}: only a rotation changes the set");
				enacted_at.push(number);
			}
			parent = header.hash();
		}
		// Removed in session 0, planned at the first rotation, handed to GRANDPA at the second.
		assert_eq!(enacted_at, vec![2 * period]);
		let set = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(set.len(), 3, "Dave's key is out of GRANDPA's set");
	});
}
