// Times the two exports of the wasm module built by run.sh in Node's wasm engine (V8: not the
// node's wasmtime, so the absolute figures differ a little; the ratio is the point). Each case
// runs 20 samples of about 50 ms after a warm-up; prints min / median / max µs per call, or
// JSON with --json.
import { readFileSync } from 'node:fs';

const [wasmPath, ...flags] = process.argv.slice(2);
const json = flags.includes('--json');
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {});
const exports = instance.exports;

function measure (fn, bits) {
  if (fn(bits) !== 1) throw new Error(`verification failed for ${bits} bits`);
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 200) { fn(bits); calls++; }
  const perSample = Math.max(1, Math.floor(calls / 4));
  const samples = [];
  for (let s = 0; s < 20; s++) {
    const t = performance.now();
    for (let i = 0; i < perSample; i++) fn(bits);
    samples.push((performance.now() - t) * 1000 / perSample);
  }
  samples.sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return { min: r(samples[0]), median: r(samples[10]), max: r(samples[19]) };
}

const rows = [2048, 3072, 4096].map((bits) => ({
  bits,
  carechain_us: measure(exports.verify_carechain, bits),
  rsa_crate_us: measure(exports.verify_rsa_crate, bits)
}));
if (json) {
  console.log(JSON.stringify({ rsa_pss_verify_wasm: rows }));
} else {
  console.log('RSA-PSS verification in wasm (V8), µs per call (min / median / max of 20 samples)');
  for (const { bits, carechain_us: c, rsa_crate_us: r } of rows) {
    console.log(`${bits} bits: carechain ${c.min} / ${c.median} / ${c.max}   rsa crate ${r.min} / ${r.median} / ${r.max}   (${(r.median / c.median).toFixed(1)}x)`);
  }
}
