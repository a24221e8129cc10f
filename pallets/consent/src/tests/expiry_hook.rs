use super::*;

#[test]
fn the_hook_removes_at_most_a_queue_per_block_and_reports_its_work() {
	ExtBuilder.build_and_execute(|| {
		// Four grants expiring at 100 fill the queues of blocks 100 and 101; the hook takes
		// one queue, two grants, per block.
		for patient in [PATIENT, GUARDIAN] {
			for _ in 0..2 {
				assert_ok!(Consent::grant(
					signed(patient),
					patient,
					PHYSICIAN,
					Scope::All,
					Permission::Read,
					Purpose::Treatment,
					None,
					100,
				));
			}
		}
		System::set_block_number(99);
		assert_eq!(
			<Consent as Hooks<u64>>::on_initialize(99),
			<() as WeightInfo>::expire_grants(0)
		);
		System::set_block_number(100);
		assert_eq!(
			<Consent as Hooks<u64>>::on_initialize(100),
			<() as WeightInfo>::expire_grants(2)
		);
		assert_eq!(Consent::grants_of(&PATIENT).len(), 0);
		assert_eq!(Consent::grants_of(&GUARDIAN).len(), 2);
		System::set_block_number(101);
		<Consent as Hooks<u64>>::on_initialize(101);
		assert!(Grants::<Test>::iter().next().is_none());
		assert!(ExpiryQueue::<Test>::iter().next().is_none());
		let expired = System::events()
			.iter()
			.filter(|r| matches!(r.event, RuntimeEvent::Consent(Event::ConsentExpired { .. })))
			.count();
		assert_eq!(expired, 4);
	});
}
