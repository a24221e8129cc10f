// The record cryptography, in WebCrypto: works in browsers and in Node 20 alike, and is
// byte-compatible with the Rust client (crypto/src).

export * from './batch.js';
export * from './bytes.js';
export * from './custody.js';
export * from './envelope.js';
export * from './errors.js';
export * from './hashes.js';
export * from './keys.js';
export * from './keystore.js';
export { combine, split, shareFromBytes, shareToBytes, ShamirError } from './shamir.js';
export type { Share } from './shamir.js';
