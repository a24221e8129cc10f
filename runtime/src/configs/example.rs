//! The example pallet's configuration (docs/writing-a-pallet.md): only with the
//! `example-lab-results` feature, never in a consortium's runtime.

use crate::{Consent, Registry, Runtime};
use frame_support::traits::ConstU32;

impl pallet_example_lab_results::Config for Runtime {
	type Registry = Registry;
	type AccessControl = Consent;
	/// A patient's lab results over years of care.
	type MaxResultsPerPatient = ConstU32<1_024>;
	/// Room for a laboratory information system's order number.
	type MaxOrderRefLength = ConstU32<32>;
	type WeightInfo = pallet_example_lab_results::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = GrantAppend;
}

/// The benchmarks' consent: the patient grants the lab appending through `Consent`.
#[cfg(feature = "runtime-benchmarks")]
pub struct GrantAppend;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_example_lab_results::BenchmarkHelper<crate::AccountId> for GrantAppend {
	fn allow_append(patient: &crate::AccountId, lab: &crate::AccountId) {
		use carechain_primitives::consent::{Permission, Purpose, Scope};
		let now = frame_system::Pallet::<Runtime>::block_number();
		Consent::grant(
			crate::RuntimeOrigin::signed(patient.clone()),
			patient.clone(),
			lab.clone(),
			Scope::All,
			Permission::Append,
			Purpose::Treatment,
			None,
			now.saturating_add(crate::DAYS),
		)
		.expect("a registered patient grants a registered physician; qed");
	}
}
