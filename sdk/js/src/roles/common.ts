// What every role reads from the chain: profiles and keys from the registry, records and their
// metadata from the records pallet's runtime API, a patient's audit trail from consent's.

import type { ApiPromise } from '@polkadot/api';
import { decodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, u8aConcat, u8aToHex, u8aToString } from '@polkadot/util';

import { decodeCustodyManifest, locatorHash } from '../crypto/batch.js';
import { type Envelope, envelopeForHash } from '../crypto/envelope.js';
import type { DataCategory } from '../crypto/hashes.js';
import type { EnvelopeSource } from '../chain/store.js';

/** An account: an SS58 address or its 32 bytes. */
export type Account = string | Uint8Array;

/** The 32 bytes of an account. */
export const accountBytes = (account: Account): Uint8Array => (typeof account === 'string' ? decodeAddress(account) : account);

/** Why a role's flow could not go on (a missing registration or key): the message says what to do. */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
}

/** What the registry keeps of a participant (identifiers and keys only: no health data). */
export interface Profile {
  role: string;
  status: string;
  encryptionKey: Uint8Array;
  hospitals: string[];
  physicians: string[];
  devices: string[];
  guardians: string[];
  wards: string[];
  device?: { patient: string, hospital: string, kind: string };
}

/** `who`'s registry profile, or undefined if it is not registered. */
export async function profileOf (api: ApiPromise, who: Account): Promise<Profile | undefined> {
  const found = await api.call.registryApi.profile(accountBytes(who)) as any;
  if (found.isNone) return undefined;
  const profile = found.unwrap();
  const json = profile.toJSON() as any;
  const device = profile.device.isSome ? profile.device.unwrap() : undefined;
  return {
    role: profile.role.type,
    status: profile.status.type,
    encryptionKey: profile.encryptionKey.toU8a(true),
    hospitals: json.hospitals.map(String),
    physicians: json.physicians.map(String),
    devices: json.devices.map(String),
    guardians: json.guardians.map(String),
    wards: json.wards.map(String),
    device: device && { patient: device.patient.toString(), hospital: device.hospital.toString(), kind: device.kind.type }
  };
}

/** `who`'s registered RSA encryption key (DER SPKI). */
export async function encryptionKeyOf (api: ApiPromise, who: Account): Promise<Uint8Array> {
  const profile = await profileOf(api, who);
  if (!profile) throw new WorkflowError(`${String(who)} is not registered`);
  return profile.encryptionKey;
}

/** An anchored record's metadata: its hash, where its envelope lives, who put it there. */
export interface RecordInfo {
  id: bigint;
  patient: string;
  category: DataCategory;
  contentHash: Uint8Array;
  /** Where the envelope is: `ipfs://<cid>` for the storage network. */
  locator: string;
  size: number;
  envelopeVersion: number;
  keyEpoch: number;
  author: string;
  basis: string;
  anchoredAt: number;
  /** When the reading was taken (ms since the Unix epoch). */
  timestamp: number;
  status: string;
}

function recordInfo (id: bigint, record: any): RecordInfo {
  const json = record.toJSON();
  return {
    id,
    patient: record.patient.toString(),
    category: record.category.type,
    contentHash: record.contentHash.toU8a(),
    locator: u8aToString(hexToU8a(json.locator)),
    size: Number(json.size),
    envelopeVersion: Number(json.envelopeVersion),
    keyEpoch: Number(json.keyEpoch),
    author: record.author.toString(),
    basis: record.basis.type,
    anchoredAt: Number(json.anchoredAt),
    timestamp: Number(json.timestamp),
    status: record.status.type
  };
}

/** Record `id`'s metadata (nothing is read or audited), or undefined. */
export async function recordOf (api: ApiPromise, id: bigint | number): Promise<RecordInfo | undefined> {
  const found = await api.call.recordsApi.record(id) as any;
  return found.isSome ? recordInfo(BigInt(id), found.unwrap()) : undefined;
}

/** Every record of `patient` in `category`, oldest first (metadata only: nothing is read or audited). */
export async function recordsOf (api: ApiPromise, patient: Account, category: DataCategory): Promise<RecordInfo[]> {
  const PAGE = 100;
  const records: RecordInfo[] = [];
  for (;;) {
    const page = await api.call.recordsApi.recordsOf(accountBytes(patient), category, records.length, PAGE) as any;
    for (const [id, record] of page) records.push(recordInfo(BigInt(id.toString()), record));
    if (page.length < PAGE) return records;
  }
}

/** One entry of a patient's audit trail: who read or added what, when, why, and whether allowed. */
export interface AuditEntry {
  index: number;
  accessor: string;
  category: DataCategory;
  action: string;
  purpose: string;
  /** `Granted` or `Denied`, with the reason when denied. */
  decision: string;
  block: number;
}

/** `patient`'s audit trail as of the best block, oldest first. */
export async function auditTrail (api: ApiPromise, patient: Account): Promise<AuditEntry[]> {
  const entries = await api.call.consentApi.auditTrail(accountBytes(patient)) as any;
  return entries.map((entry: any) => {
    const decision = entry.decision;
    const detail = decision.isEmpty || decision.inner === undefined || decision.inner?.isEmpty ? '' : `(${JSON.stringify(decision.inner.toHuman())})`;
    return {
      index: Number(entry.index.toString()),
      accessor: entry.accessor.toString(),
      category: entry.category.type,
      action: entry.action.type,
      purpose: entry.purpose.type,
      decision: `${decision.type}${detail}`,
      block: Number(entry.block.toString())
    };
  });
}

/** The audit trail as CSV (what the patient exports). */
export function auditTrailCsv (entries: AuditEntry[]): string {
  const quote = (value: unknown): string => `"${String(value).replaceAll('"', '""')}"`;
  const rows = entries.map((e) => [e.index, e.block, e.accessor, e.category, e.action, e.purpose, e.decision].map(quote).join(','));
  return ['index,block,accessor,category,action,purpose,decision', ...rows].join('\n') + '\n';
}

/**
 * `reader`'s wrapped copy of `patient`'s `category` key of `epoch`, if it has one.
 *
 * Called through `state_call` and decoded here: polkadot.js 16 decodes a runtime API's
 * `Option<Vec<u8>>` result as `Some` of the whole encoded result (`api.call.recordsApi.categoryKey`
 * returns three bytes too many), so do not read it that way.
 */
export async function categoryKeyCopy (api: ApiPromise, patient: Account, category: DataCategory, epoch: number, reader: Account): Promise<Uint8Array | undefined> {
  const args = u8aConcat(
    api.createType('AccountId32', accountBytes(patient)).toU8a(), api.createType('CarechainPrimitivesConsentDataCategory', category).toU8a(),
    api.createType('u32', epoch).toU8a(), api.createType('AccountId32', accountBytes(reader)).toU8a()
  );
  const result = await api.rpc.state.call('RecordsApi_category_key', u8aToHex(args));
  const copy = api.createType('Option<Bytes>', result.toU8a(true));
  return copy.isSome ? copy.unwrap().toU8a(true) : undefined;
}

/** The current epoch of `patient`'s `category` key (0: none yet). */
export async function keyEpoch (api: ApiPromise, patient: Account, category: DataCategory): Promise<number> {
  return Number((await api.call.recordsApi.keyEpoch(accountBytes(patient), category)).toString());
}

/** The patient's custodian set, if its records are in custody. */
export interface CustodySet {
  epoch: number;
  custodians: string[];
  keys: Uint8Array[];
  threshold: number;
}

/** `patient`'s custodian set of `epoch` (or its current one), with each custodian's key. */
export async function custodySetOf (api: ApiPromise, patient: Account, epoch?: number): Promise<CustodySet | undefined> {
  const at = epoch ?? Number((await api.call.recordsApi.custodyEpoch(accountBytes(patient))).toString());
  if (at === 0) return undefined;
  const found = await api.call.recordsApi.custodians(accountBytes(patient), at) as any;
  if (found.isNone) return undefined;
  const [custodians, threshold] = found.unwrap();
  const accounts: string[] = custodians.map(String);
  const keys = await Promise.all(accounts.map((who) => encryptionKeyOf(api, who)));
  return { epoch: at, custodians: accounts, keys, threshold: Number(threshold.toString()) };
}

/** How many readings record `id` holds if it is a batch (`recordsApi.batchReadings`). */
export async function batchReadingsOf (api: ApiPromise, id: bigint | number): Promise<number | undefined> {
  const batch = await api.call.recordsApi.batchReadings(id) as any;
  return batch.isSome ? Number(batch.unwrap().toString()) : undefined;
}

/**
 * The envelope whose shares open custody record `record`: its own envelope, checked against its
 * anchored hash; for a batch of `batch` readings, the key envelope its manifest carries (the
 * manifest checked against the anchored root).
 */
export async function custodyEnvelopeOf (store: EnvelopeSource, record: RecordInfo, batch: number | undefined): Promise<Envelope> {
  if (batch !== undefined) return decodeCustodyManifest(await store.fetch(locatorHash(record.locator)), record.contentHash, batch).key;
  return envelopeForHash(await store.fetch(record.contentHash), record.contentHash);
}
