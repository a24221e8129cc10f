// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0xcf06098803279b10d570f6752082e93d478064dd71335dfd46a1028c18788712';
