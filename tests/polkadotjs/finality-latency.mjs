// How long a transaction takes from submission to a block and to finality, as an app sees it
// through polkadot.js. Not a test (nothing is asserted): a measurement, rerun with
//
//   cd tests/polkadotjs && node finality-latency.mjs [--transfers 30] [--url ws://…] [--json]
//
// Without --url it starts a throwaway dev node (scripts/test.sh's build, or $CARECHAIN_NODE).
// Alice sends one `balances.transferKeepAlive` a second to Bob, each submitted once the previous
// one is in a block (an idle chain: this measures the chain's own latency, not a queue), and the
// script reports submit → in block and submit → finalized, p50, p95 and max, in seconds.

import { Keyring } from '@polkadot/keyring';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { parseArgs } from 'node:util';
import { signedExtensions, startDevNode } from './dev-node.mjs';

const { values: args } = parseArgs({
  options: {
    transfers: { type: 'string', default: '30' },
    url: { type: 'string' },
    json: { type: 'boolean', default: false }
  }
});

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 100) / 100;
  return { p50: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), max: round(sorted[sorted.length - 1]) };
};

await cryptoWaitReady();
const node = args.url ? null : await startDevNode();
const api = await ApiPromise.create({ provider: new WsProvider(args.url ?? node.url), signedExtensions, noInitWarn: true });
try {
  const keyring = new Keyring({ type: 'sr25519' });
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const count = Number(args.transfers);
  const inBlock = [];
  const finalized = [];
  const pending = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    pending.push(new Promise((resolve, reject) => {
      let reachedBlock = false;
      api.tx.balances.transferKeepAlive(bob.address, 1_000_000_000n)
        .signAndSend(alice, { nonce: -1 }, ({ status }) => {
          if ((status.isInBlock || status.isFinalized) && !reachedBlock) {
            reachedBlock = true;
            inBlock.push((performance.now() - started) / 1000);
          }
          if (status.isFinalized) {
            finalized.push((performance.now() - started) / 1000);
            resolve();
          }
          if (status.isDropped || status.isInvalid || status.isUsurped) reject(new Error(status.type));
        }).catch(reject);
    }));
    // The next one once this one is in a block, and at most one a second.
    const waitForBlock = async () => { while (inBlock.length <= i) await new Promise((r) => setTimeout(r, 20)); };
    await Promise.all([waitForBlock(), new Promise((r) => setTimeout(r, 1000))]);
    if (!args.json) process.stderr.write(`\r${i + 1}/${count} in a block`);
  }
  await Promise.all(pending);
  if (!args.json) process.stderr.write('\n');
  const result = { transfers: count, inBlockSecs: summary(inBlock), finalizedSecs: summary(finalized) };
  console.log(args.json ? JSON.stringify(result) : result);
} finally {
  await api.disconnect();
  await node?.stop();
}
