// The app's static server serves the built app and nothing else: a path climbing out of dist, or
// into a sibling folder whose name starts with "dist", gets the app's page; a bad escape is
// refused without stopping the server.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '../serve.mjs';

let root;
let server;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'carechain-serve-'));
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, 'dist-old'));
  writeFileSync(join(root, 'dist', 'index.html'), 'the app');
  writeFileSync(join(root, 'dist', 'app.js'), 'code');
  writeFileSync(join(root, 'dist-old', 'secret.txt'), 'not served');
  writeFileSync(join(root, 'secret.txt'), 'not served');
  server = await serve({ port: 0, dist: join(root, 'dist') });
});

after(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = async (path) => {
  const response = await fetch(`${server.url}${path}`);
  return [response.status, await response.text()];
};

test('files in dist are served; paths out of it get the app, never the file', async () => {
  assert.deepEqual(await get('/app.js'), [200, 'code']);
  for (const path of ['/..%2Fsecret.txt', '/..%2Fdist-old%2Fsecret.txt', '/%2E%2E/secret.txt', '/no-such-file']) {
    assert.deepEqual(await get(path), [200, 'the app'], path);
  }
});

test('a bad escape is refused, and the server keeps serving', async () => {
  assert.deepEqual(await get('/%'), [400, 'bad request']);
  assert.deepEqual(await get('/app.js'), [200, 'code']);
});
