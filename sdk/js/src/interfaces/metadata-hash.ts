// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0xe0766f4049c7b9c1d8e83af9de17f4c363a8588b3b891768485534f23eac8de9';
