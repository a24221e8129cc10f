//! Test externalities with the cast registered, and every pallet's invariants checked after.

use crate::{cast::*, config, helpers::signed, KitRuntime};
use carechain_primitives::registry::DeviceKind;
use core::marker::PhantomData;
use frame_support::{assert_ok, traits::IntegrityTest, BoundedVec};
use frame_system::RawOrigin;
use sp_runtime::BuildStorage;

/// Builds test externalities for the kit runtime `T` at block 1, with the cast (see [`cast`](crate::cast))
/// registered through the registry's calls and endowed, and runs tests in them:
/// [`Self::build_and_execute`] runs every pallet's `integrity_test` before the test and every
/// pallet's invariants (`do_try_state`, and yours through
/// [`KitRuntime::try_state_others`]) after it.
pub struct ExtBuilder<T> {
	cast: bool,
	_runtime: PhantomData<T>,
}

impl<T> Default for ExtBuilder<T> {
	fn default() -> Self {
		Self { cast: true, _runtime: PhantomData }
	}
}

impl<T: KitRuntime> ExtBuilder<T> {
	/// No one registered, no one endowed: for tests of registration itself.
	pub fn without_cast(mut self) -> Self {
		self.cast = false;
		self
	}

	/// The externalities, at block 1 with a timestamp; events of the cast's registration cleared.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage =
			frame_system::GenesisConfig::<T>::default().build_storage().expect("system genesis");
		if self.cast {
			pallet_balances::GenesisConfig::<T> {
				balances: REGISTERED.iter().map(|who| (*who, config::ENDOWMENT)).collect(),
				..Default::default()
			}
			.assimilate_storage(&mut storage)
			.expect("balances genesis");
		}
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			frame_system::Pallet::<T>::set_block_number(1u32.into());
			pallet_timestamp::Pallet::<T>::set_timestamp(config::GENESIS_TIME);
			if self.cast {
				register_cast::<T>();
				frame_system::Pallet::<T>::reset_events();
			}
		});
		ext
	}

	/// Runs `test` in [`Self::build`]'s externalities: the runtime's integrity tests first, every
	/// pallet's invariants after.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			T::AllPallets::integrity_test();
			test();
			check_invariants::<T>();
		})
	}
}

/// Checks every pallet's invariants now; panics, naming the pallet, if one does not hold.
pub fn check_invariants<T: KitRuntime>() {
	let checks: [(&str, fn() -> Result<(), sp_runtime::TryRuntimeError>); 5] = [
		("registry", pallet_registry::Pallet::<T>::do_try_state),
		("consent", pallet_consent::Pallet::<T>::do_try_state),
		("records", pallet_records::Pallet::<T>::do_try_state),
		("intrusion detection", pallet_intrusion_detection::Pallet::<T>::do_try_state),
		("the runtime's other pallets", T::try_state_others),
	];
	for (pallet, check) in checks {
		if let Err(e) = check() {
			panic!("{pallet}: an invariant does not hold after the test: {e:?}");
		}
	}
}

fn key<T: pallet_registry::Config>(der: &[u8]) -> BoundedVec<u8, T::MaxKeyLength> {
	der.to_vec().try_into().expect("the test keys fit the production bound")
}

fn register_cast<T: KitRuntime>() {
	use pallet_registry::Pallet as Registry;
	for hospital in [HOSPITAL, HOSPITAL_2] {
		assert_ok!(Registry::<T>::admit_hospital(
			RawOrigin::Root.into(),
			hospital,
			key::<T>(encryption_key(hospital))
		));
	}
	for physician in [PHYSICIAN, COLLEAGUE] {
		assert_ok!(Registry::<T>::register_physician(
			signed::<T>(HOSPITAL),
			physician,
			key::<T>(encryption_key(physician))
		));
	}
	for patient in [PATIENT, GUARDIAN, STRANGER] {
		assert_ok!(Registry::<T>::register_patient(
			signed::<T>(patient),
			key::<T>(encryption_key(patient)),
			None
		));
	}
	assert_ok!(Registry::<T>::add_guardian(signed::<T>(PATIENT), GUARDIAN));
	assert_ok!(Registry::<T>::register_device(
		signed::<T>(HOSPITAL),
		DEVICE,
		PATIENT,
		DeviceKind::Wearable,
		key::<T>(encryption_key(DEVICE)),
		key::<T>(DEVICE_SIGNING_KEY)
	));
}
