// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x9325dfdc8f18855db62b789638aedf50771e9904b8b4e913b06567bd6ba75862';
