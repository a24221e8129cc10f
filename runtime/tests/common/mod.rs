//! What the runtime's equivocation tests share: the four-authority local genesis and the
//! offenders pallet-offences recorded.

use carechain_runtime::{
	genesis_config_presets::{local_config_genesis, storage_from_preset},
	Runtime, System,
};

/// The local testnet's genesis (Alice, Bob, Charlie and Dave validating), at block 1.
pub fn local_chain() -> sp_io::TestExternalities {
	let storage = storage_from_preset(local_config_genesis()).expect("the local genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The accounts pallet-offences holds an offence of, of any kind.
#[allow(dead_code)] // Not every test file that shares this module looks at offences.
pub fn offenders() -> Vec<sp_core::crypto::AccountId32> {
	pallet_offences::Reports::<Runtime>::iter_values().map(|report| report.offender.0).collect()
}
