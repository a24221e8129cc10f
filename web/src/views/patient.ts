// The patient's view: register, my records (opened in the browser with my RSA key), my category
// keys, my consents (grant, amend, revoke), pending requests (approve, reject), my guardians, and
// the audit trail of who read what and why, with export.

import { auditTrail, auditTrailCsv, patient, profileOf, recordsOf, type RecordInfo } from '@carechain/sdk';

import { bestBlock, type Context, nameOf } from '../context';
import { download, field, h, input, run, section, select, short, Status, table } from '../ui';
import { accountInput, categorySelect, PERMISSIONS, PURPOSES, registration, requireKey, send, showBytes } from './common';

export async function patientView (context: Context, refresh: () => Promise<void>): Promise<HTMLElement> {
  const { api, account } = context;
  const status = new Status();
  const view = h('div', { class: 'view', 'data-testid': 'patient-view' }, status.element);
  const { role, line } = await registration(context);

  if (!role) {
    const register = h('button', { 'data-testid': 'register-patient', onclick: () => void run(register, status, 'registering as a patient', async (progress) => {
      const key = requireKey(context);
      progress('signing');
      await send(context, api.tx.registry.registerPatient(`0x${Array.from(key.publicKeySpki, (b) => b.toString(16).padStart(2, '0')).join('')}`, null), progress);
      await refresh();
    }) }, 'Register as a patient');
    view.append(section('Registration', line, h('p', {}, 'Registering publishes your RSA public key; your private key stays in this browser.'), register));
    return view;
  }
  if (role !== 'Patient') {
    view.append(section('Registration', line, h('p', {}, 'This account is not a patient.')));
    return view;
  }
  view.append(section('Registration', line));

  // My records.
  const recordCategory = categorySelect('records-category');
  const recordList = h('div', { 'data-testid': 'records' });
  const opened = h('pre', { class: 'plaintext', 'data-testid': 'own-plaintext' });
  const showRecords = async (): Promise<void> => {
    const records = await recordsOf(api, account.address, recordCategory.value as RecordInfo['category']);
    recordList.replaceChildren(table(['id', 'taken', 'author', 'envelope', 'status', ''], records.map((record) => {
      const openButton = h('button', { 'data-testid': `open-${record.id}`, onclick: () => void run(openButton, status, `opening record ${record.id}`, async () => {
        opened.textContent = (await patient.openOwn(api, record, requireKey(context), context.store)).map(showBytes).join('\n');
        return `record ${record.id} opened in this browser`;
      }) }, 'Open');
      return [String(record.id), new Date(record.timestamp).toLocaleString(), nameOf(context, record.author), `v${record.envelopeVersion} · ${record.size} B · ${record.locator.slice(0, 24)}…`, record.status, openButton];
    }), 'records-table'));
  };
  recordCategory.addEventListener('change', () => void showRecords());
  await showRecords();
  view.append(section('My records', field('Category', recordCategory), recordList, opened));

  // Category keys.
  const keyCategory = categorySelect('key-category');
  const rotate = h('button', { 'data-testid': 'rotate-key', onclick: () => void run(rotate, status, 'making a new category key', async (progress) => {
    progress('wrapping it to you and your devices');
    const epoch = await patient.rotateCategoryKey(api, account.signer, keyCategory.value as RecordInfo['category']);
    return `category key ${keyCategory.value} epoch ${epoch} made: your devices seal new readings under it`;
  }) }, 'New category key');
  view.append(section('Category keys', h('p', {}, 'Your devices seal readings under a category key; you share it with those you grant.'), h('div', { class: 'row' }, keyCategory, rotate)));

  // Consents.
  const grants = await patient.grantsOf(api, account.address);
  const best = await bestBlock(api);
  const grantRows = grants.map((grant) => {
    const revoke = h('button', { 'data-testid': `revoke-${grant.id}`, onclick: () => void run(revoke, status, `revoking grant ${grant.id}`, async () => {
      await patient.revokeAndRotate(api, account.signer, grant.id, grant.scope);
      await refresh();
    }) }, 'Revoke');
    const extend = h('button', { 'data-testid': `extend-${grant.id}`, onclick: () => void run(extend, status, `extending grant ${grant.id}`, async () => {
      await patient.amendGrant(api, account.signer, grant.id, { expiresAt: grant.expiresAt + Math.round(86_400_000 / context.blockTimeMs) });
      await refresh();
    }) }, '+1 day');
    return [String(grant.id), nameOf(context, grant.grantee), grant.scope === 'All' ? 'all' : grant.scope.join(', '), grant.permission, grant.purpose,
      `block ${grant.expiresAt} (${Math.max(0, grant.expiresAt - best)} blocks left)`, h('span', {}, revoke, extend)];
  });
  const grantee = accountInput(context, 'grantee', 'grantee address');
  const grantCategory = categorySelect('grant-category');
  const permission = select('permission', PERMISSIONS, 'Read');
  const purpose = select('purpose', PURPOSES, 'Treatment');
  const days = input('days', { type: 'number', value: '30', min: '1' });
  const grantButton = h('button', { 'data-testid': 'grant', onclick: () => void run(grantButton, status, 'granting', async (progress) => {
    progress('sharing the category key and granting');
    const expiresAt = (await bestBlock(api)) + Math.round(Number(days.value) * 86_400_000 / context.blockTimeMs);
    const id = await patient.grantAndShare(api, account.signer, requireKey(context), grantee.value.trim(), grantCategory.value as RecordInfo['category'],
      permission.value as never, purpose.value as never, expiresAt);
    await refresh();
    return `grant ${id} made`;
  }) }, 'Grant');
  view.append(section('My consents', table(['id', 'grantee', 'scope', 'permission', 'purpose', 'expires', ''], grantRows, 'grants'),
    h('div', { class: 'form' }, field('Grantee', grantee), field('Category', grantCategory), field('Permission', permission), field('Purpose', purpose), field('Days', days), grantButton)));

  // Pending requests.
  const pending = await patient.pendingRequestsOf(api, account.address);
  view.append(section('Pending requests', table(['from', 'scope', 'permission', 'purpose', 'blocks', ''], pending.map((request) => {
    const approve = h('button', { onclick: () => void run(approve, status, 'approving', async () => { await patient.approveRequest(api, account.signer, request.requester); await refresh(); }) }, 'Approve');
    const reject = h('button', { onclick: () => void run(reject, status, 'rejecting', async () => { await patient.rejectRequest(api, account.signer, request.requester); await refresh(); }) }, 'Reject');
    return [nameOf(context, request.requester), request.scope === 'All' ? 'all' : request.scope.join(', '), request.permission, request.purpose, String(request.duration), h('span', {}, approve, reject)];
  }), 'requests')));

  // Guardians.
  const profile = await profileOf(api, account.address);
  const guardian = accountInput(context, 'guardian', 'guardian address');
  const addGuardian = h('button', { 'data-testid': 'add-guardian', onclick: () => void run(addGuardian, status, 'adding a guardian', async (progress) => {
    await send(context, api.tx.registry.addGuardian(guardian.value.trim()), progress);
    await refresh();
  }) }, 'Add guardian');
  view.append(section('My guardians', table(['guardian', ''], (profile?.guardians ?? []).map((g) => {
    const remove = h('button', { onclick: () => void run(remove, status, 'removing the guardian', async (progress) => { await send(context, api.tx.registry.removeGuardian(account.address, g), progress); await refresh(); }) }, 'Remove');
    return [nameOf(context, g), remove];
  }), 'guardians'), h('div', { class: 'row' }, guardian, addGuardian)));

  // Audit trail.
  const trail = await auditTrail(api, account.address);
  const exportCsv = h('button', { 'data-testid': 'export-audit', onclick: () => download('carechain-audit-trail.csv', auditTrailCsv(trail), 'text/csv') }, 'Export CSV');
  view.append(section('Audit trail', h('p', {}, 'Who read or added what, when and why, as the chain recorded it.'),
    table(['#', 'block', 'who', 'category', 'action', 'purpose', 'decision'],
      trail.slice().reverse().map((e) => [String(e.index), String(e.block), nameOf(context, e.accessor), e.category, e.action, e.purpose, e.decision]), 'audit-trail'),
    exportCsv));
  void short;
  return view;
}
