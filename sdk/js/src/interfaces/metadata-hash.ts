// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x1864959702130f0684915b6351bc31476cc35d222bc25412ec1d4745523b5cfb';
