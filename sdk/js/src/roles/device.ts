// The device's side: a reading sealed for its patient and either the patient's custodians
// (custody, envelope version 2) or the category key (version 1), signed (RSA-PSS, verified on
// chain), anchored by its hash, and then published to the storage network. Nothing of the
// reading reaches the chain but its hash.

import type { ApiPromise } from '@polkadot/api';
import { u8aToHex, stringToHex } from '@polkadot/util';

import { batchDigest, batchProof, batchRoot, encodeManifest } from '../crypto/batch.js';
import { type BatchKey, sealBatchKey, sealBatchReading, sealInCustody } from '../crypto/custody.js';
import { CUSTODY_ENVELOPE_VERSION, ENVELOPE_VERSION, encodeEnvelope, sealEnvelope, signContentHash } from '../crypto/envelope.js';
import { anchorDigest, categoryKeyId, contentHash, type DataCategory } from '../crypto/hashes.js';
import type { RsaPrivateKey } from '../crypto/keys.js';
import { addressOf, findEvent, findEvents, type Signer, submit, type Until } from '../chain/submit.js';
import { locatorOf } from '../chain/store.js';
import { type Account, accountBytes, custodySetOf, encryptionKeyOf, type CustodySet, WorkflowError } from './common.js';
import { currentCategoryKey } from './patient.js';

/** A reading anchored: its record id and content hash, and whether its envelope was published. */
export interface Anchored {
  recordId: bigint;
  contentHash: Uint8Array;
  envelope: Uint8Array;
}

/** A batch anchored: its record id, root and readings' content hashes (in order). */
export interface AnchoredBatch {
  recordId: bigint;
  root: Uint8Array;
  readings: Uint8Array[];
}

/** Why the chain refused an anchor (and recorded it on the patient's audit trail). */
export class AnchorRefused extends Error {
  override readonly name = 'AnchorRefused';
  constructor (readonly reason: string) {
    super(`the chain refused the anchor: ${reason}`);
  }
}

/**
 * What a device needs to seal one patient's readings of one category: the patient's key and
 * its custodian set or the current category key (unwrapped once). Valid until the patient
 * names new custodians or rotates the key.
 */
export class Sealer {
  private constructor (
    readonly patient: string,
    readonly category: DataCategory,
    private readonly patientKey: Uint8Array,
    private readonly keying: { custody: CustodySet } | { epoch: number, key: Uint8Array }
  ) {}

  /** Fetches what `device` needs to seal `patient`'s `category` readings. */
  static async fetch (api: ApiPromise, device: Account, deviceKey: RsaPrivateKey, patient: Account, category: DataCategory): Promise<Sealer> {
    const patientAddress = typeof patient === 'string' ? patient : api.createType('AccountId32', patient).toString();
    const custody = await custodySetOf(api, patient);
    const keying = custody ? { custody } : await currentCategoryKey(api, patient, category, device, deviceKey);
    return new Sealer(patientAddress, category, await encryptionKeyOf(api, patient), keying);
  }

  /** The key epoch readings are sealed under: the custodian set's, or the category key's. */
  get epoch (): number {
    return 'custody' in this.keying ? this.keying.custody.epoch : this.keying.epoch;
  }

  /** Seals `reading`; returns the envelope's bytes, its hash, and the device's signature. */
  async seal (signingKey: RsaPrivateKey, reading: Uint8Array): Promise<{ envelope: Uint8Array, hash: Uint8Array, signature: Uint8Array }> {
    const patient = accountBytes(this.patient);
    let envelope;
    let signed: (hash: Uint8Array) => Uint8Array;
    if ('custody' in this.keying) {
      const { patientParty, binding, custodians, threshold } = this.custodyParties(this.keying.custody);
      envelope = await sealInCustody(reading, patientParty, binding, custodians, threshold);
      signed = (hash) => anchorDigest(patient, this.category, hash);
    } else {
      envelope = await sealEnvelope(reading, [
        { account: patient, publicKey: this.patientKey },
        { keyId: categoryKeyId(patient, this.category, this.keying.epoch), key: this.keying.key }
      ]);
      signed = (hash) => hash;
    }
    const bytes = encodeEnvelope(envelope);
    const hash = contentHash(bytes);
    return { envelope: bytes, hash, signature: await signContentHash(signingKey, signed(hash)) };
  }

  /** Whom a custody record is sealed for: the patient, the shares' binding, the custodians in share order, the threshold. */
  private custodyParties (custody: CustodySet) {
    const patient = accountBytes(this.patient);
    return {
      patientParty: { account: patient, publicKey: this.patientKey },
      binding: { patient, category: this.category, epoch: custody.epoch },
      custodians: custody.custodians.map((who, i) => ({ account: accountBytes(who), publicKey: custody.keys[i]! })),
      threshold: custody.threshold
    };
  }

  /**
   * Seals each of `readings` in its own envelope, anchors them as one batch (one signature over
   * the batch's root, one record), and publishes the manifest and every envelope with its proof.
   * For a patient in custody, the readings are sealed under one batch key that the manifest
   * carries sealed in custody: custodians release one set of shares per record.
   */
  async sealAndAnchorBatch (api: ApiPromise, device: Signer, signingKey: RsaPrivateKey, readings: Uint8Array[], { takenAt = Date.now(), until = 'inBlock' as Until } = {}): Promise<AnchoredBatch> {
    if (readings.length === 0) throw new WorkflowError('a batch carries at least one reading');
    // The manifest (32 bytes a reading, and a custody batch's key envelope) is published as one
    // envelope: it must fit one, checked before sealing and again once sealed.
    const longest = Number((api.consts.envelopes.maxEnvelopeLength as any).toString());
    const fits = (manifest: Uint8Array): void => {
      if (manifest.length > longest) {
        throw new WorkflowError(`a batch whose manifest is ${manifest.length} bytes: the storage network takes envelopes of at most ${longest}`);
      }
    };
    fits(encodeManifest(readings.map(() => new Uint8Array(32))));
    let batchKey: BatchKey | undefined;
    if ('custody' in this.keying) {
      const { patientParty, binding, custodians, threshold } = this.custodyParties(this.keying.custody);
      batchKey = await sealBatchKey(patientParty, binding, custodians, threshold);
    }
    const envelopes: Uint8Array[] = [];
    try {
      for (const reading of readings) {
        envelopes.push(batchKey
          ? encodeEnvelope(await sealBatchReading(reading, batchKey.key, batchKey.id))
          : (await this.seal(signingKey, reading)).envelope);
      }
    } finally {
      batchKey?.key.fill(0);
    }
    const hashes = envelopes.map((envelope) => contentHash(envelope));
    const manifest = encodeManifest(hashes, batchKey && encodeEnvelope(batchKey.envelope));
    fits(manifest);
    const root = batchRoot(hashes);
    const patient = accountBytes(this.patient);
    const signature = await signContentHash(signingKey, batchDigest(patient, this.category, root, hashes.length));
    const size = envelopes.reduce((sum, e) => sum + e.length, 0);
    const anchor = api.tx.records.anchorBatch(patient, this.category, u8aToHex(root), hashes.length, stringToHex(locatorOf(contentHash(manifest))),
      size, batchKey ? CUSTODY_ENVELOPE_VERSION : ENVELOPE_VERSION, this.epoch, 'Treatment', u8aToHex(signature), takenAt);
    const { events } = await submit(api, anchor, device, { until });
    const refused = findEvent(events, 'records', 'AnchorRefused');
    if (refused) throw new AnchorRefused((refused.data as any).reason.type);
    const anchored = findEvents(events, 'records', 'BatchAnchored').find((e) => u8aToHex((e.data as any).root.toU8a()) === u8aToHex(root));
    if (!anchored) throw new WorkflowError('no BatchAnchored event for the batch');
    const recordId = BigInt((anchored.data as any).recordId.toString());
    // The manifest, then each envelope with its proof (each its own transaction: an envelope
    // must be its transaction's tail), sent in turn and awaited together.
    const stores = [api.tx.envelopes.store(recordId, null, u8aToHex(manifest)), ...envelopes.map((envelope, index) =>
      api.tx.envelopes.store(recordId, { index, siblings: batchProof(hashes, index).siblings.map((s) => u8aToHex(s)) }, u8aToHex(envelope)))];
    let nonce = (await api.rpc.system.accountNextIndex(addressOf(device))).toNumber();
    await Promise.all(stores.map((store) => submit(api, store, device, { until, options: { nonce: nonce++ } })));
    return { recordId, root, readings: hashes };
  }

  /**
   * Seals `reading`, anchors it (signed by `signingKey`, sent by `device`) and publishes its
   * envelope to the storage network (`envelopes.store`, after the anchor: only a record's author
   * may publish its envelope). [`AnchorRefused`] if the chain refused it.
   */
  async sealAndAnchor (api: ApiPromise, device: Signer, signingKey: RsaPrivateKey, reading: Uint8Array, { takenAt = Date.now(), until = 'inBlock' as Until } = {}): Promise<Anchored> {
    const { envelope, hash, signature } = await this.seal(signingKey, reading);
    const anchor = api.tx.records.anchor(accountBytes(this.patient), this.category, u8aToHex(hash), stringToHex(locatorOf(hash)),
      envelope.length, 'custody' in this.keying ? 2 : 1, this.epoch, 'Treatment', u8aToHex(signature), takenAt);
    const { events } = await submit(api, anchor, device, { until });
    const refused = findEvent(events, 'records', 'AnchorRefused');
    if (refused) throw new AnchorRefused((refused.data as any).reason.type);
    const anchored = findEvents(events, 'records', 'RecordAnchored').find((e) => u8aToHex((e.data as any).contentHash.toU8a()) === u8aToHex(hash));
    if (!anchored) throw new WorkflowError('no RecordAnchored event for the reading');
    const recordId = BigInt((anchored.data as any).recordId.toString());
    await submit(api, api.tx.envelopes.store(recordId, null, u8aToHex(envelope)), device, { until });
    return { recordId, contentHash: hash, envelope };
  }
}
