// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_session::MembershipProof
   **/
  SpSessionMembershipProof: {
    session: 'u32',
    trieNodes: 'Vec<Bytes>',
    validatorCount: 'u32'
  },
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'CarechainRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'CarechainRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup42: carechain_runtime::OriginCaller
   **/
  CarechainRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      HospitalCouncil: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup43: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup44: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup45: pallet_registry::pallet::Call<T>
   **/
  PalletRegistryCall: {
    _enum: {
      admit_hospital: {
        hospital: 'AccountId32',
        encryptionKey: 'Bytes',
      },
      register_physician: {
        physician: 'AccountId32',
        encryptionKey: 'Bytes',
      },
      affiliate_physician: {
        physician: 'AccountId32',
      },
      disaffiliate_physician: {
        physician: 'AccountId32',
      },
      register_patient: {
        encryptionKey: 'Bytes',
        identifierHash: 'Option<H256>',
      },
      register_patient_for: {
        patient: 'AccountId32',
        encryptionKey: 'Bytes',
        identifierHash: 'Option<H256>',
      },
      register_device: {
        device: 'AccountId32',
        patient: 'AccountId32',
        kind: 'CarechainPrimitivesRegistryDeviceKind',
        encryptionKey: 'Bytes',
        signingKey: 'Bytes',
      },
      move_device: {
        device: 'AccountId32',
        patient: 'AccountId32',
        hospital: 'AccountId32',
      },
      rotate_key: {
        purpose: 'CarechainPrimitivesRegistryKeyPurpose',
        newKey: 'Bytes',
      },
      suspend: {
        who: 'AccountId32',
      },
      reactivate: {
        who: 'AccountId32',
      },
      revoke: {
        who: 'AccountId32',
      },
      add_guardian: {
        guardian: 'AccountId32',
      },
      remove_guardian: {
        patient: 'AccountId32',
        guardian: 'AccountId32',
      },
      accept_affiliation: {
        hospital: 'AccountId32',
      },
      rotate_device_key: {
        device: 'AccountId32',
        newKey: 'Bytes'
      }
    }
  },
  /**
   * Lookup48: carechain_primitives::registry::DeviceKind
   **/
  CarechainPrimitivesRegistryDeviceKind: {
    _enum: ['Wearable', 'Implant', 'BedsideMonitor', 'HomeHub', 'Gateway']
  },
  /**
   * Lookup49: carechain_primitives::registry::KeyPurpose
   **/
  CarechainPrimitivesRegistryKeyPurpose: {
    _enum: ['Encryption', 'Signing']
  },
  /**
   * Lookup50: pallet_consent::pallet::Call<T>
   **/
  PalletConsentCall: {
    _enum: {
      grant: {
        patient: 'AccountId32',
        grantee: 'AccountId32',
        scope: 'CarechainPrimitivesConsentScope',
        permission: 'CarechainPrimitivesConsentPermission',
        purpose: 'CarechainPrimitivesConsentPurpose',
        startsAt: 'Option<u32>',
        expiresAt: 'u32',
      },
      revoke: {
        patient: 'AccountId32',
        grantId: 'u64',
      },
      amend: {
        patient: 'AccountId32',
        grantId: 'u64',
        scope: 'Option<CarechainPrimitivesConsentScope>',
        permission: 'Option<CarechainPrimitivesConsentPermission>',
        expiresAt: 'Option<u32>',
      },
      request_access: {
        patient: 'AccountId32',
        scope: 'CarechainPrimitivesConsentScope',
        permission: 'CarechainPrimitivesConsentPermission',
        purpose: 'CarechainPrimitivesConsentPurpose',
        duration: 'u32',
      },
      approve_request: {
        patient: 'AccountId32',
        requester: 'AccountId32',
      },
      reject_request: {
        patient: 'AccountId32',
        requester: 'AccountId32',
      },
      withdraw_request: {
        patient: 'AccountId32',
      },
      open_emergency_access: {
        patient: 'AccountId32',
        hospital: 'AccountId32',
        justification: 'H256',
      },
      conclude_review: {
        id: 'u64',
        outcome: 'CarechainPrimitivesConsentReviewOutcome'
      }
    }
  },
  /**
   * Lookup51: carechain_primitives::consent::Scope
   **/
  CarechainPrimitivesConsentScope: {
    _enum: {
      All: 'Null',
      Only: 'Vec<CarechainPrimitivesConsentDataCategory>'
    }
  },
  /**
   * Lookup53: carechain_primitives::consent::DataCategory
   **/
  CarechainPrimitivesConsentDataCategory: {
    _enum: ['VitalSigns', 'LabResults', 'Imaging', 'Prescriptions', 'ClinicalNotes', 'Diagnoses', 'Immunizations', 'Allergies']
  },
  /**
   * Lookup55: carechain_primitives::consent::Permission
   **/
  CarechainPrimitivesConsentPermission: {
    _enum: ['Read', 'Append', 'ReadAppend']
  },
  /**
   * Lookup56: carechain_primitives::consent::Purpose
   **/
  CarechainPrimitivesConsentPurpose: {
    _enum: ['Treatment', 'EmergencyTreatment', 'Research', 'Payment', 'Operations', 'PublicHealth']
  },
  /**
   * Lookup60: carechain_primitives::consent::ReviewOutcome
   **/
  CarechainPrimitivesConsentReviewOutcome: {
    _enum: ['Justified', 'Misuse']
  },
  /**
   * Lookup61: pallet_records::pallet::Call<T>
   **/
  PalletRecordsCall: {
    _enum: {
      anchor: {
        _alias: {
          size_: 'size',
        },
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        contentHash: 'H256',
        locator: 'Bytes',
        size_: 'u64',
        envelopeVersion: 'u8',
        keyEpoch: 'u32',
        purpose: 'CarechainPrimitivesConsentPurpose',
        signature: 'Option<Bytes>',
        takenAt: 'u64',
      },
      rotate_category_key: {
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        readers: 'Vec<(AccountId32,Bytes)>',
      },
      share_category_key: {
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        epoch: 'u32',
        reader: 'AccountId32',
        wrappedKey: 'Bytes',
      },
      read: {
        recordId: 'u64',
        purpose: 'CarechainPrimitivesConsentPurpose',
      },
      supersede: {
        recordId: 'u64',
        correction: 'u64',
        purpose: 'CarechainPrimitivesConsentPurpose',
      },
      mark_entered_in_error: {
        recordId: 'u64',
        purpose: 'CarechainPrimitivesConsentPurpose',
      },
      set_custodians: {
        patient: 'AccountId32',
        custodians: 'Vec<AccountId32>',
        threshold: 'u32',
      },
      release_share: {
        recordId: 'u64',
        reader: 'AccountId32',
        wrappedShare: 'Bytes',
      },
      anchor_batch: {
        _alias: {
          size_: 'size',
        },
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        root: 'H256',
        readings: 'u32',
        locator: 'Bytes',
        size_: 'u64',
        envelopeVersion: 'u8',
        keyEpoch: 'u32',
        purpose: 'CarechainPrimitivesConsentPurpose',
        signature: 'Option<Bytes>',
        takenAt: 'u64'
      }
    }
  },
  /**
   * Lookup69: pallet_intrusion_detection::pallet::Call<T>
   **/
  PalletIntrusionDetectionCall: {
    _enum: {
      report: {
        observations: 'Vec<(AccountId32,u32)>',
      },
      reinstate: {
        device: 'AccountId32',
      },
      add_monitor: {
        monitor: 'AccountId32',
      },
      remove_monitor: {
        monitor: 'AccountId32',
      },
      report_node: {
        node: 'Bytes',
      },
      clear_node_reports: {
        node: 'Bytes'
      }
    }
  },
  /**
   * Lookup74: pallet_envelopes::pallet::Call<T>
   **/
  PalletEnvelopesCall: {
    _enum: {
      store: {
        recordId: 'u64',
        reading: 'Option<PalletEnvelopesReadingProof>',
        envelope: 'Bytes'
      }
    }
  },
  /**
   * Lookup76: pallet_envelopes::ReadingProof
   **/
  PalletEnvelopesReadingProof: {
    index: 'u32',
    siblings: 'Vec<H256>'
  },
  /**
   * Lookup80: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup81: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup84: pallet_consortium::pallet::Call<T>
   **/
  PalletConsortiumCall: {
    _enum: {
      add_validator: {
        validator: 'AccountId32',
      },
      remove_validator: {
        validator: 'AccountId32',
      },
      authorize_upgrade: {
        codeHash: 'H256'
      }
    }
  },
  /**
   * Lookup85: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'CarechainRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup86: carechain_runtime::SessionKeys
   **/
  CarechainRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup87: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup88: pallet_node_authorization::pallet::Call<T>
   **/
  PalletNodeAuthorizationCall: {
    _enum: {
      add_well_known_node: {
        node: 'OpaquePeerId',
        owner: 'MultiAddress',
      },
      remove_well_known_node: {
        node: 'OpaquePeerId',
      },
      swap_well_known_node: {
        remove: 'OpaquePeerId',
        add: 'OpaquePeerId',
      },
      reset_well_known_nodes: {
        nodes: 'Vec<(OpaquePeerId,AccountId32)>',
      },
      claim_node: {
        node: 'OpaquePeerId',
      },
      remove_claim: {
        node: 'OpaquePeerId',
      },
      transfer_node: {
        node: 'OpaquePeerId',
        owner: 'MultiAddress',
      },
      add_connections: {
        node: 'OpaquePeerId',
        connections: 'Vec<OpaquePeerId>',
      },
      remove_connections: {
        node: 'OpaquePeerId',
        connections: 'Vec<OpaquePeerId>'
      }
    }
  },
  /**
   * Lookup93: pallet_aura_equivocation::pallet::Call<T>
   **/
  PalletAuraEquivocationCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusSlotsEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusSlotsEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof'
      }
    }
  },
  /**
   * Lookup94: sp_consensus_slots::EquivocationProof<sp_runtime::generic::header::Header<Number, Hash>, sp_consensus_aura::sr25519::app_sr25519::Public>
   **/
  SpConsensusSlotsEquivocationProof: {
    offender: 'SpConsensusAuraSr25519AppSr25519Public',
    slot: 'u64',
    firstHeader: 'SpRuntimeHeader',
    secondHeader: 'SpRuntimeHeader'
  },
  /**
   * Lookup95: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup96: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup98: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup101: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup103: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup104: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup105: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup106: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup107: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup110: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup111: pallet_intrusion_detection::extension::CheckQuarantine<T>
   **/
  PalletIntrusionDetectionExtensionCheckQuarantine: 'Null',
  /**
   * Lookup112: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup113: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup114: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup115: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup117: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup118: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup119: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup121: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup123: frame_system::EventRecord<carechain_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup125: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup126: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup127: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup128: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup129: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup130: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup131: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup132: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup133: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup134: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup135: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup138: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'CarechainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'CarechainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'CarechainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'CarechainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'CarechainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup139: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup140: carechain_runtime::RuntimeHoldReason
   **/
  CarechainRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      HospitalCouncil: 'PalletCollectiveHoldReason',
      __Unused22: 'Null',
      Session: 'PalletSessionHoldReason'
    }
  },
  /**
   * Lookup141: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup142: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup143: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup144: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup145: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup147: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup148: pallet_registry::pallet::Event<T>
   **/
  PalletRegistryEvent: {
    _enum: {
      HospitalAdmitted: {
        hospital: 'AccountId32',
      },
      PhysicianRegistered: {
        physician: 'AccountId32',
        hospital: 'AccountId32',
      },
      AffiliationOffered: {
        physician: 'AccountId32',
        hospital: 'AccountId32',
      },
      AffiliationOfferWithdrawn: {
        physician: 'AccountId32',
        hospital: 'AccountId32',
      },
      PhysicianAffiliated: {
        physician: 'AccountId32',
        hospital: 'AccountId32',
      },
      PhysicianDisaffiliated: {
        physician: 'AccountId32',
        hospital: 'AccountId32',
      },
      PatientRegistered: {
        patient: 'AccountId32',
        registeredBy: 'Option<AccountId32>',
      },
      DeviceRegistered: {
        device: 'AccountId32',
        patient: 'AccountId32',
        hospital: 'AccountId32',
        kind: 'CarechainPrimitivesRegistryDeviceKind',
      },
      DeviceMoved: {
        device: 'AccountId32',
        patient: 'AccountId32',
        hospital: 'AccountId32',
      },
      KeyRotated: {
        who: 'AccountId32',
        purpose: 'CarechainPrimitivesRegistryKeyPurpose',
      },
      ParticipantSuspended: {
        who: 'AccountId32',
        by: 'Option<AccountId32>',
      },
      ParticipantReactivated: {
        who: 'AccountId32',
      },
      ParticipantRevoked: {
        who: 'AccountId32',
      },
      GuardianAdded: {
        patient: 'AccountId32',
        guardian: 'AccountId32',
      },
      GuardianRemoved: {
        patient: 'AccountId32',
        guardian: 'AccountId32'
      }
    }
  },
  /**
   * Lookup149: pallet_consent::pallet::Event<T>
   **/
  PalletConsentEvent: {
    _enum: {
      ConsentGranted: {
        patient: 'AccountId32',
        grantId: 'u64',
        grantee: 'AccountId32',
        scope: 'CarechainPrimitivesConsentScope',
        permission: 'CarechainPrimitivesConsentPermission',
        purpose: 'CarechainPrimitivesConsentPurpose',
        startsAt: 'Option<u32>',
        expiresAt: 'u32',
        by: 'AccountId32',
      },
      ConsentRevoked: {
        patient: 'AccountId32',
        grantId: 'u64',
        grantee: 'AccountId32',
        by: 'AccountId32',
      },
      ConsentAmended: {
        patient: 'AccountId32',
        grantId: 'u64',
        grantee: 'AccountId32',
        scope: 'CarechainPrimitivesConsentScope',
        permission: 'CarechainPrimitivesConsentPermission',
        expiresAt: 'u32',
        by: 'AccountId32',
      },
      ConsentExpired: {
        patient: 'AccountId32',
        grantId: 'u64',
        grantee: 'AccountId32',
      },
      AccessRequested: {
        patient: 'AccountId32',
        requester: 'AccountId32',
        scope: 'CarechainPrimitivesConsentScope',
        permission: 'CarechainPrimitivesConsentPermission',
        purpose: 'CarechainPrimitivesConsentPurpose',
        duration: 'u32',
      },
      AccessRequestApproved: {
        patient: 'AccountId32',
        requester: 'AccountId32',
        grantId: 'u64',
      },
      AccessRequestRejected: {
        patient: 'AccountId32',
        requester: 'AccountId32',
      },
      AccessRequestWithdrawn: {
        patient: 'AccountId32',
        requester: 'AccountId32',
      },
      EmergencyAccessOpened: {
        id: 'u64',
        patient: 'AccountId32',
        physician: 'AccountId32',
        hospital: 'AccountId32',
        justification: 'H256',
        expiresAt: 'u32',
        guardians: 'Vec<AccountId32>',
      },
      EmergencyReviewConcluded: {
        id: 'u64',
        patient: 'AccountId32',
        physician: 'AccountId32',
        outcome: 'CarechainPrimitivesConsentReviewOutcome',
        by: 'Option<AccountId32>',
      },
      AccessAudited: {
        patient: 'AccountId32',
        accessor: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        action: 'CarechainPrimitivesConsentAction',
        purpose: 'CarechainPrimitivesConsentPurpose',
        decision: 'CarechainPrimitivesConsentAccessDecision'
      }
    }
  },
  /**
   * Lookup150: carechain_primitives::consent::Action
   **/
  CarechainPrimitivesConsentAction: {
    _enum: ['Read', 'Append']
  },
  /**
   * Lookup151: carechain_primitives::consent::AccessDecision
   **/
  CarechainPrimitivesConsentAccessDecision: {
    _enum: {
      Granted: 'CarechainPrimitivesConsentAccessBasis',
      Denied: 'CarechainPrimitivesConsentDenialReason'
    }
  },
  /**
   * Lookup152: carechain_primitives::consent::AccessBasis
   **/
  CarechainPrimitivesConsentAccessBasis: {
    _enum: {
      OwnData: 'Null',
      Guardian: 'Null',
      MonitoringDevice: 'Null',
      Grant: 'u64',
      Emergency: 'u64'
    }
  },
  /**
   * Lookup153: carechain_primitives::consent::DenialReason
   **/
  CarechainPrimitivesConsentDenialReason: {
    _enum: ['NotAPatient', 'AccessorNotActive', 'NoConsent', 'ConsentExpired', 'ConsentNotStarted']
  },
  /**
   * Lookup154: pallet_records::pallet::Event<T>
   **/
  PalletRecordsEvent: {
    _enum: {
      RecordAnchored: {
        recordId: 'u64',
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        contentHash: 'H256',
        author: 'AccountId32',
        basis: 'CarechainPrimitivesConsentAccessBasis',
        keyEpoch: 'u32',
      },
      CategoryKeyRotated: {
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        epoch: 'u32',
        readers: 'Vec<AccountId32>',
      },
      CategoryKeyShared: {
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        epoch: 'u32',
        reader: 'AccountId32',
      },
      RecordReadGranted: {
        recordId: 'u64',
        reader: 'AccountId32',
        basis: 'CarechainPrimitivesConsentAccessBasis',
        keyEpoch: 'u32',
        wrappedKey: 'Option<Bytes>',
      },
      RecordReadDenied: {
        recordId: 'u64',
        reader: 'AccountId32',
        reason: 'CarechainPrimitivesConsentDenialReason',
      },
      RecordSuperseded: {
        recordId: 'u64',
        correction: 'u64',
      },
      RecordMarkedEnteredInError: {
        recordId: 'u64',
        by: 'AccountId32',
      },
      CorrectionRefused: {
        recordId: 'u64',
        by: 'AccountId32',
        reason: 'CarechainPrimitivesConsentDenialReason',
      },
      CustodiansSet: {
        patient: 'AccountId32',
        epoch: 'u32',
        custodians: 'Vec<AccountId32>',
        threshold: 'u32',
      },
      SharesRequested: {
        recordId: 'u64',
        reader: 'AccountId32',
        custodyEpoch: 'u32',
        until: 'u32',
      },
      ShareReleased: {
        recordId: 'u64',
        reader: 'AccountId32',
        custodian: 'AccountId32',
        index: 'u32',
        wrappedShare: 'Bytes',
      },
      ReleaseRefused: {
        recordId: 'u64',
        reader: 'AccountId32',
        reason: 'CarechainPrimitivesConsentDenialReason',
      },
      AnchorRefused: {
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        contentHash: 'H256',
        author: 'AccountId32',
        reason: 'CarechainPrimitivesConsentDenialReason',
      },
      BatchAnchored: {
        recordId: 'u64',
        patient: 'AccountId32',
        category: 'CarechainPrimitivesConsentDataCategory',
        root: 'H256',
        readings: 'u32',
        author: 'AccountId32',
        basis: 'CarechainPrimitivesConsentAccessBasis',
        keyEpoch: 'u32'
      }
    }
  },
  /**
   * Lookup156: pallet_intrusion_detection::pallet::Event<T>
   **/
  PalletIntrusionDetectionEvent: {
    _enum: {
      BaselineLearned: {
        device: 'AccountId32',
        baseline: 'u64',
        threshold: 'u64',
      },
      IntrusionDetected: {
        device: 'AccountId32',
        average: 'u64',
        threshold: 'u64',
        reportedBy: 'Option<AccountId32>',
      },
      DeviceReinstated: {
        device: 'AccountId32',
        by: 'Option<AccountId32>',
      },
      MonitorAdded: {
        monitor: 'AccountId32',
      },
      MonitorRemoved: {
        monitor: 'AccountId32',
      },
      NodeReported: {
        node: 'Bytes',
        owner: 'AccountId32',
        reporter: 'AccountId32',
        reports: 'u32',
      },
      NodeReportsCleared: {
        node: 'Bytes'
      }
    }
  },
  /**
   * Lookup157: pallet_envelopes::pallet::Event<T>
   **/
  PalletEnvelopesEvent: {
    _enum: {
      EnvelopeStored: {
        who: 'AccountId32',
        recordId: 'u64',
        contentHash: 'H256',
        length: 'u32'
      }
    }
  },
  /**
   * Lookup158: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup159: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup160: pallet_consortium::pallet::Event<T>
   **/
  PalletConsortiumEvent: {
    _enum: {
      ValidatorAdded: {
        validator: 'AccountId32',
      },
      ValidatorRemoved: {
        validator: 'AccountId32',
      },
      NewValidatorSetPlanned: {
        sessionIndex: 'u32',
        validators: 'u32',
      },
      UpgradeAuthorizedByConsortium: {
        codeHash: 'H256'
      }
    }
  },
  /**
   * Lookup161: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup162: pallet_node_authorization::pallet::Event<T>
   **/
  PalletNodeAuthorizationEvent: {
    _enum: {
      NodeAdded: {
        peerId: 'OpaquePeerId',
        who: 'AccountId32',
      },
      NodeRemoved: {
        peerId: 'OpaquePeerId',
      },
      NodeSwapped: {
        removed: 'OpaquePeerId',
        added: 'OpaquePeerId',
      },
      NodesReset: {
        nodes: 'Vec<(OpaquePeerId,AccountId32)>',
      },
      NodeClaimed: {
        peerId: 'OpaquePeerId',
        who: 'AccountId32',
      },
      ClaimRemoved: {
        peerId: 'OpaquePeerId',
        who: 'AccountId32',
      },
      NodeTransferred: {
        peerId: 'OpaquePeerId',
        target: 'AccountId32',
      },
      ConnectionsAdded: {
        peerId: 'OpaquePeerId',
        allowedConnections: 'Vec<OpaquePeerId>',
      },
      ConnectionsRemoved: {
        peerId: 'OpaquePeerId',
        allowedConnections: 'Vec<OpaquePeerId>'
      }
    }
  },
  /**
   * Lookup163: pallet_session::historical::pallet::Event<T>
   **/
  PalletSessionHistoricalPalletEvent: {
    _enum: {
      RootStored: {
        index: 'u32',
      },
      RootsPruned: {
        upTo: 'u32'
      }
    }
  },
  /**
   * Lookup164: pallet_offences::pallet::Event
   **/
  PalletOffencesEvent: {
    _enum: {
      Offence: {
        kind: '[u8;16]',
        slot: 'Bytes'
      }
    }
  },
  /**
   * Lookup166: pallet_aura_equivocation::pallet::Event<T>
   **/
  PalletAuraEquivocationEvent: {
    _enum: {
      EquivocationReported: {
        offender: 'SpConsensusAuraSr25519AppSr25519Public',
        slot: 'u64',
        sessionIndex: 'u32'
      }
    }
  },
  /**
   * Lookup167: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup170: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup173: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup174: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup175: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup176: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup178: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup179: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup180: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup181: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup186: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup187: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup188: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, carechain_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup194: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup195: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup197: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup199: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup200: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup203: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup206: frame_support::traits::tokens::misc::IdAmount<carechain_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'CarechainRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup209: frame_support::traits::tokens::misc::IdAmount<carechain_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'CarechainRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup210: carechain_runtime::RuntimeFreezeReason
   **/
  CarechainRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup212: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup214: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup215: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup216: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup217: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup218: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup219: pallet_registry::types::Participant<sp_core::crypto::AccountId32, BlockNumber, MaxKeyLength>
   **/
  PalletRegistryParticipant: {
    role: 'CarechainPrimitivesRegistryRole',
    status: 'CarechainPrimitivesRegistryStatus',
    registeredAt: 'u32',
    encryptionKey: 'Bytes',
    identifierHash: 'Option<H256>',
    suspendedBy: 'Option<AccountId32>'
  },
  /**
   * Lookup220: carechain_primitives::registry::Role
   **/
  CarechainPrimitivesRegistryRole: {
    _enum: ['Hospital', 'Physician', 'Patient', 'Device']
  },
  /**
   * Lookup221: carechain_primitives::registry::Status
   **/
  CarechainPrimitivesRegistryStatus: {
    _enum: ['Active', 'Suspended', 'Revoked']
  },
  /**
   * Lookup222: pallet_registry::types::Device<sp_core::crypto::AccountId32, MaxKeyLength>
   **/
  PalletRegistryDevice: {
    patient: 'AccountId32',
    hospital: 'AccountId32',
    kind: 'CarechainPrimitivesRegistryDeviceKind',
    signingKey: 'Bytes'
  },
  /**
   * Lookup228: pallet_registry::types::RetiredKey<BlockNumber, MaxKeyLength>
   **/
  PalletRegistryRetiredKey: {
    key: 'Bytes',
    retiredAt: 'u32'
  },
  /**
   * Lookup231: pallet_registry::pallet::Error<T>
   **/
  PalletRegistryError: {
    _enum: ['AlreadyRegistered', 'NotRegistered', 'NotHospital', 'NotPhysician', 'NotPatient', 'NotDevice', 'NotActive', 'AlreadySuspended', 'NotSuspended', 'AlreadyRevoked', 'NotPermitted', 'MalformedKey', 'NotRsaKey', 'KeyTooShort', 'KeyTooLarge', 'KeyUnchanged', 'SigningKeyByHospital', 'IdentifierInUse', 'TooManyPhysicians', 'TooManyHospitals', 'TooManyDevices', 'TooManyGuardians', 'TooManyWards', 'AlreadyAffiliated', 'NotAffiliated', 'AlreadyOffered', 'NoAffiliationOffer', 'AlreadyGuardian', 'NotGuardian', 'CannotGuardSelf', 'InvalidGuardian', 'DeviceUnchanged', 'SigningKeyExponent']
  },
  /**
   * Lookup233: pallet_consent::types::StoredGrant<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentStoredGrant: {
    grant: 'CarechainPrimitivesConsentGrant',
    cleanupAt: 'u32'
  },
  /**
   * Lookup234: carechain_primitives::consent::Grant<sp_core::crypto::AccountId32, BlockNumber>
   **/
  CarechainPrimitivesConsentGrant: {
    id: 'u64',
    grantee: 'AccountId32',
    scope: 'CarechainPrimitivesConsentScope',
    permission: 'CarechainPrimitivesConsentPermission',
    purpose: 'CarechainPrimitivesConsentPurpose',
    startsAt: 'Option<u32>',
    expiresAt: 'u32',
    grantedAt: 'u32'
  },
  /**
   * Lookup239: carechain_primitives::consent::AccessRequest<BlockNumber>
   **/
  CarechainPrimitivesConsentAccessRequest: {
    scope: 'CarechainPrimitivesConsentScope',
    permission: 'CarechainPrimitivesConsentPermission',
    purpose: 'CarechainPrimitivesConsentPurpose',
    duration: 'u32',
    requestedAt: 'u32'
  },
  /**
   * Lookup240: carechain_primitives::consent::EmergencyAccess<sp_core::crypto::AccountId32, BlockNumber>
   **/
  CarechainPrimitivesConsentEmergencyAccess: {
    patient: 'AccountId32',
    physician: 'AccountId32',
    hospital: 'AccountId32',
    justification: 'H256',
    openedAt: 'u32',
    expiresAt: 'u32'
  },
  /**
   * Lookup241: pallet_consent::types::EmergencyReview<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentEmergencyReview: {
    outcome: 'CarechainPrimitivesConsentReviewOutcome',
    by: 'Option<AccountId32>',
    at: 'u32'
  },
  /**
   * Lookup242: carechain_primitives::consent::AuditEntry<sp_core::crypto::AccountId32, BlockNumber>
   **/
  CarechainPrimitivesConsentAuditEntry: {
    index: 'u64',
    accessor: 'AccountId32',
    category: 'CarechainPrimitivesConsentDataCategory',
    action: 'CarechainPrimitivesConsentAction',
    purpose: 'CarechainPrimitivesConsentPurpose',
    decision: 'CarechainPrimitivesConsentAccessDecision',
    block: 'u32'
  },
  /**
   * Lookup243: pallet_consent::types::AuditCounts
   **/
  PalletConsentAuditCounts: {
    total: 'u64',
    disclosures: 'u64',
    refusals: 'u64'
  },
  /**
   * Lookup244: pallet_consent::pallet::Error<T>
   **/
  PalletConsentError: {
    _enum: ['NotPatient', 'PatientNotActive', 'NotPatientOrGuardian', 'GranteeNotRegistered', 'GranteeNotActive', 'CannotGrantToSelf', 'EmptyScope', 'DuplicateCategory', 'ExpiryInPast', 'ExpiryBeforeStart', 'GrantTooLong', 'TooManyGrants', 'ExpiryQueueFull', 'NoSuchGrant', 'NothingToAmend', 'NotNarrower', 'ExpiryNotShorter', 'NotPhysician', 'CallerNotActive', 'InvalidDuration', 'RequestPending', 'NoSuchRequest', 'NotActiveInHospital', 'EmergencyAccessOpen', 'NoSuchEmergencyAccess', 'AlreadyReviewed', 'TooManyUnreviewedEmergencies', 'NotReviewer', 'EmergencyAccessStillOpen']
  },
  /**
   * Lookup245: carechain_primitives::records::RecordInfo<sp_core::crypto::AccountId32, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  CarechainPrimitivesRecordsRecordInfo: {
    _alias: {
      size_: 'size'
    },
    patient: 'AccountId32',
    category: 'CarechainPrimitivesConsentDataCategory',
    contentHash: 'H256',
    locator: 'Bytes',
    size_: 'u64',
    envelopeVersion: 'u8',
    keyEpoch: 'u32',
    author: 'AccountId32',
    basis: 'CarechainPrimitivesConsentAccessBasis',
    anchoredAt: 'u32',
    timestamp: 'u64',
    status: 'CarechainPrimitivesRecordsRecordStatus',
    supersedes: 'Option<u64>'
  },
  /**
   * Lookup246: carechain_primitives::records::RecordStatus
   **/
  CarechainPrimitivesRecordsRecordStatus: {
    _enum: {
      Current: 'Null',
      Superseded: 'u64',
      EnteredInError: 'Null'
    }
  },
  /**
   * Lookup252: pallet_records::types::CustodianSet<sp_core::crypto::AccountId32, MaxCustodians>
   **/
  PalletRecordsCustodianSet: {
    custodians: 'Vec<AccountId32>',
    threshold: 'u32'
  },
  /**
   * Lookup254: pallet_records::types::OpenRead<BlockNumber>
   **/
  PalletRecordsOpenRead: {
    recordId: 'u64',
    purpose: 'CarechainPrimitivesConsentPurpose',
    until: 'u32',
    released: 'u32'
  },
  /**
   * Lookup256: pallet_records::pallet::Error<T>
   **/
  PalletRecordsError: {
    _enum: ['UnsupportedEnvelopeVersion', 'EmptyLocator', 'EmptyRecord', 'AlreadyAnchored', 'StaleKeyEpoch', 'NotPatient', 'AuthorNotActive', 'DeviceNotMonitoringPatient', 'NoWriteConsent', 'SignatureMissing', 'UnexpectedSignature', 'BadSignature', 'NotPatientOrGuardian', 'NoReaders', 'DuplicateReader', 'ReaderNotRegistered', 'EmptyWrappedKey', 'UnknownEpoch', 'AlreadyShared', 'NoSuchRecord', 'NotCurrent', 'InvalidCorrection', 'NotCorrectionAuthor', 'NotPermitted', 'NotOwnReading', 'ReadingFromTheFuture', 'CustodyRequired', 'NoCustodians', 'BadThreshold', 'DuplicateCustodian', 'CustodianNotHospital', 'NotCustodian', 'CustodianNotActive', 'NoOpenRead', 'AlreadyReleased', 'NotInCustody', 'EmptyBatch', 'BatchTooLarge']
  },
  /**
   * Lookup257: carechain_primitives::intrusion::DeviceState
   **/
  CarechainPrimitivesIntrusionDeviceState: {
    detector: 'CarechainPrimitivesIntrusionDetector',
    lastSeen: 'Option<u64>'
  },
  /**
   * Lookup258: carechain_primitives::intrusion::Detector
   **/
  CarechainPrimitivesIntrusionDetector: {
    status: 'CarechainPrimitivesIntrusionDetectorStatus',
    firstBaseline: 'u64',
    baseline: 'u64',
    threshold: 'u64',
    sum: 'u64',
    count: 'u32',
    lastAverage: 'u64',
    longest: 'u32',
    nextLongest: 'u32'
  },
  /**
   * Lookup259: carechain_primitives::intrusion::DetectorStatus
   **/
  CarechainPrimitivesIntrusionDetectorStatus: {
    _enum: ['Learning', 'Normal', 'Quarantined']
  },
  /**
   * Lookup261: pallet_intrusion_detection::pallet::Error<T>
   **/
  PalletIntrusionDetectionError: {
    _enum: ['NotMonitor', 'NoObservations', 'NotADevice', 'DeviceOfAnotherHospital', 'NotQuarantined', 'NotPermitted', 'AlreadyMonitor', 'UnknownMonitor', 'UnknownNode', 'OwnNode', 'AlreadyReported', 'TooManyNodeReports', 'NoNodeReports']
  },
  /**
   * Lookup262: pallet_envelopes::pallet::Error<T>
   **/
  PalletEnvelopesError: {
    _enum: ['NotActive', 'NoSuchRecord', 'NotTheAuthor', 'NotTheRecordsEnvelope', 'EmptyEnvelope', 'EnvelopeNotLast']
  },
  /**
   * Lookup263: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup265: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup266: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup267: pallet_consortium::pallet::Error<T>
   **/
  PalletConsortiumError: {
    _enum: ['AlreadyValidator', 'TooManyValidators', 'NoSessionKeys', 'NotValidator', 'TooFewValidators']
  },
  /**
   * Lookup275: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup276: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup278: pallet_node_authorization::pallet::Error<T>
   **/
  PalletNodeAuthorizationError: {
    _enum: ['PeerIdTooLong', 'TooManyNodes', 'AlreadyJoined', 'NotExist', 'AlreadyClaimed', 'NotClaimed', 'NotOwner', 'PermissionDenied']
  },
  /**
   * Lookup280: sp_staking::offence::OffenceDetails<sp_core::crypto::AccountId32, Offender>
   **/
  SpStakingOffenceOffenceDetails: {
    offender: '(AccountId32,Null)',
    reporters: 'Vec<AccountId32>'
  },
  /**
   * Lookup282: pallet_aura_equivocation::pallet::Error<T>
   **/
  PalletAuraEquivocationError: {
    _enum: ['HeaderTooLong', 'KeyOwnershipProofTooLong', 'SameHeader', 'WrongSlot', 'BadSeal', 'SlotNotRecent', 'SessionNotRecent', 'InvalidKeyOwnershipProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup283: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, carechain_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup286: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup291: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup292: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup293: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup294: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup298: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup299: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup301: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup303: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup310: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup311: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup313: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup315: carechain_primitives::registry::Profile<sp_core::crypto::AccountId32, BlockNumber>
   **/
  CarechainPrimitivesRegistryProfile: {
    role: 'CarechainPrimitivesRegistryRole',
    status: 'CarechainPrimitivesRegistryStatus',
    registeredAt: 'u32',
    encryptionKey: 'Bytes',
    identifierHash: 'Option<H256>',
    hospitals: 'Vec<AccountId32>',
    physicians: 'Vec<AccountId32>',
    devices: 'Vec<AccountId32>',
    guardians: 'Vec<AccountId32>',
    wards: 'Vec<AccountId32>',
    device: 'Option<CarechainPrimitivesRegistryDeviceInfo>',
    retiredKeys: 'Vec<CarechainPrimitivesRegistryRetiredKeyInfo>'
  },
  /**
   * Lookup317: carechain_primitives::registry::DeviceInfo<sp_core::crypto::AccountId32>
   **/
  CarechainPrimitivesRegistryDeviceInfo: {
    patient: 'AccountId32',
    hospital: 'AccountId32',
    kind: 'CarechainPrimitivesRegistryDeviceKind',
    signingKey: 'Bytes'
  },
  /**
   * Lookup319: carechain_primitives::registry::RetiredKeyInfo<BlockNumber>
   **/
  CarechainPrimitivesRegistryRetiredKeyInfo: {
    purpose: 'CarechainPrimitivesRegistryKeyPurpose',
    key: 'Bytes',
    retiredAt: 'u32'
  },
  /**
   * Lookup330: carechain_primitives::batch::BatchProof
   **/
  CarechainPrimitivesBatchBatchProof: {
    index: 'u32',
    siblings: 'Vec<H256>'
  },
  /**
   * Lookup335: carechain_runtime::RuntimeError
   **/
  CarechainRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      Utility: 'PalletUtilityError',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Registry: 'PalletRegistryError',
      Consent: 'PalletConsentError',
      Records: 'PalletRecordsError',
      IntrusionDetection: 'PalletIntrusionDetectionError',
      Envelopes: 'PalletEnvelopesError',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      HospitalMembership: 'PalletMembershipError',
      HospitalCouncil: 'PalletCollectiveError',
      Consortium: 'PalletConsortiumError',
      Session: 'PalletSessionError',
      NodeAuthorization: 'PalletNodeAuthorizationError',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      AuraEquivocation: 'PalletAuraEquivocationError'
    }
  }
};
