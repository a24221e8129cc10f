// The hospital's side: register and manage its physicians and devices, reinstate a device
// intrusion detection quarantined, and, as a custodian, release its share of a record for each
// read the chain granted.

import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { u8aToHex } from '@polkadot/util';

import { custodianShare, wrapShare } from '../crypto/custody.js';
import { RsaPublicKey, type RsaPrivateKey } from '../crypto/keys.js';
import type { EnvelopeSource } from '../chain/store.js';
import { addressOf, send, type Signer, submit, type Until } from '../chain/submit.js';
import { type Account, accountBytes, batchReadingsOf, custodyEnvelopeOf, custodySetOf, encryptionKeyOf, recordOf } from './common.js';

/** What kind of device. */
export type DeviceKind = 'Wearable' | 'BedsideMonitor' | 'Implant' | 'HomeHub' | 'Gateway';

/** Registers `physician` at the signing hospital with its RSA encryption key (DER SPKI). */
export async function registerPhysician (api: ApiPromise, hospital: Signer, physician: Account, encryptionKey: Uint8Array, until?: Until): Promise<void> {
  await submit(api, api.tx.registry.registerPhysician(accountBytes(physician), u8aToHex(encryptionKey)), hospital, { until });
}

/**
 * Registers `device` at the signing hospital for `patient`, with its RSA encryption key and the
 * RSA signing key whose signatures the chain verifies on each anchor (exponent 65537).
 */
export async function registerDevice (
  api: ApiPromise, hospital: Signer, device: Account, patient: Account, kind: DeviceKind, encryptionKey: Uint8Array, signingKey: Uint8Array, until?: Until
): Promise<void> {
  await submit(api, api.tx.registry.registerDevice(accountBytes(device), accountBytes(patient), kind, u8aToHex(encryptionKey), u8aToHex(signingKey)), hospital, { until });
}

/** Suspends a participant the hospital manages (its physician or device). */
export async function suspend (api: ApiPromise, hospital: Signer, who: Account, until?: Until): Promise<void> {
  await submit(api, api.tx.registry.suspend(accountBytes(who)), hospital, { until });
}

/** Reactivates a participant the hospital suspended. */
export async function reactivate (api: ApiPromise, hospital: Signer, who: Account, until?: Until): Promise<void> {
  await submit(api, api.tx.registry.reactivate(accountBytes(who)), hospital, { until });
}

/** Reinstates a device intrusion detection quarantined (its own hospital only). */
export async function reinstateDevice (api: ApiPromise, hospital: Signer, device: Account, until?: Until): Promise<void> {
  await submit(api, api.tx.intrusionDetection.reinstate(accountBytes(device)), hospital, { until });
}

/** What a custodian did with one request for shares. */
export type Release =
  | { outcome: 'Released', recordId: bigint, reader: string }
  | { outcome: 'Refused', recordId: bigint, reader: string }
  | { outcome: 'Skipped', recordId: bigint, reason: string };

/**
 * As custodian, releases the hospital's share of each record whose read the chain granted in
 * block `blockNumber` (its `SharesRequested` events), re-wrapped to the reader: what the Rust
 * client's `carechain hospital custody` does for every block.
 */
export async function releaseSharesAt (api: ApiPromise, hospital: Signer, key: RsaPrivateKey, store: EnvelopeSource, blockNumber: number): Promise<Release[]> {
  const me = addressOf(hospital);
  const at = await api.at(await api.rpc.chain.getBlockHash(blockNumber));
  const events = await at.query.system.events() as any;
  const releases: Release[] = [];
  // The releases of one block are sent one after another without waiting for their blocks: each
  // carries the nonce after the last one's (asking the node each time may hand out one twice).
  let nonce: number | undefined;
  const sendRelease = async (tx: SubmittableExtrinsic<'promise'>): Promise<void> => {
    const next = nonce ?? (await api.rpc.system.accountNextIndex(me)).toNumber();
    try {
      await send(tx, hospital, { nonce: next });
    } catch (e) {
      // Whether the node took it is unknown: the next release asks the node again.
      nonce = undefined;
      throw e;
    }
    nonce = next + 1;
  };
  for (const { event } of events) {
    if (event.section !== 'records' || event.method !== 'SharesRequested') continue;
    const recordId = BigInt(event.data.recordId.toString());
    const reader = event.data.reader.toString();
    try {
      releases.push(await release(api, sendRelease, me, key, store, recordId, reader));
    } catch (e) {
      releases.push({ outcome: 'Skipped', recordId, reason: (e as Error).message });
    }
  }
  return releases;
}

async function release (
  api: ApiPromise, sendRelease: (tx: SubmittableExtrinsic<'promise'>) => Promise<void>, me: string, key: RsaPrivateKey, store: EnvelopeSource, recordId: bigint, reader: string
): Promise<Release> {
  const record = await recordOf(api, recordId);
  if (!record) return { outcome: 'Skipped', recordId, reason: 'no such record' };
  const set = await custodySetOf(api, record.patient, record.keyEpoch);
  const mine = accountBytes(me);
  const place = set?.custodians.findIndex((who) => accountBytes(who).every((byte, i) => byte === mine[i])) ?? -1;
  if (!set || place < 0) return { outcome: 'Skipped', recordId, reason: 'not a custodian of it' };
  const mayRelease = async (): Promise<boolean> => (await api.call.recordsApi.mayRelease(accountBytes(me), recordId, accountBytes(reader)) as any).isTrue;
  if (!(await mayRelease())) return { outcome: 'Refused', recordId, reader };
  // A custody batch's custodians hold shares of its batch key, in the key envelope of its manifest.
  const envelope = await custodyEnvelopeOf(store, record, await batchReadingsOf(api, recordId));
  const share = await custodianShare(envelope, accountBytes(me), place + 1, key,
    { patient: accountBytes(record.patient), category: record.category, epoch: record.keyEpoch });
  const wrapped = await wrapShare(share, recordId, accountBytes(reader), await RsaPublicKey.fromSpki(await encryptionKeyOf(api, reader)));
  if (!(await mayRelease())) return { outcome: 'Refused', recordId, reader };
  await sendRelease(api.tx.records.releaseShare(recordId, accountBytes(reader), u8aToHex(wrapped)));
  return { outcome: 'Released', recordId, reader };
}
