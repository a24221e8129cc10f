// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpSessionMembershipProof (30) */
  interface SpSessionMembershipProof extends Struct {
    readonly session: u32;
    readonly trieNodes: Vec<Bytes>;
    readonly validatorCount: u32;
  }

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletUtilityCall (39) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: CarechainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: CarechainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name CarechainRuntimeOriginCaller (42) */
  interface CarechainRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isHospitalCouncil: boolean;
    readonly asHospitalCouncil: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'HospitalCouncil';
  }

  /** @name FrameSupportDispatchRawOrigin (43) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (44) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletRegistryCall (45) */
  interface PalletRegistryCall extends Enum {
    readonly isAdmitHospital: boolean;
    readonly asAdmitHospital: {
      readonly hospital: AccountId32;
      readonly encryptionKey: Bytes;
    } & Struct;
    readonly isRegisterPhysician: boolean;
    readonly asRegisterPhysician: {
      readonly physician: AccountId32;
      readonly encryptionKey: Bytes;
    } & Struct;
    readonly isAffiliatePhysician: boolean;
    readonly asAffiliatePhysician: {
      readonly physician: AccountId32;
    } & Struct;
    readonly isDisaffiliatePhysician: boolean;
    readonly asDisaffiliatePhysician: {
      readonly physician: AccountId32;
    } & Struct;
    readonly isRegisterPatient: boolean;
    readonly asRegisterPatient: {
      readonly encryptionKey: Bytes;
      readonly identifierHash: Option<H256>;
    } & Struct;
    readonly isRegisterPatientFor: boolean;
    readonly asRegisterPatientFor: {
      readonly patient: AccountId32;
      readonly encryptionKey: Bytes;
      readonly identifierHash: Option<H256>;
    } & Struct;
    readonly isRegisterDevice: boolean;
    readonly asRegisterDevice: {
      readonly device: AccountId32;
      readonly patient: AccountId32;
      readonly kind: CarechainPrimitivesRegistryDeviceKind;
      readonly encryptionKey: Bytes;
      readonly signingKey: Bytes;
    } & Struct;
    readonly isMoveDevice: boolean;
    readonly asMoveDevice: {
      readonly device: AccountId32;
      readonly patient: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isRotateKey: boolean;
    readonly asRotateKey: {
      readonly purpose: CarechainPrimitivesRegistryKeyPurpose;
      readonly newKey: Bytes;
    } & Struct;
    readonly isSuspend: boolean;
    readonly asSuspend: {
      readonly who: AccountId32;
    } & Struct;
    readonly isReactivate: boolean;
    readonly asReactivate: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly who: AccountId32;
    } & Struct;
    readonly isAddGuardian: boolean;
    readonly asAddGuardian: {
      readonly guardian: AccountId32;
    } & Struct;
    readonly isRemoveGuardian: boolean;
    readonly asRemoveGuardian: {
      readonly patient: AccountId32;
      readonly guardian: AccountId32;
    } & Struct;
    readonly isAcceptAffiliation: boolean;
    readonly asAcceptAffiliation: {
      readonly hospital: AccountId32;
    } & Struct;
    readonly isRotateDeviceKey: boolean;
    readonly asRotateDeviceKey: {
      readonly device: AccountId32;
      readonly newKey: Bytes;
    } & Struct;
    readonly type: 'AdmitHospital' | 'RegisterPhysician' | 'AffiliatePhysician' | 'DisaffiliatePhysician' | 'RegisterPatient' | 'RegisterPatientFor' | 'RegisterDevice' | 'MoveDevice' | 'RotateKey' | 'Suspend' | 'Reactivate' | 'Revoke' | 'AddGuardian' | 'RemoveGuardian' | 'AcceptAffiliation' | 'RotateDeviceKey';
  }

  /** @name CarechainPrimitivesRegistryDeviceKind (48) */
  interface CarechainPrimitivesRegistryDeviceKind extends Enum {
    readonly isWearable: boolean;
    readonly isImplant: boolean;
    readonly isBedsideMonitor: boolean;
    readonly isHomeHub: boolean;
    readonly isGateway: boolean;
    readonly type: 'Wearable' | 'Implant' | 'BedsideMonitor' | 'HomeHub' | 'Gateway';
  }

  /** @name CarechainPrimitivesRegistryKeyPurpose (49) */
  interface CarechainPrimitivesRegistryKeyPurpose extends Enum {
    readonly isEncryption: boolean;
    readonly isSigning: boolean;
    readonly type: 'Encryption' | 'Signing';
  }

  /** @name PalletConsentCall (50) */
  interface PalletConsentCall extends Enum {
    readonly isGrant: boolean;
    readonly asGrant: {
      readonly patient: AccountId32;
      readonly grantee: AccountId32;
      readonly scope: CarechainPrimitivesConsentScope;
      readonly permission: CarechainPrimitivesConsentPermission;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly startsAt: Option<u32>;
      readonly expiresAt: u32;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly patient: AccountId32;
      readonly grantId: u64;
    } & Struct;
    readonly isAmend: boolean;
    readonly asAmend: {
      readonly patient: AccountId32;
      readonly grantId: u64;
      readonly scope: Option<CarechainPrimitivesConsentScope>;
      readonly permission: Option<CarechainPrimitivesConsentPermission>;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isRequestAccess: boolean;
    readonly asRequestAccess: {
      readonly patient: AccountId32;
      readonly scope: CarechainPrimitivesConsentScope;
      readonly permission: CarechainPrimitivesConsentPermission;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly duration: u32;
    } & Struct;
    readonly isApproveRequest: boolean;
    readonly asApproveRequest: {
      readonly patient: AccountId32;
      readonly requester: AccountId32;
    } & Struct;
    readonly isRejectRequest: boolean;
    readonly asRejectRequest: {
      readonly patient: AccountId32;
      readonly requester: AccountId32;
    } & Struct;
    readonly isWithdrawRequest: boolean;
    readonly asWithdrawRequest: {
      readonly patient: AccountId32;
    } & Struct;
    readonly isOpenEmergencyAccess: boolean;
    readonly asOpenEmergencyAccess: {
      readonly patient: AccountId32;
      readonly hospital: AccountId32;
      readonly justification: H256;
    } & Struct;
    readonly isConcludeReview: boolean;
    readonly asConcludeReview: {
      readonly id: u64;
      readonly outcome: CarechainPrimitivesConsentReviewOutcome;
    } & Struct;
    readonly type: 'Grant' | 'Revoke' | 'Amend' | 'RequestAccess' | 'ApproveRequest' | 'RejectRequest' | 'WithdrawRequest' | 'OpenEmergencyAccess' | 'ConcludeReview';
  }

  /** @name CarechainPrimitivesConsentScope (51) */
  interface CarechainPrimitivesConsentScope extends Enum {
    readonly isAll: boolean;
    readonly isOnly: boolean;
    readonly asOnly: Vec<CarechainPrimitivesConsentDataCategory>;
    readonly type: 'All' | 'Only';
  }

  /** @name CarechainPrimitivesConsentDataCategory (53) */
  interface CarechainPrimitivesConsentDataCategory extends Enum {
    readonly isVitalSigns: boolean;
    readonly isLabResults: boolean;
    readonly isImaging: boolean;
    readonly isPrescriptions: boolean;
    readonly isClinicalNotes: boolean;
    readonly isDiagnoses: boolean;
    readonly isImmunizations: boolean;
    readonly isAllergies: boolean;
    readonly type: 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies';
  }

  /** @name CarechainPrimitivesConsentPermission (55) */
  interface CarechainPrimitivesConsentPermission extends Enum {
    readonly isRead: boolean;
    readonly isAppend: boolean;
    readonly isReadAppend: boolean;
    readonly type: 'Read' | 'Append' | 'ReadAppend';
  }

  /** @name CarechainPrimitivesConsentPurpose (56) */
  interface CarechainPrimitivesConsentPurpose extends Enum {
    readonly isTreatment: boolean;
    readonly isEmergencyTreatment: boolean;
    readonly isResearch: boolean;
    readonly isPayment: boolean;
    readonly isOperations: boolean;
    readonly isPublicHealth: boolean;
    readonly type: 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth';
  }

  /** @name CarechainPrimitivesConsentReviewOutcome (60) */
  interface CarechainPrimitivesConsentReviewOutcome extends Enum {
    readonly isJustified: boolean;
    readonly isMisuse: boolean;
    readonly type: 'Justified' | 'Misuse';
  }

  /** @name PalletRecordsCall (61) */
  interface PalletRecordsCall extends Enum {
    readonly isAnchor: boolean;
    readonly asAnchor: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly contentHash: H256;
      readonly locator: Bytes;
      readonly size_: u64;
      readonly envelopeVersion: u8;
      readonly keyEpoch: u32;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly signature: Option<Bytes>;
      readonly takenAt: u64;
    } & Struct;
    readonly isRotateCategoryKey: boolean;
    readonly asRotateCategoryKey: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly readers: Vec<ITuple<[AccountId32, Bytes]>>;
    } & Struct;
    readonly isShareCategoryKey: boolean;
    readonly asShareCategoryKey: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly epoch: u32;
      readonly reader: AccountId32;
      readonly wrappedKey: Bytes;
    } & Struct;
    readonly isRead: boolean;
    readonly asRead: {
      readonly recordId: u64;
      readonly purpose: CarechainPrimitivesConsentPurpose;
    } & Struct;
    readonly isSupersede: boolean;
    readonly asSupersede: {
      readonly recordId: u64;
      readonly correction: u64;
      readonly purpose: CarechainPrimitivesConsentPurpose;
    } & Struct;
    readonly isMarkEnteredInError: boolean;
    readonly asMarkEnteredInError: {
      readonly recordId: u64;
      readonly purpose: CarechainPrimitivesConsentPurpose;
    } & Struct;
    readonly isSetCustodians: boolean;
    readonly asSetCustodians: {
      readonly patient: AccountId32;
      readonly custodians: Vec<AccountId32>;
      readonly threshold: u32;
    } & Struct;
    readonly isReleaseShare: boolean;
    readonly asReleaseShare: {
      readonly recordId: u64;
      readonly reader: AccountId32;
      readonly wrappedShare: Bytes;
    } & Struct;
    readonly isAnchorBatch: boolean;
    readonly asAnchorBatch: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly root: H256;
      readonly readings: u32;
      readonly locator: Bytes;
      readonly size_: u64;
      readonly envelopeVersion: u8;
      readonly keyEpoch: u32;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly signature: Option<Bytes>;
      readonly takenAt: u64;
    } & Struct;
    readonly type: 'Anchor' | 'RotateCategoryKey' | 'ShareCategoryKey' | 'Read' | 'Supersede' | 'MarkEnteredInError' | 'SetCustodians' | 'ReleaseShare' | 'AnchorBatch';
  }

  /** @name PalletIntrusionDetectionCall (69) */
  interface PalletIntrusionDetectionCall extends Enum {
    readonly isReport: boolean;
    readonly asReport: {
      readonly observations: Vec<ITuple<[AccountId32, u32]>>;
    } & Struct;
    readonly isReinstate: boolean;
    readonly asReinstate: {
      readonly device: AccountId32;
    } & Struct;
    readonly isAddMonitor: boolean;
    readonly asAddMonitor: {
      readonly monitor: AccountId32;
    } & Struct;
    readonly isRemoveMonitor: boolean;
    readonly asRemoveMonitor: {
      readonly monitor: AccountId32;
    } & Struct;
    readonly isReportNode: boolean;
    readonly asReportNode: {
      readonly node: Bytes;
    } & Struct;
    readonly isClearNodeReports: boolean;
    readonly asClearNodeReports: {
      readonly node: Bytes;
    } & Struct;
    readonly type: 'Report' | 'Reinstate' | 'AddMonitor' | 'RemoveMonitor' | 'ReportNode' | 'ClearNodeReports';
  }

  /** @name PalletEnvelopesCall (74) */
  interface PalletEnvelopesCall extends Enum {
    readonly isStore: boolean;
    readonly asStore: {
      readonly recordId: u64;
      readonly reading: Option<PalletEnvelopesReadingProof>;
      readonly envelope: Bytes;
    } & Struct;
    readonly type: 'Store';
  }

  /** @name PalletEnvelopesReadingProof (76) */
  interface PalletEnvelopesReadingProof extends Struct {
    readonly index: u32;
    readonly siblings: Vec<H256>;
  }

  /** @name PalletMembershipCall (80) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletCollectiveCall (81) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletConsortiumCall (84) */
  interface PalletConsortiumCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly type: 'AddValidator' | 'RemoveValidator' | 'AuthorizeUpgrade';
  }

  /** @name PalletSessionCall (85) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: CarechainRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name CarechainRuntimeSessionKeys (86) */
  interface CarechainRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (87) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletNodeAuthorizationCall (88) */
  interface PalletNodeAuthorizationCall extends Enum {
    readonly isAddWellKnownNode: boolean;
    readonly asAddWellKnownNode: {
      readonly node: OpaquePeerId;
      readonly owner: MultiAddress;
    } & Struct;
    readonly isRemoveWellKnownNode: boolean;
    readonly asRemoveWellKnownNode: {
      readonly node: OpaquePeerId;
    } & Struct;
    readonly isSwapWellKnownNode: boolean;
    readonly asSwapWellKnownNode: {
      readonly remove: OpaquePeerId;
      readonly add: OpaquePeerId;
    } & Struct;
    readonly isResetWellKnownNodes: boolean;
    readonly asResetWellKnownNodes: {
      readonly nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>>;
    } & Struct;
    readonly isClaimNode: boolean;
    readonly asClaimNode: {
      readonly node: OpaquePeerId;
    } & Struct;
    readonly isRemoveClaim: boolean;
    readonly asRemoveClaim: {
      readonly node: OpaquePeerId;
    } & Struct;
    readonly isTransferNode: boolean;
    readonly asTransferNode: {
      readonly node: OpaquePeerId;
      readonly owner: MultiAddress;
    } & Struct;
    readonly isAddConnections: boolean;
    readonly asAddConnections: {
      readonly node: OpaquePeerId;
      readonly connections: Vec<OpaquePeerId>;
    } & Struct;
    readonly isRemoveConnections: boolean;
    readonly asRemoveConnections: {
      readonly node: OpaquePeerId;
      readonly connections: Vec<OpaquePeerId>;
    } & Struct;
    readonly type: 'AddWellKnownNode' | 'RemoveWellKnownNode' | 'SwapWellKnownNode' | 'ResetWellKnownNodes' | 'ClaimNode' | 'RemoveClaim' | 'TransferNode' | 'AddConnections' | 'RemoveConnections';
  }

  /** @name PalletAuraEquivocationCall (93) */
  interface PalletAuraEquivocationCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusSlotsEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusSlotsEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned';
  }

  /** @name SpConsensusSlotsEquivocationProof (94) */
  interface SpConsensusSlotsEquivocationProof extends Struct {
    readonly offender: SpConsensusAuraSr25519AppSr25519Public;
    readonly slot: u64;
    readonly firstHeader: SpRuntimeHeader;
    readonly secondHeader: SpRuntimeHeader;
  }

  /** @name SpRuntimeHeader (95) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeDigest (96) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (98) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name SpRuntimeMultiSignature (101) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (103) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (104) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (105) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (106) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (107) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (110) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name PalletIntrusionDetectionExtensionCheckQuarantine (111) */
  type PalletIntrusionDetectionExtensionCheckQuarantine = Null;

  /** @name FrameSystemExtensionsCheckWeight (112) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (113) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (114) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (115) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (117) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (118) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (119) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (121) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name FrameSystemEventRecord (123) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (125) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (126) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (127) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (128) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (129) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (130) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (131) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (132) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (133) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (134) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (135) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (138) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: CarechainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: CarechainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: CarechainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: CarechainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: CarechainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (139) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name CarechainRuntimeRuntimeHoldReason (140) */
  interface CarechainRuntimeRuntimeHoldReason extends Enum {
    readonly isHospitalCouncil: boolean;
    readonly asHospitalCouncil: PalletCollectiveHoldReason;
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly type: 'HospitalCouncil' | 'Session';
  }

  /** @name PalletCollectiveHoldReason (141) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletSessionHoldReason (142) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletBalancesUnexpectedKind (143) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (144) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (145) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletUtilityEvent (147) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletRegistryEvent (148) */
  interface PalletRegistryEvent extends Enum {
    readonly isHospitalAdmitted: boolean;
    readonly asHospitalAdmitted: {
      readonly hospital: AccountId32;
    } & Struct;
    readonly isPhysicianRegistered: boolean;
    readonly asPhysicianRegistered: {
      readonly physician: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isAffiliationOffered: boolean;
    readonly asAffiliationOffered: {
      readonly physician: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isAffiliationOfferWithdrawn: boolean;
    readonly asAffiliationOfferWithdrawn: {
      readonly physician: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isPhysicianAffiliated: boolean;
    readonly asPhysicianAffiliated: {
      readonly physician: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isPhysicianDisaffiliated: boolean;
    readonly asPhysicianDisaffiliated: {
      readonly physician: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isPatientRegistered: boolean;
    readonly asPatientRegistered: {
      readonly patient: AccountId32;
      readonly registeredBy: Option<AccountId32>;
    } & Struct;
    readonly isDeviceRegistered: boolean;
    readonly asDeviceRegistered: {
      readonly device: AccountId32;
      readonly patient: AccountId32;
      readonly hospital: AccountId32;
      readonly kind: CarechainPrimitivesRegistryDeviceKind;
    } & Struct;
    readonly isDeviceMoved: boolean;
    readonly asDeviceMoved: {
      readonly device: AccountId32;
      readonly patient: AccountId32;
      readonly hospital: AccountId32;
    } & Struct;
    readonly isKeyRotated: boolean;
    readonly asKeyRotated: {
      readonly who: AccountId32;
      readonly purpose: CarechainPrimitivesRegistryKeyPurpose;
    } & Struct;
    readonly isParticipantSuspended: boolean;
    readonly asParticipantSuspended: {
      readonly who: AccountId32;
      readonly by: Option<AccountId32>;
    } & Struct;
    readonly isParticipantReactivated: boolean;
    readonly asParticipantReactivated: {
      readonly who: AccountId32;
    } & Struct;
    readonly isParticipantRevoked: boolean;
    readonly asParticipantRevoked: {
      readonly who: AccountId32;
    } & Struct;
    readonly isGuardianAdded: boolean;
    readonly asGuardianAdded: {
      readonly patient: AccountId32;
      readonly guardian: AccountId32;
    } & Struct;
    readonly isGuardianRemoved: boolean;
    readonly asGuardianRemoved: {
      readonly patient: AccountId32;
      readonly guardian: AccountId32;
    } & Struct;
    readonly type: 'HospitalAdmitted' | 'PhysicianRegistered' | 'AffiliationOffered' | 'AffiliationOfferWithdrawn' | 'PhysicianAffiliated' | 'PhysicianDisaffiliated' | 'PatientRegistered' | 'DeviceRegistered' | 'DeviceMoved' | 'KeyRotated' | 'ParticipantSuspended' | 'ParticipantReactivated' | 'ParticipantRevoked' | 'GuardianAdded' | 'GuardianRemoved';
  }

  /** @name PalletConsentEvent (149) */
  interface PalletConsentEvent extends Enum {
    readonly isConsentGranted: boolean;
    readonly asConsentGranted: {
      readonly patient: AccountId32;
      readonly grantId: u64;
      readonly grantee: AccountId32;
      readonly scope: CarechainPrimitivesConsentScope;
      readonly permission: CarechainPrimitivesConsentPermission;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly startsAt: Option<u32>;
      readonly expiresAt: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentRevoked: boolean;
    readonly asConsentRevoked: {
      readonly patient: AccountId32;
      readonly grantId: u64;
      readonly grantee: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentAmended: boolean;
    readonly asConsentAmended: {
      readonly patient: AccountId32;
      readonly grantId: u64;
      readonly grantee: AccountId32;
      readonly scope: CarechainPrimitivesConsentScope;
      readonly permission: CarechainPrimitivesConsentPermission;
      readonly expiresAt: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentExpired: boolean;
    readonly asConsentExpired: {
      readonly patient: AccountId32;
      readonly grantId: u64;
      readonly grantee: AccountId32;
    } & Struct;
    readonly isAccessRequested: boolean;
    readonly asAccessRequested: {
      readonly patient: AccountId32;
      readonly requester: AccountId32;
      readonly scope: CarechainPrimitivesConsentScope;
      readonly permission: CarechainPrimitivesConsentPermission;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly duration: u32;
    } & Struct;
    readonly isAccessRequestApproved: boolean;
    readonly asAccessRequestApproved: {
      readonly patient: AccountId32;
      readonly requester: AccountId32;
      readonly grantId: u64;
    } & Struct;
    readonly isAccessRequestRejected: boolean;
    readonly asAccessRequestRejected: {
      readonly patient: AccountId32;
      readonly requester: AccountId32;
    } & Struct;
    readonly isAccessRequestWithdrawn: boolean;
    readonly asAccessRequestWithdrawn: {
      readonly patient: AccountId32;
      readonly requester: AccountId32;
    } & Struct;
    readonly isEmergencyAccessOpened: boolean;
    readonly asEmergencyAccessOpened: {
      readonly id: u64;
      readonly patient: AccountId32;
      readonly physician: AccountId32;
      readonly hospital: AccountId32;
      readonly justification: H256;
      readonly expiresAt: u32;
      readonly guardians: Vec<AccountId32>;
    } & Struct;
    readonly isEmergencyReviewConcluded: boolean;
    readonly asEmergencyReviewConcluded: {
      readonly id: u64;
      readonly patient: AccountId32;
      readonly physician: AccountId32;
      readonly outcome: CarechainPrimitivesConsentReviewOutcome;
      readonly by: Option<AccountId32>;
    } & Struct;
    readonly isAccessAudited: boolean;
    readonly asAccessAudited: {
      readonly patient: AccountId32;
      readonly accessor: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly action: CarechainPrimitivesConsentAction;
      readonly purpose: CarechainPrimitivesConsentPurpose;
      readonly decision: CarechainPrimitivesConsentAccessDecision;
    } & Struct;
    readonly type: 'ConsentGranted' | 'ConsentRevoked' | 'ConsentAmended' | 'ConsentExpired' | 'AccessRequested' | 'AccessRequestApproved' | 'AccessRequestRejected' | 'AccessRequestWithdrawn' | 'EmergencyAccessOpened' | 'EmergencyReviewConcluded' | 'AccessAudited';
  }

  /** @name CarechainPrimitivesConsentAction (150) */
  interface CarechainPrimitivesConsentAction extends Enum {
    readonly isRead: boolean;
    readonly isAppend: boolean;
    readonly type: 'Read' | 'Append';
  }

  /** @name CarechainPrimitivesConsentAccessDecision (151) */
  interface CarechainPrimitivesConsentAccessDecision extends Enum {
    readonly isGranted: boolean;
    readonly asGranted: CarechainPrimitivesConsentAccessBasis;
    readonly isDenied: boolean;
    readonly asDenied: CarechainPrimitivesConsentDenialReason;
    readonly type: 'Granted' | 'Denied';
  }

  /** @name CarechainPrimitivesConsentAccessBasis (152) */
  interface CarechainPrimitivesConsentAccessBasis extends Enum {
    readonly isOwnData: boolean;
    readonly isGuardian: boolean;
    readonly isMonitoringDevice: boolean;
    readonly isGrant: boolean;
    readonly asGrant: u64;
    readonly isEmergency: boolean;
    readonly asEmergency: u64;
    readonly type: 'OwnData' | 'Guardian' | 'MonitoringDevice' | 'Grant' | 'Emergency';
  }

  /** @name CarechainPrimitivesConsentDenialReason (153) */
  interface CarechainPrimitivesConsentDenialReason extends Enum {
    readonly isNotAPatient: boolean;
    readonly isAccessorNotActive: boolean;
    readonly isNoConsent: boolean;
    readonly isConsentExpired: boolean;
    readonly isConsentNotStarted: boolean;
    readonly type: 'NotAPatient' | 'AccessorNotActive' | 'NoConsent' | 'ConsentExpired' | 'ConsentNotStarted';
  }

  /** @name PalletRecordsEvent (154) */
  interface PalletRecordsEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly recordId: u64;
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly contentHash: H256;
      readonly author: AccountId32;
      readonly basis: CarechainPrimitivesConsentAccessBasis;
      readonly keyEpoch: u32;
    } & Struct;
    readonly isCategoryKeyRotated: boolean;
    readonly asCategoryKeyRotated: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly epoch: u32;
      readonly readers: Vec<AccountId32>;
    } & Struct;
    readonly isCategoryKeyShared: boolean;
    readonly asCategoryKeyShared: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly epoch: u32;
      readonly reader: AccountId32;
    } & Struct;
    readonly isRecordReadGranted: boolean;
    readonly asRecordReadGranted: {
      readonly recordId: u64;
      readonly reader: AccountId32;
      readonly basis: CarechainPrimitivesConsentAccessBasis;
      readonly keyEpoch: u32;
      readonly wrappedKey: Option<Bytes>;
    } & Struct;
    readonly isRecordReadDenied: boolean;
    readonly asRecordReadDenied: {
      readonly recordId: u64;
      readonly reader: AccountId32;
      readonly reason: CarechainPrimitivesConsentDenialReason;
    } & Struct;
    readonly isRecordSuperseded: boolean;
    readonly asRecordSuperseded: {
      readonly recordId: u64;
      readonly correction: u64;
    } & Struct;
    readonly isRecordMarkedEnteredInError: boolean;
    readonly asRecordMarkedEnteredInError: {
      readonly recordId: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isCorrectionRefused: boolean;
    readonly asCorrectionRefused: {
      readonly recordId: u64;
      readonly by: AccountId32;
      readonly reason: CarechainPrimitivesConsentDenialReason;
    } & Struct;
    readonly isCustodiansSet: boolean;
    readonly asCustodiansSet: {
      readonly patient: AccountId32;
      readonly epoch: u32;
      readonly custodians: Vec<AccountId32>;
      readonly threshold: u32;
    } & Struct;
    readonly isSharesRequested: boolean;
    readonly asSharesRequested: {
      readonly recordId: u64;
      readonly reader: AccountId32;
      readonly custodyEpoch: u32;
      readonly until: u32;
    } & Struct;
    readonly isShareReleased: boolean;
    readonly asShareReleased: {
      readonly recordId: u64;
      readonly reader: AccountId32;
      readonly custodian: AccountId32;
      readonly index: u32;
      readonly wrappedShare: Bytes;
    } & Struct;
    readonly isReleaseRefused: boolean;
    readonly asReleaseRefused: {
      readonly recordId: u64;
      readonly reader: AccountId32;
      readonly reason: CarechainPrimitivesConsentDenialReason;
    } & Struct;
    readonly isAnchorRefused: boolean;
    readonly asAnchorRefused: {
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly contentHash: H256;
      readonly author: AccountId32;
      readonly reason: CarechainPrimitivesConsentDenialReason;
    } & Struct;
    readonly isBatchAnchored: boolean;
    readonly asBatchAnchored: {
      readonly recordId: u64;
      readonly patient: AccountId32;
      readonly category: CarechainPrimitivesConsentDataCategory;
      readonly root: H256;
      readonly readings: u32;
      readonly author: AccountId32;
      readonly basis: CarechainPrimitivesConsentAccessBasis;
      readonly keyEpoch: u32;
    } & Struct;
    readonly type: 'RecordAnchored' | 'CategoryKeyRotated' | 'CategoryKeyShared' | 'RecordReadGranted' | 'RecordReadDenied' | 'RecordSuperseded' | 'RecordMarkedEnteredInError' | 'CorrectionRefused' | 'CustodiansSet' | 'SharesRequested' | 'ShareReleased' | 'ReleaseRefused' | 'AnchorRefused' | 'BatchAnchored';
  }

  /** @name PalletIntrusionDetectionEvent (156) */
  interface PalletIntrusionDetectionEvent extends Enum {
    readonly isBaselineLearned: boolean;
    readonly asBaselineLearned: {
      readonly device: AccountId32;
      readonly baseline: u64;
      readonly threshold: u64;
    } & Struct;
    readonly isIntrusionDetected: boolean;
    readonly asIntrusionDetected: {
      readonly device: AccountId32;
      readonly average: u64;
      readonly threshold: u64;
      readonly reportedBy: Option<AccountId32>;
    } & Struct;
    readonly isDeviceReinstated: boolean;
    readonly asDeviceReinstated: {
      readonly device: AccountId32;
      readonly by: Option<AccountId32>;
    } & Struct;
    readonly isMonitorAdded: boolean;
    readonly asMonitorAdded: {
      readonly monitor: AccountId32;
    } & Struct;
    readonly isMonitorRemoved: boolean;
    readonly asMonitorRemoved: {
      readonly monitor: AccountId32;
    } & Struct;
    readonly isNodeReported: boolean;
    readonly asNodeReported: {
      readonly node: Bytes;
      readonly owner: AccountId32;
      readonly reporter: AccountId32;
      readonly reports: u32;
    } & Struct;
    readonly isNodeReportsCleared: boolean;
    readonly asNodeReportsCleared: {
      readonly node: Bytes;
    } & Struct;
    readonly type: 'BaselineLearned' | 'IntrusionDetected' | 'DeviceReinstated' | 'MonitorAdded' | 'MonitorRemoved' | 'NodeReported' | 'NodeReportsCleared';
  }

  /** @name PalletEnvelopesEvent (157) */
  interface PalletEnvelopesEvent extends Enum {
    readonly isEnvelopeStored: boolean;
    readonly asEnvelopeStored: {
      readonly who: AccountId32;
      readonly recordId: u64;
      readonly contentHash: H256;
      readonly length: u32;
    } & Struct;
    readonly type: 'EnvelopeStored';
  }

  /** @name PalletMembershipEvent (158) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletCollectiveEvent (159) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletConsortiumEvent (160) */
  interface PalletConsortiumEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isNewValidatorSetPlanned: boolean;
    readonly asNewValidatorSetPlanned: {
      readonly sessionIndex: u32;
      readonly validators: u32;
    } & Struct;
    readonly isUpgradeAuthorizedByConsortium: boolean;
    readonly asUpgradeAuthorizedByConsortium: {
      readonly codeHash: H256;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'NewValidatorSetPlanned' | 'UpgradeAuthorizedByConsortium';
  }

  /** @name PalletSessionEvent (161) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletNodeAuthorizationEvent (162) */
  interface PalletNodeAuthorizationEvent extends Enum {
    readonly isNodeAdded: boolean;
    readonly asNodeAdded: {
      readonly peerId: OpaquePeerId;
      readonly who: AccountId32;
    } & Struct;
    readonly isNodeRemoved: boolean;
    readonly asNodeRemoved: {
      readonly peerId: OpaquePeerId;
    } & Struct;
    readonly isNodeSwapped: boolean;
    readonly asNodeSwapped: {
      readonly removed: OpaquePeerId;
      readonly added: OpaquePeerId;
    } & Struct;
    readonly isNodesReset: boolean;
    readonly asNodesReset: {
      readonly nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>>;
    } & Struct;
    readonly isNodeClaimed: boolean;
    readonly asNodeClaimed: {
      readonly peerId: OpaquePeerId;
      readonly who: AccountId32;
    } & Struct;
    readonly isClaimRemoved: boolean;
    readonly asClaimRemoved: {
      readonly peerId: OpaquePeerId;
      readonly who: AccountId32;
    } & Struct;
    readonly isNodeTransferred: boolean;
    readonly asNodeTransferred: {
      readonly peerId: OpaquePeerId;
      readonly target: AccountId32;
    } & Struct;
    readonly isConnectionsAdded: boolean;
    readonly asConnectionsAdded: {
      readonly peerId: OpaquePeerId;
      readonly allowedConnections: Vec<OpaquePeerId>;
    } & Struct;
    readonly isConnectionsRemoved: boolean;
    readonly asConnectionsRemoved: {
      readonly peerId: OpaquePeerId;
      readonly allowedConnections: Vec<OpaquePeerId>;
    } & Struct;
    readonly type: 'NodeAdded' | 'NodeRemoved' | 'NodeSwapped' | 'NodesReset' | 'NodeClaimed' | 'ClaimRemoved' | 'NodeTransferred' | 'ConnectionsAdded' | 'ConnectionsRemoved';
  }

  /** @name PalletSessionHistoricalPalletEvent (163) */
  interface PalletSessionHistoricalPalletEvent extends Enum {
    readonly isRootStored: boolean;
    readonly asRootStored: {
      readonly index: u32;
    } & Struct;
    readonly isRootsPruned: boolean;
    readonly asRootsPruned: {
      readonly upTo: u32;
    } & Struct;
    readonly type: 'RootStored' | 'RootsPruned';
  }

  /** @name PalletOffencesEvent (164) */
  interface PalletOffencesEvent extends Enum {
    readonly isOffence: boolean;
    readonly asOffence: {
      readonly kind: U8aFixed;
      readonly slot: Bytes;
    } & Struct;
    readonly type: 'Offence';
  }

  /** @name PalletAuraEquivocationEvent (166) */
  interface PalletAuraEquivocationEvent extends Enum {
    readonly isEquivocationReported: boolean;
    readonly asEquivocationReported: {
      readonly offender: SpConsensusAuraSr25519AppSr25519Public;
      readonly slot: u64;
      readonly sessionIndex: u32;
    } & Struct;
    readonly type: 'EquivocationReported';
  }

  /** @name FrameSystemPhase (167) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (170) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (173) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (174) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (175) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (176) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (178) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (179) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (180) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (181) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (186) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpRuntimeBlakeTwo256 (187) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name SpRuntimeBlock (188) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name PalletGrandpaStoredState (194) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (195) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (197) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (199) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (200) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (203) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (206) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: CarechainRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (209) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: CarechainRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name CarechainRuntimeRuntimeFreezeReason (210) */
  type CarechainRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (212) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (214) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (215) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (216) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (217) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletUtilityError (218) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletRegistryParticipant (219) */
  interface PalletRegistryParticipant extends Struct {
    readonly role: CarechainPrimitivesRegistryRole;
    readonly status: CarechainPrimitivesRegistryStatus;
    readonly registeredAt: u32;
    readonly encryptionKey: Bytes;
    readonly identifierHash: Option<H256>;
    readonly suspendedBy: Option<AccountId32>;
  }

  /** @name CarechainPrimitivesRegistryRole (220) */
  interface CarechainPrimitivesRegistryRole extends Enum {
    readonly isHospital: boolean;
    readonly isPhysician: boolean;
    readonly isPatient: boolean;
    readonly isDevice: boolean;
    readonly type: 'Hospital' | 'Physician' | 'Patient' | 'Device';
  }

  /** @name CarechainPrimitivesRegistryStatus (221) */
  interface CarechainPrimitivesRegistryStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly isRevoked: boolean;
    readonly type: 'Active' | 'Suspended' | 'Revoked';
  }

  /** @name PalletRegistryDevice (222) */
  interface PalletRegistryDevice extends Struct {
    readonly patient: AccountId32;
    readonly hospital: AccountId32;
    readonly kind: CarechainPrimitivesRegistryDeviceKind;
    readonly signingKey: Bytes;
  }

  /** @name PalletRegistryRetiredKey (228) */
  interface PalletRegistryRetiredKey extends Struct {
    readonly key: Bytes;
    readonly retiredAt: u32;
  }

  /** @name PalletRegistryError (231) */
  interface PalletRegistryError extends Enum {
    readonly isAlreadyRegistered: boolean;
    readonly isNotRegistered: boolean;
    readonly isNotHospital: boolean;
    readonly isNotPhysician: boolean;
    readonly isNotPatient: boolean;
    readonly isNotDevice: boolean;
    readonly isNotActive: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isNotSuspended: boolean;
    readonly isAlreadyRevoked: boolean;
    readonly isNotPermitted: boolean;
    readonly isMalformedKey: boolean;
    readonly isNotRsaKey: boolean;
    readonly isKeyTooShort: boolean;
    readonly isKeyTooLarge: boolean;
    readonly isKeyUnchanged: boolean;
    readonly isSigningKeyByHospital: boolean;
    readonly isIdentifierInUse: boolean;
    readonly isTooManyPhysicians: boolean;
    readonly isTooManyHospitals: boolean;
    readonly isTooManyDevices: boolean;
    readonly isTooManyGuardians: boolean;
    readonly isTooManyWards: boolean;
    readonly isAlreadyAffiliated: boolean;
    readonly isNotAffiliated: boolean;
    readonly isAlreadyOffered: boolean;
    readonly isNoAffiliationOffer: boolean;
    readonly isAlreadyGuardian: boolean;
    readonly isNotGuardian: boolean;
    readonly isCannotGuardSelf: boolean;
    readonly isInvalidGuardian: boolean;
    readonly isDeviceUnchanged: boolean;
    readonly isSigningKeyExponent: boolean;
    readonly type: 'AlreadyRegistered' | 'NotRegistered' | 'NotHospital' | 'NotPhysician' | 'NotPatient' | 'NotDevice' | 'NotActive' | 'AlreadySuspended' | 'NotSuspended' | 'AlreadyRevoked' | 'NotPermitted' | 'MalformedKey' | 'NotRsaKey' | 'KeyTooShort' | 'KeyTooLarge' | 'KeyUnchanged' | 'SigningKeyByHospital' | 'IdentifierInUse' | 'TooManyPhysicians' | 'TooManyHospitals' | 'TooManyDevices' | 'TooManyGuardians' | 'TooManyWards' | 'AlreadyAffiliated' | 'NotAffiliated' | 'AlreadyOffered' | 'NoAffiliationOffer' | 'AlreadyGuardian' | 'NotGuardian' | 'CannotGuardSelf' | 'InvalidGuardian' | 'DeviceUnchanged' | 'SigningKeyExponent';
  }

  /** @name PalletConsentStoredGrant (233) */
  interface PalletConsentStoredGrant extends Struct {
    readonly grant: CarechainPrimitivesConsentGrant;
    readonly cleanupAt: u32;
  }

  /** @name CarechainPrimitivesConsentGrant (234) */
  interface CarechainPrimitivesConsentGrant extends Struct {
    readonly id: u64;
    readonly grantee: AccountId32;
    readonly scope: CarechainPrimitivesConsentScope;
    readonly permission: CarechainPrimitivesConsentPermission;
    readonly purpose: CarechainPrimitivesConsentPurpose;
    readonly startsAt: Option<u32>;
    readonly expiresAt: u32;
    readonly grantedAt: u32;
  }

  /** @name CarechainPrimitivesConsentAccessRequest (239) */
  interface CarechainPrimitivesConsentAccessRequest extends Struct {
    readonly scope: CarechainPrimitivesConsentScope;
    readonly permission: CarechainPrimitivesConsentPermission;
    readonly purpose: CarechainPrimitivesConsentPurpose;
    readonly duration: u32;
    readonly requestedAt: u32;
  }

  /** @name CarechainPrimitivesConsentEmergencyAccess (240) */
  interface CarechainPrimitivesConsentEmergencyAccess extends Struct {
    readonly patient: AccountId32;
    readonly physician: AccountId32;
    readonly hospital: AccountId32;
    readonly justification: H256;
    readonly openedAt: u32;
    readonly expiresAt: u32;
  }

  /** @name PalletConsentEmergencyReview (241) */
  interface PalletConsentEmergencyReview extends Struct {
    readonly outcome: CarechainPrimitivesConsentReviewOutcome;
    readonly by: Option<AccountId32>;
    readonly at: u32;
  }

  /** @name CarechainPrimitivesConsentAuditEntry (242) */
  interface CarechainPrimitivesConsentAuditEntry extends Struct {
    readonly index: u64;
    readonly accessor: AccountId32;
    readonly category: CarechainPrimitivesConsentDataCategory;
    readonly action: CarechainPrimitivesConsentAction;
    readonly purpose: CarechainPrimitivesConsentPurpose;
    readonly decision: CarechainPrimitivesConsentAccessDecision;
    readonly block: u32;
  }

  /** @name PalletConsentAuditCounts (243) */
  interface PalletConsentAuditCounts extends Struct {
    readonly total: u64;
    readonly disclosures: u64;
    readonly refusals: u64;
  }

  /** @name PalletConsentError (244) */
  interface PalletConsentError extends Enum {
    readonly isNotPatient: boolean;
    readonly isPatientNotActive: boolean;
    readonly isNotPatientOrGuardian: boolean;
    readonly isGranteeNotRegistered: boolean;
    readonly isGranteeNotActive: boolean;
    readonly isCannotGrantToSelf: boolean;
    readonly isEmptyScope: boolean;
    readonly isDuplicateCategory: boolean;
    readonly isExpiryInPast: boolean;
    readonly isExpiryBeforeStart: boolean;
    readonly isGrantTooLong: boolean;
    readonly isTooManyGrants: boolean;
    readonly isExpiryQueueFull: boolean;
    readonly isNoSuchGrant: boolean;
    readonly isNothingToAmend: boolean;
    readonly isNotNarrower: boolean;
    readonly isExpiryNotShorter: boolean;
    readonly isNotPhysician: boolean;
    readonly isCallerNotActive: boolean;
    readonly isInvalidDuration: boolean;
    readonly isRequestPending: boolean;
    readonly isNoSuchRequest: boolean;
    readonly isNotActiveInHospital: boolean;
    readonly isEmergencyAccessOpen: boolean;
    readonly isNoSuchEmergencyAccess: boolean;
    readonly isAlreadyReviewed: boolean;
    readonly isTooManyUnreviewedEmergencies: boolean;
    readonly isNotReviewer: boolean;
    readonly isEmergencyAccessStillOpen: boolean;
    readonly type: 'NotPatient' | 'PatientNotActive' | 'NotPatientOrGuardian' | 'GranteeNotRegistered' | 'GranteeNotActive' | 'CannotGrantToSelf' | 'EmptyScope' | 'DuplicateCategory' | 'ExpiryInPast' | 'ExpiryBeforeStart' | 'GrantTooLong' | 'TooManyGrants' | 'ExpiryQueueFull' | 'NoSuchGrant' | 'NothingToAmend' | 'NotNarrower' | 'ExpiryNotShorter' | 'NotPhysician' | 'CallerNotActive' | 'InvalidDuration' | 'RequestPending' | 'NoSuchRequest' | 'NotActiveInHospital' | 'EmergencyAccessOpen' | 'NoSuchEmergencyAccess' | 'AlreadyReviewed' | 'TooManyUnreviewedEmergencies' | 'NotReviewer' | 'EmergencyAccessStillOpen';
  }

  /** @name CarechainPrimitivesRecordsRecordInfo (245) */
  interface CarechainPrimitivesRecordsRecordInfo extends Struct {
    readonly patient: AccountId32;
    readonly category: CarechainPrimitivesConsentDataCategory;
    readonly contentHash: H256;
    readonly locator: Bytes;
    readonly size_: u64;
    readonly envelopeVersion: u8;
    readonly keyEpoch: u32;
    readonly author: AccountId32;
    readonly basis: CarechainPrimitivesConsentAccessBasis;
    readonly anchoredAt: u32;
    readonly timestamp: u64;
    readonly status: CarechainPrimitivesRecordsRecordStatus;
    readonly supersedes: Option<u64>;
  }

  /** @name CarechainPrimitivesRecordsRecordStatus (246) */
  interface CarechainPrimitivesRecordsRecordStatus extends Enum {
    readonly isCurrent: boolean;
    readonly isSuperseded: boolean;
    readonly asSuperseded: u64;
    readonly isEnteredInError: boolean;
    readonly type: 'Current' | 'Superseded' | 'EnteredInError';
  }

  /** @name PalletRecordsCustodianSet (252) */
  interface PalletRecordsCustodianSet extends Struct {
    readonly custodians: Vec<AccountId32>;
    readonly threshold: u32;
  }

  /** @name PalletRecordsOpenRead (254) */
  interface PalletRecordsOpenRead extends Struct {
    readonly recordId: u64;
    readonly purpose: CarechainPrimitivesConsentPurpose;
    readonly until: u32;
    readonly released: u32;
  }

  /** @name PalletRecordsError (256) */
  interface PalletRecordsError extends Enum {
    readonly isUnsupportedEnvelopeVersion: boolean;
    readonly isEmptyLocator: boolean;
    readonly isEmptyRecord: boolean;
    readonly isAlreadyAnchored: boolean;
    readonly isStaleKeyEpoch: boolean;
    readonly isNotPatient: boolean;
    readonly isAuthorNotActive: boolean;
    readonly isDeviceNotMonitoringPatient: boolean;
    readonly isNoWriteConsent: boolean;
    readonly isSignatureMissing: boolean;
    readonly isUnexpectedSignature: boolean;
    readonly isBadSignature: boolean;
    readonly isNotPatientOrGuardian: boolean;
    readonly isNoReaders: boolean;
    readonly isDuplicateReader: boolean;
    readonly isReaderNotRegistered: boolean;
    readonly isEmptyWrappedKey: boolean;
    readonly isUnknownEpoch: boolean;
    readonly isAlreadyShared: boolean;
    readonly isNoSuchRecord: boolean;
    readonly isNotCurrent: boolean;
    readonly isInvalidCorrection: boolean;
    readonly isNotCorrectionAuthor: boolean;
    readonly isNotPermitted: boolean;
    readonly isNotOwnReading: boolean;
    readonly isReadingFromTheFuture: boolean;
    readonly isCustodyRequired: boolean;
    readonly isNoCustodians: boolean;
    readonly isBadThreshold: boolean;
    readonly isDuplicateCustodian: boolean;
    readonly isCustodianNotHospital: boolean;
    readonly isNotCustodian: boolean;
    readonly isCustodianNotActive: boolean;
    readonly isNoOpenRead: boolean;
    readonly isAlreadyReleased: boolean;
    readonly isNotInCustody: boolean;
    readonly isEmptyBatch: boolean;
    readonly isBatchTooLarge: boolean;
    readonly type: 'UnsupportedEnvelopeVersion' | 'EmptyLocator' | 'EmptyRecord' | 'AlreadyAnchored' | 'StaleKeyEpoch' | 'NotPatient' | 'AuthorNotActive' | 'DeviceNotMonitoringPatient' | 'NoWriteConsent' | 'SignatureMissing' | 'UnexpectedSignature' | 'BadSignature' | 'NotPatientOrGuardian' | 'NoReaders' | 'DuplicateReader' | 'ReaderNotRegistered' | 'EmptyWrappedKey' | 'UnknownEpoch' | 'AlreadyShared' | 'NoSuchRecord' | 'NotCurrent' | 'InvalidCorrection' | 'NotCorrectionAuthor' | 'NotPermitted' | 'NotOwnReading' | 'ReadingFromTheFuture' | 'CustodyRequired' | 'NoCustodians' | 'BadThreshold' | 'DuplicateCustodian' | 'CustodianNotHospital' | 'NotCustodian' | 'CustodianNotActive' | 'NoOpenRead' | 'AlreadyReleased' | 'NotInCustody' | 'EmptyBatch' | 'BatchTooLarge';
  }

  /** @name CarechainPrimitivesIntrusionDeviceState (257) */
  interface CarechainPrimitivesIntrusionDeviceState extends Struct {
    readonly detector: CarechainPrimitivesIntrusionDetector;
    readonly lastSeen: Option<u64>;
  }

  /** @name CarechainPrimitivesIntrusionDetector (258) */
  interface CarechainPrimitivesIntrusionDetector extends Struct {
    readonly status: CarechainPrimitivesIntrusionDetectorStatus;
    readonly firstBaseline: u64;
    readonly baseline: u64;
    readonly threshold: u64;
    readonly sum: u64;
    readonly count: u32;
    readonly lastAverage: u64;
    readonly longest: u32;
    readonly nextLongest: u32;
  }

  /** @name CarechainPrimitivesIntrusionDetectorStatus (259) */
  interface CarechainPrimitivesIntrusionDetectorStatus extends Enum {
    readonly isLearning: boolean;
    readonly isNormal: boolean;
    readonly isQuarantined: boolean;
    readonly type: 'Learning' | 'Normal' | 'Quarantined';
  }

  /** @name PalletIntrusionDetectionError (261) */
  interface PalletIntrusionDetectionError extends Enum {
    readonly isNotMonitor: boolean;
    readonly isNoObservations: boolean;
    readonly isNotADevice: boolean;
    readonly isDeviceOfAnotherHospital: boolean;
    readonly isNotQuarantined: boolean;
    readonly isNotPermitted: boolean;
    readonly isAlreadyMonitor: boolean;
    readonly isUnknownMonitor: boolean;
    readonly isUnknownNode: boolean;
    readonly isOwnNode: boolean;
    readonly isAlreadyReported: boolean;
    readonly isTooManyNodeReports: boolean;
    readonly isNoNodeReports: boolean;
    readonly type: 'NotMonitor' | 'NoObservations' | 'NotADevice' | 'DeviceOfAnotherHospital' | 'NotQuarantined' | 'NotPermitted' | 'AlreadyMonitor' | 'UnknownMonitor' | 'UnknownNode' | 'OwnNode' | 'AlreadyReported' | 'TooManyNodeReports' | 'NoNodeReports';
  }

  /** @name PalletEnvelopesError (262) */
  interface PalletEnvelopesError extends Enum {
    readonly isNotActive: boolean;
    readonly isNoSuchRecord: boolean;
    readonly isNotTheAuthor: boolean;
    readonly isNotTheRecordsEnvelope: boolean;
    readonly isEmptyEnvelope: boolean;
    readonly isEnvelopeNotLast: boolean;
    readonly type: 'NotActive' | 'NoSuchRecord' | 'NotTheAuthor' | 'NotTheRecordsEnvelope' | 'EmptyEnvelope' | 'EnvelopeNotLast';
  }

  /** @name PalletMembershipError (263) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletCollectiveVotes (265) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (266) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletConsortiumError (267) */
  interface PalletConsortiumError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isTooManyValidators: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isNotValidator: boolean;
    readonly isTooFewValidators: boolean;
    readonly type: 'AlreadyValidator' | 'TooManyValidators' | 'NoSessionKeys' | 'NotValidator' | 'TooFewValidators';
  }

  /** @name SpCoreCryptoKeyTypeId (275) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (276) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletNodeAuthorizationError (278) */
  interface PalletNodeAuthorizationError extends Enum {
    readonly isPeerIdTooLong: boolean;
    readonly isTooManyNodes: boolean;
    readonly isAlreadyJoined: boolean;
    readonly isNotExist: boolean;
    readonly isAlreadyClaimed: boolean;
    readonly isNotClaimed: boolean;
    readonly isNotOwner: boolean;
    readonly isPermissionDenied: boolean;
    readonly type: 'PeerIdTooLong' | 'TooManyNodes' | 'AlreadyJoined' | 'NotExist' | 'AlreadyClaimed' | 'NotClaimed' | 'NotOwner' | 'PermissionDenied';
  }

  /** @name SpStakingOffenceOffenceDetails (280) */
  interface SpStakingOffenceOffenceDetails extends Struct {
    readonly offender: ITuple<[AccountId32, Null]>;
    readonly reporters: Vec<AccountId32>;
  }

  /** @name PalletAuraEquivocationError (282) */
  interface PalletAuraEquivocationError extends Enum {
    readonly isHeaderTooLong: boolean;
    readonly isKeyOwnershipProofTooLong: boolean;
    readonly isSameHeader: boolean;
    readonly isWrongSlot: boolean;
    readonly isBadSeal: boolean;
    readonly isSlotNotRecent: boolean;
    readonly isSessionNotRecent: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'HeaderTooLong' | 'KeyOwnershipProofTooLong' | 'SameHeader' | 'WrongSlot' | 'BadSeal' | 'SlotNotRecent' | 'SessionNotRecent' | 'InvalidKeyOwnershipProof' | 'DuplicateOffenceReport';
  }

  /** @name SpRuntimeBlockLazyBlock (283) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (286) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (291) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (292) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (293) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (294) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (298) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (299) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (301) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (303) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (310) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (311) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (313) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name CarechainPrimitivesRegistryProfile (315) */
  interface CarechainPrimitivesRegistryProfile extends Struct {
    readonly role: CarechainPrimitivesRegistryRole;
    readonly status: CarechainPrimitivesRegistryStatus;
    readonly registeredAt: u32;
    readonly encryptionKey: Bytes;
    readonly identifierHash: Option<H256>;
    readonly hospitals: Vec<AccountId32>;
    readonly physicians: Vec<AccountId32>;
    readonly devices: Vec<AccountId32>;
    readonly guardians: Vec<AccountId32>;
    readonly wards: Vec<AccountId32>;
    readonly device: Option<CarechainPrimitivesRegistryDeviceInfo>;
    readonly retiredKeys: Vec<CarechainPrimitivesRegistryRetiredKeyInfo>;
  }

  /** @name CarechainPrimitivesRegistryDeviceInfo (317) */
  interface CarechainPrimitivesRegistryDeviceInfo extends Struct {
    readonly patient: AccountId32;
    readonly hospital: AccountId32;
    readonly kind: CarechainPrimitivesRegistryDeviceKind;
    readonly signingKey: Bytes;
  }

  /** @name CarechainPrimitivesRegistryRetiredKeyInfo (319) */
  interface CarechainPrimitivesRegistryRetiredKeyInfo extends Struct {
    readonly purpose: CarechainPrimitivesRegistryKeyPurpose;
    readonly key: Bytes;
    readonly retiredAt: u32;
  }

  /** @name CarechainPrimitivesBatchBatchProof (330) */
  interface CarechainPrimitivesBatchBatchProof extends Struct {
    readonly index: u32;
    readonly siblings: Vec<H256>;
  }

  /** @name CarechainRuntimeRuntimeError (335) */
  interface CarechainRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isRegistry: boolean;
    readonly asRegistry: PalletRegistryError;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentError;
    readonly isRecords: boolean;
    readonly asRecords: PalletRecordsError;
    readonly isIntrusionDetection: boolean;
    readonly asIntrusionDetection: PalletIntrusionDetectionError;
    readonly isEnvelopes: boolean;
    readonly asEnvelopes: PalletEnvelopesError;
    readonly isHospitalMembership: boolean;
    readonly asHospitalMembership: PalletMembershipError;
    readonly isHospitalCouncil: boolean;
    readonly asHospitalCouncil: PalletCollectiveError;
    readonly isConsortium: boolean;
    readonly asConsortium: PalletConsortiumError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isNodeAuthorization: boolean;
    readonly asNodeAuthorization: PalletNodeAuthorizationError;
    readonly isAuraEquivocation: boolean;
    readonly asAuraEquivocation: PalletAuraEquivocationError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'Utility' | 'Registry' | 'Consent' | 'Records' | 'IntrusionDetection' | 'Envelopes' | 'HospitalMembership' | 'HospitalCouncil' | 'Consortium' | 'Session' | 'NodeAuthorization' | 'AuraEquivocation';
  }

} // declare module
