// Generates the chain's types for polkadot.js (src/interfaces) from the runtime metadata the Rust
// client is built against (client/metadata/carechain.scale, kept fresh by the client_metadata
// test), so that `api.tx.records.anchor(…)`, `api.query.…` and `api.events.…` are typed.
// Run after the metadata changes: `npm run typegen` (test/typegen.test.mjs says when).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { blake2AsHex } from '@polkadot/util-crypto';

const root = new URL('..', import.meta.url).pathname;
const metadata = readFileSync(new URL('../../../client/metadata/carechain.scale', import.meta.url));
const json = 'metadata.json';
writeFileSync(`${root}/${json}`, JSON.stringify({ jsonrpc: '2.0', id: 1, result: `0x${metadata.toString('hex')}` }));
rmSync(`${root}/src/interfaces`, { recursive: true, force: true });
mkdirSync(`${root}/src/interfaces/carechain`, { recursive: true });
writeFileSync(`${root}/src/interfaces/carechain/definitions.ts`, 'export default { types: {} };\n');
writeFileSync(`${root}/src/interfaces/definitions.ts`, "export { default as carechain } from './carechain/definitions.js';\n");
const bin = (name) => `${root}/node_modules/.bin/${name}`;
try {
  execFileSync(bin('polkadot-types-from-defs'), ['--package', '@carechain/sdk/interfaces', '--input', './src/interfaces', '--endpoint', `./${json}`], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('polkadot-types-from-chain'), ['--package', '@carechain/sdk/interfaces', '--output', './src/interfaces', '--endpoint', `./${json}`], { cwd: root, stdio: 'inherit' });
} finally {
  rmSync(`${root}/${json}`, { force: true });
}
// polkadot-types-from-chain names the chain's lookup types (CarechainPrimitivesConsentDataCategory…)
// without importing them: import each from '@polkadot/types/lookup', which types-lookup.ts augments.
const lookup = readFileSync(`${root}/src/interfaces/types-lookup.ts`, 'utf8');
const names = new Set([...lookup.matchAll(/^\s+interface (\w+) extends/gm)].map((m) => m[1]));
for (const file of ['consts', 'errors', 'events', 'query', 'tx', 'rpc', 'runtime']) {
  const path = `${root}/src/interfaces/augment-api-${file}.ts`;
  let text = readFileSync(path, 'utf8');
  // The runtime's call enum is polkadot.js's `Call`; the runtime API for fees names it by its path.
  if (/\bCarechainRuntimeRuntimeCall\b/.test(text)) {
    text = text.replace(/\bCarechainRuntimeRuntimeCall\b/g, 'Call')
      .replace(/^(import type .*\n)(?!import)/m, "$1import type { Call as Call } from '@polkadot/types/interfaces/runtime';\n");
  }
  const used = [...names].filter((name) => new RegExp(`\\b${name}\\b`).test(text)).sort();
  if (used.length === 0) continue;
  text = text.replace(/^(import type .*\n)(?!import)/m, `$1import type { ${used.join(', ')} } from '@polkadot/types/lookup';\n`);
  writeFileSync(path, text);
}
writeFileSync(`${root}/src/interfaces/metadata-hash.ts`,
  `// blake2b-256 of client/metadata/carechain.scale, the metadata these types were generated from.\nexport const METADATA_HASH = '${blake2AsHex(metadata, 256)}';\n`);
console.log('typegen: src/interfaces written');
