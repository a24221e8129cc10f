// One account everywhere: an sr25519 account exported by polkadot.js (the browser extension's
// and apps' account JSON) imports into the `carechain` CLI as the same account, and one the CLI
// exports opens in polkadot.js and signs as it; RSA keys move as standard PKCS#8 and SPKI files.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, mnemonicGenerate, signatureVerify } from '@polkadot/util-crypto';

import { RsaPrivateKey } from '../dist/index.js';
import { keyPath, testKey } from './vectors.mjs';

function cli () {
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'carechain', 'target');
  const binary = join(target, 'debug', 'carechain');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run scripts/test.sh (or cargo build -p carechain-client)`);
  return binary;
}

describe('accounts and keys between polkadot.js and the carechain CLI', () => {
  let dir;
  let keyring;
  let fromExtension;
  const carechain = (args, password = 'pjs password') => JSON.parse(execFileSync(cli(), ['--json', '--keystore', join(dir, 'keystore'), ...args], {
    encoding: 'utf8', env: { ...process.env, CARECHAIN_PASSPHRASE: 'keystore passphrase', CARECHAIN_ACCOUNT_PASSWORD: password }
  }));
  const refused = (args, password, pattern) => assert.throws(() => execFileSync(cli(), ['--keystore', join(dir, 'keystore'), ...args], {
    stdio: 'pipe', env: { ...process.env, CARECHAIN_PASSPHRASE: 'keystore passphrase', CARECHAIN_ACCOUNT_PASSWORD: password }
  }), (e) => pattern.test(e.stderr.toString()));

  before(async () => {
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519' });
    dir = mkdtempSync(join(tmpdir(), 'carechain-accounts-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('an account polkadot.js exported imports into the CLI as the same account; a wrong password is refused', () => {
    const pair = keyring.addFromUri(mnemonicGenerate(12), { name: 'from the extension' });
    writeFileSync(join(dir, 'extension.json'), JSON.stringify(pair.toJson('pjs password')));
    refused(['key', 'import', 'wrong', '--polkadot-json', join(dir, 'extension.json')], 'not the password', /password does not open/);
    fromExtension = pair.address;
    const imported = carechain(['key', 'import', 'patient', '--polkadot-json', join(dir, 'extension.json')]);
    assert.equal(imported.public, pair.address);
    assert.equal(imported.kind, 'sr25519');
  });

  test('an account the CLI exports opens in polkadot.js and signs as itself, whether imported or made from a secret URI', () => {
    carechain(['key', 'import', 'eve', '--suri', '//Eve']);
    for (const [name, expected] of [['patient', fromExtension], ['eve', keyring.addFromUri('//Eve').address]]) {
      const file = join(dir, `${name}.out.json`);
      carechain(['key', 'export', name, '--polkadot-json', file], 'exported password');
      const json = JSON.parse(readFileSync(file, 'utf8'));
      const pair = keyring.addFromJson(json);
      assert.equal(pair.address, expected);
      assert.throws(() => pair.decodePkcs8('another password'));
      pair.decodePkcs8('exported password');
      const signature = pair.sign('carechain');
      assert.ok(signatureVerify('carechain', signature, pair.address).isValid);
    }
  });

  test('RSA keys move as PKCS#8 and SPKI files: the CLI imports what OpenSSL wrote and exports what the SDK reads', async () => {
    carechain(['key', 'import', 'device', '--rsa-pkcs8', keyPath('device2048.pkcs8.der')]);
    carechain(['key', 'export', 'device', '--public-der', join(dir, 'device.spki.der'), '--secret', join(dir, 'device.pkcs8.der')]);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'device.spki.der'))), testKey('device2048.spki.der'));
    const key = await RsaPrivateKey.fromPkcs8(new Uint8Array(readFileSync(join(dir, 'device.pkcs8.der'))));
    assert.deepEqual(key.publicKeySpki, testKey('device2048.spki.der'));
    refused(['key', 'export', 'eve', '--public-der', join(dir, 'x.der')], 'p', /is an account/);
    refused(['key', 'export', 'device', '--polkadot-json', join(dir, 'x.json')], 'p', /is an RSA key/);
  });
});
