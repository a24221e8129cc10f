// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x22630b7a94c4f6759276dd9c93c9e736a85c46e02004db2135689677cd8d6de6';
