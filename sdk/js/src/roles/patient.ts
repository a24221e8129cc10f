// The patient's flows: register, keep category keys, grant and share, amend, revoke and rotate,
// answer access requests, open its own records, and read its audit trail.

import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';

import { decodeCustodyManifest, decodeManifest, locatorHash } from '../crypto/batch.js';
import { batchKeyOf, openBatchReading } from '../crypto/custody.js';
import { CUSTODY_ENVELOPE_VERSION, envelopeForHash, envelopeHash, openEnvelope } from '../crypto/envelope.js';
import { categoryKeyId, DATA_CATEGORIES, type DataCategory } from '../crypto/hashes.js';
import { randomBytes, RsaPrivateKey, RsaPublicKey } from '../crypto/keys.js';
import { addressOf, findEvent, type Signer, submit, type Until } from '../chain/submit.js';
import type { EnvelopeSource } from '../chain/store.js';
import { type Account, accountBytes, categoryKeyCopy, custodySetOf, encryptionKeyOf, keyEpoch, profileOf, type RecordInfo, WorkflowError } from './common.js';

/** What a grant allows. */
export type Permission = 'Read' | 'Append' | 'ReadAppend';
/** Why data is used. */
export type Purpose = 'Treatment' | 'EmergencyTreatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth';

/** Registers the signer as a patient with its RSA encryption key (and a guardian, if any). */
export async function registerPatient (api: ApiPromise, patient: Signer, key: RsaPrivateKey, guardian?: Account, until?: Until): Promise<void> {
  await submit(api, api.tx.registry.registerPatient(u8aToHex(key.publicKeySpki), guardian ? accountBytes(guardian) : null), patient, { until });
}

/** The current epoch of `patient`'s `category` key and `reader`'s copy of it, unwrapped with `readerKey`. */
export async function currentCategoryKey (
  api: ApiPromise, patient: Account, category: DataCategory, reader: Account, readerKey: RsaPrivateKey
): Promise<{ epoch: number, key: Uint8Array }> {
  const epoch = await keyEpoch(api, patient, category);
  if (epoch === 0) throw new WorkflowError(`${String(patient)} has no ${category} key yet: the patient rotates one in first`);
  const wrapped = await categoryKeyCopy(api, patient, category, epoch, reader);
  if (!wrapped) throw new WorkflowError(`${String(reader)} holds no copy of ${String(patient)}'s ${category} key`);
  const key = await readerKey.decrypt(wrapped);
  if (key.length !== 32) throw new WorkflowError('the category key is not 32 bytes');
  return { epoch, key };
}

/** `key` RSA-OAEP-wrapped to each of `readers`' registered encryption keys, as `rotateCategoryKey` takes them. */
async function wrappedFor (api: ApiPromise, key: Uint8Array, readers: Account[]): Promise<[Uint8Array, string][]> {
  const wrapped: [Uint8Array, string][] = [];
  for (const reader of readers) {
    const publicKey = await RsaPublicKey.fromSpki(await encryptionKeyOf(api, reader));
    wrapped.push([accountBytes(reader), u8aToHex(await publicKey.encrypt(key))]);
  }
  return wrapped;
}

/**
 * Makes a fresh `category` key for the patient, wrapped to the patient, its devices and
 * `others`; later records are sealed under it (and closed to anyone not given a copy).
 */
export async function rotateCategoryKey (api: ApiPromise, patient: Signer, category: DataCategory, others: Account[] = [], until?: Until): Promise<number> {
  const me = addressOf(patient);
  const profile = await profileOf(api, me);
  if (!profile) throw new WorkflowError(`${me} is not registered`);
  const key = randomBytes(32);
  const wrapped = await wrappedFor(api, key, [me, ...profile.devices, ...others]);
  key.fill(0);
  const { events } = await submit(api, api.tx.records.rotateCategoryKey(accountBytes(me), category, wrapped), patient, { until });
  return Number((findEvent(events, 'records', 'CategoryKeyRotated')!.data as any).epoch.toString());
}

/**
 * Grants `grantee` `permission` on `category` for `purpose` until block `expiresAt` and, unless
 * the patient is in custody, shares the current category key with it: one atomic transaction.
 * Returns the grant id.
 */
export async function grantAndShare (
  api: ApiPromise, patient: Signer, patientKey: RsaPrivateKey, grantee: Account, category: DataCategory,
  permission: Permission, purpose: Purpose, expiresAt: number, until?: Until
): Promise<bigint> {
  const me = addressOf(patient);
  const calls = [api.tx.consent.grant(accountBytes(me), accountBytes(grantee), { Only: [category] }, permission, purpose, null, expiresAt)];
  if (!(await custodySetOf(api, me)) && (await keyEpoch(api, me, category)) > 0) {
    const { epoch, key } = await currentCategoryKey(api, me, category, me, patientKey);
    const granteeKey = await RsaPublicKey.fromSpki(await encryptionKeyOf(api, grantee));
    calls.push(api.tx.records.shareCategoryKey(accountBytes(me), category, epoch, accountBytes(grantee), u8aToHex(await granteeKey.encrypt(key))));
  }
  const { events } = await submit(api, api.tx.utility.batchAll(calls), patient, { until });
  return BigInt((findEvent(events, 'consent', 'ConsentGranted')!.data as any).grantId.toString());
}

/** Changes grant `grantId`'s scope, permission or expiry (each left as it is when undefined). */
export async function amendGrant (
  api: ApiPromise, patient: Signer, grantId: bigint | number,
  { categories, permission, expiresAt }: { categories?: DataCategory[], permission?: Permission, expiresAt?: number }, until?: Until
): Promise<void> {
  await submit(api, api.tx.consent.amend(accountBytes(addressOf(patient)), grantId, categories ? { Only: categories } : null,
    permission ?? null, expiresAt ?? null), patient, { until });
}

/**
 * Revokes grant `grantId` and rotates `categories`' keys for the patient and its devices only, in
 * one atomic transaction: later records are closed to the former grantee. `'All'` (a grant of
 * every category) rotates every category key the patient has.
 */
export async function revokeAndRotate (api: ApiPromise, patient: Signer, grantId: bigint | number, categories: DataCategory[] | 'All' = [], until?: Until): Promise<void> {
  const me = addressOf(patient);
  const profile = await profileOf(api, me);
  const rotated = categories === 'All'
    ? (await Promise.all(DATA_CATEGORIES.map(async (c) => [c, await keyEpoch(api, me, c)] as const))).filter(([, epoch]) => epoch > 0).map(([c]) => c)
    : categories;
  const calls = [api.tx.consent.revoke(accountBytes(me), grantId)];
  for (const category of rotated) {
    const key = randomBytes(32);
    const wrapped = await wrappedFor(api, key, [me, ...(profile?.devices ?? [])]);
    key.fill(0);
    calls.push(api.tx.records.rotateCategoryKey(accountBytes(me), category, wrapped));
  }
  await submit(api, api.tx.utility.batchAll(calls), patient, { until });
}

/** Approves `requester`'s pending access request (the grant it asked for is made). */
export async function approveRequest (api: ApiPromise, patient: Signer, requester: Account, until?: Until): Promise<void> {
  await submit(api, api.tx.consent.approveRequest(accountBytes(addressOf(patient)), accountBytes(requester)), patient, { until });
}

/** Rejects `requester`'s pending access request. */
export async function rejectRequest (api: ApiPromise, patient: Signer, requester: Account, until?: Until): Promise<void> {
  await submit(api, api.tx.consent.rejectRequest(accountBytes(addressOf(patient)), accountBytes(requester)), patient, { until });
}

/** A grant in force or scheduled, as the chain keeps it. */
export interface Grant {
  id: bigint;
  grantee: string;
  scope: 'All' | DataCategory[];
  permission: Permission;
  purpose: Purpose;
  startsAt: number;
  expiresAt: number;
}

/** A scope as the SDK writes it. */
const scopeOf = (scope: any): 'All' | DataCategory[] => (scope.isAll ? 'All' : scope.asOnly.map((c: any) => c.type));

/** `patient`'s grants. */
export async function grantsOf (api: ApiPromise, patient: Account): Promise<Grant[]> {
  const grants = await api.call.consentApi.grants(accountBytes(patient)) as any;
  return grants.map((grant: any) => {
    const json = grant.toJSON();
    return {
      id: BigInt(json.id),
      grantee: grant.grantee.toString(),
      scope: scopeOf(grant.scope),
      permission: grant.permission.type,
      purpose: grant.purpose.type,
      startsAt: Number(json.startsAt),
      expiresAt: Number(json.expiresAt)
    };
  });
}

/** An access request waiting for the patient. */
export interface AccessRequest {
  requester: string;
  scope: 'All' | DataCategory[];
  permission: Permission;
  purpose: Purpose;
  duration: number;
}

/** `patient`'s pending access requests. */
export async function pendingRequestsOf (api: ApiPromise, patient: Account): Promise<AccessRequest[]> {
  const pending = await api.call.consentApi.pendingRequests(accountBytes(patient)) as any;
  return pending.map(([requester, request]: [any, any]) => ({
    requester: requester.toString(),
    scope: scopeOf(request.scope),
    permission: request.permission.type,
    purpose: request.purpose.type,
    duration: Number(request.toJSON().duration)
  }));
}

/**
 * Opens one of the patient's own records with its RSA key: every envelope is sealed to the
 * patient whole (custody records too). Reading one's own records is not audited.
 */
export async function openOwnRecord (record: RecordInfo, patientKey: RsaPrivateKey, store: EnvelopeSource): Promise<Uint8Array> {
  const envelope = envelopeForHash(await store.fetch(record.contentHash), record.contentHash);
  return openEnvelope(envelope, { account: accountBytes(record.patient), privateKey: patientKey });
}

/**
 * Opens one of the patient's own records, single or batch, with its RSA key: a single record's
 * plaintext, or a batch's readings in order (its manifest checked against the anchored root; a
 * custody batch's readings with the batch key its key envelope gives the patient).
 */
export async function openOwn (api: ApiPromise, record: RecordInfo, patientKey: RsaPrivateKey, store: EnvelopeSource): Promise<Uint8Array[]> {
  const batch = await api.call.recordsApi.batchReadings(record.id);
  if (batch.isNone) return [await openOwnRecord(record, patientKey, store)];
  const manifest = await store.fetch(locatorHash(record.locator));
  const opener = { account: accountBytes(record.patient), privateKey: patientKey };
  const readings: Uint8Array[] = [];
  if (record.envelopeVersion === CUSTODY_ENVELOPE_VERSION) {
    const { readings: hashes, key: keyEnvelope } = decodeCustodyManifest(manifest, record.contentHash, batch.unwrap().toNumber());
    const key = batchKeyOf(await openEnvelope(keyEnvelope, opener));
    try {
      for (const hash of hashes) readings.push(await openBatchReading(envelopeForHash(await store.fetch(hash), hash), key, envelopeHash(keyEnvelope)));
    } finally {
      key.fill(0);
    }
    return readings;
  }
  const hashes = decodeManifest(manifest, record.contentHash, batch.unwrap().toNumber());
  for (const hash of hashes) readings.push(await openEnvelope(envelopeForHash(await store.fetch(hash), hash), opener));
  return readings;
}

/** For tests and tools: the key id a record under `category` key `epoch` names. */
export const categoryKeyIdOf = (patient: Account, category: DataCategory, epoch: number): Uint8Array =>
  categoryKeyId(accountBytes(patient), category, epoch);

