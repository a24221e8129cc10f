// Serves the built app (web/dist) on loopback: what `scripts/web.sh` and the browser test run.
// `node serve.mjs [--port 4173] [--chain-spec path]` (the chain spec is served as
// /chain-spec.json, for the light client).

import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, normalize, relative } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json'
};

/** Starts the server; resolves with its URL and a `close`. */
export function serve ({ port = 4173, dist = new URL('./dist', import.meta.url).pathname, chainSpec } = {}) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the app first (npm run build in web/)`);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400);
      return response.end('bad request');
    }
    if (path === '/chain-spec.json' && chainSpec) {
      response.writeHead(200, { 'content-type': TYPES['.json'] });
      return response.end(readFileSync(chainSpec));
    }
    let file = normalize(join(dist, path));
    // Only files inside dist: anything else (a path climbing out, a directory, a missing file) is the app.
    const inside = relative(dist, file);
    if (inside.startsWith('..') || isAbsolute(inside) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      close: () => new Promise((done) => server.close(done))
    }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, 'chain-spec': { type: 'string' } } });
  const { url } = await serve({ port: Number(values.port), chainSpec: values['chain-spec'] });
  console.log(`CareChain web app at ${url}`);
}
