// The hashes and identifiers the chain computes over records, computed here the same way
// (primitives/src/records.rs, primitives/src/cid.rs, crypto/src/custody.rs).

import { blake2AsU8a } from '@polkadot/util-crypto';

import { concat, toHex, u32Le, u64Le, utf8 } from './bytes.js';

/** blake2b-256: a record's content hash is this of its stored envelope. */
export const contentHash = (bytes: Uint8Array): Uint8Array => blake2AsU8a(bytes, 256);

/** What a patient's data is about, in the runtime's order (its SCALE index). */
export const DATA_CATEGORIES = [
  'VitalSigns', 'LabResults', 'Imaging', 'Prescriptions', 'ClinicalNotes', 'Diagnoses', 'Immunizations', 'Allergies'
] as const;
/** A data category by name, as polkadot.js writes the runtime's `DataCategory`. */
export type DataCategory = typeof DATA_CATEGORIES[number];

/** The SCALE encoding of `category`: its index. */
export function categoryIndex (category: DataCategory): Uint8Array {
  const index = DATA_CATEGORIES.indexOf(category);
  if (index < 0) throw new RangeError(`not a data category: ${String(category)}`);
  return Uint8Array.of(index);
}

/**
 * What a device signs for a custody record: blake2b-256 of `carechain/anchor/v2`, the patient,
 * the category and the content hash (an anchor's signature then names whose record it is).
 */
export const anchorDigest = (patient: Uint8Array, category: DataCategory, hash: Uint8Array): Uint8Array =>
  contentHash(concat(utf8('carechain/anchor/v2'), patient, categoryIndex(category), hash));

/** The id of a patient's category key of `epoch`: what a record's symmetric key wrap names. */
export const categoryKeyId = (patient: Uint8Array, category: DataCategory, epoch: number): Uint8Array =>
  contentHash(concat(utf8('carechain/category-key'), patient, categoryIndex(category), u32Le(epoch)));

/** The RSA-OAEP label of custody share `x` to its custodian. */
export const shareLabel = (patient: Uint8Array, category: DataCategory, epoch: number, x: number): string =>
  `carechain/custody/share/${toHex(contentHash(concat(patient, categoryIndex(category), u32Le(epoch), Uint8Array.of(x))))}`;

/** The RSA-OAEP label of custody share `x` released to `reader` for record `recordId`. */
export const releaseLabel = (recordId: bigint | number, reader: Uint8Array, x: number): string =>
  `carechain/custody/release/${toHex(contentHash(concat(u64Le(recordId), reader, Uint8Array.of(x))))}`;

const CID_PREFIX = Uint8Array.of(0x01, 0x55, 0xa0, 0xe4, 0x02, 0x20);
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * The CID the storage network serves a content hash under: CIDv1, raw, blake2b-256 multihash,
 * base32 (`bafk2bzace…`), as `ipfs://` locators name it.
 */
export function cidOf (hash: Uint8Array): string {
  if (hash.length !== 32) throw new RangeError('a content hash is 32 bytes');
  let out = 'b';
  let buffer = 0;
  let bits = 0;
  for (const byte of concat(CID_PREFIX, hash)) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** The content hash a CID names, or `undefined` if it is not one `cidOf` writes. */
export function hashOfCid (cid: string): Uint8Array | undefined {
  if (!cid.startsWith('b')) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of cid.slice(1)) {
    const value = BASE32.indexOf(c);
    if (value < 0) return undefined;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  if (bytes.length !== 38 || CID_PREFIX.some((b, i) => bytes[i] !== b)) return undefined;
  const hash = Uint8Array.from(bytes.slice(6));
  return cidOf(hash) === cid ? hash : undefined;
}
