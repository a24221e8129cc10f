// Consent from polkadot.js: a patient grants a physician access, the access check
// (`api.call.consentApi.checkAccess`) says yes on the basis of that grant, the patient revokes,
// the check says no; and a physician's emergency access, announced to the patient and guardian.
// No custom types: everything comes from the runtime's metadata.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';

import { connectDevNode } from './dev-node.mjs';
import { submit } from './tx.mjs';

const RSA_2048 = u8aToHex(
  readFileSync(new URL('../../primitives/test-keys/rsa2048-a.spki.der', import.meta.url)));

describe('consent from polkadot.js', () => {
  let chain;
  let api;
  let cast;

  before(async () => {
    chain = await connectDevNode();
    ({ api } = chain);
    const keyring = new Keyring({ type: 'sr25519' });
    const [sudo, hospital, physician, patient, guardian] =
      ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve'].map((name) => keyring.addFromUri(`//${name}`));
    cast = { sudo, hospital, physician, patient, guardian };

    await submit(api, api.tx.sudo.sudo(api.tx.registry.admitHospital(hospital.address, RSA_2048)), sudo);
    await submit(api, api.tx.registry.registerPhysician(physician.address, RSA_2048), hospital);
    await submit(api, api.tx.registry.registerPatient(RSA_2048, null), patient);
    await submit(api, api.tx.registry.registerPatient(RSA_2048, null), guardian);
    await submit(api, api.tx.registry.addGuardian(guardian.address), patient);
  });

  after(async () => {
    await chain?.disconnect();
  });

  // May the physician read the patient's vital signs for treatment in the next block?
  const checkVitals = (purpose = 'Treatment') => api.call.consentApi.checkAccess(
    cast.patient.address, cast.physician.address, 'VitalSigns', 'Read', purpose, null);

  test('a patient grants, the check says yes; the patient revokes, the check says no', async () => {
    const { patient, physician } = cast;
    assert.ok((await checkVitals()).isDenied, 'no access before consent');

    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const { events } = await submit(api, api.tx.consent.grant(
      patient.address, physician.address, { Only: ['VitalSigns', 'LabResults'] },
      'Read', 'Treatment', null, now + 1000), patient);
    const granted = events.find(({ event }) => api.events.consent.ConsentGranted.is(event));
    assert.ok(granted, 'a ConsentGranted event');
    const grantId = granted.event.data.grantId.toNumber();
    assert.equal(granted.event.data.grantee.toString(), physician.address);

    const yes = await checkVitals();
    assert.ok(yes.isGranted, `granted, got ${yes.toString()}`);
    assert.ok(yes.asGranted.isGrant);
    assert.equal(yes.asGranted.asGrant.toNumber(), grantId);
    const imaging = await api.call.consentApi.checkAccess(
      patient.address, physician.address, 'Imaging', 'Read', 'Treatment', null);
    assert.ok(imaging.isDenied && imaging.asDenied.isNoConsent, 'outside the scope');
    const grants = await api.call.consentApi.grants(patient.address);
    assert.deepEqual(grants.map((g) => g.id.toNumber()), [grantId]);

    const revoked = await submit(api, api.tx.consent.revoke(patient.address, grantId), patient);
    assert.ok(revoked.events.some(({ event }) => api.events.consent.ConsentRevoked.is(event)));
    const no = await checkVitals();
    assert.ok(no.isDenied && no.asDenied.isNoConsent, `denied, got ${no.toString()}`);
    assert.equal((await api.call.consentApi.grants(patient.address)).length, 0);
  });

  test('a stranger cannot grant for the patient: a named error, nothing stored', async () => {
    const { patient, physician, hospital } = cast;
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await assert.rejects(
      submit(api, api.tx.consent.grant(
        patient.address, physician.address, 'All', 'Read', 'Treatment', null, now + 100), hospital),
      /consent\.NotPatientOrGuardian/);
    assert.equal((await api.call.consentApi.grants(patient.address)).length, 0);
  });

  test('emergency access is announced to patient and guardian, and serves emergency treatment only', async () => {
    const { patient, physician, hospital, guardian } = cast;
    const justification = u8aToHex(new Uint8Array(32).fill(7));
    const { events } = await submit(api, api.tx.consent.openEmergencyAccess(
      patient.address, hospital.address, justification), physician);
    const opened = events.find(({ event }) => api.events.consent.EmergencyAccessOpened.is(event));
    assert.ok(opened, 'an EmergencyAccessOpened event');
    assert.equal(opened.event.data.patient.toString(), patient.address);
    assert.deepEqual(opened.event.data.guardians.map(String), [guardian.address]);
    const id = opened.event.data.id.toNumber();

    const emergency = await checkVitals('EmergencyTreatment');
    assert.ok(emergency.isGranted && emergency.asGranted.isEmergency, emergency.toString());
    assert.equal(emergency.asGranted.asEmergency.toNumber(), id);
    assert.ok((await checkVitals('Treatment')).isDenied);
    const record = (await api.call.consentApi.emergencyAccess(id)).unwrap();
    assert.equal(record.physician.toString(), physician.address);

    await submit(api, api.tx.consent.concludeReview(id, 'Misuse'), hospital);
    assert.ok((await checkVitals('EmergencyTreatment')).isDenied, 'misuse ends the access');
    // The access and its review are both kept: evidence.
    const kept = (await api.call.consentApi.emergencyAccess(id)).unwrap();
    const review = (await api.query.consent.emergencyReviews(id)).unwrap();
    assert.ok(review.outcome.isMisuse);
    assert.equal(kept.expiresAt.toNumber(), review.at.toNumber(), 'it ended at its review');
  });
});
