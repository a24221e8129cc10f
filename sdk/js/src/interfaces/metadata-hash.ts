// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x861a8298ff16a734886bde1992a64bd005bf7224627bb62a68b95287d4f65091';
