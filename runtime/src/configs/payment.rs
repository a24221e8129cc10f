//! Who pays: registered participants use CareChain for free; everyone else pays fees.
//!
//! A consortium's patients and devices must not need to buy tokens. So a transaction is free
//! when its signer is an active registered participant (a hospital, physician, patient or
//! device) **and** its call is one of CareChain's own pallets' (registry, consent, records, envelopes;
//! intrusion detection's only for those each call is for: monitors, a device's hospital). What
//! keeps such free transactions from flooding the chain is what keeps any transaction from it: the transaction pool's limits, the block's weight, the node's
//! intrusion detection on its RPC clients and the chain's quarantine of flooding devices.
//!
//! A waived fee waives no tip: a free transaction that carries one is refused
//! (`InvalidTransaction::Custom(TIP_ON_WAIVED_FEE)`). A tip is what buys a transaction's
//! priority, so a free tip would let any device rank its flood above everyone's, a monitor's
//! reports of that flood included.
//!
//! Everything else pays as before: an unregistered account pays for its own registration (a
//! patient without tokens is registered by its hospital, `register_patient_for`), and anyone's
//! transfers, remarks and batches are paid, so no registered account can fill blocks with
//! free calls that CareChain does not need. A registered participant's account exists without
//! a balance: the registry gives it a provider reference.

use frame_support::traits::{
	fungible::{Credit, Inspect},
	NoDrop,
};
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

use carechain_primitives::{registry::ParticipantRegistry, TIP_ON_WAIVED_FEE};

use crate::{AccountId, Balances, IntrusionDetection, Registry, Runtime, RuntimeCall};

/// How fees are charged: waived for a registered participant's CareChain calls, otherwise
/// taken from the signer by the balances pallet and burned (a consortium has no block reward).
pub struct FreeForParticipants;

/// Whether `who` calling `call` is waived its fee.
pub fn is_free(who: &AccountId, call: &RuntimeCall) -> bool {
	let carechain_call = match call {
		RuntimeCall::Registry(..)
		| RuntimeCall::Consent(..)
		| RuntimeCall::Records(..)
		| RuntimeCall::Envelopes(..) => true,
		// Intrusion detection's calls are free only for those they are for (monitors, a
		// device's hospital): a patient's `reportNode`, bound to fail, pays.
		RuntimeCall::IntrusionDetection(call) => IntrusionDetection::may_call(who, call),
		_ => false,
	};
	carechain_call && <Registry as ParticipantRegistry<AccountId>>::is_active(who)
}

/// A waived fee's transaction must carry no tip (the tip would be waived with the fee, and buy
/// priority for nothing).
fn ensure_no_tip(tip: crate::Balance) -> Result<(), TransactionValidityError> {
	if tip.is_zero() {
		Ok(())
	} else {
		Err(InvalidTransaction::Custom(TIP_ON_WAIVED_FEE).into())
	}
}

impl TxCreditHold<Runtime> for FreeForParticipants {
	type Credit = NoDrop<Credit<AccountId, Balances>>;
}

impl OnChargeTransaction<Runtime> for FreeForParticipants {
	type Balance = <Balances as Inspect<AccountId>>::Balance;
	/// `None`: the fee was waived; `Some`: what the balances adapter withdrew.
	type LiquidityInfo =
		Option<<FungibleAdapter<Balances, ()> as OnChargeTransaction<Runtime>>::LiquidityInfo>;

	fn withdraw_fee(
		who: &AccountId,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		fee_with_tip: Self::Balance,
		tip: Self::Balance,
	) -> Result<Self::LiquidityInfo, TransactionValidityError> {
		if is_free(who, call) {
			return ensure_no_tip(tip).map(|()| None);
		}
		<FungibleAdapter<Balances, ()> as OnChargeTransaction<Runtime>>::withdraw_fee(
			who,
			call,
			info,
			fee_with_tip,
			tip,
		)
		.map(Some)
	}

	fn can_withdraw_fee(
		who: &AccountId,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		fee_with_tip: Self::Balance,
		tip: Self::Balance,
	) -> Result<(), TransactionValidityError> {
		if is_free(who, call) {
			return ensure_no_tip(tip);
		}
		<FungibleAdapter<Balances, ()> as OnChargeTransaction<Runtime>>::can_withdraw_fee(
			who,
			call,
			info,
			fee_with_tip,
			tip,
		)
	}

	fn correct_and_deposit_fee(
		who: &AccountId,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		corrected_fee_with_tip: Self::Balance,
		tip: Self::Balance,
		liquidity_info: Self::LiquidityInfo,
	) -> Result<(), TransactionValidityError> {
		match liquidity_info {
			// Waived at withdrawal: nothing was taken, nothing to refund.
			None => Ok(()),
			Some(withdrawn) => {
				<FungibleAdapter<Balances, ()> as OnChargeTransaction<Runtime>>::correct_and_deposit_fee(
					who,
					info,
					post_info,
					corrected_fee_with_tip,
					tip,
					withdrawn,
				)
			},
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &AccountId, amount: Self::Balance) {
		<FungibleAdapter<Balances, ()> as OnChargeTransaction<Runtime>>::endow_account(who, amount)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> Self::Balance {
		<FungibleAdapter<Balances, ()> as OnChargeTransaction<Runtime>>::minimum_balance()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::RuntimeOrigin;
	use carechain_primitives::testing::keys::RSA_2048_A;
	use frame_support::assert_ok;

	fn account(byte: u8) -> AccountId {
		AccountId::new([byte; 32])
	}

	fn key() -> pallet_registry::KeyOf<Runtime> {
		RSA_2048_A.to_vec().try_into().expect("a 2048-bit key is within MaxKeyLength")
	}

	fn register_patient() -> RuntimeCall {
		RuntimeCall::Registry(pallet_registry::Call::register_patient {
			encryption_key: key(),
			identifier_hash: None,
		})
	}

	fn report_node() -> RuntimeCall {
		RuntimeCall::IntrusionDetection(pallet_intrusion_detection::Call::report_node {
			node: b"a peer id".to_vec().try_into().expect("within MaxNodeIdLength"),
		})
	}

	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
	}

	#[test]
	fn only_an_active_participants_carechain_calls_are_free() {
		sp_io::TestExternalities::default().execute_with(|| {
			frame_system::Pallet::<Runtime>::set_block_number(1);
			let (hospital, patient, stranger) = (account(1), account(2), account(3));
			assert_ok!(Registry::admit_hospital(RuntimeOrigin::root(), hospital.clone(), key()));
			assert_ok!(Registry::register_patient(
				RuntimeOrigin::signed(patient.clone()),
				key(),
				None
			));

			// CareChain's own calls, signed by an active participant: free.
			assert!(is_free(&patient, &register_patient()));
			// The same call by an unregistered account pays (its own registration).
			assert!(!is_free(&stranger, &register_patient()));
			// A participant's calls outside CareChain's pallets pay.
			assert!(!is_free(&patient, &remark()));
			assert!(!is_free(&hospital, &remark()));
			// Intrusion detection's calls are free only for those they are for: a monitor's
			// report is free, a patient's (bound to fail with `NotMonitor`) pays.
			assert!(is_free(&hospital, &report_node()));
			assert!(!is_free(&patient, &report_node()));
			// Publishing an envelope is CareChain's too (the pallet decides whose it is): free for
			// a participant, paid by an unregistered account.
			let store = RuntimeCall::Envelopes(pallet_envelopes::Call::store {
				record_id: 0,
				reading: None,
				envelope: vec![1].try_into().unwrap(),
			});
			assert!(is_free(&patient, &store));
			assert!(!is_free(&stranger, &store));
			// A suspended participant pays like anyone else.
			assert_ok!(Registry::suspend(RuntimeOrigin::root(), patient.clone()));
			assert!(!is_free(&patient, &register_patient()));
		});
	}

	/// `who`'s transaction carrying `call` with `tip`, as the pool validates it: its priority.
	fn validate(
		who: &AccountId,
		call: &RuntimeCall,
		tip: crate::Balance,
	) -> Result<u64, TransactionValidityError> {
		use frame_support::dispatch::GetDispatchInfo;
		use sp_runtime::traits::DispatchTransaction;
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip)
			.validate_only(
				RuntimeOrigin::signed(who.clone()),
				call,
				&call.get_dispatch_info(),
				100,
				frame_support::pallet_prelude::TransactionSource::External,
				0,
			)
			.map(|(valid, _, _)| valid.priority)
	}

	#[test]
	fn a_waived_fee_waives_no_tip() {
		sp_io::TestExternalities::default().execute_with(|| {
			use frame_support::traits::fungible::Mutate;
			frame_system::Pallet::<Runtime>::set_block_number(1);
			let (patient, stranger) = (account(2), account(3));
			assert_ok!(Registry::register_patient(
				RuntimeOrigin::signed(patient.clone()),
				key(),
				None
			));
			// Free and untipped: valid, at an untipped transaction's priority.
			let untipped = validate(&patient, &register_patient(), 0).expect("free, no tip");
			// Free and tipped: refused, so that no one buys priority for nothing (before, any
			// device could rank its flood above everyone's this way).
			let refused = Err(InvalidTransaction::Custom(TIP_ON_WAIVED_FEE).into());
			assert_eq!(validate(&patient, &register_patient(), 1), refused);
			assert_eq!(validate(&patient, &register_patient(), u128::MAX), refused);
			let store = RuntimeCall::Envelopes(pallet_envelopes::Call::store {
				record_id: 0,
				reading: None,
				envelope: vec![1].try_into().unwrap(),
			});
			assert_eq!(validate(&patient, &store, 1_000), refused);
			// In a block too (`withdraw_fee`, not only the pool's `can_withdraw_fee`).
			{
				use frame_support::dispatch::GetDispatchInfo;
				use sp_runtime::traits::DispatchTransaction;
				let call = register_patient();
				let in_block =
					pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(1)
						.validate_and_prepare(
							RuntimeOrigin::signed(patient.clone()),
							&call,
							&call.get_dispatch_info(),
							100,
							0,
						);
				assert_eq!(
					in_block.map(|_| ()),
					Err(InvalidTransaction::Custom(TIP_ON_WAIVED_FEE).into())
				);
			}
			// A paid transaction's tip buys priority, as ever.
			let amount = 1_000 * carechain_primitives::UNIT;
			Balances::set_balance(&stranger, amount);
			let tipped = validate(&stranger, &register_patient(), 1_000).expect("paid, tipped");
			assert!(tipped > untipped, "a paid tip raises the priority: {tipped} ≤ {untipped}");
			// And a participant may still tip a call it pays for.
			Balances::set_balance(&patient, amount);
			assert!(validate(&patient, &remark(), 1_000).is_ok());
		});
	}
}
