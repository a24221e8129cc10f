// The hospitals' council from polkadot.js, with no custom types: a member proposes a motion that
// admits a hospital (registry admission and council membership in one `utility.batchAll`),
// another votes for it, anyone closes it; the motion executes with the council's origin.
// On the dev chain the council is Alice, Bob and Charlie: two thirds is two of them.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';

import { connectDevNode } from './dev-node.mjs';
import { submit } from './tx.mjs';

const RSA_2048 = u8aToHex(
  readFileSync(new URL('../../primitives/test-keys/rsa2048-b.spki.der', import.meta.url)));

describe('the council from polkadot.js', () => {
  let chain;
  let api;
  let accounts;

  before(async () => {
    chain = await connectDevNode();
    ({ api } = chain);
    const keyring = new Keyring({ type: 'sr25519' });
    accounts = Object.fromEntries(
      ['Alice', 'Bob', 'Charlie', 'Ferdie'].map((name) => [name, keyring.addFromUri(`//${name}`)]));
  });

  after(async () => {
    await chain?.disconnect();
  });

  test('proposes, votes and closes a motion that admits a hospital', async () => {
    const { Alice, Bob, Charlie, Ferdie: newHospital } = accounts;
    const members = (await api.query.hospitalCouncil.members()).map(String);
    assert.deepEqual([...members].sort(), [Alice.address, Bob.address, Charlie.address].sort());

    // One motion: the registry admits the hospital and the council seats it.
    const admit = api.tx.utility.batchAll([
      api.tx.registry.admitHospital(newHospital.address, RSA_2048),
      api.tx.hospitalMembership.addMember(newHospital.address),
    ]);
    const threshold = 2;
    const lengthBound = admit.method.encodedLength;
    const { events: proposed } = await submit(
      api, api.tx.hospitalCouncil.propose(threshold, admit.method, lengthBound), Alice);
    const event = proposed.find(({ event }) => api.events.hospitalCouncil.Proposed.is(event)).event;
    const [, index, hash] = event.data;

    // Nothing happens before the council agrees.
    assert.ok((await api.call.registryApi.profile(newHospital.address)).isNone);

    // Proposing is not voting: the proposer votes too.
    await submit(api, api.tx.hospitalCouncil.vote(hash, index, true), Alice);
    await submit(api, api.tx.hospitalCouncil.vote(hash, index, true), Bob);
    const weightBound = (await api.call.transactionPaymentCallApi.queryCallInfo(admit.method, lengthBound)).weight;
    const { events: closed } = await submit(
      api, api.tx.hospitalCouncil.close(hash, index, weightBound, lengthBound), Charlie);
    const executed = closed.find(({ event }) => api.events.hospitalCouncil.Executed.is(event));
    assert.ok(executed, 'the motion was executed');
    assert.ok(executed.event.data.result.isOk, `the motion succeeded: ${executed.event.data.result}`);

    const profile = (await api.call.registryApi.profile(newHospital.address)).unwrap();
    assert.ok(profile.role.isHospital && profile.status.isActive);
    const after = (await api.query.hospitalCouncil.members()).map(String);
    assert.ok(after.includes(newHospital.address), 'the new hospital has a council seat');
  });

  test('a single hospital cannot admit a hospital alone', async () => {
    const { Bob } = accounts;
    const outsider = new Keyring({ type: 'sr25519' }).addFromUri('//CouncilOutsider');
    // Signed directly, the call is refused: only the council (or sudo on a dev chain) admits.
    await assert.rejects(
      submit(api, api.tx.registry.admitHospital(outsider.address, RSA_2048), Bob),
      /badorigin/i);
    // A motion short of its threshold cannot be closed early: one aye of three needed.
    const admit = api.tx.registry.admitHospital(outsider.address, RSA_2048);
    const lengthBound = admit.method.encodedLength;
    const { events } = await submit(
      api, api.tx.hospitalCouncil.propose(3, admit.method, lengthBound), Bob);
    const [, index, hash] = events
      .find(({ event }) => api.events.hospitalCouncil.Proposed.is(event)).event.data;
    await submit(api, api.tx.hospitalCouncil.vote(hash, index, true), Bob);
    await assert.rejects(
      submit(api, api.tx.hospitalCouncil.close(hash, index, { refTime: 1e9, proofSize: 1e6 }, lengthBound), Bob),
      /TooEarly/);
    assert.ok((await api.call.registryApi.profile(outsider.address)).isNone);
  });
});
