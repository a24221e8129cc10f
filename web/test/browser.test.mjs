// The web app in a real browser (Debian's headless Chromium, driven by playwright-core) against
// a real dev node: a patient registers (its RSA key made in the browser) and grants a physician;
// a device anchors a reading; the physician reads it and the browser shows it decrypted; the
// patient's audit trail shows that read; a device floods, and its hospital sees the alert with
// the device's chart and reinstates it. Screenshots go to web/test-results/ (the current ones are
// in docs/web/).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';

import { chromium } from 'playwright-core';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { connect, hospital, RsaPrivateKey, Sealer, submit } from '@carechain/sdk';

import { startDevNode } from '../../tests/polkadotjs/dev-node.mjs';
import { serve } from '../serve.mjs';

const keyFile = (name) => new URL(`../../primitives/test-keys/${name}`, import.meta.url).pathname;
const results = new URL('../test-results/', import.meta.url).pathname;
const BROWSER = process.env.CHROMIUM ?? '/usr/bin/chromium';

describe('the web app in Chromium', () => {
  let node;
  let api;
  let server;
  let browser;
  let page;
  let cast;
  let keys;
  const dialogs = [];

  const shot = (name) => page.screenshot({ path: `${results}${name}.png`, fullPage: true });
  const as = async (who, view) => {
    await page.selectOption('[data-testid=account]', who.address);
    await page.click(`[data-testid=tab-${view}]`);
    await page.waitForSelector(`[data-testid=${view}-view]`);
  };
  const statusSays = (pattern) => page.waitForFunction(
    (source) => [...document.querySelectorAll('[data-testid=status]')].some((e) => new RegExp(source).test(e.textContent)), pattern.source, { timeout: 120_000 });

  before(async () => {
    mkdirSync(results, { recursive: true });
    // The node's own intrusion detection observes only: the test's one connection sends a
    // device's flood itself, which a throttling node would refuse at its door (-32090) before
    // the chain's detection, the one the hospital's view shows, could see it.
    node = await startDevNode(['--intrusion-detection-mode', 'observe']);
    api = await connect(node.url);
    const keyring = new Keyring({ type: 'sr25519' });
    const [sudo, hospitalB, physicianC, patientD, flooder, device] =
      ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) => keyring.addFromUri(`//${name}`));
    cast = { sudo, hospitalB, physicianC, patientD, flooder, device };
    keys = {
      hospital: await RsaPrivateKey.generate(2048),
      physician: await RsaPrivateKey.fromPkcs8(new Uint8Array((await import('node:fs')).readFileSync(keyFile('device3072.pkcs8.der')))),
      device: await RsaPrivateKey.fromPkcs8(new Uint8Array((await import('node:fs')).readFileSync(keyFile('device2048.pkcs8.der'))))
    };
    await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(hospitalB.address, u8aToHex(keys.hospital.publicKeySpki))), sudo);
    await hospital.registerPhysician(api, hospitalB, physicianC.address, keys.physician.publicKeySpki);
    server = await serve({ port: 0 });
    browser = await chromium.launch({
      executablePath: BROWSER,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
    // The node a link names is trusted only once the user says so (it decides whose keys
    // patients' keys are wrapped to): the test says yes, once.
    page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.accept(); });
    await page.goto(`${server.url}/?rpc=${encodeURIComponent(node.url)}#patient`);
    await page.waitForSelector('[data-testid=via]', { timeout: 120_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await api?.disconnect();
    await node?.stop();
  });

  test('a node named by a link is asked about, once; refused, the app does not connect', async () => {
    assert.equal(dialogs.length, 1);
    assert.match(dialogs[0], /^Connect to ws:\/\/127\.0\.0\.1:\d+\?/);
    await page.reload();
    await page.waitForSelector('[data-testid=via]', { timeout: 120_000 });
    assert.equal(dialogs.length, 1, 'an approved node is remembered');
    const other = await browser.newPage();
    other.on('dialog', (dialog) => dialog.dismiss());
    await other.goto(`${server.url}/?rpc=${encodeURIComponent('ws://127.0.0.1:1')}`);
    await other.waitForFunction(() => /not connecting to ws:\/\/127\.0\.0\.1:1: not approved/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''));
    await other.close();
  });

  test('a patient registers with a key made in the browser, and grants a physician', async () => {
    const { patientD, physicianC, hospitalB, device, flooder } = cast;
    await as(patientD, 'patient');
    await page.fill('[data-testid=passphrase]', 'a long passphrase');
    await page.click('[data-testid=generate-key]');
    await page.waitForFunction(() => document.querySelector('[data-testid=key-summary]')?.textContent.includes('held in this browser'), null, { timeout: 60_000 });
    await page.click('[data-testid=register-patient]');
    await page.waitForFunction(() => document.querySelector('[data-testid=registration]')?.textContent.includes('Registered as Patient'), null, { timeout: 60_000 });

    // The hospital registers the patient's two devices (with the SDK, as a hospital's system would).
    for (const who of [device, flooder]) {
      await hospital.registerDevice(api, hospitalB, who.address, patientD.address, 'Wearable', keys.device.publicKeySpki, keys.device.publicKeySpki);
    }
    await page.reload();
    await as(patientD, 'patient');
    await page.click('[data-testid=rotate-key]');
    await statusSays(/epoch 1 made/);

    // A refused grant keeps the form's input and shows the runtime's message.
    await page.fill('[data-testid=grantee]', physicianC.address);
    await page.fill('[data-testid=days]', '0');
    await page.click('[data-testid=grant]');
    await statusSays(/granting: consent\.ExpiryInPast/);
    assert.equal(await page.inputValue('[data-testid=grantee]'), physicianC.address);

    await page.fill('[data-testid=days]', '30');
    await page.click('[data-testid=grant]');
    await page.waitForFunction(() => document.querySelector('[data-testid=grants]')?.textContent.includes('Charlie'), null, { timeout: 60_000 });
    await shot('patient');
  });

  test('the physician reads the reading, decrypted in the browser, and the audit trail shows it', async () => {
    const { patientD, physicianC, device } = cast;
    const sealer = await Sealer.fetch(api, device.address, keys.device, patientD.address, 'VitalSigns');
    await sealer.sealAndAnchor(api, device, keys.device, new TextEncoder().encode(JSON.stringify({ heartRate: 72, spo2: 98 })));

    await as(physicianC, 'physician');
    await page.fill('[data-testid=passphrase]', 'another long passphrase');
    await page.setInputFiles('[data-testid=key-file]', keyFile('device3072.pkcs8.der'));
    await page.click('[data-testid=import-key]');
    await page.waitForFunction(() => document.querySelector('[data-testid=key-summary]')?.textContent.includes('3072 bits'), null, { timeout: 60_000 });
    await page.fill('[data-testid=read-patient]', patientD.address);
    await page.click('[data-testid=read]');
    await page.waitForSelector('[data-testid^=plaintext-]', { timeout: 120_000 });
    const shown = await page.textContent('[data-testid^=plaintext-]');
    assert.deepEqual(JSON.parse(shown), { heartRate: 72, spo2: 98 });
    await shot('physician');

    await as(patientD, 'patient');
    await page.waitForSelector('[data-testid=audit-trail]');
    const trail = await page.textContent('[data-testid=audit-trail]');
    assert.match(trail, /Charlie \(dev\)VitalSignsReadTreatmentGranted/);
    await page.click('[data-testid=open-0]');
    await page.waitForFunction(() => document.querySelector('[data-testid=own-plaintext]')?.textContent.includes('heartRate'), null, { timeout: 60_000 });
    await shot('patient-audit');
  });

  test('a flooding device is quarantined; its hospital sees the alert and its chart, and reinstates it', async () => {
    const { hospitalB, flooder, patientD } = cast;
    const sealer = await Sealer.fetch(api, flooder.address, keys.device, patientD.address, 'VitalSigns');
    // 21 anchors a second apart (its baseline: 1,000 ms), then 20 more 50 ms apart (a flood).
    const start = Date.now() - 30_000;
    const sentAt = (i) => (i <= 20 ? start + i * 1_000 : start + 20_000 + (i - 20) * 50);
    let nonce = (await api.rpc.system.accountNextIndex(flooder.address)).toNumber();
    for (let i = 0; i < 41; i++) {
      const { envelope, hash, signature } = await sealer.seal(keys.device, new TextEncoder().encode(`{"heartRate":${100 + i}}`));
      await api.tx.records.anchor(patientD.address, 'VitalSigns', u8aToHex(hash), `0x${Buffer.from(`ipfs://x${i}`).toString('hex')}`, envelope.length, 1, 1, 'Treatment', u8aToHex(signature), sentAt(i))
        .signAndSend(flooder, { nonce: nonce++ });
    }
    const deadline = Date.now() + 90_000;
    while ((await api.query.intrusionDetection.devices(flooder.address)).unwrapOrDefault().detector.status.type !== 'Quarantined') {
      assert.ok(Date.now() < deadline, 'the flooding device was not quarantined within 90 s');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await as(hospitalB, 'hospital');
    // The hospital registers a physician through its view, with the key the physician handed over.
    const newcomer = new Keyring({ type: 'sr25519' }).addFromUri('//Newcomer');
    const newcomerKey = await RsaPrivateKey.generate(2048);
    await page.fill('[data-testid=physician-address]', newcomer.address);
    await page.fill('[data-testid=physician-key]', u8aToHex(newcomerKey.publicKeySpki));
    await page.click('[data-testid=register-physician]');
    await page.waitForFunction((address) => document.querySelector('[data-testid=physicians]')?.textContent.includes(address), newcomer.address, { timeout: 60_000 });
    assert.equal((await api.call.registryApi.profile(newcomer.address)).unwrap().role.type, 'Physician');
    await page.waitForSelector(`[data-testid=alert-${flooder.address}]`, { timeout: 60_000 });
    assert.match(await page.textContent(`[data-testid=alert-${flooder.address}]`), /average interval 50\.0 ms, below its threshold of [\d.]+ ms \(baseline [\d.]+ ms\)/);
    await page.waitForSelector(`[data-testid=chart-${flooder.address}] canvas`, { timeout: 60_000 });
    await shot('hospital');
    await page.click(`[data-testid=reinstate-${flooder.address}]`);
    await page.waitForSelector('[data-testid=no-alerts]', { timeout: 60_000 });
    assert.equal((await api.query.intrusionDetection.devices(flooder.address)).unwrapOrDefault().detector.status.type, 'Learning');
  });
});
