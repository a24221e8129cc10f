// @carechain/sdk: CareChain from JavaScript.
export * from './crypto/index.js';
