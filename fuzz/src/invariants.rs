//! What must hold after every block, whatever the calls were.

use carechain_runtime::{
	Balances, Consent, Consortium, IntrusionDetection, Records, Registry, Runtime,
};
use frame_support::dispatch::DispatchClass;

/// Before the block is finalised: the weight of its normal and operational extrinsics within
/// each class's limit, and its length within the block's. (Mandatory work, the inherents and
/// hooks, may exceed them by design; a session's rotation charged the whole block until spec 126.)
pub fn check_block_limits() -> Result<(), String> {
	let weights = <Runtime as frame_system::Config>::BlockWeights::get();
	let consumed = frame_system::Pallet::<Runtime>::block_weight();
	for class in [DispatchClass::Normal, DispatchClass::Operational] {
		let limit = weights.get(class).max_total.unwrap_or(weights.max_block);
		let used = consumed.get(class);
		if used.any_gt(limit) {
			return Err(format!("{class:?} weight {used:?} exceeds its limit {limit:?}"));
		}
	}
	let lengths = <Runtime as frame_system::Config>::BlockLength::get();
	let limit = [DispatchClass::Normal, DispatchClass::Operational, DispatchClass::Mandatory]
		.iter()
		.map(|class| *lengths.max.get(*class))
		.max()
		.unwrap_or(0);
	let size = frame_system::Pallet::<Runtime>::block_size();
	if size > limit {
		return Err(format!("the block's {size} bytes exceed its limit of {limit}"));
	}
	Ok(())
}

/// After the block is finalised: each CareChain pallet's own invariants (`do_try_state`), and
/// the balances': every unit of the issuance is in an account, and no account holds one the
/// issuance does not count.
pub fn check_state() -> Result<(), String> {
	let pallets: [(&str, fn() -> Result<(), sp_runtime::TryRuntimeError>); 5] = [
		("registry", Registry::do_try_state),
		("consent", Consent::do_try_state),
		("records", Records::do_try_state),
		("intrusion detection", IntrusionDetection::do_try_state),
		("consortium", Consortium::do_try_state),
	];
	for (name, check) in pallets {
		check().map_err(|error| format!("the {name} pallet's invariants: {error:?}"))?;
	}
	let issuance = Balances::total_issuance();
	let held: u128 = frame_system::Account::<Runtime>::iter_values()
		.map(|account| account.data.free.saturating_add(account.data.reserved))
		.fold(0u128, |sum, balance| sum.saturating_add(balance));
	if held != issuance {
		return Err(format!("accounts hold {held} but the total issuance is {issuance}"));
	}
	Ok(())
}
