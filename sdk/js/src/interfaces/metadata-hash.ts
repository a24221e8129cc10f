// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.
export const METADATA_HASH = '0x340c330220837d5ebcf70f26ce57ffb7d5260b10030c4bcc1029091fb67cfe60';
