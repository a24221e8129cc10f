// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { AccountId32, H256, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { IExtrinsic, Observable } from '@polkadot/types/types';
import type { Call as Call } from '@polkadot/types/interfaces/runtime';
import type { CarechainPrimitivesBatchBatchProof, CarechainPrimitivesConsentAccessDecision, CarechainPrimitivesConsentAccessRequest, CarechainPrimitivesConsentAction, CarechainPrimitivesConsentAuditEntry, CarechainPrimitivesConsentDataCategory, CarechainPrimitivesConsentEmergencyAccess, CarechainPrimitivesConsentGrant, CarechainPrimitivesConsentPurpose, CarechainPrimitivesIntrusionDeviceState, CarechainPrimitivesRecordsRecordInfo, CarechainPrimitivesRegistryProfile, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpConsensusSlotsEquivocationProof, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xbd91c91283101277/ */
    auraEquivocationApi: {
      /**
       * A proof, against the current session's validators, that `authority_id` is the Aura, key of one of them; `None` if it is no validator's.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (authority_id: SpConsensusAuraSr25519AppSr25519Public | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Submits an unsigned report of `equivocation_proof` through the calling node's, transaction pool (which the node registers as an extension of the call); `None` if, the key-ownership proof does not decode or the pool refused the report.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xc5ef2a0399e7295e/ */
    consentApi: {
      /**
       * The patient's latest audit entries, oldest first: its latest disclosures and its latest, refusals (`MaxAuditEntries` of each), merged.
       **/
      auditTrail: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<CarechainPrimitivesConsentAuditEntry>>>;
      /**
       * May `accessor` do `action` with `patient`'s `category` data for `purpose` in block, `at` (`None`: the next block, the one a transaction sent now would be in)?
       **/
      checkAccess: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, accessor: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, action: CarechainPrimitivesConsentAction | 'Read' | 'Append' | number | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array, at: Option<u32> | null | Uint8Array | u32 | AnyNumber) => Observable<CarechainPrimitivesConsentAccessDecision>>;
      /**
       * An emergency access: open, awaiting review, or reviewed (kept for good; its review is in, the consent pallet's `EmergencyReviews`).
       **/
      emergencyAccess: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<CarechainPrimitivesConsentEmergencyAccess>>>;
      /**
       * The patient's grants, expired ones not yet cleaned up included.
       **/
      grants: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<CarechainPrimitivesConsentGrant>>>;
      /**
       * The requests awaiting the patient's answer, by requester.
       **/
      pendingRequests: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<ITuple<[AccountId32, CarechainPrimitivesConsentAccessRequest]>>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xed99c5acb25eedf5/ */
    grandpaApi: {
      /**
       * Get current GRANDPA authority set id.
       **/
      currentSetId: AugmentedCall<ApiType, () => Observable<u64>>;
      /**
       * Generates a proof of key ownership for the given authority in the, given set. An example usage of this module is coupled with the, session historical module to prove that a given authority key is, tied to a given staking identity during a specific session. Proofs, of key ownership are necessary for submitting equivocation reports., NOTE: even though the API takes a `set_id` as parameter the current, implementations ignore this parameter and instead rely on this, method being called at the correct block height, i.e. any point at, which the given set id is live on-chain. Future implementations will, instead use indexed data through an offchain worker, not requiring, older states to be available.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (set_id: u64 | AnyNumber | Uint8Array, authority_id: SpConsensusGrandpaAppPublic | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Get the current GRANDPA authorities and weights. This should not change except, for when changes are scheduled and the corresponding delay has passed.,, When called at block B, it will return the set of authorities that should be, used to finalize descendants of this block (B+1, B+2, ...). The block B itself, is finalized by the authorities from block B-1.
       **/
      grandpaAuthorities: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>>;
      /**
       * Submits an unsigned extrinsic to report an equivocation. The caller, must provide the equivocation proof and a key ownership proof, (should be obtained using `generate_key_ownership_proof`). The, extrinsic will be unsigned and should only be accepted for local, authorship (not to be broadcast to the network). This method returns, `None` when creation of the extrinsic fails, e.g. if equivocation, reporting is disabled for the given runtime (i.e. this method is, hardcoded to return `None`). Only useful in an offchain context.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xb1abd9867927d543/ */
    intrusionDetectionApi: {
      /**
       * A device's detector state: status, baseline, threshold, window (since version 2).
       **/
      device: AugmentedCall<ApiType, (device: AccountId32 | string | Uint8Array) => Observable<Option<CarechainPrimitivesIntrusionDeviceState>>>;
      /**
       * Whether `who` may report observations (an active hospital, or a monitor made by, governance).
       **/
      isMonitor: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<bool>>;
      /**
       * Deprecated: the name `device` had before version 2 (spec 106), kept for clients of, earlier runtimes for one release. Use `device`.
       **/
      node: AugmentedCall<ApiType, (node: AccountId32 | string | Uint8Array) => Observable<Option<CarechainPrimitivesIntrusionDeviceState>>>;
      /**
       * The quarantined devices.
       **/
      quarantined: AugmentedCall<ApiType, () => Observable<Vec<AccountId32>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xa9e93aa57b2a5999/ */
    recordsApi: {
      /**
       * The number of readings of record `id` if it was anchored as a batch (its content hash, is their Merkle root); `None` for a record of one reading or no record.
       **/
      batchReadings: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>>;
      /**
       * `reader`'s wrapped copy of the patient's category key of `epoch`.
       **/
      categoryKey: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, epoch: u32 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * The custodian hospitals of the patient's custodian set `epoch`, in share order (the, first holds share x = 1), and how many shares open a record.
       **/
      custodians: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, epoch: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[Vec<AccountId32>, u32]>>>>;
      /**
       * The patient's current custodian set (0: none; its records are then sealed under, category keys, envelope version 1).
       **/
      custodyEpoch: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<u32>>;
      /**
       * The current category key epoch of a patient's category (0: none yet).
       **/
      keyEpoch: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array) => Observable<u32>>;
      /**
       * Whether `custodian` may release its share of record `record_id` to `reader` in the, next block, as far as this block knows: an open read it has not released for, that, consent still grants. A custodian's service asks before it sends a release, since the, release's data (the wrapped share) is in the block even when the chain refuses it.
       **/
      mayRelease: AugmentedCall<ApiType, (custodian: AccountId32 | string | Uint8Array, record_id: u64 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array) => Observable<bool>>;
      /**
       * A record's metadata.
       **/
      record: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<CarechainPrimitivesRecordsRecordInfo>>>;
      /**
       * The record of `patient` anchored with `content_hash`, if any.
       **/
      recordByHash: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, content_hash: H256 | string | Uint8Array) => Observable<Option<u64>>>;
      /**
       * A page of a patient's records of one category, oldest first: at most `limit`, (at most 100) from position `start`.
       **/
      recordsOf: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, start: u32 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, CarechainPrimitivesRecordsRecordInfo]>>>>;
      /**
       * Whether `content_hash` is the anchored hash of record `id` (false if no such record).
       **/
      verifyHash: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array, content_hash: H256 | string | Uint8Array) => Observable<bool>>;
      /**
       * Whether `reading` (blake2b-256 of a reading's envelope) is one of record `id`'s, readings: of a batch, reading `proof.index` with `proof.siblings` leading to its, root (`crate::batch`); of a single reading, the record's own hash (index 0, no, siblings). False for no such record. A proof longer than its index needs is refused.
       **/
      verifyReading: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array, reading: H256 | string | Uint8Array, proof: CarechainPrimitivesBatchBatchProof | { index?: any; siblings?: any } | string | Uint8Array) => Observable<bool>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x5079b8933f5ea7a8/ */
    registryApi: {
      /**
       * The patient whose pseudonymous identifier hash is `identifier_hash`, if any.
       **/
      patientByIdentifier: AugmentedCall<ApiType, (identifier_hash: H256 | string | Uint8Array) => Observable<Option<AccountId32>>>;
      /**
       * The profile of `who`, if registered.
       **/
      profile: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<Option<CarechainPrimitivesRegistryProfile>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
  } // AugmentedCalls
} // declare module
