// Accounts: those of the polkadot.js browser extension when it is installed, and on a
// development chain the dev accounts (//Alice … //Ferdie).

import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Signer } from '@carechain/sdk';

/** An account the app can sign with. */
export interface Account {
  address: string;
  name: string;
  source: 'development' | 'extension';
  /** What `submit` signs with. */
  signer: Signer;
  /** The extension's signer, passed in `submit`'s options. */
  options?: { signer: unknown };
}

const DEV = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** The accounts available: the extension's, then (on a development chain) the dev accounts. */
export async function accounts (api: ApiPromise): Promise<Account[]> {
  const found: Account[] = [];
  try {
    const { web3Enable, web3Accounts, web3FromAddress } = await import('@polkadot/extension-dapp');
    const extensions = await web3Enable('CareChain');
    if (extensions.length > 0) {
      for (const account of await web3Accounts()) {
        const injector = await web3FromAddress(account.address);
        found.push({ address: account.address, name: account.meta.name ?? account.address, source: 'extension', signer: account.address, options: { signer: injector.signer } });
      }
    }
  } catch {
    // No extension: dev accounts only.
  }
  const chainType = (await api.rpc.system.chainType()).type;
  if (chainType === 'Development' || chainType === 'Local') {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
    for (const name of DEV) {
      const pair = keyring.addFromUri(`//${name}`, { name });
      found.push({ address: pair.address, name: `${name} (dev)`, source: 'development', signer: pair });
    }
  }
  return found;
}
