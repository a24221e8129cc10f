// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types-codec/types';
import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    auraEquivocation: {
      /**
       * The longest a header in a report may be, SCALE-encoded (an Aura header is about
       * 200 bytes; the validator-set changes GRANDPA logs in a header add 40 bytes a
       * validator).
       **/
      maxHeaderLength: u32 & AugmentedConst<ApiType>;
      /**
       * The longest a key-ownership proof may be, SCALE-encoded.
       **/
      maxKeyOwnershipProofLength: u32 & AugmentedConst<ApiType>;
      /**
       * How many slots before the current one a reported slot may be (about two sessions'
       * worth): older evidence, and evidence of future slots, is refused, so that one
       * equivocation can be recorded in at most two sessions (the proof's), never replayed.
       **/
      reportWindow: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    consent: {
      /**
       * How long an emergency access stays open, in blocks.
       **/
      emergencyAccessPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * How many blocks from its expiry a grant's clean-up may be put off to when the expiry
       * queues of the blocks before are full. Clean-up only; the grant stops allowing access
       * at its expiry regardless.
       **/
      expirySearchWindow: u32 & AugmentedConst<ApiType>;
      /**
       * How many of each patient's latest audit entries storage keeps; events keep them all.
       **/
      maxAuditEntries: u32 & AugmentedConst<ApiType>;
      /**
       * How many grants the expiry hook removes in one block, at most.
       **/
      maxExpiriesPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * The longest a grant may run, in blocks from when it is made.
       **/
      maxGrantDuration: u32 & AugmentedConst<ApiType>;
      /**
       * How many grants one patient may have at once (expired ones awaiting clean-up count).
       **/
      maxGrantsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * How many of a physician's emergency accesses may await review at once: the next is
       * refused until its hospital reviews one (accesses and reviews are kept for good, so this
       * bounds what one physician can add to storage between reviews).
       **/
      maxUnreviewedEmergencies: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    consortium: {
      /**
       * The most validators the set may have.
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * The fewest validators the set may have; no motion can remove one below this.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    envelopes: {
      /**
       * The longest envelope, bytes. Every node keeps every envelope (see the crate docs):
       * this and the block's length bound what a participant can make them keep.
       **/
      maxEnvelopeLength: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    hospitalCouncil: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    intrusionDetection: {
      /**
       * How many intervals make a device's first baseline (the paper: 10).
       **/
      baselineIntervals: u32 & AugmentedConst<ApiType>;
      /**
       * The floor, ms: no baseline, and no window average that is not flagged, is shorter. It
       * closes the zero-baseline hole (a device whose first transactions share one block).
       **/
      floorMs: u32 & AugmentedConst<ApiType>;
      /**
       * How long after the block's time a device's transaction may say it was sent, ms (its
       * clock's allowed drift); later ones are refused in the pool.
       **/
      maxClockDrift: u64 & AugmentedConst<ApiType>;
      /**
       * The longest node id (a libp2p peer id's bytes) a report may name.
       **/
      maxNodeIdLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most monitors whose reports of one node are kept (until governance clears them).
       **/
      maxNodeReports: u32 & AugmentedConst<ApiType>;
      /**
       * How many observations one report may carry.
       **/
      maxObservationsPerReport: u32 & AugmentedConst<ApiType>;
      /**
       * The most reports ([`Pallet::report`], [`Pallet::report_node`]) one monitor may have
       * in a block. A monitor's reports are free and come first ([`Config::ReportPriority`]),
       * so without a bound a rogue monitor (a hospital, or a monitor governance made) could
       * take the block's normal share from every device until the council removed it. With
       * it, a monitor's reports take at most this many of the heaviest report's weight of a
       * block; [`CheckQuarantine`] refuses a further one in the block with
       * `InvalidTransaction::ExhaustsResources`, which leaves it in the pool for the next
       * block. An honest node has one report of devices in flight at a time, and reports a
       * node when it bans one: a bound of two lets both into a block; in a tick where it bans
       * several nodes, the further reports (and its later transactions) wait a block each.
       **/
      maxReportsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * How long before the block's time a device's transaction may say it was sent, ms:
       * readings buffered through an outage keep their own spacing up to this age; older
       * ones are refused in the pool (`DEVICE_TIME_OUT_OF_RANGE`).
       **/
      maxSendDelay: u64 & AugmentedConst<ApiType>;
      /**
       * How many times the average of the rest of a device's first baseline its two longest
       * intervals, or its longest, must be to be left out of it as pauses (when the rest is
       * no faster than [`Config::FloorMs`]): an outage while the baseline is learned, counted
       * once by the chain and again in a monitor's report, does not lift it above the
       * device's usual rate. 0: none is left out (the paper's rule). Bounded (the
       * `integrity_test`, [`DetectorParams::pauses_are_bounded`]) so that two gaps just short
       * of pauses cannot lift the baseline so far that the device's usual rate falls below
       * the threshold: with `n` baseline intervals and a threshold of `t` %,
       * `t (n − 2 + f)(n − 1 + f) ≤ 100 n (n − 1)` (20 and 75 %: at most 4).
       **/
      pauseFactor: u32 & AugmentedConst<ApiType>;
      /**
       * The priority of a monitor's report ([`Pallet::report`], [`Pallet::report_node`])
       * in the transaction pool and in a block author's order, given by [`CheckQuarantine`]
       * to a monitor's reports alone. A report counts most when the chain is flooded, and
       * without it a report is ordered like any untipped normal transaction: behind the
       * flood, waiting for a block that is not full (and every later transaction of its
       * signer with it). Reports stay in the normal class, so however many there are, the
       * block's operational share stays governance's.
       **/
      reportPriority: u64 & AugmentedConst<ApiType>;
      /**
       * The threshold, as a percentage of the baseline (the paper: 75).
       **/
      thresholdPercent: u32 & AugmentedConst<ApiType>;
      /**
       * How many intervals make a window (the paper: 10).
       **/
      windowIntervals: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    nodeAuthorization: {
      /**
       * The maximum length in bytes of PeerId
       **/
      maxPeerIdLength: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of well known nodes that are allowed to set
       **/
      maxWellKnownNodes: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    records: {
      /**
       * The most readings one batch anchor may carry (`anchor_batch`): at least 1, at most
       * 2^20, so that a reading's proof is at most 20 hashes.
       **/
      maxBatchReadings: u32 & AugmentedConst<ApiType>;
      /**
       * How far after the block's time a reading may say it was taken, in ms: the devices'
       * clocks' allowed drift. Intrusion detection times a device's anchors by their reading
       * time.
       **/
      maxClockDrift: u64 & AugmentedConst<ApiType>;
      /**
       * The most custodian hospitals a patient may name (at most 32).
       **/
      maxCustodians: u32 & AugmentedConst<ApiType>;
      /**
       * The longest locator, in bytes.
       **/
      maxLocatorLength: u32 & AugmentedConst<ApiType>;
      /**
       * How many granted reads of custody records one reader may have open at once; a new one
       * closes its oldest.
       **/
      maxOpenReads: u32 & AugmentedConst<ApiType>;
      /**
       * How many readers one category key rotation may name.
       **/
      maxReadersPerRotation: u32 & AugmentedConst<ApiType>;
      /**
       * The longest wrapped category key, in bytes: 512 holds one wrapped to a 4096-bit key.
       **/
      maxWrappedKeyLength: u32 & AugmentedConst<ApiType>;
      /**
       * The fewest shares that may open a custody record: at least 2, so that no custodian
       * alone can.
       **/
      minCustodyThreshold: u32 & AugmentedConst<ApiType>;
      /**
       * For how many blocks after a granted read custodians may release their shares.
       **/
      releaseWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    registry: {
      /**
       * How many devices may monitor one patient.
       **/
      maxDevicesPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * How many guardians one patient may have.
       **/
      maxGuardians: u32 & AugmentedConst<ApiType>;
      /**
       * How many hospitals one physician may belong to.
       **/
      maxHospitalsPerPhysician: u32 & AugmentedConst<ApiType>;
      /**
       * How many retired keys are kept per participant and purpose; the oldest goes first.
       **/
      maxKeyHistory: u32 & AugmentedConst<ApiType>;
      /**
       * The longest key, in bytes of DER. 550 holds a 4096-bit key, the largest accepted.
       **/
      maxKeyLength: u32 & AugmentedConst<ApiType>;
      /**
       * How many physicians one hospital may have.
       **/
      maxPhysiciansPerHospital: u32 & AugmentedConst<ApiType>;
      /**
       * How many patients one person may be a guardian of.
       **/
      maxWards: u32 & AugmentedConst<ApiType>;
      /**
       * The smallest RSA modulus, in bits, that a registered key may have.
       **/
      minKeyBits: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
