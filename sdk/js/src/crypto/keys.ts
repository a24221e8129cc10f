// RSA keys in WebCrypto: a participant's encryption key (RSA-OAEP, SHA-256) and a device's
// signing key (RSA-PSS, SHA-256), read from and written to the standard files (PKCS#8 for the
// private half, DER SubjectPublicKeyInfo for the public half, which is what the registry takes).
// The private key never leaves the client: nothing here sends it anywhere.

import { buf } from './bytes.js';
import { CryptoError } from './errors.js';

/** The key sizes clients generate. */
export const KEY_SIZES = [2048, 3072, 4096] as const;
/** The smallest key a client wraps to or reads. */
export const MIN_KEY_BITS = 2048;
/** The largest key the runtime stores. */
export const MAX_KEY_BITS = 4096;

const OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;
const PSS = { name: 'RSA-PSS', hash: 'SHA-256' } as const;
/** A device's PSS salt: 32 bytes, as the runtime verifies. */
const PSS_SALT_LENGTH = 32;

/** RSA-OAEP's parameters, with `label` (UTF-8) if given. */
const oaep = (label?: string): RsaOaepParams =>
  (label === undefined ? { name: 'RSA-OAEP' } : { name: 'RSA-OAEP', label: buf(new TextEncoder().encode(label)) });

/** WebCrypto: the browser's, or Node's (20 and later). */
export function subtle (): SubtleCrypto {
  const found = globalThis.crypto?.subtle;
  if (!found) throw new Error('WebCrypto is not available: use a browser over https (or localhost), or Node 20 or later');
  return found;
}

/** Fresh random bytes from the platform's CSPRNG. */
export function randomBytes (length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

const bitsOf = (key: CryptoKey): number => (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;

/** An RSA public key: someone's registered encryption key, or a device's signing key. */
export class RsaPublicKey {
  private verifier?: CryptoKey;

  private constructor (
    /** DER SubjectPublicKeyInfo, as the registry stores it. */
    readonly spki: Uint8Array,
    /** The modulus length. */
    readonly bits: number,
    private readonly encrypter: CryptoKey
  ) {}

  /**
   * Reads DER SubjectPublicKeyInfo; refuses anything but an RSA key of 2048 to 4096 bits with
   * [`BadPublicKey`](CryptoError), as the Rust client does.
   */
  static async fromSpki (spki: Uint8Array): Promise<RsaPublicKey> {
    let encrypter: CryptoKey;
    try {
      encrypter = await subtle().importKey('spki', buf(spki), OAEP, true, ['encrypt']);
    } catch {
      throw new CryptoError('BadPublicKey');
    }
    const bits = bitsOf(encrypter);
    if (bits < MIN_KEY_BITS || bits > MAX_KEY_BITS) throw new CryptoError('BadPublicKey');
    return new RsaPublicKey(spki.slice(), bits, encrypter);
  }

  /** RSA-OAEP (SHA-256, MGF1-SHA-256) of `bytes`, with `label` if given (UTF-8). */
  async encrypt (bytes: Uint8Array, label?: string): Promise<Uint8Array> {
    return new Uint8Array(await subtle().encrypt(oaep(label), this.encrypter, buf(bytes)));
  }

  /** Whether `signature` is this key's RSA-PSS (SHA-256, 32-byte salt) signature of `message`. */
  async verify (message: Uint8Array, signature: Uint8Array): Promise<boolean> {
    this.verifier ??= await subtle().importKey('spki', buf(this.spki), PSS, false, ['verify']);
    return subtle().verify({ name: 'RSA-PSS', saltLength: PSS_SALT_LENGTH }, this.verifier, buf(signature), buf(message));
  }
}

/**
 * An RSA private key, held in WebCrypto. It opens what was wrapped to its public half
 * (RSA-OAEP) and signs (RSA-PSS); [`toPkcs8`](RsaPrivateKey.toPkcs8) exports it for a keystore
 * (encrypt it before it is stored anywhere).
 */
export class RsaPrivateKey {
  private signer?: CryptoKey;

  private constructor (
    private readonly pkcs8: Uint8Array | undefined,
    /** The public half: DER SubjectPublicKeyInfo, as the registry takes it. */
    readonly publicKeySpki: Uint8Array,
    /** The modulus length. */
    readonly bits: number,
    private readonly decrypter: CryptoKey
  ) {}

  /**
   * Reads PKCS#8 DER (`openssl pkcs8 -topk8 -nocrypt -outform DER`, or what the Rust client's
   * keystore holds). A key shorter than 2048 or longer than 4096 bits is
   * [`UnsupportedKeySize`](CryptoError); bytes that are not an RSA PKCS#8 key are
   * [`Malformed`](CryptoError).
   */
  static async fromPkcs8 (pkcs8: Uint8Array): Promise<RsaPrivateKey> {
    let extractable: CryptoKey;
    try {
      extractable = await subtle().importKey('pkcs8', buf(pkcs8), OAEP, true, ['decrypt']);
    } catch {
      throw new CryptoError('Malformed');
    }
    const bits = bitsOf(extractable);
    if (bits < MIN_KEY_BITS || bits > MAX_KEY_BITS) throw new CryptoError('UnsupportedKeySize');
    // The public half, through its JWK: n and e only.
    const { n, e } = await subtle().exportKey('jwk', extractable);
    const publicKey = await subtle().importKey('jwk', { kty: 'RSA', n, e, alg: 'RSA-OAEP-256', ext: true }, OAEP, true, ['encrypt']);
    const publicKeySpki = new Uint8Array(await subtle().exportKey('spki', publicKey));
    const decrypter = await subtle().importKey('pkcs8', buf(pkcs8), OAEP, false, ['decrypt']);
    return new RsaPrivateKey(pkcs8.slice(), publicKeySpki, bits, decrypter);
  }

  /**
   * A key held only as a WebCrypto RSA-OAEP (SHA-256) decryption key, typically non-extractable
   * and kept in the browser's IndexedDB: it unwraps, and neither signs nor exports.
   */
  static async fromCryptoKey (decrypter: CryptoKey, publicKeySpki: Uint8Array): Promise<RsaPrivateKey> {
    const algorithm = decrypter.algorithm as RsaHashedKeyAlgorithm;
    if (algorithm.name !== 'RSA-OAEP' || algorithm.hash.name !== 'SHA-256' || !decrypter.usages.includes('decrypt')) {
      throw new CryptoError('Malformed');
    }
    const publicKey = await RsaPublicKey.fromSpki(publicKeySpki);
    if (publicKey.bits !== algorithm.modulusLength) throw new CryptoError('Malformed');
    return new RsaPrivateKey(undefined, publicKeySpki.slice(), algorithm.modulusLength, decrypter);
  }

  /**
   * A non-extractable WebCrypto copy of this key for unwrapping, to keep in IndexedDB (a
   * structured-clone store): [`fromCryptoKey`](RsaPrivateKey.fromCryptoKey) reads it back.
   */
  async toCryptoKey (): Promise<CryptoKey> {
    return subtle().importKey('pkcs8', buf(this.toPkcs8()), OAEP, false, ['decrypt']);
  }

  /** Generates a key pair of `bits` (2048, 3072 or 4096), here, on the client. */
  static async generate (bits: number = 2048): Promise<RsaPrivateKey> {
    if (!(KEY_SIZES as readonly number[]).includes(bits)) throw new CryptoError('UnsupportedKeySize');
    const pair = await subtle().generateKey(
      { ...OAEP, modulusLength: bits, publicExponent: Uint8Array.of(1, 0, 1) }, true, ['encrypt', 'decrypt']
    );
    return RsaPrivateKey.fromPkcs8(new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)));
  }

  /** The key as PKCS#8 DER: what [`fromPkcs8`](RsaPrivateKey.fromPkcs8) reads. */
  toPkcs8 (): Uint8Array {
    if (!this.pkcs8) throw new Error('this key is held as a non-extractable WebCrypto key: export its passphrase-sealed copy instead');
    return this.pkcs8.slice();
  }

  /** The public half. */
  publicKey (): Promise<RsaPublicKey> {
    return RsaPublicKey.fromSpki(this.publicKeySpki);
  }

  /**
   * Opens RSA-OAEP (SHA-256) `wrapped` bytes, with `label` if they were wrapped under one;
   * anything else (altered, another key, another label) is [`KeyUnwrapFailed`](CryptoError).
   */
  async decrypt (wrapped: Uint8Array, label?: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await subtle().decrypt(oaep(label), this.decrypter, buf(wrapped)));
    } catch {
      throw new CryptoError('KeyUnwrapFailed');
    }
  }

  /** RSA-PSS (SHA-256, MGF1-SHA-256, 32-byte salt) of `message`: a device's signature. */
  async sign (message: Uint8Array): Promise<Uint8Array> {
    this.signer ??= await subtle().importKey('pkcs8', buf(this.toPkcs8()), PSS, false, ['sign']);
    return new Uint8Array(await subtle().sign({ name: 'RSA-PSS', saltLength: PSS_SALT_LENGTH }, this.signer, buf(message)));
  }
}
