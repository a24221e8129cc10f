// The registry from polkadot.js: a hospital is admitted (through sudo, for now), registers a
// physician and a device; a patient registers itself; the profiles come back through the
// runtime API (`api.call.registryApi.profile`), with no custom types.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';

import { connectDevNode } from './dev-node.mjs';
import { submit } from './tx.mjs';

// RSA public keys as DER SubjectPublicKeyInfo (what `openssl pkey -pubout -outform DER` writes),
// passed as hex: polkadot.js reads a raw Uint8Array given for `Bytes` as already SCALE-encoded
// (length-prefixed), which silently mangles a key.
const testKey = (name) => u8aToHex(
  readFileSync(new URL(`../../primitives/test-keys/${name}.spki.der`, import.meta.url)));
const RSA_2048 = testKey('rsa2048-a');
const RSA_3072 = testKey('rsa3072');
const RSA_4096 = testKey('rsa4096-a');
const RSA_1024 = testKey('rsa1024');

describe('the registry from polkadot.js', () => {
  let chain;
  let api;
  let accounts;

  before(async () => {
    chain = await connectDevNode();
    ({ api } = chain);
    const keyring = new Keyring({ type: 'sr25519' });
    accounts = Object.fromEntries(
      ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) => [name, keyring.addFromUri(`//${name}`)]));
  });

  after(async () => {
    await chain?.disconnect();
  });

  test('registers a hospital, physician, patient and device and reads their profiles back', async () => {
    const { Alice: sudo, Bob: hospital, Charlie: physician, Dave: patient, Eve: device } = accounts;

    await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(hospital.address, RSA_2048)), sudo);
    await submit(api, api.tx.registry.registerPhysician(physician.address, RSA_3072), hospital);
    await submit(api, api.tx.registry.registerPatient(RSA_2048, null), patient);
    const { events } = await submit(api, api.tx.registry.registerDevice(
      device.address, patient.address, 'BedsideMonitor', RSA_2048, RSA_4096), hospital);
    const registered = events.find(({ event }) => api.events.registry.DeviceRegistered.is(event));
    assert.ok(registered, 'a DeviceRegistered event');
    assert.equal(registered.event.data.patient.toString(), patient.address);

    const hospitalProfile = (await api.call.registryApi.profile(hospital.address)).unwrap();
    assert.ok(hospitalProfile.role.isHospital);
    assert.deepEqual(hospitalProfile.physicians.map(String), [physician.address]);

    const patientProfile = (await api.call.registryApi.profile(patient.address)).unwrap();
    assert.ok(patientProfile.role.isPatient && patientProfile.status.isActive);
    assert.deepEqual(patientProfile.devices.map(String), [device.address]);

    const deviceProfile = (await api.call.registryApi.profile(device.address)).unwrap();
    assert.ok(deviceProfile.role.isDevice);
    const info = deviceProfile.device.unwrap();
    assert.equal(info.patient.toString(), patient.address);
    assert.equal(info.hospital.toString(), hospital.address);
    assert.ok(info.kind.isBedsideMonitor);
    assert.equal(info.signingKey.toHex(), RSA_4096);

    assert.ok((await api.call.registryApi.profile(sudo.address)).isNone, 'Alice is not registered');
  });

  test('a 1024-bit key is refused with a named error', async () => {
    const { Ferdie } = accounts;
    await assert.rejects(
      submit(api, api.tx.registry.registerPatient(RSA_1024, null), Ferdie),
      /registry\.KeyTooShort/);
    assert.ok((await api.call.registryApi.profile(Ferdie.address)).isNone, 'nothing stored');
  });
});
