// Bytes, hex and the parts of SCALE the envelope format uses (compact lengths, little-endian
// integers), written out so that the format is read exactly as the Rust client reads it.

import { CryptoError } from './errors.js';

/** Concatenates byte arrays. */
export function concat (...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Lower-case hex without a prefix. */
export function toHex (bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Reads hex, with or without `0x`; throws on odd length or a non-hex digit. */
export function fromHex (hex: string): Uint8Array {
  const text = hex.startsWith('0x') ? hex.slice(2) : hex;
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw new TypeError(`not hex: ${hex.slice(0, 16)}…`);
  }
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `value` as a little-endian u32. */
export function u32Le (value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) throw new RangeError(`not a u32: ${value}`);
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
}

/** `value` as a little-endian u64. */
export function u64Le (value: bigint | number): Uint8Array {
  const v = BigInt(value);
  if (v < 0n || v > 0xffff_ffff_ffff_ffffn) throw new RangeError(`not a u64: ${value}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v, true);
  return out;
}

/** SCALE's compact encoding of a length (below 2^30, as every length here is). */
export function compact (value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a length: ${value}`);
  if (value < 1 << 6) return Uint8Array.of(value << 2);
  if (value < 1 << 14) return Uint8Array.of(((value << 2) | 1) & 0xff, value >> 6);
  if (value < 1 << 30) {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, ((value << 2) | 2) >>> 0, true);
    return out;
  }
  throw new RangeError(`a length of ${value} is longer than an envelope holds`);
}

/** SCALE bytes: a compact length, then the bytes. */
export const scaleBytes = (bytes: Uint8Array): Uint8Array => concat(compact(bytes.length), bytes);

/**
 * Reads SCALE from a byte array, as parity-scale-codec does: a read past the end or a
 * non-canonical compact length is [`Malformed`](CryptoError).
 */
export class Reader {
  private at = 0;
  constructor (private readonly bytes: Uint8Array) {}

  /** Whether every byte was read. */
  get done (): boolean {
    return this.at === this.bytes.length;
  }

  byte (): number {
    const value = this.bytes[this.at];
    if (value === undefined) throw new CryptoError('Malformed');
    this.at += 1;
    return value;
  }

  fixed (length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new CryptoError('Malformed');
    const out = this.bytes.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }

  /** A compact u32, refusing what parity-scale-codec refuses (non-canonical forms). */
  compact (): number {
    const first = this.byte();
    switch (first & 3) {
      case 0:
        return first >> 2;
      case 1: {
        const value = (first | (this.byte() << 8)) >> 2;
        if (value < 1 << 6) throw new CryptoError('Malformed');
        return value;
      }
      case 2: {
        const word = this.fixed(4);
        const value = new DataView(word.buffer, word.byteOffset, 4).getUint32(0, true) >>> 2;
        if (value < 1 << 14) throw new CryptoError('Malformed');
        return value;
      }
      default: {
        // Four or more bytes follow: a u32 needs exactly four, holding a value of 2^30 or more.
        if (first >> 2 !== 0) throw new CryptoError('Malformed');
        const word = this.fixed(4);
        const value = new DataView(word.buffer, word.byteOffset, 4).getUint32(0, true);
        if (value < 1 << 30) throw new CryptoError('Malformed');
        return value;
      }
    }
  }

  /** SCALE bytes: a compact length, then that many bytes. */
  scaleBytes (): Uint8Array {
    return this.fixed(this.compact());
  }
}

/** `bytes` as WebCrypto takes them (over an `ArrayBuffer`, not a `SharedArrayBuffer`). */
export const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  (bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes)) as Uint8Array<ArrayBuffer>;
