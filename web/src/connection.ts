// How the app reaches the chain: through the smoldot light client (the patient need not trust a
// hospital's RPC node: the light client checks finality and state proofs itself), with the chain
// spec the page is served with, or through a node's WebSocket RPC; the light client first when
// asked for, falling back to the RPC.

import type { ApiPromise } from '@polkadot/api';
import { ScProvider } from '@polkadot/rpc-provider/substrate-connect';
import * as Sc from '@substrate/connect';
import { connect } from '@carechain/sdk';

/** How the app is connected. */
export interface Connection {
  api: ApiPromise;
  /** `light client` or the RPC URL. */
  via: string;
}

/**
 * The nodes this build trusts without asking: `VITE_CARECHAIN_ENDPOINTS` at build time (comma
 * separated), else the dev chain's. The node an app talks to decides which public keys it wraps
 * patients' keys to, so a link cannot choose it silently.
 */
const TRUSTED = (import.meta.env.VITE_CARECHAIN_ENDPOINTS as string | undefined ?? 'ws://127.0.0.1:9944').split(',').map((e) => e.trim()).filter(Boolean);
const APPROVED = 'carechain-approved-endpoints';

/** Whether the user may use `rpc`: a trusted node, one approved before, or one approved now. */
function approved (rpc: string): boolean {
  const before = JSON.parse(localStorage.getItem(APPROVED) ?? '[]') as string[];
  if (TRUSTED.includes(rpc) || before.includes(rpc)) return true;
  const yes = window.confirm(`Connect to ${rpc}?\n\nThis node will tell the app whose keys to encrypt your records' keys to. Only connect to a node your hospital runs.`);
  if (yes) localStorage.setItem(APPROVED, JSON.stringify([...before, rpc]));
  return yes;
}

/** The settings in the page's query: `?rpc=ws://…&light=1&spec=/chain-spec.json`. */
export function settings (): { rpc: string, light: boolean, spec: string } {
  const query = new URLSearchParams(location.search);
  return {
    rpc: query.get('rpc') ?? TRUSTED[0]!,
    light: query.get('light') === '1',
    spec: query.get('spec') ?? '/chain-spec.json'
  };
}

/** Connects as `settings()` say; reports each attempt through `progress`. */
export async function open (progress: (message: string) => void): Promise<Connection> {
  const { rpc, light, spec } = settings();
  if (!spec.startsWith('/')) throw new Error('the chain spec must be served by the app itself (a path such as /chain-spec.json)');
  if (light) {
    try {
      progress('starting the light client (smoldot) with the chain spec');
      const chainSpec = await (await fetch(spec)).text();
      const provider = new ScProvider(Sc as never, chainSpec);
      await provider.connect();
      const api = await withTimeout(connect(provider), 60_000, 'the light client did not sync within 60 s');
      return { api, via: 'light client' };
    } catch (e) {
      const reason = (e as Error).message;
      if (!window.confirm(`The light client is unavailable (${reason}). Trust the node at ${rpc} instead?`)) {
        throw new Error(`light client unavailable (${reason}); not falling back to ${rpc}`);
      }
      progress(`light client unavailable (${reason}); falling back to ${rpc}`);
    }
  }
  if (!approved(rpc)) throw new Error(`not connecting to ${rpc}: not approved`);
  progress(`connecting to ${rpc}`);
  return { api: await connect(rpc), via: rpc };
}

function withTimeout<T> (promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);
}
