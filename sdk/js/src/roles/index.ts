export * from './common.js';
export * as device from './device.js';
export * as hospital from './hospital.js';
export * as patient from './patient.js';
export * as physician from './physician.js';
export { AnchorRefused, Sealer } from './device.js';
export type { RecordRead } from './physician.js';
