// RSA private keys in the browser: kept in IndexedDB as non-extractable WebCrypto keys, one per
// account, beside a copy sealed under the user's passphrase (the only form that can leave the
// browser, as a downloaded file). Imported from PKCS#8 DER (what the CLI and OpenSSL write) or
// from a sealed file.

import { openSealedKey, RsaPrivateKey, type SealedKey, sealPrivateKey } from '@carechain/sdk';

interface Stored {
  address: string;
  decrypt: CryptoKey;
  publicKey: Uint8Array;
  sealed: SealedKey;
}

const DB = 'carechain-keys';
const STORE = 'rsa';

function database (): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'address' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T> (mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** `address`'s RSA key, if this browser holds one. */
export async function keyOf (address: string): Promise<RsaPrivateKey | undefined> {
  const stored = await transact<Stored | undefined>('readonly', (store) => store.get(address));
  return stored ? RsaPrivateKey.fromCryptoKey(stored.decrypt, stored.publicKey) : undefined;
}

/** Keeps `key` for `address`: a non-extractable copy for use, a sealed copy for export. */
async function keep (address: string, key: RsaPrivateKey, passphrase: string): Promise<RsaPrivateKey> {
  const sealed = await sealPrivateKey(key.toPkcs8(), key.publicKeySpki, passphrase);
  const decrypt = await key.toCryptoKey();
  await transact('readwrite', (store) => store.put({ address, decrypt, publicKey: key.publicKeySpki, sealed } satisfies Stored));
  return RsaPrivateKey.fromCryptoKey(decrypt, key.publicKeySpki);
}

/** Generates a 2048-bit key for `address` here, in the browser. */
export async function generateKey (address: string, passphrase: string): Promise<RsaPrivateKey> {
  return keep(address, await RsaPrivateKey.generate(2048), passphrase);
}

/** Imports a key file for `address`: PKCS#8 DER, or a sealed file (JSON) opened with `passphrase`. */
export async function importKey (address: string, file: Uint8Array, passphrase: string): Promise<RsaPrivateKey> {
  let pkcs8 = file;
  if (file[0] === 0x7b) { // '{': a sealed key file
    pkcs8 = await openSealedKey(JSON.parse(new TextDecoder().decode(file)) as SealedKey, passphrase);
  }
  return keep(address, await RsaPrivateKey.fromPkcs8(pkcs8), passphrase);
}

/** The sealed copy of `address`'s key, to download. */
export async function sealedKeyOf (address: string): Promise<SealedKey | undefined> {
  return (await transact<Stored | undefined>('readonly', (store) => store.get(address)))?.sealed;
}

/** Forgets `address`'s key in this browser. */
export async function forgetKey (address: string): Promise<void> {
  await transact('readwrite', (store) => store.delete(address));
}
