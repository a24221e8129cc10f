// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0xf9b45d6959acc8c66aa85a1379cd116f8ea2959218440d80bc0f1a56a3f12443';
