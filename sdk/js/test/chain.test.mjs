// The SDK against a real dev node: a connection without warnings; a patient registers, keeps a
// category key and grants a physician; a device seals, signs, anchors and publishes a reading;
// the physician reads it (fetched through the node's bitswap_v1_get, checked, decrypted here);
// the patient's audit trail shows the read; refusals come back typed and named. Then custody:
// two custodian hospitals release their shares and the physician opens the record.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';

import {
  auditTrail, auditTrailCsv, connect, contentHash, DispatchFailed, hospital, MemoryStore, NodeStore, patient, physician, recordsOf,
  RsaPrivateKey, Sealer, StoreError, submit, Throttled, TransactionRefused, typedRpcError
} from '../dist/index.js';
import { startDevNode } from '../../../tests/polkadotjs/dev-node.mjs';
import { testKey } from './vectors.mjs';

const reading = (bpm) => new TextEncoder().encode(JSON.stringify({ heartRate: bpm, unit: 'bpm' }));

describe('the SDK on a dev chain', () => {
  let node;
  let api;
  let cast;
  let keys;
  const warnings = [];

  before(async () => {
    node = await startDevNode();
    // Whatever polkadot.js logs while connecting is kept: the SDK must declare every extension.
    const original = { warn: console.warn, log: console.log, error: console.error };
    for (const level of Object.keys(original)) console[level] = (...args) => { warnings.push(args.join(' ')); original[level](...args); };
    try {
      api = await connect(['ws://127.0.0.1:1', node.url], { timeoutMs: 5_000 });
    } finally {
      Object.assign(console, original);
    }
    const keyring = new Keyring({ type: 'sr25519' });
    const [sudo, hospitalA, physicianC, patientD, hospitalE, device] =
      ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) => keyring.addFromUri(`//${name}`));
    cast = { sudo, hospitalA, physicianC, patientD, hospitalE, device };
    keys = {
      patient: await RsaPrivateKey.fromPkcs8(testKey('device2048.pkcs8.der')),
      physician: await RsaPrivateKey.fromPkcs8(testKey('device3072.pkcs8.der')),
      deviceEncryption: await RsaPrivateKey.fromPkcs8(testKey('device4096.pkcs8.der')),
      deviceSigning: await RsaPrivateKey.fromPkcs8(testKey('device2048.pkcs8.der')),
      hospitalA: await RsaPrivateKey.generate(2048),
      hospitalE: await RsaPrivateKey.generate(2048)
    };
    for (const [who, key] of [[hospitalA, keys.hospitalA], [hospitalE, keys.hospitalE]]) {
      await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(who.address, u8aToHex(key.publicKeySpki))), sudo);
    }
    await hospital.registerPhysician(api, hospitalA, physicianC.address, keys.physician.publicKeySpki);
    await patient.registerPatient(api, patientD, keys.patient);
    await hospital.registerDevice(api, hospitalA, device.address, patientD.address, 'Wearable',
      keys.deviceEncryption.publicKeySpki, keys.deviceSigning.publicKeySpki);
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('connecting logs no warning of unknown transaction extensions; a dead node is passed over', () => {
    assert.ok(api.isConnected);
    const unknown = warnings.filter((line) => /Unknown signed extensions|treating them as no-effect/.test(line));
    assert.deepEqual(unknown, []);
  });

  test('a device anchors a sealed, signed reading; the granted physician reads it through the node; the audit trail shows it', async () => {
    const { patientD, physicianC, device } = cast;
    assert.equal(await patient.rotateCategoryKey(api, patientD, 'VitalSigns'), 1);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const grantId = await patient.grantAndShare(api, patientD, keys.patient, physicianC.address, 'VitalSigns', 'Read', 'Treatment', best + 1_000);
    const grants = await patient.grantsOf(api, patientD.address);
    assert.deepEqual(grants.map((g) => [g.id, g.grantee, g.scope, g.permission]), [[grantId, physicianC.address, ['VitalSigns'], 'Read']]);

    const sealer = await Sealer.fetch(api, device.address, keys.deviceEncryption, patientD.address, 'VitalSigns');
    assert.equal(sealer.epoch, 1);
    const anchored = await sealer.sealAndAnchor(api, device, keys.deviceSigning, reading(72));
    const [record] = await recordsOf(api, patientD.address, 'VitalSigns');
    assert.equal(record.id, anchored.recordId);
    assert.equal(record.author, device.address);
    assert.match(record.locator, /^ipfs:\/\/bafk2bzace/);

    const store = new NodeStore(api);
    assert.deepEqual(await store.fetch(anchored.contentHash), anchored.envelope);
    const progress = [];
    const [read] = await physician.readRecords(api, physicianC, keys.physician, patientD.address, 'VitalSigns', 'Treatment', store,
      { onProgress: (message) => progress.push(message) });
    assert.equal(read.outcome, 'Opened', read.reason);
    assert.deepEqual(read.plaintext, reading(72));
    assert.ok(progress.length > 0);

    // The patient opens its own record with its RSA key, unaudited.
    assert.deepEqual(await patient.openOwnRecord(record, keys.patient, store), reading(72));

    const trail = await auditTrail(api, patientD.address);
    const reads = trail.filter((entry) => entry.accessor === physicianC.address && entry.action === 'Read');
    assert.equal(reads.length, 1);
    assert.equal(reads[0].decision, 'Granted');
    assert.equal(reads[0].purpose, 'Treatment');
    assert.match(auditTrailCsv(trail), new RegExp(`"${physicianC.address}","VitalSigns","Read","Treatment","Granted"`));
  });

  test('a device anchors a batch; the physician reads every reading of it; each is provable on chain', async () => {
    const { patientD, physicianC, device } = cast;
    const sealer = await Sealer.fetch(api, device.address, keys.deviceEncryption, patientD.address, 'VitalSigns');
    const batch = await sealer.sealAndAnchorBatch(api, device, keys.deviceSigning, [reading(80), reading(81), reading(82)]);
    const { batchProof } = await import('../dist/index.js');
    for (const [index, hash] of batch.readings.entries()) {
      const proof = batchProof(batch.readings, index);
      const valid = await api.call.recordsApi.verifyReading(batch.recordId, u8aToHex(hash), { index, siblings: proof.siblings.map((s) => u8aToHex(s)) });
      assert.ok(valid.isTrue, `reading ${index} proves`);
    }
    const reads = await physician.readRecords(api, physicianC, keys.physician, patientD.address, 'VitalSigns', 'Treatment', new NodeStore(api));
    const read = reads.find((r) => r.record.id === batch.recordId);
    assert.equal(read.outcome, 'OpenedBatch', read.reason);
    assert.deepEqual(read.readings, [reading(80), reading(81), reading(82)]);
    // The patient opens its own batch with its RSA key.
    assert.deepEqual(await patient.openOwn(api, read.record, keys.patient, new NodeStore(api)), [reading(80), reading(81), reading(82)]);
  });

  test('a read without consent is denied by the chain and audited; a failed dispatch comes back by name', async () => {
    const { patientD, hospitalA } = cast;
    // A second physician, registered but never granted.
    const stranger = new Keyring({ type: 'sr25519' }).addFromUri('//Stranger');
    await submit(api, api.tx.balances.transferKeepAlive(stranger.address, 10n ** 15n), cast.sudo);
    const strangerKey = await RsaPrivateKey.generate(2048);
    await hospital.registerPhysician(api, hospitalA, stranger.address, strangerKey.publicKeySpki);
    const reads = await physician.readRecords(api, stranger, strangerKey, patientD.address, 'VitalSigns', 'Treatment', new NodeStore(api));
    assert.ok(reads.length >= 1);
    for (const read of reads) {
      assert.equal(read.outcome, 'Denied');
      assert.equal(read.reason, 'NoConsent');
    }
    const trail = await auditTrail(api, patientD.address);
    assert.ok(trail.some((entry) => entry.accessor === stranger.address && entry.decision.startsWith('Denied')));

    await assert.rejects(patient.registerPatient(api, patientD, keys.patient), (e) =>
      e instanceof DispatchFailed && e.section === 'registry' && e.error === 'AlreadyRegistered' && e.docs.length > 0);
    // Nothing was lost: the patient is still registered with its key.
    assert.ok(await api.call.registryApi.profile(patientD.address).then((p) => p.isSome));
  });

  test('the node serves nothing under a hash it does not have, and an envelope altered in a store is refused', async () => {
    const store = new NodeStore(api);
    await assert.rejects(store.fetch(new Uint8Array(32).fill(7)), (e) => e instanceof StoreError && e.kind === 'NotFound');
    await assert.rejects(new NodeStore(['ws://127.0.0.1:1'].map(() => ({ send: () => Promise.reject(new Error('connection refused')) }))).fetch(new Uint8Array(32)),
      (e) => e instanceof StoreError && e.kind === 'Unreachable');
    const [record] = await recordsOf(api, cast.patientD.address, 'VitalSigns');
    const altered = await store.fetch(record.contentHash);
    altered[altered.length - 1] ^= 1;
    // A store that serves altered bytes under the hash: the reader refuses them.
    const memory = new MemoryStore();
    memory.put(altered);
    const lying = { fetch: async () => memory.fetch(contentHash(altered)) };
    await assert.rejects(patient.openOwnRecord(record, keys.patient, lying), (e) => e.kind === 'HashMismatch');
    // And a node answering with altered bytes is counted as such by NodeStore.
    const alteredNode = { send: async () => u8aToHex(altered) };
    await assert.rejects(new NodeStore([alteredNode]).fetch(record.contentHash), (e) => e instanceof StoreError && e.kind === 'HashMismatch');
    const notBytes = { send: async () => 'not hex' };
    await assert.rejects(new NodeStore([notBytes, { send: () => Promise.reject(new Error('-32810: not found')) }]).fetch(record.contentHash),
      (e) => e instanceof StoreError && e.kind === 'HashMismatch');
  });

  test("the node's intrusion-detection refusal and the pool's are typed, with the retry time", () => {
    const throttled = typedRpcError(new Error("-32090: Refused by the node's intrusion detection: 127.0.0.1 sent requests far faster than its baseline; throttled for 42 s more"));
    assert.ok(throttled instanceof Throttled);
    assert.equal(throttled.code, -32090);
    assert.equal(throttled.retryAfterSeconds, 42);
    const full = typedRpcError(new Error('1014: Priority is too low: (1 vs 1)'));
    assert.ok(full instanceof TransactionRefused && full.retryable);
    const invalid = typedRpcError(new Error('1010: Invalid Transaction: Transaction has a bad signature'));
    assert.ok(invalid instanceof TransactionRefused && !invalid.retryable);
  });

  test('custody: two custodian hospitals release their shares for a granted read, and the physician opens the record and a batch', async () => {
    const { patientD, physicianC, device, hospitalA, hospitalE } = cast;
    await submit(api, api.tx.records.setCustodians(patientD.address, [hospitalA.address, hospitalE.address], 2), patientD);
    const sealer = await Sealer.fetch(api, device.address, keys.deviceEncryption, patientD.address, 'VitalSigns');
    const anchored = await sealer.sealAndAnchor(api, device, keys.deviceSigning, reading(131));
    // A batch in custody: one record, its key sealed for the patient and the custodians.
    const batch = await sealer.sealAndAnchorBatch(api, device, keys.deviceSigning, [reading(140), reading(141), reading(142)]);
    const store = new NodeStore(api);
    // The custodians watch the chain as `carechain hospital custody` does, block by block.
    let watching = true;
    const released = [];
    const watch = (async () => {
      let next = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
      while (watching) {
        const best = (await api.rpc.chain.getHeader()).number.toNumber();
        for (; next <= best; next++) {
          for (const [signer, key] of [[hospitalA, keys.hospitalA], [hospitalE, keys.hospitalE]]) {
            released.push(...await hospital.releaseSharesAt(api, signer, key, store, next));
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    try {
      const reads = await physician.readRecords(api, physicianC, keys.physician, patientD.address, 'VitalSigns', 'Treatment', store);
      const read = reads.find((r) => r.record.id === anchored.recordId);
      assert.equal(read.outcome, 'Opened', read.reason);
      assert.deepEqual(read.plaintext, reading(131));
      assert.equal(read.record.envelopeVersion, 2);
      const batchRead = reads.find((r) => r.record.id === batch.recordId);
      assert.equal(batchRead.outcome, 'OpenedBatch', `${batchRead.reason}; the custodians: ${JSON.stringify(released.filter((r) => r.recordId === batch.recordId), (_, v) => (typeof v === 'bigint' ? String(v) : v))}`);
      assert.deepEqual(batchRead.readings, [reading(140), reading(141), reading(142)]);
      assert.equal(batchRead.record.envelopeVersion, 2);
      // The patient opens its own custody batch with its RSA key.
      assert.deepEqual(await patient.openOwn(api, batchRead.record, keys.patient, store), [reading(140), reading(141), reading(142)]);
    } finally {
      watching = false;
      await watch;
    }
    // One release per custodian for each record: the batch is one record.
    for (const id of [anchored.recordId, batch.recordId]) {
      assert.deepEqual(released.filter((r) => r.recordId === id).map((r) => r.outcome), ['Released', 'Released']);
    }
  });
});
