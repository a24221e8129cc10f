// Records from polkadot.js: a device anchors a signed reading (its RSA-PSS signature verified
// on-chain), the metadata comes back through `api.call.recordsApi`, the hash check says yes for
// the right hash and no for another; a forged signature is refused by name. Custody: a read
// without consent is denied and one with a grant granted, both on the audit trail; a custodian
// releases its share for the granted read, and no one else can.

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
    const [sudo, hospital, physician, patient, hospital2, device] =
      ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) => keyring.addFromUri(`//${name}`));
    cast = { sudo, hospital, physician, patient, hospital2, device };

    await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(hospital.address, RSA_2048)), sudo);
    await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(hospital2.address, RSA_2048)), sudo);
    await submit(api, api.tx.registry.registerPhysician(physician.address, RSA_2048), hospital);
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
    assert.equal((await api.call.recordsApi.recordByHash(patient.address, hash)).unwrap().toNumber(), id);
    const page = await api.call.recordsApi.recordsOf(patient.address, 'VitalSigns', 0, 10);
    assert.deepEqual(page.map(([recordId]) => recordId.toNumber()), [id]);
  });

  test('a forged signature is refused with a named error and nothing is stored', async () => {
    const hash = blake2AsHex('a reading the device never signed', 256);
    await assert.rejects(anchor(cast.device, hash, u8aToHex(SIGNATURE)), /records\.BadSignature/);
    assert.ok((await api.call.recordsApi.recordByHash(cast.patient.address, hash)).isNone);
  });

  test('custody: a denied read and a granted one are audited, and only a custodian releases', async () => {
    const { patient, physician, hospital, hospital2 } = cast;
    await submit(api, api.tx.records.setCustodians(
      patient.address, [hospital.address, hospital2.address], 2), patient);
    assert.equal((await api.call.recordsApi.custodyEpoch(patient.address)).toNumber(), 1);
    // The patient anchors its own custody record (envelope version 2, custodian set 1).
    const hash = blake2AsHex('a reading sealed in custody', 256);
    const { events } = await submit(api, api.tx.records.anchor(
      patient.address, 'VitalSigns', hash, stringToHex('carechain-blob:custody'), 100, 2, 1,
      'Treatment', null, Date.now()), patient);
    const id = events.find(({ event }) => api.events.records.RecordAnchored.is(event))
      .event.data.recordId.toNumber();

    const denied = await submit(api, api.tx.records.read(id, 'Treatment'), physician);
    const refusal = denied.events.find(({ event }) => api.events.records.RecordReadDenied.is(event));
    assert.ok(refusal && refusal.event.data.reason.isNoConsent, 'denied: no consent');
    assert.ok(!denied.events.some(({ event }) => api.events.records.SharesRequested.is(event)));

    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await submit(api, api.tx.consent.grant(patient.address, physician.address,
      { Only: ['VitalSigns'] }, 'Read', 'Treatment', null, now + 1000), patient);
    const granted = await submit(api, api.tx.records.read(id, 'Treatment'), physician);
    assert.ok(granted.events.some(({ event }) => api.events.records.RecordReadGranted.is(event)));
    assert.ok(granted.events.some(({ event }) => api.events.records.SharesRequested.is(event)));

    const trail = (await api.call.consentApi.auditTrail(patient.address))
      .filter((entry) => entry.accessor.toString() === physician.address);
    assert.deepEqual(trail.map((entry) => entry.decision.isGranted), [false, true]);
    assert.ok(trail[0].decision.asDenied.isNoConsent);

    const share = u8aToHex(new Uint8Array(256).fill(7));
    await assert.rejects(
      submit(api, api.tx.records.releaseShare(id, physician.address, share), physician),
      /records\.NotCustodian/);
    const released = await submit(api, api.tx.records.releaseShare(id, physician.address, share), hospital2);
    const event = released.events.find(({ event }) => api.events.records.ShareReleased.is(event));
    assert.ok(event, 'a ShareReleased event');
    assert.equal(event.event.data.index.toNumber(), 1);
    await assert.rejects(
      submit(api, api.tx.records.releaseShare(id, physician.address, share), hospital2),
      /records\.AlreadyReleased/);
  });
});
