// Pieces the views share.

import { DATA_CATEGORIES, profileOf, submit } from '@carechain/sdk';
import type { SubmittableExtrinsic } from '@polkadot/api/types';

import type { Context } from '../context';
import { h, select } from '../ui';

export const PURPOSES = ['Treatment', 'EmergencyTreatment', 'Research', 'Payment', 'Operations', 'PublicHealth'];
export const PERMISSIONS = ['Read', 'Append', 'ReadAppend'];

export const categorySelect = (name = 'category', value = 'VitalSigns'): HTMLSelectElement => select(name, [...DATA_CATEGORIES], value);

/** An account picker over the known accounts, with free text for others. */
export function accountInput (context: Context, name: string, placeholder = 'address'): HTMLInputElement {
  const list = `${name}-accounts`;
  const element = h('input', { name, 'data-testid': name, list, placeholder, autocomplete: 'off' });
  const datalist = h('datalist', { id: list }, context.accounts.map((a) => h('option', { value: a.address }, a.name)));
  document.getElementById(list)?.remove();
  document.body.append(datalist);
  return element;
}

/** Signs and sends `tx` as the current account, reporting progress. */
export async function send (context: Context, tx: SubmittableExtrinsic<'promise'>, progress: (step: string) => void) {
  return submit(context.api, tx, context.account.signer, { onProgress: (step) => progress(step === 'inBlock' ? 'in a block' : step) });
}

/** The account's role and status, or why it cannot act. */
export async function registration (context: Context): Promise<{ role?: string, status?: string, line: HTMLElement }> {
  const profile = await profileOf(context.api, context.account.address);
  if (!profile) return { line: h('p', { 'data-testid': 'registration' }, 'Not registered.') };
  return { role: profile.role, status: profile.status, line: h('p', { 'data-testid': 'registration' }, `Registered as ${profile.role} (${profile.status}).`) };
}

/** Bytes as text when they are UTF-8 (a reading's JSON), else as hex. */
export function showBytes (bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
}

export const requireKey = (context: Context) => {
  if (!context.key) throw new Error('this account has no RSA key in this browser: generate or import one above');
  return context.key;
};
