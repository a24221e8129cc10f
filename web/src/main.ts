// CareChain in the browser: connect (light client or RPC), pick an account (extension or dev),
// hold its RSA key in IndexedDB, and work as a patient, a physician or a hospital.

import './style.css';

import type { RsaPrivateKey } from '@carechain/sdk';

import { accounts, type Account } from './accounts';
import { open } from './connection';
import { type Context, newStore } from './context';
import { forgetKey, generateKey, importKey, keyOf, sealedKeyOf } from './keys';
import { download, field, h, input, run, select, short, Status } from './ui';
import { hospitalView } from './views/hospital';
import { patientView } from './views/patient';
import { physicianView } from './views/physician';

const VIEWS = { patient: patientView, physician: physicianView, hospital: hospitalView } as const;
type ViewName = keyof typeof VIEWS;

async function main (): Promise<void> {
  const root = document.getElementById('app')!;
  const status = new Status();
  const header = h('header', {}, h('h1', {}, 'CareChain'), status.element);
  root.append(header);
  status.progress('connecting');
  let connection;
  try {
    connection = await open((message) => status.progress(message));
  } catch (e) {
    status.error(`cannot connect: ${(e as Error).message}`);
    return;
  }
  const { api, via } = connection;
  const chain = (await api.rpc.system.chain()).toString();
  const known = await accounts(api);
  if (known.length === 0) {
    status.error('no account: install the polkadot.js extension, or connect to a development chain');
    return;
  }
  status.ok(`connected to ${chain} via ${via}`);
  header.append(h('div', { class: 'via', 'data-testid': 'via' }, `${chain} · ${via}`));

  const accountSelect = select('account', known.map((a) => [a.address, `${a.name} · ${short(a.address)}`]));
  const viewSelect = h('nav', { class: 'tabs' });
  const keyPanel = h('div', { class: 'key-panel', 'data-testid': 'key-panel' });
  const main = h('main', { 'data-testid': 'view' });
  root.append(h('div', { class: 'bar' }, field('Account', accountSelect), viewSelect), keyPanel, main);

  // An extension's account signs through the extension.
  const useSigner = (account: Account): void => { if (account.options) api.setSigner(account.options.signer as never); };
  useSigner(known[0]!);
  const context: Context = { api, account: known[0]!, store: newStore(api), accounts: known, blockTimeMs: Number(api.consts.aura?.slotDuration?.toString() ?? 3000) || 3000 };
  const isView = (name: string): name is ViewName => Object.hasOwn(VIEWS, name);
  let current: ViewName = isView(location.hash.slice(1)) ? location.hash.slice(1) as ViewName : 'patient';

  const renderTabs = (): void => {
    viewSelect.replaceChildren(...(Object.keys(VIEWS) as ViewName[]).map((name) =>
      h('button', { class: name === current ? 'tab active' : 'tab', 'data-testid': `tab-${name}`, onclick: () => { current = name; location.hash = name; void render(); } }, name[0]!.toUpperCase() + name.slice(1))));
  };

  const render = async (): Promise<void> => {
    renderTabs();
    context.key = await keyOf(context.account.address);
    renderKeyPanel();
    main.replaceChildren(h('p', { class: 'loading' }, 'loading…'));
    try {
      main.replaceChildren(await VIEWS[current](context, render));
    } catch (e) {
      main.replaceChildren(h('p', { class: 'status error' }, `cannot show this view: ${(e as Error).message}`));
    }
  };

  const renderKeyPanel = (): void => {
    const keyStatus = new Status();
    const passphrase = input('passphrase', { type: 'password', placeholder: 'passphrase (8+ characters)', autocomplete: 'new-password' });
    const file = input('key-file', { type: 'file', accept: '.der,.json,application/octet-stream,application/json' });
    const key = context.key;
    const address = context.account.address;
    const summary = key
      ? h('span', { 'data-testid': 'key-summary' }, `RSA key: ${key.bits} bits, held in this browser (non-extractable)`)
      : h('span', { 'data-testid': 'key-summary' }, 'No RSA key in this browser for this account: generate one, or import a PKCS#8 (.der) or sealed (.json) key file.');
    const generate = h('button', { 'data-testid': 'generate-key', onclick: () => void run(generate, keyStatus, 'generating a 2048-bit RSA key', async () => {
      await generateKey(address, passphrase.value);
      await render();
    }) }, 'Generate');
    const load = h('button', { 'data-testid': 'import-key', onclick: () => void run(load, keyStatus, 'importing the key', async () => {
      const chosen = file.files?.[0];
      if (!chosen) throw new Error('choose a key file first');
      await importKey(address, new Uint8Array(await chosen.arrayBuffer()), passphrase.value);
      await render();
    }) }, 'Import');
    const exportButton = h('button', { 'data-testid': 'export-key', disabled: !key, onclick: () => void run(exportButton, keyStatus, 'exporting', async () => {
      const sealed = await sealedKeyOf(address);
      if (!sealed) throw new Error('no key to export');
      download(`carechain-${short(address)}.sealed-key.json`, JSON.stringify(sealed, null, 2), 'application/json');
      return 'exported, sealed under its passphrase';
    }) }, 'Export (sealed)');
    const forget = h('button', { 'data-testid': 'forget-key', disabled: !key, onclick: () => void run(forget, keyStatus, 'forgetting the key', async () => { await forgetKey(address); await render(); }) }, 'Forget');
    const publicKey = key ? h('details', {}, h('summary', {}, 'public key (DER SPKI, hex): what a hospital registers'),
      h('code', { class: 'hex', 'data-testid': 'public-key' }, `0x${Array.from(key.publicKeySpki, (b) => b.toString(16).padStart(2, '0')).join('')}`)) : null;
    keyPanel.replaceChildren(...[summary, h('div', { class: 'row' }, passphrase, generate, file, load, exportButton, forget), publicKey, keyStatus.element].filter((e): e is HTMLElement => e !== null));
  };

  accountSelect.addEventListener('change', () => {
    context.account = known.find((a) => a.address === accountSelect.value) as Account;
    useSigner(context.account);
    void render();
  });
  window.addEventListener('hashchange', () => {
    const name = location.hash.slice(1);
    if (isView(name) && name !== current) { current = name; void render(); }
  });
  await render();
}

void main();

export type { RsaPrivateKey };
