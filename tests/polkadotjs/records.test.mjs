// Records from polkadot.js: a device anchors a signed reading (its RSA-PSS signature verified
// on-chain), the metadata comes back through `api.call.recordsApi`, the hash check says yes for
// the right hash and no for another; a forged signature is refused by name.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex, stringToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { connectDevNode } from './dev-node.mjs';
import { submit } from './tx.mjs';

const testFile = (name) => readFileSync(new URL(`../../primitives/test-keys/${name}`, import.meta.url));
const RSA_2048 = u8aToHex(testFile('rsa2048-a.spki.der'));
const DEVICE_KEY = u8aToHex(testFile('device2048.spki.der'));
// The test reading and OpenSSL's RSA-PSS (SHA-256) signature of its blake2b-256 hash.
const READING = testFile('reading.bin');
const SIGNATURE = testFile('device2048.reading.pss.sig');

describe('records from polkadot.js', () => {
  let chain;
  let api;
  let cast;

  before(async () => {
    chain = await connectDevNode();
    ({ api } = chain);
    const keyring = new Keyring({ type: 'sr25519' });
    const [sudo, hospital, patient, device] =
      ['Alice', 'Bob', 'Dave', 'Ferdie'].map((name) => keyring.addFromUri(`//${name}`));
    cast = { sudo, hospital, patient, device };

    await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(hospital.address, RSA_2048)), sudo);
    await submit(api, api.tx.registry.registerPatient(RSA_2048, null), patient);
    await submit(api, api.tx.registry.registerDevice(
      device.address, patient.address, 'Wearable', RSA_2048, DEVICE_KEY), hospital);
  });

  after(async () => {
    await chain?.disconnect();
  });

  const anchor = (signer, hash, signature) => submit(api, api.tx.records.anchor(
    cast.patient.address, 'VitalSigns', hash, stringToHex(`carechain-blob:${hash.slice(2)}`),
    READING.length, 1, 0, 'Treatment', signature, Date.now()), signer);

  test('a device anchors a signed reading and its metadata reads back', async () => {
    const { patient, device } = cast;
    const hash = blake2AsHex(READING, 256);
    const { events } = await anchor(device, hash, u8aToHex(SIGNATURE));
    const anchored = events.find(({ event }) => api.events.records.RecordAnchored.is(event));
    assert.ok(anchored, 'a RecordAnchored event');
    const id = anchored.event.data.recordId.toNumber();
    assert.ok(anchored.event.data.basis.isMonitoringDevice);

    const record = (await api.call.recordsApi.record(id)).unwrap();
    assert.equal(record.patient.toString(), patient.address);
    assert.equal(record.author.toString(), device.address);
    assert.ok(record.category.isVitalSigns);
    assert.equal(record.contentHash.toHex(), hash);
    // `size` is also a property of the Map a polkadot.js Struct is: read the field from JSON.
    const { size, timestamp } = record.toJSON();
    assert.equal(size, READING.length);
    assert.ok(record.status.isCurrent);
    assert.ok(timestamp > 1_700_000_000_000, 'stamped with the block time');

    assert.ok((await api.call.recordsApi.verifyHash(id, hash)).isTrue);
    assert.ok((await api.call.recordsApi.verifyHash(id, blake2AsHex('other', 256))).isFalse);
    assert.equal((await api.call.recordsApi.recordByHash(hash)).unwrap().toNumber(), id);
    const page = await api.call.recordsApi.recordsOf(patient.address, 'VitalSigns', 0, 10);
    assert.deepEqual(page.map(([recordId]) => recordId.toNumber()), [id]);
  });

  test('a forged signature is refused with a named error and nothing is stored', async () => {
    const hash = blake2AsHex('a reading the device never signed', 256);
    await assert.rejects(anchor(cast.device, hash, u8aToHex(SIGNATURE)), /records\.BadSignature/);
    assert.ok((await api.call.recordsApi.recordByHash(hash)).isNone);
  });
});
