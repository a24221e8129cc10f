// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0xd2e8c96d932f46217255c5aba5e6b8bf95e7ba293a62082e1cbe1d1ba0110724';
