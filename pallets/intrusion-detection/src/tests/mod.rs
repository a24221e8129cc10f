//! Intrusion detection's unit tests: monitors' reports on the paper's Table 1, several nodes
//! flagged at once, reinstatement, monitors, and the transaction extension refusing quarantined
//! accounts and counting devices' transactions; monitors' reports of member nodes
//! (`node_reports`).

use crate::{mock::*, *};
use carechain_primitives::registry::Status;
use cast::*;
use frame_support::{assert_noop, assert_ok, dispatch::DispatchInfo};
use sp_runtime::{
	traits::{BadOrigin, DispatchTransaction},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
};

use carechain_primitives::intrusion::paper::{AVERAGES, TABLE_1};

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn observations(
	list: Vec<(u64, u32)>,
) -> BoundedVec<(u64, u32), frame_support::traits::ConstU32<30>> {
	list.try_into().expect("every test report has at most 30 observations, the bound named; qed")
}

/// The hospital reports `intervals[i]` for each of the five devices, interleaved, in 10 reports
/// of 5 observations.
#[allow(clippy::needless_range_loop)] // `i` indexes every device's intervals alike.
fn report_windows(intervals: [[u32; 10]; 5]) {
	for i in 0..10 {
		let batch = (0..5).map(|node| (DEVICES[node], intervals[node][i])).collect();
		assert_ok!(IntrusionDetection::report(signed(HOSPITAL), observations(batch)));
	}
}

/// A device's state once quarantined, at a baseline of 100 ms.
fn quarantined_state() -> DeviceState {
	let mut state = DeviceState::default();
	state.detector.status = DetectorStatus::Quarantined;
	state.detector.baseline = 100_000;
	state.detector.first_baseline = 100_000;
	state.detector.threshold = 75_000;
	state
}

/// A device's state; a device never judged reads as the default state (no baseline, no count,
/// never seen), which the assertions made of a judged device fail on.
fn device(node: u64) -> DeviceState {
	Devices::<Test>::get(node).unwrap_or_default()
}

/// A device's detector status, or `None` if it was never judged.
fn status(node: u64) -> Option<DetectorStatus> {
	Devices::<Test>::get(node).map(|device| device.detector.status)
}

fn intrusions() -> Vec<u64> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::IntrusionDetection(Event::IntrusionDetected { device, .. }) => {
				Some(device)
			},
			_ => None,
		})
		.collect()
}

mod extension;
mod monitors;
mod node_reports;
mod reinstate;
mod report;
mod report_bound;
