// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0xc55555126ab0ecfbc3f2c8dabe899d8f454bd6e4a370ca43fa043bf3f13ed5ce';
