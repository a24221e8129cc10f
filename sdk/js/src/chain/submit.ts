// Submitting a transaction as an app does: sign, send, wait until it is in a block or
// finalized, and turn every way it can fail into a typed error.

import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { AddressOrPair, SignerOptions } from '@polkadot/api/types';
import type { EventRecord, Hash } from '@polkadot/types/interfaces';

import { DispatchFailed, TransactionRefused, typedRpcError } from './errors.js';

/** An account that signs: a keyring pair, or an address with an extension's signer in `options`. */
export type Signer = AddressOrPair;

/** The address of a signer. */
export const addressOf = (signer: Signer): string =>
  (typeof signer === 'object' && signer !== null && 'address' in signer ? String(signer.address) : String(signer));

/** How long to wait. */
export type Until = 'inBlock' | 'finalized';

/** A transaction included, with its events. */
export interface Included {
  blockHash: Hash;
  events: EventRecord[];
}

/** Progress of a transaction, for an app to show. */
export type Progress = 'signing' | 'sent' | 'ready' | 'inBlock' | 'finalized';

/**
 * Signs `tx` with `signer`, sends it and resolves once it is in a block (or finalized). Rejects
 * with [`DispatchFailed`] if its dispatch failed (a sudo call's, or a batch's, inner failure
 * included), [`TransactionRefused`] if the pool would not take it or dropped it, and
 * [`Throttled`] if the node's intrusion detection refused the client.
 */
export function submit (
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: Signer,
  { until = 'inBlock', options = {}, onProgress }: { until?: Until, options?: Partial<SignerOptions>, onProgress?: (progress: Progress) => void } = {}
): Promise<Included> {
  return new Promise((resolve, reject) => {
    let unsubscribe: (() => void) | undefined;
    let settled = false;
    const done = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      unsubscribe?.();
      fn();
    };
    onProgress?.('signing');
    tx.signAndSend(signer, { nonce: -1, ...options }, ({ status, events, dispatchError }) => {
      if (status.isReady) onProgress?.('ready');
      if (dispatchError) return done(() => reject(DispatchFailed.from(api, dispatchError)));
      if (status.isDropped || status.isInvalid || status.isUsurped) {
        // Dropped (a full pool) may be sent again; invalid (it can never be) or usurped (another
        // transaction took its nonce) may not, as it was.
        return done(() => reject(new TransactionRefused(undefined, `the transaction was ${status.type.toLowerCase()} by the pool`, status.isDropped)));
      }
      if (status.isFinalityTimeout) {
        return done(() => reject(new TransactionRefused(undefined, 'its block was not finalized in time: look it up before sending it again', false)));
      }
      const reached = until === 'finalized' ? status.isFinalized : (status.isInBlock || status.isFinalized);
      if (!reached) return;
      onProgress?.(status.isFinalized ? 'finalized' : 'inBlock');
      const inner = innerFailure(api, events);
      if (inner) return done(() => reject(inner));
      const blockHash = status.isFinalized ? status.asFinalized : status.asInBlock;
      done(() => resolve({ blockHash, events }));
    }).then((unsub) => {
      onProgress?.('sent');
      if (settled) unsub(); else unsubscribe = unsub;
    }, (e) => done(() => reject(typedRpcError(e))));
  });
}

/** A sudo call's or an interrupted batch's failure among `events`. */
function innerFailure (api: ApiPromise, events: EventRecord[]): DispatchFailed | undefined {
  for (const { event } of events) {
    if (api.events.sudo?.Sudid?.is(event) || api.events.sudo?.SudoAsDone?.is(event)) {
      const result = event.data[0] as unknown as { isErr: boolean, asErr: Parameters<typeof DispatchFailed.from>[1] };
      if (result.isErr) return DispatchFailed.from(api, result.asErr);
    }
    if (api.events.utility?.BatchInterrupted?.is(event)) {
      return DispatchFailed.from(api, event.data[1] as unknown as Parameters<typeof DispatchFailed.from>[1]);
    }
  }
  return undefined;
}

/** The first event of `section.method` among `events`, or undefined. */
export function findEvent (events: EventRecord[], section: string, method: string): EventRecord['event'] | undefined {
  return events.find(({ event }) => event.section === section && event.method === method)?.event;
}

/** Every event of `section.method` among `events`. */
export function findEvents (events: EventRecord[], section: string, method: string): EventRecord['event'][] {
  return events.filter(({ event }) => event.section === section && event.method === method).map(({ event }) => event);
}

/** Sends `tx` and does not wait. */
export async function send (tx: SubmittableExtrinsic<'promise'>, signer: Signer, options: Partial<SignerOptions> = {}): Promise<Hash> {
  try {
    return await tx.signAndSend(signer, { nonce: -1, ...options });
  } catch (e) {
    throw typedRpcError(e);
  }
}
