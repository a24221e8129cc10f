// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x5a2bbb5310a357200e4a1b5dc4c79982507a95f9a4172ae880650ed0f4bc2670';
