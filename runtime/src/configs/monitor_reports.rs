//! A monitor's reports through the runtime's executive, as a block author and the pool see them:
//! at most `MaxReportsPerBlock` of one monitor in a block, the next one left for the next block
//! with its nonce unused, and taken by the pool meanwhile.

use crate::{
	AccountId, Balances, Executive, Hash, IntrusionDetection, Nonce, Runtime, RuntimeCall,
	SignedPayload, System, UncheckedExtrinsic, VERSION,
};
use codec::Encode;
use frame_support::traits::{fungible::Mutate, Get};
use sp_core::{sr25519, Pair};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource};

/// The test chain's genesis hash.
const GENESIS: Hash = Hash::repeat_byte(69);

/// `call` signed by `pair` with `nonce`, immortal, for the test chain.
fn signed(pair: &sr25519::Pair, nonce: Nonce, call: RuntimeCall) -> UncheckedExtrinsic {
	let extension = crate::immortal_extension(nonce);
	let implicit =
		crate::immortal_implicit(VERSION.spec_version, VERSION.transaction_version, GENESIS);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| pair.sign(bytes));
	let signer = AccountId::from(pair.public());
	UncheckedExtrinsic::new_signed(call, signer.into(), signature.into(), extension)
}

fn report_node() -> RuntimeCall {
	RuntimeCall::IntrusionDetection(pallet_intrusion_detection::Call::report_node {
		node: b"a peer id".to_vec().try_into().expect("within MaxNodeIdLength"),
	})
}

#[test]
fn a_monitors_report_beyond_the_bound_waits_for_the_next_block_and_loses_nothing() {
	sp_io::TestExternalities::default().execute_with(|| {
		let bound: u32 = <Runtime as pallet_intrusion_detection::Config>::MaxReportsPerBlock::get();
		assert_eq!(bound, 2);
		let pair = sr25519::Pair::from_seed(&[7; 32]);
		let monitor = AccountId::from(pair.public());
		// A monitor governance made, not a participant: its reports pay their fee.
		pallet_intrusion_detection::Monitors::<Runtime>::insert(&monitor, ());
		assert!(IntrusionDetection::is_monitor(&monitor));
		Balances::set_balance(&monitor, 1_000 * carechain_primitives::UNIT);
		frame_system::BlockHash::<Runtime>::insert(0, GENESIS);
		System::set_block_number(5);
		for nonce in 0..bound {
			// Included: the report itself fails (no such member node), and still counts.
			let applied = Executive::apply_extrinsic(signed(&pair, nonce.into(), report_node()));
			assert!(matches!(applied, Ok(Err(_))), "report {nonce} included: {applied:?}");
		}
		let third = signed(&pair, bound.into(), report_node());
		// The block author's answer: this block is full for it. Its nonce stays unused.
		assert_eq!(
			Executive::apply_extrinsic(third.clone()),
			Err(InvalidTransaction::ExhaustsResources.into())
		);
		assert_eq!(System::account_nonce(&monitor), Nonce::from(bound));
		// The pool validates it for the block after this one, and takes it at a monitor's
		// priority.
		let valid = Executive::validate_transaction(
			TransactionSource::External,
			third.clone(),
			Hash::default(),
		)
		.expect("the pool takes the report");
		let priority: u64 = <Runtime as pallet_intrusion_detection::Config>::ReportPriority::get();
		assert!(valid.priority >= priority, "{} < {priority}", valid.priority);
		// Which is block 6, where it goes in.
		assert_eq!(System::block_number(), 6);
		assert!(matches!(Executive::apply_extrinsic(third), Ok(Err(_))));
		assert_eq!(System::account_nonce(&monitor), Nonce::from(bound + 1));
		assert_eq!(
			pallet_intrusion_detection::ReportsInBlock::<Runtime>::get(&monitor),
			Some((6, 1))
		);
	});
}
