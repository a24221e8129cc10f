// Interoperability with the Rust client: records sealed by one open in the other, both ways,
// for each kind of recipient and for custody; device signatures made by either verify in the
// other (on the Rust side, with the runtime's own verification); the ids both compute agree.
//
// The Rust side is `crypto/examples/interop.rs`, built by the test command
// (`cargo build --workspace --all-targets`) into the shared cargo target directory.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  anchorDigest, batchKeyOf, categoryKeyId, cidOf, contentHash, custodianShare, decodeEnvelope, DATA_CATEGORIES, encodeEnvelope,
  envelopeForHash, fromHex, openEnvelope, openWithShares, RsaPrivateKey, RsaPublicKey, sealEnvelope, sealInCustody,
  shareFromBytes, shareToBytes, signContentHash, toHex, unwrapShare, wrapShare,
  envelopeHash, openBatchReading, sealBatchKey, sealBatchReading
} from '../dist/index.js';
import { CATEGORY_KEY_ID, CUSTODIANS, keyPath, PATIENT, PHYSICIAN, testKey } from './vectors.mjs';

function interopBinary () {
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'carechain', 'target');
  const binary = join(target, 'debug', 'examples', 'interop');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run scripts/test.sh (or cargo build -p carechain-crypto --examples)`);
  return binary;
}

describe('the SDK and the Rust client read each other', () => {
  let binary;
  let dir;
  const rust = (...args) => execFileSync(binary, args.map(String), { encoding: 'utf8' }).trim();
  const rustFails = (expected, ...args) => assert.throws(() => execFileSync(binary, args.map(String), { stdio: 'pipe' }),
    (e) => e.status === 2 && e.stderr.toString().trim() === expected, `the Rust client says ${expected}`);
  const path = (name) => join(dir, name);
  const categoryKey = new Uint8Array(32).fill(0x42);
  const record = new TextEncoder().encode(JSON.stringify({ heartRate: 72, at: '2026-12-05T10:00:00Z' }));

  before(() => {
    binary = interopBinary();
    dir = mkdtempSync(join(tmpdir(), 'carechain-sdk-interop-'));
    writeFileSync(path('record'), record);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a record the Rust client sealed opens in the SDK, for the patient and for the category key', async () => {
    const hash = rust('seal', path('record'), path('rust.env'), toHex(PATIENT), keyPath('device2048.spki.der'), toHex(CATEGORY_KEY_ID), toHex(categoryKey));
    const bytes = new Uint8Array(readFileSync(path('rust.env')));
    const envelope = envelopeForHash(bytes, fromHex(hash));
    const patientKey = await RsaPrivateKey.fromPkcs8(testKey('device2048.pkcs8.der'));
    assert.deepEqual(await openEnvelope(envelope, { account: PATIENT, privateKey: patientKey }), record);
    assert.deepEqual(await openEnvelope(envelope, { keyId: CATEGORY_KEY_ID, key: categoryKey }), record);
    // And the SDK writes it back byte for byte.
    assert.deepEqual(encodeEnvelope(decodeEnvelope(bytes)), bytes);
  });

  test('a record the SDK sealed opens in the Rust client, for the patient and for the category key', async () => {
    const envelope = await sealEnvelope(record, [
      { account: PATIENT, publicKey: testKey('device4096.spki.der') },
      { keyId: CATEGORY_KEY_ID, key: categoryKey }
    ]);
    writeFileSync(path('sdk.env'), encodeEnvelope(envelope));
    assert.equal(rust('open-rsa', path('sdk.env'), toHex(PATIENT), keyPath('device4096.pkcs8.der')), toHex(record));
    assert.equal(rust('open-key', path('sdk.env'), toHex(CATEGORY_KEY_ID), toHex(categoryKey)), toHex(record));
    // The Rust client refuses what is not for it, by name.
    rustFails('NotARecipient', 'open-rsa', path('sdk.env'), toHex(PHYSICIAN), keyPath('device4096.pkcs8.der'));
    rustFails('KeyUnwrapFailed', 'open-key', path('sdk.env'), toHex(CATEGORY_KEY_ID), toHex(new Uint8Array(32)));
  });

  test("an SDK device's signature passes the runtime's verification, and a Rust one the SDK's", async () => {
    const hash = contentHash(record);
    for (const bits of [2048, 3072, 4096]) {
      const key = await RsaPrivateKey.fromPkcs8(testKey(`device${bits}.pkcs8.der`));
      const signature = await signContentHash(key, hash);
      assert.equal(rust('verify', keyPath(`device${bits}.spki.der`), toHex(hash), toHex(signature)), 'valid');
      signature[5] ^= 1;
      rustFails('Invalid', 'verify', keyPath(`device${bits}.spki.der`), toHex(hash), toHex(signature));
      const theirs = fromHex(rust('sign', keyPath(`device${bits}.pkcs8.der`), toHex(hash)));
      assert.ok(await (await RsaPublicKey.fromSpki(testKey(`device${bits}.spki.der`))).verify(hash, theirs));
    }
  });

  test('category key ids, anchor digests and CIDs are the same in both', () => {
    const hash = contentHash(record);
    for (const [index, category] of DATA_CATEGORIES.entries()) {
      const [keyId, digest, cid] = rust('ids', toHex(PATIENT), index, 7, toHex(hash)).split(' ');
      assert.equal(toHex(categoryKeyId(PATIENT, category, 7)), keyId, category);
      assert.equal(toHex(anchorDigest(PATIENT, category, hash)), digest, category);
      assert.equal(cidOf(hash), cid);
    }
  });

  test('batch roots, batch digests and reading proofs are the same in both, and the runtime verifies the SDK\'s proofs', async () => {
    const { batchRoot, batchDigest, batchProof } = await import('../dist/index.js');
    for (const n of [1, 2, 3, 5, 8, 17]) {
      const readings = Array.from({ length: n }, (_, i) => contentHash(Uint8Array.of(n, i)));
      const [root, digest] = rust('batch', toHex(PATIENT), 0, ...readings.map(toHex)).split(' ');
      assert.equal(toHex(batchRoot(readings)), root, `${n} readings`);
      assert.equal(toHex(batchDigest(PATIENT, 'VitalSigns', batchRoot(readings), n)), digest);
      for (const index of new Set([0, Math.floor(n / 2), n - 1])) {
        const proof = batchProof(readings, index);
        assert.equal(rust('batch-verify', root, n, toHex(readings[index]), index, ...proof.siblings.map(toHex)), 'valid', `${n}/${index}`);
        const other = readings[(index + 1) % n];
        if (n > 1) assert.equal(rust('batch-verify', root, n, toHex(other), index, ...proof.siblings.map(toHex)), 'invalid');
      }
    }
  });

  const custodianNames = ['device3072', 'device4096', 'device2048-e3'];
  const LAB_RESULTS = DATA_CATEGORIES.indexOf('LabResults');
  const binding = { patient: PATIENT, category: 'LabResults', epoch: 3 };

  test('a custody record the Rust client sealed: the SDK custodians release shares, the SDK reader opens it', async () => {
    rust('seal-custody', path('record'), path('rust-custody.env'), toHex(PATIENT), keyPath('device2048.spki.der'), LAB_RESULTS, 3, 2,
      ...custodianNames.map((name, i) => `${toHex(CUSTODIANS[i])}=${keyPath(`${name}.spki.der`)}`));
    const envelope = decodeEnvelope(new Uint8Array(readFileSync(path('rust-custody.env'))));
    const reader = await RsaPrivateKey.fromPkcs8(testKey('device2048.pkcs8.der'));
    const released = [];
    for (const i of [1, 2]) {
      const key = await RsaPrivateKey.fromPkcs8(testKey(`${custodianNames[i]}.pkcs8.der`));
      const share = await custodianShare(envelope, CUSTODIANS[i], i + 1, key, binding);
      const wrapped = await wrapShare(share, 9n, PHYSICIAN, reader.publicKeySpki);
      released.push(await unwrapShare(reader, wrapped, 9n, PHYSICIAN, i + 1));
    }
    assert.deepEqual(await openWithShares(envelope, released, 2), record);
  });

  test('a custody record the SDK sealed: the Rust custodians release shares, the Rust reader opens it; mixed releases too', async () => {
    const custodians = custodianNames.map((name, i) => ({ account: CUSTODIANS[i], publicKey: testKey(`${name}.spki.der`) }));
    const envelope = await sealInCustody(record, { account: PATIENT, publicKey: testKey('device2048.spki.der') }, binding, custodians, 2);
    writeFileSync(path('sdk-custody.env'), encodeEnvelope(envelope));
    const shares = custodianNames.map((name, i) => rust('custodian-share', path('sdk-custody.env'), toHex(CUSTODIANS[i]), i + 1,
      keyPath(`${name}.pkcs8.der`), toHex(PATIENT), LAB_RESULTS, 3));
    // Rust custodians release to a reader; the Rust reader unwraps and opens.
    const released = shares.slice(0, 2).map((share, i) => {
      const wrapped = rust('wrap-share', share, 11, toHex(PHYSICIAN), keyPath('device3072.spki.der'));
      return rust('unwrap-share', keyPath('device3072.pkcs8.der'), wrapped, 11, toHex(PHYSICIAN), i + 1);
    });
    assert.equal(rust('open-shares', path('sdk-custody.env'), 2, ...released), toHex(record));
    // A Rust custodian's release opens in the SDK, beside an SDK custodian's.
    const reader = await RsaPrivateKey.fromPkcs8(testKey('device3072.pkcs8.der'));
    const fromRust = await unwrapShare(reader, fromHex(rust('wrap-share', shares[2], 11, toHex(PHYSICIAN), keyPath('device3072.spki.der'))), 11n, PHYSICIAN, 3);
    const sdkCustodian = await RsaPrivateKey.fromPkcs8(testKey('device3072.pkcs8.der'));
    const own = await custodianShare(envelope, CUSTODIANS[0], 1, sdkCustodian, binding);
    assert.deepEqual(shareToBytes(own), fromHex(shares[0]));
    const fromSdk = fromHex(rust('unwrap-share', keyPath('device3072.pkcs8.der'), toHex(await wrapShare(own, 11n, PHYSICIAN, reader.publicKeySpki)), 11, toHex(PHYSICIAN), 1));
    assert.deepEqual(await openWithShares(envelope, [fromRust, shareFromBytes(fromSdk)], 2), record);
    // One share is not enough, in either.
    rustFails('TooFewShares', 'open-shares', path('sdk-custody.env'), 2, released[0]);
  });

  test('a custody batch the Rust client sealed: the SDK custodians release its key, the SDK reader opens its reading', async () => {
    writeFileSync(path('batch.key'), new Uint8Array(32).fill(0x5a));
    const keyId = rust('seal-custody', path('batch.key'), path('rust-batch-key.env'), toHex(PATIENT), keyPath('device2048.spki.der'), LAB_RESULTS, 3, 2,
      ...custodianNames.map((name, i) => `${toHex(CUSTODIANS[i])}=${keyPath(`${name}.spki.der`)}`));
    const readingHash = rust('seal-batch-reading', path('record'), path('rust-batch-reading.env'), toHex(new Uint8Array(32).fill(0x5a)), keyId);
    const keyEnvelope = decodeEnvelope(new Uint8Array(readFileSync(path('rust-batch-key.env'))));
    assert.equal(toHex(envelopeHash(keyEnvelope)), keyId);
    const reader = await RsaPrivateKey.fromPkcs8(testKey('device2048.pkcs8.der'));
    const released = [];
    for (const i of [0, 2]) {
      const key = await RsaPrivateKey.fromPkcs8(testKey(`${custodianNames[i]}.pkcs8.der`));
      const share = await custodianShare(keyEnvelope, CUSTODIANS[i], i + 1, key, binding);
      released.push(await unwrapShare(reader, await wrapShare(share, 12n, PHYSICIAN, reader.publicKeySpki), 12n, PHYSICIAN, i + 1));
    }
    const batchKey = batchKeyOf(await openWithShares(keyEnvelope, released, 2));
    const reading = envelopeForHash(new Uint8Array(readFileSync(path('rust-batch-reading.env'))), fromHex(readingHash));
    assert.deepEqual(await openBatchReading(reading, batchKey, fromHex(keyId)), record);
  });

  test('a custody batch the SDK sealed: the Rust custodians release its key, the Rust reader opens its reading', async () => {
    const custodians = custodianNames.map((name, i) => ({ account: CUSTODIANS[i], publicKey: testKey(`${name}.spki.der`) }));
    const batchKey = await sealBatchKey({ account: PATIENT, publicKey: testKey('device2048.spki.der') }, binding, custodians, 2);
    writeFileSync(path('sdk-batch-key.env'), encodeEnvelope(batchKey.envelope));
    writeFileSync(path('sdk-batch-reading.env'), encodeEnvelope(await sealBatchReading(record, batchKey.key, batchKey.id)));
    const released = [1, 2].map((i) => {
      const share = rust('custodian-share', path('sdk-batch-key.env'), toHex(CUSTODIANS[i]), i + 1, keyPath(`${custodianNames[i]}.pkcs8.der`), toHex(PATIENT), LAB_RESULTS, 3);
      const wrapped = rust('wrap-share', share, 12, toHex(PHYSICIAN), keyPath('device3072.spki.der'));
      return rust('unwrap-share', keyPath('device3072.pkcs8.der'), wrapped, 12, toHex(PHYSICIAN), i + 1);
    });
    const key = rust('open-shares', path('sdk-batch-key.env'), 2, ...released);
    assert.equal(key, toHex(batchKey.key));
    assert.equal(rust('open-batch-reading', path('sdk-batch-reading.env'), key, toHex(batchKey.id)), toHex(record));
    // Under another id (another batch's), or as a version-1 envelope, it does not open.
    rustFails('NotARecipient', 'open-batch-reading', path('sdk-batch-reading.env'), key, toHex(new Uint8Array(32)));
    rust('seal', path('record'), path('version-1.env'), toHex(PATIENT), keyPath('device2048.spki.der'), toHex(batchKey.id), key);
    rustFails('NotInCustody', 'open-batch-reading', path('version-1.env'), key, toHex(batchKey.id));
  });
});
