// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { CarechainPrimitivesConsentAccessBasis, CarechainPrimitivesConsentAccessDecision, CarechainPrimitivesConsentAction, CarechainPrimitivesConsentDataCategory, CarechainPrimitivesConsentDenialReason, CarechainPrimitivesConsentPermission, CarechainPrimitivesConsentPurpose, CarechainPrimitivesConsentReviewOutcome, CarechainPrimitivesConsentScope, CarechainPrimitivesRegistryDeviceKind, CarechainPrimitivesRegistryKeyPurpose, CarechainRuntimeRuntimeHoldReason, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    auraEquivocation: {
      /**
       * An Aura equivocation was reported and its offence recorded (pallet-offences'
       * `Offence` event has the kind `aura:equivocatio` and the session).
       **/
      EquivocationReported: AugmentedEvent<ApiType, [offender: SpConsensusAuraSr25519AppSr25519Public, slot: u64, sessionIndex: u32], { offender: SpConsensusAuraSr25519AppSr25519Public, slot: u64, sessionIndex: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: CarechainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: CarechainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: CarechainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: CarechainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: CarechainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: CarechainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: CarechainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: CarechainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: CarechainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: CarechainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    consent: {
      /**
       * An access decision was made on behalf of another pallet, and audited.
       **/
      AccessAudited: AugmentedEvent<ApiType, [patient: AccountId32, accessor: AccountId32, category: CarechainPrimitivesConsentDataCategory, action: CarechainPrimitivesConsentAction, purpose: CarechainPrimitivesConsentPurpose, decision: CarechainPrimitivesConsentAccessDecision], { patient: AccountId32, accessor: AccountId32, category: CarechainPrimitivesConsentDataCategory, action: CarechainPrimitivesConsentAction, purpose: CarechainPrimitivesConsentPurpose, decision: CarechainPrimitivesConsentAccessDecision }>;
      /**
       * A request was approved, creating the grant `grant_id`.
       **/
      AccessRequestApproved: AugmentedEvent<ApiType, [patient: AccountId32, requester: AccountId32, grantId: u64], { patient: AccountId32, requester: AccountId32, grantId: u64 }>;
      /**
       * A physician asked a patient for access.
       **/
      AccessRequested: AugmentedEvent<ApiType, [patient: AccountId32, requester: AccountId32, scope: CarechainPrimitivesConsentScope, permission: CarechainPrimitivesConsentPermission, purpose: CarechainPrimitivesConsentPurpose, duration: u32], { patient: AccountId32, requester: AccountId32, scope: CarechainPrimitivesConsentScope, permission: CarechainPrimitivesConsentPermission, purpose: CarechainPrimitivesConsentPurpose, duration: u32 }>;
      /**
       * A request was rejected by the patient or a guardian.
       **/
      AccessRequestRejected: AugmentedEvent<ApiType, [patient: AccountId32, requester: AccountId32], { patient: AccountId32, requester: AccountId32 }>;
      /**
       * A request was withdrawn by its requester.
       **/
      AccessRequestWithdrawn: AugmentedEvent<ApiType, [patient: AccountId32, requester: AccountId32], { patient: AccountId32, requester: AccountId32 }>;
      /**
       * A grant was narrowed; these are its terms now.
       **/
      ConsentAmended: AugmentedEvent<ApiType, [patient: AccountId32, grantId: u64, grantee: AccountId32, scope: CarechainPrimitivesConsentScope, permission: CarechainPrimitivesConsentPermission, expiresAt: u32, by: AccountId32], { patient: AccountId32, grantId: u64, grantee: AccountId32, scope: CarechainPrimitivesConsentScope, permission: CarechainPrimitivesConsentPermission, expiresAt: u32, by: AccountId32 }>;
      /**
       * An expired grant was removed by the expiry hook.
       **/
      ConsentExpired: AugmentedEvent<ApiType, [patient: AccountId32, grantId: u64, grantee: AccountId32], { patient: AccountId32, grantId: u64, grantee: AccountId32 }>;
      /**
       * A patient's grant was made, by the patient or (`by`) a guardian.
       **/
      ConsentGranted: AugmentedEvent<ApiType, [patient: AccountId32, grantId: u64, grantee: AccountId32, scope: CarechainPrimitivesConsentScope, permission: CarechainPrimitivesConsentPermission, purpose: CarechainPrimitivesConsentPurpose, startsAt: Option<u32>, expiresAt: u32, by: AccountId32], { patient: AccountId32, grantId: u64, grantee: AccountId32, scope: CarechainPrimitivesConsentScope, permission: CarechainPrimitivesConsentPermission, purpose: CarechainPrimitivesConsentPurpose, startsAt: Option<u32>, expiresAt: u32, by: AccountId32 }>;
      /**
       * A grant was revoked; it allows nothing from this block on.
       **/
      ConsentRevoked: AugmentedEvent<ApiType, [patient: AccountId32, grantId: u64, grantee: AccountId32, by: AccountId32], { patient: AccountId32, grantId: u64, grantee: AccountId32, by: AccountId32 }>;
      /**
       * Emergency access was opened to a patient's records. The patient and `guardians` are
       * the ones to notify.
       **/
      EmergencyAccessOpened: AugmentedEvent<ApiType, [id: u64, patient: AccountId32, physician: AccountId32, hospital: AccountId32, justification: H256, expiresAt: u32, guardians: Vec<AccountId32>], { id: u64, patient: AccountId32, physician: AccountId32, hospital: AccountId32, justification: H256, expiresAt: u32, guardians: Vec<AccountId32> }>;
      /**
       * The review of an emergency access was concluded, by its hospital or (`by: None`)
       * governance; its record was removed.
       **/
      EmergencyReviewConcluded: AugmentedEvent<ApiType, [id: u64, patient: AccountId32, physician: AccountId32, outcome: CarechainPrimitivesConsentReviewOutcome, by: Option<AccountId32>], { id: u64, patient: AccountId32, physician: AccountId32, outcome: CarechainPrimitivesConsentReviewOutcome, by: Option<AccountId32> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    consortium: {
      /**
       * The changed set of `validators` validators was handed to the session pallet for
       * session `session_index`.
       **/
      NewValidatorSetPlanned: AugmentedEvent<ApiType, [sessionIndex: u32, validators: u32], { sessionIndex: u32, validators: u32 }>;
      /**
       * A runtime upgrade to the code hashing to `code_hash` was authorised.
       **/
      UpgradeAuthorizedByConsortium: AugmentedEvent<ApiType, [codeHash: H256], { codeHash: H256 }>;
      /**
       * A validator was added; it validates from a session planned after this.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * A validator was removed; it stops validating once a session planned after this starts.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    envelopes: {
      /**
       * An envelope was stored: every node that imports this block keeps its bytes under
       * `content_hash` (its blake2b-256 hash, the hash records anchor) and serves them by
       * CID over Bitswap and `bitswap_v1_get`.
       **/
      EnvelopeStored: AugmentedEvent<ApiType, [who: AccountId32, recordId: u64, contentHash: H256, length: u32], { who: AccountId32, recordId: u64, contentHash: H256, length: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    historical: {
      /**
       * The merkle roots of up to this session index were pruned
       **/
      RootsPruned: AugmentedEvent<ApiType, [upTo: u32], { upTo: u32 }>;
      /**
       * The merkle root of the validators of the said session were stored
       **/
      RootStored: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    hospitalCouncil: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    hospitalMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    intrusionDetection: {
      /**
       * A device's first baseline was learned (µs).
       **/
      BaselineLearned: AugmentedEvent<ApiType, [device: AccountId32, baseline: u64, threshold: u64], { device: AccountId32, baseline: u64, threshold: u64 }>;
      /**
       * A quarantined device was reinstated, by its hospital or (`by: None`) governance; its
       * baseline is learned afresh.
       **/
      DeviceReinstated: AugmentedEvent<ApiType, [device: AccountId32, by: Option<AccountId32>], { device: AccountId32, by: Option<AccountId32> }>;
      /**
       * A device's window average fell below its threshold (µs): it is quarantined. Reported
       * by a monitor, or (`reported_by: None`) counted by the chain.
       **/
      IntrusionDetected: AugmentedEvent<ApiType, [device: AccountId32, average: u64, threshold: u64, reportedBy: Option<AccountId32>], { device: AccountId32, average: u64, threshold: u64, reportedBy: Option<AccountId32> }>;
      /**
       * An account was made a monitor.
       **/
      MonitorAdded: AugmentedEvent<ApiType, [monitor: AccountId32], { monitor: AccountId32 }>;
      /**
       * An account is no longer a monitor.
       **/
      MonitorRemoved: AugmentedEvent<ApiType, [monitor: AccountId32], { monitor: AccountId32 }>;
      /**
       * A monitor reported the member node `node` of `owner` for flooding the peer-to-peer
       * layer; `reports` monitors have now reported it. Governance decides what follows.
       **/
      NodeReported: AugmentedEvent<ApiType, [node: Bytes, owner: AccountId32, reporter: AccountId32, reports: u32], { node: Bytes, owner: AccountId32, reporter: AccountId32, reports: u32 }>;
      /**
       * Governance cleared the reports of the node `node`.
       **/
      NodeReportsCleared: AugmentedEvent<ApiType, [node: Bytes], { node: Bytes }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    nodeAuthorization: {
      /**
       * The given claim was removed by its owner.
       **/
      ClaimRemoved: AugmentedEvent<ApiType, [peerId: OpaquePeerId, who: AccountId32], { peerId: OpaquePeerId, who: AccountId32 }>;
      /**
       * The allowed connections were added to a node.
       **/
      ConnectionsAdded: AugmentedEvent<ApiType, [peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId>], { peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId> }>;
      /**
       * The allowed connections were removed from a node.
       **/
      ConnectionsRemoved: AugmentedEvent<ApiType, [peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId>], { peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId> }>;
      /**
       * The given well known node was added.
       **/
      NodeAdded: AugmentedEvent<ApiType, [peerId: OpaquePeerId, who: AccountId32], { peerId: OpaquePeerId, who: AccountId32 }>;
      /**
       * The given node was claimed by a user.
       **/
      NodeClaimed: AugmentedEvent<ApiType, [peerId: OpaquePeerId, who: AccountId32], { peerId: OpaquePeerId, who: AccountId32 }>;
      /**
       * The given well known node was removed.
       **/
      NodeRemoved: AugmentedEvent<ApiType, [peerId: OpaquePeerId], { peerId: OpaquePeerId }>;
      /**
       * The given well known nodes were reset.
       **/
      NodesReset: AugmentedEvent<ApiType, [nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>>], { nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>> }>;
      /**
       * The given well known node was swapped; first item was removed,
       * the latter was added.
       **/
      NodeSwapped: AugmentedEvent<ApiType, [removed: OpaquePeerId, added: OpaquePeerId], { removed: OpaquePeerId, added: OpaquePeerId }>;
      /**
       * The node was transferred to another account.
       **/
      NodeTransferred: AugmentedEvent<ApiType, [peerId: OpaquePeerId, target: AccountId32], { peerId: OpaquePeerId, target: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    offences: {
      /**
       * There is an offence reported of the given `kind` happened at the `session_index` and
       * (kind-specific) time slot. This event is not deposited for duplicate slashes.
       * \[kind, slot\].
       **/
      Offence: AugmentedEvent<ApiType, [kind: U8aFixed, slot: Bytes], { kind: U8aFixed, slot: Bytes }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    records: {
      /**
       * An anchor was refused by consent (its author not active, or without append consent):
       * nothing was anchored, and the refusal is on the patient's audit trail. For a batch,
       * `content_hash` is its root.
       **/
      AnchorRefused: AugmentedEvent<ApiType, [patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, contentHash: H256, author: AccountId32, reason: CarechainPrimitivesConsentDenialReason], { patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, contentHash: H256, author: AccountId32, reason: CarechainPrimitivesConsentDenialReason }>;
      /**
       * A batch of `readings` readings was anchored as one record, whose content hash is
       * their Merkle `root`.
       **/
      BatchAnchored: AugmentedEvent<ApiType, [recordId: u64, patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, root: H256, readings: u32, author: AccountId32, basis: CarechainPrimitivesConsentAccessBasis, keyEpoch: u32], { recordId: u64, patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, root: H256, readings: u32, author: AccountId32, basis: CarechainPrimitivesConsentAccessBasis, keyEpoch: u32 }>;
      /**
       * A patient's category key was rotated: a new epoch, wrapped for `readers`.
       **/
      CategoryKeyRotated: AugmentedEvent<ApiType, [patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, epoch: u32, readers: Vec<AccountId32>], { patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, epoch: u32, readers: Vec<AccountId32> }>;
      /**
       * A category key epoch was shared with one more reader.
       **/
      CategoryKeyShared: AugmentedEvent<ApiType, [patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, epoch: u32, reader: AccountId32], { patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, epoch: u32, reader: AccountId32 }>;
      /**
       * A correction (a supersession or a mark as entered in error) of `record_id` by `by` was
       * refused by consent: nothing changed but the patient's audit trail.
       **/
      CorrectionRefused: AugmentedEvent<ApiType, [recordId: u64, by: AccountId32, reason: CarechainPrimitivesConsentDenialReason], { recordId: u64, by: AccountId32, reason: CarechainPrimitivesConsentDenialReason }>;
      /**
       * A patient's custodian set was replaced: records anchored from now on are held by
       * `custodians` (share order), `threshold` of which open one.
       **/
      CustodiansSet: AugmentedEvent<ApiType, [patient: AccountId32, epoch: u32, custodians: Vec<AccountId32>, threshold: u32], { patient: AccountId32, epoch: u32, custodians: Vec<AccountId32>, threshold: u32 }>;
      /**
       * A record was anchored.
       **/
      RecordAnchored: AugmentedEvent<ApiType, [recordId: u64, patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, contentHash: H256, author: AccountId32, basis: CarechainPrimitivesConsentAccessBasis, keyEpoch: u32], { recordId: u64, patient: AccountId32, category: CarechainPrimitivesConsentDataCategory, contentHash: H256, author: AccountId32, basis: CarechainPrimitivesConsentAccessBasis, keyEpoch: u32 }>;
      /**
       * A record was marked as entered in error.
       **/
      RecordMarkedEnteredInError: AugmentedEvent<ApiType, [recordId: u64, by: AccountId32], { recordId: u64, by: AccountId32 }>;
      /**
       * A read was refused; no key.
       **/
      RecordReadDenied: AugmentedEvent<ApiType, [recordId: u64, reader: AccountId32, reason: CarechainPrimitivesConsentDenialReason], { recordId: u64, reader: AccountId32, reason: CarechainPrimitivesConsentDenialReason }>;
      /**
       * A read was allowed: the reader's wrapped copy of the record's category key, if the
       * patient has shared that epoch with it.
       **/
      RecordReadGranted: AugmentedEvent<ApiType, [recordId: u64, reader: AccountId32, basis: CarechainPrimitivesConsentAccessBasis, keyEpoch: u32, wrappedKey: Option<Bytes>], { recordId: u64, reader: AccountId32, basis: CarechainPrimitivesConsentAccessBasis, keyEpoch: u32, wrappedKey: Option<Bytes> }>;
      /**
       * A record was superseded by a correction.
       **/
      RecordSuperseded: AugmentedEvent<ApiType, [recordId: u64, correction: u64], { recordId: u64, correction: u64 }>;
      /**
       * Consent no longer allows an open read (revoked, expired, emergency over): it was
       * closed, and no share was released.
       **/
      ReleaseRefused: AugmentedEvent<ApiType, [recordId: u64, reader: AccountId32, reason: CarechainPrimitivesConsentDenialReason], { recordId: u64, reader: AccountId32, reason: CarechainPrimitivesConsentDenialReason }>;
      /**
       * A custodian released its share of a record's data key, wrapped to the reader's
       * encryption key.
       **/
      ShareReleased: AugmentedEvent<ApiType, [recordId: u64, reader: AccountId32, custodian: AccountId32, index: u32, wrappedShare: Bytes], { recordId: u64, reader: AccountId32, custodian: AccountId32, index: u32, wrappedShare: Bytes }>;
      /**
       * A granted read of a custody record was opened: the custodians of its set may release
       * their shares to `reader` until block `until`.
       **/
      SharesRequested: AugmentedEvent<ApiType, [recordId: u64, reader: AccountId32, custodyEpoch: u32, until: u32], { recordId: u64, reader: AccountId32, custodyEpoch: u32, until: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    registry: {
      /**
       * A hospital offered a registered physician an affiliation; it awaits the physician.
       **/
      AffiliationOffered: AugmentedEvent<ApiType, [physician: AccountId32, hospital: AccountId32], { physician: AccountId32, hospital: AccountId32 }>;
      /**
       * A hospital withdrew an affiliation it had offered and the physician had not accepted.
       **/
      AffiliationOfferWithdrawn: AugmentedEvent<ApiType, [physician: AccountId32, hospital: AccountId32], { physician: AccountId32, hospital: AccountId32 }>;
      /**
       * A device was moved to another patient or hospital.
       **/
      DeviceMoved: AugmentedEvent<ApiType, [device: AccountId32, patient: AccountId32, hospital: AccountId32], { device: AccountId32, patient: AccountId32, hospital: AccountId32 }>;
      /**
       * A device was registered to monitor a patient, under a hospital.
       **/
      DeviceRegistered: AugmentedEvent<ApiType, [device: AccountId32, patient: AccountId32, hospital: AccountId32, kind: CarechainPrimitivesRegistryDeviceKind], { device: AccountId32, patient: AccountId32, hospital: AccountId32, kind: CarechainPrimitivesRegistryDeviceKind }>;
      /**
       * A guardian was added for a patient.
       **/
      GuardianAdded: AugmentedEvent<ApiType, [patient: AccountId32, guardian: AccountId32], { patient: AccountId32, guardian: AccountId32 }>;
      /**
       * A guardian was removed from a patient.
       **/
      GuardianRemoved: AugmentedEvent<ApiType, [patient: AccountId32, guardian: AccountId32], { patient: AccountId32, guardian: AccountId32 }>;
      /**
       * A hospital was admitted to the consortium.
       **/
      HospitalAdmitted: AugmentedEvent<ApiType, [hospital: AccountId32], { hospital: AccountId32 }>;
      /**
       * A participant's key was replaced; the old one was retired.
       **/
      KeyRotated: AugmentedEvent<ApiType, [who: AccountId32, purpose: CarechainPrimitivesRegistryKeyPurpose], { who: AccountId32, purpose: CarechainPrimitivesRegistryKeyPurpose }>;
      /**
       * A suspended participant was reactivated.
       **/
      ParticipantReactivated: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * A participant was revoked, for good.
       **/
      ParticipantRevoked: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * A participant was suspended, by a hospital or (`by: None`) by governance.
       **/
      ParticipantSuspended: AugmentedEvent<ApiType, [who: AccountId32, by: Option<AccountId32>], { who: AccountId32, by: Option<AccountId32> }>;
      /**
       * A patient was registered, by itself (`registered_by: None`) or by a hospital.
       **/
      PatientRegistered: AugmentedEvent<ApiType, [patient: AccountId32, registeredBy: Option<AccountId32>], { patient: AccountId32, registeredBy: Option<AccountId32> }>;
      /**
       * A registered physician accepted a hospital's offer and was affiliated with it.
       **/
      PhysicianAffiliated: AugmentedEvent<ApiType, [physician: AccountId32, hospital: AccountId32], { physician: AccountId32, hospital: AccountId32 }>;
      /**
       * A physician's affiliation with a hospital was ended.
       **/
      PhysicianDisaffiliated: AugmentedEvent<ApiType, [physician: AccountId32, hospital: AccountId32], { physician: AccountId32, hospital: AccountId32 }>;
      /**
       * A physician was registered by a hospital, and affiliated with it.
       **/
      PhysicianRegistered: AugmentedEvent<ApiType, [physician: AccountId32, hospital: AccountId32], { physician: AccountId32, hospital: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
