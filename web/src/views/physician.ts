// The physician's view: my patients, request access, read under a purpose (the records opened in
// this browser with my RSA key), and emergency access with its justification and countdown.

import { physician, type RecordInfo } from '@carechain/sdk';

import { bestBlock, type Context, nameOf } from '../context';
import { field, h, input, run, section, select, Status, table } from '../ui';
import { accountInput, categorySelect, PERMISSIONS, PURPOSES, registration, requireKey, showBytes } from './common';

const PATIENTS = 'carechain-my-patients';

/** The patients this physician has worked with, remembered in this browser. */
function myPatients (address: string): string[] {
  return JSON.parse(localStorage.getItem(`${PATIENTS}:${address}`) ?? '[]') as string[];
}

function remember (address: string, patient: string): void {
  const known = myPatients(address);
  if (!known.includes(patient)) localStorage.setItem(`${PATIENTS}:${address}`, JSON.stringify([...known, patient]));
}

export async function physicianView (context: Context, _refresh: () => Promise<void>): Promise<HTMLElement> {
  const { api, account } = context;
  const status = new Status();
  const view = h('div', { class: 'view', 'data-testid': 'physician-view' }, status.element);
  const { role, line } = await registration(context);
  view.append(section('Registration', line, role === 'Physician' ? null : h('p', {}, 'A hospital registers its physicians: give it the public key above.')));
  if (role !== 'Physician') return view;

  const patients = myPatients(account.address);
  view.append(section('My patients', table(['patient'], patients.map((p) => [nameOf(context, p)]), 'my-patients')));

  // Request access.
  const requestPatient = accountInput(context, 'request-patient', 'patient address');
  const requestCategory = categorySelect('request-category');
  const requestPermission = select('request-permission', PERMISSIONS, 'Read');
  const requestPurpose = select('request-purpose', PURPOSES, 'Treatment');
  const requestDays = input('request-days', { type: 'number', value: '30', min: '1' });
  const requestButton = h('button', { 'data-testid': 'request-access', onclick: () => void run(requestButton, status, 'asking for access', async () => {
    await physician.requestAccess(api, account.signer, requestPatient.value.trim(), [requestCategory.value as RecordInfo['category']],
      requestPermission.value as never, requestPurpose.value as never, Math.round(Number(requestDays.value) * 86_400_000 / context.blockTimeMs));
    remember(account.address, requestPatient.value.trim());
    return 'asked: the patient approves or rejects it';
  }) }, 'Request access');
  view.append(section('Request access', h('div', { class: 'form' }, field('Patient', requestPatient), field('Category', requestCategory),
    field('Permission', requestPermission), field('Purpose', requestPurpose), field('Days', requestDays), requestButton)));

  // Read under a purpose.
  const readPatient = accountInput(context, 'read-patient', 'patient address');
  const readCategory = categorySelect('read-category');
  const readPurpose = select('read-purpose', PURPOSES, 'Treatment');
  const results = h('div', { 'data-testid': 'read-results' });
  const readButton = h('button', { 'data-testid': 'read', onclick: () => void run(readButton, status, 'reading', async (progress) => {
    const reads = await physician.readRecords(api, account.signer, requireKey(context), readPatient.value.trim(), readCategory.value as RecordInfo['category'],
      readPurpose.value as never, context.store, { onProgress: progress });
    remember(account.address, readPatient.value.trim());
    results.replaceChildren(table(['record', 'taken', 'outcome', 'content'], reads.map((read) => [
      String(read.record.id), new Date(read.record.timestamp).toLocaleString(), read.outcome,
      read.outcome === 'Opened'
        ? h('pre', { class: 'plaintext', 'data-testid': `plaintext-${read.record.id}` }, showBytes(read.plaintext))
        : read.outcome === 'OpenedBatch'
          ? h('pre', { class: 'plaintext', 'data-testid': `plaintext-${read.record.id}` }, read.readings.map(showBytes).join('\n'))
          : read.reason
    ]), 'reads'));
    const opened = reads.filter((r) => r.outcome === 'Opened' || r.outcome === 'OpenedBatch').length;
    return `${reads.length} record(s) asked for; ${opened} opened in this browser; every read is on the patient's audit trail`;
  }) }, 'Read');
  view.append(section('Read under a purpose', h('p', {}, 'Each read is asked of the chain, which checks consent and records it on the patient\'s audit trail; the records are decrypted here.'),
    h('div', { class: 'form' }, field('Patient', readPatient), field('Category', readCategory), field('Purpose', readPurpose), readButton), results));

  // Emergency access.
  const emergencyPatient = accountInput(context, 'emergency-patient', 'patient address');
  const emergencyHospital = accountInput(context, 'emergency-hospital', 'your hospital');
  const justification = h('textarea', { name: 'justification', 'data-testid': 'justification', rows: 3, placeholder: 'why this cannot wait for consent (kept by the hospital; only its hash goes on chain)' });
  const countdown = h('p', { class: 'countdown', 'data-testid': 'countdown' });
  let timer: ReturnType<typeof setInterval> | undefined;
  const emergencyButton = h('button', { 'data-testid': 'open-emergency', onclick: () => void run(emergencyButton, status, 'opening emergency access', async () => {
    if (justification.value.trim().length < 10) throw new Error('write the justification first (10 characters or more)');
    const opened = await physician.openEmergencyAccess(api, account.signer, emergencyPatient.value.trim(), emergencyHospital.value.trim(), justification.value);
    clearInterval(timer);
    const tick = async (): Promise<void> => {
      const left = opened.expiresAt - await bestBlock(api);
      countdown.textContent = left > 0
        ? `Emergency access ${opened.id} open: about ${Math.round(left * context.blockTimeMs / 60_000)} min left (block ${opened.expiresAt}); under review afterwards`
        : `Emergency access ${opened.id} has lapsed`;
    };
    await tick();
    timer = setInterval(() => void tick(), context.blockTimeMs);
    return `emergency access ${opened.id} opened; the patient's guardians were told`;
  }) }, 'Open emergency access');
  view.append(section('Emergency access', h('div', { class: 'form' }, field('Patient', emergencyPatient), field('Hospital', emergencyHospital), field('Justification', justification), emergencyButton), countdown));
  return view;
}
