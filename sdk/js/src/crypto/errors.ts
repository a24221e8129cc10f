// Why a cryptographic operation failed: the same names as the Rust client's `CryptoError`
// (crypto/src/envelope.rs), so an app and the CLI say the same thing of the same record.

/** The kinds of [`CryptoError`]. */
export type CryptoErrorKind =
  /** The bytes are not an envelope. */
  | 'Malformed'
  /** An envelope of a version this code does not read (`version` says which). */
  | 'UnsupportedVersion'
  /** A public key is not an RSA key CareChain accepts (SubjectPublicKeyInfo, 2048–4096 bits). */
  | 'BadPublicKey'
  /** A key size other than 2048, 3072 or 4096 bits, or a signing key whose exponent is not 65537. */
  | 'UnsupportedKeySize'
  /** No wrapped key for this opener. */
  | 'NotARecipient'
  /** The wrapped key does not unwrap: altered, or wrapped to another key. */
  | 'KeyUnwrapFailed'
  /** The record does not decrypt: the ciphertext, nonce or tag was altered. */
  | 'DecryptionFailed'
  /** The stored bytes do not hash to the anchored content hash. */
  | 'HashMismatch'
  /** A custody operation was asked of a record that is not in custody (version 1). */
  | 'NotInCustody'
  /** Fewer distinct released shares than the custody threshold. */
  | 'TooFewShares'
  /** A custodian set that cannot hold its threshold. */
  | 'BadCustody'
  /** A custody envelope that was not sealed for the record it is presented as. */
  | 'WrongRecord';

const MESSAGES: Record<CryptoErrorKind, string> = {
  Malformed: 'the bytes are not an envelope',
  UnsupportedVersion: 'an envelope of a version this SDK does not read',
  BadPublicKey: 'not an RSA public key CareChain accepts (DER SubjectPublicKeyInfo, 2048 to 4096 bits)',
  UnsupportedKeySize: 'an RSA key of 2048, 3072 or 4096 bits is needed (a signing key with exponent 65537)',
  NotARecipient: 'the record is not encrypted for this key',
  KeyUnwrapFailed: 'the wrapped key does not unwrap: altered, or wrapped to another key',
  DecryptionFailed: 'the record does not decrypt: its ciphertext, nonce or tag was altered',
  HashMismatch: 'the stored bytes do not hash to the anchored content hash',
  NotInCustody: 'the record is not in custody',
  TooFewShares: 'fewer distinct released shares than the custody threshold',
  BadCustody: 'a custodian set that cannot hold its threshold (2 to 255 custodians, at least the threshold)',
  WrongRecord: 'the custody envelope was not sealed for this record'
};

/** A failed cryptographic operation, named as the Rust client names it. */
export class CryptoError extends Error {
  override readonly name = 'CryptoError';

  constructor (readonly kind: CryptoErrorKind, readonly version?: number) {
    super(kind === 'UnsupportedVersion' ? `${MESSAGES[kind]} (${version})` : MESSAGES[kind]);
  }
}
