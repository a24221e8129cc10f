// What every view works with: the connection, the chosen account and its RSA key (if this browser
// holds one), the storage network (the connected node's bitswap_v1_get), and the accounts known.

import type { ApiPromise } from '@polkadot/api';
import { NodeStore, type RsaPrivateKey } from '@carechain/sdk';

import type { Account } from './accounts';

export interface Context {
  api: ApiPromise;
  account: Account;
  key?: RsaPrivateKey;
  store: NodeStore;
  accounts: Account[];
  /** Block time in ms (for countdowns). */
  blockTimeMs: number;
}

export const newStore = (api: ApiPromise): NodeStore => new NodeStore(api);

/** The best block number. */
export const bestBlock = async (api: ApiPromise): Promise<number> => (await api.rpc.chain.getHeader()).number.toNumber();

/** An account's name if it is a known one, else its address. */
export const nameOf = (context: Context, address: string): string =>
  context.accounts.find((a) => a.address === address)?.name ?? address;
