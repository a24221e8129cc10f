// Reads `cargo test --no-run --message-format=json` on stdin and prints the test binaries it
// built, one a line, tab-separated: lane, kind, name, package directory, executable. Test
// targets named on the command line go to the `wait` lane, everything else to `rest`; within a
// lane, the binaries keep cargo's order. Used by scripts/test.sh.
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

const waiting = new Set(process.argv.slice(2));
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.startsWith('{')) continue;
  const message = JSON.parse(line);
  if (message.reason !== 'compiler-artifact' || !message.executable || !message.profile.test) continue;
  const kind = message.target.kind.includes('test') ? 'test' : message.target.kind.join(',');
  const lane = kind === 'test' && waiting.has(message.target.name) ? 'wait' : 'rest';
  const pkg = message.package_id.replace(/^.*#/, '').replace(/@.*$/, '');
  console.log([lane, kind, `${pkg}:${message.target.name}`, dirname(message.manifest_path), message.executable].join('\t'));
}
