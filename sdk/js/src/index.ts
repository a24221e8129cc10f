// @carechain/sdk: CareChain from JavaScript, on polkadot.js.
//
// - `crypto`: the record cryptography in WebCrypto (browsers and Node 20 alike), byte for byte
//   the Rust client's.
// - `connect`, `submit` and the typed errors: polkadot.js with the chain's transaction
//   extensions and RPC methods declared.
// - `patient`, `physician`, `hospital`, `device`: each role's flows.
// The chain's types, generated from its metadata (scripts/typegen.mjs): `api.tx.records.anchor(…)`
// and the rest are typed for whoever imports the SDK.
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import './interfaces/types-lookup.js';

export * from './crypto/index.js';
export * from './chain/api.js';
export * from './chain/errors.js';
export * from './chain/store.js';
export * from './chain/submit.js';
export * from './roles/index.js';
