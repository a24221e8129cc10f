// The physician's side: ask for access, read a patient's records under a purpose (each read
// audited on chain, in one atomic batch), open them in the client with the released category
// key or the custodians' released shares, and open emergency access with its justification.

import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';

import { decodeCustodyManifest, decodeManifest, locatorHash } from '../crypto/batch.js';
import { batchKeyOf, openBatchReading, openWithShares, unwrapShare } from '../crypto/custody.js';
import { type Envelope, envelopeForHash, envelopeHash, openEnvelope } from '../crypto/envelope.js';
import { categoryKeyId, contentHash, type DataCategory } from '../crypto/hashes.js';
import type { RsaPrivateKey } from '../crypto/keys.js';
import type { Share } from '../crypto/shamir.js';
import type { EnvelopeSource } from '../chain/store.js';
import { addressOf, findEvent, findEvents, type Signer, submit, type Until } from '../chain/submit.js';
import { type Account, accountBytes, batchReadingsOf, custodyEnvelopeOf, custodySetOf, type RecordInfo, recordsOf } from './common.js';
import type { Permission, Purpose } from './patient.js';

/** What reading one record came to. */
export type RecordRead =
  /** Read, checked against its anchored hash and decrypted. */
  | { outcome: 'Opened', record: RecordInfo, plaintext: Uint8Array }
  /** A batch read: each reading checked against its content hash, the manifest against the anchored root, and decrypted (in custody, with the batch key the custodians' shares opened). */
  | { outcome: 'OpenedBatch', record: RecordInfo, readings: Uint8Array[] }
  /** The chain granted (and audited) the read, but the record could not be opened: why. */
  | { outcome: 'Unopened', record: RecordInfo, reason: string }
  /** The chain refused (and audited) the read: its reason (`NoConsent`, `Expired`, …). */
  | { outcome: 'Denied', record: RecordInfo, reason: string };

/** Asks `patient` for access; the patient approves or rejects it. */
export async function requestAccess (
  api: ApiPromise, physician: Signer, patient: Account, categories: DataCategory[], permission: Permission, purpose: Purpose, durationBlocks: number, until?: Until
): Promise<void> {
  await submit(api, api.tx.consent.requestAccess(accountBytes(patient), { Only: categories }, permission, purpose, durationBlocks), physician, { until });
}

/** How many reads one batch asks for (a reader has at most 64 custody reads open). */
const READS_PER_BATCH = 32;

/**
 * Reads every record of `patient` in `category` for `purpose`: asks the chain (one audited,
 * atomic batch per 32 records), unwraps each released category key or collects the shares the
 * custodians release (at least the threshold, within the release window), fetches each envelope
 * from `store`, checks it against its anchored hash and decrypts it here.
 */
export async function readRecords (
  api: ApiPromise, reader: Signer, readerKey: RsaPrivateKey, patient: Account, category: DataCategory, purpose: Purpose,
  store: EnvelopeSource, { onProgress }: { onProgress?: (message: string) => void } = {}
): Promise<RecordRead[]> {
  const records = await recordsOf(api, patient, category);
  const outcomes: RecordRead[] = [];
  for (let i = 0; i < records.length; i += READS_PER_BATCH) {
    const chunk = records.slice(i, i + READS_PER_BATCH);
    onProgress?.(`asking the chain to read ${chunk.length} record(s)`);
    outcomes.push(...await readBatch(api, reader, readerKey, patient, category, purpose, store, chunk, onProgress));
  }
  return outcomes;
}

interface Awaited {
  recordId: bigint;
  threshold: number;
  /** How many custodians could release: collection goes on past the threshold while the shares do not open the record (a custodian may release a wrong one). */
  custodians: number;
  until: number;
  shares: Share[];
  refused: boolean;
  /** The record, once opened (for a batch, its batch key). */
  opened?: Uint8Array;
  /** For a batch, its number of readings: the shares open its key envelope. */
  batch?: number;
  /** Why the last attempt to open it failed, if it did. */
  failure?: string;
}

async function readBatch (
  api: ApiPromise, reader: Signer, readerKey: RsaPrivateKey, patient: Account, category: DataCategory, purpose: Purpose,
  store: EnvelopeSource, records: RecordInfo[], onProgress?: (message: string) => void
): Promise<RecordRead[]> {
  const me = addressOf(reader);
  const from = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const reads = records.map((record) => api.tx.records.read(record.id, purpose));
  const { events } = await submit(api, api.tx.utility.batchAll(reads), reader);
  const awaited: Awaited[] = [];
  for (const requested of findEvents(events, 'records', 'SharesRequested')) {
    const data = requested.data as any;
    const set = await custodySetOf(api, patient, Number(data.custodyEpoch.toString()));
    awaited.push({
      recordId: BigInt(data.recordId.toString()), threshold: set?.threshold ?? 2, custodians: set?.custodians.length ?? 2,
      until: Number(data.until.toString()), shares: [], refused: false, batch: await batchReadingsOf(api, BigInt(data.recordId.toString()))
    });
  }
  if (awaited.length > 0) {
    onProgress?.(`waiting for the custodians to release shares of ${awaited.length} record(s)`);
    const envelopes = new Map<bigint, Envelope>();
    // Opens a record as soon as its shares do; a wrong share among them keeps collection going.
    const tryOpen = async (waiting: Awaited): Promise<void> => {
      const record = records.find((r) => r.id === waiting.recordId)!;
      try {
        if (!envelopes.has(record.id)) envelopes.set(record.id, await custodyEnvelopeOf(store, record, waiting.batch));
        waiting.opened = await openWithShares(envelopes.get(record.id)!, waiting.shares, waiting.threshold);
      } catch (e) {
        // Not yet: a wrong share among too few good ones (or its envelope not in the store yet).
        waiting.failure = (e as Error).message;
      }
    };
    await collectShares(api, me, readerKey, awaited, from, tryOpen);
  }
  const outcomes: RecordRead[] = [];
  for (const record of records) {
    const waiting = awaited.find((a) => a.recordId === record.id);
    if (waiting) {
      if (waiting.opened && waiting.batch !== undefined) {
        try {
          outcomes.push({ outcome: 'OpenedBatch', record, readings: await openCustodyBatch(store, record, waiting.batch, waiting.opened) });
        } catch (e) {
          outcomes.push({ outcome: 'Unopened', record, reason: (e as Error).message });
        }
      } else if (waiting.opened) {
        outcomes.push({ outcome: 'Opened', record, plaintext: waiting.opened });
      } else {
        const reason = waiting.refused
          ? 'the custodians refused the release'
          : `${waiting.shares.length} share(s) released (${waiting.threshold} needed) did not open it before its window closed${waiting.failure ? ` (last: ${waiting.failure})` : ''}`;
        outcomes.push({ outcome: 'Unopened', record, reason });
      }
      continue;
    }
    const granted = findEvents(events, 'records', 'RecordReadGranted').find((e) => BigInt((e.data as any).recordId.toString()) === record.id);
    if (granted) {
      const wrapped = (granted.data as any).wrappedKey;
      if (wrapped.isNone) {
        outcomes.push({ outcome: 'Unopened', record, reason: `the patient has not shared category key epoch ${record.keyEpoch} with this reader` });
        continue;
      }
      try {
        const key = await readerKey.decrypt(wrapped.unwrap().toU8a(true));
        const opener = { keyId: categoryKeyId(accountBytes(patient), category, record.keyEpoch), key };
        const open = async (hash: Uint8Array): Promise<Uint8Array> => openEnvelope(envelopeForHash(await store.fetch(hash), hash), opener);
        const batch = await api.call.recordsApi.batchReadings(record.id) as any;
        if (batch.isSome) {
          // A batch is this record's problem, not the read's: its manifest names its readings.
          const hashes = decodeManifest(await store.fetch(locatorHash(record.locator)), record.contentHash, Number(batch.unwrap().toString()));
          const readings: Uint8Array[] = [];
          for (const hash of hashes) readings.push(await open(hash));
          outcomes.push({ outcome: 'OpenedBatch', record, readings });
          continue;
        }
        outcomes.push({ outcome: 'Opened', record, plaintext: await open(record.contentHash) });
      } catch (e) {
        outcomes.push({ outcome: 'Unopened', record, reason: (e as Error).message });
      }
      continue;
    }
    const denied = findEvents(events, 'records', 'RecordReadDenied').find((e) => BigInt((e.data as any).recordId.toString()) === record.id);
    outcomes.push({ outcome: 'Denied', record, reason: denied ? (denied.data as any).reason.type : 'no read outcome' });
  }
  return outcomes;
}

/**
 * The readings of custody batch `record` (`count` of them), opened with the batch key its
 * custodians' shares opened: each checked against its content hash in the manifest (the manifest
 * against the anchored root) and decrypted.
 */
async function openCustodyBatch (store: EnvelopeSource, record: RecordInfo, count: number, opened: Uint8Array): Promise<Uint8Array[]> {
  try {
    const manifest = decodeCustodyManifest(await store.fetch(locatorHash(record.locator)), record.contentHash, count);
    const key = batchKeyOf(opened);
    const keyId = envelopeHash(manifest.key);
    const readings: Uint8Array[] = [];
    for (const hash of manifest.readings) readings.push(await openBatchReading(envelopeForHash(await store.fetch(hash), hash), key, keyId));
    return readings;
  } finally {
    // The batch key is not kept beyond the read.
    opened.fill(0);
  }
}

/**
 * Collects the shares released to `reader` from block `from` on, until each record opens, is
 * refused, has every custodian's share, or its window closes.
 */
async function collectShares (
  api: ApiPromise, reader: string, readerKey: RsaPrivateKey, awaited: Awaited[], from: number, tryOpen: (a: Awaited) => Promise<void>
): Promise<void> {
  const done = (a: Awaited): boolean => a.refused || a.opened !== undefined || a.shares.length >= a.custodians;
  const readerBytes = accountBytes(reader);
  const last = Math.max(...awaited.map((a) => a.until));
  let next = from;
  while (next <= last && !awaited.every(done)) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    if (next > best) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    const at = await api.at(await api.rpc.chain.getBlockHash(next));
    const events = await at.query.system.events() as any;
    for (const { event } of events) {
      if (event.section !== 'records') continue;
      const data = event.data as any;
      if (!data.reader || !equalBytes(data.reader.toU8a(), readerBytes)) continue;
      const waiting = awaited.find((a) => a.recordId === BigInt(data.recordId.toString()));
      if (!waiting) continue;
      if (event.method === 'ReleaseRefused') waiting.refused = true;
      if (event.method !== 'ShareReleased') continue;
      const x = Number(data.index.toString()) + 1;
      try {
        const share = await unwrapShare(readerKey, data.wrappedShare.toU8a(true), waiting.recordId, readerBytes, x);
        if (!waiting.shares.some((s) => s.x === share.x)) waiting.shares.push(share);
      } catch {
        // A share that does not unwrap for this record, reader and place is passed over.
        continue;
      }
      if (waiting.opened === undefined && waiting.shares.length >= waiting.threshold) await tryOpen(waiting);
    }
    next += 1;
  }
}

const equalBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Emergency access opened: its id and the block it lapses at. */
export interface EmergencyOpened {
  id: bigint;
  expiresAt: number;
  guardians: string[];
}

/**
 * Opens emergency access to `patient`'s records at `hospital`, with a written `justification`
 * (only its hash goes on chain; keep the text in the hospital's records for the review).
 */
export async function openEmergencyAccess (api: ApiPromise, physician: Signer, patient: Account, hospital: Account, justification: string, until?: Until): Promise<EmergencyOpened> {
  const hash = contentHash(new TextEncoder().encode(justification));
  const { events } = await submit(api, api.tx.consent.openEmergencyAccess(accountBytes(patient), accountBytes(hospital), u8aToHex(hash)), physician, { until });
  const data = findEvent(events, 'consent', 'EmergencyAccessOpened')!.data as any;
  return { id: BigInt(data.id.toString()), expiresAt: Number(data.expiresAt.toString()), guardians: data.guardians.map(String) };
}
