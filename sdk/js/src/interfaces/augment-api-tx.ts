// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { CarechainPrimitivesConsentDataCategory, CarechainPrimitivesConsentPermission, CarechainPrimitivesConsentPurpose, CarechainPrimitivesConsentReviewOutcome, CarechainPrimitivesConsentScope, CarechainPrimitivesRegistryDeviceKind, CarechainPrimitivesRegistryKeyPurpose, CarechainRuntimeOriginCaller, CarechainRuntimeSessionKeys, PalletBalancesAdjustmentDirection, PalletEnvelopesReadingProof, SpConsensusGrandpaEquivocationProof, SpConsensusSlotsEquivocationProof, SpSessionMembershipProof, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    auraEquivocation: {
      /**
       * Report an Aura equivocation: two headers for one slot sealed by one validator's key,
       * with a proof that the key was the validator's in the current session or the one
       * before.
       * 
       * The origin must be signed. The call is free when the report is valid (its offence
       * recorded); an invalid one pays its worst-case weight.
       * 
       * Emits [`Event::EquivocationReported`] (and pallet-offences' `Offence`).
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusSlotsEquivocationProof, SpSessionMembershipProof]>;
      /**
       * Report an Aura equivocation as a node does: unsigned, the block's author credited.
       * 
       * The origin must be none, and the transaction pool takes it only from the node's own
       * submission (never from a peer's gossip) or in a block. Checked like
       * [`Pallet::report_equivocation`]. Weighs twice a signed report: in a block its
       * evidence is checked twice, before dispatch (`ValidateUnsigned::pre_dispatch`, as
       * pallet-grandpa does) and by the call.
       * 
       * Emits [`Event::EquivocationReported`] (and pallet-offences' `Offence`).
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusSlotsEquivocationProof, SpSessionMembershipProof]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    consent: {
      /**
       * Narrow `patient`'s grant `grant_id`: a `scope` within its scope, a `permission` within
       * its permission, an `expires_at` before its expiry (and after now). `None` keeps a term.
       * 
       * The dispatch origin must be the patient or an active guardian of it.
       * Emits `ConsentAmended`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       * - `O(G)` where `G` is the patient's grants (at most `MaxGrantsPerPatient`): the grant is
       * found, and the list written back.
       * - `O(C^2)` where `C` is the categories of the scopes (at most `CATEGORY_COUNT`): a new
       * scope is checked, and compared with the grant's.
       * - `O(S * E)` where `S` is `ExpirySearchWindow` and `E` is `MaxExpiriesPerBlock`: for a
       * new expiry, up to `S` expiry queues of up to `E` entries are read to find one with
       * room, and the grant leaves its old queue.
       **/
      amend: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, grantId: u64 | AnyNumber | Uint8Array, scope: Option<CarechainPrimitivesConsentScope> | null | Uint8Array | CarechainPrimitivesConsentScope | { All: any } | { Only: any } | string, permission: Option<CarechainPrimitivesConsentPermission> | null | Uint8Array | CarechainPrimitivesConsentPermission | 'Read' | 'Append' | 'ReadAppend' | number, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [AccountId32, u64, Option<CarechainPrimitivesConsentScope>, Option<CarechainPrimitivesConsentPermission>, Option<u32>]>;
      /**
       * Approve `requester`'s pending request to `patient`: grant it as asked, from now for
       * the requested duration.
       * 
       * The dispatch origin must be the active patient or an active guardian of it; the
       * requester must still be active.
       * Emits `AccessRequestApproved` and `ConsentGranted`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       * - `O(C^2 + G + S * E)` for the grant, as for [`Pallet::grant`]: `C` the requested
       * categories (at most `CATEGORY_COUNT`), `G` the patient's grants (at most
       * `MaxGrantsPerPatient`), and up to `S` (`ExpirySearchWindow`) expiry queues of up to
       * `E` (`MaxExpiriesPerBlock`) entries.
       **/
      approveRequest: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, requester: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32]>;
      /**
       * Conclude the review of emergency access `id`: `Justified` (once it has expired) or
       * `Misuse` (at any time; an open access ends at once). The access and its review are
       * both kept (`EmergencyAccesses`, `EmergencyReviews`): a break-glass access is evidence.
       * 
       * The dispatch origin must be the hospital the physician acted for, or
       * [`Config::ReviewOrigin`].
       * Emits `EmergencyReviewConcluded`.
       **/
      concludeReview: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, outcome: CarechainPrimitivesConsentReviewOutcome | 'Justified' | 'Misuse' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, CarechainPrimitivesConsentReviewOutcome]>;
      /**
       * Grant `grantee` access to `patient`'s data of `scope`, for `permission` and `purpose`,
       * from `starts_at` (`None`: now) until `expires_at` (exclusive).
       * 
       * The dispatch origin must be the active patient or an active guardian of it. The
       * grantee must be registered and active; a hospital as grantee covers its active
       * physicians.
       * Emits `ConsentGranted`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       * - `O(C^2)` where `C` is the categories `scope` names (at most `CATEGORY_COUNT`): each is
       * checked against those before it.
       * - `O(G)` where `G` is the patient's grants (at most `MaxGrantsPerPatient`): the list is
       * read, extended and written back.
       * - `O(S * E)` where `S` is `ExpirySearchWindow` and `E` is `MaxExpiriesPerBlock`: up to
       * `S` expiry queues of up to `E` entries are read to find one with room.
       **/
      grant: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, grantee: AccountId32 | string | Uint8Array, scope: CarechainPrimitivesConsentScope | { All: any } | { Only: any } | string | Uint8Array, permission: CarechainPrimitivesConsentPermission | 'Read' | 'Append' | 'ReadAppend' | number | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array, startsAt: Option<u32> | null | Uint8Array | u32 | AnyNumber, expiresAt: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32, CarechainPrimitivesConsentScope, CarechainPrimitivesConsentPermission, CarechainPrimitivesConsentPurpose, Option<u32>, u32]>;
      /**
       * Open emergency access to `patient`'s records, acting for `hospital`, with the hash of
       * the written `justification`. It allows reading and appending every category, for
       * emergency treatment only, for `EmergencyAccessPeriod` blocks, and stays on record for
       * review.
       * 
       * The dispatch origin must be an active physician of `hospital`, which must be active;
       * the physician must not already have an open emergency access to the patient, nor
       * `MaxUnreviewedEmergencies` accesses awaiting review.
       * Emits `EmergencyAccessOpened`, naming the patient and its guardians.
       * 
       * ## Complexity
       * - `O(P)` where `P` is the hospital's physicians (at most the registry's
       * `MaxPhysiciansPerHospital`): the caller is looked up in them.
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * the event names them.
       **/
      openEmergencyAccess: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, hospital: AccountId32 | string | Uint8Array, justification: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32, H256]>;
      /**
       * Reject `requester`'s pending request to `patient`.
       * 
       * The dispatch origin must be the patient or an active guardian of it.
       * Emits `AccessRequestRejected`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       **/
      rejectRequest: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, requester: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32]>;
      /**
       * Ask `patient` for access to its data of `scope`, for `permission` and `purpose`, for
       * `duration` blocks from approval.
       * 
       * The dispatch origin must be an active physician without a pending request to this
       * patient; the patient must be active.
       * Emits `AccessRequested`.
       * 
       * ## Complexity
       * - `O(C^2)` where `C` is the categories `scope` names (at most `CATEGORY_COUNT`): each is
       * checked against those before it.
       **/
      requestAccess: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, scope: CarechainPrimitivesConsentScope | { All: any } | { Only: any } | string | Uint8Array, permission: CarechainPrimitivesConsentPermission | 'Read' | 'Append' | 'ReadAppend' | number | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array, duration: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, CarechainPrimitivesConsentScope, CarechainPrimitivesConsentPermission, CarechainPrimitivesConsentPurpose, u32]>;
      /**
       * Revoke `patient`'s grant `grant_id`: it allows nothing from this block on.
       * 
       * The dispatch origin must be the patient or an active guardian of it (a suspended
       * patient may still revoke: revoking only narrows access).
       * Emits `ConsentRevoked`, which tells the grantee.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       * - `O(G)` where `G` is the patient's grants (at most `MaxGrantsPerPatient`): the grant is
       * found and removed.
       * - `O(E)` where `E` is `MaxExpiriesPerBlock`: the grant leaves its clean-up queue.
       **/
      revoke: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, grantId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u64]>;
      /**
       * Withdraw the caller's pending request to `patient`.
       * 
       * The dispatch origin must be the requester (any status).
       * Emits `AccessRequestWithdrawn`.
       **/
      withdrawRequest: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    consortium: {
      /**
       * Add `validator` to the set, from the next session planning on.
       * 
       * The dispatch origin must be [`Config::ValidatorOrigin`]. `validator` must have
       * registered session keys.
       * Emits `ValidatorAdded`.
       * 
       * ## Complexity
       * - O(n) in the validators (the sorted insert).
       **/
      addValidator: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Authorise an upgrade to the runtime whose code hashes to `code_hash`.
       * 
       * Anyone may then submit the code with `system.apply_authorized_upgrade(code)`:
       * frame-system checks that it hashes to `code_hash` and that its `spec_version` goes
       * up. A later authorisation replaces an earlier one.
       * 
       * The dispatch origin must be [`Config::UpgradeOrigin`].
       * Emits `UpgradeAuthorizedByConsortium`, and frame-system's `UpgradeAuthorized`.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Remove `validator` from the set, from the next session planning on.
       * 
       * The dispatch origin must be [`Config::ValidatorOrigin`]. The set must keep at least
       * [`Config::MinValidators`].
       * Emits `ValidatorRemoved`.
       * 
       * ## Complexity
       * - O(n) in the validators (the sorted removal).
       **/
      removeValidator: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    envelopes: {
      /**
       * Publish `envelope`, one of record `record_id`'s envelopes, to the hospitals' storage
       * network. Nothing goes into the chain's state: the nodes index the envelope's bytes
       * under its blake2b-256 hash as they import the block, keep them with the block's body,
       * and serve them by CID (`ipfs://<cid>`, raw codec, blake2b-256 multihash) to Bitswap
       * peers and through the `bitswap_v1_get` RPC. The record anchors the same hash, so a
       * reader checks what it fetched against the chain.
       * 
       * Publishing is bound to anchoring: only the record's author, and only the record's own
       * envelopes: with no `reading`, its envelope (a single reading) or its batch's manifest;
       * with one, the batch's reading at the proof's index. So what the nodes keep is bounded
       * by the anchors the chain accepted (consent-checked, signed, counted by intrusion
       * detection); a second copy of an envelope is kept once.
       * 
       * The envelope must be the last bytes of the transaction (this call on its own, or last
       * in a batch): otherwise the nodes would index the transaction's last bytes under a hash
       * they are not the preimage of.
       * 
       * The dispatch origin must be the record's author, active.
       * Emits `EnvelopeStored`.
       * 
       * ## Complexity
       * - `O(L + P)`, `L` the envelope's length (hashed, compared with the transaction's tail,
       * which is read from its end, not copied whole), `P` the proof's length (at most 32
       * hashes).
       **/
      store: AugmentedSubmittable<(recordId: u64 | AnyNumber | Uint8Array, reading: Option<PalletEnvelopesReadingProof> | null | Uint8Array | PalletEnvelopesReadingProof | { index?: any; siblings?: any } | string, envelope: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Option<PalletEnvelopesReadingProof>, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    hospitalCouncil: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    hospitalMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    intrusionDetection: {
      /**
       * Make `monitor` a monitor.
       * 
       * The dispatch origin must be [`Config::AdminOrigin`].
       * Emits `MonitorAdded`.
       **/
      addMonitor: AugmentedSubmittable<(monitor: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Clear the reports of the node `node`, once governance has dealt with them.
       * 
       * The dispatch origin must be [`Config::AdminOrigin`].
       * Emits `NodeReportsCleared`.
       **/
      clearNodeReports: AugmentedSubmittable<(node: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Reinstate the quarantined `device`: its transactions are accepted again and its
       * baseline is learned afresh.
       * 
       * The dispatch origin must be the device's hospital or [`Config::AdminOrigin`].
       * Emits `DeviceReinstated`.
       **/
      reinstate: AugmentedSubmittable<(device: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Remove `monitor` from the monitors governance made.
       * 
       * The dispatch origin must be [`Config::AdminOrigin`].
       * Emits `MonitorRemoved`.
       **/
      removeMonitor: AugmentedSubmittable<(monitor: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Report `observations`: (device, interval in ms since its previous request), in the
       * order they were measured. Each device's detector counts them; any device whose window
       * falls below its threshold is quarantined (several may be in one report).
       * 
       * The dispatch origin must be an active hospital, which judges only its own devices, or a
       * monitor made by governance, which judges any device.
       * Emits `BaselineLearned` and `IntrusionDetected` as the detectors decide.
       **/
      report: AugmentedSubmittable<(observations: Vec<ITuple<[AccountId32, u32]>> | ([AccountId32 | string | Uint8Array, u32 | AnyNumber | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[AccountId32, u32]>>]>;
      /**
       * Report the member node `node` (its libp2p peer id's bytes) for flooding the
       * peer-to-peer layer: a monitoring node submits this once it has banned the node as a
       * peer. The report is evidence for governance, not a sanction: it names the node's owner
       * and the reporter, and nothing is refused because of it.
       * 
       * The dispatch origin must be a monitor (an active hospital, or a monitor made by
       * governance) other than the node's owner, that has not reported the node yet.
       * Emits `NodeReported`.
       **/
      reportNode: AugmentedSubmittable<(node: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    nodeAuthorization: {
      /**
       * Add additional connections to a given node.
       * 
       * - `node`: identifier of the node.
       * - `connections`: additional nodes from which the connections are allowed.
       **/
      addConnections: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, connections: Vec<OpaquePeerId> | (OpaquePeerId | object | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, Vec<OpaquePeerId>]>;
      /**
       * Add a node to the set of well known nodes. If the node is already claimed, the owner
       * will be updated and keep the existing additional connection unchanged.
       * 
       * May only be called from `T::AddOrigin`.
       * 
       * - `node`: identifier of the node.
       **/
      addWellKnownNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, owner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, MultiAddress]>;
      /**
       * A given node can be claimed by anyone. The owner should be the first to know its
       * PeerId, so claim it right away!
       * 
       * - `node`: identifier of the node.
       **/
      claimNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId]>;
      /**
       * A claim can be removed by its owner and get back the reservation. The additional
       * connections are also removed. You can't remove a claim on well known nodes, as it
       * needs to reach consensus among the network participants.
       * 
       * - `node`: identifier of the node.
       **/
      removeClaim: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId]>;
      /**
       * Remove additional connections of a given node.
       * 
       * - `node`: identifier of the node.
       * - `connections`: additional nodes from which the connections are not allowed anymore.
       **/
      removeConnections: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, connections: Vec<OpaquePeerId> | (OpaquePeerId | object | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, Vec<OpaquePeerId>]>;
      /**
       * Remove a node from the set of well known nodes. The ownership and additional
       * connections of the node will also be removed.
       * 
       * May only be called from `T::RemoveOrigin`.
       * 
       * - `node`: identifier of the node.
       **/
      removeWellKnownNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId]>;
      /**
       * Reset all the well known nodes. This will not remove the ownership and additional
       * connections for the removed nodes. The node owner can perform further cleaning if
       * they decide to leave the network.
       * 
       * May only be called from `T::ResetOrigin`.
       * 
       * - `nodes`: the new nodes for the allow list.
       **/
      resetWellKnownNodes: AugmentedSubmittable<(nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>> | ([OpaquePeerId | object | string | Uint8Array, AccountId32 | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[OpaquePeerId, AccountId32]>>]>;
      /**
       * Swap a well known node to another. Both the ownership and additional connections
       * stay untouched.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * - `remove`: the node which will be moved out from the list.
       * - `add`: the node which will be put in the list.
       **/
      swapWellKnownNode: AugmentedSubmittable<(remove: OpaquePeerId | object | string | Uint8Array, add: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, OpaquePeerId]>;
      /**
       * A node can be transferred to a new owner.
       * 
       * - `node`: identifier of the node.
       * - `owner`: new owner of the node.
       **/
      transferNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, owner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, MultiAddress]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    records: {
      /**
       * Anchor a record of `patient`'s `category` data: the blake2b-256 `content_hash` of its
       * envelope (format `envelope_version`), stored at `locator`, `size` bytes, its data key
       * wrapped under category key `key_epoch` (the current one, or 0 when the patient has
       * none) or, under envelope version 2, held by custodian set `key_epoch` (the current
       * one), written for `purpose`, its reading taken at `taken_at` (ms since the Unix epoch,
       * by the author's clock: at most `MaxClockDrift` after the block's time; intrusion
       * detection times a device's anchors by it, bounded by the block's time).
       * 
       * The dispatch origin must be an active device monitoring `patient`, with its RSA-PSS
       * `signature` (of `content_hash` under envelope version 1; of
       * `carechain_primitives::records::anchor_digest` of the patient, category and hash under
       * version 2); or the patient, a guardian, or a participant with append consent, without
       * one. Consent decides, and its decision goes on the patient's audit trail either way: a
       * refusal (an author not active, or without append consent) anchors nothing, and the
       * call succeeds so that the refusal stays on the trail.
       * Emits `RecordAnchored`, or `AnchorRefused` (with the reason).
       * 
       * The call declares consent's decision at its dearest and refunds it when a device or
       * the patient itself anchored: their way through consent reads no grant and is part of
       * the call's own benchmark.
       * 
       * ## Complexity
       * - `O(U + G * (C + H) + P)` for consent's decision, where `U` is the patient's guardians
       * (at most the registry's `MaxGuardians`), `G` its grants (at most consent's
       * `MaxGrantsPerPatient`), each naming up to `C` categories (`CATEGORY_COUNT`), `H` the
       * author's hospitals (at most `MaxHospitalsPerPhysician`), looked up for each grant to a
       * hospital, and `P` the physicians of an emergency access's hospital (at most
       * `MaxPhysiciansPerHospital`).
       * - `O(K^2)` where `K` is a device's signing key length (at most the registry's
       * `MaxKeyLength`): the key is parsed and the RSA-PSS signature verified.
       **/
      anchor: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, contentHash: H256 | string | Uint8Array, locator: Bytes | string | Uint8Array, size: u64 | AnyNumber | Uint8Array, envelopeVersion: u8 | AnyNumber | Uint8Array, keyEpoch: u32 | AnyNumber | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array, signature: Option<Bytes> | null | Uint8Array | Bytes | string, takenAt: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, CarechainPrimitivesConsentDataCategory, H256, Bytes, u64, u8, u32, CarechainPrimitivesConsentPurpose, Option<Bytes>, u64]>;
      /**
       * Anchor a batch of `readings` sealed readings of `patient`'s `category` data as one
       * record: `root` is the Merkle root of their content hashes, in the batch's order
       * (`carechain_primitives::batch`), `locator` where the batch's manifest (those content
       * hashes) is stored, `size` the envelopes' bytes; the other arguments are as
       * [`Pallet::anchor`]'s, for every reading of the batch: under a category key (envelope
       * version 1), or, for a patient in custody, in custody (version 2, the current custodian
       * set's epoch; the manifest then carries the batch's key sealed for the patient and its
       * custodians, who release their shares of it once for the whole batch). Each reading is
       * then proven against the root by its index and sibling hashes
       * (`RecordsApi::verify_reading`), and read, audited and released as the record.
       * 
       * The dispatch origin is as [`Pallet::anchor`]'s; a device signs
       * `carechain_primitives::batch::batch_digest` of the patient, category, root and
       * number of readings.
       * Emits `BatchAnchored`, or `AnchorRefused` (with the reason and the root).
       * 
       * ## Complexity
       * As [`Pallet::anchor`]'s: independent of `readings`, which the chain never sees one by
       * one.
       **/
      anchorBatch: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, root: H256 | string | Uint8Array, readings: u32 | AnyNumber | Uint8Array, locator: Bytes | string | Uint8Array, size: u64 | AnyNumber | Uint8Array, envelopeVersion: u8 | AnyNumber | Uint8Array, keyEpoch: u32 | AnyNumber | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array, signature: Option<Bytes> | null | Uint8Array | Bytes | string, takenAt: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, CarechainPrimitivesConsentDataCategory, H256, u32, Bytes, u64, u8, u32, CarechainPrimitivesConsentPurpose, Option<Bytes>, u64]>;
      /**
       * Mark record `record_id` as entered in error. It stays in history.
       * 
       * The dispatch origin must be the record's author, the patient, or a guardian. Consent
       * then decides, as for a write (`Append`) for `purpose`: an author who is no longer
       * active, or whose append consent has ended, is refused. The decision goes on the
       * patient's audit trail either way, and the call succeeds either way.
       * Emits `RecordMarkedEnteredInError`, or `CorrectionRefused` (with the reason).
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller (other than the author) is looked up in them.
       * - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::read`].
       **/
      markEnteredInError: AugmentedSubmittable<(recordId: u64 | AnyNumber | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, CarechainPrimitivesConsentPurpose]>;
      /**
       * Ask to read record `record_id`, for `purpose`. Consent decides, and the decision goes
       * on the patient's audit trail either way; the call succeeds either way. A granted read
       * of a custody record opens it for its custodians' releases for `ReleaseWindow` blocks.
       * 
       * The dispatch origin must be signed.
       * Emits `RecordReadGranted` (with the caller's wrapped category key, for a record under
       * one) and, for a custody record, `SharesRequested`; or `RecordReadDenied` (the reason).
       * 
       * ## Complexity
       * - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::anchor`].
       * - `O(R)` where `R` is the reader's open reads (at most `MaxOpenReads`).
       **/
      read: AugmentedSubmittable<(recordId: u64 | AnyNumber | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, CarechainPrimitivesConsentPurpose]>;
      /**
       * Release the caller's share of record `record_id`'s data key to `reader`, re-wrapped
       * to the reader's encryption key (`wrapped_share`, RSA-OAEP of the 33-byte share), for
       * the reader's open read of it. Consent is asked again, without a new audit entry (the
       * read made one): if it no longer allows the read (revoked, expired, emergency over),
       * the read is closed, nothing is released, and the call succeeds so that the closing
       * stays.
       * 
       * The dispatch origin must be an active hospital of the record's custodian set that has
       * not released its share for this read.
       * Emits `ShareReleased`, or `ReleaseRefused` (with the reason).
       * 
       * ## Complexity
       * - `O(N + R)` where `N` is the custodians (at most `MaxCustodians`) and `R` the reader's
       * open reads (at most `MaxOpenReads`): the caller and the read are looked up.
       * - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::read`].
       **/
      releaseShare: AugmentedSubmittable<(recordId: u64 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array, wrappedShare: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, Bytes]>;
      /**
       * Start a new category key epoch for `patient`'s `category`, wrapped for each of
       * `readers` (the patient itself, its devices, its current grantees). Records anchored
       * from now on must use it.
       * 
       * The dispatch origin must be the active patient or an active guardian of it; every
       * reader must be registered.
       * Emits `CategoryKeyRotated`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       * - `O(R^2)` where `R` is the readers (at most `MaxReadersPerRotation`): each is checked
       * against those before it; then `R` wrapped keys are stored.
       **/
      rotateCategoryKey: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, readers: Vec<ITuple<[AccountId32, Bytes]>> | ([AccountId32 | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [AccountId32, CarechainPrimitivesConsentDataCategory, Vec<ITuple<[AccountId32, Bytes]>>]>;
      /**
       * Name `patient`'s custodian hospitals: each will hold one share of the data key of every
       * record anchored from now on (the first custodian share x = 1, and so on), and
       * `threshold` shares open a record. Records anchored before keep their own set. From
       * the patient's first set on, anchors must be custody records (envelope version 2).
       * 
       * The dispatch origin must be the active patient or an active guardian of it. Each
       * custodian must be an active hospital with an encryption key, named once; `threshold`
       * must be from `MinCustodyThreshold` to the number of custodians.
       * Emits `CustodiansSet`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       * - `O(N^2)` where `N` is the custodians (at most `MaxCustodians`): each is checked
       * against those before it, and its role, status and key are read.
       **/
      setCustodians: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, custodians: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], threshold: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Vec<AccountId32>, u32]>;
      /**
       * Give `reader` the category key of `epoch` of `patient`'s `category`, wrapped to the
       * reader's encryption key: the records of that epoch become decryptable by it without
       * re-uploading anything.
       * 
       * The dispatch origin must be the active patient or an active guardian of it.
       * Emits `CategoryKeyShared`.
       * 
       * ## Complexity
       * - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
       * a guardian caller is looked up in them.
       **/
      shareCategoryKey: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, category: CarechainPrimitivesConsentDataCategory | 'VitalSigns' | 'LabResults' | 'Imaging' | 'Prescriptions' | 'ClinicalNotes' | 'Diagnoses' | 'Immunizations' | 'Allergies' | number | Uint8Array, epoch: u32 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array, wrappedKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, CarechainPrimitivesConsentDataCategory, u32, AccountId32, Bytes]>;
      /**
       * Supersede record `record_id` by `correction`, an already anchored record of the same
       * patient and category: the two are linked both ways; nothing is deleted.
       * 
       * The dispatch origin must be the correction's author; a device may supersede only its
       * own readings. Consent then decides, as for a write (`Append`) for `purpose`: the
       * patient or a guardian, the patient's monitoring device, or an active author with append
       * consent. The decision goes on the patient's audit trail either way, and the call
       * succeeds either way (so that a refusal stays on the trail).
       * Emits `RecordSuperseded`, or `CorrectionRefused` (with the reason).
       * 
       * ## Complexity
       * - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::read`].
       **/
      supersede: AugmentedSubmittable<(recordId: u64 | AnyNumber | Uint8Array, correction: u64 | AnyNumber | Uint8Array, purpose: CarechainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64, CarechainPrimitivesConsentPurpose]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    registry: {
      /**
       * Accept `hospital`'s offer of an affiliation: the caller joins it.
       * 
       * The dispatch origin must be an active physician that `hospital`, an active hospital,
       * has offered an affiliation ([`Pallet::affiliate_physician`]).
       * Emits `PhysicianAffiliated`.
       * 
       * ## Complexity
       * - `O(P + H)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`)
       * and `H` the caller's hospitals (at most `MaxHospitalsPerPhysician`): the caller is
       * looked up in the first, and both lists are extended.
       **/
      acceptAffiliation: AugmentedSubmittable<(hospital: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Name `guardian` as someone who may act for the caller.
       * 
       * The dispatch origin must be an active patient; `guardian` must be another active
       * patient or physician.
       * Emits `GuardianAdded`.
       * 
       * ## Complexity
       * - `O(G + W)` where `G` is the caller's guardians (at most `MaxGuardians`) and `W` the
       * guardian's wards (at most `MaxWards`): `guardian` is looked up in the first, and both
       * lists are extended.
       **/
      addGuardian: AugmentedSubmittable<(guardian: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Admit `hospital` to the consortium, with the key data for it is encrypted to.
       * 
       * The dispatch origin must be [`Config::HospitalOrigin`].
       * Emits `HospitalAdmitted`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
       **/
      admitHospital: AugmentedSubmittable<(hospital: AccountId32 | string | Uint8Array, encryptionKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Bytes]>;
      /**
       * Offer an already registered, active `physician` an affiliation with the caller. The
       * physician joins only by accepting ([`Pallet::accept_affiliation`]): no hospital can
       * claim a physician, and then suspend or speak for it, without its consent.
       * 
       * The dispatch origin must be an active hospital.
       * Emits `AffiliationOffered`.
       * 
       * ## Complexity
       * - `O(P)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`):
       * the physician is looked up in them.
       **/
      affiliatePhysician: AugmentedSubmittable<(physician: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * End `physician`'s affiliation with the caller, or withdraw the caller's offer that the
       * physician has not accepted. The physician stays registered, and its standing at other
       * hospitals is untouched: a hospital's power ends at its own affiliation.
       * 
       * The dispatch origin must be a registered hospital (suspended or not: dropping an
       * affiliation only ever narrows access).
       * Emits `PhysicianDisaffiliated`, or `AffiliationOfferWithdrawn`.
       * 
       * ## Complexity
       * - `O(P + H)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`)
       * and `H` the physician's hospitals (at most `MaxHospitalsPerPhysician`): the
       * affiliation is removed from both lists. `O(1)` when an offer is withdrawn.
       **/
      disaffiliatePhysician: AugmentedSubmittable<(physician: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Move `device` to monitor `patient` under `hospital` (either may stay the same).
       * 
       * The dispatch origin must be the device's current hospital (active) or
       * [`Config::HospitalOrigin`]. The device must not be revoked; `patient` must be an active
       * patient and `hospital` an active hospital.
       * Emits `DeviceMoved`.
       * 
       * ## Complexity
       * - `O(D)` where `D` is a patient's devices (at most `MaxDevicesPerPatient`): when the
       * patient changes, the device leaves the old patient's list and joins the new one's.
       **/
      moveDevice: AugmentedSubmittable<(device: AccountId32 | string | Uint8Array, patient: AccountId32 | string | Uint8Array, hospital: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32, AccountId32]>;
      /**
       * Reactivate a suspended `who`.
       * 
       * The dispatch origin must be [`Config::HospitalOrigin`], or the active hospital that
       * suspended `who`.
       * Emits `ParticipantReactivated`.
       **/
      reactivate: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Register `device` to monitor `patient` under the caller, with its encryption key and
       * the signing key its readings are verified against.
       * 
       * The dispatch origin must be an active hospital; `patient` must be an active patient.
       * Emits `DeviceRegistered`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is a key's length in bytes (at most `MaxKeyLength`): both are parsed.
       * - `O(D)` where `D` is the patient's devices (at most `MaxDevicesPerPatient`): the list
       * is read, extended and written back.
       **/
      registerDevice: AugmentedSubmittable<(device: AccountId32 | string | Uint8Array, patient: AccountId32 | string | Uint8Array, kind: CarechainPrimitivesRegistryDeviceKind | 'Wearable' | 'Implant' | 'BedsideMonitor' | 'HomeHub' | 'Gateway' | number | Uint8Array, encryptionKey: Bytes | string | Uint8Array, signingKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32, CarechainPrimitivesRegistryDeviceKind, Bytes, Bytes]>;
      /**
       * Register the caller as a patient, with its encryption key and, optionally, a
       * pseudonymous identifier hash.
       * 
       * The dispatch origin must be signed by the patient's own, unregistered account.
       * Emits `PatientRegistered`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
       **/
      registerPatient: AugmentedSubmittable<(encryptionKey: Bytes | string | Uint8Array, identifierHash: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [Bytes, Option<H256>]>;
      /**
       * Register `patient` (the patient's own account and its own encryption key, made on the
       * patient's device), optionally with a pseudonymous identifier hash.
       * 
       * The dispatch origin must be an active hospital.
       * Emits `PatientRegistered`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
       **/
      registerPatientFor: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, encryptionKey: Bytes | string | Uint8Array, identifierHash: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [AccountId32, Bytes, Option<H256>]>;
      /**
       * Register `physician`, with its encryption key, and affiliate it with the caller.
       * 
       * The dispatch origin must be an active hospital.
       * Emits `PhysicianRegistered`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
       * - `O(P)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`):
       * the list is read, extended and written back.
       **/
      registerPhysician: AugmentedSubmittable<(physician: AccountId32 | string | Uint8Array, encryptionKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Bytes]>;
      /**
       * Remove `guardian` from `patient`'s guardians.
       * 
       * The dispatch origin must be the patient, or the guardian stepping down.
       * Emits `GuardianRemoved`.
       * 
       * ## Complexity
       * - `O(G + W)` where `G` is the patient's guardians (at most `MaxGuardians`) and `W` the
       * guardian's wards (at most `MaxWards`): the guardianship is removed from both lists.
       **/
      removeGuardian: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, guardian: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32]>;
      /**
       * Revoke `who`, for good. Its record and key history stay; it leaves every list it was
       * in (affiliations, a patient's devices, guardianships), and a patient's identifier
       * hash is released. A revoked patient's devices stay listed under it until their
       * hospital revokes or moves them.
       * 
       * The dispatch origin must be [`Config::HospitalOrigin`] (any participant; this is how a
       * hospital leaves the consortium), a device's active hospital, or the participant itself
       * if it is a patient, physician or device.
       * Emits `ParticipantRevoked`.
       * 
       * ## Complexity
       * - A hospital: `O(P * (P + H))`, where `P` is its physicians (at most
       * `MaxPhysiciansPerHospital`) and `H` a physician's hospitals (at most
       * `MaxHospitalsPerPhysician`): each affiliation is removed from both lists.
       * - A physician: `O(H * (H + P) + (G + W)^2)`: its `H` affiliations, each removed from
       * both lists, and its guardianships, as for a patient (below).
       * - A patient: `O((G + W)^2)`, where `G` is a patient's guardians (at most `MaxGuardians`)
       * and `W` a guardian's wards (at most `MaxWards`): each guardianship, on either side, is
       * removed from both lists.
       * - A device: `O(D)`, where `D` is its patient's devices (at most `MaxDevicesPerPatient`).
       **/
      revoke: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Replace `device`'s signing key with `new_key`; the old key is retired (readings it
       * signed stay verifiable against the history).
       * 
       * The dispatch origin must be [`Config::HospitalOrigin`], or the device's active hospital.
       * The device must be registered and unrevoked (a suspended device's compromised key is
       * replaced before it is reactivated).
       * Emits `KeyRotated`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is the new key's length in bytes (at most `MaxKeyLength`): it is
       * parsed.
       * - `O(R)` where `R` is the device's retired signing keys (at most `MaxKeyHistory`): the
       * history is read, shifted when full, and written back.
       **/
      rotateDeviceKey: AugmentedSubmittable<(device: AccountId32 | string | Uint8Array, newKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Bytes]>;
      /**
       * Replace the caller's key for `purpose` with `new_key`; the old key is retired.
       * 
       * The dispatch origin must be a registered, unrevoked participant (a suspended one may
       * rotate a compromised key before it is reactivated). Only a device has a signing key,
       * and it may not rotate it itself ([`Error::SigningKeyByHospital`]: a stolen device
       * account would then be enough to sign readings); its hospital does
       * ([`Pallet::rotate_device_key`]).
       * Emits `KeyRotated`.
       * 
       * ## Complexity
       * - `O(K)` where `K` is the new key's length in bytes (at most `MaxKeyLength`): it is
       * parsed.
       * - `O(R)` where `R` is the caller's retired keys for `purpose` (at most `MaxKeyHistory`):
       * the history is read, shifted when full, and written back.
       **/
      rotateKey: AugmentedSubmittable<(purpose: CarechainPrimitivesRegistryKeyPurpose | 'Encryption' | 'Signing' | number | Uint8Array, newKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CarechainPrimitivesRegistryKeyPurpose, Bytes]>;
      /**
       * Suspend `who`: it may not act until reactivated.
       * 
       * The dispatch origin must be [`Config::HospitalOrigin`] (any participant), or an active
       * hospital suspending one of its own devices. A hospital never suspends a physician
       * chain-wide (its standing at other hospitals is not the hospital's to take): it ends its
       * own affiliation instead ([`Pallet::disaffiliate_physician`]).
       * Emits `ParticipantSuspended`.
       **/
      suspend: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: CarechainRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CarechainRuntimeSessionKeys, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: CarechainRuntimeOriginCaller | { system: any } | { HospitalCouncil: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CarechainRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: CarechainRuntimeOriginCaller | { system: any } | { HospitalCouncil: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CarechainRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
  } // AugmentedSubmittables
} // declare module
