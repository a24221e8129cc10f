// Batches (records.anchorBatch): one anchor for many sealed readings, each its own envelope. The
// batch's root is the binary Merkle root (Substrate's binary-merkle-tree, blake2b-256) of the
// readings' content hashes; its manifest, stored like an envelope, is their SCALE list, and for
// a custody batch that list followed by its key envelope as SCALE bytes
// (primitives/src/batch.rs, client/src/records/batching.rs).

import { compact, concat, fromHex, Reader, scaleBytes, u32Le, utf8 } from './bytes.js';
import { CUSTODY_ENVELOPE_VERSION, decodeEnvelope, type Envelope } from './envelope.js';
import { CryptoError } from './errors.js';
import { categoryIndex, contentHash, type DataCategory, hashOfCid } from './hashes.js';

/**
 * The root of a batch of readings (their content hashes): each leaf hashed, pairs hashed
 * together, an odd last node carried up as it is; all zeros for none.
 */
export function batchRoot (readings: Uint8Array[]): Uint8Array {
  if (readings.length === 0) return new Uint8Array(32);
  let row = readings.map((reading) => contentHash(reading));
  while (row.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < row.length; i += 2) {
      next.push(i + 1 < row.length ? contentHash(concat(row[i]!, row[i + 1]!)) : row[i]!);
    }
    row = next;
  }
  return row[0]!;
}

/**
 * A batch's manifest: the SCALE list of its readings' content hashes; for a custody batch,
 * followed by its key envelope's bytes (SCALE bytes).
 */
export const encodeManifest = (readings: Uint8Array[], keyEnvelope?: Uint8Array): Uint8Array =>
  concat(compact(readings.length), ...readings, ...(keyEnvelope ? [scaleBytes(keyEnvelope)] : []));

function readHashes (reader: Reader): Uint8Array[] {
  const count = reader.compact();
  return Array.from({ length: count }, () => reader.fixed(32));
}

function checkRoot (hashes: Uint8Array[], root: Uint8Array, readings: number): void {
  const computed = batchRoot(hashes);
  if (hashes.length !== readings || computed.some((byte, i) => byte !== root[i])) throw new CryptoError('HashMismatch');
}

/**
 * The readings' content hashes in a stored manifest, checked against the batch's anchored `root`
 * and number of `readings` ([`Malformed`](CryptoError) if it does not decode, [`HashMismatch`]
 * if it is not the batch's).
 */
export function decodeManifest (bytes: Uint8Array, root: Uint8Array, readings: number): Uint8Array[] {
  const reader = new Reader(bytes);
  const hashes = readHashes(reader);
  if (!reader.done) throw new CryptoError('Malformed');
  checkRoot(hashes, root, readings);
  return hashes;
}

/**
 * A custody batch's manifest (its record's envelope version is 2): the readings' content hashes,
 * checked as [`decodeManifest`] checks them, and its key envelope, which must be a custody
 * envelope ([`Malformed`](CryptoError) otherwise).
 */
export function decodeCustodyManifest (bytes: Uint8Array, root: Uint8Array, readings: number): { readings: Uint8Array[], key: Envelope } {
  const reader = new Reader(bytes);
  const hashes = readHashes(reader);
  const keyBytes = reader.scaleBytes();
  if (!reader.done) throw new CryptoError('Malformed');
  const key = decodeEnvelope(keyBytes);
  // One batch key in custody: a custody envelope whose record is 32 bytes (and AES-GCM's tag), so
  // no other record's envelope passes for a batch's key.
  if (key.version !== CUSTODY_ENVELOPE_VERSION || key.ciphertext.length !== 48) throw new CryptoError('Malformed');
  checkRoot(hashes, root, readings);
  return { readings: hashes, key };
}

/** The content hash a record's locator names: `ipfs://<cid>` or `carechain-blob:<hex>`. */
export function locatorHash (locator: string): Uint8Array {
  if (locator.startsWith('ipfs://')) {
    const hash = hashOfCid(locator.slice('ipfs://'.length));
    if (!hash) throw new CryptoError('Malformed');
    return hash;
  }
  if (locator.startsWith('carechain-blob:')) {
    const hash = fromHex(locator.slice('carechain-blob:'.length));
    if (hash.length !== 32) throw new CryptoError('Malformed');
    return hash;
  }
  throw new CryptoError('Malformed');
}

/**
 * The proof that reading `index` is in its batch: the sibling hashes from its leaf up, one a
 * level except where its node is carried up alone (what `recordsApi.verifyReading` and
 * `envelopes.store` take as `{ index, siblings }`).
 */
export function batchProof (readings: Uint8Array[], index: number): { index: number, siblings: Uint8Array[] } {
  if (!Number.isInteger(index) || index < 0 || index >= readings.length) throw new RangeError(`no reading ${index} in a batch of ${readings.length}`);
  let row = readings.map((reading) => contentHash(reading));
  let position = index;
  const siblings: Uint8Array[] = [];
  while (row.length > 1) {
    const sibling = position ^ 1;
    if (sibling < row.length) siblings.push(row[sibling]!);
    const next: Uint8Array[] = [];
    for (let i = 0; i < row.length; i += 2) {
      next.push(i + 1 < row.length ? contentHash(concat(row[i]!, row[i + 1]!)) : row[i]!);
    }
    row = next;
    position = Math.floor(position / 2);
  }
  return { index, siblings };
}

/**
 * What a device signs when it anchors a batch: blake2b-256 of `carechain/anchor-batch/v1`, the
 * patient, the category, the root and the number of readings (u32 LE).
 */
export const batchDigest = (patient: Uint8Array, category: DataCategory, root: Uint8Array, readings: number): Uint8Array =>
  contentHash(concat(utf8('carechain/anchor-batch/v1'), patient, categoryIndex(category), root, u32Le(readings)));
