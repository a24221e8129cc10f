// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x4a81a73a4eac43f85c3130243abe4cd117c96df6b23ae05415e06a47b9e22992';
