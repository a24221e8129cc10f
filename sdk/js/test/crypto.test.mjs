// The SDK's record cryptography on its own: the envelope format byte for byte as documented,
// WebCrypto against the OpenSSL vectors, each recipient and only them, each tampering named,
// the Shamir field and custody's shares.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  aesEncrypt, combine, contentHash, custodianShare, CryptoError, decodeEnvelope, encodeEnvelope, envelopeForHash,
  envelopeHash, fromHex, hashOfCid, cidOf, openEnvelope, openWithShares, RsaPrivateKey, RsaPublicKey, sealEnvelope,
  sealInCustody, shareFromBytes, signContentHash, split, toHex, unwrapShare, wrapShare
} from '../dist/index.js';
import { _gfInv, _gfMul } from '../dist/crypto/shamir.js';
import { CATEGORY_KEY_ID, CUSTODIANS, PATIENT, PHYSICIAN, testKey } from './vectors.mjs';

const rejectsWith = (promise, kind) => assert.rejects(promise, (e) => e instanceof CryptoError && e.kind === kind, `expected ${kind}`);
const throwsWith = (fn, kind) => assert.throws(fn, (e) => e instanceof CryptoError && e.kind === kind, `expected ${kind}`);
const READING = testKey('reading.bin');
const deviceKey = () => RsaPrivateKey.fromPkcs8(testKey('device2048.pkcs8.der'));

describe('keys and the OpenSSL vectors', () => {
  test('AES-256-GCM matches the GCM specification (test cases 13 and 14)', async () => {
    const zero = new Uint8Array(32);
    const nonce = new Uint8Array(12);
    assert.equal(toHex(await aesEncrypt(zero, nonce, new Uint8Array(), new Uint8Array())), '530f8afbc74536b9a963b4f1c4cb738b');
    assert.equal(toHex(await aesEncrypt(zero, nonce, new Uint8Array(), new Uint8Array(16))),
      'cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919');
  });

  test("OpenSSL's RSA-OAEP-wrapped key unwraps", async () => {
    const key = await deviceKey();
    assert.deepEqual(await key.decrypt(testKey('device2048.oaep.bin')), new Uint8Array(32).fill(0x6b));
  });

  test("OpenSSL's RSA-PSS signatures of the reading's hash verify, and the PKCS#8 keys' public halves are their SPKI files", async () => {
    const hash = contentHash(READING);
    for (const bits of [2048, 3072, 4096]) {
      const key = await RsaPrivateKey.fromPkcs8(testKey(`device${bits}.pkcs8.der`));
      assert.equal(key.bits, bits);
      assert.deepEqual(key.publicKeySpki, testKey(`device${bits}.spki.der`));
      const publicKey = await RsaPublicKey.fromSpki(testKey(`device${bits}.spki.der`));
      assert.ok(await publicKey.verify(hash, testKey(`device${bits}.reading.pss.sig`)));
      assert.ok(!(await publicKey.verify(contentHash(new Uint8Array([1])), testKey(`device${bits}.reading.pss.sig`))));
    }
  });

  test('our PSS signature verifies, a tampered one does not', async () => {
    const key = await deviceKey();
    const hash = contentHash(READING);
    const signature = await signContentHash(key, hash);
    const publicKey = await key.publicKey();
    assert.ok(await publicKey.verify(hash, signature));
    signature[0] ^= 1;
    assert.ok(!(await publicKey.verify(hash, signature)));
    assert.throws(() => signContentHash(key, new Uint8Array(31)), TypeError);
  });

  test('public keys other than RSA of 2048 to 4096 bits are refused', async () => {
    for (const name of ['rsa1024.spki.der', 'rsa8192.spki.der', 'p256.spki.der']) {
      await rejectsWith(RsaPublicKey.fromSpki(testKey(name)), 'BadPublicKey');
    }
    await rejectsWith(RsaPublicKey.fromSpki(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])), 'BadPublicKey');
    await rejectsWith(sealEnvelope(READING, [{ account: PATIENT, publicKey: testKey('rsa1024.spki.der') }]), 'BadPublicKey');
    for (const name of ['rsa2048-a.spki.der', 'rsa3072.spki.der', 'rsa4096-a.spki.der']) {
      assert.ok(await RsaPublicKey.fromSpki(testKey(name)));
    }
  });

  test('keys are generated in WebCrypto, export as PKCS#8, and other sizes are refused', async () => {
    const key = await RsaPrivateKey.generate(2048);
    assert.equal(key.bits, 2048);
    const again = await RsaPrivateKey.fromPkcs8(key.toPkcs8());
    assert.deepEqual(again.publicKeySpki, key.publicKeySpki);
    await rejectsWith(RsaPrivateKey.generate(1024), 'UnsupportedKeySize');
    await rejectsWith(RsaPrivateKey.generate(2047), 'UnsupportedKeySize');
    await rejectsWith(RsaPrivateKey.fromPkcs8(new Uint8Array([1, 2, 3])), 'Malformed');
  });
});

describe('envelopes', () => {
  const categoryKey = new Uint8Array(32).fill(9);
  const sealed = async () => sealEnvelope(READING, [
    { account: PATIENT, publicKey: testKey('device2048.spki.der') },
    { keyId: CATEGORY_KEY_ID, key: categoryKey }
  ]);

  test('the format is as documented', async () => {
    const envelope = await sealEnvelope(new TextEncoder().encode('abc'), [{ keyId: CATEGORY_KEY_ID, key: categoryKey }], new Uint8Array(32).fill(5));
    const bytes = encodeEnvelope(envelope);
    assert.deepEqual([...bytes.slice(0, 2)], [1, 1]);
    assert.deepEqual(bytes.slice(2, 14), envelope.nonce);
    assert.equal(bytes[14], (3 + 16) << 2);
    assert.deepEqual(bytes.slice(15, 34), envelope.ciphertext);
    assert.equal(bytes[34], 1 << 2);
    assert.equal(bytes[35], 2);
    assert.deepEqual(bytes.slice(36, 68), CATEGORY_KEY_ID);
    assert.equal(bytes[80], (32 + 16) << 2);
    assert.equal(bytes.length, 81 + 48);
    assert.deepEqual(decodeEnvelope(bytes), envelope);
  });

  test('a sealed record opens for each recipient only', async () => {
    const envelope = await sealed();
    const bytes = encodeEnvelope(envelope);
    const stored = envelopeForHash(bytes, envelopeHash(envelope));
    const key = await deviceKey();
    assert.deepEqual(await openEnvelope(stored, { account: PATIENT, privateKey: key }), READING);
    assert.deepEqual(await openEnvelope(stored, { keyId: CATEGORY_KEY_ID, key: categoryKey }), READING);
    await rejectsWith(openEnvelope(stored, { account: PHYSICIAN, privateKey: key }), 'NotARecipient');
    await rejectsWith(openEnvelope(stored, { keyId: CATEGORY_KEY_ID, key: new Uint8Array(32).fill(8) }), 'KeyUnwrapFailed');
    const other = await RsaPrivateKey.fromPkcs8(testKey('device3072.pkcs8.der'));
    await rejectsWith(openEnvelope(stored, { account: PATIENT, privateKey: other }), 'KeyUnwrapFailed');
  });

  test('tampering anywhere is detected, each part by its own check', async () => {
    const envelope = await sealed();
    const bytes = encodeEnvelope(envelope);
    const hash = envelopeHash(envelope);
    for (const position of [5, 20, bytes.length - 1]) {
      const altered = bytes.slice();
      altered[position] ^= 1;
      throwsWith(() => envelopeForHash(altered, hash), 'HashMismatch');
    }
    const opener = { account: PATIENT, privateKey: await deviceKey() };
    const alter = (change) => { const copy = decodeEnvelope(bytes); change(copy); return copy; };
    await rejectsWith(openEnvelope(alter((e) => { e.ciphertext[0] ^= 1; }), opener), 'DecryptionFailed');
    await rejectsWith(openEnvelope(alter((e) => { e.ciphertext[e.ciphertext.length - 1] ^= 1; }), opener), 'DecryptionFailed');
    await rejectsWith(openEnvelope(alter((e) => { e.nonce[0] ^= 1; }), opener), 'DecryptionFailed');
    await rejectsWith(openEnvelope(alter((e) => { e.version = 2; }), opener), 'DecryptionFailed');
    await rejectsWith(openEnvelope(alter((e) => { e.keys[0].wrapped[10] ^= 1; }), opener), 'KeyUnwrapFailed');
  });

  test('other versions, unknown ciphers and wraps, trailing bytes and non-canonical lengths are refused', async () => {
    const bytes = encodeEnvelope(await sealed());
    for (const version of [0, 3, 255]) {
      const copy = bytes.slice();
      copy[0] = version;
      assert.throws(() => decodeEnvelope(copy), (e) => e.kind === 'UnsupportedVersion' && e.version === version);
    }
    throwsWith(() => decodeEnvelope(new Uint8Array()), 'Malformed');
    throwsWith(() => decodeEnvelope(Uint8Array.of(...bytes, 0)), 'Malformed');
    throwsWith(() => decodeEnvelope(bytes.slice(0, bytes.length - 1)), 'Malformed');
    const cipher = bytes.slice();
    cipher[1] = 2;
    throwsWith(() => decodeEnvelope(cipher), 'Malformed');
    // "abc" (19 bytes with its tag) with its length written in two bytes instead of one.
    const envelope = await sealEnvelope(new TextEncoder().encode('abc'), []);
    const canonical = encodeEnvelope(envelope);
    assert.deepEqual(decodeEnvelope(canonical), envelope);
    const long = Uint8Array.of(...canonical.slice(0, 14), (19 << 2) | 1, 0, ...canonical.slice(15));
    throwsWith(() => decodeEnvelope(long), 'Malformed');
    const wrap = Uint8Array.of(...canonical.slice(0, canonical.length - 1), 1 << 2, 9);
    throwsWith(() => decodeEnvelope(wrap), 'Malformed');
  });

  test('CIDs name their hash and nothing else', () => {
    const hash = contentHash(READING);
    const cid = cidOf(hash);
    assert.ok(cid.startsWith('bafk2bzace'));
    assert.deepEqual(hashOfCid(cid), hash);
    assert.equal(hashOfCid(cid + 'a'), undefined);
    assert.equal(hashOfCid('Q' + cid.slice(1)), undefined);
    assert.equal(hashOfCid(cid.slice(0, -1)), undefined);
  });
});

describe('Shamir and custody', () => {
  test('the field multiplies and inverts as AES does', () => {
    assert.equal(_gfMul(0x57, 0x83), 0xc1);
    assert.equal(_gfMul(0x57, 0x13), 0xfe);
    assert.equal(_gfMul(0x02, 0x80), 0x1b);
    assert.equal(_gfInv(0x53), 0xca);
    assert.equal(_gfInv(0), 0);
    for (let a = 1; a < 256; a++) assert.equal(_gfMul(a, _gfInv(a)), 1);
  });

  test('any threshold of shares recovers the secret, fewer do not', () => {
    const secret = Uint8Array.from({ length: 32 }, (_, i) => (i * 37) ^ 0x5c);
    const shares = split(secret, 3, 5);
    assert.deepEqual(combine([shares[4], shares[0], shares[2]], 3), secret);
    assert.deepEqual(combine([shares[1], shares[3], shares[4], shares[0]], 3), secret);
    assert.throws(() => combine([shares[0], shares[1]], 3), (e) => e.kind === 'TooFewShares');
    assert.throws(() => combine([shares[0], shares[0], shares[1]], 3), (e) => e.kind === 'TooFewShares');
    assert.throws(() => split(secret, 1, 3), (e) => e.kind === 'BadParameters');
    assert.throws(() => split(secret, 4, 3), (e) => e.kind === 'BadParameters');
    assert.throws(() => shareFromBytes(new Uint8Array(33)), (e) => e.kind === 'Malformed');
  });

  const custodianKeys = ['device3072', 'device4096', 'device2048-e3'];
  const cast = async () => ({
    patientKey: await deviceKey(),
    keys: await Promise.all(custodianKeys.map((name) => RsaPrivateKey.fromPkcs8(testKey(`${name}.pkcs8.der`))))
  });
  const binding = { patient: PATIENT, category: 'LabResults', epoch: 4 };
  const seal = (keys) => sealInCustody(READING, { account: PATIENT, publicKey: testKey('device2048.spki.der') }, binding,
    keys.map((key, i) => ({ account: CUSTODIANS[i], publicKey: key.publicKeySpki })), 2);

  test('the patient opens a custody record, and any two custodians release shares that open it for the reader', async () => {
    const { patientKey, keys } = await cast();
    const envelope = await seal(keys);
    assert.equal(envelope.version, 2);
    assert.deepEqual(await openEnvelope(envelope, { account: PATIENT, privateKey: patientKey }), READING);
    const reader = await RsaPrivateKey.fromPkcs8(testKey('device4096.pkcs8.der'));
    const released = [];
    for (const i of [2, 0]) {
      const share = await custodianShare(envelope, CUSTODIANS[i], i + 1, keys[i], binding);
      const wrapped = await wrapShare(share, 7n, PHYSICIAN, reader.publicKeySpki);
      released.push(await unwrapShare(reader, wrapped, 7n, PHYSICIAN, i + 1));
      // Released for another record, reader or place, it does not unwrap.
      await rejectsWith(unwrapShare(reader, wrapped, 8n, PHYSICIAN, i + 1), 'KeyUnwrapFailed');
      await rejectsWith(unwrapShare(reader, wrapped, 7n, PATIENT, i + 1), 'KeyUnwrapFailed');
      await rejectsWith(unwrapShare(reader, wrapped, 7n, PHYSICIAN, i + 2), 'KeyUnwrapFailed');
    }
    assert.deepEqual(await openWithShares(envelope, released, 2), READING);
    await rejectsWith(openWithShares(envelope, released.slice(0, 1), 2), 'TooFewShares');
    // A wrong share tried first, among enough good ones, is passed over.
    const wrong = { x: 2, y: new Uint8Array(32).fill(7) };
    const [third, first] = released;
    assert.equal(third.x, 3);
    assert.equal(first.x, 1);
    assert.deepEqual(await openWithShares(envelope, [wrong, first, third], 2), READING);
    await rejectsWith(openWithShares(envelope, [wrong, first], 2), 'DecryptionFailed');
  });

  test('a custodian cannot take its share of another record, nor at another place, nor of a version-1 record', async () => {
    const { keys } = await cast();
    const envelope = await seal(keys);
    await rejectsWith(custodianShare(envelope, CUSTODIANS[0], 1, keys[0], { ...binding, epoch: 5 }), 'KeyUnwrapFailed');
    await rejectsWith(custodianShare(envelope, CUSTODIANS[0], 1, keys[0], { ...binding, patient: PHYSICIAN }), 'WrongRecord');
    await rejectsWith(custodianShare(envelope, CUSTODIANS[0], 2, keys[0], binding), 'NotARecipient');
    await rejectsWith(custodianShare(envelope, CUSTODIANS[0], 1, keys[1], binding), 'KeyUnwrapFailed');
    const plain = await sealEnvelope(READING, [{ account: PATIENT, publicKey: testKey('device2048.spki.der') }]);
    await rejectsWith(custodianShare(plain, CUSTODIANS[0], 1, keys[0], binding), 'NotInCustody');
    await rejectsWith(openWithShares(plain, [], 2), 'NotInCustody');
    await rejectsWith(sealInCustody(READING, { account: PATIENT, publicKey: testKey('device2048.spki.der') },
      { ...binding, patient: PHYSICIAN }, keys.map((key, i) => ({ account: CUSTODIANS[i], publicKey: key.publicKeySpki })), 2), 'WrongRecord');
    await rejectsWith(sealInCustody(READING, { account: PATIENT, publicKey: testKey('device2048.spki.der') }, binding,
      [{ account: CUSTODIANS[0], publicKey: keys[0].publicKeySpki }], 2), 'BadCustody');
  });

  test('a custody batch: the patient and two custodians\' releases open its key, and the key every reading', async () => {
    const { sealBatchKey, sealBatchReading, openBatchReading, batchKeyOf, envelopeHash } = await import('../dist/index.js');
    const { patientKey, keys } = await cast();
    const parties = keys.map((key, i) => ({ account: CUSTODIANS[i], publicKey: key.publicKeySpki }));
    const batchKey = await sealBatchKey({ account: PATIENT, publicKey: testKey('device2048.spki.der') }, binding, parties, 2);
    assert.deepEqual(batchKey.id, envelopeHash(batchKey.envelope));
    const readings = [READING, new TextEncoder().encode('{"spo2":97}')];
    const sealed = [];
    for (const reading of readings) sealed.push(decodeEnvelope(encodeEnvelope(await sealBatchReading(reading, batchKey.key, batchKey.id))));
    assert.deepEqual(sealed.map((e) => [e.version, e.keys.length]), [[2, 1], [2, 1]]);
    const byPatient = batchKeyOf(await openEnvelope(batchKey.envelope, { account: PATIENT, privateKey: patientKey }));
    const reader = await RsaPrivateKey.fromPkcs8(testKey('device4096.pkcs8.der'));
    const released = [];
    for (const i of [1, 2]) {
      const share = await custodianShare(batchKey.envelope, CUSTODIANS[i], i + 1, keys[i], binding);
      released.push(await unwrapShare(reader, await wrapShare(share, 7n, PHYSICIAN, reader.publicKeySpki), 7n, PHYSICIAN, i + 1));
    }
    const byReader = batchKeyOf(await openWithShares(batchKey.envelope, released, 2));
    for (const key of [byPatient, byReader]) {
      for (const [i, envelope] of sealed.entries()) assert.deepEqual(await openBatchReading(envelope, key, batchKey.id), readings[i]);
    }
    // A reading gives no custodian a share and the patient no key: only the batch key opens it.
    await rejectsWith(custodianShare(sealed[0], CUSTODIANS[0], 1, keys[0], binding), 'WrongRecord');
    await rejectsWith(openEnvelope(sealed[0], { account: PATIENT, privateKey: patientKey }), 'NotARecipient');
    // Another batch's key, under its own id or this one's, does not open it.
    const other = await sealBatchKey({ account: PATIENT, publicKey: testKey('device2048.spki.der') }, binding, parties, 2);
    await rejectsWith(openBatchReading(sealed[0], other.key, other.id), 'NotARecipient');
    await rejectsWith(openBatchReading(sealed[0], other.key, batchKey.id), 'KeyUnwrapFailed');
    // Its version is authenticated: a reading passed off as version 1 does not open.
    await rejectsWith(openBatchReading({ ...sealed[0], version: 1 }, byPatient, batchKey.id), 'NotInCustody');
    await rejectsWith(openEnvelope({ ...sealed[0], version: 1 }, { keyId: batchKey.id, key: byPatient }), 'DecryptionFailed');
    throwsWith(() => batchKeyOf(new Uint8Array(31)), 'Malformed');
  });
});

describe('keys kept in the browser', () => {
  test('a non-extractable WebCrypto copy unwraps and neither signs nor exports', async () => {
    const { RsaPrivateKey: Key } = await import('../dist/index.js');
    const key = await deviceKey();
    const held = await Key.fromCryptoKey(await key.toCryptoKey(), key.publicKeySpki);
    assert.deepEqual(await held.decrypt(testKey('device2048.oaep.bin')), new Uint8Array(32).fill(0x6b));
    assert.throws(() => held.toPkcs8(), /non-extractable/);
    await assert.rejects(held.sign(new Uint8Array(32)), /non-extractable/);
    await rejectsWith(Key.fromCryptoKey(await key.toCryptoKey(), testKey('device3072.spki.der')), 'Malformed');
  });

  test('a passphrase-sealed key opens with its passphrase only, and an altered file not at all', async () => {
    const { sealPrivateKey, openSealedKey } = await import('../dist/index.js');
    const key = await deviceKey();
    const sealed = await sealPrivateKey(key.toPkcs8(), key.publicKeySpki, 'correct horse battery', 100_000);
    assert.deepEqual(await openSealedKey(JSON.parse(JSON.stringify(sealed)), 'correct horse battery'), key.toPkcs8());
    await assert.rejects(openSealedKey(sealed, 'wrong horse battery'), /passphrase does not open/);
    const altered = { ...sealed, ciphertext: sealed.ciphertext.replace(/^../, (b) => (parseInt(b, 16) ^ 1).toString(16).padStart(2, '0')) };
    await assert.rejects(openSealedKey(altered, 'correct horse battery'), /passphrase does not open/);
    await assert.rejects(openSealedKey({ ...sealed, kdf: { ...sealed.kdf, iterations: 10 } }, 'correct horse battery'), /iteration count/);
    // The public half named in the file is authenticated too.
    await assert.rejects(openSealedKey({ ...sealed, publicKey: sealed.publicKey.replace(/.$/, (d) => (d === '0' ? '1' : '0')) }, 'correct horse battery'), /passphrase does not open/);
    await assert.rejects(openSealedKey({ ...sealed, kdf: { ...sealed.kdf, salt: '00' } }, 'correct horse battery'), /wrong length/);
    await assert.rejects(sealPrivateKey(key.toPkcs8(), key.publicKeySpki, 'short'), /at least 8/);
  });
});

describe('batches', () => {
  const hashes = (n) => Array.from({ length: n }, (_, i) => new Uint8Array(32).fill(i + 1));

  test('a manifest reads back only against its root and size', async () => {
    const { batchRoot, decodeManifest, encodeManifest } = await import('../dist/index.js');
    const readings = hashes(5);
    const root = batchRoot(readings);
    const bytes = encodeManifest(readings);
    assert.deepEqual(decodeManifest(bytes, root, 5), readings);
    throwsWith(() => decodeManifest(bytes, root, 4), 'HashMismatch');
    throwsWith(() => decodeManifest(bytes, new Uint8Array(32), 5), 'HashMismatch');
    const swapped = [readings[1], readings[0], ...readings.slice(2)];
    throwsWith(() => decodeManifest(encodeManifest(swapped), root, 5), 'HashMismatch');
    throwsWith(() => decodeManifest(bytes.slice(0, -1), root, 5), 'Malformed');
    throwsWith(() => decodeManifest(Uint8Array.of(...bytes, 0), root, 5), 'Malformed');
    assert.deepEqual(batchRoot([readings[0]]), contentHash(readings[0]));
    assert.deepEqual(batchRoot([]), new Uint8Array(32));
  });

  test('a custody manifest carries its key envelope, and nothing else passes for one', async () => {
    const { batchRoot, decodeCustodyManifest, decodeManifest, encodeManifest } = await import('../dist/index.js');
    const readings = hashes(3);
    const root = batchRoot(readings);
    const key = { version: 2, aead: 1, nonce: new Uint8Array(12).fill(1), ciphertext: new Uint8Array(48).fill(2), keys: [] };
    const bytes = encodeManifest(readings, encodeEnvelope(key));
    const manifest = decodeCustodyManifest(bytes, root, 3);
    assert.deepEqual(manifest.readings, readings);
    assert.deepEqual(encodeEnvelope(manifest.key), encodeEnvelope(key));
    throwsWith(() => decodeManifest(bytes, root, 3), 'Malformed');
    throwsWith(() => decodeCustodyManifest(encodeManifest(readings), root, 3), 'Malformed');
    throwsWith(() => decodeCustodyManifest(bytes, new Uint8Array(32), 3), 'HashMismatch');
    throwsWith(() => decodeCustodyManifest(encodeManifest(readings, encodeEnvelope({ ...key, version: 1 })), root, 3), 'Malformed');
    // A custody envelope of another size (a single record's) is no batch's key either.
    throwsWith(() => decodeCustodyManifest(encodeManifest(readings, encodeEnvelope({ ...key, ciphertext: new Uint8Array(49) })), root, 3), 'Malformed');
  });

  test('locators name their hash', async () => {
    const { locatorHash, locatorOf } = await import('../dist/index.js');
    const hash = contentHash(READING);
    assert.deepEqual(locatorHash(locatorOf(hash)), hash);
    assert.deepEqual(locatorHash(`carechain-blob:${toHex(hash)}`), hash);
    throwsWith(() => locatorHash('https://example.com/x'), 'Malformed');
    throwsWith(() => locatorHash('ipfs://bafy'), 'Malformed');
  });
});
