// Shamir secret sharing of a 256-bit data key over GF(2^8) with the AES polynomial (0x11b), as
// crypto/src/shamir.rs: share x holds, for each byte of the secret, the value at x of a random
// polynomial whose constant term is that byte; any `threshold` shares recover it by Lagrange
// interpolation at 0. The arithmetic runs fixed loops without table look-ups on secret bytes.

import { randomBytes } from './keys.js';

/** One share: its x-coordinate (1 to 255) and the 32 y-bytes. */
export interface Share {
  x: number;
  y: Uint8Array;
}

/** Why sharing failed. */
export class ShamirError extends Error {
  override readonly name = 'ShamirError';
  constructor (readonly kind: 'BadParameters' | 'TooFewShares' | 'Malformed') {
    super(kind);
  }
}

function gfMul (a: number, b: number): number {
  let product = 0;
  for (let i = 0; i < 8; i++) {
    product ^= a & -(b & 1);
    const carry = -(a >> 7) & 0xff;
    a = ((a << 1) ^ (0x1b & carry)) & 0xff;
    b >>= 1;
  }
  return product & 0xff;
}

function gfInv (a: number): number {
  let result = 1;
  for (let i = 0; i < 7; i++) result = gfMul(gfMul(result, result), a);
  return gfMul(result, result);
}

/** 33 bytes: x, then y. */
export const shareToBytes = (share: Share): Uint8Array => Uint8Array.of(share.x, ...share.y);

/** Reads 33 bytes; refuses x = 0 or another length. */
export function shareFromBytes (bytes: Uint8Array): Share {
  if (bytes.length !== 33 || bytes[0] === 0) throw new ShamirError('Malformed');
  return { x: bytes[0]!, y: bytes.slice(1) };
}

/** Splits `secret` into `count` shares (x = 1, …, count), any `threshold` of which recover it. */
export function split (secret: Uint8Array, threshold: number, count: number): Share[] {
  if (secret.length !== 32 || !Number.isInteger(threshold) || !Number.isInteger(count) ||
      count < 1 || count > 255 || threshold < 2 || threshold > count) {
    throw new ShamirError('BadParameters');
  }
  const coefficients = [secret.slice(), ...Array.from({ length: threshold - 1 }, () => randomBytes(32))];
  const shares: Share[] = [];
  for (let x = 1; x <= count; x++) {
    const y = new Uint8Array(32);
    for (let i = 0; i < 32; i++) {
      let acc = 0;
      for (let t = coefficients.length - 1; t >= 0; t--) acc = gfMul(acc, x) ^ coefficients[t]![i]!;
      y[i] = acc;
    }
    shares.push({ x, y });
  }
  for (const term of coefficients) term.fill(0);
  return shares;
}

/**
 * Recovers the secret from at least `threshold` distinct shares (a share repeated with other
 * bytes is [`Malformed`](ShamirError)). A wrong share gives a wrong secret: the caller finds out
 * when the record does not decrypt.
 */
export function combine (shares: Share[], threshold: number): Uint8Array {
  if (threshold < 2) throw new ShamirError('BadParameters');
  const seen = new Map<number, Share>();
  const distinct: Share[] = [];
  for (const share of shares) {
    if (share.x === 0) throw new ShamirError('Malformed');
    const first = seen.get(share.x);
    if (first) {
      if (first.y.some((byte, i) => byte !== share.y[i])) throw new ShamirError('Malformed');
    } else {
      seen.set(share.x, share);
      if (distinct.length < threshold) distinct.push(share);
    }
  }
  if (distinct.length < threshold) throw new ShamirError('TooFewShares');
  const secret = new Uint8Array(32);
  for (const share of distinct) {
    let numerator = 1;
    let denominator = 1;
    for (const other of distinct) {
      if (other.x === share.x) continue;
      numerator = gfMul(numerator, other.x);
      denominator = gfMul(denominator, other.x ^ share.x);
    }
    const basis = gfMul(numerator, gfInv(denominator));
    for (let i = 0; i < 32; i++) secret[i] = secret[i]! ^ gfMul(basis, share.y[i]!);
  }
  return secret;
}

/** For tests: multiplication in the field. */
export const _gfMul = gfMul;
/** For tests: the inverse in the field (0 for 0). */
export const _gfInv = gfInv;
