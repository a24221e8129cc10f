// The hospital's view: my physicians and devices (register, move, suspend, reactivate),
// intrusion-detection alerts with each quarantined device's request intervals charted against
// its baseline and threshold (and reinstatement), and the council's open motions with voting.

import { DATA_CATEGORIES, hospital, profileOf, recordsOf } from '@carechain/sdk';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import { type Context, nameOf } from '../context';
import { field, h, input, run, section, select, short, Status, table } from '../ui';
import { accountInput, registration, send } from './common';

const KINDS = ['Wearable', 'Implant', 'BedsideMonitor', 'HomeHub', 'Gateway'];

export async function hospitalView (context: Context, refresh: () => Promise<void>): Promise<HTMLElement> {
  const { api, account } = context;
  const status = new Status();
  const view = h('div', { class: 'view', 'data-testid': 'hospital-view' }, status.element);
  const { role, line } = await registration(context);
  view.append(section('Registration', line, role === 'Hospital' ? null : h('p', {}, 'Hospitals are admitted by the council.')));
  if (role !== 'Hospital') {
    view.append(await motions(context, status, refresh));
    return view;
  }
  const profile = (await profileOf(api, account.address))!;

  // Physicians and devices.
  const manage = (who: string, participantStatus: string) => {
    const suspended = participantStatus === 'Suspended';
    const button = h('button', { 'data-testid': `${suspended ? 'reactivate' : 'suspend'}-${who}`, onclick: () => void run(button, status, suspended ? 'reactivating' : 'suspending', async () => {
      if (suspended) await hospital.reactivate(api, account.signer, who); else await hospital.suspend(api, account.signer, who);
      await refresh();
    }) }, suspended ? 'Reactivate' : 'Suspend');
    return button;
  };
  const physicians = await Promise.all(profile.physicians.map(async (p) => [p, (await profileOf(api, p))?.status ?? '?'] as const));
  const physicianAddress = accountInput(context, 'physician-address', 'physician address');
  const physicianKey = input('physician-key', { placeholder: '0x… public key (DER SPKI) the physician gives you' });
  const registerPhysician = h('button', { 'data-testid': 'register-physician', onclick: () => void run(registerPhysician, status, 'registering the physician', async (progress) => {
    await send(context, api.tx.registry.registerPhysician(physicianAddress.value.trim(), physicianKey.value.trim()), progress);
    await refresh();
  }) }, 'Register physician');
  view.append(section('My physicians', table(['physician', 'status', ''], physicians.map(([p, s]) => [nameOf(context, p), s, manage(p, s)]), 'physicians'),
    h('div', { class: 'form' }, field('Physician', physicianAddress), field('Public key', physicianKey), registerPhysician)));

  // The registry indexes devices by device, not by hospital: this hospital's are those naming it.
  const mine = (await api.query.registry.devices.entries())
    .filter(([, device]) => device.unwrap().hospital.toString() === account.address)
    .map(([key]) => key.args[0].toString());
  const devices = await Promise.all(mine.map(async (d) => [d, await profileOf(api, d)] as const));
  const deviceAddress = accountInput(context, 'device-address', 'device address');
  const devicePatient = accountInput(context, 'device-patient', 'patient address');
  const deviceKind = select('device-kind', KINDS, 'Wearable');
  const encryptionKey = input('device-encryption-key', { placeholder: '0x… encryption key (DER SPKI)' });
  const signingKey = input('device-signing-key', { placeholder: '0x… signing key (DER SPKI, exponent 65537)' });
  const registerDevice = h('button', { 'data-testid': 'register-device', onclick: () => void run(registerDevice, status, 'registering the device', async (progress) => {
    await send(context, api.tx.registry.registerDevice(deviceAddress.value.trim(), devicePatient.value.trim(), deviceKind.value as never, encryptionKey.value.trim(), signingKey.value.trim()), progress);
    await refresh();
  }) }, 'Register device');
  const deviceRows = devices.map(([d, p]) => {
    const moveTo = accountInput(context, `move-${d}`, 'new patient');
    const move = h('button', { onclick: () => void run(move, status, 'moving the device', async (progress) => {
      await send(context, api.tx.registry.moveDevice(d, moveTo.value.trim(), account.address), progress);
      await refresh();
    }) }, 'Move');
    return [nameOf(context, d), p?.device ? nameOf(context, p.device.patient) : '?', p?.device?.kind ?? '?', p?.status ?? '?', h('span', { class: 'row' }, manage(d, p?.status ?? ''), moveTo, move)];
  });
  view.append(section('My devices', table(['device', 'patient', 'kind', 'status', ''], deviceRows, 'devices'),
    h('div', { class: 'form' }, field('Device', deviceAddress), field('Patient', devicePatient), field('Kind', deviceKind), field('Encryption key', encryptionKey), field('Signing key', signingKey), registerDevice)));

  // Intrusion detection.
  view.append(await alerts(context, status, mine, refresh));
  view.append(await motions(context, status, refresh));
  return view;
}

/** The detector of `device`, as the chain keeps it. */
async function detectorOf (context: Context, device: string) {
  const state = await context.api.query.intrusionDetection.devices(device);
  if (state.isNone) return undefined;
  const detector = state.unwrap().detector;
  return {
    status: detector.status.type,
    baselineMs: Number(detector.baseline.toString()) / 1_000,
    thresholdMs: Number(detector.threshold.toString()) / 1_000,
    lastAverageMs: Number(detector.lastAverage.toString()) / 1_000
  };
}

/** The `taken_at` of each anchor `device` sent for `patient`, read from the blocks that carry them. */
async function sendTimes (context: Context, device: string, patient: string): Promise<number[]> {
  const blocks = new Set<number>();
  for (const category of DATA_CATEGORIES) {
    for (const record of await recordsOf(context.api, patient, category)) if (record.author === device) blocks.add(record.anchoredAt);
  }
  const times: number[] = [];
  for (const number of [...blocks].sort((a, b) => a - b)) {
    const block = await context.api.rpc.chain.getBlock(await context.api.rpc.chain.getBlockHash(number));
    for (const extrinsic of block.block.extrinsics) {
      if (!extrinsic.isSigned || extrinsic.signer.toString() !== device) continue;
      const { section, method, args } = extrinsic.method;
      if (section === 'records' && (method === 'anchor' || method === 'anchorBatch')) times.push(Number(args[args.length - 1]!.toString()));
    }
  }
  return times.sort((a, b) => a - b);
}

async function alerts (context: Context, status: Status, devices: string[], refresh: () => Promise<void>): Promise<HTMLElement> {
  const { api, account } = context;
  const items: HTMLElement[] = [];
  for (const device of devices) {
    const detector = await detectorOf(context, device);
    if (detector?.status !== 'Quarantined') continue;
    const patient = (await profileOf(api, device))?.device?.patient;
    const times = patient ? await sendTimes(context, device, patient) : [];
    const chart = h('div', { class: 'chart', 'data-testid': `chart-${device}` });
    const xs = times.slice(1).map((t) => t / 1_000);
    const intervals = times.slice(1).map((t, i) => t - times[i]!);
    if (xs.length > 0) {
      new uPlot({
        width: 640, height: 220, title: `${nameOf(context, device)}: interval between requests (ms)`,
        scales: { x: { time: true }, y: { distr: 3 } },
        series: [{}, { label: 'interval', stroke: '#c0392b', width: 1.5, points: { show: true, size: 5 } },
          { label: 'baseline', stroke: '#2c6fbb', dash: [6, 4] }, { label: 'threshold', stroke: '#e69b00', dash: [2, 4] }],
        axes: [{}, { label: 'ms' }]
      }, [xs, intervals, xs.map(() => detector.baselineMs), xs.map(() => detector.thresholdMs)], chart);
    } else {
      chart.textContent = 'no anchors of this device on chain to chart';
    }
    const reinstate = h('button', { 'data-testid': `reinstate-${device}`, onclick: () => void run(reinstate, status, `reinstating ${short(device)}`, async () => {
      await hospital.reinstateDevice(api, account.signer, device);
      await refresh();
      return 'reinstated: its detector learns a new baseline';
    }) }, 'Reinstate');
    items.push(h('div', { class: 'alert', 'data-testid': `alert-${device}` },
      h('p', {}, h('strong', {}, `${nameOf(context, device)} quarantined`), ` — average interval ${detector.lastAverageMs.toFixed(1)} ms, below its threshold of ${detector.thresholdMs.toFixed(1)} ms (baseline ${detector.baselineMs.toFixed(1)} ms)`),
      chart, reinstate));
  }
  return section('Intrusion-detection alerts', items.length ? items : h('p', { 'data-testid': 'no-alerts' }, 'No device of this hospital is quarantined.'));
}

async function motions (context: Context, status: Status, refresh: () => Promise<void>): Promise<HTMLElement> {
  const { api, account } = context;
  const hashes = await api.query.hospitalCouncil.proposals();
  const rows = [];
  for (const hash of hashes) {
    const proposal = await api.query.hospitalCouncil.proposalOf(hash);
    const voting = await api.query.hospitalCouncil.voting(hash);
    if (voting.isNone) continue;
    const { index, threshold, ayes, nays, end } = voting.unwrap();
    const call = proposal.isSome ? `${proposal.unwrap().section}.${proposal.unwrap().method}` : '?';
    const vote = (approve: boolean) => {
      const button = h('button', { onclick: () => void run(button, status, approve ? 'voting aye' : 'voting nay', async (progress) => {
        await send(context, api.tx.hospitalCouncil.vote(hash, index, approve), progress);
        await refresh();
      }) }, approve ? 'Aye' : 'Nay');
      return button;
    };
    const close = h('button', { onclick: () => void run(close, status, 'closing the motion', async (progress) => {
      const inner = proposal.unwrap();
      const info = await api.call.transactionPaymentCallApi.queryCallInfo(inner, inner.encodedLength);
      await send(context, api.tx.hospitalCouncil.close(hash, index, info.weight, inner.encodedLength), progress);
      await refresh();
    }) }, 'Close');
    rows.push([String(index), call, `${ayes.length} aye / ${nays.length} nay of ${threshold}`, `block ${end}`,
      ayes.some((a) => a.toString() === account.address) ? 'voted aye' : nays.some((a) => a.toString() === account.address) ? 'voted nay' : '',
      h('span', {}, vote(true), vote(false), close)]);
  }
  return section('Council motions', table(['#', 'motion', 'votes', 'ends', 'you', ''], rows, 'motions'));
}
