// A private key sealed under a passphrase, for the only way an RSA private key leaves the
// browser: an encrypted file the user downloads (and imports again, elsewhere). PBKDF2-SHA-256
// derives an AES-256-GCM key from the passphrase; the PKCS#8 bytes are encrypted under it.

import { buf, fromHex, toHex, utf8 } from './bytes.js';
import { randomBytes, subtle } from './keys.js';

/** The sealed file's format (JSON). */
export interface SealedKey {
  format: 'carechain/sealed-pkcs8/v1';
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: number, salt: string };
  cipher: { name: 'AES-GCM', iv: string };
  /** The encrypted PKCS#8 DER, hex. */
  ciphertext: string;
  /** The public half (DER SPKI), hex: what the registry holds, to match the key to an account. */
  publicKey: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
const ITERATIONS = 600_000;
/** What the seal authenticates besides the key: the format, its parameters and the public half, so that none can be changed unseen. */
const aadOf = (iterations: number, salt: string, iv: string, publicKey: string): Uint8Array =>
  utf8(`carechain/sealed-pkcs8/v1|PBKDF2-SHA-256|${iterations}|${salt}|${iv}|${publicKey}`);

async function passphraseKey (passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  if (passphrase.length < 8) throw new Error('a passphrase of at least 8 characters is needed');
  const base = await subtle().importKey('raw', buf(utf8(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals `pkcs8` under `passphrase`. */
export async function sealPrivateKey (pkcs8: Uint8Array, publicKeySpki: Uint8Array, passphrase: string, iterations = ITERATIONS): Promise<SealedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await passphraseKey(passphrase, salt, iterations);
  const aad = aadOf(iterations, toHex(salt), toHex(iv), toHex(publicKeySpki));
  const ciphertext = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) }, key, buf(pkcs8)));
  return {
    format: 'carechain/sealed-pkcs8/v1',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toHex(salt) },
    cipher: { name: 'AES-GCM', iv: toHex(iv) },
    ciphertext: toHex(ciphertext),
    publicKey: toHex(publicKeySpki)
  };
}

/** The PKCS#8 bytes of a sealed key; a wrong passphrase or an altered file is refused. */
export async function openSealedKey (sealed: SealedKey, passphrase: string): Promise<Uint8Array> {
  if (sealed?.format !== 'carechain/sealed-pkcs8/v1' || sealed.kdf?.name !== 'PBKDF2' || sealed.cipher?.name !== 'AES-GCM') {
    throw new Error('not a CareChain sealed key file');
  }
  const iterations = sealed.kdf.iterations;
  if (!Number.isInteger(iterations) || iterations < 100_000 || iterations > 10_000_000) throw new Error('the sealed key names an unacceptable iteration count');
  const salt = fromHex(sealed.kdf.salt);
  const iv = fromHex(sealed.cipher.iv);
  if (salt.length !== 16 || iv.length !== 12) throw new Error('not a CareChain sealed key file: its salt or IV has the wrong length');
  const key = await passphraseKey(passphrase, salt, iterations);
  const aad = aadOf(iterations, sealed.kdf.salt, sealed.cipher.iv, sealed.publicKey);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) }, key, buf(fromHex(sealed.ciphertext))));
  } catch {
    throw new Error('the passphrase does not open this key (or the file was altered)');
  }
}
