// Custody envelopes (version 2), as crypto/src/custody.rs: the data key whole to the patient
// (RSA-OAEP), and split among the patient's custodian hospitals (Shamir), each share
// RSA-OAEP-wrapped to its custodian under a label that binds it to the record's patient,
// category and custodian set. For a granted read, each custodian re-wraps its share to the
// reader under a label naming the record, the reader and the share; the reader opens the record
// with `threshold` of them.
//
// A custody batch (crypto/src/custody_batch.rs) is one record: its readings are sealed under one
// batch key, itself sealed in custody as a key envelope whose record is the 32 key bytes; each
// reading is a version 2 envelope whose one key is its data key wrapped under the batch key
// (AES-256-GCM), named by the key envelope's content hash.

import { CryptoError } from './errors.js';
import { DataCategory, releaseLabel, shareLabel } from './hashes.js';
import {
  decryptRecord, AES_256_GCM, aesEncrypt, CUSTODY_ENVELOPE_VERSION, Envelope, envelopeHash, openEnvelope, recordAad, sealVersioned, WrappedKey
} from './envelope.js';
import { randomBytes, RsaPrivateKey, RsaPublicKey } from './keys.js';
import { combine, Share, shareFromBytes, shareToBytes, split } from './shamir.js';

/** How many combinations of released shares a reader tries at most. */
export const MAX_COMBINATIONS = 1_000;

/** A party a custody record is sealed for: account id and registered encryption key (DER SPKI). */
export interface Party {
  account: Uint8Array;
  publicKey: Uint8Array | RsaPublicKey;
}

/** What a custody record's shares are bound to: its patient, category and custodian set. */
export interface Binding {
  patient: Uint8Array;
  category: DataCategory;
  /** The custodian set's epoch (the record's key epoch). */
  epoch: number;
}

const equal = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);
const publicKeyOf = async (key: Uint8Array | RsaPublicKey): Promise<RsaPublicKey> =>
  key instanceof RsaPublicKey ? key : RsaPublicKey.fromSpki(key);

/**
 * Seals `record` in custody: the data key whole to `patient`, and split among `custodians` (in
 * the order of the patient's custodian set: the first holds x = 1) so that `threshold` of them
 * recover it.
 */
export async function sealInCustody (record: Uint8Array, patient: Party, binding: Binding, custodians: Party[], threshold: number): Promise<Envelope> {
  if (!equal(binding.patient, patient.account)) throw new CryptoError('WrongRecord');
  if (custodians.length > 255) throw new CryptoError('BadCustody');
  let shares: Share[];
  const dataKey = randomBytes(32);
  try {
    shares = split(dataKey, threshold, custodians.length);
  } catch {
    throw new CryptoError('BadCustody');
  }
  const nonce = randomBytes(12);
  const ciphertext = await aesEncrypt(dataKey, nonce, recordAad(CUSTODY_ENVELOPE_VERSION), record);
  const keys: WrappedKey[] = [{
    wrap: { kind: 'RsaOaepSha256', recipient: patient.account.slice() },
    wrapped: await (await publicKeyOf(patient.publicKey)).encrypt(dataKey)
  }];
  for (const [i, custodian] of custodians.entries()) {
    const share = shares[i]!;
    const label = shareLabel(binding.patient, binding.category, binding.epoch, share.x);
    keys.push({
      wrap: { kind: 'RsaOaepShare', recipient: custodian.account.slice(), x: share.x },
      wrapped: await (await publicKeyOf(custodian.publicKey)).encrypt(shareToBytes(share), label)
    });
  }
  dataKey.fill(0);
  return { version: CUSTODY_ENVELOPE_VERSION, aead: AES_256_GCM, nonce, ciphertext, keys };
}

function shareOf (bytes: Uint8Array, x: number): Share {
  let share: Share;
  try {
    share = shareFromBytes(bytes);
  } catch {
    throw new CryptoError('KeyUnwrapFailed');
  }
  if (share.x !== x) throw new CryptoError('KeyUnwrapFailed');
  return share;
}

/**
 * The share custodian `account` holds at place `x - 1` of the set, unwrapped with its private
 * key, for the record the chain shows (`binding`): an envelope sealed for another record does
 * not give up its share.
 */
export async function custodianShare (envelope: Envelope, account: Uint8Array, x: number, privateKey: RsaPrivateKey, binding: Binding): Promise<Share> {
  if (envelope.version !== CUSTODY_ENVELOPE_VERSION) throw new CryptoError('NotInCustody');
  const forPatient = envelope.keys.some(({ wrap }) => wrap.kind === 'RsaOaepSha256' && equal(wrap.recipient, binding.patient));
  if (!forPatient) throw new CryptoError('WrongRecord');
  const found = envelope.keys.find(({ wrap }) => wrap.kind === 'RsaOaepShare' && equal(wrap.recipient, account) && wrap.x === x);
  if (!found) throw new CryptoError('NotARecipient');
  return shareOf(await privateKey.decrypt(found.wrapped, shareLabel(binding.patient, binding.category, binding.epoch, x)), x);
}

/** What a custodian releases to `reader` for record `recordId`: its share, wrapped to the reader. */
export async function wrapShare (share: Share, recordId: bigint | number, reader: Uint8Array, readerPublicKey: Uint8Array | RsaPublicKey): Promise<Uint8Array> {
  return (await publicKeyOf(readerPublicKey)).encrypt(shareToBytes(share), releaseLabel(recordId, reader, share.x));
}

/** A share released to `reader` for record `recordId` by the custodian holding share `x`. */
export async function unwrapShare (privateKey: RsaPrivateKey, wrapped: Uint8Array, recordId: bigint | number, reader: Uint8Array, x: number): Promise<Share> {
  return shareOf(await privateKey.decrypt(wrapped, releaseLabel(recordId, reader, x)), x);
}

/**
 * Opens a custody envelope with released `shares`, `threshold` of which recover its data key.
 * A custodian may release a wrong share, so each combination of `threshold` distinct shares is
 * tried (at most [`MAX_COMBINATIONS`]) until the record decrypts.
 */
export async function openWithShares (envelope: Envelope, shares: Share[], threshold: number): Promise<Uint8Array> {
  if (envelope.version !== CUSTODY_ENVELOPE_VERSION) throw new CryptoError('NotInCustody');
  const distinct: Share[] = [];
  for (const share of shares) if (!distinct.some((seen) => seen.x === share.x)) distinct.push(share);
  if (threshold < 2 || distinct.length < threshold) throw new CryptoError('TooFewShares');
  const picked = Array.from({ length: threshold }, (_, i) => i);
  for (let tried = 0; tried < MAX_COMBINATIONS; tried++) {
    try {
      const key = combine(picked.map((i) => distinct[i]!), threshold);
      return await decryptRecord(envelope, key);
    } catch {
      // A wrong share among these: try the next combination.
    }
    if (!nextCombination(picked, distinct.length)) break;
  }
  throw new CryptoError('DecryptionFailed');
}

function nextCombination (picked: number[], n: number): boolean {
  const k = picked.length;
  for (let i = k - 1; i >= 0; i--) {
    if (picked[i]! < n - k + i) {
      picked[i]! += 1;
      for (let j = i + 1; j < k; j++) picked[j] = picked[j - 1]! + 1;
      return true;
    }
  }
  return false;
}

/** A custody batch's key: the 32 key bytes, its key envelope, and the id its readings name it by. */
export interface BatchKey {
  key: Uint8Array;
  envelope: Envelope;
  /** The key envelope's content hash. */
  id: Uint8Array;
}

/**
 * A fresh batch key sealed in custody for `patient` and `custodians` (a key envelope whose
 * record is the key), `threshold` of which recover it.
 */
export async function sealBatchKey (patient: Party, binding: Binding, custodians: Party[], threshold: number): Promise<BatchKey> {
  const key = randomBytes(32);
  const envelope = await sealInCustody(key, patient, binding, custodians, threshold);
  return { key, envelope, id: envelopeHash(envelope) };
}

/** Seals `reading` as one of a custody batch's: version 2, its data key under the batch key only. */
export async function sealBatchReading (reading: Uint8Array, key: Uint8Array, keyId: Uint8Array): Promise<Envelope> {
  return sealVersioned(CUSTODY_ENVELOPE_VERSION, reading, [{ keyId, key }]);
}

/** The batch key a key envelope opened to: exactly 32 bytes ([`Malformed`](CryptoError) otherwise). */
export function batchKeyOf (opened: Uint8Array): Uint8Array {
  if (opened.length !== 32) throw new CryptoError('Malformed');
  return opened;
}

/**
 * Opens `reading`, one of a custody batch's, with its batch `key`, the key envelope's content
 * hash being `keyId`: a reading of another batch, or not sealed as a custody batch's, does not.
 */
export async function openBatchReading (reading: Envelope, key: Uint8Array, keyId: Uint8Array): Promise<Uint8Array> {
  if (reading.version !== CUSTODY_ENVELOPE_VERSION) throw new CryptoError('NotInCustody');
  return openEnvelope(reading, { keyId, key });
}
