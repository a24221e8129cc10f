use super::*;
use sp_runtime::BuildStorage;

fn genesis(hospitals: Vec<(u64, Vec<u8>)>) -> sp_io::TestExternalities {
	let storage =
		RuntimeGenesisConfig { registry: crate::GenesisConfig { hospitals }, ..Default::default() }
			.build_storage()
			.unwrap();
	sp_io::TestExternalities::new(storage)
}

#[test]
fn a_consortium_starts_with_its_hospitals_admitted_and_their_accounts_provided_for() {
	genesis(vec![(GOV_HOSPITAL, RSA_2048_A.to_vec()), (OTHER_HOSPITAL, RSA_3072.to_vec())])
		.execute_with(|| {
			for hospital in [GOV_HOSPITAL, OTHER_HOSPITAL] {
				assert_eq!(Registry::role_of(&hospital), Some(Role::Hospital));
				assert!(Registry::is_active(&hospital));
				assert_eq!(frame_system::Pallet::<Test>::providers(&hospital), 1);
			}
			assert_ok!(Registry::do_try_state());
		});
}

#[test]
#[should_panic(expected = "not an accepted RSA key")]
fn a_genesis_hospital_with_a_weak_key_is_refused() {
	genesis(vec![(GOV_HOSPITAL, RSA_1024.to_vec())]);
}

#[test]
#[should_panic(expected = "listed twice")]
fn a_genesis_hospital_listed_twice_is_refused() {
	genesis(vec![(GOV_HOSPITAL, RSA_2048_A.to_vec()), (GOV_HOSPITAL, RSA_2048_B.to_vec())]);
}
