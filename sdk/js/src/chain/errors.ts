// What can go wrong on the chain's side, typed: a dispatch that failed (by the runtime's error
// name and docs), a read or anchor the runtime refused and recorded, the node's intrusion
// detection refusing a client (-32090), and a transaction the pool would not take.

import type { ApiPromise } from '@polkadot/api';
import type { DispatchError } from '@polkadot/types/interfaces';

/** A transaction whose dispatch failed: `section.name` as the runtime names the error. */
export class DispatchFailed extends Error {
  override readonly name = 'DispatchFailed';
  constructor (
    /** The pallet, as polkadot.js names it (`registry`). */
    readonly section: string,
    /** The error's name (`KeyTooShort`), or the kind of a non-module error (`BadOrigin`). */
    readonly error: string,
    /** The runtime's documentation of the error. */
    readonly docs: string
  ) {
    super(section ? `${section}.${error}: ${docs}` : `${error}${docs ? `: ${docs}` : ''}`);
  }

  /** A dispatch error, decoded with the chain's metadata. */
  static from (api: ApiPromise, dispatchError: DispatchError): DispatchFailed {
    if (dispatchError.isModule) {
      const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
      return new DispatchFailed(section, name, docs.join(' ').trim());
    }
    if (dispatchError.isToken) return new DispatchFailed('', `Token.${dispatchError.asToken.type}`, '');
    if (dispatchError.isArithmetic) return new DispatchFailed('', `Arithmetic.${dispatchError.asArithmetic.type}`, '');
    return new DispatchFailed('', dispatchError.type, '');
  }
}

/**
 * The node's intrusion detection refused this client (JSON-RPC error -32090): it sent requests
 * far faster than its baseline. Retry after `retryAfterSeconds`; until then every request from
 * this address is refused.
 */
export class Throttled extends Error {
  override readonly name = 'Throttled';
  /** The JSON-RPC error code. */
  readonly code = THROTTLED;
  constructor (readonly retryAfterSeconds: number, message: string) {
    super(message);
  }
}

/** The JSON-RPC error code of the node's intrusion-detection refusal. */
export const THROTTLED = -32090;

/**
 * The transaction pool did not take the transaction (`1010: Invalid Transaction`, `1014:
 * Priority is too low`, a full pool…): `retryable` when sending it again later may succeed (a
 * full pool, a stale nonce).
 */
export class TransactionRefused extends Error {
  override readonly name = 'TransactionRefused';
  constructor (readonly code: number | undefined, message: string, readonly retryable: boolean) {
    super(message);
  }
}

/** A failed RPC request as the SDK's typed error (a `Throttled` for -32090); others as they were. */
export function typedRpcError (error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const code = /^(-?\d+):/.exec(message)?.[1];
  if (code === String(THROTTLED)) {
    const seconds = /throttled for (\d+) s/.exec(message)?.[1];
    return new Throttled(seconds ? Number(seconds) : 60, message.replace(/^-?\d+:\s*/, ''));
  }
  if (code === '1010' || code === '1014' || code === '1016' || /Immediately Dropped|pool is full|Temporarily Banned/i.test(message)) {
    // A full pool, a nonce a later transaction takes, a ban that lapses: worth sending again later.
    const retryable = /pool is full|Priority is too low|Immediately Dropped|Temporarily Banned|outdated|Future/i.test(message);
    return new TransactionRefused(code ? Number(code) : undefined, message, retryable);
  }
  return error instanceof Error ? error : new Error(message);
}
