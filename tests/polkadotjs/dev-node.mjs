// Starts a throwaway CareChain dev node for a test and stops it afterwards.
//
// The binary is $CARECHAIN_NODE, or the debug build in the shared cargo target directory
// ($CARGO_TARGET_DIR, default ~/.cache/carechain/target), as scripts/test.sh builds it.

import { spawn } from 'node:child_process';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { mkdtempSync, rmSync, existsSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';

export function nodeBinary () {
  if (process.env.CARECHAIN_NODE) return process.env.CARECHAIN_NODE;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'carechain', 'target');
  const binary = join(target, 'debug', 'carechain-node');
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: run scripts/test.sh (or set CARECHAIN_NODE)`);
  }
  return binary;
}

export function freePort () {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function rpcAnswers (port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] })
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Calls `method` on the node's JSON-RPC at `port` (HTTP); resolves with the result. */
export async function rpcCall (port, method, params = []) {
  const response = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params })
  });
  const answer = await response.json();
  if (answer.error) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
  return answer.result;
}

/**
 * Starts `carechain-node` with `args` (the chain: `--dev`, `--chain …`) on free loopback ports,
 * with `extraArgs` after the defaults; resolves once JSON-RPC answers, with its ports, its log
 * and `stop`.
 */
export async function startNode (args, extraArgs = []) {
  const basePath = mkdtempSync(join(tmpdir(), 'carechain-pjs-'));
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const logPath = join(basePath, 'node.log');
  const log = openSync(logPath, 'a');
  const child = spawn(nodeBinary(), [
    ...args, '--base-path', basePath,
    '--rpc-port', String(rpcPort),
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    '--no-mdns', '--no-telemetry', '--no-prometheus', ...extraArgs
  ], { stdio: ['ignore', log, log] });

  let exited = null;
  child.once('exit', (code, signal) => { exited = { code, signal }; });

  const deadline = Date.now() + 120_000;
  while (!(await rpcAnswers(rpcPort))) {
    if (exited) throw new Error(`carechain-node exited early (${JSON.stringify(exited)}); see ${logPath}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`no JSON-RPC after 120 s; see ${logPath}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url: `ws://127.0.0.1:${rpcPort}`,
    rpcPort,
    p2pPort,
    logPath,
    rpc: (method, params) => rpcCall(rpcPort, method, params),
    async stop () {
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await done;
        clearTimeout(timer);
      }
      rmSync(basePath, { recursive: true, force: true });
    }
  };
}

/**
 * Starts `carechain-node --dev` on free loopback ports, with `extraArgs` after the defaults;
 * resolves once JSON-RPC answers.
 */
export function startDevNode (extraArgs = []) {
  return startNode(['--dev'], extraArgs);
}

/**
 * CareChain's transaction extensions beyond FRAME's, declared so that polkadot.js does not warn
 * "Unknown signed extensions AuthorizeCall, CheckQuarantine found, treating them as no-effect":
 * neither adds bytes to a transaction or to what is signed. (@carechain/sdk's `connect` declares
 * them too.)
 */
export const signedExtensions = {
  AuthorizeCall: { extrinsic: {}, payload: {} },
  CheckQuarantine: { extrinsic: {}, payload: {} }
};

/**
 * Starts a dev node and connects polkadot.js to it, with no custom types: the chain's metadata
 * describes every type, and only the two extensions above are declared. Resolves with
 * `{ node, api }`; stop both with `disconnect`.
 */
export async function connectDevNode () {
  await cryptoWaitReady();
  const node = await startDevNode();
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), signedExtensions, noInitWarn: true });
  return { node, api, async disconnect () { await api.disconnect(); await node.stop(); } };
}
