// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0xf9af778145fa05df258c61c522f6e065dd2bcd8bc05892cea3194c6a4c294f66';
