// Submitting extrinsics from polkadot.js the way an app would: sign, send, wait until the
// block that includes them is imported (or finalized), and surface a failed dispatch by the
// runtime's error name (e.g. `registry.KeyTooShort`) and its doc text.

/**
 * Signs `tx` with `signer`, sends it, and resolves with `{ blockHash, events }` once it is in a
 * block (`until: 'inBlock'`) or finalized (`until: 'finalized'`). Rejects if the transaction is
 * dropped or invalid, or if its dispatch fails (a sudo call's inner failure included).
 */
export function submit (api, tx, signer, { until = 'inBlock' } = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    const done = (fn, value) => { unsubscribe?.(); fn(value); };
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        return done(reject, new Error(`dispatch failed: ${describe(api, dispatchError)}`));
      }
      if (status.isDropped || status.isInvalid || status.isUsurped) {
        return done(reject, new Error(`transaction ${status.type}`));
      }
      const reached = until === 'finalized' ? status.isFinalized : (status.isInBlock || status.isFinalized);
      if (!reached) return;
      const sudid = events.find(({ event }) => api.events.sudo?.Sudid.is(event));
      if (sudid && sudid.event.data[0].isErr) {
        return done(reject, new Error(`sudo call failed: ${describe(api, sudid.event.data[0].asErr)}`));
      }
      done(resolve, { blockHash: status.isFinalized ? status.asFinalized : status.asInBlock, events });
    }).then((unsub) => { unsubscribe = unsub; }, reject);
  });
}

/** A dispatch error as `section.Name: docs`. */
export function describe (api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}: ${docs.join(' ')}`;
  }
  return dispatchError.toString();
}
