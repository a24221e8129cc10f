// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    auraEquivocation: {
      /**
       * A header is not sealed by the offender's key.
       **/
      BadSeal: AugmentedError<ApiType>;
      /**
       * The offender already has an Aura offence recorded in the proof's session.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * A header in the report is longer than [`Config::MaxHeaderLength`].
       **/
      HeaderTooLong: AugmentedError<ApiType>;
      /**
       * The key-ownership proof does not prove the key a validator's in its session.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * The key-ownership proof is longer than [`Config::MaxKeyOwnershipProofLength`].
       **/
      KeyOwnershipProofTooLong: AugmentedError<ApiType>;
      /**
       * The report's two headers are one header.
       **/
      SameHeader: AugmentedError<ApiType>;
      /**
       * The key-ownership proof is of a session other than the current one or the one before.
       **/
      SessionNotRecent: AugmentedError<ApiType>;
      /**
       * The reported slot is after the current one, or more than [`Config::ReportWindow`]
       * slots before it.
       **/
      SlotNotRecent: AugmentedError<ApiType>;
      /**
       * A header has no Aura slot, more than one, or another slot than the report's.
       **/
      WrongSlot: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    consent: {
      /**
       * The emergency access has been reviewed already.
       **/
      AlreadyReviewed: AugmentedError<ApiType>;
      /**
       * The caller is suspended or revoked.
       **/
      CallerNotActive: AugmentedError<ApiType>;
      /**
       * A patient cannot grant access to itself.
       **/
      CannotGrantToSelf: AugmentedError<ApiType>;
      /**
       * The scope names a category twice.
       **/
      DuplicateCategory: AugmentedError<ApiType>;
      /**
       * The physician already has an open emergency access to this patient.
       **/
      EmergencyAccessOpen: AugmentedError<ApiType>;
      /**
       * An open emergency access can only be concluded as misuse; wait for it to expire to
       * find it justified.
       **/
      EmergencyAccessStillOpen: AugmentedError<ApiType>;
      /**
       * The scope names no category.
       **/
      EmptyScope: AugmentedError<ApiType>;
      /**
       * The expiry is not after the start.
       **/
      ExpiryBeforeStart: AugmentedError<ApiType>;
      /**
       * The expiry is not after the current block.
       **/
      ExpiryInPast: AugmentedError<ApiType>;
      /**
       * An amendment may only bring the expiry forward.
       **/
      ExpiryNotShorter: AugmentedError<ApiType>;
      /**
       * The expiry queues of the expiry block and the `ExpirySearchWindow` blocks after it are
       * full; choose another expiry.
       **/
      ExpiryQueueFull: AugmentedError<ApiType>;
      /**
       * The grantee is suspended or revoked.
       **/
      GranteeNotActive: AugmentedError<ApiType>;
      /**
       * The grantee is not registered.
       **/
      GranteeNotRegistered: AugmentedError<ApiType>;
      /**
       * The grant would run longer than `MaxGrantDuration`.
       **/
      GrantTooLong: AugmentedError<ApiType>;
      /**
       * A request's duration must be at least one block and at most `MaxGrantDuration`.
       **/
      InvalidDuration: AugmentedError<ApiType>;
      /**
       * There is no emergency access with this id awaiting review.
       **/
      NoSuchEmergencyAccess: AugmentedError<ApiType>;
      /**
       * The patient has no grant with this id.
       **/
      NoSuchGrant: AugmentedError<ApiType>;
      /**
       * There is no such pending request.
       **/
      NoSuchRequest: AugmentedError<ApiType>;
      /**
       * The physician is not an active physician of that active hospital.
       **/
      NotActiveInHospital: AugmentedError<ApiType>;
      /**
       * An amendment must change something.
       **/
      NothingToAmend: AugmentedError<ApiType>;
      /**
       * An amendment may only narrow the scope or the permission.
       **/
      NotNarrower: AugmentedError<ApiType>;
      /**
       * The account is not a registered patient.
       **/
      NotPatient: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor an active guardian of it.
       **/
      NotPatientOrGuardian: AugmentedError<ApiType>;
      /**
       * The caller is not a registered physician.
       **/
      NotPhysician: AugmentedError<ApiType>;
      /**
       * Only the emergency access's hospital or governance may review it.
       **/
      NotReviewer: AugmentedError<ApiType>;
      /**
       * The patient is suspended or revoked.
       **/
      PatientNotActive: AugmentedError<ApiType>;
      /**
       * The physician already has a request pending with this patient.
       **/
      RequestPending: AugmentedError<ApiType>;
      /**
       * The patient has `MaxGrantsPerPatient` grants.
       **/
      TooManyGrants: AugmentedError<ApiType>;
      /**
       * The physician has `MaxUnreviewedEmergencies` emergency accesses awaiting review.
       **/
      TooManyUnreviewedEmergencies: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    consortium: {
      /**
       * The account is already a validator.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * The account has not registered session keys.
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not a validator.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * Removing the validator would leave fewer than `MinValidators`.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * The set already has `MaxValidators` validators.
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    envelopes: {
      /**
       * An envelope cannot be empty.
       **/
      EmptyEnvelope: AugmentedError<ApiType>;
      /**
       * The envelope is not the last bytes of the transaction, so nodes would index other
       * bytes under its hash. Send `store` on its own, or as the last call of a batch.
       **/
      EnvelopeNotLast: AugmentedError<ApiType>;
      /**
       * There is no record of that id.
       **/
      NoSuchRecord: AugmentedError<ApiType>;
      /**
       * The caller is not an active registered participant.
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * Only the record's author (who anchored it) publishes its envelopes.
       **/
      NotTheAuthor: AugmentedError<ApiType>;
      /**
       * The envelope is not one of the record's: not its content hash, nor its batch's
       * manifest (the hash its `ipfs://` locator names), nor its batch's reading at the proof's
       * index.
       **/
      NotTheRecordsEnvelope: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    hospitalCouncil: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    hospitalMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    intrusionDetection: {
      /**
       * The account is already a monitor.
       **/
      AlreadyMonitor: AugmentedError<ApiType>;
      /**
       * The monitor has already reported the node.
       **/
      AlreadyReported: AugmentedError<ApiType>;
      /**
       * A hospital reports only its own devices; governance's monitors report any.
       **/
      DeviceOfAnotherHospital: AugmentedError<ApiType>;
      /**
       * The node has no reports.
       **/
      NoNodeReports: AugmentedError<ApiType>;
      /**
       * A report carries at least one observation.
       **/
      NoObservations: AugmentedError<ApiType>;
      /**
       * Only registered devices are judged.
       **/
      NotADevice: AugmentedError<ApiType>;
      /**
       * The caller is neither an active hospital nor a monitor made by governance.
       **/
      NotMonitor: AugmentedError<ApiType>;
      /**
       * Only the device's hospital or governance may reinstate it.
       **/
      NotPermitted: AugmentedError<ApiType>;
      /**
       * The device is not quarantined.
       **/
      NotQuarantined: AugmentedError<ApiType>;
      /**
       * A hospital does not report its own node (it stops it).
       **/
      OwnNode: AugmentedError<ApiType>;
      /**
       * The node has as many reports as are kept; governance clears them.
       **/
      TooManyNodeReports: AugmentedError<ApiType>;
      /**
       * The account is not a monitor made by governance.
       **/
      UnknownMonitor: AugmentedError<ApiType>;
      /**
       * The node is not a member node: it has no owner.
       **/
      UnknownNode: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    nodeAuthorization: {
      /**
       * The node is already claimed by a user.
       **/
      AlreadyClaimed: AugmentedError<ApiType>;
      /**
       * The node is already joined in the list.
       **/
      AlreadyJoined: AugmentedError<ApiType>;
      /**
       * The node hasn't been claimed yet.
       **/
      NotClaimed: AugmentedError<ApiType>;
      /**
       * The node doesn't exist in the list.
       **/
      NotExist: AugmentedError<ApiType>;
      /**
       * You are not the owner of the node.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The PeerId is too long.
       **/
      PeerIdTooLong: AugmentedError<ApiType>;
      /**
       * No permission to perform specific operation.
       **/
      PermissionDenied: AugmentedError<ApiType>;
      /**
       * Too many well known nodes.
       **/
      TooManyNodes: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    records: {
      /**
       * A record of this patient with this content hash is already anchored.
       **/
      AlreadyAnchored: AugmentedError<ApiType>;
      /**
       * This custodian has already released its share for this read.
       **/
      AlreadyReleased: AugmentedError<ApiType>;
      /**
       * The reader already has this epoch's key.
       **/
      AlreadyShared: AugmentedError<ApiType>;
      /**
       * Not returned since spec version 111 (an author not active is refused by consent,
       * audited: `AnchorRefused`); kept so that the errors after it keep their indices.
       **/
      AuthorNotActive: AugmentedError<ApiType>;
      /**
       * The device's signature does not verify against its registered signing key.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * A custodian set names at least `MinCustodyThreshold` custodians and a threshold from
       * `MinCustodyThreshold` to their number.
       **/
      BadThreshold: AugmentedError<ApiType>;
      /**
       * A batch carries at most `MaxBatchReadings` readings.
       **/
      BatchTooLarge: AugmentedError<ApiType>;
      /**
       * The caller is not an active hospital.
       **/
      CustodianNotActive: AugmentedError<ApiType>;
      /**
       * A custodian must be an active hospital with a registered encryption key.
       **/
      CustodianNotHospital: AugmentedError<ApiType>;
      /**
       * The patient's records are held in custody: anchors use envelope version 2 and its
       * current custodian set.
       **/
      CustodyRequired: AugmentedError<ApiType>;
      /**
       * The device does not monitor this patient.
       **/
      DeviceNotMonitoringPatient: AugmentedError<ApiType>;
      /**
       * A custodian set names a hospital twice.
       **/
      DuplicateCustodian: AugmentedError<ApiType>;
      /**
       * A rotation names a reader twice.
       **/
      DuplicateReader: AugmentedError<ApiType>;
      /**
       * A batch carries at least one reading.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The locator is empty.
       **/
      EmptyLocator: AugmentedError<ApiType>;
      /**
       * A record has at least one byte.
       **/
      EmptyRecord: AugmentedError<ApiType>;
      /**
       * A wrapped key is empty.
       **/
      EmptyWrappedKey: AugmentedError<ApiType>;
      /**
       * A correction must be another current record of the same patient and category that
       * corrects nothing yet.
       **/
      InvalidCorrection: AugmentedError<ApiType>;
      /**
       * The patient has no custodian set yet.
       **/
      NoCustodians: AugmentedError<ApiType>;
      /**
       * The reader has no open read of this record: never granted, closed, or its release
       * window has passed.
       **/
      NoOpenRead: AugmentedError<ApiType>;
      /**
       * A rotation names at least one reader.
       **/
      NoReaders: AugmentedError<ApiType>;
      /**
       * No record with this id.
       **/
      NoSuchRecord: AugmentedError<ApiType>;
      /**
       * Only the correction's author may link it.
       **/
      NotCorrectionAuthor: AugmentedError<ApiType>;
      /**
       * The record is superseded or marked entered in error.
       **/
      NotCurrent: AugmentedError<ApiType>;
      /**
       * The caller is not a custodian of this record.
       **/
      NotCustodian: AugmentedError<ApiType>;
      /**
       * The record is not held in custody (envelope version 1).
       **/
      NotInCustody: AugmentedError<ApiType>;
      /**
       * A device may correct only its own readings.
       **/
      NotOwnReading: AugmentedError<ApiType>;
      /**
       * The data's owner is not a registered patient.
       **/
      NotPatient: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor an active guardian of it.
       **/
      NotPatientOrGuardian: AugmentedError<ApiType>;
      /**
       * Only the record's author, the patient or a guardian may do this.
       **/
      NotPermitted: AugmentedError<ApiType>;
      /**
       * Not returned since spec version 111 (an author without append consent is refused by
       * consent, audited: `AnchorRefused`); kept so that the errors after it keep their
       * indices.
       **/
      NoWriteConsent: AugmentedError<ApiType>;
      /**
       * The reader is not registered.
       **/
      ReaderNotRegistered: AugmentedError<ApiType>;
      /**
       * The reading says it was taken after the block's time plus `MaxClockDrift`.
       **/
      ReadingFromTheFuture: AugmentedError<ApiType>;
      /**
       * A device must sign its reading.
       **/
      SignatureMissing: AugmentedError<ApiType>;
      /**
       * The key epoch is not the patient's current one for this category.
       **/
      StaleKeyEpoch: AugmentedError<ApiType>;
      /**
       * Only devices sign readings; others' transactions are their signature.
       **/
      UnexpectedSignature: AugmentedError<ApiType>;
      /**
       * No such category key epoch yet.
       **/
      UnknownEpoch: AugmentedError<ApiType>;
      /**
       * The envelope format version is not one the chain accepts.
       **/
      UnsupportedEnvelopeVersion: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    registry: {
      /**
       * The physician is already affiliated with this hospital.
       **/
      AlreadyAffiliated: AugmentedError<ApiType>;
      /**
       * The account is already a guardian of this patient.
       **/
      AlreadyGuardian: AugmentedError<ApiType>;
      /**
       * The hospital has already offered this physician an affiliation.
       **/
      AlreadyOffered: AugmentedError<ApiType>;
      /**
       * The account is already registered.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The participant is revoked; revocation is final.
       **/
      AlreadyRevoked: AugmentedError<ApiType>;
      /**
       * The participant is already suspended.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * A patient cannot be its own guardian.
       **/
      CannotGuardSelf: AugmentedError<ApiType>;
      /**
       * The device already monitors that patient under that hospital.
       **/
      DeviceUnchanged: AugmentedError<ApiType>;
      /**
       * The pseudonymous identifier hash is already held by another patient.
       **/
      IdentifierInUse: AugmentedError<ApiType>;
      /**
       * Only a registered, active patient or physician can be a guardian.
       **/
      InvalidGuardian: AugmentedError<ApiType>;
      /**
       * The RSA key is longer than 4096 bits.
       **/
      KeyTooLarge: AugmentedError<ApiType>;
      /**
       * The RSA key is shorter than `MinKeyBits`.
       **/
      KeyTooShort: AugmentedError<ApiType>;
      /**
       * The new key is the current key.
       **/
      KeyUnchanged: AugmentedError<ApiType>;
      /**
       * The key is not a DER SubjectPublicKeyInfo, or its RSA numbers are invalid.
       **/
      MalformedKey: AugmentedError<ApiType>;
      /**
       * The hospital has offered the physician no affiliation.
       **/
      NoAffiliationOffer: AugmentedError<ApiType>;
      /**
       * The participant is suspended or revoked.
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * The physician is not affiliated with this hospital.
       **/
      NotAffiliated: AugmentedError<ApiType>;
      /**
       * The account is not a device.
       **/
      NotDevice: AugmentedError<ApiType>;
      /**
       * The account is not a guardian of this patient.
       **/
      NotGuardian: AugmentedError<ApiType>;
      /**
       * The account is not a hospital.
       **/
      NotHospital: AugmentedError<ApiType>;
      /**
       * The account is not a patient.
       **/
      NotPatient: AugmentedError<ApiType>;
      /**
       * The caller may not manage this participant: not its hospital, not the one that
       * suspended it, or not allowed for its role.
       **/
      NotPermitted: AugmentedError<ApiType>;
      /**
       * The account is not a physician.
       **/
      NotPhysician: AugmentedError<ApiType>;
      /**
       * The account is not registered.
       **/
      NotRegistered: AugmentedError<ApiType>;
      /**
       * The key is well-formed but not an RSA key.
       **/
      NotRsaKey: AugmentedError<ApiType>;
      /**
       * The participant is not suspended.
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * A device's signing key is rotated by its hospital, not by the device.
       **/
      SigningKeyByHospital: AugmentedError<ApiType>;
      /**
       * A signing key's public exponent is not 65537, the one anchors are verified with.
       **/
      SigningKeyExponent: AugmentedError<ApiType>;
      /**
       * The patient has `MaxDevicesPerPatient` devices.
       **/
      TooManyDevices: AugmentedError<ApiType>;
      /**
       * The patient has `MaxGuardians` guardians.
       **/
      TooManyGuardians: AugmentedError<ApiType>;
      /**
       * The physician belongs to `MaxHospitalsPerPhysician` hospitals.
       **/
      TooManyHospitals: AugmentedError<ApiType>;
      /**
       * The hospital has `MaxPhysiciansPerHospital` physicians.
       **/
      TooManyPhysicians: AugmentedError<ApiType>;
      /**
       * The guardian acts for `MaxWards` patients.
       **/
      TooManyWards: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
