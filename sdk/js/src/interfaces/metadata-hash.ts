// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x1abbc23f7f0c509b4520e575bfb72e3b5377c1963559335d3cb1cf5b7253054d';
