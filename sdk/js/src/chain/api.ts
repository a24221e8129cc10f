// Connecting polkadot.js to CareChain: the chain's own transaction extensions and JSON-RPC
// methods declared, so that a connection logs no "Unknown signed extensions" warning and the
// storage network's `bitswap_v1_get` is callable.

import { ApiPromise, WsProvider } from '@polkadot/api';
import type { ApiOptions } from '@polkadot/api/types';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/**
 * CareChain's transaction extensions beyond FRAME's: neither adds bytes to a transaction nor to
 * what is signed. `AuthorizeCall` is FRAME's (`frame_system::AuthorizeCall`, for calls that
 * authorize themselves), `CheckQuarantine` intrusion detection's (a quarantined account's
 * transaction is refused before it costs anything). Plain polkadot.js users pass these as
 * `ApiPromise.create({ signedExtensions: CARECHAIN_SIGNED_EXTENSIONS })`.
 */
export const CARECHAIN_SIGNED_EXTENSIONS = {
  AuthorizeCall: { extrinsic: {}, payload: {} },
  CheckQuarantine: { extrinsic: {}, payload: {} }
} as const;

/**
 * The node's JSON-RPC methods polkadot.js does not know: `bitswap_v1_get` (an envelope by CID,
 * from the storage network: every member node keeps the envelopes published with
 * `envelopes.store`), as `api.rpc.bitswap.v1_get(cid)`.
 */
export const CARECHAIN_RPC = {
  bitswap: {
    v1_get: {
      description: 'The bytes stored under a CID by an indexed transaction (hex); error -32810 if the node has none.',
      params: [{ name: 'cid', type: 'Text' }],
      type: 'Bytes'
    }
  }
} as const;

/** The options CareChain needs on top of polkadot.js's: its extensions and RPC methods. */
export function carechainApiOptions (options: ApiOptions = {}): ApiOptions {
  return {
    ...options,
    signedExtensions: { ...CARECHAIN_SIGNED_EXTENSIONS, ...options.signedExtensions },
    rpc: { ...CARECHAIN_RPC, ...options.rpc } as unknown as ApiOptions['rpc']
  };
}

/** Where to connect. */
export type Endpoint =
  /** A node's WebSocket RPC (`ws://127.0.0.1:9944`), or several tried in order. */
  | string | string[]
  /** Any polkadot.js provider, such as the light client's (`ScProvider`). */
  | ProviderInterface;

/**
 * Connects to CareChain: resolves once the chain's metadata is loaded. Given several URLs, the
 * first that answers within `timeoutMs` each is used.
 */
export async function connect (endpoint: Endpoint, { timeoutMs = 10_000, options = {} }: { timeoutMs?: number, options?: ApiOptions } = {}): Promise<ApiPromise> {
  await cryptoWaitReady();
  if (typeof endpoint !== 'string' && !Array.isArray(endpoint)) {
    return ApiPromise.create(carechainApiOptions({ ...options, provider: endpoint }));
  }
  const urls = Array.isArray(endpoint) ? endpoint : [endpoint];
  const reasons: string[] = [];
  for (const url of urls) {
    const provider = new WsProvider(url, false);
    try {
      await withTimeout(provider.connect(), timeoutMs, `${url}: no connection within ${timeoutMs} ms`);
      await withTimeout(provider.isReady, timeoutMs, `${url}: not ready within ${timeoutMs} ms`);
      return await withTimeout(ApiPromise.create(carechainApiOptions({ ...options, provider, throwOnConnect: true })), timeoutMs * 3,
        `${url}: no metadata within ${timeoutMs * 3} ms`);
    } catch (e) {
      reasons.push(e instanceof Error ? e.message : String(e));
      await provider.disconnect().catch(() => undefined);
    }
  }
  throw new Error(`no CareChain node answered: ${reasons.join('; ')}`);
}

function withTimeout<T> (promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); })
  ]);
}
