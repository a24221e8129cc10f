// The chain's generated types (src/interfaces) were made from the metadata the Rust client is
// built against: regenerate them with `npm run typegen` when this fails (after the runtime
// changed and `client_metadata` updated client/metadata/carechain.scale).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { blake2AsHex } from '@polkadot/util-crypto';

import { METADATA_HASH } from '../dist/interfaces/metadata-hash.js';

test('the generated chain types are those of the checked-in metadata', () => {
  const metadata = readFileSync(new URL('../../../client/metadata/carechain.scale', import.meta.url));
  assert.equal(METADATA_HASH, blake2AsHex(metadata, 256), 'run `npm run typegen` in sdk/js');
});
