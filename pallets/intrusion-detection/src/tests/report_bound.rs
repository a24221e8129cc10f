//! The bound on a monitor's reports in a block ([`Config::MaxReportsPerBlock`]): a monitor's
//! reports are free and come first, so without it a rogue monitor could fill a block's normal
//! share with them.

use super::*;

/// `who`'s transaction carrying `call`, validated and prepared as in block `block`.
fn in_block(block: u64, who: u64, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
	System::set_block_number(block);
	CheckQuarantine::<Test>::new()
		.validate_and_prepare(signed(who), call, &DispatchInfo::default(), 0, 0)
		.map(|_| ())
}

/// `who`'s transaction carrying `call`, validated by the pool on top of block `best` (the pool
/// validates for the block after its best).
fn in_pool(best: u64, who: u64, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
	System::set_block_number(best + 1);
	CheckQuarantine::<Test>::new()
		.validate_only(
			signed(who),
			call,
			&DispatchInfo::default(),
			0,
			TransactionSource::External,
			0,
		)
		.map(|_| ())
}

fn report() -> RuntimeCall {
	RuntimeCall::IntrusionDetection(Call::report {
		observations: observations(vec![(DEVICES[0], 1_000)]),
	})
}

fn report_node() -> RuntimeCall {
	RuntimeCall::IntrusionDetection(Call::report_node {
		node: OTHER_NODE
			.to_vec()
			.try_into()
			.expect("OTHER_NODE is 10 bytes, under the mock's MaxNodeIdLength of 64; qed"),
	})
}

const WAIT: Result<(), TransactionValidityError> =
	Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources));

#[test]
fn a_monitors_reports_beyond_the_bound_wait_for_the_next_block() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(MAX_REPORTS_PER_BLOCK, 2);
		assert_ok!(in_block(5, HOSPITAL, &report()));
		assert_eq!(ReportsInBlock::<Test>::get(HOSPITAL), Some((5, 1)));
		assert_ok!(in_block(5, HOSPITAL, &report_node()));
		assert_eq!(ReportsInBlock::<Test>::get(HOSPITAL), Some((5, 2)));
		// A third in the block is refused as the block's resources exhausted: the author skips
		// it and the pool keeps it. The tally is untouched.
		assert_eq!(in_block(5, HOSPITAL, &report()), WAIT);
		assert_eq!(in_block(5, HOSPITAL, &report_node()), WAIT);
		// A report of no devices is free too, so it counts and is bounded alike.
		let empty =
			RuntimeCall::IntrusionDetection(Call::report { observations: observations(vec![]) });
		assert_eq!(in_block(5, HOSPITAL, &empty), WAIT);
		assert_eq!(ReportsInBlock::<Test>::get(HOSPITAL), Some((5, 2)));
		// The hospital's other transactions are not reports, and are not bounded.
		assert_ok!(in_block(
			5,
			HOSPITAL,
			&RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
		));
		let reinstate = RuntimeCall::IntrusionDetection(Call::reinstate { device: DEVICES[0] });
		assert_ok!(in_block(5, HOSPITAL, &reinstate));
		// The pool, validating for the next block, takes it, to wait there.
		assert_ok!(in_pool(5, HOSPITAL, &report()));
		// In the next block it goes in, and the count starts again.
		assert_ok!(in_block(6, HOSPITAL, &report()));
		assert_eq!(ReportsInBlock::<Test>::get(HOSPITAL), Some((6, 1)));
		assert_ok!(in_block(6, HOSPITAL, &empty));
		assert_eq!(in_block(6, HOSPITAL, &report()), WAIT);
	});
}

#[test]
fn each_monitor_has_a_bound_of_its_own() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
		for _ in 0..MAX_REPORTS_PER_BLOCK {
			assert_ok!(in_block(3, HOSPITAL, &report()));
		}
		assert_eq!(in_block(3, HOSPITAL, &report()), WAIT);
		// The gateway's reports in the same block are its own to count.
		for _ in 0..MAX_REPORTS_PER_BLOCK {
			assert_ok!(in_block(3, GATEWAY, &report()));
		}
		assert_eq!(in_block(3, GATEWAY, &report()), WAIT);
		assert_eq!(ReportsInBlock::<Test>::get(GATEWAY), Some((3, MAX_REPORTS_PER_BLOCK)));
	});
}

#[test]
fn a_non_monitors_reports_are_not_counted() {
	ExtBuilder.build_and_execute(|| {
		// Anyone else's reports pay their fee and fail with `NotMonitor`: the bound is for the
		// free ones, and writes nothing for others.
		for who in [PATIENT, PHYSICIAN, DEVICES[1], GATEWAY] {
			for _ in 0..=MAX_REPORTS_PER_BLOCK {
				assert_ok!(in_block(4, who, &report()));
			}
			assert_eq!(ReportsInBlock::<Test>::get(who), None);
		}
		// A suspended hospital is no monitor either.
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		for _ in 0..=MAX_REPORTS_PER_BLOCK {
			assert_ok!(in_block(4, HOSPITAL, &report()));
		}
		assert_eq!(ReportsInBlock::<Test>::get(HOSPITAL), None);
	});
}

#[test]
fn removing_a_monitor_removes_its_tally() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
		assert_ok!(in_block(2, GATEWAY, &report()));
		assert!(ReportsInBlock::<Test>::contains_key(GATEWAY));
		assert_ok!(IntrusionDetection::remove_monitor(RuntimeOrigin::root(), GATEWAY));
		assert!(!ReportsInBlock::<Test>::contains_key(GATEWAY));
	});
}

#[test]
#[should_panic(expected = "a monitor must be able to report")]
fn a_bound_of_no_reports_fails_the_integrity_test() {
	ReportsPerBlock::set(0);
	<IntrusionDetection as frame_support::traits::Hooks<u64>>::integrity_test();
}

#[test]
fn a_reports_weight_includes_the_tally() {
	use sp_runtime::traits::TransactionExtension;
	let check = CheckQuarantine::<Test>::new();
	let plain = <() as crate::weights::WeightInfo>::check_quarantine();
	let tally = <() as crate::weights::WeightInfo>::note_report();
	assert!(tally.ref_time() > 0);
	assert_eq!(check.weight(&report()), plain + tally);
	assert_eq!(check.weight(&report_node()), plain + tally);
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	assert_eq!(check.weight(&remark), plain);
}

#[test]
fn the_invariants_catch_a_tally_out_of_bounds() {
	ExtBuilder.build_and_execute(|| {
		System::set_block_number(7);
		ReportsInBlock::<Test>::insert(HOSPITAL, (8, 1));
		assert!(IntrusionDetection::do_try_state().is_err());
		ReportsInBlock::<Test>::insert(HOSPITAL, (6, 0));
		assert!(IntrusionDetection::do_try_state().is_err());
		// A tally above the bound is not checked: an upgrade that lowers the bound is checked at
		// its snapshot's block, whose tallies the old bound allowed.
		ReportsInBlock::<Test>::insert(HOSPITAL, (7, MAX_REPORTS_PER_BLOCK + 1));
		assert_ok!(IntrusionDetection::do_try_state());
	});
}
