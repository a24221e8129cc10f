// polkadot.js against a CareChain dev node, exactly as a patient app or hospital script would
// use it: no custom type definitions, everything from the chain's metadata.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Keyring } from '@polkadot/keyring';

import { connectDevNode } from './dev-node.mjs';
import { submit } from './tx.mjs';

const UNIT = 10n ** 12n;

describe('polkadot.js on a CareChain dev node', () => {
  let chain;
  let api;
  let alice;
  let bob;

  before(async () => {
    chain = await connectDevNode();
    ({ api } = chain);
    const keyring = new Keyring({ type: 'sr25519' });
    alice = keyring.addFromUri('//Alice');
    bob = keyring.addFromUri('//Bob');
  });

  after(async () => {
    await chain?.disconnect();
  });

  test('reads the runtime version and the metadata', async () => {
    assert.equal(api.runtimeVersion.specName.toString(), 'carechain');
    assert.ok(api.runtimeMetadata.version >= 14, `metadata v${api.runtimeMetadata.version}`);
    const versions = (await api.call.metadata.metadataVersions()).map((v) => v.toNumber());
    assert.ok(versions.includes(15) && versions.includes(16), `metadata versions ${versions}`);
    assert.equal(typeof api.tx.balances.transferKeepAlive, 'function');
    assert.equal(api.registry.chainTokens[0], 'CARE');
    assert.equal(api.registry.chainDecimals[0], 12);
  });

  test('queries balances of the funded dev accounts', async () => {
    const { data } = await api.query.system.account(alice.address);
    assert.ok(data.free.toBigInt() > 1000n * UNIT, `Alice holds ${data.free.toHuman()}`);
  });

  test('signs a transfer from Alice, sees it finalized with its events and the balance moved', async () => {
    const amount = 7n * UNIT;
    const bobBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();

    const { blockHash, events } = await submit(
      api, api.tx.balances.transferKeepAlive(bob.address, amount), alice, { until: 'finalized' });

    const names = events.map(({ event }) => `${event.section}.${event.method}`);
    assert.ok(names.includes('system.ExtrinsicSuccess'), names.join(', '));
    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, `a Transfer event among ${names.join(', ')}`);
    const [from, to, value] = transfer.event.data;
    assert.equal(from.toString(), alice.address);
    assert.equal(to.toString(), bob.address);
    assert.equal(value.toBigInt(), amount);

    const atBlock = await api.at(blockHash);
    const bobAfter = (await atBlock.query.system.account(bob.address)).data.free.toBigInt();
    assert.equal(bobAfter - bobBefore, amount);

    const finalized = await api.rpc.chain.getFinalizedHead();
    const finalizedNumber = (await api.rpc.chain.getHeader(finalized)).number.toNumber();
    const blockNumber = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.ok(finalizedNumber >= blockNumber, 'the block is finalized');
  });
});
