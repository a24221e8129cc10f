// The envelope: a record encrypted for its readers, as stored off-chain, byte for byte the
// Rust client's format (crypto/src/envelope.rs, "The envelope format, version 1"):
//
// | field        | encoding                                                                 |
// |--------------|--------------------------------------------------------------------------|
// | `version`    | 1 byte: 1 (version 2: custody, `./custody.ts`)                          |
// | `aead`       | 1 byte: 1 = AES-256-GCM                                                  |
// | `nonce`      | 12 bytes                                                                 |
// | `ciphertext` | compact length, then the AES-256-GCM output (encrypted bytes, 16-byte tag)|
// | `keys`       | compact count, then each key wrap (kind byte and its fields), then the   |
// |              | wrapped bytes as a compact length and bytes                              |
//
// Key wraps: 1 = RSA-OAEP-SHA-256 to a 32-byte recipient; 2 = AES-256-GCM under a 32-byte
// key-encryption key id with a 12-byte nonce; 3 = RSA-OAEP-SHA-256 of a custody share to a
// 32-byte custodian, with the share's x (one byte). The record's additional authenticated data
// is `carechain/record/v1` followed by the version and aead bytes; a key wrap's is
// `carechain/key-wrap/v1`. The content hash anchored on chain is blake2b-256 of these bytes.

import { buf, concat, compact, Reader, scaleBytes, utf8 } from './bytes.js';
import { CryptoError } from './errors.js';
import { contentHash } from './hashes.js';
import { randomBytes, RsaPrivateKey, RsaPublicKey, subtle } from './keys.js';

/** The envelope format of records under a category key or named recipients. */
export const ENVELOPE_VERSION = 1;
/** The envelope format of records in custody (the data key split among custodians). */
export const CUSTODY_ENVELOPE_VERSION = 2;
/** AES-256-GCM, the only record cipher. */
export const AES_256_GCM = 1;

const RECORD_AAD = 'carechain/record/v1';
const KEY_WRAP_AAD = utf8('carechain/key-wrap/v1');

/** How a data key is wrapped, and for whom. */
export type KeyWrap =
  /** RSA-OAEP (SHA-256) to the registered encryption key of `recipient` (an account id). */
  | { kind: 'RsaOaepSha256', recipient: Uint8Array }
  /** AES-256-GCM under the key-encryption key `keyId` (a patient's category key). */
  | { kind: 'Aes256Gcm', keyId: Uint8Array, nonce: Uint8Array }
  /** RSA-OAEP (SHA-256) of custody share `x` to custodian `recipient`. */
  | { kind: 'RsaOaepShare', recipient: Uint8Array, x: number };

/** A data key wrapped for one recipient. */
export interface WrappedKey {
  wrap: KeyWrap;
  wrapped: Uint8Array;
}

/** An encrypted record, as stored off-chain. */
export interface Envelope {
  /** 1, or 2 for custody. */
  version: number;
  /** 1: AES-256-GCM. */
  aead: number;
  /** The record cipher's 12-byte nonce. */
  nonce: Uint8Array;
  /** The encrypted record, its 16-byte tag last. */
  ciphertext: Uint8Array;
  /** The data key, wrapped for each recipient. */
  keys: WrappedKey[];
}

/** Someone a record is sealed for. */
export type Recipient =
  /** A participant: account id (32 bytes) and registered encryption key (DER SPKI). */
  | { account: Uint8Array, publicKey: Uint8Array | RsaPublicKey }
  /** Holders of a key-encryption key (a patient's category key): its id and the 32-byte key. */
  | { keyId: Uint8Array, key: Uint8Array };

/** What opens an envelope. */
export type Opener =
  /** A participant's private key, with the account id its copy is wrapped to. */
  | { account: Uint8Array, privateKey: RsaPrivateKey }
  /** A key-encryption key and its id. */
  | { keyId: Uint8Array, key: Uint8Array };

const equal = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

function checkLength (bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) throw new TypeError(`${what} is ${length} bytes`);
}

/** The stored bytes of `envelope`. */
export function encodeEnvelope (envelope: Envelope): Uint8Array {
  const keys = envelope.keys.map(({ wrap, wrapped }) => {
    switch (wrap.kind) {
      case 'RsaOaepSha256':
        return concat(Uint8Array.of(1), wrap.recipient, scaleBytes(wrapped));
      case 'Aes256Gcm':
        return concat(Uint8Array.of(2), wrap.keyId, wrap.nonce, scaleBytes(wrapped));
      case 'RsaOaepShare':
        return concat(Uint8Array.of(3), wrap.recipient, Uint8Array.of(wrap.x), scaleBytes(wrapped));
    }
  });
  return concat(
    Uint8Array.of(envelope.version, envelope.aead), envelope.nonce, scaleBytes(envelope.ciphertext),
    compact(keys.length), ...keys
  );
}

/**
 * Reads stored bytes: the whole input must be one envelope of a version this SDK reads (1 or 2),
 * else [`UnsupportedVersion`](CryptoError) or [`Malformed`](CryptoError).
 */
export function decodeEnvelope (bytes: Uint8Array): Envelope {
  const version = bytes[0];
  if (version === undefined) throw new CryptoError('Malformed');
  if (version !== ENVELOPE_VERSION && version !== CUSTODY_ENVELOPE_VERSION) throw new CryptoError('UnsupportedVersion', version);
  const reader = new Reader(bytes);
  reader.byte();
  const aead = reader.byte();
  if (aead !== AES_256_GCM) throw new CryptoError('Malformed');
  const nonce = reader.fixed(12);
  const ciphertext = reader.scaleBytes();
  const count = reader.compact();
  const keys: WrappedKey[] = [];
  for (let i = 0; i < count; i++) {
    const kind = reader.byte();
    let wrap: KeyWrap;
    if (kind === 1) wrap = { kind: 'RsaOaepSha256', recipient: reader.fixed(32) };
    else if (kind === 2) wrap = { kind: 'Aes256Gcm', keyId: reader.fixed(32), nonce: reader.fixed(12) };
    else if (kind === 3) wrap = { kind: 'RsaOaepShare', recipient: reader.fixed(32), x: reader.byte() };
    else throw new CryptoError('Malformed');
    keys.push({ wrap, wrapped: reader.scaleBytes() });
  }
  if (!reader.done) throw new CryptoError('Malformed');
  return { version, aead, nonce, ciphertext, keys };
}

/**
 * Reads bytes fetched for a record anchored with `expected`: checks the hash first
 * ([`HashMismatch`](CryptoError)), then decodes. What a reader does with bytes from any store.
 */
export function envelopeForHash (bytes: Uint8Array, expected: Uint8Array): Envelope {
  if (!equal(contentHash(bytes), expected)) throw new CryptoError('HashMismatch');
  return decodeEnvelope(bytes);
}

/** The additional data of a record's AES-GCM: binds the format version and the cipher. */
export const recordAad = (version: number, aead: number = AES_256_GCM): Uint8Array =>
  concat(utf8(RECORD_AAD), Uint8Array.of(version, aead));

async function aesKey (key: Uint8Array): Promise<CryptoKey> {
  checkLength(key, 32, 'an AES-256 key');
  return subtle().importKey('raw', buf(key), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** AES-256-GCM of `plaintext` (128-bit tag appended). */
export async function aesEncrypt (key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad) }, await aesKey(key), buf(plaintext)));
}

/** AES-256-GCM decryption; `undefined` if the tag does not authenticate. */
export async function aesDecrypt (key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad) }, await aesKey(key), buf(ciphertext)));
  } catch {
    return undefined;
  }
}

const publicKeyOf = async (key: Uint8Array | RsaPublicKey): Promise<RsaPublicKey> =>
  key instanceof RsaPublicKey ? key : RsaPublicKey.fromSpki(key);

/**
 * Encrypts `record` for `recipients` under a fresh data key (version 1): what a device or
 * physician stores off-chain and anchors by its [`contentHash`].
 */
export async function sealEnvelope (record: Uint8Array, recipients: Recipient[], dataKey: Uint8Array = randomBytes(32)): Promise<Envelope> {
  return sealVersioned(ENVELOPE_VERSION, record, recipients, dataKey);
}

/**
 * As [`sealEnvelope`], the envelope (and its record's additional data) naming `version`: a
 * custody batch's readings are version 2 with their data key under the batch key (`./custody.ts`).
 */
export async function sealVersioned (version: number, record: Uint8Array, recipients: Recipient[], dataKey: Uint8Array = randomBytes(32)): Promise<Envelope> {
  checkLength(dataKey, 32, 'a data key');
  const nonce = randomBytes(12);
  const ciphertext = await aesEncrypt(dataKey, nonce, recordAad(version), record);
  const keys: WrappedKey[] = [];
  for (const recipient of recipients) {
    if ('account' in recipient) {
      checkLength(recipient.account, 32, 'an account id');
      const publicKey = await publicKeyOf(recipient.publicKey);
      keys.push({ wrap: { kind: 'RsaOaepSha256', recipient: recipient.account.slice() }, wrapped: await publicKey.encrypt(dataKey) });
    } else {
      checkLength(recipient.keyId, 32, 'a key id');
      const wrapNonce = randomBytes(12);
      keys.push({
        wrap: { kind: 'Aes256Gcm', keyId: recipient.keyId.slice(), nonce: wrapNonce },
        wrapped: await aesEncrypt(recipient.key, wrapNonce, KEY_WRAP_AAD, dataKey)
      });
    }
  }
  return { version, aead: AES_256_GCM, nonce, ciphertext, keys };
}

/** Recovers `envelope`'s data key with `opener`. */
export async function dataKeyOf (envelope: Envelope, opener: Opener): Promise<Uint8Array> {
  for (const { wrap, wrapped } of envelope.keys) {
    if ('account' in opener && wrap.kind === 'RsaOaepSha256' && equal(wrap.recipient, opener.account)) {
      const key = await opener.privateKey.decrypt(wrapped);
      if (key.length !== 32) throw new CryptoError('KeyUnwrapFailed');
      return key;
    }
    if ('keyId' in opener && wrap.kind === 'Aes256Gcm' && equal(wrap.keyId, opener.keyId)) {
      const key = await aesDecrypt(opener.key, wrap.nonce, KEY_WRAP_AAD, wrapped);
      if (key === undefined || key.length !== 32) throw new CryptoError('KeyUnwrapFailed');
      return key;
    }
  }
  throw new CryptoError('NotARecipient');
}

/** Decrypts `envelope`'s record with its data key ([`DecryptionFailed`](CryptoError) if altered). */
export async function decryptRecord (envelope: Envelope, dataKey: Uint8Array): Promise<Uint8Array> {
  const record = await aesDecrypt(dataKey, envelope.nonce, recordAad(envelope.version, envelope.aead), envelope.ciphertext);
  if (record === undefined) throw new CryptoError('DecryptionFailed');
  return record;
}

/** Unwraps the data key with `opener` and decrypts the record. */
export async function openEnvelope (envelope: Envelope, opener: Opener): Promise<Uint8Array> {
  return decryptRecord(envelope, await dataKeyOf(envelope, opener));
}

/** The content hash anchored on chain: blake2b-256 of the stored bytes. */
export const envelopeHash = (envelope: Envelope): Uint8Array => contentHash(encodeEnvelope(envelope));

/**
 * A device's signature over a content hash (or, for a custody record, its
 * [`anchorDigest`](./hashes.ts)): RSA-PSS, SHA-256, 32-byte salt, as the runtime verifies it.
 */
export function signContentHash (signingKey: RsaPrivateKey, hash: Uint8Array): Promise<Uint8Array> {
  checkLength(hash, 32, 'a content hash');
  return signingKey.sign(hash);
}
