//! The runtime APIs: what the node and clients may ask of the runtime outside of blocks.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use carechain_primitives::{consent, records};

#[cfg(all(feature = "runtime-benchmarks", feature = "example-lab-results"))]
use super::LabResults;
use super::{
	AccountId, Aura, AuraEquivocation, Balance, Block, BlockNumber, Consent, Executive, Grandpa,
	Historical, InherentDataExt, IntrusionDetection, Nonce, Records, Registry, Runtime,
	RuntimeCall, SessionKeys, System, TransactionPayment, VERSION,
};
#[cfg(feature = "runtime-benchmarks")]
use super::{
	Balances, Consortium, Envelopes, HospitalCouncil, HospitalMembership, Sudo, Timestamp, Utility,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl carechain_primitives::equivocation::AuraEquivocationApi<Block, AuraId> for Runtime {
		fn generate_key_ownership_proof(
			authority_id: AuraId,
		) -> Option<carechain_primitives::equivocation::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((pallet_aura_equivocation::AURA_KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_runtime::OpaqueValue::new)
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: pallet_aura_equivocation::EquivocationProof<
				<Block as BlockT>::Header,
				AuraId,
			>,
			key_owner_proof: carechain_primitives::equivocation::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			AuraEquivocation::submit_unsigned_equivocation_report(
				equivocation_proof,
				key_owner_proof,
			)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: sp_consensus_grandpa::AuthorityId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl carechain_primitives::registry::RegistryApi<Block, AccountId, BlockNumber> for Runtime {
		fn profile(
			who: AccountId,
		) -> Option<carechain_primitives::registry::Profile<AccountId, BlockNumber>> {
			Registry::profile(&who)
		}

		fn patient_by_identifier(identifier_hash: sp_core::H256) -> Option<AccountId> {
			Registry::patient_by_identifier(identifier_hash)
		}
	}

	impl carechain_primitives::consent::ConsentApi<Block, AccountId, BlockNumber> for Runtime {
		fn check_access(
			patient: AccountId,
			accessor: AccountId,
			category: consent::DataCategory,
			action: consent::Action,
			purpose: consent::Purpose,
			at: Option<BlockNumber>,
		) -> consent::AccessDecision {
			Consent::check_access_at(&patient, &accessor, category, action, purpose, at)
		}

		fn grants(patient: AccountId) -> Vec<consent::Grant<AccountId, BlockNumber>> {
			Consent::grants_of(&patient)
		}

		fn pending_requests(
			patient: AccountId,
		) -> Vec<(AccountId, consent::AccessRequest<BlockNumber>)> {
			Consent::pending_requests(&patient)
		}

		fn audit_trail(patient: AccountId) -> Vec<consent::AuditEntry<AccountId, BlockNumber>> {
			Consent::audit_trail(&patient)
		}

		fn emergency_access(
			id: consent::EmergencyId,
		) -> Option<consent::EmergencyAccess<AccountId, BlockNumber>> {
			pallet_consent::EmergencyAccesses::<Runtime>::get(id)
		}
	}

	#[api_version(3)]
	impl carechain_primitives::records::RecordsApi<Block, AccountId, BlockNumber, pallet_records::LocatorOf<Runtime>>
		for Runtime
	{
		fn record(id: records::RecordId) -> Option<pallet_records::RecordOf<Runtime>> {
			Records::record(id)
		}

		fn verify_hash(id: records::RecordId, content_hash: sp_core::H256) -> bool {
			Records::verify_hash(id, content_hash)
		}

		fn record_by_hash(
			patient: AccountId,
			content_hash: sp_core::H256,
		) -> Option<records::RecordId> {
			pallet_records::RecordByPatientHash::<Runtime>::get(patient, content_hash)
		}

		fn records_of(
			patient: AccountId,
			category: consent::DataCategory,
			start: u32,
			limit: u32,
		) -> pallet_records::RecordPage<Runtime> {
			Records::records_of(&patient, category, start, limit)
		}

		fn key_epoch(patient: AccountId, category: consent::DataCategory) -> records::KeyEpoch {
			pallet_records::CurrentEpoch::<Runtime>::get(patient, category)
		}

		fn category_key(
			patient: AccountId,
			category: consent::DataCategory,
			epoch: records::KeyEpoch,
			reader: AccountId,
		) -> Option<Vec<u8>> {
			Records::category_key(&patient, category, epoch, &reader)
		}

		fn custody_epoch(patient: AccountId) -> records::CustodyEpoch {
			Records::custody_epoch(&patient)
		}

		fn custodians(
			patient: AccountId,
			epoch: records::CustodyEpoch,
		) -> Option<(Vec<AccountId>, u32)> {
			Records::custodians(&patient, epoch)
		}

		fn may_release(
			custodian: AccountId,
			record_id: records::RecordId,
			reader: AccountId,
		) -> bool {
			Records::may_release(&custodian, record_id, &reader).is_ok()
		}

		fn batch_readings(id: records::RecordId) -> Option<u32> {
			Records::batch_readings(id)
		}

		fn verify_reading(
			id: records::RecordId,
			reading: sp_core::H256,
			proof: carechain_primitives::batch::BatchProof,
		) -> bool {
			Records::verify_reading(id, reading, &proof)
		}
	}

	impl carechain_primitives::intrusion::IntrusionDetectionApi<Block, AccountId> for Runtime {
		fn node(node: AccountId) -> Option<carechain_primitives::intrusion::DeviceState> {
			pallet_intrusion_detection::Devices::<Runtime>::get(node)
		}

		fn device(device: AccountId) -> Option<carechain_primitives::intrusion::DeviceState> {
			pallet_intrusion_detection::Devices::<Runtime>::get(device)
		}

		fn quarantined() -> Vec<AccountId> {
			IntrusionDetection::quarantined()
		}

		fn is_monitor(who: AccountId) -> bool {
			IntrusionDetection::is_monitor(&who)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline::Pallet as BaselineBench, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::{extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench};

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline::Pallet as BaselineBench, BenchmarkBatch};
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::{extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench};
			use sp_storage::TrackedStorageKey;

			let whitelist: Vec<TrackedStorageKey> =
				crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(
			checks: frame_try_runtime::UpgradeCheckSelect,
		) -> (frame_support::weights::Weight, frame_support::weights::Weight) {
			// The whole upgrade, migrations and checks; its weight against the block's limit.
			let weight = crate::Executive::try_runtime_upgrade(checks)
				.expect("try-runtime: on_runtime_upgrade failed; the error is logged above. qed");
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as sp_runtime::traits::Block>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> frame_support::weights::Weight {
			crate::Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime: execute_block failed; the error is logged above. qed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<super::RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<super::RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
