//! The production runtime's answers to intrusion detection's questions, for any kit runtime.

use core::marker::PhantomData;
use frame_support::traits::{Contains, IsSubType};

/// A device's anchor, of one reading or a batch, says when its reading was taken; intrusion
/// detection times it by that (as the runtime's `AnchorTime`).
pub struct AnchorTime<T>(PhantomData<T>);

impl<T: pallet_records::Config, C: IsSubType<pallet_records::Call<T>>>
	pallet_intrusion_detection::SentAt<C> for AnchorTime<T>
{
	fn sent_at(call: &C) -> Option<u64> {
		match call.is_sub_type()? {
			pallet_records::Call::anchor { taken_at, .. }
			| pallet_records::Call::anchor_batch { taken_at, .. } => Some(*taken_at),
			_ => None,
		}
	}
}

/// What a device may sign: the records, consent and registry calls and a remark (as the
/// runtime's `DeviceCalls`); not a batch, nor any other wrapper.
pub struct DeviceCalls<T>(PhantomData<T>);

impl<T, C> Contains<C> for DeviceCalls<T>
where
	T: pallet_records::Config + pallet_consent::Config + pallet_registry::Config,
	C: IsSubType<pallet_records::Call<T>>
		+ IsSubType<pallet_consent::Call<T>>
		+ IsSubType<pallet_registry::Call<T>>
		+ IsSubType<frame_system::Call<T>>,
{
	fn contains(call: &C) -> bool {
		IsSubType::<pallet_records::Call<T>>::is_sub_type(call).is_some()
			|| IsSubType::<pallet_consent::Call<T>>::is_sub_type(call).is_some()
			|| IsSubType::<pallet_registry::Call<T>>::is_sub_type(call).is_some()
			|| matches!(
				IsSubType::<frame_system::Call<T>>::is_sub_type(call),
				Some(
					frame_system::Call::remark { .. }
						| frame_system::Call::remark_with_event { .. }
				)
			)
	}
}
