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

/** The settings in the page's query: `?rpc=ws://…&light=1&spec=/chain-spec.json`. */
export function settings (): { rpc: string, light: boolean, spec: string } {
  const query = new URLSearchParams(location.search);
  return {
    rpc: query.get('rpc') ?? 'ws://127.0.0.1:9944',
    light: query.get('light') === '1',
    spec: query.get('spec') ?? '/chain-spec.json'
  };
}

/** Connects as `settings()` say; reports each attempt through `progress`. */
export async function open (progress: (message: string) => void): Promise<Connection> {
  const { rpc, light, spec } = settings();
  if (light) {
    try {
      progress('starting the light client (smoldot) with the chain spec');
      const chainSpec = await (await fetch(spec)).text();
      const provider = new ScProvider(Sc as never, chainSpec);
      await provider.connect();
      const api = await withTimeout(connect(provider), 60_000, 'the light client did not sync within 60 s');
      return { api, via: 'light client' };
    } catch (e) {
      progress(`light client unavailable (${(e as Error).message}); falling back to ${rpc}`);
    }
  }
  progress(`connecting to ${rpc}`);
  return { api: await connect(rpc), via: rpc };
}

function withTimeout<T> (promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);
}
