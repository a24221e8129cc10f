// The light client the web app runs with `?light=1` (smoldot, through @substrate/connect and
// polkadot.js's ScProvider, as in src/connection.ts), run here in Node against a local network
// (scripts/test.sh runs it in its [wait] lane: it needs the node, not the app's build):
// a member node of the dev chain (the node key the chain lists, `--light-clients 2`) and a
// stranger's full node given the same spec and boot node.
//
// - The light client syncs from the member node, follows its finalized blocks (GRANDPA
//   justifications it checks itself) and reads state through proofs: what it reads at a
//   finalized block equals what the member node's own RPC says.
// - The member node lists it as a light peer; the stranger's full node is refused (no peers,
//   nothing synced), as every non-member full node is.
// - A member node without `--light-clients` refuses light clients too.

import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

import { ScProvider } from '@polkadot/rpc-provider/substrate-connect';
import * as Sc from '@substrate/connect';
import { Keyring } from '@polkadot/keyring';
import { ApiPromise, WsProvider } from '@polkadot/api';

import { freePort, nodeBinary, signedExtensions, startDevNode, startNode } from '../../tests/polkadotjs/dev-node.mjs';

/** polkadot.js on `provider`, with the chain's transaction extensions declared (as the SDK's `connect`). */
const connect = (provider) => ApiPromise.create({
  provider: typeof provider === 'string' ? new WsProvider(provider) : provider,
  signedExtensions,
  noInitWarn: true
});

/** The node key of the dev chain's one member node (`dev_peer_id(1)` in the runtime's presets). */
const MEMBER_NODE_KEY = '01'.repeat(32);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until (what, check, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await sleep(500);
  }
}

/**
 * The dev chain's member node, listening for browsers' (and @substrate/connect's) WebSocket
 * connections as well as on TCP, with `args`.
 */
async function memberNode (args = []) {
  const wsPort = await freePort();
  const node = await startDevNode(['--node-key', MEMBER_NODE_KEY, '--listen-addr', `/ip4/127.0.0.1/tcp/${wsPort}/ws`, ...args]);
  const peerId = await node.rpc('system_localPeerId');
  return { node, tcp: `/ip4/127.0.0.1/tcp/${node.p2pPort}/p2p/${peerId}`, ws: `/ip4/127.0.0.1/tcp/${wsPort}/ws/p2p/${peerId}` };
}

/** The dev chain's raw spec, booting from `address`. */
function specBootingFrom (address) {
  const spec = JSON.parse(execFileSync(nodeBinary(), ['export-chain-spec', '--chain', 'dev', '--raw'], { maxBuffer: 256 << 20 }));
  spec.bootNodes = [address];
  return spec;
}

/** A light client of `spec`, as the web app starts one. */
async function lightClient (spec) {
  const provider = new ScProvider(Sc, JSON.stringify(spec));
  await provider.connect({ embeddedNodeConfig: { maxLogLevel: 2 } });
  return provider;
}

describe('the light client', () => {
  // Each test stops what it started before the next begins: both member nodes have the dev
  // chain's member node key (one peer id), and a light client must not find the other one.
  // The refusal comes second: smoldot keeps away from a peer that refused it for a while, and
  // the next test's node has that peer's id.
  let cleanup = [];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
    cleanup = [];
  };
  afterEach(stopAll);

  test('syncs from a member node that serves light clients and reads state it verified; a stranger\'s full node stays out', async () => {
    const { node: member, tcp, ws } = await memberNode(['--light-clients', '2']);
    cleanup.push(() => member.stop());
    const spec = specBootingFrom(ws);
    const stranger = await startNode(['--chain', 'dev'], ['--bootnodes', tcp]);
    cleanup.push(() => stranger.stop());

    const provider = await lightClient(spec);
    const api = await connect(provider);
    cleanup.push(() => api.disconnect());

    // Finalized blocks past genesis, as the light client itself has verified them.
    const finalized = await until('a finalized block past genesis through the light client', async () => {
      const hash = await api.rpc.chain.getFinalizedHead();
      const header = await api.rpc.chain.getHeader(hash);
      return header.number.toNumber() >= 2 ? { hash, number: header.number.toNumber() } : null;
    }, 120_000);

    // What it reads through state proofs is what the member node says at that block.
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice').address;
    const light = await api.at(finalized.hash);
    const lightNow = (await light.query.timestamp.now()).toString();
    const lightAccount = (await light.query.system.account(alice)).toJSON();
    const hash = finalized.hash.toHex();
    const byRpc = await connect(member.url);
    cleanup.push(() => byRpc.disconnect());
    const trusted = await byRpc.at(hash);
    assert.equal(lightNow, (await trusted.query.timestamp.now()).toString());
    assert.deepEqual(lightAccount, (await trusted.query.system.account(alice)).toJSON());
    assert.equal(api.genesisHash.toHex(), byRpc.genesisHash.toHex());

    // The member node serves it as a light peer; the stranger's full node is refused.
    const peers = await member.rpc('system_peers');
    assert.deepEqual(peers.map((peer) => peer.roles), ['LIGHT'], `the member node's peers: ${JSON.stringify(peers)}`);
    const strangerHealth = await stranger.rpc('system_health');
    assert.equal(strangerHealth.peers, 0, 'the stranger\'s full node has no peers');
    const strangerHead = await stranger.rpc('chain_getHeader');
    assert.equal(parseInt(strangerHead.number, 16), 0, 'the stranger\'s full node synced nothing');
  });

  test('is refused by a member node without --light-clients', async () => {
    const { node: member, ws } = await memberNode();
    cleanup.push(() => member.stop());
    // Smoldot itself (polkadot.js's provider would refuse every call until it synced).
    const client = Sc.createScClient({ embeddedNodeConfig: { maxLogLevel: 1 } });
    const waiting = new Map();
    const chain = await client.addChain(JSON.stringify(specBootingFrom(ws)), (message) => {
      const answer = JSON.parse(message);
      waiting.get(answer.id)?.(answer);
      waiting.delete(answer.id);
    });
    cleanup.push(async () => chain.remove());
    let id = 0;
    const call = (method) => new Promise((resolve) => {
      waiting.set(++id, resolve);
      chain.sendJsonRpc(JSON.stringify({ id, jsonrpc: '2.0', method, params: [] }));
    });
    // Fifteen seconds to sync (the light client above takes a few).
    await sleep(15_000);
    assert.deepEqual(await member.rpc('system_peers'), [], 'the member node syncs with no one');
    const health = (await call('system_health')).result;
    assert.equal(health.isSyncing, true, `the light client's health: ${JSON.stringify(health)}`);
    const finalized = await Promise.race([call('chain_getFinalizedHead'), sleep(5_000).then(() => null)]);
    const genesis = await member.rpc('chain_getBlockHash', [0]);
    assert.ok(finalized === null || finalized.result === genesis,
      `no finalized block past genesis: ${JSON.stringify(finalized)}`);
    const memberBest = await member.rpc('chain_getHeader');
    assert.ok(parseInt(memberBest.number, 16) >= 3, 'while the member node authored several');
  });
});
