// The OpenSSL-made keys and vectors in primitives/test-keys, shared with the Rust tests.

import { readFileSync } from 'node:fs';

export const testKey = (name) => new Uint8Array(readFileSync(new URL(`../../../primitives/test-keys/${name}`, import.meta.url)));

export const PATIENT = new Uint8Array(32).fill(1);
export const PHYSICIAN = new Uint8Array(32).fill(2);
export const CATEGORY_KEY_ID = new Uint8Array(32).fill(3);
export const CUSTODIANS = [new Uint8Array(32).fill(11), new Uint8Array(32).fill(12), new Uint8Array(32).fill(13)];

/** Private keys by name (PKCS#8), the public halves beside them (SPKI). */
export const KEYS = {
  device2048: { pkcs8: 'device2048.pkcs8.der', spki: 'device2048.spki.der' },
  device3072: { pkcs8: 'device3072.pkcs8.der', spki: 'device3072.spki.der' },
  device4096: { pkcs8: 'device4096.pkcs8.der', spki: 'device4096.spki.der' },
  device2048e3: { pkcs8: 'device2048-e3.pkcs8.der', spki: 'device2048-e3.spki.der' }
};

export const keyPath = (file) => new URL(`../../../primitives/test-keys/${file}`, import.meta.url).pathname;
