// Where envelopes are fetched from and published to. The storage network is the chain: every
// member node keeps the envelopes published with `envelopes.store` (docs/storage.md) and serves
// them by CID through `bitswap_v1_get`. Whatever a node returns is checked against the anchored
// hash: a node can withhold an envelope, never alter it unseen.

import type { ApiPromise } from '@polkadot/api';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';

import { fromHex } from '../crypto/bytes.js';
import { cidOf, contentHash } from '../crypto/hashes.js';
import { typedRpcError } from './errors.js';

/** Why an envelope could not be fetched. */
export type StoreErrorKind =
  /** Every node answered, and none has it. */
  | 'NotFound'
  /** The only bytes served under the hash are others (a node altered them). */
  | 'HashMismatch'
  /** No node answered (each one's reason in the message). */
  | 'Unreachable';

/** An envelope that could not be fetched, by kind (the Rust client's `StoreError`). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor (readonly kind: StoreErrorKind, message: string) {
    super(message);
  }
}

/** Somewhere envelopes come from. */
export interface EnvelopeSource {
  /** The envelope stored under `hash`, checked against it. */
  fetch (hash: Uint8Array): Promise<Uint8Array>;
}

/** The JSON-RPC error code of `bitswap_v1_get` for a CID the node does not have. */
const NOT_FOUND = -32810;

type Node = ApiPromise | ProviderInterface;
const providerOf = (node: Node): ProviderInterface => ('rpc' in node && 'registry' in node) ? (node as ApiPromise)['_rpcCore'].provider : node as ProviderInterface;

/**
 * The member nodes' `bitswap_v1_get`, tried in order: the first node with the envelope serves it.
 * Errors as the Rust client's `NodeStore`: HashMismatch, then Unreachable, then NotFound.
 */
export class NodeStore implements EnvelopeSource {
  private readonly nodes: ProviderInterface[];

  constructor (nodes: Node | Node[], private readonly timeoutMs = 10_000) {
    this.nodes = (Array.isArray(nodes) ? nodes : [nodes]).map(providerOf);
  }

  async fetch (hash: Uint8Array): Promise<Uint8Array> {
    const cid = cidOf(hash);
    let altered = false;
    let notFound = false;
    const unreachable: string[] = [];
    for (const [i, provider] of this.nodes.entries()) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const answer = await Promise.race([
          provider.send<string>('bitswap_v1_get', [cid]),
          new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs); })
        ]);
        let bytes: Uint8Array;
        try {
          bytes = fromHex(String(answer));
        } catch {
          // An answer that is not bytes at all is as good as altered, as the Rust client counts it.
          altered = true;
          continue;
        }
        if (contentHash(bytes).every((byte, j) => byte === hash[j])) return bytes;
        altered = true;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (message.startsWith(`${NOT_FOUND}:`)) notFound = true;
        else unreachable.push(`node ${i + 1}: ${typedRpcError(e).message}`);
      } finally {
        clearTimeout(timer);
      }
    }
    if (altered) throw new StoreError('HashMismatch', `the bytes served under ${cid} are not the envelope anchored`);
    if (unreachable.length > 0) throw new StoreError('Unreachable', `${cid}: ${unreachable.join('; ')}`);
    if (notFound) throw new StoreError('NotFound', `no node has ${cid}`);
    throw new StoreError('Unreachable', 'no node to ask');
  }
}

/** Envelopes held in memory (tests, or an app's cache), checked like any other source. */
export class MemoryStore implements EnvelopeSource {
  private readonly blobs = new Map<string, Uint8Array>();

  /** Keeps `bytes` under their hash; returns the hash. */
  put (bytes: Uint8Array): Uint8Array {
    const hash = contentHash(bytes);
    this.blobs.set(cidOf(hash), bytes.slice());
    return hash;
  }

  async fetch (hash: Uint8Array): Promise<Uint8Array> {
    const bytes = this.blobs.get(cidOf(hash));
    if (!bytes) throw new StoreError('NotFound', `no envelope ${cidOf(hash)} here`);
    return bytes.slice();
  }
}

/** The `ipfs://<cid>` locator an anchor names for an envelope published to the storage network. */
export const locatorOf = (hash: Uint8Array): string => `ipfs://${cidOf(hash)}`;
