export { default as carechain } from './carechain/definitions.js';
